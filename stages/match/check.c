/*
 * check.c - `polex rules check`: compile every rule, run every example.
 */
#include "match_internal.h"
#include "polex_tokenize.h"

#include <string.h>

typedef struct checker {
    polex_ruleset *rs;
    polex_matcher *m;
    polex_tokenizer *tok;
    const char *dir;
    FILE *out;
    size_t n_failed, n_examples;
} checker;

static polex_doc *example_doc(checker *c, const char *text, polex_error *err) {
    polex_doc *doc = polex_doc_new();
    if (!doc) return NULL;
    doc->text = polex_arena_strdup(doc->arena, text);
    doc->text_len = strlen(text);
    doc->doc_id = "example";
    if (!doc->text) goto fail;
    if (c->tok && polex_tokenize(c->tok, doc, err) == POLEX_OK) return doc;
    if (simple_tokenize(doc, c->dir, err) == POLEX_OK) return doc;
fail:
    polex_doc_free(doc);
    return NULL;
}

static const polex_hit *hit_of(const polex_doc *doc, const char *id) {
    for (size_t i = 0; i < doc->n_hits; i++)
        if (strcmp(doc->hits[i].rule, id) == 0) return &doc->hits[i];
    return NULL;
}

static void fail_ex(checker *c, const rule *r, const rule_example *ex, const char *what,
                    const char *detail) {
    fprintf(c->out, "%s:%d: rule %s: %s: \"%s\"%s%s\n", r->file, ex->line, r->id, what, ex->text,
            detail ? " " : "", detail ? detail : "");
    c->n_failed++;
}

static void check_roles(checker *c, const rule *r, const rule_example *ex, const polex_doc *doc,
                        const polex_hit *h) {
    for (size_t k = 0; k < ex->n_roles; k++) {
        const polex_role *got = NULL;
        for (uint8_t j = 0; j < h->n_roles; j++)
            if (strcmp(h->roles[j].name, ex->roles[k].name) == 0) got = &h->roles[j];
        char detail[600];
        if (!got) {
            snprintf(detail, sizeof detail, "(no role %s)", ex->roles[k].name);
            fail_ex(c, r, ex, "role missing", detail);
            continue;
        }
        size_t n = got->end - got->start;
        if (n != strlen(ex->roles[k].text) ||
            memcmp(doc->text + got->start, ex->roles[k].text, n)) {
            snprintf(detail, sizeof detail, "(role %s is \"%.*s\", expected \"%s\")",
                     ex->roles[k].name, (int)n, doc->text + got->start, ex->roles[k].text);
            fail_ex(c, r, ex, "wrong role", detail);
        }
    }
}

static void check_example(checker *c, size_t ri, const rule_example *ex) {
    const rule *r = &c->rs->rules[ri];
    polex_error e;
    polex_error_clear(&e);
    polex_doc *doc = example_doc(c, ex->text, &e);
    c->n_examples++;
    if (!doc) {
        fail_ex(c, r, ex, "cannot tokenize example", e.message);
        return;
    }
    if (match_doc(c->m, doc, (long)ri, &e) != POLEX_OK && e.code != POLEX_ERR_LIMIT) {
        fail_ex(c, r, ex, "matching failed", e.message);
        polex_doc_free(doc);
        return;
    }
    const polex_hit *h = hit_of(doc, r->id);
    if (ex->must_match && !h) {
        fail_ex(c, r, ex, "example does not match", NULL);
    } else if (!ex->must_match && h) {
        char detail[600];
        snprintf(detail, sizeof detail, "(matched \"%.*s\")", (int)(h->end - h->start),
                 doc->text + h->start);
        fail_ex(c, r, ex, "no_match example matches", detail);
    } else if (h) {
        if (ex->status >= 0 && h->status != ex->status) {
            char detail[300];
            snprintf(detail, sizeof detail, "(status %s, expected %s%s%s)",
                     polex_event_status_name(h->status), polex_event_status_name(ex->status),
                     h->cue ? "; cue: " : "", h->cue ? h->cue : "");
            fail_ex(c, r, ex, "wrong status", detail);
        }
        check_roles(c, r, ex, doc, h);
    }
    polex_doc_free(doc);
}

polex_status polex_rules_check(const char *dir, FILE *report, size_t *n_failed, polex_error *err) {
    checker c = {.dir = dir, .out = report};
    load_report rep = {.out = report, .notes = true};
    *n_failed = 0;
    c.rs = ruleset_load_ex(dir, NULL, &rep, err);
    if (!c.rs) return err ? err->code : POLEX_ERR_RULES;
    c.n_failed = rep.n_failed + match_context_report(c.rs, report);
    c.m = polex_matcher_new(c.rs, err);
    if (!c.m) {
        polex_ruleset_free(c.rs);
        return POLEX_ERR_NOMEM;
    }
    polex_error te;
    polex_error_clear(&te);
    polex_tokenizer_options opts = {.rules_dir = dir, .dict_path = NULL};
    c.tok = polex_tokenizer_new(&opts, &te);
    if (!c.tok) { /* a researcher's folder may lack the tokenizer's lexicons */
        opts.rules_dir = NULL;
        c.tok = polex_tokenizer_new(&opts, &te);
    }
    if (!c.tok)
        fprintf(report,
                "note: the tokenizer could not start (%s); examples use the simple fallback "
                "splitter, whose lemmas are crude\n",
                te.message);
    for (size_t i = 0; i < c.rs->n; i++)
        for (size_t k = 0; k < c.rs->rules[i].n_examples; k++)
            check_example(&c, i, &c.rs->rules[i].examples[k]);
    fprintf(report, "%zu rules, %zu examples, %zu problems\n", c.rs->n, c.n_examples, c.n_failed);
    *n_failed = c.n_failed;
    polex_tokenizer_free(c.tok);
    polex_matcher_free(c.m);
    polex_ruleset_free(c.rs);
    return POLEX_OK;
}
