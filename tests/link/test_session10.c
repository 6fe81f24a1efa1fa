/* Jurisdiction families of session 10, checked on the sentences of
 * session10_cases.tsv (written for these tests, no corpus sentence): exact
 * OCD id sets of the one event of a hand-made hit. Each family prints how
 * many of its cases pass, so that a blind run before a change is a score. */
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

static int load_cases(void **state) {
    FILE *f = fopen(POLEX_TEST_DATA "/session10_cases.tsv", "rb");
    if (!f) return -1;
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    size_t line = 0;
    for (char *p = buf; *p && n_cases < MAX_CASES;) {
        char *e = strchr(p, '\n');
        if (e) *e = '\0';
        line++;
        if (*p && *p != '#') {
            cases[n_cases].line = line;
            if (!parse_line(p, &cases[n_cases])) return -1;
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
            print_error("session10_cases.tsv:%zu: got \"%s\", want \"%s\"\n", c->line, got, want);
        }
    }
    print_message("%s: %zu of %zu cases pass\n", family, ran - bad, ran);
    assert_true(ran > 0);
    assert_int_equal(bad, 0);
}

static void locator_states(void **state) {
    (void)state;
    run_family("locator");
}

static void state_places(void **state) {
    (void)state;
    run_family("stateplace");
}

static void own_clauses(void **state) {
    (void)state;
    run_family("clause");
}

static void neighbours(void **state) {
    (void)state;
    run_family("neighbour");
}

static void suing_states(void **state) {
    (void)state;
    run_family("suer");
}

static void landmarks(void **state) {
    (void)state;
    run_family("landmark");
}

int main(void) {
    /* clang-format off */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(locator_states),
        cmocka_unit_test(state_places),
        cmocka_unit_test(own_clauses),
        cmocka_unit_test(neighbours),
        cmocka_unit_test(suing_states),
        cmocka_unit_test(landmarks),
    };
    /* clang-format on */
    return cmocka_run_group_tests(tests, load_cases, teardown);
}
