/* amounts.c - money amounts: "$18 million", "nearly $2 billion", "$376,000",
 * "$1.5B", "18 million dollars"; vague ones ("tens of millions of dollars",
 * "millions in federal grants") keep their text with no value. A hedge
 * before the amount ("nearly", "about", "more than") belongs to the text; the
 * value is the number stated. The amount nearest to the hit wins. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "link_internal.h"

static double scale_word(const link_text *c, size_t i) {
    if (link_text_is(c, i, "thousand")) return 1e3;
    if (link_text_is(c, i, "million")) return 1e6;
    if (link_text_is(c, i, "billion")) return 1e9;
    if (link_text_is(c, i, "trillion")) return 1e12;
    return 0;
}

/* Start of a hedge ("nearly", "more than", "up to") ending before word i. */
static uint32_t hedge_start(const link_text *c, size_t i, uint32_t s) {
    static const char *one[] = {"nearly",        "about", "almost", "roughly",
                                "approximately", "some",  "around", "over",
                                "just",          "only",  "an",     "estimated"};
    static const char *two[][2] = {{"more", "than"}, {"less", "than"}, {"up", "to"},
                                   {"at", "least"},  {"as", "much"},   {"fewer", "than"}};
    if (i >= 2)
        for (size_t k = 0; k < sizeof two / sizeof *two; k++)
            if (link_text_is(c, i - 2, two[k][0]) && link_text_is(c, i - 1, two[k][1]))
                return c->w[i - 2].start;
    if (i >= 1)
        for (size_t k = 0; k < sizeof one / sizeof *one; k++)
            if (link_text_is(c, i - 1, one[k])) return c->w[i - 1].start;
    return s;
}

/* Parses "18", "376,000", "1.5" at p (up to lim); returns chars used or 0. */
static size_t parse_number(const char *p, const char *lim, double *v) {
    char buf[64];
    size_t n = 0, k = 0;
    while (p + k < lim &&
           (isdigit((unsigned char)p[k]) || ((p[k] == ',' || p[k] == '.') && p + k + 1 < lim &&
                                             isdigit((unsigned char)p[k + 1])))) {
        if (p[k] != ',' && n + 1 < sizeof buf) buf[n++] = p[k];
        k++;
    }
    if (k == 0) return 0;
    buf[n] = '\0';
    *v = strtod(buf, NULL);
    return k;
}

typedef struct acand {
    uint32_t s, e;
    double v;
    bool has;
} acand;

static bool match_at(const link_text *c, size_t i, const char *lim, acand *o) {
    const char *p = c->t + c->w[i].start;
    bool dollar = c->w[i].start > 0 && p[-1] == '$';
    if (!isdigit((unsigned char)p[0])) {
        /* "tens of millions of dollars", "millions in grants" */
        if ((link_text_is(c, i, "millions") || link_text_is(c, i, "billions") ||
             link_text_is(c, i, "thousands")) &&
            i + 2 < c->nw &&
            ((link_text_is(c, i + 1, "of") && link_text_is(c, i + 2, "dollars")) ||
             link_text_is(c, i + 1, "in"))) {
            o->s = c->w[i].start;
            if (i >= 2 && link_text_is(c, i - 1, "of") &&
                (link_text_is(c, i - 2, "tens") || link_text_is(c, i - 2, "hundreds")))
                o->s = c->w[i - 2].start;
            o->e = link_text_is(c, i + 1, "of") ? c->w[i + 2].end : c->w[i].end;
            o->has = false;
            return true;
        }
        return false;
    }
    double v;
    size_t used = parse_number(p, lim, &v);
    if (!used) return false;
    uint32_t e = c->w[i].start + (uint32_t)used;
    size_t next = i + 1;
    while (next < c->nw && c->w[next].start < e)
        next++;
    /* "$1.5B", "$18M", "$2bn" glued to the number */
    const char *q = p + used;
    double scale = 1;
    if (dollar && q < lim && (*q == 'B' || *q == 'M' || *q == 'K' || !strncmp(q, "bn", 2))) {
        scale = *q == 'K' ? 1e3 : *q == 'M' ? 1e6 : 1e9;
        while (e < (uint32_t)(lim - c->t) && isalpha((unsigned char)c->t[e]))
            e++;
    } else if (next < c->nw && (scale = scale_word(c, next)) > 0) {
        e = c->w[next++].end;
    } else {
        scale = 1;
    }
    bool dollars_word = next < c->nw && link_text_is(c, next, "dollars");
    if (!dollar && !dollars_word) return false;
    if (dollars_word) e = c->w[next].end;
    o->s = hedge_start(c, i, dollar ? c->w[i].start - 1 : c->w[i].start);
    o->e = e;
    o->v = v * scale;
    o->has = true;
    return true;
}

link_amount link_find_amount_text(const link_text *x, uint32_t hs, uint32_t he) {
    link_amount out = {0};
    uint32_t best_dist = UINT32_MAX;
    acand k = {0}, best = {0};
    for (size_t i = 0; i < x->nw; i++) {
        if (!match_at(x, i, x->t + x->end, &k)) continue;
        uint32_t d = (k.e > hs && k.s < he) ? 0 : k.e <= hs ? hs - k.e : k.s - he;
        if (d < best_dist) best = k, best_dist = d;
    }
    if (best_dist == UINT32_MAX) return out;
    out = (link_amount){best.s, best.e, best.v, best.has, true};
    return out;
}

link_amount link_find_amount(const char *text, uint32_t start, uint32_t end, uint32_t hs,
                             uint32_t he) {
    link_word w[LINK_MAX_WORDS];
    link_text x = {text, w, link_words_split(text, start, end, w, LINK_MAX_WORDS), end};
    return link_find_amount_text(&x, hs, he);
}
