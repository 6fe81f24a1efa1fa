/* Records: what is written reads back to the same bytes; bad records are refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "polex_record.h"

static polex_doc *sample_doc(void) {
    polex_doc *doc = polex_doc_new();
    doc->doc_id = "0123456789abcdef0123456789abcdef";
    doc->source = "a.txt";
    doc->format = "text";
    doc->text = "Judge blocks order. Chicago sues.";
    doc->text_len = strlen(doc->text);
    doc->bytes = 40;
    polex_doc_add_paragraph(doc, 0, (uint32_t)doc->text_len);
    polex_sentence s = {0, 19, 0, 2};
    polex_doc_add_sentence(doc, &s);
    polex_token t1 = {0, 5, POLEX_TOK_WORD, POLEX_TOKF_CAP, "judge", "judge"};
    polex_token t2 = {6, 12, POLEX_TOK_WORD, 0, "blocks", "block"};
    polex_doc_add_token(doc, &t1);
    polex_doc_add_token(doc, &t2);
    polex_hit h = {.rule = "r1",
                   .type = "ruling",
                   .action = "block",
                   .priority = 5,
                   .sentence = 0,
                   .start = 0,
                   .end = 12,
                   .status = POLEX_ASSERTED,
                   .n_roles = 1,
                   .roles = {{"court", 0, 5}}};
    polex_doc_add_hit(doc, &h);
    return doc;
}

static void roundtrip_is_byte_identical(void **state) {
    (void)state;
    polex_doc *doc = sample_doc();
    for (int level = POLEX_REC_DOC; level <= POLEX_REC_MATCH; level++) {
        char *json = polex_doc_to_json(doc, (polex_record_kind)level);
        assert_non_null(json);
        polex_record_kind kind;
        polex_doc *back = NULL;
        polex_error rec, err;
        assert_int_equal(polex_record_parse(json, strlen(json), &kind, &back, &rec, &err),
                         POLEX_OK);
        assert_int_equal(kind, level);
        char *again = polex_doc_to_json(back, (polex_record_kind)level);
        assert_string_equal(json, again);
        free(json);
        free(again);
        polex_doc_free(back);
    }
    polex_doc_free(doc);
}

static void event_roundtrip(void **state) {
    (void)state;
    polex_doc *doc = sample_doc();
    polex_event *ev = polex_doc_add_event(doc);
    ev->type = "ruling";
    ev->action = "block";
    ev->actor_text = "Judge";
    ev->actor_kind = "court";
    ev->evidence_start = 0;
    ev->evidence_end = 19;
    ev->rule = "r1";
    ev->confidence = 0.8;
    polex_event_make_id(doc->doc_id, ev);
    char *json = polex_event_to_json(doc, ev);
    assert_non_null(strstr(json, "\"evidence\":{\"text\":\"Judge blocks order.\",\"start\":0,"
                                 "\"end\":19}"));
    assert_non_null(strstr(json, "\"confidence\":0.8,") || strstr(json, "\"confidence\":0.8}"));
    polex_record_kind kind;
    polex_doc *back = NULL;
    polex_error rec, err;
    assert_int_equal(polex_record_parse(json, strlen(json), &kind, &back, &rec, &err), POLEX_OK);
    assert_int_equal(kind, POLEX_REC_EVENT);
    assert_int_equal(back->n_events, 1);
    char *again = polex_event_to_json(back, &back->events[0]);
    assert_string_equal(json, again);
    free(json);
    free(again);
    polex_doc_free(back);
    polex_doc_free(doc);
}

static void event_id_depends_on_evidence_and_type(void **state) {
    (void)state;
    polex_event a = {.type = "ruling", .action = "block", .evidence_start = 0, .evidence_end = 9};
    polex_event b = a;
    polex_event c = a;
    c.action = "uphold";
    polex_event_make_id("d", &a);
    polex_event_make_id("d", &b);
    polex_event_make_id("d", &c);
    assert_string_equal(a.event_id, b.event_id);
    assert_string_not_equal(a.event_id, c.event_id);
    assert_int_equal(strlen(a.event_id), 32);
}

static void bad_records_are_refused(void **state) {
    (void)state;
    const char *cases[] = {
        "{\"schema\":\"polex.doc/9\",\"text\":\"x\",\"doc_id\":\"a\"}",
        "not json",
        "{\"schema\":\"polex.doc/1\",\"doc_id\":\"a\"}",
        "{\"schema\":\"polex.doc/1\",\"doc_id\":\"a\",\"text\":\"ab\",\"paragraphs\":[[0,5]]}",
        "{\"schema\":\"polex.tokens/1\",\"doc_id\":\"a\",\"text\":\"ab\",\"sentences\":"
        "[{\"start\":0,\"end\":2,\"tokens\":[[0,9,\"word\",\"ab\",\"ab\",0]]}]}",
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        polex_record_kind kind;
        polex_doc *doc = NULL;
        polex_error rec, err;
        polex_error_clear(&err);
        assert_int_equal(polex_record_parse(cases[i], strlen(cases[i]), &kind, &doc, &rec, &err),
                         POLEX_ERR_RECORD);
        assert_null(doc);
        assert_true(err.message[0] != '\0');
    }
}

static void error_record_roundtrip(void **state) {
    (void)state;
    polex_error e;
    polex_error_clear(&e);
    polex_fail(&e, POLEX_ERR_INPUT, "ingest", "binary file");
    snprintf(e.source, sizeof e.source, "x.bin");
    char *json = polex_error_to_json(&e);
    assert_string_equal(json, "{\"schema\":\"polex.error/1\",\"stage\":\"ingest\",\"doc_id\":\"\","
                              "\"source\":\"x.bin\",\"code\":\"input\",\"offset\":null,"
                              "\"message\":\"binary file\"}");
    polex_record_kind kind;
    polex_doc *doc = NULL;
    polex_error rec, err;
    assert_int_equal(polex_record_parse(json, strlen(json), &kind, &doc, &rec, &err), POLEX_OK);
    assert_int_equal(kind, POLEX_REC_ERROR);
    assert_int_equal(rec.code, POLEX_ERR_INPUT);
    assert_string_equal(rec.message, "binary file");
    free(json);
}

static void utf8_validation(void **state) {
    (void)state;
    size_t off = 0;
    assert_true(polex_utf8_valid("caf\xc3\xa9", 5, NULL));
    assert_false(polex_utf8_valid("ab\xc3", 3, &off));
    assert_int_equal(off, 2);
    assert_false(polex_utf8_valid("a\xed\xa0\x80", 4, &off)); /* surrogate */
    assert_int_equal(off, 1);
    assert_false(polex_utf8_valid("\xc0\xaf", 2, &off)); /* overlong */
    assert_int_equal(off, 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(roundtrip_is_byte_identical),
        cmocka_unit_test(event_roundtrip),
        cmocka_unit_test(event_id_depends_on_evidence_and_type),
        cmocka_unit_test(bad_records_are_refused),
        cmocka_unit_test(error_record_roundtrip),
        cmocka_unit_test(utf8_validation),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
