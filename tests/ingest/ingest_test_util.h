/* ingest_test_util.h - helpers shared by the ingest tests. */
#ifndef INGEST_TEST_UTIL_H
#define INGEST_TEST_UTIL_H

#include "polex_ingest.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

/* Ingests s[0..n) as if read from `source`; fails the test on error. */
static inline polex_doc *ingest_ok(const char *source, const char *s, size_t n) {
    polex_blob blob = {.source = source, .data = s, .len = n};
    polex_doc *doc = NULL;
    polex_error err;
    polex_status rc = polex_ingest_blob(&blob, &doc, &err);
    if (rc != POLEX_OK) fail_msg("ingest of %s failed: %s", source, err.message);
    assert_non_null(doc);
    return doc;
}

/* Ingests and expects failure with `code`; returns the error. */
static inline polex_error ingest_fails(const char *source, const char *s, size_t n,
                                       polex_status code) {
    polex_blob blob = {.source = source, .data = s, .len = n};
    polex_doc *doc = NULL;
    polex_error err;
    polex_status rc = polex_ingest_blob(&blob, &doc, &err);
    assert_int_equal(rc, code);
    assert_null(doc);
    assert_int_equal(err.code, code);
    assert_string_equal(err.stage, "ingest");
    assert_string_equal(err.source, source);
    assert_int_equal(strlen(err.doc_id), 32);
    return err;
}

/* Paragraph i of doc as a NUL-terminated copy in buf. */
static inline const char *para(const polex_doc *doc, size_t i, char *buf, size_t cap) {
    assert_true(i < doc->n_paragraphs);
    polex_span sp = doc->paragraphs[i];
    assert_true(sp.start <= sp.end && sp.end <= doc->text_len);
    size_t n = sp.end - sp.start;
    assert_true(n < cap);
    memcpy(buf, doc->text + sp.start, n);
    buf[n] = '\0';
    return buf;
}

/* Checks the contract every document keeps: paragraphs in order, separated
 * by exactly "\n\n", covering the whole text, no edge or double spaces. */
static inline void assert_well_formed(const polex_doc *doc) {
    assert_non_null(doc->text);
    assert_int_equal(strlen(doc->text), doc->text_len);
    assert_true(doc->n_paragraphs > 0);
    assert_int_equal(doc->paragraphs[0].start, 0);
    assert_int_equal(doc->paragraphs[doc->n_paragraphs - 1].end, doc->text_len);
    for (size_t i = 0; i < doc->n_paragraphs; i++) {
        polex_span sp = doc->paragraphs[i];
        assert_true(sp.end > sp.start);
        assert_true(doc->text[sp.start] != ' ' && doc->text[sp.end - 1] != ' ');
        for (uint32_t k = sp.start; k < sp.end; k++) {
            assert_true(doc->text[k] != '\n' && doc->text[k] != '\t');
            if (k > sp.start) assert_false(doc->text[k] == ' ' && doc->text[k - 1] == ' ');
        }
        if (i > 0) {
            assert_int_equal(sp.start, doc->paragraphs[i - 1].end + 2);
            assert_memory_equal(doc->text + sp.start - 2, "\n\n", 2);
        }
    }
    assert_true(polex_utf8_valid(doc->text, doc->text_len, NULL));
}

#endif
