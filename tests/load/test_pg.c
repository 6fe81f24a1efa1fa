/* PostgreSQL sink: the SQLite cases against a live server named by POLEX_TEST_PG
 * (a connection URL). Without it the test reports SKIP (exit 77). Each case
 * works in a schema of its own, dropped afterwards. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <libpq-fe.h>
#include <sys/wait.h>

#include "load_fixture.h"
#include "polex_load.h"
#include "polex_record.h"

static const char *base_url;
static char schema[64], url[1024];

static void quiet(void *arg, const char *message) {
    (void)arg;
    (void)message;
}

static PGconn *connect_base(void) {
    PGconn *c = PQconnectdb(base_url);
    PQsetNoticeProcessor(c, quiet, NULL);
    if (PQstatus(c) != CONNECTION_OK) fail_msg("cannot connect: %s", PQerrorMessage(c));
    return c;
}

static void exec_base(const char *sql) {
    PGconn *c = connect_base();
    PGresult *r = PQexec(c, sql);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) fail_msg("%s: %s", sql, PQerrorMessage(c));
    PQclear(r);
    PQfinish(c);
}

/* A fresh schema per case; the sink reaches it through search_path in the URL. */
static int setup(void **state) {
    (void)state;
    static int n;
    snprintf(schema, sizeof schema, "polex_test_%d_%d", (int)getpid(), n++);
    char sql[128];
    snprintf(sql, sizeof sql, "CREATE SCHEMA %s", schema);
    exec_base(sql);
    snprintf(url, sizeof url, "%s%soptions=-csearch_path%%3D%s", base_url,
             strchr(base_url, '?') ? "&" : "?", schema);
    return 0;
}

static int teardown(void **state) {
    (void)state;
    char sql[128];
    snprintf(sql, sizeof sql, "DROP SCHEMA %s CASCADE", schema);
    exec_base(sql);
    return 0;
}

static void load_fixture(size_t n_events) {
    polex_doc *doc = fix_doc(n_events);
    polex_error err, e = fix_error();
    polex_sink *sink = polex_sink_open(url, &err);
    if (!sink) fail_msg("%s", err.message);
    assert_int_equal(polex_sink_write_doc(sink, doc, &err), POLEX_OK);
    for (size_t i = 0; i < doc->n_events; i++)
        assert_int_equal(polex_sink_write_event(sink, doc, &doc->events[i], &err), POLEX_OK);
    assert_int_equal(polex_sink_write_error(sink, &e, &err), POLEX_OK);
    assert_int_equal(polex_sink_close(sink, &err), POLEX_OK);
    polex_doc_free(doc);
}

/* Rows of a query: columns joined by '|', rows by '\n', NULL as "~". */
static void assert_query(const char *sql, const char *want) {
    PGconn *c = PQconnectdb(url);
    PGresult *r = PQexec(c, sql);
    if (PQresultStatus(r) != PGRES_TUPLES_OK) fail_msg("%s: %s", sql, PQerrorMessage(c));
    size_t cap = 8192, len = 0;
    char *got = malloc(cap);
    got[0] = '\0';
    for (int row = 0; row < PQntuples(r); row++)
        for (int col = 0; col < PQnfields(r); col++)
            len += (size_t)snprintf(got + len, cap - len, "%s%s%s", col ? "|" : "",
                                    PQgetisnull(r, row, col) ? "~" : PQgetvalue(r, row, col),
                                    col == PQnfields(r) - 1 ? "\n" : "");
    PQclear(r);
    PQfinish(c);
    assert_string_equal(got, want);
    free(got);
}

static const char counts_sql[] =
    "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events),"
    " (SELECT count(*) FROM event_jurisdictions), (SELECT count(*) FROM errors)";

static void rows_read_back(void **state) {
    (void)state;
    load_fixture(2);
    polex_doc *doc = fix_doc(2);
    char want[1024];
    assert_query(counts_sql, "1|2|3|1\n");
    assert_query("SELECT value FROM meta WHERE key = 'schema_version'", "1\n");
    assert_query("SELECT * FROM documents", FIX_DOC_ID "|news/a,b.txt|~|Judge blocks \"order\"|"
                                                       "2025-06-10|text|70|" FIX_TEXT "\n");
    snprintf(want, sizeof want,
             "%s|" FIX_DOC_ID "|ruling|block|asserted|Judge Ruiz|court|$1,500,000|1500000|USD|"
             "June 3|2025-06-03|day|a \"senior\" official,\nlater|Judge Ruiz blocked the order, "
             "a \"sanctuary\" fight.|0|50|ruling.block.1|0.75\n"
             "%s|" FIX_DOC_ID "|litigation|sue|planned|~|~|~|~|~|~|~|~|~|Chicago will sue.|51|68|"
             "lit.sue|0.5\n",
             doc->events[0].event_id, doc->events[1].event_id);
    assert_query("SELECT * FROM events ORDER BY evidence_start", want);
    snprintf(want, sizeof want,
             "%s|0|Chicago|ocd-division/country:us/state:il/place:chicago|1714000|place|target|"
             "0|~\n%s|1|sanctuary|~|~|~|target|1|2\n"
             "%s|0|Chicago|ocd-division/country:us/state:il/place:chicago|1714000|place|actor|"
             "0|~\n",
             doc->events[0].event_id, doc->events[0].event_id, doc->events[1].event_id);
    assert_query("SELECT j.* FROM event_jurisdictions j JOIN events e USING (event_id)"
                 " ORDER BY e.evidence_start, j.ord",
                 want);
    assert_query("SELECT stage, doc_id, source, code, \"offset\", message FROM errors",
                 "ingest||bad.bin|input|12|binary file, \"NUL\" at byte 12\n");
    assert_query(
        "SELECT count(*) FROM events e JOIN documents d USING (doc_id) WHERE"
        " substr(d.text, e.evidence_start::int + 1, (e.evidence_end - e.evidence_start)::int)"
        " = e.evidence_text",
        "2\n");
    polex_doc_free(doc);
}

static void rerun_is_idempotent_and_vanished_events_go(void **state) {
    (void)state;
    load_fixture(2);
    assert_query("SELECT id FROM errors", "1\n");
    load_fixture(2);
    assert_query(counts_sql, "1|2|3|1\n");
    assert_query("SELECT id FROM errors", "1\n");
    load_fixture(1);
    assert_query(counts_sql, "1|1|2|1\n");
    assert_query("SELECT type FROM events", "ruling\n");
}

static void event_read_from_json_keeps_doc_and_evidence(void **state) {
    (void)state;
    load_fixture(2);
    polex_doc *doc = fix_doc(2);
    char *json = polex_event_to_json(doc, &doc->events[1]);
    polex_record_kind kind;
    polex_doc *back = NULL;
    polex_error rec, err;
    assert_int_equal(polex_record_parse(json, strlen(json), &kind, &back, &rec, &err), POLEX_OK);
    back->events[0].confidence = 0.25;
    polex_sink *sink = polex_sink_open(url, &err);
    assert_int_equal(polex_sink_write_doc(sink, back, &err), POLEX_OK);
    assert_int_equal(polex_sink_write_event(sink, back, &back->events[0], &err), POLEX_OK);
    assert_int_equal(polex_sink_close(sink, &err), POLEX_OK);
    assert_query(counts_sql, "1|2|3|1\n");
    assert_query("SELECT length(text) FROM documents", "68\n");
    assert_query("SELECT evidence_text, confidence FROM events WHERE type = 'litigation'",
                 "Chicago will sue.|0.25\n");
    free(json);
    polex_doc_free(back);
    polex_doc_free(doc);
}

static void abort_rolls_back_the_open_batch(void **state) {
    (void)state;
    polex_sink_options opts = {.batch_rows = 10};
    polex_error err;
    polex_sink *sink = polex_sink_open_with(url, &opts, &err);
    assert_non_null(sink);
    char ids[5][33];
    for (int d = 0; d < 5; d++) {
        polex_doc *doc = fix_doc(2);
        snprintf(ids[d], sizeof ids[d], "%032d", d);
        doc->doc_id = ids[d];
        assert_int_equal(polex_sink_write_doc(sink, doc, &err), POLEX_OK);
        for (size_t i = 0; i < doc->n_events; i++) {
            polex_event_make_id(ids[d], &doc->events[i]);
            assert_int_equal(polex_sink_write_event(sink, doc, &doc->events[i], &err), POLEX_OK);
        }
        polex_doc_free(doc);
    }
    polex_sink_abort(sink);
    assert_query(counts_sql, "4|8|12|0\n"); /* the fifth document was in the open batch */
}

/* Four processes load at once into an empty schema (all racing to create the
 * tables), each its own documents plus one shared error. */
static void concurrent_writers(void **state) {
    (void)state;
    pid_t kids[4];
    for (int k = 0; k < 4; k++) {
        kids[k] = fork();
        assert_true(kids[k] >= 0);
        if (kids[k]) continue;
        polex_error err;
        polex_sink_options opts = {.batch_rows = 25};
        polex_sink *sink = polex_sink_open_with(url, &opts, &err);
        polex_status rc = sink ? POLEX_OK : POLEX_ERR_DB;
        polex_error e = fix_error();
        for (int d = 0; !rc && d < 50; d++) {
            polex_doc *doc = fix_doc(2);
            char id[33];
            snprintf(id, sizeof id, "%016d%016d", k + 1, d);
            doc->doc_id = id;
            rc = polex_sink_write_doc(sink, doc, &err);
            for (size_t i = 0; !rc && i < doc->n_events; i++) {
                polex_event_make_id(id, &doc->events[i]);
                rc = polex_sink_write_event(sink, doc, &doc->events[i], &err);
            }
            if (!rc && d == 25) rc = polex_sink_write_error(sink, &e, &err);
            polex_doc_free(doc);
        }
        if (!rc)
            rc = polex_sink_close(sink, &err);
        else
            polex_sink_abort(sink);
        if (rc) fprintf(stderr, "writer %d: %s\n", k, err.message);
        _exit(rc == POLEX_OK ? 0 : 1);
    }
    int failed = 0;
    for (int k = 0; k < 4; k++) { /* all of them, before the schema is dropped */
        int status;
        waitpid(kids[k], &status, 0);
        failed += !WIFEXITED(status) || WEXITSTATUS(status) != 0;
    }
    assert_int_equal(failed, 0);
    assert_query(counts_sql, "200|400|600|1\n");
}

/* PostgreSQL refuses a NUL byte in text. The error surfaces at the next sync
 * (here the flush); the sink then fails for good and rolls back the open
 * batch, while the batch committed before stays. */
static void database_error_fails_the_sink_and_keeps_committed_rows(void **state) {
    (void)state;
    polex_sink_options opts = {.batch_rows = 1};
    polex_error err;
    polex_sink *sink = polex_sink_open_with(url, &opts, &err);
    assert_non_null(sink);
    polex_doc *good = fix_doc(2), *bad = fix_doc(1);
    bad->doc_id = "ffffffffffffffffffffffffffffffff";
    bad->text = "bad\0text";
    bad->text_len = 8;
    assert_int_equal(polex_sink_write_doc(sink, good, &err), POLEX_OK);
    for (size_t i = 0; i < good->n_events; i++)
        assert_int_equal(polex_sink_write_event(sink, good, &good->events[i], &err), POLEX_OK);
    assert_int_equal(polex_sink_write_doc(sink, bad, &err), POLEX_OK); /* queued, not yet run */
    assert_int_equal(polex_sink_flush(sink, &err), POLEX_ERR_DB);
    assert_non_null(strstr(err.message, "invalid byte sequence"));
    polex_error again;
    assert_int_equal(polex_sink_write_doc(sink, good, &again), POLEX_ERR_DB);
    assert_string_equal(again.message, err.message);
    assert_int_equal(polex_sink_close(sink, &again), POLEX_ERR_DB);
    assert_query(counts_sql, "1|2|3|0\n");
    polex_doc_free(good);
    polex_doc_free(bad);
}

static void unreachable_server_is_a_clean_error(void **state) {
    (void)state;
    polex_error err;
    assert_null(polex_sink_open("postgresql://polex@127.0.0.1:1/none?connect_timeout=2", &err));
    assert_int_equal(err.code, POLEX_ERR_DB);
    assert_string_equal(err.stage, "load");
    assert_non_null(strstr(err.message, "cannot connect"));
}

int main(void) {
    base_url = getenv("POLEX_TEST_PG");
    if (!base_url || !*base_url) {
        printf("SKIP: set POLEX_TEST_PG to a PostgreSQL URL to run the PostgreSQL sink tests\n");
        return 77;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(rows_read_back, setup, teardown),
        cmocka_unit_test_setup_teardown(rerun_is_idempotent_and_vanished_events_go, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(event_read_from_json_keeps_doc_and_evidence, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(abort_rolls_back_the_open_batch, setup, teardown),
        cmocka_unit_test_setup_teardown(concurrent_writers, setup, teardown),
        cmocka_unit_test_setup_teardown(database_error_fails_the_sink_and_keeps_committed_rows,
                                        setup, teardown),
        cmocka_unit_test(unreachable_server_is_a_clean_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
