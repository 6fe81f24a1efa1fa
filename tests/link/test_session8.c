/* Jurisdiction families of session 8 (dev and the blind batch v12): a
 * person's surname the document titles elsewhere ("Gov. Wes Moore ...
 * Moore's office"), a signing line without a seal ("Done at Salem, Oregon,
 * this 21st day of August"), a sentence-opening adverb before a name
 * ("Tonight Worcester"). Exact OCD id sets. Dates: the document's own act
 * in a sentence without a date expression. */
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

/* A bare one-word name the document writes after a title and a first name
 * (and an initial) is that person, whichever sentence comes first and
 * whatever the case of the label ("WITT (tape):"); a city word after it, a
 * state qualifier or a Title Case headline's verb ("Gov. Lee Warns
 * Memphis") keep the place. */
static void titled_surnames(void **state) {
    (void)state;
    assert_string_equal(
        ids_of("ANNAPOLIS, Md. - Gov. Wes Moore signed the bill in May.\n"
               "Moore's office said the state would sue if the money is withheld.\n",
               "litigation", "sue", "would sue"),
        "");
    assert_string_equal(ids_of("Taylor, who ended the county's 287(g) agreement, restored "
                               "cooperation with ICE.\n"
                               "Gwinnett County Sheriff Keybo Taylor said the jail would comply.\n",
                               "noncooperation", "comply", "restored cooperation"),
                        "");
    assert_string_equal(
        ids_of("ANN ARBOR - Mayor Christopher M. Taylor imposed limits in January.\n"
               "Taylor's order bars city employees from asking about status.\n",
               "noncooperation", "limit", "bars city employees"),
        "");
    assert_string_equal(ids_of("REPORTER: Sheriff Dawanna Witt said her jail keeps its policy.\n"
                               "WITT (tape): We don't hold people for ICE on a piece of paper.\n",
                               "noncooperation", "refuse", "hold people"),
                        "");
    /* the place, with a city word or a qualifier */
    assert_string_equal(ids_of("Mayor Christopher Taylor spoke on Monday.\n"
                               "Taylor police will no longer hold anyone for ICE.\n",
                               "noncooperation", "refuse", "hold anyone"),
                        "state:mi/place:taylor");
    assert_string_equal(ids_of("Sheriff Keybo Taylor spoke on Monday.\n"
                               "The Justice Department sued Taylor, Mich., on Friday.\n",
                               "litigation", "sue", "sued"),
                        "state:mi/place:taylor");
    /* a big city keeps its name beside a namesake person */
    assert_string_equal(ids_of("Travis County Sheriff Mike Austin said the jail would comply.\n"
                               "Austin will keep limiting its police's work with ICE.\n",
                               "noncooperation", "limit", "limiting"),
                        "state:tx/place:austin");
    /* a headline's capitalized verb is no first name */
    assert_string_equal(ids_of("Gov. Lee Warns Memphis Over Sanctuary Policy\n"
                               "The state will withhold grants from Memphis, the governor said.\n",
                               "funding", "withhold", "withhold"),
                        "state:tn/place:memphis");
    /* without a titled person of that name, the place */
    assert_string_equal(ids_of("Moore's police chief said the city would keep honoring detainers.",
                               "noncooperation", "comply", "honoring"),
                        "state:ok/place:moore");
}

/* A signing line opening with "Done/Given/Dated/Signed at" names where the
 * order was signed: no place, but its state qualifier is the issuer's. */
static void signing_lines(void **state) {
    (void)state;
    assert_string_equal(
        ids_of("Done at Salem, Oregon, this 21st day of August, 2025.", "order", "sign", "Done"),
        "state:or");
    assert_string_equal(ids_of("GIVEN at Trenton, New Jersey, this 3rd day of May, 2026.", "order",
                               "sign", "GIVEN"),
                        "state:nj");
    assert_string_equal(ids_of("Signed in Tallahassee, Fla., this 9th day of June, 2026.", "order",
                               "sign", "Signed"),
                        "state:fl");
    assert_string_equal(ids_of("DONE at the Capitol in Phoenix on this Thirtieth day of October.",
                               "order", "sign", "DONE"),
                        "");
    /* not a signing line: the place signs */
    assert_string_equal(
        ids_of("Salem, Oregon, signed the agreement on Monday.", "order", "sign", "signed"),
        "state:or/place:salem");
}

/* A sentence-opening adverb, conjunction or preposition is no part of the
 * name after it ("Tonight Worcester", "Which Minnesota counties", "Until
 * Seattle"); a capitalized word of a name still is ("Tonight Show"). */
static void opening_words(void **state) {
    (void)state;
    assert_string_equal(ids_of("Tonight Worcester is saying clearly that it is a welcoming city.",
                               "noncooperation", "declare", "welcoming city"),
                        "state:ma/place:worcester");
    assert_string_equal(ids_of("Which Minnesota counties honor detainers?", "noncooperation",
                               "comply", "honor detainers"),
                        "state:mn");
    assert_string_equal(ids_of("Until Seattle changes its policy, the grants stay frozen.",
                               "funding", "withhold", "frozen"),
                        "state:wa/place:seattle");
    assert_string_equal(ids_of("Today Boston joins the suit against the department.", "litigation",
                               "sue", "joins the suit"),
                        "state:ma/place:boston");
    assert_string_equal(
        ids_of("Yesterday Tucson Mayor Regina Romero signed the order.", "order", "sign", "signed"),
        "state:az/place:tucson");
}

/* A sentence without a date expression that states the document's own act
 * takes the document's date: the signer's act after "I, <name>, <office>,",
 * "Effective immediately", "WITNESS MY HAND", a present passive of a
 * decision ("is vacated"), "The panel affirmed"; past news does not. */
typedef struct voice_case {
    const char *sentence, *text, *value; /* text NULL: no date */
} voice_case;

static const voice_case voice_cases[] = {
    {"NOW, THEREFORE, I, Richard F. Cortez, County Judge of Hidalgo County, order the following: "
     "HIT.",
     "order", "2026-05-22"},
    {"I, Jane Doe, Mayor of the City of Springfield, direct that no department HIT data.", "direct",
     "2026-05-22"},
    {"Effective immediately, OJP has placed a HIT on all drawdowns under both awards.", "Effective",
     "2026-05-22"},
    {"The office has frozen $12 million in awards, effective immediately, pending the HIT.",
     "effective", "2026-05-22"},
    {"WITNESS MY HAND AND THE GREAT SEAL OF THE STATE HIT", "WITNESS", "2026-05-22"},
    {"Because plaintiffs satisfy the condition, the HIT as to that condition is vacated.",
     "vacated", "2026-05-22"},
    {"The panel affirmed in part and vacated in part the HIT.", "affirmed", "2026-05-22"},
    /* a deadline after a dated act runs from that act: the act's date */
    {"On April 30, 2025, the Department informed Plaintiffs that their awards would be HIT unless "
     "they accepted the conditions within 30 days.",
     "April 30, 2025", "2025-04-30"},
    {"FEMA notified both plaintiffs in August 2025 that their awards would be HIT if they did not "
     "accept the new terms within 30 days.",
     "August 2025", "2025-08"},
    /* an attributive date is no such act; the deadline of what shall be
     * done stays */
    {"Defendants are restrained from giving effect to the May 14, 2026 termination and shall HIT "
     "access within three business days.",
     "within three business days", "2026-05-27"},
    {"The Department shall HIT the awards within 30 days.", "within 30 days", "2026-06-21"},
    /* the date of a letter an act was done by dates the act, even before
     * a passive; the dated subject of a passive does not */
    {"The department had warned the city in a Dec. 18 letter that the money would be HIT.",
     "Dec. 18", "2025-12-18"},
    {"The department told the county by a March 3 notice that its grant would be HIT.", "March 3",
     "2026-03-03"},
    {"The district court's March 3 order is HIT pending appeal.", NULL, NULL},
    /* a date in a relative clause closed before the hit describes the
     * subject; the main clause's date after the hit wins */
    {"Boston, whose Trust Act has kept police out of immigration enforcement since 2014, HIT the "
     "department over an earlier round of grant conditions in 2025.",
     "in 2025", "2025"},
    {"Tacoma, which adopted its policy in 2019, HIT the department over the grant cuts last "
     "month.",
     "last month", "2026-04"},
    {"Since 2014 the county has HIT detainers, and the city did so in 2019.", "Since 2014", "2014"},
    {"ATTEST: DONE AT THE EXECUTIVE OFFICE HIT", "DONE", "2026-05-22"},
    /* not the document's own act */
    {"The injunction was vacated after the HIT.", NULL, NULL},
    {"I, too, think the HIT was wrong.", NULL, NULL},
    {"A panel of judges HIT the rule.", NULL, NULL},
    {"The work was HIT at the office, all done at once.", NULL, NULL},
};

static void own_voice_dates(void **state) {
    (void)state;
    for (size_t i = 0; i < sizeof voice_cases / sizeof *voice_cases; i++) {
        const voice_case *c = &voice_cases[i];
        const char *t = c->sentence;
        uint32_t hs = (uint32_t)(strstr(t, "HIT") - t);
        link_date d = link_find_date(t, 0, (uint32_t)strlen(t), hs, hs + 3, "2026-05-22");
        expect_date("case", i, t, &d, c->text, c->value);
    }
}

/* A lawmaker's home town after the name ("state Rep. Dan Caulkins of
 * Decatur") is no party; a mayor's city is. */
static void lawmaker_homes(void **state) {
    (void)state;
    const char *doc = "SPRINGFIELD, Ill. - The House passed the bill.\n"
                      "State Rep. Dan Caulkins of Decatur said he planned to challenge the law.\n";
    assert_string_equal(ids_of(doc, "litigation", "challenge", "challenge"), "");
    const char *doc2 = "SPRINGFIELD, Ill. - The House passed the bill.\n"
                       "Sen. Jane M. Doe from Peoria said she would challenge the law in court.\n";
    assert_string_equal(ids_of(doc2, "litigation", "challenge", "challenge"), "");
    const char *doc3 =
        "SPRINGFIELD, Ill. - The House passed the bill.\n"
        "Mayor Julie Moore Wolfe of Decatur said the city would challenge the law.\n";
    assert_string_equal(ids_of(doc3, "litigation", "challenge", "challenge"),
                        "state:il/place:decatur");
}

/* A docket entry closed by its signature or filing stamp ("... Signed by
 * Judge Stanley A. Bastian on 3/16/2026.", "Filed 3/27/2026.") dates its
 * sentences that have no date of their own. */
static void docket_stamps(void **state) {
    (void)state;
    const char *t =
        "35 ORDER GRANTING IN PART 18 Motion for Preliminary Injunction. Defendants shall "
        "not HIT Plaintiffs' grant disbursements pending final judgment. Signed by Judge "
        "Stanley A. Bastian on 3/16/2026.\n"
        "40 NOTICE OF APPEAL to 9th Circuit as to 35 Order by HIT. Filed 3/27/2026.\n";
    const char *s1 = strstr(t, "Defendants"), *s2 = strstr(t, "40 NOTICE");
    uint32_t hs = (uint32_t)(strstr(t, "HIT") - t);
    uint32_t e1 = (uint32_t)(strstr(t, "judgment.") - t) + 9;
    link_date d = link_find_date(t, (uint32_t)(s1 - t), e1, hs, hs + 3, "2026-02-09");
    char why[320];
    assert_true(d.found);
    if (!date_is(t, &d, "3/16/2026", "2026-03-16", why, sizeof why)) fail_msg("%s", why);
    uint32_t hs2 = (uint32_t)(strstr(s2, "HIT") - t);
    d = link_find_date(t, (uint32_t)(s2 - t), hs2 + 4, hs2, hs2 + 3, "2026-02-09"); /* "HIT." */
    assert_true(d.found);
    if (!date_is(t, &d, "3/27/2026", "2026-03-27", why, sizeof why)) fail_msg("%s", why);
    /* a later sentence of a news paragraph is no stamp */
    const char *n = "The judge HIT the rule. Signed by the governor in 2019, the law stands.";
    hs = (uint32_t)(strstr(n, "HIT") - n);
    d = link_find_date(n, 0, (uint32_t)(strstr(n, ".") - n + 1), hs, hs + 3, "2026-02-09");
    assert_false(d.found);
}

/* The date of the first event of a hit on word in a document without a
 * date of its own ("" when none). */
static const char *event_date(const char *text, const char *word) {
    static char buf[16];
    polex_doc *doc = test_doc(text, NULL);
    uint32_t s = at(doc, word);
    size_t si = 0;
    while (si + 1 < doc->n_sentences && doc->sentences[si].end < s)
        si++;
    add_word_hit(doc, "ruling", "block", word, (uint32_t)si);
    polex_error err;
    buf[0] = '\0';
    if (polex_link(lk, doc, &err) == POLEX_OK && doc->n_events && doc->events[0].date_value)
        snprintf(buf, sizeof buf, "%s", doc->events[0].date_value);
    polex_doc_free(doc);
    return buf;
}

/* Without a document date, a month and day written without a year take the
 * year of the text's latest full date; days counted from the document's
 * day stay undated. */
static void year_less_dates(void **state) {
    (void)state;
    const char *doc = "Denver filed this suit on May 2, 2026, and moved for an injunction.\n"
                      "On June 20, the Court granted the motion.\n"
                      "The Court enjoined the rule on Tuesday.\n"
                      "The Court enjoined the rule last month.\n";
    assert_string_equal(event_date(doc, "granted"), "2026-06-20");
    assert_string_equal(event_date(doc, "enjoined the rule on"), "");
    assert_string_equal(event_date(doc, "enjoined the rule last"), "");
    /* without any full date, nothing */
    assert_string_equal(event_date("On June 20, the Court granted the motion.\n", "granted"), "");
}

/* A place name several states share, written out as a county elsewhere in
 * the document ("Albany County runs the jail"): the county's state settles
 * it (the one of the document's states, else the county twice any
 * namesake). */
static void namesake_counties(void **state) {
    (void)state;
    const char *doc = "Albany filed suit in federal court in February.\n"
                      "Albany County runs the jail, and its grants have not been touched.\n";
    assert_string_equal(ids_of(doc, "litigation", "sue", "filed suit"), "state:ny/place:albany");
    /* without the county, Albany stays unresolved (no namesake dwarfs the
     * others) */
    assert_string_equal(ids_of("Albany filed suit in federal court in February.\n", "litigation",
                               "sue", "filed suit"),
                        "");
}

/* An apposition giving a state's superlative ("Vermont's largest city,
 * Burlington,", "Burlington, Vermont's largest city,") settles the name,
 * even in a story whose states hold a namesake. */
static void superlative_appositions(void **state) {
    (void)state;
    const char *doc = "BOSTON - Burlington, Mass., kept its policy.\n"
                      "Vermont's largest city, Burlington, has for years told officers to leave "
                      "immigration matters to federal agents.\n";
    assert_string_equal(ids_of(doc, "noncooperation", "limit", "leave immigration matters"),
                        "state:vt/place:burlington");
    const char *doc2 = "BOSTON - Burlington, Mass., kept its policy.\n"
                       "Burlington, Vermont's second largest city, told officers to leave "
                       "immigration matters to federal agents.\n";
    assert_string_equal(ids_of(doc2, "noncooperation", "limit", "leave immigration matters"),
                        "state:vt/place:burlington");
    /* without the apposition, the story's own */
    const char *doc3 = "BOSTON - Burlington, Mass., kept its policy.\n"
                       "Burlington told officers to leave immigration matters to federal agents.\n";
    assert_string_equal(ids_of(doc3, "noncooperation", "limit", "leave immigration matters"),
                        "state:ma/place:burlington");
}

int main(void) {
    /* clang-format off */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(titled_surnames),
        cmocka_unit_test(signing_lines),
        cmocka_unit_test(opening_words),
        cmocka_unit_test(own_voice_dates),
        cmocka_unit_test(lawmaker_homes),
        cmocka_unit_test(docket_stamps),
        cmocka_unit_test(year_less_dates),
        cmocka_unit_test(namesake_counties),
        cmocka_unit_test(superlative_appositions),
    };
    /* clang-format on */
    return cmocka_run_group_tests(tests, setup, teardown);
}
