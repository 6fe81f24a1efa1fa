/* link.c - rule hits become polex.event/1 events.
 *
 * One event per hit, in hit order. The evidence is the hit's sentence. The
 * jurisdictions are the mentions of the hit's clause (a clause that names
 * none falls back to the whole sentence; a dateline never counts), resolved
 * with the rest of the document as context; role "actor" inside the hit's
 * actor role, "location" after "in"/"at" inside or right after a court/actor
 * role, "target" otherwise. Each sentence is split and spotted once for all
 * its hits (the linker's scratch). The passes that decide which mentions
 * count (clauses, borrowing, generic members, laws, court seats, locating
 * names, asides, sections) live one job per file: see link_internal.h.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#define XXH_INLINE_ALL /* short keys: the inlined hash is twice as fast as the call */
#include <xxhash.h>

#include "link_internal.h"
static const polex_role *role_named(const polex_hit *h, const char *name) {
    for (int i = 0; i < h->n_roles && i < POLEX_MAX_ROLES; i++)
        if (h->roles[i].name && !strcmp(h->roles[i].name, name)) return &h->roles[i];
    return NULL;
}
static bool inside(const polex_role *r, uint32_t s, uint32_t e) {
    return r && r->start <= s && e <= r->end;
}

/* The word just before byte s is "in" or "at". */
static bool after_in(const char *t, uint32_t from, uint32_t s) {
    uint32_t e = s;
    while (e > from && t[e - 1] == ' ')
        e--;
    uint32_t b = e;
    while (b > from && t[b - 1] != ' ')
        b--;
    return (e - b == 2 && (!strncasecmp(t + b, "in", 2) || !strncasecmp(t + b, "at", 2)));
}
static uint8_t jur_role(const polex_doc *doc, const polex_hit *h, const polex_sentence *se,
                        const link_mention *m) {
    const polex_role *actor = role_named(h, "actor"), *court = role_named(h, "court");
    const polex_role *target = role_named(h, "target");
    if (inside(target, m->start, m->end) || m->seat == LINK_SEAT_PARTY) return POLEX_ROLE_TARGET;
    const polex_role *agent = actor ? actor : court;
    if (agent && after_in(doc->text, se->start, m->start) && m->start >= agent->start &&
        m->start <= agent->end + 12)
        return POLEX_ROLE_LOCATION;
    if (inside(actor, m->start, m->end) || inside(court, m->start, m->end))
        return court && inside(court, m->start, m->end) ? POLEX_ROLE_LOCATION : POLEX_ROLE_ACTOR;
    return POLEX_ROLE_TARGET;
}
static const char *dup(polex_doc *doc, uint32_t s, uint32_t e, polex_status *rc) {
    const char *p = polex_arena_strndup(doc->arena, doc->text + s, e - s);
    if (!p) *rc = POLEX_ERR_NOMEM;
    return p;
}

/* Whether t[0, n) can hold an amount at all: "$", "...illion", "dollar". */
static bool has_money_word(const char *t, size_t n) {
    if (memchr(t, '$', n)) return true;
    for (const char *p = t, *e = t + n; (p = memchr(p, 'l', (size_t)(e - p))); p++)
        if (p > t && p[-1] == 'i' && e - p >= 5 && !memcmp(p, "llion", 5)) return true;
    for (int k = 0; k < 2; k++) /* "dollar" in any case: from each d, then each D */
        for (const char *p = t, *e = t + n; (p = memchr(p, k ? 'D' : 'd', (size_t)(e - p))); p++)
            if (e - p >= 6 && !strncasecmp(p, "dollar", 6)) return true;
    return false;
}

/* The specific mentions of x, sentence si of doc (after its dateline), into
 * m: the context-free ones (spotted once per document: the document's
 * states need them anyway) when no step of their spotting would have looked
 * at the document, else spotted again with ctx. */
static size_t spot_sentence(polex_linker *lk, const polex_doc *doc, size_t si, const link_text *x,
                            const link_context *ctx, link_mention *m) {
    if (si < doc->n_sentences) {
        link_word w[LINK_MAX_WORDS];
        const link_mention *pm;
        unsigned need;
        size_t n = link_plain_mentions(lk, doc, si, w, m, &pm, &need);
        if (!(need & LINK_NEEDS_DOC) && !((need & LINK_NEEDS_DATELINE) && ctx->dateline_state[0])) {
            if (n && pm != m) memcpy(m, pm, n * sizeof *m);
            return n;
        }
    }
    return link_spot_text(lk, x, ctx, m, LINK_MAX_MENTIONS);
}

/* The clauses a Title Case headline opens before the heads of its hits
 * (link_headline_clauses). */
static void headline_clauses(const polex_doc *doc, link_scratch *sc) {
    uint32_t heads[16];
    size_t nh = 0;
    for (size_t i = 0; i < doc->n_hits && nh < 16; i++)
        if (doc->hits[i].start >= sc->start && doc->hits[i].start < sc->end)
            heads[nh++] = doc->hits[i].start;
    link_headline_clauses(doc->text, sc, heads, nh);
}

/* The words and mentions of sentence se, computed once for all its hits. */
static link_scratch *sentence(polex_linker *lk, const polex_doc *doc, const polex_sentence *se,
                              size_t si, const link_context *ctx) {
    link_scratch *sc = lk->scratch;
    if (sc->valid && sc->start == se->start && sc->end == se->end) return sc;
    sc->start = se->start;
    sc->end = se->end;
    uint32_t de;
    if (si < doc->n_sentences && se == &doc->sentences[si]) { /* split once per document */
        const link_word *ws;
        sc->nw = link_wcache_words(sc->wc, doc, si, sc->w, &ws);
        if (ws != sc->w) memcpy(sc->w, ws, sc->nw * sizeof *ws);
        de = link_wcache_dateline(sc->wc, doc, si);
    } else {
        sc->nw = link_words_split(doc->text, se->start, se->end, sc->w, LINK_MAX_WORDS);
        de = link_dateline_end(doc->text, se->start, se->end);
    }
    /* a dateline names where the story was filed, not what the event concerns */
    size_t k = 0;
    while (de && k < sc->nw && sc->w[k].start < de)
        k++;
    sc->first = k;
    sc->money = has_money_word(doc->text + se->start, se->end - se->start);
    link_text x = {doc->text, sc->w + k, sc->nw - k, se->end};
    link_date_keywords(&x, sc->kw);
    link_find_clauses(doc->text, sc);
    sc->nm = spot_sentence(lk, doc, si, &x, ctx, sc->m);
    headline_clauses(doc, sc);
    sc->nm = link_place_line(lk, doc, si, ctx, sc->m, sc->nm);
    sc->nm = link_section_state(lk, doc->text, sc, k, sc->nm);
    sc->nm = link_section_county(lk, ctx, doc->text, sc, k, sc->nm);
    size_t ns = link_drop_court_seats(lk->gaz, doc->text, sc, sc->nm);
    link_party_seats(lk, doc, sc, ns);
    link_county_modifiers(lk->gaz, doc->text, sc, ns);
    ns = link_drop_signing_places(lk, doc, sc, ns);
    ns = link_drop_address_counties(lk, doc->text, sc, ns);
    ns = link_drop_locator_states(lk, doc->text, sc, ns);
    ns = link_drop_yardstick_laws(lk, doc->text, sc, ns);
    ns = link_drop_descriptive_places(lk, doc->text, sc, ns);
    ns = link_drop_speakers(lk, doc->text, sc, ns);
    ns = link_drop_relatives(doc, si, sc, ns);
    ns = link_drop_state_seats(lk, doc->text, sc, ns);
    link_spot_generic_text(lk, &x, sc->m, &sc->nm, LINK_MAX_MENTIONS);
    sc->n_mods = 0;
    if (sc->nm > ns) link_drop_modifier_states(lk, sc, ns);
    sc->order_done = false;
    sc->acting = -2;
    sc->has_law = -1;
    sc->valid = true;
    return sc;
}

/* The start of the part of the cached sentence after the last semicolon
 * that opens a clause at or before the clause [from, ce), when a specific
 * mention stands between it and ce; else 0. */
static uint32_t semicolon_side(const char *t, const link_scratch *sc, uint32_t from, uint32_t ce) {
    uint32_t semi = 0; /* a clause bound after ';' (a list's semicolons are none) */
    for (size_t b = 0; b < sc->n_bounds; b++) {
        uint32_t p = sc->bounds[b];
        while (p > sc->start && t[p - 1] == ' ')
            p--;
        if (sc->bounds[b] <= from && p > sc->start && t[p - 1] == ';') semi = sc->bounds[b];
    }
    if (!semi) return 0;
    for (size_t i = 0; i < sc->nm; i++)
        if (!sc->m[i].generic && sc->m[i].div >= 0 && link_seat_ok(&sc->m[i]) &&
            sc->m[i].start >= semi && sc->m[i].start < ce)
            return semi;
    return 0;
}

/* "Florida's State Board ... gave Orange County 30 days to expand its
 * cooperation", "he asked the city to repeal it": a hit opening on a
 * demand is the demanded act, the local's; the state named before it
 * demands (its officials act), so it drops when a local of it is kept. */
static size_t drop_demanding_state(const polex_gazetteer *gaz, const char *t,
                                   const link_scratch *sc, uint32_t hs, link_mention *m, size_t n) {
    size_t k = link_word_at(sc, hs);
    if (k >= sc->nw ||
        !link_word_in(t, &sc->w[k], "gave|asked|told|ordered|directed|urged|pressed"))
        return n;
    const char *st = NULL;
    for (size_t i = 0; i < n && !st; i++) {
        int lv = link_mention_level(gaz, &m[i]);
        if (lv >= 0 && lv != GZ_LEVEL_STATE) st = gz_div_at(gaz, (uint32_t)m[i].div)->state;
    }
    if (!st) return n;
    size_t out = 0;
    for (size_t i = 0; i < n; i++)
        if (!(link_mention_level(gaz, &m[i]) == GZ_LEVEL_STATE && m[i].end <= hs &&
              !strcmp(gz_div_at(gaz, (uint32_t)m[i].div)->state, st)))
            m[out++] = m[i];
    return out;
}

/* Whether the mentions chosen (m, n of them) name a specific division
 * other than a place where an actor sits ("a federal judge in Boston"). */
static bool names_specific(const polex_doc *doc, const polex_hit *h, const polex_sentence *se,
                           const link_mention *m, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!m[i].generic && m[i].div >= 0 && jur_role(doc, h, se, &m[i]) != POLEX_ROLE_LOCATION)
            return true;
    return false;
}

/* Whether mention x may count for an event: a court's seat never does
 * ("a federal judge in Seattle", "filed in federal court in Boston", "a
 * federal court in Oregon found"): the court is no party, target or actor. */
bool link_seat_ok(const link_mention *x) {
    return x->seat == LINK_SEAT_NONE || x->seat == LINK_SEAT_AGENCY || x->seat == LINK_SEAT_PARTY ||
           x->seat == LINK_SEAT_MODIFIER || x->seat == LINK_SEAT_LAW;
}

/* The state m names where a court's relief applies ("extended that
 * injunction to every Byrne JAG recipient in the State of Texas", "vacated
 * them for all grantees in Massachusetts"): the session-11 convention adds
 * it to the ruling, not to the motion, conditions or money the sentence
 * also speaks of. A request for that relief stays the litigation's own
 * ("Plaintiffs ask the Court to extend relief to every recipient in
 * Ohio"): lit says the event is litigation. */
static bool relief_area(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                        const link_mention *m, bool lit) {
    if (m->div < 0 || gz_div_at(gaz, (uint32_t)m->div)->level != GZ_LEVEL_STATE) return false;
    size_t a = link_skip_state_of(t, sc->w, link_word_at(sc, m->start), 0);
    if (a < 2 || !link_word_in(t, &sc->w[a - 1], "in|within") ||
        !link_word_in(t, &sc->w[a - 2],
                      "recipient|recipients|grantee|grantees|awardees|jurisdictions|subgrantees"))
        return false;
    bool relief = false;
    for (size_t k = 0; k + 2 < a; k++) {
        if (lit && link_word_in(t, &sc->w[k],
                                "ask|asks|asked|request|requests|requested|seek|"
                                "seeks|sought|asking|seeking|urged|urges"))
            return false;
        relief |=
            link_word_in(t, &sc->w[k], "injunction|relief|enjoined|vacated|extended|VACATE|vacate");
    }
    return relief;
}

/* Whether word k joins a new verb phrase ("declined to extend the
 * deadline and blocked the cuts to Seattle", review17 a1, a3): a
 * conjunction before a lowercase past-tense verb ("to Seattle and Tacoma",
 * "state or local government in Texas" stay in the phrase). */
static bool joins_verb(const char *t, const link_scratch *sc, size_t k) {
    if (k + 1 >= sc->nw || !link_word_in(t, &sc->w[k], "and|but|or|while")) return false;
    const link_word *v = &sc->w[k + 1];
    return islower((unsigned char)t[v->start]) && v->end - v->start > 3 &&
           !memcmp(t + v->end - 2, "ed", 2);
}

/* Whether m lies in the area a court declines to extend its relief to
 * ("declined to extend it to other COPS grantees in California", "VACATE
 * the injunction insofar as it extends relief to non-party jurisdictions in
 * Texas", "declines Plaintiffs' request to extend relief to every recipient
 * in Kentucky"): those places are the declining ruling's, not those of the
 * relief held to the parties in the same sentence (session 16). */
static bool declined_extension(const char *t, const link_scratch *sc, const link_mention *m) {
    size_t a = link_word_at(sc, m->start), x = SIZE_MAX;
    bool to = false;
    for (size_t k = a; k-- > 0 && k + 10 >= a && x == SIZE_MAX;) {
        if (link_ends_clause(t, &sc->w[k + 1]) || joins_verb(t, sc, k))
            return false; /* another clause or verb */
        to |= link_word_in(t, &sc->w[k], "to");
        if (link_word_in(t, &sc->w[k], "extend|extends|extending|applies|apply|applying")) x = k;
    }
    if (x == SIZE_MAX || !to) return false;
    for (size_t k = x; k-- > 0 && k + 6 >= x;) {
        if (link_word_in(t, &sc->w[k],
                         "declines|declined|decline|declining|refused|refuses|refuse|not|"
                         "VACATE|vacate|vacated|VACATED|reverse|reversed|REVERSE|REVERSED"))
            return true;
        if (sc->w[k + 1].punct_before) return false;
    }
    return false;
}

/* "the state's largest jails in Mecklenburg, Wake and Durham counties now
 * comply, if reluctantly": "comply" with no object ends its clause, and
 * what it complies with is the law the sentence states. */
static bool bare_comply(const char *t, const link_scratch *sc, size_t k) {
    return link_word_in(t, &sc->w[k], "complies|comply") &&
           (k + 1 >= sc->nw || sc->w[k + 1].punct_before);
}

/* "Indiana law bars cities from limiting cooperation, and Gary's police
 * chief said his department follows it": a local division said to follow
 * or comply with the law the sentence states acts under it (the
 * conventions on state statutes: the state plus the local division). Adds
 * the local mentions of the clause saying so to m (n); returns the count.
 * Any tense: "said Austin \"has complied with that law since 2017\"". */
static size_t add_followers(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                            uint32_t hs, link_mention *m, size_t n) {
    size_t f = SIZE_MAX;
    for (size_t k = 1; k + 1 < sc->nw && f == SIZE_MAX; k++)
        if (link_word_in(t, &sc->w[k],
                         "follows|follow|followed|obeys|obeyed|complies|comply|complied") &&
            (link_word_in(t, &sc->w[k + 1], "it") || bare_comply(t, sc, k) ||
             (k + 3 < sc->nw && link_word_in(t, &sc->w[k + 1], "with") &&
              link_word_in(t, &sc->w[k + 2], "that|the|this|it") &&
              link_word_in(t, &sc->w[k + 3], "law|statute|ban|requirement"))))
            f = k;
    /* "Bozeman and Gallatin County have said they will follow it, and the
     * sheriff signed a 287(g) agreement": said before the hit, it follows
     * a law of an earlier sentence, no act of the hit's */
    if (f == SIZE_MAX || sc->w[f].start < hs) return n; /* most sentences */
    uint32_t cs, ce;
    link_clause_of(sc, sc->w[f].start, &cs, &ce);
    for (size_t i = 0; i < sc->nm && n < LINK_MAX_MENTIONS; i++) {
        const link_mention *x = &sc->m[i];
        int level = link_mention_level(gaz, x);
        if (level < 0 || level == GZ_LEVEL_STATE || x->start < cs || x->start >= sc->w[f].start)
            continue;
        bool have = false;
        for (size_t q = 0; q < n && !have; q++)
            have = m[q].div == x->div && !m[q].generic;
        if (!have) m[n++] = *x;
    }
    return n;
}

/* "sued, arguing that the terms conflicted with the Illinois TRUST Act": a
 * state named in the law a suit's claim relies on adds nothing to the suit
 * (the session-13 conventions); a claim against the state's law ("arguing
 * that the Illinois law is unconstitutional") keeps it. */
static bool law_relied_on(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                          const link_mention *x) {
    if (link_mention_level(gaz, x) != GZ_LEVEL_STATE) return false;
    size_t a = link_word_at(sc, x->start);
    if (a >= 1 && link_word_in(t, &sc->w[a - 1], "the")) a--;
    return a >= 2 && link_word_in(t, &sc->w[a - 1], "with|under") &&
           link_word_in(t, &sc->w[a - 2],
                        "conflict|conflicts|conflicted|conflicting|clash|clashed|clashes|"
                        "protected|allowed|permitted|rights|duties|obligations");
}

/* "Tacoma, Pierce County and three other Washington jurisdictions",
 * "Providence and two Connecticut cities": a list of names closed by a
 * state's plural places unnamed members in that state too. a: the
 * generic's first word. */
static bool plural_after_names(const char *t, const link_scratch *sc, const link_mention *m,
                               size_t n, size_t a) {
    size_t q = a; /* back over the count to the list's "and" ("and at least four other") */
    while (q > 0 && q + 4 > a && !sc->w[q].punct_before && !link_word_in(t, &sc->w[q - 1], "and"))
        q--;
    if (q == 0 || q + 4 <= a || sc->w[q].punct_before || !link_word_in(t, &sc->w[q - 1], "and"))
        return false;
    for (size_t i = 0; i < n; i++)
        if (!m[i].generic && m[i].div >= 0 && link_word_at(sc, m[i].end) == q - 1) return true;
    return false;
}

/* How many members the generic plural m (its words a to e) counts: its
 * count ("11 California counties", "at least four other Arkansas
 * cities"), else many for "several" or an "other" plural some of which a
 * ", including" after it names ("other Washington cities that had asked
 * to join the case late, including Bellingham and Yakima"). Sets *e to
 * that "including". */
static long plural_count(const char *t, const link_scratch *sc, const link_mention *m, size_t a,
                         size_t *e) {
    long count = 0;
    if (isdigit((unsigned char)t[sc->w[a].start]))
        count = strtol(t + sc->w[a].start, NULL, 10);
    else if (link_word_in(t, &sc->w[a], "several|Several|many|Many|dozens|Dozens"))
        count = 1000;
    else if (a + 3 < *e && link_word_in(t, &sc->w[a], "more|More") &&
             link_word_in(t, &sc->w[a + 3], "dozen"))
        count = 13; /* "More than a dozen Massachusetts cities" */
    else if (link_word_in(t, &sc->w[a], "eleven|twelve|fourteen|fifteen|twenty"))
        count = 11;
    if (count < m->min_count) count = m->min_count;
    /* "other" before the plural or as its first word */
    bool other = (a > 0 && link_word_in(t, &sc->w[a - 1], "other")) ||
                 link_word_in(t, &sc->w[a], "other|Other");
    if (count < 3 && other)
        for (size_t q = *e; q < sc->nw && q < *e + 12 && count < 3; q++)
            if (link_word_in(t, &sc->w[q], "including") && sc->w[q].punct_before)
                *e = q, count = 1000;
    return count;
}

/* Whether the generic g lies in the clause [cs, ce) of the hit at hs
 * with no other hit of the document between them, and is no likeness
 * ("Fairfax County, like several Northern Virginia jurisdictions,
 * refused", "Phoenix, unlike those of several Arizona cities": those are
 * others). */
static bool own_plural(const polex_doc *doc, const link_scratch *sc, uint32_t hs, uint32_t cs,
                       uint32_t ce, const link_mention *g) {
    if (g->start < cs || g->start >= ce) return false;
    size_t a = link_word_at(sc, g->start); /* "unlike those of several Arizona cities" */
    for (size_t k = a; k-- > 0 && k + 4 > a && !sc->w[k + 1].punct_before;)
        if (link_word_in(doc->text, &sc->w[k], "like|unlike")) return false;
    for (size_t i = 0; i < doc->n_hits; i++)
        if (doc->hits[i].start > hs && doc->hits[i].start < g->start) return false;
    return true;
}

/* A generic plural of m (n) counting more members than the local names
 * the event has: after "including" ("11 California counties, including
 * Riverside, Fresno, Kern and Sacramento", "several other Texas cities,
 * including Dallas"), before "among" / "one of" ("Riverside County was
 * among 14 California counties"), or anywhere else ("blocked the cuts to
 * Eugene and Salem, in a case brought by 12 Oregon cities", when the
 * plural is the hit's: in its clause, with no other hit between them, as
 * the case is the plural's and the cut is not): its state places unnamed
 * local jurisdictions too (session-9 conventions). */
static bool unnamed_members(const polex_gazetteer *gaz, const polex_doc *doc,
                            const link_scratch *sc, uint32_t hs, const link_mention *m, size_t n) {
    const char *t = doc->text;
    uint32_t cs, ce;
    link_clause_of(sc, hs, &cs, &ce);
    for (size_t g = 0; g < n; g++) {
        if (!m[g].generic) continue;
        size_t a = link_word_at(sc, m[g].start), e = link_word_at(sc, m[g].end);
        if (a >= sc->nw) continue;
        if (plural_after_names(t, sc, m, n, a)) return true;
        /* past "at least", "more than" and "all" to the count */
        while (a + 1 < e && link_word_in(t, &sc->w[a], "at|At|least|all|All|nearly|Nearly") &&
               !sc->w[a + 1].punct_before)
            a++;
        long count = plural_count(t, sc, &m[g], a, &e);
        if (count < 3) continue;
        /* ", among them Boston, Somerville and Chelsea," names some too */
        bool incl = e < sc->nw && (link_word_in(t, &sc->w[e], "including") ||
                                   (e + 1 < sc->nw && link_word_in(t, &sc->w[e], "among") &&
                                    link_word_in(t, &sc->w[e + 1], "them")));
        /* "Riverside County was among 14 California counties", "Champaign
         * County was one of 11 Illinois jurisdictions", "two of the 14 New
         * Mexico jurisdictions": the names before are members */
        size_t b = a > 0 && link_word_in(t, &sc->w[a - 1], "the") ? a - 1 : a;
        bool among = b >= 1 && link_word_in(t, &sc->w[b - 1], "among");
        /* "Hall is the latest of more than a dozen Georgia counties to
         * sign": one of a counted group, unlike "the latest Georgia county"
         * (session 16), which counts nobody else */
        among |= b >= 2 && link_word_in(t, &sc->w[b - 1], "of") &&
                 link_word_in(t, &sc->w[b - 2], "one|two|three|four|five|both|latest|newest");
        if (!incl && !among && !own_plural(doc, sc, hs, cs, ce, &m[g])) continue;
        long named = 0;
        for (size_t i = 0; i < n; i++) {
            int lv = link_mention_level(gaz, &m[i]);
            named += !m[i].generic && lv >= 0 && lv != GZ_LEVEL_STATE &&
                     (incl ? m[i].start > m[g].end : !among || m[i].end <= m[g].start);
        }
        if (named > 0 && count > named) return true;
    }
    return false;
}

/* "Ohio Attorney General X has warned Dayton ..., and her office filed
 * suit": a clause whose subject is "her office" / "his office" is the
 * state official's named before it in the sentence. The index in sc->m of
 * that state for the hit at hs, or -1. */
static int office_state(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                        uint32_t hs) {
    size_t hw = link_word_at(sc, hs), k = SIZE_MAX;
    for (size_t q = hw + 1; q-- > 2 && q + 3 > hw && k == SIZE_MAX;) /* ", and her office filed" */
        if (link_word_in(t, &sc->w[q], "office") && link_word_in(t, &sc->w[q - 1], "her|his") &&
            link_word_in(t, &sc->w[q - 2], "and|but") && sc->w[q - 2].punct_before)
            k = q - 1;
    if (k == SIZE_MAX) return -1;
    uint32_t cs = sc->w[k].start;
    int found = -1;
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *x = &sc->m[i];
        if (x->end > cs || link_mention_level(gaz, x) != GZ_LEVEL_STATE) continue;
        size_t e = link_word_at(sc, x->end);
        if (e + 1 < sc->nw && !sc->w[e].punct_before &&
            ((link_word_in(t, &sc->w[e], "Attorney|Secretary") &&
              link_word_in(t, &sc->w[e + 1], "General|of")) ||
             link_word_in(t, &sc->w[e], "Gov.|Governor")))
            found = (int)i; /* the last official before the clause */
    }
    return found;
}

/* ", as did all 67 Florida sheriffs", ", bringing to 23 the number of
 * Alabama law enforcement agencies in the program": a clause right after
 * the hit's that counts its actors among a state's local bodies, the state
 * modifying their plural noun (corpora/README, session 9: a state named as
 * the place of unnamed local jurisdictions adds the state). The index in
 * sc->m of that state for the hit at hs, or -1. */
static int tally_state(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                       uint32_t hs) {
    uint32_t cs, ce;
    link_clause_of(sc, hs, &cs, &ce);
    size_t k = link_word_at(sc, ce);
    if (k + 3 >= sc->nw || !memchr(t + sc->w[k - 1].end, ',', sc->w[k].start - sc->w[k - 1].end))
        return -1;
    bool opens = link_word_in(t, &sc->w[k], "bringing") ||
                 (link_word_in(t, &sc->w[k], "as") &&
                  link_word_in(t, &sc->w[k + 1], "did|have|has|do|does"));
    if (!opens) return -1;
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *x = &sc->m[i];
        if (x->start < sc->w[k].start || link_mention_level(gaz, x) != GZ_LEVEL_STATE) continue;
        size_t e = link_word_at(sc, x->end), q;
        /* the state's plural a few words on, nothing between but a noun or two */
        for (q = e; q < sc->nw && q < e + 3 && !sc->w[q].punct_before; q++)
            if (link_word_in(t, &sc->w[q],
                             "sheriffs|agencies|departments|counties|cities|towns|jails|"
                             "municipalities|communities|jurisdictions|offices"))
                return (int)i;
        return -1; /* the first state after the opener decides */
    }
    return -1;
}

/* Whether the generic plural at word k counts names before it among it
 * ("Westchester County among more than 30 local jurisdictions that"); sets
 * *at to the word after those names, "among". */
static bool among_names(const char *t, const link_scratch *sc, size_t k, size_t *at) {
    size_t q = k;
    while (q > 0 && q + 5 > k && !sc->w[q].punct_before &&
           (isdigit((unsigned char)t[sc->w[q - 1].start]) ||
            link_word_in(t, &sc->w[q - 1], "more|than|at|least|about|nearly|some|dozens|the")))
        q--;
    if (q < 2 || sc->w[q].punct_before || !link_word_in(t, &sc->w[q - 1], "among") ||
        sc->w[q - 1].punct_before || !sc->w[q - 2].cap)
        return false;
    *at = q - 1;
    return true;
}

/* Whether the generic at word k is the plural of a list its verb's object
 * is put on ("added Philadelphia to an updated list of jurisdictions it
 * says obstruct", "placed Anchorage on a list of \"sanctuary
 * jurisdictions\" that it says ..."): the names before "on"/"to" are among
 * its members, as after "among". *at is set to the word "on"/"to". */
static bool list_names(const char *t, const link_scratch *sc, size_t k, size_t *at) {
    size_t q = k;
    /* k may stand on the determiner already ("a list of": see its caller) */
    if (k + 1 >= sc->nw || !link_word_in(t, &sc->w[k + 1], "list")) {
        while (q > 0 && q + 5 > k && !sc->w[q].punct_before &&
               (isdigit((unsigned char)t[sc->w[q - 1].start]) ||
                link_word_in(t, &sc->w[q - 1], "more|than|at|least|about|nearly|some|dozens")))
            q--;
        if (q < 5 || !link_word_in(t, &sc->w[q - 1], "of") ||
            !link_word_in(t, &sc->w[q - 2], "list"))
            return false;
        q -= 3; /* "an updated list", "its list" */
        if (!sc->w[q].cap && !link_word_in(t, &sc->w[q], "a|an|its|the|their|his|her")) q--;
    }
    if (q < 2 || !link_word_in(t, &sc->w[q], "a|an|its|the|their|his|her") ||
        !link_word_in(t, &sc->w[q - 1], "on|onto|to") || !sc->w[q - 2].cap)
        return false;
    *at = q - 1;
    return true;
}

/* "would make counties that refuse ineligible for state corrections grants",
 * "makes local governments that adopt sanctuary policies ineligible for
 * state funding": a law's term that makes local jurisdictions "ineligible
 * for state" money, in a sentence naming one state, is that state's law
 * (as "state law" is: the conventions on state law and on a state named as
 * the place of unnamed local jurisdictions). Not an official's warning
 * that cities "could lose state grants": dev gold leaves those without the
 * state. That one state (its plurals' modifiers included), else NULL. */
static const link_mention *state_money_state(const polex_gazetteer *gaz, const char *t,
                                             const link_scratch *sc) {
    bool money = false;
    for (size_t k = 0; k + 1 < sc->nw && !money; k++) {
        if (k < 2 || !link_word_in(t, &sc->w[k], "state")) continue;
        size_t f = k - 1; /* "ineligible for discretionary state grants" */
        if (f >= 2 && !sc->w[f].cap && !link_word_in(t, &sc->w[f], "for")) f--;
        if (!link_word_in(t, &sc->w[f], "for") || !link_word_in(t, &sc->w[f - 1], "ineligible"))
            continue;
        for (size_t q = k + 1; q < sc->nw && q < k + 4 && !sc->w[q].punct_before && !money; q++)
            money = link_word_in(t, &sc->w[q], "grants|funding|funds|revenue|aid|money");
    }
    return money ? link_one_state(gaz, sc) : NULL;
}

/* Whether a court's seat in the clause [from, ce) is a division the
 * sentence also names outside it as no seat ("Providence sued in
 * September, and a federal judge in Providence blocked the freeze"): the
 * seat is the party then (corpora/README, session 5: "a judge in Chicago
 * keeps Chicago when the city is Chicago"), and the clause, naming only
 * seats, concerns the parties the sentence names. */
static bool seat_named_party(const link_scratch *sc, uint32_t from, uint32_t ce) {
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *x = &sc->m[i];
        if (x->generic || x->div < 0 || link_seat_ok(x) || x->start < from || x->start >= ce)
            continue;
        for (size_t k = 0; k < sc->nm; k++) {
            const link_mention *y = &sc->m[k];
            if (!y->generic && y->div == x->div && link_seat_ok(y) &&
                (y->start < from || y->start >= ce))
                return true;
        }
    }
    return false;
}

/* Whether the hit at hs lies in a relative clause on a local noun, after
 * from ("any city whose police department declines", "counties that limit
 * cooperation"): the policy of the measure's targets, not the measure. */
static bool in_local_relative(const char *t, const link_scratch *sc, uint32_t from, uint32_t hs) {
    for (size_t q = link_word_at(sc, hs); q-- > 1 && sc->w[q].start >= from;)
        if (link_word_in(t, &sc->w[q], "that|which|whose|who"))
            return link_word_in(t, &sc->w[q - 1],
                                "city|cities|county|counties|town|towns|municipality|"
                                "municipalities|jurisdiction|jurisdictions|community|communities|"
                                "locality|localities|government|governments|parish|parishes");
    return false;
}

/* Whether an "and" stands between bytes from and to. */
static bool and_between(const char *t, const link_scratch *sc, uint32_t from, uint32_t to) {
    for (size_t q = link_word_at(sc, from); q < sc->nw && sc->w[q].start < to; q++)
        if (link_word_in(t, &sc->w[q], "and")) return true;
    return false;
}

/* Whether an "and" is a word from the earlier of words q and k (q in the
 * sentence) up to the later one. */
static bool and_between_words(const char *t, const link_scratch *sc, size_t q, size_t k) {
    size_t a = q < k ? q : k, b = q < k ? k : q;
    return and_between(t, sc, sc->w[a].start, b < sc->nw ? sc->w[b].start : UINT32_MAX);
}

/* Whether the hit at hs acts on a generic target of its clause [from, ce)
 * ("cut off grants to any city", "require every county sheriff to honor",
 * "claw back grants from jurisdictions that refuse") with no "and" between
 * them: "signed an order directing the State Police to ... and requiring
 * agencies to report any city" is the report's target, not the order's. */
static bool acts_on_generic(const char *t, const link_scratch *sc, uint32_t from, uint32_t ce,
                            uint32_t hs) {
    size_t hw = link_word_at(sc, hs), lo = link_word_at(sc, from);
    for (size_t q = lo; q + 1 < sc->nw && sc->w[q].start < ce; q++)
        if (link_word_in(t, &sc->w[q], "any|every|each") && !and_between_words(t, sc, q, hw))
            return true;
    for (size_t i = 0; i < sc->nm; i++) {
        if (!sc->m[i].generic || sc->m[i].start < from || sc->m[i].start >= ce) continue;
        size_t q = link_word_at(sc, sc->m[i].start);
        if (q + 1 < sc->nw && sc->w[q].start == sc->m[i].start && !and_between_words(t, sc, q, hw))
            return true;
    }
    return false;
}

/* Whether "any"/"every"/"each" stands right before mention x ("any South
 * Carolina city"): a state placing a generic target, which stays beside
 * the names an aimed_apposition gives the target. */
static bool any_before(const char *t, const link_scratch *sc, const link_mention *x) {
    size_t a = link_word_at(sc, x->start);
    return a > 0 && link_word_in(t, &sc->w[a - 1], "any|every|each") && !sc->w[a].punct_before;
}

/* A trailing apposition on the measure its clause states, saying whom the
 * measure is for (", a measure aimed squarely at Charleston", ", a bill
 * its sponsor says targets Provo", ", a move that puts Gary and Hammond in
 * the state's sights", ", a step that would reach Topeka"): the clause
 * [*as, *ae) after ce naming its targets, the instances of the measure's
 * generic target. Its own noun starts it, within two words of "a"/"an". */
static bool aimed_apposition(const char *t, const link_scratch *sc, uint32_t ce, uint32_t *as,
                             uint32_t *ae) {
    size_t k = link_word_at(sc, ce);
    if (ce == UINT32_MAX || k == 0 || k + 3 >= sc->nw || sc->w[k].start != ce ||
        !link_word_in(t, &sc->w[k], "a|an") ||
        !memchr(t + sc->w[k - 1].end, ',', sc->w[k].start - sc->w[k - 1].end))
        return false;
    size_t n = k + 1; /* past one adjective: "a sweeping measure" */
    if (!link_word_in(t, &sc->w[n], "measure|bill|move|step|proposal|provision|amendment")) n++;
    if (!link_word_in(t, &sc->w[n], "measure|bill|move|step|proposal|provision|amendment") ||
        sc->w[n].punct_before)
        return false;
    uint32_t cs2, ce2;
    link_clause_of(sc, ce, &cs2, &ce2);
    for (size_t q = n + 1; q < sc->nw && sc->w[q].start < ce2; q++)
        if (link_word_in(t, &sc->w[q], "aimed|targeted|targets|targeting|reach|sights")) {
            *as = cs2, *ae = ce2;
            return true;
        }
    return false;
}

/* What a hit's clause reaches besides itself [from, ce): the antecedent
 * [as, ae) of a relative clause (rel), a parallel clause [ps, pe) (par),
 * the members [mls, mle) a generic of the clause lists (mls > 0), and the
 * section heading before byte section (section > 0). Set once by
 * read_clause for both passes over the sentence's mentions (count_named's
 * and clause_mentions'). */
typedef struct hit_reach {
    uint32_t from, ce;
    bool rel;
    uint32_t as, ae;
    bool par;
    uint32_t ps, pe, mls, mle, section;
} hit_reach;

/* Whether mention x lies within what the hit's clause reaches (r); a
 * county's section heading reaches it, no other level's. */
static bool in_reach(const polex_gazetteer *gaz, const hit_reach *r, const link_mention *x) {
    return (x->start >= r->from && x->start < r->ce) ||
           (r->rel && !x->generic && x->start >= r->as && x->end <= r->ae) ||
           (r->par && !x->generic && x->start >= r->ps && x->start < r->pe) ||
           (r->mls && !x->generic && x->start >= r->mls && x->start < r->mle) ||
           (r->section && x->start < r->section && x->div >= 0 &&
            gz_div_at(gaz, (uint32_t)x->div)->level == GZ_LEVEL_COUNTY);
}

/* A clause naming nobody borrows the sentence's names, but not a generic
 * across a semicolon when it borrows a name: "Portland was one of several
 * Maine communities named in a letter ...; the city kept its policy" is
 * Portland's, and "several Maine communities" (with the state placing
 * them) is the letter's clause's. m (n) holds only borrowed mentions. */
static size_t names_over_generics(const char *t, const polex_hit *h, link_mention *m, size_t n) {
    bool named = false;
    for (size_t i = 0; i < n && !named; i++)
        named = !m[i].generic && m[i].div >= 0;
    if (!named) return n;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t a = m[i].end < h->start ? m[i].end : h->end,
                 b = m[i].end < h->start ? h->start : m[i].start;
        if (!(m[i].generic && a < b && memchr(t + a, ';', b - a))) m[k++] = m[i];
    }
    return k;
}

/* Whether a word of the words starting in bytes [from, to) is one of list. */
static bool word_between(const char *t, const link_scratch *sc, uint32_t from, uint32_t to,
                         const char *list) {
    for (size_t k = link_word_at(sc, from); k < sc->nw && sc->w[k].start < to; k++)
        if (link_word_in(t, &sc->w[k], list)) return true;
    return false;
}

/* Whether the clause [cs, ce) speaks of a law or its making. */
static bool speaks_of_law(const char *t, const link_scratch *sc, uint32_t cs, uint32_t ce) {
    return word_between(t, sc, cs, ce,
                        LINK_LAW_NOUNS "|Legislature|legislature|lawmakers|legislators");
}

/* Whether a verb or noun of suing stands between bytes from and to: "Atlanta
 * sued HUD, challenging new conditions ... that require recipients to
 * certify": places that sue over a grant's terms are their targets
 * (corpora/README, session 12), however general the terms. */
static bool sues_over(const char *t, const link_scratch *sc, uint32_t from, uint32_t to) {
    return word_between(t, sc, from, to,
                        "sue|sues|sued|suing|suit|lawsuit|challenge|challenges|challenged|"
                        "challenging|contesting|contested");
}

/* Whether the antecedent starting at byte as opens the sentence, after its
 * dateline and an "In" ("In Minnesota, where ..."). */
static bool opens_sentence(const link_scratch *sc, uint32_t as) {
    size_t a = link_word_at(sc, as);
    return a <= sc->first + 1;
}

/* "Texas Attorney General X sued Dallas County on Tuesday, saying the
 * county sheriff's office had released ...": the policy a state sues a
 * local government over is the local's, not the suing state's. Drops from
 * m (n) a state whose name (and officer's title) opens "sued|sues <local>"
 * before the noncooperation hit at hs, when m keeps that local; returns
 * the new count. */
static size_t drop_suing_state(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                               uint32_t hs, link_mention *m, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (m[i].generic || link_mention_level(gaz, &m[i]) != GZ_LEVEL_STATE) continue;
        size_t after = link_word_at(sc, m[i].end), v = after;
        while (v < sc->nw && v < after + 5 && sc->w[v].cap && !sc->w[v].punct_before)
            v++; /* "Attorney General Dale Whitacre" */
        if (v + 1 >= sc->nw || sc->w[v].start >= hs || sc->w[v].punct_before ||
            !link_word_in(t, &sc->w[v], "sued|sues"))
            continue;
        bool local = false;
        for (size_t q = 0; q < n && !local; q++) {
            int lv = link_mention_level(gaz, &m[q]);
            local = lv >= 0 && lv != GZ_LEVEL_STATE && m[q].start == sc->w[v + 1].start;
        }
        if (!local) continue;
        memmove(&m[i], &m[i + 1], (n - i - 1) * sizeof *m);
        return n - 1;
    }
    return n;
}

/* "..., argues the resolution violates House Bill 200, a 2021 law that
 * forbids Montana cities and counties from ...", "challenge portions of
 * House Bill 10, a 2024 state law that requires North Carolina sheriffs
 * to ...": the generic in the relative clause of a law the sentence names
 * is whom that law binds, not a party of an event told outside that clause
 * (session 13: a place named only inside the description of a law a suit
 * relies on adds nothing to the suit). Whether generic g is such, for a
 * hit at hs. */
static bool in_law_description(const char *t, const link_scratch *sc, const link_mention *g,
                               uint32_t hs) {
    size_t a = link_word_at(sc, g->start);
    for (size_t q = a; q-- > 1 && q + 8 >= a;) {
        if (sc->w[q].start <= hs) return false;
        if (link_word_in(t, &sc->w[q], "that|which") &&
            link_word_in(t, &sc->w[q - 1], "law|statute|Act|Law"))
            return true;
        if (q < a && sc->w[q + 1].punct_before) return false;
    }
    return false;
}

/* Whether state x is named by its law ("Washington's Keep Washington
 * Working Act bars local jails ...", "as Iowa law requires"): a local act
 * done under it carries the state (corpora/README, session 5). */
static bool names_law(const char *t, const link_scratch *sc, const link_mention *x) {
    size_t e = link_word_at(sc, x->end);
    for (size_t q = e; q < sc->nw && q < e + 5 && (q == e || !sc->w[q].punct_before); q++)
        if (link_word_in(t, &sc->w[q], "law|laws|Act|statute|Code")) return true;
    return link_as_law_state(t, sc, x);
}

/* Whether state x is named only by a law that its own coordinate clause
 * cites without stating its content ("Eugene has followed Oregon law for
 * decades, and we will not ...", "Oregon law is not optional for us, and
 * the county will not ..."): the law is no party of the act the other
 * conjunct tells. A law stating content ("..., and Oregon's sanctuary law
 * bars local police from doing so") or one the act is done under or "as"
 * it requires (link_as_law_state) carries its state (session 5). The
 * later of x's clause and the hit's (at hs) opens on "and"/"but". */
static bool law_in_other_conjunct(const char *t, const link_scratch *sc, const link_mention *x,
                                  uint32_t hs) {
    size_t e = link_word_at(sc, x->end);
    if (e + 1 >= sc->nw || sc->w[e].punct_before) return false;
    if (link_possessive_s(t, &sc->w[e])) e++;
    if (!link_word_in(t, &sc->w[e], "law|laws|statute|statutes")) return false;
    /* what follows the law is a copula, a preposition or a pause, not a
     * verb of its own ("Colorado law already bars ...", "does not
     * prohibit ...") nor a relative clause (", which bars ...") */
    const link_word *v = &sc->w[e + 1];
    if (v->punct_before ? link_word_in(t, v, "which|that|who|whose")
                        : !link_word_in(t, v,
                                        "is|are|was|were|for|in|on|since|at|by|from|over|"
                                        "and|or|but|when|while|with"))
        return false;
    if (link_as_law_state(t, sc, x)) return false;
    uint32_t xs, xe, hcs, hce;
    link_clause_of(sc, x->start, &xs, &xe);
    link_clause_of(sc, hs, &hcs, &hce);
    if (xs == hcs) return false;
    uint32_t later = xs > hcs ? xs : hcs;
    return link_word_in(t, &sc->w[link_word_at(sc, later)], "and|but");
}

/* The clause after the hit's at hs when it states what the funding act
 * puts at stake: ", placing at risk more than $40 million in federal
 * grants that pass through state agencies to Iowa communities", ",
 * jeopardizing ...". Its start, or 0. */
static uint32_t stakes_clause(const char *t, const link_scratch *sc, uint32_t hs, uint32_t *end) {
    uint32_t cs, ce;
    link_clause_of(sc, hs, &cs, &ce);
    if (ce == UINT32_MAX) return 0;
    size_t k = link_word_at(sc, ce);
    if (k >= sc->nw || !link_word_in(t, &sc->w[k], "placing|putting|jeopardizing|endangering"))
        return 0;
    uint32_t ns, ne;
    link_clause_of(sc, ce, &ns, &ne);
    *end = ne == UINT32_MAX ? sc->end : ne;
    if (link_word_in(t, &sc->w[k], "jeopardizing|endangering")) return ce;
    for (size_t q = k + 1; q < sc->nw && sc->w[q].start < *end; q++)
        if (link_word_in(t, &sc->w[q], "risk|jeopardy")) return ce;
    return 0;
}

/* A funding act's stakes clause (stakes_clause) tells whose money it is:
 * its names and the states placing its generics are the act's
 * (corpora/README: a state modifying a generic counts when nothing more
 * specific is named). Adds them to m (n); returns the count. */
static size_t add_stakes(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                         uint32_t hs, link_mention *m, size_t n) {
    uint32_t end = 0, from = stakes_clause(t, sc, hs, &end);
    if (!from) return n;
    for (size_t i = 0; i < sc->nm && n < LINK_MAX_MENTIONS; i++)
        if (!sc->m[i].generic && link_seat_ok(&sc->m[i]) && sc->m[i].start >= from &&
            sc->m[i].start < end)
            n = link_add_once(m, n, &sc->m[i]);
    for (size_t k = 0; k < sc->n_mods && n < LINK_MAX_MENTIONS; k++)
        if (sc->mods[k].start >= from && sc->mods[k].start < end &&
            link_mention_level(gaz, &sc->mods[k]) == GZ_LEVEL_STATE)
            n = link_add_once(m, n, &sc->mods[k]);
    return n;
}

/* Whether the hit at hs opens a relative clause on a nameless body that is
 * no jurisdiction ("The department, which is not a party to the case, had
 * not acted on Columbia's eligibility"): what it tells is that body's, so
 * it borrows no name from the main clause. "the city, which ..." or "the
 * county, which ..." stand for a local the sentence may name, and are left
 * alone. Only a clause of what the body is ("which is not a party", "which
 * was not named"), not of what it did to someone ("which had warned the
 * city"). Nor does the thread's party stand in for it. */
static bool nameless_body_relative(const char *t, const link_scratch *sc, uint32_t hs) {
    size_t k = link_word_at(sc, hs); /* the hit may start on the comma */
    /* or on the copula or the negation after the pronoun */
    while (k >= 3 && k + 2 > link_word_at(sc, hs) && !sc->w[k].punct_before &&
           link_word_in(t, &sc->w[k], "is|was|are|were|not"))
        k--;
    return k >= 2 && k + 1 < sc->nw && sc->w[k].punct_before &&
           link_word_in(t, &sc->w[k], "which|who") &&
           link_word_in(t, &sc->w[k + 1], "is|was|are|were") &&
           link_word_in(t, &sc->w[k - 1], "department|agency|administration|office|bureau") &&
           link_word_in(t, &sc->w[k - 2], "the|The");
}

/* Whether clause [cs, ce) speaks of a local division it does not name:
 * "the city" or "the county" with its possessive or a verb of its own
 * ("; the city kept its policy", "... said the city is reviewing its
 * options", ", which froze the county's grant"). What such a clause
 * borrows from the sentence is that local, not a state named beside it. */
static int local_back_level(const char *t, const link_scratch *sc, uint32_t cs, uint32_t ce) {
    for (size_t k = link_word_at(sc, cs); k + 2 < sc->nw && sc->w[k + 2].start < ce; k++) {
        const link_word *v = &sc->w[k + 2];
        if (!link_word_in(t, &sc->w[k], "the|The") || sc->w[k + 1].punct_before ||
            !link_word_in(t, &sc->w[k + 1], "city|county|City|County") || v->cap)
            continue;
        if (link_possessive_s(t, v) ||
            (!v->punct_before &&
             (link_word_in(t, v, "is|was|has|had|will|would|kept|keeps|says|said|does|did") ||
              (v->end - v->start > 4 && !memcmp(t + v->end - 2, "ed", 2)) ||
              link_verb_to(t, sc, (size_t)(v - sc->w)))))
            return link_word_in(t, &sc->w[k + 1], "city|City") ? GZ_LEVEL_PLACE : GZ_LEVEL_COUNTY;
    }
    return -1;
}

static bool local_back_word(const char *t, const link_scratch *sc, uint32_t cs, uint32_t ce) {
    return local_back_level(t, sc, cs, ce) >= 0;
}

/* The level of the local the act right before byte he is done to when its
 * object is "the city's ..." or "the county's ..." ("declined to execute
 * the city's agreements"); -1 otherwise, as for one named as a cause ("froze
 * $1.4 million ... over the county's limits", a grant the city shares). */
static int object_local_back(const char *t, const link_scratch *sc, uint32_t hs, uint32_t he) {
    size_t k = link_word_at(sc, hs) + 1, e = link_word_at(sc, he);
    /* a hit on the verb alone: its infinitive ("refused to release the ...") */
    if (e + 2 < sc->nw && link_word_in(t, &sc->w[e], "to") && !sc->w[e].punct_before &&
        !sc->w[e + 1].punct_before)
        e += 2;
    for (e++; k + 2 < sc->nw && k < e; k++) {
        if (sc->w[k].punct_before) return -1; /* the object runs on, without a break */
        if (!link_word_in(t, &sc->w[k], "the") || sc->w[k + 1].punct_before ||
            !link_possessive_s(t, &sc->w[k + 2]) || !link_word_in(t, &sc->w[k + 1], "city|county"))
            continue;
        return link_word_in(t, &sc->w[k + 1], "city") ? GZ_LEVEL_PLACE : GZ_LEVEL_COUNTY;
    }
    return -1;
}

/* "Minneapolis joined the lawsuit, along with St. Paul and Hennepin
 * County, after HUD declined to execute the city's agreements": a nameless
 * clause's "the city" (or "the county") is one local, the first the
 * sentence names of that kind, not every name it borrowed. Keeps the first
 * borrowed mention of level lv and drops the other local ones of m (n);
 * with none of that level, m stays as it is. */
static size_t one_local_back(const polex_gazetteer *gaz, int lv, link_mention *m, size_t n) {
    int first = -1;
    for (size_t i = 0; i < n && first < 0; i++)
        if (!m[i].generic && m[i].div >= 0 && link_mention_level(gaz, &m[i]) == lv) first = (int)i;
    if (first < 0) return n;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if ((int)i == first || m[i].generic || link_mention_level(gaz, &m[i]) <= GZ_LEVEL_STATE)
            m[k++] = m[i];
    return k;
}

/* Whether clause [cs, ce) speaks of a state it does not name: "the
 * state" ("urging every sheriff in the state to join", "on behalf of the
 * state") or the state's governor ("a letter from Gov. Mark Petersen").
 * What such a clause borrows from the sentence is that state, not a local
 * division named beside it (the mirror of local_back_word). */
static bool state_back_word(const char *t, const link_scratch *sc, uint32_t cs, uint32_t ce) {
    for (size_t k = link_word_at(sc, cs); k < sc->nw && sc->w[k].start < ce; k++) {
        char c = t[sc->w[k].start]; /* most words are neither: one byte tells */
        if (c != 'G' && c != 'g' && c != 's') continue;
        if (link_word_in(t, &sc->w[k], "Gov.|governor|Governor")) return true;
        /* "in the state", not "the state Senate" nor "the state's ban" (a
         * modifier of what the clause is about) */
        if (k == 0 || !link_word_in(t, &sc->w[k], "state") ||
            !link_word_in(t, &sc->w[k - 1], "the") || sc->w[k].punct_before)
            continue;
        if (k + 1 >= sc->nw || ((sc->w[k + 1].punct_before || !sc->w[k + 1].cap) &&
                                !link_possessive_s(t, &sc->w[k + 1])))
            return true;
    }
    return false;
}

/* The start of the first word after a comma in clause [cs, ce), or ce. */
static uint32_t comma_after(const char *t, const link_scratch *sc, uint32_t cs, uint32_t ce) {
    for (size_t k = link_word_at(sc, cs) + 1; k < sc->nw && sc->w[k].start < ce; k++)
        if (memchr(t + sc->w[k - 1].end, ',', sc->w[k].start - sc->w[k - 1].end))
            return sc->w[k].start;
    return ce;
}

/* Whether the matcher found an act of another type or action than h's
 * in h's sentence at or after byte from: the main clause after a "where"
 * clause of law has its own event ("..., the Richland County Council
 * voted to reject a proposal"); with none, the law's event is all the
 * sentence tells ("..., Otero County's contract ended in October"). */
static bool other_act_after(const polex_doc *doc, const polex_hit *h, uint32_t from) {
    for (size_t i = 0; i < doc->n_hits; i++) {
        const polex_hit *o = &doc->hits[i];
        if (o->sentence == h->sentence && o->start >= from &&
            (strcmp(o->type, h->type) || strcmp(o->action, h->action)))
            return true;
    }
    return false;
}

/* Whether state x, named outside the clause [from, ce) of a funding threat
 * or condition aimed at generic jurisdictions, may be the one making it:
 * the clause speaks of states or their money ("could lose state grants")
 * or x enacts the measure ("Nevada lawmakers passed a bill that ..."). A
 * federal warning names its makers without a state: a state praised or
 * told something in another clause ("..., and he thanked Idaho for its
 * help") is no party of it. */
static bool aimed_state_maker(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                              uint32_t from, uint32_t ce, const link_mention *x) {
    return word_between(t, sc, from, ce, "state|State|states") ||
           link_legislating_state(gaz, t, sc, x);
}

/* Whether the cached sentence names a state. */
static bool names_state(const polex_gazetteer *gaz, const link_scratch *sc) {
    for (size_t i = 0; i < sc->nm; i++)
        if (link_mention_level(gaz, &sc->m[i]) == GZ_LEVEL_STATE) return true;
    return false;
}

/* The mentions a hit takes when a generic jurisdiction gs is the subject
 * of its clause ("more than a dozen other local governments that limit"):
 * the generic, the names listed before it or after the hit, and the state
 * that legislates in the generic's clause. Into m; returns their count. */
static size_t generic_subject_mentions(const polex_gazetteer *gaz, const char *t,
                                       const polex_hit *h, const link_scratch *sc, int gs,
                                       link_mention *m) {
    size_t n = 0;
    /* with the names listed before it: "San Francisco, Santa Clara
     * County and more than a dozen other local governments that limit" */
    size_t k = link_word_at(sc, sc->m[gs].start);
    uint32_t from = sc->m[gs].start;
    size_t at = 0; /* "among": see among_names */
    if (k >= 3 && link_word_in(t, &sc->w[k - 1], "other") && !sc->w[k - 1].punct_before)
        k--; /* "Boston and other jurisdictions that limit" */
    /* "Providence, Central Falls and a coalition of 14 other cities that sued" */
    if (k >= 5 && link_word_in(t, &sc->w[k - 1], "of") &&
        link_word_in(t, &sc->w[k - 2], "coalition|group|number|handful|dozen|list") &&
        link_word_in(t, &sc->w[k - 3], "a|the") && !sc->w[k - 1].punct_before &&
        !sc->w[k - 2].punct_before && !sc->w[k - 3].punct_before)
        k -= 3;
    if (k >= 2 && link_word_in(t, &sc->w[k - 1], "and|or")) {
        size_t a = k - 1;
        /* "New Mexico counties and municipalities that decline": the
         * plural before "and" with the state placing both */
        if (a >= 2 && link_word_in(t, &sc->w[a - 1], "counties|cities|towns|parishes") &&
            sc->w[a - 2].cap && !sc->w[a - 1].punct_before)
            a--;
        while (a > 0 && link_name_or_link(t, sc->w, a - 1))
            a--;
        from = sc->w[a].start;
    } else if (k >= 2 && link_word_in(t, &sc->w[k - 1], "the") && sc->w[k - 1].punct_before &&
               memchr(t + sc->w[k - 2].end, ',', sc->w[k - 1].start - sc->w[k - 2].end)) {
        /* an apposition naming the list before it: "from Providence and
         * Central Falls, the two Rhode Island cities that stopped ..." */
        size_t a = k - 1;
        while (a > 0 && link_name_or_link(t, sc->w, a - 1))
            a--;
        if (a < k - 1) from = sc->w[a].start;
    } else if (among_names(t, sc, k, &at) || list_names(t, sc, k, &at)) {
        /* "identified Westchester County among more than 30 local
         * jurisdictions that obstruct": the names it counts in */
        while (at > 0 && link_name_or_link(t, sc->w, at - 1))
            at--;
        from = sc->w[at].start;
    } else if (link_one_of(t, sc, k)) {
        uint32_t cs, ce; /* "Santa Fe is one of 12 cities that sued": its clause's subject */
        link_clause_of(sc, sc->m[gs].start, &cs, &ce);
        from = cs;
    }
    uint32_t ls = 0,
             le = 0; /* "... were Cook County, Illinois; ...", ", including Harris County" */
    bool listed = link_members_after(t, sc, h->end, &ls, &le);
    /* the legislating state of the generic's own clause: "Texas law
     * requires ..., and Attorney General Paxton has pledged to enforce
     * that requirement against any local government that refuses" is
     * the pledge's, not the law's */
    uint32_t gcs, gce;
    link_clause_of(sc, sc->m[gs].start, &gcs, &gce);
    /* (a legislature that only vows, pleads for or turns down a cut
     * enacts nothing the generic's clause could carry: "Utah lawmakers
     * vowed to cut off state grants to any city that adopts ...") */
    /* a relative clause goes on with the measure before it ("House
     * Bill 226, which would cut grants to any city that limits") */
    while (gcs > 0 && link_word_in(t, &sc->w[link_word_at(sc, gcs)], "which|that|who|whose|where"))
        link_clause_of(sc, gcs - 1, &gcs, &gce);
    for (size_t i = 0; i < sc->nm; i++)
        if ((int)i == gs ||
            (!sc->m[i].generic && link_seat_ok(&sc->m[i]) &&
             ((sc->m[i].start >= from && sc->m[i].end <= sc->m[gs].start) ||
              (listed && sc->m[i].start >= ls && sc->m[i].start < le) ||
              (sc->m[i].start >= gcs && link_legislating_state(gaz, t, sc, &sc->m[i]) &&
               !link_not_enacted(t, sc, gcs, sc->m[gs].start)))))
            m[n++] = sc->m[i];
    const link_mention *ms = state_money_state(gaz, t, sc);
    if (!ms) ms = link_measure_state(gaz, t, sc, gcs, sc->m[gs].start);
    if (ms) n = link_add_once(m, n, ms);
    return n;
}

/* The hit's clause as clause_mentions reads it: what it reaches, what it
 * names, and what it may borrow from the rest of the sentence. */
typedef struct hit_clause {
    hit_reach reach;
    uint32_t cs;            /* where the clause starts (reach.ce: where the hit's part ends) */
    uint32_t claim;         /* where a suit's claim clause starts (UINT32_MAX: none) */
    uint32_t semi;          /* borrowing stops before this semicolon side (0: none) */
    int back;               /* the level "the city" / "the county" points back to */
    bool where_law;         /* the hit is in an opening state's "where" clause of law */
    bool why_law;           /* a funding act, which a state's law may be the cause of */
    size_t spec_in, gen_in; /* specific and generic mentions within reach */
    bool others;            /* the clause's generic says "other" */
    bool placed;            /* a generic of the clause names its states ("cities in Virginia") */
    bool rel_local;         /* a local policy told in a relative clause on a named local */
    bool local_back;        /* a nameless clause speaking of "the city" or "the county" */
    bool state_back;        /* ... or of "the state" or its governor */
    bool body_rel;          /* told of a nameless body (nameless_body_relative) */
    bool aimed_at;          /* the names of an aimed_apposition are the target's */
} hit_clause;

/* Sets c's clause bounds and reach for hit h: its clause, a relative
 * clause's antecedent, a parallel clause, the members a generic lists. */
static void read_clause(const polex_gazetteer *gaz, const polex_doc *doc, const polex_hit *h,
                        const link_scratch *sc, hit_clause *c) {
    const char *t = doc->text;
    uint32_t cs, ce, as = 0, ae = 0;
    /* a hit may open on the comma before its clause (", which are not
     * parties to the suit"): its clause is that of its first word */
    size_t hw = link_word_at(sc, h->start);
    link_clause_of(sc, hw < sc->nw ? sc->w[hw].start : h->start, &cs, &ce);
    bool rel = link_antecedent(t, sc, cs, false, &as, &ae);
    /* "In Minnesota, where ...": a state's "where" clause is the state's
     * law or climate, told apart elsewhere (link_where_law_state); a
     * county's or city's ("In Yuma County, where the sheriff signed
     * ...") is that place's */
    /* (a state named inside the sentence keeps a clause about its law:
     * "Supporters of the Georgia law point to Florida, where a 2019
     * statute bans sanctuary policies" is Florida's, but not "a related
     * case in Oregon, where a judge barred ...", a court's seat) */
    c->where_law = false;
    if (rel && link_word_in(t, &sc->w[link_word_at(sc, cs)], "where") &&
        !link_where_locator(gaz, t, sc, &as, &ae) &&
        (opens_sentence(sc, as) || !speaks_of_law(t, sc, cs, ce))) {
        for (size_t i = 0; i < sc->nm && rel; i++)
            rel = !(sc->m[i].start >= as && sc->m[i].end <= ae &&
                    link_mention_level(gaz, &sc->m[i]) == GZ_LEVEL_STATE);
        /* the law's clause ends at its first comma ("where a 2008 state
         * law requires local jails to check ..., the Richland County
         * Council voted"): the main clause after it is not the law's */
        uint32_t we = comma_after(t, sc, cs, ce);
        c->where_law = !rel && opens_sentence(sc, as) && h->end <= we &&
                       speaks_of_law(t, sc, cs, we) && other_act_after(doc, h, we);
        if (c->where_law) ce = we;
    }
    /* "Portland and Multnomah County in Oregon, which sued over the same
     * requirement": the state only locates the names the clause is on */
    else if (rel && link_word_in(t, &sc->w[link_word_at(sc, cs)], "which|whose|who"))
        link_where_locator(gaz, t, sc, &as, &ae);
    uint32_t from = cs; /* a closed relative clause is not the hit's */
    uint32_t close = rel ? link_relative_close(t, sc, cs, ce == UINT32_MAX ? sc->end : ce) : 0;
    if (close && close <= h->start) {
        from = close;
        link_antecedent(t, sc, cs, true, &as, &ae);
    } else if (close) /* the hit is in it: "Arlington, Texas, whose police have worked
                       * with ICE, joined Texas in a lawsuit" */
        ce = close;
    uint32_t ps = 0, pe = 0;
    bool par = !rel && link_parallel_clause(gaz, doc, h, sc, cs, ce, &ps, &pe);
    if (!par && !rel) par = link_coordinated_antecedent(t, sc, cs, &ps, &pe);
    if (!par && rel && close && close <= h->start) {
        uint32_t acs, ace; /* the subject's clause, before the relative one */
        link_clause_of(sc, as, &acs, &ace);
        par = link_resumed_parallel(gaz, doc, h, sc, acs, ace, ce, &ps, &pe);
    }
    c->back = link_back_level(t, sc, from, ce, h->start);
    c->claim = ce;
    if (!strcmp(h->type, "litigation")) ce = link_suit_claim_end(t, sc, ce);
    if (ce == c->claim) c->claim = UINT32_MAX;
    uint32_t section = sc->first > 0 && sc->first < sc->nw ? sc->w[sc->first].start : 0;
    uint32_t mls = 0, mle = 0; /* members a generic of the clause lists */
    link_generic_members(t, sc, from, ce, &mls, &mle);
    c->aimed_at = false;
    if (!mls && !in_local_relative(t, sc, from, h->start) &&
        acts_on_generic(t, sc, from, ce, h->start))
        c->aimed_at = aimed_apposition(t, sc, ce, &mls, &mle);
    c->reach = (hit_reach){from, ce, rel, as, ae, par, ps, pe, mls, mle, section};
    c->cs = cs;
    /* a state whose law a funding act is over ("five months after
     * freezing the money over Oregon's sanctuary law") names no party
     * of it: the clause borrows the grantees the sentence names, and
     * link_drop_cause_laws drops the state beside them */
    c->why_law = !strcmp(h->type, "funding");
}

/* Whether mention x is a law a suit's claim relies on: it counts for
 * nothing in the hit's clause (c). */
static bool claim_law(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                      const hit_clause *c, const link_mention *x) {
    return x->start >= c->claim && x->start < c->reach.ce && law_relied_on(gaz, t, sc, x);
}

/* Whether mention x is within the hit's reach (c), not only the law a
 * funding act is over. */
static bool reached(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                    const hit_clause *c, const link_mention *x) {
    return in_reach(gaz, &c->reach, x) && !(c->why_law && link_cause_law(gaz, t, sc, x));
}

/* Counts what the clause names (c->spec_in, gen_in, others, placed). */
static void count_named(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                        hit_clause *c) {
    size_t seats_in = 0;
    c->spec_in = c->gen_in = 0;
    c->others = c->placed = false;
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *x = &sc->m[i];
        if (claim_law(gaz, t, sc, c, x)) continue;
        bool in = reached(gaz, t, sc, c, x);
        /* a clause naming a court's seat names something: it takes no
         * names from the rest of the sentence ("after a federal court in
         * Oregon found ...") */
        if (in && !(x->generic && link_back_reference(t, sc, x)))
            *(x->generic ? &c->gen_in : &c->spec_in) += 1;
        c->others |= in && x->generic && link_other_generic(t, sc, x);
        for (size_t k = 0; in && x->generic && k < sc->n_mods && !c->placed; k++)
            c->placed = sc->mods[k].start >= x->start && sc->mods[k].end <= x->end;
        seats_in += in && !x->generic && !link_seat_ok(x);
    }
    /* "..., and a federal judge in Detroit issued a preliminary
     * injunction in their favor": a clause naming only a court's seat
     * that points back to the parties takes them from the sentence */
    uint32_t from = c->reach.from, ce = c->reach.ce;
    if (c->spec_in > 0 && c->spec_in == seats_in &&
        (link_favor_of_them(t, sc, from, ce) || seat_named_party(sc, from, ce)))
        c->spec_in = 0;
}

/* Sets what a clause naming nobody may borrow (c->semi, rel_local,
 * local_back, state_back, body_rel). */
static void read_borrowing(const polex_gazetteer *gaz, const char *t, const polex_hit *h,
                           const link_scratch *sc, hit_clause *c) {
    uint32_t from = c->reach.from, ce = c->reach.ce;
    /* "Atlanta has refused to sign; Fulton County signed it in December,
     * and its award was released": a nameless clause borrows from its
     * own side of a semicolon when that side names someone */
    c->semi = c->spec_in == 0 ? semicolon_side(t, sc, from, ce) : 0;
    /* a local policy told in a relative clause on a named local
     * ("Huntington Beach, which declared itself a non-sanctuary city
     * ... and has its own lawsuit pending against California", "San
     * Diego County, whose Sheriff's Office has cooperated with ICE more
     * than most California agencies") is that local's: a state named
     * elsewhere in the sentence is no party of it, unless by the law
     * the local acts under */
    c->rel_local = false;
    for (size_t i = 0; i < sc->nm && c->reach.rel && !strcmp(h->type, "noncooperation"); i++)
        c->rel_local |= sc->m[i].start >= c->reach.as && sc->m[i].end <= c->reach.ae &&
                        link_mention_level(gaz, &sc->m[i]) > GZ_LEVEL_STATE;
    /* a nameless clause speaking of "the city" or "the county" borrows
     * no state, unless it speaks of the state too ("warning that the
     * county could lose state grants": the state's own money) */
    c->local_back = c->spec_in == 0 && local_back_word(t, sc, from, ce) &&
                    !word_between(t, sc, from, ce, "state|State");
    /* and one speaking of "the state" or its governor borrows the
     * state alone ("In Nebraska, Douglas County Sheriff X said ...,
     * despite a letter from Gov. Y urging every sheriff in the state to
     * join": the letter is the state's) */
    c->state_back = c->spec_in == 0 && c->gen_in == 0 && !c->local_back && names_state(gaz, sc) &&
                    state_back_word(t, sc, from, ce);
    /* so does the law of "In South Carolina, where a 2008 state law
     * requires local jails to check ..., the Richland County Council
     * voted to reject ...": the law is the state's, the main clause's
     * act the county's (link_where_law_state) */
    c->state_back |= c->where_law && c->spec_in == 0;
    c->body_rel = c->spec_in == 0 && nameless_body_relative(t, sc, h->start) &&
                  !local_back_word(t, sc, from, ce);
}

/* Whether mention x, outside the hit's reach, stays out of a borrowing
 * clause (c): it belongs to another relative clause, side, comment,
 * comparison or contrast, or to a level or law the clause does not speak of. */
static bool stays_out(const polex_gazetteer *gaz, const char *t, const polex_hit *h,
                      const link_scratch *sc, const hit_clause *c, const link_mention *x) {
    int lv = link_mention_level(gaz, x);
    if (!x->generic && c->spec_in == 0 && link_in_other_relative(t, sc, c->cs, x->start))
        return true;
    if (!x->generic && (x->start < c->semi || c->body_rel)) return true;
    if (c->local_back && lv == GZ_LEVEL_STATE && !names_law(t, sc, x)) return true;
    if (c->state_back && !x->generic && lv > GZ_LEVEL_STATE) return true;
    if (lv == GZ_LEVEL_STATE && law_in_other_conjunct(t, sc, x, h->start)) return true;
    /* "Governor Orders State Agencies Into 287(g) Partnerships, Warns
     * Columbia Over ...": the object of the subject's next act in a
     * headline is no party of the act before it */
    if (sc->verb_phrase > h->start && x->start >= sc->verb_phrase) return true;
    if (!x->generic &&
        (link_attribution(t, sc, x->start) || link_in_comment(t, sc, x->start) ||
         link_in_comparison(t, sc, x->start) || link_in_contrast(t, sc, x->start, h->start)))
        return true;
    if (!x->generic && c->spec_in == 0 &&
        (link_other_level(gaz, t, x, c->back) || c->others ||
         /* "Sheriffs in Florida and Georgia signed ..., while a handful of
          * cities in Virginia and North Carolina tightened limits": the
          * clause's generic has its states */
         (c->placed && lv == GZ_LEVEL_STATE)))
        return true;
    /* "..., but he declined to extend his ruling to other Ohio cities":
     * the generic a later clause says "other" of (and its state) means
     * places that are not the act's (an earlier one may head the
     * hit's relative clause: "other Texas cities, which remain free
     * to bring their own suits") */
    return x->start > h->start && (x->generic || lv == GZ_LEVEL_STATE) &&
           link_other_generic(t, sc, x);
}

/* A threat or conditions aimed at generic jurisdictions ("sanctuary
 * cities could lose Byrne JAG grants", "conditions that require cities
 * ... to cooperate") concern them, not the sentence's other local names,
 * nor its other states but the one making it (aimed_state_maker). */
static bool aimed_elsewhere(const polex_gazetteer *gaz, const char *t, const polex_hit *h,
                            const link_scratch *sc, const hit_clause *c, const link_mention *x) {
    return c->gen_in > 0 && !x->generic && !strcmp(h->type, "funding") &&
           (!strcmp(h->action, "threaten") || !strcmp(h->action, "condition")) && x->div >= 0 &&
           (gz_div_at(gaz, (uint32_t)x->div)->level != GZ_LEVEL_STATE ||
            !aimed_state_maker(gaz, t, sc, c->reach.from, c->reach.ce, x)) &&
           !sues_over(t, sc, x->end, h->start);
}

/* The mentions of hit h's clause (c), and those it borrows from the rest
 * of the sentence when it names nobody; into m, returns their count. */
static size_t clause_mentions(const polex_gazetteer *gaz, const polex_doc *doc, const polex_hit *h,
                              const link_scratch *sc, hit_clause *c, link_mention *m) {
    const char *t = doc->text;
    size_t n = 0;
    read_clause(gaz, doc, h, sc, c);
    count_named(gaz, t, sc, c);
    read_borrowing(gaz, t, h, sc, c);
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *x = &sc->m[i];
        if (!link_seat_ok(x)) continue;
        if (claim_law(gaz, t, sc, c, x)) continue;
        bool in = reached(gaz, t, sc, c, x);
        if (!in && stays_out(gaz, t, h, sc, c, x)) continue;
        /* a local policy told in a relative clause on a named local is
         * that local's (borrowing) */
        if (c->rel_local && link_mention_level(gaz, x) == GZ_LEVEL_STATE &&
            !(x->start >= c->reach.as && x->end <= c->reach.ae) && !names_law(t, sc, x))
            continue;
        if (in || (x->generic ? c->gen_in == 0
                              : c->spec_in == 0 && !aimed_elsewhere(gaz, t, h, sc, c, x)))
            m[n++] = *x;
    }
    if (c->spec_in == 0 && c->gen_in == 0) n = names_over_generics(t, h, m, n);
    if (c->local_back) n = one_local_back(gaz, object_local_back(t, sc, h->start, h->end), m, n);
    if (c->spec_in > 1 && sc->first < sc->nw && c->reach.from <= sc->w[sc->first].start) {
        size_t k = 0; /* "In Nebraska, Douglas County ..., despite ... Gov. ..." */
        for (size_t i = 0; i < n; i++)
            if (!link_clause_opening_locator(gaz, t, sc, &m[i], c->reach.ce)) m[k++] = m[i];
        n = k;
    }
    return link_fill_anaphor(gaz, t, sc, c->reach.from, c->reach.ce, m, n);
}

/* What the filters of a hit's mentions look at. */
typedef struct mention_filter {
    const polex_gazetteer *gaz;
    const char *t;
    const link_scratch *sc;
    const polex_hit *h;
} mention_filter;

typedef bool (*mention_drop)(const mention_filter *f, const link_mention *x);

/* Drops the mentions of m (n) for which drop() is true; returns how many remain. */
static size_t drop_where(const mention_filter *f, link_mention *m, size_t n, mention_drop drop) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!drop(f, &m[i])) m[k++] = m[i];
    return k;
}

/* ", as Florida law requires": the comply's law only */
static bool as_law_state(const mention_filter *f, const link_mention *x) {
    return !x->generic && link_as_law_state(f->t, f->sc, x);
}

/* "a 2024 state law that requires North Carolina sheriffs to ..." */
static bool state_in_law_description(const mention_filter *f, const link_mention *x) {
    return !x->generic && link_mention_level(f->gaz, x) == GZ_LEVEL_STATE &&
           in_law_description(f->t, f->sc, x, f->h->start);
}

/* "Flagstaff, which joined the Phoenix case": Flagstaff's */
static bool joined_case(const mention_filter *f, const link_mention *x) {
    return !x->generic && link_joined_case(f->t, f->sc, x);
}

/* "In the Chicago cases we held that ... may not impose conditions" */
static bool case_label(const mention_filter *f, const link_mention *x) {
    return !x->generic && link_case_label(f->gaz, f->t, f->sc, x);
}

/* "extended that injunction to every recipient in the State of Texas" */
static bool relief_area_of(const mention_filter *f, const link_mention *x) {
    return !x->generic && relief_area(f->gaz, f->t, f->sc, x, !strcmp(f->h->type, "litigation"));
}

/* "Relief is limited to the plaintiffs; she declined to extend it to ..." */
static bool declined(const mention_filter *f, const link_mention *x) {
    return declined_extension(f->t, f->sc, x);
}

/* the declining itself keeps only what was declined (narrow_by_type) */
static bool not_declined(const mention_filter *f, const link_mention *x) {
    return !declined_extension(f->t, f->sc, x);
}

/* a yardstick law's state counts for its content after it */
static bool yardstick_before(const mention_filter *f, const link_mention *x) {
    return x->seat == LINK_SEAT_LAW && f->h->start < x->start;
}

/* a party's seat is the ruling's party, not the suit's */
static bool party_seat(const mention_filter *f, const link_mention *x) {
    (void)f;
    return x->seat == LINK_SEAT_PARTY;
}

/* Drops what the hit's type and action rule out: laws, cases, relief areas
 * and declined extensions that are no party of it. */
static size_t narrow_by_type(const mention_filter *f, link_mention *m, size_t n) {
    const polex_hit *h = f->h;
    n = link_generic_target_only(f->t, f->sc, h, m, n);
    n = link_law_content_only(f->gaz, f->t, f->sc, h->start, m, n);
    n = link_measure_owner_only(f->gaz, f->t, f->sc, h->start, m, n);
    bool lit = !strcmp(h->type, "litigation"), ruling = !strcmp(h->type, "ruling");
    if (!strcmp(h->type, "funding")) {
        n = link_drop_cause_laws(f->gaz, f->t, f->sc, m, n);
        n = link_drop_forecaster(f->gaz, f->t, f->sc, h->start, m, n);
        n = link_drop_suing_state(f->gaz, f->t, f->sc, h, m, n);
    }
    if (strcmp(h->type, "noncooperation")) n = drop_where(f, m, n, as_law_state);
    if (lit) n = drop_where(f, m, n, state_in_law_description);
    if (lit) n = drop_where(f, m, n, joined_case);
    if (!ruling && !lit) n = drop_where(f, m, n, case_label);
    if (!ruling) n = drop_where(f, m, n, relief_area_of);
    if (ruling && !strcmp(h->action, "block")) n = drop_where(f, m, n, declined);
    if (ruling && !strcmp(h->action, "uphold")) {
        /* the declining itself ("..., and the Court declines to extend the
         * injunction to other Byrne JAG recipients in Michigan") is about
         * the area declined, not the parties the relief stays with
         * (corpora/README, session 14: relief limited to named parties) */
        bool any = false;
        for (size_t i = 0; i < n && !any; i++)
            any = declined_extension(f->t, f->sc, &m[i]);
        if (any) n = drop_where(f, m, n, not_declined);
    }
    return drop_where(f, m, n, yardstick_before);
}

/* Drops the states and counties that only modify a local noun ("the third
 * Monmouth County municipality to sign") when the event names a place, or
 * when a local named before the hit is the one they stand for ("Madison
 * sued ..., becoming the first Wisconsin city to take the administration
 * to court"). */
static size_t drop_modifier_seats(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                                  const polex_hit *h, bool aimed_at, link_mention *m, size_t n) {
    bool named = false;
    for (size_t i = 0; i < n && !named; i++)
        named = !m[i].generic && m[i].div >= 0 && m[i].seat != LINK_SEAT_MODIFIER;
    bool local_before = false;
    for (size_t i = 0; i < sc->nm && !named && !local_before; i++) {
        int lv = link_mention_level(gaz, &sc->m[i]);
        local_before = lv >= 0 && lv != GZ_LEVEL_STATE && sc->m[i].end <= h->start &&
                       sc->m[i].seat == LINK_SEAT_NONE;
    }
    if (!named && !local_before) return n;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (m[i].seat != LINK_SEAT_MODIFIER ||
            (!named && link_mention_level(gaz, &m[i]) != GZ_LEVEL_STATE) ||
            (aimed_at && any_before(t, sc, &m[i])))
            m[k++] = m[i];
    return k;
}

/* A suit's party told by a seat: the suit's own court seat or subject's,
 * or the seat of the thread's party when the event names nobody. */
static size_t add_seat_parties(const polex_linker *lk, const polex_doc *doc, const polex_hit *h,
                               const polex_sentence *se, const link_scratch *sc, bool body_rel,
                               link_mention *m, size_t n) {
    const polex_gazetteer *gaz = lk->gaz;
    bool lit = !strcmp(h->type, "litigation");
    if (lit && !body_rel && !names_specific(doc, h, se, m, n) && n < LINK_MAX_MENTIONS) {
        int ss = link_suing_seat(gaz, doc->text, sc);
        if (ss < 0) ss = link_suit_subject_seat(lk, doc, sc);
        if (ss >= 0) m[n++] = sc->m[ss];
    }
    if (n == 0 && !body_rel) { /* the seat that is the thread's party (link_thread_seat) */
        int ts = link_thread_seat(lk, doc, h->sentence, lit, sc);
        if (ts >= 0) { /* the party, so its role is no court's location */
            m[n] = sc->m[ts];
            m[n++].seat = LINK_SEAT_PARTY;
        }
    }
    return n;
}

/* Adds the states the sentence makes parties of the event without naming
 * them in its clause: the state at stake in a funding act, the sentence's
 * state, a state's law a suit or a policy acts under, an office's or a
 * tally's state, the state of an opening "where" clause of law. */
static size_t add_implied_states(const polex_gazetteer *gaz, const polex_doc *doc,
                                 const polex_hit *h, const link_scratch *sc, link_mention *m,
                                 size_t n) {
    const char *t = doc->text;
    if (!strcmp(h->type, "funding")) n = add_stakes(gaz, t, sc, h->start, m, n);
    n = link_add_sentence_state(gaz, doc, h, sc, m, n);
    if (!strcmp(h->type, "litigation")) n = link_org_state_law(gaz, t, sc, h->start, m, n);
    if (!strcmp(h->type, "noncooperation"))
        n = link_qualifier_state_law(gaz, t, sc, h->start, m, n);
    int os = office_state(gaz, t, sc, h->start);
    if (os >= 0) n = link_add_once(m, n, &sc->m[os]);
    int ts = tally_state(gaz, t, sc, h->start);
    if (ts >= 0) n = link_add_once(m, n, &sc->m[ts]);
    bool against = !strcmp(h->type, "noncooperation") &&
                   (!strcmp(h->action, "refuse") || !strcmp(h->action, "limit") ||
                    !strcmp(h->action, "resist"));
    /* the law binds local policy: money a local got or lost under it is
     * no act of the law ("In Idaho, where state law bars ..., Boise
     * received its award") */
    int wl = !strcmp(h->type, "funding") ? -1 : link_where_law_state(gaz, t, sc, h->start, against);
    if (wl >= 0) n = link_add_once(m, n, &sc->m[wl]);
    return n;
}

/* Drops the states that act on a local policy rather than hold it: their
 * agencies, a state acting, demanding, warning or suing. */
static size_t drop_acting_states(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                                 const polex_hit *h, link_mention *m, size_t n) {
    if (!strcmp(h->type, "noncooperation")) {
        /* the state's departments act on the county ("directing the Iowa
         * Department of Public Safety to suspend payments to Johnson
         * County": the order and the cut are the state's too); the local
         * policy the event is about stays the county's alone */
        n = link_drop_agencies(m, n);
        n = link_drop_acting_state(gaz, t, sc, h->start, m, n);
        n = drop_demanding_state(gaz, t, sc, h->start, m, n);
        n = link_drop_warning_state(gaz, t, sc, h->start, m, n);
        n = link_drop_state_suer(gaz, t, sc, h->start, m, n);
        n = drop_suing_state(gaz, t, sc, h->start, m, n);
    }
    /* a local directive or memo the state acts against ("warned the City
     * of Jackson ... unless the police department rescinds a memo that
     * bars officers from ...") is the local's order */
    if (!strcmp(h->type, "order") && !strcmp(h->action, "direct"))
        n = link_drop_acting_state(gaz, t, sc, h->start, m, n);
    /* not funding: a grant's terms are aimed at the recipient suing over them
     * ("Philadelphia sued DHS over conditions that DHS attached to its
     * Transit Security Grant Program") */
    if (!strcmp(h->type, "order") || !strcmp(h->type, "noncooperation"))
        n = link_drop_federal_measure_suer(gaz, t, sc, h->start, m, n);
    return n;
}

/* Adds the states modifying the event's generic mentions ("Wisconsin
 * cities") when nothing more specific is named. */
static size_t add_generic_states(const polex_gazetteer *gaz, const polex_doc *doc,
                                 const polex_hit *h, const polex_sentence *se,
                                 const link_scratch *sc, const hit_clause *c, link_mention *m,
                                 size_t n) {
    /* ("Every city in Texas is required to cooperate, and El Paso is no
     * exception": a clause naming only a generic its state places keeps
     * the state beside the names it borrows) */
    /* ("including every county in Oregon and 19 of Washington's 39
     * counties": beside other states, the state of a generic of the hit's
     * clause counts as theirs do) */
    bool only_states = c->gen_in > 0;
    for (size_t i = 0; i < n && only_states; i++)
        only_states = m[i].generic || m[i].div < 0 ||
                      gz_div_at(gaz, (uint32_t)m[i].div)->level == GZ_LEVEL_STATE;
    if (sc->n_mods == 0 ||
        (names_specific(doc, h, se, m, n) && !(c->gen_in > 0 && c->spec_in == 0) &&
         !unnamed_members(gaz, doc, sc, h->start, m, n) && !only_states))
        return n;
    for (size_t g = 0, n0 = n; g < n0; g++)
        for (size_t k = 0; m[g].generic && !in_law_description(doc->text, sc, &m[g], h->start) &&
                           k < sc->n_mods && n < LINK_MAX_MENTIONS;
             k++)
            if (sc->mods[k].start >= m[g].start && sc->mods[k].end <= m[g].end)
                m[n++] = sc->mods[k];
    return n;
}

/* The mentions of the cached sentence an event hit [hs, he) concerns, into
 * m (LINK_MAX_MENTIONS); returns their count. The hit's clause names them,
 * and a relative clause also its antecedent; a clause naming nothing falls
 * back to the whole sentence, except that a clause speaking of generic
 * jurisdictions only ("states that refuse") takes no specific ones from
 * elsewhere. A state modifying a generic plural counts when nothing more
 * specific is named. */
static size_t choose_mentions(const polex_linker *lk, const polex_doc *doc, const polex_hit *h,
                              const polex_sentence *se, const link_scratch *sc, link_mention *m) {
    const polex_gazetteer *gaz = lk->gaz;
    const char *t = doc->text;
    hit_clause c;
    memset(&c, 0, sizeof c);
    int gs = link_generic_subject(t, sc, h->start);
    size_t n = gs >= 0 ? generic_subject_mentions(gaz, t, h, sc, gs, m)
                       : clause_mentions(gaz, doc, h, sc, &c, m);
    if (!strcmp(h->type, "noncooperation") && !strcmp(h->action, "comply"))
        n = add_followers(gaz, t, sc, h->start, m, n);
    const mention_filter f = {gaz, t, sc, h};
    n = narrow_by_type(&f, m, n);
    n = drop_modifier_seats(gaz, t, sc, h, c.aimed_at, m, n);
    if (!strcmp(h->type, "litigation")) n = drop_where(&f, m, n, party_seat);
    n = add_seat_parties(lk, doc, h, se, sc, c.body_rel, m, n);
    n = add_implied_states(gaz, doc, h, sc, m, n);
    n = drop_acting_states(gaz, t, sc, h, m, n);
    return add_generic_states(gaz, doc, h, se, sc, &c, m, n);
}

/* Whether the clause of the hit points back to names before it ("but
 * officials in both cities said they would not sign"). */
static bool points_back(const char *t, const link_scratch *sc, uint32_t hs) {
    uint32_t cs, ce;
    link_clause_of(sc, hs, &cs, &ce);
    for (size_t q = link_word_at(sc, cs); q < sc->nw && sc->w[q].start < ce; q++)
        if (link_word_in(t, &sc->w[q], "both|they|their|each|it")) return true;
    return local_back_word(t, sc, cs, ce);
}

/* Drops the places said to be left out: no party of the act. An act said
 * not to reach a place drops it anywhere ("the injunction does not cover
 * Virginia localities"). A place said to be out of a group or act drops
 * from the other clauses' acts ("..., though Georgia was not among them",
 * "; none of the letters went to Nebraska"), not from its own clause's
 * ("Louisiana was not among the plaintiffs" is its negated suit; "Georgia
 * was not among them and the ruling does not cover" goes on past it), nor from
 * a clause after it that points back to it ("Duluth and Rochester were not
 * part of the suit, but officials in both cities said they would not
 * sign"; "Hennepin County was not among them, and it has not joined the
 * suit"; "..., and the county had not decided whether to join"). */
static size_t drop_left_out(const char *t, const polex_hit *h, const link_scratch *sc,
                            link_mention *m, size_t n) {
    uint32_t cs, ce;
    link_clause_of(sc, h->start, &cs, &ce);
    int back = -1; /* computed on first need: most hits name nobody left out */
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int out = link_excluded_place(t, sc, m[i].start, m[i].end);
        if (out == 1 && m[i].start >= cs && m[i].start < ce &&
            !and_between(t, sc, m[i].end, h->start))
            out = 0;
        if (out == 1 && m[i].start < h->start) {
            if (back < 0) back = points_back(t, sc, h->start);
            out = !back;
        }
        if (!out) m[k++] = m[i];
    }
    return k;
}

/* "Bucks County commissioners voted ..., the latest in a string of local
 * decisions across Pennsylvania, New Jersey and New York": a trailing
 * appositive that sets the act among other places' acts names those places
 * only to compare (a place counts as target, actor or location of the
 * event). Drops the states named after such ", the latest|newest" after
 * the hit when a local division named before it is kept; returns the new
 * count of m (n). An ordinal (", the third Wisconsin county to do so")
 * needs no drop: a state placing a named local is its modifier already
 * (corpora/README, session 16). */
static size_t drop_ranking_states(const polex_gazetteer *gaz, const char *t, const polex_hit *h,
                                  const link_scratch *sc, link_mention *m, size_t n) {
    uint32_t at = 0;
    for (size_t k = 1; k + 1 < sc->nw && !at; k++)
        if (sc->w[k].start > h->start && sc->w[k].start >= 2 && sc->w[k].punct_before &&
            t[sc->w[k].start - 2] == ',' && link_word_in(t, &sc->w[k], "the") &&
            link_word_in(t, &sc->w[k + 1], "latest|newest"))
            at = sc->w[k].start;
    if (!at) return n; /* nearly every hit */
    bool local = false;
    for (size_t i = 0; i < n && !local; i++)
        local = link_mention_level(gaz, &m[i]) > GZ_LEVEL_STATE && m[i].start < at;
    if (!local) return n;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!(link_mention_level(gaz, &m[i]) == GZ_LEVEL_STATE && m[i].start > at)) m[k++] = m[i];
    return k;
}

/* "two Orange County residents filed suit", "a group of Athens residents
 * sued the state": people who live in a place are no party, target or actor
 * for it (corpora/README, session 4), so the name placing them adds no id
 * (blind writers v29a, v30a, v36h). Drops such names from m (n); returns the
 * new count. */
static size_t drop_residents(const polex_gazetteer *gaz, const char *t, const polex_hit *h,
                             const link_scratch *sc, link_mention *m, size_t n) {
    bool funding = strcmp(h->type, "funding") == 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        size_t e = m[i].generic ? sc->nw : link_word_at(sc, m[i].end);
        /* "froze grants that serve Newark residents": the money the hit
         * acts on is the place's (review17 b2) */
        bool people = e < sc->nw && !sc->w[e].punct_before && !(funding && m[i].start >= h->end) &&
                      link_word_in(t, &sc->w[e], "residents|resident");
        /* "Greensboro residents sued the city": the place is the target;
         * so is the state in "Texas residents sued the state" (review17
         * b1), but not in "Athens residents sued the state" or "arguing
         * that the state law" */
        bool state = link_mention_level(gaz, &m[i]) == GZ_LEVEL_STATE;
        for (size_t q = e + 2; people && q < sc->nw; q++)
            people = !(link_word_in(t, &sc->w[q - 1], "the|its") &&
                       (link_word_in(t, &sc->w[q], "city|county|town|village|township") ||
                        (state && q <= e + 3 && link_word_in(t, &sc->w[q], "state"))));
        if (!people) m[k++] = m[i];
    }
    return k;
}

/* Keeps the generic mentions of m and those starting in [from, end);
 * returns the new count. */
static size_t keep_span(link_mention *m, size_t n, uint32_t from, uint32_t end) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (m[i].generic || (m[i].start >= from && m[i].start < end)) m[k++] = m[i];
    return k;
}

/* "..., and federal courts in other circuits have found such conditions
 * unlawful", "though federal judges have repeatedly blocked those efforts":
 * a ruling whose subject is courts or judges in the plural speaks of
 * rulings in general, none about the places of the sentence's other
 * clauses. Keeps the mentions of the hit's clause; returns the new count.
 * Not when the clause points back ("the federal courts enjoined them") or
 * is a place's "where" clause ("Chicago, where courts enjoined ..."). */
static size_t drop_for_courts_at_large(const char *t, const polex_hit *h, const link_scratch *sc,
                                       link_mention *m, size_t n) {
    if (strcmp(h->type, "ruling") != 0) return n;
    uint32_t cs, ce;
    link_clause_of(sc, h->start, &cs, &ce);
    if (word_between(t, sc, cs, ce, "where|them|their|they|both|each|its|it|city|county|town"))
        return n;
    size_t he = link_word_at(sc, h->end);
    uint32_t to = he < sc->nw && sc->w[he].start < ce ? sc->w[he].start : ce;
    return word_between(t, sc, cs, to, "courts|judges") ? keep_span(m, n, cs, ce) : n;
}

/* The word of the subordinator ("if", "when", ...) that opens the clause
 * of the word hw (the hit's first word, which may be it: "if the freeze
 * is upheld"), at most five words before it with no punctuation between,
 * from word a on; SIZE_MAX when there is none. */
static size_t subordinator_before(const char *t, const link_scratch *sc, size_t a, size_t hw) {
    if (hw < sc->nw && link_word_in(t, &sc->w[hw], "if|unless|when|once|until")) return hw;
    for (size_t q = hw; q > a && q + 6 > hw && !sc->w[q].punct_before; q--)
        if (link_word_in(t, &sc->w[q - 1], "if|unless|when|once|until")) return q - 1;
    return SIZE_MAX;
}

/* "Harford's sheriff has said he would restart the program if the court
 * strikes down the ban", "Multnomah County has not held people on ICE
 * detainers since 2014, when a federal magistrate judge found that doing
 * so ... violated the Fourth Amendment": a ruling told in a condition or
 * time clause of its own ("if", "unless", "when", "once", "until" and a
 * subject of up to five words before the hit) is a ruling on the law at
 * large; the places of the clause it depends on are that clause's. Keeps
 * the mentions from the subordinator to the clause's end; not when the
 * condition points back ("when a judge declined to void it", "if a judge
 * orders the money released"). Not "after": dev gold reads "gets its
 * grants back after judge blocks freeze" as the place's ruling. */
static size_t drop_for_subordinate_ruling(const char *t, const polex_hit *h, const link_scratch *sc,
                                          link_mention *m, size_t n) {
    if (strcmp(h->type, "ruling") != 0) return n;
    uint32_t cs, ce;
    link_clause_of(sc, h->start, &cs, &ce);
    size_t sub = subordinator_before(t, sc, link_word_at(sc, cs), link_word_at(sc, h->start));
    if (sub == SIZE_MAX) return n;
    if (sub + 1 < sc->nw &&
        word_between(t, sc, sc->w[sub + 1].start, ce,
                     "it|its|them|their|they|both|each|city|county|town|cities|counties|"
                     "money|funds|grants|grant|award|awards|plaintiffs|Plaintiffs"))
        return n;
    return keep_span(m, n, sc->w[sub].start, ce);
}

/* The mentions that stand for the jurisdictions of hit h, into m. */
static size_t hit_mentions(const polex_linker *lk, const polex_doc *doc, const polex_hit *h,
                           const polex_sentence *se, const link_scratch *sc, link_mention *m) {
    size_t n = choose_mentions(lk, doc, h, se, sc, m);
    n = drop_for_courts_at_large(doc->text, h, sc, m, n);
    n = drop_for_subordinate_ruling(doc->text, h, sc, m, n);
    n = drop_left_out(doc->text, h, sc, m, n);
    n = drop_ranking_states(lk->gaz, doc->text, h, sc, m, n);
    return drop_residents(lk->gaz, doc->text, h, sc, m, n);
}

/* hit_mentions of h moved to bytes [start, end): the same event told again
 * elsewhere in its sentence, as if it were a hit of its own. */
static size_t mentions_at(const polex_linker *lk, const polex_doc *doc, const polex_hit *h,
                          const polex_sentence *se, const link_scratch *sc, uint32_t start,
                          uint32_t end, link_mention *m) {
    polex_hit twin = *h;
    twin.start = start;
    twin.end = end;
    twin.n_roles = 0;
    return hit_mentions(lk, doc, &twin, se, sc, m);
}

/* Adds to m the named jurisdictions of the clauses the matcher merged into
 * h (its roles "also", "also2", ...: the same event told of other places
 * in the same sentence, with the same status), as if each were a hit of
 * its own. */
static size_t add_twin_mentions(const polex_linker *lk, const polex_doc *doc, const polex_hit *h,
                                const polex_sentence *se, const link_scratch *sc, link_mention *m,
                                size_t n) {
    for (uint8_t r = 0; r < h->n_roles; r++) {
        if (strncmp(h->roles[r].name, "also", 4) != 0) continue;
        link_mention tm[LINK_MAX_MENTIONS];
        size_t tn = mentions_at(lk, doc, h, se, sc, h->roles[r].start, h->roles[r].end, tm);
        for (size_t i = 0; i < tn && n < LINK_MAX_MENTIONS; i++)
            if (!tm[i].generic && tm[i].div >= 0) n = link_add_once(m, n, &tm[i]);
    }
    return n;
}

/* Words that make a verb phrase pending or weighed ("may cut", "is
 * weighing cuts", "said it would freeze", "plans to sue"). */
#define PENDING_WORDS                                                                              \
    "may|might|could|would|will|can|weighing|considering|planning|plans|intends|expects|"          \
    "expected|poised|preparing|threatened|threatens"

/* The byte where a pending verb phrase coordinated after asserted hit h in
 * its clause [h->start, ce) starts ("FEMA cut Yonkers's grant last month
 * and is weighing cuts to Newburgh", "froze Camden's grants in May and may
 * cut Trenton's next", "and said it would freeze Berkeley's"): its "and",
 * "but" or "while", then a verb or one of PENDING_WORDS (not a subject of
 * its own: "cities ... limit how far their jails and police will go"),
 * and one of PENDING_WORDS within four words; not one that goes on doing
 * the done act ("honors ICE detainers and will continue to": session 9's
 * done and continuing). ce when none. */
static uint32_t pending_conjunct(const char *t, const link_scratch *sc, const polex_hit *h,
                                 uint32_t ce) {
    for (size_t k = link_word_at(sc, h->start) + 1; k + 1 < sc->nw && sc->w[k + 1].start < ce;
         k++) {
        if (!link_word_in(t, &sc->w[k], "and|but|while") ||
            !link_word_in(t, &sc->w[k + 1],
                          PENDING_WORDS "|is|are|was|were|has|have|had|said|says|then|now"))
            continue;
        for (size_t q = k + 1; q < sc->nw && q <= k + 4 && sc->w[q].start < ce; q++) {
            if (sc->w[q].cap || sc->w[q].punct_before) break;
            if (!link_word_in(t, &sc->w[q], PENDING_WORDS)) continue;
            if (q + 1 < sc->nw && link_word_in(t, &sc->w[q + 1], "continue|keep|remain|stay"))
                break;
            return sc->w[k].start;
        }
    }
    return ce;
}

/* Drops from m (n) the places named only in a pending verb phrase joined
 * to asserted hit h (pending_conjunct): the corpus's one entry for a done
 * and a pending event of one type and action takes the done one's status
 * and only its jurisdictions (corpora/README.md, session 12); the "also"
 * twins (same status) are added after. */
static size_t drop_pending_conjunct(const char *t, const polex_hit *h, const link_scratch *sc,
                                    link_mention *m, size_t n) {
    if (h->status != POLEX_ASSERTED) return n;
    uint32_t cs, ce;
    link_clause_of(sc, h->start, &cs, &ce);
    uint32_t ps = pending_conjunct(t, sc, h, ce);
    if (ps >= ce || ps < h->start) return n;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (m[i].generic || m[i].start < ps || m[i].start >= ce) m[k++] = m[i];
    return k;
}

/* Nouns of a local policy said to be the one told before. */
#define SAME_ACT_NOUNS                                                                             \
    "policy|policies|practice|agreement|agreements|ordinance|ordinances|resolution|arrangement|"   \
    "contract|order|rule|stance"

/* Whether word q opens a possessive before an agreement within three
 * words ("signed its agreement", "expanded its existing jail agreement",
 * "has kept his office's agreement", "Hall County's agreement dates to
 * 2008"): a local's own agreement told after a cooperation hit is one more
 * party keeping the hit's kind of pact. Not after a verb that ends or drops
 * it ("ended its agreement", "let its agreement lapse": the opposite act).
 * Sets *k to the agreement's word. */
static bool owned_agreement(const char *t, const link_scratch *sc, size_t q, uint32_t ce,
                            size_t *k) {
    if (!link_word_in(t, &sc->w[q], "its|his|her|their") && !link_possessive_s(t, &sc->w[q]))
        return false;
    if (q > 0 && link_word_in(t, &sc->w[q - 1],
                              "ended|end|ending|ends|terminated|terminate|cancelled|canceled|"
                              "dropped|let|scrapped|rescinded|suspended|quit|left|exited"))
        return false;
    for (size_t a = q + 1; a < sc->nw && a <= q + 4 && sc->w[a].start < ce; a++) {
        if (sc->w[a].punct_before) return false;
        if (link_word_in(t, &sc->w[a], "agreement|agreements")) {
            *k = a;
            return true;
        }
    }
    return false;
}

/* Whether word q is a "one" that stands for the hit's pact as the object
 * of signing or holding it ("and Oklahoma County commissioners voted to
 * approve one for the county jail", "and East Baton Rouge Parish is
 * negotiating one"): not a count ("signed one of the first", "one
 * deputy"). */
static bool pact_pronoun(const char *t, const link_scratch *sc, size_t q, uint32_t ce) {
    if (q == 0 || !link_word_in(t, &sc->w[q], "one") ||
        !link_word_in(t, &sc->w[q - 1],
                      "sign|signed|signs|signing|approve|approved|approves|approving|negotiate|"
                      "negotiated|negotiating|renew|renewed|adopt|adopted|reached|joined|has|have|"
                      "had|holds|held"))
        return false;
    const link_word *n = q + 1 < sc->nw ? &sc->w[q + 1] : NULL;
    return !n || n->start >= ce || n->punct_before ||
           link_word_in(t, n, "for|in|last|this|that|with|on|since|too|as|before|after|earlier");
}

/* Whether word q is "training" that officers began or finished within the
 * five words before, no comma between ("and Hall County deputies began the agency's training
 * course", "said her department began training two detectives"): starting
 * 287(g) training is cooperating (corpora/README, session 13), so after a
 * cooperation hit it is one more party's act of the same kind. */
static bool began_training(const char *t, const link_scratch *sc, size_t q) {
    if (!link_word_in(t, &sc->w[q], "training")) return false;
    bool began = false, ice = false;
    for (size_t a = q; a > 0 && a + 6 > q && !began; a--) {
        ice |= link_word_in(t, &sc->w[a - 1], "ICE|287|federal|agency");
        began = link_word_in(t, &sc->w[a - 1], "began|begun|started|completed|finished");
        if (memchr(t + sc->w[a - 1].end, ',', sc->w[a].start - sc->w[a - 1].end)) return false;
    }
    /* the pact's training, not any ("began hurricane training") */
    for (size_t a = q + 1; a < sc->nw && a < q + 6 && !ice; a++)
        ice = link_word_in(t, &sc->w[a], "ICE|287|federal|agency|program");
    return began && ice;
}

/* The word of clause [cs, ce) that says its policy is the one told before
 * ("a similar policy", "the same practice", "such an agreement"), or sc->nw
 * when none, or when the clause only weighs, foresees, puts off or turns
 * down it ("is considering a similar measure", "is expected to sign a
 * similar agreement", "tabled a similar measure"). Other nouns say no act ("the same year", "the
 * same loss", "similar conditions"). For a hit of cooperation (own), "its
 * own agreement" says it too ("Tulsa County has run a 287(g) program, and
 * Washington County signed its own agreement"): cooperating is keeping or
 * signing one, while a limit's "renewed its own agreement" is the opposite
 * act; so do a local's own agreement (owned_agreement), a "one" signed
 * or approved (pact_pronoun) and the pact's training begun
 * (began_training). */
static size_t same_act_word(const char *t, const link_scratch *sc, uint32_t cs, uint32_t ce,
                            bool own) {
    size_t found = sc->nw;
    for (size_t q = link_word_at(sc, cs); q < sc->nw && sc->w[q].start < ce; q++) {
        if (link_word_in(t, &sc->w[q],
                         "considering|weighing|expected|would|will|may|could|might|tabled|"
                         "postponed|deferred|shelved|delayed|rejected"))
            return sc->nw;
        size_t k = q + 1;
        if (link_word_in(t, &sc->w[q], "such") && k < sc->nw && link_word_in(t, &sc->w[k], "a|an"))
            k++;
        else if (own && link_word_in(t, &sc->w[q], "its|their") && k + 1 < sc->nw &&
                 link_word_in(t, &sc->w[k], "own") && !sc->w[k].punct_before)
            k++;
        else if (own && owned_agreement(t, sc, q, ce, &k))
            ;
        else if (own && (pact_pronoun(t, sc, q, ce) || began_training(t, sc, q))) {
            if (found == sc->nw) found = q;
            continue;
        } else if (!link_word_in(t, &sc->w[q], "similar|same"))
            continue;
        if (found == sc->nw && k < sc->nw && sc->w[k].start < ce &&
            link_word_in(t, &sc->w[k], SAME_ACT_NOUNS))
            found = q;
    }
    return found;
}

/* "The Franklin County Sheriff's Office signed a 287(g) agreement ..., and
 * Butler County has had such an agreement since 2017", "Columbus has
 * declined ..., and the Franklin County Sheriff's Office has followed the
 * same practice": a later clause of the sentence that says its act is the
 * hit's names more parties of the same event. Adds its local divisions to
 * m (n), when the hit's own clause names a local one. */
static size_t add_same_act_mentions(const polex_linker *lk, const polex_doc *doc,
                                    const polex_hit *h, const polex_sentence *se,
                                    const link_scratch *sc, link_mention *m, size_t n) {
    if (strcmp(h->type, "noncooperation") != 0) return n; /* a grant's "same loss" is its own */
    bool local = false;
    for (size_t i = 0; i < n && !local; i++)
        local = !m[i].generic && link_mention_level(lk->gaz, &m[i]) > GZ_LEVEL_STATE;
    if (!local) return n;
    uint32_t cs, ce;
    link_clause_of(sc, h->end, &cs, &ce);
    uint32_t after = ce; /* "..., and Columbus, where the council passed a similar ordinance" */
    while (ce < se->end && n < LINK_MAX_MENTIONS) {
        uint32_t ns, ne;
        link_clause_of(sc, ce, &ns, &ne);
        if (ne <= ce) break;
        size_t q = same_act_word(doc->text, sc, ns, ne, !strcmp(h->action, "comply"));
        ce = ne;
        if (q >= sc->nw) continue;
        link_mention tm[LINK_MAX_MENTIONS];
        size_t tn = mentions_at(lk, doc, h, se, sc, sc->w[q].start, sc->w[q].end, tm);
        for (size_t i = 0; i < tn && n < LINK_MAX_MENTIONS; i++)
            if (!tm[i].generic && tm[i].div >= 0 && tm[i].start >= after &&
                link_mention_level(lk->gaz, &tm[i]) > GZ_LEVEL_STATE)
                n = link_add_once(m, n, &tm[i]);
    }
    return n;
}

/* Whether the matcher found another act than h in h's sentence at or
 * after byte from. */
static bool any_act_after(const polex_doc *doc, const polex_hit *h, uint32_t from) {
    for (size_t i = 0; i < doc->n_hits; i++) {
        const polex_hit *o = &doc->hits[i];
        if (o != h && o->sentence == h->sentence && o->start >= from) return true;
    }
    return false;
}

/* The local named as the subject of the first clause joined by ", and"
 * after hit h ("..., and the Durham County Sheriff's Office has said ...",
 * "..., and Jackson County officials said ..."), when the matcher found no
 * act from that "and" on; *k: the "and". NULL when none. */
static const link_mention *and_subject_local(const polex_gazetteer *gaz, const polex_doc *doc,
                                             const polex_hit *h, const link_scratch *sc,
                                             size_t *k) {
    const char *t = doc->text;
    /* (from word 1 on: a clause joined by ", and" has a word before it) */
    size_t from = link_word_at(sc, h->end);
    for (*k = from > 0 ? from : 1; *k + 1 < sc->nw; ++*k) {
        const link_word *w = &sc->w[*k];
        if (!link_word_in(t, w, "and") || !memchr(t + w[-1].end, ',', w->start - w[-1].end))
            continue;
        size_t a = *k + 1 + link_word_in(t, &w[1], "the");
        for (size_t i = 0; a < sc->nw && i < sc->nm; i++)
            if (!sc->m[i].generic && sc->m[i].start == sc->w[a].start &&
                link_mention_level(gaz, &sc->m[i]) > GZ_LEVEL_STATE &&
                !any_act_after(doc, h, w->start))
                return &sc->m[i];
        return NULL; /* only the first ", and" */
    }
    return NULL;
}

/* "Kentucky law already requires local jails to honor detainers, and
 * Kenton County Jailer Brian Voss said he has never turned one down",
 * "..., and the Durham County Sheriff's Office has said it follows that
 * requirement": a local named as the subject of a clause joined by ", and"
 * to a state law's cooperation hit, with no act of its own found there, is
 * a local acting under the law (corpora/README, session 5: the state plus
 * any local the sentence names as acting under it). Adds that local to m
 * (n) when the event names the state and no local and the law mandates
 * cooperation. */
static size_t add_law_follower(const polex_linker *lk, const polex_doc *doc, const polex_hit *h,
                               const polex_sentence *se, const link_scratch *sc, link_mention *m,
                               size_t n) {
    const char *t = doc->text;
    if (strcmp(h->type, "noncooperation") != 0 || strcmp(h->action, "comply") != 0) return n;
    bool state = false;
    for (size_t i = 0; i < n; i++) {
        if (m[i].generic) continue;
        int lv = link_mention_level(lk->gaz, &m[i]);
        if (lv > GZ_LEVEL_STATE) return n;
        state |= lv == GZ_LEVEL_STATE;
    }
    /* a mandate to cooperate ("requires", "must hold"): a local doing
     * what a ban forbids ("no city may adopt ..., and Mobile has done
     * exactly that") is defying the law, not acting under it */
    if (!state || !speaks_of_law(t, sc, se->start, h->end) ||
        !word_between(t, sc, se->start, h->end,
                      "require|requires|required|requiring|must|mandates|mandated"))
        return n;
    size_t k;
    const link_mention *x = and_subject_local(lk->gaz, doc, h, sc, &k);
    return x ? link_add_once(m, n, x) : n;
}

/* "Albuquerque's grants have not been frozen, a city spokesman said, and
 * Santa Fe officials said they had received no notice", "... did not
 * receive letters, and Jackson County officials said they had not been
 * contacted": a clause joined by ", and" whose local subject says the same
 * thing did not happen to it tells the negated funding event of one more
 * place. Adds that local to m (n) for a negated funding hit whose event
 * names a local, when the later clause has a negation of its own and no
 * act. */
static size_t add_negated_follower(const polex_linker *lk, const polex_doc *doc, const polex_hit *h,
                                   const link_scratch *sc, link_mention *m, size_t n) {
    if (h->status != POLEX_NEGATED || strcmp(h->type, "funding") != 0) return n;
    bool local = false;
    for (size_t i = 0; i < n && !local; i++)
        local = !m[i].generic && link_mention_level(lk->gaz, &m[i]) > GZ_LEVEL_STATE;
    size_t k;
    const link_mention *x = local ? and_subject_local(lk->gaz, doc, h, sc, &k) : NULL;
    if (!x) return n;
    for (size_t q = k + 1; q < sc->nw && sc->w[q].start < sc->end; q++) {
        if (q > k + 1 &&
            memchr(doc->text + sc->w[q - 1].end, ',', sc->w[q].start - sc->w[q - 1].end))
            break;
        if (link_word_in(doc->text, &sc->w[q], "not|no|never|nothing|t"))
            return link_add_once(m, n, x);
    }
    return n;
}

static polex_status add_jurisdictions(const polex_linker *lk, polex_doc *doc, const polex_hit *h,
                                      const polex_sentence *se, const link_scratch *sc,
                                      polex_event *ev) {
    link_mention m[LINK_MAX_MENTIONS];
    size_t n = hit_mentions(lk, doc, h, se, sc, m);
    n = drop_pending_conjunct(doc->text, h, sc, m, n);
    n = add_twin_mentions(lk, doc, h, se, sc, m, n);
    n = add_same_act_mentions(lk, doc, h, se, sc, m, n);
    n = add_law_follower(lk, doc, h, se, sc, m, n);
    n = add_negated_follower(lk, doc, h, sc, m, n);
    if (n == 0) return POLEX_OK;
    ev->jurisdictions = polex_arena_alloc(doc->arena, n * sizeof *ev->jurisdictions);
    if (!ev->jurisdictions) return POLEX_ERR_NOMEM;
    polex_status rc = POLEX_OK;
    for (size_t i = 0; i < n; i++) {
        const gz_div *d = m[i].div >= 0 ? gz_div_at(lk->gaz, (uint32_t)m[i].div) : NULL;
        bool seen = false;
        for (size_t k = 0; d && k < ev->n_jurisdictions; k++)
            seen |= ev->jurisdictions[k].ocd_id && !strcmp(ev->jurisdictions[k].ocd_id, d->ocd_id);
        if (seen) continue;
        polex_jurisdiction *j = &ev->jurisdictions[ev->n_jurisdictions++];
        j->text = dup(doc, m[i].start, m[i].end, &rc);
        j->start = m[i].start;
        j->end = m[i].end;
        j->role = jur_role(doc, h, se, &m[i]);
        j->generic = m[i].generic;
        j->min_count = m[i].min_count;
        if (d) {
            static const char *levels[] = {"country", "state", "county", "place"};
            j->ocd_id = polex_arena_strdup(doc->arena, d->ocd_id);
            j->geoid = polex_arena_strdup(doc->arena, d->geoid);
            if (!j->ocd_id || (d->geoid && !j->geoid)) rc = POLEX_ERR_NOMEM;
            j->level = levels[d->level];
        }
    }
    return rc;
}
static bool all_caps(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (islower((unsigned char)s[i])) return false;
    return true;
}
static int atoi4(const char *s) {
    return (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
}
static size_t order_word(const polex_linker *lk, const link_text *x, const link_keyword *const *kw);
static size_t scan_order_word(const polex_linker *lk, const link_text *x);

/* A document without a date of its own but with full dates in its text
 * ("Denver filed this suit on May 2, 2026 ... On June 20, the Court granted
 * the motion"): a month and day written without a year take the year of the
 * text's latest full date; what counts from the document's day ("on
 * Tuesday", "last month", "within 30 days") stays undated. */
static link_date year_less_date(const link_text *x, const link_keyword *const *kw, uint32_t hs,
                                uint32_t he, const char *year_day) {
    link_date d = link_find_date_ref(x, kw, hs, he, year_day, false);
    if (!d.found || !d.month || d.end <= d.start) return (link_date){0};
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    static const char *const relative[] = {"last",  "next",   "this",      "that",     "ago",
                                           "later", "early",  "following", "previous", "within",
                                           "after", "before", "earlier",   "prior",    "same"};
    bool month = false;
    const char *s = x->t + d.start;
    size_t n = d.end - d.start;
    for (size_t i = 0; i + 3 <= n; i++) {
        if (i > 0 && isalpha((unsigned char)s[i - 1])) continue;
        for (size_t k = 0; k < 12 && !month; k++)
            month = !strncasecmp(s + i, months[k], 3);
        for (size_t k = 0; k < sizeof relative / sizeof *relative; k++) {
            size_t l = strlen(relative[k]);
            if (i + l <= n && !strncasecmp(s + i, relative[k], l) &&
                (i + l == n || !isalpha((unsigned char)s[i + l])))
                return (link_date){0};
        }
    }
    return month ? d : (link_date){0};
}
link_date link_event_date(const polex_linker *lk, const polex_doc *doc, const link_context *ctx,
                          const link_text *x, const link_keyword *const *kw, uint32_t hs,
                          uint32_t he) {
    (void)doc; /* its date is in ctx->ref_day */
    bool dateline = ctx->dateline_day[0] != '\0';
    /* without a dateline's day, ref_day is doc->published or a "Filed" date;
     * a year's last day (a year-less dateline's guess) dates nothing itself */
    const char *ref = dateline ? ctx->dateline_day : ctx->ref_day[0] ? ctx->ref_day : NULL;
    link_date d = link_find_date_ref(x, kw, hs, he, ref, dateline);
    const char *doc_day = dateline ? ctx->dateline_day : ref;
    if (!d.found && !ref && ctx->year_day[0]) return year_less_date(x, kw, hs, he, ctx->year_day);
    if (d.found || !doc_day) return d;
    for (int i = 0; i < 10; i++) /* "YYYY-MM-DD" */
        if (i == 4 || i == 7 ? doc_day[i] != '-' : !isdigit((unsigned char)doc_day[i])) return d;
    int y = atoi4(doc_day), m = (doc_day[5] - '0') * 10 + (doc_day[6] - '0'),
        day = (doc_day[8] - '0') * 10 + (doc_day[9] - '0');
    size_t i = order_word(lk, x, kw);
    if (i < x->nw) return (link_date){x->w[i].start, x->w[i].end, y, m, day, true};
    return d;
}

/* The first operative word of an order in x (rules/link/order_cues.txt), or
 * x->nw when none. The words of the sentence cached for its hits (kw is its
 * date keywords) are scanned once for all of them. */
static size_t order_word(const polex_linker *lk, const link_text *x,
                         const link_keyword *const *kw) {
    link_scratch *sc = lk->scratch;
    bool cached = sc && sc->valid && kw == (const link_keyword *const *)sc->kw &&
                  x->w == sc->w + sc->first && x->nw == sc->nw - sc->first;
    if (cached && sc->order_done) return sc->order;
    size_t found = scan_order_word(lk, x);
    if (cached) sc->order = found, sc->order_done = true;
    return found;
}
static size_t scan_order_word(const polex_linker *lk, const link_text *x) {
    for (size_t i = 0; i < x->nw; i++) {
        const char *s = x->t + x->w[i].start;
        size_t n = x->w[i].end - x->w[i].start;
        const char *prev = i ? x->t + x->w[i - 1].start : "";
        size_t pn = i ? x->w[i - 1].end - x->w[i - 1].start : 0;
        bool after_is =
            (pn == 2 && !strncasecmp(prev, "is", 2)) || (pn == 3 && !strncasecmp(prev, "are", 3));
        /* "we affirm", "we therefore reverse": a court deciding in its own voice */
        bool after_we = (pn == 2 && !strncasecmp(prev, "we", 2)) ||
                        (i >= 2 && x->w[i - 2].end - x->w[i - 2].start == 2 &&
                         !strncasecmp(x->t + x->w[i - 2].start, "we", 2));
        if (link_words_has(lk->order_any, s, n) ||
            (all_caps(s, n) && link_words_has(lk->order_caps, s, n)) ||
            (after_is && link_words_has(lk->order_after_is, s, n)) ||
            (after_we && link_words_has(lk->order_after_we, s, n)))
            return i;
    }
    return x->nw;
}

/* "YYYY-MM-DD", "YYYY-MM" or "YYYY" (month, day 0: left out) in doc's
 * arena; one event in two has a date, and printf is slow for so little. */
static const char *iso_date(polex_doc *doc, int y, int m, int d) {
    char *p = polex_arena_alloc(doc->arena, 11);
    if (!p) return NULL;
    unsigned u = (unsigned)y % 10000u;
    p[0] = (char)('0' + u / 1000), p[1] = (char)('0' + u / 100 % 10);
    p[2] = (char)('0' + u / 10 % 10), p[3] = (char)('0' + u % 10);
    size_t n = 4;
    for (int k = 0, v = m; k < 2 && v > 0; k++, v = d) {
        p[n++] = '-';
        p[n++] = (char)('0' + v / 10 % 10);
        p[n++] = (char)('0' + v % 10);
    }
    p[n] = '\0';
    return p;
}
static polex_status add_date(const polex_linker *lk, polex_doc *doc, const link_context *ctx,
                             const polex_hit *h, const link_text *x, polex_event *ev) {
    link_date d = link_event_date(lk, doc, ctx, x, lk->scratch->kw, h->start, h->end);
    if (!d.found) return POLEX_OK;
    polex_status rc = POLEX_OK;
    ev->date_text = dup(doc, d.start, d.end, &rc);
    if (d.day)
        ev->date_value = iso_date(doc, d.year, d.month, d.day);
    else if (d.month)
        ev->date_value = iso_date(doc, d.year, d.month, 0);
    else
        ev->date_value = iso_date(doc, d.year, 0, 0);
    ev->date_precision = d.day ? "day" : d.month ? "month" : "year";
    return rc || !ev->date_value ? POLEX_ERR_NOMEM : POLEX_OK;
}
static polex_status add_amount(polex_doc *doc, const polex_hit *h, const link_text *x, bool money,
                               polex_event *ev) {
    if (!money) return POLEX_OK;
    link_amount a = link_find_amount_text(x, h->start, h->end);
    if (!a.found) return POLEX_OK;
    polex_status rc = POLEX_OK;
    ev->amount_text = dup(doc, a.start, a.end, &rc);
    ev->amount_currency = "USD";
    ev->amount_value = a.value;
    ev->has_amount_value = a.has_value;
    return rc;
}

/* Appends the decimal digits of v to p; returns the end. */
static char *put_u32(char *p, uint32_t v) {
    char tmp[10];
    size_t n = 0;
    do
        tmp[n++] = (char)('0' + v % 10);
    while ((v /= 10) > 0);
    while (n > 0)
        *p++ = tmp[--n];
    return p;
}

/* Appends s (NULL as "") to key[*o, cap - 1): the bytes that fit. */
static void put_str(char *key, size_t cap, size_t *o, const char *s) {
    for (; s && *s && *o + 1 < cap; s++)
        key[(*o)++] = *s;
}
void link_event_id(const char *doc_id, polex_event *ev) {
    /* the key and hash of polex_event_make_id ("doc|start|end|type|action",
     * at most 511 bytes, XXH3-128 in hex, high half first) without printf,
     * which cost a tenth of linking (tests/link checks that both agree) */
    char key[512], num[24];
    size_t o = 0;
    put_str(key, sizeof key, &o, doc_id);
    char *p = num;
    *p++ = '|';
    p = put_u32(p, ev->evidence_start);
    *p++ = '|';
    p = put_u32(p, ev->evidence_end);
    *p++ = '|';
    *p = '\0';
    put_str(key, sizeof key, &o, num);
    put_str(key, sizeof key, &o, ev->type);
    put_str(key, sizeof key, &o, "|");
    put_str(key, sizeof key, &o, ev->action);
    XXH128_hash_t h = XXH3_128bits(key, o);
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 16; i++) {
        ev->event_id[i] = hex[(h.high64 >> (60 - 4 * i)) & 15u];
        ev->event_id[16 + i] = hex[(h.low64 >> (60 - 4 * i)) & 15u];
    }
    ev->event_id[32] = '\0';
}
static double confidence(const polex_hit *h, const polex_event *ev) {
    int p = h->priority < 0 ? 0 : h->priority > 10 ? 10 : h->priority;
    bool specific = false;
    for (size_t i = 0; i < ev->n_jurisdictions; i++)
        specific |= !ev->jurisdictions[i].generic;
    double c = 0.5 + 0.03 * p + (ev->actor_text ? 0.05 : 0) + (specific ? 0.05 : 0) +
               (ev->date_value ? 0.05 : 0);
    if (c > 0.95) c = 0.95;
    return round(c * 100) / 100;
}

/* What one document's hits share: its issuing court, found on first need,
 * and the kind of the last actor (hits of a sentence often share one). */
#define KIND_CACHE 8 /* actor texts of a document whose kinds are kept */
typedef struct doc_court {
    bool done;
    const char *name;
    /* the kinds of the last actor texts: "the judge" acts in many sentences */
    uint32_t actor_start[KIND_CACHE], actor_end[KIND_CACHE];
    const char *actor_kind[KIND_CACHE];
    size_t n_kinds, next_kind;
} doc_court;

/* The kind of the actor text [s, e) of doc, from the cache when the same
 * words were seen before in the document. */
static const char *actor_kind_of(const polex_linker *lk, const polex_doc *doc, doc_court *c,
                                 uint32_t s, uint32_t e) {
    for (size_t i = 0; i < c->n_kinds; i++)
        if (c->actor_end[i] - c->actor_start[i] == e - s &&
            !memcmp(doc->text + c->actor_start[i], doc->text + s, e - s))
            return c->actor_kind[i];
    const char *kind = link_actor_kind(lk, doc->text + s, e - s);
    size_t k = c->n_kinds < KIND_CACHE ? c->n_kinds++ : c->next_kind++ % KIND_CACHE;
    c->actor_start[k] = s, c->actor_end[k] = e, c->actor_kind[k] = kind;
    return kind;
}
static polex_status link_hit(polex_linker *lk, polex_doc *doc, const polex_hit *h,
                             const link_context *ctx, doc_court *court, polex_error *err) {
    polex_sentence whole = {h->start, h->end, 0, 0};
    const polex_sentence *se =
        h->sentence < doc->n_sentences ? &doc->sentences[h->sentence] : &whole;
    if (se->end > doc->text_len || se->start > se->end || h->end > doc->text_len || !h->type ||
        !h->action)
        return polex_fail(err, POLEX_ERR_INPUT, "link", "hit %s has a range outside the text",
                          h->rule ? h->rule : "?");
    polex_event *ev = polex_doc_add_event(doc);
    if (!ev) return polex_fail(err, POLEX_ERR_NOMEM, "link", "out of memory");
    polex_status rc = POLEX_OK;
    ev->type = polex_arena_strdup(doc->arena, h->type);
    ev->action = polex_arena_strdup(doc->arena, h->action);
    ev->rule = polex_arena_strdup(doc->arena, h->rule ? h->rule : "");
    ev->status = h->status;
    const polex_role *agent = role_named(h, "actor");
    if (!agent) agent = role_named(h, "court");
    if (agent && agent->end > agent->start && agent->end <= doc->text_len) {
        ev->actor_text = dup(doc, agent->start, agent->end, &rc);
        ev->actor_kind = actor_kind_of(lk, doc, court, agent->start, agent->end);
    } else if (!agent && !strcmp(h->type, "ruling")) {
        /* a court document rules by its own court */
        if (!court->done) court->name = link_issuing_court(doc), court->done = true;
        if (court->name) ev->actor_text = court->name, ev->actor_kind = "court";
    }
    if (h->attribution.end > h->attribution.start && h->attribution.end <= doc->text_len)
        ev->attribution = dup(doc, h->attribution.start, h->attribution.end, &rc);
    ev->evidence_start = se->start;
    ev->evidence_end = se->end;
    const link_scratch *sc = sentence(lk, doc, se, h->sentence, ctx);
    /* the dateline's date is when the story was filed: dates come from the rest */
    link_text x = {doc->text, sc->w + sc->first, sc->nw - sc->first, se->end};
    if (!rc) rc = add_jurisdictions(lk, doc, h, se, sc, ev);
    if (!rc) rc = add_date(lk, doc, ctx, h, &x, ev);
    if (!rc) rc = add_amount(doc, h, &x, sc->money, ev);
    if (rc || !ev->type || !ev->action || !ev->rule)
        return polex_fail(err, POLEX_ERR_NOMEM, "link", "out of memory");
    ev->confidence = confidence(h, ev);
    link_event_id(doc->doc_id ? doc->doc_id : "", ev);
    return POLEX_OK;
}
polex_status polex_link(polex_linker *linker, polex_doc *doc, polex_error *err) {
    if (!linker || !doc)
        return polex_fail(err, POLEX_ERR_USAGE, "link", "polex_link needs a linker and a document");
    if (!doc->text && doc->n_hits)
        return polex_fail(err, POLEX_ERR_INPUT, "link", "document has hits but no text");
    doc->n_events = 0;
    if (doc->n_hits == 0) return POLEX_OK;
    link_wcache_reset(linker->scratch->wc, doc);
    link_context ctx;
    link_doc_context(linker, doc, &ctx);
    linker->scratch->valid = false;
    doc_court court;
    memset(&court, 0, sizeof court);
    for (size_t i = 0; i < doc->n_hits; i++) {
        polex_status rc = link_hit(linker, doc, &doc->hits[i], &ctx, &court, err);
        if (rc) return rc;
    }
    return POLEX_OK;
}
