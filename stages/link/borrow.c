/*
 * borrow.c - clause borrowing.
 *
 * A clause that names nobody may take the names of a parallel clause
 * ("Oregon sued in May; Portland joined in June", "Portland, which ...,
 * joined the suit") when both state the same kind of act. Borrowing is where
 * names leak between clauses (a local id from a neighbouring clause), so its
 * conditions are kept in one place.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "link_internal.h"

/* Whether the clause [cs, ce) has a name for subject: its first specific
 * mention among its first five words ("Lawrence adopted", "and Haverhill
 * passed", "the Denver jail gives", "Since 2017 Burlington has",
 * "WHEREAS, the cities of Somerville"), no comma after the first word. */
static bool name_subject(const char *t, const link_scratch *sc, uint32_t cs, uint32_t ce) {
    size_t a = cs ? link_word_at(sc, cs) : sc->first;
    if (a < sc->nw && link_word_in(t, &sc->w[a], "and")) a++;
    if (a >= sc->nw) return false;
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *x = &sc->m[i];
        if (x->generic || x->div < 0 || x->start < sc->w[a].start) continue;
        if (x->start >= ce || !link_seat_ok(x)) return false;
        size_t k = link_word_at(sc, x->start);
        if (k > a + 4) return false;
        for (size_t q = a + 2; q <= k; q++)
            if (sc->w[q].punct_before) return false;
        return true;
    }
    return false;
}

/* The end of the clause that starts at bound index b (UINT32_MAX: the
 * sentence's end). */
static uint32_t clause_end_at(const link_scratch *sc, size_t b) {
    return b + 1 < sc->n_bounds ? sc->bounds[b + 1] : UINT32_MAX;
}

/* The checks of link_parallel_clause on the other clause [ps, pe) of hit h. */
static bool after_semicolon(const char *t, const link_scratch *sc, uint32_t cs);
static bool parallel_ok(const polex_gazetteer *gaz, const polex_doc *doc, const polex_hit *h,
                        const link_scratch *sc, uint32_t ps, uint32_t pe) {
    const char *t = doc->text;
    uint32_t lo = ps ? ps : sc->start, hi = pe == UINT32_MAX ? sc->end : pe;
    /* a clause of its own ("California law, and Santa Ana's ordinance" is
     * a list), done ("and Oak Park is considering one" is not), by a local
     * government (", and the state of Oregon filed an amicus brief" backs
     * the suit), of the same kind for a lawsuit ("and the town passed an
     * ordinance" is no suit) */
    size_t a = link_word_at(sc, lo), e = link_word_at(sc, hi), n = e - a;
    bool lit = !strcmp(h->type, "litigation"), topic = false;
    /* a planned act goes on with another one planned ("the city will file
     * suit within days, and that Cook County is expected to join") */
    bool planned = false;
    uint32_t hcs, hce;
    link_clause_of(sc, h->start, &hcs, &hce);
    for (size_t k = link_word_at(sc, hcs); k < sc->nw && sc->w[k].start < hce && !planned; k++)
        planned = link_word_in(t, &sc->w[k], "will|plans|planning|expected|intends");
    for (size_t k = a; k < e; k++) {
        /* ... or a party expected to join a suit ("; Santa Fe expected to follow") */
        if (link_word_in(t, &sc->w[k], "expected|plans|planning|intends") &&
            (planned || (lit && k + 2 < e && link_word_in(t, &sc->w[k + 1], "to") &&
                         link_word_in(t, &sc->w[k + 2], "join|follow"))))
            continue;
        if (link_word_in(t, &sc->w[k],
                         "considering|weighing|debating|may|might|could|would|plans|"
                         "planning|expected|proposed|studying|tabled|postponed|deferred|shelved"))
            return false;
        /* "holds detainees for ICE ..., and Framingham selectmen rejected a
         * welcoming ordinance": the other clause turns the matter down, the
         * opposite of complying */
        if (!strcmp(h->action, "comply") &&
            link_word_in(t, &sc->w[k], "rejected|rejects|defeated|defeats|opposed|opposes"))
            return false;
        /* "and Clark County has not changed that policy since", "has never
         * joined": the other clause says what did not happen ("does not notify
         * ICE" is a policy of its own, the same kind) */
        if (k + 1 < e && link_word_in(t, &sc->w[k], "not|never|n't|yet") &&
            link_word_in(t, &sc->w[k + 1],
                         "changed|change|joined|join|adopted|adopt|followed|follow|decided|said|"
                         "taken|acted|signed|sued"))
            return false;
        /* "Omaha has no comparable ordinance": the other clause has none */
        if (k > a && link_word_in(t, &sc->w[k], "no") &&
            link_word_in(t, &sc->w[k - 1], "has|have|had|adopted|passed"))
            return false;
        /* the clause speaks of the same matter ("joined the suit"; "a
         * similar policy", "ICE", "detainers"): "Denver sued in March, and
         * Aurora said it would comply" are two */
        topic |=
            lit ? link_word_in(t, &sc->w[k],
                               "sue|sued|suit|lawsuit|joined|join|joins|joining|follow|follows|"
                               "followed") ||
                      /* "and Las Cruces signed on after its council met" */
                      (k + 1 < e && link_word_in(t, &sc->w[k], "signed") &&
                       link_word_in(t, &sc->w[k + 1], "on"))
                : link_word_in(t, &sc->w[k],
                               "ICE|immigration|detainer|detainers|sanctuary|welcoming|ordinance|"
                               "policy|similar|same|identical|version|agents|followed|likewise");
    }
    /* a short clause of its own after ";" ("...; Albany, Rochester join") */
    if (n < (lo && after_semicolon(t, sc, lo) ? 3u : 4u) || !topic) return false;
    for (size_t i = 0; i < sc->nm; i++)
        if (!sc->m[i].generic && sc->m[i].div >= 0 && sc->m[i].start >= lo && sc->m[i].start < hi &&
            gz_div_at(gaz, (uint32_t)sc->m[i].div)->level == GZ_LEVEL_STATE)
            return false;
    for (size_t i = 0; i < doc->n_hits; i++) {
        const polex_hit *g = &doc->hits[i];
        if (g != h && g->sentence == h->sentence && g->start >= lo && g->start < hi) return false;
    }
    return true;
}

/* Two clauses joined by ", and", each with a name for subject, the other
 * one holding no hit of its own: "Lawrence adopted a similar ordinance in
 * 2017, and Haverhill passed its own version in June", "Seattle sued in
 * August, and Tacoma and King County joined the suit". The gold codes one
 * event per sentence, type and action, and the match stage keeps one hit of
 * them: the event is both clauses'. Sets [*ps, *pe) to the other clause of
 * the hit h in clause [cs, ce); false when there is none. */
/* A clause starting at byte cs follows a semicolon ("Albuquerque and
 * Bernalillo County join multistate suit; Santa Fe expected to follow"). */
static bool after_semicolon(const char *t, const link_scratch *sc, uint32_t cs) {
    while (cs > sc->start && t[cs - 1] == ' ')
        cs--;
    return cs > sc->start && t[cs - 1] == ';';
}
/* The clause at ce follows "N days after" / "a week before" and does the
 * same thing again ("voted to bar ICE agents ..., two days after Arlington
 * County adopted a nearly identical rule"): "identical", "similar" or
 * "same" among its first words. */
static bool same_act_after(const char *t, const link_scratch *sc, uint32_t ce) {
    size_t k = link_word_at(sc, ce);
    if (k < 2 || k >= sc->nw || !link_word_in(t, &sc->w[k - 1], "after|before")) return false;
    for (size_t q = k; q < sc->nw && q < k + 9; q++)
        if (link_word_in(t, &sc->w[q], "identical|similar|same")) return true;
    return false;
}
bool link_parallel_clause(const polex_gazetteer *gaz, const polex_doc *doc, const polex_hit *h,
                          const link_scratch *sc, uint32_t cs, uint32_t ce, uint32_t *ps,
                          uint32_t *pe) {
    if (strcmp(h->type, "noncooperation") != 0 && strcmp(h->type, "litigation") != 0)
        return false; /* acts that run in parallel: "X limits ..., and Y bars ..." */
    const char *t = doc->text;
    size_t b = SIZE_MAX; /* the bound index of cs (SIZE_MAX: the sentence's start) */
    for (size_t q = 0; cs && q < sc->n_bounds; q++)
        if (sc->bounds[q] == cs) b = q;
    if (cs && b == SIZE_MAX) return false;
    bool found = false;
    if (cs &&
        (link_word_in(t, &sc->w[link_word_at(sc, cs)], "and") || after_semicolon(t, sc, cs))) {
        *ps = b ? sc->bounds[b - 1] : 0, *pe = cs;
        found = true;
    } else if (ce != UINT32_MAX) {
        size_t nb = b == SIZE_MAX ? 0 : b + 1;
        if (nb < sc->n_bounds && sc->bounds[nb] == ce &&
            (link_word_in(t, &sc->w[link_word_at(sc, ce)], "and") || after_semicolon(t, sc, ce)))
            *ps = ce, *pe = clause_end_at(sc, nb), found = true;
    }
    if (!found && ce != UINT32_MAX && same_act_after(t, sc, ce)) {
        size_t nb = b == SIZE_MAX ? 0 : b + 1;
        *ps = ce, *pe = nb < sc->n_bounds ? clause_end_at(sc, nb) : UINT32_MAX, found = true;
    }
    if (!found || !name_subject(t, sc, cs, ce) || !name_subject(t, sc, *ps, *pe)) return false;
    return parallel_ok(gaz, doc, h, sc, *ps, *pe);
}

/* The same for a hit in a main clause going on after a closed relative
 * clause on its subject ("Gwinnett County, which ended its agreement in
 * 2021, applied to rejoin the program, and Cobb County's sheriff signed a
 * new agreement"): [acs, ace) is the clause of the subject, ce the end of
 * the hit's clause. */
bool link_resumed_parallel(const polex_gazetteer *gaz, const polex_doc *doc, const polex_hit *h,
                           const link_scratch *sc, uint32_t acs, uint32_t ace, uint32_t ce,
                           uint32_t *ps, uint32_t *pe) {
    if ((strcmp(h->type, "noncooperation") != 0 && strcmp(h->type, "litigation") != 0) ||
        ce == UINT32_MAX)
        return false;
    const char *t = doc->text;
    size_t nb = SIZE_MAX;
    for (size_t q = 0; q < sc->n_bounds; q++)
        if (sc->bounds[q] == ce) nb = q;
    if (nb == SIZE_MAX || !link_word_in(t, &sc->w[link_word_at(sc, ce)], "and")) return false;
    *ps = ce, *pe = clause_end_at(sc, nb);
    return name_subject(t, sc, acs, ace) && name_subject(t, sc, *ps, *pe) &&
           parallel_ok(gaz, doc, h, sc, *ps, *pe);
}

/* Whether the subject opening at word k is counted ("the three
 * governments", "both cities"): it gathers the names before it ("..., and
 * the three governments sued"), as "the city" points back to one. */
static bool counted_subject(const char *t, const link_scratch *sc, size_t k, uint32_t ce) {
    const char *count = "both|Both";
    if (k < sc->nw && link_word_in(t, &sc->w[k], "the")) k++, count = "two|three|four|five";
    return k + 1 < sc->nw && sc->w[k + 1].start < ce && !sc->w[k + 1].punct_before &&
           link_word_in(t, &sc->w[k], count) &&
           link_word_in(t, &sc->w[k + 1],
                        "cities|counties|governments|jurisdictions|localities|towns|plaintiffs");
}

/* Whether the clause [cs, ce) rules "in their favor" / "in its favor" /
 * "for both", speaks of "the money" (the freeze, the cuts) of another
 * clause, or has "the city" or a counted subject (counted_subject) as its
 * subject: for parties named elsewhere in the sentence. */
bool link_favor_of_them(const char *t, const link_scratch *sc, uint32_t cs, uint32_t ce) {
    for (size_t k = link_word_at(sc, cs); k + 1 < sc->nw && sc->w[k + 1].start < ce; k++)
        if ((link_word_in(t, &sc->w[k], "their|its") &&
             link_word_in(t, &sc->w[k + 1], "favor|favour")) ||
            /* "blocked those conditions for both" */
            (link_word_in(t, &sc->w[k], "for") && !sc->w[k + 1].punct_before &&
             link_word_in(t, &sc->w[k + 1], "both|them")) ||
            /* "froze grants to Rochester and Syracuse before a federal judge in
             * Albany ordered the money released": the money of the clause before */
            (link_word_in(t, &sc->w[k], "the") && !sc->w[k + 1].punct_before &&
             link_word_in(t, &sc->w[k + 1], "money|funds|freeze|cuts|withholding")))
            return true;
    size_t k0 = link_word_at(sc, cs); /* the clause's subject */
    if (k0 < sc->nw && link_word_in(t, &sc->w[k0], "and|but")) k0++;
    if (counted_subject(t, sc, k0, ce)) return true;
    /* a clause whose subject is "the city" / "the county" ("Kansas City
     * officials said they would not sign, and the city joined a lawsuit
     * ... in federal court in Seattle"): the party named before, not the
     * seat */
    return k0 + 2 < sc->nw && sc->w[k0 + 2].start < ce && link_word_in(t, &sc->w[k0], "the") &&
           link_word_in(t, &sc->w[k0 + 1], "city|county|town|state") &&
           !sc->w[k0 + 1].punct_before && !sc->w[k0 + 2].punct_before &&
           !link_possessive_s(t, &sc->w[k0 + 1]);
}

/* Whether word k names a local's body or officer ("the county jail", "the
 * city council", "the county sheriff"), lower-case, in one phrase with the
 * word before it. */
static bool local_body(const char *t, const link_scratch *sc, size_t k) {
    return !sc->w[k].punct_before && !sc->w[k].cap && !sc->w[k - 1].punct_before &&
           link_word_in(t, &sc->w[k], "jail|jails|council|board|commission|sheriff|police");
}

/* The level of a relative clause at word k on a local's nameless body
 * (", where" after "the county jail", ", which" after "the city council"):
 * what it tells is that body's, not a name of another kind the sentence
 * gives ("people arrested by officers of the city of Jackson are booked
 * into the county jail, where detainers are honored" is no act of the
 * city's). -1 when word k opens no such clause. */
static int nameless_local_antecedent(const char *t, const link_scratch *sc, size_t k) {
    if (k < 3 || k >= sc->nw || !link_word_in(t, &sc->w[k], "where|which|whose") ||
        !memchr(t + sc->w[k - 1].end, ',', sc->w[k].start - sc->w[k - 1].end))
        return -1;
    const link_word *the = &sc->w[k - 3], *kind = &sc->w[k - 2];
    if (!link_word_in(t, the, "the") || !local_body(t, sc, k - 1)) return -1;
    if (link_word_in(t, kind, "county|parish")) return GZ_LEVEL_COUNTY;
    if (link_word_in(t, kind, "city|town")) return GZ_LEVEL_PLACE;
    return -1;
}

/* The level a clause [cs, ce) refers back to with a subject "the City's"
 * (GZ_LEVEL_PLACE), "the county's" (GZ_LEVEL_COUNTY) or "the state's"
 * (GZ_LEVEL_STATE), "the county" / "The County" / "The state" and its
 * verb, or with a defined term right before the hit at hs ("when the
 * County declined"), or -1. */
int link_back_level(const char *t, const link_scratch *sc, uint32_t cs, uint32_t ce, uint32_t hs) {
    /* the hit's own subject: "after the Department, when the County declined
     * to certify, froze the award" */
    size_t h = link_word_at(sc, hs);
    if (h >= 2 && h < sc->nw && link_word_in(t, &sc->w[h - 2], "the|The") &&
        !sc->w[h - 1].punct_before && !sc->w[h].punct_before) {
        if (link_word_in(t, &sc->w[h - 1], "City|Town")) return GZ_LEVEL_PLACE;
        if (link_word_in(t, &sc->w[h - 1], "County|Parish")) return GZ_LEVEL_COUNTY;
    }
    /* "... after the county sheriff limited cooperation": the hit's subject
     * is the county's (city's) body */
    if (h >= 3 && h < sc->nw && link_word_in(t, &sc->w[h - 3], "the|The") &&
        !sc->w[h].punct_before && local_body(t, sc, h - 1)) {
        if (link_word_in(t, &sc->w[h - 2], "city|town")) return GZ_LEVEL_PLACE;
        if (link_word_in(t, &sc->w[h - 2], "county|parish")) return GZ_LEVEL_COUNTY;
    }
    size_t k0 = link_word_at(sc, cs); /* the clause's subject: its first words */
    int rel = nameless_local_antecedent(t, sc, k0);
    if (rel >= 0) return rel;
    for (size_t k = k0; k + 1 < sc->nw && k < k0 + 2 && sc->w[k + 1].start < ce; k++) {
        if (!link_word_in(t, &sc->w[k], "the|The") || sc->w[k + 1].punct_before ||
            k + 2 >= sc->nw || !link_possessive_s(t, &sc->w[k + 2]))
            continue;
        if (link_word_in(t, &sc->w[k + 1], "city|City|town|Town")) return GZ_LEVEL_PLACE;
        if (link_word_in(t, &sc->w[k + 1], "county|County|parish|Parish")) return GZ_LEVEL_COUNTY;
        if (link_word_in(t, &sc->w[k + 1], "state|State")) return GZ_LEVEL_STATE;
    }
    /* "..., and both county jails decline to hold ...", "and the county
     * sheriff said": a subject the word county (city) modifies points back
     * to counties (cities), not to the places of the other clause */
    if (k0 < sc->nw && link_word_in(t, &sc->w[k0], "and|but")) k0++;
    if (k0 + 2 < sc->nw && sc->w[k0 + 2].start < ce && link_word_in(t, &sc->w[k0], "both|Both") &&
        !sc->w[k0 + 1].punct_before && !sc->w[k0 + 2].punct_before && !sc->w[k0 + 2].cap) {
        if (link_word_in(t, &sc->w[k0 + 1], "county|counties")) return GZ_LEVEL_COUNTY;
        if (link_word_in(t, &sc->w[k0 + 1], "city|cities")) return GZ_LEVEL_PLACE;
    }
    /* "...; county says it won't budge", "..., and the county says": the
     * subject "the county" (a headline's bare "county") and its verb; at
     * the sentence's start too, and as a defined term ("The County has
     * declined since 2019 ..., and Madison's police do not ask"; "The
     * state has not received any notice that the money has been cut, ...,
     * and Frederick County received its payment"): the subject is that
     * level's own, not the other level's names of the other clauses */
    bool the = k0 < sc->nw && link_word_in(t, &sc->w[k0], "the|The");
    size_t s = the ? k0 + 1 : k0;
    const link_word *v = s + 1 < sc->nw ? &sc->w[s + 1] : NULL;

    if (v && v->start < ce && (!sc->w[s].cap || the) && !v->punct_before && !v->cap &&
        (link_word_in(t, v, "says|said|will|would|has|had|is|was|vows|refuses|won't|does|did") ||
         (v->end - v->start > 4 && !memcmp(t + v->end - 2, "ed", 2)) ||
         link_verb_to(t, sc, s + 1))) {
        if (link_word_in(t, &sc->w[s], "city|town|City|Town")) return GZ_LEVEL_PLACE;
        if (link_word_in(t, &sc->w[s], "county|parish|County|Parish")) return GZ_LEVEL_COUNTY;
        if (the && link_word_in(t, &sc->w[s], "state|State")) return GZ_LEVEL_STATE;
    }
    return -1;
}

/* Whether x, named in another clause, is a division of another kind than
 * the one the hit's clause refers back to ("Bexar County ... declined, and
 * the City's police department does not question arrestees": the city's
 * policy is no county's; "the state" acts for no city or county).
 * Counties are told by their written name, since "the city" may be a
 * city-county ("Denver", "San Francisco"). */
bool link_other_level(const polex_gazetteer *gaz, const char *t, const link_mention *x, int back) {
    if (back < 0 || x->div < 0) return false;
    bool county_word = false; /* "Athens-Clarke County" is a place */
    for (uint32_t p = x->start; p + 6 <= x->end && !county_word; p++)
        county_word = !memcmp(t + p, "County", 6) || !memcmp(t + p, "Parish", 6);
    uint8_t lv = gz_div_at(gaz, (uint32_t)x->div)->level;
    if (back == GZ_LEVEL_STATE) return lv == GZ_LEVEL_PLACE || lv == GZ_LEVEL_COUNTY;
    if (back == GZ_LEVEL_COUNTY) return lv == GZ_LEVEL_PLACE && !county_word;
    return lv != GZ_LEVEL_PLACE && lv != GZ_LEVEL_STATE && county_word;
}

/* Whether generic mention g says "other" ("three other Pennsylvania
 * cities", "other jurisdictions"): the places it means are not the ones the
 * sentence names ("The department has frozen grants to three other
 * Pennsylvania cities this year, and it sent Pittsburgh a warning letter"). */
bool link_other_generic(const char *t, const link_scratch *sc, const link_mention *g) {
    size_t a = link_word_at(sc, g->start), e = link_word_at(sc, g->end);
    for (size_t k = a > 0 ? a - 1 : a; k < e && k < sc->nw; k++)
        if (link_word_in(t, &sc->w[k], "other")) return true;
    return false;
}

/* Whether word k is "not" or "never". */
static bool negator(const char *t, const link_scratch *sc, size_t k) {
    return k < sc->nw && link_word_in(t, &sc->w[k], "not|never");
}

/* Whether the mention [ms, me) is said to be left out of the act before
 * it: "though Georgia was not among them", "but Virginia was not part of
 * that case", "the injunction does not cover Virginia localities", "none of
 * the letters went to Nebraska". 2 when an act is said not to reach it
 * ("does not cover"), 1 when it is said to be out of a group or act ("was
 * not among", "not part of", "none ... went to"), 0 otherwise. */
int link_excluded_place(const char *t, const link_scratch *sc, uint32_t ms, uint32_t me) {
    size_t a = link_word_at(sc, ms), b = link_word_at(sc, me);
    if (b < sc->nw && !sc->w[b].punct_before &&
        link_word_in(t, &sc->w[b], "cities|counties|localities|towns|jurisdictions"))
        b++; /* "Virginia localities": the state placing them */
    if (b + 2 < sc->nw && link_word_in(t, &sc->w[b], "was|were|is|are") && negator(t, sc, b + 1) &&
        link_word_in(t, &sc->w[b + 2], "among|part|covered"))
        return 1;
    /* "and Atlanta is not one of them", "Tulsa was not a party to it" */
    if (b + 3 < sc->nw && link_word_in(t, &sc->w[b], "was|were|is|are") && negator(t, sc, b + 1) &&
        ((link_word_in(t, &sc->w[b + 2], "one") && link_word_in(t, &sc->w[b + 3], "of")) ||
         (link_word_in(t, &sc->w[b + 2], "a|among") &&
          link_word_in(t, &sc->w[b + 3], "party|plaintiff|plaintiffs|parties"))))
        return 1;
    if (a >= 2 && link_word_in(t, &sc->w[a - 1], "cover|covers") && negator(t, sc, a - 2)) return 2;
    if (a < 3 || !link_word_in(t, &sc->w[a - 1], "to") ||
        !link_word_in(t, &sc->w[a - 2], "went|go|goes|gone"))
        return 0;
    uint32_t cs, ce; /* "none of the letters went to" */
    link_clause_of(sc, ms, &cs, &ce);
    for (size_t q = link_word_at(sc, cs); q < a; q++)
        if (link_word_in(t, &sc->w[q], "none|None")) return 1;
    return 0;
}
