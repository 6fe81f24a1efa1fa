/*
 * seats.c - court seats.
 *
 * Places named only as where a case was filed or where a judge or court sits
 * ("a federal judge in Seattle", "filed in federal court in Boston", "the
 * Missouri Supreme Court") are no party of an event (the conventions); a seat
 * the sentence or document also speaks of as the party counts for rulings,
 * and a suing city named only as its court's seat for its lawsuit.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "link_internal.h"

enum { SEAT_NONE, SEAT_COURT, SEAT_PLACE, SEAT_STATE_COURT };

/* "the city", "the county" as written, possessive included: any of them,
 * offices ("the city council") and suits ("the county's lawsuit") too, where
 * anaphor_level's finer test would leave them out */
#define CITY_NOUNS "city|city's|city\xE2\x80\x99s"
#define COUNTY_NOUNS "county|county's|county\xE2\x80\x99s"

/* The first word k >= from (and >= 1) of the cached sentence that is one of
 * nouns after "the" or "The" ("the city", "The county's"), else sc->nw. */
size_t link_find_the_noun(const char *t, const link_scratch *sc, size_t from, const char *nouns) {
    for (size_t k = from ? from : 1; k < sc->nw; k++)
        if (link_word_in(t, &sc->w[k - 1], "the|The") && link_word_in(t, &sc->w[k], nouns))
            return k;
    return sc->nw;
}

/* The sentence also speaks of "the county" as a party and names no other
 * county than the one at ms: the bench's county is the county of the case
 * ("A Dane County judge has dismissed a lawsuit ... that the county's
 * refusal to honor ICE detainers violates Wisconsin law"). */
static bool county_party_too(const char *t, const link_scratch *sc, uint32_t ms) {
    if (link_find_the_noun(t, sc, 1, COUNTY_NOUNS) == sc->nw) return false;
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *m = &sc->m[i];
        if (m->start == ms || m->generic || m->div < 0 || m->end <= m->start + 7) continue;
        if (!memcmp(t + m->end - 7, " County", 7)) return false;
    }
    return true;
}

/* Whether the mention [ms, me) names a court where a case was filed:
 * SEAT_COURT for a court's name ("filed in Manhattan federal court",
 * "Franklin County Common Pleas Court"): not what the event concerns;
 * SEAT_PLACE for the place a case was filed in ("filed Friday in Trenton",
 * "filed in federal court in Rhode Island"): the lawsuit's location. */
static int court_seat(const char *t, const link_scratch *sc, uint32_t ms, uint32_t me, bool texas,
                      bool state) {
    size_t a = link_word_at(sc, ms), b;
    for (b = a; b < sc->nw && sc->w[b].start < me;)
        b++;
    /* in the same clause: "filed similar suits, and judges in Rhode Island
     * have blocked" names where judges sit */
    bool filed = false;
    for (size_t k = a; k-- > 0 && k + 8 >= a && !filed;) {
        filed = link_word_in(t, &sc->w[k], "filed|filing");
        for (size_t q = 0; filed && q < sc->n_bounds; q++)
            filed = !(sc->bounds[q] > sc->w[k].start && sc->bounds[q] <= ms);
    }
    /* a court's own name: "filed in Lake County Superior Court"; a federal
     * court's name whether filed in or not ("sued in Manhattan federal
     * court"); a state's high court is its state's ("the Missouri Supreme
     * Court declined") */
    /* a county's trial court ("a Wake County Superior Court judge dismissed",
     * "the Merrimack County Superior Court") is a court's seat whether a
     * case was filed there or not */
    if (b + 1 < sc->nw && b > a && link_word_in(t, &sc->w[b - 1], "County|Parish") &&
        link_word_in(t, &sc->w[b], "Superior|Circuit|District|Chancery|Probate|Municipal|Common") &&
        (link_word_in(t, &sc->w[b + 1], "Court") ||
         (b + 2 < sc->nw && link_word_in(t, &sc->w[b + 2], "Court"))))
        return SEAT_COURT;
    /* the Ohio and Pennsylvania form: "the Hamilton County Court of Common
     * Pleas", a county's trial court like its Common Pleas Court */
    if (b + 2 < sc->nw && b > a && link_word_in(t, &sc->w[b - 1], "County|Parish") &&
        link_word_in(t, &sc->w[b], "Court") && link_word_in(t, &sc->w[b + 1], "of") &&
        link_word_in(t, &sc->w[b + 2], "Common|Claims"))
        return SEAT_COURT;
    /* "a Ramsey County judge ruled", "a Dane County circuit judge": a
     * county's bench; not a Texas county's judge, its executive ("the
     * Hidalgo County judge, Richard Cortez"), and not when the county is
     * a party too ("A Dane County judge dismissed a suit ... that the
     * county's refusal ..."; see county_party_too) */
    if (b < sc->nw && b > a && !sc->w[b].punct_before &&
        link_word_in(t, &sc->w[b - 1], "County|Parish")) {
        size_t q = b;
        /* "upheld by a Travis County judge": one of the county's judges,
         * where the executive is "the" county judge */
        bool bench = a >= 1 && link_word_in(t, &sc->w[a - 1], "a|A");
        if (q + 1 < sc->nw &&
            link_word_in(t, &sc->w[q], "circuit|district|superior|probate|family|juvenile|court"))
            q++, bench = true;
        if (link_word_in(t, &sc->w[q], "judge|judges|court|courts") && !sc->w[q].punct_before &&
            (bench || !link_word_in(t, &sc->w[q], "judge|judges") || !texas) &&
            !county_party_too(t, sc, ms))
            return SEAT_COURT;
    }
    /* a state's appellate or trial court ("the North Carolina Supreme Court", "the
     * Missouri Court of Appeals") adds no id either, unless the sentence is
     * about that state's law (see link_drop_court_seats) */
    if (b + 1 < sc->nw && b > a && !sc->w[b].punct_before &&
        ((link_word_in(t, &sc->w[b], "Supreme|Appeals|Appellate|appeals|appellate") &&
          link_word_in(t, &sc->w[b + 1], "Court|court")) ||
         /* a state's trial courts ("in North Carolina Superior Court"); a
          * city's ("a Hartford Superior Court judge") may be the party's */
         (state &&
          link_word_in(t, &sc->w[b],
                       "Superior|superior|Circuit|circuit|District|district|Chancery") &&
          link_word_in(t, &sc->w[b + 1], "Court|court")) ||
         (link_word_in(t, &sc->w[b], "Court") && link_word_in(t, &sc->w[b + 1], "of") &&
          b + 2 < sc->nw && link_word_in(t, &sc->w[b + 2], "Appeals|Criminal"))))
        return SEAT_STATE_COURT;
    bool federal = false;
    for (size_t k = b; k < sc->nw && k < b + 4 && !sc->w[k].punct_before; k++) {
        /* most names go on with a lower-case word that is neither "federal" nor a court */
        if (!sc->w[k].cap && !filed && !federal && t[sc->w[k].start] != 'f') break;
        if (link_word_in(t, &sc->w[k], "court|Court|COURT|courthouse") && (filed || federal))
            return SEAT_COURT;
        federal |= link_word_in(t, &sc->w[k], "federal");
        if (!sc->w[k].cap &&
            !link_word_in(t, &sc->w[k], "federal|state|district|superior|circuit|county|municipal"))
            break;
    }
    if (!filed) return SEAT_NONE;
    return a >= 1 && link_word_in(t, &sc->w[a - 1], "in") ? SEAT_PLACE : SEAT_NONE;
}

/* The cached sentence speaks of a state's law ("a 2024 state law", "the
 * state's law", "state statute"): a state court's name there carries the
 * state, as the adjudicated gold codes rulings on state law. */
static bool state_law(const char *t, const link_scratch *sc) {
    for (size_t k = 1; k < sc->nw; k++)
        if (link_word_in(t, &sc->w[k], "law|laws|statute|statutes|constitution") &&
            (link_word_in(t, &sc->w[k - 1], "state|state's|State") ||
             /* "the state's law", "the state's 2019 law" (the "s" of a
              * possessive is a word of its own) */
             (k >= 2 && link_word_in(t, &sc->w[k - 1], "s") &&
              link_word_in(t, &sc->w[k - 2], "state|State")) ||
             (k >= 3 && link_word_in(t, &sc->w[k - 2], "s") &&
              link_word_in(t, &sc->w[k - 3], "state|State"))) &&
            /* "residents who said the policy violated state law": the
             * yardstick of a claim, not what the court ruled on */
            !(k >= 2 && link_word_in(t, &sc->w[k - 2], "violate|violates|violated|violating")) &&
            /* "would keep honoring detainers, as state law requires": what
             * an official follows */
            !(k >= 2 && link_word_in(t, &sc->w[k - 2], "as")))
            return true;
    return false;
}

/* A sentence naming a state's court and no county or city speaks of a law
 * or ban ("Tennessee appeals court upholds ban on sanctuary policies",
 * "since the Florida Supreme Court declined to review the law"): the
 * state's own law, as state_law. ns: how many of sc->m are specific. */
static bool own_law(const polex_gazetteer *gaz, const char *t, const link_scratch *sc, size_t ns) {
    for (size_t i = 0; i < ns; i++)
        if (sc->m[i].div >= 0 && gz_div_at(gaz, (uint32_t)sc->m[i].div)->level != GZ_LEVEL_STATE)
            return false;
    for (size_t k = 1; k < sc->nw; k++)
        if ((link_word_in(t, &sc->w[k], "law|ban|statute") &&
             link_word_in(t, &sc->w[k - 1], "the")) ||
            (k + 1 < sc->nw && link_word_in(t, &sc->w[k], "ban") &&
             link_word_in(t, &sc->w[k + 1], "on")))
            return true;
    return false;
}

/* Whether the cached sentence in [a, b) only goes on with a list: one
 * "and"/"or", a comma, or both (", and"), nothing else. */
static bool only_and(const char *t, const link_scratch *sc, uint32_t a, uint32_t b) {
    size_t n = 0, k = 0;
    while (k < sc->nw && sc->w[k].start < a)
        k++;
    for (; k < sc->nw && sc->w[k].start < b; k++, n++)
        if (!link_word_in(t, &sc->w[k], "and|or")) return false;
    bool comma = false; /* "Judges in Connecticut, Rhode Island and Massachusetts" */
    for (uint32_t q = a; q < b; q++) {
        if (t[q] == ',')
            comma = true;
        else if (t[q] != ' ' && !isalpha((unsigned char)t[q]))
            return false;
    }
    return n == 1 || (n == 0 && comma);
}

/* A federal court's caption ends with the city it sits in: "Appeal from
 * the United States District Court for the Western District of Kentucky
 * at Louisville". Word at is the "at". */
static bool caption_seat(const char *t, const link_scratch *sc, size_t at) {
    for (size_t k = at; k-- > 0 && k + 6 > at;)
        if (link_word_in(t, &sc->w[k], "District") && link_word_in(t, &sc->w[k + 1], "of"))
            return true;
    return false;
}

/* Where a hearing or argument is scheduled ("A hearing on the motion is set
 * for July 8 at 9 a.m. in Las Cruces", "oral argument scheduled for
 * March 3 in Denver"): the court's seat. Word in is the "in". */
static bool scheduled_seat(const char *t, const link_scratch *sc, size_t in) {
    bool set = false;
    for (size_t k = in; k-- > 0 && k + 24 > in;) {
        if (link_word_in(t, &sc->w[k], "set|scheduled|slated|calendared")) set = true;
        if (set && link_word_in(t, &sc->w[k], "hearing|hearings|argument|arguments|Hearing"))
            return true;
    }
    return false;
}

/* Whether the mention at byte ms names where a judge or a court sits:
 * LINK_SEAT_JUDGE ("a federal judge in Chicago", "judges in Rhode
 * Island"), LINK_SEAT_COURT ("a federal court in Oregon found"), else
 * LINK_SEAT_NONE. */
static uint8_t on_bench(const char *t, const link_scratch *sc, uint32_t ms, uint32_t me) {
    size_t a = link_word_at(sc, ms);
    /* "a Rhode Island judge blocked", "a Seattle federal judge": where the
     * judge sits (a county's bench is court_seat's: "the Hidalgo County
     * judge" may be its executive) */
    size_t e = link_word_at(sc, me);
    if (e < sc->nw && !sc->w[e].punct_before && !(me >= 7 && !memcmp(t + me - 7, " County", 7))) {
        if (e + 1 < sc->nw && link_word_in(t, &sc->w[e], "federal|district|state|superior|circuit"))
            e++;
        /* "a Georgia superior court judge" */
        if (e + 1 < sc->nw && link_word_in(t, &sc->w[e], "court") && !sc->w[e].punct_before) e++;
        if (!sc->w[e].punct_before && link_word_in(t, &sc->w[e], "judge|judges|magistrate"))
            return LINK_SEAT_JUDGE;
    }
    /* "Judges from Philadelphia to San Francisco have held": a range of seats */
    for (size_t f = a; f-- > 0 && f + 6 > a;) {
        if (!link_word_in(t, &sc->w[f], "from")) continue;
        if (f >= 1 && link_word_in(t, &sc->w[f - 1], "judges|Judges|courts|Courts") &&
            (f + 1 == a || (a >= 1 && link_word_in(t, &sc->w[a - 1], "to"))))
            return LINK_SEAT_JUDGE;
        break;
    }
    if (a >= 2 && link_word_in(t, &sc->w[a - 1], "at") && caption_seat(t, sc, a - 1))
        return LINK_SEAT_COURT;
    if (a < 2 || !link_word_in(t, &sc->w[a - 1], "in")) return LINK_SEAT_NONE;
    /* "will be heard in Richmond", "a case in Johnson County, where a
     * district judge ruled", "a state courtroom in Iowa" */
    if (link_word_in(t, &sc->w[a - 2], "heard|case|courtroom|courtrooms") &&
        !sc->w[a - 1].punct_before)
        return LINK_SEAT_COURT;
    /* "the case was argued in Boston", "was argued before a three-judge
     * panel of the 3rd Circuit in Philadelphia" */
    for (size_t k = a - 1; k-- > 0 && k + 12 > a && !sc->w[k + 1].punct_before;)
        if (link_word_in(t, &sc->w[k], "argued|reargued")) return LINK_SEAT_COURT;
    if (scheduled_seat(t, sc, a - 1)) return LINK_SEAT_COURT;
    /* "a separate suit ..., which remains pending in Seattle", "a multistate
     * case pending in Rhode Island": where a case is heard */
    if (link_word_in(t, &sc->w[a - 2], "pending") && !sc->w[a - 1].punct_before)
        return LINK_SEAT_COURT;
    for (size_t k = a - 1; k-- > 0 && k + 4 >= a - 1;) {
        if (link_word_in(t, &sc->w[k], "judge|judges|Judge|Judges|magistrate|magistrates"))
            return LINK_SEAT_JUDGE;
        if (link_word_in(t, &sc->w[k], "court|courts|Court|Courts")) return LINK_SEAT_COURT;
        /* "The 9th Circuit, in San Francisco,", "the 1st Circuit, sitting in
         * Boston": an appeals court named by its circuit sits there too; not
         * a case's name ("The Second Circuit held in New York v. ...") */
        if (link_word_in(t, &sc->w[k], "Circuit") &&
            !(e < sc->nw && link_word_in(t, &sc->w[e], "v|v.|vs|vs.")))
            return LINK_SEAT_COURT;
        /* "the Western District of Washington in Seattle": a federal
         * district's name, then the city its court sits in */
        if (link_word_in(t, &sc->w[k], "District") && link_word_in(t, &sc->w[k + 1], "of"))
            return LINK_SEAT_COURT;
        /* "has scheduled oral argument for Nov. 17 in Seattle": where the
         * case is heard */
        if (link_word_in(t, &sc->w[k], "argument|arguments|hearing|hearings") &&
            !(e < sc->nw && link_word_in(t, &sc->w[e], "v|v.|vs|vs.")) && /* a case's name */
            !(e < sc->nw && link_possessive_s(t, &sc->w[e]))) /* "in Richmond's challenge" */
            return LINK_SEAT_COURT;
    }
    return LINK_SEAT_NONE;
}

/* Drops the mentions of courts' names and marks the places cases were
 * filed in (see court_seat); ns: how many of sc->m are specific (they come
 * first). Returns the new count of specific ones. */
/* The mention m names a Texas county (whose "county judge" is its executive). */
static bool texas_county(const polex_gazetteer *gaz, const link_mention *m) {
    const gz_div *d = m->div >= 0 ? gz_div_at(gaz, (uint32_t)m->div) : NULL;
    return d && d->level == GZ_LEVEL_COUNTY && !strcmp(d->state, "tx");
}

/* A roundup's opening place before a judge ("In Eugene, U.S. District
 * Judge Ann Aiken blocked ... Lane County's grant"): the judge's seat when
 * the sentence names another local division, the party; alone ("In
 * Phoenix, a federal judge rejected the city's request") it is the story's
 * city. Mention i of the ns specific ones of sc->m. */
static bool opening_bench(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                          size_t i, size_t ns) {
    const link_mention *m = &sc->m[i];
    size_t f = sc->first, e = link_word_at(sc, m->end);
    /* "In Louisiana, a state judge declined to dismiss the attorney
     * general's lawsuit": a state opening a roundup item is the item's state */
    if (m->div >= 0 && gz_div_at(gaz, (uint32_t)m->div)->level == GZ_LEVEL_STATE) return false;
    if (f + 2 >= sc->nw || !link_word_in(t, &sc->w[f], "In") || m->start != sc->w[f + 1].start ||
        e >= sc->nw || t[sc->w[e - 1].end] != ',')
        return false;
    bool judge = false;
    for (size_t k = e; k < sc->nw && k < e + 6 && !judge; k++)
        judge = link_word_in(t, &sc->w[k], "judge|Judge|judges|court|Court");
    if (!judge) return false;
    for (size_t q = 0; q < ns; q++)
        if (q != i && !sc->m[q].generic && !sc->m[q].seat && sc->m[q].div >= 0 &&
            sc->m[q].div != m->div &&
            gz_div_at(gaz, (uint32_t)sc->m[q].div)->level != GZ_LEVEL_STATE)
            return true;
    return false;
}
size_t link_drop_court_seats(const polex_gazetteer *gaz, const char *t, link_scratch *sc,
                             size_t ns) {
    size_t k = 0, kept = 0;
    for (size_t i = 0; i < sc->nm; i++) {
        int seat =
            i < ns && sc->m[i].div >= 0
                ? court_seat(t, sc, sc->m[i].start, sc->m[i].end, texas_county(gaz, &sc->m[i]),
                             gz_div_at(gaz, (uint32_t)sc->m[i].div)->level == GZ_LEVEL_STATE)
                : SEAT_NONE;
        if (seat == SEAT_COURT ||
            (seat == SEAT_STATE_COURT && !state_law(t, sc) && !own_law(gaz, t, sc, ns)))
            continue;
        if (sc->m[i].seat != LINK_SEAT_AGENCY)
            sc->m[i].seat = seat == SEAT_PLACE ? LINK_SEAT_FILED
                            : i < ns           ? on_bench(t, sc, sc->m[i].start, sc->m[i].end)
                                               : LINK_SEAT_NONE;
        /* "judges in Rhode Island and Washington state", "Judges in
         * Connecticut, Rhode Island and Massachusetts", "filed in state
         * district courts in Austin and Dallas": the list shares it */
        if (i < ns && !sc->m[i].seat && k > 0 &&
            (sc->m[k - 1].seat == LINK_SEAT_JUDGE || sc->m[k - 1].seat == LINK_SEAT_COURT ||
             sc->m[k - 1].seat == LINK_SEAT_FILED) &&
            only_and(t, sc, sc->m[k - 1].end, sc->m[i].start))
            sc->m[i].seat = sc->m[k - 1].seat;
        kept += i < ns;
        sc->m[k++] = sc->m[i];
    }
    sc->nm = k;
    /* after the courts' names are gone: "In Concord, a Merrimack County
     * Superior Court judge" names no party besides Concord */
    if (kept > 1 && !sc->m[0].seat && sc->m[0].div >= 0 && opening_bench(gaz, t, sc, 0, kept))
        sc->m[0].seat = LINK_SEAT_JUDGE;
    return kept;
}

/* The level of an anaphor at word k of the cached sentence ("the city",
 * "the cities'", "the County's", "the State", "that state"), else -1. A
 * capitalized word or "of" after it makes it a name or an office ("the
 * State of Texas", "the state Department of Corrections", "the city
 * council"), and so does a lower-case noun after "state" ("the state
 * police"). */
static int anaphor_level(const char *t, const link_scratch *sc, size_t k) {
    if (k == 0 || k >= sc->nw || !link_word_in(t, &sc->w[k - 1], "the|The|that|That")) return -1;
    const link_word *n = k + 1 < sc->nw ? &sc->w[k + 1] : NULL;
    /* "the city's": the possessive's "s" is a word of its own after the apostrophe */
    bool poss = n && link_word_in(t, n, "s") && n->start - sc->w[k].end <= 3;
    /* the party suing, not the ruling's target: "while the city's lawsuit proceeds" */
    if (poss && k + 2 < sc->nw &&
        link_word_in(t, &sc->w[k + 2],
                     "lawsuit|suit|case|challenge|complaint|motion|lawyers|attorneys"))
        return -1;
    bool open = !n || n->punct_before || poss; /* a comma, a quote or the end after it */
    if (n && !open && (n->cap || link_word_in(t, n, "of|council|attorney|manager|clerk|police")))
        return -1;
    if (link_word_in(t, &sc->w[k], "city|cities|City")) return GZ_LEVEL_PLACE;
    if (link_word_in(t, &sc->w[k], "county|counties|County")) return GZ_LEVEL_COUNTY;
    if (link_word_in(t, &sc->w[k], "state|State") &&
        (open || link_word_in(t, &sc->w[k - 1], "that|That") ||
         link_word_in(t, &sc->w[k], "State")))
        return GZ_LEVEL_STATE;
    return -1;
}

/* Whether the document names division div more often than any other
 * division of its level (spotted without context): the one "the city" of
 * its story means ("A federal judge in Portland enjoined ...; FEMA
 * reinstated the city's grant" in Eugene's newsletter is Eugene's). */
#define FOCUS_SENTENCES 200
static bool doc_focus(const polex_linker *lk, const polex_doc *doc, int div, int lv) {
    enum { MAXC = 16 };
    int ids[MAXC];
    unsigned cnt[MAXC];
    size_t nc = 0;
    /* the story's first FOCUS_SENTENCES sentences tell (a bound on the work
     * for long court records) */
    link_walk wk;
    link_walk_first(&wk, lk, doc, FOCUS_SENTENCES);
    const link_mention *pm;
    size_t n;
    while (link_walk_next(&wk, &pm, &n)) {
        for (size_t j = 0; j < n; j++) {
            if (pm[j].generic || pm[j].div < 0 ||
                gz_div_at(lk->gaz, (uint32_t)pm[j].div)->level != lv)
                continue;
            size_t c = 0;
            while (c < nc && ids[c] != pm[j].div)
                c++;
            if (c == nc) {
                if (nc == MAXC) continue;
                ids[nc] = pm[j].div, cnt[nc++] = 0;
            }
            cnt[c]++;
        }
    }
    unsigned mine = 0, best = 0;
    for (size_t c = 0; c < nc; c++)
        if (ids[c] == div)
            mine = cnt[c];
        else if (cnt[c] > best)
            best = cnt[c];
    return mine > best; /* a tie with another city leaves "the city" open */
}

/* The level of mention x as written: a consolidated city-county written
 * without "County" ("Denver", "San Francisco") is a city ("a federal judge
 * in Denver refused to block the city's ordinance"). */
static int mention_level(const polex_gazetteer *gaz, const char *t, const link_mention *x) {
    int lv = gz_div_at(gaz, (uint32_t)x->div)->level;
    if (lv != GZ_LEVEL_COUNTY) return lv;
    for (uint32_t p = x->start; p + 6 <= x->end; p++)
        if (!memcmp(t + p, "County", 6) || !memcmp(t + p, "Parish", 6) ||
            !memcmp(t + p, "Boroug", 6))
            return lv;
    return GZ_LEVEL_PLACE;
}

/* The first judge's or court's seat of level lv among the ns specific
 * mentions of sc->m, or -1. */
static int first_seat(const polex_gazetteer *gaz, const char *t, const link_scratch *sc, size_t ns,
                      int lv) {
    for (size_t i = 0; i < ns; i++) {
        const link_mention *x = &sc->m[i];
        if ((x->seat == LINK_SEAT_JUDGE || x->seat == LINK_SEAT_COURT) && !x->generic &&
            x->div >= 0 && mention_level(gaz, t, x) == lv)
            return (int)i;
    }
    return -1;
}

/* Whether one of the ns specific mentions of sc->m, before byte off, is
 * another division of level lv than div: the one an anaphor at off may
 * point back to (those named after it may not: "grants to the city and to
 * Lawrence and Chelsea"). */
static bool other_before(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                         size_t ns, int div, int lv, uint32_t off) {
    for (size_t i = 0; i < ns; i++) {
        const link_mention *x = &sc->m[i];
        if (!x->generic && x->div >= 0 && x->div != div && x->start < off &&
            mention_level(gaz, t, x) == lv)
            return true;
    }
    return false;
}

/* A judge's or court's seat that the sentence also speaks of as the party
 * ("a federal judge in Boise blocked an attempt to withhold police grants
 * from the city", "a federal judge in Minnesota blocked DHS from withholding
 * funds from the State", "the city challenged ..., when a federal judge in
 * Philadelphia ruled"): the conventions' "a place named in a court's seat
 * counts when it is also a party" once "the city" (county, state) can only
 * be that seat, the one division of its level named before it. Clears the
 * seat mark of such a mention; ns: how many of sc->m are specific. */
void link_party_seats(const polex_linker *lk, const polex_doc *doc, link_scratch *sc, size_t ns) {
    const polex_gazetteer *gaz = lk->gaz;
    const char *t = doc->text;
    for (int lv = GZ_LEVEL_STATE; lv <= GZ_LEVEL_PLACE; lv++) {
        int seat = first_seat(gaz, t, sc, ns, lv);
        if (seat < 0) continue;
        uint32_t cs, ce; /* "the city" in the seat's own clause */
        link_clause_of(sc, sc->m[seat].start, &cs, &ce);
        int said = 0;         /* 1: "the city"; 2: "that state", which points at the seat named */
        uint32_t said_at = 0; /* the first of them */
        for (size_t k = link_word_at(sc, cs); k < sc->nw && sc->w[k].start < ce && said < 2; k++)
            if (anaphor_level(t, sc, k) == lv) {
                if (!said) said_at = sc->w[k].start;
                said = link_word_in(t, &sc->w[k - 1], "that|That") ? 2 : 1;
            }
        if (!said || other_before(gaz, t, sc, ns, sc->m[seat].div, lv, said_at)) continue;
        if (said == 2 ||
            doc_focus(lk, doc, sc->m[seat].div, gz_div_at(gaz, (uint32_t)sc->m[seat].div)->level))
            sc->m[seat].seat = LINK_SEAT_PARTY;
    }
}

#define LEVEL_BIT(lv) (1u << (lv))
#define SEAT_BIT(seat) (1u << (seat))
#define BENCH_SEATS (SEAT_BIT(LINK_SEAT_JUDGE) | SEAT_BIT(LINK_SEAT_COURT))

/* The sentence's only court seat, shared by the rules below that let a seat
 * stand for the party when nothing else could: the index in sc->m of the one
 * resolved mention whose level is in levels (LEVEL_BIT), if its seat kind is
 * in seats (SEAT_BIT); -1 when there is none, two, or one of another kind.
 * Mentions of other levels are passed over; so are generic ones, unless
 * generic_party (then any generic mention is another party: -1). */
static int only_seat(const polex_gazetteer *gaz, const link_scratch *sc, unsigned levels,
                     unsigned seats, bool generic_party) {
    int seat = -1;
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *x = &sc->m[i];
        /* generic mentions carry no div (generic.c): test them first */
        if (x->generic && generic_party) return -1;
        if (x->generic || x->div < 0) continue;
        if (!(levels & LEVEL_BIT(gz_div_at(gaz, (uint32_t)x->div)->level))) continue;
        if (!(seats & SEAT_BIT(x->seat)) || seat >= 0) return -1;
        seat = (int)i;
    }
    return seat;
}

/* A lawsuit of "the city" whose sentence names the city only as a court's
 * seat ("The city sued the administration in February ..., and a federal
 * judge in Chicago blocked those conditions", "The city intends to sue ...
 * a complaint to be filed in federal court in Albuquerque"): the seat is the
 * suing city (the conventions' example); not for the ruling, whose seat stays
 * no party. The index in sc->m of that seat, else -1. */
int link_suing_seat(const polex_gazetteer *gaz, const char *t, const link_scratch *sc) {
    size_t k = link_find_the_noun(t, sc, 1, CITY_NOUNS "|" COUNTY_NOUNS);
    if (k == sc->nw) return -1;
    int level = link_word_in(t, &sc->w[k], CITY_NOUNS) ? GZ_LEVEL_PLACE : GZ_LEVEL_COUNTY;
    /* any seat mark but none and a state agency's: the suit may be told as
     * filed there or ruled on there */
    unsigned seats = ~(SEAT_BIT(LINK_SEAT_NONE) | SEAT_BIT(LINK_SEAT_AGENCY));
    return only_seat(gaz, sc, LEVEL_BIT(level), seats, false);
}

/* "The lawsuit asks a federal judge in New Orleans to declare the
 * conditions unlawful", in New Orleans's story of its own suit: a
 * sentence whose subject is the suit itself and whose only county or place
 * is a judge's or court's seat, the division the document names most, is
 * that division's suit (the conventions: a seat counts when it is also the
 * party). The index in sc->m of that seat, else -1. */
int link_suit_subject_seat(const polex_linker *lk, const polex_doc *doc, const link_scratch *sc) {
    const char *t = doc->text;
    size_t f = sc->first;
    if (f + 1 >= sc->nw || !link_word_in(t, &sc->w[f], "The") ||
        !link_word_in(t, &sc->w[f + 1], "lawsuit|suit|complaint|petition"))
        return -1;
    /* only counties and places compete: a state named too leaves the seat the suit's */
    int seat = only_seat(lk->gaz, sc, ~LEVEL_BIT(GZ_LEVEL_STATE), BENCH_SEATS, false);
    if (seat < 0) return -1;
    int lv = gz_div_at(lk->gaz, (uint32_t)sc->m[seat].div)->level;
    return doc_focus(lk, doc, sc->m[seat].div, lv) ? seat : -1;
}

/* "Lancaster County commissioners voted ..., less than a month after the
 * department froze money owed to the county", "Bernalillo County sued, and
 * a federal judge in Albuquerque barred FEMA from cutting the county's
 * grant": "the county" (city) in the hit's clause [cs, ce) is the one county
 * (place) the sentence names elsewhere (the conventions: a back-reference
 * adds no id only when the sentence names no place). Appends it to m (n of
 * them) when the clause names none of its level; returns the new count. */
size_t link_fill_anaphor(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                         uint32_t cs, uint32_t ce, link_mention *m, size_t n) {
    int lv = -1;
    for (size_t k = link_word_at(sc, cs); k < sc->nw && sc->w[k].start < ce && lv < 0; k++) {
        lv = anaphor_level(t, sc, k);
        if (lv == GZ_LEVEL_STATE) lv = -1; /* "the state" is settled elsewhere */
    }
    if (lv < 0 || n >= LINK_MAX_MENTIONS) return n;
    for (size_t i = 0; i < n; i++)
        if (!m[i].generic && m[i].div >= 0 && mention_level(gaz, t, &m[i]) == lv) return n;
    int one = -1;
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *x = &sc->m[i];
        if (x->generic || x->div < 0 || mention_level(gaz, t, x) != lv) continue;
        if (!link_seat_ok(x) || x->seat == LINK_SEAT_MODIFIER) continue;
        if (one >= 0 && sc->m[one].div != x->div) return n; /* two of them: which is open */
        one = (int)i;
    }
    if (one >= 0) m[n++] = sc->m[one];
    return n;
}

/* Whether the bytes before off end a court's seat phrase ("a federal judge
 * in ", "filed in U.S. District Court in "): a name there is where a court
 * sits, not a party. */
static bool seat_phrase_before(const char *t, uint32_t start, uint32_t off) {
    if (off < start + 3 || memcmp(t + off - 3, "in ", 3)) return false;
    uint32_t from = off - start > 48 ? off - 48 : start;
    for (uint32_t p = from; p + 5 <= off; p++)
        if (!memcmp(t + p, "judge", 5) || !memcmp(t + p, "Judge", 5) || !memcmp(t + p, "ourt", 4) ||
            !memcmp(t + p, "filed", 5))
            return true;
    return false;
}

/* Whether one of the THREAD_SENTENCES sentences before sentence si names
 * the division of mention x other than as a court's seat: the party of the
 * story's thread ("The city of Jackson sued the Justice Department in
 * November ... A federal judge in Jackson temporarily blocked ..."). */
#define THREAD_SENTENCES 2
static bool named_in_thread(const polex_linker *lk, const polex_doc *doc, size_t si,
                            const link_mention *x) {
    link_walk wk;
    link_walk_back(&wk, lk, doc, si, THREAD_SENTENCES);
    const link_mention *pm;
    size_t n;
    while (link_walk_next(&wk, &pm, &n))
        for (size_t k = 0; k < n; k++)
            if (!pm[k].generic && pm[k].div == x->div &&
                !seat_phrase_before(doc->text, doc->sentences[wk.si].start, pm[k].start))
                return true;
    return false;
}

/* Whether the cached sentence says "the state" or "the state's" (the
 * party is then the state: "barred the department from attaching
 * conditions to the state's subgrants"). */
static bool says_the_state(const char *t, const link_scratch *sc) {
    for (size_t k = sc->first; k < sc->nw; k++)
        if (anaphor_level(t, sc, k) == GZ_LEVEL_STATE) return true;
    return false;
}

/* "A federal judge in Jackson temporarily blocked the Justice Department
 * from enforcing those access conditions", after "The city of Jackson sued
 * ...": a court's seat counts when the freeze, suit or policy the sentence
 * concerns is the seat's and the sentence names no other party
 * (corpora/README, session-17 lead ruling on court seats). The seat is
 * that party when it is the sentence's only specific mention, a county or
 * place, and the sentences just before name it as no seat (a Chicago judge
 * in a story about Evanston is only where the court sits). The place a
 * suit was filed counts so for the suit only (lit): "The complaint, filed
 * in federal court in Denver, contends ...", after "Denver and Aurora
 * sued". si: the sentence's index in doc. The index in sc->m of that
 * seat, else -1. */
int link_thread_seat(const polex_linker *lk, const polex_doc *doc, size_t si, bool lit,
                     const link_scratch *sc) {
    /* "against Washington cities": a generic mention is another party; a
     * state's seat is no thread's party */
    int seat =
        only_seat(lk->gaz, sc, ~0u, BENCH_SEATS | (lit ? SEAT_BIT(LINK_SEAT_FILED) : 0), true);
    if (seat < 0 || gz_div_at(lk->gaz, (uint32_t)sc->m[seat].div)->level == GZ_LEVEL_STATE ||
        si >= doc->n_sentences || doc->sentences[si].start != sc->start ||
        says_the_state(doc->text, sc))
        return -1;
    return named_in_thread(lk, doc, si, &sc->m[seat]) ? seat : -1;
}
