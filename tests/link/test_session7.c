/* Jurisdiction families of session 7 (blind batch v10 and dev): a big city
 * whose name is a dictionary word ("Phoenix police") against a tiny
 * namesake of a state the document names elsewhere, a roundup's state
 * section settling its names, a neighbour named by a possessive
 * apposition, a law "as X law requires", a court's seat that is also the
 * party, a county that "includes" its seat, and consolidated governments.
 * Exact OCD id sets. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "link_test_util.h"

LINK_FIXTURE

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted specific ids of the one event of a hit of type on word (its
 * first occurrence) in a document of one sentence per line. */
static const char *ids_of(const char *text, const char *type, const char *action,
                          const char *word) {
    static char buf[1024];
    polex_doc *doc = test_doc(text, "2026-03-10");
    uint32_t s = at(doc, word);
    size_t si = 0;
    while (si + 1 < doc->n_sentences && doc->sentences[si].end < s)
        si++;
    polex_hit h = {
        .rule = "test", .type = type, .action = action, .priority = 3, .sentence = (uint32_t)si};
    h.start = s;
    h.end = s + (uint32_t)strlen(word);
    polex_doc_add_hit(doc, &h);
    polex_error err;
    assert_int_equal(polex_link(lk, doc, &err), POLEX_OK);
    assert_int_equal(doc->n_events, 1);
    const polex_event *ev = &doc->events[0];
    const char *ids[64];
    size_t n = 0;
    for (size_t i = 0; i < ev->n_jurisdictions && n < 64; i++)
        if (ev->jurisdictions[i].ocd_id)
            ids[n++] = ev->jurisdictions[i].ocd_id + strlen("ocd-division/country:us/");
    qsort(ids, n, sizeof *ids, cmp_str);
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(buf);
        snprintf(buf + l, sizeof buf - l, "%s%s", l ? " " : "", ids[i]);
    }
    polex_doc_free(doc);
    return buf;
}

/* "Phoenix police" in a roundup filed from New York too is Arizona's big
 * city, not the village of 2,000 in New York; a small namesake in a state
 * of the document still wins when nothing dwarfs it */
static void dwarfing_cities(void **state) {
    (void)state;
    const char *doc = "RIVERHEAD, N.Y. - Suffolk County will no longer rent jail beds to ICE.\n"
                      "Phoenix police to share arrest data with ICE\n";
    assert_string_equal(ids_of(doc, "noncooperation", "comply", "share"), "state:az/place:phoenix");
    const char *doc2 = "SPRINGFIELD, Ill. - The state sued on Monday.\n"
                       "Aurora police will share arrest data with ICE.\n";
    assert_string_equal(ids_of(doc2, "noncooperation", "comply", "share"), "state:il/place:aurora");
}

/* "VERMONT — Burlington ...": the section's state settles the name even
 * when another section names a state with a smaller Burlington */
static void state_sections(void **state) {
    (void)state;
    const char *doc = "COLORADO — Boulder County commissioners voted to accept a grant.\n"
                      "VERMONT — Burlington has not received any notice that its federal grants "
                      "are at risk, a city spokesperson said.\n";
    assert_string_equal(ids_of(doc, "funding", "threaten", "at risk"), "state:vt/place:burlington");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dwarfing_cities),
        cmocka_unit_test(state_sections),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
