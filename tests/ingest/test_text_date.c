/* test_text_date.c - calendar dates as prose writes them (text_date.c), and
 * the document date of an order dated in words. */
#include "ingest_test_util.h"
#include "text_date.h"

typedef struct parse_case {
    const char *text, *iso; /* iso NULL: no date at the start of text */
    size_t used;            /* bytes the date spans */
} parse_case;

static const parse_case parses[] = {
    {"March 3, 2025 at noon", "2025-03-03", 13},
    {"Jan. 25, 2025", "2025-01-25", 13},
    {"25th day of July, 2025", "2025-07-25", 22},
    {"03/03/2025", "2025-03-03", 10},
    /* formal dating of proclamations and orders */
    {"Thirtieth day of October in the Year Two Thousand Twenty-Five and of the Independence",
     "2025-10-30", 61},
    {"first day of May, in the year of our Lord two thousand and twenty-four.", "2024-05-01", 70},
    {"Twenty-first day of June, 2024", "2024-06-21", 30},
    {"Fifth day of June in the year two thousand", "2000-06-05", 42},
    /* a day in digits with the year written out */
    {"12TH DAY OF FEBRUARY, IN THE YEAR OF OUR LORD TWO THOUSAND TWENTY-SIX.", "2026-02-12", 69},
    {"3rd day of March, two thousand twenty-five", "2025-03-03", 42},
    /* not dates */
    {"Thirtieth day of Octember in the Year Two Thousand", NULL, 0},
    {"Thirty-second day of May, 2025", NULL, 0},
    {"Thirtieth day of February, 2025", NULL, 0},
    {"first day of school", NULL, 0},
    {"Thirtieth day of October in the Year Three Thousand", NULL, 0},
    {"12th day of February, in the year of", NULL, 0},
};

typedef struct find_case {
    const char *text, *iso; /* iso NULL: no date found */
} find_case;

/* An opinion's argument date is passed over for its decision's. */
static const find_case finds[] = {
    {"ARGUED APRIL 2, 2026 \xE2\x80\x94 DECIDED MAY 21, 2026", "2026-05-21"},
    {"Argued and Submitted August 12, 2026, San Francisco, California. Filed October 5, 2026",
     "2026-10-05"},
    {"Argued: March 3, 2026", NULL},
    {"Decided March 3, 2026", "2026-03-03"},
    {"The case was argued on March 3, 2026.", "2026-03-03"},
    /* a Federal Register page header gives the day */
    {"Federal Register / Vol. 91, No. 137 / Monday, July 20, 2026 / Presidential Documents", NULL},
    {"Executive Order 14461 of July 15, 2026", "2026-07-15"},
};

static void find_table(void **state) {
    (void)state;
    for (size_t i = 0; i < sizeof finds / sizeof *finds; i++) {
        const find_case *c = &finds[i];
        char iso[11] = "";
        size_t at = 0, n = strlen(c->text);
        bool found = polex_date_find(c->text, n, n, &at, iso);
        if (!c->iso) {
            if (found) fail_msg("case %zu: got %s, want no date", i, iso);
            continue;
        }
        if (!found || strcmp(iso, c->iso))
            fail_msg("case %zu: got %s, want %s", i, found ? iso : "-", c->iso);
    }
}

static void parse_table(void **state) {
    (void)state;
    for (size_t i = 0; i < sizeof parses / sizeof *parses; i++) {
        const parse_case *c = &parses[i];
        char iso[11] = "";
        size_t used = polex_date_parse(c->text, strlen(c->text), iso);
        if (!c->iso) {
            if (used) fail_msg("case %zu: got %s, want no date", i, iso);
            continue;
        }
        if (used != c->used || strcmp(iso, c->iso))
            fail_msg("case %zu: got %s (%zu bytes), want %s (%zu bytes)", i, used ? iso : "-", used,
                     c->iso, c->used);
    }
}

/* A governor's order signed "this Thirtieth day of October in the Year Two
 * Thousand Twenty-Five" is dated that day. */
static void order_dated_in_words(void **state) {
    (void)state;
    const char *in = "STATE OF ARIZONA\n\nEXECUTIVE ORDER\n\n2025-22\n\n"
                     "NOW, THEREFORE, I, the Governor, hereby order the following.\n\n"
                     "1. State agencies shall review their grants.\n\n"
                     "IN WITNESS WHEREOF, I have hereunto set my hand.\n\n"
                     "GOVERNOR\n\n"
                     "DONE at the Capitol in Phoenix on this Thirtieth day of October in the "
                     "Year Two Thousand Twenty-Five and of the Independence of the United "
                     "States of America the Two Hundred and Fiftieth.\n";
    polex_doc *doc = ingest_ok("eo.txt", in, strlen(in));
    assert_non_null(doc->published);
    assert_string_equal(doc->published, "2025-10-30");
    polex_doc_free(doc);
}

/* A presidential order printed in the Federal Register is dated by its own
 * date, not the issue's. */
static void order_in_federal_register(void **state) {
    (void)state;
    const char *in = "Federal Register / Vol. 91, No. 137 / Monday, July 20, 2026 / Presidential "
                     "Documents\n\nTitle 3\n\nThe President\n\n"
                     "Executive Order 14461 of July 15, 2026\n\n"
                     "Ensuring That Federal Grants Do Not Subsidize Sanctuary Policies\n\n"
                     "By the authority vested in me as President, it is hereby ordered:\n";
    polex_doc *doc = ingest_ok("eo.txt", in, strlen(in));
    assert_non_null(doc->published);
    assert_string_equal(doc->published, "2026-07-15");
    polex_doc_free(doc);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(parse_table),
        cmocka_unit_test(find_table),
        cmocka_unit_test(order_in_federal_register),
        cmocka_unit_test(order_dated_in_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
