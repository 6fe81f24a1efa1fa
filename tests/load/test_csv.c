/* CSV sink: exact RFC 4180 bytes for events and jurisdictions; failures leave no files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "load_fixture.h"
#include "polex_load.h"

/* %1$s, %2$s: the two event ids */
static const char events_csv[] =
    "event_id,doc_id,type,action,status,actor_text,actor_kind,amount_text,amount_value,"
    "currency,date_text,date_value,date_precision,attribution,evidence_text,evidence_start,"
    "evidence_end,rule,confidence\r\n"
    "%1$s," FIX_DOC_ID ",ruling,block,asserted,Judge Ruiz,court,\"$1,500,000\",1500000,USD,"
    "June 3,2025-06-03,day,\"a \"\"senior\"\" official,\nlater\","
    "\"Judge Ruiz blocked the order, a \"\"sanctuary\"\" fight.\",0,50,ruling.block.1,0.75\r\n"
    "%2$s," FIX_DOC_ID ",litigation,sue,planned,,,,,,,,,,Chicago will sue.,51,68,lit.sue,0.5\r\n";

static const char jurisdictions_csv[] =
    "event_id,ord,text,ocd_id,geoid,level,role,generic,min_count\r\n"
    "%1$s,0,Chicago,ocd-division/country:us/state:il/place:chicago,1714000,place,target,0,\r\n"
    "%1$s,1,sanctuary,,,,target,1,2\r\n"
    "%2$s,0,Chicago,ocd-division/country:us/state:il/place:chicago,1714000,place,actor,0,\r\n";

static void check_file(const char *path, const char *format, const polex_doc *doc) {
    char want[2048];
    snprintf(want, sizeof want, format, doc->events[0].event_id, doc->events[1].event_id);
    char *got = fix_slurp(path);
    assert_non_null(got);
    assert_string_equal(got, want);
    free(got);
}

static void events_and_jurisdictions_exact_bytes(void **state) {
    (void)state;
    char *dir = fix_tmpdir(), *path = fix_path(dir, "events.csv"),
         *jpath = fix_path(dir, "events.jurisdictions.csv");
    polex_doc *doc = fix_doc(2);
    polex_error err, e = fix_error();
    polex_sink *sink = polex_sink_open(path, &err);
    assert_non_null(sink);
    assert_int_equal(polex_sink_write_doc(sink, doc, &err), POLEX_OK); /* ignored */
    for (size_t i = 0; i < doc->n_events; i++)
        assert_int_equal(polex_sink_write_event(sink, doc, &doc->events[i], &err), POLEX_OK);
    assert_int_equal(polex_sink_write_error(sink, &e, &err), POLEX_OK); /* ignored */
    assert_false(fix_exists(path));
    assert_false(fix_exists(jpath));
    assert_int_equal(polex_sink_close(sink, &err), POLEX_OK);
    check_file(path, events_csv, doc);
    check_file(jpath, jurisdictions_csv, doc);
    polex_doc_free(doc);
    free(path);
    free(jpath);
    fix_rmdir(dir);
}

static void abort_leaves_neither_file(void **state) {
    (void)state;
    char *dir = fix_tmpdir(), *path = fix_path(dir, "e.csv");
    polex_doc *doc = fix_doc(2);
    polex_error err;
    polex_sink *sink = polex_sink_open(path, &err);
    assert_int_equal(polex_sink_write_event(sink, doc, &doc->events[0], &err), POLEX_OK);
    polex_sink_abort(sink);
    DIR *d = opendir(dir);
    int entries = 0;
    for (struct dirent *ent; (ent = readdir(d));)
        entries += ent->d_name[0] != '.';
    closedir(d);
    assert_int_equal(entries, 0);
    polex_doc_free(doc);
    free(path);
    fix_rmdir(dir);
}

static void unwritable_directory_is_a_clean_io_error(void **state) {
    (void)state;
    char *dir = fix_tmpdir(), *path = fix_path(dir, "missing/e.csv");
    polex_error err;
    assert_null(polex_sink_open(path, &err));
    assert_int_equal(err.code, POLEX_ERR_IO);
    assert_non_null(strstr(err.message, "No such file or directory"));
    free(path);
    fix_rmdir(dir);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(events_and_jurisdictions_exact_bytes),
        cmocka_unit_test(abort_leaves_neither_file),
        cmocka_unit_test(unwritable_directory_is_a_clean_io_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
