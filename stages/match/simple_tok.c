/*
 * simple_tok.c - a fallback tokenizer for rule examples, used by
 * `polex rules check` only when the real tokenizer cannot start. Lemmas are
 * crude (irregular.tsv, then suffix stripping), so the check says when it
 * used this.
 */
#include "match_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Looks form up in DIR/lexicons/irregular.tsv ("form<TAB>lemma"). */
static char *irregular(polex_arena *a, const char *rules_dir, const char *form) {
    if (!rules_dir) return NULL;
    char path[1024];
    snprintf(path, sizeof path, "%s/lexicons/irregular.tsv", rules_dir);
    FILE *f = fopen(path, "r");
    if (!f) return NULL;
    char line[512];
    char *out = NULL;
    size_t n = strlen(form);
    while (!out && fgets(line, sizeof line, f)) {
        char *tab = strchr(line, '\t');
        if (!tab || (size_t)(tab - line) != n || memcmp(line, form, n) != 0) continue;
        char *lemma = tab + 1;
        lemma[strcspn(lemma, "\t\r\n")] = '\0';
        out = polex_arena_strdup(a, lemma);
    }
    fclose(f);
    return out;
}

static bool ends(const char *s, size_t n, const char *suf) {
    size_t m = strlen(suf);
    return n > m + 2 && memcmp(s + n - m, suf, m) == 0;
}

static char *crude_lemma(polex_arena *a, const char *w) {
    size_t n = strlen(w);
    if (ends(w, n, "ies") || ends(w, n, "ied"))
        return polex_arena_printf(a, "%.*sy", (int)(n - 3), w);
    if (ends(w, n, "ing")) return polex_arena_strndup(a, w, n - 3);
    if (ends(w, n, "ed")) return polex_arena_strndup(a, w, n - (w[n - 3] == 'e' ? 1 : 2));
    if (ends(w, n, "s") && !ends(w, n, "ss") && !ends(w, n, "us"))
        return polex_arena_strndup(a, w, n - 1);
    return polex_arena_strdup(a, w);
}

static bool is_punct_at(const char *s, size_t *len, uint8_t *cls) {
    static const char *const quotes[] = {"\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x98",
                                         "\xe2\x80\x99", NULL};
    for (int i = 0; quotes[i]; i++)
        if (strncmp(s, quotes[i], 3) == 0) {
            *len = 3;
            *cls = POLEX_TOK_QUOTE;
            return true;
        }
    if (*s == '"') {
        *len = 1;
        *cls = POLEX_TOK_QUOTE;
        return true;
    }
    if (strchr(",.;:!?()[]", *s) && *s) {
        *len = 1;
        *cls = POLEX_TOK_PUNCT;
        return true;
    }
    return false;
}

static polex_status add(polex_doc *doc, const char *rules_dir, uint32_t s, uint32_t e,
                        uint8_t cls) {
    polex_token t = {.start = s, .end = e, .cls = cls};
    char *norm = polex_arena_strndup(doc->arena, doc->text + s, e - s);
    if (!norm) return POLEX_ERR_NOMEM;
    for (char *p = norm; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    t.norm = norm;
    if (isupper((unsigned char)doc->text[s])) t.flags |= POLEX_TOKF_CAP;
    if (cls == POLEX_TOK_WORD) {
        if (strcmp(norm, "n't") == 0)
            t.lemma = "not";
        else if (!(t.lemma = irregular(doc->arena, rules_dir, norm)))
            t.lemma = crude_lemma(doc->arena, norm);
    } else {
        t.lemma = norm;
    }
    if (!t.lemma) return POLEX_ERR_NOMEM;
    return polex_doc_add_token(doc, &t);
}

polex_status simple_tokenize(polex_doc *doc, const char *rules_dir, polex_error *err) {
    const char *x = doc->text;
    size_t n = doc->text_len, i = 0;
    doc->n_tokens = doc->n_sentences = 0;
    while (i < n) {
        if (isspace((unsigned char)x[i])) {
            i++;
            continue;
        }
        size_t plen;
        uint8_t cls;
        if (is_punct_at(x + i, &plen, &cls)) {
            if (add(doc, rules_dir, (uint32_t)i, (uint32_t)(i + plen), cls) != POLEX_OK) goto nomem;
            i += plen;
            continue;
        }
        size_t j = i;
        while (j < n && !isspace((unsigned char)x[j]) && !is_punct_at(x + j, &plen, &cls))
            j++;
        /* keep "U.S." and "$1.5" whole: a dot followed by a letter or digit */
        while (j < n && x[j] == '.' && j + 1 < n && isalnum((unsigned char)x[j + 1])) {
            j++;
            while (j < n && !isspace((unsigned char)x[j]) && !is_punct_at(x + j, &plen, &cls))
                j++;
        }
        size_t w_end = j;
        if (w_end - i > 3 && strncmp(x + w_end - 3, "n't", 3) == 0)
            w_end -= 3;
        else if (w_end - i > 2 && strncmp(x + w_end - 2, "'s", 2) == 0)
            w_end -= 2;
        cls = x[i] == '$'                    ? POLEX_TOK_MONEY
              : isdigit((unsigned char)x[i]) ? POLEX_TOK_NUMBER
                                             : POLEX_TOK_WORD;
        if (add(doc, rules_dir, (uint32_t)i, (uint32_t)w_end, cls) != POLEX_OK) goto nomem;
        if (w_end < j &&
            add(doc, rules_dir, (uint32_t)w_end, (uint32_t)j, POLEX_TOK_WORD) != POLEX_OK)
            goto nomem;
        i = j;
    }
    polex_sentence s = {0, (uint32_t)n, 0, (uint32_t)doc->n_tokens};
    if (polex_doc_add_sentence(doc, &s) != POLEX_OK) goto nomem;
    doc->tokenized = true;
    return POLEX_OK;
nomem:
    return polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
}
