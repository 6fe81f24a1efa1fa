/* polex eval: exact counts for a small hand-made gold file and predictions. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "polex_eval.h"

static char dir[] = "/tmp/polex-eval-XXXXXX";
static char gold[256], pred[256], second[256];

static void write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static const char doc_text[] = "The department withheld grants from Chicago. A judge blocked it.\n";

static int setup(void **state) {
    (void)state;
    if (!mkdtemp(dir)) return -1;
    char path[256], id[33];
    snprintf(path, sizeof path, "%s/a.txt", dir);
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    fputs(doc_text, f);
    fclose(f);
    polex_hash_hex(doc_text, strlen(doc_text), id);
    snprintf(gold, sizeof gold, "%s/gold.jsonl", dir);
    snprintf(pred, sizeof pred, "%s/pred.jsonl", dir);
    snprintf(second, sizeof second, "%s/second.jsonl", dir);
    /* a second coder: other spans of the same sentences, one status and one
     * jurisdiction set of their own, one event more, a document not in GOLD */
    write_file(second, "{\"file\":\"a.txt\",\"events\":["
                       "{\"type\":\"funding\",\"action\":\"withhold\",\"status\":\"asserted\","
                       "\"evidence\":\"The department withheld\",\"jurisdictions\":[]},"
                       "{\"type\":\"ruling\",\"action\":\"block\",\"status\":\"planned\","
                       "\"evidence\":\"blocked it\",\"jurisdictions\":[]},"
                       "{\"type\":\"litigation\",\"action\":\"sue\",\"status\":\"asserted\","
                       "\"evidence\":\"A judge\",\"jurisdictions\":[]}]}\n"
                       "{\"file\":\"b.txt\",\"events\":[{\"type\":\"order\",\"action\":\"sign\","
                       "\"status\":\"asserted\",\"evidence\":\"x\",\"jurisdictions\":[]}]}\n");
    FILE *g = fopen(gold, "wb"), *p = fopen(pred, "wb");
    if (!g || !p) return -1;
    fputs("{\"file\":\"a.txt\",\"events\":["
          "{\"type\":\"funding\",\"action\":\"withhold\",\"status\":\"asserted\","
          "\"evidence\":\"withheld  grants from Chicago\",\"jurisdictions\":"
          "[\"ocd-division/country:us/state:il/place:chicago\"],\"date\":\"2025-04-21\"},"
          "{\"type\":\"ruling\",\"action\":\"block\",\"status\":\"asserted\","
          "\"evidence\":\"judge blocked\",\"jurisdictions\":[]}]}\n",
          g);
    const char *ev = "{\"schema\":\"polex.event/1\",\"event_id\":\"%032d\",\"doc_id\":\"%s\","
                     "\"type\":\"%s\",\"action\":\"%s\",\"status\":\"%s\",\"jurisdictions\":%s,"
                     "\"date\":%s,\"evidence\":{\"text\":\"%s\",\"start\":0,\"end\":1}}\n";
    fprintf(
        p, ev, 1, id, "funding", "withhold", "asserted",
        "[{\"text\":\"Chicago\",\"ocd_id\":\"ocd-division/country:us/state:il/place:chicago\"}]",
        "{\"value\":\"2025-04-20\"}", "The department withheld grants from Chicago.");
    fprintf(p, ev, 2, id, "ruling", "uphold", "planned", "[]", "null", "A judge blocked it.");
    fprintf(p, ev, 3, id, "litigation", "sue", "asserted", "[]", "null", "A judge blocked it.");
    fprintf(p, ev, 4, "ffffffffffffffffffffffffffffffff", "order", "sign", "asserted", "[]", "null",
            "x");
    fputs("{\"schema\":\"polex.error/1\",\"message\":\"ignored\"}\n", p);
    fclose(g);
    fclose(p);
    return 0;
}

static int teardown(void **state) {
    (void)state;
    char path[256];
    const char *names[] = {"a.txt", "gold.jsonl", "pred.jsonl", "second.jsonl"};
    for (size_t i = 0; i < 4; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        unlink(path);
    }
    rmdir(dir);
    return 0;
}

static void counts_are_exact(void **state) {
    (void)state;
    polex_eval_summary s;
    polex_error err;
    polex_error_clear(&err);
    polex_eval_options opts = {0};
    assert_int_equal(polex_eval_events(gold, pred, &opts, NULL, &s, &err), POLEX_OK);
    assert_int_equal(s.documents, 1);
    assert_int_equal(s.gold_events, 2);
    assert_int_equal(s.pred_events, 4);
    assert_int_equal(s.unknown_docs, 1);
    /* withhold matches; block->uphold is an action confusion; sue is spurious */
    assert_int_equal(s.overall.tp, 1);
    assert_int_equal(s.overall.fp, 2);
    assert_int_equal(s.overall.fn, 1);
    assert_int_equal(s.type_only.tp, 2);
    assert_int_equal(s.type_only.fp, 1);
    assert_int_equal(s.type_only.fn, 0);
    assert_float_equal(s.precision, 1.0 / 3.0, 1e-9);
    assert_float_equal(s.recall, 0.5, 1e-9);
    assert_int_equal(s.matched, 1);
    assert_int_equal(s.status_correct, 1);
    assert_int_equal(s.jur_correct, 1);
    assert_int_equal(s.date_scored, 1);
    assert_int_equal(s.date_correct, 0); /* 2025-04-20 is not 2025-04-21 */
}

/* A second annotation in gold format is scored like a prediction, each of
 * its events standing for the sentence its evidence lies in. */
static void second_coder_is_scored_by_sentence(void **state) {
    (void)state;
    polex_eval_summary s;
    polex_error err;
    polex_error_clear(&err);
    polex_eval_options opts = {0};
    assert_int_equal(polex_eval_events(gold, second, &opts, NULL, &s, &err), POLEX_OK);
    assert_int_equal(s.gold_events, 2);
    assert_int_equal(s.pred_events, 4);
    assert_int_equal(s.unknown_docs, 1);
    assert_int_equal(s.overall.tp, 2);
    assert_int_equal(s.overall.fp, 1);
    assert_int_equal(s.overall.fn, 0);
    assert_int_equal(s.matched, 2);
    assert_int_equal(s.status_correct, 1); /* block: planned, not asserted */
    assert_int_equal(s.jur_correct, 1);    /* withhold: Chicago missing */
    assert_int_equal(s.jur_shapes[POLEX_JUR_NONE_PREDICTED], 1);
    assert_int_equal(s.jur_shapes[POLEX_JUR_NONE_IN_GOLD] + s.jur_shapes[POLEX_JUR_EXTRA] +
                         s.jur_shapes[POLEX_JUR_MISSING] + s.jur_shapes[POLEX_JUR_OTHER],
                     0);
}

/* One sentence an event, each with another difference between the
 * predicted and the gold ids, in counts that tell the shapes apart (a
 * swap of two shapes changes them): none in gold 1, none predicted 2,
 * extra 2, missing 1, other 3 (disjoint, overlapping, and a predicted id
 * that only begins with gold's), and one right. */
static void jurisdiction_mismatches_by_shape(void **state) {
    (void)state;
#define CA "\"ocd-division/country:us/state:ca\""
#define OR "\"ocd-division/country:us/state:or\""
#define WA "\"ocd-division/country:us/state:wa\""
#define PDX "\"ocd-division/country:us/state:or/place:portland\""
    static const char text[] =
        "A sued. B sued. C sued. D sued. E sued. F sued. G sued. H sued. I sued. J sued.\n";
    static const char *const sets[][2] = {
        /* gold, predicted */
        {"", CA},        {CA, ""},        {WA, ""}, {CA, CA "," OR},
        {OR, OR "," WA}, {CA "," OR, OR}, {CA, OR}, {CA "," OR, OR "," WA},
        {OR, PDX},       {WA, WA},
    };
#undef CA
#undef OR
#undef WA
#undef PDX
    enum { N_SETS = sizeof sets / sizeof *sets };
    char path[300], g2[300], p2[300], id[33];
    snprintf(path, sizeof path, "%s/c.txt", dir);
    snprintf(g2, sizeof g2, "%s/gold-shapes.jsonl", dir);
    snprintf(p2, sizeof p2, "%s/pred-shapes.jsonl", dir);
    write_file(path, text);
    polex_hash_hex(text, strlen(text), id);
    FILE *g = fopen(g2, "wb"), *p = fopen(p2, "wb");
    assert_true(g && p);
    fputs("{\"file\":\"c.txt\",\"events\":[", g);
    for (int i = 0; i < N_SETS; i++) {
        char sentence[16];
        snprintf(sentence, sizeof sentence, "%c sued.", 'A' + i);
        fprintf(g,
                "%s{\"type\":\"litigation\",\"action\":\"sue\",\"status\":\"asserted\","
                "\"evidence\":\"%s\",\"jurisdictions\":[%s]}",
                i ? "," : "", sentence, sets[i][0]);
        fprintf(p,
                "{\"schema\":\"polex.event/1\",\"doc_id\":\"%s\",\"type\":\"litigation\","
                "\"action\":\"sue\",\"status\":\"asserted\",\"date\":null,"
                "\"evidence\":{\"text\":\"%s\"},\"jurisdictions\":[",
                id, sentence);
        /* predictions carry objects; a generic entry (no id) counts for nothing */
        const char *q = sets[i][1];
        for (int k = 0; *q; k++) {
            size_t n = strcspn(q + 1, "\"") + 2;
            fprintf(p, "%s{\"ocd_id\":%.*s}", k ? "," : "", (int)n, q);
            q += n + (q[n] == ',');
        }
        fprintf(p, "%s{\"ocd_id\":null,\"generic\":true}]}\n", *sets[i][1] ? "," : "");
    }
    fputs("]}\n", g);
    fclose(g);
    fclose(p);
    polex_eval_summary s;
    polex_error err;
    polex_error_clear(&err);
    polex_eval_options opts = {0};
    assert_int_equal(polex_eval_events(g2, p2, &opts, NULL, &s, &err), POLEX_OK);
    assert_int_equal(s.jur_scored, N_SETS);
    assert_int_equal(s.jur_correct, 1);
    assert_int_equal(s.jur_shapes[POLEX_JUR_NONE_IN_GOLD], 1);
    assert_int_equal(s.jur_shapes[POLEX_JUR_NONE_PREDICTED], 2);
    assert_int_equal(s.jur_shapes[POLEX_JUR_EXTRA], 2);
    assert_int_equal(s.jur_shapes[POLEX_JUR_MISSING], 1);
    assert_int_equal(s.jur_shapes[POLEX_JUR_OTHER], 3);
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    assert_int_equal(polex_eval_events(g2, p2, &opts, out, NULL, &err), POLEX_OK);
    fclose(out);
    assert_non_null(strstr(buf, "jurisdiction accuracy   0.100  (1/10, exact OCD id set)\n"
                                "  mismatches: none in gold 1, none predicted 2, extra ids 2, "
                                "missing ids 1, other 3\n"));
    free(buf);
    opts.json = true;
    out = open_memstream(&buf, &len);
    assert_int_equal(polex_eval_events(g2, p2, &opts, out, NULL, &err), POLEX_OK);
    fclose(out);
    assert_non_null(strstr(buf, "\"jurisdiction_mismatch_shapes\":{\"none_in_gold\":1,"
                                "\"none_predicted\":2,\"extra\":2,\"missing\":1,\"other\":3}"));
    free(buf);
    unlink(path);
    unlink(g2);
    unlink(p2);
}

static void report_lists_confusion_and_errors(void **state) {
    (void)state;
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    polex_eval_options opts = {.list_errors = 10};
    polex_error err;
    assert_int_equal(polex_eval_events(gold, pred, &opts, out, NULL, &err), POLEX_OK);
    fclose(out);
    assert_non_null(strstr(buf, "block          -> uphold"));
    assert_non_null(strstr(buf, "a.txt  litigation/sue  \"A judge blocked it.\""));
    assert_non_null(strstr(buf, "a.txt  ruling/block predicted as uphold  \"judge blocked\""));
    /* the one matched event is right on status and jurisdictions, wrong on date */
    const char *date = strstr(buf, "date mismatches (matched events):\n");
    assert_non_null(date);
    assert_string_equal(date + strlen("date mismatches (matched events):\n"),
                        "  a.txt  funding/withhold  gold 2025-04-21 predicted 2025-04-20  "
                        "\"withheld grants from Chicago\"\n");
    assert_non_null(strstr(buf, "status mismatches (matched events):\n\n"));
    assert_non_null(strstr(buf, "jurisdiction mismatches (matched events):\n\n"));
    free(buf);
}

static void json_report_lists_mismatches(void **state) {
    (void)state;
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    polex_eval_options opts = {.json = true, .list_errors = 10};
    polex_error err;
    assert_int_equal(polex_eval_events(gold, pred, &opts, out, NULL, &err), POLEX_OK);
    fclose(out);
    assert_non_null(strstr(buf,
                           "\"date_mismatches\":[{\"file\":\"a.txt\",\"type\":\"funding\","
                           "\"action\":\"withhold\",\"evidence\":\"withheld grants from "
                           "Chicago\",\"gold\":\"2025-04-21\",\"predicted\":\"2025-04-20\"}]"));
    assert_non_null(strstr(buf, "\"predicted_as\":\"uphold\""));
    assert_non_null(strstr(buf, "\"jurisdiction_mismatches\":[]"));
    free(buf);
}

/* The predictions of setup, each with a rule: withhold is right; the
 * uphold (gold says block) and the spurious sue are both false. */
static void by_rule_counts_each_rules_events(void **state) {
    (void)state;
    char with_rules[300], id[33];
    snprintf(with_rules, sizeof with_rules, "%s/pred-rules.jsonl", dir);
    polex_hash_hex(doc_text, strlen(doc_text), id);
    FILE *p = fopen(with_rules, "wb");
    assert_non_null(p);
    const char *ev = "{\"schema\":\"polex.event/1\",\"doc_id\":\"%s\",\"type\":\"%s\","
                     "\"action\":\"%s\",\"status\":\"asserted\",\"jurisdictions\":[],"
                     "\"date\":null,\"evidence\":{\"text\":\"%s\"},\"rule\":\"%s\"}\n";
    fprintf(p, ev, id, "funding", "withhold", "The department withheld grants from Chicago.",
            "f.withhold");
    fprintf(p, ev, id, "ruling", "uphold", "A judge blocked it.", "r.uphold");
    fprintf(p, ev, id, "litigation", "sue", "A judge blocked it.", "r.uphold");
    fclose(p);
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    polex_eval_options opts = {.by_rule = true};
    polex_error err;
    assert_int_equal(polex_eval_events(gold, with_rules, &opts, out, NULL, &err), POLEX_OK);
    fclose(out);
    const char *table = strstr(buf, "events by rule (most false first):\n");
    assert_non_null(table);
    table = strchr(table, '\n') + 1;
    table = strchr(table, '\n') + 1; /* the header */
    char want[256];
    snprintf(want, sizeof want, "%-44s %5d %5d  %6.3f\n%-44s %5d %5d  %6.3f\n", "r.uphold", 0, 2,
             0.0, "f.withhold", 1, 0, 1.0);
    assert_string_equal(table, want);
    free(buf);
    buf = NULL;
    out = open_memstream(&buf, &len);
    opts.json = true;
    assert_int_equal(polex_eval_events(gold, with_rules, &opts, out, NULL, &err), POLEX_OK);
    fclose(out);
    assert_non_null(strstr(buf, "\"rules\":[{\"rule\":\"r.uphold\",\"tp\":0,\"fp\":2,"));
    free(buf);
    unlink(with_rules);
}

static void missing_document_is_an_error(void **state) {
    (void)state;
    char bad[300];
    snprintf(bad, sizeof bad, "%s/gold-bad.jsonl", dir);
    write_file(bad, "{\"file\":\"nope.txt\",\"events\":[]}\n");
    polex_error err;
    polex_error_clear(&err);
    polex_eval_options opts = {0};
    assert_int_equal(polex_eval_events(bad, pred, &opts, NULL, NULL, &err), POLEX_ERR_IO);
    assert_non_null(strstr(err.message, "nope.txt"));
    unlink(bad);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(counts_are_exact),
        cmocka_unit_test(second_coder_is_scored_by_sentence),
        cmocka_unit_test(jurisdiction_mismatches_by_shape),
        cmocka_unit_test(report_lists_confusion_and_errors),
        cmocka_unit_test(json_report_lists_mismatches),
        cmocka_unit_test(by_rule_counts_each_rules_events),
        cmocka_unit_test(missing_document_is_an_error),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
