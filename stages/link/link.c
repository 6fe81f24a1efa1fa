/* link.c - rule hits become polex.event/1 events.
 *
 * One event per hit, in hit order. The evidence is the hit's sentence. The
 * jurisdictions are the mentions of the hit's clause (a clause that names
 * none falls back to the whole sentence; a dateline never counts), resolved
 * with the rest of the document as context; role "actor" inside the hit's
 * actor role, "location" after "in"/"at" inside or right after a court/actor
 * role, "target" otherwise. Each sentence is split and spotted once for all
 * its hits (the linker's scratch).
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
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
    if (inside(target, m->start, m->end)) return POLEX_ROLE_TARGET;
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

static void find_clauses(const char *t, link_scratch *sc);

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

/* Sets the states inside a generic mention ("several Arizona cities") apart
 * (sc->mods): they modify it, and count only for an event that names
 * nothing more specific. ns: how many of sc->m are specific (they come
 * first). */
static void drop_modifier_states(const polex_linker *lk, link_scratch *sc, size_t ns) {
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

static bool word_in(const char *t, const link_word *w, const char *list);

enum { SEAT_NONE, SEAT_COURT, SEAT_PLACE, SEAT_STATE_COURT };

static size_t word_at(const link_scratch *sc, uint32_t off);
static void clause_of(const link_scratch *sc, uint32_t off, uint32_t *cs, uint32_t *ce);

/* The sentence also speaks of "the county" as a party and names no other
 * county than the one at ms: the bench's county is the county of the case
 * ("A Dane County judge has dismissed a lawsuit ... that the county's
 * refusal to honor ICE detainers violates Wisconsin law"). */
static bool county_party_too(const char *t, const link_scratch *sc, uint32_t ms) {
    bool the_county = false;
    for (size_t k = 1; k < sc->nw && !the_county; k++)
        the_county = word_in(t, &sc->w[k], "county|county's|county\xE2\x80\x99s") &&
                     word_in(t, &sc->w[k - 1], "the|The");
    if (!the_county) return false;
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
static int court_seat(const char *t, const link_scratch *sc, uint32_t ms, uint32_t me, bool texas) {
    size_t a = word_at(sc, ms), b;
    for (b = a; b < sc->nw && sc->w[b].start < me;)
        b++;
    /* in the same clause: "filed similar suits, and judges in Rhode Island
     * have blocked" names where judges sit */
    bool filed = false;
    for (size_t k = a; k-- > 0 && k + 8 >= a && !filed;) {
        filed = word_in(t, &sc->w[k], "filed|filing");
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
    if (b + 1 < sc->nw && b > a && word_in(t, &sc->w[b - 1], "County|Parish") &&
        word_in(t, &sc->w[b], "Superior|Circuit|District|Chancery|Probate|Municipal|Common") &&
        (word_in(t, &sc->w[b + 1], "Court") ||
         (b + 2 < sc->nw && word_in(t, &sc->w[b + 2], "Court"))))
        return SEAT_COURT;
    /* "a Ramsey County judge ruled", "a Dane County circuit judge": a
     * county's bench; not a Texas county's judge, its executive ("the
     * Hidalgo County judge, Richard Cortez"), and not when the county is
     * a party too ("A Dane County judge dismissed a suit ... that the
     * county's refusal ..."; see county_party_too) */
    if (b < sc->nw && b > a && !sc->w[b].punct_before &&
        word_in(t, &sc->w[b - 1], "County|Parish")) {
        size_t q = b;
        bool bench = false;
        if (q + 1 < sc->nw &&
            word_in(t, &sc->w[q], "circuit|district|superior|probate|family|juvenile|court"))
            q++, bench = true;
        if (word_in(t, &sc->w[q], "judge|judges|court|courts") && !sc->w[q].punct_before &&
            (bench || !word_in(t, &sc->w[q], "judge|judges") || !texas) &&
            !county_party_too(t, sc, ms))
            return SEAT_COURT;
    }
    /* a state's appellate court ("the North Carolina Supreme Court", "the
     * Missouri Court of Appeals") adds no id either, unless the sentence is
     * about that state's law (see drop_court_seats) */
    if (b + 1 < sc->nw && b > a && !sc->w[b].punct_before &&
        ((word_in(t, &sc->w[b], "Supreme|Appeals|Appellate|appeals|appellate") &&
          word_in(t, &sc->w[b + 1], "Court|court")) ||
         (word_in(t, &sc->w[b], "Court") && word_in(t, &sc->w[b + 1], "of") && b + 2 < sc->nw &&
          word_in(t, &sc->w[b + 2], "Appeals|Criminal"))))
        return SEAT_STATE_COURT;
    bool federal = false;
    for (size_t k = b; k < sc->nw && k < b + 4 && !sc->w[k].punct_before; k++) {
        /* most names go on with a lower-case word that is neither "federal" nor a court */
        if (!sc->w[k].cap && !filed && !federal && t[sc->w[k].start] != 'f') break;
        if (word_in(t, &sc->w[k], "court|Court|COURT|courthouse") && (filed || federal))
            return SEAT_COURT;
        federal |= word_in(t, &sc->w[k], "federal");
        if (!sc->w[k].cap &&
            !word_in(t, &sc->w[k], "federal|state|district|superior|circuit|county|municipal"))
            break;
    }
    if (!filed) return SEAT_NONE;
    return a >= 1 && word_in(t, &sc->w[a - 1], "in") ? SEAT_PLACE : SEAT_NONE;
}

/* The cached sentence speaks of a state's law ("a 2024 state law", "the
 * state's law", "state statute"): a state court's name there carries the
 * state, as the adjudicated gold codes rulings on state law. */
static bool state_law(const char *t, const link_scratch *sc) {
    for (size_t k = 1; k < sc->nw; k++)
        if (word_in(t, &sc->w[k], "law|laws|statute|statutes|constitution") &&
            (word_in(t, &sc->w[k - 1], "state|state's|State") ||
             /* "the state's law", "the state's 2019 law" (the "s" of a
              * possessive is a word of its own) */
             (k >= 2 && word_in(t, &sc->w[k - 1], "s") &&
              word_in(t, &sc->w[k - 2], "state|State")) ||
             (k >= 3 && word_in(t, &sc->w[k - 2], "s") &&
              word_in(t, &sc->w[k - 3], "state|State"))) &&
            /* "residents who said the policy violated state law": the
             * yardstick of a claim, not what the court ruled on */
            !(k >= 2 && word_in(t, &sc->w[k - 2], "violate|violates|violated|violating")))
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
        if ((word_in(t, &sc->w[k], "law|ban|statute") && word_in(t, &sc->w[k - 1], "the")) ||
            (k + 1 < sc->nw && word_in(t, &sc->w[k], "ban") && word_in(t, &sc->w[k + 1], "on")))
            return true;
    return false;
}

/* Whether the words of the cached sentence in [a, b) are one "and"/"or". */
static bool only_and(const char *t, const link_scratch *sc, uint32_t a, uint32_t b) {
    size_t n = 0, k = 0;
    while (k < sc->nw && sc->w[k].start < a)
        k++;
    for (; k < sc->nw && sc->w[k].start < b; k++, n++)
        if (!word_in(t, &sc->w[k], "and|or")) return false;
    return n == 1;
}

/* Whether the mention at byte ms names where a judge or a court sits:
 * LINK_SEAT_JUDGE ("a federal judge in Chicago", "judges in Rhode
 * Island"), LINK_SEAT_COURT ("a federal court in Oregon found"), else
 * LINK_SEAT_NONE. */
static uint8_t on_bench(const char *t, const link_scratch *sc, uint32_t ms, uint32_t me) {
    size_t a = word_at(sc, ms);
    /* "a Rhode Island judge blocked", "a Seattle federal judge": where the
     * judge sits (a county's bench is court_seat's: "the Hidalgo County
     * judge" may be its executive) */
    size_t e = word_at(sc, me);
    if (e < sc->nw && !sc->w[e].punct_before && !(me >= 7 && !memcmp(t + me - 7, " County", 7))) {
        if (e + 1 < sc->nw && word_in(t, &sc->w[e], "federal|district|state|superior|circuit")) e++;
        if (!sc->w[e].punct_before && word_in(t, &sc->w[e], "judge|judges|magistrate"))
            return LINK_SEAT_JUDGE;
    }
    /* "Judges from Philadelphia to San Francisco have held": a range of seats */
    for (size_t f = a; f-- > 0 && f + 6 > a;) {
        if (!word_in(t, &sc->w[f], "from")) continue;
        if (f >= 1 && word_in(t, &sc->w[f - 1], "judges|Judges|courts|Courts") &&
            (f + 1 == a || (a >= 1 && word_in(t, &sc->w[a - 1], "to"))))
            return LINK_SEAT_JUDGE;
        break;
    }
    if (a < 2 || !word_in(t, &sc->w[a - 1], "in")) return LINK_SEAT_NONE;
    for (size_t k = a - 1; k-- > 0 && k + 4 >= a - 1;) {
        if (word_in(t, &sc->w[k], "judge|judges|Judge|Judges|magistrate|magistrates"))
            return LINK_SEAT_JUDGE;
        if (word_in(t, &sc->w[k], "court|courts|Court|Courts")) return LINK_SEAT_COURT;
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
    size_t f = sc->first, e = word_at(sc, m->end);
    /* "In Louisiana, a state judge declined to dismiss the attorney
     * general's lawsuit": a state opening a roundup item is the item's state */
    if (m->div >= 0 && gz_div_at(gaz, (uint32_t)m->div)->level == GZ_LEVEL_STATE) return false;
    if (f + 2 >= sc->nw || !word_in(t, &sc->w[f], "In") || m->start != sc->w[f + 1].start ||
        e >= sc->nw || t[sc->w[e - 1].end] != ',')
        return false;
    bool judge = false;
    for (size_t k = e; k < sc->nw && k < e + 6 && !judge; k++)
        judge = word_in(t, &sc->w[k], "judge|Judge|judges|court|Court");
    if (!judge) return false;
    for (size_t q = 0; q < ns; q++)
        if (q != i && !sc->m[q].generic && !sc->m[q].seat && sc->m[q].div >= 0 &&
            sc->m[q].div != m->div &&
            gz_div_at(gaz, (uint32_t)sc->m[q].div)->level != GZ_LEVEL_STATE)
            return true;
    return false;
}

static size_t drop_court_seats(const polex_gazetteer *gaz, const char *t, link_scratch *sc,
                               size_t ns) {
    size_t k = 0, kept = 0;
    for (size_t i = 0; i < sc->nm; i++) {
        int seat = i < ns && sc->m[i].div >= 0 ? court_seat(t, sc, sc->m[i].start, sc->m[i].end,
                                                            texas_county(gaz, &sc->m[i]))
                                               : SEAT_NONE;
        if (seat == SEAT_COURT ||
            (seat == SEAT_STATE_COURT && !state_law(t, sc) && !own_law(gaz, t, sc, ns)))
            continue;
        if (sc->m[i].seat != LINK_SEAT_AGENCY)
            sc->m[i].seat = seat == SEAT_PLACE ? LINK_SEAT_FILED
                            : i < ns           ? on_bench(t, sc, sc->m[i].start, sc->m[i].end)
                                               : LINK_SEAT_NONE;
        /* "judges in Rhode Island and Washington state": the list shares it */
        if (i < ns && !sc->m[i].seat && k > 0 &&
            (sc->m[k - 1].seat == LINK_SEAT_JUDGE || sc->m[k - 1].seat == LINK_SEAT_COURT) &&
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
    if (k == 0 || k >= sc->nw || !word_in(t, &sc->w[k - 1], "the|The|that|That")) return -1;
    const link_word *n = k + 1 < sc->nw ? &sc->w[k + 1] : NULL;
    /* "the city's": the possessive's "s" is a word of its own after the apostrophe */
    bool poss = n && word_in(t, n, "s") && n->start - sc->w[k].end <= 3;
    /* the party suing, not the ruling's target: "while the city's lawsuit proceeds" */
    if (poss && k + 2 < sc->nw &&
        word_in(t, &sc->w[k + 2], "lawsuit|suit|case|challenge|complaint|motion|lawyers|attorneys"))
        return -1;
    bool open = !n || n->punct_before || poss; /* a comma, a quote or the end after it */
    if (n && !open && (n->cap || word_in(t, n, "of|council|attorney|manager|clerk|police")))
        return -1;
    if (word_in(t, &sc->w[k], "city|cities|City")) return GZ_LEVEL_PLACE;
    if (word_in(t, &sc->w[k], "county|counties|County")) return GZ_LEVEL_COUNTY;
    if (word_in(t, &sc->w[k], "state|State") &&
        (open || word_in(t, &sc->w[k - 1], "that|That") || word_in(t, &sc->w[k], "State")))
        return GZ_LEVEL_STATE;
    return -1;
}

/* A judge's or court's seat that the sentence also speaks of as the party
 * ("a federal judge in Boise blocked an attempt to withhold police grants
 * from the city", "a federal judge in Minnesota blocked DHS from withholding
 * funds from the State", "the city challenged ..., when a federal judge in
 * Philadelphia ruled"): the conventions' "a place named in a court's seat
 * counts when it is also a party" once "the city" (county, state) can only
 * be that seat, the one division of its level the sentence names. Clears
 * the seat mark of such a mention; ns: how many of sc->m are specific. */
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
    link_word w[LINK_MAX_WORDS];
    link_mention m[LINK_MAX_MENTIONS];
    /* the story's first FOCUS_SENTENCES sentences tell (a bound on the work
     * for long court records) */
    for (size_t i = 0; i < doc->n_sentences && i < FOCUS_SENTENCES; i++) {
        const link_mention *pm;
        unsigned need;
        size_t n = link_plain_mentions(lk, doc, i, w, m, &pm, &need);
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

static void party_seats(const polex_linker *lk, const polex_doc *doc, link_scratch *sc, size_t ns) {
    const polex_gazetteer *gaz = lk->gaz;
    const char *t = doc->text;
    for (int lv = GZ_LEVEL_STATE; lv <= GZ_LEVEL_PLACE; lv++) {
        int seat = -1, other = 0;
        for (size_t i = 0; i < ns; i++) {
            const link_mention *x = &sc->m[i];
            if (x->generic || x->div < 0 || mention_level(gaz, t, x) != lv) continue;
            if (x->seat == LINK_SEAT_JUDGE || x->seat == LINK_SEAT_COURT)
                other += seat >= 0 && sc->m[seat].div != x->div, seat = (int)i;
            else
                other++;
        }
        if (seat < 0 || other) continue;
        uint32_t cs, ce; /* "the city" in the seat's own clause */
        clause_of(sc, sc->m[seat].start, &cs, &ce);
        int said = 0; /* 1: "the city"; 2: "that state", which points at the seat named */
        for (size_t k = word_at(sc, cs); k < sc->nw && sc->w[k].start < ce && said < 2; k++)
            if (anaphor_level(t, sc, k) == lv)
                said = word_in(t, &sc->w[k - 1], "that|That") ? 2 : 1;
        if (said == 2 || (said && doc_focus(lk, doc, sc->m[seat].div,
                                            gz_div_at(gaz, (uint32_t)sc->m[seat].div)->level)))
            sc->m[seat].seat = LINK_SEAT_PARTY;
    }
}

/* Marks the counties (of the ns specific mentions) written right before a
 * local noun ("becoming the third Monmouth County municipality to sign",
 * "a Cook County suburb"): they place a town the sentence names or speaks
 * of, as a state before a generic plural does. */
static void county_modifiers(const polex_gazetteer *gaz, const char *t, link_scratch *sc,
                             size_t ns) {
    for (size_t i = 0; i < ns; i++) {
        link_mention *x = &sc->m[i];
        if (x->generic || x->div < 0 || x->seat) continue;
        int lv = gz_div_at(gaz, (uint32_t)x->div)->level;
        size_t e = word_at(sc, x->end);
        if (e >= sc->nw || sc->w[e].punct_before) continue;
        if ((lv == GZ_LEVEL_COUNTY &&
             word_in(t, &sc->w[e],
                     "municipality|town|township|suburb|borough|village|community")) ||
            (lv == GZ_LEVEL_STATE &&
             word_in(t, &sc->w[e], "city|town|municipality|community|jurisdiction|suburb")) ||
            /* "Deschutes County, an Oregon county of 200,000" describes it;
             * "the third Wisconsin county to join" counts the state's */
            (lv == GZ_LEVEL_STATE && word_in(t, &sc->w[e], "county|parish|village|borough") &&
             word_at(sc, x->start) > 0 && word_in(t, &sc->w[word_at(sc, x->start) - 1], "a|an")) ||
            (lv == GZ_LEVEL_PLACE && word_in(t, &sc->w[e], "suburb|suburbs")))
            x->seat = LINK_SEAT_MODIFIER;
    }
}

/* Words that set a place in part of a state ("a county in central
 * Minnesota", "Ithaca in upstate New York"). */
#define REGION_WORDS                                                                               \
    "northern|southern|eastern|western|central|northeastern|northwestern|southeastern|"            \
    "southwestern|north|south|east|west|upstate|downstate|rural|coastal|suburban|far"

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
    size_t a = word_at(sc, pe), b = word_at(sc, ms);
    if (b > a + 3 && word_in(t, &sc->w[b - 1], REGION_WORDS)) b--; /* "in central" */
    if (b < a + 3 || b > a + 6 || !memchr(t + pe, ',', sc->w[a].start - pe) ||
        !word_in(t, &sc->w[a], "a|an|the|which") || !word_in(t, &sc->w[b - 1], "in|of"))
        return false;
    bool placed = false;
    for (size_t k = a + 1; k < b; k++) {
        if (sc->w[k].punct_before) return false;
        placed |= word_in(t, &sc->w[k],
                          "city|suburb|town|village|community|borough|township|county|parish|"
                          "seat|lies|sits|located|situated|is");
    }
    return placed;
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
    if (!seat && locating_apposition(t, sc, p->end, m->start)) return true;
    size_t a = word_at(sc, p->end), b = word_at(sc, m->start);
    if (b > a + 1 && word_in(t, &sc->w[b - 1], REGION_WORDS)) b--; /* "in southern Oregon" */
    if (b == 0 || b <= a || b > a + 5 || !word_in(t, &sc->w[b - 1], "in")) return false;
    if (seat && b < a + 2) return false; /* an agency's words stand between */
    /* an apposition: "Jackson County, in southern Oregon, signed" */
    if (!seat && b == a + 1 && memchr(t + p->end, ',', sc->w[a].start - p->end)) return true;
    for (size_t k = a; k < b; k++) {
        bool poss = k > 0 && sc->w[k].end - sc->w[k].start == 1 && t[sc->w[k].start] == 's';
        if (k < b - 1 && !sc->w[k].cap && !poss && !word_in(t, &sc->w[k], "counties|parishes"))
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
static size_t drop_address_counties(const polex_linker *lk, const char *t, link_scratch *sc,
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
                       locating_apposition(t, sc, p->end, m->start);
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

/* Local nouns a state adjective may place ("the Texas city of El Paso",
 * "the Colorado cities of Aurora and Boulder", "Minnesota's largest
 * counties, Hennepin and Ramsey"). */
#define LOCAL_NOUNS                                                                                \
    "city|cities|town|towns|county|counties|village|villages|borough|boroughs|suburb|suburbs|"     \
    "community|communities|municipality|municipalities|parish|parishes|township|townships"

/* Words of a sentence that make its state an actor rather than a place
 * ("In Texas, a state judge ...", "In Georgia, Gov. Kemp ..."). */
#define STATE_ACTOR_WORDS                                                                          \
    "state|State|governor|Governor|Gov|attorney|Attorney|legislature|Legislature|lawmakers|"       \
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

/* Whether the sentence has a word making a state an actor after word k. */
static bool state_actor_after(const char *t, const link_scratch *sc, size_t k) {
    for (; k < sc->nw; k++)
        if (word_in(t, &sc->w[k], STATE_ACTOR_WORDS)) return true;
    return false;
}

/* "OREGON — A federal judge ordered FEMA to restore awards to Lane County":
 * a state heading a roundup's section only tells where the local divisions
 * its item names lie, unless the item also speaks of the state's own
 * officers or laws. ("In Oregon, Lane County ..." keeps the state: dev gold
 * codes that opening as the event's location.) */
static bool section_locator(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                            size_t ns, const link_mention *m, const char *st) {
    size_t a = word_at(sc, m->start), e = word_at(sc, m->end);
    return a == 0 && e == sc->first && sc->first > 0 && local_at(gaz, sc, ns, e, sc->nw, st) >= 0 &&
           !state_actor_after(t, sc, e);
}

/* "the Texas city of El Paso", "the Colorado cities of Aurora and Boulder",
 * "Minnesota's largest counties, Hennepin and Ramsey": a state before a
 * local noun whose members follow right after "of", a comma or a dash. */
static bool naming_locator(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                           size_t ns, const link_mention *m, const char *st) {
    size_t e = word_at(sc, m->end);
    bool poss = e < sc->nw && sc->w[e].end - sc->w[e].start == 1 && t[sc->w[e].start] == 's';
    e += poss;
    /* a possessive may have adjectives before the noun ("largest"), an
     * adjective state none ("Texas sued the city of Austin") */
    for (size_t k = e; k < sc->nw && k < e + (poss ? 3 : 1); k++) {
        if (k > e && sc->w[k].punct_before) return false;
        if (!word_in(t, &sc->w[k], LOCAL_NOUNS)) {
            if (sc->w[k].cap || word_in(t, &sc->w[k], "the|a|an|to|of|in|and|or")) return false;
            continue;
        }
        if (k + 1 >= sc->nw) return false;
        if (word_in(t, &sc->w[k + 1], "of")) return local_at(gaz, sc, ns, k + 2, 0, st) >= 0;
        const char *g = t + sc->w[k].end;
        size_t gl = sc->w[k + 1].start - sc->w[k].end;
        bool sep = memchr(g, ',', gl) || memchr(g, ':', gl) || memchr(g, '-', gl) ||
                   memchr(g, '\xE2', gl); /* an em or en dash */
        return sep && local_at(gaz, sc, ns, k + 1, 0, st) >= 0;
    }
    return false;
}

/* "The Oregon sheriff's office", "a Georgia sheriff", "the Texas jail": a
 * state adjective on a local office describes it; the office is no state's. */
static bool office_locator(const char *t, const link_scratch *sc, const link_mention *m) {
    size_t a = word_at(sc, m->start), e = word_at(sc, m->end);
    return a > 0 && e < sc->nw && !sc->w[e].punct_before &&
           word_in(t, &sc->w[a - 1], "the|The|a|A|an|An|another|that|this") &&
           word_in(t, &sc->w[e], "sheriff|jail");
}

/* "Tompkins County, home to Ithaca in upstate New York": a state after "in"
 * and a word of its part, right after a name, places that name (even one
 * not spotted as a jurisdiction) when the sentence names a local division
 * of the state. */
static bool region_locator(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                           size_t ns, const link_mention *m, const char *st) {
    size_t a = word_at(sc, m->start);
    return a >= 3 && word_in(t, &sc->w[a - 1], REGION_WORDS) && word_in(t, &sc->w[a - 2], "in") &&
           sc->w[a - 3].cap && !sc->w[a - 2].punct_before &&
           local_at(gaz, sc, ns, 0, sc->nw, st) >= 0;
}

/* Drops the states (of the ns specific mentions of sc->m) that only locate
 * a local division or office (the conventions: "a state used only to tell
 * which place is meant adds nothing beyond the place"): see the four
 * predicates above; "Brattleboro, Vt." and "Georgia's Gwinnett County" are
 * drop_address_counties'. Returns the new count. */
static size_t drop_locator_states(const polex_linker *lk, const char *t, link_scratch *sc,
                                  size_t ns) {
    size_t k = 0, kept = 0;
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *m = &sc->m[i];
        const gz_div *d = i < ns && !m->generic && m->div >= 0 && m->seat == LINK_SEAT_NONE
                              ? gz_div_at(lk->gaz, (uint32_t)m->div)
                              : NULL;
        if (d && d->level == GZ_LEVEL_STATE &&
            (section_locator(lk->gaz, t, sc, ns, m, d->state) ||
             naming_locator(lk->gaz, t, sc, ns, m, d->state) || office_locator(t, sc, m) ||
             region_locator(lk->gaz, t, sc, ns, m, d->state)))
            continue;
        kept += i < ns;
        sc->m[k++] = *m;
    }
    sc->nm = k;
    return kept;
}

/* Whether mention m of the cached sentence only describes a division
 * next to it: a neighbour named by its possessive in an apposition
 * ("Springfield, Eugene's neighbor across the river, did not join", "The
 * city of Aurora, Denver's eastern neighbor, took"), a place a county
 * "includes" (", which includes Asheville,"), a facility's site ("the
 * county jail in downtown Houston", "the Theo Lacy jail in Orange"), a comparison closing a clause
 * (", as Maricopa County does."). */
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
    size_t a = word_at(sc, ms);
    while (a > 0 && ms - sc->w[a - 1].start < 40 && !sc->w[a].punct_before &&
           (sc->w[a - 1].cap || word_in(t, &sc->w[a - 1], "of|and|ex|rel")))
        a--;
    uint32_t cs = a < sc->nw ? sc->w[a].start : ms;
    if (cs > ms) cs = ms;
    if (cs >= 2 && t[cs - 1] == ' ' && t[cs - 2] == '&') { /* "City & County of" */
        size_t b = word_at(sc, cs - 2);
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
        size_t b = word_at(sc, vs);
        while (b > 0 && vs - sc->w[b - 1].start < 40 &&
               (sc->w[b - 1].cap || word_in(t, &sc->w[b - 1], "of|and")))
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

static bool descriptive_place(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                              const link_mention *m, bool cites) {
    size_t a = word_at(sc, m->start), e = word_at(sc, m->end);
    if (cites && cited_case(t, sc, m->start, m->end)) return true;
    if (a > 0 && a < sc->nw && sc->w[a].punct_before &&
        memchr(t + sc->w[a - 1].end, ',', sc->w[a].start - sc->w[a - 1].end) && e + 1 < sc->nw &&
        sc->w[e].end - sc->w[e].start == 1 && t[sc->w[e].start] == 's')
        for (size_t k = e + 1; k < sc->nw && k < e + 4 && !sc->w[k].punct_before; k++)
            if (word_in(t, &sc->w[k],
                        "neighbor|neighbour|neighbors|neighbours|suburb|suburbs|"
                        "rival|twin|sister"))
                return true;
    /* a comparison closing the clause: "..., as Maricopa County does" */
    if (a >= 1 && word_in(t, &sc->w[a - 1], "as") && e < sc->nw &&
        word_in(t, &sc->w[e], "does|did|do|has|have|had") &&
        (e + 1 == sc->nw || sc->w[e + 1].punct_before))
        return true;
    /* a county's places (", which includes Asheville,"), not a list's
     * members ("the sanctuary list, which includes Minneapolis") */
    if (a >= 3 && word_in(t, &sc->w[a - 1], "includes|encompasses|surrounds|contains") &&
        word_in(t, &sc->w[a - 2], "which|that") && sc->w[a - 3].cap)
        return true;
    const gz_div *d = gz_div_at(gaz, (uint32_t)m->div);
    /* "the Theo Lacy jail in Orange", "a detention center in Tacoma" */
    if (a >= 2 && d->level == GZ_LEVEL_PLACE && word_in(t, &sc->w[a - 1], "in") &&
        !sc->w[a - 1].punct_before &&
        word_in(t, &sc->w[a - 2], "jail|jails|prison|prisons|facility|courthouse|center|Center"))
        return true;
    return a >= 2 && d->level == GZ_LEVEL_PLACE && word_in(t, &sc->w[a - 1], "downtown") &&
           word_in(t, &sc->w[a - 2], "in") && !sc->w[a - 1].punct_before;
}

/* Drops the specific mentions (ns of sc->m, first) descriptive_place finds;
 * returns the new count. */
static size_t drop_descriptive_places(const polex_linker *lk, const char *t, link_scratch *sc,
                                      size_t ns) {
    bool cites = false; /* a case citation's " v. " (most sentences have none) */
    for (const char *p = t + sc->start, *end = t + sc->end;
         !cites && (p = memchr(p, 'v', (size_t)(end - p))) != NULL && p + 2 < end; p++)
        cites = p > t + sc->start && p[-1] == ' ' && p[1] == '.' && p[2] == ' ';
    size_t k = 0, kept = 0;
    for (size_t i = 0; i < sc->nm; i++) {
        if (i < ns && sc->m[i].div >= 0 && descriptive_place(lk->gaz, t, sc, &sc->m[i], cites))
            continue;
        kept += i < ns;
        sc->m[k++] = sc->m[i];
    }
    sc->nm = k;
    return kept;
}

/* A state whose law is only the yardstick of someone else's act ("the
 * county's refusal violates Wisconsin law", "in violation of Texas law")
 * is no jurisdiction of the sentence's events (the conventions). Drops such
 * states from the ns specific mentions of sc->m; returns the new count. */
static size_t drop_yardstick_laws(const polex_linker *lk, const char *t, link_scratch *sc,
                                  size_t ns) {
    size_t k = 0, kept = 0;
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *m = &sc->m[i];
        bool drop = false;
        if (i < ns && m->div >= 0 &&
            gz_div_at(lk->gaz, (uint32_t)m->div)->level == GZ_LEVEL_STATE) {
            size_t a = word_at(sc, m->start), e = word_at(sc, m->end);
            bool law = e < sc->nw && word_in(t, &sc->w[e], "law|laws|statute|statutes");
            /* a code of laws ("Indiana Code 5-2-18.2") names the issuer's own law
             * in its orders: only a definition's yardstick ("as defined by
             * California Penal Code section 7282.5") */
            bool code = false;
            /* "violates the California Values Act": the state inside a law's name */
            for (size_t q = e;
                 !law && q < sc->nw && q < e + 5 && sc->w[q].cap && !sc->w[q].punct_before; q++)
                law = word_in(t, &sc->w[q], "Act|Law") ||
                      (code = word_in(t, &sc->w[q], "Code|Statutes"));
            if (a >= 2 && word_in(t, &sc->w[a - 1], "the")) a--;
            bool yard = a >= 1 && word_in(t, &sc->w[a - 1], "violate|violates|violated|violating");
            yard |= a >= 2 && word_in(t, &sc->w[a - 1], "of|to") &&
                    word_in(t, &sc->w[a - 2], "violation|contrary");
            /* "consistent with Minnesota law", "legal under Virginia law":
             * the measure of an act, not a party to it */
            yard |= a >= 2 && word_in(t, &sc->w[a - 1], "with") &&
                    word_in(t, &sc->w[a - 2], "consistent|accordance|keeping|line|compliance");
            yard |= a >= 2 && word_in(t, &sc->w[a - 1], "under") &&
                    word_in(t, &sc->w[a - 2],
                            "legal|lawful|illegal|unlawful|permitted|allowed|permissible");
            bool measured = yard; /* another's act measured by the law */
            if (code) yard = false;
            /* "a serious felony as defined by California Penal Code section 7282.5" */
            yard |= a >= 2 && word_in(t, &sc->w[a - 1], "by|in") &&
                    word_in(t, &sc->w[a - 2], "defined|described|listed");
            /* "violate Tennessee law, which since 2018 has prohibited ...",
             * "in violation of Iowa Code chapter 27A, which requires ...": the
             * sentence goes on to state the law's own content */
            bool content = false;
            for (size_t q = e + 1; law && !content && q < sc->nw && q < e + 6; q++) {
                content = sc->w[q].punct_before && word_in(t, &sc->w[q], "which|that");
                if (sc->w[q].punct_before && !content) break;
            }
            drop = law && yard && !content;
            if (law && measured && content && !m->seat) {
                kept += i < ns;
                sc->m[k] = *m;
                sc->m[k++].seat = LINK_SEAT_LAW;
                continue;
            }
        }
        if (drop) continue;
        kept += i < ns;
        sc->m[k++] = *m;
    }
    sc->nm = k;
    return kept;
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

/* A signing clause ("Signed and sealed ... at Olympia, Washington", "the
 * Great Seal of the State of Oklahoma, at the Capitol in Oklahoma City"):
 * the place where an order was signed is no jurisdiction of its events.
 * Drops the local divisions after "at"/"in" in a sentence naming a seal;
 * ns: how many of sc->m are specific (first). Returns the new count. */
static size_t drop_signing_places(const polex_linker *lk, const char *t, link_scratch *sc,
                                  size_t ns) {
    bool seal = false;
    for (size_t k = 0; k < sc->nw && !seal; k++) {
        uint32_t n = sc->w[k].end - sc->w[k].start; /* most words fail here */
        seal = (n == 4 || n == 6) && (t[sc->w[k].start] | 0x20) == 's' &&
               word_in(t, &sc->w[k], "seal|Seal|sealed|SEAL");
    }
    /* a signing line without a seal: "Done at Salem, Oregon, this 21st day
     * of August", "Dated at Burlington" */
    if (!seal && sc->nw > 2 &&
        word_in(t, &sc->w[0], "Done|DONE|Given|GIVEN|Dated|DATED|Signed|SIGNED") &&
        word_in(t, &sc->w[1], "at|in"))
        seal = true;
    if (!seal) return ns;
    size_t k = 0, kept = 0;
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *m = &sc->m[i];
        bool drop = false;
        if (i < ns && m->div >= 0 &&
            gz_div_at(lk->gaz, (uint32_t)m->div)->level != GZ_LEVEL_STATE) {
            size_t a = word_at(sc, m->start);
            /* "at Olympia", "in the City of Baton Rouge" */
            size_t b = a;
            while (b > 0 && a - b < 4 &&
                   word_in(t, &sc->w[b - 1], "the|City|Town|Village|city|town|village|of"))
                b--;
            drop = b >= 1 && word_in(t, &sc->w[b - 1], "at|in");
            /* "at Trenton, New Jersey": the issuer's state stays (the conventions) */
            if (drop && memchr(t + m->start, ',', m->end - m->start)) {
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

/* The names of a state's section (m, n) chosen among namesakes without a
 * qualifier of their own ("VERMONT — Burlington has not received any
 * notice", where the document's states also hold Colorado's small
 * Burlington; "MAINE — Portland will not change", after "OREGON —
 * Portland's council") are the section's state's when it has one of that
 * name and level. */
static void section_names(const polex_gazetteer *gaz, const char *t, link_mention *m, size_t n,
                          const char *st) {
    for (size_t i = 0; i < n; i++) {
        const gz_div *d = m[i].div >= 0 ? gz_div_at(gaz, (uint32_t)m[i].div) : NULL;
        char key[GZ_KEY_MAX];
        gz_match gm;
        /* a qualifier of its own ("Portland, Ore.") stays; a license from
         * another section ("OREGON — Portland's council") does not */
        if (!d || memchr(t + m[i].start, ',', m[i].end - m[i].start) ||
            d->level == GZ_LEVEL_STATE || !strcmp(d->state, st) ||
            !gz_norm_key(t + m[i].start, m[i].end - m[i].start, key, sizeof key) ||
            !gz_lookup(gaz, key, &gm))
            continue;
        for (uint32_t q = 0; q < gm.n; q++) {
            const gz_div *c = gz_div_at(gaz, gm.divs[q]);
            if (c->level == d->level && !strcmp(c->state, st)) {
                m[i].div = (int)gm.divs[q];
                break;
            }
        }
    }
}

/* A roundup's section on a county in capitals before a colon ("WHATCOM:
 * The county council voted ...", "CLARK: Sheriff John Horch said ..."):
 * the county whose item follows, when its first words speak of a county,
 * its sheriff or its jail, and one county of that name lies in the
 * document's states (or only one exists). Puts it first among the
 * sentence's nm mentions; returns the new count. */
static size_t section_county(const polex_linker *lk, const link_context *ctx, const char *t,
                             link_scratch *sc, size_t k, size_t nm) {
    if (k == 0 || k > 3 || nm >= LINK_MAX_MENTIONS || t[sc->w[k - 1].end] != ':') return nm;
    bool county = false;
    for (size_t q = k; q < sc->nw && q < k + 8 && !county; q++)
        county = word_in(t, &sc->w[q], "county|County|jail|sheriff|Sheriff|parish|Parish");
    if (!county) return nm;
    uint32_t a = sc->w[0].start, b = sc->w[k - 1].end;
    for (uint32_t p = a; p < b; p++)
        if (islower((unsigned char)t[p])) return nm; /* "Ramsey: ..." is spotted as a name */
    char key[GZ_KEY_MAX];
    size_t n = gz_norm_key(t + a, b - a, key, sizeof key);
    if (!n || n + sizeof " county" > sizeof key) return nm;
    memcpy(key + n, " county", sizeof " county");
    gz_match gm;
    if (!gz_lookup(lk->gaz, key, &gm) || gm.n == 0) return nm;
    int pick = -1;
    if (gm.n == 1) {
        pick = (int)gm.divs[0];
    } else {
        const link_states *ls = link_doc_states(ctx);
        for (uint32_t i = 0; i < gm.n; i++) {
            const gz_div *d = gz_div_at(lk->gaz, gm.divs[i]);
            bool in_doc = false;
            for (size_t q = 0; q < ls->n && !in_doc; q++)
                in_doc = !strcmp(ls->st[q], d->state);
            if (!in_doc) continue;
            if (pick >= 0) return nm; /* two of the document's states have one */
            pick = (int)gm.divs[i];
        }
    }
    if (pick < 0 || gz_div_at(lk->gaz, (uint32_t)pick)->level != GZ_LEVEL_COUNTY) return nm;
    memmove(sc->m + 1, sc->m, nm * sizeof *sc->m);
    sc->m[0] = (link_mention){a, b, pick, false, 0, true, true, LINK_SEAT_NONE};
    return nm + 1;
}

/* A roundup's section named by a state alone ("TENNESSEE - Gov. Bill Lee
 * on Tuesday issued an executive order"): unlike a city's dateline, it
 * says whose events follow, as "In Tennessee," would. Not a name that is
 * also a sizable place ("NEW YORK —", "WASHINGTON —"). Puts the state first
 * among the sentence's nm mentions when the k words before the sentence's
 * first word are one; returns the new count. */
static size_t section_state(const polex_linker *lk, const char *t, link_scratch *sc, size_t k,
                            size_t nm) {
    if (k == 0 || k > 3 || nm >= LINK_MAX_MENTIONS) return nm;
    char key[GZ_KEY_MAX];
    gz_match gm;
    uint32_t a = sc->w[0].start, b = sc->w[k - 1].end;
    if (!gz_norm_key(t + a, b - a, key, sizeof key) || !gz_lookup(lk->gaz, key, &gm)) return nm;
    int st = -1;
    for (uint32_t i = 0; i < gm.n; i++) {
        const gz_div *d = gz_div_at(lk->gaz, gm.divs[i]);
        if (d->level == GZ_LEVEL_STATE && strcmp(d->state, "dc") != 0)
            st = (int)gm.divs[i];
        else if (d->level != GZ_LEVEL_STATE && d->pop >= 20000)
            return nm;
    }
    if (st < 0 || (gm.flags & GZ_KEY_HAND)) return nm; /* "WASHINGTON —": the capital */
    for (uint32_t p = a; p < b; p++)
        if (islower((unsigned char)t[p])) return nm; /* "Chicago —": a dateline */
    memmove(sc->m + 1, sc->m, nm * sizeof *sc->m);
    sc->m[0] = (link_mention){a, b, st, false, 0, true, true, LINK_SEAT_NONE};
    section_names(lk->gaz, t, sc->m + 1, nm, gz_div_at(lk->gaz, (uint32_t)st)->state);
    return nm + 1;
}

/* A newsletter item opening with its place and a period on the same line
 * ("WORCESTER, MASS. The City Council voted ..."), which the tokenizer
 * splits off as a sentence of its own: the place belongs to the item's
 * first sentence, as when it is not split ("CHARLOTTESVILLE, VA. City
 * Council adopted ..."). Puts the mentions of sentence si - 1 first among
 * the nm of m when it is such a line; returns the new count. */
static size_t place_line(polex_linker *lk, const polex_doc *doc, size_t si, const link_context *ctx,
                         link_mention *m, size_t nm) {
    if (si == 0 || si >= doc->n_sentences || nm >= LINK_MAX_MENTIONS) return nm;
    const polex_sentence *pe = &doc->sentences[si - 1], *se = &doc->sentences[si];
    const char *t = doc->text;
    uint32_t n = pe->end - pe->start;
    if (n < 5 || n > 48 || t[pe->end - 1] != '.' || !memchr(t + pe->start, ',', n) ||
        memchr(t + pe->end, '\n', se->start - pe->end))
        return nm;
    for (uint32_t q = pe->start; q < pe->end; q++)
        if (islower((unsigned char)t[q])) return nm; /* "WORCESTER, MASS." only */
    link_word w[16];
    link_text x = {t, w, link_words_split(t, pe->start, pe->end, w, 16), pe->end};
    if (x.nw < 2 || x.nw > 6) return nm;
    link_mention pm[4];
    size_t k = link_spot_text(lk, &x, ctx, pm, 4);
    if (k != 1 || pm[0].div < 0 || !pm[0].evident || nm + 1 > LINK_MAX_MENTIONS) return nm;
    memmove(m + 1, m, nm * sizeof *m);
    m[0] = pm[0];
    return nm + 1;
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
    find_clauses(doc->text, sc);
    sc->nm = spot_sentence(lk, doc, si, &x, ctx, sc->m);
    sc->nm = place_line(lk, doc, si, ctx, sc->m, sc->nm);
    sc->nm = section_state(lk, doc->text, sc, k, sc->nm);
    sc->nm = section_county(lk, ctx, doc->text, sc, k, sc->nm);
    size_t ns = drop_court_seats(lk->gaz, doc->text, sc, sc->nm);
    party_seats(lk, doc, sc, ns);
    county_modifiers(lk->gaz, doc->text, sc, ns);
    ns = drop_signing_places(lk, doc->text, sc, ns);
    ns = drop_address_counties(lk, doc->text, sc, ns);
    ns = drop_locator_states(lk, doc->text, sc, ns);
    ns = drop_yardstick_laws(lk, doc->text, sc, ns);
    ns = drop_descriptive_places(lk, doc->text, sc, ns);
    link_spot_generic_text(lk, &x, sc->m, &sc->nm, LINK_MAX_MENTIONS);
    sc->n_mods = 0;
    if (sc->nm > ns) drop_modifier_states(lk, sc, ns);
    sc->order_done = false;
    sc->acting = -2;
    sc->has_law = -1;
    sc->valid = true;
    return sc;
}

static bool word_in(const char *t, const link_word *w, const char *list) {
    size_t n = w->end - w->start;
    const char *p = list;
    while (*p) {
        const char *q = p;
        while (*q && *q != '|') /* one pass per item, no strchr/strlen calls */
            q++;
        if ((size_t)(q - p) == n && !memcmp(t + w->start, p, n)) return true;
        p = *q ? q + 1 : q;
    }
    return false;
}

/* ", and" at word k goes on a list of names ("Seattle, Philadelphia, and the
 * City of Chicago", "Orange County, Calif., and the city of Santa Ana"), not
 * a new clause: a capitalized word before the comma and another (after
 * "the", or after "the city of") after the conjunction. */
static bool acronym(const char *t, const link_word *w);

static bool list_item(const char *t, const link_word *w, size_t nw, size_t k) {
    /* "... share information with ICE, and Cumberland County Sheriff Kevin
     * Joyce said": an agency's acronym ends a clause, not a list item */
    /* "the State of New Jersey and four of its cities, and the City of
     * Boston": a party named formally after a plural goes on the list */
    if (word_in(t, &w[k], "and|or") && k + 3 < nw &&
        word_in(t, &w[k - 1], "cities|counties|states|jurisdictions|municipalities") &&
        word_in(t, &w[k + 1], "the") && word_in(t, &w[k + 2], "City|County|State|Town|Village") &&
        word_in(t, &w[k + 3], "of"))
        return true;
    if (!word_in(t, &w[k], "and|or") || !w[k - 1].cap || acronym(t, &w[k - 1])) return false;
    /* "sued in March, and the city of Aurora said": a date is no list item */
    if (word_in(t, &w[k - 1],
                "January|February|March|April|May|June|July|August|September|October|November|"
                "December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"))
        return false;
    size_t next = k + 1;
    if (next < nw && word_in(t, &w[next], "the")) next++;
    if (next + 2 < nw && !w[next].cap &&
        word_in(t, &w[next], "city|county|town|village|state|cities|counties|towns|states") &&
        word_in(t, &w[next + 1], "of"))
        next += 2;
    return next < nw && w[next].cap;
}

/* ", and" at word k opens a clause without a verb, the verb of the clause
 * before it gapped ("FEMA suspended Somerville's grant on February 2, and
 * Chelsea's a week later"): a name, its possessive, and only words of time
 * to the end of the sentence. The same event goes on. */
static bool gapped(const char *t, const link_word *w, size_t nw, size_t k) {
    if (!word_in(t, &w[k], "and") || k + 2 >= nw || !w[k + 1].cap) return false;
    size_t q = k + 1;
    for (int item = 0; item < 2; item++) { /* "Evanston's and Oak Park's awards" */
        while (q < nw && w[q].cap && !w[q].punct_before)
            q++;
        if (q >= nw || !(w[q].end - w[q].start == 1 && t[w[q].start] == 's')) return false;
        q++;
        if (!(q + 1 < nw && word_in(t, &w[q], "and") && w[q + 1].cap)) break;
        q++;
    }
    if (q + 1 < nw && !w[q].cap && !w[q + 1].cap && !w[q].punct_before &&
        !word_in(t, &w[q], "a|an|the|one|two|three|in|on|by|after|before|that|later|earlier"))
        q++; /* the noun repeated: "... and Oak Park's awards two weeks later" */
    for (; q < nw; q++)
        if (!(w[q].cap || (t[w[q].start] >= '0' && t[w[q].start] <= '9') ||
              word_in(t, &w[q],
                      "a|an|the|one|two|three|week|weeks|month|months|day|days|year|"
                      "later|earlier|in|on|by|too|also|after|before|that")))
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
    return !word_in(t, w,
                    "including|according|during|following|regarding|concerning|pending|"
                    "notwithstanding|nothing|something|anything|everything|excluding|"
                    "beginning|involving|barring|considering|joining|funding|housing|"
                    "policing|training|building|spending|morning|evening|planning|screening|"
                    "booking|parking|zoning|lending|timing|"
                    /* what a ruling does: ", stopping the department from cutting grants
                     * to Portland and Eugene" is the ruling's own target */
                    "stopping|blocking|preventing|halting|enjoining|prohibiting");
}

/* ", as Iowa law now requires" at word k: the law the clause before
 * follows, whose state is the event's too (the conventions). */
static bool as_law_requires(const char *t, const link_word *w, size_t nw, size_t k) {
    if (!word_in(t, &w[k], "as")) return false;
    for (size_t q = k + 1; q < nw && q < k + 5; q++)
        if (word_in(t, &w[q], "law|laws|statute|statutes")) return true;
    return false;
}

/* ", as well as" at word k goes on a list ("the States of Illinois and New
 * York, as well as the cities of Los Angeles and Boston"). */
static bool as_well_as(const char *t, const link_word *w, size_t nw, size_t k) {
    return k + 2 < nw && word_in(t, &w[k], "as") && word_in(t, &w[k + 1], "well") &&
           word_in(t, &w[k + 2], "as");
}

/* ", a rebuke to Virginia Gov. ...", "on Tuesday, a reversal that puts
 * northern Nevada's largest jail at odds": a noun phrase after a clause
 * (word k after a comma) comments on the event, and what it names is not
 * the event's. Not after a name (", a city in Texas" locates it). */
static bool trailing_apposition(const char *t, const link_word *w, size_t nw, size_t k) {
    if (k + 1 >= nw || !word_in(t, &w[k], "a|an") || w[k + 1].cap || w[k + 1].punct_before)
        return false;
    return !w[k - 1].cap ||
           word_in(t, &w[k - 1],
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
    if (!word_in(t, &w[k], "as") || (w[k - 1].cap && !acronym(t, &w[k - 1])) || k + 2 >= nw ||
        !w[k + 1].cap ||
        word_in(t, &w[k - 1],
                "such|well|known|designated|listed|same|serve|serves|served|serving|act|acts|"
                "acted|acting|identified|classified|named|labeled|labelled|described|so|just|"
                "much|many|far|long|soon|regarded|seen|treated|counted|defined|qualify|"
                "qualifies|qualified|recognized|branded|cited|flagged|returned|remain|remains|"
                "stay|stays|joined|join|joins"))
        return false;
    for (size_t q = k - 1; q > 0 && q + 4 > k; q--)
        if (word_in(t, &w[q - 1], "such|Such")) return false; /* "such cities as Chicago" */
    size_t e = k + 1;
    while (e < nw && e < k + 8 && (w[e].cap || word_in(t, &w[e], "of|and")))
        e++;
    return e < nw && !w[e].cap && !w[e].punct_before && !word_in(t, &w[e], "of|and|or|to");
}

/* The same in a Title Case headline ("Denver Mayor Vows To Keep Refusing ICE
 * Detainers As Aurora Council Votes To Cooperate"): "As" after three
 * capitalized words, before a name and another word. */
static bool title_as_clause(const char *t, const link_word *w, size_t nw, size_t k) {
    if (k < 3 || k + 2 >= nw || !word_in(t, &w[k], "As") || !w[k - 1].cap || !w[k - 2].cap ||
        !w[k - 3].cap || !w[k + 1].cap || !w[k + 2].cap || w[k + 1].punct_before ||
        word_in(t, &w[k - 1],
                "Such|Well|Known|Designated|Listed|Same|Serve|Serves|Served|Act|Acts|Acted|"
                "Identified|Named|Labeled|Described|So|Just|Much|Regarded|Seen|Treated|Counted|"
                "Defined|Qualify|Qualifies|Recognized|Branded|Cited|Flagged|Remain|Remains|Stay|"
                "Stays|Joined|Join|Joins|Returns|Returned"))
        return false;
    return true;
}

/* The clause of the sentence that holds byte off: boundaries are ";", ":", dashes
 * and a comma before a clause word ("and", "who", "after", ...), and "N days
 * after". */
static bool boundary_before(const char *t, const link_word *w, size_t nw, size_t k) {
    bool comma = false;
    for (uint32_t p = w[k - 1].end; p < w[k].start; p++) {
        unsigned char c = (unsigned char)t[p];
        if (((c == ';' || c == ':') && !word_in(t, &w[k], "the|and|a|an")) ||
            (c == 0xE2 && p + 2 < w[k].start && (unsigned char)t[p + 1] == 0x80 &&
             ((unsigned char)t[p + 2] == 0x94 || (unsigned char)t[p + 2] == 0x93)))
            return true;
        comma |= c == ',';
    }
    if (comma &&
        (word_in(t, &w[k],
                 "and|but|while|when|who|which|where|after|before|because|though|although|"
                 "saying|whose|as|despite") ||
         participle(t, &w[k])) &&
        !list_item(t, w, nw, k) && !as_well_as(t, w, nw, k) && !gapped(t, w, nw, k) &&
        !as_law_requires(t, w, nw, k))
        return true;
    if (comma && trailing_apposition(t, w, nw, k)) return true;
    /* "report that OJP has released the awards to Tucson and that Pima
     * County's award remains under review": a second "that" clause */
    if (k + 1 < nw && w[k].end - w[k].start == 3 && word_in(t, &w[k], "and") &&
        word_in(t, &w[k + 1], "that") && !w[k + 1].punct_before && k + 2 < nw &&
        (w[k + 2].cap || word_in(t, &w[k + 2], "the|its|their|it|they")))
        return true;
    /* ", even as the department threatens ...", ", even though" */
    if (comma && k + 1 < nw && word_in(t, &w[k], "even") &&
        word_in(t, &w[k + 1], "as|though|if|when|while|after|before"))
        return true;
    if (!comma && w[k].end - w[k].start == 2 && !w[k].punct_before &&
        (as_clause(t, w, nw, k) || title_as_clause(t, w, nw, k)) && !as_law_requires(t, w, nw, k))
        return true;
    size_t prev = w[k - 1].end - w[k - 1].start;
    return k >= 2 && (prev == 5 || prev == 6) && word_in(t, &w[k - 1], "after|before") &&
           word_in(t, &w[k - 2], "day|days|week|weeks|month|months|year|years|hours");
}

/* A semicolon between words k - 1 and k. */
static bool semicolon_before(const char *t, const link_word *w, size_t k) {
    return memchr(t + w[k - 1].end, ';', w[k].start - w[k - 1].end) != NULL;
}

/* Fills the clause starts of the cached sentence (once for all its hits).
 * A series of clauses closed by "; and" ("Evanston lost $90,000; Burlington
 * lost $45,000; and Santa Fe lost $60,000") is one list: its semicolons
 * split nothing. */
static void find_clauses(const char *t, link_scratch *sc) {
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
        series = semicolon_before(t, sc->w, k) && word_in(t, &sc->w[k], "and|or");
    if (!series) return;
    size_t n = 0; /* the series' semicolons split nothing */
    for (size_t b = 0, k = 1; b < sc->n_bounds; b++) {
        while (k < sc->nw && sc->w[k].start < sc->bounds[b])
            k++;
        if (!(k < sc->nw && semicolon_before(t, sc->w, k))) sc->bounds[n++] = sc->bounds[b];
    }
    sc->n_bounds = n;
}

/* The clause [*cs, *ce) of the cached sentence that holds byte off. */
static void clause_of(const link_scratch *sc, uint32_t off, uint32_t *cs, uint32_t *ce) {
    *cs = 0;
    *ce = UINT32_MAX;
    for (size_t i = 0; i < sc->n_bounds; i++) {
        if (sc->bounds[i] <= off)
            *cs = sc->bounds[i];
        else if (*ce == UINT32_MAX)
            *ce = sc->bounds[i];
    }
}

/* Index of the word of the cached sentence that starts at or after byte off. */
static size_t word_at(const link_scratch *sc, uint32_t off) {
    size_t lo = 0, hi = sc->nw; /* words are in text order: a binary search */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (sc->w[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* A generic mention heading a relative clause the hit starts in, or whose
 * clause is the subject of the hit ("jurisdictions that refuse to
 * cooperate", "any city that refused", "states that refuse should not
 * expect federal dollars"): the event concerns those, whatever else the
 * sentence names. Its index in sc->m, or -1. */
static int generic_subject(const char *t, const link_scratch *sc, uint32_t hs) {
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *g = &sc->m[i];
        if (!g->generic || g->start > hs) continue;
        size_t k = word_at(sc, g->end), h = word_at(sc, hs);
        if (g->start <= hs && hs < g->end) h = k + 1; /* the hit starts with it */
        if (k >= sc->nw || h < k || h > k + 6 || !word_in(t, &sc->w[k], "that|which|who")) continue;
        /* only auxiliaries and adverbs up to the hit ("that have refused"):
         * "cities that their awards ..." is a complement, not a relative */
        bool plain = true;
        for (size_t q = k + 1; q < h && plain; q++)
            plain = word_in(t, &sc->w[q],
                            "have|has|had|do|does|did|not|also|still|would|could|will|may|might|"
                            "should|must|can|cannot|shall|are|is|were|was|continue|already|now|"
                            "openly|refuse|refused|fail|failed") ||
                    /* a policy the relative clause gives them: "each parish and
                     * municipality that maintains a policy limiting cooperation",
                     * "cities that have adopted policies of refusing" */
                    word_in(t, &sc->w[q],
                            "maintain|maintains|maintained|adopt|adopts|adopted|keep|keeps|kept|"
                            "enact|enacts|enacted|a|an|policy|policies|practice|"
                            "practices|ordinance|ordinances|of");
        if (plain) return (int)i;
    }
    return -1;
}

/* Whether word k is a name or a comma or conjunction inside a list of names
 * ("Newark, Jersey City, Paterson and Hoboken"). */
static bool name_or_link(const char *t, const link_word *w, size_t k) {
    return w[k].cap || word_in(t, &w[k], "and|or|of|the") ||
           /* "Orange County, Calif., and the city of Santa Ana" */
           (word_in(t, &w[k], "city|town|village|county") && word_in(t, &w[k + 1], "of")) ||
           (k > 0 && w[k - 1].cap && word_in(t, &w[k], "state")); /* "Washington state" */
}

/* A clause that starts a relative clause (", whose office filed", ",
 * which did not join") speaks of the name just before it: the bytes
 * [*as, *ae) of the name or list of names ending at the comma, after at
 * most two lower-case words ("San Francisco City Attorney David Chiu",
 * "withheld from Boulder", "Newark, Jersey City, Paterson and Hoboken",
 * "Tennessee law"). False when the clause at cs is no relative clause or
 * has no such name. */
static bool antecedent(const char *t, const link_scratch *sc, uint32_t cs, bool whole, uint32_t *as,
                       uint32_t *ae) {
    size_t k = word_at(sc, cs);
    if (k == 0 || k >= sc->nw || !word_in(t, &sc->w[k], "who|whose|which")) return false;
    bool comma = false;
    for (uint32_t p = sc->w[k - 1].end; p < sc->w[k].start; p++)
        comma |= t[p] == ',';
    if (!comma) return false;
    size_t e = k; /* the name ends before word e */
    for (int skip = 0;
         skip < 2 && e > 0 && !sc->w[e - 1].cap && (skip == 0 || !sc->w[e].punct_before); skip++)
        e--;
    size_t a = e;
    while (a > 0 && name_or_link(t, sc->w, a - 1) &&
           (a == e || !sc->w[a].punct_before || sc->w[a].cap ||
            /* the subject of a main clause going on after the relative one:
             * "Orange County, Calif., and the city of Santa Ana, which
             * limits ..., joined" (the relative clause itself speaks of the
             * last item) */
            (whole && word_in(t, &sc->w[a], "and|or") && sc->w[a - 1].cap)))
        a--;
    while (a < e && !sc->w[a].cap) /* a list starts with a name */
        a++;
    if (a >= e) return false;
    *as = sc->w[a].start, *ae = sc->w[e - 1].end;
    return true;
}

/* Where the relative clause starting at cs (", which runs the largest jail
 * in Minnesota,") closes with a comma before a word of the main clause
 * going on ("..., will keep refusing"), looking at words starting before
 * lim; 0 when it does not close there. */
static uint32_t relative_close(const char *t, const link_scratch *sc, uint32_t cs, uint32_t lim) {
    size_t k = word_at(sc, cs);
    for (size_t q = k + 2; q < sc->nw && sc->w[q].start < lim; q++) {
        if (!memchr(t + sc->w[q - 1].end, ',', sc->w[q].start - sc->w[q - 1].end)) continue;
        if (sc->w[q].cap || word_in(t, &sc->w[q],
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
static bool in_other_relative(const char *t, const link_scratch *sc, uint32_t cs, uint32_t off) {
    for (size_t b = 0; b < sc->n_bounds && sc->bounds[b] <= off; b++) {
        uint32_t as, ae, rs = sc->bounds[b];
        /* a court's past ruling ("appeal to the 7th Circuit, which in 2018
         * upheld an injunction in a case brought by Chicago") */
        size_t rk = word_at(sc, rs);
        if (rs != cs && rk >= 1 && rk < sc->nw && word_in(t, &sc->w[rk], "which|who") &&
            word_in(t, &sc->w[rk - 1], "Circuit|Court|court|panel|judge|Judge"))
            return true;
        if (rs == cs || !antecedent(t, sc, rs, false, &as, &ae)) continue;
        bool named = false; /* "the state's Local Government Fund, which sent
                             * Greenville County $14 million" speaks of the county */
        for (size_t i = 0; i < sc->nm && !named; i++)
            named = !sc->m[i].generic && sc->m[i].start >= as && sc->m[i].end <= ae;
        if (!named) continue;
        uint32_t close = relative_close(t, sc, rs, sc->end);
        if (close && off < close) return true;
    }
    return false;
}

static bool seat_ok(const link_mention *x);

/* Whether the clause [cs, ce) has a name for subject: its first specific
 * mention among its first five words ("Lawrence adopted", "and Haverhill
 * passed", "the Denver jail gives", "Since 2017 Burlington has",
 * "WHEREAS, the cities of Somerville"), no comma after the first word. */
static bool name_subject(const char *t, const link_scratch *sc, uint32_t cs, uint32_t ce) {
    size_t a = cs ? word_at(sc, cs) : sc->first;
    if (a < sc->nw && word_in(t, &sc->w[a], "and")) a++;
    if (a >= sc->nw) return false;
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *x = &sc->m[i];
        if (x->generic || x->div < 0 || x->start < sc->w[a].start) continue;
        if (x->start >= ce || !seat_ok(x)) return false;
        size_t k = word_at(sc, x->start);
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

/* The checks of parallel_clause on the other clause [ps, pe) of hit h. */
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
    size_t a = word_at(sc, lo), e = word_at(sc, hi), n = e - a;
    bool lit = !strcmp(h->type, "litigation"), topic = false;
    /* a planned act goes on with another one planned ("the city will file
     * suit within days, and that Cook County is expected to join") */
    bool planned = false;
    uint32_t hcs, hce;
    clause_of(sc, h->start, &hcs, &hce);
    for (size_t k = word_at(sc, hcs); k < sc->nw && sc->w[k].start < hce && !planned; k++)
        planned = word_in(t, &sc->w[k], "will|plans|planning|expected|intends");
    for (size_t k = a; k < e; k++) {
        /* ... or a party expected to join a suit ("; Santa Fe expected to follow") */
        if (word_in(t, &sc->w[k], "expected|plans|planning|intends") &&
            (planned || (lit && k + 2 < e && word_in(t, &sc->w[k + 1], "to") &&
                         word_in(t, &sc->w[k + 2], "join|follow"))))
            continue;
        if (word_in(t, &sc->w[k],
                    "considering|weighing|debating|may|might|could|would|plans|"
                    "planning|expected|proposed|studying"))
            return false;
        /* "and Clark County has not changed that policy since", "has never
         * joined": the other clause says what did not happen ("does not notify
         * ICE" is a policy of its own, the same kind) */
        if (k + 1 < e && word_in(t, &sc->w[k], "not|never|n't|yet") &&
            word_in(t, &sc->w[k + 1],
                    "changed|change|joined|join|adopted|adopt|followed|follow|decided|said|"
                    "taken|acted|signed|sued"))
            return false;
        /* the clause speaks of the same matter ("joined the suit"; "a
         * similar policy", "ICE", "detainers"): "Denver sued in March, and
         * Aurora said it would comply" are two */
        topic |= lit ? word_in(t, &sc->w[k],
                               "sue|sued|suit|lawsuit|joined|join|joins|follow|follows|followed")
                     : word_in(t, &sc->w[k],
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

static bool parallel_clause(const polex_gazetteer *gaz, const polex_doc *doc, const polex_hit *h,
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
    if (cs && (word_in(t, &sc->w[word_at(sc, cs)], "and") || after_semicolon(t, sc, cs))) {
        *ps = b ? sc->bounds[b - 1] : 0, *pe = cs;
        found = true;
    } else if (ce != UINT32_MAX) {
        size_t nb = b == SIZE_MAX ? 0 : b + 1;
        if (nb < sc->n_bounds && sc->bounds[nb] == ce &&
            (word_in(t, &sc->w[word_at(sc, ce)], "and") || after_semicolon(t, sc, ce)))
            *ps = ce, *pe = clause_end_at(sc, nb), found = true;
    }
    if (!found || !name_subject(t, sc, cs, ce) || !name_subject(t, sc, *ps, *pe)) return false;
    return parallel_ok(gaz, doc, h, sc, *ps, *pe);
}

/* The same for a hit in a main clause going on after a closed relative
 * clause on its subject ("Gwinnett County, which ended its agreement in
 * 2021, applied to rejoin the program, and Cobb County's sheriff signed a
 * new agreement"): [acs, ace) is the clause of the subject, ce the end of
 * the hit's clause. */
static bool resumed_parallel(const polex_gazetteer *gaz, const polex_doc *doc, const polex_hit *h,
                             const link_scratch *sc, uint32_t acs, uint32_t ace, uint32_t ce,
                             uint32_t *ps, uint32_t *pe) {
    if ((strcmp(h->type, "noncooperation") != 0 && strcmp(h->type, "litigation") != 0) ||
        ce == UINT32_MAX)
        return false;
    const char *t = doc->text;
    size_t nb = SIZE_MAX;
    for (size_t q = 0; q < sc->n_bounds; q++)
        if (sc->bounds[q] == ce) nb = q;
    if (nb == SIZE_MAX || !word_in(t, &sc->w[word_at(sc, ce)], "and")) return false;
    *ps = ce, *pe = clause_end_at(sc, nb);
    return name_subject(t, sc, acs, ace) && name_subject(t, sc, *ps, *pe) &&
           parallel_ok(gaz, doc, h, sc, *ps, *pe);
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

/* The mentions of the cached sentence an event hit [hs, he) concerns, into
 * m (LINK_MAX_MENTIONS); returns their count. The hit's clause names them,
 * and a relative clause also its antecedent; a clause naming nothing falls
 * back to the whole sentence, except that a clause speaking of generic
 * jurisdictions only ("states that refuse") takes no specific ones from
 * elsewhere. A state modifying a generic plural counts when nothing more
 * specific is named. */
/* Whether mention x may count for an event: a court's seat never does
 * ("a federal judge in Seattle", "filed in federal court in Boston", "a
 * federal court in Oregon found"): the court is no party, target or actor. */
static bool seat_ok(const link_mention *x) {
    return x->seat == LINK_SEAT_NONE || x->seat == LINK_SEAT_AGENCY || x->seat == LINK_SEAT_PARTY ||
           x->seat == LINK_SEAT_MODIFIER || x->seat == LINK_SEAT_LAW;
}

/* A local policy's event (noncooperation) after "for"/"over" that follows a
 * county or city its state acts against is that county's or city's: "Texas
 * Attorney General Ken Paxton sued Dallas County and the City of Houston for
 * adopting policies that limit cooperation", "suspended two Orange County
 * commissioners for voting to limit". Drops the state from m when such a
 * local mention of it precedes "for"/"over" (or "of" after "accused":
 * "Tennessee officials accused Nashville of limiting") before the hit at hs; returns
 * the new count. */
/* Words after the county or city a state acts against that introduce the
 * local policy: "sued Dallas County ... for adopting", "sued the city of
 * Columbus, claiming a new municipal policy ...", "threatened to strip
 * Phoenix of $40 million unless the city rescinds a police policy"; a
 * relative clause on them: "suspend local officials in Orlando who limit" */
static bool acting_word(const char *t, const link_word *w) {
    const char *p = t + w->start;
    switch (w->end - w->start) { /* asked of every word: no list scans */
    case 3:
        return !memcmp(p, "for", 3) || !memcmp(p, "who", 3);
    case 4:
        return !memcmp(p, "over", 4);
    case 5:
        return !memcmp(p, "after", 5) || !memcmp(p, "which", 5) || !memcmp(p, "whose", 5);
    case 6:
        return !memcmp(p, "unless", 6) || !memcmp(p, "asking", 6);
    case 7:
        return !memcmp(p, "because", 7) || !memcmp(p, "arguing", 7);
    case 8:
        return !memcmp(p, "claiming", 8) || !memcmp(p, "alleging", 8);
    default:
        return false;
    }
}

static size_t drop_acting_state(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                                uint32_t hs, link_mention *m, size_t n) {
    const char *st = NULL;
    link_scratch *msc = (link_scratch *)sc; /* the sentence's cache of its first such word */
    if (msc->acting == -2) {
        msc->acting = -1;
        for (size_t k = 0; k < sc->nw && msc->acting < 0; k++)
            if (acting_word(t, &sc->w[k]) ||
                (t[sc->w[k].start] == 'a' &&
                 word_in(t, &sc->w[k], "accused|accuses|accusing|accuse")))
                msc->acting = (int)k;
    }
    /* most hits have no "for"/"over" before them */
    bool any = msc->acting >= 0 && sc->w[msc->acting].start < hs;
    for (size_t i = 0; i < n && !st && any; i++) {
        const gz_div *d =
            !m[i].generic && m[i].div >= 0 ? gz_div_at(gaz, (uint32_t)m[i].div) : NULL;
        if (!d || d->level == GZ_LEVEL_STATE || m[i].end > hs) continue;
        /* "for"/"over" between this local mention and the hit, nothing named there */
        bool prep = false, named = false, state_word = false;
        /* "accused Nashville of limiting": "of" after an accusation */
        size_t a = word_at(sc, m[i].start);
        bool accused = a > 0 && word_in(t, &sc->w[a - 1], "accused|accuses|accusing|accuse");
        for (size_t k = word_at(sc, m[i].end); k < sc->nw && sc->w[k].start < hs; k++) {
            prep |= acting_word(t, &sc->w[k]) || (accused && word_in(t, &sc->w[k], "of"));
            /* "over the state's limits": the state's own policy */
            state_word |= prep && word_in(t, &sc->w[k], "state|state's|State|State's") &&
                          /* "asking a state judge to void": a court, not the policy */
                          !(k + 1 < sc->nw && word_in(t, &sc->w[k + 1], "judge|court|courts"));
        }
        if (state_word) continue;
        for (size_t q = 0; q < n; q++)
            named |= m[q].start > m[i].end && m[q].start < hs;
        if (prep && !named) st = d->state;
    }
    if (!st) return n;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const gz_div *d =
            !m[i].generic && m[i].div >= 0 ? gz_div_at(gaz, (uint32_t)m[i].div) : NULL;
        if (!(d && d->level == GZ_LEVEL_STATE && !strcmp(d->state, st) && m[i].end <= hs))
            m[k++] = m[i];
    }
    return k;
}

/* Drops the states named by their departments from m (n mentions) when
 * another specific division is there; returns the new count. */
static size_t drop_agencies(link_mention *m, size_t n) {
    bool other = false;
    for (size_t i = 0; i < n && !other; i++)
        other = !m[i].generic && m[i].div >= 0 && m[i].seat != LINK_SEAT_AGENCY;
    if (!other) return n;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (m[i].seat != LINK_SEAT_AGENCY) m[k++] = m[i];
    return k;
}

/* After the hit of a generic subject's relative clause ("The
 * jurisdictions that declined the most"), the members it names: after
 * "were"/"are" right before a name ("were Cook County, Illinois; Los
 * Angeles County, California; and King County, Washington") or after
 * "including"/"such as" ("31 jurisdictions that began honoring detainers,
 * including Harris County, Texas, and Maricopa County, Arizona"), up to the
 * next clause: [*ls, *le). False when there is none. */
static bool members_after(const char *t, const link_scratch *sc, uint32_t he, uint32_t *ls,
                          uint32_t *le) {
    for (size_t k = word_at(sc, he); k + 1 < sc->nw; k++) {
        bool be = word_in(t, &sc->w[k], "were|are") && sc->w[k + 1].cap;
        bool incl = word_in(t, &sc->w[k], "including|include|includes") ||
                    (word_in(t, &sc->w[k], "such") && word_in(t, &sc->w[k + 1], "as"));
        if (!be && !incl) continue;
        *ls = sc->w[k].end;
        *le = UINT32_MAX;
        for (size_t b = 0; b < sc->n_bounds; b++)
            if (sc->bounds[b] > *ls && sc->bounds[b] < *le) *le = sc->bounds[b];
        return true;
    }
    return false;
}

/* Byte off lies in a trailing attribution (", a spokeswoman for the Oregon
 * attorney general said."): the speaker's, lent to no clause. */
static bool attribution(const char *t, const link_scratch *sc, uint32_t off) {
    if (sc->nw < 3) return false;
    size_t last = sc->nw - 1;
    if (!word_in(t, &sc->w[last], "said|says|told|added|reported")) return false;
    for (size_t k = last; k-- > 0 && k + 14 > last;) {
        if (!sc->w[k + 1].punct_before) continue;
        if (!memchr(t + sc->w[k].end, ',', sc->w[k + 1].start - sc->w[k].end)) return false;
        return off >= sc->w[k + 1].start;
    }
    return false;
}

/* A generic plural that refers back to names of its sentence ("added Dane
 * County and Milwaukee County to its list, and days later notified both
 * counties", "the two cities", "these counties"): no generic target of its
 * own. */
static bool back_reference(const char *t, const link_scratch *sc, const link_mention *g) {
    size_t a = word_at(sc, g->start);
    if (a < 1) return false;
    if (word_in(t, &sc->w[a - 1], "both|these|those|Both|These|Those")) return true;
    if (word_in(t, &sc->w[a], "both|these|those|Both|These|Those")) return true;
    return word_in(t, &sc->w[a], "two|three|four|five") && a >= 1 &&
           word_in(t, &sc->w[a - 1], "the|The|all|these|those");
}

/* The members a generic plural of the clause [from, ce) lists after it:
 * "reviewing all open awards to jurisdictions on the Justice Department's
 * sanctuary list, which includes Minneapolis, St. Paul and Hennepin County",
 * "grants to 14 Massachusetts municipalities, including Boston and
 * Chelsea". Sets [*ls, *le) to the list's bytes (up to the next clause). */
static void generic_members(const char *t, const link_scratch *sc, uint32_t from, uint32_t ce,
                            uint32_t *ls, uint32_t *le) {
    for (size_t i = 0; i < sc->nm && !*ls; i++) {
        const link_mention *g = &sc->m[i];
        if (!g->generic || g->start < from || g->start >= ce) continue;
        size_t k = word_at(sc, g->end);
        for (size_t q = k; q < sc->nw && q < k + 10; q++) {
            if (!word_in(t, &sc->w[q], "including|includes|include")) continue;
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
static bool one_of(const char *t, const link_scratch *sc, size_t k) {
    if (k >= 1 && word_in(t, &sc->w[k - 1], "the")) k--;
    if (k >= 2 && word_in(t, &sc->w[k - 1], "of") && word_in(t, &sc->w[k - 2], "one"))
        k--;
    else if (!(k >= 1 && word_in(t, &sc->w[k - 1], "among")))
        return false;
    return k >= 2 && (sc->w[k - 1].punct_before ||
                      word_in(t, &sc->w[k - 2], "is|was|are|were|remains|became|joins|joined"));
}

/* A hit inside a relative clause on a policy ("challenge an executive
 * order that directs the Attorney General to withhold federal grants from
 * sanctuary jurisdictions") whose target is a generic plural concerns that
 * plural only, not the names of the main clause before it. Keeps only the
 * generic mentions of m (n of them) then; returns the new count. */
static size_t generic_target_only(const char *t, const link_scratch *sc, const polex_hit *h,
                                  link_mention *m, size_t n) {
    size_t hw = word_at(sc, h->start), last = 0, tw = 0;
    bool target = false, named_after = false;
    for (size_t i = 0; i < n; i++) {
        if (m[i].generic) {
            size_t g = word_at(sc, m[i].start);
            if (m[i].start > h->start && g > 0 && g <= hw + 16 &&
                word_in(t, &sc->w[g - 1], "from|to|against|on"))
                target = true, tw = g;
        } else if (m[i].start >= h->start) {
            named_after = true;
        } else {
            size_t e = word_at(sc, m[i].end);
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
        rel = word_in(t, &sc->w[k], "that|which") && !sc->w[k].punct_before &&
              word_in(t, &sc->w[k - 1],
                      "order|orders|memo|memorandum|directive|rider|rule|"
                      "provision|provisions|section|conditions|condition") &&
              hw + 4 > k; /* the hit on the measure ("new conditions that") or after it */
    for (size_t q = hw; rel && q < tw && q < hw + 4; q++) /* not a suit over the measure */
        rel = !word_in(t, &sc->w[q], "lawsuit|suit|challenging|challenge|over|against|sued|sues");
    if (!rel) return n;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (m[i].generic) m[k++] = m[i];
    return k;
}

/* A hit in a relative clause on a state's law ("violates a 2025 state law
 * that requires local jails to honor detainers", "sued the state over a
 * law that requires sheriffs to hold inmates") states the law's content:
 * the law's state's, not the county's or city's that breaks it or sues
 * over it (one that follows it acts under it: "must follow a new state
 * law requiring ..."). Drops the local mentions of m (n) before the
 * relative pronoun then; returns the new count. */
static size_t law_content_only(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                               uint32_t hs, link_mention *m, size_t n) {
    link_scratch *msc = (link_scratch *)sc; /* most sentences name no law: known once */
    if (msc->has_law < 0) {
        msc->has_law = 0;
        for (size_t k = 1; k < sc->nw && !msc->has_law; k++)
            msc->has_law = sc->w[k].end - sc->w[k].start <= 8 &&
                           (t[sc->w[k].start] == 'l' || t[sc->w[k].start] == 's') &&
                           word_in(t, &sc->w[k], "law|laws|statute|statutes");
    }
    if (!msc->has_law) return n;
    size_t hw = word_at(sc, hs), rp = SIZE_MAX;
    /* the hit may start on the law itself: "over a law that requires ..." */
    for (size_t k = hw + 1; k + 1 < sc->nw && k <= hw + 3 && rp == SIZE_MAX; k++) {
        if (sc->w[k].punct_before) break;
        if (word_in(t, &sc->w[k], "that|which") &&
            word_in(t, &sc->w[k - 1], "law|laws|statute|statutes"))
            rp = k;
    }
    for (size_t k = hw + 1; k-- > 1 && k + 6 > hw && rp == SIZE_MAX;) {
        if (word_in(t, &sc->w[k], "that|which")) {
            if (word_in(t, &sc->w[k - 1], "law|laws|statute|statutes")) rp = k;
            break;
        }
        if (k + 1 < sc->nw && sc->w[k + 1].punct_before) break;
    }
    if (rp == SIZE_MAX) return n;
    /* "challenging state and local laws that prohibit ...": the local
     * governments' own laws too */
    if (word_in(t, &sc->w[rp - 1], "laws|statutes"))
        for (size_t k = rp - 1; k-- > 0 && k + 4 > rp;)
            if (word_in(t, &sc->w[k], "local|municipal|county|city")) return n;
    bool state = false;
    for (size_t i = 0; i < n && !state; i++)
        state = !m[i].generic && m[i].div >= 0 &&
                gz_div_at(gaz, (uint32_t)m[i].div)->level == GZ_LEVEL_STATE;
    for (size_t k = 0; k < rp; k++)
        if (word_in(t, &sc->w[k], "follow|follows|followed|following|obey|obeys|under")) return n;
    /* a state's law the sentence does not name by its state ("the suit over
     * Senate Bill 4, the 2017 law that bans sanctuary policies"): nobody's */
    if (!state &&
        !(rp >= 3 && word_in(t, &sc->w[rp - 1], "law|statute") &&
          (isdigit((unsigned char)t[sc->w[rp - 2].start]) || word_in(t, &sc->w[rp - 2], "state"))))
        return n;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const gz_div *d =
            !m[i].generic && m[i].div >= 0 ? gz_div_at(gaz, (uint32_t)m[i].div) : NULL;
        if (!(d && d->level != GZ_LEVEL_STATE && m[i].end <= sc->w[rp].start)) m[k++] = m[i];
    }
    return k;
}

/* A state whose law is named as the reason of a funding action ("a grant
 * to Salem that it suspended in June over Oregon's sanctuary law",
 * "deobligated because the Illinois TRUST Act bars Springfield police ...")
 * is not what the funding concerns: drops it from m (n) when the funding
 * names a local division too; returns the count. */
static size_t drop_cause_laws(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                              link_mention *m, size_t n) {
    bool local = false;
    for (size_t i = 0; i < n && !local; i++)
        local = !m[i].generic && m[i].div >= 0 &&
                gz_div_at(gaz, (uint32_t)m[i].div)->level != GZ_LEVEL_STATE;
    if (!local) return n;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        bool cause = false;
        if (!m[i].generic && m[i].div >= 0 &&
            gz_div_at(gaz, (uint32_t)m[i].div)->level == GZ_LEVEL_STATE) {
            size_t a = word_at(sc, m[i].start), e = word_at(sc, m[i].end);
            if (a >= 1 && word_in(t, &sc->w[a - 1], "the")) a--;
            bool why = a >= 1 && word_in(t, &sc->w[a - 1], "over|because|citing");
            bool law = false; /* "Oregon's sanctuary law", "the Illinois TRUST Act" */
            for (size_t q = e; !law && q < sc->nw && q < e + 5; q++)
                law = word_in(t, &sc->w[q], "law|laws|Act|statute");
            cause = why && law;
        }
        if (!cause) m[k++] = m[i];
    }
    return k;
}

/* A hit in the relative clause of a local measure its owner names ("a
 * King County ordinance that restricts county cooperation", "Seattle's
 * 2017 ordinance that bars ...") states that measure's content: the
 * owner's alone, not the other names the sentence lists ("challenging
 * Washington's Keep Washington Working Act and a King County ordinance
 * that ..."). Keeps only the owner's mention of m (n); returns the count. */
static size_t measure_owner_only(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                                 uint32_t hs, link_mention *m, size_t n) {
    size_t hw = word_at(sc, hs), rp = SIZE_MAX;
    for (size_t k = hw + 1; k-- > 1 && k + 6 > hw && rp == SIZE_MAX;) {
        if (word_in(t, &sc->w[k], "that|which")) {
            if (word_in(t, &sc->w[k - 1], "ordinance|resolution")) rp = k;
            break;
        }
        if (k + 1 < sc->nw && sc->w[k + 1].punct_before) break;
    }
    if (rp == SIZE_MAX || rp < 2) return n;
    /* the owner right before the measure's noun ("a King County ordinance",
     * "Seattle's 2017 ordinance") */
    int owner = -1;
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *x = &sc->m[i];
        if (x->generic || x->div < 0) continue;
        size_t e = word_at(sc, x->end);
        if (e + 3 >= rp && e < rp && gz_div_at(gaz, (uint32_t)x->div)->level != GZ_LEVEL_STATE)
            owner = (int)i;
    }
    if (owner < 0) return n;
    bool kept = false;
    for (size_t i = 0; i < n; i++)
        kept |= !m[i].generic && m[i].div == sc->m[owner].div;
    if (!kept) return n;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (m[i].generic || m[i].div == sc->m[owner].div) m[k++] = m[i];
    return k;
}

/* The state m is named by its legislature or its law ("a bill in the
 * Wisconsin Legislature would strip shared revenue from cities that
 * limit", "Florida's Legislature passed a bill ...", "the Pennsylvania
 * Senate voted to cut off grants to any municipality that limits"): the
 * measure's generic targets are that state's (the conventions on state
 * statutes). */
static bool legislating_state(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                              const link_mention *m) {
    if (m->generic || m->div < 0 || gz_div_at(gaz, (uint32_t)m->div)->level != GZ_LEVEL_STATE)
        return false;
    size_t k = word_at(sc, m->end);
    if (k < sc->nw && sc->w[k].end - sc->w[k].start == 1 && t[sc->w[k].start] == 's') k++;
    return k < sc->nw && word_in(t, &sc->w[k],
                                 "Legislature|legislature|Senate|House|Assembly|lawmakers|"
                                 "legislators|law|laws|statute|statutes");
}

/* "In New Hampshire, where a 2025 state law bans sanctuary policies, the
 * town of Durham repealed ...": the state whose law the sentence opens
 * with acts on the local event after it (the conventions on state
 * statutes), unless the law is said to require nothing ("where state law
 * neither requires nor forbids cooperation"). The index in sc->m of that
 * state for a hit at hs in or after the "where" clause, else -1. */
static int where_law_state(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                           uint32_t hs) {
    size_t f = sc->first;
    if (f + 3 >= sc->nw || !word_in(t, &sc->w[f], "In") || sc->nm == 0) return -1;
    const link_mention *st = &sc->m[0];
    if (st->generic || st->div < 0 || st->start != sc->w[f + 1].start ||
        gz_div_at(gaz, (uint32_t)st->div)->level != GZ_LEVEL_STATE)
        return -1;
    size_t k = word_at(sc, st->end);
    if (k >= sc->nw || !word_in(t, &sc->w[k], "where") || t[sc->w[k - 1].end] != ',') return -1;
    bool law = false;
    size_t q = k + 1;
    for (; q < sc->nw && !memchr(t + sc->w[q - 1].end, ',', sc->w[q].start - sc->w[q - 1].end);
         q++) {
        if (word_in(t, &sc->w[q], "neither|nor|not|no|never")) return -1;
        law |= word_in(t, &sc->w[q], "law|laws|statute|statutes");
    }
    if (!law || q >= sc->nw) return -1;
    /* the law's own content ("where state law since 2025 has barred local
     * jails from renting beds"), or the main clause's event; not a
     * relative clause of the main clause ("repealed a 2017 resolution that
     * had barred its police"): the measure's own */
    for (size_t r = q; r < sc->nw && sc->w[r].start < hs; r++)
        if (word_in(t, &sc->w[r], "that|which|who")) return -1;
    return hs >= sc->w[k].start ? 0 : -1;
}

/* A lawsuit of "the city" whose sentence names the city only as a court's
 * seat ("The city sued the administration in February ..., and a federal
 * judge in Chicago blocked those conditions", "The city intends to sue ...
 * a complaint to be filed in federal court in Albuquerque"): the seat is the
 * suing city (the conventions' example); not for the ruling, whose seat stays
 * no party. The index in sc->m of that seat, else -1. */
static int suing_seat(const polex_gazetteer *gaz, const char *t, const link_scratch *sc) {
    int level = -1;
    for (size_t k = 1; k < sc->nw && level < 0; k++)
        if (word_in(t, &sc->w[k - 1], "the|The"))
            level = word_in(t, &sc->w[k], "city|city's|city\xE2\x80\x99s")         ? GZ_LEVEL_PLACE
                    : word_in(t, &sc->w[k], "county|county's|county\xE2\x80\x99s") ? GZ_LEVEL_COUNTY
                                                                                   : -1;
    if (level < 0) return -1;
    int seat = -1;
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *x = &sc->m[i];
        if (x->generic || x->div < 0) continue;
        if (gz_div_at(gaz, (uint32_t)x->div)->level != level) continue;
        if (x->seat == LINK_SEAT_NONE || x->seat == LINK_SEAT_AGENCY || seat >= 0) return -1;
        seat = (int)i;
    }
    return seat;
}

static size_t choose_mentions(const polex_gazetteer *gaz, const polex_doc *doc, const polex_hit *h,
                              const polex_sentence *se, const link_scratch *sc, link_mention *m) {
    const char *t = doc->text;
    size_t n = 0, spec_in = 0, gen_in = 0;
    int gs = generic_subject(t, sc, h->start);
    if (gs >= 0) {
        /* with the names listed before it: "San Francisco, Santa Clara
         * County and more than a dozen other local governments that limit" */
        size_t k = word_at(sc, sc->m[gs].start);
        uint32_t from = sc->m[gs].start;
        if (k >= 3 && word_in(t, &sc->w[k - 1], "other") && !sc->w[k - 1].punct_before)
            k--; /* "Boston and other jurisdictions that limit" */
        if (k >= 2 && word_in(t, &sc->w[k - 1], "and|or")) {
            size_t a = k - 1;
            while (a > 0 && name_or_link(t, sc->w, a - 1))
                a--;
            from = sc->w[a].start;
        } else if (k >= 2 && word_in(t, &sc->w[k - 1], "the") && sc->w[k - 1].punct_before &&
                   memchr(t + sc->w[k - 2].end, ',', sc->w[k - 1].start - sc->w[k - 2].end)) {
            /* an apposition naming the list before it: "from Providence and
             * Central Falls, the two Rhode Island cities that stopped ..." */
            size_t a = k - 1;
            while (a > 0 && name_or_link(t, sc->w, a - 1))
                a--;
            if (a < k - 1) from = sc->w[a].start;
        } else if (one_of(t, sc, k)) {
            uint32_t cs, ce; /* "Santa Fe is one of 12 cities that sued": its clause's subject */
            clause_of(sc, sc->m[gs].start, &cs, &ce);
            from = cs;
        }
        uint32_t ls = 0,
                 le = 0; /* "... were Cook County, Illinois; ...", ", including Harris County" */
        bool listed = members_after(t, sc, h->end, &ls, &le);
        for (size_t i = 0; i < sc->nm; i++)
            if ((int)i == gs || (!sc->m[i].generic && seat_ok(&sc->m[i]) &&
                                 ((sc->m[i].start >= from && sc->m[i].end <= sc->m[gs].start) ||
                                  (listed && sc->m[i].start >= ls && sc->m[i].start < le) ||
                                  legislating_state(gaz, t, sc, &sc->m[i]))))
                m[n++] = sc->m[i];
    } else {
        uint32_t cs, ce, as = 0, ae = 0;
        clause_of(sc, h->start, &cs, &ce);
        bool rel = antecedent(t, sc, cs, false, &as, &ae);
        uint32_t from = cs; /* a closed relative clause is not the hit's */
        uint32_t close = rel ? relative_close(t, sc, cs, ce == UINT32_MAX ? sc->end : ce) : 0;
        if (close && close <= h->start) {
            from = close;
            antecedent(t, sc, cs, true, &as, &ae);
        } else if (close) /* the hit is in it: "Arlington, Texas, whose police have worked
                           * with ICE, joined Texas in a lawsuit" */
            ce = close;
        uint32_t ps = 0, pe = 0;
        bool par = !rel && parallel_clause(gaz, doc, h, sc, cs, ce, &ps, &pe);
        if (!par && rel && close && close <= h->start) {
            uint32_t acs, ace; /* the subject's clause, before the relative one */
            clause_of(sc, as, &acs, &ace);
            par = resumed_parallel(gaz, doc, h, sc, acs, ace, ce, &ps, &pe);
        }
        uint32_t section = sc->first > 0 && sc->first < sc->nw ? sc->w[sc->first].start : 0;
        uint32_t mls = 0, mle = 0; /* members a generic of the clause lists */
        generic_members(t, sc, from, ce, &mls, &mle);
        for (size_t i = 0; i < sc->nm; i++) {
            const link_mention *x = &sc->m[i];
            bool in = (x->start >= from && x->start < ce) ||
                      (rel && !x->generic && x->start >= as && x->end <= ae) ||
                      (par && !x->generic && x->start >= ps && x->start < pe) ||
                      (mls && !x->generic && x->start >= mls && x->start < mle) ||
                      (section && x->start < section && x->div >= 0 && /* a county's section */
                       gz_div_at(gaz, (uint32_t)x->div)->level == GZ_LEVEL_COUNTY);
            /* a clause naming a court's seat names something: it takes no
             * names from the rest of the sentence ("after a federal court in
             * Oregon found ...") */
            if (in && !(x->generic && back_reference(t, sc, x)))
                *(x->generic ? &gen_in : &spec_in) += 1;
        }
        for (size_t i = 0; i < sc->nm; i++) {
            const link_mention *x = &sc->m[i];
            if (!seat_ok(x)) continue;
            bool in = (x->start >= from && x->start < ce) ||
                      (rel && !x->generic && x->start >= as && x->end <= ae) ||
                      (par && !x->generic && x->start >= ps && x->start < pe) ||
                      (mls && !x->generic && x->start >= mls && x->start < mle) ||
                      (section && x->start < section && x->div >= 0 && /* a county's section */
                       gz_div_at(gaz, (uint32_t)x->div)->level == GZ_LEVEL_COUNTY);
            if (!in && !x->generic && spec_in == 0 && in_other_relative(t, sc, cs, x->start))
                continue;
            if (!in && !x->generic && attribution(t, sc, x->start)) continue;
            /* a threat or conditions aimed at generic jurisdictions ("sanctuary
             * cities could lose Byrne JAG grants", "conditions that require
             * cities ... to cooperate") concern them, not the sentence's other
             * local names; the state making it may be named elsewhere */
            bool aimed = gen_in > 0 && !x->generic && !strcmp(h->type, "funding") &&
                         (!strcmp(h->action, "threaten") || !strcmp(h->action, "condition")) &&
                         x->div >= 0 && gz_div_at(gaz, (uint32_t)x->div)->level != GZ_LEVEL_STATE;
            if (in || (x->generic ? gen_in == 0 : spec_in == 0 && !aimed)) m[n++] = *x;
        }
    }
    n = generic_target_only(t, sc, h, m, n);
    n = law_content_only(gaz, t, sc, h->start, m, n);
    n = measure_owner_only(gaz, t, sc, h->start, m, n);
    if (!strcmp(h->type, "funding")) n = drop_cause_laws(gaz, t, sc, m, n);
    { /* a yardstick law's state counts for its content after it */
        size_t k = 0;
        for (size_t i = 0; i < n; i++)
            if (!(m[i].seat == LINK_SEAT_LAW && h->start < m[i].start)) m[k++] = m[i];
        n = k;
    }
    bool named = false; /* a county placing a local noun counts alone */
    for (size_t i = 0; i < n && !named; i++)
        named = !m[i].generic && m[i].div >= 0 && m[i].seat != LINK_SEAT_MODIFIER;
    if (named) {
        size_t k = 0;
        for (size_t i = 0; i < n; i++)
            if (m[i].seat != LINK_SEAT_MODIFIER) m[k++] = m[i];
        n = k;
    }
    if (!strcmp(h->type, "litigation")) { /* a party's seat is the ruling's party */
        size_t k = 0;
        for (size_t i = 0; i < n; i++)
            if (m[i].seat != LINK_SEAT_PARTY) m[k++] = m[i];
        n = k;
    }
    if (!strcmp(h->type, "litigation") && !names_specific(doc, h, se, m, n) &&
        n < LINK_MAX_MENTIONS) {
        int ss = suing_seat(gaz, t, sc);
        if (ss >= 0) m[n++] = sc->m[ss];
    }
    int wl = where_law_state(gaz, t, sc, h->start);
    bool have = false;
    for (size_t i = 0; i < n && wl >= 0; i++)
        have |= m[i].div == sc->m[wl].div && !m[i].generic;
    if (wl >= 0 && !have && n < LINK_MAX_MENTIONS) m[n++] = sc->m[wl];
    if (h->type && !strcmp(h->type, "noncooperation")) {
        /* the state's departments act on the county ("directing the Iowa
         * Department of Public Safety to suspend payments to Johnson
         * County": the order and the cut are the state's too); the local
         * policy the event is about stays the county's alone */
        n = drop_agencies(m, n);
        n = drop_acting_state(gaz, t, sc, h->start, m, n);
    }
    if (sc->n_mods == 0 || names_specific(doc, h, se, m, n)) return n;
    for (size_t g = 0, n0 = n; g < n0; g++)
        for (size_t k = 0; m[g].generic && k < sc->n_mods && n < LINK_MAX_MENTIONS; k++)
            if (sc->mods[k].start >= m[g].start && sc->mods[k].end <= m[g].end)
                m[n++] = sc->mods[k];
    return n;
}

static polex_status add_jurisdictions(const polex_linker *lk, polex_doc *doc, const polex_hit *h,
                                      const polex_sentence *se, const link_scratch *sc,
                                      polex_event *ev) {
    link_mention m[LINK_MAX_MENTIONS];
    size_t n = choose_mentions(lk->gaz, doc, h, se, sc, m);
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

/* ---- the issuing court of a court document ------------------------------ */

#define CAPTION_BYTES 2500 /* a caption sits at the top of the first page */

/* Line [*s, *e) of t starting at p, trimmed of spaces and a leading line
 * number (" 1  IN THE ..."); returns where the next line starts. */
static uint32_t caption_line(const char *t, uint32_t p, uint32_t lim, uint32_t *s, uint32_t *e) {
    uint32_t q = p;
    while (q < lim && t[q] != '\n')
        q++;
    uint32_t a = p, b = q;
    while (a < b && (t[a] == ' ' || isdigit((unsigned char)t[a])))
        a++;
    while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\r'))
        b--;
    *s = a, *e = b;
    return q < lim ? q + 1 : lim;
}

static bool has_ci(const char *t, uint32_t s, uint32_t e, const char *lit) {
    size_t n = strlen(lit);
    for (uint32_t i = s; i + n <= e; i++)
        if (!strncasecmp(t + i, lit, n)) return true;
    return false;
}

/* Whether t[0, n) contains lit (case-sensitive). */
static bool contains(const char *t, size_t n, const char *lit) {
    size_t k = strlen(lit);
    for (const char *p = t; n >= k && (p = memchr(p, lit[0], n - k + 1 - (size_t)(p - t))); p++)
        if (!memcmp(p, lit, k)) return true;
    return false;
}

/* "UNITED STATES DISTRICT COURT", "United States Court of Appeals": a short
 * caption line naming a court. */
static bool court_line(const char *t, uint32_t s, uint32_t e) {
    if (e - s < 10 || e - s > 80 || !has_ci(t, s, e, "court")) return false;
    return has_ci(t, s, e, "united states") || has_ci(t, s, e, "u.s. ") ||
           has_ci(t, s, e, "district court") || has_ci(t, s, e, "court of appeals") ||
           has_ci(t, s, e, "supreme court") || has_ci(t, s, e, "circuit court") ||
           has_ci(t, s, e, "superior court");
}

/* The court a court document's caption names ("UNITED STATES DISTRICT
 * COURT FOR THE DISTRICT OF COLORADO": the court line and a "FOR THE ..." /
 * "DISTRICT OF ..." line after it), "the court" for an order without such a
 * caption ("IT IS ORDERED"), NULL for other documents. In doc's arena. */
static const char *issuing_court(polex_doc *doc) {
    const char *t = doc->text;
    uint32_t lim = doc->text_len < CAPTION_BYTES ? (uint32_t)doc->text_len : CAPTION_BYTES;
    uint32_t s, e;
    for (uint32_t p = 0; p < lim;) {
        p = caption_line(t, p, lim, &s, &e);
        if (!court_line(t, s, e)) continue;
        if (e - s > 7 && !strncasecmp(t + s, "in the ", 7)) s += 7;
        uint32_t s2 = e, e2 = e;
        while (p < lim && s2 == e2) /* the next line that is not blank */
            p = caption_line(t, p, lim, &s2, &e2);
        bool more =
            e2 - s2 <= 80 &&
            (!strncasecmp(t + s2, "for the ", 8) || !strncasecmp(t + s2, "district of ", 12) ||
             has_ci(t, s2, e2, " district of ") || has_ci(t, s2, e2, " circuit"));
        if (!more) return polex_arena_strndup(doc->arena, t + s, e - s);
        return polex_arena_printf(doc->arena, "%.*s %.*s", (int)(e - s), t + s, (int)(e2 - s2),
                                  t + s2);
    }
    if (contains(t, doc->text_len, "IT IS ORDERED") ||
        contains(t, doc->text_len, "IT IS HEREBY ORDERED") ||
        contains(t, doc->text_len, "SO ORDERED"))
        return "the court";
    return NULL;
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
        if (!court->done) court->name = issuing_court(doc), court->done = true;
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
