/* test_golden.c - runs sentences.golden and lemmas.golden through the library. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "tok_test_util.h"

static polex_tokenizer *tk;

static char *read_file(const char *name) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", POLEX_TEST_DATA, name);
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "cannot open %s\n", path);
        return NULL;
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) n = 0;
    if (buf) buf[n] = '\0';
    fclose(f);
    return buf;
}

/* Appends s[0..n) to a growing buffer. */
static void append(char **buf, size_t *len, const char *s, size_t n) {
    *buf = realloc(*buf, *len + n + 1);
    assert_non_null(*buf);
    memcpy(*buf + *len, s, n);
    *len += n;
    (*buf)[*len] = '\0';
}

typedef struct sent_case {
    char name[256];
    char *input;
    size_t input_len;
    char *expect; /* expected sentences, each followed by "|\n" */
    size_t expect_len;
} sent_case;

/* Runs one case; returns true when the sentences match. */
static bool run_sentence_case(const sent_case *c) {
    polex_doc *doc = tt_doc(c->input ? c->input : "", true);
    polex_error err;
    polex_error_clear(&err);
    assert_int_equal(polex_tokenize(tk, doc, &err), POLEX_OK);
    char *got = NULL;
    size_t got_len = 0;
    append(&got, &got_len, "", 0);
    for (size_t i = 0; i < doc->n_sentences; i++) {
        const polex_sentence *s = &doc->sentences[i];
        append(&got, &got_len, doc->text + s->start, s->end - s->start);
        append(&got, &got_len, "|\n", 2);
    }
    bool ok = strcmp(got, c->expect ? c->expect : "") == 0;
    if (!ok)
        fprintf(stderr, "FAIL sentences: %s\n--- expected\n%s--- got\n%s\n", c->name,
                c->expect ? c->expect : "", got);
    free(got);
    polex_doc_free(doc);
    return ok;
}

static void golden_sentences(void **state) {
    (void)state;
    char *text = read_file("sentences.golden");
    assert_non_null(text);
    int cases = 0, failed = 0;
    sent_case c = {0};
    bool in_case = false;
    for (char *line = text, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        size_t n = next ? (size_t)(next - line) : strlen(line);
        if (next) next++;
        if (n >= 3 && strncmp(line, "## ", 3) == 0) {
            if (in_case) failed += !run_sentence_case(&c), cases++;
            free(c.input), free(c.expect);
            memset(&c, 0, sizeof c);
            snprintf(c.name, sizeof c.name, "%.*s", (int)(n - 3), line + 3);
            in_case = true;
        } else if (n >= 1 && line[0] == '>') {
            if (c.input)
                append(&c.input, &c.input_len, "\n", 1);
            else
                append(&c.input, &c.input_len, "", 0);
            if (n >= 2) append(&c.input, &c.input_len, line + 2, n - 2);
        } else if (n >= 3 && line[0] == '|' && line[1] == '+') {
            /* "|+ text": the previous sentence goes on after a line break */
            if (c.expect_len >= 2) c.expect_len -= 2;
            append(&c.expect, &c.expect_len, "\n", 1);
            append(&c.expect, &c.expect_len, line + 3, n - 3);
            append(&c.expect, &c.expect_len, "|\n", 2);
        } else if (n >= 2 && line[0] == '|') {
            append(&c.expect, &c.expect_len, line + 2, n - 2);
            append(&c.expect, &c.expect_len, "|\n", 2);
        }
    }
    if (in_case) failed += !run_sentence_case(&c), cases++;
    free(c.input), free(c.expect);
    free(text);
    fprintf(stderr, "sentences.golden: %d cases, %d failed\n", cases, failed);
    assert_true(cases >= 150);
    assert_int_equal(failed, 0);
}

static bool has_word(const char *list, const char *w) {
    size_t n = strlen(w);
    for (const char *p = list; (p = strstr(p, w)) != NULL; p += n)
        if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0')) return true;
    return false;
}

/* Runs "SURFACE -> LEMMAS ; FLAGS"; returns true when it holds. */
static bool run_lemma_case(char *line) {
    char *arrow = strstr(line, " -> ");
    assert_non_null(arrow);
    *arrow = '\0';
    char *want = arrow + 4, *flags = strstr(want, " ; ");
    if (flags)
        *flags = '\0', flags += 3;
    else
        flags = "";
    polex_doc *doc = tt_doc(line, false);
    polex_error err;
    polex_error_clear(&err);
    assert_int_equal(polex_tokenize(tk, doc, &err), POLEX_OK);
    char got[512] = "";
    size_t len = 0;
    unsigned f = 0;
    for (size_t i = 0; i < doc->n_tokens; i++) {
        const polex_token *t = &doc->tokens[i];
        len += (size_t)snprintf(got + len, sizeof got - len, "%s%s", i ? " " : "", t->lemma);
        if (len >= sizeof got) len = sizeof got - 1;
        f |= t->flags;
    }
    bool ok = strcmp(got, want) == 0;
    ok = ok && has_word(flags, "oov") == ((f & POLEX_TOKF_OOV) != 0);
    ok = ok && has_word(flags, "repaired") == ((f & POLEX_TOKF_REPAIRED) != 0);
    if (has_word(flags, "cap")) ok = ok && (f & POLEX_TOKF_CAP);
    if (has_word(flags, "nocap")) ok = ok && !(f & POLEX_TOKF_CAP);
    if (!ok)
        fprintf(stderr, "FAIL lemmas: %s -> %s ; %s   got: %s ;%s%s%s\n", line, want, flags, got,
                f & POLEX_TOKF_OOV ? " oov" : "", f & POLEX_TOKF_REPAIRED ? " repaired" : "",
                f & POLEX_TOKF_CAP ? " cap" : "");
    polex_doc_free(doc);
    return ok;
}

static void golden_lemmas(void **state) {
    (void)state;
    char *text = read_file("lemmas.golden");
    assert_non_null(text);
    int cases = 0, failed = 0;
    for (char *line = text, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        if (!strstr(line, " -> ") || line[0] == '#') continue;
        cases++;
        failed += !run_lemma_case(line);
    }
    free(text);
    fprintf(stderr, "lemmas.golden: %d cases, %d failed\n", cases, failed);
    assert_true(cases >= 150);
    assert_int_equal(failed, 0);
}

int main(void) {
    tk = tt_tokenizer();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(golden_sentences),
        cmocka_unit_test(golden_lemmas),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    polex_tokenizer_free(tk);
    return rc;
}
