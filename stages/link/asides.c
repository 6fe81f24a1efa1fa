/*
 * asides.c - names mentioned in passing.
 *
 * Cited cases ("see City of Los Angeles v. Barr"), descriptions of a
 * neighbour or a facility's site ("Denver's eastern neighbor", "the jail in
 * downtown Houston"), a state's law cited as the yardstick of someone else's
 * act, and the place where an order was signed are no jurisdiction of the
 * sentence's events.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "link_internal.h"

/* Whether the bytes from p look like a reporter citation: ", 954 F.3d 23",
 * ", 412 F. Supp. 3d 873", ", 583 U.S. 1", ", 2019 WL 1234". */
static bool reporter_at(const char *t, uint32_t p, uint32_t end) {
    if (p + 4 >= end || t[p] != ',' || t[p + 1] != ' ' || !isdigit((unsigned char)t[p + 2]))
        return false;
    p += 2;
    while (p < end && isdigit((unsigned char)t[p]))
        p++;
    if (p + 3 >= end || t[p] != ' ') return false;
    p++;
    return (t[p] == 'F' && (t[p + 1] == '.' || t[p + 1] == ' ')) || !strncmp(t + p, "U.S.", 4) ||
           !strncmp(t + p, "S. Ct.", 6) || !strncmp(t + p, "WL", 2);
}

/* Whether a citation signal ("see", "see, e.g.,", "cf.", "accord") ends
 * right before byte p (spaces and commas skipped). */
static bool signal_before(const char *t, uint32_t from, uint32_t p) {
    while (p > from && (t[p - 1] == ' ' || t[p - 1] == ','))
        p--;
    static const char *const sig[] = {"see", "See", "e.g.", "cf.", "Cf.", "accord", "also"};
    for (size_t k = 0; k < sizeof sig / sizeof *sig; k++) {
        size_t n = strlen(sig[k]);
        if (p >= from + n && !memcmp(t + p - n, sig[k], n) &&
            (p == from + n || !isalpha((unsigned char)t[p - n - 1])))
            return true;
    }
    return false;
}

/* The mention [ms, me) is a party's name in a case cited as authority
 * ("see, e.g., City of Providence v. Barr, 954 F.3d 23 (1st Cir. 2020)"),
 * or a state in such a citation's court ("(N.D. Ill. 2019)"): precedent a
 * sentence leans on, no jurisdiction of its events. A case the sentence
 * speaks of ("In New York v. Department of Justice, this Court upheld")
 * keeps its parties, as the gold codes them. */
static bool cited_case(const char *t, const link_scratch *sc, uint32_t ms, uint32_t me) {
    /* the court of a citation's parenthetical: "(N.D. Ill. 2019)" */
    uint32_t o = ms;
    while (o > sc->start && ms - o < 12 &&
           (isupper((unsigned char)t[o - 1]) || t[o - 1] == '.' || t[o - 1] == ' '))
        o--;
    if (o > sc->start && t[o - 1] == '(' && o < ms && t[ms - 1] == ' ') {
        uint32_t p = me;
        if (p < sc->end && t[p] == '.') p++;
        if (p + 6 <= sc->end && t[p] == ' ' && isdigit((unsigned char)t[p + 1]) &&
            isdigit((unsigned char)t[p + 4]) && t[p + 5] == ')')
            return true;
    }
    /* the case name: capitalized words, "of", "&" around the name, " v. " in it */
    size_t a = link_word_at(sc, ms);
    while (a > 0 && ms - sc->w[a - 1].start < 40 && !sc->w[a].punct_before &&
           (sc->w[a - 1].cap || link_word_in(t, &sc->w[a - 1], "of|and|ex|rel")))
        a--;
    uint32_t cs = a < sc->nw ? sc->w[a].start : ms;
    if (cs > ms) cs = ms;
    if (cs >= 2 && t[cs - 1] == ' ' && t[cs - 2] == '&') { /* "City & County of" */
        size_t b = link_word_at(sc, cs - 2);
        if (b > 0) cs = sc->w[b - 1].start;
    }
    const char *v = NULL;
    uint32_t lim = sc->end - me > 60 ? me + 60 : sc->end;
    for (uint32_t p = cs > 4 ? cs - 4 : 0; p + 4 <= lim && !v; p++) {
        if (p >= me && (t[p] == ',' || t[p] == ';' || t[p] == '(')) break;
        if (!memcmp(t + p, " v. ", 4)) v = t + p;
    }
    if (!v) return false;
    uint32_t vs = (uint32_t)(v - t);
    if (vs < cs) { /* "Barr v. City of Chicago": the case starts before " v. " */
        size_t b = link_word_at(sc, vs);
        while (b > 0 && vs - sc->w[b - 1].start < 40 &&
               (sc->w[b - 1].cap || link_word_in(t, &sc->w[b - 1], "of|and")))
            b--;
        cs = sc->w[b].start;
    }
    if (!signal_before(t, sc->start, cs)) return false;
    for (uint32_t p = vs + 4; p < sc->end && p < vs + 120; p++) {
        if (t[p] == ';' || t[p] == '(') return false;
        if (t[p] == ',') return reporter_at(t, p, sc->end);
    }
    return false;
}

/* Whether the "from" at word f spans the members of the local governments
 * or their suits before it ("cities from Mobile to Tulsa", "a coalition of
 * local governments stretching from Fresno to Eugene", "local officials
 * from Boise to Tacoma", "lawsuits from Dayton to Reno"): the range's ends
 * are the plural's members, as a list after it would be. */
static bool range_of_members(const char *t, const link_scratch *sc, size_t f) {
    if (f >= 1 && link_word_in(t, &sc->w[f - 1], "stretching|ranging|reaching")) f--;
    return f >= 1 && !sc->w[f].punct_before &&
           link_word_in(t, &sc->w[f - 1],
                        "cities|counties|towns|municipalities|jurisdictions|governments|"
                        "communities|localities|officials|leaders|mayors|lawsuits|suits");
}

/* Whether the words [a, e) of mention m sit in a "from X to Y" range
 * that only spans a map ("courtrooms from El Paso to Savannah", "police
 * departments from Newark to Raleigh"): neither end is a party, unless the
 * range spans a plural's members (range_of_members). */
static bool range_end(const char *t, const link_scratch *sc, size_t a, size_t e) {
    if (a >= 1 && link_word_in(t, &sc->w[a - 1], "from"))
        for (size_t k = e; k + 1 < sc->nw && k < e + 2 && !sc->w[k].punct_before; k++)
            if (link_word_in(t, &sc->w[k], "to"))
                return sc->w[k + 1].cap && !range_of_members(t, sc, a - 1);
    if (a < 3 || !link_word_in(t, &sc->w[a - 1], "to") || sc->w[a - 1].punct_before) return false;
    for (size_t k = a - 1; k-- > 0 && k + 5 > a;) {
        if (link_word_in(t, &sc->w[k], "from"))
            return k + 2 < a && sc->w[k + 1].cap && !range_of_members(t, sc, k);
        if (sc->w[k + 1].punct_before || !sc->w[k].cap) return false;
    }
    return false;
}

/* Whether the mention at words [a, e) only tells something about another
 * party: ", home to the state capital of Salem", "its Kent facility" (a
 * site), "unlike Denver" (a comparison), "the U.S. Attorney's Office in
 * Spokane" (a federal office's seat, like an ICE field office), a range of
 * places. */
static bool passing_place(const char *t, const link_scratch *sc, size_t a, size_t e) {
    if (range_end(t, sc, a, e)) return true;
    for (size_t k = a; k-- > 0 && k + 8 > a;) {
        if (link_word_in(t, &sc->w[k], "home") && k + 1 < a && sc->w[k].punct_before &&
            link_word_in(t, &sc->w[k + 1], "to"))
            return true;
        if (sc->w[k].punct_before) break;
    }
    if (a >= 1 && link_word_in(t, &sc->w[a - 1], "its|their") && e < sc->nw &&
        !sc->w[e].punct_before &&
        link_word_in(t, &sc->w[e], "facility|facilities|jail|campus|office|offices|building"))
        return true;
    /* (not "his department, unlike Denver's, would keep working": the
     * unit tests of session 8 keep that one) */
    if (a >= 1 && link_word_in(t, &sc->w[a - 1], "unlike|Unlike") &&
        !(e < sc->nw && link_possessive_s(t, &sc->w[e])))
        return true;
    if (a < 4 || !link_word_in(t, &sc->w[a - 1], "in") || !link_word_in(t, &sc->w[a - 2], "Office"))
        return false;
    size_t k = link_possessive_s(t, &sc->w[a - 3]) ? a - 4 : a - 3;
    return link_word_in(t, &sc->w[k], "Attorney|Attorneys");
}

/* ", said Aurora Police Chief Marcus Ellery, whose department books
 * arrestees into the Arapahoe County jail": a ", whose" clause on the
 * speaker of a quote tells who speaks (like ", whose district includes
 * Corona"), not whom the event concerns. Word a is the mention. */
static bool speaker_unit(const char *t, const link_scratch *sc, size_t a) {
    for (size_t k = a; k-- > 0 && k + 10 > a;) {
        if (!link_word_in(t, &sc->w[k], "whose")) {
            if (sc->w[k + 1].punct_before && k + 1 < a) return false;
            continue;
        }
        if (k == 0 || !sc->w[k].punct_before ||
            !memchr(t + sc->w[k - 1].end, ',', sc->w[k].start - sc->w[k - 1].end))
            return false;
        for (size_t q = k; q-- > 0 && q + 8 > k;)
            if (link_word_in(t, &sc->w[q], "said|says|told|added|wrote"))
                return q + 1 < k && sc->w[q + 1].cap;
        return false;
    }
    return false;
}

/* "declined a detainer for a Bozeman construction worker", "a Denver
 * woman": a place before a noun for a person says where someone is from,
 * not whom the event concerns. Words [a, e) are the mention. */
static bool person_origin(const char *t, const link_scratch *sc, size_t a, size_t e) {
    if (a < 1 || !link_word_in(t, &sc->w[a - 1], "a|an")) return false;
    for (size_t k = e; k < sc->nw && k < e + 3 && !sc->w[k].punct_before && !sc->w[k].cap; k++)
        if (link_word_in(t, &sc->w[k],
                         "man|woman|resident|worker|student|teenager|teen|father|mother|"
                         "immigrant|couple|family|native|landlord|farmer|laborer|driver|"
                         "mechanic|businessman|businesswoman|grandmother|grandfather|boy|girl"))
            return true;
    return false;
}

/* "a FEMA regional administrator in Denton, Texas", "an ICE spokesman in
 * Seattle", "FEMA's regional office in Boston", "the U.S. attorney's office
 * in Newark": a federal agency's office or official placed in a city is no
 * party. Word a is the mention. */
static bool federal_office_seat(const char *t, const link_scratch *sc, size_t a) {
    if (a < 3 || !link_word_in(t, &sc->w[a - 1], "in") || sc->w[a - 1].punct_before ||
        !link_word_in(t, &sc->w[a - 2],
                      "administrator|administrators|office|offices|official|officials|director|"
                      "spokesman|spokeswoman|spokesperson|headquarters"))
        return false;
    for (size_t k = a - 2; k-- > 0 && k + 6 > a;) {
        /* the agency's name and its office are one phrase: no punctuation
         * between them but a possessive's apostrophe */
        if (sc->w[k + 1].punct_before && !link_possessive_s(t, &sc->w[k + 1])) return false;
        if (link_word_in(t, &sc->w[k], "U.S.")) return true;
        if (link_word_in(t, &sc->w[k],
                         "FEMA|ICE|DHS|FBI|USCIS|CBP|FTA|HUD|DOJ|BJA|OJP|FHWA|DOT|"
                         "FEMA's|ICE's|DHS's|FTA's|HUD's|DOJ's"))
            return true;
    }
    return false;
}

/* "Georgia's 2024 law, passed after the killing of a nursing student in
 * Athens, requires ...": where a crime happened tells the story behind a
 * measure, not whom the event concerns. Word a is the mention. */
static bool crime_site(const char *t, const link_scratch *sc, size_t a) {
    if (a < 3 || !link_word_in(t, &sc->w[a - 1], "in") || sc->w[a - 1].punct_before) return false;
    for (size_t k = a - 1; k-- > 0 && k + 7 > a;) {
        if (sc->w[k + 1].punct_before) return false;
        if (link_word_in(t, &sc->w[k], "killing|murder|slaying|shooting|death|rape|stabbing"))
            return true;
    }
    return false;
}

/* "appealed the Ohio ruling to the 6th Circuit", "the Texas injunction":
 * a state naming where a court ruled is a seat, not a party (the
 * conventions on court seats). Words [a, e) are the mention m. */
static bool ruling_state(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                         const link_mention *m, size_t a, size_t e) {
    return a >= 1 && e < sc->nw && m->div >= 0 &&
           gz_div_at(gaz, (uint32_t)m->div)->level == GZ_LEVEL_STATE &&
           link_word_in(t, &sc->w[a - 1], "the|that") && !sc->w[e].punct_before &&
           link_word_in(t, &sc->w[e], "ruling|decision|injunction|judgment");
}

/* "waiting to see how the Providence case develops", "would watch the
 * Columbus case closely": another place's case, watched as a precedent
 * (not "rehear the King County case", "in the El Paso case": the case's
 * own events keep its party). Words [a, e) are the mention. */
static bool watched_case(const char *t, const link_scratch *sc, size_t a, size_t e) {
    if (a < 2 || e >= sc->nw || !link_word_in(t, &sc->w[a - 1], "the") || sc->w[e].punct_before ||
        !link_word_in(t, &sc->w[e], "case|lawsuit|suit|litigation|ruling"))
        return false;
    for (size_t k = a - 1; k-- > 0 && k + 4 > a;)
        if (link_word_in(t, &sc->w[k],
                         "watch|watching|watched|see|seeing|follow|following|"
                         "followed|monitor|monitoring|how|await|awaiting|track|"
                         "tracking"))
            return true;
    return false;
}

/* Whether mention m of the cached sentence only describes a division
 * next to it: a neighbour named by its possessive in an apposition
 * ("Springfield, Eugene's neighbor across the river, did not join", "The
 * city of Aurora, Denver's eastern neighbor, took"), a place a county
 * "includes" (", which includes Asheville,"), a facility's site ("the
 * county jail in downtown Houston", "the Theo Lacy jail in Orange"), a comparison closing a clause
 * (", as Maricopa County does."), a place left out ("everywhere outside
 * Oregon"). */
/* "Spokane did not join the Washington suit", "whether to join Oregon's
 * lawsuit": a state whose suit a local joins (or not) only names the suit;
 * the joiner's acts are its own (dev gold codes the local alone). */
static bool joined_state_suit(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                              const link_mention *m) {
    if (gz_div_at(gaz, (uint32_t)m->div)->level != GZ_LEVEL_STATE) return false;
    size_t a = link_word_at(sc, m->start), e = link_word_at(sc, m->end);
    if (a >= 1 && link_word_in(t, &sc->w[a - 1], "the")) a--;
    if (a < 1 || sc->w[a].punct_before ||
        !link_word_in(t, &sc->w[a - 1], "join|joins|joined|joining"))
        return false;
    if (e < sc->nw && link_possessive_s(t, &sc->w[e])) e++;
    if (e < sc->nw && link_word_in(t, &sc->w[e], "state|federal|multistate")) e++;
    if (e >= sc->nw || sc->w[e].punct_before ||
        !link_word_in(t, &sc->w[e], "suit|lawsuit|case|challenge"))
        return false;
    for (size_t i = 0; i < sc->nm; i++) /* the joiner, named */
        if (!sc->m[i].generic && sc->m[i].div >= 0 && sc->m[i].div != m->div &&
            gz_div_at(gaz, (uint32_t)sc->m[i].div)->level != GZ_LEVEL_STATE)
            return true;
    return false;
}

/* "the Theo Lacy jail in Orange", "a detention center in Tacoma", "the
 * Montana State Prison in Deer Lodge", "federal facilities in Jena",
 * "coordination units in Shreveport", "a four-week training course in
 * Charleston": the town a facility, unit or course stands in, named to
 * say where, not whom the event concerns (a course is where officers
 * train, corpora/README.md session 13). Word a is a place's mention. */
static bool facility_site(const char *t, const link_scratch *sc, size_t a) {
    return a >= 2 && link_word_in(t, &sc->w[a - 1], "in") && !sc->w[a - 1].punct_before &&
           link_word_in(t, &sc->w[a - 2],
                        "jail|jails|prison|prisons|facility|facilities|courthouse|center|"
                        "centers|Center|Prison|Penitentiary|penitentiary|Facility|unit|units|"
                        "course|courses");
}

/* The text [from, to) between two mentions joins a list: ", ", " and ",
 * " or ", or after a comma ", and" ("Baton Rouge, Shreveport and Lake
 * Charles"); *comma says a comma came before. */
static bool list_gap(const char *t, uint32_t from, uint32_t to, bool *comma) {
    while (from < to && t[from] == ' ')
        from++;
    bool c = from < to && t[from] == ',';
    from += c;
    while (from < to && t[from] == ' ')
        from++;
    size_t n = to - from;
    bool conj =
        (n == 4 && !strncmp(t + from, "and ", 4)) || (n == 3 && !strncmp(t + from, "or ", 3));
    if (n && !conj) return false;
    if (c && conj && !*comma) return false; /* ", and Seattle sued": a new clause */
    if (!c && !conj) return false;
    *comma = *comma || c;
    return true;
}

/* "said at a news conference in Ann Arbor", "in a statement from Austin",
 * "speaking from Boise": where a speaker was when speaking, no party of
 * what is said (the session-9 conventions: a place that only speaks adds
 * no id, nor does where it speaks). Word a is the mention. */
static bool speaking_site(const char *t, const link_scratch *sc, size_t a) {
    if (a < 2 || sc->w[a - 1].punct_before || !link_word_in(t, &sc->w[a - 1], "in|from"))
        return false;
    if (link_word_in(t, &sc->w[a - 1], "from") &&
        link_word_in(t, &sc->w[a - 2], "speaking|Speaking|spoke|said|says"))
        return true;
    if (a < 3 || !link_word_in(t, &sc->w[a - 2],
                               "conference|briefing|statement|interview|ceremony|rally|speech|"
                               "appearance|remarks"))
        return false;
    /* "at a news conference", "in a written statement", "during an
     * appearance": the occasion's preposition a few words before */
    for (size_t k = a - 2; k-- > 0 && k + 6 > a;) {
        if (sc->w[k + 1].punct_before) return false;
        if (link_word_in(t, &sc->w[k], "at|in|during") &&
            link_word_in(t, &sc->w[k + 1], "a|an|the|his|her|their"))
            return true;
    }
    return false;
}

/* "In Raleigh, Wake County's sheriff took the opposite path", "In Salem,
 * Marion County Sheriff X said his deputies would not hold anyone": a city
 * opening the sentence before a county's own officer or jail only tells
 * where that office sits, as an opening state does before its counties
 * (opening_locator in locate.c); the event is the county's. Not when the
 * sentence speaks of a city's own body ("In St. Paul, the city council
 * voted to extend its ordinance to the Ramsey County jail"). Words a..e
 * are the place's. */
static bool opening_city_of_county(const polex_gazetteer *gaz, const char *t,
                                   const link_scratch *sc, const link_mention *m, size_t a,
                                   size_t e) {
    if (a != sc->first + 1 || e + 3 >= sc->nw || !link_word_in(t, &sc->w[sc->first], "In") ||
        !memchr(t + sc->w[e - 1].end, ',', sc->w[e].start - sc->w[e - 1].end) ||
        gz_div_at(gaz, (uint32_t)m->div)->level != GZ_LEVEL_PLACE)
        return false;
    size_t q = e + link_word_in(t, &sc->w[e], "the");
    size_t c = q; /* "County" after one to three capitalized words */
    while (c < sc->nw && c < q + 3 && sc->w[c].cap && !link_word_in(t, &sc->w[c], "County|Parish"))
        c++;
    if (c == q || c + 1 >= sc->nw || !link_word_in(t, &sc->w[c], "County|Parish")) return false;
    c += 1 + link_possessive_s(t, &sc->w[c + 1]);
    if (c >= sc->nw || !link_word_in(t, &sc->w[c],
                                     "Sheriff|sheriff|jail|Jail|commissioners|"
                                     "Commissioners|supervisors|deputies"))
        return false;
    for (size_t k = c + 1; k < sc->nw; k++)
        if (link_word_in(t, &sc->w[k], "city|City|mayor|Mayor|police|Police|council|Council"))
            return false;
    return true;
}

/* Whether the words from k, up to a pause, name the case a brief is filed
 * in ("supporting the federal government in litigation brought by ..."). */
static bool brief_in_case(const char *t, const link_scratch *sc, size_t k) {
    for (size_t q = k; q + 1 < sc->nw && q < k + 8 && !sc->w[q].punct_before; q++) {
        if (!link_word_in(t, &sc->w[q], "in")) continue;
        size_t c = link_word_in(t, &sc->w[q + 1], "the|a|its|their") ? q + 2 : q + 1;
        return c < sc->nw && !sc->w[c].punct_before &&
               link_word_in(t, &sc->w[c], "litigation|suit|lawsuit|case|appeal|challenge");
    }
    return false;
}

/* A friend of the court: the name files or joins a brief ("Wyoming will join
 * a multistate brief supporting ..."), appears "as amicus curiae" (", the
 * State of Texas, appearing as amicus curiae,"), or is whom an amicus
 * speaks for ("participating in the appeal as amicus curiae, on behalf of
 * the Commonwealth"). A brief's filer is no party of the suit or appeal it
 * supports (corpora/README.md, session 17). Words [a, e) are the name. */
static bool amicus_filer(const char *t, const link_scratch *sc, size_t a, size_t e) {
    if (e + 1 < sc->nw && link_word_in(t, &sc->w[e + 1], "as") && sc->w[e + 1].punct_before &&
        e + 2 < sc->nw && link_word_in(t, &sc->w[e + 2], "amicus"))
        return true; /* ", as amicus curiae," */
    if (e + 2 < sc->nw && link_word_in(t, &sc->w[e], "appearing|participating") &&
        link_word_in(t, &sc->w[e + 1], "as") && link_word_in(t, &sc->w[e + 2], "amicus"))
        return true;
    size_t b = a; /* "on behalf of the State of Oregon" */
    if (b >= 2 && link_word_in(t, &sc->w[b - 1], "of") &&
        link_word_in(t, &sc->w[b - 2], "State|Commonwealth"))
        b -= 2;
    if (b >= 6 && link_word_in(t, &sc->w[b - 1], "the") && link_word_in(t, &sc->w[b - 2], "of") &&
        link_word_in(t, &sc->w[b - 3], "behalf") && link_word_in(t, &sc->w[b - 4], "on") &&
        link_word_in(t, &sc->w[b - 5], "curiae") && link_word_in(t, &sc->w[b - 6], "amicus"))
        return true;
    /* "Wyoming will join a multistate brief ... in litigation brought by
     * Illinois": the filer's verb and the brief within five words, the case
     * it is filed in named after it (a party's own brief, "filed a joint
     * brief asking the 9th Circuit", names none) */
    bool verb = false, amicus = false; /* not a party's own: "filed a joint brief" */
    for (size_t k = e; k < sc->nw && k < e + 6 && !sc->w[k].punct_before; k++) {
        if (link_word_in(t, &sc->w[k],
                         "join|joins|joined|joining|file|files|filed|filing|submit|"
                         "submits|submitted"))
            verb = true;
        else if (verb && link_word_in(t, &sc->w[k], "brief|briefs"))
            return (amicus || (k + 1 < sc->nw && link_word_in(t, &sc->w[k + 1], "supporting"))) &&
                   brief_in_case(t, sc, k + 1);
        else if (link_word_in(t, &sc->w[k], "multistate|amicus|friend-of-the-court"))
            amicus = true;
        else if (!link_word_in(t, &sc->w[k],
                               "will|would|has|have|had|also|a|an|its|their|"
                               "own|joint|separate|similar"))
            return false;
    }
    return false;
}

/* ", Minneapolis's neighbor", ", its suburb": the place a name is set
 * beside after a comma. */
static bool neighbor_of(const char *t, const link_scratch *sc, size_t a, size_t e) {
    if (!(a > 0 && a < sc->nw && sc->w[a].punct_before &&
          memchr(t + sc->w[a - 1].end, ',', sc->w[a].start - sc->w[a - 1].end) && e + 1 < sc->nw &&
          link_possessive_s(t, &sc->w[e])))
        return false;
    for (size_t k = e + 1; k < sc->nw && k < e + 4 && !sc->w[k].punct_before; k++)
        if (link_word_in(t, &sc->w[k],
                         "neighbor|neighbour|neighbors|neighbours|suburb|suburbs|"
                         "rival|twin|sister"))
            return true;
    return false;
}

/* A place held up for comparison: "like every other department in Wayne
 * County", "unlike other cities in Texas", "..., as Maricopa County does",
 * "a policy like Northfield's" (not ", like California's Values Act,", a
 * parallel one). */
static bool compared_place(const char *t, const link_scratch *sc, size_t a, size_t e) {
    if (a >= 3 && link_word_in(t, &sc->w[a - 1], "in"))
        for (size_t k = a - 1; k-- > 0 && k + 6 > a;) {
            if (sc->w[k + 1].punct_before) break;
            if (link_word_in(t, &sc->w[k], "like|unlike|Like|Unlike") &&
                link_word_in(t, &sc->w[k + 1], "every|other|any|all|most|many"))
                return true;
        }
    if (a >= 1 && link_word_in(t, &sc->w[a - 1], "as") && e < sc->nw &&
        link_word_in(t, &sc->w[e], "does|did|do|has|have|had") &&
        (e + 1 == sc->nw || sc->w[e + 1].punct_before))
        return true;
    return a >= 2 && e < sc->nw && link_word_in(t, &sc->w[a - 1], "like") &&
           !sc->w[a].punct_before && !sc->w[a - 1].punct_before && link_possessive_s(t, &sc->w[e]);
}

/* A county's places (", which includes Asheville,"), not a list's members
 * ("the sanctuary list, which includes Minneapolis"); an official's
 * district or beat (", whose district includes Corona"): it tells who the
 * speaker is, not where the event is. */
static bool included_place(const char *t, const link_scratch *sc, size_t a) {
    if (a < 3) return false;
    if (link_word_in(t, &sc->w[a - 1], "includes|encompasses|surrounds|contains") &&
        link_word_in(t, &sc->w[a - 2], "which|that") && sc->w[a - 3].cap)
        return true;
    return link_word_in(t, &sc->w[a - 1], "includes|covers|encompasses") &&
           link_word_in(t, &sc->w[a - 2], "district|ward|precinct|beat|territory") &&
           link_word_in(t, &sc->w[a - 3], "whose");
}

/* A lawmaker's home ("State Sen. Dana Whitcomb, a Republican from Oro
 * Valley,", "a Republican state senator from Summerville"): it tells who
 * speaks, like a district, not whom the event concerns. */
static bool lawmaker_from(const char *t, const link_scratch *sc, size_t a) {
    return a >= 2 && link_word_in(t, &sc->w[a - 1], "from") && !sc->w[a - 1].punct_before &&
           link_word_in(t, &sc->w[a - 2],
                        "Republican|Democrat|senator|representative|lawmaker|legislator|"
                        "assemblyman|assemblywoman|delegate");
}

/* A place that only objects: "over Worthington's objections", "over the
 * Boise mayor's objections", "despite objections from Lincoln". */
static bool objecting_place(const char *t, const link_scratch *sc, size_t a, size_t e) {
    size_t o = e;
    if (o + 2 < sc->nw && !sc->w[o].punct_before &&
        link_word_in(t, &sc->w[o], "mayor|council|officials|leaders|residents|sheriff"))
        o++;
    size_t v = a >= 2 && link_word_in(t, &sc->w[a - 1], "the") ? a - 1 : a;
    if (v >= 1 && link_word_in(t, &sc->w[v - 1], "over|despite|Despite") && o + 1 < sc->nw &&
        link_possessive_s(t, &sc->w[o]) &&
        link_word_in(t, &sc->w[o + 1], "objection|objections|opposition|protests"))
        return true;
    return a >= 3 && link_word_in(t, &sc->w[a - 1], "from|by") &&
           link_word_in(t, &sc->w[a - 2], "objection|objections|opposition|protests") &&
           link_word_in(t, &sc->w[a - 3], "over|despite|Despite");
}

/* A place left out: "everywhere outside Oregon", "except in California". */
static bool left_out_place(const char *t, const link_scratch *sc, size_t a) {
    size_t x = a >= 2 && link_word_in(t, &sc->w[a - 1], "in|of|for") ? a - 1 : a;
    return x >= 1 && link_word_in(t, &sc->w[x - 1], "outside|except|excluding|beyond") &&
           (x == a || !sc->w[a].punct_before);
}

/* "the third Monmouth County municipality to sign", "two municipalities in
 * Chittenden County": a county locating its towns, not a party. */
static bool county_of_towns(const char *t, const link_scratch *sc, size_t a, size_t e) {
    return (e < sc->nw && !sc->w[e].punct_before &&
            link_word_in(t, &sc->w[e],
                         "municipality|municipalities|town|towns|township|townships|"
                         "village|villages|community|communities")) ||
           (a >= 2 && !sc->w[a].punct_before && !sc->w[a - 1].punct_before &&
            link_word_in(t, &sc->w[a - 1], "in") &&
            link_word_in(t, &sc->w[a - 2], "municipalities|towns|townships|villages|communities"));
}

/* A town named for what stands in it, not its government: "the jail that
 * holds Omaha arrestees", "where St. Paul arrestees are booked"; "the only
 * large metro Atlanta counties" (a region's name); "which runs the Ludlow
 * jail", "screening inmates at the Yerington jail" (a county's or
 * sheriff's jail, by a one-word name: "the Metro Nashville jail" is the
 * government's); a facility's site; "in downtown Denver". */
static bool site_town(const char *t, const link_scratch *sc, size_t a, size_t e) {
    if ((e < sc->nw && !sc->w[e].punct_before &&
         link_word_in(t, &sc->w[e], "arrestees|inmates|detainees|prisoners")) ||
        (a >= 1 && !sc->w[a].punct_before && link_word_in(t, &sc->w[a - 1], "metro|metropolitan")))
        return true;
    if (a >= 1 && e == a + 1 && e < sc->nw && link_word_in(t, &sc->w[a - 1], "the") &&
        !sc->w[e].punct_before && link_word_in(t, &sc->w[e], "jail|jails|lockup"))
        return true;
    if (facility_site(t, sc, a)) return true;
    return a >= 2 && link_word_in(t, &sc->w[a - 1], "downtown") &&
           link_word_in(t, &sc->w[a - 2], "in") && !sc->w[a - 1].punct_before;
}

/* Whether mention m only describes someone or something else: a cited
 * case, a passing place, a joined state's suit, an amicus filer, a
 * neighbor, what a place borders or is compared with, what a county or a
 * district includes, a speaker's or lawmaker's home, an objector, a place
 * left out, a county locating its towns, a town's site (cites: the
 * sentence cites a case). */
static bool descriptive_place(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                              const link_mention *m, bool cites) {
    size_t a = link_word_at(sc, m->start), e = link_word_at(sc, m->end);
    if (cites && cited_case(t, sc, m->start, m->end)) return true;
    if (opening_city_of_county(gaz, t, sc, m, a, e) || passing_place(t, sc, a, e) ||
        joined_state_suit(gaz, t, sc, m) || amicus_filer(t, sc, a, e) || neighbor_of(t, sc, a, e))
        return true;
    /* "which borders Travis", "bordering Dane County": what it borders */
    if (a >= 1 && link_word_in(t, &sc->w[a - 1], "borders|border|bordering|adjoins|abuts"))
        return true;
    if (compared_place(t, sc, a, e) || included_place(t, sc, a)) return true;
    if (watched_case(t, sc, a, e) || speaking_site(t, sc, a)) return true;
    if (speaker_unit(t, sc, a) || person_origin(t, sc, a, e) || federal_office_seat(t, sc, a) ||
        crime_site(t, sc, a) || ruling_state(gaz, t, sc, m, a, e))
        return true;
    if (lawmaker_from(t, sc, a) || objecting_place(t, sc, a, e) || left_out_place(t, sc, a))
        return true;
    const gz_div *d = gz_div_at(gaz, (uint32_t)m->div);
    return (d->level == GZ_LEVEL_COUNTY && county_of_towns(t, sc, a, e)) ||
           (d->level == GZ_LEVEL_PLACE && site_town(t, sc, a, e));
}

/* Drops the specific mentions (ns of sc->m, first) descriptive_place finds;
 * returns the new count. */
size_t link_drop_descriptive_places(const polex_linker *lk, const char *t, link_scratch *sc,
                                    size_t ns) {
    bool cites = false; /* a case citation's " v. " (most sentences have none) */
    for (const char *p = t + sc->start, *end = t + sc->end;
         !cites && (p = memchr(p, 'v', (size_t)(end - p))) != NULL && p + 2 < end; p++)
        cites = p > t + sc->start && p[-1] == ' ' && p[1] == '.' && p[2] == ' ';
    size_t k = 0, kept = 0;
    uint32_t site_end = 0; /* the end of the last facility's site dropped, 0 when none */
    bool comma = false;
    for (size_t i = 0; i < sc->nm; i++) {
        if (i < ns && sc->m[i].div >= 0 && descriptive_place(lk->gaz, t, sc, &sc->m[i], cites)) {
            /* the names listed after a site are sites too ("facilities in
             * Jena and Basile") */
            site_end = facility_site(t, sc, link_word_at(sc, sc->m[i].start)) ? sc->m[i].end : 0;
            comma = false;
            continue;
        }
        if (i < ns && site_end && sc->m[i].div >= 0 && sc->m[i].start >= site_end &&
            gz_div_at(lk->gaz, (uint32_t)sc->m[i].div)->level == GZ_LEVEL_PLACE &&
            list_gap(t, site_end, sc->m[i].start, &comma)) {
            site_end = sc->m[i].end;
            continue;
        }
        site_end = 0;
        kept += i < ns;
        sc->m[k++] = sc->m[i];
    }
    sc->nm = k;
    return kept;
}

/* Verbs that measure someone's act by a law ("violates Wisconsin law",
 * "flouts North Carolina law", "breaks state law"). */
#define YARDSTICK_VERBS                                                                            \
    "violate|violates|violated|violating|defy|defies|defied|defying|flout|flouts|flouted|"         \
    "flouting|contravene|contravenes|contravened|break|breaks|broke|breaking|circumvent|"          \
    "circumvents|circumvented"

/* A yardstick verb a few words before word a that reaches it through a
 * coordination or an example ("violates the Supremacy Clause and a 2024
 * Kentucky statute", "violate state law, including the California Values
 * Act"): the law at a is measured like the first. */
static bool yardstick_reaches(const char *t, const link_scratch *sc, size_t a) {
    size_t b = a;
    while (b > 0 &&
           (link_word_in(t, &sc->w[b - 1], "the|a|an") ||
            isdigit((unsigned char)t[sc->w[b - 1].start])) &&
           !sc->w[b].punct_before)
        b--;
    if (b < 3 || !link_word_in(t, &sc->w[b - 1], "and|including")) return false;
    bool including = link_word_in(t, &sc->w[b - 1], "including");
    if (sc->w[b].punct_before || (sc->w[b - 1].punct_before && !including)) return false;
    for (size_t k = b - 1; k-- > 0 && k + 7 > b;) {
        if (link_word_in(t, &sc->w[k], YARDSTICK_VERBS)) return true;
        if (sc->w[k + 1].punct_before && !(including && k + 2 == b)) return false;
    }
    return false;
}

/* Words naming a local government's own law in an enacting clause. */
static bool local_law_word(const char *t, const link_scratch *sc, size_t k) {
    if (link_word_in(t, &sc->w[k], "Charter|charter|Ordinances")) return true;
    return k > 0 && link_word_in(t, &sc->w[k], "Code") &&
           link_word_in(t, &sc->w[k - 1], "County|City|Municipal|Town|Village|Parish");
}

/* Whether the officer before word v ("vested") is a local one: a county
 * or city of the sentence's mentions names the title ("I, ..., Dane County
 * Executive, by the authority vested in me"), and no governor's does. */
static bool local_officer_before(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                                 size_t v) {
    bool local = false;
    for (size_t i = 0; i < sc->nm && !local; i++)
        local = !sc->m[i].generic && sc->m[i].end <= sc->w[v].start &&
                link_mention_level(gaz, &sc->m[i]) > GZ_LEVEL_STATE;
    for (size_t k = 0; k < v && local; k++)
        local = !link_word_in(t, &sc->w[k], "Governor|GOVERNOR|governor");
    return local;
}

/* The state at word a closes "the laws of (the State of)" or opens a
 * code's name ("Title 9 of the Delaware Code", "section 59.17 of the
 * Wisconsin Statutes") in a clause giving a local officer's authority ("the
 * authority vested in me by the City Charter and the laws of the State of
 * Connecticut", "by Title 9 of the Delaware Code and the New Castle County
 * Code", "I, ..., Dane County Executive, by the authority vested in me under
 * ... the Wisconsin Statutes"): where the officer's power comes from. */
static bool authority_laws(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                           size_t a, size_t e) {
    size_t s = link_skip_state_of(t, sc->w, a, 0);
    bool laws_of = s >= 2 && link_word_in(t, &sc->w[s - 1], "of") &&
                   link_word_in(t, &sc->w[s - 2], "laws|Laws");
    bool code = !laws_of && e < sc->nw && !sc->w[e].punct_before &&
                link_word_in(t, &sc->w[e], "Code|Statutes|Constitution|law|laws|Revised|General");
    if (!laws_of && !code) return false;
    /* only beside a local law: a governor's power is the state's own
     * ("vested in me by the Constitution and laws of the State of Indiana") */
    size_t vested = SIZE_MAX;
    for (size_t k = s; k-- > 0 && k + 24 > s && vested == SIZE_MAX;)
        if (link_word_in(t, &sc->w[k], "vested")) vested = k;
    if (vested == SIZE_MAX) return false;
    /* a state's law grants a county's or city's officer his power; it is no
     * party to the local order */
    if (local_officer_before(gaz, t, sc, vested)) return true;
    for (size_t k = vested + 1; k < sc->nw && k < a + 12; k++) {
        if (k > a && sc->w[k].punct_before && !link_word_in(t, &sc->w[k], "and|the")) break;
        if (local_law_word(t, sc, k)) return true;
    }
    return false;
}

/* Whether the words from e on name the law of the state just before them:
 * "Texas law", "the Texas ban on sanctuary policies" (a ban is the state's
 * law), "California's sanctuary law", "Texas's 2017 law", "a Pennsylvania
 * Senate bill" (a chamber's bill), "the California Values Act" (the state
 * inside a law's name), "Indiana Code 5-2-18.2" (*code: a code of laws,
 * which names the issuer's own law in its orders). */
static bool law_after_state(const char *t, const link_scratch *sc, size_t e, bool *code) {
    bool law = e < sc->nw && link_word_in(t, &sc->w[e], "law|laws|statute|statutes|ban|Ban");
    size_t pe = e < sc->nw && link_possessive_s(t, &sc->w[e]) ? e + 1 : e;
    for (size_t q = pe; !law && pe > e && q < sc->nw && q < pe + 3; q++)
        law = link_word_in(t, &sc->w[q], "law|laws|statute|statutes");
    for (size_t q = e; !law && q < sc->nw && q < e + 3 && !sc->w[q].punct_before; q++)
        law = link_word_in(t, &sc->w[q], "bill|bills|measure") && q > e &&
              link_word_in(t, &sc->w[q - 1], "Senate|House|Assembly|Legislature");
    *code = false;
    for (size_t q = e; !law && q < sc->nw && q < e + 5 && sc->w[q].cap && !sc->w[q].punct_before;
         q++)
        law = link_word_in(t, &sc->w[q], "Act|Law") ||
              (*code = link_word_in(t, &sc->w[q], "Code|Statutes"));
    return law;
}

/* Whether the words before word a measure another's act by the law named
 * at a: "violates", "despite new Maryland law" (the law they defy), "in
 * violation of", "in defiance of", "runs afoul of", "contrary to", "at odds
 * with", "legal under", "modeled on", a headline's "Violating". */
static bool measures_by(const char *t, const link_scratch *sc, size_t a) {
    if ((a >= 1 && link_word_in(t, &sc->w[a - 1], YARDSTICK_VERBS)) || yardstick_reaches(t, sc, a))
        return true;
    size_t d = a >= 2 && link_word_in(t, &sc->w[a - 1], "new|recent|New") ? a - 1 : a;
    if (d >= 1 && link_word_in(t, &sc->w[d - 1], "despite|Despite")) return true;
    if (a >= 2 && link_word_in(t, &sc->w[a - 1], "of|to") &&
        link_word_in(t, &sc->w[a - 2], "violation|contrary|defiance|breach|afoul"))
        return true;
    /* "at odds with Minnesota law", "legal under Virginia law": the
     * measure of an act, not a party to it. An act "consistent with",
     * "in keeping with", "in line with", "in accordance with" or "in
     * compliance with" a state's law is done under it, so these are
     * no yardstick and the state counts (corpora/README, session 5:
     * the state, plus the local jurisdiction acting under its law;
     * blind writers v22a, v27b, v34a, dev v24d). "Inconsistent with"
     * and "not consistent with" are "at odds with" (review17 d1). */
    if (a >= 2 && link_word_in(t, &sc->w[a - 1], "with") &&
        (link_word_in(t, &sc->w[a - 2], "odds|conflict|conflicts|conflicting|inconsistent") ||
         (a >= 3 && link_word_in(t, &sc->w[a - 2], "consistent") &&
          link_word_in(t, &sc->w[a - 3], "not"))))
        return true;
    if (a >= 2 && link_word_in(t, &sc->w[a - 1], "under") &&
        link_word_in(t, &sc->w[a - 2],
                     "legal|lawful|illegal|unlawful|permitted|allowed|permissible"))
        return true;
    /* a model, not a party: "limits modeled on California's sanctuary law" */
    if (a >= 2 && link_word_in(t, &sc->w[a - 1], "on|after") &&
        link_word_in(t, &sc->w[a - 2], "modeled|modelled|patterned|based"))
        return true;
    /* a headline's capitals ("Sues City of El Paso for Violating Texas Ban
     * on Sanctuary Policies") */
    return a >= 1 && link_word_in(t, &sc->w[a - 1], "Violating|Violates|Violate|Violated");
}

/* Whether the sentence goes on after the law named before word e + 1 to
 * state its own content: "violate Tennessee law, which since 2018 has
 * prohibited ...", "in violation of Iowa Code chapter 27A, which requires
 * ...", "violates Iowa's 2018 law prohibiting sanctuary policies". */
static bool law_content_after(const char *t, const link_scratch *sc, size_t e) {
    for (size_t q = e + 1; q < sc->nw && q < e + 6; q++) {
        if (link_word_in(t, &sc->w[q], "which|that") &&
            (sc->w[q].punct_before ||
             link_word_in(t, &sc->w[q - 1], "law|laws|statute|statutes|Act|Code")))
            return true;
        size_t ql = sc->w[q].end - sc->w[q].start;
        if (!sc->w[q].punct_before && ql > 5 && !memcmp(t + sc->w[q].end - 3, "ing", 3) &&
            link_word_in(t, &sc->w[q - 1], "law|laws|statute|statutes|Act|Code"))
            return true;
        if (sc->w[q].punct_before) return false;
    }
    return false;
}

typedef enum yard_kind { YARD_KEEP, YARD_DROP, YARD_LAW } yard_kind;

/* What to do with state mention m: drop it when its law is only the
 * yardstick of another's act; keep it as a LINK_SEAT_LAW when the
 * sentence goes on to state that law's content; else keep it. */
static yard_kind yardstick(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                           const link_mention *m) {
    size_t a = link_word_at(sc, m->start), e = link_word_at(sc, m->end);
    bool code, law = law_after_state(t, sc, e, &code);
    if (a >= 2 && link_word_in(t, &sc->w[a - 1], "the|a|an")) a--;
    /* "by virtue of the authority vested in me by the City Charter and the
     * laws of the State of Connecticut": where a mayor's power comes from,
     * no party to the order */
    bool authority = authority_laws(gaz, t, sc, a, e);
    bool measured = measures_by(t, sc, a) || authority; /* another's act measured by the law */
    law |= authority;
    /* a code of laws only as a definition's yardstick ("a serious felony
     * as defined by California Penal Code section 7282.5") */
    bool yard = (code ? authority : measured) ||
                (a >= 2 && link_word_in(t, &sc->w[a - 1], "by|in") &&
                 link_word_in(t, &sc->w[a - 2], "defined|described|listed"));
    bool content = law && law_content_after(t, sc, e);
    if (law && measured && content && !m->seat) return YARD_LAW;
    return law && yard && !content ? YARD_DROP : YARD_KEEP;
}

/* A state whose law is only the yardstick of someone else's act ("the
 * county's refusal violates Wisconsin law", "in violation of Texas law")
 * is no jurisdiction of the sentence's events (the conventions). Drops such
 * states from the ns specific mentions of sc->m; returns the new count. */
size_t link_drop_yardstick_laws(const polex_linker *lk, const char *t, link_scratch *sc,
                                size_t ns) {
    size_t k = 0, kept = 0;
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *m = &sc->m[i];
        yard_kind y =
            i < ns && m->div >= 0 && gz_div_at(lk->gaz, (uint32_t)m->div)->level == GZ_LEVEL_STATE
                ? yardstick(lk->gaz, t, sc, m)
                : YARD_KEEP;
        if (y == YARD_DROP) continue;
        kept += i < ns;
        sc->m[k] = *m;
        if (y == YARD_LAW) sc->m[k].seat = LINK_SEAT_LAW;
        k++;
    }
    sc->nm = k;
    return kept;
}

static bool capital(const polex_linker *lk, const gz_div *d);

/* The division an order's caption names first ("CITY OF BURLINGTON,
 * VERMONT / OFFICE OF THE MAYOR", "DANE COUNTY, WISCONSIN", "STATE OF
 * OREGON / OFFICE OF THE GOVERNOR"): its issuer. Looked at in the first
 * three sentences before the one at byte at only; -1 when they name none. */
static int caption_issuer(const polex_linker *lk, const polex_doc *doc, uint32_t at) {
    link_walk wk;
    link_walk_first(&wk, lk, doc, 3);
    const link_mention *pm;
    size_t n;
    while (link_walk_next(&wk, &pm, &n) && doc->sentences[wk.si].start < at)
        for (size_t j = 0; j < n; j++)
            if (!pm[j].generic && pm[j].div >= 0) return pm[j].div;
    return -1;
}

/* A signing clause ("Signed and sealed ... at Olympia, Washington", "the
 * Great Seal of the State of Oklahoma, at the Capitol in Oklahoma City"):
 * the place where an order was signed is no jurisdiction of its events.
 * Drops the local divisions after "at"/"in" in a sentence naming a seal;
 * ns: how many of sc->m are specific (first). Returns the new count. In a
 * county's or city's order (its caption's issuer) the place signs for the
 * order only when it is the issuer ("DONE at Tacoma, Washington" in
 * Tacoma's, "at the Madison County Sheriff's Office" in the sheriff's);
 * another place ("Signed at Madison, Wisconsin" in Dane County's, "DONE at
 * Portland, Oregon" in Multnomah County's) and its state name no issuer. */
size_t link_drop_signing_places(const polex_linker *lk, const polex_doc *doc, link_scratch *sc,
                                size_t ns) {
    const char *t = doc->text;
    bool seal = false;
    for (size_t k = 0; k < sc->nw && !seal; k++) {
        uint32_t n = sc->w[k].end - sc->w[k].start; /* most words fail here */
        seal = (n == 4 || n == 6) && (t[sc->w[k].start] | 0x20) == 's' &&
               link_word_in(t, &sc->w[k], "seal|Seal|sealed|SEAL");
    }
    /* a signing line without a seal: "Done at Salem, Oregon, this 21st day
     * of August", "Dated at Burlington" */
    if (!seal && sc->nw > 2 &&
        link_word_in(t, &sc->w[0], "Done|DONE|Given|GIVEN|Dated|DATED|Signed|SIGNED") &&
        link_word_in(t, &sc->w[1], "at|in"))
        seal = true;
    if (!seal) return ns;
    size_t k = 0, kept = 0;
    int issuer = -2; /* not looked for yet */
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *m = &sc->m[i];
        bool drop = false;
        if (i < ns && m->div >= 0 &&
            gz_div_at(lk->gaz, (uint32_t)m->div)->level != GZ_LEVEL_STATE) {
            size_t a = link_word_at(sc, m->start);
            /* "at Olympia", "in the City of Baton Rouge" */
            size_t b = a;
            while (b > 0 && a - b < 4 &&
                   link_word_in(t, &sc->w[b - 1], "the|City|Town|Village|city|town|village|of"))
                b--;
            drop = b >= 1 && link_word_in(t, &sc->w[b - 1], "at|in");
            if (drop && issuer == -2) issuer = caption_issuer(lk, doc, sc->start);
            if (drop && issuer >= 0 &&
                gz_div_at(lk->gaz, (uint32_t)issuer)->level != GZ_LEVEL_STATE) {
                if (m->div == issuer) {
                    kept += i < ns;
                    sc->m[k++] = *m;
                }
                continue;
            }
            /* "at Trenton, New Jersey": the issuer's state stays (the
             * conventions); but a city other than the capital signs its
             * own order ("DONE at Tacoma, Washington": the mayor's) */
            if (drop && memchr(t + m->start, ',', m->end - m->start) &&
                !capital(lk, gz_div_at(lk->gaz, (uint32_t)m->div)) &&
                gz_div_at(lk->gaz, (uint32_t)m->div)->level == GZ_LEVEL_PLACE)
                drop = false;
            else if (drop && memchr(t + m->start, ',', m->end - m->start)) {
                int st = gz_state_index(lk->gaz, gz_div_at(lk->gaz, (uint32_t)m->div)->state);
                if (st >= 0) {
                    kept += i < ns;
                    sc->m[k] = *m;
                    sc->m[k++].div = st;
                    continue;
                }
            }
        }
        if (drop) continue;
        kept += i < ns;
        sc->m[k++] = *m;
    }
    sc->nm = k;
    return kept;
}

/* Verbs of saying that close an attribution ("..., Gov. Tina Kotek said"). */
#define SPEECH_VERBS                                                                               \
    "said|says|told|added|wrote|noted|stated|announced|reported|argued|contended|confirmed|"       \
    "explained|acknowledged|insisted|emphasized|conceded"

/* Words a speaker's phrase may hold besides capitalized ones ("a spokesman
 * for Wisconsin Gov. Tony Evers", "the state's attorney general"). */
#define SPEAKER_WORDS                                                                              \
    "a|an|the|for|of|s|spokesman|spokeswoman|spokesperson|spokespeople|aide|aides|office|"         \
    "press|secretary|deputy|lawyer|lawyers|attorney|attorneys|general|governor|official|"          \
    "officials|representative|leaders|chief|executive|mayor|sheriff|in|statement|letter|"          \
    "chapter|affiliate|branch|group|records|data|report|analysis|study|survey"

/* Whether the gap before word k holds no more than a name's dots and
 * apostrophes (no comma, colon, quote or bracket). */
static bool plain_gap(const char *t, const link_scratch *sc, size_t k) {
    if (k == 0 || !sc->w[k].punct_before) return true; /* the sentence's first word */
    for (uint32_t p = sc->w[k - 1].end; p < sc->w[k].start; p++)
        if (strchr(",;:\"()", t[p]) || (unsigned char)t[p] == 0xE2) return false;
    return true;
}

/* Whether words [a, b) could all be a speaker's name and titles. */
static bool speaker_words(const char *t, const link_scratch *sc, size_t a, size_t b) {
    for (size_t k = a; k < b; k++) {
        if (k > a && !plain_gap(t, sc, k)) return false;
        if (!sc->w[k].cap && !link_word_in(t, &sc->w[k], SPEAKER_WORDS)) return false;
    }
    return b > a;
}

/* Whether there is a comma (or a closing quote after one) right before word k. */
static bool comma_before(const char *t, const link_scratch *sc, size_t k) {
    return k > 0 && k < sc->nw && sc->w[k].punct_before &&
           memchr(t + sc->w[k - 1].end, ',', sc->w[k].start - sc->w[k - 1].end);
}

/* Whether the words from k close the sentence or the clause as an
 * attribution's tail does ("in a statement", "on Monday", "told
 * reporters"): at most five words to the end or a comma, no "that". */
static bool short_tail(const char *t, const link_scratch *sc, size_t k) {
    /* "in a letter to federal officials on Tuesday": a longer tail of
     * prepositional phrases, with no verb of its own */
    bool phrases = k < sc->nw && link_word_in(t, &sc->w[k],
                                              "in|on|at|during|to|reporters|Monday|"
                                              "Tuesday|Wednesday|Thursday|Friday|"
                                              "Saturday|Sunday");
    for (size_t q = k; q < sc->nw; q++) {
        if (q > k && comma_before(t, sc, q)) return true;
        if (q >= k + (phrases ? 10 : 5) ||
            link_word_in(t, &sc->w[q], "that|would|will|had|has|have|was|were|is|are|could"))
            return false;
    }
    return true;
}

/* The speaker of a trailing attribution, as words [*a, *b): ", Oregon Gov.
 * Tina Kotek said in a statement", ", said a spokesman for Wisconsin Gov.
 * Tony Evers", ", according to New York Attorney General Letitia James",
 * and the one after a closing quote ("...," New Mexico's governor said). */
static bool speaker_span(const char *t, const link_scratch *sc, size_t k, size_t *a, size_t *b) {
    if (!comma_before(t, sc, k) || k + 1 >= sc->nw) return false;
    bool quoted = false; /* a closing quote: ...," New Mexico's governor said */
    for (uint32_t p = sc->w[k - 1].end; p < sc->w[k].start && !quoted; p++)
        quoted = t[p] == '"' || ((unsigned char)t[p] == 0xE2 && p + 2 < sc->w[k].start &&
                                 (unsigned char)t[p + 2] == 0x9D);
    if (link_word_in(t, &sc->w[k], "according") && link_word_in(t, &sc->w[k + 1], "to")) {
        size_t e = k + 2;
        while (e < sc->nw && !comma_before(t, sc, e))
            e++;
        *a = k + 2, *b = e;
        return speaker_words(t, sc, *a, *b);
    }
    if (link_word_in(t, &sc->w[k], SPEECH_VERBS)) { /* ", said a spokesman for ..." */
        size_t e = k + 1;
        while (e < sc->nw && !comma_before(t, sc, e))
            e++;
        *a = k + 1, *b = e;
        return e == sc->nw && speaker_words(t, sc, *a, *b);
    }
    for (size_t v = k + 1; v < sc->nw && v < k + 9; v++) {
        if (!plain_gap(t, sc, v)) return false;
        if (!link_word_in(t, &sc->w[v], SPEECH_VERBS)) continue;
        *a = k, *b = v;
        return speaker_words(t, sc, k, v) && (quoted || short_tail(t, sc, v + 1));
    }
    return false;
}

/* Whether word v is "announced" (or "announces") opening a reported clause
 * ("announced Monday that the Justice Department restored Madison's
 * grants"): then it only reports another party's act, like "said" (the
 * session-9 conventions: "an attorney general's office announcing another
 * party's restored funds adds no id"). Without "that" the object is the
 * speaker's own act ("announced a lawsuit against DHS"). */
static bool announces_that(const char *t, const link_scratch *sc, size_t v) {
    if (!link_word_in(t, &sc->w[v], "announced|announces")) return false;
    for (size_t k = v + 1; k < sc->nw && k < v + 4; k++) {
        if (link_word_in(t, &sc->w[k], "that")) return true;
        if (!link_word_in(t, &sc->w[k],
                          "on|Monday|Tuesday|Wednesday|Thursday|Friday|"
                          "Saturday|Sunday|today|yesterday"))
            return false;
    }
    return false;
}

/* Whether word v is a verb by which a speaker only reacts to another
 * party's act ("applauded a court ruling blocking the cuts to Oakland's
 * grants") or backs another party's case as a friend of the court
 * ("joined a coalition of 20 states in filing an amicus brief supporting
 * Chicago's challenge"): the session-9 conventions (a place that only
 * speaks adds no id) and session 17 (an amicus filer is no party). */
static bool reacts_or_backs(const char *t, const link_scratch *sc, size_t v) {
    if (link_word_in(t, &sc->w[v],
                     "applauded|applauds|welcomed|welcomes|praised|praises|hailed|hails|"
                     "condemned|condemns|criticized|criticizes|decried|decries|denounced"))
        return true;
    if (!link_word_in(t, &sc->w[v], "joined|joins|filed|files|led|leads")) return false;
    for (size_t k = v + 1; k < sc->nw && k < v + 10; k++)
        if (link_word_in(t, &sc->w[k], "amicus")) return true;
    return false;
}

/* The speaker opening the sentence, as words [*a, *b): "Colorado Attorney
 * General Phil Weiser said Thursday that Aurora ...". Not when what is
 * said is the speaker's own act or the state's ("said he would sue", "said
 * it will share", "said the state would withhold", "violates a 2025 state
 * law that requires"). */
static bool leading_speaker(const char *t, const link_scratch *sc, size_t *a, size_t *b) {
    size_t f = sc->first, v = f;
    /* the gap before the first word may be a dateline's dash ("SACRAMENTO
     * — California Attorney General Rob Bonta said ...") */
    while (v < sc->nw && v < f + 8 && (v == f || plain_gap(t, sc, v)) &&
           (sc->w[v].cap || link_word_in(t, &sc->w[v], SPEAKER_WORDS)) &&
           !link_word_in(t, &sc->w[v], SPEECH_VERBS))
        v++;
    if (v == f || v >= sc->nw) return false;
    *a = f, *b = v;
    /* "Attorney General Andrea Joy Campbell today announced that ...": the
     * press release's adverb between the speaker and the verb */
    while (v + 1 < sc->nw && v < *b + 2 && plain_gap(t, sc, v + 1) &&
           link_word_in(t, &sc->w[v], "today|also|yesterday"))
        v++;
    /* "Louisiana's attorney general urged the Orleans Parish sheriff to
     * honor detainers": the urged event is the body's (session-11
     * conventions), the one urging only speaks; not a party urging a court */
    if (link_word_in(t, &sc->w[v], "urged|urges") && v + 2 < sc->nw &&
        !link_word_in(t, &sc->w[v + 1], "court|judge|judges|justices|panel") &&
        !link_word_in(t, &sc->w[v + 2], "court|judge|judges|justices|panel"))
        return true;
    /* "Vermont officials point to City of Providence v. Barr, the 2020
     * decision in which ...": a precedent they cite, not their own act */
    bool cite = (link_word_in(t, &sc->w[v], "point|points|pointed") && v + 1 < sc->nw &&
                 link_word_in(t, &sc->w[v + 1], "to")) ||
                link_word_in(t, &sc->w[v], "cite|cites|cited");
    if (!cite && !link_word_in(t, &sc->w[v], "said|says|told") && !announces_that(t, sc, v) &&
        !reacts_or_backs(t, sc, v))
        return false;
    /* "the City of Chicago's challenge" names a place; "the city" points back */
    for (size_t k = v + 1; k < sc->nw; k++)
        if (link_word_in(t, &sc->w[k], "he|she|we|I|it|his|her|our|my|us|they|state|State") ||
            (link_word_in(t, &sc->w[k], "state|State|county|County|city|City|town") &&
             link_word_in(t, &sc->w[k - 1], "the|that|this|its") &&
             !(k + 1 < sc->nw && link_word_in(t, &sc->w[k + 1], "of"))))
            return false;
    return true;
}

/* The end (exclusive) of a parenthetical aside of four words or more that
 * opens at word k ("(Texas requires sheriffs in most counties to seek
 * one)"), or 0. */
static size_t aside_end(const char *t, const link_scratch *sc, size_t k) {
    if (k == 0 || !sc->w[k].punct_before || t[sc->w[k].start - 1] != '(') return 0;
    /* "(and Dallas County, which ...)", "(including Aurora)": more of the list */
    if (link_word_in(t, &sc->w[k], "and|or|including|plus|along|as|also")) return 0;
    for (size_t e = k + 1; e <= sc->nw && e < k + 40; e++) {
        uint32_t gs = sc->w[e - 1].end, ge = e < sc->nw ? sc->w[e].start : sc->end;
        if (memchr(t + gs, ')', ge - gs)) return e - k >= 4 ? e : 0;
    }
    return 0;
}

/* Drops the specific mentions (the first ns of sc->m) that start in
 * [lo, hi), keeping the order of the rest; returns how many specific ones
 * are left. */
static size_t drop_specific_within(link_scratch *sc, size_t ns, uint32_t lo, uint32_t hi) {
    size_t w = 0, kept = 0;
    for (size_t i = 0; i < sc->nm; i++) {
        if (i < ns && sc->m[i].start >= lo && sc->m[i].start < hi) continue;
        kept += i < ns;
        sc->m[w++] = sc->m[i];
    }
    sc->nm = w;
    return kept;
}

/* Drops the specific mentions inside a parenthetical aside (see aside_end)
 * when the sentence names another division outside it: the aside is a
 * sentence of its own, about something else. ns as below. */
static size_t drop_asides(const char *t, link_scratch *sc, size_t ns) {
    for (size_t k = sc->first + 1; k < sc->nw; k++) {
        size_t e = aside_end(t, sc, k);
        if (!e) continue;
        uint32_t lo = sc->w[k].start, hi = e < sc->nw ? sc->w[e].start : sc->end;
        size_t outside = 0, inside = 0;
        for (size_t i = 0; i < ns; i++) {
            bool in = sc->m[i].start >= lo && sc->m[i].start < hi;
            outside += !in && sc->m[i].div >= 0;
            inside += in;
        }
        if (!outside || !inside) continue;
        ns = drop_specific_within(sc, ns, lo, hi);
    }
    return ns;
}

/* The end (exclusive) of a relative clause on a name that opens at word k
 * and closes before the sentence's own verb ("Flagstaff, which gets its
 * share through Coconino County, said ...", "Sheriff Mike Linder, whose
 * office in Billings runs the jail, said ..."), or 0. A comma before a
 * capitalized word goes on with a list ("serves Boise, Meridian and
 * Eagle, said"); the clause must close before a lower-case word that can
 * start a predicate. */
static size_t relative_end(const char *t, const link_scratch *sc, size_t k) {
    if (k <= sc->first || !comma_before(t, sc, k) || !sc->w[k - 1].cap) return 0;
    /* or after a short apposition: "Princeton and Plainfield, smaller towns
     * that get their awards through Mercer and Union counties, said" */
    size_t p = k;
    while (p < sc->nw && p < k + 3 && !sc->w[p].cap && (p == k || !sc->w[p].punct_before) &&
           !link_word_in(t, &sc->w[p], "which|whose|who|that"))
        p++;
    if (p >= sc->nw || (p > k && sc->w[p].punct_before) ||
        !link_word_in(t, &sc->w[p], p == k ? "which|whose|who" : "which|whose|who|that"))
        return 0;
    for (size_t e = p + 1; e < sc->nw && e < k + 30; e++) {
        uint32_t gs = sc->w[e - 1].end, ge = sc->w[e].start;
        if (memchr(t + gs, ';', ge - gs) || memchr(t + gs, '(', ge - gs) ||
            link_word_in(t, &sc->w[e], "which|whose|who"))
            return 0;
        if (!comma_before(t, sc, e) || sc->w[e].cap) continue;
        if (link_word_in(t, &sc->w[e], "and|or|but|nor")) return 0; /* ", and the city of ..." */
        if (!link_word_in(t, &sc->w[e],
                          "including|that|as|the|a|an|in|on|at|for|to|with|from|of|"
                          "by|both|each|all|its|their|his|her"))
            return e;
    }
    return 0;
}

/* Whether a hit of sentence si has its match start or end in [lo, hi):
 * an event the clause states itself ("Pima County, which joined Tucson in
 * the suit, ..."). */
static bool hit_within(const polex_doc *doc, size_t si, uint32_t lo, uint32_t hi) {
    for (size_t i = 0; i < doc->n_hits; i++) {
        const polex_hit *h = &doc->hits[i];
        if (h->sentence == si &&
            ((h->start >= lo && h->start < hi) || (h->end > lo && h->end <= hi)))
            return true;
    }
    return false;
}

/* Whether a mention in [lo, hi) names a jail ("which runs the Clark
 * County Detention Center"): the jail's county is the detainer event's. */
static bool names_facility(const char *t, const link_scratch *sc, size_t ns, uint32_t lo,
                           uint32_t hi) {
    for (size_t i = 0; i < ns; i++) {
        size_t e = link_word_at(sc, sc->m[i].end);
        if (sc->m[i].start >= lo && sc->m[i].start < hi && e < sc->nw &&
            link_word_in(t, &sc->w[e], "jail|Jail|Detention|detention|Correctional|lockup"))
            return true;
    }
    return false;
}

/* Drops the specific mentions inside a relative clause on a name (see
 * relative_end) that states none of sentence si's events and names no
 * jail, when the sentence names another division outside it: the clause
 * tells who the name is, not whom the sentence's events concern. */
size_t link_drop_relatives(const polex_doc *doc, size_t si, link_scratch *sc, size_t ns) {
    const char *t = doc->text;
    for (size_t k = sc->first + 1; k < sc->nw; k++) {
        size_t e = relative_end(t, sc, k);
        if (!e) continue;
        uint32_t lo = sc->w[k].start, hi = sc->w[e].start;
        if (hit_within(doc, si, lo, hi) || names_facility(t, sc, ns, lo, hi)) continue;
        size_t outside = 0, inside = 0;
        for (size_t i = 0; i < ns; i++) {
            bool in = sc->m[i].start >= lo && sc->m[i].start < hi;
            outside += !in && sc->m[i].div >= 0;
            inside += in;
        }
        if (outside && inside) ns = drop_specific_within(sc, ns, lo, hi);
        k = e;
    }
    return ns;
}

/* A place that only speaks is no jurisdiction of the event it reports (the
 * session-9 conventions: "not when it only speaks"): drops the specific
 * mentions inside a trailing attribution's speaker, or a leading one's, when
 * the sentence names
 * another specific division outside it. ns: how many of sc->m are specific
 * (first). Returns the new count. */
size_t link_drop_speakers(const polex_linker *lk, const char *t, link_scratch *sc, size_t ns) {
    (void)lk;
    if (ns < 2) return ns;
    ns = drop_asides(t, sc, ns);
    if (ns < 2) return ns;
    size_t sa = 0, sb = 0;
    for (size_t k = sc->first + 2; k < sc->nw && sb == 0; k++)
        if (!speaker_span(t, sc, k, &sa, &sb)) sa = sb = 0;
    if (sb == 0 && !leading_speaker(t, sc, &sa, &sb)) return ns;
    /* "'We will cut off Austin,' Abbott said", "The state will withhold
     * Austin's grants, Texas officials said": the speaker's own act */
    for (size_t k = sc->first; k < sa; k++)
        if (link_word_in(t, &sc->w[k], "we|We|I|our|Our|us|state|State")) return ns;
    uint32_t lo = sc->w[sa].start, hi = sb < sc->nw ? sc->w[sb].start : sc->end;
    size_t outside = 0;
    for (size_t i = 0; i < ns; i++)
        outside += sc->m[i].div >= 0 && (sc->m[i].start < lo || sc->m[i].start >= hi);
    if (outside == 0 || outside == ns) return ns;
    return drop_specific_within(sc, ns, lo, hi);
}

/* Whether division d is a state's capital (rules/link/state_cues.txt). */
static bool capital(const polex_linker *lk, const gz_div *d) {
    const char *id = strstr(d->ocd_id, "/state:");
    return id && link_words_has(lk->capitals, id + 7, strlen(id + 7));
}

/* "In Frankfort, Attorney General Carl Whitaker has warned Louisville"
 * (blind writer v34a): the state's officer at its seat. The sentence
 * start may follow a dateline (sc->first). A federal officer visiting the
 * city ("In Phoenix, Attorney General Pam Bondi announced a lawsuit
 * against the city", review17 c3, c4) is no state officer: the titles
 * count only when the sentence names another local division of the
 * capital's state (other_local). */
static bool state_officer_at_seat(const char *t, const link_scratch *sc, size_t a, size_t e,
                                  bool other_local) {
    if (a != sc->first + 1 || !link_word_in(t, &sc->w[sc->first], "In") || e + 1 >= sc->nw ||
        !sc->w[e].punct_before || t[sc->w[e - 1].end] != ',')
        return false;
    if (link_word_in(t, &sc->w[e],
                     "Gov.|Governor|Lt.|Sen.|Senate|House|Legislature|Lawmakers|lawmakers|"
                     "legislators|Legislators|state"))
        return true;
    /* the U.S. Attorney General and cabinet secretaries share these titles */
    return other_local && link_word_in(t, &sc->w[e], "Attorney|Secretary") &&
           link_word_in(t, &sc->w[e + 1], "General|of");
}

/* Whether the capital at words [a, e) stands for its state's government:
 * "lawmakers in St. Paul", "Republican legislators in Madison", "because
 * Annapolis tells us to", "no matter what Atlanta passes", "if Trenton
 * blocks the agreement". other_local: the sentence names another local
 * division of the capital's state (see state_officer_at_seat). */
static bool seat_of_government(const char *t, const link_scratch *sc, size_t a, size_t e,
                               bool other_local) {
    /* "lawmakers in Tallahassee". A "board in Denver" or "school board in
     * Austin" is the city's own (review17 c1, c2): a board stands for the
     * state only as "a state board", or when the sentence is about another
     * city ("Orlando's mayor said the city would not rescind the directive
     * because a board in Tallahassee sent a letter", blind writer v26b). */
    if (a >= 2 && link_word_in(t, &sc->w[a - 1], "in") &&
        (link_word_in(t, &sc->w[a - 2],
                      "lawmakers|Lawmakers|legislators|Legislators|legislature|Legislature|"
                      "Republicans|Democrats|committee|committees|senators|delegates|bill|bills|"
                      "legislation|measure|measures|proposal|proposals|politicians|bureaucrats") ||
         (link_word_in(t, &sc->w[a - 2], "board") &&
          /* "the city would not rescind the directive because a board in
           * Tallahassee sent a letter" (blind writer v26b): the sentence is
           * about a city it names elsewhere */
          (other_local || link_find_the_noun(t, sc, sc->first + 1, "city") < sc->nw ||
           (a >= 3 && link_word_in(t, &sc->w[a - 3], "state|State"))))))
        return true;
    /* "anyone in Austin told them to" (blind writer v29a): the capital
     * giving orders; "someone in Austin" doing anything else is local */
    if (a >= 2 && e < sc->nw && link_word_in(t, &sc->w[a - 1], "in") &&
        link_word_in(t, &sc->w[a - 2], "anyone|someone|nobody") &&
        link_word_in(t, &sc->w[e], "told|tells|says|said"))
        return true;
    if (state_officer_at_seat(t, sc, a, e, other_local)) return true;
    /* "We won't let Frankfort turn our jail into an ICE annex": the capital
     * told what it may do to the city speaking (not "let Columbus police
     * become", the city's own force) */
    if (a >= 1 && e < sc->nw && link_word_in(t, &sc->w[a - 1], "let|Let") &&
        islower((unsigned char)t[sc->w[e].start]) &&
        !link_word_in(t, &sc->w[e], "police|officers|officials|leaders|residents|schools|voters"))
        return true;
    /* "In Harrisburg, a bill that passed the Pennsylvania Senate would cut
     * state grants": the capital opening a sentence about the legislature */
    if (a >= 1 && a - 1 == sc->first && e < sc->nw && link_word_in(t, &sc->w[a - 1], "In") &&
        comma_before(t, sc, e))
        for (size_t k = e; k < sc->nw && k < e + 12; k++)
            if (link_word_in(t, &sc->w[k],
                             "bill|bills|Legislature|legislature|lawmakers|legislators|Senate|"
                             "Assembly|statehouse|Statehouse|Capitol"))
                return true;
    /* "Under pressure from Tallahassee" */
    if (a >= 2 && link_word_in(t, &sc->w[a - 1], "from") &&
        link_word_in(t, &sc->w[a - 2], "pressure|orders|demands"))
        return true;
    return a >= 1 && e < sc->nw &&
           link_word_in(t, &sc->w[a - 1],
                        "what|because|if|unless|until|whatever|If|Unless|Until") &&
           link_word_in(t, &sc->w[e],
                        "tells|told|blocks|blocked|passes|passed|says|decides|decided|wants|"
                        "demands|orders|requires");
}

/* Whether the ns specific mentions of sc->m name a county or place of
 * d's state other than d ("warned Louisville" after "In Frankfort"). */
static bool names_other_local(const polex_gazetteer *gaz, const link_scratch *sc, size_t ns,
                              const gz_div *d) {
    for (size_t i = 0; i < ns && i < sc->nm; i++) {
        if (sc->m[i].div < 0) continue;
        const gz_div *o = gz_div_at(gaz, (uint32_t)sc->m[i].div);
        if (o != d && o->level != GZ_LEVEL_STATE && strcmp(o->state, d->state) == 0) return true;
    }
    return false;
}

/* Drops the capitals (of the ns specific mentions of sc->m) that stand for
 * the state's government rather than the city (see seat_of_government): the
 * city is no party of the event. Returns the new count. */
size_t link_drop_state_seats(const polex_linker *lk, const char *t, link_scratch *sc, size_t ns) {
    size_t k = 0, kept = 0;
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *m = &sc->m[i];
        const gz_div *d = i < ns && m->div >= 0 ? gz_div_at(lk->gaz, (uint32_t)m->div) : NULL;
        if (d && d->level != GZ_LEVEL_STATE && capital(lk, d) &&
            seat_of_government(t, sc, link_word_at(sc, m->start), link_word_at(sc, m->end),
                               names_other_local(lk->gaz, sc, ns, d)))
            continue;
        kept += i < ns;
        sc->m[k++] = *m;
    }
    sc->nm = k;
    return kept;
}

/* Whether mention m names the case another party joins by its own party
 * ("would join the King County suit", "Flagstaff, which joined the Phoenix
 * case", "did not join the Washington suit"): the joiner sues, not the
 * party the case is named for. */
bool link_joined_case(const char *t, const link_scratch *sc, const link_mention *m) {
    size_t a = link_word_at(sc, m->start), e = link_word_at(sc, m->end);
    return a >= 2 && e < sc->nw && !sc->w[e].punct_before &&
           link_word_in(t, &sc->w[a - 1], "the") &&
           link_word_in(t, &sc->w[a - 2], "join|joins|joined|joining") &&
           link_word_in(t, &sc->w[e], "case|suit|lawsuit|challenge");
}

/* Whether mention m names a case by its party ("In the Chicago cases we
 * held", "not a party to the Portland case"): the case's party counts for
 * rulings and litigation in it, not for the grant terms or policies the
 * sentence speaks of in general. */
bool link_case_label(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                     const link_mention *m) {
    size_t a = link_word_at(sc, m->start), e = link_word_at(sc, m->end);
    if (a < 1 || e >= sc->nw || sc->w[e].punct_before) return false;
    if (link_word_in(t, &sc->w[a - 1], "the|The") &&
        link_word_in(t, &sc->w[e], "case|cases|suit|lawsuit"))
        return true;
    /* a local party's ruling told as a time ("after Spokane ruling", "since a
     * ruling in a Clackamas County case"); a state's case may still be where
     * its relief applies ("a ruling in a Nevada case") */
    return link_word_in(t, &sc->w[a - 1], "a|after|since") &&
           link_word_in(t, &sc->w[e], "case|ruling|decision") && m->div >= 0 &&
           gz_div_at(gaz, (uint32_t)m->div)->level != GZ_LEVEL_STATE;
}
