/* lemma.c - dictionary forms from the irregular lexicon and Hunspell.
 *
 * English spelling rules propose the base of an inflected word ("barred" ->
 * bar, "staging" -> stage, "cities" -> city) and Hunspell confirms that the
 * base is a word. Hunspell's own affix analysis is the fallback: its en_US
 * flags over-generate ("staging" = stag+ing, "passed" = passe+d, "refusing" =
 * re+fuse+ing), so it cannot choose alone. */
#include "tok_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { HUN_MAX_WORD = 100, BASE_MIN = 3 };

static void set_lemma(tok_lemma *out, const char *s) {
    snprintf(out->lemma, sizeof out->lemma, "%s", s);
}

/* ---- Hunspell's analysis ------------------------------------------------------ */

/* Suffix flags of en_US.aff that are inflections (plural/3sg -s, -ed, -ing,
 * possessive): only these lead back to a base form. Derivations (-ion, -ings,
 * -er, -ly ...) and every prefix keep the word as it is. */
static bool inflection_flag(char f) {
    return f == 'S' || f == 'D' || f == 'G' || f == 'M';
}

/* Reads one Hunspell analysis (" fl:A st:fuse fl:G"): its stem, and whether
 * it is a plain inflection (no prefix). */
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

typedef struct analysis {
    bool self;        /* the word is a stem of its own */
    bool self_proper; /* ... and that stem is a capitalized name ("Jared", "Adams") */
    bool has_base;
    char base[HUN_MAX_WORD * 2]; /* first inflectional base, lower case */
} analysis;

static void analyse_word(tok_lemmatizer *lm, const char *word, const char *norm, analysis *an) {
    char **list = NULL;
    int n = Hunspell_analyze(lm->hun, &list, word);
    memset(an, 0, sizeof *an);
    for (int i = 0; i < n; i++) {
        const char *st;
        size_t st_len;
        bool infl;
        if (!parse_analysis(list[i], &st, &st_len, &infl)) continue;
        char low[sizeof an->base];
        long ln = tok_normalize(st, st_len, low, sizeof low);
        if (ln <= 0) continue;
        if (strcmp(low, norm) == 0) {
            an->self = true;
            if (st[0] >= 'A' && st[0] <= 'Z') an->self_proper = true;
        } else if (infl && !an->has_base && ln >= BASE_MIN) {
            memcpy(an->base, low, (size_t)ln + 1);
            an->has_base = true;
        }
    }
    Hunspell_free_list(lm->hun, &list, n);
}

/* ---- spelling rules --------------------------------------------------------------- */

static bool ends_with(const char *w, size_t n, const char *sfx) {
    size_t k = strlen(sfx);
    return n > k + 1 && memcmp(w + n - k, sfx, k) == 0;
}

static bool vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static bool has_vowel(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (vowel(s[i]) || s[i] == 'y') return true;
    return false;
}

/* s[0..n) ends consonant-vowel-consonant ("stag", "writ", "us"): a base of
 * that shape would have doubled its consonant ("stagging"), so the real base
 * takes an -e ("stage"). */
static bool cvc(const char *s, size_t n) {
    if (n < 2 || vowel(s[n - 1]) || strchr("wxy", s[n - 1]) || !vowel(s[n - 2])) return false;
    return n == 2 || !vowel(s[n - 3]);
}

/* English bases do not end in v, u, c, z, single s, "th" or "rg"/"dg" before
 * an inflection without a silent e: "solving", "causing", "breathing". */
static bool needs_e(const char *s, size_t n) {
    char last = s[n - 1], prev = n >= 2 ? s[n - 2] : 0;
    if (strchr("vucz", last)) return true;
    if (last == 's') return prev != 's';
    if (last == 'h') return prev == 't';
    if (last == 'g') return prev && !vowel(prev) && prev != 'n' && prev != 'g';
    return false;
}

typedef struct cands {
    char c[4][HUN_MAX_WORD + 4];
    int n;
    bool strong; /* the spelling rule decides even against Hunspell's analysis */
} cands;

static void add(cands *cs, const char *s, size_t n, const char *tail) {
    if (cs->n >= 4 || n + strlen(tail) + 1 > sizeof cs->c[0]) return;
    snprintf(cs->c[cs->n++], sizeof cs->c[0], "%.*s%s", (int)n, s, tail);
}

/* Stem s[0..n) left after removing -ing or -ed: the bases it may come from,
 * most likely first. */
static void verb_bases(const char *s, size_t n, cands *cs) {
    if (n < 2 || !has_vowel(s, n)) return;
    if (s[n - 1] == s[n - 2] && !vowel(s[n - 1])) { /* stopp-, barr-, pass- */
        cs->strong = true;
        bool kept = strchr("slfz", s[n - 1]) != NULL; /* pass, tell, stuff, buzz */
        add(cs, s, kept ? n : n - 1, "");
        add(cs, s, kept ? n - 1 : n, "");
    } else if (vowel(s[n - 1])) { /* agre-ed, se-eing, su-ed */
        add(cs, s, n, "e");
        add(cs, s, n, "");
    } else if (cvc(s, n) || needs_e(s, n)) { /* stag-ing, us-ed, writ-ing, caus-ed */
        cs->strong = true;
        add(cs, s, n, "e");
        add(cs, s, n, "");
    } else { /* block-ed, bang-ing: Hunspell's analysis breaks a tie */
        add(cs, s, n, "");
        add(cs, s, n, "e");
    }
}

/* Candidate bases of w by English inflection rules. */
static void rule_bases(const char *w, size_t n, cands *cs) {
    cs->n = 0;
    cs->strong = false;
    if (ends_with(w, n, "ing")) {
        verb_bases(w, n - 3, cs);
    } else if (ends_with(w, n, "ied") || ends_with(w, n, "ies")) {
        add(cs, w, n - 3, "y");
        add(cs, w, n - 1, ""); /* died, ties */
    } else if (ends_with(w, n, "ed")) {
        verb_bases(w, n - 2, cs);
    } else if (w[n - 1] == 's' && n > 3 && !ends_with(w, n, "ss") && !ends_with(w, n, "us") &&
               !ends_with(w, n, "is")) {
        bool sibilant = ends_with(w, n, "ses") || ends_with(w, n, "xes") ||
                        ends_with(w, n, "zes") || ends_with(w, n, "ches") ||
                        ends_with(w, n, "shes");
        add(cs, w, sibilant ? n - 2 : n - 1, "");
        if (ends_with(w, n, "es")) add(cs, w, sibilant ? n - 1 : n - 2, "");
    }
}

/* First candidate that is a word Hunspell knows. */
static const char *known_base(tok_lemmatizer *lm, cands *cs) {
    for (int i = 0; i < cs->n; i++)
        if (strlen(cs->c[i]) >= BASE_MIN && Hunspell_spell(lm->hun, cs->c[i])) return cs->c[i];
    return NULL;
}

/* ---- lemma ----------------------------------------------------------------------- */

/* Lemma of a lower-case word w known to be spelled right (or NULL when the
 * word is its own lemma). */
static const char *base_of(tok_lemmatizer *lm, const char *w, size_t n, const analysis *an,
                           cands *cs) {
    rule_bases(w, n, cs);
    if (!cs->strong && an->has_base)
        for (int i = 0; i < cs->n; i++)
            if (strcmp(cs->c[i], an->base) == 0) return an->base;
    const char *b = known_base(lm, cs);
    if (b) return b;
    return an->has_base ? an->base : NULL;
}

void tok_simple_lemma(tok_lemmatizer *lm, const char *w, char *out, size_t cap) {
    const char *v = tok_map_get(lm->lex->irregular, w, strlen(w), NULL);
    if (v) {
        snprintf(out, cap, "%s", v);
        return;
    }
    size_t n = strlen(w);
    analysis an;
    cands cs;
    const char *b = NULL;
    if (n > 3 && n < HUN_MAX_WORD) {
        analyse_word(lm, w, w, &an);
        b = base_of(lm, w, n, &an, &cs);
    }
    snprintf(out, cap, "%s", b ? b : w);
}

static bool upper_ascii(char c) {
    return c >= 'A' && c <= 'Z';
}

void tok_lemmatize(tok_lemmatizer *lm, const char *surface, size_t slen, const char *norm,
                   size_t nlen, tok_lemma *out) {
    out->flags = 0;
    set_lemma(out, norm);
    const char *v = tok_map_get(lm->lex->irregular, norm, nlen, NULL);
    if (v) {
        set_lemma(out, v);
        return;
    }
    if (slen >= HUN_MAX_WORD) {
        out->flags |= POLEX_TOKF_OOV;
        return;
    }
    char word[HUN_MAX_WORD + 1];
    memcpy(word, surface, slen);
    word[slen] = '\0';
    if (!Hunspell_spell(lm->hun, word)) {
        out->flags |= POLEX_TOKF_OOV; /* repair is decided per document, by the caller */
        return;
    }
    /* Hyphenated words stay whole; words of three letters or fewer are
     * function words Hunspell over-analyses ("his" = hi+s, "as" = a+s). */
    if (memchr(norm, '-', nlen) || nlen <= 3 || nlen >= HUN_MAX_WORD) return;
    analysis an;
    analyse_word(lm, word, norm, &an);
    if (an.self_proper && upper_ascii(surface[0])) return; /* "Adams", "Jared" */
    cands cs;
    const char *b = base_of(lm, norm, nlen, &an, &cs);
    if (b) set_lemma(out, b);
}
