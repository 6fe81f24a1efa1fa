/* tokenize.c - the tokenize stage: paragraphs -> raw tokens -> tokens and sentences. */
#include "tok_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CACHE_MAX_ENTRIES = 1 << 17 };

static bool readable(const char *path) {
    FILE *f = fopen(path, "r");
    if (f) fclose(f);
    return f != NULL;
}

static polex_status open_hunspell(polex_tokenizer *t, const char *stem, polex_error *err) {
    char aff[4096], dic[4096];
    if (!stem) stem = "/usr/share/hunspell/en_US";
    int a = snprintf(aff, sizeof aff, "%s.aff", stem);
    int d = snprintf(dic, sizeof dic, "%s.dic", stem);
    if (a < 0 || d < 0 || (size_t)a >= sizeof aff || (size_t)d >= sizeof dic)
        return polex_fail(err, POLEX_ERR_USAGE, "tokenize", "dictionary path is too long");
    /* Hunspell_create does not report a missing file, so look first. */
    if (!readable(aff) || !readable(dic))
        return polex_fail(err, POLEX_ERR_RULES, "tokenize",
                          "Hunspell dictionary %s.{aff,dic} not found (install hunspell-en-us)",
                          stem);
    t->lm.hun = Hunspell_create(aff, dic);
    if (!t->lm.hun) return polex_fail(err, POLEX_ERR_NOMEM, "tokenize", "out of memory");
    tok_repair_init(&t->lm, dic);
    return POLEX_OK;
}

polex_tokenizer *polex_tokenizer_new(const polex_tokenizer_options *opts, polex_error *err) {
    polex_tokenizer *t = calloc(1, sizeof *t);
    if (!t) {
        polex_fail(err, POLEX_ERR_NOMEM, "tokenize", "out of memory");
        return NULL;
    }
    polex_status rc = tok_lexicons_load(&t->lex, opts ? opts->rules_dir : NULL, err);
    if (rc == POLEX_OK) rc = open_hunspell(t, opts ? opts->dict_path : NULL, err);
    if (rc == POLEX_OK && !(t->cache = tok_cache_new(CACHE_MAX_ENTRIES)))
        rc = polex_fail(err, POLEX_ERR_NOMEM, "tokenize", "out of memory");
    if (rc != POLEX_OK) {
        polex_tokenizer_free(t);
        return NULL;
    }
    t->lm.lex = &t->lex;
    return t;
}

void polex_tokenizer_free(polex_tokenizer *tok) {
    if (!tok) return;
    if (tok->lm.hun) Hunspell_destroy(tok->lm.hun);
    tok_repair_free(&tok->lm);
    tok_lexicons_free(&tok->lex);
    tok_cache_free(tok->cache);
    free(tok->raw);
    free(tok->para_end);
    free(tok);
}

/* ---- scanning ------------------------------------------------------------------ */

static polex_status push_raw(polex_tokenizer *t, size_t n, const tok_raw *r) {
    if (n == t->raw_cap) {
        size_t ncap = t->raw_cap ? t->raw_cap * 2 : 1024;
        tok_raw *p = realloc(t->raw, ncap * sizeof *p);
        if (!p) return POLEX_ERR_NOMEM;
        t->raw = p;
        t->raw_cap = ncap;
    }
    t->raw[n] = *r;
    return POLEX_OK;
}

static polex_status push_para_end(polex_tokenizer *t, size_t i, size_t end) {
    if (i == t->para_cap) {
        size_t ncap = t->para_cap ? t->para_cap * 2 : 64;
        size_t *p = realloc(t->para_end, ncap * sizeof *p);
        if (!p) return POLEX_ERR_NOMEM;
        t->para_end = p;
        t->para_cap = ncap;
    }
    t->para_end[i] = end;
    return POLEX_OK;
}

/* Raw tokens of every paragraph into t->raw; t->para_end[p] ends paragraph p. */
static polex_status scan_document(polex_tokenizer *t, const polex_doc *doc, size_t n_para,
                                  size_t *n_raw) {
    size_t n = 0;
    for (size_t p = 0; p < n_para; p++) {
        size_t start = doc->n_paragraphs ? doc->paragraphs[p].start : 0;
        size_t end = doc->n_paragraphs ? doc->paragraphs[p].end : doc->text_len;
        tok_scanner sc;
        tok_scanner_init(&sc, doc->text, start, end, &t->lex);
        tok_raw r;
        while (tok_scan_next(&sc, &r))
            if (push_raw(t, n++, &r)) return POLEX_ERR_NOMEM;
        if (push_para_end(t, p, n)) return POLEX_ERR_NOMEM;
    }
    *n_raw = n;
    return POLEX_OK;
}

/* Spelling repair is for English: foreign words one edit away from English
 * ones ("nicht" -> night) must not turn into rule triggers. A document reads
 * as English when at least a fifth of its words are common function words
 * (the "starter" words of abbreviations.txt); short documents always do. */
static bool reads_english(const polex_tokenizer *t, const char *text, size_t n) {
    size_t words = 0, common = 0;
    for (size_t i = 0; i < n; i++) {
        const tok_raw *r = &t->raw[i];
        size_t len = r->end - r->start;
        if (r->cls != POLEX_TOK_WORD || r->kind != TK_PLAIN) continue;
        words++;
        char low[16];
        if (len >= sizeof low) continue;
        for (size_t k = 0; k < len; k++) {
            char c = text[r->start + k];
            low[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        if (tok_map_get(t->lex.starters, low, len, NULL)) common++;
    }
    return words < 20 || common * 5 >= words;
}

static polex_status fill_and_split(polex_tokenizer *t, polex_doc *doc, size_t n_para) {
    size_t i = 0;
    polex_status rc = POLEX_OK;
    for (size_t p = 0; p < n_para && rc == POLEX_OK; p++) {
        size_t base = doc->n_tokens, first = i;
        for (; i < t->para_end[p] && rc == POLEX_OK; i++) {
            const tok_raw *r = &t->raw[i];
            polex_token tk = {r->start, r->end, r->cls, 0, NULL, NULL};
            if (r->rflags & RF_UPPER) tk.flags |= POLEX_TOKF_CAP;
            rc = tok_fill_token(t, doc, r, &tk);
            if (rc == POLEX_OK) rc = polex_doc_add_token(doc, &tk);
        }
        if (rc == POLEX_OK) rc = tok_split_sentences(doc, t->raw + first, i - first, base, &t->lex);
    }
    return rc;
}

/* ---- document ------------------------------------------------------------------- */

static polex_status check_doc(const polex_doc *doc, polex_error *err) {
    if (doc->text_len >= UINT32_MAX)
        return polex_fail(err, POLEX_ERR_LIMIT, "tokenize", "text of %zu bytes exceeds 4 GiB",
                          doc->text_len);
    size_t bad = 0;
    if (!polex_utf8_valid(doc->text, doc->text_len, &bad)) {
        polex_status rc = polex_fail(err, POLEX_ERR_INPUT, "tokenize",
                                     "text is not valid UTF-8 at byte %zu", bad);
        if (err) err->offset = (int64_t)bad;
        return rc;
    }
    uint32_t prev = 0;
    for (size_t i = 0; i < doc->n_paragraphs; i++) {
        polex_span p = doc->paragraphs[i];
        if (p.start > p.end || p.end > doc->text_len || p.start < prev)
            return polex_fail(err, POLEX_ERR_INPUT, "tokenize",
                              "paragraph %zu [%u, %u) is outside the text or out of order", i,
                              (unsigned)p.start, (unsigned)p.end);
        prev = p.end;
    }
    return POLEX_OK;
}

polex_status polex_tokenize(polex_tokenizer *tok, polex_doc *doc, polex_error *err) {
    if (!tok || !doc) return polex_fail(err, POLEX_ERR_USAGE, "tokenize", "no tokenizer or doc");
    doc->n_sentences = doc->n_tokens = 0;
    doc->tokenized = false;
    if (!doc->text) doc->text = "", doc->text_len = 0;
    polex_status rc = check_doc(doc, err);
    if (rc != POLEX_OK) {
        if (err) snprintf(err->doc_id, sizeof err->doc_id, "%s", doc->doc_id ? doc->doc_id : "");
        return rc;
    }
    tok->gen++;
    tok->lm.repair_budget = TOK_REPAIR_BUDGET;
    size_t n_para = doc->n_paragraphs ? doc->n_paragraphs : 1, n_raw = 0;
    rc = scan_document(tok, doc, n_para, &n_raw);
    tok->allow_repair = reads_english(tok, doc->text, n_raw);
    if (rc == POLEX_OK) rc = fill_and_split(tok, doc, n_para);
    if (rc != POLEX_OK) {
        doc->n_sentences = doc->n_tokens = 0;
        return polex_fail(err, rc, "tokenize", "out of memory");
    }
    doc->tokenized = true;
    return POLEX_OK;
}
