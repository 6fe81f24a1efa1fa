/*
 * gate_alts.c - a rule's `unless` or `requires` as alternatives that are
 * sentence gates of their own.
 *
 * A gate asks whether its pattern matches somewhere in the sentence, which
 * it does when one of its top-level alternatives does; an alternative that
 * is a lexicon does when one of the lexicon's entries does. Split that way,
 * each alternative runs only in sentences that hold its own words, and at
 * the tokens where it can start, instead of the whole list (often two or
 * three lexicons of off-topic phrases) running wherever any of its words
 * occurs; and an entry shared by many rules' gates is compiled once.
 */
#include "match_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_GATE_ALTS = 4096, MAX_EXPAND_DEPTH = 8 };

void gate_alts_free(gate_alts *a) {
    for (size_t i = 0; i < a->n; i++)
        free(a->v[i]);
    free(a->v);
    memset(a, 0, sizeof *a);
}

/* Appends s[0..n), trimmed, unless an equal alternative is there already. */
static bool push_alt(gate_alts *a, const char *s, size_t n) {
    while (n && isspace((unsigned char)*s))
        s++, n--;
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    if (!n) return true;
    for (size_t i = 0; i < a->n; i++)
        if (strlen(a->v[i]) == n && memcmp(a->v[i], s, n) == 0) return true;
    if (a->n == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 16;
        char **v = realloc(a->v, cap * sizeof *v);
        if (!v) return false;
        a->v = v;
        a->cap = cap;
    }
    if (!(a->v[a->n] = strndup(s, n))) return false;
    a->n++;
    return true;
}

/* The lexicon an alternative names when it is nothing but "@name". */
static const lexicon *whole_lexicon(const lexset *lex, const char *s, size_t n) {
    while (n && isspace((unsigned char)*s))
        s++, n--;
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    if (n < 2 || *s != '@') return NULL;
    for (size_t i = 1; i < n; i++)
        if (!isalnum((unsigned char)s[i]) && s[i] != '_') return NULL;
    return lexset_find(lex, s + 1, n - 1);
}

static bool expand(const lexset *lex, const char *src, size_t len, gate_alts *out, int depth);

/* A lexicon's entries: its plain words together, as one alternative
 * "(w1 | w2 ...)" (one token matched against all of them, as inside the
 * lexicon), every other entry on its own. */
static bool expand_lexicon(const lexset *lex, const lexicon *lx, gate_alts *out, int depth) {
    size_t words = 0;
    for (size_t i = 0; i < lx->n; i++)
        words += pattern_plain_word(lx->entries[i]) ? strlen(lx->entries[i]) + 3 : 0;
    char *group = words ? malloc(words + 2) : NULL;
    if (words && !group) return false;
    size_t at = 0;
    bool ok = true;
    for (size_t i = 0; ok && i < lx->n; i++) {
        const char *e = lx->entries[i];
        if (!pattern_plain_word(e)) {
            ok = expand(lex, e, strlen(e), out, depth + 1);
            continue;
        }
        const char *sep = at ? " | " : "(";
        size_t n = strlen(e), k = strlen(sep);
        memcpy(group + at, sep, k);
        memcpy(group + at + k, e, n);
        at += k + n;
    }
    if (ok && at) {
        group[at++] = ')';
        ok = push_alt(out, group, at);
    }
    free(group);
    return ok;
}

static bool expand(const lexset *lex, const char *src, size_t len, gate_alts *out, int depth) {
    const lexicon *lx = depth < MAX_EXPAND_DEPTH ? whole_lexicon(lex, src, len) : NULL;
    if (lx) return expand_lexicon(lex, lx, out, depth);
    char *copy = strndup(src, len);
    if (!copy) return false;
    const char **alt = malloc(MAX_GATE_ALTS * sizeof *alt);
    size_t *alen = malloc(MAX_GATE_ALTS * sizeof *alen);
    size_t n = alt && alen ? pattern_split(copy, alt, alen, MAX_GATE_ALTS) : 0;
    bool ok = alt && alen;
    if (n < 2) { /* one alternative, or none found: the source as it is */
        ok = ok && push_alt(out, src, len);
    } else {
        for (size_t i = 0; ok && i < n; i++)
            ok = expand(lex, alt[i], alen[i], out, depth + 1);
    }
    free(alt);
    free(alen);
    free(copy);
    return ok;
}

bool gate_alts_of(const lexset *lex, const char *src, gate_alts *out) {
    memset(out, 0, sizeof *out);
    if (expand(lex, src, strlen(src), out, 0)) return true;
    gate_alts_free(out);
    return false;
}
