/* spot.c - finds jurisdiction mentions in a sentence and picks one division
 * for each.
 *
 * A mention is a run of capitalized words (with "of", "and", "the" inside)
 * whose key is in the gazetteer, not glued to a longer proper name on either
 * side ("Brandon Johnson", "Chicago Tribune"), except for words such as
 * "Mayor" or "County" (rules/link/name_suffixes.txt) and sentence-initial
 * function words (left_words.txt). Disambiguation, in order: a state
 * qualifier after a comma ("Springfield, Ill."), "City of", state/city cue
 * words ("New York state", "Washington Gov."), the document's states
 * (dateline and other mentions), places before counties of the same name,
 * and population last (only when one candidate is at least twice as large as
 * the next). Names that are ordinary words ("Mobile", "Union") need explicit
 * evidence (qualifier, "City of", a cue word); small places (under
 * SMALL_PLACE people) need that or a document state.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "link_internal.h"

#define MAX_NGRAM 7
#define MAX_CANDS 256
#define SMALL_PLACE 20000
#define DWARF_POP 100000   /* a candidate this large ... */
#define DWARF_RATIO 50     /* ... and this many times larger beats the document's states */
#define DOC_DWARF_RATIO 10 /* ... or this many times, when the states are from other sentences */
#define TITLE_PLACE 100000 /* in a Title Case Headline every word looks like a name */
#define CUE_WINDOW 3
/* A list narrows to the document's state a candidate this many times
 * smaller than the biggest namesake. */
#define NEAR_BEST 4
/* A dictionary-word name this big may be linked by the document; and one
 * of PROPER_WORD_PLACE when it is capitalized inside a sentence (or opens
 * its subject) in a story set in its state ("Flagstaff, which ..."). */
#define PROPER_PLACE 100000
#define PROPER_WORD_PLACE 50000
/* A county of the document's states stands for a bare name whose
 * namesakes elsewhere are less than this many times larger. */
#define DOC_COUNTY_RATIO 4
#define CITY_WORD_RATIO 10 /* "Denver City Council": Denver this many times Denver City */

typedef struct spot_ctx {
    const polex_linker *lk;
    const char *t;
    const link_word *w;
    size_t nw;
    const link_context *ctx;
    const link_mention *found; /* mentions resolved so far in this sentence */
    size_t n_found;
    /* without ctx: LINK_NEEDS_ bits of the steps that would have asked the
     * document (so that a sentence without them spots alike either way) */
    unsigned *need;
    /* postal code of a federal judicial district the sentence names ("the
     * District of Vermont", "the Eastern District of North Carolina"), or "" */
    char district[3];
} spot_ctx;

/* Notes that with a document context this step could have gone otherwise. */
static void needs_doc(const spot_ctx *s, unsigned bit) {
    if (!s->ctx) *s->need |= bit;
}

static inline bool word_is(const spot_ctx *s, size_t i, const char *lit) {
    size_t n = s->w[i].end - s->w[i].start;
    return (s->t[s->w[i].start] | 0x20) == (lit[0] | 0x20) && n == strlen(lit) &&
           strncasecmp(s->t + s->w[i].start, lit, n) == 0;
}

static bool in_words(const spot_ctx *s, size_t i, const link_words *set) {
    return link_words_has(set, s->t + s->w[i].start, s->w[i].end - s->w[i].start);
}

/* A word in capitals ("GRANTS"): court orders shout verbs, not names. */
static bool shouted(const spot_ctx *s, size_t i) {
    if (s->w[i].end - s->w[i].start < 2) return false;
    for (uint32_t k = s->w[i].start; k < s->w[i].end; k++)
        if (islower((unsigned char)s->t[k])) return false;
    return true;
}

static bool connector(const spot_ctx *s, size_t i) {
    return !s->w[i].cap && (word_is(s, i, "of") || word_is(s, i, "and") || word_is(s, i, "the") ||
                            word_is(s, i, "de") || word_is(s, i, "la") || word_is(s, i, "del"));
}

/* A French elided particle before a capital ("d'Alene", "d’Alene"): the
 * word is a name's, though it starts in lower case (Coeur d'Alene). */
static bool elided_cap(const spot_ctx *s, size_t i) {
    const unsigned char *p = (const unsigned char *)s->t + s->w[i].start;
    size_t n = s->w[i].end - s->w[i].start;
    if (n < 3 || !islower(p[0])) return false;
    if (p[1] == '\'') return isupper(p[2]);
    return n >= 5 && p[1] == 0xE2 && p[2] == 0x80 && p[3] == 0x99 && isupper(p[4]);
}

/* A word that may end or start a name: capitalized or "d'Alene". */
static bool name_cap(const spot_ctx *s, size_t i) {
    return s->w[i].cap || elided_cap(s, i);
}

/* A lower-case word inside a name: the connectors, the particles the
 * gazetteer's names hold in lower case ("Fond du Lac", "Lac qui Parle",
 * "Isle au Haut", "Marine on St. Croix", "Lake in the Hills", "Truth or
 * Consequences") and an elided particle ("Coeur d'Alene"). Only a longer
 * n-gram that is a gazetteer key uses them, so "Dallas or Houston" still
 * spots two names; kept apart from connector(), which also reads the
 * titles of laws. */
static bool name_inner(const spot_ctx *s, size_t i) {
    return name_cap(s, i) || connector(s, i) ||
           (!s->w[i].cap && (word_is(s, i, "du") || word_is(s, i, "qui") || word_is(s, i, "au") ||
                             word_is(s, i, "on") || word_is(s, i, "in") || word_is(s, i, "or")));
}

static inline bool possessive_s(const spot_ctx *s, size_t i);

static bool valid_ngram(const spot_ctx *s, size_t i, size_t n) {
    if (!s->w[i].cap || !name_cap(s, i + n - 1)) return false;
    for (size_t k = i + 1; k < i + n; k++) {
        /* "Lee's Summit": an apostrophe's "s" inside a name */
        if (k + 1 < i + n && possessive_s(s, k)) continue;
        if (s->w[k].punct_before) {
            /* only a hyphen or an apostrophe may sit between words of a name */
            return false;
        }
        if (!name_inner(s, k)) return false;
    }
    return true;
}

/* Bit of a two-letter postal code in link_states.bits, or -1. */
static inline int state_bit(const char *st) {
    unsigned a = (unsigned char)st[0] - 'a', b = (unsigned char)st[1] - 'a';
    return a < 26 && b < 26 && !st[2] ? (int)(a * 26 + b) : -1;
}

static bool states_have(const link_states *ls, const char *st) {
    int b = state_bit(st); /* keep_in_ctx asks for every candidate: one bit test */
    if (b >= 0) return (ls->bits[b >> 6] >> (b & 63)) & 1u;
    for (size_t i = 0; i < ls->n; i++)
        if (!strcmp(ls->st[i], st)) return true;
    return false;
}

static bool ctx_has(const link_context *ctx, const char *st) {
    return ctx && states_have(link_doc_states(ctx), st);
}

/* Keeps the candidates for which keep() is true, unless none would remain. */
typedef bool (*keep_fn)(const gz_div *d, const void *arg);

static size_t filter(const polex_gazetteer *g, uint32_t *c, size_t n, keep_fn keep, const void *arg,
                     bool allow_empty) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (keep(gz_div_at(g, c[i]), arg)) k++;
    if (k == 0 && !allow_empty) return n;
    k = 0;
    for (size_t i = 0; i < n; i++)
        if (keep(gz_div_at(g, c[i]), arg)) c[k++] = c[i];
    return k;
}

static bool keep_state_code(const gz_div *d, const void *arg) {
    return !strcmp(d->state, (const char *)arg);
}
static bool keep_not_state(const gz_div *d, const void *arg) {
    (void)arg;
    return d->level != GZ_LEVEL_STATE;
}
static bool keep_state_level(const gz_div *d, const void *arg) {
    (void)arg;
    return d->level == GZ_LEVEL_STATE;
}
static bool keep_in_ctx(const gz_div *d, const void *arg) {
    return ctx_has((const link_context *)arg, d->state);
}
typedef struct licensed_arg {
    const polex_gazetteer *g;
    const link_states *ls;
} licensed_arg;
static bool keep_licensed(const gz_div *d, const void *arg) {
    const licensed_arg *a = arg;
    for (size_t i = 0; i < a->ls->n_lic; i++)
        if (gz_div_at(a->g, a->ls->lic[i]) == d) return true;
    return false;
}
static bool keep_proper_place(const gz_div *d, const void *arg) {
    (void)arg;
    return d->level == GZ_LEVEL_PLACE && d->pop >= PROPER_PLACE;
}
static bool keep_not_country(const gz_div *d, const void *arg) {
    (void)arg;
    return d->level != GZ_LEVEL_COUNTRY;
}

/* Word k is a cue word of a name other than the one at word i: "the City
 * of Baton Rouge", "the city of Portland" (but "the State of Oklahoma" is
 * Oklahoma's own). */
static bool cue_of_name(const spot_ctx *s, size_t k, size_t i) {
    return k + 2 < s->nw && k + 2 != i && s->w[k + 2].cap &&
           s->w[k + 1].end - s->w[k + 1].start == 2 && word_is(s, k + 1, "of");
}

/* Whether the name at word i follows "in" after local divisions it
 * places: "three counties in Washington", "Tacoma and other cities in
 * Washington", "each county and municipality in Tennessee". A state named
 * as the place of unnamed local jurisdictions adds the state (corpora
 * README, session-9 additions), so "Washington" there is the state, not
 * the federal capital of "officials in Washington". */
static bool places_locals(const spot_ctx *s, size_t i) {
    if (i < 2 || s->w[i].punct_before || s->w[i - 1].punct_before || !word_is(s, i - 1, "in") ||
        s->w[i - 2].cap)
        return false;
    if (link_word_in(s->t, &s->w[i - 2],
                     "cities|towns|counties|municipalities|jurisdictions|localities|"
                     "communities|parishes|boroughs|villages|townships"))
        return true;
    /* a singular one after a quantifier: "each county and municipality in";
     * not one a determiner names ("a fine for the city in Washington") */
    if (!link_word_in(s->t, &s->w[i - 2], "city|town|county|municipality|jurisdiction|parish"))
        return false;
    for (size_t k = i - 2; k-- > 0 && k + 7 > i && !s->w[k + 1].punct_before;) {
        if (link_word_in(s->t, &s->w[k], "each|every|any|a|an|one|another")) return true;
        if (link_word_in(s->t, &s->w[k], "the|this|that|its|their")) return false;
    }
    return false;
}

/* +2: a state cue near words [i, j); -2: a city cue near them; +1/-1: a cue
 * of one kind only elsewhere in the sentence (too weak to count as
 * evidence); 0: none. */
static int state_cue(const spot_ctx *s, size_t i, size_t j) {
    size_t lo = i > CUE_WINDOW ? i - CUE_WINDOW : 0,
           hi = j + CUE_WINDOW < s->nw ? j + CUE_WINDOW : s->nw;
    /* "from a Washington city", "several New York counties", "other New
     * York municipalities": one of the state's local divisions, not the
     * city's own word (the plural nouns as places_locals has them) */
    if (i > 0 && j < s->nw && !s->w[j].punct_before && !s->w[j].cap &&
        link_word_in(s->t, &s->w[j],
                     "city|cities|town|towns|county|counties|municipality|municipalities|"
                     "jurisdiction|jurisdictions|localities|communities|villages") &&
        link_word_in(s->t, &s->w[i - 1], "a|an|another|one|every|each|other|several|some|many"))
        return 2;
    if (places_locals(s, i)) return 2;
    /* nearby: in the same phrase ("Louisiana, in the City of Baton Rouge":
     * that city word is Baton Rouge's; "Oregon and the city of Portland":
     * a word after "and" is the next item's) */
    for (size_t k = j;
         k < hi && !s->w[k].punct_before && !word_is(s, k, "and") && !word_is(s, k, "or"); k++) {
        if (cue_of_name(s, k, i)) break;
        if (in_words(s, k, s->lk->state_cues)) return 2;
        if (in_words(s, k, s->lk->place_cues)) return -2;
    }
    for (size_t k = i; k-- > lo && !s->w[k + 1].punct_before;) {
        if (cue_of_name(s, k, i)) break;
        if (in_words(s, k, s->lk->state_cues)) return 2;
        if (in_words(s, k, s->lk->place_cues)) return -2;
    }
    /* none nearby: a cue of one kind only anywhere in the sentence */
    int st = 0, pl = 0;
    for (size_t k = 0; k < s->nw; k++) {
        /* "the City of Baton Rouge": that word belongs to the other name,
         * as does the end of one ("New York City", "Kansas City") */
        if ((k >= i && k < j) || cue_of_name(s, k, i)) continue;
        if (k > 0 && s->w[k].cap && s->w[k - 1].cap && !s->w[k].punct_before) continue;
        st |= in_words(s, k, s->lk->state_cues);
        pl |= in_words(s, k, s->lk->place_cues);
    }
    return st == pl ? 0 : st ? 1 : -1;
}

/* The gazetteer entry of the name at words [a, b); false when they are
 * no name (or no n-gram a name can be). */
static bool lookup_words(const spot_ctx *s, size_t a, size_t b, gz_match *m) {
    char key[GZ_KEY_MAX];
    if (a >= b || b > s->nw || !valid_ngram(s, a, b - a)) return false;
    return gz_norm_key(s->t + s->w[a].start, s->w[b - 1].end - s->w[a].start, key, sizeof key) &&
           gz_lookup(s->lk->gaz, key, m);
}

/* Whether words [a, b) name a state ("Oregon", "Rhode Island"). */
static bool names_state(const spot_ctx *s, size_t a, size_t b) {
    gz_match m;
    if (!lookup_words(s, a, b, &m)) return false;
    for (uint32_t k = 0; k < m.n; k++)
        if (gz_div_at(s->lk->gaz, m.divs[k])->level == GZ_LEVEL_STATE) return true;
    return false;
}

/* Whether words [a, b) name a big place and no state ("Los Angeles",
 * "Chicago"). */
static bool names_big_place(const spot_ctx *s, size_t a, size_t b) {
    gz_match m;
    if (!lookup_words(s, a, b, &m) || (m.flags & GZ_KEY_COMMON)) return false;
    bool big = false;
    for (uint32_t k = 0; k < m.n; k++) {
        const gz_div *d = gz_div_at(s->lk->gaz, m.divs[k]);
        if (d->level == GZ_LEVEL_STATE) return false;
        big |= d->level == GZ_LEVEL_PLACE && d->pop >= PROPER_PLACE;
    }
    return big;
}

/* Whether words [a, b) name a local division of state st that is no
 * ordinary word ("Central Falls" in Rhode Island). */
static bool names_local_in(const spot_ctx *s, size_t a, size_t b, const char *st) {
    gz_match m;
    if (!lookup_words(s, a, b, &m) || (m.flags & GZ_KEY_COMMON)) return false;
    for (uint32_t k = 0; k < m.n; k++) {
        const gz_div *d = gz_div_at(s->lk->gaz, m.divs[k]);
        if (d->level != GZ_LEVEL_STATE && !strcmp(d->state, st)) return true;
    }
    return false;
}

/* Word k (k > 0) follows a comma right after the word before it. */
static bool comma_before(const spot_ctx *s, size_t k) {
    return s->w[k].punct_before && s->t[s->w[k - 1].end] == ',';
}

/* Word k is "and" or "or". */
static bool and_or(const spot_ctx *s, size_t k) {
    return word_is(s, k, "and") || word_is(s, k, "or");
}

/* The item before the list item that starts at word b ends at *e: after
 * "and"/"or" or a comma. False when no item comes before. */
static bool prev_item(const spot_ctx *s, size_t b, size_t *e) {
    if (b >= 2 && (word_is(s, b - 1, "and") || word_is(s, b - 1, "or"))) {
        *e = b - 1;
        return true;
    }
    if (b >= 1 && s->w[b].punct_before &&
        memchr(s->t + s->w[b - 1].end, ',', s->w[b].start - s->w[b - 1].end)) {
        *e = b;
        return true;
    }
    return false;
}

/* The item after the list item that ends before word e starts at *b: after
 * "and"/"or", a comma, or both (", and"). False when no item follows. */
static bool next_item(const spot_ctx *s, size_t e, size_t *b) {
    if (e >= s->nw) return false;
    bool comma = comma_before(s, e);
    if (and_or(s, e)) {
        *b = e + 1;
        return *b < s->nw;
    }
    *b = e;
    return comma;
}

/* A list item of up to three capitalized words: where the one starting at
 * word b ends (b when none starts there) ... */
static size_t item_end(const spot_ctx *s, size_t b) {
    size_t e = b;
    while (e < s->nw && e < b + 3 && s->w[e].cap && (e == b || !s->w[e].punct_before))
        e++;
    return e;
}

/* ... and where the one ending before word e starts (e when none ends there). */
static size_t item_start(const spot_ctx *s, size_t e) {
    size_t b = e;
    while (b > 0 && e - b < 3 && s->w[b - 1].cap && (b == e || !s->w[b].punct_before))
        b--;
    return b;
}

/* A test of the words [a, b) of a list item, for state st (or none). */
typedef bool (*item_test)(const spot_ctx *s, size_t a, size_t b, const char *st);

/* The name at words [i, j) is an item of a list ("A, B and C") whose item
 * next to it, of up to three words, passes test. */
static bool listed_with(const spot_ctx *s, size_t i, size_t j, item_test test, const char *st) {
    size_t before = i, after = j;
    if (i >= 2 && and_or(s, i - 1))
        before = i - 1;
    else if (!(i >= 1 && comma_before(s, i)))
        before = 0;
    if (after < s->nw && and_or(s, after))
        after++;
    else if (!(after < s->nw && comma_before(s, after)))
        after = s->nw;
    for (size_t n = 1; n <= 3; n++) {
        if (before >= n && test(s, before - n, before, st)) return true;
        if (after + n <= s->nw && test(s, after, after + n, st)) return true;
    }
    return false;
}

/* Like listed_with, but any item of the list may pass, not only the one
 * next to the name ("Concord, Dover and Nashua": Nashua is New Hampshire's
 * alone). Items are up to three capitalized words. */
enum { LIST_ITEMS = 6 };
static bool listed_anywhere_with(const spot_ctx *s, size_t i, size_t j, item_test test,
                                 const char *st) {
    size_t b = i, e;
    for (int item = 0; item < LIST_ITEMS && prev_item(s, b, &e); item++) { /* last first */
        if ((b = item_start(s, e)) == e) break;
        for (size_t a = e; a-- > b;)
            if (test(s, a, e, st)) return true;
    }
    e = j;
    for (int item = 0; item < LIST_ITEMS && next_item(s, e, &b); item++) {
        if ((e = item_end(s, b)) == b) break;
        for (size_t q = b + 1; q <= e; q++)
            if (test(s, b, q, st)) return true;
    }
    return false;
}

static bool big_place_item(const spot_ctx *s, size_t a, size_t b, const char *st) {
    (void)st;
    return names_big_place(s, a, b);
}

/* Whether words [a, b) name a big place of state st whose name is an
 * ordinary word ("Boulder"). */
static bool names_big_common_in(const spot_ctx *s, size_t a, size_t b, const char *st) {
    gz_match m;
    if (!lookup_words(s, a, b, &m) || !(m.flags & GZ_KEY_COMMON) || (m.flags & GZ_KEY_HAND))
        return false;
    for (uint32_t k = 0; k < m.n; k++) {
        const gz_div *d = gz_div_at(s->lk->gaz, m.divs[k]);
        if (d->level == GZ_LEVEL_PLACE && d->pop >= PROPER_PLACE && !strcmp(d->state, st))
            return true;
    }
    return false;
}

static bool local_item(const spot_ctx *s, size_t a, size_t b, const char *st) {
    return names_local_in(s, a, b, st) || names_big_common_in(s, a, b, st);
}

/* "Providence and Central Falls won", "grants to Flagstaff and Coconino
 * County", "Aurora and Boulder filed suit": a list item next to the name
 * names a local division of state st (a big city even by an ordinary word). */
static bool listed_with_local(const spot_ctx *s, size_t i, size_t j, const char *st) {
    return listed_with(s, i, j, local_item, st);
}

/* "New York, Los Angeles, and San Francisco": listed with big cities, a
 * state-or-city name is the city. */
static bool listed_with_city(const spot_ctx *s, size_t i, size_t j) {
    return listed_with(s, i, j, big_place_item, NULL);
}

/* The name at words [i, j) is an item of a list of states. */
static bool listed_with_state(const spot_ctx *s, size_t i, size_t j) {
    size_t before = i, after = j;
    if (i >= 2 && (word_is(s, i - 1, "and") || word_is(s, i - 1, "or")))
        before = i - 1;
    else if (i >= 1 && !s->w[i].punct_before)
        before = 0;
    if (after < s->nw && (word_is(s, after, "and") || word_is(s, after, "or")))
        after++;
    else if (after < s->nw && !s->w[after].punct_before)
        after = s->nw;
    for (size_t n = 1; n <= 2; n++) {
        if (before >= n && names_state(s, before - n, before)) return true;
        if (after + n <= s->nw && names_state(s, after, after + n)) return true;
    }
    return false;
}

/* Whether the list item of up to three words starting at word a (past a
 * "the": "and the District of Columbia") names a state. */
static bool state_item_at(const spot_ctx *s, size_t a) {
    if (a < s->nw && word_is(s, a, "the")) a++;
    for (size_t n = 1; n <= 3 && a + n <= s->nw; n++)
        if (names_state(s, a, a + n)) return true;
    return false;
}

/* Whether the comma list item ending before word i names a state. */
static bool state_item_before(const spot_ctx *s, size_t i) {
    if (i < 2 || !comma_before(s, i)) return false;
    for (size_t n = 1; n <= 3 && n <= i; n++)
        if (names_state(s, i - n, i)) return true;
    return false;
}

/* The name at words [i, j) is a state's and its ", State" qualifier (nq
 * words) is an item of a list of states: a state item comes before the
 * name ("Vermont, Washington, Wisconsin") or after the qualifier
 * ("Oregon, Illinois and New Mexico"). */
static bool state_list_after(const spot_ctx *s, size_t i, size_t j, size_t nq) {
    size_t a = j + nq;
    if (!names_state(s, i, j)) return false;
    if (state_item_before(s, i)) return true;
    if (a >= s->nw) return false;
    if (word_is(s, a, "and") || word_is(s, a, "or"))
        a++;
    else if (!(s->w[a].punct_before && s->t[s->w[a - 1].end] == ','))
        return false;
    return state_item_at(s, a);
}

/* "the District" in a document about Washington, D.C.: the district. Other
 * defined terms ("the City", "the State") are left alone: they often name a
 * party of an order without being the jurisdiction an event concerns. */
static int defined_term(const spot_ctx *s, size_t i) {
    /* a headline drops the article: "Commonwealth sues over FEMA conditions" */
    bool initial = i == 0 && i + 1 < s->nw && !s->w[i + 1].cap && !s->w[i + 1].punct_before &&
                   !word_is(s, i + 1, "of") && word_is(s, i, "commonwealth");
    if (!initial && (i == 0 || !word_is(s, i - 1, "the") || s->w[i].punct_before)) return -1;
    if (i + 1 < s->nw && !s->w[i + 1].punct_before && (s->w[i + 1].cap || word_is(s, i + 1, "of")))
        return -1; /* "the District Court", "the District of Columbia" */
    bool district = word_is(s, i, "district");
    if (!district && !word_is(s, i, "commonwealth")) return -1;
    needs_doc(s, LINK_NEEDS_DOC);
    if (!s->ctx) return -1;
    if (district) return ctx_has(s->ctx, "dc") ? gz_state_index(s->lk->gaz, "dc") : -1;
    /* "the Commonwealth": the one commonwealth among the document's states */
    static const char *const cw[] = {"ma", "pa", "va", "ky", "pr"};
    int found = -1;
    for (size_t k = 0; k < sizeof cw / sizeof *cw; k++) {
        if (!ctx_has(s->ctx, cw[k])) continue;
        if (found >= 0) return -1;
        found = gz_state_index(s->lk->gaz, cw[k]);
    }
    return found;
}

/* Word i is a compass direction ("north" of "north of Minneapolis"). */
static bool compass(const spot_ctx *s, size_t i) {
    static const char *const dirs[] = {"north",     "south",     "east",      "west",
                                       "northeast", "northwest", "southeast", "southwest"};
    for (size_t k = 0; k < sizeof dirs / sizeof *dirs; k++)
        if (word_is(s, i, dirs[k])) return !s->w[i].cap || i == 0;
    return false;
}

static inline bool possessive_s(const spot_ctx *s, size_t i);
typedef struct resolve_in resolve_in;
static bool surname(const spot_ctx *s, const resolve_in *in);

typedef struct resolve_in {
    gz_match m;
    const char *qual;      /* postal code of a qualifier, or NULL */
    const char *list_qual; /* a qualifier closing the list the name is in ("Rochester and
                            * Syracuse, N.Y."), or NULL: it narrows, but is not the name's */
    bool city_of, has_county_word;
    bool title;      /* the sentence is a headline in title case */
    bool state_only; /* inside the name of a law: only a state ("Keep Washington Working Act") */
    size_t i, j;     /* words of the name */
} resolve_in;

/* Where the states narrowing a name's candidates come from. */
enum { STATES_HERE = 0, STATES_BEFORE, STATES_OF_DOC };

/* A place too small to link on its name alone: under SMALL_PLACE people,
 * or TITLE_PLACE in a Title Case headline, where every word looks like one. */
static bool small_place(const gz_div *d, const resolve_in *in) {
    return d->level == GZ_LEVEL_PLACE && d->pop < (in->title ? TITLE_PLACE : SMALL_PLACE);
}

/* The largest population of the candidates of set (k), into *in, and of
 * those of c (n) not in set, into *out. */
static void largest_in_out(const polex_gazetteer *g, const uint32_t *set, size_t k,
                           const uint32_t *c, size_t n, uint32_t *in, uint32_t *out) {
    *in = *out = 0;
    for (size_t i = 0; i < k; i++)
        if (gz_div_at(g, set[i])->pop > *in) *in = gz_div_at(g, set[i])->pop;
    for (size_t i = 0; i < n; i++) {
        bool inside = false;
        for (size_t j = 0; j < k && !inside; j++)
            inside = set[j] == c[i];
        if (!inside && gz_div_at(g, c[i])->pop > *out) *out = gz_div_at(g, c[i])->pop;
    }
}

/* The candidates kept (in_set, k of them: those in the document's states)
 * are dwarfed by another of c: "Philadelphia" in a story naming New York is
 * still the big city, not a village of 1,200 people. */
static bool dwarfed_by(const polex_gazetteer *g, const uint32_t *in_set, size_t k,
                       const uint32_t *c, size_t n, int from) {
    uint32_t in, out;
    largest_in_out(g, in_set, k, c, n, &in, &out);
    /* a candidate of a state named in the sentences just before is dwarfed
     * sooner ("Washington County" in a story on Portland, Ore., after a
     * sentence quoting Maine's attorney general is Oregon's), and so is a
     * small town of a state named anywhere in the document ("Hartford" in a
     * roundup naming Vermont is still Connecticut's capital); not when the
     * sentence or its dateline names the state */
    bool sooner = from == STATES_BEFORE || (from == STATES_OF_DOC && in < SMALL_PLACE);
    uint64_t ratio = sooner ? DOC_DWARF_RATIO : DWARF_RATIO;
    return k > 0 && out >= DWARF_POP && (uint64_t)out >= (uint64_t)in * ratio;
}

/* The index of the most populous of the n (at least one) candidates, the
 * first of a tie. */
static size_t largest(const polex_gazetteer *g, const uint32_t *c, size_t n) {
    size_t best = 0;
    for (size_t i = 1; i < n; i++)
        if (gz_div_at(g, c[i])->pop > gz_div_at(g, c[best])->pop) best = i;
    return best;
}

/* Whether candidate best of the n has at least ratio times the people of
 * every other one. */
static bool dwarfs_others(const polex_gazetteer *g, const uint32_t *c, size_t n, size_t best,
                          uint64_t ratio) {
    uint64_t top = gz_div_at(g, c[best])->pop;
    for (size_t i = 0; i < n; i++)
        if (i != best && top < (uint64_t)gz_div_at(g, c[i])->pop * ratio) return false;
    return true;
}

/* One of the n candidates dwarfs every other one. */
static bool dominant(const polex_gazetteer *g, const uint32_t *c, size_t n) {
    size_t best = largest(g, c, n);
    return gz_div_at(g, c[best])->pop >= DWARF_POP && dwarfs_others(g, c, n, best, DWARF_RATIO);
}

/* The index of the one candidate at least ten times every other
 * ("Sunnyside": Washington's, not Utah's hamlet), or -1: a cue that says "a
 * town" then says which. */
static int one_town(const polex_gazetteer *g, const uint32_t *c, size_t n) {
    size_t best = largest(g, c, n);
    return dwarfs_others(g, c, n, best, 10) ? (int)best : -1;
}

/* Keeps the candidates in state st, unless there are none or they are
 * dwarfed (from: where st was named, see dwarfed_by). */
static size_t narrow_to_state(const polex_gazetteer *g, uint32_t *c, size_t n, const char *st,
                              int from) {
    uint32_t tmp[MAX_CANDS];
    memcpy(tmp, c, n * sizeof *c);
    size_t k = filter(g, tmp, n, keep_state_code, st, true);
    if (k == 0 || dwarfed_by(g, tmp, k, c, n, from)) return n;
    memcpy(c, tmp, k * sizeof *c);
    return k;
}

/* The candidates kept (k of them) are all villages under SMALL_PLACE people
 * and another of c (n) has SMALL_PLACE people or more and DWARF_RATIO times
 * as many. */
static bool village_left(const polex_gazetteer *g, const uint32_t *kept, size_t k,
                         const uint32_t *c, size_t n) {
    uint32_t in, out;
    largest_in_out(g, kept, k, c, n, &in, &out);
    return in < SMALL_PLACE && out >= SMALL_PLACE && (uint64_t)out >= (uint64_t)in * DWARF_RATIO;
}

/* narrow_to_state, except that for candidates that all lie in the
 * document's states (in_doc) a state named near the name does not pick a
 * village over a sizable namesake of another state of the document ("Omaha
 * and Lawrence" in a story that names Kansas: Lawrence, Kan., not the
 * Nebraska village of 300 people). */
static size_t narrow_near(const polex_gazetteer *g, uint32_t *c, size_t n, const char *st, int from,
                          bool in_doc) {
    if (!in_doc) return narrow_to_state(g, c, n, st, from);
    uint32_t tmp[MAX_CANDS];
    memcpy(tmp, c, n * sizeof *c);
    size_t k = narrow_to_state(g, tmp, n, st, from);
    if (k == n || village_left(g, tmp, k, c, n)) return n;
    memcpy(c, tmp, k * sizeof *c);
    return k;
}

#define HOME_MIN 3   /* a home state is named at least this often ... */
#define HOME_RATIO 2 /* ... and this many times as often as any other state */

/* The state the document is about: the one its datelines and strong
 * mentions name at least HOME_RATIO times as often as any other ("Maine"
 * through a Maine attorney general's release whose coalition list names
 * Oregon once), or NULL. */
static const char *home_state(const link_states *ls) {
    if (ls->n == 0) return NULL;
    size_t best = 0;
    unsigned second = 0;
    for (size_t i = 1; i < ls->n; i++) {
        if (ls->count[i] > ls->count[best]) {
            second = ls->count[best];
            best = i;
        } else if (ls->count[i] > second) {
            second = ls->count[i];
        }
    }
    unsigned top = ls->count[best];
    return top >= HOME_MIN && top >= HOME_RATIO * second ? ls->st[best] : NULL;
}

/* The one big place of c (n) at least DOC_DWARF_RATIO times every
 * namesake, into c[0]: 1; else 0. A city word names a place ("Providence
 * City Solicitor", "Phoenix police"); which one, when no state of the
 * document has one, is the one that dwarfs the others. */
static size_t dwarfing_place(const polex_gazetteer *g, uint32_t *c, size_t n) {
    size_t best = largest(g, c, n);
    uint64_t top = gz_div_at(g, c[best])->pop;
    if (!keep_proper_place(gz_div_at(g, c[best]), NULL)) return 0;
    for (size_t i = 0; i < n; i++)
        if (i != best && top < (uint64_t)gz_div_at(g, c[i])->pop * DOC_DWARF_RATIO) return 0;
    c[0] = c[best];
    return 1;
}

/* The places of c (n) in the document's states, into c; when there are
 * none or those are dwarfed by a big place elsewhere (DWARF_RATIO), that
 * place alone. Returns the new count (0: none). */
static size_t ctx_or_dwarfing(const polex_gazetteer *g, uint32_t *c, size_t n,
                              const link_context *ctx) {
    uint32_t tmp[MAX_CANDS];
    memcpy(tmp, c, n * sizeof *c);
    size_t k = filter(g, tmp, n, keep_in_ctx, ctx, true);
    /* none in the document's states: a big city named with a city word
     * ("In Phoenix, a federal judge", "Phoenix police") is still the one
     * that dwarfs its namesakes */
    if (k == 0 && dwarfing_place(g, c, n)) return 1;
    if (k > 0 && dwarfed_by(g, tmp, k, c, n, STATES_HERE) && dominant(g, c, n) &&
        dwarfing_place(g, c, n))
        return 1;
    memcpy(c, tmp, k * sizeof *c);
    return k;
}

/* The one-word name at words [in->i, in->j) follows another capitalized
 * word somewhere in the document ("Mayor Eric Adams"): a person's name. */
static bool surname(const spot_ctx *s, const resolve_in *in) {
    if (!s->ctx || in->j != in->i + 1) return false;
    const polex_doc *doc = s->ctx->doc;
    const char *name = s->t + s->w[in->i].start;
    size_t n = s->w[in->i].end - s->w[in->i].start;
    for (const char *p = doc->text; (p = strstr(p, " ")) != NULL; p++) {
        if (strncmp(p + 1, name, n) != 0 || isalnum((unsigned char)p[1 + n])) continue;
        const char *b = p; /* the word before */
        while (b > doc->text && b[-1] != ' ' && b[-1] != '\n')
            b--;
        size_t bl = (size_t)(p - b);
        if (bl >= 2 && isupper((unsigned char)b[0]) && islower((unsigned char)b[bl - 1]) &&
            !link_words_has(s->lk->left_ok, b, bl) && !link_words_has(s->lk->suffixes, b, bl))
            return true;
    }
    return false;
}

/* Drops a county when a place of the same name in the same state is also a
 * candidate ("Los Angeles" is the city); keeps everything otherwise. */
static size_t places_over_counties(const polex_gazetteer *g, uint32_t *c, size_t n) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const gz_div *d = gz_div_at(g, c[i]);
        bool shadowed = false;
        for (size_t j = 0; d->level == GZ_LEVEL_COUNTY && j < n; j++) {
            const gz_div *o = gz_div_at(g, c[j]);
            shadowed |= o->level == GZ_LEVEL_PLACE && !strcmp(o->state, d->state);
        }
        if (!shadowed) c[k++] = c[i];
    }
    return k;
}

static size_t split_sentence(const polex_linker *lk, const polex_doc *doc, size_t i, link_word *w,
                             link_text *head, link_text *rest);
static void license_add(const polex_gazetteer *g, link_states *ls, const link_mention *m);

size_t link_plain_mentions(const polex_linker *lk, const polex_doc *doc, size_t i, link_word *w,
                           link_mention *m, const link_mention **out, unsigned *need) {
    size_t n;
    if (link_wcache_mentions(lk->scratch->wc, doc, i, out, &n, need)) return n;
    *out = m;
    *need = 0;
    link_text head, rest;
    if (!split_sentence(lk, doc, i, w, &head, &rest)) return 0;
    n = link_spot_text_needs(lk, &rest, NULL, m, LINK_MAX_MENTIONS, need);
    link_wcache_keep_mentions(lk->scratch->wc, doc, i, m, n, *need);
    return n;
}

void link_walk_back(link_walk *wk, const polex_linker *lk, const polex_doc *doc, size_t si,
                    size_t n) {
    wk->lk = lk;
    wk->doc = doc;
    wk->next = si;
    wk->left = n < si ? n : si;
    wk->backward = true;
}

void link_walk_first(link_walk *wk, const polex_linker *lk, const polex_doc *doc, size_t n) {
    wk->lk = lk;
    wk->doc = doc;
    wk->next = 0;
    wk->left = n < doc->n_sentences ? n : doc->n_sentences;
    wk->backward = false;
}

bool link_walk_next(link_walk *wk, const link_mention **pm, size_t *n) {
    if (wk->left == 0) return false;
    wk->left--;
    wk->si = wk->backward ? --wk->next : wk->next++;
    unsigned need; /* the walks look at the mentions, not at what they left to the document */
    *n = link_plain_mentions(wk->lk, wk->doc, wk->si, wk->w, wk->m, pm, &need);
    return true;
}

/* Where the bytes name[0, len) next occur as whole words in t[from, end), or NULL. */
static const char *find_name(const char *t, size_t from, size_t end, const char *name, size_t len) {
    for (size_t i = from; i + len <= end; i++) {
        const char *p = memchr(t + i, name[0], end - len + 1 - i);
        if (!p) return NULL;
        i = (size_t)(p - t);
        if (memcmp(p, name, len) == 0 && (i == 0 || !isalnum((unsigned char)t[i - 1])) &&
            (i + len == end || !isalnum((unsigned char)t[i + len])))
            return p;
    }
    return NULL;
}

/* A name opening its sentence goes on with a lower-case verb at word j
 * ("Providence has operated under an ordinance", "Aurora bans sanctuary
 * policies"): the sentence's subject, as a name inside it would be. */
static bool subject_start(const spot_ctx *s, size_t j) {
    /* "Aurora, which did not join the lawsuit, still has ...": the subject
     * goes on after a relative clause */
    if (j + 1 < s->nw && s->w[j].punct_before && s->t[s->w[j - 1].end] == ',' &&
        (word_is(s, j, "which") || word_is(s, j, "whose")))
        return true;
    /* "Charlotte, though, drew a letter", "Aurora, unlike Denver, has not
     * adopted": the subject goes on after an aside */
    if (j + 2 < s->nw && s->w[j].punct_before && s->t[s->w[j - 1].end] == ',' &&
        (word_is(s, j, "though") || word_is(s, j, "however") || word_is(s, j, "unlike") ||
         word_is(s, j, "too") || word_is(s, j, "meanwhile") || word_is(s, j, "like")))
        for (size_t k = j + 1; k < s->nw && k < j + 5; k++)
            if (s->w[k].punct_before)
                return s->t[s->w[k - 1].end] == ',' && !s->w[k].cap &&
                       isalpha((unsigned char)s->t[s->w[k].start]);
    return j < s->nw && !s->w[j].cap && !s->w[j].punct_before &&
           isalpha((unsigned char)s->t[s->w[j].start]) && !word_is(s, j, "of") &&
           !word_is(s, j, "and") && !word_is(s, j, "or") && !word_is(s, j, "the") &&
           !word_is(s, j, "a") && !word_is(s, j, "to");
}

/* Appends to c (n of them, room for MAX_CANDS) the townships named like
 * words [i, j) ("Lakewood": Lakewood Township), which the document may
 * license by their full name; returns the new count. */
static size_t add_townships(const spot_ctx *s, const resolve_in *in, uint32_t *c, size_t n) {
    char key[GZ_KEY_MAX];
    uint32_t a = s->w[in->i].start, b = s->w[in->j - 1].end;
    size_t kl = gz_norm_key(s->t + a, b - a, key, sizeof key);
    gz_match m;
    if (!kl || kl + sizeof " township" > sizeof key) return n;
    memcpy(key + kl, " township", sizeof " township");
    if (!gz_lookup(s->lk->gaz, key, &m)) return n;
    for (uint32_t k = 0; k < m.n && n < MAX_CANDS; k++) {
        bool have = false;
        for (size_t q = 0; q < n && !have; q++)
            have = c[q] == m.divs[k];
        if (!have) c[n++] = m.divs[k];
    }
    return n;
}

/* The townships named like words [in->i, in->j) in the qualifier's state,
 * into c (room for MAX_CANDS) when there are any (c is left alone when
 * not); returns how many. */
static size_t township_in(const spot_ctx *s, const resolve_in *in, uint32_t *c, size_t nc) {
    /* "Washington, New Jersey and ...": a list of states, no township */
    for (size_t q = 0; q < nc; q++)
        if (gz_div_at(s->lk->gaz, c[q])->level == GZ_LEVEL_STATE) return 0;
    uint32_t t[MAX_CANDS];
    size_t n = filter(s->lk->gaz, t, add_townships(s, in, t, 0), keep_state_code, in->qual, true);
    if (n) memcpy(c, t, n * sizeof *t);
    return n;
}

/* Whether the sentence has the word "township". */
static bool says_township(const spot_ctx *s) {
    for (size_t k = 0; k < s->nw; k++)
        if (word_is(s, k, "township")) return true;
    return false;
}

/* Whether some of the n candidates c lie in a state of the document. */
static bool any_in_ctx(const spot_ctx *s, const uint32_t *c, size_t n) {
    for (size_t q = 0; q < n; q++)
        if (keep_in_ctx(gz_div_at(s->lk->gaz, c[q]), s->ctx)) return true;
    return false;
}

static bool county_fallback(const spot_ctx *s, resolve_in *in);

/* "ARLINGTON, Va. — Arlington sued", "Virginia officials ... Arlington
 * sued": no candidate of the name lies in the document's states, but the
 * county "<name> County" of one of them does, and is as good a reading as
 * the namesakes elsewhere when they are not DOC_COUNTY_RATIO times larger
 * (Arlington, Texas, not Dallas, Texas); the document's states then
 * weigh it like any candidate. Appends it to c (n of them, room for
 * MAX_CANDS); returns the new count. */
static size_t add_doc_county(const spot_ctx *s, const resolve_in *in, uint32_t *c, size_t n) {
    resolve_in t = *in;
    /* "Across the Hudson": a river or a landmark, no county */
    if (in->i > 0 && word_is(s, in->i - 1, "the")) return n;
    if (n >= MAX_CANDS || !county_fallback(s, &t)) return n;
    needs_doc(s, LINK_NEEDS_DOC);
    if (!s->ctx || any_in_ctx(s, c, n)) return n;
    size_t k = 0;
    uint32_t one = 0;
    for (uint32_t q = 0; q < t.m.n; q++)
        if (keep_in_ctx(gz_div_at(s->lk->gaz, t.m.divs[q]), s->ctx)) one = t.m.divs[q], k++;
    if (k != 1) return n; /* two such counties: no telling which */
    uint64_t top = 0;
    for (size_t q = 0; q < n; q++)
        if (gz_div_at(s->lk->gaz, c[q])->pop > top) top = gz_div_at(s->lk->gaz, c[q])->pop;
    /* not Dallas County, Ala., for Dallas in an Alabama story */
    if (top < (uint64_t)gz_div_at(s->lk->gaz, one)->pop * DOC_COUNTY_RATIO) c[n++] = one;
    return n;
}

/* Adds to ls the divisions named with evidence in sentence si; with
 * qual_at, only the one written at that offset with its state after a
 * comma ("BURLINGTON, VERMONT"). */
static void add_licenses(const spot_ctx *s, size_t si, link_states *ls, const char *qual_at) {
    link_word buf[LINK_MAX_WORDS];
    link_mention m[LINK_MAX_MENTIONS];
    const link_mention *pm;
    unsigned need;
    const char *t = s->ctx->doc->text;
    size_t nm = link_plain_mentions(s->lk, s->ctx->doc, si, buf, m, &pm, &need);
    for (size_t q = 0; q < nm; q++)
        if (!qual_at || (t + pm[q].start <= qual_at && qual_at < t + pm[q].end &&
                         memchr(qual_at, ',', (size_t)(t + pm[q].end - qual_at))))
            license_add(s->lk->gaz, ls, &pm[q]);
}

/* the sentences of a court order's caption or a headline, where parties
 * are written in capitals */
#define CAPTION_SENTENCES 6

/* A caption lists its parties in capitals with their states ("CITY OF
 * BURLINGTON, VERMONT; CITY OF ITHACA, NEW YORK, Plaintiffs"), and the
 * order goes on to call them "Burlington" or "the City of Bloomington":
 * the name in capitals in the document's first sentences licenses the
 * division it resolves to there, as "Burlington, Vt." would. Adds those
 * to ls. */
static void caption_licenses(const spot_ctx *s, const char *name, size_t len, link_states *ls) {
    const polex_doc *doc = s->ctx->doc;
    char up[64];
    bool lower = false;
    if (len >= sizeof up || doc->n_sentences == 0) return;
    for (size_t k = 0; k < len; k++) {
        lower |= islower((unsigned char)name[k]) != 0;
        up[k] = (char)toupper((unsigned char)name[k]);
    }
    if (!lower) return; /* written in capitals already: the search below sees it */
    size_t ns = doc->n_sentences < CAPTION_SENTENCES ? doc->n_sentences : CAPTION_SENTENCES;
    size_t end = doc->sentences[ns - 1].end, si = 0;
    for (const char *p = doc->text;
         (p = find_name(doc->text, (size_t)(p - doc->text), end, up, len)); p += len) {
        uint32_t off = (uint32_t)(p - doc->text);
        while (si < ns && doc->sentences[si].end <= off)
            si++;
        if (si == ns) break;
        if (doc->sentences[si].start > off) continue;
        add_licenses(s, si, ls, p);
    }
}

/* Keeps the candidates the document licenses for the name at words [in->i,
 * in->j): the places of its datelines, and the divisions the same name
 * resolves to with evidence in its other sentences ("City of Providence",
 * "Providence, R.I."). A license needs the name written out, so only the
 * sentences holding it are looked at. Returns how many candidates remain
 * (0: none licensed, c unchanged). */
static size_t licensed_any(const spot_ctx *s, const resolve_in *in, uint32_t *c, size_t n,
                           bool caption_only, bool *captioned) {
    const polex_gazetteer *g = s->lk->gaz;
    const polex_doc *doc = s->ctx->doc;
    licensed_arg la = {g, &s->ctx->store};
    /* "Lakewood Township ... declared Lakewood a welcoming community": a
     * township goes by its bare name once the document names it in full */
    if (!in->has_county_word) n = add_townships(s, in, c, n);
    size_t k = la.ls->n_lic ? filter(g, c, n, keep_licensed, &la, true) : 0;
    if (k || !doc || s->t != doc->text) return k;
    const char *name = s->t + s->w[in->i].start;
    size_t len = s->w[in->j - 1].end - s->w[in->i].start, si = 0, last = SIZE_MAX;
    link_states found;
    found.n_lic = 0;
    /* the caption states its parties' states outright: it goes first */
    caption_licenses(s, name, len, &found);
    la.ls = &found;
    k = found.n_lic ? filter(g, c, n, keep_licensed, &la, true) : 0;
    *captioned = k > 0;
    if (k || caption_only) return k;
    for (const char *p = doc->text;
         (p = find_name(doc->text, (size_t)(p - doc->text), doc->text_len, name, len)); p += len) {
        uint32_t off = (uint32_t)(p - doc->text);
        while (si < doc->n_sentences && doc->sentences[si].end <= off)
            si++;
        if (si == doc->n_sentences) break;
        if (doc->sentences[si].start > off || si == last || off == s->w[in->i].start) continue;
        last = si;
        add_licenses(s, si, &found, NULL);
    }
    return found.n_lic ? filter(g, c, n, keep_licensed, &la, true) : 0;
}

/* licensed_any, but a license outside the document's states yields to a
 * candidate inside them: "the Fayetteville City Council" says a place is
 * meant, not which, and population's pick (North Carolina's) must not
 * override an Arkansas story's own Fayetteville elsewhere in it. */
static size_t licensed(const spot_ctx *s, const resolve_in *in, uint32_t *c, size_t n,
                       bool caption_only, bool *captioned) {
    uint32_t tmp[MAX_CANDS];
    memcpy(tmp, c, n * sizeof *c);
    *captioned = false;
    size_t k = licensed_any(s, in, tmp, n, caption_only, captioned);
    if (k == 0 || (!any_in_ctx(s, tmp, k) && any_in_ctx(s, c, n))) return 0;
    memcpy(c, tmp, k * sizeof *c);
    return k;
}

/* four: a story names the state, then speaks of its places bare for a
 * few sentences ("Bloomington, Ind., ... Indiana's 2011 law ... the mayor
 * said ... Monroe County, which runs the jail"); two missed such a county */
#define PREVIOUS_SENTENCES 4

/* Whether the name at byte off opens its sentence, after "In" at most ("In
 * Erie, Pa., the picture is murkier"): the story turns to that place. */
static bool opens_sentence(const char *t, uint32_t off) {
    if (off >= 3 && (!memcmp(t + off - 3, "In ", 3) || !memcmp(t + off - 3, "in ", 3))) off -= 3;
    while (off > 0 && (t[off - 1] == ' ' || t[off - 1] == '"'))
        off--;
    return off == 0 || t[off - 1] == '\n' || t[off - 1] == '.';
}

/* Keeps the candidates in a state of the strong mentions (not chosen by
 * population) of the PREVIOUS_SENTENCES sentences before this one ("Texas
 * went the other way ... When El Paso County challenged it": Texas's El
 * Paso County), the nearest first, as narrow_near does (in_doc); returns
 * how many remain (n when none applies). */
static size_t narrow_to_previous(const spot_ctx *s, uint32_t *c, size_t n, bool in_doc) {
    const polex_doc *doc = s->ctx->doc;
    if (!doc || s->t != doc->text || s->nw == 0) return n;
    uint32_t off = s->w[0].start;
    size_t lo = 0, hi = doc->n_sentences; /* the sentence holding off */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->sentences[mid].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    const char *dateline = NULL; /* the dateline's state, when a candidate has it */
    for (size_t k = 0; k < n && !dateline && s->ctx->dateline_state[0]; k++)
        if (!strcmp(gz_div_at(s->lk->gaz, c[k])->state, s->ctx->dateline_state))
            dateline = s->ctx->dateline_state;
    link_walk wk;
    link_walk_back(&wk, s->lk, doc, lo, PREVIOUS_SENTENCES);
    const link_mention *pm;
    size_t nm;
    while (n > 1 && link_walk_next(&wk, &pm, &nm)) {
        /* a sentence whose names point to several candidates' states (a
         * list of states: "the attorneys general of Colorado, ..., New
         * Jersey") says nothing about which one is meant */
        const char *st = NULL;
        bool several = false;
        for (size_t q = 0; q < nm && !several; q++) {
            if (pm[q].div < 0 || !pm[q].strong) continue;
            const gz_div *qd = gz_div_at(s->lk->gaz, (uint32_t)pm[q].div);
            if (!qd || (st && !strcmp(st, qd->state))) continue;
            /* a place its writer qualified ("a training course in
             * Charleston, S.C.") lies outside the dateline's state: the bare
             * names after it stay the dateline's ("Lancaster County Prison"
             * in a Pennsylvania release) */
            if (dateline && strcmp(dateline, qd->state) &&
                memchr(s->t + pm[q].start, ',', pm[q].end - pm[q].start) &&
                !opens_sentence(s->t, pm[q].start))
                continue;
            const char *qs = qd->state;
            bool has = false;
            for (size_t k = 0; k < n && !has; k++) {
                const gz_div *cd = gz_div_at(s->lk->gaz, c[k]);
                has = cd && !strcmp(cd->state, qs);
            }
            if (!has) continue;
            several = st != NULL;
            st = qs;
        }
        if (st && !several) n = narrow_near(s->lk->gaz, c, n, st, STATES_BEFORE, in_doc);
    }
    return n;
}

/* Words from j say that the name before them is a town: ", a city in",
 * ", a suburb of", ", an old mill town". */
static bool city_apposition(const spot_ctx *s, size_t j) {
    if (j + 1 >= s->nw || !s->w[j].punct_before || s->t[s->w[j - 1].end] != ',' ||
        !(word_is(s, j, "a") || word_is(s, j, "an")))
        return false;
    for (size_t k = j + 1; k < s->nw && k < j + 4 && !s->w[k].punct_before; k++)
        if (word_is(s, k, "city") || word_is(s, k, "suburb") || word_is(s, k, "town") ||
            word_is(s, k, "village"))
            return true;
    return false;
}

static const char *qualifier(const spot_ctx *s, size_t j, size_t *nq);

static bool keep_other_state(const gz_div *d, const void *arg) {
    return strcmp(d->state, (const char *)arg) != 0;
}

/* The postal code of a state qualifier after the same name later in the
 * sentence ("Portland ..., while Portland, Ore., ..."), or NULL. */
static const char *qualified_later(const spot_ctx *s, const resolve_in *in) {
    const link_word *w = s->w;
    size_t nw = in->j - in->i, len = w[in->j - 1].end - w[in->i].start;
    uint32_t n0 = w[in->i].end - w[in->i].start;
    char c0 = s->t[w[in->i].start];
    for (size_t k = in->j; k + nw < s->nw; k++) {
        if (w[k].end - w[k].start != n0 || s->t[w[k].start] != c0) continue; /* most words */
        size_t nq = 0;
        if (w[k + nw - 1].end - w[k].start == len &&
            !memcmp(s->t + w[k].start, s->t + w[in->i].start, len)) {
            const char *st = qualifier(s, k + nw, &nq);
            if (st) return st;
        }
    }
    return NULL;
}

/* The local candidates of c (n) are all places under SMALL_PLACE people. */
static bool small_locals(const polex_gazetteer *g, const uint32_t *c, size_t n) {
    for (size_t k = 0; k < n; k++) {
        const gz_div *d = gz_div_at(g, c[k]);
        if (d->level != GZ_LEVEL_STATE && (d->level != GZ_LEVEL_PLACE || d->pop >= SMALL_PLACE))
            return false;
    }
    return true;
}

/* A county named before in the sentence whose name is this name and
 * "County", with no place of this name in its state among the candidates
 * c: "the Arlington County Board voted ..., and Arlington police will not
 * ask". Its division, or -1. */
static int county_named_before(const spot_ctx *s, const resolve_in *in, const uint32_t *c,
                               size_t n) {
    const polex_gazetteer *g = s->lk->gaz;
    const char *name = s->t + s->w[in->i].start;
    size_t len = s->w[in->j - 1].end - s->w[in->i].start;
    for (size_t f = 0; f < s->n_found; f++) {
        if (s->found[f].div < 0 || s->found[f].generic) continue;
        const gz_div *d = gz_div_at(g, (uint32_t)s->found[f].div);
        if (d->level != GZ_LEVEL_COUNTY || strncasecmp(d->name, name, len) != 0 ||
            strcasecmp(d->name + len, " County") != 0)
            continue;
        bool place = false;
        for (size_t k = 0; k < n && !place; k++) {
            const gz_div *o = gz_div_at(g, c[k]);
            place = o->level == GZ_LEVEL_PLACE && !strcmp(o->state, d->state);
        }
        if (!place) return s->found[f].div;
    }
    return -1;
}

static bool county_fallback(const spot_ctx *s, resolve_in *in);
static bool suffix_fallback(const spot_ctx *s, resolve_in *in, const char *suffix);

/* Whether the document writes "<kind> of <name>" ("County of Santa Clara"). */
static bool doc_has_of(const polex_doc *doc, const char *kind, const char *name, size_t len) {
    size_t kl = strlen(kind);
    for (const char *p = doc->text;
         (p = find_name(doc->text, (size_t)(p - doc->text), doc->text_len, kind, kl)) != NULL;
         p += kl) {
        const char *q = p + kl;
        if ((size_t)(q - doc->text) + 4 + len <= doc->text_len && !memcmp(q, " of ", 4) &&
            !memcmp(q + 4, name, len) && !isalnum((unsigned char)q[4 + len]))
            return true;
    }
    return false;
}

/* A party named "the County of Santa Clara" (an order's caption, a
 * complaint) goes on as "Santa Clara": the bare name is that county when
 * the document writes "County of <name>" and never "City of <name>". Its
 * division, or -1. */
static int county_party(const spot_ctx *s, const resolve_in *in) {
    resolve_in t = *in;
    if (!county_fallback(s, &t) || t.m.n != 1) return -1;
    needs_doc(s, LINK_NEEDS_DOC);
    if (!s->ctx || !s->ctx->doc || s->t != s->ctx->doc->text) return -1;
    const char *name = s->t + s->w[in->i].start;
    size_t len = s->w[in->j - 1].end - s->w[in->i].start;
    if (!doc_has_of(s->ctx->doc, "County", name, len) || doc_has_of(s->ctx->doc, "City", name, len))
        return -1;
    return (int)t.m.divs[0];
}

/* Whether the document writes "<name> County" (or Parish) out, name being
 * the words [in->i, in->j) of the sentence, or the name heads a section on
 * a county. */
static bool doc_writes_county(const spot_ctx *s, const resolve_in *in) {
    /* a roundup's section on a county's jail ("Dakota: The jail honors
     * detainers ...", "Stearns: The county has long honored ...") */
    if (in->i == 0 && in->j == 1 && s->t[s->w[0].end] == ':')
        for (size_t k = 1; k < s->nw && k < 8; k++)
            if (word_is(s, k, "county") || word_is(s, k, "jail") || word_is(s, k, "sheriff") ||
                word_is(s, k, "County") || word_is(s, k, "Sheriff"))
                return true;
    const polex_doc *doc = s->ctx->doc;
    const char *name = s->t + s->w[in->i].start;
    size_t len = s->w[in->j - 1].end - s->w[in->i].start;
    for (const char *p = doc->text;
         (p = find_name(doc->text, (size_t)(p - doc->text), doc->text_len, name, len)) != NULL;
         p += len) {
        size_t rest = doc->text_len - (size_t)(p - doc->text) - len;
        if (rest >= 7 && (!memcmp(p + len, " County", 7) || !memcmp(p + len, " Parish", 7)))
            return true;
    }
    return false;
}

/* Whether a place or county among m is too big a namesake for county d to
 * go by its bare name: a tenth its size or more in its state, or bigger
 * elsewhere. */
static bool has_namesake(const polex_gazetteer *g, const gz_div *d, const gz_match *m,
                         const link_context *ctx, bool same_only) {
    for (uint32_t k = 0; k < m->n; k++) {
        const gz_div *o = gz_div_at(g, m->divs[k]);
        if (o->level != GZ_LEVEL_PLACE && o->level != GZ_LEVEL_COUNTY) continue;
        bool same_state = !strcmp(o->state, d->state);
        /* a bigger namesake in a state the document never names does not
         * count: "Arlington has not signed" in a story on Arlington County,
         * Va., that names no Texas (ctx: the document's states, when known) */
        if (!same_state && (same_only || (ctx && !keep_in_ctx(o, ctx)))) continue;
        if (same_state ? (uint64_t)o->pop * 10 >= d->pop : o->pop >= d->pop) return true;
    }
    return false;
}

/* Word k is "counties" after "other" ("with the other three counties"):
 * the sentence counts its subject among them. */
static bool other_counties(const spot_ctx *s, size_t k) {
    if (!word_is(s, k, "counties")) return false;
    for (size_t b = k; b > 0 && k - b < 3 && !s->w[b].punct_before; b--)
        if (word_is(s, b - 1, "other")) return true;
    return false;
}

/* Whether a place among m lies in the state the story is filed from (its
 * dateline's, else the one it is about: home_state) but county d does not:
 * "Erie" in an order of the City of Erie, Pa., is the city there, not New
 * York's Erie County, however big. */
static bool home_namesake(const spot_ctx *s, const gz_div *d, const gz_match *m) {
    needs_doc(s, LINK_NEEDS_DOC);
    if (!s->ctx) return false;
    const char *home =
        s->ctx->dateline_state[0] ? s->ctx->dateline_state : home_state(link_doc_states(s->ctx));
    if (!home || !strcmp(d->state, home)) return false;
    for (uint32_t k = 0; k < m->n; k++) {
        const gz_div *o = gz_div_at(s->lk->gaz, m->divs[k]);
        if (o->level == GZ_LEVEL_PLACE && !strcmp(o->state, home)) return true;
    }
    return false;
}

/* The sentence speaks of a county in lower case ("the county attorney",
 * "county commissioners", "the other counties") and never of a city. */
static bool county_words(const spot_ctx *s) {
    bool county = false;
    for (size_t k = 0; k < s->nw; k++) {
        char c = s->t[s->w[k].start];
        if (c == 'c' && (word_is(s, k, "city") || word_is(s, k, "city's"))) return false;
        county |= c == 'c' && (word_is(s, k, "county") || other_counties(s, k));
    }
    return county;
}

/* "the Lancaster commissioners", "Fresno supervisors": a county's board
 * right after the name, in lower case. */
static bool county_board_after(const spot_ctx *s, size_t j) {
    return j < s->nw && !s->w[j].punct_before && !s->w[j].cap &&
           (word_is(s, j, "commissioners") || word_is(s, j, "supervisors") ||
            word_is(s, j, "freeholders"));
}

/* "makes Yakima the largest county east of the Cascades": the words from
 * j call the name before them a county. */
static bool county_apposed(const spot_ctx *s, size_t j) {
    if (j + 1 >= s->nw || s->w[j].punct_before || !word_is(s, j, "the")) return false;
    for (size_t k = j + 1; k < s->nw && k < j + 4 && !s->w[k].punct_before; k++)
        if (word_is(s, k, "county") && !s->w[k].cap) return true;
    return false;
}

/* The county of in->m's name ("Suffolk County") that may go by its bare
 * name: the one of the document's states with no place of the name a
 * tenth its size or more in its state, nor one bigger than it elsewhere
 * (places: the name's own candidates; "Arlington" stays the Texas city of
 * 390,000 in a story naming Arlington County, Va.). Its
 * division, or -1; *cm gets the county's candidates. */
static int county_of_suffix(const spot_ctx *s, const resolve_in *in, gz_match *cm,
                            const char *suffix);
static int county_of_name(const spot_ctx *s, const resolve_in *in, gz_match *cm) {
    /* "Orleans sheriff" in a story on Orleans Parish, though New York and
     * Vermont have an Orleans County */
    int div = county_of_suffix(s, in, cm, " county");
    return div >= 0 ? div : county_of_suffix(s, in, cm, " parish");
}
static int county_of_suffix(const spot_ctx *s, const resolve_in *in, gz_match *cm,
                            const char *suffix) {
    const polex_gazetteer *g = s->lk->gaz;
    resolve_in t = *in;
    if (!suffix_fallback(s, &t, suffix)) return -1;
    *cm = t.m;
    int pick = -1;
    bool any = false; /* a county without a big namesake: most names have none */
    /* or one the sentence speaks of as a county ("the county attorney ...
     * said El Paso will ask a state court"), never of a city */
    bool county_talk = county_words(s) || county_apposed(s, in->j) || county_board_after(s, in->j);
    for (uint32_t q = 0; q < t.m.n; q++) {
        const gz_div *d = gz_div_at(g, t.m.divs[q]);
        any |=
            d->level == GZ_LEVEL_COUNTY && (county_talk || !has_namesake(g, d, &in->m, NULL, true));
    }
    if (!any) return -1;
    needs_doc(s, LINK_NEEDS_DOC);
    if (!s->ctx || !s->ctx->doc || s->t != s->ctx->doc->text) return -1;
    for (uint32_t q = 0; q < t.m.n; q++) {
        const gz_div *d = gz_div_at(g, t.m.divs[q]);
        if (d->level != GZ_LEVEL_COUNTY || !keep_in_ctx(d, s->ctx) ||
            (!county_talk && has_namesake(g, d, &in->m, s->ctx, false)) ||
            home_namesake(s, d, &in->m))
            continue;
        if (pick >= 0) return -1; /* counties of that name in two states of the document */
        pick = (int)t.m.divs[q];
    }
    return pick >= 0 && doc_writes_county(s, in) ? pick : -1;
}

/* A county the document writes out ("Suffolk County", "Ramsey County")
 * goes on by its bare name ("Suffolk's police department", "Ramsey: the
 * county bars ICE agents") unless a state or a big namesake (see
 * county_of_name) has the name: its division, or -1. */
static int county_in_doc(const spot_ctx *s, const resolve_in *in) {
    if (in->m.flags & (GZ_KEY_COMMON | GZ_KEY_ALIAS)) return -1;
    for (uint32_t k = 0; k < in->m.n; k++)
        if (gz_div_at(s->lk->gaz, in->m.divs[k])->level == GZ_LEVEL_STATE) return -1;
    gz_match cm;
    return county_of_name(s, in, &cm);
}

/* A bare one-word name whose candidates c (n) are all places outside the
 * state the document is about (home_state; "DeKalb": a town in Illinois),
 * when that state has a county of the name at least as big as each of them
 * (DeKalb County, Ga.): that county, or -1. A big city elsewhere stays
 * ("Houston" in a Georgia story). */
static int home_county(const spot_ctx *s, const resolve_in *in, const uint32_t *c, size_t n) {
    if (in->j != in->i + 1 || (in->m.flags & (GZ_KEY_COMMON | GZ_KEY_ALIAS))) return -1;
    const polex_gazetteer *g = s->lk->gaz;
    for (size_t q = 0; q < n; q++)
        if (gz_div_at(g, c[q])->level != GZ_LEVEL_PLACE) return -1;
    needs_doc(s, LINK_NEEDS_DOC);
    if (!s->ctx) return -1;
    /* the home state, not any state of the document: the name's own
     * candidates put their states among those */
    const char *home = home_state(link_doc_states(s->ctx));
    if (!home) return -1;
    resolve_in t = *in;
    if (!county_fallback(s, &t)) return -1;
    for (uint32_t k = 0; k < t.m.n; k++) {
        const gz_div *d = gz_div_at(g, t.m.divs[k]);
        if (d->level != GZ_LEVEL_COUNTY || strcmp(d->state, home) != 0) continue;
        /* a town of the name in the home state counts only when it is no
         * hamlet beside the county (Clayton, Ga., 2,000 people, beside
         * Clayton County, 300,000) */
        for (size_t q = 0; q < n; q++) {
            const gz_div *p = gz_div_at(g, c[q]);
            if (p->pop > d->pop || (!strcmp(p->state, home) && p->pop * 20 > d->pop)) return -1;
        }
        return surname(s, in) ? -1 : (int)t.m.divs[k];
    }
    return -1;
}

/* Still several candidates for a one-word place name the document also
 * writes out as a county ("Albany filed suit ... Albany County runs the
 * jail"): the state of that county (the one of the document's states, else
 * the one dwarfing its namesakes) settles the place. */
static size_t namesake_county(const spot_ctx *s, const resolve_in *in, uint32_t *c, size_t n) {
    const polex_doc *doc = s->ctx->doc;
    const char *name = s->t + s->w[in->i].start;
    size_t len = s->w[in->j - 1].end - s->w[in->i].start;
    bool written = false;
    for (const char *p = doc->text;
         !written && (p = find_name(doc->text, (size_t)(p - doc->text), doc->text_len, name, len));
         p += len)
        written = !strncmp(p + len, " County", 7);
    if (!written) return n;
    resolve_in t = *in;
    if (!county_fallback(s, &t) || t.m.n == 0) return n;
    const polex_gazetteer *g = s->lk->gaz;
    uint32_t cc[MAX_CANDS];
    size_t k = t.m.n < MAX_CANDS ? t.m.n : MAX_CANDS;
    memcpy(cc, t.m.divs, k * sizeof *cc);
    size_t kin = filter(g, cc, k, keep_in_ctx, s->ctx, true);
    if (kin == 1) return narrow_to_state(g, c, n, gz_div_at(g, cc[0])->state, STATES_HERE);
    if (kin > 1) return n;
    /* none in the document's states: the county twice as big as any other */
    size_t best = 0;
    for (size_t q = 1; q < k; q++)
        if (gz_div_at(g, cc[q])->pop > gz_div_at(g, cc[best])->pop) best = q;
    for (size_t q = 0; q < k; q++)
        if (q != best && gz_div_at(g, cc[best])->pop < 2 * (uint64_t)gz_div_at(g, cc[q])->pop)
            return n;
    return narrow_to_state(g, c, n, gz_div_at(g, cc[best])->state, STATES_HERE);
}

static bool superlative_after(const spot_ctx *s, size_t j);

/* The state whose superlative an apposition gives the name at words [i, j)
 * ("Vermont's largest city, Burlington, has", "Burlington, Vermont's
 * largest city,"): its postal code, or NULL. */
static const char *superlative_state(const spot_ctx *s, size_t i, size_t j) {
    size_t k; /* the word after the state's possessive */
    if (i >= 4 && s->w[i].punct_before && s->t[s->w[i - 1].end] == ',' &&
        (word_is(s, i - 1, "city") || word_is(s, i - 1, "county") || word_is(s, i - 1, "town"))) {
        k = i - 2;
        if (!(word_is(s, k, "largest") || word_is(s, k, "biggest") || word_is(s, k, "smallest")))
            return NULL;
        if (k > 0 && (word_is(s, k - 1, "second") || word_is(s, k - 1, "third"))) k--;
    } else if (j + 3 < s->nw && s->w[j].punct_before && s->t[s->w[j - 1].end] == ',' &&
               s->w[j].cap) {
        size_t e = j; /* "Burlington, Vermont's largest city" */
        while (e < s->nw && e < j + 3 && !possessive_s(s, e))
            e++;
        if (e >= s->nw || !possessive_s(s, e) || !superlative_after(s, e)) return NULL;
        k = e + 1;
    } else {
        return NULL;
    }
    if (k < 2 || !possessive_s(s, k - 1)) return NULL;
    size_t b = k - 1; /* the state's words end before the "s" */
    for (size_t a = b; a-- > 0 && a + 3 >= b;) {
        gz_match m;
        if (!lookup_words(s, a, b, &m)) continue;
        for (uint32_t q = 0; q < m.n; q++)
            if (gz_div_at(s->lk->gaz, m.divs[q])->level == GZ_LEVEL_STATE)
                return gz_div_at(s->lk->gaz, m.divs[q])->state;
    }
    return NULL;
}

/* The state of the landmark an apposition after the name at words [i, j)
 * places it by ("Montgomery County, north of Houston,", "Orange County,
 * home to Orlando,", "Jefferson County, which includes Birmingham,"): the
 * postal code of the biggest place (LANDMARK_POP at least) the next one to
 * three capitalized words name, or NULL. */
#define LANDMARK_POP 50000
static const char *landmark_state(const spot_ctx *s, size_t j) {
    if (j + 2 >= s->nw || s->t[s->w[j - 1].end] != ',') return NULL;
    size_t k = j;
    if (word_is(s, k, "just") || word_is(s, k, "directly")) k++;
    if (k + 1 < s->nw && compass(s, k) && word_is(s, k + 1, "of"))
        k += 2;
    else if (k + 1 < s->nw && word_is(s, k, "home") && word_is(s, k + 1, "to"))
        k += 2;
    else if (k + 1 < s->nw && (word_is(s, k, "which") || word_is(s, k, "that")) &&
             (word_is(s, k + 1, "includes") || word_is(s, k + 1, "surrounds")))
        k += 2;
    else if (word_is(s, k, "outside") || word_is(s, k, "near"))
        k++;
    else
        return NULL;
    if (k + 1 < s->nw && (word_is(s, k, "most") || word_is(s, k, "part")) &&
        word_is(s, k + 1, "of"))
        k += 2;
    const char *st = NULL;
    uint32_t best = LANDMARK_POP - 1;
    for (size_t b = k + 1; b < s->nw && b <= k + 3 && s->w[b - 1].cap; b++) {
        if (b > k + 1 && s->w[b - 1].punct_before) break;
        gz_match m;
        if (!lookup_words(s, k, b, &m)) continue;
        for (uint32_t q = 0; q < m.n; q++) {
            const gz_div *d = gz_div_at(s->lk->gaz, m.divs[q]);
            if (d->level == GZ_LEVEL_PLACE && d->pop > best) best = d->pop, st = d->state;
        }
    }
    return st;
}

/* Words from j: "'s largest city", "'s second-largest county". */
static bool superlative_after(const spot_ctx *s, size_t j) {
    if (j + 1 >= s->nw || !possessive_s(s, j)) return false;
    size_t k = j + 1;
    if (k < s->nw && (word_is(s, k, "second") || word_is(s, k, "third"))) k++;
    return k + 1 < s->nw &&
           (word_is(s, k, "largest") || word_is(s, k, "biggest") || word_is(s, k, "smallest")) &&
           (word_is(s, k + 1, "city") || word_is(s, k + 1, "county") || word_is(s, k + 1, "town"));
}

/* Whether words [a, b) name local divisions of state st only, by no
 * ordinary word ("Jersey City"; not "Polk", a county in a dozen states). */
static bool names_only_local_in(const spot_ctx *s, size_t a, size_t b, const char *st) {
    gz_match m;
    if (!lookup_words(s, a, b, &m) || (m.flags & GZ_KEY_COMMON) || m.n == 0) return false;
    for (uint32_t k = 0; k < m.n; k++) {
        const gz_div *d = gz_div_at(s->lk->gaz, m.divs[k]);
        if (d->level == GZ_LEVEL_STATE || strcmp(d->state, st) != 0) return false;
    }
    return true;
}

/* Whether words [a, b) surely name a local division of state st: its only
 * place of the name, or one ten times every namesake ("Nashua": 91,000
 * people in New Hampshire, 1,550 in Iowa). */
static bool names_local_of(const spot_ctx *s, size_t a, size_t b, const char *st) {
    if (names_only_local_in(s, a, b, st)) return true;
    gz_match m;
    if (!lookup_words(s, a, b, &m) || (m.flags & GZ_KEY_COMMON) || m.n == 0) return false;
    int top = one_town(s->lk->gaz, m.divs, m.n);
    if (top < 0) return false;
    const gz_div *d = gz_div_at(s->lk->gaz, m.divs[top]);
    return d->level != GZ_LEVEL_STATE && !strcmp(d->state, st);
}

/* Keeps the candidates of c (n) whose state is the only one of an item of
 * the name's list, when they hold the largest candidate: the list
 * confirms the big place over a namesake of the dateline's state (not a
 * small namesake over a big place: "Los Angeles and Newark"). */
static size_t narrow_to_list(const spot_ctx *s, const resolve_in *in, uint32_t *c, size_t n) {
    const polex_gazetteer *g = s->lk->gaz;
    uint32_t tmp[MAX_CANDS];
    size_t k = 0, best = 0;
    bool has_best = false, near_best = false;
    for (size_t q = 1; q < n; q++)
        if (gz_div_at(g, c[q])->pop > gz_div_at(g, c[best])->pop) best = q;
    uint64_t best_pop = gz_div_at(g, c[best])->pop;
    for (size_t q = 0; q < n; q++) {
        const gz_div *d = gz_div_at(g, c[q]);
        if (d->level != GZ_LEVEL_STATE &&
            listed_anywhere_with(s, in->i, in->j, names_local_of, d->state)) {
            tmp[k++] = c[q];
            has_best |= q == best;
            /* "Concord, Dover and Nashua" in a New Hampshire story: the
             * document's state, with a namesake not far smaller than the
             * biggest (Concord, Calif.) */
            near_best |=
                s->ctx && ctx_has(s->ctx, d->state) && NEAR_BEST * (uint64_t)d->pop >= best_pop;
        }
    }
    if (k == 0 || k == n || !(has_best || near_best)) return n;
    memcpy(c, tmp, k * sizeof *c);
    return k;
}

/* Whether an item of the name's list surely names a local division of the
 * state of one of the candidates c (n). */
static bool listed_in_state_of(const spot_ctx *s, const resolve_in *in, const uint32_t *c,
                               size_t n) {
    for (size_t q = 0; q < n; q++) {
        const gz_div *d = gz_div_at(s->lk->gaz, c[q]);
        if (d->level != GZ_LEVEL_STATE &&
            listed_anywhere_with(s, in->i, in->j, names_local_of, d->state))
            return true;
    }
    return false;
}

/* The division a name of m surely means without the document: its one
 * candidate or the one that dwarfs the others ("Omaha"); -1 otherwise. */
static int sure_div(const polex_gazetteer *g, const gz_match *m) {
    if (m->n == 0 || (m->flags & GZ_KEY_COMMON)) return -1;
    if (m->n > 1 && !dominant(g, m->divs, m->n)) return -1;
    return (int)m->divs[largest(g, m->divs, m->n)];
}

/* Notes the state st of a local division in *one; false once two differ. */
static bool one_state(const char **one, const char *st) {
    if (*one && strcmp(*one, st) != 0) return false;
    *one = st;
    return true;
}

static size_t longest(const spot_ctx *s, size_t i, gz_match *m);

/* The one state of the sentence's other local divisions (those resolved
 * before the name with evidence, and the names after it that need no
 * document), or NULL when they name none or several. */
static const char *sentence_local_state(const spot_ctx *s, const resolve_in *in) {
    const polex_gazetteer *g = s->lk->gaz;
    const char *one = NULL;
    for (size_t f = 0; f < s->n_found; f++) {
        if (s->found[f].div < 0 || s->found[f].generic || !s->found[f].strong) continue;
        const gz_div *d = gz_div_at(g, (uint32_t)s->found[f].div);
        if (d->level != GZ_LEVEL_STATE && !one_state(&one, d->state)) return NULL;
    }
    for (size_t k = in->j; k < s->nw; k++) {
        if (!s->w[k].cap || (k > 0 && s->w[k - 1].cap && !s->w[k].punct_before)) continue;
        gz_match m;
        size_t len = longest(s, k, &m);
        if (!len) continue;
        int d = sure_div(g, &m);
        if (d >= 0 && gz_div_at(g, (uint32_t)d)->level != GZ_LEVEL_STATE &&
            !one_state(&one, gz_div_at(g, (uint32_t)d)->state))
            return NULL;
        k += len - 1;
    }
    return one;
}

/* The name at words [i, j) is an item of a list: a comma, "and" or "or"
 * right before or after it. */
static bool list_item(const spot_ctx *s, size_t i, size_t j) {
    return (i > 0 && (and_or(s, i - 1) || comma_before(s, i))) ||
           (j < s->nw && (and_or(s, j) || comma_before(s, j)));
}

/* The license of another sentence (the k candidates of c it kept) gives
 * way to the one state of the sentence's own places: "the Douglas County
 * jail, which holds the people Omaha police arrest" is Nebraska's, though
 * the document also writes "Douglas County, Kan.". Returns how many of the
 * name's candidates (all, n) lie in that state, written to c; 0 when the
 * license stands. */
static size_t license_or_sentence(const spot_ctx *s, const resolve_in *in, uint32_t *c, size_t k,
                                  const uint32_t *all, size_t n) {
    const polex_gazetteer *g = s->lk->gaz;
    /* a list's items may lie in several states ("Lewiston, Burlington and
     * New London") */
    if (k == 0 || k >= n || list_item(s, in->i, in->j)) return 0;
    const char *st = sentence_local_state(s, in);
    if (!st) return 0;
    for (size_t q = 0; q < k; q++)
        if (!strcmp(gz_div_at(g, c[q])->state, st)) return 0;
    uint32_t tmp[MAX_CANDS];
    memcpy(tmp, all, n * sizeof *all);
    size_t here = filter(g, tmp, n, keep_state_code, st, true);
    if (here == 0 || here == n || village_left(g, tmp, here, c, k)) return 0;
    memcpy(c, tmp, here * sizeof *c);
    return here;
}

/* A name's candidates as resolve narrows them down, and what the steps
 * have learned on the way. */
typedef struct narrowing {
    uint32_t c[MAX_CANDS];
    size_t n;
    bool evidence;     /* explicit evidence chose them: qualifier, alias, cue word, license */
    bool has_state;    /* a state is still among them */
    bool cued;         /* a city word said a place is meant, not which one */
    bool proper;       /* an ordinary word the document shows to be a place */
    bool small;        /* the candidate first in line is a small place (small_place) */
    bool ctx_support;  /* the document's states kept them */
    const char *other; /* the state of a namesake qualified later in the sentence */
} narrowing;

enum { RESOLVE_ON = -2 }; /* a step of resolve that settles nothing yet */

/* The candidates the name's qualifiers keep ("Springfield, Ill.",
 * "Rochester and Syracuse, N.Y.", "City of Providence", "Lakewood
 * Township"); returns Washington, D.C. for a qualifier that names it
 * outright, else RESOLVE_ON. */
static int by_qualifier(const spot_ctx *s, const resolve_in *in, narrowing *r, bool *used_qual) {
    const polex_gazetteer *g = s->lk->gaz;
    if (in->qual) {
        size_t k = filter(g, r->c, r->n, keep_state_code, in->qual, true);
        /* "Maplewood, N.J.", "Canton, Mich.": no place of the name in the
         * qualifier's state, but a township (the qualifier is its evidence) */
        if (k == 0 && !in->has_county_word && !in->state_only) k = township_in(s, in, r->c, r->n);
        if (k == 0 && !strcmp(in->qual, "dc") && gz_state_index(g, "dc") >= 0) {
            *used_qual = true;
            return gz_state_index(g, "dc");
        }
        if (k > 0) {
            /* "New York, N.Y.": a state's qualifier places a local of it */
            r->n = filter(g, r->c, k, keep_not_state, NULL, false);
            r->evidence = *used_qual = true;
        }
    } else if (in->list_qual && !dominant(g, r->c, r->n)) {
        /* not "Detroit, Minneapolis and Evanston, Ill.": a big city needs no qualifier */
        size_t k = filter(g, r->c, r->n, keep_state_code, in->list_qual, true);
        if (k > 0) {
            r->n = k;
            r->evidence = true;
        }
    }
    if (in->city_of) {
        r->n = filter(g, r->c, r->n, keep_not_state, NULL, false);
        r->evidence = true;
    }
    /* "Lakewood Township": the township of the name that dwarfs the others,
     * said in full, licenses its bare name elsewhere in the document */
    int town =
        in->j > in->i + 1 && word_is(s, in->j - 1, "township") ? one_town(g, r->c, r->n) : -1;
    if (town >= 0 && gz_div_at(g, r->c[town])->pop >= 5000) {
        r->c[0] = r->c[town], r->n = 1;
        r->evidence = true;
    }
    return RESOLVE_ON;
}

/* Whether one of the n candidates c is a place of PROPER_PLACE people or more. */
static bool has_big_place(const polex_gazetteer *g, const uint32_t *c, size_t n) {
    for (size_t k = 0; k < n; k++)
        if (keep_proper_place(gz_div_at(g, c[k]), NULL)) return true;
    return false;
}

/* A name both a state's and a place's ("New York", "Washington"): a cue
 * decides; without one, a list of states or of big cities the name is an
 * item of; else the state. Returns -1 for a city word about a state's
 * cities the text does not name, else RESOLVE_ON. */
static int state_or_place(const spot_ctx *s, const resolve_in *in, narrowing *r) {
    const polex_gazetteer *g = s->lk->gaz;
    bool has_local = false;
    r->has_state = false;
    for (size_t k = 0; k < r->n; k++) {
        if (gz_div_at(g, r->c[k])->level == GZ_LEVEL_STATE)
            r->has_state = true;
        else
            has_local = true;
    }
    if (r->has_state && !r->evidence && listed_with_state(s, in->i, in->j)) {
        /* "Vermont, Washington and Wisconsin" */
        r->n = filter(g, r->c, r->n, keep_state_level, NULL, false);
        r->evidence = true;
        has_local = false;
    }
    if (!r->has_state || !has_local || r->evidence) return RESOLVE_ON;
    int cue = state_cue(s, in->i, in->j);
    /* "any Florida city", "a Washington county": a city word speaks of
     * the state's cities when the places of the name are all small
     * (Florida, N.Y.: 2,900 people); "Vermont's largest city" is a
     * city the text does not name */
    if (cue < 0 && small_locals(g, r->c, r->n)) {
        if (superlative_after(s, in->j)) return -1;
        cue = 0;
    }
    /* "the city would sue if DHS cut Delaware's grants": a city word
     * elsewhere in the sentence says a big city (New York, Washington),
     * not a town of 40,000 (Delaware, Ohio) over its state */
    if (cue == -1 && !has_big_place(g, r->c, r->n)) cue = 0;
    if (cue == 0 && listed_with_city(s, in->i, in->j) && has_big_place(g, r->c, r->n)) cue = -2;
    r->n = filter(g, r->c, r->n, cue < 0 ? keep_not_state : keep_state_level, NULL, false);
    r->evidence = cue == 2 || cue == -2;
    return RESOLVE_ON;
}

/* "officials in Washington", "pressure from Washington": the federal
 * government, unless the story is filed from that state. */
static bool federal_capital(const spot_ctx *s, const resolve_in *in, const narrowing *r) {
    const polex_gazetteer *g = s->lk->gaz;
    if (!(r->has_state && r->n == 1 && gz_div_at(g, r->c[0])->level == GZ_LEVEL_STATE &&
          !r->evidence && (in->m.flags & GZ_KEY_HAND) && in->i > 0 && !s->w[in->i].punct_before &&
          (word_is(s, in->i - 1, "in") || word_is(s, in->i - 1, "from") ||
           word_is(s, in->i - 1, "with") || word_is(s, in->i - 1, "between") ||
           word_is(s, in->i - 1, "to"))))
        return false;
    /* "officials in Washington", "lawmakers in Washington": the capital's,
     * wherever the story is filed */
    if (in->i >= 2 && word_is(s, in->i - 1, "in") &&
        (word_is(s, in->i - 2, "officials") || word_is(s, in->i - 2, "lawmakers") ||
         word_is(s, in->i - 2, "leaders") || word_is(s, in->i - 2, "Republicans") ||
         word_is(s, in->i - 2, "Democrats")))
        return true;
    needs_doc(s, LINK_NEEDS_DATELINE);
    return s->ctx && strcmp(s->ctx->dateline_state, gz_div_at(g, r->c[0])->state) != 0;
}

/* A city word right after the name says a place is meant ("Aurora City
 * Council", "Mobile Mayor", "Aurora's council"; "Aurora Police" for a
 * dictionary word in a state of the document: "Georgia police" stays the
 * state); so do an apposition ("Aurora, a city in Arapahoe County") and a
 * roundup's opening place ("In Concord, a judge ..."). */
static void place_cues(const spot_ctx *s, const resolve_in *in, narrowing *r) {
    const polex_gazetteer *g = s->lk->gaz;
    size_t cj = in->j < s->nw && possessive_s(s, in->j) ? in->j + 1 : in->j;
    bool opening =
        in->i == 1 && in->j < s->nw && word_is(s, 0, "in") && s->t[s->w[in->j - 1].end] == ',';
    /* "Pueblo officials", "Mobile leaders": a weaker cue, for a big city */
    bool officials = (in->m.flags & GZ_KEY_COMMON) && cj < s->nw && !s->w[cj].punct_before &&
                     (word_is(s, cj, "officials") || word_is(s, cj, "leaders"));
    /* "Providence officials": the one sizable Providence (not a word of the
     * hand-made list: "Mobile officials", "Union leaders") */
    if (!r->evidence && officials && !(in->m.flags & GZ_KEY_HAND)) {
        uint32_t big = 0;
        size_t sizable = 0, nb = 0;
        for (size_t q = 0; q < r->n; q++) {
            const gz_div *d = gz_div_at(g, r->c[q]);
            sizable += d->level != GZ_LEVEL_STATE && d->pop >= SMALL_PLACE;
            if (keep_proper_place(d, NULL)) big = r->c[q], nb++;
        }
        if (nb == 1 && sizable == 1) {
            r->c[0] = big, r->n = 1;
            r->evidence = true;
            r->has_state = false;
        }
    }
    /* "Sunnyside Police Chief", "the Hood River Police Department": a
     * town's department (not "Georgia Police": no state has the name) */
    bool police = !r->has_state && one_town(g, r->c, r->n) >= 0 && cj + 1 < s->nw &&
                  !s->w[cj].punct_before && word_is(s, cj, "police") && s->w[cj].cap &&
                  (word_is(s, cj + 1, "chief") || word_is(s, cj + 1, "department"));
    /* "Durham's town council", "Durham's town administrator": a town the
     * name owns is the name's (not "a Washington town": the state's) */
    bool own_town = cj > in->j && cj < s->nw && word_is(s, cj, "town");
    if (r->evidence || cj >= s->nw ||
        !((!s->w[cj].punct_before &&
           (in_words(s, cj, s->lk->place_cues) || police || own_town ||
            ((in->m.flags & GZ_KEY_COMMON) && word_is(s, cj, "police")))) ||
          city_apposition(s, in->j) || opening || officials))
        return;
    size_t k = filter(g, r->c, r->n, keep_not_state, NULL, true);
    if (k > 0 && (in->m.flags & GZ_KEY_COMMON)) needs_doc(s, LINK_NEEDS_DOC);
    /* an ordinary word ("Sanctuary City Ordinance") also needs the state,
     * unless one big city dwarfs the document's namesakes ("Phoenix
     * police" in a roundup that also files from New York) */
    if (k > 0 && (in->m.flags & GZ_KEY_COMMON) && s->ctx)
        k = (in->m.flags & GZ_KEY_HAND) ? filter(g, r->c, k, keep_in_ctx, s->ctx, true)
                                        : ctx_or_dwarfing(g, r->c, k, s->ctx);
    else if (k > 0 && (in->m.flags & GZ_KEY_COMMON))
        k = (in->m.flags & GZ_KEY_HAND) ? 0 : dwarfing_place(g, r->c, k);
    if (k > 0 && officials) k = filter(g, r->c, k, keep_proper_place, NULL, true);
    if (k > 0) {
        r->n = k;
        r->evidence = true;
        r->has_state = false;
        /* a city word says a place is meant, not which: "Salem Mayor ...,
         * and Salem, Ore., ..." is another Salem, one the document licenses */
        r->cued = r->n > 1;
    }
}

/* Narrows by the sentence: a namesake qualified later in it is another
 * one; a superlative's or a landmark's state; a state it names strongly
 * before the document's licenses do ("KANSAS CITY, Kan. — ... Missouri's
 * attorney general threatened to sue Kansas City"). */
static void narrow_by_sentence(const spot_ctx *s, const resolve_in *in, narrowing *r) {
    const polex_gazetteer *g = s->lk->gaz;
    /* "The council in Portland voted ..., while Portland, Ore., extended":
     * the name qualified later in the sentence is another one (asked in
     * the pass with the document only: several candidates need it anyway) */
    r->other = r->n > 1 && (!r->evidence || r->cued) && s->ctx ? qualified_later(s, in) : NULL;
    if (r->other) r->n = filter(g, r->c, r->n, keep_other_state, r->other, false);
    r->small = small_place(gz_div_at(g, r->c[0]), in);
    if (r->n > 1 && !r->evidence) {
        const char *sup = superlative_state(s, in->i, in->j);
        if (!sup) sup = landmark_state(s, in->j);
        if (sup) r->n = narrow_to_state(g, r->c, r->n, sup, STATES_HERE);
    }
    for (size_t f = 0; r->n > 1 && !r->evidence && f < s->n_found; f++) {
        const gz_div *fd = s->found[f].div >= 0 ? gz_div_at(g, (uint32_t)s->found[f].div) : NULL;
        if (fd && fd->level == GZ_LEVEL_STATE && s->found[f].strong)
            r->n = narrow_to_state(g, r->c, r->n, fd->state, STATES_HERE);
    }
}

/* The county a bare name stands for without other evidence: one named
 * before it, a party's, the document's, the home state's; -1 when none. */
static int county_reading(const spot_ctx *s, const resolve_in *in, const narrowing *r) {
    int cd = county_named_before(s, in, r->c, r->n);
    if (cd < 0 && !in->has_county_word) cd = county_party(s, in);
    if (cd < 0 && !in->has_county_word) {
        cd = county_in_doc(s, in);
        if (cd >= 0 && surname(s, in)) cd = -1;
    }
    if (cd < 0 && !in->has_county_word) cd = home_county(s, in, r->c, r->n);
    return cd;
}

/* Named with evidence elsewhere in the document ("City of Providence"):
 * the bare name means the same division; a name one candidate dominates
 * needs no license (gathering the document's names is the costliest step
 * of linking). "The City of Bloomington" says a place is meant, not which:
 * several left, the document's license ("CITY OF BLOOMINGTON, INDIANA")
 * tells. */
static void by_license(const spot_ctx *s, const resolve_in *in, narrowing *r) {
    const polex_gazetteer *g = s->lk->gaz;
    bool city_several = in->city_of && !in->qual && r->n > 1;
    bool may_license = (!r->evidence || (r->cued && r->other && r->n > 1) || city_several) &&
                       ((r->n > 1 && !dominant(g, r->c, r->n)) || (in->m.flags & GZ_KEY_COMMON) ||
                        (r->n == 1 && r->small));
    if (may_license) needs_doc(s, LINK_NEEDS_DOC);
    if (!may_license || !s->ctx) return;
    uint32_t all[MAX_CANDS];
    memcpy(all, r->c, r->n * sizeof *r->c);
    bool captioned;
    size_t k = licensed(s, in, r->c, r->n, city_several && r->evidence, &captioned);
    /* (a caption's own qualifier outweighs the sentence's other names) */
    size_t here = captioned ? 0 : license_or_sentence(s, in, r->c, k, all, r->n);
    if (here > 0) { /* the sentence's state: no evidence, the rest still applies */
        r->n = here;
        r->small = small_place(gz_div_at(g, r->c[0]), in);
    } else if (k > 0) {
        r->n = k;
        r->evidence = true;
        r->has_state = false;
    }
}

/* Settles the name on the place p. */
static void settle_on(narrowing *r, uint32_t p) {
    r->c[0] = p, r->n = 1;
    r->has_state = false, r->small = false;
}

/* A big city whose name is also a dictionary word, capitalized inside a
 * sentence, in a state of the document, and no person's name: "funds
 * withheld from Boulder" in a Colorado story. */
static void big_word_place(const spot_ctx *s, const resolve_in *in, narrowing *r) {
    const polex_gazetteer *g = s->lk->gaz;
    if (!(in->m.flags & GZ_KEY_COMMON) || (in->m.flags & GZ_KEY_HAND) || r->evidence ||
        !(in->i > 0 || subject_start(s, in->j)) || in->title)
        return;
    needs_doc(s, LINK_NEEDS_DOC);
    uint32_t tmp[MAX_CANDS];
    size_t k = 0;
    /* a county under its bare name is a consolidated city ("Anchorage":
     * the borough; "Anchorage sued" in an Alaska story), so it counts
     * as a place here (a county's own name has "County" in it) */
    for (size_t q = 0; s->ctx && q < r->n; q++)
        if (gz_div_at(g, r->c[q])->level != GZ_LEVEL_STATE &&
            gz_div_at(g, r->c[q])->pop >= PROPER_WORD_PLACE &&
            keep_in_ctx(gz_div_at(g, r->c[q]), s->ctx))
            tmp[k++] = r->c[q];
    /* several states of the document have one: the sentence's own names
     * tell ("Denver, Aurora and Boulder" in a story also naming Chicago) */
    for (size_t f = 0; k > 1 && f < s->n_found; f++)
        if (s->found[f].div >= 0)
            k = narrow_to_state(g, tmp, k, gz_div_at(g, (uint32_t)s->found[f].div)->state,
                                STATES_HERE);
    if (k == 1 && !surname(s, in)) {
        settle_on(r, tmp[0]);
        r->proper = true;
    }
}

/* The one candidate place (into *pick) listed next to a local division of
 * its state (listed_with_local; for a word of the hand-made list, next to
 * a name no ordinary word is: listed_with), in the document's states when
 * ctx is given, and no person's surname; false when none or several. */
static bool one_listed_place(const spot_ctx *s, const resolve_in *in, const narrowing *r,
                             const link_context *ctx, bool hand, uint32_t *pick) {
    const polex_gazetteer *g = s->lk->gaz;
    size_t k = 0;
    for (size_t q = 0; q < r->n; q++) {
        const gz_div *d = gz_div_at(g, r->c[q]);
        if (d->level == GZ_LEVEL_PLACE && (!ctx || keep_in_ctx(d, ctx)) &&
            (hand ? listed_with(s, in->i, in->j, names_local_in, d->state)
                  : listed_with_local(s, in->i, in->j, d->state)))
            *pick = r->c[q], k++;
    }
    return k == 1 && !surname(s, in);
}

/* ... of any size, and at the start of a sentence too, when a list item
 * next to it is a place or county of its state ("Providence and Central
 * Falls won in the 1st Circuit", "grants to Flagstaff and Coconino
 * County"); a word of the hand-made list too ("Franklin and Columbia",
 * "Reading, Allentown and Harrisburg"), when that item is a name no
 * ordinary word: the list says a place is meant as a qualifier would. */
static void listed_word_place(const spot_ctx *s, const resolve_in *in, narrowing *r) {
    if (!(in->m.flags & GZ_KEY_COMMON) || r->evidence || r->proper || in->title) return;
    needs_doc(s, LINK_NEEDS_DOC);
    uint32_t pick;
    if (s->ctx && one_listed_place(s, in, r, s->ctx, (in->m.flags & GZ_KEY_HAND) != 0, &pick)) {
        settle_on(r, pick);
        r->proper = true;
    }
}

/* A small town (every namesake small) listed next to a local division of
 * its state ("Hillsboro and Canby adopted similar policies"). */
static void listed_small_town(const spot_ctx *s, const resolve_in *in, narrowing *r) {
    const polex_gazetteer *g = s->lk->gaz;
    if ((in->m.flags & GZ_KEY_COMMON) || r->evidence || r->proper || in->title) return;
    for (size_t q = 0; q < r->n; q++)
        if (gz_div_at(g, r->c[q])->pop >= SMALL_PLACE) return;
    uint32_t pick;
    if (one_listed_place(s, in, r, NULL, false, &pick)) {
        settle_on(r, pick);
        r->evidence = true;
    }
}

/* ... or, whatever the document's states, an ordinary word written as a
 * name: with a possessive ("Providence's appeal") or as an item of a
 * list of big cities inside a sentence ("led by Boston and Providence";
 * at its start the capital says nothing), when one place of that name
 * dwarfs every namesake; or listed with a name that is one state's alone,
 * where a place of the word lies too ("Concord, Dover and Nashua"). */
static void written_word_place(const spot_ctx *s, const resolve_in *in, narrowing *r) {
    const polex_gazetteer *g = s->lk->gaz;
    if (!(in->m.flags & GZ_KEY_COMMON) || (in->m.flags & GZ_KEY_HAND) || r->evidence || r->proper ||
        r->has_state || in->title)
        return;
    if (((in->j < s->nw && possessive_s(s, in->j)) ||
         (in->i > 0 && listed_with_city(s, in->i, in->j))) &&
        !surname(s, in) && dwarfing_place(g, r->c, r->n)) {
        r->n = 1, r->proper = true, r->small = false;
        return;
    }
    if (listed_in_state_of(s, in, r->c, r->n)) r->evidence = true;
}

/* Narrows by the document: its county for a bare name, its states (unless
 * a candidate outside them dwarfs those inside), then a list item's state,
 * the sentence's, the federal district's, the previous sentences', the
 * dateline's and the home state; a place over a county of its name. */
static void narrow_by_document(const spot_ctx *s, const resolve_in *in, narrowing *r) {
    const polex_gazetteer *g = s->lk->gaz;
    if (!in->has_county_word && !r->has_state && !in->qual)
        r->n = add_doc_county(s, in, r->c, r->n);
    /* one candidate dwarfing all the others wins whatever the document's
     * states are (see dwarfed_by): no need to gather them */
    bool settled = r->n > 1 && dominant(g, r->c, r->n) && !(in->m.flags & GZ_KEY_COMMON);
    bool may_narrow =
        !settled && (r->n > 1 || (!r->evidence && ((in->m.flags & GZ_KEY_COMMON) || r->small)));
    if (may_narrow) needs_doc(s, LINK_NEEDS_DOC);
    if (s->ctx && may_narrow) {
        uint32_t tmp[MAX_CANDS];
        memcpy(tmp, r->c, r->n * sizeof *r->c);
        size_t k = filter(g, tmp, r->n, keep_in_ctx, s->ctx, true);
        if (k > 0 && !dwarfed_by(g, tmp, k, r->c, r->n, STATES_OF_DOC)) {
            memcpy(r->c, tmp, k * sizeof *r->c);
            r->n = k;
            r->ctx_support = true;
        }
    }
    /* a list item next to it names a local division of one candidate's
     * state ("sued Newark, Jersey City, Paterson and Hoboken" in an Albany
     * story): the list's state, before the sentence's and the dateline's */
    if (r->n > 1) r->n = narrow_to_list(s, in, r->c, r->n);
    /* still several: the states of this sentence, then the dateline's */
    for (size_t f = 0; r->n > 1 && f < s->n_found; f++)
        if (s->found[f].div >= 0)
            r->n = narrow_near(g, r->c, r->n, gz_div_at(g, (uint32_t)s->found[f].div)->state,
                               STATES_HERE, r->ctx_support);
    /* the federal district a case is in names the state of its parties
     * ("a complaint in the U.S. District Court for the District of Vermont
     * against the City of Burlington"), though the district itself is no
     * jurisdiction of the event */
    if (r->n > 1 && s->district[0]) r->n = narrow_to_state(g, r->c, r->n, s->district, STATES_HERE);
    if (r->n > 1) needs_doc(s, LINK_NEEDS_DOC);
    if (r->n > 1 && s->ctx) r->n = narrow_to_previous(s, r->c, r->n, r->ctx_support);
    if (r->n > 1) needs_doc(s, LINK_NEEDS_DATELINE);
    if (r->n > 1 && s->ctx && s->ctx->dateline_state[0])
        r->n = narrow_near(g, r->c, r->n, s->ctx->dateline_state, STATES_HERE, r->ctx_support);
    /* namesakes in several of the document's states ("City of Portland" in
     * a Maine release whose coalition list names Oregon): the state the
     * document is about, unless its candidate is dwarfed */
    if (r->n > 1 && s->ctx) {
        const char *home = home_state(link_doc_states(s->ctx));
        if (home) r->n = narrow_near(g, r->c, r->n, home, STATES_BEFORE, r->ctx_support);
    }
    if (r->n > 1 && !in->has_county_word && s->ctx && in->j == in->i + 1)
        r->n = namesake_county(s, in, r->c, r->n);
    if (r->n > 1 && !in->has_county_word) r->n = places_over_counties(g, r->c, r->n);
}

/* The candidate left: by population when several remain (the largest, if
 * twice the next; else none, and not strong), then only with the evidence
 * an ordinary word or a small place needs; -1 when none. */
static int pick(const spot_ctx *s, const resolve_in *in, narrowing *r, bool *strong,
                bool *evident) {
    const polex_gazetteer *g = s->lk->gaz;
    if (r->n > 1) {
        *strong = false;
        size_t best = 0, second = SIZE_MAX;
        for (size_t k = 1; k < r->n; k++)
            if (gz_div_at(g, r->c[k])->pop > gz_div_at(g, r->c[best])->pop) best = k;
        for (size_t k = 0; k < r->n; k++)
            if (k != best && (second == SIZE_MAX ||
                              gz_div_at(g, r->c[k])->pop > gz_div_at(g, r->c[second])->pop))
                second = k;
        if ((uint64_t)gz_div_at(g, r->c[best])->pop < 2 * (uint64_t)gz_div_at(g, r->c[second])->pop)
            return -1;
        r->c[0] = r->c[best];
    }
    const gz_div *d = gz_div_at(g, r->c[0]);
    /* an ordinary word needs explicit evidence; a state named so ("Washington")
     * may also lean on the document's states */
    if ((in->m.flags & GZ_KEY_COMMON) && !r->evidence && !r->proper &&
        !(r->ctx_support && d->level == GZ_LEVEL_STATE))
        return -1;
    if (!r->evidence && small_place(d, in) && (!r->ctx_support || surname(s, in))) return -1;
    *evident = r->evidence;
    return (int)r->c[0];
}

/* The division the name in (its candidates, qualifiers and words) means,
 * or -1: the candidates are narrowed by the name's own evidence, then the
 * sentence's, then the document's, and population decides last.
 * *used_qual: a qualifier chose it; *strong: not population; *evident:
 * explicit evidence. */
static int resolve(const spot_ctx *s, const resolve_in *in, bool *used_qual, bool *strong,
                   bool *evident) {
    const polex_gazetteer *g = s->lk->gaz;
    narrowing r; /* (its candidates copied, not zeroed: resolve runs for every name) */
    r.n = in->m.n < MAX_CANDS ? in->m.n : MAX_CANDS;
    r.has_state = r.cued = r.proper = r.small = r.ctx_support = false;
    r.other = NULL;
    memcpy(r.c, in->m.divs, r.n * sizeof *r.c);
    r.n = filter(g, r.c, r.n, keep_not_country, NULL, true);
    if (in->state_only) r.n = filter(g, r.c, r.n, keep_state_level, NULL, true);
    /* "in Lakewood, the township committee repealed": a township by its
     * bare name, in a sentence that calls it one */
    if (!in->has_county_word && !in->state_only && says_township(s))
        r.n = add_townships(s, in, r.c, r.n);
    if (r.n == 0) return -1;
    r.evidence = (in->m.flags & GZ_KEY_ALIAS) != 0 || in->state_only;
    *used_qual = false;
    *strong = true;
    *evident = false;
    int d = by_qualifier(s, in, &r, used_qual);
    if (d == RESOLVE_ON) d = state_or_place(s, in, &r);
    if (d != RESOLVE_ON) return d;
    if (federal_capital(s, in, &r)) return -1;
    place_cues(s, in, &r);
    narrow_by_sentence(s, in, &r);
    if (!r.evidence) {
        int cd = county_reading(s, in, &r);
        if (cd >= 0) return cd;
    }
    by_license(s, in, &r);
    big_word_place(s, in, &r);
    listed_word_place(s, in, &r);
    listed_small_town(s, in, &r);
    written_word_place(s, in, &r);
    if ((in->m.flags & GZ_KEY_COMMON) && !r.evidence && !r.proper && !r.has_state) return -1;
    narrow_by_document(s, in, &r);
    return pick(s, in, &r, strong, evident);
}

/* The qualifier closing the list that goes on after word j - 1 ("Rochester
 * and Syracuse, N.Y.", "Lowell, Lawrence and Worcester, Mass."): it places
 * every item. NULL when the list ends without one, or goes on after it
 * ("Denver, Texas and Ohio" lists states). Items are up to three
 * capitalized words. */
static const char *list_qualifier(const spot_ctx *s, size_t j) {
    size_t b, e = j;
    for (int item = 0; item < LIST_ITEMS && next_item(s, e, &b); item++) {
        if ((e = item_end(s, b)) == b) return NULL;
        size_t nq = 0;
        const char *st = qualifier(s, e, &nq);
        if (st) {
            size_t after = e + nq;
            bool goes_on =
                after < s->nw && (and_or(s, after) || (comma_before(s, after) && s->w[after].cap));
            return goes_on ? NULL : st;
        }
    }
    return NULL;
}

/* Word j opens a qualifier in parentheses ("Springfield (Mo.) sued",
 * "Springfield (Ill.)"): "(" before it, nothing else between the words,
 * and ")" right after a word of it within n words. */
static bool paren_open(const spot_ctx *s, size_t j) {
    bool paren = false;
    for (uint32_t p = s->w[j - 1].end; p < s->w[j].start; p++)
        if (s->t[p] == '(' && !paren)
            paren = true;
        else if (s->t[p] != ' ')
            return false;
    return paren;
}

/* The n words at j close with ")" when they open with "(" (and not else). */
static bool paren_closed(const spot_ctx *s, size_t j, size_t n, bool paren) {
    uint32_t b = s->w[j + n - 1].end;
    bool close = s->t[b] == ')' || (s->t[b] == '.' && s->t[b + 1] == ')');
    return !paren || close;
}

/* The light key of a dotted abbreviation written with spaces ("W. Va.",
 * "N. C."): the spaces after its dots dropped, as state_abbrev.tsv writes it
 * ("W.Va."). 0 when there is no such space. */
static size_t tight_key(const char *key, char *out, size_t cap) {
    size_t o = 0;
    bool dropped = false;
    for (size_t k = 0; key[k] && o + 1 < cap; k++) {
        if (key[k] == ' ' && k > 0 && key[k - 1] == '.') {
            dropped = true;
            continue;
        }
        out[o++] = key[k];
    }
    out[o] = '\0';
    return dropped ? o : 0;
}

/* Postal code of a ", State" or "(State)" qualifier starting at word j; *nq
 * its word count. */
static const char *qualifier(const spot_ctx *s, size_t j, size_t *nq) {
    if (j >= s->nw || !s->w[j].punct_before || !s->w[j].cap) return NULL;
    bool paren = paren_open(s, j);
    for (uint32_t p = s->w[j - 1].end; p < s->w[j].start && !paren; p++)
        if (s->t[p] != ',' && s->t[p] != ' ') return NULL;
    char key[GZ_KEY_MAX], tight[GZ_KEY_MAX];
    for (size_t n = 3; n >= 1; n--) {
        if (j + n > s->nw || !valid_ngram(s, j, n) || !paren_closed(s, j, n, paren)) continue;
        uint32_t a = s->w[j].start, b = s->w[j + n - 1].end;
        /* postal codes are written in capitals; "Mo" is "Mo." whose period
         * also ends the sentence ("... and Kansas City, Mo.") */
        bool dotted = n == 1 && s->t[b] == '.';
        bool lower_pair = n == 1 && b - a == 2 &&
                          !(isupper((unsigned char)s->t[a]) && isupper((unsigned char)s->t[a + 1]));
        if (lower_pair && !dotted) continue;
        gz_light_key(s->t + a, b - a, key, sizeof key);
        const char *st = lower_pair ? NULL : gz_qualifier_state(s->lk->gaz, key);
        if (!st && dotted) {
            gz_light_key(s->t + a, b - a + 1, key, sizeof key);
            st = gz_qualifier_state(s->lk->gaz, key);
        }
        if (!st && n > 1 && tight_key(key, tight, sizeof tight))
            st = gz_qualifier_state(s->lk->gaz, tight);
        /* "New York State, New York City": the start of the next item's
         * name, no qualifier */
        size_t e = j + n;
        if (st && e < s->nw && !s->w[e].punct_before && s->t[b] != '.' && !shouted(s, j) &&
            (word_is(s, e, "city") || word_is(s, e, "county") || word_is(s, e, "parish")))
            return NULL;
        if (st) {
            *nq = n;
            return st;
        }
    }
    return NULL;
}

/* Word i is the "s" of a possessive inside a name ("Prince George's
 * County"): the splitter ends "George" before "'s". */
static inline bool possessive_s(const spot_ctx *s, size_t i) {
    if (i == 0 || s->w[i].end - s->w[i].start != 1 || (s->t[s->w[i].start] | 0x20) != 's')
        return false;
    uint32_t gap = s->w[i].start - s->w[i - 1].end;
    const unsigned char *g = (const unsigned char *)s->t + s->w[i - 1].end;
    return s->w[i - 1].cap && ((gap == 1 && g[0] == '\'') ||
                               (gap == 3 && g[0] == 0xE2 && g[1] == 0x80 && g[2] == 0x99));
}

/* Keys of the n-grams at word i, n = 1..run: each word's key joined by
 * single spaces, so that the key of an n-gram is a prefix of the longest
 * one (len[n] bytes; words are separated by spaces only). Returns how many
 * words fit in cap. */
typedef size_t (*key_fn)(const char *s, size_t n, char *out, size_t cap);
static size_t ngram_keys(const spot_ctx *s, size_t i, size_t run, key_fn fn, char *out, size_t cap,
                         size_t *len) {
    size_t o = 0, k = 0;
    for (; k < run; k++) {
        if (k > 0 && !possessive_s(s, i + k)) { /* "George's": one word, "georges" */
            if (o + 2 >= cap) break;
            out[o++] = ' ';
        }
        size_t l =
            fn(s->t + s->w[i + k].start, s->w[i + k].end - s->w[i + k].start, out + o, cap - o);
        if (l == 0) break;
        o += l;
        len[k + 1] = o;
    }
    return k;
}

/* The population of the largest division of m. */
static uint32_t max_pop(const polex_gazetteer *g, const gz_match *m) {
    uint32_t best = 0;
    for (uint32_t k = 0; k < m->n; k++)
        if (gz_div_at(g, m->divs[k])->pop > best) best = gz_div_at(g, m->divs[k])->pop;
    return best;
}

/* The largest local division of m (0 when none; Denver is a county). */
static uint32_t max_local_pop(const polex_gazetteer *g, const gz_match *m) {
    uint32_t best = 0;
    for (uint32_t k = 0; k < m->n; k++) {
        const gz_div *d = gz_div_at(g, m->divs[k]);
        if (d->level > GZ_LEVEL_STATE && d->pop > best) best = d->pop;
    }
    return best;
}

/* The n-gram at word i ends in "City" and a city office follows ("Denver
 * City Council", "Lincoln City Attorney"): the city word may be the
 * office's, not the name's (Denver City, Texas; Lincoln City, Ore.). */
static bool city_office_after(const spot_ctx *s, size_t i, size_t n) {
    size_t j = i + n;
    return j < s->nw && word_is(s, j - 1, "city") && s->w[j].cap && !s->w[j].punct_before &&
           (word_is(s, j, "council") || word_is(s, j, "hall") || word_is(s, j, "attorney") ||
            word_is(s, j, "manager") || word_is(s, j, "clerk") || word_is(s, j, "commission") ||
            word_is(s, j, "councilor") || word_is(s, j, "solicitor") || word_is(s, j, "auditor"));
}

/* Longest n-gram at word i with a gazetteer key; 0 when none. Each key is
 * built once for all n (a prefix per n), not once per n. */
static size_t longest(const spot_ctx *s, size_t i, gz_match *m) {
    unsigned may = gz_may_start(s->lk->gaz, s->t + s->w[i].start, s->w[i].end - s->w[i].start);
    if (!may) return 0;
    size_t maxn = s->nw - i < MAX_NGRAM ? s->nw - i : MAX_NGRAM, run = 1;
    /* the words a name may span: capitalized ones and connectors, no punctuation */
    while (run < maxn &&
           ((!s->w[i + run].punct_before && name_inner(s, i + run)) || possessive_s(s, i + run)))
        run++;
    char alias[GZ_KEY_MAX], name[GZ_KEY_MAX];
    size_t alen[MAX_NGRAM + 1], nlen[MAX_NGRAM + 1], na = 0, nn = 0;
    alias[0] = GZ_ALIAS_MARK;
    if (may & GZ_MAY_ALIAS)
        na = ngram_keys(s, i, run, gz_light_key, alias + 1, sizeof alias - 1, alen);
    if (may & GZ_MAY_NAME) nn = ngram_keys(s, i, run, gz_norm_key, name, sizeof name, nlen);
    for (size_t n = run; n >= 1; n--) {
        /* a name ends in a capitalized word ("Prince George's" too) */
        if (!name_cap(s, i + n - 1) && !possessive_s(s, i + n - 1)) continue;
        if (n <= na && gz_lookup_n(s->lk->gaz, alias, 1 + alen[n], m) && m->n > 0) return n;
        if (n <= nn && gz_lookup_n(s->lk->gaz, name, nlen[n], m) && m->n > 0) {
            /* "Saint Paul's ordinance" is Saint Paul's, not St. Pauls, N.C.:
             * a possessive ends the name when the name without it is larger */
            gz_match o;
            if (n >= 2 && possessive_s(s, i + n - 1) &&
                gz_lookup_n(s->lk->gaz, name, nlen[n - 1], &o) && o.n > 0 &&
                max_pop(s->lk->gaz, &o) > max_pop(s->lk->gaz, m)) {
                *m = o;
                return n - 1;
            }
            if (n >= 2 && city_office_after(s, i, n) &&
                gz_lookup_n(s->lk->gaz, name, nlen[n - 1], &o) && o.n > 0 &&
                max_local_pop(s->lk->gaz, &o) >=
                    CITY_WORD_RATIO * (uint64_t)max_pop(s->lk->gaz, m)) {
                *m = o;
                return n - 1;
            }
            return n;
        }
    }
    return 0;
}

/* A headline: at least four words, nearly all the longer ones capitalized. */
static bool title_case(const spot_ctx *s) {
    size_t caps = 0, longer = 0;
    for (size_t i = 0; i < s->nw; i++) {
        if (s->w[i].end - s->w[i].start < 4) continue; /* "in", "of", "the" stay small */
        longer++;
        caps += s->w[i].cap;
    }
    return longer >= 4 && caps * 10 >= longer * 9;
}

/* "County of X" / "Parish of X" at words i-2, i-1: the longest n-gram at i
 * whose "X County" / "X Parish" is a key; 0 when none. */
static size_t county_of(const spot_ctx *s, size_t i, gz_match *m) {
    if (i < 2 || s->w[i - 1].punct_before || s->w[i].punct_before || !word_is(s, i - 1, "of"))
        return 0;
    /* "Township of Edison" is "Edison Township" (a township goes by its full
     * name); "the Municipality of San Juan" is Puerto Rico's municipio */
    const char *kind = word_is(s, i - 2, "county")         ? " county"
                       : word_is(s, i - 2, "parish")       ? " parish"
                       : word_is(s, i - 2, "township")     ? " township"
                       : word_is(s, i - 2, "municipality") ? " municipio"
                                                           : NULL;
    if (!kind) return 0;
    char key[GZ_KEY_MAX];
    size_t maxn = s->nw - i < MAX_NGRAM ? s->nw - i : MAX_NGRAM;
    for (size_t n = maxn; n >= 1; n--) {
        if (!valid_ngram(s, i, n)) continue;
        uint32_t a = s->w[i].start, b = s->w[i + n - 1].end;
        size_t kl = gz_norm_key(s->t + a, b - a, key, sizeof key);
        if (!kl || kl + strlen(kind) + 1 > sizeof key) continue;
        memcpy(key + kl, kind, strlen(kind) + 1);
        if (gz_lookup(s->lk->gaz, key, m) && m->n > 0) return n;
    }
    return 0;
}

size_t link_spot(const polex_linker *lk, const char *text, uint32_t start, uint32_t end,
                 const link_context *ctx, link_mention *out, size_t max) {
    link_word w[LINK_MAX_WORDS];
    link_text x = {text, w, link_words_split(text, start, end, w, LINK_MAX_WORDS), end};
    return link_spot_text(lk, &x, ctx, out, max);
}

/* Word i is "and"/"or" (also "AND" in a headline in capitals). */
static bool list_conj(const spot_ctx *s, size_t i) {
    return word_is(s, i, "and") || word_is(s, i, "or");
}

/* The list of names before word c ("counties") names states only ("Texas
 * counties", "Utah, Idaho counties", "Washington and Oregon counties"): the
 * counties of those states, not counties of those names. */
static bool states_before(const spot_ctx *s, size_t c) {
    size_t e = c, items = 0;
    while (e > 0) {
        size_t b = e;
        while (b > 0 && s->w[b - 1].cap && !list_conj(s, b - 1) && e - b < 3 &&
               (b == e || !s->w[b].punct_before))
            b--;
        if (b == e && items > 0) break; /* "last year, Oregon counties": no item before */
        if (b == e || !names_state(s, b, e)) return false;
        items++;
        if (!prev_item(s, b, &e)) break;
    }
    return items >= 1;
}

/* The capitalized words before word c end a list of names ("Gaston and
 * Henderson Counties"): "Counties" in capitals after one name may be a
 * county's own ("Kings Counties Alliance"). */
static bool after_list(const spot_ctx *s, size_t c) {
    size_t b = c, e;
    while (b > 0 && s->w[b - 1].cap && !list_conj(s, b - 1) && c - b < 4 &&
           (b == c || !s->w[b].punct_before))
        b--;
    return b < c && prev_item(s, b, &e);
}

/* Word i names a county's officers or bodies ("sheriffs", "jail", "board"). */
static bool county_officers(const spot_ctx *s, size_t i) {
    static const char *const nouns[] = {"sheriff",       "sheriffs",   "jail",        "jails",
                                        "board",         "boards",     "officials",   "supervisors",
                                        "commissioners", "prosecutor", "prosecutors", "attorney",
                                        "attorneys",     "executive",  "executives"};
    for (size_t k = 0; k < sizeof nouns / sizeof *nouns; k++)
        if (word_is(s, i, nouns[k])) return true;
    return false;
}

/* Whether two postal codes are the same. */
static bool same_state(const char *a, const char *b) {
    return a[0] == b[0] && a[1] == b[1];
}

/* The county (or parish) of mention m's name in state st, or -1. */
static int county_in(const spot_ctx *s, const link_mention *m, const char *st) {
    static const char *const kinds[] = {" county", " parish"};
    char key[GZ_KEY_MAX];
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
        size_t kl = gz_norm_key(s->t + m->start, m->end - m->start, key, sizeof key);
        size_t sl = strlen(kinds[k]);
        gz_match cm;
        if (!kl || kl + sl + 1 > sizeof key) return -1;
        memcpy(key + kl, kinds[k], sl + 1);
        if (!gz_lookup(s->lk->gaz, key, &cm)) continue;
        for (uint32_t q = 0; q < cm.n; q++) {
            const gz_div *d = gz_div_at(s->lk->gaz, cm.divs[q]);
            if (d->level == GZ_LEVEL_COUNTY && same_state(d->state, st)) return (int)cm.divs[q];
        }
    }
    return -1;
}

/* The one state in which every mention of m (n) has a county of its name,
 * or NULL when none or several do. */
static const char *shared_county_state(const spot_ctx *s, const link_mention *m, size_t n) {
    const polex_gazetteer *g = s->lk->gaz;
    const char *one = NULL;
    for (size_t a = 0; a < n; a++) {
        const char *st = gz_div_at(g, (uint32_t)m[a].div)->state;
        bool all = true;
        for (size_t b = 0; b < n && all; b++)
            all = county_in(s, &m[b], st) >= 0;
        if (!all) continue;
        if (one && !same_state(one, st)) return NULL; /* two states would do */
        one = st;
    }
    return one;
}

/* "The sheriffs of Berkeley and Jefferson counties" in a story that also
 * covers Jefferson County, Ky.: the items of one "counties" list are of one
 * state when their names allow it, so an item resolved elsewhere moves to
 * its namesake in the state the others share. */
static void one_list_state(const spot_ctx *s, link_mention *m, size_t n) {
    const polex_gazetteer *g = s->lk->gaz;
    if (n < 2) return;
    const char *first = gz_div_at(g, (uint32_t)m[0].div)->state;
    bool mixed = false;
    for (size_t a = 1; a < n && !mixed; a++)
        mixed = !same_state(gz_div_at(g, (uint32_t)m[a].div)->state, first);
    const char *st = mixed ? shared_county_state(s, m, n) : NULL;
    for (size_t a = 0; st && a < n; a++)
        m[a].div = county_in(s, &m[a], st);
}

/* "Tulare and 11 other California counties" at word c ("counties"): the
 * name before "and <count> other" is one of them; the end of its item, or
 * c. */
static size_t before_others(const spot_ctx *s, size_t c) {
    size_t q = c;
    while (q > 0 && s->w[q - 1].cap && c - q < 3 && !s->w[q].punct_before)
        q--; /* "California" */
    if (q < 4 || !word_is(s, q - 1, "other") || s->w[q].punct_before) return c;
    size_t k = q - 2; /* the count */
    if (!(isdigit((unsigned char)s->t[s->w[k].start]) || word_is(s, k, "several") ||
          word_is(s, k, "two") || word_is(s, k, "three") || word_is(s, k, "four") ||
          word_is(s, k, "five") || word_is(s, k, "six") || word_is(s, k, "a")))
        return c;
    return word_is(s, k - 1, "and") && s->w[k - 2].cap ? k - 1 : c;
}

/* The kind (" county", " parish") the word c makes each item of the list
 * before it, or NULL: "counties", "parishes"; a lower-case "county" or
 * "parish" before its officers' noun ("the Kern and Riverside county
 * sheriffs", "the Jefferson and St. Tammany parish sheriffs"); a
 * capitalized "County" before officers only a county has, after a list
 * ("Kent and Jackson County Sheriffs", not "Denver and Adams County
 * officials": a city's and a county's). */
static const char *plural_county_kind(const spot_ctx *s, size_t c) {
    size_t len = s->w[c].end - s->w[c].start;
    if (len != 8 && len != 6) return NULL; /* "counties", "parishes", "county" */
    const char *kind = word_is(s, c, "counties")   ? " county"
                       : word_is(s, c, "parishes") ? " parish"
                                                   : NULL;
    if (len == 6 && (word_is(s, c, "county") || word_is(s, c, "parish")) && !s->w[c].cap &&
        c + 1 < s->nw && !s->w[c + 1].punct_before && county_officers(s, c + 1))
        kind = word_is(s, c, "county") ? " county" : " parish";
    if (len == 6 && word_is(s, c, "county") && s->w[c].cap && c + 1 < s->nw &&
        !s->w[c + 1].punct_before && (word_is(s, c + 1, "sheriffs") || word_is(s, c + 1, "jails")))
        kind = " county";
    if (!kind || s->w[c].punct_before || (s->w[c].cap && !after_list(s, c))) return NULL;
    return kind;
}

/* The first word of the list item ending before word e: up to four
 * capitalized words (a possessive inside: "Prince George's and Montgomery
 * counties"). */
static size_t county_item_start(const spot_ctx *s, size_t e) {
    size_t b = e;
    while (b > 0 && (s->w[b - 1].cap || possessive_s(s, b - 1)) && !list_conj(s, b - 1) &&
           e - b < 4 && (b == e || !s->w[b].punct_before || possessive_s(s, b)))
        b--;
    return b;
}

/* The longest county (kind) the item [b, e) names, into *m: "Long
 * Island's Nassau" is Nassau. Returns its first word, e when none. */
static size_t county_item(const spot_ctx *s, size_t b, size_t e, const char *kind, gz_match *m) {
    char key[GZ_KEY_MAX];
    if (b + 1 < e && word_is(s, b, "the")) b++; /* "The Jefferson and ... sheriffs" */
    for (size_t b0 = b; b < e; b++) {
        if (!s->w[b].cap || (b > b0 && !possessive_s(s, b - 1))) continue;
        size_t kl =
            gz_norm_key(s->t + s->w[b].start, s->w[e - 1].end - s->w[b].start, key, sizeof key);
        if (!kl || kl + strlen(kind) + 1 > sizeof key) continue;
        memcpy(key + kl, kind, strlen(kind) + 1);
        if (gz_lookup(s->lk->gaz, key, m) && m->n > 0) break;
    }
    return b;
}

/* Resolves the county of in, appending its mention to out (*nm); its
 * division, or -1. */
static int add_county(spot_ctx *s, resolve_in *in, link_mention *out, size_t *nm) {
    bool used_qual, strong, evident;
    s->found = out;
    s->n_found = *nm;
    int div = resolve(s, in, &used_qual, &strong, &evident);
    if (div >= 0)
        out[(*nm)++] = (link_mention){
            s->w[in->i].start, s->w[in->j - 1].end, div, false, 0, strong, evident, false};
    return div;
}

/* The counties of the list before word c (kind), last to first, appended
 * to out (*nm, at most max); an item left open may be settled by the
 * state of one before it ("Nassau and Suffolk counties"). Marks the words
 * used in taken. */
static void county_list(spot_ctx *s, size_t c, const char *kind, link_mention *out, size_t *nm,
                        size_t max, uint8_t *taken) {
    resolve_in later[8];
    size_t n_later = 0, e = before_others(s, c); /* items end before word e */
    /* "Utah, Idaho counties": counties of two states */
    if (e == c && states_before(s, c)) return;
    while (e > 0 && *nm < max) {
        size_t b = county_item_start(s, e);
        /* "the City of Philadelphia and Montgomery, Chester and Bucks
         * counties": a city named as one ends the list */
        if (b >= 2 && b < e && word_is(s, b - 1, "of") &&
            (word_is(s, b - 2, "city") || word_is(s, b - 2, "town") ||
             word_is(s, b - 2, "village")))
            break;
        gz_match m = {0};
        b = county_item(s, b, e, kind, &m);
        if (b == e) break;
        resolve_in in = {.m = m, .has_county_word = true, .i = b, .j = e};
        int div = add_county(s, &in, out, nm);
        if (div < 0 && n_later < 8) later[n_later++] = in;
        /* a county's name even when unresolved: not some place's ("Suffolk"),
         * unless a state's ("254 Texas counties") */
        for (size_t k = b; k < e && (div >= 0 || !names_state(s, b, e)); k++)
            taken[k] = 1;
        if (!prev_item(s, b, &e)) break;
    }
    /* (the items were taken last to first) */
    for (size_t q = 0; q < n_later && *nm < max; q++)
        add_county(s, &later[q], out, nm);
}

/* "Arlington and Fairfax counties", "Orleans, Jefferson and St. Tammany
 * parishes": each name is "<name> County" (or Parish). Marks the words used
 * in taken; returns the mentions written to out. */
static size_t plural_counties(spot_ctx *s, link_mention *out, size_t max, uint8_t *taken) {
    size_t nm = 0;
    for (size_t c = 1; c < s->nw; c++) {
        const char *kind = plural_county_kind(s, c);
        if (!kind) continue;
        size_t first = nm;
        county_list(s, c, kind, out, &nm, max, taken);
        one_list_state(s, out + first, nm - first);
        /* the names were found last to first: put them in text order */
        for (size_t i = first, j = nm; i + 1 < j; i++, j--) {
            link_mention t = out[i];
            out[i] = out[j - 1];
            out[j - 1] = t;
        }
    }
    return nm;
}

/* Whether the display name of a state ends in the word stem (len
 * letters): "North Carolina" and "South Carolina" end in "Carolina". */
static bool state_name_ends(const char *name, const char *stem, size_t len) {
    size_t nl = strlen(name);
    if (nl < len || strncasecmp(name + nl - len, stem, len) != 0) return false;
    return nl == len || name[nl - len - 1] == ' ';
}

/* "the Carolinas", "the Dakotas": the plural of a word that ends the names
 * of two or more states names each of them (one mention per state, all on
 * the plural's span). A name one state has alone ("the Floridas") or no
 * state has ("the Democrats") names none. */
static size_t plural_states(spot_ctx *s, link_mention *out, size_t max, uint8_t *taken) {
    const polex_gazetteer *g = s->lk->gaz;
    size_t nm = 0;
    for (size_t c = 1; c < s->nw; c++) {
        const char *wd = s->t + s->w[c].start;
        size_t len = s->w[c].end - s->w[c].start;
        if (!s->w[c].cap || len < 5 || wd[len - 1] != 's' || !word_is(s, c - 1, "the") ||
            s->w[c].punct_before || (c + 1 < s->nw && s->w[c + 1].cap && !s->w[c + 1].punct_before))
            continue;
        int idx[LINK_MAX_STATES];
        size_t k = 0;
        for (char a = 'a'; a <= 'z'; a++)
            for (char b = 'a'; b <= 'z' && k < LINK_MAX_STATES; b++) {
                const char code[3] = {a, b, 0};
                int d = gz_state_index(g, code);
                if (d >= 0 && gz_div_at(g, (uint32_t)d)->level == GZ_LEVEL_STATE &&
                    state_name_ends(gz_div_at(g, (uint32_t)d)->name, wd, len - 1))
                    idx[k++] = d;
            }
        if (k < 2 || nm + k > max) continue;
        for (size_t q = 0; q < k; q++)
            out[nm++] =
                (link_mention){s->w[c].start, s->w[c].end, idx[q], false, 0, true, true, false};
        taken[c] = 1;
    }
    return nm;
}

/* "Durham jail won't give ICE a release date", "Mecklenburg and Durham
 * Sheriffs Defy Detainer Law": a jail or a sheriff is a county's, so a
 * place named right before one stands for the county of its name in its
 * state, when that county is bigger than the place (it may hold it; not
 * Richmond, Va., an independent city with a sheriff of its own, and a small
 * Richmond County far away) and the state's counties have governments
 * (not Rhode Island's or Connecticut's: "the Providence jail"). Returns
 * that county, else div. */
static int sheriffs_county(const spot_ctx *s, const resolve_in *in, int div) {
    const gz_div *d = gz_div_at(s->lk->gaz, (uint32_t)div);
    size_t j = in->j;
    if (d->level != GZ_LEVEL_PLACE || same_state(d->state, "ri") || same_state(d->state, "ct") ||
        j >= s->nw || s->w[j].punct_before ||
        !(word_is(s, j, "jail") || word_is(s, j, "sheriff") || word_is(s, j, "sheriffs")))
        return div;
    resolve_in t = *in;
    if (!county_fallback(s, &t)) return div;
    for (uint32_t q = 0; q < t.m.n; q++) {
        const gz_div *c = gz_div_at(s->lk->gaz, t.m.divs[q]);
        if (c->level == GZ_LEVEL_COUNTY && same_state(c->state, d->state) && c->pop > d->pop)
            return (int)t.m.divs[q];
    }
    return div;
}

/* Replaces in->m by the candidates of "<name> County"; false when none. */
/* The name at word i is an item of a list after "Cities of" (1) or
 * "Counties of" (2): "the Cities of Providence and Central Falls", "the
 * Counties of Prince George's and Baltimore"; 0 otherwise. */
static int plural_kind(const spot_ctx *s, size_t k) {
    if (word_is(s, k, "cities") || word_is(s, k, "towns") || word_is(s, k, "villages")) return 1;
    return word_is(s, k, "counties") || word_is(s, k, "parishes") ? 2 : 0;
}

/* The plural a list after ", including" (at word h) speaks of when a
 * relative clause stands between: "Counties that currently decline ICE
 * detainers, including Dane and Milwaukee": the sentence's or clause's
 * subject, its first word or after a determiner, with "that"/"which"/"who"
 * after it; 0 when none. */
static int subject_plural(const spot_ctx *s, size_t h) {
    if (h < 3 || !s->w[h].punct_before) return 0;
    for (size_t p = h - 2; p + 12 > h && p > 0; p--) {
        if (s->w[p + 1].punct_before) return 0; /* one clause, unbroken */
        int kind = plural_kind(s, p - 1);
        if (!kind) continue;
        bool start = p - 1 == 0 || word_is(s, p - 2, "the") || word_is(s, p - 2, "several") ||
                     word_is(s, p - 2, "many") || word_is(s, p - 2, "some") ||
                     word_is(s, p - 2, "other") || word_is(s, p - 2, "most");
        bool rel = word_is(s, p, "that") || word_is(s, p, "which") || word_is(s, p, "who");
        return start && rel ? kind : 0;
    }
    return 0;
}

/* Whether t[a, b) is a dash between spaces (" — ", " – ", " - ", " -- "). */
static bool dash_after(const char *t, uint32_t a, uint32_t b) {
    while (a < b && t[a] == ' ')
        a++;
    while (b > a && t[b - 1] == ' ')
        b--;
    const unsigned char *u = (const unsigned char *)t + a;
    if (b - a == 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x94 || u[2] == 0x93)) return true;
    return (b - a == 1 && t[a] == '-') || (b - a == 2 && t[a] == '-' && t[a + 1] == '-');
}

static int plural_of(const spot_ctx *s, size_t i) {
    for (size_t k = i; k >= 2 && i - k <= 12; k--) {
        if (word_is(s, k - 1, "of")) return plural_kind(s, k - 2);
        /* "several Maryland counties, including Montgomery and Prince George's",
         * "counties such as Rockland and Putnam" */
        size_t h = k - 1;
        if (word_is(s, h, "as") && h >= 2 && word_is(s, h - 1, "such")) h--;
        if ((h < k - 1 || word_is(s, k - 1, "including") || word_is(s, k - 1, "like")) && h >= 1 &&
            !s->w[h - 1].cap)
            return plural_kind(s, h - 1) ? plural_kind(s, h - 1) : subject_plural(s, h);
        /* "Two Arizona counties, Pima and Santa Cruz, declined", "Three
         * Wisconsin counties — Eau Claire, La Crosse and Portage —": the
         * plural's apposition names them */
        if (s->w[k].punct_before && !s->w[k - 1].cap &&
            (s->t[s->w[k - 1].end] == ',' || dash_after(s->t, s->w[k - 1].end, s->w[k].start)) &&
            plural_kind(s, k - 1))
            return plural_kind(s, k - 1);
        /* ... after a relative clause on it: "the three counties that still
         * participate, Frederick, Harford and Cecil," */
        if (s->w[k].punct_before && !s->w[k - 1].cap && s->t[s->w[k - 1].end] == ',')
            for (size_t r = k - 1; r >= 2 && r + 7 > k; r--) {
                if (word_is(s, r, "that") || word_is(s, r, "which") || word_is(s, r, "who")) {
                    if (!s->w[r].punct_before && plural_kind(s, r - 1))
                        return plural_kind(s, r - 1);
                    break;
                }
                if (s->w[r].punct_before) break;
            }
        if (!s->w[k - 1].cap && !word_is(s, k - 1, "and") && !possessive_s(s, k - 1)) return 0;
    }
    return 0;
}

/* The divisions "<name><suffix>" names (suffix " county" or " parish"),
 * into in->m; false when none. */
static bool suffix_fallback(const spot_ctx *s, resolve_in *in, const char *suffix) {
    char key[GZ_KEY_MAX];
    uint32_t a = s->w[in->i].start, b = s->w[in->j - 1].end;
    size_t kl = gz_norm_key(s->t + a, b - a, key, sizeof key), sl = strlen(suffix);
    if (!kl || kl + sl + 1 > sizeof key) return false;
    memcpy(key + kl, suffix, sl + 1);
    gz_match m;
    if (!gz_lookup(s->lk->gaz, key, &m) || m.n == 0) return false;
    in->m = m;
    return true;
}
static bool county_fallback(const spot_ctx *s, resolve_in *in) {
    return suffix_fallback(s, in, " county");
}

/* A township named without the word, with its state after it ("Cherry
 * Hill, N.J.", "Teaneck, N.J."): the Census calls it "Cherry Hill
 * Township", no place has the bare name, and the state qualifier is the
 * evidence a bare township name needs (the gazetteer keeps townships under
 * their full name so that a bare "Lakewood" stays Colorado's). The longest
 * such n-gram at word i of more than longer_than words, with in->m set to
 * the townships; 0 when none. */
static size_t qualified_township(const spot_ctx *s, size_t i, size_t longer_than, resolve_in *in) {
    size_t maxn = s->nw - i < MAX_NGRAM ? s->nw - i : MAX_NGRAM;
    for (size_t n = maxn; n > longer_than; n--) {
        /* a qualifier follows punctuation ("Cherry Hill, N.J.") */
        if (i + n >= s->nw || !s->w[i + n].punct_before || !valid_ngram(s, i, n)) continue;
        size_t nq = 0;
        const char *st = qualifier(s, i + n, &nq);
        resolve_in t = *in;
        t.i = i, t.j = i + n;
        if (!st || !suffix_fallback(s, &t, " township")) continue;
        for (uint32_t k = 0; k < t.m.n; k++)
            if (!strcmp(gz_div_at(s->lk->gaz, t.m.divs[k])->state, st)) {
                in->m = t.m;
                return n;
            }
    }
    return 0;
}

/* The longest name at word i, into in->m; 0 when none. A qualified township
 * longer than a plain name wins ("Cherry Hill, N.J." is no "Cherry"). */
static size_t name_at(const spot_ctx *s, size_t i, resolve_in *in) {
    size_t n = longest(s, i, &in->m);
    resolve_in t = *in;
    size_t tn = qualified_township(s, i, n, &t);
    if (tn <= n) return n;
    in->m = t.m;
    return tn;
}

/* A big county that goes by its name alone ("Miami-Dade ended its
 * practices", "Broward"): a word that is no name of its own, whose
 * "<word> County" is one county of at least LINK_BARE_COUNTY people, and that
 * is nobody's name in the document ("Mayor Ann Travis"). 1 with in->m set
 * to the county, else 0. */
static size_t bare_county(const spot_ctx *s, size_t i, resolve_in *in) {
    size_t len = s->w[i].end - s->w[i].start;
    if (len >= 64 || !((s->lk->bare_lens >> len) & 1u) ||
        !((s->lk->bare_firsts >> ((unsigned char)s->t[s->w[i].start] & 31u)) & 1u))
        return 0; /* most words: no such county has a name of that shape */
    if (i + 1 < s->nw && !s->w[i + 1].punct_before && s->w[i + 1].cap) return 0;
    /* a function word opening a sentence ("Will cities sue?") names no county */
    if (in_words(s, i, s->lk->left_ok)) return 0;
    resolve_in t = *in;
    t.i = i, t.j = i + 1;
    if (!county_fallback(s, &t) || t.m.n != 1 || (t.m.flags & GZ_KEY_COMMON)) return 0;
    const gz_div *d = gz_div_at(s->lk->gaz, t.m.divs[0]);
    if (d->level != GZ_LEVEL_COUNTY || d->pop < LINK_BARE_COUNTY) return 0;
    needs_doc(s, LINK_NEEDS_DOC);
    if (!s->ctx || surname(s, &t)) return 0;
    in->m = t.m;
    in->has_county_word = true;
    return 1;
}

/* A name of no place, known only as "<name> County", goes by its bare name
 * when the document writes the county out ("Mecklenburg sheriff" in a story
 * on Mecklenburg County, N.C., though Virginia has one too; "Hennepin: The
 * jail does not hold ..."): one county of the document's states. 1 with
 * in->m set to it, else 0. */
static size_t doc_county(const spot_ctx *s, size_t i, resolve_in *in) {
    /* "<name> County" starts with the name: most words start no key at all */
    if (!(gz_may_start(s->lk->gaz, s->t + s->w[i].start, s->w[i].end - s->w[i].start) &
          GZ_MAY_NAME))
        return 0;
    if (shouted(s, i) || in_words(s, i, s->lk->left_ok) || in_words(s, i, s->lk->titles)) return 0;
    /* the name's words: capitalized ones and a possessive inside ("Prince
     * George's jail will stop holding inmates") */
    size_t e = i + 1;
    while (e < s->nw && e < i + 4 && ((!s->w[e].punct_before && s->w[e].cap) || possessive_s(s, e)))
        e++;
    if (e < s->nw && !s->w[e].punct_before && s->w[e].cap) return 0;
    for (; e > i; e--) {
        if (e < s->nw && e > i + 1 && !s->w[e].punct_before && s->w[e].cap) continue;
        if (e == i + 1 && i + 1 < s->nw && !s->w[i + 1].punct_before && s->w[i + 1].cap) return 0;
        resolve_in t = *in;
        t.i = i, t.j = e;
        t.m = (gz_match){0};
        gz_match cm;
        int div = county_of_name(s, &t, &cm);
        if (div < 0 || (cm.flags & GZ_KEY_COMMON) || (e == i + 1 && surname(s, &t))) continue;
        for (uint32_t q = 0; q < cm.n; q++)
            if (cm.divs[q] == (uint32_t)div) in->m = (gz_match){&cm.divs[q], 1, cm.flags};
        in->has_county_word = true;
        return e - i;
    }
    return 0;
}

/* A name known only with "County" after it, in a list after "Counties of"
 * ("the Counties of Prince George's and Baltimore"): its word count, with
 * in->m set to the county's candidates; 0 when none. */
static size_t listed_county(const spot_ctx *s, size_t i, resolve_in *in) {
    if (plural_of(s, i) != 2) return 0;
    size_t e = i + 1;
    while (e < s->nw && e < i + 4 && ((!s->w[e].punct_before && s->w[e].cap) || possessive_s(s, e)))
        e++;
    for (; e > i; e--) {
        resolve_in t = *in;
        t.i = i, t.j = e;
        if (county_fallback(s, &t)) {
            in->m = t.m;
            in->has_county_word = true;
            return e - i;
        }
    }
    return 0;
}

/* The state div named at word i is that of a federal judicial district
 * ("the Northern District of Illinois", "the District of Rhode Island") or
 * of a code of laws ("the Code of Virginia"): it names a court or a
 * statute, not a jurisdiction of the event. */
static bool court_district(const spot_ctx *s, size_t i, int div) {
    if (i < 2 || s->w[i].punct_before || s->w[i - 1].punct_before || !word_is(s, i - 1, "of") ||
        !s->w[i - 2].cap)
        return false;
    bool code = word_is(s, i - 2, "code");
    bool part = word_is(s, i - 2, "district") && i >= 3 && !s->w[i - 2].punct_before &&
                (word_is(s, i - 3, "northern") || word_is(s, i - 3, "southern") ||
                 word_is(s, i - 3, "eastern") || word_is(s, i - 3, "western") ||
                 word_is(s, i - 3, "middle") || word_is(s, i - 3, "central"));
    if (part) return true; /* "the Western District of New York": not the city either */
    if (!code && !word_is(s, i - 2, "district")) return false;
    return gz_div_at(s->lk->gaz, (uint32_t)div)->level == GZ_LEVEL_STATE;
}

/* Finds the state of a federal judicial district the sentence names
 * ("the District of Vermont", "the Eastern District of North Carolina")
 * into s->district: court_district drops the state itself. */
static void district_state(spot_ctx *s) {
    for (size_t i = 2; i < s->nw; i++) {
        if (!s->w[i].cap || s->w[i].punct_before || s->w[i - 1].punct_before ||
            !word_is(s, i - 1, "of") || !s->w[i - 2].cap || !word_is(s, i - 2, "district"))
            continue;
        for (size_t len = 3; len >= 1; len--) {
            if (i + len > s->nw) continue;
            bool joined = true;
            for (size_t q = i + 1; q < i + len && joined; q++)
                joined = s->w[q].cap && !s->w[q].punct_before;
            if (!joined) continue;
            char key[GZ_KEY_MAX];
            size_t n = gz_norm_key(s->t + s->w[i].start, s->w[i + len - 1].end - s->w[i].start, key,
                                   sizeof key);
            gz_match m;
            if (!n || !gz_lookup(s->lk->gaz, key, &m)) continue;
            for (uint32_t k = 0; k < m.n; k++) {
                const gz_div *d = gz_div_at(s->lk->gaz, m.divs[k]);
                if (d->level == GZ_LEVEL_STATE) {
                    memcpy(s->district, d->state, 3);
                    return;
                }
            }
        }
    }
}

/* The state div named before word j heads the name of one of its
 * departments ("the Iowa Department of Public Safety"): the state acting,
 * unless the event names something else ("directing the Iowa Department of
 * Public Safety to suspend payments to Johnson County" is Johnson County's,
 * as the gold codes it). */
static bool state_agency(const spot_ctx *s, size_t j, int div) {
    return j + 1 < s->nw && !s->w[j].punct_before && s->w[j].cap &&
           (word_is(s, j, "department") || word_is(s, j, "office") || word_is(s, j, "division") ||
            word_is(s, j, "agency")) &&
           word_is(s, j + 1, "of") && gz_div_at(s->lk->gaz, (uint32_t)div)->level == GZ_LEVEL_STATE;
}

/* Words from j, capitalized, name an agency of the state before them: a
 * few words ending in an agency's head noun ("Criminal Justice Institute",
 * "Emergency Management Agency", "Commission on Jail Standards"). The
 * state acts through it (the conventions). */
static bool agency_after(const spot_ctx *s, size_t j) {
    for (size_t q = j; q < s->nw && q < j + 4 && s->w[q].cap && !s->w[q].punct_before; q++)
        if (word_is(s, q, "Institute") || word_is(s, q, "Commission") || word_is(s, q, "Agency") ||
            word_is(s, q, "Authority") || word_is(s, q, "Bureau") || word_is(s, q, "Patrol") ||
            word_is(s, q, "Department") || word_is(s, q, "Division") || word_is(s, q, "Council") ||
            /* a state's lawmaking body ("the Oregon Legislative Assembly") */
            word_is(s, q, "Assembly") || word_is(s, q, "Board"))
            /* one word is a suffix's business ("Texas Commission"), unless
             * "of" says what it runs ("the Vermont Agency of Transportation") */
            return q > j || (q + 1 < s->nw && !s->w[q + 1].punct_before && word_is(s, q + 1, "of"));
    return false;
}

/* Words from j, capitalized, name a facility of the city before them: at
 * least two words ending in a public building's noun ("the Urbana Free
 * Library", "the Tucson Convention Center", "Burlington International
 * Airport"). A city's facility is the city's, as its agency is (dev gold
 * codes a city's order on "the New Haven Free Public Library" with New
 * Haven); a county's carries "County" and is the county's already. */
static bool facility_after(const spot_ctx *s, size_t j) {
    for (size_t q = j; q < s->nw && q < j + 4 && s->w[q].cap && !s->w[q].punct_before; q++)
        if (word_is(s, q, "Library") || word_is(s, q, "Center") || word_is(s, q, "Hall") ||
            word_is(s, q, "Airport") || word_is(s, q, "Jail"))
            return q > j; /* one word is a suffix's business ("Seattle Center") */
    return false;
}

/* Words from j, capitalized, name a program of the state before them
 * ("the Louisiana Community Development Block Grant program", "the Ohio
 * Local Government Fund"): the state's money, as a law named for a state
 * is that state's. */
static bool program_after(const spot_ctx *s, size_t j) {
    for (size_t q = j; q < s->nw && q < j + 5 && s->w[q].cap && !s->w[q].punct_before; q++)
        if (word_is(s, q, "Grant") || word_is(s, q, "Program") || word_is(s, q, "Fund"))
            return q > j;
    return false;
}

/* Words from j name a university, a college, a public broadcaster, a
 * school district or an organization's chapter after a name ("Arizona
 * State University", "Portland State College", "Colorado Public Radio",
 * "Oregon Public Broadcasting", "Spokane Public Schools", "the Maine
 * chapter of"): an organization, no jurisdiction. */
static bool college_after(const spot_ctx *s, size_t j) {
    if (j + 1 < s->nw && word_is(s, j, "public") && s->w[j].cap && !s->w[j].punct_before &&
        !s->w[j + 1].punct_before &&
        (word_is(s, j + 1, "radio") || word_is(s, j + 1, "media") ||
         word_is(s, j + 1, "broadcasting") || word_is(s, j + 1, "television") ||
         word_is(s, j + 1, "schools")))
        return true;
    /* "grants to Los Angeles Metro, ...": a transit agency named after the
     * city ("Louisville Metro" and "Metro Nashville", the consolidated
     * governments, are aliases matched before) */
    if (j >= 1 && j < s->nw && word_is(s, j, "metro") && s->w[j].cap && !s->w[j].punct_before &&
        !word_is(s, j - 1, "county") && /* "King County Metro" is the county's */
        (j + 1 == s->nw || s->w[j + 1].punct_before || !s->w[j + 1].cap))
        return true;
    /* "the Tompkins County Republican Committee": a county party's body (a
     * state's party still tells the document's state) */
    if (j >= 1 && j + 1 < s->nw && word_is(s, j - 1, "county") && s->w[j].cap && s->w[j + 1].cap &&
        !s->w[j].punct_before && !s->w[j + 1].punct_before &&
        (word_is(s, j, "republican") || word_is(s, j, "democratic")) &&
        (word_is(s, j + 1, "committee") || word_is(s, j + 1, "party") || word_is(s, j + 1, "club")))
        return true;
    /* "The Maine chapter of a national group", "the Ohio affiliate of the
     * ACLU": a branch of an organization, named for where it works */
    if (j + 1 < s->nw && !s->w[j].punct_before && !s->w[j + 1].punct_before &&
        (word_is(s, j, "chapter") || word_is(s, j, "affiliate")) && word_is(s, j + 1, "of"))
        return true;
    if (j < s->nw && word_is(s, j, "state") && !s->w[j].punct_before) j++;
    return j < s->nw && !s->w[j].punct_before && s->w[j].cap &&
           (word_is(s, j, "university") || word_is(s, j, "college"));
}

/* The name starting at word i is part of a court's name: "the Civil
 * District Court for the Parish of Orleans", "the Superior Court of
 * California", "the Court of Appeals of Maryland". */
static bool court_name(const spot_ctx *s, size_t i) {
    size_t k = i;
    if (k >= 1 && word_is(s, k - 1, "the") && !s->w[k].punct_before) k--;
    if (k < 2 || s->w[k].punct_before || !(word_is(s, k - 1, "of") || word_is(s, k - 1, "for")))
        return false;
    if (word_is(s, k - 2, "appeals") && k >= 4 && word_is(s, k - 3, "of")) k -= 2;
    /* "the Commissioners Court of El Paso County" is a Texas county's board */
    if (k >= 3 && word_is(s, k - 3, "commissioners")) return false;
    return s->w[k - 1].punct_before == false && s->w[k - 2].cap && word_is(s, k - 2, "court");
}

/* Word i is inside the name of a law ("the California Values Act", "the
 * Keep Washington Working Act", "the Ohio Revised Code"): a state named
 * there is the law's state. */
static bool act_name(const spot_ctx *s, size_t i) {
    /* a bill by its chamber's letters and number: "Texas SB 4", "OHIO HB 261" */
    size_t b = i + 1;
    if (b + 1 < s->nw && !s->w[b].punct_before && s->w[b].end - s->w[b].start == 2 &&
        (word_is(s, b, "hb") || word_is(s, b, "sb") || word_is(s, b, "ab") || word_is(s, b, "hf") ||
         word_is(s, b, "sf") || word_is(s, b, "ld") || word_is(s, b, "lb")) &&
        isdigit((unsigned char)s->t[s->w[b + 1].start]))
        return true;
    for (size_t k = i + 1; k < s->nw && k < i + 9 && !s->w[k].punct_before; k++) {
        if (!s->w[k].cap && !connector(s, k)) return false;
        if (s->w[k].cap && word_is(s, k, "act")) return true;
        /* a state's code of laws: "the South Carolina Code of Laws", "Chapter
         * 908, Florida Statutes", "Indiana Code 5-2-18.2-5" */
        if (s->w[k].cap && (word_is(s, k, "code") || word_is(s, k, "statutes"))) return true;
    }
    return false;
}

/* "Jackson County, home to most of Kansas City": the part of a landmark a
 * county holds (word i after "of"). */
static bool home_to_part(const spot_ctx *s, size_t i) {
    return i >= 4 && !s->w[i - 3].punct_before && word_is(s, i - 3, "to") &&
           word_is(s, i - 4, "home") &&
           (word_is(s, i - 2, "most") || word_is(s, i - 2, "part") || word_is(s, i - 2, "much") ||
            word_is(s, i - 2, "parts"));
}

/* Word i follows "in" after "none" ("sanctuary jurisdictions, none of them
 * in Missouri", "though none in Tennessee", "none of which is in Ohio"): the
 * name is where the members are not, no place of theirs. */
static bool none_in(const spot_ctx *s, size_t i) {
    size_t k = i - 2; /* the word before "in" */
    if (k > 0 && (word_is(s, k, "is") || word_is(s, k, "are") || word_is(s, k, "was") ||
                  word_is(s, k, "were") || word_is(s, k, "located") || word_is(s, k, "based")))
        k--;
    if (k >= 2 && word_is(s, k - 1, "of") &&
        (word_is(s, k, "them") || word_is(s, k, "which") || word_is(s, k, "those") ||
         word_is(s, k, "these")))
        k -= 2;
    return word_is(s, k, "none");
}

/* The name at word i (i >= 2) is no jurisdiction for the two words before
 * it: "ACLU of Nevada", "the University of Michigan" (an organization's
 * name), "Anoka County, north of Minneapolis", "Tarrant County, home to Fort
 * Worth", "a suburb next to Austin", "home to most of Kansas City", "near
 * Mount Horeb" (a landmark), "training in Charleston" (where officers learn), "letters
 * similar to Indianapolis's" (a comparison), "none of them in Iowa" (where
 * the members are not). Word lengths first: most names
 * follow none of these. */
static bool not_named(const spot_ctx *s, size_t i) {
    const link_word *a = &s->w[i - 2], *b = &s->w[i - 1];
    /* "a rural district near Mount Horeb": a landmark; not "inside or near
     * New Jersey courthouses" (the name modifies what follows) */
    if (b->end - b->start == 4 && word_is(s, i - 1, "near") && !b->cap)
        return !word_is(s, i - 2, "or") && !word_is(s, i - 2, "and");
    if (b->end - b->start != 2) return false;
    char c = (char)(s->t[a->start] | 0x20);
    if (word_is(s, i - 1, "of"))
        return ((c == 'n' || c == 's' || c == 'e' || c == 'w') && compass(s, i - 2)) ||
               (a->cap && in_words(s, i - 2, s->lk->org_heads)) || home_to_part(s, i);
    /* "letters similar to Indianapolis's": a comparison; "a suburb next to
     * Austin": a landmark */
    if (word_is(s, i - 1, "to"))
        return (a->punct_before && word_is(s, i - 2, "home")) || word_is(s, i - 2, "similar") ||
               word_is(s, i - 2, "next") || word_is(s, i - 2, "adjacent");
    if (word_is(s, i - 1, "in") && none_in(s, i)) return true;
    if (c != 't' && c != 'a' && c != 'c' && c != 'm' && c != 'w') return false;
    if (!word_is(s, i - 1, "in")) return false;
    /* "a four-week ICE training course in South Carolina", "begin ICE
     * training next month in South Carolina": the course's site too */
    size_t k = i - 2;
    if (k >= 2 && (word_is(s, k, "month") || word_is(s, k, "week")) &&
        (word_is(s, k - 1, "next") || word_is(s, k - 1, "this") || word_is(s, k - 1, "last")))
        k -= 2;
    if (k + 2 == i && word_is(s, k, "course")) return k >= 1 && word_is(s, k - 1, "training");
    return word_is(s, k, "training") || word_is(s, k, "trained") || word_is(s, k, "academy");
}

/* Word i follows "of"/"from" after a lawmaker's name ("state Rep. Dan
 * Caulkins of Decatur", "Sen. Jane Doe from Springfield"): the lawmaker's
 * home town, no party of the event. A mayor's or a sheriff's place ("Mayor
 * Ann Lee of Tacoma") stays: they act for it. */
static bool lawmaker_home(const spot_ctx *s, size_t i) {
    if (i < 4 || !(word_is(s, i - 1, "of") || word_is(s, i - 1, "from")) ||
        s->w[i - 1].punct_before || !s->w[i - 2].cap)
        return false;
    size_t k = i - 2;
    for (int names = 0; names < 3 && k > 0 && s->w[k].cap && !s->w[k].punct_before &&
                        !in_words(s, k, s->lk->titles);
         names++)
        k--;
    if (k + 2 > i - 1) return false; /* a first name and a surname at least */
    return word_is(s, k, "rep.") || word_is(s, k, "sen.") || word_is(s, k, "del.") ||
           word_is(s, k, "representative") || word_is(s, k, "senator") ||
           word_is(s, k, "assemblyman") || word_is(s, k, "assemblywoman") ||
           word_is(s, k, "assemblymember") || word_is(s, k, "delegate");
}

/* Word i follows a first name and a middle initial ("Mayor Malik D.
 * Evans"): a person's name. */
static bool middle_initial(const spot_ctx *s, size_t i) {
    if (i < 2 || !s->w[i - 2].cap) return false;
    const link_word *m = &s->w[i - 1]; /* "D" or "D." */
    uint32_t len = m->end - m->start;
    if (!isupper((unsigned char)s->t[m->start]) ||
        !((len == 1 && s->t[m->end] == '.') || (len == 2 && s->t[m->start + 1] == '.')))
        return false;
    return s->w[i - 2].end - s->w[i - 2].start > 1; /* not "U.S." nor "D.C." */
}

/* The one-word name before word j is a person's first name: a middle
 * initial and a capitalized word follow it ("the Alvin S. Glenn Detention
 * Center", "Harry S. Truman"), as middle_initial tells the surname. */
static bool first_name(const spot_ctx *s, size_t j) {
    if (j + 1 >= s->nw || s->w[j].punct_before || s->w[j + 1].punct_before || !s->w[j + 1].cap)
        return false;
    const link_word *m = &s->w[j];
    uint32_t len = m->end - m->start;
    return isupper((unsigned char)s->t[m->start]) &&
           ((len == 1 && s->t[m->end] == '.') || (len == 2 && s->t[m->start + 1] == '.'));
}

/* Word i, a person's surname elsewhere in the document, is the subject of
 * "said" ("'We are not a sanctuary county,' Wilson said"). */
static bool speaker(const spot_ctx *s, size_t i) {
    if (i + 1 >= s->nw || s->w[i + 1].punct_before ||
        !(word_is(s, i + 1, "said") || word_is(s, i + 1, "says") || word_is(s, i + 1, "told") ||
          word_is(s, i + 1, "added") || word_is(s, i + 1, "wrote")))
        return false;
    needs_doc(s, LINK_NEEDS_DOC); /* the cached context-free mentions cannot tell */
    resolve_in in = {.i = i, .j = i + 1};
    return surname(s, &in);
}

/* Word [b, e) of the document text: a title of people ("Gov.", "Sheriff"). */
static bool title_word(const polex_linker *lk, const char *b, const char *e) {
    return e > b && link_words_has(lk->titles, b, (size_t)(e - b));
}

/* A city word right after word j, or after its possessive ("Taylor police",
 * "Aurora's council"): a place is meant. */
static bool place_word_after(const spot_ctx *s, size_t j) {
    if (j < s->nw && possessive_s(s, j)) j++;
    return j < s->nw && !s->w[j].punct_before &&
           (in_words(s, j, s->lk->place_cues) || word_is(s, j, "police"));
}

/* The line around p has no lower-case word but short function words: a
 * Title Case headline, where verbs look like first names ("Gov. Lee Warns
 * Memphis"). */
static bool long_lower_word(const char *text, const char *from, const char *to) {
    for (const char *q = from; q < to && *q && *q != '\n'; q++) {
        if (!islower((unsigned char)*q) || (q > text && isalpha((unsigned char)q[-1]))) continue;
        size_t len = 0;
        while (q + len < to && isalpha((unsigned char)q[len]))
            len++;
        if (len > 4) return true;
    }
    return false;
}

static bool title_case_line(const char *text, const char *end, const char *p) {
    /* after p first: a normal line has a long lower-case word soon */
    if (long_lower_word(text, p, end)) return false;
    const char *b = p;
    while (b > text && b[-1] != '\n')
        b--;
    return !long_lower_word(text, b, p);
}

/* The one word at w[i] is a person's surname the document writes after a
 * title and a first name (and an initial) somewhere ("Gov. Wes Moore",
 * "Sheriff Keybo Taylor", "Mayor Christopher M. Taylor"): the bare name
 * ("Moore's office", "Taylor, who ended", "WITT (tape):") is that person
 * (the names are gathered once per document: link_doc_persons). */
static void link_doc_persons(const polex_linker *lk, const polex_doc *doc, struct link_persons *ps);

static bool titled_person(const spot_ctx *s, size_t i) {
    if (!s->ctx) return false;
    struct link_persons *ps = s->ctx->persons;
    const char *text = s->ctx->doc->text, *name = s->t + s->w[i].start;
    if (!ps->ready) {
        link_doc_persons(s->lk, s->ctx->doc, ps);
        ps->ready = true;
    }
    size_t n = s->w[i].end - s->w[i].start;
    for (size_t k = 0; k < ps->n; k++)
        if (ps->len[k] == n && !strncasecmp(text + ps->at[k], name, n)) return true;
    return false;
}

/* Words after a title on its line ("Gov. Wes Moore", "Sheriff Dawanna
 * Witt", "Mayor Christopher M. Taylor"): each capitalized one of the title,
 * its first names and initials and the name after them is a person's name,
 * unless the line is a Title Case headline, where verbs look like first
 * names ("Gov. Lee Warns Memphis": only the word right after the title). */
static void add_persons_after(struct link_persons *ps, const char *text, const char *end,
                              const char *te) {
    const char *p = te;
    for (int k = 0; k < 3 && ps->n < LINK_MAX_PERSONS; k++) {
        while (*p == ' ')
            p++;
        if (!*p || *p == '\n' || !isupper((unsigned char)*p)) return;
        const char *b = p;
        while (*p && *p != ' ' && *p != '\n')
            p++;
        size_t run = 0; /* "Moore's", "Taylor,": the name's letters */
        while (b + run < p && isalnum((unsigned char)b[run]))
            run++;
        if (run >= 3 && run < 256 && (k == 0 || !title_case_line(text, end, b))) {
            ps->at[ps->n] = (uint32_t)(b - text);
            ps->len[ps->n++] = (uint8_t)run;
        }
        /* a first name or an initial goes on to the next word */
        bool first = p - b <= 12 && isalpha((unsigned char)p[-1]);
        bool initial = p - b == 2 && p[-1] == '.';
        if (!first && !initial) return;
    }
}

static void link_doc_persons(const polex_linker *lk, const polex_doc *doc,
                             struct link_persons *ps) {
    ps->n = 0;
    const char *text = doc->text;
    if (!text) return;
    const char *end = text + doc->text_len;
    /* a title is a word before a space and a capital: most spaces have a
     * lower-case word after them */
    for (const char *p = text; p < end && ps->n < LINK_MAX_PERSONS; p++) {
        p = memchr(p, ' ', (size_t)(end - p));
        if (!p) break;
        if (p + 1 >= end || (unsigned char)(p[1] - 'A') >= 26 || p == text || p[-1] == ' ' ||
            p[-1] == '\n')
            continue;
        const char *b = p;
        while (b > text && b[-1] != ' ' && b[-1] != '\n' && p - b < 16)
            b--;
        if (title_word(lk, b, p)) add_persons_after(ps, text, end, p);
    }
}

/* The state div at words [i, j) is part of a region's name ("arrests in
 * Northern Virginia", "Southern California", "North Texas"): no
 * jurisdiction. A lower-case direction ("northern Nevada's largest jail")
 * stays the state, and so does a region placing local divisions ("Southern
 * Oregon cities", "the Northern Virginia jurisdictions", "one South Florida
 * municipality"): the state is the place of unnamed locals. */
/* Whether word j is a noun for local divisions, in any case ("SHERIFFS" of
 * a shouted headline too). */
static bool local_noun(const spot_ctx *s, size_t j) {
    char low[16];
    size_t n = s->w[j].end - s->w[j].start;
    if (n >= sizeof low) return false;
    for (size_t k = 0; k < n; k++)
        low[k] = (char)tolower((unsigned char)s->t[s->w[j].start + k]);
    link_word lw = {0, (uint32_t)n, false, false};
    return link_word_in(
        low, &lw,
        "cities|towns|jurisdictions|municipalities|localities|communities|"
        "governments|city|county|town|municipality|jurisdiction|community|sheriffs");
}

static bool region_of(const spot_ctx *s, size_t i, size_t j, int div) {
    if (i == 0 || !s->w[i - 1].cap || s->w[i].punct_before ||
        gz_div_at(s->lk->gaz, (uint32_t)div)->level != GZ_LEVEL_STATE)
        return false;
    /* a singular noun only after a quantity ("one South Florida
     * municipality"; "the Northern Virginia county" names the county);
     * "counties" is plural_counties' business */
    bool one = i >= 2 && link_word_in(s->t, &s->w[i - 2], "one|a|an|another|every|each|any|no");
    if (j < s->nw && !s->w[j].punct_before && local_noun(s, j) &&
        (one || (s->t[s->w[j].end - 1] | 0x20) == 's'))
        return false;
    /* "the West Texas county of El Paso": the state's adjective on a local
     * noun its member follows (locate.c, naming_locator, then drops it); it
     * tells which El Paso is meant */
    if (j + 2 < s->nw && !s->w[j].punct_before && local_noun(s, j) && word_is(s, j + 1, "of") &&
        s->w[j + 2].cap) /* a name, not "this North Idaho county of about 50,000" */
        return false;
    return word_is(s, i - 1, "northern") || word_is(s, i - 1, "southern") ||
           word_is(s, i - 1, "eastern") || word_is(s, i - 1, "western") ||
           word_is(s, i - 1, "central") || word_is(s, i - 1, "upstate") ||
           word_is(s, i - 1, "downstate") || word_is(s, i - 1, "north") ||
           word_is(s, i - 1, "south") || word_is(s, i - 1, "east") || word_is(s, i - 1, "west") ||
           word_is(s, i - 1, "northeast") || word_is(s, i - 1, "northwest") ||
           word_is(s, i - 1, "southeast") || word_is(s, i - 1, "southwest");
}

/* A state's border is a line on the map, not the state ("the largest jail
 * on the Texas border", "the Texas-Mexico border"); "Texas border counties"
 * still places unnamed counties in the state. */
static bool border_of(const spot_ctx *s, size_t j, int div) {
    if (gz_div_at(s->lk->gaz, (uint32_t)div)->level != GZ_LEVEL_STATE) return false;
    size_t b = j;
    if (b + 1 < s->nw && word_is(s, b, "mexico") && s->t[s->w[b].start - 1] == '-') b++;
    if (b >= s->nw || (b == j && s->w[b].punct_before) || !word_is(s, b, "border")) return false;
    return b + 1 >= s->nw || s->w[b + 1].punct_before ||
           !link_word_in(s->t, &s->w[b + 1],
                         "counties|cities|towns|sheriffs|jurisdictions|communities|county|city|"
                         "town|sheriff|community|municipalities");
}

/* Word k is a lower-case "area(s)"/"region(s)", after "metro" or
 * "metropolitan" too; plural only when a list ends there. */
static bool region_word(const spot_ctx *s, size_t k, bool plural) {
    if (k < s->nw && !s->w[k].cap && (word_is(s, k, "metro") || word_is(s, k, "metropolitan"))) k++;
    if (k >= s->nw || s->w[k].cap || s->w[k].punct_before) return false;
    return word_is(s, k, "areas") || word_is(s, k, "regions") ||
           (!plural && (word_is(s, k, "area") || word_is(s, k, "region")));
}

/* The local name before word j names a region around it, no jurisdiction:
 * "in the Portland area", "the Boston metro area", "the Kansas City and
 * St. Louis regions" (a list item ending on the plural). */
static bool area_of(const spot_ctx *s, size_t j, int div) {
    if (j >= s->nw || s->w[j].punct_before || s->w[j].cap ||
        gz_div_at(s->lk->gaz, (uint32_t)div)->level == GZ_LEVEL_STATE)
        return false;
    if (region_word(s, j, false)) return true;
    if (!and_or(s, j) || j + 1 >= s->nw) return false;
    size_t e = item_end(s, j + 1);
    return e > j + 1 && region_word(s, e, true);
}

/* "Across the Potomac,": a small town's name after "the" and before a
 * stop is a river's or a region's (towns take no article; "the Bronx" is
 * a county) */
static bool article_name(const spot_ctx *s, size_t i, size_t j, int div) {
    const gz_div *d = gz_div_at(s->lk->gaz, (uint32_t)div);
    if (d->level != GZ_LEVEL_PLACE || d->pop >= SMALL_PLACE || i == 0 || j != i + 1 ||
        s->w[i].punct_before || s->w[i - 1].cap || !word_is(s, i - 1, "the"))
        return false;
    return j >= s->nw || s->w[j].punct_before;
}

/* Word i is the day or month of a date phrase opening the words before a
 * name without a comma ("On Monday Harris County signed", "In March
 * Sacramento sued", "Early Monday Denver", "Last Tuesday Denver"): a
 * capitalized weekday or month that starts the sentence or follows a
 * lower-case word, a function word or a word of when. It ends the run of
 * capitalized words there instead of gluing the name to a longer one. */
static bool date_before_name(const spot_ctx *s, size_t i) {
    if (!s->w[i].cap || !link_word_in(s->t, &s->w[i],
                                      "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                                      "January|February|March|April|May|June|July|August|"
                                      "September|October|November|December"))
        return false;
    if (i == 0 || s->w[i].punct_before || !s->w[i - 1].cap) return true;
    return in_words(s, i - 1, s->lk->left_ok) ||
           link_word_in(s->t, &s->w[i - 1], "Early|Late|Last|This|Next");
}

/* "a law like the one in Texas", "rules stricter than those in Oregon":
 * the name only tells what something is compared with. */
static bool compared_with(const spot_ctx *s, size_t i) {
    if (i < 4 || s->w[i].punct_before || s->w[i - 1].punct_before || s->w[i - 2].punct_before ||
        !word_is(s, i - 1, "in") || !link_word_in(s->t, &s->w[i - 2], "one|ones|those|that"))
        return false;
    size_t k = word_is(s, i - 3, "the") ? i - 4 : i - 3;
    return link_word_in(s->t, &s->w[k], "like|than|unlike");
}

/* "a nonprofit organization based in Willmar", "a group headquartered in
 * Omaha": where an organization sits, no party to the event. */
static bool base_of(const spot_ctx *s, size_t i) {
    return i >= 2 && !s->w[i].punct_before && !s->w[i - 1].punct_before &&
           word_is(s, i - 1, "in") &&
           link_word_in(s->t, &s->w[i - 2], "based|headquartered|headquarters");
}

/* The name at word i names a university's campus ("the University of
 * California, Davis", "the University of Texas at Austin"): an
 * organization, no jurisdiction. */
static bool campus(const spot_ctx *s, size_t i) {
    size_t u = i >= 4 && word_is(s, i - 1, "at") && !s->w[i - 1].punct_before ? i - 1 : i;
    if (u == i && !(i >= 3 && s->w[i].punct_before && s->t[s->w[i - 1].end] == ',')) return false;
    return u >= 3 && word_is(s, u - 3, "university") && word_is(s, u - 2, "of") && s->w[u - 1].cap;
}

size_t link_spot_text(const polex_linker *lk, const link_text *x, const link_context *ctx,
                      link_mention *out, size_t max) {
    unsigned need = 0;
    return link_spot_text_needs(lk, x, ctx, out, max, &need);
}

/* Whether the capitalized word i goes on a longer proper name begun before
 * it ("Chicago" of "the Chicago Tribune" is found at "the"'s next word);
 * *act: act_name(s, i) when it had to be asked, else unchanged. */
static bool inside_name(const spot_ctx *s, size_t i, bool title, int *act) {
    const link_word *w = s->w;
    return !title && i > 0 && w[i - 1].cap && !w[i].punct_before &&
           !in_words(s, i - 1, s->lk->left_ok) && !(shouted(s, i - 1) && !shouted(s, i)) &&
           !date_before_name(s, i - 1) && !(*act = act_name(s, i));
}

/* The words of the jurisdiction name at word i, into in (its candidates)
 * and *mstart (where it is written from: "County of Santa Clara" starts
 * two words before); 0 when none starts there. */
static size_t name_words(const spot_ctx *s, size_t i, resolve_in *in, uint32_t *mstart) {
    *mstart = s->w[i].start;
    size_t n = county_of(s, i, &in->m);
    if (n) {
        *mstart = s->w[i - 2].start; /* "County of Santa Clara" */
        in->has_county_word = true;
        return n;
    }
    if ((n = name_at(s, i, in)) || (n = listed_county(s, i, in)) || (n = bare_county(s, i, in)))
        return n;
    return doc_county(s, i, in);
}

/* The name at words [i, j) is no place's: a person's ("AG Campbell",
 * "GOV. ABBOTT"), a lawmaker's home, a name said not to be meant, a
 * college's, a federal agency's office ("ICE Boston", "ICE's Atlanta
 * field office"). Then *resume is the word the scan goes on after. */
static bool no_place(const spot_ctx *s, size_t i, size_t j, bool title, size_t *resume) {
    const link_word *w = s->w;
    *resume = i; /* a person's name: the scan goes on at the next word */
    if (j == i + 1 && i > 0 && !w[i].punct_before && in_words(s, i - 1, s->lk->titles)) return true;
    if (j == i + 1 && (middle_initial(s, i) || first_name(s, j) || speaker(s, i))) return true;
    *resume = j - 1; /* the others: past the name */
    if (lawmaker_home(s, i)) return true;
    if (i >= 2 && !w[i - 1].punct_before && !w[i].punct_before && not_named(s, i)) {
        size_t nq = 0; /* nor "Mexico" of "New Mexico", nor its ", S.C." */
        if (qualifier(s, j, &nq)) *resume += nq;
        return true;
    }
    if (!title && college_after(s, j)) return true;
    /* "ICE Boston arrests ...": the agency's office there, by its name */
    if (i > 0 && (!w[i].punct_before || word_is(s, i - 1, "ERO")) &&
        (word_is(s, i - 1, "ICE") || word_is(s, i - 1, "ERO")) &&
        !(i > 1 && (word_is(s, i - 2, "with") || word_is(s, i - 2, "to"))))
        return true;
    /* "ICE's Atlanta field office": where a federal agency's office sits */
    return j + 1 < s->nw && !w[j].punct_before && word_is(s, j, "field") &&
           (word_is(s, j + 1, "office") || word_is(s, j + 1, "offices"));
}

/* What a name glued to the capitalized words after it is part of. */
typedef struct name_kind {
    int act;       /* act_name: 1 a law named for the place, -1 not asked yet */
    bool facility; /* a city's building: see facility_after */
    bool program;  /* a state's program: see program_after */
} name_kind;

/* A name glued to a longer name ("Chicago Tribune") is no jurisdiction,
 * unless an agency of the state or the city it opens ("the Indiana
 * Criminal Justice Institute", "the Burlington Electric Department", "the
 * Columbus Division of Police"), its building or program, or the law
 * named for it; a region's body ("the Ann Arbor Area Transportation
 * Authority") is neither. Sets in->state_only for what only a state may
 * open; false when the name is no jurisdiction's. */
static bool glued_name_ok(const spot_ctx *s, size_t i, size_t j, resolve_in *in, name_kind *k) {
    if (k->act < 0) k->act = act_name(s, i);
    bool agency = !k->act && agency_after(s, j);
    k->facility = !k->act && !agency && facility_after(s, j);
    k->program = !k->act && !agency && !k->facility && program_after(s, j);
    if (!k->act && !agency && !k->facility && !k->program) return false;
    agency |= k->facility || k->program;
    in->state_only = !agency || word_is(s, j, "area") || word_is(s, j, "regional");
    return true;
}

/* Sets the qualifiers of the name ending before word j: its own (", Ill.",
 * their word count into *nq) or its list's. */
static void read_qualifiers(spot_ctx *s, size_t i, size_t j, resolve_in *in, size_t *nq) {
    int po = plural_of(s, i); /* "the Cities of A and B", "the Counties of A and B" */
    if (po == 1) in->city_of = true;
    if (po == 2 && !in->has_county_word) {
        resolve_in cin = *in;
        if (county_fallback(s, &cin)) in->m = cin.m, in->has_county_word = true;
    }
    *nq = 0;
    in->qual = qualifier(s, j, nq);
    in->list_qual = in->qual ? NULL : list_qualifier(s, j);
    /* "Oregon, Illinois and New Mexico filed": a list of states, not
     * the town of Oregon, Ill. ("Washington, D.C." is the capital even
     * in a list of states) */
    if (in->qual && strcmp(in->qual, "dc") && state_list_after(s, i, j, *nq)) in->qual = NULL;
}

/* What resolving a name found. */
typedef struct name_reading {
    int div;
    bool used_qual, strong, evident;
} name_reading;

/* Resolves the name of in (words [i, in->j)), then as a city's own law's
 * name, as the county its qualifier places, and as the sheriff's county. */
static name_reading resolve_name(spot_ctx *s, resolve_in *in, int act, size_t i) {
    const link_word *w = s->w;
    name_reading r = {-1, false, false, false};
    r.div = resolve(s, in, &r.used_qual, &r.strong, &r.evident);
    /* "the Boston Trust Act": a city's own measure, named by the city
     * that opens its name (not "the Laken Riley Act"); a name right
     * before "Act" is a person's the law is named for ("the Stafford
     * Act", "the Tucker Act"), but "the Dane County Act" is the
     * county's */
    if (r.div < 0 && act == 1 && !(i > 0 && w[i - 1].cap && !w[i].punct_before) &&
        !(in->j < s->nw && word_is(s, in->j, "act") && !in->has_county_word)) {
        in->state_only = false;
        r.div = resolve(s, in, &r.used_qual, &r.strong, &r.evident);
    }
    if (in->qual && !r.used_qual && !in->has_county_word) {
        /* "Arlington, Virginia": no place of that name there, but a county */
        resolve_in cin = *in;
        name_reading c = {-1, false, false, false};
        if (county_fallback(s, &cin)) {
            cin.has_county_word = true;
            c.div = resolve(s, &cin, &c.used_qual, &c.strong, &c.evident);
            if (c.div >= 0 && c.used_qual) r = c;
        }
    }
    if (r.div >= 0 && !in->has_county_word && !r.used_qual) r.div = sheriffs_county(s, in, r.div);
    return r;
}

/* Whether the division div read for the name at words [i, j) (written
 * from mstart) stands: not a person's surname the document titles
 * elsewhere, not a facility or program of another level, not a court's,
 * region's, border's, area's, campus's, article's, comparison's or
 * base's name. */
static bool reading_stands(spot_ctx *s, size_t i, size_t j, uint32_t mstart, const resolve_in *in,
                           const name_kind *k, const name_reading *r) {
    const gz_div *d = gz_div_at(s->lk->gaz, (uint32_t)r->div);
    /* a person's surname the document titles elsewhere ("Gov. Wes Moore
     * ... Moore's office"), unless a city word says a place is meant; a
     * state or a city of PROPER_PLACE people keeps its name ("Sheriff
     * Mike Austin" does not make Austin a person) */
    if (j == i + 1 && !r->used_qual && !r->evident && !in->city_of && !in->has_county_word &&
        d->level != GZ_LEVEL_STATE && d->pop < PROPER_PLACE && !place_word_after(s, j)) {
        needs_doc(s, LINK_NEEDS_DOC);
        if (titled_person(s, i)) return false;
    }
    /* only a city opens a facility's name by itself ("the Caddo
     * Correctional Center" is no Oklahoma county's) */
    if (k->facility && d->level != GZ_LEVEL_PLACE) return false;
    if (k->program && d->level != GZ_LEVEL_STATE) return false;
    int div = r->div;
    return !(court_district(s, i, div) || court_name(s, mstart == s->w[i].start ? i : i - 2) ||
             region_of(s, i, j, div) || border_of(s, j, div) || area_of(s, j, div) ||
             campus(s, i) || article_name(s, i, j, div) || compared_with(s, i) || base_of(s, i));
}

/* Spots the name at the capitalized word i of a text ending at byte end,
 * appending its mention to out (*nm of them); returns the last word of
 * what it read. */
static size_t spot_name(spot_ctx *s, size_t i, bool title, uint32_t end, link_mention *out,
                        size_t *nm) {
    const link_word *w = s->w;
    name_kind k = {-1, false, false}; /* act_name(s, i), found on first need */
    if (inside_name(s, i, title, &k.act)) return i;
    bool city_of = i >= 2 && word_is(s, i - 1, "of") && !w[i - 1].punct_before &&
                   (word_is(s, i - 2, "city") || word_is(s, i - 2, "town") ||
                    word_is(s, i - 2, "village") || word_is(s, i - 2, "municipality"));
    int defined = defined_term(s, i);
    if (defined >= 0) {
        out[(*nm)++] = (link_mention){w[i].start, w[i].end, defined, false, 0, false, false, false};
        return i;
    }
    resolve_in in = {.city_of = city_of, .i = i};
    uint32_t mstart;
    size_t n = name_words(s, i, &in, &mstart);
    if (!n) return i;
    size_t j = i + n, resume;
    if (no_place(s, i, j, title, &resume)) return resume;
    for (size_t q = i; q < j; q++)
        in.has_county_word |= word_is(s, q, "county") || word_is(s, q, "parish");
    /* a name ending in "County" cannot go on: "King County Executive" */
    bool glued = !title && j < s->nw && w[j].cap && !w[j].punct_before &&
                 !in_words(s, j, s->lk->suffixes) && !in.has_county_word;
    if ((glued || k.act == 1) && !glued_name_ok(s, i, j, &in, &k)) return i;
    in.title = title;
    in.j = j;
    size_t nq;
    read_qualifiers(s, i, j, &in, &nq);
    s->found = out;
    s->n_found = *nm;
    name_reading r = resolve_name(s, &in, k.act, i);
    uint32_t mend = w[j - 1].end;
    if (r.used_qual) { /* "Portland, Ore." keeps its abbreviation's dot */
        mend = w[j + nq - 1].end;
        if (mend < end && s->t[mend] == '.' && s->t[mend - 1] != '.' && mend + 1 < end) mend++;
        j += nq;
    }
    if (r.div >= 0 && reading_stands(s, i, j, mstart, &in, &k, &r))
        out[(*nm)++] = (link_mention){
            mstart, mend,     r.div,     false,
            0,      r.strong, r.evident, state_agency(s, j, r.div) ? LINK_SEAT_AGENCY : 0};
    return j - 1;
}

size_t link_spot_text_needs(const polex_linker *lk, const link_text *x, const link_context *ctx,
                            link_mention *out, size_t max, unsigned *need) {
    spot_ctx s = {lk, x->t, x->w, x->nw, ctx, out, 0, need, ""};
    district_state(&s);
    bool title = title_case(&s);
    uint8_t taken[LINK_MAX_WORDS];
    memset(taken, 0, s.nw < LINK_MAX_WORDS ? s.nw : LINK_MAX_WORDS);
    size_t nm = plural_counties(&s, out, max, taken);
    nm += plural_states(&s, out + nm, max - nm, taken);
    for (size_t i = 0; i < s.nw && nm < max; i++)
        if (x->w[i].cap && !taken[i]) i = spot_name(&s, i, title, x->end, out, &nm);
    /* text order (the plural-county pass ran first) */
    for (size_t a = 1; a < nm; a++)
        for (size_t b = a; b > 0 && out[b - 1].start > out[b].start; b--) {
            link_mention t = out[b];
            out[b] = out[b - 1];
            out[b - 1] = t;
        }
    return nm;
}

/* ---- document context ----------------------------------------------------- */

/* Adds state st to the document's states, or counts it once more (for
 * home_state) when it is there already. */
static void states_add(link_states *ls, const char *st) {
    if (!st[0]) return;
    for (size_t i = 0; i < ls->n; i++)
        if (!strcmp(ls->st[i], st)) {
            if (ls->count[i] < UINT16_MAX) ls->count[i]++;
            return;
        }
    if (ls->n == LINK_MAX_STATES) return;
    ls->count[ls->n] = 1;
    memcpy(ls->st[ls->n++], st, 3);
    int b = state_bit(st);
    if (b >= 0) ls->bits[b >> 6] |= (uint64_t)1 << (b & 63);
}

/* Licenses a local division resolved with evidence (see link_states). */
static void license_add(const polex_gazetteer *g, link_states *ls, const link_mention *m) {
    if (m->div < 0 || !m->evident || gz_div_at(g, (uint32_t)m->div)->level == GZ_LEVEL_STATE)
        return;
    for (size_t i = 0; i < ls->n_lic; i++)
        if (ls->lic[i] == (uint32_t)m->div) return;
    if (ls->n_lic < LINK_MAX_LICENSED) ls->lic[ls->n_lic++] = (uint32_t)m->div;
}

/* Offset of a dash (" — ", " - ", "--") in t[i, lim), or 0. */
static uint32_t dash_at(const char *t, uint32_t i) {
    const unsigned char *u = (const unsigned char *)t + i;
    if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x94 || u[2] == 0x93)) return 3;
    if (u[0] == ' ' && u[1] == '-' && (u[2] == ' ' || u[2] == '-')) return 2;
    return 0;
}

uint32_t link_dateline_end(const char *t, uint32_t start, uint32_t end) {
    uint32_t lim = end - start < 100 ? end : start + 100, caps = 0;
    for (uint32_t i = start; i < lim && isupper((unsigned char)t[i]); i++)
        caps++;
    if (caps >= 2) { /* a roundup's section: "EL PASO: The county ...", "DOÑA ANA:" */
        uint32_t i = start, lim2 = end - start < 32 ? end : start + 32;
        while (i < lim2 && (isupper((unsigned char)t[i]) || t[i] == ' ' || t[i] == '.' ||
                            t[i] == '-' || t[i] == '\'' || (unsigned char)t[i] >= 0x80))
            i++;
        if (i < lim2 && t[i] == ':' && i + 1 < end && t[i + 1] == ' ' && t[i - 1] != ' ') return i;
    }
    if (caps >= 3) { /* "CHICAGO (AP) —", "SPRINGFIELD, Ill., March 6 —" */
        const char *after = t + start + caps;
        if (!(after[0] == ',' ||
              (after[0] == ' ' && (after[1] == '(' || isupper((unsigned char)after[1]) ||
                                   (unsigned char)after[1] == 0xE2 || after[1] == '-'))))
            return 0; /* "ICE agents said": an acronym, not a dateline */
        for (uint32_t i = start + caps; i + 2 < lim; i++)
            if (dash_at(t, i)) return i;
        return 0;
    }
    /* "Chicago — ...": a few capitalized words (a place, a state, a date) then a dash */
    if (caps == 0) return 0;
    uint32_t short_lim = end - start < 40 ? end : start + 40;
    bool word_start = true;
    for (uint32_t i = start; i + 2 < short_lim; i++) {
        if (i > start && dash_at(t, i - (t[i - 1] == ' ' ? 1 : 0)) && t[i - 1] == ' ') return i - 1;
        unsigned char c = (unsigned char)t[i];
        if (word_start && isalpha(c) && !isupper(c)) return 0; /* a lower-case word: prose */
        word_start = c == ' ' || c == ',' || c == '(';
        if (c == 0xE2 && dash_at(t, i)) return i;
    }
    return 0;
}

/* Words of sentence i split into the dateline (head) and the rest (from
 * the linker's cache, or split into w). */
static size_t split_sentence(const polex_linker *lk, const polex_doc *doc, size_t i, link_word *w,
                             link_text *head, link_text *rest) {
    const link_word *ws;
    size_t nw = link_wcache_words(lk->scratch->wc, doc, i, w, &ws), k = 0;
    if (nw == 0) return 0;
    const polex_sentence *se = &doc->sentences[i];
    uint32_t de = link_wcache_dateline(lk->scratch->wc, doc, i);
    while (de && k < nw && ws[k].start < de)
        k++;
    *head = (link_text){doc->text, ws, k, de};
    *rest = (link_text){doc->text, ws + k, nw - k, se->end};
    return nw;
}

/* The reference date of a document without doc->published (ctx->ref_day):
 * a "Filed" date ("Date Filed: 03/12/2026") when the document has one;
 * else, for a year-less dateline ("BOSTON, July 17 --"), the last day of the
 * latest year among the document's full dates and copyright lines, so that
 * the dateline's month and day resolve in that year (a story is filed in the
 * year of the latest full date it gives); "" when it names none. */
static bool infer_reference(const polex_linker *lk, const polex_doc *doc, link_word *w,
                            link_context *ctx) {
    if (doc->published) {
        snprintf(ctx->ref_day, sizeof ctx->ref_day, "%.10s", doc->published);
        return false;
    }
    int year = 0;
    for (size_t i = 0; i < doc->n_sentences; i++) {
        const polex_sentence *se = &doc->sentences[i];
        if (se->end > doc->text_len || se->start >= se->end) continue;
        /* only sentences with a year or "Filed" can tell: most have neither */
        bool filed = false, digits = false;
        for (uint32_t k = se->start; k + 4 <= se->end && !filed; k++) {
            char c = doc->text[k];
            digits |= c >= '0' && c <= '9';
            filed = (c == 'i' || c == 'I') && !strncasecmp(doc->text + k, "iled", 4);
        }
        if (!filed && !digits) continue;
        const link_word *ws;
        size_t nw = link_wcache_words(lk->scratch->wc, doc, i, w, &ws);
        link_text x = {doc->text, ws, nw, se->end};
        link_date d;
        if (filed && link_filed_date(&x, &d)) {
            snprintf(ctx->ref_day, sizeof ctx->ref_day, "%04d-%02d-%02d", d.year, d.month, d.day);
            return false;
        }
        int y = link_full_date_year(&x);
        if (y > year) year = y;
    }
    if (year) snprintf(ctx->ref_day, sizeof ctx->ref_day, "%04u-12-31", (unsigned)year % 10000u);
    return year != 0;
}

/* A dateline of one big city whose name is a dictionary word, in capitals
 * and alone ("PHOENIX —", "BOULDER —"): the name is the city the rest of
 * the story calls by it ("Phoenix received its delayed COPS money"), when
 * one place of that name dwarfs every namesake. Writes it to m (evident)
 * and returns 1, else 0. */
static size_t shouted_dateline(const polex_linker *lk, const link_text *head, link_mention *m) {
    size_t k = 0;
    while (k < head->nw && k < 3 && (k == 0 || !head->w[k].punct_before)) {
        for (uint32_t p = head->w[k].start; p < head->w[k].end; p++)
            if (islower((unsigned char)head->t[p])) return 0;
        k++;
    }
    if (k == 0 || k > 2) return 0;
    char key[GZ_KEY_MAX];
    gz_match gm;
    uint32_t a = head->w[0].start, b = head->w[k - 1].end;
    if (!gz_norm_key(head->t + a, b - a, key, sizeof key) || !gz_lookup(lk->gaz, key, &gm) ||
        !(gm.flags & GZ_KEY_COMMON) || (gm.flags & GZ_KEY_HAND) || gm.n == 0 || gm.n > MAX_CANDS)
        return 0;
    uint32_t c[MAX_CANDS];
    memcpy(c, gm.divs, gm.n * sizeof *c);
    if (!dominant(lk->gaz, c, gm.n)) return 0;
    size_t best = 0;
    for (size_t i = 1; i < gm.n; i++)
        if (gz_div_at(lk->gaz, c[i])->pop > gz_div_at(lk->gaz, c[best])->pop) best = i;
    if (!keep_proper_place(gz_div_at(lk->gaz, c[best]), NULL)) return 0;
    m[0] = (link_mention){a, b, (int)c[best], false, 0, true, true, LINK_SEAT_NONE};
    return 1;
}

void link_doc_context(const polex_linker *lk, const polex_doc *doc, link_context *ctx) {
    memset(ctx, 0, sizeof *ctx);
    ctx->lk = lk;
    ctx->doc = doc;
    ctx->states = &ctx->store;
    ctx->persons = &ctx->persons_store;
    if (!doc->text) {
        ctx->store.ready = true;
        return;
    }
    link_mention m[LINK_MAX_MENTIONS];
    link_word w[LINK_MAX_WORDS];
    bool year_guess = infer_reference(lk, doc, w, ctx);
    for (size_t i = 0; i < doc->n_sentences; i++) {
        const polex_sentence *se = &doc->sentences[i];
        if (!link_wcache_dateline(lk->scratch->wc, doc, i)) continue;
        link_text head, rest;
        split_sentence(lk, doc, i, w, &head, &rest);
        if (i < 3 && !ctx->dateline_day[0]) {
            link_date d =
                link_find_date_ref(&head, NULL, se->start, se->start, ctx->ref_day, false);
            if (d.found && d.day)
                snprintf(ctx->dateline_day, sizeof ctx->dateline_day, "%04d-%02d-%02d", d.year,
                         d.month, d.day);
        }
        /* a dateline's place counts even when chosen by population */
        size_t n = link_spot_text(lk, &head, NULL, m, LINK_MAX_MENTIONS);
        if (n == 0) n = shouted_dateline(lk, &head, m);
        for (size_t q = 0; q < n; q++) {
            const char *st = gz_div_at(lk->gaz, (uint32_t)m[q].div)->state;
            states_add(&ctx->store, st);
            license_add(lk->gaz, &ctx->store, &m[q]);
            if (!ctx->dateline_state[0]) memcpy(ctx->dateline_state, st, 3);
        }
    }
    if (year_guess) {
        memcpy(ctx->year_day, ctx->ref_day, sizeof ctx->year_day);
        ctx->ref_day[0] = '\0';
    }
}

const link_states *link_doc_states(const link_context *ctx) {
    link_states *ls = ctx->states;
    if (ls->ready) return ls;
    ls->ready = true; /* set first: the spotting below runs without context */
    const polex_doc *doc = ctx->doc;
    link_walk wk;
    link_walk_first(&wk, ctx->lk, doc, doc->n_sentences);
    const link_mention *pm;
    size_t n;
    while (link_walk_next(&wk, &pm, &n)) {
        for (size_t q = 0; q < n; q++) {
            if (!pm[q].strong) continue;
            states_add(ls, gz_div_at(ctx->lk->gaz, (uint32_t)pm[q].div)->state);
        }
    }
    return ls;
}
