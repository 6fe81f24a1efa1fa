/* SQLite sink: rows read back, idempotent re-runs, vanished events, batches, failures. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "load_fixture.h"
#include "polex_load.h"
#include "polex_record.h"

/* Loads the fixture doc with n_events events (and the fixture error) into target. */
static void load_fixture(const char *target, size_t n_events) {
    polex_doc *doc = fix_doc(n_events);
    polex_error err, e = fix_error();
    polex_sink *sink = polex_sink_open(target, &err);
    assert_non_null(sink);
    assert_int_equal(polex_sink_write_doc(sink, doc, &err), POLEX_OK);
    for (size_t i = 0; i < doc->n_events; i++)
        assert_int_equal(polex_sink_write_event(sink, doc, &doc->events[i], &err), POLEX_OK);
    assert_int_equal(polex_sink_write_error(sink, &e, &err), POLEX_OK);
    assert_int_equal(polex_sink_close(sink, &err), POLEX_OK);
    polex_doc_free(doc);
}

/* The rows of a query as one string: columns joined by '|', rows by '\n', NULL as "~". */
static char *query(const char *path, const char *sql) {
    sqlite3 *db;
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) fail_msg("%s", sqlite3_errmsg(db));
    sqlite3_str *out = sqlite3_str_new(db);
    while (sqlite3_step(st) == SQLITE_ROW) {
        for (int i = 0; i < sqlite3_column_count(st); i++) {
            const unsigned char *v = sqlite3_column_text(st, i);
            sqlite3_str_appendf(out, "%s%s", i ? "|" : "", v ? (const char *)v : "~");
        }
        sqlite3_str_appendchar(out, 1, '\n');
    }
    sqlite3_finalize(st);
    char *s = sqlite3_str_finish(out);
    sqlite3_close(db);
    char *copy = strdup(s ? s : "");
    sqlite3_free(s);
    return copy;
}

static void assert_query(const char *path, const char *sql, const char *want) {
    char *got = query(path, sql);
    assert_string_equal(got, want);
    free(got);
}

static const char counts_sql[] =
    "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events),"
    " (SELECT count(*) FROM event_jurisdictions), (SELECT count(*) FROM errors)";

static void rows_read_back(void **state) {
    (void)state;
    char *dir = fix_tmpdir(), *path = fix_path(dir, "out.sqlite");
    load_fixture(path, 2);
    polex_doc *doc = fix_doc(2);
    char want[1024];
    assert_query(path, counts_sql, "1|2|3|1\n");
    assert_query(path, "SELECT value FROM meta WHERE key = 'schema_version'", "1\n");
    assert_query(path, "PRAGMA journal_mode", "wal\n");
    assert_query(path, "SELECT * FROM documents",
                 FIX_DOC_ID "|news/a,b.txt|~|Judge blocks \"order\"|2025-06-10|text|70|" FIX_TEXT
                            "\n");
    snprintf(want, sizeof want,
             "%s|" FIX_DOC_ID "|ruling|block|asserted|Judge Ruiz|court|$1,500,000|1500000.0|USD|"
             "June 3|2025-06-03|day|a \"senior\" official,\nlater|Judge Ruiz blocked the order, "
             "a \"sanctuary\" fight.|0|50|ruling.block.1|0.75\n"
             "%s|" FIX_DOC_ID "|litigation|sue|planned|~|~|~|~|~|~|~|~|~|Chicago will sue.|51|68|"
             "lit.sue|0.5\n",
             doc->events[0].event_id, doc->events[1].event_id);
    assert_query(path, "SELECT * FROM events ORDER BY evidence_start", want);
    snprintf(want, sizeof want,
             "%s|0|Chicago|ocd-division/country:us/state:il/place:chicago|1714000|place|target|"
             "0|~\n%s|1|sanctuary|~|~|~|target|1|2\n"
             "%s|0|Chicago|ocd-division/country:us/state:il/place:chicago|1714000|place|actor|"
             "0|~\n",
             doc->events[0].event_id, doc->events[0].event_id, doc->events[1].event_id);
    assert_query(path,
                 "SELECT j.* FROM event_jurisdictions j JOIN events e USING (event_id)"
                 " ORDER BY e.evidence_start, j.ord",
                 want);
    assert_query(path, "SELECT id, stage, doc_id, source, code, \"offset\", message FROM errors",
                 "1|ingest||bad.bin|input|12|binary file, \"NUL\" at byte 12\n");
    /* evidence offsets slice back to the stored evidence text */
    assert_query(path,
                 "SELECT count(*) FROM events e JOIN documents d USING (doc_id) WHERE"
                 " substr(d.text, e.evidence_start + 1, e.evidence_end - e.evidence_start)"
                 " = e.evidence_text",
                 "2\n");
    polex_doc_free(doc);
    free(path);
    fix_rmdir(dir);
}

static void rerun_is_idempotent(void **state) {
    (void)state;
    char *dir = fix_tmpdir(), *path = fix_path(dir, "out.db");
    load_fixture(path, 2);
    load_fixture(path, 2);
    load_fixture(path, 2);
    assert_query(path, counts_sql, "1|2|3|1\n");
    assert_query(path, "SELECT id FROM errors", "1\n"); /* updated in place, not re-added */
    free(path);
    fix_rmdir(dir);
}

static void event_that_no_longer_fires_disappears(void **state) {
    (void)state;
    char *dir = fix_tmpdir(), *path = fix_path(dir, "out.sqlite"), target[300];
    snprintf(target, sizeof target, "sqlite:%s", path);
    load_fixture(target, 2);
    assert_query(path, "SELECT type FROM events ORDER BY type", "litigation\nruling\n");
    load_fixture(target, 1);
    assert_query(path, counts_sql, "1|1|2|1\n");
    assert_query(path, "SELECT type FROM events", "ruling\n");
    assert_query(path, "SELECT DISTINCT role FROM event_jurisdictions ORDER BY 1", "target\n");
    free(path);
    fix_rmdir(dir);
}

/* polex load reads events back from JSON: no document text, the evidence comes with the event. */
static void event_read_from_json_keeps_doc_and_evidence(void **state) {
    (void)state;
    char *dir = fix_tmpdir(), *path = fix_path(dir, "out.sqlite");
    load_fixture(path, 2);
    polex_doc *doc = fix_doc(2);
    char *json = polex_event_to_json(doc, &doc->events[1]);
    polex_record_kind kind;
    polex_doc *back = NULL;
    polex_error rec, err;
    assert_int_equal(polex_record_parse(json, strlen(json), &kind, &back, &rec, &err), POLEX_OK);
    assert_int_equal(back->text_len, 0);
    back->events[0].confidence = 0.25;
    polex_sink *sink = polex_sink_open(path, &err);
    assert_int_equal(polex_sink_write_doc(sink, back, &err), POLEX_OK); /* must not wipe */
    assert_int_equal(polex_sink_write_event(sink, back, &back->events[0], &err), POLEX_OK);
    assert_int_equal(polex_sink_close(sink, &err), POLEX_OK);
    assert_query(path, counts_sql, "1|2|3|1\n");
    assert_query(path, "SELECT length(text) FROM documents", "68\n");
    assert_query(path, "SELECT evidence_text, confidence FROM events WHERE type = 'litigation'",
                 "Chicago will sue.|0.25\n");
    free(json);
    polex_doc_free(back);
    polex_doc_free(doc);
    free(path);
    fix_rmdir(dir);
}

/* A batch is committed every batch_rows rows; abort rolls back only the open one. */
static void batches_commit_and_abort_rolls_back_the_rest(void **state) {
    (void)state;
    char *dir = fix_tmpdir(), *path = fix_path(dir, "b.sqlite");
    polex_sink_options opts = {.batch_rows = 10};
    polex_error err;
    polex_sink *sink = polex_sink_open_with(path, &opts, &err);
    assert_non_null(sink);
    char ids[20][33];
    for (int d = 0; d < 20; d++) {
        polex_doc *doc = fix_doc(2);
        snprintf(ids[d], sizeof ids[d], "%032d", d);
        doc->doc_id = ids[d];
        for (size_t i = 0; i < doc->n_events; i++)
            polex_event_make_id(ids[d], &doc->events[i]);
        assert_int_equal(polex_sink_write_doc(sink, doc, &err), POLEX_OK);
        for (size_t i = 0; i < doc->n_events; i++)
            assert_int_equal(polex_sink_write_event(sink, doc, &doc->events[i], &err), POLEX_OK);
        polex_doc_free(doc);
    }
    /* each doc is 3 + 2 + 3 + 2 rows = 10 (deletes count): a commit before every doc but the first
     */
    assert_query(path, "SELECT count(*), count(DISTINCT doc_id) FROM events", "38|19\n");
    polex_sink_abort(sink);
    assert_query(path, counts_sql, "19|38|57|0\n");
    free(path);
    fix_rmdir(dir);
}

/* Aborted before any row: a database the sink created is removed; one that
 * was there stays, rows and all. */
static void abort_before_any_row_leaves_no_new_file(void **state) {
    (void)state;
    char *dir = fix_tmpdir(), *path = fix_path(dir, "new.sqlite");
    polex_error err;
    polex_sink *sink = polex_sink_open(path, &err);
    assert_non_null(sink);
    assert_int_equal(access(path, F_OK), 0); /* created (with its schema) at open */
    polex_sink_abort(sink);
    assert_int_not_equal(access(path, F_OK), 0);
    load_fixture(path, 1);
    sink = polex_sink_open(path, &err);
    assert_non_null(sink);
    polex_sink_abort(sink);
    assert_query(path, counts_sql, "1|1|2|1\n");
    free(path);
    fix_rmdir(dir);
}

/* Four processes write one file at once: they wait for each other, nothing is lost. */
static void concurrent_writers_share_one_file(void **state) {
    (void)state;
    char *dir = fix_tmpdir(), *path = fix_path(dir, "shared.sqlite");
    load_fixture(path, 1); /* create the schema first, as a real run would */
    pid_t kids[4];
    for (int k = 0; k < 4; k++) {
        kids[k] = fork();
        assert_true(kids[k] >= 0);
        if (kids[k]) continue;
        polex_sink_options opts = {.batch_rows = 7};
        polex_sink *sink = polex_sink_open_with(path, &opts, NULL);
        polex_status rc = sink ? POLEX_OK : POLEX_ERR_DB;
        for (int d = 0; !rc && d < 50; d++) {
            polex_doc *doc = fix_doc(2);
            char id[33];
            snprintf(id, sizeof id, "%016d%016d", k + 1, d);
            doc->doc_id = id;
            rc = polex_sink_write_doc(sink, doc, NULL);
            for (size_t i = 0; !rc && i < doc->n_events; i++) {
                polex_event_make_id(id, &doc->events[i]);
                rc = polex_sink_write_event(sink, doc, &doc->events[i], NULL);
            }
            polex_doc_free(doc);
        }
        if (!rc) rc = polex_sink_close(sink, NULL);
        _exit(rc == POLEX_OK ? 0 : 1);
    }
    for (int k = 0; k < 4; k++) {
        int status;
        waitpid(kids[k], &status, 0);
        assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    assert_query(path, counts_sql, "201|401|602|1\n");
    free(path);
    fix_rmdir(dir);
}

/* A process killed mid-run: committed batches stay, the open one vanishes whole. */
static void killed_writer_keeps_committed_batches(void **state) {
    (void)state;
    char *dir = fix_tmpdir(), *path = fix_path(dir, "k.sqlite");
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        polex_sink_options opts = {.batch_rows = 10};
        polex_sink *sink = polex_sink_open_with(path, &opts, NULL);
        for (int d = 0; sink && d < 5; d++) {
            polex_doc *doc = fix_doc(2);
            char id[33];
            snprintf(id, sizeof id, "%032d", d);
            doc->doc_id = id;
            polex_sink_write_doc(sink, doc, NULL);
            for (size_t i = 0; i < doc->n_events; i++) {
                polex_event_make_id(id, &doc->events[i]);
                polex_sink_write_event(sink, doc, &doc->events[i], NULL);
            }
            polex_doc_free(doc);
        }
        _exit(sink ? 0 : 1); /* no close: as if killed */
    }
    int status;
    waitpid(pid, &status, 0);
    assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    assert_query(path, counts_sql, "4|8|12|0\n");
    assert_query(path, "PRAGMA integrity_check", "ok\n");
    free(path);
    fix_rmdir(dir);
}

static void unwritable_directory_is_a_clean_error(void **state) {
    (void)state;
    char *dir = fix_tmpdir(), *file = fix_path(dir, "plain"), *path = fix_path(dir, "plain/x.db");
    FILE *fp = fopen(file, "wb");
    fclose(fp);
    polex_error err;
    assert_null(polex_sink_open(path, &err));
    assert_int_equal(err.code, POLEX_ERR_IO);
    assert_string_equal(err.source, path);
    assert_non_null(strstr(err.message, "unable to open database file"));
    free(file);
    free(path);
    fix_rmdir(dir);
}

static void other_schema_version_is_refused(void **state) {
    (void)state;
    char *dir = fix_tmpdir(), *path = fix_path(dir, "old.sqlite");
    load_fixture(path, 1);
    sqlite3 *db;
    sqlite3_open(path, &db);
    sqlite3_exec(db, "UPDATE meta SET value = '99' WHERE key = 'schema_version'", NULL, NULL, NULL);
    sqlite3_close(db);
    polex_error err;
    assert_null(polex_sink_open(path, &err));
    assert_int_equal(err.code, POLEX_ERR_DB);
    assert_non_null(strstr(err.message, "has schema version 99; this polex writes version 1"));
    free(path);
    fix_rmdir(dir);
}

/* A file that is not a database: the open fails cleanly, the file is left alone. */
static void not_a_database_is_refused(void **state) {
    (void)state;
    char *dir = fix_tmpdir(), *path = fix_path(dir, "notes.db");
    FILE *fp = fopen(path, "wb");
    for (int i = 0; i < 200; i++)
        fputs("these are not the pages you are looking for\n", fp);
    fclose(fp);
    polex_error err;
    assert_null(polex_sink_open(path, &err));
    assert_int_equal(err.code, POLEX_ERR_DB);
    assert_non_null(strstr(err.message, "not a database"));
    char *text = fix_slurp(path);
    assert_int_equal(strncmp(text, "these are not", 13), 0);
    free(text);
    free(path);
    fix_rmdir(dir);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rows_read_back),
        cmocka_unit_test(rerun_is_idempotent),
        cmocka_unit_test(event_that_no_longer_fires_disappears),
        cmocka_unit_test(event_read_from_json_keeps_doc_and_evidence),
        cmocka_unit_test(batches_commit_and_abort_rolls_back_the_rest),
        cmocka_unit_test(abort_before_any_row_leaves_no_new_file),
        cmocka_unit_test(concurrent_writers_share_one_file),
        cmocka_unit_test(killed_writer_keeps_committed_batches),
        cmocka_unit_test(unwritable_directory_is_a_clean_error),
        cmocka_unit_test(other_schema_version_is_refused),
        cmocka_unit_test(not_a_database_is_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
