/* test_rules_examples.c - every rule of the shipped pack compiles and passes
 * its own examples (what `polex rules check` does). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "polex_match.h"

static void test_shipped_pack(void **state) {
    (void)state;
    polex_error err;
    polex_error_clear(&err);
    size_t n_failed = 99;
    assert_int_equal(polex_rules_check(POLEX_RULES_DIR, stdout, &n_failed, &err), POLEX_OK);
    assert_int_equal(n_failed, 0);
    polex_ruleset *rs = polex_ruleset_load(POLEX_RULES_DIR, NULL, &err);
    assert_non_null(rs);
    assert_true(polex_ruleset_count(rs) >= 50);
    polex_ruleset_free(rs);
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_shipped_pack)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
