/* JSONL sink: exact bytes, temporary file then rename, interruption, failures. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <fcntl.h>
#include <sys/wait.h>

#include "load_fixture.h"
#include "polex_load.h"

static const char doc_line[] =
    "{\"schema\":\"polex.doc/1\",\"doc_id\":\"" FIX_DOC_ID "\",\"source\":\"news/a,b.txt\","
    "\"url\":null,\"title\":\"Judge blocks \\\"order\\\"\",\"published\":\"2025-06-10\","
    "\"format\":\"text\",\"author\":null,\"text\":\"Judge Ruiz blocked the order, a "
    "\\\"sanctuary\\\" fight. Chicago will sue.\",\"paragraphs\":[[0,68]],\"bytes\":70}\n";

/* %s: the event id */
static const char event_line[] =
    "{\"schema\":\"polex.event/1\",\"event_id\":\"%s\",\"doc_id\":\"" FIX_DOC_ID "\","
    "\"type\":\"ruling\",\"action\":\"block\",\"status\":\"asserted\","
    "\"actor\":{\"text\":\"Judge Ruiz\",\"kind\":\"court\"},\"jurisdictions\":["
    "{\"text\":\"Chicago\",\"ocd_id\":\"ocd-division/country:us/state:il/place:chicago\","
    "\"geoid\":\"1714000\",\"level\":\"place\",\"role\":\"target\",\"start\":51,\"end\":58},"
    "{\"text\":\"sanctuary\",\"ocd_id\":null,\"generic\":true,\"min_count\":2,"
    "\"role\":\"target\",\"start\":33,\"end\":42}],"
    "\"amount\":{\"text\":\"$1,500,000\",\"value\":1500000.0,\"currency\":\"USD\"},"
    "\"date\":{\"text\":\"June 3\",\"value\":\"2025-06-03\",\"precision\":\"day\"},"
    "\"attribution\":{\"text\":\"a \\\"senior\\\" official,\\nlater\"},"
    "\"evidence\":{\"text\":\"Judge Ruiz blocked the order, a \\\"sanctuary\\\" fight.\","
    "\"start\":0,\"end\":50},\"rule\":\"ruling.block.1\",\"confidence\":0.75}\n";

static const char error_line[] =
    "{\"schema\":\"polex.error/1\",\"stage\":\"ingest\",\"doc_id\":\"\",\"source\":\"bad.bin\","
    "\"code\":\"input\",\"offset\":12,\"message\":\"binary file, \\\"NUL\\\" at byte 12\"}\n";

static void write_all(polex_sink *sink, const polex_doc *doc) {
    polex_error err, e = fix_error();
    assert_int_equal(polex_sink_write_doc(sink, doc, &err), POLEX_OK);
    assert_int_equal(polex_sink_write_event(sink, doc, &doc->events[0], &err), POLEX_OK);
    assert_int_equal(polex_sink_write_error(sink, &e, &err), POLEX_OK);
}

static char *expected(const polex_doc *doc, bool with_doc) {
    size_t n = sizeof doc_line + sizeof event_line + sizeof error_line + 40;
    char *want = malloc(n);
    int len = snprintf(want, n, "%s", with_doc ? doc_line : "");
    len += snprintf(want + len, n - (size_t)len, event_line, doc->events[0].event_id);
    snprintf(want + len, n - (size_t)len, "%s", error_line);
    return want;
}

static void exact_bytes_and_rename_on_close(void **state) {
    (void)state;
    char *dir = fix_tmpdir(), *path = fix_path(dir, "out.jsonl"),
         *tmp = fix_path(dir, "out.jsonl.tmp");
    polex_doc *doc = fix_doc(1);
    polex_error err;
    polex_sink *sink = polex_sink_open(path, &err);
    assert_non_null(sink);
    write_all(sink, doc);
    assert_int_equal(polex_sink_flush(sink, &err), POLEX_OK);
    assert_false(fix_exists(path)); /* nothing at the target until close */
    assert_true(fix_exists(tmp));
    assert_int_equal(polex_sink_close(sink, &err), POLEX_OK);
    assert_false(fix_exists(tmp));
    char *got = fix_slurp(path), *want = expected(doc, true);
    assert_string_equal(got, want);
    free(got);
    free(want);
    polex_doc_free(doc);
    free(path);
    free(tmp);
    fix_rmdir(dir);
}

static void no_docs_flag_leaves_doc_records_out(void **state) {
    (void)state;
    char *dir = fix_tmpdir(), *path = fix_path(dir, "events.jsonl");
    polex_doc *doc = fix_doc(1);
    polex_error err;
    polex_sink_options opts = {.flags = POLEX_SINK_NO_DOCS};
    polex_sink *sink = polex_sink_open_with(path, &opts, &err);
    assert_non_null(sink);
    write_all(sink, doc);
    assert_int_equal(polex_sink_close(sink, &err), POLEX_OK);
    char *got = fix_slurp(path), *want = expected(doc, false);
    assert_string_equal(got, want);
    free(got);
    free(want);
    polex_doc_free(doc);
    free(path);
    fix_rmdir(dir);
}

/* A process killed mid-run never closes its sink: the old target must survive whole. */
static void interrupted_write_leaves_old_target(void **state) {
    (void)state;
    char *dir = fix_tmpdir(), *path = fix_path(dir, "out.jsonl");
    FILE *fp = fopen(path, "wb");
    fputs("old\n", fp);
    fclose(fp);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        polex_doc *doc = fix_doc(1);
        polex_sink *sink = polex_sink_open(path, NULL);
        for (int i = 0; sink && i < 1000; i++)
            polex_sink_write_event(sink, doc, &doc->events[0], NULL);
        polex_sink_flush(sink, NULL);
        _exit(sink ? 0 : 1);
    }
    int status;
    waitpid(pid, &status, 0);
    assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    char *got = fix_slurp(path);
    assert_string_equal(got, "old\n");
    free(got);
    free(path);
    fix_rmdir(dir);
}

static void abort_removes_temporary_file(void **state) {
    (void)state;
    char *dir = fix_tmpdir(), *path = fix_path(dir, "out.jsonl"),
         *tmp = fix_path(dir, "out.jsonl.tmp");
    polex_doc *doc = fix_doc(1);
    polex_error err;
    polex_sink *sink = polex_sink_open(path, &err);
    assert_non_null(sink);
    write_all(sink, doc);
    assert_true(fix_exists(tmp));
    polex_sink_abort(sink);
    assert_false(fix_exists(tmp));
    assert_false(fix_exists(path));
    polex_doc_free(doc);
    free(path);
    free(tmp);
    fix_rmdir(dir);
}

static void unwritable_directory_is_a_clean_io_error(void **state) {
    (void)state;
    char *dir = fix_tmpdir(), *file = fix_path(dir, "plain"),
         *path = fix_path(dir, "plain/x.jsonl");
    FILE *fp = fopen(file, "wb"); /* a file where a folder should be: fails even for root */
    fclose(fp);
    polex_error err;
    polex_error_clear(&err);
    assert_null(polex_sink_open(path, &err));
    assert_int_equal(err.code, POLEX_ERR_IO);
    assert_string_equal(err.stage, "load");
    assert_string_equal(err.source, path);
    assert_non_null(strstr(err.message, "cannot create"));
    assert_non_null(strstr(err.message, "Not a directory"));
    free(file);
    free(path);
    fix_rmdir(dir);
}

/* stdout on a full disk: the write fails, the sink stays failed, close reports it. */
static void full_disk_on_stdout_fails_and_sticks(void **state) {
    (void)state;
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        if (!freopen("/dev/full", "w", stdout)) _exit(2);
        polex_doc *doc = fix_doc(1);
        polex_error err;
        polex_sink *sink = polex_sink_open("-", &err);
        polex_status rc = POLEX_OK;
        for (int i = 0; sink && i < 10000 && !rc; i++)
            rc = polex_sink_write_event(sink, doc, &doc->events[0], &err);
        if (!rc) rc = polex_sink_flush(sink, &err);
        bool ok = rc == POLEX_ERR_IO && strstr(err.message, "standard output") &&
                  polex_sink_write_error(sink, &err, NULL) == POLEX_ERR_IO &&
                  polex_sink_close(sink, &err) == POLEX_ERR_IO;
        polex_doc_free(doc);
        _exit(ok ? 0 : 1);
    }
    int status;
    waitpid(pid, &status, 0);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
}

static void bad_evidence_fails_only_that_call(void **state) {
    (void)state;
    char *dir = fix_tmpdir(), *path = fix_path(dir, "out.jsonl");
    polex_doc *doc = fix_doc(1);
    polex_event bad = doc->events[0];
    bad.evidence_end = 500;
    polex_error err;
    polex_sink *sink = polex_sink_open(path, &err);
    assert_int_equal(polex_sink_write_event(sink, doc, &bad, &err), POLEX_ERR_USAGE);
    assert_non_null(strstr(err.message, "evidence [0, 500)"));
    assert_int_equal(polex_sink_write_event(sink, doc, &doc->events[0], &err), POLEX_OK);
    assert_int_equal(polex_sink_close(sink, &err), POLEX_OK);
    char *got = fix_slurp(path), *want = malloc(sizeof event_line + 40);
    snprintf(want, sizeof event_line + 40, event_line, doc->events[0].event_id);
    assert_string_equal(got, want);
    free(got);
    free(want);
    polex_doc_free(doc);
    free(path);
    fix_rmdir(dir);
}

static void unknown_target_is_a_usage_error(void **state) {
    (void)state;
    polex_error err;
    assert_null(polex_sink_open("out.parquet", &err));
    assert_int_equal(err.code, POLEX_ERR_USAGE);
    assert_null(polex_sink_open("", &err));
    assert_int_equal(err.code, POLEX_ERR_USAGE);
    assert_int_equal(polex_sink_close(NULL, &err), POLEX_OK);
    polex_sink_abort(NULL);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(exact_bytes_and_rename_on_close),
        cmocka_unit_test(no_docs_flag_leaves_doc_records_out),
        cmocka_unit_test(interrupted_write_leaves_old_target),
        cmocka_unit_test(abort_removes_temporary_file),
        cmocka_unit_test(unwritable_directory_is_a_clean_io_error),
        cmocka_unit_test(full_disk_on_stdout_fails_and_sticks),
        cmocka_unit_test(bad_evidence_fails_only_that_call),
        cmocka_unit_test(unknown_target_is_a_usage_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
