/* Event building: hand-made hits on a hand-made document -> exact
 * polex.event/1 JSON; determinism; bad hits and bad rule folders. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "link_test_util.h"
#include "polex_record.h"
#include <jansson.h>

LINK_FIXTURE

static const char *TEXT =
    "CHICAGO \xe2\x80\x94 A federal judge in San Francisco blocked the administration's attempt "
    "to withhold $18 million from Chicago and more than a dozen jurisdictions last Thursday.\n"
    "Chicago sued the Justice Department on April 2, a city spokesperson said.\n"
    "The governor may challenge the order.";

static void add_hit(polex_doc *doc, const char *rule, const char *type, const char *action,
                    int priority, uint32_t sentence, const char *from, const char *to,
                    uint8_t status) {
    polex_hit h = {.rule = rule,
                   .type = type,
                   .action = action,
                   .priority = priority,
                   .sentence = sentence,
                   .status = status};
    h.start = at(doc, from);
    h.end = at(doc, to) + (uint32_t)strlen(to);
    polex_doc_add_hit(doc, &h);
}

static void add_role(polex_doc *doc, const char *name, const char *text) {
    polex_hit *h = &doc->hits[doc->n_hits - 1];
    uint32_t s = at(doc, text);
    h->roles[h->n_roles++] = (polex_role){name, s, s + (uint32_t)strlen(text)};
}

static polex_doc *sample(void) {
    polex_doc *doc = test_doc(TEXT, "2025-04-28");
    add_hit(doc, "ruling.block.judge", "ruling", "block", 5, 0, "A federal judge", "blocked",
            POLEX_ASSERTED);
    add_role(doc, "court", "A federal judge");
    add_hit(doc, "funding.withhold.attempt", "funding", "withhold", 3, 0, "withhold",
            "dozen jurisdictions", POLEX_ASSERTED);
    add_role(doc, "target", "Chicago and more");
    add_hit(doc, "litigation.sue", "litigation", "sue", 4, 1, "Chicago sued", "Department",
            POLEX_ASSERTED);
    add_role(doc, "actor", "Chicago sued");
    doc->hits[2].roles[0].end -= 5; /* "Chicago" */
    polex_hit *h = &doc->hits[2];
    h->attribution.start = at(doc, "a city spokesperson");
    h->attribution.end = h->attribution.start + 19;
    add_hit(doc, "litigation.challenge", "litigation", "challenge", 2, 2, "may challenge", "order",
            POLEX_HYPOTHETICAL);
    add_role(doc, "actor", "The governor");
    return doc;
}

/* All events of doc, one JSON line each. */
static char *events_jsonl(const polex_doc *doc) {
    size_t cap = 1 << 16, n = 0;
    char *out = calloc(1, cap);
    for (size_t i = 0; i < doc->n_events; i++) {
        char *j = polex_event_to_json(doc, &doc->events[i]);
        assert_non_null(j);
        n += (size_t)snprintf(out + n, cap - n, "%s\n", j);
        free(j);
    }
    assert_true(n < cap);
    return out;
}

static char *read_golden(const char *name) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", POLEX_TEST_DATA, name);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char *buf = calloc(1, 1 << 16);
    size_t n = fread(buf, 1, (1 << 16) - 1, f);
    fclose(f);
    buf[n] = '\0';
    return buf;
}

/* Same JSON values line by line (number formatting is the record writer's
 * business: 1.8e7 and 18000000.0 are the same amount). */
static void assert_json_lines_equal(const char *got, const char *want) {
    const char *g = got, *w = want;
    for (int line = 1; *g || *w; line++) {
        const char *ge = strchr(g, '\n'), *we = strchr(w, '\n');
        assert_non_null(ge);
        assert_non_null(we);
        json_error_t e;
        json_t *a = json_loadb(g, (size_t)(ge - g), 0, &e),
               *b = json_loadb(w, (size_t)(we - w), 0, &e);
        assert_non_null(a);
        assert_non_null(b);
        if (!json_equal(a, b))
            fail_msg("line %d differs:\n got  %.*s\n want %.*s", line, (int)(ge - g), g,
                     (int)(we - w), w);
        json_decref(a);
        json_decref(b);
        g = ge + 1;
        w = we + 1;
    }
}

/* The golden file was checked by hand: San Francisco after "judge in" is
 * where the court sits (no jurisdiction of any event), Chicago the target, "more than a dozen
 * jurisdictions" min_count 13, "last Thursday" before Monday 2025-04-28 is 2025-04-24, the dateline
 * "CHICAGO" is not a jurisdiction of the event, "Justice Department" is not
 * Justice, Ill.; confidence per polex_link.h. */
static void events_from_hits(void **state) {
    (void)state;
    polex_doc *doc = sample();
    polex_error err;
    assert_int_equal(polex_link(lk, doc, &err), POLEX_OK);
    assert_int_equal(doc->n_events, 4);
    char *got = events_jsonl(doc), *want = read_golden("events.golden.jsonl");
    assert_json_lines_equal(got, want);
    /* evidence offsets slice back to the sentence */
    assert_memory_equal(doc->text + doc->events[2].evidence_start, "Chicago sued", 12);
    assert_int_equal(doc->events[2].evidence_end, at(doc, "said.") + 5);
    free(got);
    free(want);
    polex_doc_free(doc);
}

static void linking_is_deterministic(void **state) {
    (void)state;
    polex_doc *a = sample(), *b = sample();
    polex_error err;
    assert_int_equal(polex_link(lk, a, &err), POLEX_OK);
    assert_int_equal(polex_link(lk, b, &err), POLEX_OK);
    assert_int_equal(polex_link(lk, b, &err), POLEX_OK); /* re-linking replaces, never appends */
    assert_int_equal(b->n_events, 4);
    char *ja = events_jsonl(a), *jb = events_jsonl(b);
    assert_string_equal(ja, jb);
    free(ja);
    free(jb);
    polex_doc_free(a);
    polex_doc_free(b);
}

static void seed_like_sentence(void **state) {
    (void)state;
    polex_doc *doc = test_doc(
        "This development comes just one week after a federal judge blocked a previous attempt "
        "by the administration to withhold federal funding from more than a dozen jurisdictions "
        "that had refused to assist with immigration crackdowns.",
        "2025-04-28");
    add_hit(doc, "ruling.block", "ruling", "block", 5, 0, "a federal judge", "blocked",
            POLEX_ASSERTED);
    add_role(doc, "court", "a federal judge");
    polex_error err;
    assert_int_equal(polex_link(lk, doc, &err), POLEX_OK);
    polex_event *ev = &doc->events[0];
    assert_string_equal(ev->actor_kind, "court");
    assert_string_equal(ev->date_value, "2025-04-21");
    assert_string_equal(ev->date_text, "one week after");
    assert_int_equal(ev->n_jurisdictions, 1);
    assert_true(ev->jurisdictions[0].generic);
    assert_int_equal(ev->jurisdictions[0].min_count, 13);
    assert_null(ev->jurisdictions[0].ocd_id);
    polex_doc_free(doc);
}

/* An event's jurisdictions are those of its clause; a clause without any
 * falls back to the sentence. */
static void clause_scoping(void **state) {
    (void)state;
    polex_doc *doc = test_doc("Chicago sued the department in March, and a judge in Boston blocked "
                              "the rule, which the administration appealed.",
                              "2025-04-28");
    add_hit(doc, "sue", "litigation", "sue", 3, 0, "Chicago sued", "sued", POLEX_ASSERTED);
    add_hit(doc, "block", "ruling", "block", 3, 0, "blocked", "blocked", POLEX_ASSERTED);
    add_hit(doc, "appeal", "litigation", "appeal", 3, 0, "appealed", "appealed", POLEX_ASSERTED);
    polex_error err;
    assert_int_equal(polex_link(lk, doc, &err), POLEX_OK);
    assert_int_equal(doc->events[0].n_jurisdictions, 1);
    assert_string_equal(doc->events[0].jurisdictions[0].text, "Chicago");
    /* where the judge sits is no jurisdiction, and a clause naming a
     * court's seat takes nothing from the rest of the sentence */
    assert_int_equal(doc->events[1].n_jurisdictions, 0);
    /* its clause names none either */
    assert_int_equal(doc->events[2].n_jurisdictions, 1);
    assert_string_equal(doc->events[2].jurisdictions[0].text, "Chicago");
    assert_string_equal(doc->events[0].date_value, "2025-03");
    polex_doc_free(doc);
}

/* A hit the matcher merged a second clause into (role "also") has the
 * jurisdictions of both clauses; without the role, its own clause's only. */
static void twin_clauses(void **state) {
    (void)state;
    /* (not "signed one in May": a "one" standing for the pact is the same
     * act told again, pact_pronoun, with or without the role) */
    const char *text = "Lycoming County signed a jail agreement with ICE in March, and Tioga "
                       "County signed a task force agreement in May.";
    for (int also = 0; also < 2; also++) {
        polex_doc *doc = test_doc(text, "2026-06-01");
        add_hit(doc, "comply", "noncooperation", "comply", 3, 0, "signed", "signed",
                POLEX_ASSERTED);
        if (also) add_role(doc, "also", "signed a task");
        if (also) doc->hits[0].roles[0].end -= 7; /* "signed" */
        polex_error err;
        assert_int_equal(polex_link(lk, doc, &err), POLEX_OK);
        assert_int_equal(doc->events[0].n_jurisdictions, 1 + also);
        assert_string_equal(doc->events[0].jurisdictions[0].ocd_id,
                            "ocd-division/country:us/state:pa/county:lycoming");
        if (also)
            assert_string_equal(doc->events[0].jurisdictions[1].ocd_id,
                                "ocd-division/country:us/state:pa/county:tioga");
        polex_doc_free(doc);
    }
}

static void actor_kinds(void **state) {
    (void)state;
    const char *cases[][2] = {
        {"U.S. District Judge William Orrick", "court"},
        {"the 9th Circuit Court of Appeals", "court"},
        {"President Donald Trump", "executive"},
        {"the Trump administration", "executive"},
        {"Gov. JB Pritzker", "executive"},
        {"the Justice Department", "agency"},
        {"Immigration and Customs Enforcement", "agency"},
        {"Attorney General Pam Bondi", "official"},
        {"Mayor Brandon Johnson", "official"},
        {"the Cook County Board of Commissioners", "jurisdiction"},
        {"Chicago", "jurisdiction"},
        {"the city", "jurisdiction"},
        {"advocates", "other"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *k = link_actor_kind(lk, cases[i][0], strlen(cases[i][0]));
        if (strcmp(k, cases[i][1])) fail_msg("\"%s\": %s, want %s", cases[i][0], k, cases[i][1]);
    }
}

static void bad_hits_and_rules(void **state) {
    (void)state;
    polex_doc *doc = test_doc("Short text.", "2025-04-28");
    polex_hit h = {.rule = "r", .type = "ruling", .action = "block", .start = 0, .end = 500};
    polex_doc_add_hit(doc, &h);
    polex_error err;
    assert_int_equal(polex_link(lk, doc, &err), POLEX_ERR_INPUT);
    assert_string_equal(err.stage, "link");
    polex_doc_free(doc);
    assert_int_equal(polex_link(NULL, NULL, &err), POLEX_ERR_USAGE);
    assert_null(polex_gazetteer_load("/nonexistent/rules", &err));
    assert_int_equal(err.code, POLEX_ERR_IO);
    assert_null(polex_linker_new(gaz, "/nonexistent/rules", &err));
    assert_int_equal(err.code, POLEX_ERR_IO);
    /* a broken gazetteer line is a rules error naming the file and line */
    char dir[] = "/tmp/polex-link-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/gazetteer", dir);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/gazetteer/jurisdictions.tsv", dir);
    FILE *f = fopen(path, "w");
    fputs("# header\n/state:il\t17\tstate\n", f);
    fclose(f);
    assert_null(polex_gazetteer_load(dir, &err));
    assert_int_equal(err.code, POLEX_ERR_RULES);
    assert_non_null(strstr(err.message, "jurisdictions.tsv:2"));
    remove(path);
    snprintf(path, sizeof path, "%s/gazetteer", dir);
    rmdir(path);
    rmdir(dir);
}

static void link_time_per_document(void **state) {
    (void)state;
    struct timespec a, b;
    int rounds = 200;
    clock_gettime(CLOCK_MONOTONIC, &a);
    for (int i = 0; i < rounds; i++) {
        polex_doc *doc = sample();
        polex_error err;
        assert_int_equal(polex_link(lk, doc, &err), POLEX_OK);
        polex_doc_free(doc);
    }
    clock_gettime(CLOCK_MONOTONIC, &b);
    double us = ((double)(b.tv_sec - a.tv_sec) * 1e9 + (double)(b.tv_nsec - a.tv_nsec)) / 1e3;
    printf("# link: %.1f us per document (%zu bytes, 4 hits)\n", us / rounds, strlen(TEXT));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(events_from_hits),   cmocka_unit_test(linking_is_deterministic),
        cmocka_unit_test(seed_like_sentence), cmocka_unit_test(clause_scoping),
        cmocka_unit_test(twin_clauses),       cmocka_unit_test(actor_kinds),
        cmocka_unit_test(bad_hits_and_rules), cmocka_unit_test(link_time_per_document),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
