/*
 * locate.c - names that only locate another name.
 *
 * The conventions: a state (or county) used only to tell which place is
 * meant adds nothing beyond the place: "Hood River, Ore.", "Georgia's
 * Gwinnett County", "the Texas city of El Paso", "Sherburne County, a county
 * in central Minnesota", "the Oregon sheriff", "a suburb in Cook County". A
 * state or county modifying a local or generic noun ("a Nevada city",
 * "several Arizona cities") counts only when the event names nothing more
 * specific. A state as the place of unnamed locals ("Texas counties") or as an
 * actor keeps its id.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "link_internal.h"

/* Sets the states inside a generic mention ("several Arizona cities") apart
 * (sc->mods): they modify it, and count only for an event that names
 * nothing more specific. ns: how many of sc->m are specific (they come
 * first). */
void link_drop_modifier_states(const polex_linker *lk, link_scratch *sc, size_t ns) {
    size_t k = 0;
    sc->n_mods = 0;
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *m = &sc->m[i];
        bool drop = false;
        for (size_t g = ns; i < ns && g < sc->nm && !drop; g++)
            drop = m->div >= 0 && sc->m[g].start <= m->start && m->end <= sc->m[g].end &&
                   gz_div_at(lk->gaz, (uint32_t)m->div)->level == GZ_LEVEL_STATE;
        if (drop && sc->n_mods < LINK_MAX_MODS) sc->mods[sc->n_mods++] = *m;
        if (!drop) sc->m[k++] = *m;
    }
    sc->nm = k;
}

/* Words that set a place in part of a state ("a county in central
 * Minnesota", "Ithaca in upstate New York"). */
#define REGION_WORDS                                                                               \
    "northern|southern|eastern|western|central|northeastern|northwestern|southeastern|"            \
    "southwestern|north|south|east|west|upstate|downstate|rural|coastal|suburban|far"

/* Local nouns a ranking word may rank ("the fourth Illinois county"). */
#define LOCAL_NOUNS_RANKED                                                                         \
    "city|town|county|parish|village|borough|municipality|community|jurisdiction|agency|"          \
    "department|sheriff"

/* Words that rank a local among its state's ("the second Texas county"). */
#define RANK_WORDS                                                                                 \
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|only|"           \
    "largest|biggest|newest|oldest|smallest"

/* "the first city in Texas to", "one of the first in Georgia to do so":
 * a state after "in" that ranks a local noun (or the ranking word alone),
 * as "the first Texas city" does. */
static bool ranked_in(const char *t, const link_scratch *sc, const link_mention *x) {
    size_t a = link_word_at(sc, x->start);
    if (a >= 3 && link_word_in(t, &sc->w[a - 1], REGION_WORDS)) a--; /* "in eastern Washington" */
    if (a < 2 || !link_word_in(t, &sc->w[a - 1], "in")) return false;
    /* "the first big-city police agency in Missouri": up to five words */
    for (size_t k = a - 1; k-- > 0 && k + 6 >= a;) {
        if (k + 1 < a - 1 && sc->w[k + 1].punct_before) return false;
        if (link_word_in(t, &sc->w[k], RANK_WORDS)) return true;
    }
    return false;
}

/* ranked_in with a noun between the ranking word and "in" ("the only one
 * in Louisiana", "the first sanctuary city in Arizona"). */
static bool ranked_noun_in(const char *t, const link_scratch *sc, const link_mention *x) {
    if (!ranked_in(t, sc, x)) return false;
    size_t a = link_word_at(sc, x->start);
    for (size_t k = a - 1; k-- > 0 && k + 6 >= a && !link_word_in(t, &sc->w[k], RANK_WORDS);)
        if (link_word_in(t, &sc->w[k], "one|" LOCAL_NOUNS_RANKED)) return true;
    return false;
}

/* "the second Texas border county to sue", "the fourth Illinois county to
 * approve": a state after a ranking word, before a local noun (one word
 * may stand between), places the local the sentence names, as "a Nevada
 * city" does (corpora/README, session 16). */
static bool ranked_before(const char *t, const link_scratch *sc, const link_mention *x) {
    size_t a = link_word_at(sc, x->start), e = link_word_at(sc, x->end);
    if (a == 0 || sc->w[a].punct_before || !link_word_in(t, &sc->w[a - 1], RANK_WORDS))
        return false;
    for (size_t k = e; k < sc->nw && k < e + 2 && !sc->w[k].punct_before && !sc->w[k].cap; k++)
        if (link_word_in(t, &sc->w[k], LOCAL_NOUNS_RANKED)) return true;
    return false;
}

/* "made it Arizona's first sanctuary city", "Ohio's largest county": a
 * state's possessive before a ranking word and a local noun (one word may
 * stand between) places the local the sentence names, as "the first
 * Arizona city" does. */
static bool ranked_possessive(const char *t, const link_scratch *sc, const link_mention *x) {
    size_t e = link_word_at(sc, x->end);
    if (e + 2 >= sc->nw || !link_possessive_s(t, &sc->w[e]) ||
        !link_word_in(t, &sc->w[e + 1], RANK_WORDS))
        return false;
    for (size_t k = e + 2; k < sc->nw && k < e + 4 && !sc->w[k].punct_before && !sc->w[k].cap; k++)
        if (link_word_in(t, &sc->w[k], LOCAL_NOUNS_RANKED)) return true;
    return false;
}

/* Marks the counties (of the ns specific mentions) written right before a
 * local noun ("becoming the third Monmouth County municipality to sign",
 * "a Cook County suburb"): they place a town the sentence names or speaks
 * of, as a state before a generic plural does. */
void link_county_modifiers(const polex_gazetteer *gaz, const char *t, link_scratch *sc, size_t ns) {
    for (size_t i = 0; i < ns; i++) {
        link_mention *x = &sc->m[i];
        if (x->generic || x->div < 0 || x->seat) continue;
        int lv = gz_div_at(gaz, (uint32_t)x->div)->level;
        size_t e = link_word_at(sc, x->end);
        /* "the only one in Louisiana." ranks at a clause's end as well, when
         * a noun is ranked ("tested first in Ohio." ranks none) */
        bool last = e >= sc->nw || sc->w[e].punct_before;
        if (lv == GZ_LEVEL_STATE && ((last ? ranked_noun_in(t, sc, x) : ranked_in(t, sc, x)) ||
                                     ranked_possessive(t, sc, x))) {
            x->seat = LINK_SEAT_MODIFIER;
            continue;
        }
        if (last) continue;
        if ((lv == GZ_LEVEL_COUNTY &&
             link_word_in(t, &sc->w[e],
                          "municipality|town|township|suburb|borough|village|community")) ||
            (lv == GZ_LEVEL_STATE &&
             link_word_in(t, &sc->w[e], "city|town|municipality|community|jurisdiction|suburb")) ||
            /* "Deschutes County, an Oregon county of 200,000" describes it,
             * and "than any other New Jersey county" compares it; "the third
             * Wisconsin county to join" counts the state's */
            (lv == GZ_LEVEL_STATE && link_word_in(t, &sc->w[e], "county|parish|village|borough") &&
             link_word_at(sc, x->start) > 0 &&
             link_word_in(t, &sc->w[link_word_at(sc, x->start) - 1], "a|an|other|another")) ||
            (lv == GZ_LEVEL_PLACE && link_word_in(t, &sc->w[e], "suburb|suburbs")) ||
            (lv == GZ_LEVEL_STATE && ranked_before(t, sc, x)))
            x->seat = LINK_SEAT_MODIFIER;
    }
}

/* Local nouns a state adjective may place ("the Texas city of El Paso",
 * "the Colorado cities of Aurora and Boulder", "Minnesota's largest
 * counties, Hennepin and Ramsey"). */
#define LOCAL_NOUNS                                                                                \
    "city|cities|town|towns|county|counties|village|villages|borough|boroughs|suburb|suburbs|"     \
    "community|communities|municipality|municipalities|parish|parishes|township|townships"

/* The words between a place's end pe and a county's start ms locate the
 * place (", a suburb in Cook County", ", which lies mostly in Fulton
 * County", ", the county seat of"): after a comma, an article or "which"
 * first, a word of placement, "in"/"of" last, no other comma, at most six
 * words. */
static bool locating_apposition(const char *t, const link_scratch *sc, uint32_t pe, uint32_t ms) {
    if (ms - pe < 8 || ms - pe > 64 || t[pe] != ',') return false; /* most pairs end here */
    uint32_t q = pe + 1;
    while (q < ms && t[q] == ' ')
        q++;
    if (t[q] != 'a' && t[q] != 't' && t[q] != 'w') return false; /* a|an|the|which */
    size_t a = link_word_at(sc, pe), b = link_word_at(sc, ms);
    if (b > a + 3 && link_word_in(t, &sc->w[b - 1], REGION_WORDS)) b--; /* "in central" */
    if (b < a + 3 || b > a + 8 || !memchr(t + pe, ',', sc->w[a].start - pe) ||
        !link_word_in(t, &sc->w[a], "a|an|the|which") || !link_word_in(t, &sc->w[b - 1], "in|of"))
        return false;
    bool placed = false;
    for (size_t k = a + 1; k < b; k++) {
        /* a population's thousands ("a city of about 70,000 in") are no break */
        bool thousands = sc->w[k].start == sc->w[k - 1].end + 1 && t[sc->w[k - 1].end] == ',' &&
                         isdigit((unsigned char)t[sc->w[k].start]) &&
                         isdigit((unsigned char)t[sc->w[k - 1].end - 1]);
        if (sc->w[k].punct_before && !thousands) return false;
        placed |= link_word_in(t, &sc->w[k],
                               "city|suburb|town|village|community|borough|township|county|parish|"
                               "seat|lies|sits|located|situated|is");
    }
    return placed;
}

/* "Santa Fe, the New Mexico capital,", "Fargo, a North Dakota city of
 * 125,000": an apposition right after the place p whose state m only
 * qualifies a local noun (one adjective may stand before it). */
static bool state_apposition(const char *t, const link_scratch *sc, const link_mention *p,
                             const link_mention *m) {
    size_t a = link_word_at(sc, p->end), b = link_word_at(sc, m->start);
    if (b != a + 1 || !memchr(t + p->end, ',', sc->w[a].start - p->end) ||
        !link_word_in(t, &sc->w[a], "the|a|an"))
        return false;
    size_t e = link_word_at(sc, m->end);
    if (e < sc->nw && link_possessive_s(t, &sc->w[e])) e++;
    for (size_t k = e; k < sc->nw && k < e + 2 && !sc->w[k].punct_before; k++)
        if (link_word_in(t, &sc->w[k], LOCAL_NOUNS "|capital|seat|hub")) return true;
    return false;
}

/* "Norman, the Cleveland County seat,", "Evanston, a Cook County suburb":
 * an apposition right after the place p that calls it the seat, a city or
 * a town of the county m, which only locates it (like ", a city in Cook
 * County"; corpora/README: a county that an apposition says locates the
 * place before it). */
static bool seat_apposition(const char *t, const link_scratch *sc, const link_mention *p,
                            const link_mention *m) {
    size_t a = link_word_at(sc, p->end), e = link_word_at(sc, m->end);
    return a + 1 == link_word_at(sc, m->start) && e < sc->nw &&
           memchr(t + p->end, ',', sc->w[a].start - p->end) &&
           link_word_in(t, &sc->w[a], "the|a|an") &&
           link_word_in(t, &sc->w[e], "seat|city|town|village|suburb|community|borough") &&
           !sc->w[e].punct_before;
}

/* The state m only locates the local division p before it, in the same
 * noun phrase ("the Arlington Police Department in Texas", "Arlington in
 * Texas") or an apposition (", a city in Texas"): p's own state, after "in"
 * and at most four capitalized words of p's agency; so does a city of the
 * county p after its agency ("the Greene County Sheriff's Office in
 * Springfield"). */
static bool locating_state(const polex_linker *lk, const char *t, const link_scratch *sc,
                           const link_mention *p, const link_mention *m) {
    const gz_div *d = gz_div_at(lk->gaz, (uint32_t)m->div);
    const gz_div *pd = gz_div_at(lk->gaz, (uint32_t)p->div);
    /* a county's agency located in a city: "the Greene County Sheriff's
     * Office in Springfield, Mo." */
    bool seat = d->level == GZ_LEVEL_PLACE && pd->level == GZ_LEVEL_COUNTY;
    if ((d->level != GZ_LEVEL_STATE && !seat) || pd->level == GZ_LEVEL_STATE ||
        strcmp(d->state, pd->state))
        return false;
    if (!seat && (locating_apposition(t, sc, p->end, m->start) || state_apposition(t, sc, p, m)))
        return true;
    size_t a = link_word_at(sc, p->end), b = link_word_at(sc, m->start);
    /* a region of the state in an apposition: "Collier County, on Florida's
     * Gulf Coast,", "Bonner County, in Idaho's Panhandle," */
    size_t e = link_word_at(sc, m->end);
    if (!seat && b == a + 1 && link_word_in(t, &sc->w[a], "in|on|along") &&
        memchr(t + p->end, ',', sc->w[a].start - p->end) && e + 1 < sc->nw &&
        link_possessive_s(t, &sc->w[e]) && sc->w[e + 1].cap)
        return true;
    if (b > a + 1 && link_word_in(t, &sc->w[b - 1], REGION_WORDS)) b--; /* "in southern Oregon" */
    if (b == 0 || b <= a || b > a + 5 || !link_word_in(t, &sc->w[b - 1], "in")) return false;
    if (seat && b < a + 2) return false; /* an agency's words stand between */
    /* an apposition: "Jackson County, in southern Oregon, signed" */
    if (!seat && b == a + 1 && memchr(t + p->end, ',', sc->w[a].start - p->end)) return true;
    for (size_t k = a; k < b; k++) {
        bool poss = k > 0 && link_possessive_s(t, &sc->w[k]);
        /* "the Windham County sheriff in Vermont" */
        if (k < b - 1 && !sc->w[k].cap && !poss &&
            !link_word_in(t, &sc->w[k],
                          "counties|parishes|sheriff|jail|police|office|board|"
                          "council|commission|commissioners|supervisors|officials"))
            return false;
        if (memchr(t + (k ? sc->w[k - 1].end : sc->w[k].start), ',',
                   sc->w[k].start - (k ? sc->w[k - 1].end : sc->w[k].start)))
            return false;
    }
    return true;
}

/* The state p only locates the local division m of it right after its
 * possessive: "New York's Westchester County", "Vermont's Burlington". */
static bool possessive_state(const polex_linker *lk, const char *t, const link_mention *p,
                             const link_mention *m) {
    uint32_t gap = m->start - p->end;
    const char *g = t + p->end;
    if (!((gap == 3 && g[0] == '\'' && g[1] == 's' && g[2] == ' ') ||
          (gap == 5 && !memcmp(g, "\xE2\x80\x99s ", 5)) || (gap == 2 && !memcmp(g, "' ", 2)) ||
          (gap == 4 && !memcmp(g, "\xE2\x80\x99 ", 4))))
        return false;
    const gz_div *d = gz_div_at(lk->gaz, (uint32_t)m->div);
    const gz_div *pd = gz_div_at(lk->gaz, (uint32_t)p->div);
    return pd->level == GZ_LEVEL_STATE && d->level != GZ_LEVEL_STATE &&
           !strcmp(d->state, pd->state);
}

/* Drops a county that only locates the place before it, in an address
 * ("the Borough of State College, Centre County, Pennsylvania": a county
 * with a state qualifier right after a place of that state and a comma) or
 * an apposition (see locating_apposition).
 * ns: how many of sc->m are specific (first). Returns the new count. */
size_t link_drop_address_counties(const polex_linker *lk, const char *t, link_scratch *sc,
                                  size_t ns) {
    size_t k = 0, kept = 0;
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *m = &sc->m[i], *p = k ? &sc->m[k - 1] : NULL;
        bool drop = false;
        if (i < ns && p && !p->generic && m->div >= 0 && p->div >= 0 && p->end < m->start &&
            memchr(t + p->end, ',', m->start - p->end)) {
            const gz_div *d = gz_div_at(lk->gaz, (uint32_t)m->div);
            const gz_div *pd = gz_div_at(lk->gaz, (uint32_t)p->div);
            if (d->level == GZ_LEVEL_COUNTY && pd->level == GZ_LEVEL_PLACE &&
                !strcmp(d->state, pd->state)) {
                uint32_t q = p->end;
                while (q < m->start && (t[q] == ' ' || t[q] == ','))
                    q++;
                drop = (q == m->start && memchr(t + m->start, ',', m->end - m->start)) ||
                       locating_apposition(t, sc, p->end, m->start) || seat_apposition(t, sc, p, m);
            }
        }
        if (!drop && i < ns && p && !p->generic && m->div >= 0 && p->div >= 0 && p->end < m->start)
            drop = locating_state(lk, t, sc, p, m);
        if (!drop && i < ns && p && !p->generic && m->div >= 0 && p->div >= 0 &&
            possessive_state(lk, t, p, m)) {
            sc->m[k - 1] = *m; /* "New York's Westchester County": the county */
            continue;
        }
        if (drop) continue;
        kept += i < ns;
        sc->m[k++] = *m;
    }
    sc->nm = k;
    return kept;
}

/* Words of a sentence that make its state an actor rather than a place
 * ("In Texas, a state judge ...", "In Georgia, Gov. Kemp ..."). */
#define STATE_ACTOR_WORDS                                                                          \
    "state|State|governor|Governor|Gov|Gov.|attorney|Attorney|legislature|Legislature|lawmakers|"  \
    "legislators|troopers|Patrol|Senate|House|Assembly"

/* Index (in sc->m) of a specific local mention of state st starting at
 * word k or up to skip words after it, or -1. */
static int local_at(const polex_gazetteer *gaz, const link_scratch *sc, size_t ns, size_t k,
                    size_t skip, const char *st) {
    if (k >= sc->nw) return -1;
    uint32_t lo = sc->w[k].start, hi = k + skip < sc->nw ? sc->w[k + skip].start : sc->end;
    for (size_t i = 0; i < ns; i++) {
        const link_mention *x = &sc->m[i];
        if (x->generic || x->div < 0 || x->start < lo || x->start > hi) continue;
        const gz_div *d = gz_div_at(gaz, (uint32_t)x->div);
        if (d->level != GZ_LEVEL_STATE && !strcmp(d->state, st)) return (int)i;
    }
    return -1;
}

/* Whether the sentence has a word making a state an actor after word k
 * and before word lim. */
static bool state_actor_after(const char *t, const link_scratch *sc, size_t k, size_t lim) {
    for (; k < sc->nw && k < lim; k++)
        if (link_word_in(t, &sc->w[k], STATE_ACTOR_WORDS)) return true;
    return false;
}

/* "OREGON — A federal judge ordered FEMA to restore awards to Lane County":
 * a state heading a roundup's section only tells where the local divisions
 * its item names lie, unless the item also speaks of the state's own
 * officers or laws, as "In Oregon, Lane County ..." does (opening_locator). */
static bool section_locator(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                            size_t ns, const link_mention *m, const char *st) {
    size_t a = link_word_at(sc, m->start), e = link_word_at(sc, m->end);
    return a == 0 && e == sc->first && sc->first > 0 && local_at(gaz, sc, ns, e, sc->nw, st) >= 0 &&
           !state_actor_after(t, sc, e, sc->nw);
}

/* Words that may open a sentence before "in"/"across" and a state
 * ("Meanwhile, in Colorado,", "Elsewhere in Florida,", "And in Utah,",
 * "Across the state line in New Mexico,"). */
#define OPENING_WORDS                                                                              \
    "Meanwhile|meanwhile|Elsewhere|elsewhere|And|and|But|but|Also|also|Similarly|Likewise|Back|"   \
    "Over|Farther|Further|Nearby|Next|door|Still|Yet|So|Then|Across|Just|just|the|state|line|"     \
    "border|river"

/* "upstate", "western", "southwest", "south-central": a word that sets a
 * part of a state apart (REGION_WORDS, or compass points run together). */
static bool region_word(const char *t, const link_word *w) {
    if (link_word_in(t, w, REGION_WORDS)) return true;
    static const char *const parts[] = {"north", "south", "east", "west", "central"};
    uint32_t i = w->start, parts_seen = 0;
    while (i < w->end) {
        if (t[i] == '-' && parts_seen) {
            i++;
            continue;
        }
        size_t k = 0;
        for (; k < sizeof parts / sizeof *parts; k++) {
            size_t n = strlen(parts[k]);
            if (i + n <= w->end && !strncmp(t + i, parts[k], n)) break;
        }
        if (k == sizeof parts / sizeof *parts) return false;
        i += (uint32_t)strlen(parts[k]);
        parts_seen++;
    }
    return parts_seen > 1;
}

/* "In Utah, where a 2025 law requires jails to honor detainers, ...": a
 * "where" clause at word k stating a law of the state (not "where there
 * is no law like Texas's"); the state's law acts on the sentence's local
 * event (link_where_law_state), so the state is no mere locator. */
static bool where_law(const char *t, const link_scratch *sc, size_t k) {
    if (k >= sc->nw || !link_word_in(t, &sc->w[k], "where")) return false;
    bool law = false;
    for (size_t q = k + 1;
         q < sc->nw && !memchr(t + sc->w[q - 1].end, ',', sc->w[q].start - sc->w[q - 1].end); q++) {
        if (link_word_in(t, &sc->w[q], "neither|nor|not|no|never")) return false;
        law |= link_word_in(t, &sc->w[q], LINK_LAW_NOUNS);
    }
    return law;
}

/* "In Texas, Dallas County signed ...", "Across Ohio, Franklin County
 * ...", "Meanwhile, in Colorado, Boulder County ...": a state opening the
 * sentence before a comma only tells where the local divisions named after
 * it lie (lead ruling, session 12, on the session-9 convention), unless the
 * sentence speaks of the state's own officers, laws or acts ("In Georgia,
 * the state sued Athens-Clarke County"). */
static bool opening_locator(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                            size_t ns, const link_mention *m, const char *st, size_t lim) {
    size_t a = link_skip_state_of(t, sc->w, link_word_at(sc, m->start), sc->first + 1);
    size_t e = link_word_at(sc, m->end);
    /* "In upstate New York,", "Elsewhere in south-central Pennsylvania," */
    for (int r = 0;
         r < 2 && a > sc->first + 1 && region_word(t, &sc->w[a - 1]) && !sc->w[a - 1].punct_before;
         r++)
        a--;
    /* (up to "Just across the state line in New Mexico,") */
    if (a <= sc->first || a > sc->first + 6 ||
        !link_word_in(t, &sc->w[a - 1], "In|in|Across|across|Throughout|throughout"))
        return false;
    for (size_t k = sc->first; k + 1 < a; k++)
        if (!link_word_in(t, &sc->w[k], OPENING_WORDS)) return false;
    if (e < sc->nw && link_word_in(t, &sc->w[e], "state") && !sc->w[e].punct_before)
        e++; /* "In Washington state, King County ..." */
    if (e >= sc->nw || !memchr(t + sc->w[e - 1].end, ',', sc->w[e].start - sc->w[e - 1].end))
        return false;
    return e < lim && local_at(gaz, sc, ns, e, lim - e, st) >= 0 &&
           !state_actor_after(t, sc, e, lim) && !where_law(t, sc, e);
}

/* "In Nebraska, Douglas County Sheriff X said his office would not sign
 * ..., despite a letter from Gov. Y urging every sheriff in the state to
 * join": the state's officer in another clause keeps the state in the
 * sentence (opening_locator), but in the clause ending at byte ce that
 * names its local and no officer or law of the state, the opening state
 * only locates that local. Whether m is such a state. */
bool link_clause_opening_locator(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                                 const link_mention *m, uint32_t ce) {
    if (m->generic || m->div < 0 || ce >= sc->end) return false;
    const gz_div *d = gz_div_at(gaz, (uint32_t)m->div);
    if (d->level != GZ_LEVEL_STATE || link_word_at(sc, m->start) > sc->first + 7 ||
        !link_word_in(t, &sc->w[sc->first], "In|Throughout|" OPENING_WORDS))
        return false;
    size_t lim = link_word_at(sc, ce);
    return lim < sc->nw && opening_locator(gaz, t, sc, sc->nm, m, d->state, lim);
}

/* "Washington state's King County": the state's possessive with "state"
 * between, which possessive_state (a bare possessive) does not see. */
static bool state_word_possessive(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                                  size_t ns, const link_mention *m, const char *st) {
    size_t e = link_word_at(sc, m->end);
    return e + 2 < sc->nw && link_word_in(t, &sc->w[e], "state") && !sc->w[e].punct_before &&
           link_possessive_s(t, &sc->w[e + 1]) && local_at(gaz, sc, ns, e + 2, 0, st) >= 0;
}

/* Whether word a (a state's first word) follows a determiner, maybe with a
 * capitalized part of the state between ("the Texas", "the West Texas"). */
static bool determined_state(const char *t, const link_scratch *sc, size_t a) {
    if (a >= 2 && sc->w[a - 1].cap && !sc->w[a - 1].punct_before &&
        link_word_in(t, &sc->w[a - 1],
                     "West|East|North|South|Central|Western|Eastern|Northern|"
                     "Southern|Northeast|Northwest|Southeast|Southwest"))
        a--;
    return a >= 1 && link_word_in(t, &sc->w[a - 1], "the|The");
}

/* "the Texas city of El Paso", "the Colorado cities of Aurora and Boulder",
 * "Minnesota's largest counties, Hennepin and Ramsey", "the Texas border
 * city of Laredo": a state before a local noun whose members follow right
 * after "of", a comma or a dash. */
static bool naming_locator(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                           size_t ns, const link_mention *m, const char *st) {
    size_t e = link_word_at(sc, m->end);
    bool poss = e < sc->nw && link_possessive_s(t, &sc->w[e]);
    e += poss;
    /* a possessive may have adjectives before the noun ("largest"), and so
     * may a state after "the" ("the Colorado college town of Boulder"); a
     * bare adjective state none ("Texas sued the city of Austin") */
    size_t span = poss || determined_state(t, sc, link_word_at(sc, m->start)) ? 3 : 1;
    for (size_t k = e; k < sc->nw && k < e + span; k++) {
        if (k > e && sc->w[k].punct_before) return false;
        if (!link_word_in(t, &sc->w[k], LOCAL_NOUNS)) {
            if (sc->w[k].cap || link_word_in(t, &sc->w[k], "the|a|an|to|of|in|and|or"))
                return false;
            continue;
        }
        if (k + 1 >= sc->nw) return false;
        /* the local's mention starts after "of", or at the noun when it is
         * a county's ("the Oregon county of Multnomah": "county of
         * Multnomah" is one mention) */
        if (link_word_in(t, &sc->w[k + 1], "of"))
            return local_at(gaz, sc, ns, k + 2, 0, st) >= 0 || local_at(gaz, sc, ns, k, 0, st) >= 0;
        const char *g = t + sc->w[k].end;
        size_t gl = sc->w[k + 1].start - sc->w[k].end;
        const char *u = memchr(g, '\xE2', gl); /* an em or en dash: E2 80 94 / 93 */
        bool dash =
            u && (size_t)(u - g) + 3 <= gl && u[1] == '\x80' && (u[2] == '\x94' || u[2] == '\x93');
        bool sep = memchr(g, ',', gl) || memchr(g, ':', gl) || memchr(g, '-', gl) || dash;
        return sep && local_at(gaz, sc, ns, k + 1, 0, st) >= 0;
    }
    return false;
}

/* "The Oregon sheriff's office", "the Texas jail", "Sheriff Ann Lee of
 * Polk County, a Florida sheriff": a state adjective on a local office
 * the story or sentence names describes it; the office is no state's. An
 * indefinite one in a sentence naming no local of the state ("filed
 * against a Georgia sheriff", "at another Ohio jail") is an unnamed local
 * the state places, which adds the state (corpora/README, session 13:
 * "the only large Arizona county"), as "another" one always is. */
static bool office_locator(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                           size_t ns, const link_mention *m, const char *st) {
    size_t a = link_word_at(sc, m->start), e = link_word_at(sc, m->end);
    if (a == 0 || e >= sc->nw || sc->w[e].punct_before ||
        !link_word_in(t, &sc->w[e], "sheriff|jail"))
        return false;
    return link_word_in(t, &sc->w[a - 1], "the|The|that|this") ||
           (link_word_in(t, &sc->w[a - 1], "a|A|an|An") &&
            local_at(gaz, sc, ns, 0, sc->nw, st) >= 0);
}

/* "Tompkins County, home to Ithaca in upstate New York": a state after "in"
 * and a word of its part, right after a name, places that name (even one
 * not spotted as a jurisdiction) when the sentence names a local division
 * of the state. */
static bool region_locator(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                           size_t ns, const link_mention *m, const char *st) {
    size_t a = link_word_at(sc, m->start);
    /* (or after the local officers of a division the sentence names: "gave
     * Missoula County until Nov. 1 ..., county commissioners in western
     * Montana were not the only ones") */
    return a >= 3 && link_word_in(t, &sc->w[a - 1], REGION_WORDS) &&
           link_word_in(t, &sc->w[a - 2], "in") &&
           (sc->w[a - 3].cap ||
            (link_word_in(t, &sc->w[a - 3], "commissioners|supervisors|officials|deputies") &&
             a >= 4 && link_word_in(t, &sc->w[a - 4], "county|city|town"))) &&
           !sc->w[a - 2].punct_before && local_at(gaz, sc, ns, 0, sc->nw, st) >= 0;
}

/* Drops the states (of the ns specific mentions of sc->m) that only locate
 * a local division or office (the conventions: "a state used only to tell
 * which place is meant adds nothing beyond the place"): see the
 * predicates above; "Brattleboro, Vt." and "Georgia's Gwinnett County" are
 * link_drop_address_counties'. Returns the new count. */
size_t link_drop_locator_states(const polex_linker *lk, const char *t, link_scratch *sc,
                                size_t ns) {
    size_t k = 0, kept = 0;
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *m = &sc->m[i];
        const gz_div *d = i < ns && !m->generic && m->div >= 0 && m->seat == LINK_SEAT_NONE
                              ? gz_div_at(lk->gaz, (uint32_t)m->div)
                              : NULL;
        if (d && d->level == GZ_LEVEL_STATE &&
            (section_locator(lk->gaz, t, sc, ns, m, d->state) ||
             opening_locator(lk->gaz, t, sc, ns, m, d->state, sc->nw) ||
             state_word_possessive(lk->gaz, t, sc, ns, m, d->state) ||
             naming_locator(lk->gaz, t, sc, ns, m, d->state) ||
             office_locator(lk->gaz, t, sc, ns, m, d->state) ||
             region_locator(lk->gaz, t, sc, ns, m, d->state)))
            continue;
        kept += i < ns;
        sc->m[k++] = *m;
    }
    sc->nm = k;
    return kept;
}
