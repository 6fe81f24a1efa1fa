/* repair.c - near-miss spelling repair of lower-case words ("goverment"). */
#include "tok_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

enum { REPAIR_MIN = 5, REPAIR_MAX = 24, BLOOM_PROBES = 6 };

static void bloom_add(uint8_t *bloom, const char *w, size_t n) {
    uint64_t h = XXH3_64bits(w, n), step = (h >> 32) | 1;
    for (int k = 0; k < BLOOM_PROBES; k++, h += step) {
        uint32_t bit = (uint32_t)h & (TOK_BLOOM_BITS - 1);
        bloom[bit / 8] |= (uint8_t)(1u << (bit % 8));
    }
}

static bool bloom_has(const uint8_t *bloom, const char *w, size_t n) {
    uint64_t h = XXH3_64bits(w, n), step = (h >> 32) | 1;
    for (int k = 0; k < BLOOM_PROBES; k++, h += step) {
        uint32_t bit = (uint32_t)h & (TOK_BLOOM_BITS - 1);
        if (!((bloom[bit / 8] >> (bit % 8)) & 1u)) return false;
    }
    return true;
}

static bool vowel(char c) {
    return strchr("aeiou", c) != NULL;
}

/* The word list holds stems with affix flags; add the regular inflections
 * too (a superset: Hunspell has the last word on each candidate). */
static void add_stem(uint8_t *bloom, const char *w, size_t n) {
    static const char *const sfx[] = {"s", "es", "d", "ed", "ing", "er", "ers", "ly"};
    char buf[80];
    if (n < 2 || n + 6 > sizeof buf) return;
    for (size_t i = 0; i < n; i++)
        if (w[i] < 'a' || w[i] > 'z') return; /* names and odd entries: never repair targets */
    bloom_add(bloom, w, n);
    memcpy(buf, w, n);
    char last = w[n - 1];
    bool dbl = !vowel(last) && vowel(w[n - 2]) && !strchr("wxy", last);
    for (size_t k = 0; k < sizeof sfx / sizeof *sfx; k++) {
        size_t m = strlen(sfx[k]);
        memcpy(buf + n, sfx[k], m);
        bloom_add(bloom, buf, n + m);
        if (dbl) { /* stop -> stopped */
            buf[n] = last;
            memcpy(buf + n + 1, sfx[k], m);
            bloom_add(bloom, buf, n + 1 + m);
        }
    }
    if (last == 'e' || last == 'y') { /* make -> making, city -> cities, deny -> denied */
        static const char *const e_sfx[] = {"ing", "ies", "ied"};
        for (int k = last == 'e' ? 0 : 1; k < (last == 'e' ? 1 : 3); k++) {
            memcpy(buf + n - 1, e_sfx[k], 3);
            bloom_add(bloom, buf, n + 2);
        }
    }
}

void tok_repair_init(tok_lemmatizer *lm, const char *dic_path) {
    FILE *f = fopen(dic_path, "r");
    if (!f) return;
    lm->bloom = calloc(TOK_BLOOM_BITS / 8, 1);
    char line[256];
    bool first = true;
    while (lm->bloom && fgets(line, sizeof line, f)) {
        if (first) { /* the first line is the word count */
            first = false;
            continue;
        }
        add_stem(lm->bloom, line, strcspn(line, "/\t\r\n"));
    }
    fclose(f);
}

void tok_repair_free(tok_lemmatizer *lm) {
    free(lm->bloom);
    lm->bloom = NULL;
}

static bool plausible(const tok_lemmatizer *lm, const char *c, size_t n) {
    return !lm->bloom || bloom_has(lm->bloom, c, n);
}

static bool spelled(tok_lemmatizer *lm, const char *c, size_t n, char *out, size_t cap) {
    if (!plausible(lm, c, n) || !Hunspell_spell(lm->hun, c)) return false;
    snprintf(out, cap, "%s", c);
    return true;
}

/* First dictionary word one edit away from w, trying the commonest typing
 * slips first: a missing letter, swapped letters, an extra letter, a wrong
 * one. The first letter stays (writers rarely miss it; foreign words would
 * otherwise find English look-alikes). Hunspell_spell on a lower-case
 * candidate accepts no proper names, so a repair never produces a name. */
static bool repair_word(tok_lemmatizer *lm, const char *w, size_t n, char *out, size_t cap) {
    char c[REPAIR_MAX + 2];
    for (size_t i = 1; i <= n; i++) /* a missing letter: "goverment" */
        for (char ch = 'a'; ch <= 'z'; ch++) {
            memcpy(c, w, i);
            c[i] = ch;
            memcpy(c + i + 1, w + i, n - i + 1);
            if (spelled(lm, c, n + 1, out, cap)) return true;
        }
    for (size_t i = 1; i + 1 < n; i++) { /* swapped letters: "recieve" */
        memcpy(c, w, n + 1);
        char t = c[i];
        c[i] = c[i + 1], c[i + 1] = t;
        if (c[i] != c[i + 1] && spelled(lm, c, n, out, cap)) return true;
    }
    for (size_t i = 1; i < n; i++) { /* an extra letter: "jurisdications" */
        memcpy(c, w, i);
        memcpy(c + i, w + i + 1, n - i);
        if (spelled(lm, c, n - 1, out, cap)) return true;
    }
    for (size_t i = 1; i < n; i++) /* a wrong letter */
        for (char ch = 'a'; ch <= 'z'; ch++) {
            if (ch == w[i]) continue;
            memcpy(c, w, n + 1);
            c[i] = ch;
            if (spelled(lm, c, n, out, cap)) return true;
        }
    return false;
}

bool tok_repair_eligible(const char *s, size_t n) {
    if (n < REPAIR_MIN || n > REPAIR_MAX) return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < 'a' || s[i] > 'z') return false;
    return true;
}

bool tok_repair(tok_lemmatizer *lm, const char *surface, size_t slen, char *out, size_t cap) {
    if (!tok_repair_eligible(surface, slen)) return false;
    char word[REPAIR_MAX + 1], fixed[64];
    memcpy(word, surface, slen); /* surface points into the text: terminate it */
    word[slen] = '\0';
    if (!repair_word(lm, word, slen, fixed, sizeof fixed)) return false;
    tok_simple_lemma(lm, fixed, out, cap);
    return true;
}
