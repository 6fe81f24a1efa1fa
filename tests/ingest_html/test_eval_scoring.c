/*
 * test_eval_scoring.c - the token-shingle scoring of extraction
 * (pipeline/eval_extraction.c) on texts whose counts are worked out by hand.
 */
#include "eval_extraction.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

static polex_shingle_score cmp(const char *truth, const char *pred) {
    polex_shingle_score s;
    assert_int_equal(polex_shingle_compare(truth, strlen(truth), pred, strlen(pred), &s), POLEX_OK);
    return s;
}

static void assert_score(polex_shingle_score s, size_t tp, size_t fp, size_t fn) {
    if (s.tp != tp || s.fp != fp || s.fn != fn)
        fail_msg("tp/fp/fn %zu/%zu/%zu, want %zu/%zu/%zu", s.tp, s.fp, s.fn, tp, fp, fn);
}

static void test_shingles(void **state) {
    (void)state;
    /* truth: [a b c d] [b c d e]; pred: [a b c d] */
    assert_score(cmp("a b c d e", "a b c d"), 1, 0, 1);
    /* Punctuation and spacing do not matter, case does. */
    assert_score(cmp("One, two; three--four!", "one two three four"), 0, 1, 1);
    assert_score(cmp("One, two; three--four!", "One\n\ntwo three (four)"), 1, 0, 0);
    /* 1-3 tokens make one shingle. */
    assert_score(cmp("hello world", "hello world"), 1, 0, 0);
    assert_score(cmp("hello world", ""), 0, 0, 1);
    assert_score(cmp("", "...!"), 0, 0, 0);
    /* Repeats count: truth has [x y z w] twice, pred once. */
    assert_score(cmp("x y z w x y z w", "x y z w"), 1, 0, 4);
    /* Unicode letters and digits and '_' are word characters; '-' and '’' are not. */
    assert_score(cmp("caf\xc3\xa9 \xc3\xbc"
                     "ber_all 42 don\xe2\x80\x99t",
                     "caf\xc3\xa9 \xc3\xbc"
                     "ber_all 42 don t"),
                 2, 0, 0);
    /* Invalid UTF-8 separates tokens instead of failing. */
    assert_score(cmp("ab\xff"
                     "cd",
                     "ab cd"),
                 1, 0, 0);
}

static void test_totals(void **state) {
    (void)state;
    polex_extraction_totals t = {0};
    polex_shingle_score a = {3, 1, 0}, b = {1, 0, 1}, empty = {0, 0, 2};
    polex_extraction_totals_add(&t, &a);
    polex_extraction_totals_add(&t, &b);
    polex_extraction_totals_add(&t, &empty);
    double p, r, f;
    polex_extraction_totals_result(&t, &p, &r, &f);
    /* P over the 2 pages with a prediction: (0.75 + 1) / 2; R over 3: (1 + 0.5 + 0) / 3. */
    assert_float_equal(p, 0.875, 1e-12);
    assert_float_equal(r, 0.5, 1e-12);
    assert_float_equal(f, 2 * 0.875 * 0.5 / 1.375, 1e-12);
}

static void write_file(const char *path, const char *s) {
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(s, f);
    fclose(f);
}

static char *run_eval(const char *truth, const char *pred, int *rc, polex_error *err) {
    char tpath[] = "/tmp/polex-eval-truth-XXXXXX", ppath[] = "/tmp/polex-eval-pred-XXXXXX";
    int fd1 = mkstemp(tpath), fd2 = mkstemp(ppath);
    assert_true(fd1 >= 0 && fd2 >= 0);
    close(fd1);
    close(fd2);
    write_file(tpath, truth);
    write_file(ppath, pred);
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    *rc = polex_eval_extraction(tpath, ppath, f, err);
    fclose(f);
    remove(tpath);
    remove(ppath);
    return out;
}

static const char truth_json[] =
    "{\"p1\": {\"articleBody\": \"a b c d e\", \"url\": \"u1\"},"
    " \"p2\": {\"articleBody\": \"one two three four\", \"url\": \"u2\"},"
    " \"p3\": {\"articleBody\": \"left out\", \"url\": \"u3\"}}";

static void test_eval_files(void **state) {
    (void)state;
    polex_error err;
    int rc;
    char *out = run_eval(truth_json,
                         "{\"id\": \"p1\", \"text\": \"a b c d\"}\n\n"
                         "{\"id\": \"p2\", \"text\": \"one two three four five\"}\n",
                         &rc, &err);
    assert_int_equal(rc, 0);
    /* p1: P 1, R 0.5; p2: P 0.5, R 1; p3: no prediction, R 0.
     * P = 0.75, R = 0.5, F1 = 0.6. */
    assert_non_null(strstr(out, "precision 0.7500\nrecall 0.5000\nf1 0.6000\n"));
    assert_non_null(strstr(out, "pages 3 (with prediction 2)"));
    /* Worst first. */
    char *w3 = strstr(out, "p3"), *w1 = strstr(out, "p1");
    assert_true(w3 && w1 && w3 < w1);
    free(out);
}

static void test_eval_errors(void **state) {
    (void)state;
    polex_error err;
    int rc;
    char *out = run_eval(truth_json, "{\"id\": \"p1\", \"text\": \"a\"}\n{\"id\": 7}\n", &rc, &err);
    assert_int_equal(rc, -1);
    assert_int_equal(err.code, POLEX_ERR_RECORD);
    assert_int_equal(err.offset, 2);
    free(out);
    out = run_eval(truth_json, "{\"id\": \"nope\", \"text\": \"a\"}\n", &rc, &err);
    assert_int_equal(rc, -1);
    assert_non_null(strstr(err.message, "nope"));
    free(out);
    out = run_eval("[1, 2]", "", &rc, &err);
    assert_int_equal(rc, -1);
    assert_int_equal(err.code, POLEX_ERR_RECORD);
    free(out);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shingles),
        cmocka_unit_test(test_totals),
        cmocka_unit_test(test_eval_files),
        cmocka_unit_test(test_eval_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
