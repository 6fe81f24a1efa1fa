/* Jurisdiction families of session 9 (dev and the blind batches v10, v12,
 * v14), checked on the sentences of session9_cases.tsv: exact OCD id sets
 * of the one event of a hand-made hit. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "link_test_util.h"

LINK_FIXTURE

#define MAX_CASES 256
#define FIELDS 6

typedef struct tcase {
    char *f[FIELDS]; /* family, type, action, hit word, want, text */
    size_t line;
} tcase;

static tcase cases[MAX_CASES];
static size_t n_cases;
static char *table;

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

static int load_cases(void **state) {
    (void)state;
    FILE *f = fopen(POLEX_TEST_DATA "/session9_cases.tsv", "rb");
    if (!f) return -1;
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    table = buf;
    size_t line = 0;
    for (char *p = table; *p && n_cases < MAX_CASES;) {
        char *e = strchr(p, '\n');
        if (e) *e = '\0';
        line++;
        if (*p && *p != '#') {
            tcase *c = &cases[n_cases];
            c->line = line;
            size_t k = 0;
            for (char *q = p; k < FIELDS; k++) {
                c->f[k] = q;
                char *tab = k + 1 < FIELDS ? strchr(q, '\t') : NULL;
                if (k + 1 < FIELDS && !tab) return -1; /* a short line */
                if (tab) *tab = '\0', q = tab + 1;
            }
            unescape(c->f[5]);
            n_cases++;
        }
        if (!e) break;
        p = e + 1;
    }
    return n_cases ? setup(state) : -1;
}

/* Runs the cases of family; fails with every case whose ids differ. */
static void run_family(const char *family) {
    size_t ran = 0, bad = 0;
    for (size_t i = 0; i < n_cases; i++) {
        const tcase *c = &cases[i];
        if (strcmp(c->f[0], family) != 0) continue;
        size_t n_events;
        const char *got = link_word_hit_ids(lk, c->f[5], c->f[1], c->f[2], c->f[3], &n_events);
        const char *want = strcmp(c->f[4], "-") ? c->f[4] : "";
        ran++;
        if (n_events != 1 || strcmp(got, want) != 0) {
            bad++;
            print_error("session9_cases.tsv:%zu: got \"%s\", want \"%s\"\n", c->line, got, want);
        }
    }
    assert_true(ran > 0);
    assert_int_equal(bad, 0);
}

static void seat_parties(void **state) {
    (void)state;
    run_family("seat");
}

static void generic_relatives(void **state) {
    (void)state;
    run_family("generic");
}

static void cited_cases(void **state) {
    (void)state;
    run_family("cite");
}

static void signing_places(void **state) {
    (void)state;
    run_family("sign");
}

static void court_districts(void **state) {
    (void)state;
    run_family("district");
}

static void county_appositions(void **state) {
    (void)state;
    run_family("counties");
}

static void opening_names(void **state) {
    (void)state;
    run_family("opening");
}

static void state_and_local_laws(void **state) {
    (void)state;
    run_family("laws");
}

static void parallel_parties(void **state) {
    (void)state;
    run_family("parallel");
}

static void townships(void **state) {
    (void)state;
    run_family("township");
}

static void law_codes(void **state) {
    (void)state;
    run_family("codes");
}

static void county_modifiers(void **state) {
    (void)state;
    run_family("modifier");
}

static void generic_members(void **state) {
    (void)state;
    run_family("members");
}

static void measure_owners(void **state) {
    (void)state;
    run_family("owner");
}

static void court_relatives(void **state) {
    (void)state;
    run_family("court");
}

static void roundup_states(void **state) {
    (void)state;
    run_family("roundup");
}

static void speakers(void **state) {
    (void)state;
    run_family("speaker");
}

static void cause_laws(void **state) {
    (void)state;
    run_family("cause");
}

static void county_sections(void **state) {
    (void)state;
    run_family("section");
}

int main(void) {
    /* clang-format off */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(seat_parties),
        cmocka_unit_test(generic_relatives),
        cmocka_unit_test(cited_cases),
        cmocka_unit_test(signing_places),
        cmocka_unit_test(court_districts),
        cmocka_unit_test(county_appositions),
        cmocka_unit_test(opening_names),
        cmocka_unit_test(state_and_local_laws),
        cmocka_unit_test(parallel_parties),
        cmocka_unit_test(townships),
        cmocka_unit_test(law_codes),
        cmocka_unit_test(county_modifiers),
        cmocka_unit_test(generic_members),
        cmocka_unit_test(measure_owners),
        cmocka_unit_test(court_relatives),
        cmocka_unit_test(roundup_states),
        cmocka_unit_test(speakers),
        cmocka_unit_test(cause_laws),
        cmocka_unit_test(county_sections),
    };
    /* clang-format on */
    return cmocka_run_group_tests(tests, load_cases, teardown);
}
