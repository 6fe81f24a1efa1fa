/* Jurisdiction families checked on a table of sentences written for the
 * tests (no corpus sentence): exact OCD id sets of the one event of a
 * hand-made hit. The table is the program's argument (sessionN_cases.tsv,
 * under this folder); every family it names is one test, which prints how
 * many of its cases pass, so that a run before a change is a blind score.
 * A family is taken from the table rather than listed here, so that no
 * case can be left out of every test by a typo in its family. A hit word
 * "=" runs the shipped rule pack instead of a hand-made hit: for a family
 * whose linking depends on the other events of the sentence (a clause that
 * is another event's is not borrowed). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "link_test_util.h"
#include "polex_ingest.h"
#include "polex_pipeline.h"

LINK_FIXTURE

enum { MAX_CASES = 512, MAX_FAMILIES = 128, FIELDS = 6, MAX_TABLE = 1 << 17 };

typedef struct tcase {
    char *f[FIELDS]; /* family, type, action, hit word, want, text */
    size_t line;
} tcase;

static const char *table_name;
static tcase cases[MAX_CASES];
static size_t n_cases;

/* "\n" in the text column is a sentence break. */
static void unescape(char *s) {
    char *o = s;
    for (const char *p = s; *p; p++) {
        if (p[0] == '\\' && p[1] == 'n') {
            *o++ = '\n';
            p++;
        } else {
            *o++ = *p;
        }
    }
    *o = '\0';
}

/* Splits one table line into c's fields; false for a short line. */
static bool parse_line(char *p, tcase *c) {
    for (size_t k = 0; k < FIELDS; k++) {
        c->f[k] = p;
        if (k + 1 == FIELDS) break;
        char *tab = strchr(p, '\t');
        if (!tab) return false;
        *tab = '\0';
        p = tab + 1;
    }
    unescape(c->f[FIELDS - 1]);
    return true;
}

/* Reads the table into cases; false when it is missing, too long or has a
 * short line (reported). */
static bool load_table(void) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", POLEX_TEST_DATA, table_name);
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "cannot open %s\n", path);
        return false;
    }
    static char buf[MAX_TABLE];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    bool whole = feof(f);
    fclose(f);
    if (!whole) {
        fprintf(stderr, "%s: longer than %d bytes\n", path, MAX_TABLE - 1);
        return false;
    }
    buf[n] = '\0';
    size_t line = 0;
    for (char *p = buf; *p;) {
        char *e = strchr(p, '\n');
        if (e) *e = '\0';
        line++;
        if (*p && *p != '#') {
            if (n_cases == MAX_CASES || !parse_line(p, &cases[n_cases])) {
                fprintf(stderr, "%s:%zu: a short line, or more than %d cases\n", path, line,
                        MAX_CASES);
                return false;
            }
            cases[n_cases++].line = line;
        }
        if (!e) break;
        p = e + 1;
    }
    return n_cases > 0;
}

static polex_engine *engine;
static polex_worker *worker;

static void pipeline_free(void) {
    polex_worker_free(worker);
    polex_engine_free(engine);
}

/* The ids (as link_first_event_ids) of the first event of type/action the
 * whole pipeline finds in text; *n_events: how many of that type/action. */
static const char *pipeline_ids(const char *text, const char *type, const char *action,
                                size_t *n_events) {
    static char buf[1024];
    polex_error err;
    polex_error_clear(&err);
    buf[0] = '\0';
    *n_events = 0;
    if (!engine) {
        polex_engine_options eo = {
            .rules_dir = POLEX_RULES_DIR, .first = POLEX_STAGE_TOKENIZE, .last = POLEX_STAGE_LINK};
        engine = polex_engine_new(&eo, &err);
        worker = engine ? polex_worker_new(engine, &err) : NULL;
        atexit(pipeline_free);
    }
    if (!worker) return buf;
    polex_blob blob = {.source = "case.txt", .data = (char *)text, .len = strlen(text)};
    polex_doc *doc = NULL;
    if (polex_ingest_blob(&blob, &doc, &err) != POLEX_OK) return buf;
    doc->published = "2026-03-10";
    if (polex_worker_process(worker, doc, POLEX_STAGE_INGEST, POLEX_STAGE_LINK, &err) == POLEX_OK) {
        const polex_event *first = NULL;
        for (size_t i = 0; i < doc->n_events; i++) {
            const polex_event *ev = &doc->events[i];
            if (strcmp(ev->type, type) || strcmp(ev->action, action)) continue;
            if (!first) first = ev;
            ++*n_events;
        }
        link_event_ids(first, buf, sizeof buf);
    }
    polex_doc_free(doc);
    return buf;
}

/* Runs the cases of the family *state names; fails with every case whose
 * ids differ. */
static void run_family(void **state) {
    const char *family = *state;
    size_t ran = 0, bad = 0;
    for (size_t i = 0; i < n_cases; i++) {
        const tcase *c = &cases[i];
        if (strcmp(c->f[0], family) != 0) continue;
        size_t n_events;
        const char *got = strcmp(c->f[3], "=")
                              ? link_word_hit_ids(lk, c->f[5], c->f[1], c->f[2], c->f[3], &n_events)
                              : pipeline_ids(c->f[5], c->f[1], c->f[2], &n_events);
        const char *want = strcmp(c->f[4], "-") ? c->f[4] : "";
        ran++;
        if (n_events != 1 || strcmp(got, want) != 0) {
            bad++;
            print_error("%s:%zu: got \"%s\", want \"%s\"\n", table_name, c->line, got, want);
        }
    }
    print_message("%s: %zu of %zu cases pass\n", family, ran - bad, ran);
    assert_true(ran > 0);
    assert_int_equal(bad, 0);
}

/* One test per family, in the order the table first names them. */
static size_t family_tests(struct CMUnitTest *tests, size_t cap) {
    size_t n = 0;
    for (size_t i = 0; i < n_cases; i++) {
        bool seen = false;
        for (size_t k = 0; k < n && !seen; k++)
            seen = strcmp(tests[k].name, cases[i].f[0]) == 0;
        if (seen) continue;
        if (n == cap) return 0;
        tests[n++] = (struct CMUnitTest){
            .name = cases[i].f[0], .test_func = run_family, .initial_state = cases[i].f[0]};
    }
    return n;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s TABLE.tsv\n", argv[0]);
        return 2;
    }
    table_name = argv[1];
    static struct CMUnitTest tests[MAX_FAMILIES];
    size_t n = load_table() ? family_tests(tests, MAX_FAMILIES) : 0;
    if (n == 0) {
        fprintf(stderr, "%s: no cases, or more than %d families\n", table_name, MAX_FAMILIES);
        return 1;
    }
    return _cmocka_run_group_tests(table_name, tests, n, setup, teardown);
}
