/* The seed article (../shared/examples/seed-article.txt) yields the events of SPEC section 4. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "polex_ingest.h"
#include "polex_pipeline.h"

static polex_engine *engine;
static polex_worker *worker;
static polex_doc *doc;

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = malloc(1 << 20);
    *len = buf ? fread(buf, 1, (1 << 20) - 1, f) : 0;
    fclose(f);
    return buf;
}

/* Runs the seed through every stage with a known publication date. */
static int setup(void **state) {
    (void)state;
    size_t len = 0;
    char *bytes = slurp(POLEX_SHARED_DIR "/examples/seed-article.txt", &len);
    if (!bytes) return -1;
    polex_error err;
    polex_error_clear(&err);
    polex_engine_options eo = {
        .rules_dir = POLEX_RULES_DIR, .first = POLEX_STAGE_TOKENIZE, .last = POLEX_STAGE_LINK};
    engine = polex_engine_new(&eo, &err);
    worker = engine ? polex_worker_new(engine, &err) : NULL;
    polex_blob blob = {.source = "seed-article.txt", .data = bytes, .len = len};
    int rc = -1;
    if (worker && polex_ingest_blob(&blob, &doc, &err) == POLEX_OK) {
        doc->published = "2025-04-28";
        rc = polex_worker_process(worker, doc, POLEX_STAGE_INGEST, POLEX_STAGE_LINK, &err) ? -1 : 0;
    }
    if (rc) fprintf(stderr, "seed setup failed: %s: %s\n", err.stage, err.message);
    free(bytes);
    return rc;
}

static int teardown(void **state) {
    (void)state;
    polex_doc_free(doc);
    polex_worker_free(worker);
    polex_engine_free(engine);
    return 0;
}

static const char *evidence(const polex_event *ev) {
    static char buf[2048];
    snprintf(buf, sizeof buf, "%.*s", (int)(ev->evidence_end - ev->evidence_start),
             doc->text + ev->evidence_start);
    return buf;
}

/* The first event of type/action whose evidence contains needle. */
static const polex_event *find(const char *type, const char *action, const char *needle) {
    for (size_t i = 0; i < doc->n_events; i++) {
        const polex_event *ev = &doc->events[i];
        if (strcmp(ev->type, type) == 0 && strcmp(ev->action, action) == 0 &&
            strstr(evidence(ev), needle))
            return ev;
    }
    fprintf(stderr, "missing %s/%s in \"%s\"; events:\n", type, action, needle);
    for (size_t i = 0; i < doc->n_events; i++)
        fprintf(stderr, "  %s/%s %s: %s\n", doc->events[i].type, doc->events[i].action,
                polex_event_status_name(doc->events[i].status), evidence(&doc->events[i]));
    return NULL;
}

static const polex_jurisdiction *generic_of(const polex_event *ev) {
    for (size_t i = 0; i < ev->n_jurisdictions; i++)
        if (ev->jurisdictions[i].generic) return &ev->jurisdictions[i];
    return NULL;
}

static void order_sign_planned(void **state) {
    (void)state;
    const polex_event *ev = find("order", "sign", "is set to sign a new executive order");
    assert_non_null(ev);
    assert_int_equal(ev->status, POLEX_PLANNED);
}

static void order_designate_generic(void **state) {
    (void)state;
    const polex_event *ev = find("order", "designate", "identify cities and states");
    assert_non_null(ev);
    assert_int_equal(ev->status, POLEX_PLANNED);
    assert_non_null(generic_of(ev));
}

static void order_task_with_attribution(void **state) {
    (void)state;
    const polex_event *ev = find("order", "designate", "compiling a detailed list");
    if (!ev) ev = find("order", "direct", "compiling a detailed list");
    assert_non_null(ev);
    assert_int_equal(ev->status, POLEX_PLANNED);
    assert_non_null(ev->attribution);
    assert_non_null(strstr(ev->attribution, "a senior White House official"));
}

static void ruling_block_by_court_a_week_before(void **state) {
    (void)state;
    const polex_event *ev = find("ruling", "block", "a federal judge blocked");
    assert_non_null(ev);
    assert_int_equal(ev->status, POLEX_ASSERTED);
    assert_non_null(ev->actor_kind);
    assert_string_equal(ev->actor_kind, "court");
    assert_non_null(ev->date_value);
    assert_string_equal(ev->date_value, "2025-04-21");
}

static void funding_withhold_dozen(void **state) {
    (void)state;
    const polex_event *ev = find("funding", "withhold", "withhold federal funding");
    assert_non_null(ev);
    const polex_jurisdiction *g = generic_of(ev);
    assert_non_null(g);
    assert_int_equal(g->min_count, 13);
}

static void noncooperation_refuse_generic(void **state) {
    (void)state;
    const polex_event *ev = find("noncooperation", "refuse", "refused to assist");
    assert_non_null(ev);
    assert_int_equal(ev->status, POLEX_ASSERTED);
    assert_non_null(generic_of(ev));
}

static void litigation_challenge_hypothetical(void **state) {
    (void)state;
    const polex_event *ev = find("litigation", "challenge", "may trigger further");
    assert_non_null(ev);
    assert_int_equal(ev->status, POLEX_HYPOTHETICAL);
}

static void noncooperation_resist(void **state) {
    (void)state;
    const polex_event *ev = find("noncooperation", "resist", "continue to resist");
    assert_non_null(ev);
    assert_true(ev->status == POLEX_PLANNED || ev->status == POLEX_ASSERTED);
}

static void evidence_slices_back(void **state) {
    (void)state;
    for (size_t i = 0; i < doc->n_events; i++) {
        const polex_event *ev = &doc->events[i];
        assert_true(ev->evidence_start < ev->evidence_end);
        assert_true(ev->evidence_end <= doc->text_len);
        assert_int_equal(strlen(ev->event_id), 32);
    }
}

int main(void) {
    FILE *probe = fopen(POLEX_SHARED_DIR "/examples/seed-article.txt", "rb");
    if (!probe) {
        printf("SKIP: %s/examples/seed-article.txt is absent\n", POLEX_SHARED_DIR);
        return 77;
    }
    fclose(probe);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(order_sign_planned),
        cmocka_unit_test(order_designate_generic),
        cmocka_unit_test(order_task_with_attribution),
        cmocka_unit_test(ruling_block_by_court_a_week_before),
        cmocka_unit_test(funding_withhold_dozen),
        cmocka_unit_test(noncooperation_refuse_generic),
        cmocka_unit_test(litigation_challenge_hypothetical),
        cmocka_unit_test(noncooperation_resist),
        cmocka_unit_test(evidence_slices_back),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
