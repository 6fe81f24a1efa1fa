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

/* The sorted specific ids of the one event of a hit of type on word (its
 * first occurrence) in a document of one sentence per line. */
static const char *ids_of(const char *text, const char *type, const char *action,
                          const char *word) {
    size_t n_events;
    const char *ids = link_word_hit_ids(lk, text, type, action, word, &n_events);
    assert_int_equal(n_events, 1);
    return ids;
}

/* "Phoenix police" in a roundup filed from New York too is Arizona's big
 * city, not the village of 2,000 in New York; a small namesake in a state
 * of the document still wins when nothing dwarfs it */
static void dwarfing_cities(void **state) {
    (void)state;
    const char *doc = "RIVERHEAD, N.Y. - Suffolk County will no longer rent jail beds to ICE.\n"
                      "Phoenix police to share arrest data with ICE\n";
    assert_string_equal(ids_of(doc, "noncooperation", "comply", "share"), "state:az/place:phoenix");
    /* with no state in the document: the place ten times every namesake */
    assert_string_equal(ids_of("Providence City Solicitor Jeff Dana said the city will sue HUD.",
                               "litigation", "sue", "sue"),
                        "state:ri/place:providence");
    /* a dictionary-word name written as one: a possessive, a list of big
     * cities */
    assert_string_equal(ids_of("Providence's appeal of the ruling was argued on Monday.",
                               "litigation", "appeal", "appeal"),
                        "state:ri/place:providence");
    assert_string_equal(ids_of("The cities, led by Boston and Providence, filed suit last week.",
                               "litigation", "sue", "filed suit"),
                        "state:ma/place:boston state:ri/place:providence");
    /* a sentence's opening word alone is no name */
    assert_string_equal(ids_of("Providence guided the council, the mayor said of the vote to sue.",
                               "litigation", "sue", "sue"),
                        "");
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
    /* even when another section licensed the name for its own state */
    const char *doc2 = "OREGON — Portland's city council voted to bar ICE agents from city parks.\n"
                       "MAINE — Portland will not change its policy of keeping ICE agents out of "
                       "city shelters, the city manager said.\n";
    assert_string_equal(ids_of(doc2, "noncooperation", "resist", "will not change"),
                        "state:me/place:portland");
    assert_string_equal(ids_of(doc2, "noncooperation", "limit", "voted"),
                        "state:or/place:portland");
}

/* names that only describe another: a neighbour's possessive apposition, a
 * place a county includes, a facility's downtown site */
static void descriptive_places(void **state) {
    (void)state;
    const char *doc = "EUGENE, Ore. - Lane County and the city of Eugene sued FEMA on Monday.\n"
                      "Springfield, Eugene's neighbor across the Willamette River, did not join "
                      "the lawsuit.\n";
    assert_string_equal(ids_of(doc, "litigation", "sue", "join"), "state:or/place:springfield");
    assert_string_equal(ids_of("The city of Aurora, Denver's eastern neighbor, voted to cooperate "
                               "with ICE.",
                               "noncooperation", "comply", "cooperate"),
                        "state:co/place:aurora");
    /* a comparison closing the clause */
    assert_string_equal(ids_of("Lappin said she would also notify ICE before releasing anyone the "
                               "agency has flagged, as Maricopa County does.",
                               "noncooperation", "comply", "notify"),
                        "");
    assert_string_equal(ids_of("Maricopa County notifies ICE before releasing anyone, as it has "
                               "since 2019.",
                               "noncooperation", "comply", "notifies"),
                        "state:az/county:maricopa");
    /* a name opening a quote is the sentence's first word (no word before it) */
    assert_string_equal(
        ids_of("\"Eugene will sue,\" Mayor Kitty Piercy said.", "litigation", "sue", "sue"),
        "state:or/place:eugene");
    /* a plain possessive is still the party */
    assert_string_equal(
        ids_of("The department cut Eugene's grants on Monday.", "funding", "withhold", "cut"),
        "state:or/place:eugene");
    assert_string_equal(ids_of("In Buncombe County, which includes Asheville, Sheriff Quentin "
                               "Miller said his jail honors detainers.",
                               "noncooperation", "comply", "honors"),
                        "state:nc/county:buncombe");
    assert_string_equal(ids_of("Orange County supervisors voted to end the sheriff's practice of "
                               "giving ICE agents access to the Theo Lacy jail in Orange.",
                               "noncooperation", "limit", "end"),
                        "state:ca/county:orange");
    /* a state after "jail in" is the jails' state ("every county jail in Florida") */
    assert_string_equal(ids_of("Every county jail in Florida must honor ICE detainers.",
                               "noncooperation", "comply", "honor"),
                        "state:fl");
    assert_string_equal(ids_of("The Harris County Commissioners Court voted to end the sheriff's "
                               "practice of letting ICE agents interview inmates at the county "
                               "jail in downtown Houston.",
                               "noncooperation", "limit", "end"),
                        "state:tx/county:harris");
}

/* "as Virginia law requires" without a comma: the law the clause follows,
 * whose state is the event's too (the conventions) */
static void as_law_requires(void **state) {
    (void)state;
    assert_string_equal(ids_of("Albemarle County's jail continues to notify ICE of releases as "
                               "Virginia law requires.",
                               "noncooperation", "comply", "notify"),
                        "state:va state:va/county:albemarle");
    /* a headline's "as" clause still splits */
    assert_string_equal(ids_of("Kent County sheriff signs ICE jail agreement as Grand Rapids "
                               "commissioners push back",
                               "noncooperation", "comply", "signs"),
                        "state:mi/county:kent");
}

/* a consolidated government by its short hyphenated name */
static void consolidated(void **state) {
    (void)state;
    assert_string_equal(ids_of("Rep. Houston Gaines asked the Georgia Department of Community "
                               "Affairs to investigate whether Athens-Clarke was out of "
                               "compliance.",
                               "noncooperation", "refuse", "out of compliance"),
                        "state:ga/place:athens");
}

/* a dateline of one big city named by a dictionary word licenses the name
 * in the story; two sizable namesakes (Aurora, Colo., and Aurora, Ill.)
 * leave it unsettled */
static void shouted_datelines(void **state) {
    (void)state;
    assert_string_equal(ids_of("PHOENIX — Phoenix received its delayed COPS money after dropping "
                               "a clause in its police policy.",
                               "funding", "restore", "received"),
                        "state:az/place:phoenix");
    assert_string_equal(ids_of("AURORA — Aurora received its delayed COPS money after dropping a "
                               "clause in its police policy.",
                               "funding", "restore", "received"),
                        "");
}

/* a second "that" clause after "and" without a comma is a clause of its
 * own; a state before a bill's chamber letters is the bill's state */
static void that_clauses_and_bills(void **state) {
    (void)state;
    assert_string_equal(ids_of("The parties report that OJP has released the awards to the City "
                               "of Tucson and that Pima County's award remains under review.",
                               "funding", "restore", "released"),
                        "state:az/place:tucson");
    assert_string_equal(ids_of("OHIO HB 261 would require every county sheriff to request a "
                               "287(g) agreement by July 2027.",
                               "noncooperation", "comply", "request"),
                        "state:oh");
    assert_string_equal(ids_of("Texas SB 4 requires sheriffs to honor detainers.", "noncooperation",
                               "comply", "honor"),
                        "state:tx");
}

/* a number before the verb of a clause quantifies nothing after it:
 * "HB 261 would require every county" is no count of 261 */
static void generic_counts(void **state) {
    (void)state;
    polex_doc *doc = test_doc("OHIO HB 261 would require every county sheriff to request an "
                              "agreement.\nThe department wrote to 12 cities that refuse.",
                              "2026-03-10");
    link_mention m[8];
    size_t n = 0;
    link_spot_generic(lk, doc->text, doc->sentences[0].start, doc->sentences[0].end, m, &n, 8);
    assert_int_equal(n, 1);
    assert_true(m[0].min_count != 261);
    assert_int_equal(strncmp(doc->text + m[0].start, "every county", 12), 0);
    n = 0;
    link_spot_generic(lk, doc->text, doc->sentences[1].start, doc->sentences[1].end, m, &n, 8);
    assert_int_equal(n, 1);
    assert_int_equal(m[0].min_count, 12);
    polex_doc_free(doc);
}

/* a state law as the measure of an act ("legal under") adds no state; an
 * act "consistent with" a state's law is done under it and keeps the state
 * (session 17: corpora/README, session 5; blind gold v22a, v27b, v34a, dev
 * v24d); a sentence opening "In <State>, where state law
 * ..." gives the state to the law's content and the main clause's event,
 * not to a relative clause of it nor when the law requires nothing */
static void state_laws(void **state) {
    (void)state;
    assert_string_equal(ids_of("Ramsey County jail staff will notify ICE of scheduled releases, "
                               "consistent with Minnesota law.",
                               "noncooperation", "comply", "notify"),
                        "state:mn state:mn/county:ramsey");
    assert_string_equal(ids_of("Frederick County's lawyers believe holding people for ICE is legal "
                               "under Virginia law.",
                               "noncooperation", "comply", "holding"),
                        "state:va/county:frederick");
    const char *nh = "In New Hampshire, where a 2025 state law bans sanctuary policies, the town "
                     "of Durham repealed a 2017 resolution that had barred its police from asking "
                     "about immigration status.";
    assert_string_equal(ids_of(nh, "noncooperation", "comply", "repealed"),
                        "state:nh state:nh/place:durham");
    assert_string_equal(ids_of(nh, "noncooperation", "comply", "bans"),
                        "state:nh state:nh/place:durham");
    assert_string_equal(ids_of(nh, "noncooperation", "limit", "barred"), "state:nh/place:durham");
    assert_string_equal(ids_of("In Wisconsin, where state law neither requires nor forbids "
                               "cooperation, Milwaukee County stopped honoring detainers in 2012.",
                               "noncooperation", "refuse", "stopped"),
                        "state:wi/county:milwaukee");
}

/* a roundup's opening place before a judge is the judge's seat when the
 * sentence names another local party, else the story's city; a big city
 * named by a dictionary word opening a roundup item needs no state from
 * the document; "ICE Boston" is the agency's office */
static void openings_and_offices(void **state) {
    (void)state;
    assert_string_equal(ids_of("In Eugene, U.S. District Judge Ann Aiken on Wednesday blocked the "
                               "Justice Department from cutting off Lane County's grant.",
                               "ruling", "block", "blocked"),
                        "state:or/county:lane");
    assert_string_equal(ids_of("In Concord, a Merrimack County Superior Court judge dismissed a "
                               "lawsuit by two residents.",
                               "ruling", "uphold", "dismissed"),
                        "state:nh/place:concord");
    const char *doc = "DENVER (Nov. 25, 2026) - Courts across the West handed cities wins.\n"
                      "In Phoenix, a federal judge rejected the city's request for a preliminary "
                      "injunction.\n";
    assert_string_equal(ids_of(doc, "ruling", "uphold", "rejected"), "state:az/place:phoenix");
    /* a list after ", including" speaks of the plural subject before its
     * relative clause: Dane and Milwaukee counties, not Dane village */
    assert_string_equal(ids_of("Counties that currently decline ICE detainers, including Dane and "
                               "Milwaukee, would need to change their policies.",
                               "noncooperation", "refuse", "decline"),
                        "state:wi/county:dane state:wi/county:milwaukee");
    assert_string_equal(ids_of("BOSTON, Mass. - ICE officers made an arrest on Monday.\n"
                               "ICE Boston arrests man released by Suffolk County despite detainer",
                               "noncooperation", "refuse", "released by"),
                        "state:ma/county:suffolk");
}

/* a newsletter item's place line split off by the tokenizer belongs to the
 * item's first sentence; a place line on a line of its own does not */
static void place_lines(void **state) {
    (void)state;
    polex_doc *doc = test_doc("WORCESTER, MASS. The City Council voted 8-3 to keep the city's "
                              "trust ordinance.",
                              "2026-10-20");
    /* the tokenizer's split: "WORCESTER, MASS." and the rest */
    doc->n_sentences = 0;
    uint32_t cut = at(doc, "The City");
    polex_sentence a = {0, cut - 1, 0, 0}, b = {cut, (uint32_t)doc->text_len, 0, 0};
    polex_doc_add_sentence(doc, &a);
    polex_doc_add_sentence(doc, &b);
    add_word_hit(doc, "noncooperation", "resist", "voted", 1);
    size_t n_events;
    assert_string_equal(link_first_event_ids(lk, doc, &n_events), "state:ma/place:worcester");
    assert_int_equal(n_events, 1);
    assert_string_equal(ids_of("WORCESTER, MASS.\nThe City Council voted 8-3 to keep the city's "
                               "trust ordinance.",
                               "noncooperation", "resist", "voted"),
                        "");
}

/* a main clause going on after a relative clause on its subject runs in
 * parallel with a clause after ", and" that names its own subject */
static void resumed_parallels(void **state) {
    (void)state;
    assert_string_equal(ids_of("Gwinnett County, which ended its 287(g) agreement in 2021, applied "
                               "to rejoin the program in October, and Cobb County's sheriff signed "
                               "a new agreement with ICE in November.",
                               "noncooperation", "comply", "rejoin"),
                        "state:ga/county:cobb state:ga/county:gwinnett");
    /* not a clause that says what did not happen */
    assert_string_equal(ids_of("Gwinnett County, which ended its 287(g) agreement in 2021, applied "
                               "to rejoin the program in October, and Cobb County has not joined.",
                               "noncooperation", "comply", "rejoin"),
                        "state:ga/county:gwinnett");
}

/* "the city" of a lawsuit is the city named only as the court's seat; the
 * ruling's seat stays no party */
static void suing_seats(void **state) {
    (void)state;
    const char *s = "The city sued the administration in February, and a federal judge in "
                    "Chicago blocked those conditions last month.";
    assert_string_equal(ids_of(s, "litigation", "sue", "sued"), "state:il/place:chicago");
    assert_string_equal(ids_of(s, "ruling", "block", "blocked"), "");
    assert_string_equal(ids_of("The city intends to sue, and its lawyers are preparing a complaint "
                               "to be filed in federal court in Albuquerque.",
                               "litigation", "sue", "sue"),
                        "state:nm/place:albuquerque");
}

/* a bare name the document writes as a county, in a sentence speaking of
 * "the county" and of no city, is the county even beside a big city */
static void county_talk(void **state) {
    (void)state;
    const char *doc = "EL PASO, Texas - El Paso County voted 4 to 1 against a 287(g) agreement.\n"
                      "The county attorney, Christina Sanchez, said El Paso will ask a state court "
                      "for a clarification.\n"
                      "The city of El Paso said its police will not change their practice.\n";
    assert_string_equal(ids_of(doc, "litigation", "challenge", "will ask"),
                        "state:tx/county:el_paso");
    assert_string_equal(ids_of(doc, "noncooperation", "limit", "will not change"),
                        "state:tx/place:el_paso");
}

/* a state's court ruling on "the law" or "ban" with no local party named
 * rules on the state's own law; on a county's policy it adds no state */
static void state_courts(void **state) {
    (void)state;
    assert_string_equal(ids_of("Tennessee appeals court upholds ban on sanctuary policies",
                               "ruling", "uphold", "upholds"),
                        "state:tn");
    assert_string_equal(
        ids_of("The ruling is the first since the Florida Supreme Court declined to "
               "review the law in 2021.",
               "ruling", "uphold", "declined to review"),
        "state:fl");
    assert_string_equal(ids_of("A Wisconsin appeals court upheld Dane County's policy of declining "
                               "detainers.",
                               "ruling", "uphold", "upheld"),
                        "state:wi/county:dane");
}

/* a generic plural in apposition to a list names its members */
static void apposed_plurals(void **state) {
    (void)state;
    assert_string_equal(ids_of("A judge barred the department from withholding money from "
                               "Providence and Central Falls, the two Rhode Island cities that "
                               "stopped honoring ICE detainers last year.",
                               "noncooperation", "refuse", "stopped honoring"),
                        "state:ri/place:central_falls state:ri/place:providence");
    /* without the list, the plural's state */
    assert_string_equal(ids_of("The judge named the two Rhode Island cities that stopped honoring "
                               "ICE detainers last year.",
                               "noncooperation", "refuse", "stopped honoring"),
                        "state:ri");
}

int main(void) {
    /* clang-format off */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dwarfing_cities),
        cmocka_unit_test(state_sections),
        cmocka_unit_test(descriptive_places),
        cmocka_unit_test(as_law_requires),
        cmocka_unit_test(consolidated),
        cmocka_unit_test(shouted_datelines),
        cmocka_unit_test(that_clauses_and_bills),
        cmocka_unit_test(generic_counts),
        cmocka_unit_test(state_laws),
        cmocka_unit_test(openings_and_offices),
        cmocka_unit_test(place_lines),
        cmocka_unit_test(resumed_parallels),
        cmocka_unit_test(suing_seats),
        cmocka_unit_test(county_talk),
        cmocka_unit_test(state_courts),
        cmocka_unit_test(apposed_plurals),
    };
    /* clang-format on */
    return cmocka_run_group_tests(tests, setup, teardown);
}
