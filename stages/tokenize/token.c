/* token.c - norm, lemma and flags of one token, through the word cache. */
#include "tok_internal.h"

#include <stdio.h>
#include <string.h>

/* norm, lemma and flags of a token from its text alone (no repair). */
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
    tok_lemmatize(&t->lm, s, n, norm, (size_t)nl, lem);
}

/* Whether this document uses the repaired lemma of e's word; the repair
 * itself runs once per cache entry. The budget counts the document's distinct
 * repairable words, cached or not. */
static polex_status use_repair(polex_tokenizer *t, tok_cache_entry *e, const tok_raw *r,
                               bool *use) {
    *use = false;
    if (!t->allow_repair || !(e->flags & POLEX_TOKF_OOV) || r->kind != TK_PLAIN ||
        !tok_repair_eligible(e->key, e->key_len) || t->lm.repair_budget <= 0)
        return POLEX_OK;
    t->lm.repair_budget--;
    if (!e->repair_tried) {
        char fixed[TOK_MAX_BYTES * 2];
        bool got = tok_repair(&t->lm, e->key, e->key_len, fixed, sizeof fixed);
        if (!tok_cache_set_repair(t->cache, e, got ? fixed : NULL)) return POLEX_ERR_NOMEM;
    }
    *use = e->repair != NULL;
    return POLEX_OK;
}

/* The entry's strings copied into doc's arena, once per document. */
static polex_status doc_copies(polex_tokenizer *t, polex_doc *doc, tok_cache_entry *e,
                               const tok_raw *r) {
    bool repaired;
    polex_status rc = use_repair(t, e, r, &repaired);
    if (rc != POLEX_OK) return rc;
    const char *lemma = repaired ? e->repair : e->lemma;
    e->doc_norm = polex_arena_strdup(doc->arena, e->norm);
    e->doc_lemma = lemma == e->norm ? e->doc_norm : polex_arena_strdup(doc->arena, lemma);
    if (!e->doc_norm || !e->doc_lemma) return POLEX_ERR_NOMEM;
    e->doc_repaired = repaired;
    e->doc_gen = t->gen;
    return POLEX_OK;
}

static polex_status from_cache(polex_tokenizer *t, polex_doc *doc, const tok_raw *r,
                               polex_token *tok) {
    const char *s = doc->text + r->start;
    size_t n = r->end - r->start;
    uint64_t h = tok_hash(s, n);
    tok_cache_entry *e = tok_cache_get(t->cache, s, n, h);
    if (!e) {
        char norm[TOK_MAX_BYTES * 4 + 8];
        tok_lemma lem;
        analyse(t, s, n, r, norm, sizeof norm, &lem);
        e = tok_cache_put(t->cache, s, n, h, norm, lem.lemma, lem.flags);
        if (!e) return POLEX_ERR_NOMEM;
    }
    if (e->doc_gen != t->gen) {
        polex_status rc = doc_copies(t, doc, e, r);
        if (rc != POLEX_OK) return rc;
    }
    tok->norm = e->doc_norm;
    tok->lemma = e->doc_lemma;
    tok->flags |= e->flags;
    if (e->doc_repaired) tok->flags |= POLEX_TOKF_REPAIRED;
    return POLEX_OK;
}

polex_status tok_fill_token(polex_tokenizer *t, polex_doc *doc, const tok_raw *r,
                            polex_token *tok) {
    if (r->rflags & RF_CACHEABLE) return from_cache(t, doc, r, tok);
    /* numbers, money, dates: mostly unique, so not worth a cache slot */
    char norm[TOK_MAX_BYTES * 4 + 8];
    long nl = tok_normalize(doc->text + r->start, r->end - r->start, norm, sizeof norm);
    tok->norm = nl >= 0 ? polex_arena_strdup(doc->arena, norm)
                        : polex_arena_strndup(doc->arena, doc->text + r->start, r->end - r->start);
    tok->lemma = tok->norm;
    return tok->norm ? POLEX_OK : POLEX_ERR_NOMEM;
}
