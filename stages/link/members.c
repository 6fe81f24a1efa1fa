/*
 * members.c - generic mentions and their members.
 *
 * The names a generic mention lists ("jurisdictions on its list, which
 * includes Oakland and Alameda County", "were Cook County, Illinois; ..."),
 * whether a generic only refers back to names before it ("both counties"),
 * and the events that concern the generic jurisdictions alone (a threat or
 * condition aimed at "sanctuary cities").
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "link_internal.h"

/* After the hit of a generic subject's relative clause ("The
 * jurisdictions that declined the most"), the members it names: after
 * "were"/"are" right before a name ("were Cook County, Illinois; Los
 * Angeles County, California; and King County, Washington") or after
 * "including"/"such as" ("31 jurisdictions that began honoring detainers,
 * including Harris County, Texas, and Maricopa County, Arizona"), up to the
 * next clause: [*ls, *le). False when there is none. */
bool link_members_after(const char *t, const link_scratch *sc, uint32_t he, uint32_t *ls,
                        uint32_t *le) {
    for (size_t k = link_word_at(sc, he); k + 1 < sc->nw; k++) {
        bool be = link_word_in(t, &sc->w[k], "were|are") && sc->w[k + 1].cap;
        bool incl = link_word_in(t, &sc->w[k], "including|include|includes") ||
                    (link_word_in(t, &sc->w[k], "such") && link_word_in(t, &sc->w[k + 1], "as"));
        if (!be && !incl) continue;
        *ls = sc->w[k].end;
        *le = UINT32_MAX;
        for (size_t b = 0; b < sc->n_bounds; b++)
            if (sc->bounds[b] > *ls && sc->bounds[b] < *le) *le = sc->bounds[b];
        return true;
    }
    return false;
}

/* Whether the cached sentence opens with a quotation mark and the quote
 * speaks in the first person plural before word e: "We have always
 * honored detainers, and we will keep doing so," the Hartford police
 * chief said. The speaker's division is then the quote's "we". */
static bool first_person_quote(const char *t, const link_scratch *sc, size_t e) {
    if (sc->first >= sc->nw) return false;
    uint32_t s = sc->w[sc->first].start;
    bool quoted = (s >= 1 && t[s - 1] == '"') ||
                  (s >= 3 && !memcmp(t + s - 3, "\xe2\x80\x9c", 3)); /* a curly opening quote */
    for (size_t k = sc->first; quoted && k < e; k++)
        if (link_word_in(t, &sc->w[k], "we|We|our|Our|us")) return true;
    return false;
}

/* Byte off lies in a trailing attribution (", a spokeswoman for the Oregon
 * attorney general said."): the speaker's, lent to no clause, unless the
 * quote speaks as "we" (first_person_quote). */
bool link_attribution(const char *t, const link_scratch *sc, uint32_t off) {
    if (sc->nw < 3) return false;
    size_t last = sc->nw - 1;
    if (!link_word_in(t, &sc->w[last], "said|says|told|added|reported")) return false;
    for (size_t k = last; k-- > 0 && k + 14 > last;) {
        if (!sc->w[k + 1].punct_before) continue;
        if (!memchr(t + sc->w[k].end, ',', sc->w[k + 1].start - sc->w[k].end)) return false;
        return off >= sc->w[k + 1].start && !first_person_quote(t, sc, k + 1);
    }
    return false;
}

/* A generic plural that refers back to names of its sentence ("added Dane
 * County and Milwaukee County to its list, and days later notified both
 * counties", "the two cities", "these counties"): no generic target of its
 * own. */
bool link_back_reference(const char *t, const link_scratch *sc, const link_mention *g) {
    size_t a = link_word_at(sc, g->start);
    if (a < 1) return false;
    /* "against either local government" after two names, like "both" */
    if (link_word_in(t, &sc->w[a - 1], "both|these|those|either|neither|Both|These|Those"))
        return true;
    if (link_word_in(t, &sc->w[a], "both|these|those|Both|These|Those")) return true;
    /* "informed Hennepin and Ramsey counties that their awards would not
     * be released until each county certified": "each" after two names */
    if (link_word_in(t, &sc->w[a], "each|Each") || link_word_in(t, &sc->w[a - 1], "each|Each")) {
        size_t named = 0;
        for (size_t i = 0; i < sc->nm; i++)
            named += !sc->m[i].generic && sc->m[i].div >= 0 && sc->m[i].end <= g->start;
        return named >= 2;
    }
    return link_word_in(t, &sc->w[a], "two|three|four|five") && a >= 1 &&
           link_word_in(t, &sc->w[a - 1], "the|The|all|these|those");
}

/* The members a generic plural of the clause [from, ce) lists after it:
 * "reviewing all open awards to jurisdictions on the Justice Department's
 * sanctuary list, which includes Minneapolis, St. Paul and Hennepin County",
 * "grants to 14 Massachusetts municipalities, including Boston and
 * Chelsea". Sets [*ls, *le) to the list's bytes (up to the next clause). */
void link_generic_members(const char *t, const link_scratch *sc, uint32_t from, uint32_t ce,
                          uint32_t *ls, uint32_t *le) {
    for (size_t i = 0; i < sc->nm && !*ls; i++) {
        const link_mention *g = &sc->m[i];
        if (!g->generic || g->start < from || g->start >= ce) continue;
        size_t k = link_word_at(sc, g->end);
        for (size_t q = k; q < sc->nw && q < k + 10; q++) {
            if (!link_word_in(t, &sc->w[q], "including|includes|include")) continue;
            *ls = sc->w[q].end;
            *le = UINT32_MAX;
            for (size_t b = 0; b < sc->n_bounds; b++)
                if (sc->bounds[b] > *ls && sc->bounds[b] < *le) *le = sc->bounds[b];
            break;
        }
    }
}

/* Words before word k make the subject a member of the generic plural at
 * k: "is one of", "was among", "are among the", ", one of". */
bool link_one_of(const char *t, const link_scratch *sc, size_t k) {
    if (k >= 1 && link_word_in(t, &sc->w[k - 1], "the")) k--;
    /* "Westchester joined a wave of suburban counties that limited ...",
     * "joined the ranks of", "joined a growing list of": one of them too */
    size_t o = k; /* past adjectives ("a wave of suburban counties") */
    while (o + 2 > k && o >= 2 && !sc->w[o - 1].cap && !link_word_in(t, &sc->w[o - 1], "of") &&
           !sc->w[o].punct_before)
        o--;
    if (o >= 4 && link_word_in(t, &sc->w[o - 1], "of") &&
        link_word_in(t, &sc->w[o - 2], "wave|list|ranks|group|string|number|handful|coalition")) {
        size_t q = o - 3;
        if (q >= 1 && link_word_in(t, &sc->w[q], "growing|long|new|small|short")) q--;
        if (q >= 1 && link_word_in(t, &sc->w[q], "a|the")) q--;
        return link_word_in(t, &sc->w[q], "joined|joins|join|joining");
    }
    /* "Santa Fe County and Taos, two of the 10 New Mexico jurisdictions that" */
    if (k >= 2 && link_word_in(t, &sc->w[k - 1], "of") &&
        link_word_in(t, &sc->w[k - 2], "one|two|three|four|five"))
        k--;
    else if (!(k >= 1 && link_word_in(t, &sc->w[k - 1], "among")))
        return false;
    return k >= 2 &&
           (sc->w[k - 1].punct_before ||
            link_word_in(t, &sc->w[k - 2], "is|was|are|were|remains|became|joins|joined"));
}

/* A hit inside a relative clause on a policy ("challenge an executive
 * order that directs the Attorney General to withhold federal grants from
 * sanctuary jurisdictions") whose target is a generic plural concerns that
 * plural only, not the names of the main clause before it. Keeps only the
 * generic mentions of m (n of them) then; returns the new count. */
size_t link_generic_target_only(const char *t, const link_scratch *sc, const polex_hit *h,
                                link_mention *m, size_t n) {
    size_t hw = link_word_at(sc, h->start), last = 0, tw = 0;
    bool target = false, named_after = false;
    for (size_t i = 0; i < n; i++) {
        if (m[i].generic) {
            size_t g = link_word_at(sc, m[i].start);
            if (m[i].start > h->start && g > 0 && g <= hw + 16 &&
                link_word_in(t, &sc->w[g - 1], "from|to|against|on"))
                target = true, tw = g;
        } else if (m[i].start >= h->start) {
            named_after = true;
        } else {
            size_t e = link_word_at(sc, m[i].end);
            if (e > last) last = e;
        }
    }
    if (!target || named_after || last == 0) return n;
    bool rel = false; /* "that"/"which" after a federal measure's noun, between the names
                       * and the target (a state's "bill that would strip" is the state's) */
    /* the hit on the measure or in its relative clause: "joined Minneapolis
     * in a lawsuit challenging new conditions that would cut off grants to
     * any city" is the plaintiffs' lawsuit */
    for (size_t k = last + 1; k < tw && !rel; k++)
        rel = link_word_in(t, &sc->w[k], "that|which") && !sc->w[k].punct_before &&
              link_word_in(t, &sc->w[k - 1],
                           "order|orders|memo|memorandum|directive|rider|rule|"
                           "provision|provisions|section|conditions|condition") &&
              hw + 4 > k; /* the hit on the measure ("new conditions that") or after it */
    for (size_t q = hw; rel && q < tw && q < hw + 4; q++) /* not a suit over the measure */
        rel = !link_word_in(t, &sc->w[q],
                            "lawsuit|suit|challenging|challenge|over|against|sued|sues");
    if (!rel) return n;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (m[i].generic) m[k++] = m[i];
    return k;
}
