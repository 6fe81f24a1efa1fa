/* tokenize.c - the tokenize stage: paragraphs -> raw tokens -> tokens and sentences. */
#include "tok_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CACHE_MAX_ENTRIES = 1 << 17 };

struct polex_tokenizer {
    tok_lexicons lex;
    tok_lemmatizer lm;
    tok_cache *cache;
    uint64_t gen; /* counts documents, so cache entries know their copies' arena */
    tok_raw *raw; /* raw tokens of the current paragraph */
    size_t raw_cap;
};

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
    free(tok);
}

/* ---- one token ------------------------------------------------------------- */

/* norm, lemma and flags of a token from its text alone. */
static void analyse(polex_tokenizer *t, const char *s, size_t n, const tok_raw *r, char *norm,
                    size_t ncap, tok_lemma *lem) {
    long nl = tok_normalize(s, n, norm, ncap);
    if (nl < 0) { /* cannot happen for tokens of at most TOK_MAX_BYTES; stay safe */
        size_t k = n < ncap - 1 ? n : ncap - 1;
        memcpy(norm, s, k);
        norm[k] = '\0';
        nl = (long)k;
    }
    lem->flags = 0;
    lem->cacheable = true;
    snprintf(lem->lemma, sizeof lem->lemma, "%s", norm);
    if (r->cls != POLEX_TOK_WORD) return;
    if (r->kind == TK_ABBR || r->kind == TK_TITLE || r->kind == TK_NUMABBR) {
        const char *x = tok_abbreviation(&t->lex, s, n, NULL);
        if (x && *x) snprintf(lem->lemma, sizeof lem->lemma, "%s", x);
        return;
    }
    if (r->kind == TK_CLITIC) {
        const char *x = tok_map_get(t->lex.irregular, norm, (size_t)nl, NULL);
        if (x) snprintf(lem->lemma, sizeof lem->lemma, "%s", x);
        return;
    }
    tok_lemmatize(&t->lm, s, n, norm, (size_t)nl, r->kind, lem);
}

static polex_status fill_strings(polex_tokenizer *t, polex_doc *doc, const tok_raw *r,
                                 polex_token *out) {
    const char *s = doc->text + r->start;
    size_t n = r->end - r->start;
    char norm[TOK_MAX_BYTES * 4 + 8];
    tok_lemma lem;
    if (r->rflags & RF_CACHEABLE) {
        uint64_t h = tok_hash(s, n);
        tok_cache_entry *e = tok_cache_get(t->cache, s, n, h);
        if (!e) {
            analyse(t, s, n, r, norm, sizeof norm, &lem);
            if (lem.cacheable) e = tok_cache_put(t->cache, s, n, h, norm, lem.lemma, lem.flags);
            if (!e && lem.cacheable) return POLEX_ERR_NOMEM;
        }
        if (e) {
            if (e->doc_gen != t->gen) {
                e->doc_norm = polex_arena_strdup(doc->arena, e->norm);
                e->doc_lemma =
                    e->lemma == e->norm ? e->doc_norm : polex_arena_strdup(doc->arena, e->lemma);
                if (!e->doc_norm || !e->doc_lemma) return POLEX_ERR_NOMEM;
                e->doc_gen = t->gen;
            }
            out->norm = e->doc_norm;
            out->lemma = e->doc_lemma;
            out->flags |= e->flags;
            return POLEX_OK;
        }
    } else {
        analyse(t, s, n, r, norm, sizeof norm, &lem);
    }
    out->norm = polex_arena_strdup(doc->arena, norm);
    out->lemma =
        strcmp(norm, lem.lemma) == 0 ? out->norm : polex_arena_strdup(doc->arena, lem.lemma);
    out->flags |= lem.flags;
    return out->norm && out->lemma ? POLEX_OK : POLEX_ERR_NOMEM;
}

/* ---- one paragraph ------------------------------------------------------------ */

static polex_status scan_paragraph(polex_tokenizer *t, const polex_doc *doc, size_t start,
                                   size_t end, size_t *n_raw) {
    tok_scanner sc;
    tok_scanner_init(&sc, doc->text, start, end, &t->lex);
    size_t n = 0;
    tok_raw r;
    while (tok_scan_next(&sc, &r)) {
        if (n == t->raw_cap) {
            size_t ncap = t->raw_cap ? t->raw_cap * 2 : 1024;
            tok_raw *p = realloc(t->raw, ncap * sizeof *p);
            if (!p) return POLEX_ERR_NOMEM;
            t->raw = p;
            t->raw_cap = ncap;
        }
        t->raw[n++] = r;
    }
    *n_raw = n;
    return POLEX_OK;
}

static polex_status add_sentence(polex_doc *doc, size_t base, size_t first, size_t last) {
    polex_sentence s = {doc->tokens[base + first].start, doc->tokens[base + last].end,
                        (uint32_t)(base + first), (uint32_t)(last - first + 1)};
    return polex_doc_add_sentence(doc, &s);
}

static polex_status split_sentences(polex_tokenizer *t, polex_doc *doc, size_t base, size_t n) {
    const tok_raw *raw = t->raw;
    size_t first = 0, i = 0;
    polex_status rc = POLEX_OK;
    while (i < n && rc == POLEX_OK) {
        if (i > first && (raw[i].rflags & RF_BREAK_BEFORE)) {
            rc = add_sentence(doc, base, first, i - 1);
            first = i;
        }
        uint8_t k = raw[i].kind;
        if (k == TK_END || k == TK_ELLIPSIS || k == TK_ABBR) {
            size_t j = i + tok_closers_after(raw, i, n, doc->text);
            if (rc == POLEX_OK && tok_sentence_ends(raw, first, i, j + 1, n, doc->text, &t->lex)) {
                rc = add_sentence(doc, base, first, j);
                first = i = j + 1;
                continue;
            }
        }
        if (rc == POLEX_OK && i + 1 - first >= TOK_MAX_SENTENCE_TOKENS) {
            rc = add_sentence(doc, base, first, i);
            first = i + 1;
        }
        i++;
    }
    if (rc == POLEX_OK && first < n) rc = add_sentence(doc, base, first, n - 1);
    return rc;
}

static polex_status do_paragraph(polex_tokenizer *t, polex_doc *doc, size_t start, size_t end) {
    size_t n;
    polex_status rc = scan_paragraph(t, doc, start, end, &n);
    size_t base = doc->n_tokens;
    for (size_t i = 0; i < n && rc == POLEX_OK; i++) {
        const tok_raw *r = &t->raw[i];
        polex_token tk = {r->start, r->end, r->cls, 0, NULL, NULL};
        if (r->rflags & RF_UPPER) tk.flags |= POLEX_TOKF_CAP;
        rc = fill_strings(t, doc, r, &tk);
        if (rc == POLEX_OK) rc = polex_doc_add_token(doc, &tk);
    }
    if (rc == POLEX_OK) rc = split_sentences(t, doc, base, n);
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
    if (doc->n_paragraphs == 0) {
        rc = do_paragraph(tok, doc, 0, doc->text_len);
    } else {
        for (size_t i = 0; i < doc->n_paragraphs && rc == POLEX_OK; i++)
            rc = do_paragraph(tok, doc, doc->paragraphs[i].start, doc->paragraphs[i].end);
    }
    if (rc != POLEX_OK) {
        doc->n_sentences = doc->n_tokens = 0;
        return polex_fail(err, rc, "tokenize", "out of memory");
    }
    doc->tokenized = true;
    return POLEX_OK;
}
