/* Which mentions of a sentence an event concerns: the subject of a
 * relative clause ("states that refuse"), the antecedent of one (",
 * which did not join"), clause words ("despite", "as well as"), and a
 * county that only locates a place. Hand-made sentences and hits; exact
 * OCD ids. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "link_test_util.h"

LINK_FIXTURE

/* The sorted specific ids of the one event of a one-sentence document
 * whose hit covers word, joined by spaces ("" when none). */
static const char *ids_for(const char *text, const char *type, const char *word) {
    polex_doc *doc = test_doc(text, "2025-06-02");
    add_word_hit(doc, type, "x", word, 0);
    size_t n_events;
    const char *ids = link_first_event_ids(lk, doc, &n_events);
    assert_int_equal(n_events, 1);
    return ids;
}

/* "jurisdictions that refuse": the event concerns those, not the names
 * elsewhere in the sentence */
static void generic_subject(void **state) {
    (void)state;
    assert_string_equal(ids_for("Denver officials said the department will review funding to "
                                "jurisdictions that refuse to cooperate.",
                                "noncooperation", "refuse"),
                        "");
    assert_string_equal(ids_for("In Washington, D.C., a spokesman said that states that refuse "
                                "should not expect federal dollars.",
                                "noncooperation", "that refuse"),
                        "");
    /* names listed with the plural share its relative clause */
    assert_string_equal(ids_for("The judge barred cuts to San Francisco, Santa Clara County and "
                                "more than a dozen other local governments that limit their "
                                "cooperation.",
                                "noncooperation", "limit"),
                        "state:ca/county:san_francisco state:ca/county:santa_clara");
    /* "that" opening a complement is no relative clause */
    assert_string_equal(ids_for("The Department told New Mexico and both cities that their "
                                "awards had been cut.",
                                "funding", "cut"),
                        "state:nm");
}

/* ", which" / ", whose": the relative clause speaks of the name before it */
static void relative_antecedent(void **state) {
    (void)state;
    assert_string_equal(ids_for("The department has not released funds withheld from Oakland, "
                                "which did not join San Jose's lawsuit.",
                                "litigation", "join"),
                        "state:ca/place:oakland state:ca/place:san_jose");
    assert_string_equal(ids_for("San Francisco City Attorney David Chiu, whose office filed the "
                                "suit along with Santa Clara County, praised the ruling.",
                                "litigation", "filed"),
                        "state:ca/county:san_francisco state:ca/county:santa_clara");
    /* a relative clause naming nothing takes its antecedent, not the sentence */
    assert_string_equal(ids_for("Santa Clara County officials cited the California Values Act, "
                                "which limits how police cooperate with ICE.",
                                "noncooperation", "limits"),
                        "state:ca");
    assert_string_equal(ids_for("The suit also names Newark, Jersey City, Paterson and Hoboken, "
                                "which have their own sanctuary ordinances.",
                                "noncooperation", "have"),
                        "state:nj/place:hoboken state:nj/place:jersey_city state:nj/place:newark "
                        "state:nj/place:paterson");
}

/* clause words: a concession and "as well as"; a colon; a question */
static void clause_words(void **state) {
    (void)state;
    assert_string_equal(ids_for("Readers ask about Clark County all the time: Is Las Vegas a "
                                "sanctuary city?",
                                "noncooperation", "sanctuary"),
                        "state:nv/place:las_vegas");
    assert_string_equal(ids_for("New York State has not adopted a statewide sanctuary law, "
                                "despite pressure from advocates in Albany.",
                                "noncooperation", "adopted"),
                        "state:ny");
    assert_string_equal(ids_for("The Department has sued the States of Illinois and New Jersey, "
                                "as well as the cities of Los Angeles and Boston.",
                                "litigation", "sued"),
                        "state:ca/place:los_angeles state:il state:ma/place:boston state:nj");
}

/* "State College, Centre County, Pennsylvania": the county only locates the place */
static void address_county(void **state) {
    (void)state;
    assert_string_equal(ids_for("An ordinance of the Borough of State College, Centre County, "
                                "Pennsylvania, to limit the use of borough resources.",
                                "noncooperation", "limit"),
                        "state:pa/place:state_college");
    /* a county in a list is a jurisdiction of its own */
    assert_string_equal(
        ids_for("Oakland, Alameda County and Berkeley sued the department.", "litigation", "sued"),
        "state:ca/county:alameda state:ca/place:berkeley state:ca/place:oakland");
}

/* a state inside the name of a law is the law's state; other names glued
 * to a longer proper name stay out */
static void law_names(void **state) {
    (void)state;
    assert_string_equal(ids_for("In 2019 the Legislature enacted the Keep Washington Working Act "
                                "to limit help to ICE.",
                                "noncooperation", "limit"),
                        "state:wa");
    assert_string_equal(ids_for("The Chicago Tribune reported that the county would limit help "
                                "to ICE.",
                                "noncooperation", "limit"),
                        "");
}

/* names: a possessive after a name, a title before a surname, a big county
 * by its name alone, the city word of another name, a signing place */
static void names(void **state) {
    (void)state;
    assert_string_equal(ids_for("Hennepin County declined to hold inmates, and the City of Saint "
                                "Paul's Separation Ordinance bars city employees from asking.",
                                "noncooperation", "bars"),
                        "state:mn/place:st_paul");
    assert_string_equal(ids_for("AG CAMPBELL CO-LEADS 20-STATE COALITION IN LAWSUIT OVER HUD "
                                "CONDITIONS",
                                "litigation", "LAWSUIT"),
                        "");
    assert_string_equal(ids_for("Joining AG Campbell in the lawsuit are the attorneys general of "
                                "California and Oregon.",
                                "litigation", "lawsuit"),
                        "state:ca state:or");
    assert_string_equal(
        ids_for("Miami-Dade ended its own sanctuary practices in 2017.", "noncooperation", "ended"),
        "state:fl/county:miami-dade");
    assert_string_equal(
        ids_for("What if Miami-Dade or Broward cut off ICE's access to their jails?",
                "noncooperation", "cut"),
        "state:fl/county:broward state:fl/county:miami-dade");
    /* ... unless the name is somebody's in the document */
    assert_string_equal(
        ids_for("Council member Ann Broward said Broward would not change the rule.",
                "noncooperation", "change"),
        "");
    /* "Louisiana, in the City of Baton Rouge": "City" is Baton Rouge's word;
     * where an order was sealed is none of its jurisdictions */
    assert_string_equal(ids_for("I have caused to be affixed the Great Seal of Louisiana, at the "
                                "Capitol, in the City of Baton Rouge.",
                                "order", "affixed"),
                        "state:la");
}

/* a participle after a comma opens a clause of its own, except "joining" */
static void participles(void **state) {
    (void)state;
    assert_string_equal(ids_for("The Knox County Commission voted to renew the agreement with ICE, "
                                "keeping Knox County among the first jurisdictions in Tennessee "
                                "to do so.",
                                "noncooperation", "renew"),
                        "state:tn/county:knox");
    assert_string_equal(ids_for("SPRINGFIELD, Mo. \xe2\x80\x94 Greene County signed an agreement "
                                "with ICE on Thursday, joining Christian and Taney counties.",
                                "noncooperation", "signed"),
                        "state:mo/county:christian state:mo/county:greene state:mo/county:taney");
}

/* a roundup's section name ("EL PASO:") is a dateline; sentence-initial
 * "A"; one of a state's several districts; where judges sit is no filing
 * place; long law names; "Common Council"; "Boise" */
static void roundups_and_courts(void **state) {
    (void)state;
    assert_string_equal(ids_for("EL PASO: The Department of Homeland Security released a grant to "
                                "El Paso County that it had frozen in August.",
                                "funding", "frozen"),
                        "state:tx/county:el_paso");
    /* a county's bench is a court's seat (the conventions), unless the
     * county is the party too */
    assert_string_equal(
        ids_for("A Dane County judge has dismissed the lawsuit.", "ruling", "dismissed"), "");
    assert_string_equal(ids_for("A Dane County judge has dismissed a lawsuit arguing that the "
                                "county's refusal to honor ICE detainers violates Wisconsin law.",
                                "ruling", "dismissed"),
                        "state:wi/county:dane");
    assert_string_equal(ids_for("A Ramsey County judge ruled that Hennepin County must follow the "
                                "law, rejecting the county's argument.",
                                "ruling", "ruled"),
                        "state:mn/county:hennepin");
    /* a Texas county judge is the county's executive */
    assert_string_equal(ids_for("The Hidalgo County judge, Richard Cortez, said the county will "
                                "not lend its jail to ICE.",
                                "noncooperation", "will not lend"),
                        "state:tx/county:hidalgo");
    assert_string_equal(ids_for("The complaint, filed in the U.S. District Court for the Western "
                                "District of New York, says the \"Sanctuary City\" policy of "
                                "Rochester, N.Y., bars officers from helping ICE.",
                                "noncooperation", "bars"),
                        "state:ny/place:rochester");
    assert_string_equal(ids_for("At least 12 states have filed similar suits, and judges in Rhode "
                                "Island and Washington state have also blocked the conditions.",
                                "ruling", "blocked"),
                        "");
    assert_string_equal(ids_for("The Georgia Illegal Immigration Reform and Enforcement Act "
                                "prohibits local governing bodies from adopting sanctuary "
                                "policies.",
                                "noncooperation", "prohibits"),
                        "state:ga");
    assert_string_equal(ids_for("The Ithaca Common Council voted to declare the city a sanctuary "
                                "city.",
                                "noncooperation", "declare"),
                        "state:ny/place:ithaca");
    assert_string_equal(ids_for("The attorney general has threatened to withhold state grants "
                                "from Boise.",
                                "funding", "withhold"),
                        "state:id/place:boise_city");
}

/* where a judge or a court sits is no jurisdiction of any event (the
 * court is no party, target or actor), nor is a court's own name */
static void benches(void **state) {
    (void)state;
    const char *s = "In October a federal judge in Sacramento tossed a similar suit against "
                    "California.";
    assert_string_equal(ids_for(s, "ruling", "tossed"), "state:ca");
    assert_string_equal(ids_for("A state judge in Manhattan halted the order in a separate case.",
                                "ruling", "halted"),
                        "");
    assert_string_equal(ids_for("The city sued the department in Manhattan federal court on "
                                "Monday.",
                                "litigation", "sued"),
                        "");
    assert_string_equal(
        ids_for("Boston sued the department in federal court in Boston.", "litigation", "sued"),
        "state:ma/place:boston");
    assert_string_equal(ids_for("Both states sued in the U.S. District Court for the District of "
                                "Rhode Island.",
                                "litigation", "sued"),
                        "");
    assert_string_equal(ids_for("The attorney general sued New Orleans in the Civil District Court "
                                "for the Parish of Orleans.",
                                "litigation", "sued"),
                        "state:la/parish:orleans");
    assert_string_equal(ids_for("The Harris County Commissioners Court voted to end the program.",
                                "noncooperation", "end"),
                        "state:tx/county:harris");
    assert_string_equal(ids_for(s, "litigation", "suit"), "state:ca");
    assert_string_equal(ids_for("Ramsey County stopped holding people on ICE detainers in 2014 "
                                "after a federal court in Oregon found that such holds were "
                                "unlawful.",
                                "noncooperation", "stopped"),
                        "state:mn/county:ramsey");
    assert_string_equal(ids_for("At least 12 states have filed similar suits, and judges in Rhode "
                                "Island and Washington state have also blocked the conditions.",
                                "litigation", "suits"),
                        "");
}

/* names in held-out-style running text: parties of a case, appositions
 * that locate a place, agencies and groups named after places */
static void running_text(void **state) {
    (void)state;
    /* a party's role before its name is no part of the name */
    assert_string_equal(ids_for("Plaintiff Athens-Clarke County challenges the decision to "
                                "withhold its award.",
                                "litigation", "challenges"),
                        "state:ga/place:athens");
    assert_string_equal(ids_for("Defendants are ENJOINED from withholding funds, and Petitioner "
                                "Lexington-Fayette Urban County will be heard.",
                                "ruling", "ENJOINED"),
                        "state:ky/county:fayette");
    /* consolidated governments by their full names; an agency's "Metropolitan" */
    assert_string_equal(ids_for("The Metropolitan Government of Nashville and Davidson County "
                                "sued the state over the law.",
                                "litigation", "sued"),
                        "state:tn/place:nashville");
    assert_string_equal(ids_for("The Louisville-Jefferson County Metro Government sued the "
                                "department.",
                                "litigation", "sued"),
                        "state:ky/place:louisville");
    assert_string_equal(ids_for("The Las Vegas Metropolitan Police Department will no longer "
                                "hold people in the Clark County Detention Center on detainers.",
                                "noncooperation", "hold"),
                        "state:nv/county:clark state:nv/place:las_vegas");
    /* an apposition that locates a place: the county is no jurisdiction of
     * the event, and it says the name is a town */
    assert_string_equal(ids_for("Atlanta, which lies mostly in Fulton County, said it would sue.",
                                "litigation", "sue"),
                        "state:ga/place:atlanta");
    assert_string_equal(ids_for("Evanston, a suburb in Cook County, Ill., sued the administration "
                                "last month.",
                                "litigation", "sued"),
                        "state:il/place:evanston");
    assert_string_equal(ids_for("Aurora, a city in Arapahoe County, Colo., sued the federal "
                                "government.",
                                "litigation", "sued"),
                        "state:co/place:aurora");
    /* a county the place acts with stays */
    assert_string_equal(ids_for("Oakland, which sued alongside Alameda County, won the first "
                                "round.",
                                "litigation", "sued"),
                        "state:ca/county:alameda state:ca/place:oakland");
    /* an organization named after a state is not the state */
    assert_string_equal(ids_for("The ACLU of Nevada, which sued the department in 2024, welcomed "
                                "the change.",
                                "litigation", "sued"),
                        "");
    assert_string_equal(ids_for("Ann Arbor, home to the University of Michigan, adopted a "
                                "resolution that limits cooperation with ICE.",
                                "noncooperation", "limits"),
                        "state:mi/place:ann_arbor");
    assert_string_equal(ids_for("The University of New Mexico and Albuquerque sued the "
                                "department.",
                                "litigation", "sued"),
                        "state:nm/place:albuquerque");
    /* ... but a state's department is the state: acting on a county, it is
     * the state's event too; the county's own policy stays the county's (as
     * the adjudicated dev gold codes it) */
    assert_string_equal(ids_for("The Iowa Department of Public Safety said it would comply with "
                                "every detainer.",
                                "noncooperation", "comply"),
                        "state:ia");
    assert_string_equal(ids_for("The order directs the Iowa Department of Public Safety to "
                                "suspend payments to Johnson County.",
                                "funding", "suspend"),
                        "state:ia state:ia/county:johnson");
    assert_string_equal(ids_for("The Iowa Department of Public Safety said Johnson County refuses "
                                "detainers.",
                                "noncooperation", "refuses"),
                        "state:ia/county:johnson");
    /* "the city of Portland": the city word is Portland's, not Oregon's */
    assert_string_equal(ids_for("A judge blocked the department from withholding grants from "
                                "Oregon, Multnomah County and the city of Portland.",
                                "funding", "withholding"),
                        "state:or state:or/county:multnomah state:or/place:portland");
    /* "Washington state" goes on a list before ", which" */
    assert_string_equal(ids_for("The ruling also covers Washington state and King County, which "
                                "joined the suit in August.",
                                "litigation", "joined"),
                        "state:wa state:wa/county:king");
    /* "Boston and other jurisdictions that limit": Boston limits too */
    assert_string_equal(ids_for("The government has threatened to withhold grants from Boston and "
                                "other jurisdictions that limit cooperation.",
                                "noncooperation", "limit"),
                        "state:ma/place:boston");
    /* a dictionary-word city before "Police", in a state of the document */
    assert_string_equal(ids_for("Aurora Police Chief Todd Chamberlain said his department, unlike "
                                "Denver's, would keep working with ICE in Colorado.",
                                "noncooperation", "working"),
                        "state:co state:co/county:denver state:co/place:aurora");
    assert_string_equal(ids_for("Aurora Police Chief Todd Chamberlain said his department would "
                                "keep working with ICE.",
                                "noncooperation", "working"),
                        "");
    /* "Municipality of Anchorage" is the place; "north of Minneapolis" a landmark */
    assert_string_equal(ids_for("In Alaska, the Municipality of Anchorage said it would comply "
                                "with every detainer request.",
                                "noncooperation", "comply"),
                        "state:ak/borough:anchorage"); /* the opening state only locates */
    assert_string_equal(ids_for("Anoka County, north of Minneapolis, signed a 287(g) agreement.",
                                "noncooperation", "signed"),
                        "state:mn/county:anoka");
    /* ", home to Fort Worth": a landmark; police departments by their names */
    assert_string_equal(ids_for("Tarrant County, home to Fort Worth, signed a 287(g) agreement.",
                                "noncooperation", "signed"),
                        "state:tx/county:tarrant");
    assert_string_equal(ids_for("The Charlotte-Mecklenburg Police Department will not ask people "
                                "about their immigration status.",
                                "noncooperation", "ask"),
                        "state:nc/place:charlotte");
    assert_string_equal(
        ids_for("The NYPD will not enforce civil immigration law.", "noncooperation", "enforce"),
        "state:ny/place:new_york");
    /* where officers train is nobody's event, nor is its qualifier */
    assert_string_equal(ids_for("Four deputies in Ada County would begin ICE training in "
                                "Charleston, South Carolina, next month.",
                                "noncooperation", "begin"),
                        "state:id/county:ada");
    /* a series of clauses closed by "; and" is one list */
    assert_string_equal(
        ids_for("Evanston, Ill., lost a $90,000 grant; Burlington, Vt., lost "
                "$45,000; and Santa Fe, N.M., lost $60,000.",
                "funding", "lost"),
        "state:il/place:evanston state:nm/place:santa_fe state:vt/place:burlington");
    /* without the closing "; and", a semicolon still ends a clause */
    assert_string_equal(
        ids_for("Evanston, Ill., lost a $90,000 grant; Burlington, Vt., sued.", "funding", "lost"),
        "state:il/place:evanston");
    /* the same name qualified later in the sentence is another place */
    assert_string_equal(ids_for("In Maine, the City Council in Portland voted to bar police from "
                                "asking, while Portland, Ore., extended its ordinance.",
                                "noncooperation", "bar"),
                        "state:me/place:portland");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(generic_subject), cmocka_unit_test(relative_antecedent),
        cmocka_unit_test(clause_words),    cmocka_unit_test(address_county),
        cmocka_unit_test(law_names),       cmocka_unit_test(names),
        cmocka_unit_test(participles),     cmocka_unit_test(roundups_and_courts),
        cmocka_unit_test(benches),         cmocka_unit_test(running_text),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
