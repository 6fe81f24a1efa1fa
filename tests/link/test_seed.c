/* The seed article of SPEC section 4, linked from hand-made hits (the
 * matcher is not part of this test): the link fields SPEC asks for. Skipped
 * (77) when ../shared is absent. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "link_test_util.h"
#include "polex_record.h"

static char *seed_text;
static polex_doc *keep[16];
static size_t nkeep;
static polex_gazetteer *gaz;
static polex_linker *lk;

/* Sentences end after . ? ! (and a closing quote) before a space. */
static polex_doc *seed_doc(void) {
    polex_doc *doc = polex_doc_new();
    doc->doc_id = "5eed5eed5eed5eed5eed5eed5eed5eed";
    doc->text = polex_arena_strdup(doc->arena, seed_text);
    doc->text_len = strlen(seed_text);
    doc->published = "2025-04-28";
    uint32_t s = 0, n = (uint32_t)doc->text_len;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t e = 0;
        if (seed_text[i] == '\n') e = i;
        if ((seed_text[i] == '.' || seed_text[i] == '?' || seed_text[i] == '!')) {
            e = i + 1;
            if (!strncmp(seed_text + e, "\xe2\x80\x9d", 3)) e += 3;
            if (e < n && seed_text[e] != ' ' && seed_text[e] != '\n') e = 0;
            if (i >= 2 && seed_text[i - 2] == '.') e = 0; /* "U.S." */
        }
        if (!e) continue;
        while (s < e && (seed_text[s] == ' ' || seed_text[s] == '\n'))
            s++;
        if (e > s) {
            polex_sentence se = {s, e, 0, 0};
            polex_doc_add_sentence(doc, &se);
        }
        s = e;
        i = e;
    }
    return doc;
}

static uint32_t sentence_of(const polex_doc *doc, uint32_t off) {
    for (uint32_t i = 0; i < doc->n_sentences; i++)
        if (doc->sentences[i].start <= off && off < doc->sentences[i].end) return i;
    fail_msg("no sentence at %u", off);
    return 0;
}

/* A hit over the first occurrence of span, with one role. */
static polex_event *link_one(const char *type, const char *action, uint8_t status, const char *span,
                             const char *role, const char *role_text, const char *attribution) {
    polex_doc *doc = seed_doc();
    polex_hit h = {.rule = "seed", .type = type, .action = action, .priority = 5, .status = status};
    h.start = at(doc, span);
    h.end = h.start + (uint32_t)strlen(span);
    h.sentence = sentence_of(doc, h.start);
    if (role) {
        uint32_t r = at(doc, role_text);
        h.roles[h.n_roles++] = (polex_role){role, r, r + (uint32_t)strlen(role_text)};
    }
    if (attribution) {
        h.attribution.start = at(doc, attribution);
        h.attribution.end = h.attribution.start + (uint32_t)strlen(attribution);
    }
    polex_doc_add_hit(doc, &h);
    polex_error err;
    assert_int_equal(polex_link(lk, doc, &err), POLEX_OK);
    assert_int_equal(doc->n_events, 1);
    char *json = polex_event_to_json(doc, &doc->events[0]);
    printf("# %s\n", json);
    free(json);
    /* the doc owns the event: keep it alive until the test ends */
    assert_true(nkeep < sizeof keep / sizeof *keep);
    keep[nkeep++] = doc;
    return &doc->events[0];
}

static int setup(void **state) {
    (void)state;
    char path[1024];
    snprintf(path, sizeof path, "%s/examples/seed-article.txt", POLEX_SHARED_DIR);
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    seed_text = calloc(1, 1 << 16);
    size_t n = fread(seed_text, 1, (1 << 16) - 1, f);
    fclose(f);
    seed_text[n] = '\0';
    polex_error err;
    gaz = polex_gazetteer_load(POLEX_RULES_DIR, &err);
    lk = gaz ? polex_linker_new(gaz, POLEX_RULES_DIR, &err) : NULL;
    return lk ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    for (size_t i = 0; i < nkeep; i++)
        polex_doc_free(keep[i]);
    polex_linker_free(lk);
    polex_gazetteer_free(gaz);
    free(seed_text);
    return 0;
}

static bool has_generic(const polex_event *ev, int min_count) {
    for (size_t i = 0; i < ev->n_jurisdictions; i++)
        if (ev->jurisdictions[i].generic && ev->jurisdictions[i].min_count == min_count)
            return true;
    return false;
}

static void seed_events(void **state) {
    (void)state;
    polex_event *ev =
        link_one("order", "sign", POLEX_PLANNED, "is set to sign a new executive order", "actor",
                 "President Donald Trump", NULL);
    assert_string_equal(ev->actor_kind, "executive");
    assert_string_equal(ev->actor_text, "President Donald Trump");

    ev = link_one("order", "designate", POLEX_PLANNED,
                  "directing federal officials to identify cities and states", NULL, NULL, NULL);
    assert_true(has_generic(ev, 2));

    ev = link_one("order", "direct", POLEX_PLANNED, "the order will task the U.S. Attorney General",
                  NULL, NULL, "a senior White House official");
    assert_string_equal(ev->attribution, "a senior White House official");
    assert_true(has_generic(ev, 2)); /* "local and state governments" */
    assert_null(ev->date_value);     /* "within 30 days" is in the next sentence */

    ev = link_one("ruling", "block", POLEX_ASSERTED, "a federal judge blocked a previous attempt",
                  "court", "a federal judge", NULL);
    assert_string_equal(ev->actor_kind, "court");
    assert_string_equal(ev->date_value, "2025-04-21"); /* one week before the document date */
    assert_string_equal(ev->date_precision, "day");

    ev = link_one("funding", "withhold", POLEX_ASSERTED, "withhold federal funding", NULL, NULL,
                  NULL);
    assert_true(has_generic(ev, 13));
    ev = link_one("noncooperation", "refuse", POLEX_ASSERTED, "had refused to assist", NULL, NULL,
                  NULL);
    assert_true(has_generic(ev, 13));

    ev = link_one("litigation", "challenge", POLEX_HYPOTHETICAL,
                  "may trigger further constitutional challenges", NULL, NULL, NULL);
    assert_int_equal(ev->status, POLEX_HYPOTHETICAL);
    assert_int_equal(ev->n_jurisdictions, 0);

    ev = link_one("noncooperation", "resist", POLEX_PLANNED,
                  "will continue to resist federal mandates", "actor",
                  "Several governors and mayors", NULL);
    assert_string_equal(ev->actor_kind, "executive");
    /* no jurisdiction of the seed article is named: nothing specific is linked */
    assert_int_equal(ev->n_jurisdictions, 0);
}

int main(void) {
    char path[1024];
    snprintf(path, sizeof path, "%s/examples/seed-article.txt", POLEX_SHARED_DIR);
    FILE *f = fopen(path, "rb");
    if (!f) {
        printf("SKIP: %s is absent\n", path);
        return 77;
    }
    fclose(f);
    const struct CMUnitTest tests[] = {cmocka_unit_test(seed_events)};
    return cmocka_run_group_tests(tests, setup, teardown);
}
