/* Document context in linking: names licensed by evidence elsewhere in the
 * document, states that modify a generic mention, the reference date of a
 * document without a publication date, and the issuing court of a court
 * document. Hand-made documents and hits; exact expected values. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "link_test_util.h"

LINK_FIXTURE

/* One hit over the first occurrence of word (in the sentence holding it). */
static void hit_on(polex_doc *doc, const char *type, const char *action, const char *word) {
    uint32_t s = at(doc, word);
    uint32_t sentence = 0;
    for (size_t i = 0; i < doc->n_sentences; i++)
        if (doc->sentences[i].start <= s && s < doc->sentences[i].end) sentence = (uint32_t)i;
    polex_hit h = {.rule = "test",
                   .type = type,
                   .action = action,
                   .priority = 3,
                   .sentence = sentence,
                   .status = POLEX_ASSERTED};
    h.start = s;
    h.end = s + (uint32_t)strlen(word);
    polex_doc_add_hit(doc, &h);
}

static polex_event *link_one(polex_doc *doc) {
    polex_error err;
    assert_int_equal(polex_link(lk, doc, &err), POLEX_OK);
    assert_int_equal(doc->n_events, 1);
    return &doc->events[0];
}

/* The specific ids of an event, joined by spaces ("" when none). */
static const char *ids(const polex_event *ev) {
    static char buf[512];
    buf[0] = '\0';
    for (size_t i = 0; i < ev->n_jurisdictions; i++) {
        if (!ev->jurisdictions[i].ocd_id) continue;
        size_t n = strlen(buf);
        snprintf(buf + n, sizeof buf - n, "%s%s", n ? " " : "", ev->jurisdictions[i].ocd_id);
    }
    return buf;
}

/* Links text with one hit of type/action on word; the event's sorted OCD ids
 * joined by ";" must be want. */
static void expect_ids(const char *text, const char *published, const char *type,
                       const char *action, const char *word, const char *want) {
    polex_doc *doc = test_doc(text, published);
    hit_on(doc, type, action, word);
    assert_string_equal(ids(link_one(doc)), want);
    polex_doc_free(doc);
}

/* "the Commonwealth" in a document of one commonwealth state is that
 * state; with none, or two, it is nobody. */
static void commonwealth(void **state) {
    (void)state;
    expect_ids("BOSTON (AP) - Officials in the three Massachusetts cities spoke.\n"
               "Gov. Maura Healey said the Commonwealth would challenge the freeze.",
               "2025-08-19", "litigation", "challenge", "challenge",
               "ocd-division/country:us/state:ma");
    expect_ids("Officials in Massachusetts and Virginia spoke.\n"
               "The governor said the Commonwealth would challenge the freeze.",
               "2025-08-19", "litigation", "challenge", "challenge", "");
}

/* "City of Providence" licenses the bare "Providence" later on, although
 * "providence" is an ordinary word and several places bear the name. */
static void licensed_bare_name(void **state) {
    (void)state;
    expect_ids("Office of the Mayor, City of Providence\n"
               "The mayor signed an order declaring Providence a welcoming city.",
               "2025-02-03", "noncooperation", "declare", "declaring",
               "ocd-division/country:us/state:ri/place:providence");

    /* without that evidence the ordinary word stays unlinked */
    expect_ids("The mayor signed an order declaring Providence a welcoming city.", "2025-02-03",
               "noncooperation", "declare", "declaring", "");
}

/* A big city named by a dictionary word ("boulder") is linked when it is
 * capitalized inside a sentence and lies in a state of the document; not at
 * the start of a sentence, nor when the name is a person's elsewhere. */
static void big_dictionary_word_city(void **state) {
    (void)state;
    expect_ids("Colorado officials met on Monday.\n"
               "The Justice Department withheld funds from Boulder last year.",
               "2025-02-03", "funding", "withhold", "withheld",
               "ocd-division/country:us/state:co/place:boulder");

    /* opening the sentence before a lower-case verb, it is the subject
     * (session 9: "Providence has operated under an ordinance", "Aurora
     * bans sanctuary policies" in the blind batches' gold) */
    expect_ids("Colorado officials met on Monday.\n"
               "Boulder saw its funds withheld last year.",
               "2025-02-03", "funding", "withhold", "withheld",
               "ocd-division/country:us/state:co/place:boulder");
    /* not before a name or a comma */
    expect_ids("Colorado officials met on Monday.\n"
               "Boulder, the official said, saw its funds withheld last year.",
               "2025-02-03", "funding", "withhold", "withheld", "");

    expect_ids("Colorado officials met with Jane Boulder on Monday.\n"
               "The Justice Department withheld funds, Boulder said.",
               "2025-02-03", "funding", "withhold", "withheld", "");

    /* without the state in the document the word stays unlinked */
    expect_ids("The Justice Department withheld funds from Boulder last year.", "2025-02-03",
               "funding", "withhold", "withheld", "");
}

/* A state modifying a generic plural belongs to the generic mention. */
static void state_modifies_generic(void **state) {
    (void)state;
    /* nothing more specific named: the state stands for the generic plural */
    polex_doc *doc = test_doc("The grants of several Arizona cities were withheld.", "2025-02-03");
    hit_on(doc, "funding", "withhold", "withheld");
    polex_event *ev = link_one(doc);
    assert_int_equal(ev->n_jurisdictions, 2);
    assert_true(ev->jurisdictions[0].generic);
    assert_int_equal(ev->jurisdictions[0].min_count, 3);
    assert_string_equal(ev->jurisdictions[0].text, "several Arizona cities");
    assert_string_equal(ids(ev), "ocd-division/country:us/state:az");
    polex_doc_free(doc);

    /* names closed by a state's plural: the state places its unnamed
     * members (the session-9 conventions) */
    expect_ids("The grants of Phoenix and several other Arizona cities were withheld.",
               "2025-02-03", "funding", "withhold", "withheld",
               "ocd-division/country:us/state:az/place:phoenix ocd-division/country:us/state:az");
    expect_ids("The grants of Phoenix and two Arizona counties were withheld.", "2025-02-03",
               "funding", "withhold", "withheld",
               "ocd-division/country:us/state:az/place:phoenix ocd-division/country:us/state:az");
    /* a plural beside the name, not of its list: the state only modifies it */
    expect_ids("The grants of Phoenix, unlike those of several Arizona cities, were withheld.",
               "2025-02-03", "funding", "withhold", "withheld",
               "ocd-division/country:us/state:az/place:phoenix");

    /* a state named for itself stays */
    expect_ids("Arizona and two cities were sued.", "2025-02-03", "litigation", "sue", "sued",
               "ocd-division/country:us/state:az");
}

/* A year-less dateline takes its year from the document's full dates. */
static void yearless_dateline(void **state) {
    (void)state;
    polex_doc *doc =
        test_doc("Council reaffirms ordinance\n"
                 "BOSTON, July 17 \xe2\x80\x94 The council voted on Wednesday to keep it.\n"
                 "The ordinance was first passed on May 2, 2014.\n"
                 "Copyright 2025 Example Media.",
                 NULL);
    hit_on(doc, "noncooperation", "limit", "voted");
    polex_event *ev = link_one(doc);
    assert_string_equal(ev->date_value, "2025-07-16"); /* 2025-07-17 was a Thursday */
    assert_string_equal(ev->date_text, "Wednesday");
    polex_doc_free(doc);

    /* no year anywhere: nothing to resolve against */
    doc = test_doc("Council reaffirms ordinance\n"
                   "BOSTON, July 17 \xe2\x80\x94 The council voted on Wednesday to keep it.",
                   NULL);
    hit_on(doc, "noncooperation", "limit", "voted");
    assert_null(link_one(doc)->date_value);
    polex_doc_free(doc);
}

/* A "Filed" date is the reference of a document without a publication date. */
static void filed_date_reference(void **state) {
    (void)state;
    polex_doc *doc =
        test_doc("Case: 25-1687 Document: 12 Date Filed: 03/12/2026\n"
                 "The district court ruled on Monday that the conditions are unlawful.",
                 NULL);
    hit_on(doc, "ruling", "strike_down", "ruled");
    polex_event *ev = link_one(doc);
    assert_string_equal(ev->date_value, "2026-03-09"); /* 2026-03-12 was a Thursday */
    polex_doc_free(doc);
}

/* A ruling without a court role in a court document: the caption's court. */
static void issuing_court(void **state) {
    (void)state;
    polex_doc *doc = test_doc("IN THE UNITED STATES DISTRICT COURT\n"
                              "FOR THE DISTRICT OF COLORADO\n"
                              "The motion for a preliminary injunction is GRANTED.",
                              "2025-06-02");
    hit_on(doc, "ruling", "block", "GRANTED");
    polex_event *ev = link_one(doc);
    assert_string_equal(ev->actor_text,
                        "UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLORADO");
    assert_string_equal(ev->actor_kind, "court");
    polex_doc_free(doc);

    doc = test_doc("The motion is GRANTED.\nIT IS SO ORDERED.", "2025-06-02");
    hit_on(doc, "ruling", "block", "GRANTED");
    ev = link_one(doc);
    assert_string_equal(ev->actor_text, "the court");
    assert_string_equal(ev->actor_kind, "court");
    polex_doc_free(doc);

    /* a news story gets no invented actor */
    doc = test_doc("A motion was granted on Monday, the city said.", "2025-06-02");
    hit_on(doc, "ruling", "block", "granted");
    assert_null(link_one(doc)->actor_text);
    polex_doc_free(doc);
}

/* A court deciding in its own voice ("we affirm") rules on the document's date. */
static void court_voice_date(void **state) {
    (void)state;
    polex_doc *doc = test_doc("We decline, and we affirm the judgment.", "2026-03-12");
    hit_on(doc, "ruling", "uphold", "affirm");
    polex_event *ev = link_one(doc);
    assert_string_equal(ev->date_value, "2026-03-12");
    assert_string_equal(ev->date_text, "affirm");
    polex_doc_free(doc);

    doc = test_doc("The city will ask the appeals court to affirm the judgment.", "2026-03-12");
    hit_on(doc, "ruling", "uphold", "affirm");
    assert_null(link_one(doc)->date_value);
    polex_doc_free(doc);
}

/* Names with a possessive inside, lists after "Counties of" / "Cities of". */
static void plural_lists_and_possessives(void **state) {
    (void)state;
    polex_doc *doc = test_doc(
        "Plaintiffs, the Counties of Prince George's and Baltimore, sued HUD.", "2025-11-04");
    hit_on(doc, "litigation", "sue", "sued");
    assert_string_equal(ids(link_one(doc)),
                        "ocd-division/country:us/state:md/county:prince_george~s "
                        "ocd-division/country:us/state:md/county:baltimore");
    polex_doc_free(doc);

    expect_ids("The Cities of Providence and Central Falls sued.", "2025-11-04", "litigation",
               "sue", "sued",
               "ocd-division/country:us/state:ri/place:providence "
               "ocd-division/country:us/state:ri/place:central_falls");

    doc = test_doc("Prince George's County bars its police from asking.", "2025-11-04");
    hit_on(doc, "noncooperation", "limit", "bars");
    assert_string_equal(ids(link_one(doc)),
                        "ocd-division/country:us/state:md/county:prince_george~s");
    polex_doc_free(doc);
}

/* Where a case is filed or a court sits is not what it concerns. */
static void court_seats(void **state) {
    (void)state;
    /* a court's name is no jurisdiction of the case */
    expect_ids("Seattle sued in a complaint filed in Manhattan federal court.", "2025-08-08",
               "litigation", "sue", "sued", "ocd-division/country:us/state:wa/place:seattle");

    /* nor is the place a case was filed in */
    expect_ids("The suit, filed Friday in Trenton, challenges the directive.", "2025-08-08",
               "litigation", "challenge", "challenges", "");

    expect_ids("The suit, filed Friday in Trenton, targets a directive that bars police "
               "from joining raids.",
               "2025-08-08", "noncooperation", "limit", "bars", "");

    /* nor a federal district, a state's only one or one of several */
    expect_ids("Both lawsuits were filed in the U.S. District Court for the District of "
               "Rhode Island.",
               "2025-08-08", "litigation", "sue", "lawsuits", "");

    expect_ids("Chicago filed a lawsuit in the U.S. District Court for the Northern District "
               "of Illinois.",
               "2025-08-08", "litigation", "sue", "lawsuit",
               "ocd-division/country:us/state:il/place:chicago");

    /* a state court's name adds no id either (session 5 conventions), unless
     * the sentence is about the state's law */
    expect_ids("The Missouri Supreme Court declined to hear the challenge.", "2025-08-08", "ruling",
               "uphold", "declined", "");
    expect_ids("The Missouri Supreme Court declined to hear a challenge to a 2008 state law.",
               "2025-08-08", "ruling", "uphold", "declined", "ocd-division/country:us/state:mo");

    /* where a court sits is none (the adjudicated convention) */
    expect_ids("A federal court in Oregon found that such holds were unlawful.", "2025-08-08",
               "ruling", "strike_down", "found", "");
}

/* The linker's own event ids equal polex_event_make_id's, long keys too. */
static void event_ids_agree(void **state) {
    (void)state;
    char long_id[700];
    memset(long_id, 'd', sizeof long_id - 1);
    long_id[sizeof long_id - 1] = '\0';
    const char *docs[] = {"", "3f2a9c", long_id, long_id + 200};
    const char *types[] = {"funding", NULL, "noncooperation"};
    const uint32_t offs[][2] = {{0, 0}, {7, 4294967295u}, {123456, 123999}};
    for (size_t d = 0; d < 4; d++)
        for (size_t t = 0; t < 3; t++)
            for (size_t o = 0; o < 3; o++) {
                polex_event a = {0}, b = {0};
                a.type = b.type = types[t];
                a.action = b.action = t == 1 ? NULL : "withhold";
                a.evidence_start = b.evidence_start = offs[o][0];
                a.evidence_end = b.evidence_end = offs[o][1];
                polex_event_make_id(docs[d], &a);
                link_event_id(docs[d], &b);
                assert_string_equal(a.event_id, b.event_id);
                assert_int_equal(strlen(b.event_id), 32);
            }
}

/* A state's office after its name names the state, whatever city words
 * the sentence holds ("supporting the city") and whatever the dateline. */
static void state_office_names_the_state(void **state) {
    (void)state;
    expect_ids("WILMINGTON - Delaware Attorney General Kathy Jennings, whose office filed a "
               "brief supporting the city, sued over the grant conditions.",
               "2026-05-04", "litigation", "sue", "sued", "ocd-division/country:us/state:de");
    expect_ids("The Chicago City Attorney sued over the grant conditions.", "2026-05-04",
               "litigation", "sue", "sued", "ocd-division/country:us/state:il/place:chicago");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(state_office_names_the_state),
        cmocka_unit_test(event_ids_agree),
        cmocka_unit_test(licensed_bare_name),
        cmocka_unit_test(commonwealth),
        cmocka_unit_test(big_dictionary_word_city),
        cmocka_unit_test(state_modifies_generic),
        cmocka_unit_test(yearless_dateline),
        cmocka_unit_test(filed_date_reference),
        cmocka_unit_test(issuing_court),
        cmocka_unit_test(court_voice_date),
        cmocka_unit_test(plural_lists_and_possessives),
        cmocka_unit_test(court_seats),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
