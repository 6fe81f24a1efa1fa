/* generic.c - mentions of jurisdictions that do not name them: "sanctuary
 * cities", "more than a dozen jurisdictions", "50 cities and counties".
 *
 * A plural noun of rules/link/generic_nouns.txt (lower-case, not possessive),
 * chained with "and"/"or" to further such nouns, is one generic mention.
 * min_count comes from a quantifier up to five words before it: a number
 * ("50", "two"), "a dozen" (12), "dozens of" (24), "hundreds of" (200),
 * "several" (3), raised by one after "more than"/"over"; otherwise 2 (a
 * plural means at least two).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "link_internal.h"

#define QUANT_WINDOW 5

/* Whether word i is one of "a|b|c". */
static bool in_list(const link_text *g, size_t i, const char *list) {
    size_t n = g->w[i].end - g->w[i].start;
    for (const char *p = list; p && *p;) {
        const char *bar = strchr(p, '|');
        size_t len = bar ? (size_t)(bar - p) : strlen(p);
        if (len == n && strncasecmp(g->t + g->w[i].start, p, n) == 0) return true;
        p = bar ? bar + 1 : NULL;
    }
    return false;
}

/* Index of the noun of word i in the lexicon, ignoring "needs", or -1. */
static int noun_plain(const polex_linker *lk, const link_text *g, size_t i) {
    if (g->w[i].cap && i > 0) return -1; /* "United States", names */
    size_t n = g->w[i].end - g->w[i].start;
    if ((n < 32 && !((lk->noun_lens >> n) & 1u)) ||
        !((lk->noun_firsts >> ((unsigned char)g->t[g->w[i].start] & 31u)) & 1u))
        return -1; /* no noun has that length or first letter: a cheap exit */
    const char *after = g->t + g->w[i].end;
    if (*after == '\'' || ((unsigned char)after[0] == 0xE2 && (unsigned char)after[2] == 0x99))
        return -1; /* "states' rights" */
    const char *word = g->t + g->w[i].start;
    size_t from = 0;
    if (n < 32) { /* the nouns of that length and first letter start there */
        from = lk->noun_first[n][(unsigned char)word[0] & 31u];
        if (from-- == 0) return -1;
    }
    for (size_t k = from; k < lk->n_nouns; k++)
        if (lk->nouns[k].len == n && (word[0] | 0x20) == (lk->nouns[k].noun[0] | 0x20) &&
            !strncasecmp(word, lk->nouns[k].noun, n))
            return (int)k;
    return -1;
}

static bool state_words(const polex_linker *lk, const link_text *g, size_t a, size_t b);
static int number_word(const link_text *g, size_t i);

/* A quantifier and a state stand before the noun at word i ("several
 * Maryland counties", "all 254 Texas counties", "two New Jersey counties"). */
static bool quantified_state(const polex_linker *lk, const link_text *g, size_t i) {
    for (size_t len = 1; len <= 3 && len < i; len++) {
        size_t a = i - len;
        if (!g->w[a].cap || (len > 1 && g->w[a + 1].punct_before)) return false;
        if (!state_words(lk, g, a, i)) continue;
        const char *q = g->t + g->w[a - 1].start;
        return in_list(g, a - 1,
                       "several|many|most|some|all|other|more|few|both|two|three|four|five|"
                       "six|seven|eight|nine|ten|dozen|dozens") ||
               (*q >= '0' && *q <= '9') || number_word(g, a - 1) > 0;
    }
    return false;
}

/* Whether the capitalized words right before the plural at word i
 * ("counties", "parishes") name no county of the gazetteer with that noun
 * ("a coalition of West Coast counties", "Bay Area counties"): a region's
 * counties, left unnamed, unlike "Arlington and Fairfax counties" or
 * "Atlantic and Cape May counties". */
static bool region_before(const polex_linker *lk, const link_text *g, size_t i) {
    size_t a = i; /* the capitalized run before the noun, after a lower-case word */
    while (a > 0 && i - a < 3 && g->w[a - 1].cap && !g->w[a].punct_before)
        a--;
    if (a == 0 || a == i || g->w[a - 1].cap || g->w[a].punct_before) return false;
    const char *noun = in_list(g, i, "parishes") ? " parish" : " county";
    for (size_t b = a; b < i; b++) {
        if (state_words(lk, g, b, i)) return false; /* "bars Maryland counties" */
        char buf[96], key[GZ_KEY_MAX];
        uint32_t s = g->w[b].start, e = g->w[i - 1].end;
        if (e - s + strlen(noun) >= sizeof buf) return false;
        memcpy(buf, g->t + s, e - s);
        memcpy(buf + (e - s), noun, strlen(noun) + 1);
        gz_match m;
        if (!gz_norm_key(buf, strlen(buf), key, sizeof key) || !gz_lookup(lk->gaz, key, &m))
            continue;
        for (uint32_t k = 0; k < m.n; k++)
            if (gz_div_at(lk->gaz, m.divs[k])->level == GZ_LEVEL_COUNTY) return false;
    }
    return true;
}

/* Index of the generic noun at word i (with what it needs before it), or -1. */
static int noun_at(const polex_linker *lk, const link_text *g, size_t i) {
    int first = noun_plain(lk, g, i);
    if (first < 0) return -1;
    size_t n = g->w[i].end - g->w[i].start;
    for (size_t k = (size_t)first; k < lk->n_nouns; k++) {
        if (lk->nouns[k].len != n || !link_text_is(g, i, lk->nouns[k].noun)) continue;
        /* "Arlington and Fairfax counties": named right before; but "several
         * Maryland counties" are counties of a state, left unnamed */
        if (i > 0 && g->w[i - 1].cap && !g->w[i].punct_before &&
            (link_text_is(g, i, "counties") || link_text_is(g, i, "parishes")) &&
            !quantified_state(lk, g, i) && !region_before(lk, g, i))
            return -1;
        /* "the states of California": named right after */
        if (i + 2 < g->nw && link_text_is(g, i + 1, "of") && g->w[i + 2].cap) return -1;
        if (!lk->nouns[k].needs) return (int)k;
        if (i > 0 && in_list(g, i - 1, lk->nouns[k].needs)) return (int)k;
        /* "Illinois communities", "Ohio municipalities": a state's, unnamed */
        if (link_text_is(g, i, "communities") && i > 0 && g->w[i - 1].cap &&
            !g->w[i].punct_before && state_words(lk, g, i - 1, i))
            return (int)k;
        if (i > 1 && !g->w[i - 1].punct_before && in_list(g, i - 2, lk->nouns[k].needs))
            return (int)k; /* "each obstructing jurisdiction" */
    }
    return -1;
}

/* Words [a, b) name a state ("Texas", "New Mexico"). */
static bool state_words(const polex_linker *lk, const link_text *g, size_t a, size_t b) {
    char key[GZ_KEY_MAX];
    size_t n = gz_norm_key(g->t + g->w[a].start, g->w[b - 1].end - g->w[a].start, key, sizeof key);
    gz_match m;
    if (!n || !gz_lookup(lk->gaz, key, &m)) return false;
    for (uint32_t k = 0; k < m.n; k++)
        if (gz_div_at(lk->gaz, m.divs[k])->level == GZ_LEVEL_STATE) return true;
    return false;
}

/* The first word of a list of states ending with the one at word a
 * ("Oregon, Washington cities", "Utah and Idaho counties"). */
static size_t more_states(const polex_linker *lk, const link_text *g, size_t a) {
    for (;;) {
        size_t e = a; /* the item before ends at e, after "and" or a comma */
        if (e >= 2 && (link_text_is(g, e - 1, "and") || link_text_is(g, e - 1, "or")) &&
            !g->w[e - 1].punct_before)
            e--;
        else if (!(e >= 1 && g->w[a].punct_before && g->t[g->w[e - 1].end] == ','))
            return a;
        size_t b = 0;
        for (size_t len = 1; len <= 3 && len <= e && !b; len++)
            if (g->w[e - len].cap && state_words(lk, g, e - len, e)) b = e - len + 1;
        if (!b) return a;
        a = b - 1;
    }
}

/* First word of a state name modifying the generic noun phrase starting at
 * word first ("several Arizona cities", "two Illinois municipalities"), or
 * first when there is none: such a state belongs to the generic mention and
 * is no jurisdiction of its own. */
static size_t state_modifier(const polex_linker *lk, const link_text *g, size_t first) {
    if (first == 0 || g->w[first].punct_before) return first;
    /* "Oregon's sanctuary cities" are a kind of its cities (the "s" of the
     * possessive is a word of its own) */
    size_t end = first;
    if (first >= 2 && link_text_is(g, first, "sanctuary") && link_text_is(g, first - 1, "s") &&
        g->w[first - 1].punct_before && g->w[first - 2].cap)
        end = first - 1;
    size_t found = first; /* the longest name: "West Virginia cities", not "Virginia" */
    for (size_t len = 1; len <= 3 && len <= end; len++) {
        size_t a = end - len;
        if (!g->w[a].cap) break;
        if (len > 1 && g->w[a + 1].punct_before) break;
        /* "Ohio's cities": a possessive is the state's own, not a modifier */
        const char *after = g->t + g->w[end - 1].end;
        if (end == first && (*after == '\'' || (unsigned char)*after == 0xE2)) return first;
        if (state_words(lk, g, a, end)) found = a;
    }
    return found == first ? first : more_states(lk, g, found);
}

/* The last word of the states after "in" that place the generic noun
 * phrase ending at word j ("one of the first counties in Florida", "local
 * officials in Texas, including in Travis County"), or j when there are
 * none: such states belong to the generic mention, as a modifier before it
 * would. */
static size_t states_after(const polex_linker *lk, const link_text *g, size_t j) {
    if (j + 2 >= g->nw || !link_text_is(g, j + 1, "in") || g->w[j + 1].punct_before) return j;
    size_t e = j + 1, last = j;
    for (;;) {
        size_t b = e + 1, found = 0;
        for (size_t len = 1; len <= 3 && b + len <= g->nw && !found; len++) {
            if (!g->w[b + len - 1].cap || (len > 1 && g->w[b + len - 1].punct_before)) break;
            if (state_words(lk, g, b, b + len) &&
                !(b + len < g->nw && g->w[b + len].cap && !g->w[b + len].punct_before))
                found = len;
        }
        if (!found) return last;
        e = last = b + found - 1;
        /* a list of states: "in Georgia, Alabama and Florida" */
        size_t n = e + 1;
        if (n < g->nw && (link_text_is(g, n, "and") || link_text_is(g, n, "or")) &&
            !g->w[n].punct_before)
            e = n;
        else if (n < g->nw && g->t[g->w[e].end] == ',' && g->w[n].cap)
            e = n - 1;
        else
            return last;
    }
}

static int number_word(const link_text *g, size_t i) {
    static const char *words[] = {"zero",  "one",   "two",  "three", "four",   "five",  "six",
                                  "seven", "eight", "nine", "ten",   "eleven", "twelve"};
    for (int k = 0; k < 13; k++)
        if (link_text_is(g, i, words[k])) return k;
    if (link_text_is(g, i, "twenty")) return 20;
    if (link_text_is(g, i, "fifty")) return 50;
    if (link_text_is(g, i, "hundred")) return 100;
    const char *s = g->t + g->w[i].start;
    size_t n = g->w[i].end - g->w[i].start;
    if (n == 0 || n > 9 || !isdigit((unsigned char)s[0])) return -1;
    int v = 0;
    for (size_t k = 0; k < n; k++) {
        if (!isdigit((unsigned char)s[k])) return -1;
        v = v * 10 + (s[k] - '0');
    }
    return v;
}

/* min_count from the words before the noun at i; *qs the quantifier's first word. */
static int quantity(const link_text *g, size_t i, size_t *qs) {
    size_t lo = i > QUANT_WINDOW ? i - QUANT_WINDOW : 0;
    for (size_t k = i; k-- > lo;) {
        int v = -1;
        size_t s = k;
        if (link_text_is(g, k, "dozen")) {
            v = 12;
            if (k > 0 && (link_text_is(g, k - 1, "a") || link_text_is(g, k - 1, "one"))) s = k - 1;
        } else if (link_text_is(g, k, "dozens")) {
            v = 24;
        } else if (link_text_is(g, k, "hundreds")) {
            v = 200;
        } else if (link_text_is(g, k, "several")) {
            v = 3;
        } else if (g->w[k].punct_before && k + 1 < i) {
            break;
        } else if (link_text_is(g, k, "every") || link_text_is(g, k, "each") ||
                   link_text_is(g, k, "any") || link_text_is(g, k, "the") ||
                   link_text_is(g, k, "its") || link_text_is(g, k, "their") ||
                   link_text_is(g, k, "would") || link_text_is(g, k, "will") ||
                   link_text_is(g, k, "could") || link_text_is(g, k, "that") ||
                   link_text_is(g, k, "which") || link_text_is(g, k, "who")) {
            break; /* the noun phrase starts here: "HB 261 would require every county",
                    * "a 2024 statute that prohibits local governments" */
        } else {
            v = number_word(g, k);
            if (v >= 1800 && v < 2200 && g->w[k].end - g->w[k].start == 4)
                v = -1; /* a year ("the 2024 law's counties") counts nothing */
        }
        if (v < 0) continue;
        if (s >= 2 && (link_text_is(g, s - 1, "than") &&
                       (link_text_is(g, s - 2, "more") || link_text_is(g, s - 2, "greater")))) {
            v += 1;
            s -= 2;
        } else if (s >= 1 && link_text_is(g, s - 1, "over")) {
            v += 1;
            s -= 1;
        } else if (s >= 2 && link_text_is(g, s - 1, "least") && link_text_is(g, s - 2, "at")) {
            s -= 2;
        }
        *qs = s;
        return v;
    }
    return -1;
}

void link_spot_generic(const polex_linker *lk, const char *text, uint32_t start, uint32_t end,
                       link_mention *out, size_t *n, size_t max) {
    link_word w[LINK_MAX_WORDS];
    link_text x = {text, w, link_words_split(text, start, end, w, LINK_MAX_WORDS), end};
    link_spot_generic_text(lk, &x, out, n, max);
}

void link_spot_generic_text(const polex_linker *lk, const link_text *x, link_mention *out,
                            size_t *n, size_t max) {
    const link_word *w = x->w;
    for (size_t i = 0; i < x->nw && *n < max; i++) {
        size_t len = w[i].end - w[i].start;
        if (len < 32 && !((lk->noun_lens >> len) & 1u)) continue; /* the cheapest test first */
        int k = noun_at(lk, x, i);
        if (k < 0) continue;
        size_t j = i;
        for (;;) { /* "cities and counties", "any state or local government" */
            if (!(j + 2 < x->nw &&
                  (link_text_is(x, j + 1, "and") || link_text_is(x, j + 1, "or")) &&
                  !x->w[j + 2].punct_before))
                break;
            if (noun_plain(lk, x, j + 2) >= 0)
                j += 2;
            else if (j + 3 < x->nw && !x->w[j + 2].cap && !x->w[j + 3].punct_before &&
                     in_list(x, j + 2, "local|municipal|state|county|city") &&
                     noun_plain(lk, x, j + 3) >= 0)
                j += 3;
            else
                break;
        }
        size_t first = i;
        const char *needs = lk->nouns[k].needs;
        if (needs && i >= 3 && link_text_is(x, i - 2, "and") && in_list(x, i - 3, needs))
            first = i - 3; /* "local and state governments" */
        else if (needs)
            first = i > 1 && in_list(x, i - 2, needs) && !w[i - 1].punct_before ? i - 2 : i - 1;
        else if (i > 0 && link_text_is(x, i - 1, "sanctuary"))
            first = i - 1;
        first = state_modifier(lk, x, first);
        j = states_after(lk, x, j);
        size_t qs = first;
        int v = quantity(x, first, &qs);
        out[(*n)++] =
            (link_mention){w[qs].start, w[j].end, -1,   true, v < 0 ? lk->nouns[k].min_count : v,
                           false,       false,    false};
        i = j;
    }
}
