/*
 * clauses.c - the clauses of the cached sentence.
 *
 * Where its clauses start (find_clauses: a comma before a new subject, a
 * semicolon, "while", "but", ...), which clause holds a byte, and the
 * relative clauses and generic subjects that decide which names a hit's
 * clause may take. Every jurisdiction choice asks these questions first, so
 * they live apart from the choice itself (link.c's choose_mentions).
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "link_internal.h"

static bool acronym(const char *t, const link_word *w);

/* Word p after the ", and" at word k repeats a preposition of the item
 * before ("sent letters to Shelby County, Tenn., and to Orleans Parish"):
 * the list goes on. */
static bool same_preposition(const char *t, const link_word *w, size_t k, size_t p) {
    if (!link_word_in(t, &w[p], "to|for|from|against|with")) return false;
    size_t n = w[p].end - w[p].start;
    for (size_t q = k - 1; q-- > 0 && q + 8 > k;)
        if (w[q].end - w[q].start == n && !memcmp(t + w[q].start, t + w[p].start, n)) return true;
    return false;
}

/* A lower-case past tense in "-ed" ("arrived", "tabled"), no adjective of
 * a list item ("the so-called", "the combined"). */
static bool past_verb(const char *t, const link_word *w) {
    size_t n = w->end - w->start;
    return !w->cap && n > 4 && !memcmp(t + w->end - 2, "ed", 2) && !memchr(t + w->start, '-', n) &&
           !link_word_in(t, w, "combined|proposed|related|detailed|limited|based|united");
}

/* ", and" at word k between an object and the subject of a new clause
 * ("froze the grants to Dane County, and the State of Ohio has an interest
 * ..."): the name before follows a preposition, the name from word next
 * is followed by a verb of its own. Not a list ("Orange County, Calif.,
 * and the city of Santa Ana sued" is one subject). */
static bool object_then_subject(const char *t, const link_word *w, size_t nw, size_t k,
                                size_t next) {
    size_t q = next;
    while (q < nw && (w[q].cap || link_word_in(t, &w[q], "of")) &&
           (q == next || !w[q].punct_before))
        q++;
    /* a possessive subject: "..., and Peoria's award arrived on schedule" */
    bool owner = q + 2 < nw && q > next && link_possessive_s(t, &w[q]) && !w[q + 1].cap &&
                 !w[q + 1].punct_before;
    if (owner) {
        q += 2; /* the possessed noun, and one more of a compound ("police chief") */
        if (q + 1 < nw && !w[q].cap && !w[q].punct_before && !past_verb(t, &w[q]) &&
            !link_word_in(t, &w[q], "has|have|is|are|was|were|will|would|said|says|had"))
            q++;
    }
    if (q >= nw || w[q].punct_before ||
        (!past_verb(t, &w[q]) &&
         !link_word_in(t, &w[q],
                       "has|have|is|are|was|were|will|would|said|says|had|maintains|maintained|"
                       "keeps|kept|voted|votes|signed|adopted|declined|refused|agreed|filed|"
                       "joined|ended|stopped|continues|continued|announced")))
        return false;
    /* "under Section 287(g) of the Immigration and Nationality Act, and the
     * City of Missoula maintains": a law's name is no list item */
    if (link_word_in(t, &w[k - 1], "Act|Law|Ordinance|Code|Directive|Constitution")) return true;
    size_t p = k - 1; /* back over the name before the comma */
    while (p > 0 && (w[p - 1].cap || link_word_in(t, &w[p - 1], "of")) && !w[p].punct_before)
        p--;
    return p > 0 && !w[p].punct_before &&
           link_word_in(t, &w[p - 1], "to|from|for|against|with|on|by");
}

/* ", and" at word k goes on a list of names ("Seattle, Philadelphia, and the
 * City of Chicago", "Orange County, Calif., and the city of Santa Ana"), not
 * a new clause: a capitalized word before the comma and another (after
 * "the", or after "the city of") after the conjunction. */
static bool list_item(const char *t, const link_word *w, size_t nw, size_t k) {
    /* "... share information with ICE, and Cumberland County Sheriff Kevin
     * Joyce said": an agency's acronym ends a clause, not a list item */
    /* "the State of New Jersey and four of its cities, and the City of
     * Boston": a party named formally after a plural goes on the list */
    if (link_word_in(t, &w[k], "and|or") && k + 3 < nw &&
        link_word_in(t, &w[k - 1], "cities|counties|states|jurisdictions|municipalities") &&
        link_word_in(t, &w[k + 1], "the") &&
        link_word_in(t, &w[k + 2], "City|County|State|Town|Village") &&
        link_word_in(t, &w[k + 3], "of"))
        return true;
    if (!link_word_in(t, &w[k], "and|or") || !w[k - 1].cap || acronym(t, &w[k - 1])) return false;
    /* "$388,120 for Hartford, and $61,400 for Windham": amounts by recipient */
    if (k + 3 < nw && w[k + 1].start > 0 && t[w[k + 1].start - 1] == '$') {
        size_t q = k + 2;
        while (q < nw && q < k + 5 &&
               (isdigit((unsigned char)t[w[q].start]) ||
                link_word_in(t, &w[q], "million|billion|thousand")))
            q++;
        if (q + 1 < nw && link_word_in(t, &w[q], "for|to") && w[q + 1].cap) return true;
    }
    /* "Denver, Boulder County, and other local governments in Colorado" */
    if (k + 1 < nw && link_word_in(t, &w[k + 1], "other") && !w[k + 1].punct_before) return true;
    /* "sued in March, and the city of Aurora said": a date is no list item */
    if (link_word_in(t, &w[k - 1],
                     "January|February|March|April|May|June|July|August|September|October|November|"
                     "December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"))
        return false;
    size_t next = k + 1;
    if (next + 1 < nw && w[next + 1].cap && same_preposition(t, w, k, next)) next++;
    if (next < nw && link_word_in(t, &w[next], "the")) next++;
    if (next + 2 < nw && !w[next].cap &&
        link_word_in(t, &w[next], "city|county|town|village|state|cities|counties|towns|states") &&
        link_word_in(t, &w[next + 1], "of"))
        next += 2;
    return next < nw && w[next].cap && !object_then_subject(t, w, nw, k, next);
}

/* ", and" at word k adds the last of a coordinated subject whose verb
 * follows "each" ("the Alvin S. Glenn Detention Center, operated by
 * Richland County, and the municipal jail of the City of Columbia each
 * released ..."): one clause, whose act both items did. The words up to
 * "each" have no pause, and a verb's form follows it. */
static bool each_subject(const char *t, const link_word *w, size_t nw, size_t k) {
    if (!link_word_in(t, &w[k], "and")) return false;
    for (size_t q = k + 1; q + 1 < nw && q < k + 12 && !w[q].punct_before; q++) {
        if (!link_word_in(t, &w[q], "each")) continue;
        const link_word *v = &w[q + 1];
        size_t n = v->end - v->start;
        return !v->punct_before && !v->cap &&
               (link_word_in(t, v, "has|have|had|will|would|did|does|do") ||
                (n > 4 && !memcmp(t + v->end - 2, "ed", 2)));
    }
    return false;
}

/* ", and" at word k opens a clause without a verb, the verb of the clause
 * before it gapped ("FEMA suspended Somerville's grant on February 2, and
 * Chelsea's a week later"): a name, its possessive, and only words of time
 * to the end of the sentence. The same event goes on. */
static bool gapped_amount(const char *t, const link_word *w, size_t nw, size_t k);
static bool gapped(const char *t, const link_word *w, size_t nw, size_t k) {
    if (!link_word_in(t, &w[k], "and") || k + 2 >= nw || !w[k + 1].cap) return false;
    if (gapped_amount(t, w, nw, k)) return true;
    size_t q = k + 1;
    for (int item = 0; item < 2; item++) { /* "Evanston's and Oak Park's awards" */
        while (q < nw && w[q].cap && !w[q].punct_before)
            q++;
        if (q >= nw || !link_possessive_s(t, &w[q])) return false;
        q++;
        if (!(q + 1 < nw && link_word_in(t, &w[q], "and") && w[q + 1].cap)) break;
        q++;
    }
    if (q + 1 < nw && !w[q].cap && !w[q + 1].cap && !w[q].punct_before &&
        !link_word_in(t, &w[q], "a|an|the|one|two|three|in|on|by|after|before|that|later|earlier"))
        q++; /* the noun repeated: "... and Oak Park's awards two weeks later" */
    for (; q < nw; q++)
        if (!(w[q].cap || (t[w[q].start] >= '0' && t[w[q].start] <= '9') ||
              link_word_in(t, &w[q],
                           "a|an|the|one|two|three|week|weeks|month|months|day|days|year|"
                           "later|earlier|in|on|by|too|also|after|before|that")))
            return false;
    return true;
}

/* A word of a time adjunct closing a clause ("two days later", "on
 * Tuesday", "in March", "last year"). */
static bool time_word(const char *t, const link_word *w) {
    return isdigit((unsigned char)t[w->start]) ||
           link_word_in(t, w,
                        "a|an|the|one|two|three|four|five|six|seven|several|day|days|week|weeks|"
                        "month|months|year|years|later|earlier|after|before|in|on|by|last|this|"
                        "next|too|also|ago|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                        "Sunday|January|February|March|April|May|June|July|August|September|"
                        "October|November|December|Jan|Feb|Aug|Sept|Oct|Nov|Dec");
}

/* ", and Dane County about $1.2 million" at word k: a name and an amount,
 * the verb of the clause before gapped ("could lose about $4.7 million a
 * year ..., and Dane County about $1.2 million"). */
static bool gapped_amount(const char *t, const link_word *w, size_t nw, size_t k) {
    size_t q = k + 1;
    while (q < nw && w[q].cap && (q == k + 1 || !w[q].punct_before))
        q++;
    if (q < nw && !w[q].punct_before &&
        link_word_in(t, &w[q], "about|nearly|roughly|almost|some|over|around|another"))
        q++;
    if (q >= nw || w[q].start == 0 || t[w[q].start - 1] != '$') return false;
    for (q++; q < nw; q++)
        if (!(time_word(t, &w[q]) || link_word_in(t, &w[q], "million|billion|thousand|more|less")))
            return false;
    return true;
}

/* A participle opening an adjunct clause after a comma (", keeping Knox
 * County among the first", ", prompting a lawsuit"): a lower-case word in
 * "-ing" that is no preposition ("including", "according", "during") nor a
 * common noun ("housing, policing and transit"). Those
 * named after "joining" share the act itself (", joining Christian and
 * Taney counties"). */
static bool participle(const char *t, const link_word *w) {
    size_t n = w->end - w->start;
    if (n < 6 || w->cap || memcmp(t + w->end - 3, "ing", 3) != 0) return false;
    return !link_word_in(t, w,
                         "including|according|during|following|regarding|concerning|pending|"
                         "notwithstanding|nothing|something|anything|everything|excluding|"
                         "beginning|involving|barring|considering|joining|funding|housing|"
                         "policing|training|building|spending|morning|evening|planning|screening|"
                         "booking|parking|zoning|lending|timing|"
                         /* what a ruling does: ", stopping the department from cutting grants
                          * to Portland and Eugene" is the ruling's own target */
                         "stopping|blocking|preventing|halting|enjoining|prohibiting|"
                         /* and whom it hits or helps: ", dealing a setback to Alachua
                          * County, which had asked the court to halt the mandate" */
                         "dealing|handing|delivering");
}

/* ", as Iowa law now requires" at word k: the law the clause before
 * follows, whose state is the event's too (the conventions). */
static bool as_law_requires(const char *t, const link_word *w, size_t nw, size_t k) {
    if (!link_word_in(t, &w[k], "as")) return false;
    for (size_t q = k + 1; q < nw && q < k + 7; q++)
        if (link_word_in(t, &w[q], "law|laws|statute|statutes")) return true;
    return false;
}

/* "consistent with Minnesota law", "under New Mexico law": the state's law (words a to e, e its
 * end) that an act is done under or by. Its content is the sentence's noncooperation event, which
 * carries the state (session 5: a law in force, with the local acting under it); an order, cut or
 * suit the sentence tells beside it is no act of the state's (dev v11, v22g). */
static bool done_under_law(const char *t, const link_scratch *sc, size_t a, size_t e) {
    if (e < sc->nw && link_possessive_s(t, &sc->w[e])) e++;
    if (e >= sc->nw || sc->w[e].punct_before || !link_word_in(t, &sc->w[e], "law|laws|statute"))
        return false;
    if (a >= 1 && link_word_in(t, &sc->w[a - 1], "under")) return true;
    return a >= 3 && link_word_in(t, &sc->w[a - 1], "with") &&
           (link_word_in(t, &sc->w[a - 2], "consistent|accordance|compliance") ||
            (link_word_in(t, &sc->w[a - 2], "keeping|line") &&
             link_word_in(t, &sc->w[a - 3], "in")));
}

/* Whether state mention m stands in ", as <State> law requires" after a
 * comma: the law the clause before follows (session 5: its comply carries
 * the state), no party of the sentence's other events ("received letters
 * ... and both said they would keep honoring detainers, as Florida law
 * requires" is no state's threat). */
bool link_as_law_state(const char *t, const link_scratch *sc, const link_mention *m) {
    size_t a = link_word_at(sc, m->start), e = link_word_at(sc, m->end);
    /* "as a 2024 North Carolina law requires" */
    while (a >= 3 &&
           (link_word_in(t, &sc->w[a - 1], "a|the|new") ||
            isdigit((unsigned char)t[sc->w[a - 1].start])) &&
           !sc->w[a].punct_before)
        a--;
    if (done_under_law(t, sc, a, e)) return true;
    if (a < 2 || !link_word_in(t, &sc->w[a - 1], "as") || !sc->w[a - 1].punct_before ||
        !memchr(t + sc->w[a - 2].end, ',', sc->w[a - 1].start - sc->w[a - 2].end))
        return false;
    if (e < sc->nw && link_possessive_s(t, &sc->w[e])) e++;
    return e + 1 < sc->nw && link_word_in(t, &sc->w[e], "law|laws|statute") &&
           link_word_in(t, &sc->w[e + 1], "requires|required|mandates|demands|says");
}

/* ", as well as" at word k goes on a list ("the States of Illinois and New
 * York, as well as the cities of Los Angeles and Boston"). */
static bool as_well_as(const char *t, const link_word *w, size_t nw, size_t k) {
    return k + 2 < nw && link_word_in(t, &w[k], "as") && link_word_in(t, &w[k + 1], "well") &&
           link_word_in(t, &w[k + 2], "as");
}

/* ", as did Eugene", ", as has Boulder County": the clause before, done
 * again by the name after (one event of the sentence, both places); in
 * the passive, what it was done to: ", as were grants to Omaha and
 * Lincoln", ", as was the award of Ramsey County". */
static bool as_did(const char *t, const link_word *w, size_t nw, size_t k) {
    if (k + 2 >= nw || !link_word_in(t, &w[k], "as") || w[k + 1].punct_before) return false;
    if (link_word_in(t, &w[k + 1], "did|does|do|has|have|had"))
        return w[k + 2].cap && !w[k + 2].punct_before;
    if (!link_word_in(t, &w[k + 1], "was|were|is|are")) return false;
    for (size_t q = k + 2; q < nw && q < k + 6 && !w[q].punct_before; q++) {
        if (w[q].cap) return q == k + 2 || link_word_in(t, &w[q - 1], "to|for|of|from");
        if (!link_word_in(t, &w[q],
                          "the|a|its|their|grants|grant|awards|award|funds|money|"
                          "allocations|payments|to|for|of|from"))
            return false;
    }
    return false;
}

/* ", and officials in Cedar Rapids and Davenport said the same", ", and
 * Ithaca's council did the same", ", and Eugene followed suit", ", and the
 * Jefferson Parish sheriff did so last year": the clause before, said or
 * done again by others (one event of the sentence, every place it names).
 * A pro-verb within eight words of "and", closing the clause but for words
 * of time. */
static bool same_again(const char *t, const link_word *w, size_t nw, size_t k) {
    if (!link_word_in(t, &w[k], "and")) return false;
    for (size_t q = k + 2; q + 1 < nw && q < k + 10; q++) {
        if (w[q].punct_before) return false;
        bool same = link_word_in(t, &w[q], "said|did|done|reported|told") &&
                    link_word_in(t, &w[q + 1], "the") && q + 2 < nw &&
                    link_word_in(t, &w[q + 2], "same") && !w[q + 2].punct_before;
        /* "and the Jefferson and St. Tammany parish sheriffs did so last year" */
        bool so = link_word_in(t, &w[q], "did|done") && link_word_in(t, &w[q + 1], "so");
        if (so) return true;
        bool suit = link_word_in(t, &w[q], "followed|follow") && link_word_in(t, &w[q + 1], "suit");
        if (same || suit) {
            size_t end = q + (same ? 3 : 2);
            while (end < nw && !w[end].punct_before && time_word(t, &w[end])) /* "two days later" */
                end++;
            return end >= nw || w[end].punct_before;
        }
    }
    return false;
}

/* ", a rebuke to Virginia Gov. ...", "on Tuesday, a reversal that puts
 * northern Nevada's largest jail at odds": a noun phrase after a clause
 * (word k after a comma) comments on the event, and what it names is not
 * the event's. Not after a name (", a city in Texas" locates it). */
static bool acronym(const char *t, const link_word *w);
static bool trailing_apposition(const char *t, const link_word *w, size_t nw, size_t k) {
    if (k + 1 >= nw || w[k + 1].cap || w[k + 1].punct_before) return false;
    /* ", the most visible front in a year-long struggle", ", the latest turn
     * in a standoff", ", the second such ruling this year" */
    bool ranked = link_word_in(t, &w[k], "the") &&
                  link_word_in(t, &w[k + 1],
                               "most|latest|newest|first|second|third|fourth|fifth|"
                               "last|biggest|largest|clearest|sharpest|strongest|"
                               "starkest|broadest|only");
    if (!ranked && !link_word_in(t, &w[k], "a|an")) return false;
    /* not the subject ranked: ", the second Texas border county to sue" */
    for (size_t q = k + 2; ranked && q < nw && q < k + 6 && !w[q].punct_before; q++) {
        if (link_word_in(t, &w[q], "of|in|to|that|for|since|after")) break; /* its head is done */
        if (link_word_in(t, &w[q],
                         "city|county|state|town|village|jurisdiction|municipality|"
                         "community|parish|borough|department|agency|sheriff"))
            return false;
    }
    /* an agency's acronym is no name it could locate (", for ICE, a practice") */
    return !w[k - 1].cap || acronym(t, &w[k - 1]) ||
           link_word_in(t, &w[k - 1],
                        "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                        "March|April|May|June|July|August|September|October|November|December");
}

/* An agency's acronym ("ICE", "DOJ", "FEMA"): two to five capitals. */
static bool acronym(const char *t, const link_word *w) {
    uint32_t n = w->end - w->start;
    if (n < 2 || n > 5) return false;
    for (uint32_t p = w->start; p < w->end; p++)
        if (t[p] < 'A' || t[p] > 'Z') return false;
    return true;
}

/* "as" opening a clause without a comma, as headlines write it ("Kent County
 * sheriff signs ICE jail agreement as Grand Rapids commissioners push
 * back", "push back on ICE as Washington officials threaten funds"): word
 * k is "as" after a lower-case word or an acronym, a name follows and then
 * a lower-case word; not
 * "such as", "known as", "as well as" and the like. */
static bool as_clause(const char *t, const link_word *w, size_t nw, size_t k) {
    if (!link_word_in(t, &w[k], "as")) return false;
    /* "as the Justice Department pressed": a name after "the" too */
    size_t f = k + 2 < nw && link_word_in(t, &w[k + 1], "the") ? k + 2 : k + 1;
    /* a headline's bare subject: "Nassau widens ICE pact as judge blocks FEMA cuts" */
    bool bare = f + 1 < nw && !w[f].cap &&
                link_word_in(t, &w[f],
                             "judge|judges|court|feds|governor|sheriff|mayor|council|"
                             "lawmakers|legislature") &&
                !w[f + 1].cap && !w[f + 1].punct_before &&
                !link_word_in(t, &w[f + 1], "of|and|or|to|in|for|that|who|which");
    if (bare && !w[k - 1].cap) return true;
    if ((w[k - 1].cap && !acronym(t, &w[k - 1])) || f + 1 >= nw || !w[f].cap ||
        link_word_in(t, &w[k - 1],
                     "such|well|known|designated|listed|same|serve|serves|served|serving|act|acts|"
                     "acted|acting|identified|classified|named|labeled|labelled|described|so|just|"
                     "much|many|far|long|soon|regarded|seen|treated|counted|defined|qualify|"
                     "qualifies|qualified|recognized|branded|cited|flagged|returned|remain|remains|"
                     "stay|stays|joined|join|joins"))
        return false;
    for (size_t q = k - 1; q > 0 && q + 4 > k; q--)
        if (link_word_in(t, &w[q - 1], "such|Such")) return false; /* "such cities as Chicago" */
    size_t e = f;
    while (e < nw && e < f + 7 && (w[e].cap || link_word_in(t, &w[e], "of|and")))
        e++;
    /* a possessive subject: "loses $6.8 million as Chicago's suit heads to
     * appeals court" */
    if (e + 1 < nw && e > f && link_possessive_s(t, &w[e]) && !w[e + 1].cap &&
        !w[e + 1].punct_before)
        return !link_word_in(t, &w[e + 1], "own");
    return e < nw && !w[e].cap && !w[e].punct_before && !link_word_in(t, &w[e], "of|and|or|to");
}

/* Whether the sentence's words are Title Case: every word of four letters
 * or more is capitalized ("Bristol County Renews 287(g) Pact as Somerville
 * and Chelsea Lose Police Grants"). */
static bool title_case(const char *t, const link_word *w, size_t nw) {
    for (size_t q = 0; q < nw; q++)
        if (!w[q].cap && w[q].end - w[q].start >= 4 && isalpha((unsigned char)t[w[q].start]))
            return false;
    return true;
}

/* The same in a Title Case headline ("Denver Mayor Vows To Keep Refusing ICE
 * Detainers As Aurora Council Votes To Cooperate"): "As" after three
 * capitalized words, before a name and another word. */
static bool title_as_clause(const char *t, const link_word *w, size_t nw, size_t k) {
    /* AP headlines write "as" in lower case: the other words are Title Case */
    bool lower = k >= 2 && link_word_in(t, &w[k], "as") && w[k - 1].cap && title_case(t, w, nw);
    if (k < 3 || k + 2 >= nw || !(link_word_in(t, &w[k], "As") || lower) || !w[k - 1].cap ||
        (!lower && (!w[k - 2].cap || !w[k - 3].cap)) || !w[k + 1].cap ||
        !(w[k + 2].cap || (lower && link_word_in(t, &w[k + 2], "and")) ||
          (k + 3 < nw && link_possessive_s(t, &w[k + 2]) && w[k + 3].cap)) ||
        w[k + 1].punct_before ||
        link_word_in(
            t, &w[k - 1],
            "Such|Well|Known|Designated|Listed|Same|Serve|Serves|Served|Act|Acts|Acted|"
            "Identified|Named|Labeled|Described|So|Just|Much|Regarded|Seen|Treated|Counted|"
            "Defined|Qualify|Qualifies|Recognized|Branded|Cited|Flagged|Remain|Remains|Stay|"
            "Stays|Joined|Join|Joins|Returns|Returned"))
        return false;
    return true;
}

/* "after a federal court in Oregon held such holds unconstitutional",
 * "when a Rhode Island judge blocked the conditions" at word k: a court's
 * ruling, a clause of its own. Not when it points back to the subject
 * or the money before ("after a federal judge dismissed its lawsuit",
 * "released the funds after a federal judge ordered the payments"). */
static bool court_clause(const char *t, const link_word *w, size_t nw, size_t k) {
    if (k + 2 >= nw || !link_word_in(t, &w[k], "after|because|when|before|until|since") ||
        !link_word_in(t, &w[k + 1], "a|an|the"))
        return false;
    size_t q = k + 2;
    while (q < nw && q < k + 5 && !w[q].punct_before &&
           !link_word_in(t, &w[q], "court|courts|judge|judges|panel|magistrate|justices|jury"))
        q++;
    if (q >= nw || q >= k + 5 || w[q].punct_before) return false;
    for (size_t r = q + 1; r < nw && r < q + 10 && !w[r].punct_before; r++)
        if (link_word_in(t, &w[r], "its|their|his|her|them|it") ||
            (link_word_in(t, &w[r], "payments|money|funds") && link_word_in(t, &w[r - 1], "the")))
            return false;
    return true;
}

/* "Florida jails sign on, Virginia suburbs dig in" at word k: after a
 * comma after a lower-case word, a place's adjective and a plural of
 * local bodies, then their verb: a headline's second clause with a subject
 * of its own. */
static bool plural_subject(const char *t, const link_word *w, size_t nw, size_t k) {
    if (w[k - 1].cap) return false; /* "Utah, Idaho counties sign on": one list */
    size_t q = k;
    while (q < nw && q < k + 3 && w[q].cap && (q == k || !w[q].punct_before))
        q++;
    if (q == k || q + 1 >= nw || w[q].punct_before || w[q + 1].punct_before ||
        !link_word_in(t, &w[q], "jails|suburbs|cities|counties|sheriffs|towns|mayors|lawmakers"))
        return false;
    return !w[q + 1].cap &&
           !link_word_in(t, &w[q + 1], "and|or|of|in|to|for|that|which|who|with|from|on|by|as");
}

/* "...; the city kept its policy": after a semicolon, "the city" or "the
 * county" and a verb of its own start a clause, not a list's next item
 * ("; the City of Salem; and ..."). */
static bool local_subject(const char *t, const link_word *w, size_t nw, size_t k) {
    if (k + 2 >= nw || !link_word_in(t, &w[k], "the|The") ||
        !link_word_in(t, &w[k + 1], "city|county") || w[k + 1].punct_before ||
        w[k + 2].punct_before || w[k + 2].cap)
        return false;
    const link_word *v = &w[k + 2];
    return link_word_in(t, v, "is|was|has|had|will|would|kept|keeps|says|said|does|did") ||
           (v->end - v->start > 4 && !memcmp(t + v->end - 2, "ed", 2));
}

/* The clause of the sentence that holds byte off: boundaries are ";", ":", dashes
 * and a comma before a clause word ("and", "who", "after", ...), and "N days
 * after". */
/* Whether word k may stand inside a list of kinds a count ("each of
 * which") goes back over: "the states of Oregon and Illinois and the
 * counties of Cook, King and Santa Clara", "the cities of Newark and
 * Paterson and by Hudson County". */
static bool counted_list_word(const char *t, const link_word *w, size_t k) {
    return (link_word_in(t, &w[k], "states|cities|counties|towns|parishes") &&
            link_word_in(t, &w[k + 1], "of")) ||
           (k > 0 && link_word_in(t, &w[k], "by|to|from|with") &&
            link_word_in(t, &w[k - 1], "and"));
}

/* Whether words k.. open a relative clause on a count of its antecedent
 * (", both of which limit ...", ", neither of which sued", ", each of
 * whom"): a relative clause like ", which". */
static bool quantified_relative(const char *t, const link_word *w, size_t nw, size_t k) {
    return k + 2 < nw && link_word_in(t, &w[k + 1], "of") &&
           link_word_in(t, &w[k + 2], "which|whom") && !w[k + 1].punct_before &&
           !w[k + 2].punct_before &&
           link_word_in(t, &w[k], "both|each|all|neither|none|either|one|two|three|four|most");
}

static bool boundary_before(const char *t, const link_word *w, size_t nw, size_t k) {
    bool comma = false;
    for (uint32_t p = w[k - 1].end; p < w[k].start; p++) {
        unsigned char c = (unsigned char)t[p];
        if (((c == ';' || c == ':') && (!link_word_in(t, &w[k], "the|and|a|an") ||
                                        (c == ';' && local_subject(t, w, nw, k)))) ||
            (c == 0xE2 && p + 2 < w[k].start && (unsigned char)t[p + 1] == 0x80 &&
             ((unsigned char)t[p + 2] == 0x94 || (unsigned char)t[p + 2] == 0x93)))
            return true;
        comma |= c == ',';
    }
    if (comma &&
        (link_word_in(t, &w[k],
                      "and|but|while|whereas|whilst|when|who|which|where|after|before|because|"
                      "though|although|saying|whose|as|despite") ||
         participle(t, &w[k])) &&
        !list_item(t, w, nw, k) && !each_subject(t, w, nw, k) && !as_well_as(t, w, nw, k) &&
        !gapped(t, w, nw, k) && !as_did(t, w, nw, k) && !as_law_requires(t, w, nw, k) &&
        !same_again(t, w, nw, k))
        return true;
    if (comma && quantified_relative(t, w, nw, k)) return true;
    if (comma && trailing_apposition(t, w, nw, k)) return true;
    if (comma && plural_subject(t, w, nw, k)) return true;
    /* ", in a move that the department tied to the county jail's refusal":
     * a comment on the clause before, with its own names */
    if (comma && k + 2 < nw && link_word_in(t, &w[k], "in") && link_word_in(t, &w[k + 1], "a|an") &&
        link_word_in(t, &w[k + 2], "move|step|decision|reversal|shift"))
        return true;
    /* "arrested him in Gresham after the Multnomah County Sheriff's Office
     * declined the detainer": a subordinate clause with its own named
     * subject, comma or not */
    if (!comma && k + 2 < nw && link_word_in(t, &w[k], "after|because|when|before") &&
        link_word_in(t, &w[k + 1], "the") && w[k + 2].cap && !w[k + 1].punct_before &&
        !w[k + 2].punct_before)
        return true;
    /* "a practice the county adopted in 2017 after a federal court in Oregon
     * held such holds unconstitutional", comma or not */
    if (!comma && court_clause(t, w, nw, k)) return true;
    /* "said his city would join a lawsuit if DHS cut Delaware's grants": a
     * condition with a named subject of its own */
    if (!comma && k + 2 < nw && link_word_in(t, &w[k], "if|unless") && w[k + 1].cap &&
        !w[k + 1].punct_before && !link_word_in(t, &w[k + 1], "I|It|They|We|He|She"))
        return true;
    /* "the state would side with Eugene if the department cut the city's
     * grant": so is one whose subject is a definite common noun (a party
     * told by its kind), comma or not; a capitalized one ("if the COPS
     * award is terminated") is often a thing of the main clause's subject */
    if (k + 2 < nw && link_word_in(t, &w[k], "if|unless") && link_word_in(t, &w[k + 1], "the") &&
        !w[k + 1].punct_before && !w[k + 2].punct_before && !w[k + 2].cap)
        return true;
    /* "Milwaukee County stopped honoring detainers in 2012 while Waukesha
     * County signed": a contrast with its own named subject, comma or not */
    if (!comma && k + 1 < nw && link_word_in(t, &w[k], "while|whereas") && w[k + 1].cap &&
        !w[k + 1].punct_before)
        return true;
    /* "report that OJP has released the awards to Tucson and that Pima
     * County's award remains under review", "said the order covers only
     * the plaintiffs and that other New York municipalities would need to
     * sue": a second "that" clause, whatever its subject; not a quote
     * after it (and that "jurisdictions that shield ...": the quote's
     * names are the speaker's) */
    if (k + 1 < nw && w[k].end - w[k].start == 3 && link_word_in(t, &w[k], "and") &&
        link_word_in(t, &w[k + 1], "that") && !w[k + 1].punct_before && k + 2 < nw &&
        !w[k + 2].punct_before)
        return true;
    /* ", even as the department threatens ...", ", even though" */
    if (comma && k + 1 < nw && link_word_in(t, &w[k], "even") &&
        link_word_in(t, &w[k + 1], "as|though|if|when|while|after|before"))
        return true;
    if (!comma && w[k].end - w[k].start == 2 && !w[k].punct_before &&
        (as_clause(t, w, nw, k) || title_as_clause(t, w, nw, k)) && !as_law_requires(t, w, nw, k))
        return true;
    size_t prev = w[k - 1].end - w[k - 1].start;
    return k >= 2 && (prev == 5 || prev == 6) && link_word_in(t, &w[k - 1], "after|before") &&
           link_word_in(t, &w[k - 2], "day|days|week|weeks|month|months|year|years|hours");
}

/* A semicolon between words k - 1 and k. */
static bool semicolon_before(const char *t, const link_word *w, size_t k) {
    return memchr(t + w[k - 1].end, ';', w[k].start - w[k - 1].end) != NULL;
}

/* Fills the clause starts of the cached sentence (once for all its hits).
 * A series of clauses closed by "; and" ("Evanston lost $90,000; Burlington
 * lost $45,000; and Santa Fe lost $60,000") is one list: its semicolons
 * split nothing. */
void link_find_clauses(const char *t, link_scratch *sc) {
    sc->n_bounds = 0;
    for (size_t k = 1; k < sc->nw && sc->n_bounds < LINK_MAX_BOUNDS; k++)
        if (boundary_before(t, sc->w, sc->nw, k)) sc->bounds[sc->n_bounds++] = sc->w[k].start;
    bool semi = false; /* a clause after ';' (rare) before looking for "; and" */
    for (size_t b = 0; b < sc->n_bounds && !semi; b++) {
        uint32_t p = sc->bounds[b];
        while (p > sc->start && t[p - 1] == ' ')
            p--;
        semi = p > sc->start && t[p - 1] == ';';
    }
    bool series = false;
    for (size_t k = semi ? sc->nw : 0; k-- > 1 && !series;)
        series = semicolon_before(t, sc->w, k) && link_word_in(t, &sc->w[k], "and|or");
    if (!series) return;
    size_t n = 0; /* the series' semicolons split nothing */
    for (size_t b = 0, k = 1; b < sc->n_bounds; b++) {
        while (k < sc->nw && sc->w[k].start < sc->bounds[b])
            k++;
        if (!(k < sc->nw && semicolon_before(t, sc->w, k))) sc->bounds[n++] = sc->bounds[b];
    }
    sc->n_bounds = n;
}

/* Whether a comma comes between words k - 1 and k. */
static bool comma_before(const char *t, const link_word *w, size_t k) {
    return memchr(t + w[k - 1].end, ',', w[k].start - w[k - 1].end) != NULL;
}

/* Adds the clause start at byte b to the cached sentence's sorted bounds. */
static void add_bound(link_scratch *sc, uint32_t b) {
    size_t i = 0;
    while (i < sc->n_bounds && sc->bounds[i] < b)
        i++;
    if (sc->n_bounds >= LINK_MAX_BOUNDS || (i < sc->n_bounds && sc->bounds[i] == b)) return;
    memmove(&sc->bounds[i + 1], &sc->bounds[i], (sc->n_bounds - i) * sizeof *sc->bounds);
    sc->bounds[i] = b;
    sc->n_bounds++;
}

/* Whether word k of a Title Case headline reads as a verb of the third
 * person ("Warns", "Files", "Puts"): capitalized, ending in a single "s"
 * (not a plural in "-ies" nor "-ss"), no name's start, and a word after. */
static bool headline_verb(const char *t, const link_scratch *sc, size_t k) {
    const link_word *w = &sc->w[k];
    size_t n = w->end - w->start;
    if (!w->cap || n < 4 || k + 1 >= sc->nw || t[w->end - 1] != 's' || t[w->end - 2] == 's' ||
        (t[w->end - 2] == 'e' && t[w->end - 3] == 'i'))
        return false;
    for (size_t i = 0; i < sc->nm; i++)
        if (sc->m[i].start == w->start) return false;
    return true;
}

/* "Dane County Refuses ICE Detainers, Waukesha County Honors Them", "...
 * Warns Louisville Metro on Detainer Ordinance, Files Suit Against
 * Covington Policy": in a Title Case headline, whose verbs are capitalized
 * like its names, a comma before another event's head (after a name of up
 * to four words, its own subject, or none: the same subject's next act)
 * opens a clause. heads holds the byte offsets where the sentence's hits
 * start; the mentions are spotted. A list goes on with a name and no act
 * ("Sues Lucas County Sheriff, City of Toledo Over Detainer Policies") or
 * after a name ("Portland, Eugene Sue Over Transit Grant Conditions"). */
void link_headline_clauses(const char *t, link_scratch *sc, const uint32_t *heads, size_t nh) {
    sc->verb_phrase = 0;
    if (nh == 0 || !title_case(t, sc->w, sc->nw)) return;
    for (size_t k = sc->first + 1; k < sc->nw; k++) {
        if (!comma_before(t, sc->w, k)) continue;
        bool named = false;
        for (size_t i = 0; i < sc->nm && !named; i++)
            named = sc->m[i].end == sc->w[k - 1].end;
        /* (a list goes on after a name, "Portland, Eugene Sue ...", but a
         * verb opens the subject's next act: "Applauds Ypsilanti and
         * Kalamazoo, Calls on Kent County Sheriff to ...") */
        if (named && !headline_verb(t, sc, k)) continue;
        bool head = false;
        size_t q = k;
        for (; q < sc->nw && q < k + 5 && (q == k || !sc->w[q].punct_before) && sc->w[q].cap; q++) {
            for (size_t h = 0; h < nh && !head; h++)
                head = heads[h] == sc->w[q].start;
            if (head) break;
        }
        /* a verb right after the comma, a hit's head or not: the same
         * subject's next act ("..., Warns Columbia Over ...") */
        bool verb = (head && q == k) || headline_verb(t, sc, k);
        if (head || verb) add_bound(sc, sc->w[k].start);
        if (verb && !sc->verb_phrase) sc->verb_phrase = sc->w[k].start;
    }
}

/* The clause [*cs, *ce) of the cached sentence that holds byte off. */
void link_clause_of(const link_scratch *sc, uint32_t off, uint32_t *cs, uint32_t *ce) {
    *cs = 0;
    *ce = UINT32_MAX;
    for (size_t i = 0; i < sc->n_bounds; i++) {
        if (sc->bounds[i] <= off)
            *cs = sc->bounds[i];
        else if (*ce == UINT32_MAX)
            *ce = sc->bounds[i];
    }
}

bool link_coordinated_antecedent(const char *t, const link_scratch *sc, uint32_t cs, uint32_t *as,
                                 uint32_t *ae) {
    size_t k = link_word_at(sc, cs);
    if (k == 0 || k + 2 >= sc->nw || !link_word_in(t, &sc->w[k], "and|or")) return false;
    size_t name = k + 1; /* "and Ada County", "and the city of Everett" */
    if (name + 3 < sc->nw && link_word_in(t, &sc->w[name], "the") &&
        link_word_in(t, &sc->w[name + 1], "city|county|town") &&
        link_word_in(t, &sc->w[name + 2], "of"))
        name += 3;
    if (name >= sc->nw || !sc->w[name].cap) return false;
    uint32_t rs, re;
    link_clause_of(sc, sc->w[k - 1].start, &rs, &re);
    /* the relative clause runs up to the "and": no main clause of the
     * name's own in between ("Maricopa County, whose sheriff signed ...,
     * received its award, and Yavapai ...") */
    if (!link_antecedent(t, sc, rs, false, as, ae) || link_relative_close(t, sc, rs, cs))
        return false;
    return link_word_at(sc, *as) == sc->first;
}

/* Whether words k, k+1 (before the hit's word h) are a reporter's frame
 * inside a relative clause on a generic plural: "jurisdictions it says
 * obstruct federal immigration enforcement", "cities that they said were
 * shielding inmates". The clause still tells what the plural's members do
 * (corpora/README, background and relative clauses), so it is the plural's
 * relative clause as "jurisdictions that obstruct" is. */
static bool reported_frame(const char *t, const link_scratch *sc, size_t k, size_t h) {
    return k + 1 < h && !sc->w[k].punct_before && !sc->w[k + 1].punct_before &&
           link_word_in(t, &sc->w[k], "it|they") &&
           link_word_in(t, &sc->w[k + 1],
                        "say|says|said|claim|claims|claimed|allege|alleges|alleged|believes");
}

/* A generic mention heading a relative clause the hit starts in, or whose
 * clause is the subject of the hit ("jurisdictions that refuse to
 * cooperate", "any city that refused", "states that refuse should not
 * expect federal dollars"): the event concerns those, whatever else the
 * sentence names. Its index in sc->m, or -1. */
int link_generic_subject(const char *t, const link_scratch *sc, uint32_t hs) {
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *g = &sc->m[i];
        if (!g->generic || g->start > hs) continue;
        size_t k = link_word_at(sc, g->end), h = link_word_at(sc, hs);
        if (g->start <= hs && hs < g->end) h = k + 1; /* the hit starts with it */
        if (k >= sc->nw || h < k || h > k + 6) continue;
        size_t q = k + 1; /* the first word after the relative pronoun and its frame */
        if (!link_word_in(t, &sc->w[k], "that|which|who")) {
            if (!reported_frame(t, sc, k, h)) continue;
            q = k + 2; /* "31 jurisdictions it says obstruct" */
        } else if (reported_frame(t, sc, k + 1, h))
            q = k + 3; /* "cities that it says are obstructing" */
        /* only auxiliaries and adverbs up to the hit ("that have refused"):
         * "cities that their awards ..." is a complement, not a relative */
        bool plain = true;
        for (; q < h && plain; q++)
            plain =
                link_word_in(t, &sc->w[q],
                             "have|has|had|do|does|did|not|also|still|would|could|will|may|might|"
                             "should|must|can|cannot|shall|are|is|were|was|continue|already|now|"
                             "openly|refuse|refused|fail|failed") ||
                /* a policy the relative clause gives them: "each parish and
                 * municipality that maintains a policy limiting cooperation",
                 * "cities that have adopted policies of refusing" */
                link_word_in(t, &sc->w[q],
                             "maintain|maintains|maintained|adopt|adopts|adopted|keep|keeps|kept|"
                             "enact|enacts|enacted|a|an|policy|policies|practice|"
                             "practices|ordinance|ordinances|of");
        if (plain) return (int)i;
    }
    return -1;
}

/* Whether word k is a name or a comma or conjunction inside a list of names
 * ("Newark, Jersey City, Paterson and Hoboken"). */
bool link_name_or_link(const char *t, const link_word *w, size_t k) {
    return w[k].cap || link_word_in(t, &w[k], "and|or|nor|of|the") ||
           /* "Orange County, Calif., and the city of Santa Ana" */
           (link_word_in(t, &w[k], "city|town|village|county") &&
            link_word_in(t, &w[k + 1], "of")) ||
           (k > 0 && w[k - 1].cap && link_word_in(t, &w[k], "state")) || /* "Washington state" */
           /* "Fairfax and Arlington counties and the city of Alexandria" */
           (k > 0 && w[k - 1].cap && link_word_in(t, &w[k], "counties|parishes"));
}

/* A clause that starts a relative clause (", whose office filed", ",
 * which did not join") speaks of the name just before it: the bytes
 * [*as, *ae) of the name or list of names ending at the comma, after at
 * most two lower-case words ("San Francisco City Attorney David Chiu",
 * "withheld from Boulder", "Newark, Jersey City, Paterson and Hoboken",
 * "Tennessee law"). False when the clause at cs is no relative clause or
 * has no such name. */
bool link_antecedent(const char *t, const link_scratch *sc, uint32_t cs, bool whole, uint32_t *as,
                     uint32_t *ae) {
    size_t k = link_word_at(sc, cs);
    if (k == 0 || k >= sc->nw ||
        !(link_word_in(t, &sc->w[k], "who|whose|which|where") ||
          quantified_relative(t, sc->w, sc->nw, k)))
        return false;
    bool comma = false;
    for (uint32_t p = sc->w[k - 1].end; p < sc->w[k].start; p++)
        comma |= t[p] == ',';
    if (!comma) return false;
    /* a count of the antecedent ("both of which") is on all of a list */
    bool counted = quantified_relative(t, sc->w, sc->nw, k);
    whole |= counted;
    size_t e = k; /* the name ends before word e */
    for (int skip = 0;
         skip < 2 && e > 0 && !sc->w[e - 1].cap && (skip == 0 || !sc->w[e].punct_before); skip++)
        e--;
    size_t a = e;
    while (
        a > 0 &&
        (link_name_or_link(t, sc->w, a - 1) || (counted && counted_list_word(t, sc->w, a - 1))) &&
        (a == e || !sc->w[a].punct_before || sc->w[a].cap ||
         /* the subject of a main clause going on after the relative one:
          * "Orange County, Calif., and the city of Santa Ana, which
          * limits ..., joined" (the relative clause itself speaks of the
          * last item) */
         (whole && link_word_in(t, &sc->w[a], "and|or") && sc->w[a - 1].cap) ||
         /* "sought by Pima County, Ariz.; Tucson; ...; and Tompkins County,
          * N.Y., which sued": a list in semicolons is one antecedent */
         (link_word_in(t, &sc->w[a], "and") && sc->w[a - 1].cap &&
          memchr(t + sc->w[a - 1].end, ';', sc->w[a].start - sc->w[a - 1].end))))
        a--;
    while (a < e && !sc->w[a].cap) /* a list starts with a name */
        a++;
    if (a >= e) return false;
    *as = sc->w[a].start, *ae = sc->w[e - 1].end;
    /* "Medford joins Eugene, Salem and Hillsboro, which adopted ordinances
     * ...": the one joining them does what they did */
    if (a >= 2 && link_word_in(t, &sc->w[a - 1], "joins|joined|join") &&
        !sc->w[a - 1].punct_before && !sc->w[a].punct_before && sc->w[a - 2].cap) {
        size_t j = a - 2;
        while (j > 0 && sc->w[j - 1].cap && !sc->w[j].punct_before)
            j--;
        *as = sc->w[j].start;
    }
    /* "Burlington, which has limited ..., and Brattleboro, whose town
     * meeting adopted ..., both declined": each item of the subject has
     * its own relative clause; the main clause is all of theirs */
    if (whole && a >= 2 && link_word_in(t, &sc->w[a - 1], "and") && sc->w[a - 1].punct_before)
        for (size_t b = sc->n_bounds; b-- > 0;) {
            uint32_t rs = sc->bounds[b], ps, pe;
            if (rs >= sc->w[a - 1].start) continue;
            size_t rk = link_word_at(sc, rs);
            if (link_word_in(t, &sc->w[rk], "which|who|whose") &&
                link_antecedent(t, sc, rs, false, &ps, &pe))
                *as = ps;
            break;
        }
    return true;
}

/* Where the relative clause starting at cs (", which runs the largest jail
 * in Minnesota,") closes with a comma before a word of the main clause
 * going on ("..., will keep refusing"), looking at words starting before
 * lim; 0 when it does not close there. */
uint32_t link_relative_close(const char *t, const link_scratch *sc, uint32_t cs, uint32_t lim) {
    size_t k = link_word_at(sc, cs);
    /* "Gov. Kevin Stitt, who signed an order ..., said Norman had ...": on
     * the name opening the sentence, "said" is the main clause's verb */
    bool opening = k > sc->first && k <= sc->first + 6;
    for (size_t q = sc->first; opening && q < k; q++)
        opening = sc->w[q].cap || link_word_in(t, &sc->w[q], "of|the");
    for (size_t q = k + 2; q < sc->nw && sc->w[q].start < lim; q++) {
        if (!memchr(t + sc->w[q - 1].end, ',', sc->w[q].start - sc->w[q - 1].end)) continue;
        if (opening && link_word_in(t, &sc->w[q], "said|says") && q + 1 < sc->nw &&
            sc->w[q + 1].cap && !link_word_in(t, &sc->w[q + 1], "Mayor|Gov|Sheriff|Sen|Rep"))
            return sc->w[q].start;
        if (sc->w[q].cap || link_word_in(t, &sc->w[q],
                                         "and|or|but|who|which|whose|where|while|when|"
                                         "a|an|the|as|including|said|says"))
            return 0;
        return sc->w[q].start;
    }
    return 0;
}

/* Byte off lies in a closed relative clause of the cached sentence other
 * than the one at cs, on a jurisdiction ("Adams and Arapahoe counties,
 * which border Denver, were not on the list"): what it names describes its
 * antecedent. */
bool link_in_other_relative(const char *t, const link_scratch *sc, uint32_t cs, uint32_t off) {
    for (size_t b = 0; b < sc->n_bounds && sc->bounds[b] <= off; b++) {
        uint32_t as, ae, rs = sc->bounds[b];
        /* a court's past ruling ("appeal to the 7th Circuit, which in 2018
         * upheld an injunction in a case brought by Chicago") */
        size_t rk = link_word_at(sc, rs);
        if (rs != cs && rk >= 1 && rk < sc->nw && link_word_in(t, &sc->w[rk], "which|who") &&
            link_word_in(t, &sc->w[rk - 1], "Circuit|Court|court|panel|judge|Judge"))
            return true;
        /* "the fight has moved into the courts, where Seattle and Portland
         * have won": where other things happen, not the hit's clause's */
        if (rs != cs && rk >= 1 && rk < sc->nw && link_word_in(t, &sc->w[rk], "where") &&
            link_word_in(t, &sc->w[rk - 1], "courts|court|courtroom|courtrooms"))
            return true;
        if (rs == cs || !link_antecedent(t, sc, rs, false, &as, &ae)) continue;
        bool named = false; /* "the state's Local Government Fund, which sent
                             * Greenville County $14 million" speaks of the county */
        for (size_t i = 0; i < sc->nm && !named; i++)
            named = !sc->m[i].generic && sc->m[i].start >= as && sc->m[i].end <= ae;
        if (!named) continue;
        uint32_t close = link_relative_close(t, sc, rs, sc->end);
        if (close && off < close) return true;
    }
    return false;
}

/* Nouns of a comment on an event (", a change the attorney general called
 * illegal", ", a move that ..."). */
#define COMMENT_NOUNS                                                                              \
    "change|practice|move|step|reversal|rebuke|shift|departure|decision|stance|turnabout"

/* Whether byte off lies in a noun phrase commenting on the clause before
 * it (", a change Missouri's attorney general has called illegal", ", a
 * practice Colorado law has barred since 2019"): what it names is no one's
 * event but its own, and a clause naming nobody borrows nothing from it. */
bool link_in_comment(const char *t, const link_scratch *sc, uint32_t off) {
    uint32_t cs, ce;
    link_clause_of(sc, off, &cs, &ce);
    size_t k = link_word_at(sc, cs);
    if (cs == 0 || k == 0 || k + 2 >= sc->nw || sc->w[k].start != cs ||
        !memchr(t + sc->w[k - 1].end, ',', sc->w[k].start - sc->w[k - 1].end) ||
        !trailing_apposition(t, sc->w, sc->nw, k))
        return false;
    /* a noun of comment, perhaps after an adjective ("a sharp reversal");
     * not "a setback for Boston" (whom the event hits) nor ", a 2024 state
     * law that requires ..." (a law's apposition states its content) */
    size_t n = k + 1;
    if (!link_word_in(t, &sc->w[n], COMMENT_NOUNS) && !sc->w[n + 1].punct_before) n++;
    return link_word_in(t, &sc->w[n], COMMENT_NOUNS) &&
           !(n + 1 < sc->nw && link_word_in(t, &sc->w[n + 1], "for|to"));
}

/* Whether byte off lies in a clause comparing with another's case (", as
 * Judge Vanessa Bryant did for New Haven last spring"): its names are that
 * case's, and a clause naming nobody borrows nothing from it. Not ", as
 * Worcester and Chelsea did in 2026": the names did the act themselves, an
 * event of the sentence the gold codes. */
bool link_in_comparison(const char *t, const link_scratch *sc, uint32_t off) {
    uint32_t cs, ce;
    link_clause_of(sc, off, &cs, &ce);
    size_t k = link_word_at(sc, cs);
    if (cs == 0 || k == 0 || k >= sc->nw || sc->w[k].start != cs ||
        !link_word_in(t, &sc->w[k], "as") ||
        !memchr(t + sc->w[k - 1].end, ',', sc->w[k].start - sc->w[k - 1].end))
        return false;
    for (size_t q = k + 1; q < sc->nw && q < k + 10 && sc->w[q].start < ce; q++)
        if (link_word_in(t, &sc->w[q], "did|does|do|had|has|have") && q + 1 < sc->nw &&
            link_word_in(t, &sc->w[q + 1], "for"))
            return true;
    return false;
}

/* Whether byte off lies in a contrast clause after the hit at hs (",
 * while leaders in Texas and Georgia said ...", ", whereas Ohio ..."): the
 * contrast names others than the clause before it, and a clause naming
 * nobody borrows nothing from it. */
bool link_in_contrast(const char *t, const link_scratch *sc, uint32_t off, uint32_t hs) {
    uint32_t cs, ce;
    link_clause_of(sc, off, &cs, &ce);
    size_t k = link_word_at(sc, cs);
    return cs > hs && k > 0 && k < sc->nw && sc->w[k].start == cs &&
           link_word_in(t, &sc->w[k], "while|whereas|whilst") &&
           memchr(t + sc->w[k - 1].end, ',', sc->w[k].start - sc->w[k - 1].end);
}

/* A relative clause's antecedent [*as, *ae) that is a state locating the
 * county or place before it, or the list it ends ("to Orleans Parish in
 * Louisiana, where the sheriff has limited ICE's access", "Portland and
 * Multnomah County in Oregon, which sued"): the clause is theirs, so the
 * antecedent becomes them. False (antecedent unchanged) otherwise. */
bool link_where_locator(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                        uint32_t *as, uint32_t *ae) {
    size_t a = link_word_at(sc, *as);
    if (a < 2 || !link_word_in(t, &sc->w[a - 1], "in") || sc->w[a - 1].punct_before) return false;
    int loc = -1; /* the state itself is mostly gone already (link_drop_locator_states) */
    bool other = false;
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *x = &sc->m[i];
        if (x->generic || x->div < 0) continue;
        bool state = gz_div_at(gaz, (uint32_t)x->div)->level == GZ_LEVEL_STATE;
        other |= !state && x->start >= *as && x->end <= *ae;
        if (!state && x->end <= sc->w[a - 1].start && x->end >= sc->w[a - 2].end) loc = (int)i;
    }
    if (other || loc < 0 || !sc->w[a].cap) return false;
    *as = sc->m[loc].start, *ae = sc->m[loc].end;
    /* with the list it ends: "Portland and Multnomah County in Oregon" */
    size_t b = link_word_at(sc, *as);
    while (b > 0 && link_name_or_link(t, sc->w, b - 1) && !sc->w[b].punct_before)
        b--;
    while (b < sc->nw && sc->w[b].start < *as && !sc->w[b].cap)
        b++;
    *as = sc->w[b].start;
    return true;
}

/* A suit's clause ending at ce goes on with what the suit asks or claims
 * (", asking a Superior Court judge to declare that New Jersey's Immigrant
 * Trust Directive cannot stop the county jail ..."): the end of that
 * participle clause, else ce. */
uint32_t link_suit_claim_end(const char *t, const link_scratch *sc, uint32_t ce) {
    if (ce == UINT32_MAX) return ce;
    size_t k = link_word_at(sc, ce);
    if (k >= sc->nw || !link_word_in(t, &sc->w[k],
                                     "asking|seeking|alleging|arguing|claiming|"
                                     "contending|charging"))
        return ce;
    uint32_t cs, next;
    link_clause_of(sc, ce, &cs, &next);
    return next;
}
