/* lemma.c - dictionary forms from the irregular lexicon and Hunspell, and
 * repair of near-miss spellings. */
#include "tok_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { HUN_MAX_WORD = 100 };

static void set_lemma(tok_lemma *out, const char *s, size_t n) {
    if (n >= sizeof out->lemma) n = sizeof out->lemma - 1;
    memcpy(out->lemma, s, n);
    out->lemma[n] = '\0';
}

/* Suffix flags of en_US.aff that are inflections (plural/3sg -s, -ed, -ing,
 * possessive): only these lead back to a base form. Derivations (-ion, -ings,
 * -er, -ly ...) and every prefix keep the word as it is. */
static bool inflection_flag(char f) {
    return f == 'S' || f == 'D' || f == 'G' || f == 'M';
}

/* Reads one Hunspell analysis (" fl:A st:fuse fl:G"): returns its stem in
 * st/st_len and whether it is a plain inflection (no prefix). */
static bool parse_analysis(const char *a, const char **st, size_t *st_len, bool *inflected) {
    bool prefix = false, seen_st = false, infl = false;
    *st = NULL;
    *st_len = 0;
    for (const char *p = a; *p;) {
        while (*p == ' ')
            p++;
        const char *f = p;
        while (*p && *p != ' ')
            p++;
        size_t n = (size_t)(p - f);
        if (n > 3 && strncmp(f, "st:", 3) == 0) {
            *st = f + 3, *st_len = n - 3, seen_st = true;
        } else if (n > 3 && strncmp(f, "fl:", 3) == 0) {
            if (!seen_st)
                prefix = true;
            else if (n == 4 && inflection_flag(f[3]))
                infl = true;
        }
    }
    *inflected = infl && !prefix;
    return *st != NULL;
}

/* The inflectional base Hunspell gives for word, lower-cased into base.
 * *self tells whether Hunspell also knows the word as a stem of its own. */
static bool hunspell_base(tok_lemmatizer *lm, const char *word, const char *norm, char *base,
                          size_t cap, bool *self) {
    char **list = NULL;
    int n = Hunspell_analyze(lm->hun, &list, word);
    bool found = false;
    *self = false;
    for (int i = 0; i < n; i++) {
        const char *st;
        size_t st_len;
        bool infl;
        if (!parse_analysis(list[i], &st, &st_len, &infl)) continue;
        char low[HUN_MAX_WORD * 2];
        long ln = tok_normalize(st, st_len, low, sizeof low);
        if (ln <= 0) continue;
        if (strcmp(low, norm) == 0)
            *self = true;
        else if (infl && !found && (size_t)ln < cap) {
            memcpy(base, low, (size_t)ln + 1);
            found = true;
        }
    }
    Hunspell_free_list(lm->hun, &list, n);
    return found;
}

void tok_simple_lemma(tok_lemmatizer *lm, const char *w, char *out, size_t cap) {
    const char *v = tok_map_get(lm->lex->irregular, w, strlen(w), NULL);
    bool self;
    if (v)
        snprintf(out, cap, "%s", v);
    else if (!hunspell_base(lm, w, w, out, cap, &self))
        snprintf(out, cap, "%s", w);
}

static bool ends_with(const char *w, size_t n, const char *sfx) {
    size_t k = strlen(sfx);
    return n > k + 1 && memcmp(w + n - k, sfx, k) == 0;
}

static bool try_candidate(tok_lemmatizer *lm, const char *w, size_t keep, const char *add,
                          char *out, size_t cap) {
    char c[HUN_MAX_WORD + 8];
    if (keep + strlen(add) + 1 > sizeof c) return false;
    memcpy(c, w, keep);
    snprintf(c + keep, sizeof c - keep, "%s", add);
    if (!Hunspell_spell(lm->hun, c)) return false;
    tok_simple_lemma(lm, c, out, cap);
    return true;
}

/* When Hunspell knows a word only through a derivation or a prefix
 * ("rulings" = rule+ings, "refusing" = re+fuse+ing), strip the inflection
 * ourselves and keep the result if Hunspell knows it. */
static bool strip_inflection(tok_lemmatizer *lm, const char *w, char *out, size_t cap) {
    size_t n = strlen(w);
    if (n < 5 || n > HUN_MAX_WORD) return false;
    bool dbl = n >= 6 && w[n - 4] == w[n - 5]; /* stopping, stopped */
    if (ends_with(w, n, "ies")) return try_candidate(lm, w, n - 3, "y", out, cap);
    if (ends_with(w, n, "ied")) return try_candidate(lm, w, n - 3, "y", out, cap);
    if (ends_with(w, n, "ing"))
        return try_candidate(lm, w, n - 3, "e", out, cap) ||
               try_candidate(lm, w, n - 3, "", out, cap) ||
               (dbl && try_candidate(lm, w, n - 4, "", out, cap));
    if (ends_with(w, n, "ed"))
        return try_candidate(lm, w, n - 1, "", out, cap) ||
               try_candidate(lm, w, n - 2, "", out, cap) ||
               (n >= 6 && w[n - 3] == w[n - 4] && try_candidate(lm, w, n - 3, "", out, cap));
    if (w[n - 1] == 's' && !ends_with(w, n, "ss") && !ends_with(w, n, "us") &&
        !ends_with(w, n, "is"))
        return try_candidate(lm, w, n - 1, "", out, cap) ||
               (ends_with(w, n, "es") && try_candidate(lm, w, n - 2, "", out, cap));
    return false;
}

/* en_US lists doubled-consonant forms ("stopping", "planning") as words of
 * their own; undoubling is safe where stripping "-ing" is not ("morning"). */
static bool undouble_ing(tok_lemmatizer *lm, const char *w, size_t n, char *out, size_t cap) {
    if (n < 7 || n > HUN_MAX_WORD || !ends_with(w, n, "ing") || w[n - 4] != w[n - 5] ||
        strchr("aeiouylswh", w[n - 4]))
        return false;
    return try_candidate(lm, w, n - 4, "", out, cap);
}

/* ---- entry point ------------------------------------------------------------------ */

void tok_lemmatize(tok_lemmatizer *lm, const char *surface, size_t slen, const char *norm,
                   size_t nlen, int kind, tok_lemma *out) {
    out->flags = 0;
    out->cacheable = true;
    set_lemma(out, norm, nlen);
    const char *v = tok_map_get(lm->lex->irregular, norm, nlen, NULL);
    if (v) {
        set_lemma(out, v, strlen(v));
        return;
    }
    if (slen >= HUN_MAX_WORD) {
        out->flags |= POLEX_TOKF_OOV;
        return;
    }
    char word[HUN_MAX_WORD + 1];
    memcpy(word, surface, slen);
    word[slen] = '\0';
    bool known = Hunspell_spell(lm->hun, word) != 0;
    if (!known) {
        out->flags |= POLEX_TOKF_OOV;
        tok_repair(lm, surface, slen, kind, out);
        return;
    }
    /* Hyphenated words stay whole; words of three letters or fewer are
     * function words Hunspell over-analyses ("his" = hi+s, "as" = a+s). */
    if (memchr(norm, '-', nlen) || nlen <= 3) return;
    char base[sizeof out->lemma];
    bool self;
    if (hunspell_base(lm, word, norm, base, sizeof base, &self)) {
        set_lemma(out, base, strlen(base));
        return;
    }
    /* A word Hunspell lists as its own stem keeps it, except participles in
     * -ed ("positioned"); "-ing" words like "morning" or "evening" would go wrong. */
    bool ed = nlen > 4 && norm[nlen - 2] == 'e' && norm[nlen - 1] == 'd';
    if ((!self || ed) && nlen < HUN_MAX_WORD && strip_inflection(lm, norm, base, sizeof base))
        set_lemma(out, base, strlen(base));
    else if (self && undouble_ing(lm, norm, nlen, base, sizeof base))
        set_lemma(out, base, strlen(base));
}
