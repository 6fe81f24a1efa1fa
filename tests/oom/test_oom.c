/* oom: every allocation polex makes while processing a document may fail;
 * the pipeline must then return an error (never crash, never leak) and work
 * again once memory is back. Allocations are made to fail one at a time by
 * wrapping malloc & co. at link time (libraries polex calls keep theirs). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "polex_pipeline.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
char *__real_strdup(const char *s);
char *__real_strndup(const char *s, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t n);
char *__wrap_strdup(const char *s);
char *__wrap_strndup(const char *s, size_t n);

/* The countdown: the allocation that brings it to zero fails; -1 = never. */
static long fail_at = -1;

static int should_fail(void) {
    if (fail_at < 0) return 0;
    return fail_at-- == 0;
}

void *__wrap_malloc(size_t n) {
    return should_fail() ? NULL : __real_malloc(n);
}
void *__wrap_calloc(size_t n, size_t size) {
    return should_fail() ? NULL : __real_calloc(n, size);
}
void *__wrap_realloc(void *p, size_t n) {
    return should_fail() ? NULL : __real_realloc(p, n);
}
char *__wrap_strdup(const char *s) {
    return should_fail() ? NULL : __real_strdup(s);
}
char *__wrap_strndup(const char *s, size_t n) {
    return should_fail() ? NULL : __real_strndup(s, n);
}

static const char article[] =
    "Judge blocks grant freeze\n\n"
    "CHICAGO, March 3, 2025 - A federal judge on Monday blocked the Justice Department "
    "from withholding $18 million in Byrne JAG grants from Chicago and Evanston, Ill.\n\n"
    "The city had refused to honor immigration detainers, officials said. The "
    "administration will appeal, according to a department spokesperson.\n";

/* Runs the whole pipeline on the article; the number of events or -1. */
static long run_once(polex_worker *w) {
    polex_blob blob = {.source = "oom.txt", .data = article, .len = sizeof article - 1};
    polex_doc *doc = NULL;
    polex_error err;
    if (polex_ingest_blob(&blob, &doc, &err) != POLEX_OK) return -1;
    long events = -1;
    if (polex_worker_process(w, doc, POLEX_STAGE_INGEST, POLEX_STAGE_LINK, &err) == POLEX_OK)
        events = (long)doc->n_events;
    polex_doc_free(doc);
    return events;
}

/* Fails allocation n of one run over a fresh worker (cold caches, so the
 * tokenizer's, matcher's and linker's growth paths run too). Returns the
 * run's events (-1: an error) and sets *reached when allocation n happened. */
static long run_failing(const polex_engine *engine, long n, bool *reached) {
    polex_error err;
    polex_worker *w = polex_worker_new(engine, &err);
    assert_non_null(w);
    fail_at = n;
    long got = run_once(w);
    *reached = fail_at < 0;
    fail_at = -1;
    polex_worker_free(w);
    return got;
}

static const polex_engine_options engine_opts = {
    .rules_dir = POLEX_RULES_DIR, .first = POLEX_STAGE_INGEST, .last = POLEX_STAGE_LINK};

/* An engine over the shipped rules, loaded with nothing failing. */
static polex_engine *engine_ok(void) {
    polex_error err;
    polex_engine *engine = polex_engine_new(&engine_opts, &err);
    if (!engine) fail_msg("engine: %s", err.message);
    return engine;
}

/* Events of the article under an engine (a fresh worker), or -1. */
static long events_with(const polex_engine *engine) {
    bool reached;
    return run_failing(engine, -1, &reached);
}

static void every_allocation_of_a_document_may_fail(void **state) {
    (void)state;
    polex_engine *engine = engine_ok();
    bool reached = true;
    long want = events_with(engine);
    assert_true(want >= 3);
    long n = 0, errors = 0;
    for (;; n++) {
        long got = run_failing(engine, n, &reached);
        if (!reached) break;
        /* a failed allocation is an error, or absorbed with the same answer */
        if (got < 0)
            errors++;
        else
            assert_int_equal(got, want);
    }
    printf("# a document's run: %ld allocations, %ld of them fail the run\n", n, errors);
    assert_true(n > 20);
    polex_engine_free(engine);
}

/* Loading the rules, gazetteer and lexicons: allocations sampled across the
 * whole load fail one at a time. A load either fails with an error or, when
 * the failure only cost an optimisation (a rule's pre-check), still finds
 * the same events; never a crash or a leak, and the next load works. */
static void loading_may_fail(void **state) {
    (void)state;
    polex_error err;
    polex_engine *engine = engine_ok();
    long want = events_with(engine);
    polex_engine_free(engine);
    fail_at = 1L << 40;
    polex_engine_free(polex_engine_new(&engine_opts, &err));
    long total = (1L << 40) - fail_at;
    fail_at = -1;
    assert_true(total > 1000);
    enum { SAMPLES = 24 };
    long failed_loads = 0;
    for (long k = 0; k < SAMPLES; k++) {
        fail_at = k * (total / SAMPLES) + k; /* spread, and not always a block's first */
        engine = polex_engine_new(&engine_opts, &err);
        fail_at = -1;
        if (engine) assert_int_equal(events_with(engine), want);
        failed_loads += engine == NULL;
        polex_engine_free(engine);
    }
    engine = polex_engine_new(&engine_opts, &err);
    assert_non_null(engine);
    assert_int_equal(events_with(engine), want);
    polex_engine_free(engine);
    printf("# loading: %ld allocations, %d sampled, %ld loads failed\n", total, SAMPLES,
           failed_loads);
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(every_allocation_of_a_document_may_fail),
                                       cmocka_unit_test(loading_may_fail)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
