/* Jurisdiction families of fresh news text: lists ("New York, Los Angeles,
 * and San Francisco", ", and the city of"), possessives ("Aurora's
 * council", "Prince George's and Montgomery counties"), names that are no
 * jurisdiction of the event ("Arizona State University", "officials in
 * Washington", "the Arlington Police Department in Texas"), a headline's
 * "Commonwealth", clauses news writes without the usual clause words (a
 * headline's "as", a comment after a clause, a closed relative clause, a
 * gapped clause), a state acting against its own counties, and ambiguous
 * names settled by the document (a list of states in the sentence before
 * says nothing) or the sentence. Exact OCD id sets. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "link_test_util.h"

LINK_FIXTURE

/* The action of the hits ids_in makes (most families need none). */
static const char *hit_action = "x";

/* Adds a hit of type and action on word (its first occurrence) to doc. */
static void hit_on(polex_doc *doc, const char *type, const char *action, const char *word) {
    uint32_t s = at(doc, word);
    size_t si = 0;
    while (si + 1 < doc->n_sentences && doc->sentences[si].end < s)
        si++;
    polex_hit h = {
        .rule = "test", .type = type, .action = action, .priority = 3, .sentence = (uint32_t)si};
    h.start = s;
    h.end = s + (uint32_t)strlen(word);
    polex_doc_add_hit(doc, &h);
}

/* Links doc (want_events events) and returns the sorted specific ids of its
 * first event, joined by spaces ("" when none); frees doc. */
static const char *first_event_ids(polex_doc *doc, size_t want_events) {
    size_t n_events;
    const char *ids = link_first_event_ids(lk, doc, &n_events);
    assert_int_equal(n_events, want_events);
    return ids;
}

/* The sorted specific ids of the one event whose hit covers word, in a
 * document of one sentence per line. */
static const char *ids_in(const char *text, const char *type, const char *word) {
    polex_doc *doc = test_doc(text, "2025-06-10");
    hit_on(doc, type, hit_action, word);
    return first_event_ids(doc, 1);
}

/* "New York" among big cities is the city; ", and the city of" goes on a list */
static void lists(void **state) {
    (void)state;
    assert_string_equal(ids_in("The department plans to withhold $40 million from New York, Los "
                               "Angeles, and San Francisco.",
                               "funding", "withhold"),
                        "state:ca/county:san_francisco state:ca/place:los_angeles "
                        "state:ny/place:new_york");
    assert_string_equal(
        ids_in("The department cut grants to Chicago and New York.", "funding", "cut"),
        "state:il/place:chicago state:ny/place:new_york");
    /* with a state, or a state cue, it stays the state */
    assert_string_equal(
        ids_in("The department cut grants to New Jersey and New York.", "funding", "cut"),
        "state:nj state:ny");
    assert_string_equal(
        ids_in("New York's attorney general sued the department on Monday.", "litigation", "sued"),
        "state:ny");
    assert_string_equal(ids_in("Orange County, Calif., and the city of Santa Ana sued HUD on "
                               "Wednesday.",
                               "litigation", "sued"),
                        "state:ca/county:orange state:ca/place:santa_ana");
    /* a clause after ", and" naming no list item still splits */
    assert_string_equal(ids_in("Denver sued in March, and the city of Aurora said it would "
                               "comply.",
                               "noncooperation", "comply"),
                        "state:co/place:aurora");
    assert_string_equal(ids_in("Prince George's and Montgomery counties refused to honor ICE "
                               "detainers.",
                               "noncooperation", "refused"),
                        "state:md/county:montgomery state:md/county:prince_george~s");
}

/* a dictionary-word city with a possessive and a city word: "Aurora's council" */
static void possessives(void **state) {
    (void)state;
    const char *doc = "DENVER — Denver police will not help ICE, the mayor said.\n"
                      "Aurora's council voted in December to let police cooperate with ICE.\n"
                      "Aurora's history is long.";
    assert_string_equal(ids_in(doc, "noncooperation", "cooperate"), "state:co/place:aurora");
    assert_string_equal(ids_in(doc, "noncooperation", "history"), "");
}

/* organizations and the federal government are no jurisdictions */
static void not_jurisdictions(void **state) {
    (void)state;
    assert_string_equal(ids_in("Arizona State University refused to honor ICE detainers.",
                               "noncooperation", "refused"),
                        "");
    assert_string_equal(ids_in("Officials at Portland State University and Oregon said they "
                               "would refuse.",
                               "noncooperation", "refuse"),
                        "state:or");
    assert_string_equal(ids_in("Speaking to Colorado Public Radio, the mayor said the "
                               "administration withheld grants from Boston.",
                               "funding", "withheld"),
                        "state:ma/place:boston");
    const char *doc = "PORTLAND, Ore. — Seattle and Tacoma sued on Monday.\n"
                      "Officials in Washington threatened to withhold grants from Seattle.\n"
                      "Washington officials sued the department in March.";
    assert_string_equal(ids_in(doc, "funding", "threatened"), "state:wa/place:seattle");
    assert_string_equal(ids_in(doc, "litigation", "sued the"), "state:wa");
    /* filed from the state, it is the state */
    const char *wa = "OLYMPIA, Wash. — Lawmakers in Washington voted to limit cooperation.";
    assert_string_equal(ids_in(wa, "noncooperation", "limit"), "state:wa");
}

/* a state that only locates the place before it */
static void locating_states(void **state) {
    (void)state;
    assert_string_equal(ids_in("Meanwhile, the Arlington Police Department in Texas joined the "
                               "task force program.",
                               "noncooperation", "joined"),
                        "state:tx/place:arlington");
    assert_string_equal(ids_in("Officials in Arlington, a city in Texas, joined the program.",
                               "noncooperation", "joined"),
                        "state:tx/place:arlington");
    assert_string_equal(ids_in("The sheriffs of Polk and Linn counties in Iowa said they would "
                               "continue to honor detainers.",
                               "noncooperation", "honor"),
                        "state:ia/county:linn state:ia/county:polk");
    /* another state's is no locator */
    assert_string_equal(
        ids_in("Chicago police in Texas joined the program.", "noncooperation", "joined"),
        "state:il/place:chicago state:tx");
}

/* "Commonwealth" opening a headline is the document's commonwealth */
static void commonwealth(void **state) {
    (void)state;
    const char *doc = "Commonwealth sues over FEMA conditions\n"
                      "BOSTON — Massachusetts sued the department on Wednesday.";
    assert_string_equal(ids_in(doc, "litigation", "sues"), "state:ma");
    const char *edison = "Commonwealth Edison sued the department on Wednesday.\n"
                         "Massachusetts also sued.";
    assert_string_equal(ids_in(edison, "litigation", "sued the"), "");
}

/* a list of states before says nothing about which Oakland is meant */
static void previous_lists(void **state) {
    (void)state;
    const char *doc =
        "California led a coalition of states suing the department.\n"
        "Joining it are the attorneys general of Colorado, Illinois, New Jersey, and Oregon.\n"
        "The department withheld $4.2 million from Oakland, San Jose, and Santa Clara County.";
    assert_string_equal(
        ids_in(doc, "funding", "withheld"),
        "state:ca/county:santa_clara state:ca/place:oakland state:ca/place:san_jose");
}

/* a state named in the sentence settles a name before a dateline's license */
static void sentence_state_first(void **state) {
    (void)state;
    const char *doc = "KANSAS CITY, Kan. — The county voted Thursday.\n"
                      "Missouri's attorney general threatened on Feb. 27 to sue Kansas City.";
    assert_string_equal(ids_in(doc, "litigation", "sue"), "state:mo state:mo/place:kansas_city");
    const char *bare = "KANSAS CITY, Kan. — The county voted Thursday.\n"
                       "The department threatened on Feb. 27 to sue Kansas City.";
    assert_string_equal(ids_in(bare, "litigation", "sue"), "state:ks/place:kansas_city");
}

/* a dictionary-word city of two states of the document: the sentence's
 * other names tell which */
static void proper_by_sentence(void **state) {
    (void)state;
    const char *doc = "DENVER — Denver sued in May.\n"
                      "Denver joined Chicago and Seattle in a lawsuit in 2025.\n"
                      "The department threatened to cut grants to Denver, Aurora and Boulder.";
    assert_string_equal(ids_in(doc, "funding", "threatened"),
                        "state:co/county:denver state:co/place:aurora state:co/place:boulder");
}

/* a roundup's opening place is evidence for a dictionary-word name */
static void opening_places(void **state) {
    (void)state;
    const char *doc = "NEW ENGLAND ROUNDUP: New Hampshire towns weigh ICE requests\n"
                      "In Concord, a judge on Wednesday dismissed a lawsuit over the city's "
                      "police.";
    assert_string_equal(ids_in(doc, "ruling", "dismissed"), "state:nh/place:concord");
    /* ... and a sentence's opening name listed with a place of its state */
    const char *ri = "PROVIDENCE, R.I. — The cities sued in 2017.\n"
                     "Providence and Central Falls won in the 1st Circuit in 2019.";
    assert_string_equal(ids_in(ri, "ruling", "won"),
                        "state:ri/place:central_falls state:ri/place:providence");
    const char *alone = "BOSTON — The city sued in 2017.\n"
                        "Providence and Boston won in the 1st Circuit in 2019.";
    assert_string_equal(ids_in(alone, "ruling", "won"), "state:ma/place:boston");
    const char *az = "PHOENIX — Phoenix police declined the request.\n"
                     "The administration cut $3 million in grants to Flagstaff and Coconino County "
                     "in July.";
    assert_string_equal(ids_in(az, "funding", "cut"),
                        "state:az/county:coconino state:az/place:flagstaff");
    /* a dictionary word still needs a state of the document */
    assert_string_equal(
        ids_in("In Concord, a judge on Wednesday dismissed a lawsuit.", "ruling", "dismissed"), "");
}

/* a local policy a state acts against "for" or "over" is the local's */
static void acting_states(void **state) {
    (void)state;
    assert_string_equal(ids_in("Texas Attorney General Ken Paxton sued Dallas County and the City "
                               "of Houston for adopting policies that limit cooperation.",
                               "noncooperation", "limit"),
                        "state:tx/county:dallas state:tx/place:houston");
    assert_string_equal(
        ids_in("Florida Gov. Ron DeSantis suspended two Orange County commissioners "
               "for voting to limit the jail's cooperation with ICE.",
               "noncooperation", "limit"),
        "state:fl/county:orange");
    /* ... the suit itself keeps the state */
    assert_string_equal(ids_in("Texas Attorney General Ken Paxton sued Dallas County and the City "
                               "of Houston for adopting policies that limit cooperation.",
                               "litigation", "sued"),
                        "state:tx state:tx/county:dallas state:tx/place:houston");
    /* ... and "the state's limits" are the state's */
    assert_string_equal(ids_in("New Jersey officials said FEMA restored grants to Essex and "
                               "Hudson counties that it froze over the state's limits on police "
                               "cooperation.",
                               "noncooperation", "limits"),
                        "state:nj state:nj/county:essex state:nj/county:hudson");
}

/* consolidated governments under their short names */
static void short_names(void **state) {
    (void)state;
    assert_string_equal(
        ids_in("Lexington refused to honor ICE detainers.", "noncooperation", "refused"),
        "state:ky/county:fayette");
    assert_string_equal(
        ids_in("Lexington, Mass., refused to honor ICE detainers.", "noncooperation", "refused"),
        "state:ma/place:lexington");
}

/* clauses news writes without the usual clause words */
static void clauses(void **state) {
    (void)state;
    /* a headline's "as" opens a clause */
    assert_string_equal(ids_in("Kent County sheriff signs ICE jail agreement as Grand Rapids "
                               "commissioners push back",
                               "noncooperation", "signs"),
                        "state:mi/county:kent");
    assert_string_equal(ids_in("Commonwealth sues over FEMA conditions as Springfield, Worcester "
                               "lose grants\nBOSTON — Massachusetts sued on Wednesday.",
                               "funding", "lose grants"),
                        "state:ma/place:springfield state:ma/place:worcester");
    /* ... in Title Case too */
    assert_string_equal(ids_in("Texas Sheriffs Sign Up For ICE Program As Austin Resists",
                               "noncooperation", "Sign Up"),
                        "state:tx");
    assert_string_equal(
        ids_in("Trump Names Former Denver Sheriff As Border Czar", "order", "Names"),
        "state:co/county:denver");
    /* ... but not "such as", "such cities as", "known as" */
    assert_string_equal(ids_in("The department cut grants to Boston and to such cities as Chicago "
                               "and Denver in March.",
                               "funding", "cut"),
                        "state:co/county:denver state:il/place:chicago state:ma/place:boston");
    assert_string_equal(
        ids_in("The department cut grants to cities such as Chicago and Denver.", "funding", "cut"),
        "state:co/county:denver state:il/place:chicago");
    /* a gapped clause goes on with the same event */
    assert_string_equal(ids_in("FEMA suspended Somerville's grant on February 2, 2026, and "
                               "Chelsea's a week later.",
                               "funding", "suspended"),
                        "state:ma/place:chelsea state:ma/place:somerville");
    assert_string_equal(ids_in("FEMA suspended Somerville's grant on February 2, and Chelsea's "
                               "officials sued a week later.",
                               "funding", "suspended"),
                        "state:ma/place:somerville");
    /* a noun phrase after the clause comments on the event */
    assert_string_equal(ids_in("Richmond's city council voted on Monday to bar city employees from "
                               "asking about immigration status, a rebuke to Virginia Gov. Glenn "
                               "Youngkin.",
                               "noncooperation", "bar"),
                        "state:va/place:richmond");
    assert_string_equal(ids_in("Washoe County will stop holding inmates on ICE detainers, the "
                               "sheriff said Tuesday, a reversal that puts northern Nevada's "
                               "largest jail at odds with the administration.",
                               "noncooperation", "stop holding"),
                        "state:nv/county:washoe");
    assert_string_equal(ids_in("The department froze $2.1 million in grants to Minneapolis and "
                               "St. Paul in March, a move that Minnesota officials called "
                               "unlawful.",
                               "funding", "froze"),
                        "state:mn/place:minneapolis state:mn/place:st_paul");
    /* a relative clause closed before the hit is not the hit's */
    assert_string_equal(ids_in("Hennepin County, which runs the largest jail in Minnesota, will "
                               "keep refusing ICE detainers.",
                               "noncooperation", "refusing"),
                        "state:mn/county:hennepin");
    assert_string_equal(ids_in("OMAHA, Neb. — The city froze hiring.\nDouglas County, which runs "
                               "the jail where Omaha police book arrestees, honors ICE detainers.",
                               "noncooperation", "honors"),
                        "state:ne/county:douglas");
    /* ... a hit inside it keeps its names */
    assert_string_equal(ids_in("DENVER — The city sued.\nThe department withheld grants from "
                               "Boulder, which did not join Denver's lawsuit, in March.",
                               "litigation", "join"),
                        "state:co/county:denver state:co/place:boulder");
    /* ... not after a name it locates */
    assert_string_equal(ids_in("The department froze grants to Aurora, a city in Arapahoe County.",
                               "funding", "froze"),
                        "state:co/place:aurora");
}

/* a state before the possessive of its own county or city only locates it */
static void state_possessives(void **state) {
    (void)state;
    assert_string_equal(ids_in("New York's Westchester County refused to honor ICE detainers.",
                               "noncooperation", "refused"),
                        "state:ny/county:westchester");
    assert_string_equal(ids_in("Vermont's Burlington and Winooski refused to honor ICE detainers.",
                               "noncooperation", "refused"),
                        "state:vt/place:burlington state:vt/place:winooski");
    /* another state's division keeps both */
    assert_string_equal(
        ids_in("Texas's lawsuit against Denver was dismissed.", "litigation", "lawsuit"),
        "state:co/county:denver state:tx");
    assert_string_equal(
        ids_in("D.C.'s police refused to honor ICE detainers.", "noncooperation", "refused"),
        "district:dc");
    /* plural counties after a region's possessive, settled by one another */
    assert_string_equal(ids_in("Long Island's Nassau and Suffolk counties refused to honor ICE "
                               "detainers.",
                               "noncooperation", "refused"),
                        "state:ny/county:nassau state:ny/county:suffolk");
    /* a state before "counties" stays the state */
    assert_string_equal(ids_in("The governor ordered sheriffs in all 254 Texas counties to honor "
                               "ICE detainers.",
                               "order", "ordered"),
                        "state:tx");
    assert_string_equal(
        ids_in("FEMA restores frozen grants to New Jersey counties.", "funding", "restores"),
        "state:nj");
    /* a list of states before "counties": counties of those states, even
     * where a county of that name is in a state of the document */
    assert_string_equal(ids_in("JEFFERSON CITY, Mo. — The state acted.\nThe department cut "
                               "grants to Texas counties in May.",
                               "funding", "cut"),
                        "state:tx");
    assert_string_equal(
        ids_in("Utah, Idaho counties sign on to ICE program", "noncooperation", "sign on"),
        "state:id state:ut");
    assert_string_equal(ids_in("Utah and Salt Lake counties signed agreements with ICE in May.",
                               "noncooperation", "signed"),
                        "state:ut/county:salt_lake state:ut/county:utah");
}

/* session 5: quantifiers before a state ("Two Oregon counties"), function
 * words that are no bare county ("Will cities sue?"), a state whose
 * homonyms are all small before a city word ("any Florida city"), ", even
 * as" opening a clause, a hit inside a relative clause, a relative clause
 * that describes its antecedent, and "accused X of" */
static void session5(void **state) {
    (void)state;
    assert_string_equal(
        ids_in("Two Oregon counties sued over ICE jail policy", "litigation", "sued"), "state:or");
    assert_string_equal(ids_in("Several California cities refused to honor ICE detainers.",
                               "noncooperation", "refused"),
                        "state:ca");
    assert_string_equal(ids_in("Will cities sue?", "litigation", "sue"), "");
    assert_string_equal(ids_in("Does any Florida city have a sanctuary policy now?",
                               "noncooperation", "sanctuary policy"),
                        "state:fl");
    /* a city word still settles a name with a large place */
    assert_string_equal(ids_in("The New York city council voted to bar ICE from city jails.",
                               "noncooperation", "bar"),
                        "state:ny/place:new_york");
    assert_string_equal(ids_in("Newark and Paterson will keep refusing ICE detainers, their mayors "
                               "said, even as the department threatens to pull grant money from "
                               "New Jersey.",
                               "funding", "threatens"),
                        "state:nj");
    assert_string_equal(ids_in("Newark and Paterson will keep refusing ICE detainers, their mayors "
                               "said, even as the department threatens to pull grant money from "
                               "New Jersey.",
                               "noncooperation", "refusing"),
                        "state:nj/place:newark state:nj/place:paterson");
    assert_string_equal(ids_in("Arlington, Texas, whose police department has worked with ICE for "
                               "a decade, joined Texas in a lawsuit.",
                               "noncooperation", "worked with ICE"),
                        "state:tx/place:arlington");
    assert_string_equal(ids_in("Arlington, Texas, whose police department has worked with ICE for "
                               "a decade, joined Texas in a lawsuit.",
                               "litigation", "lawsuit"),
                        "state:tx state:tx/place:arlington");
    assert_string_equal(ids_in("Adams and Arapahoe counties, which border Denver, were not on the "
                               "list, and their sheriffs have said they honor ICE detainers.",
                               "noncooperation", "honor"),
                        "state:co/county:adams state:co/county:arapahoe");
    /* ... on no jurisdiction, it is the sentence's like any other clause */
    assert_string_equal(ids_in("A county out of compliance would lose its share of the Local "
                               "Government Fund, which sent Greenville County $14 million, "
                               "officials said.",
                               "funding", "lose"),
                        "state:sc/county:greenville");
    assert_string_equal(ids_in("Tennessee officials accused Nashville of limiting ICE's access to "
                               "the jail.",
                               "noncooperation", "limiting"),
                        "state:tn/place:nashville");
}

/* session 5: a small town of a state the document names is dwarfed by a
 * big city elsewhere (not when its sentence names the state), "X City
 * Council" of a big X, a roundup's state section, "Vermont's largest city" */
static void session5_names(void **state) {
    (void)state;
    assert_string_equal(ids_in("The Transportation Department cut Vermont highway grants.\n"
                               "Hartford to stop honoring ICE detainers",
                               "noncooperation", "stop honoring"),
                        "state:ct/place:hartford");
    /* (the state whose law the sentence opens with acts on the event too:
     * session 7, the conventions on state statutes) */
    assert_string_equal(ids_in("In New Hampshire, where a state law bans sanctuary policies, "
                               "Durham repealed its resolution.",
                               "noncooperation", "repealed"),
                        "state:nh state:nh/place:durham");
    /* a state named just before does not pull a name to a far smaller namesake */
    assert_string_equal(ids_in("PORTLAND, Ore. — The city sued.\nMaine Attorney General Aaron "
                               "Frey said the state had joined a lawsuit.\nThe department also "
                               "threatened to withhold funds from Washington County.",
                               "funding", "threatened"),
                        "state:or/county:washington");
    assert_string_equal(ids_in("The Denver City Council voted to limit ICE access to city jails.",
                               "noncooperation", "limit"),
                        "state:co/county:denver");
    assert_string_equal(ids_in("The Lincoln City Council voted to bar city departments from "
                               "sharing data with ICE.",
                               "noncooperation", "bar"),
                        "state:ne/place:lincoln");
    /* a city whose name ends in "City" keeps it */
    assert_string_equal(ids_in("The Carson City Council voted to limit cooperation with ICE.",
                               "noncooperation", "limit"),
                        "state:nv/place:carson_city");
    assert_string_equal(ids_in("TENNESSEE - Gov. Bill Lee on Tuesday issued an executive order.",
                               "order", "issued"),
                        "state:tn");
    /* a city's dateline is no section */
    assert_string_equal(ids_in("NEW YORK — The council voted to limit cooperation with ICE.",
                               "noncooperation", "limit"),
                        "");
    assert_string_equal(ids_in("Vermont's largest city loses highway grant over immigration pledge",
                               "funding", "loses"),
                        "");
}

/* session 5: "other Massachusetts communities" is generic, "X is one of N
 * cities that", a big city by an ordinary word before "officials" or
 * listed with another at the start of a sentence, a gapped list of
 * possessives */
static void session5_lists(void **state) {
    (void)state;
    assert_string_equal(ids_in("The court let DOJ enforce the conditions, a setback for Boston and "
                               "a dozen other Massachusetts communities.",
                               "ruling", "let DOJ enforce"),
                        "state:ma/place:boston");
    assert_string_equal(ids_in("The jurisdictions that declined the most were Cook County, "
                               "Illinois; Los Angeles County, California; and King County, "
                               "Washington.",
                               "noncooperation", "declined"),
                        "state:ca/county:los_angeles state:il/county:cook state:wa/county:king");
    assert_string_equal(ids_in("The report identifies 31 jurisdictions that began honoring "
                               "detainers, including Harris County, Texas, and Maricopa County, "
                               "Arizona, which resumed full cooperation.",
                               "noncooperation", "began honoring"),
                        "state:az/county:maricopa state:tx/county:harris");
    assert_string_equal(ids_in("Santa Fe is one of 12 cities that sued the department last spring.",
                               "litigation", "sued"),
                        "state:nm/place:santa_fe");
    assert_string_equal(ids_in("Boston, one of the cities that refused to sign, lost its grant.",
                               "noncooperation", "refused"),
                        "state:ma/place:boston");
    assert_string_equal(ids_in("DENVER — The department froze grants to Colorado cities.\n"
                               "Pueblo officials are weighing whether to join the lawsuit.",
                               "litigation", "join"),
                        "state:co/place:pueblo");
    assert_string_equal(ids_in("DENVER — The department froze grants to Colorado cities.\n"
                               "Aurora and Boulder filed suit on Tuesday.",
                               "litigation", "filed suit"),
                        "state:co/place:aurora state:co/place:boulder");
    /* ... even in no state of the document, when it is the one sizable place of the name */
    assert_string_equal(
        ids_in("Providence officials are considering a lawsuit after the department "
               "froze police grants.",
               "litigation", "lawsuit"),
        "state:ri/place:providence");
    /* an ordinary word of a small place stays a word */
    assert_string_equal(ids_in("DENVER — The department froze grants to Colorado cities.\n"
                               "Justice officials said the grants were frozen.",
                               "funding", "frozen"),
                        "");
    /* names listed after "counties, including" / "such as" are counties; a
     * capitalized "Counties" ends a list too ("several" counties, two named:
     * the state places the unnamed ones, session 12 s12b_unnamed_members) */
    assert_string_equal(ids_in("Maryland law does not require it, and several Maryland counties, "
                               "including Montgomery and Prince George's, decline to do so.",
                               "noncooperation", "decline"),
                        "state:md state:md/county:montgomery state:md/county:prince_george~s");
    assert_string_equal(ids_in("Several neighboring counties, including Rockland and Putnam, have "
                               "entered into agreements with ICE.",
                               "noncooperation", "entered into agreements"),
                        "state:ny/county:putnam state:ny/county:rockland");
    assert_string_equal(ids_in("Other sheriffs, such as the sheriffs of Gaston and Henderson "
                               "Counties, held persons on detainers.",
                               "noncooperation", "held persons"),
                        "state:nc/county:gaston state:nc/county:henderson");
    /* a quantified state before "counties" is the state when nothing else is named */
    assert_string_equal(
        ids_in("Several Maryland counties decline ICE detainers.", "noncooperation", "decline"),
        "state:md");
    /* a person's name: after a middle initial, or a surname saying something */
    assert_string_equal(ids_in("Mayor Malik D. Evans welcomed a decision dismissing the lawsuit "
                               "against Rochester, N.Y.",
                               "ruling", "dismissing"),
                        "state:ny/place:rochester");
    assert_string_equal(ids_in("Mayor Jenny Wilson said the county would sue.\n\"We are not a "
                               "sanctuary county,\" Wilson said.",
                               "noncooperation", "sanctuary county"),
                        "");
    /* a city only locating a county's agency; a bare name of a county named
     * before; a city word ending another name is no cue */
    assert_string_equal(ids_in("The Greene County Sheriff's Office in Springfield, Mo., signed a "
                               "287(g) agreement with ICE.",
                               "noncooperation", "signed"),
                        "state:mo/county:greene");
    assert_string_equal(ids_in("In Virginia, the Arlington County Board voted to limit the "
                               "sheriff's cooperation with ICE, and Arlington police will not "
                               "ask about immigration status.",
                               "noncooperation", "limit"),
                        "state:va/county:arlington");
    assert_string_equal(ids_in("New York sues over grant conditions; New York City warns of cuts",
                               "litigation", "sues"),
                        "state:ny");
    /* a court's name adds no id, a state's courts included, unless the
     * sentence is about that state's law */
    assert_string_equal(ids_in("A Wake County Superior Court judge dismissed the case last spring.",
                               "ruling", "dismissed"),
                        "");
    assert_string_equal(ids_in("Her clients may ask the North Carolina Supreme Court to take the "
                               "case.",
                               "litigation", "ask"),
                        "");
    assert_string_equal(ids_in("The Missouri Supreme Court declined to hear a challenge to a 2008 "
                               "state law.",
                               "ruling", "declined"),
                        "state:mo");
    /* "the County of Santa Clara", a party, goes on as "Santa Clara" */
    assert_string_equal(ids_in("Plaintiffs are the County of Santa Clara and the City of San "
                               "Jose.\nThe department withheld Byrne JAG funds from Santa Clara in "
                               "2024.",
                               "funding", "withheld"),
                        "state:ca/county:santa_clara");
    assert_string_equal(ids_in("The department withheld Byrne JAG funds from Santa Clara in 2024.",
                               "funding", "withheld"),
                        "state:ca/place:santa_clara");
    /* a federal measure's clause aimed at a generic plural is not the plaintiffs' (the
     * hit may hold the measure: "an executive order that directs") */
    assert_string_equal(ids_in("Plaintiffs, the City of San Jose and the City of Richmond, "
                               "challenge an executive order that directs the Attorney General to "
                               "withhold federal grants from sanctuary jurisdictions.",
                               "order", "an executive order that directs"),
                        "");
    assert_string_equal(ids_in("Plaintiffs, the City of San Jose and the City of Richmond, "
                               "challenge an executive order that directs the Attorney General to "
                               "withhold federal grants from sanctuary jurisdictions.",
                               "funding", "withhold"),
                        "");
    assert_string_equal(ids_in("In a letter sent to ICE's Atlanta field office Friday, the sheriff "
                               "gave notice to terminate the agreement.",
                               "noncooperation", "terminate"),
                        "");
    /* "officials in Washington" are the capital's even in a story from the state */
    assert_string_equal(ids_in("OLYMPIA, Wash. — The governor signed an order.\nOfficials in "
                               "Washington have threatened to withhold grants from states.",
                               "funding", "threatened"),
                        "");
    /* accents fold: "Dona Ana" is Doña Ana; a consolidated government's name */
    assert_string_equal(ids_in("Dona Ana County officials said they would join the suit.",
                               "litigation", "join the suit"),
                        "state:nm/county:doña_ana");
    assert_string_equal(ids_in("In Georgia, Columbus Consolidated Government has honored ICE "
                               "detainers for years.",
                               "noncooperation", "honored"),
                        "state:ga/county:muscogee");
    assert_string_equal(ids_in("Two Tennessee counties, after receiving letters similar to "
                               "Indianapolis's, signed 287(g) agreements within a month.",
                               "noncooperation", "signed"),
                        "state:tn");
    /* a headline's "as" after an acronym opens a clause */
    assert_string_equal(ids_in("DENVER — The city sued.\nDenver sheriff defies ICE as Aurora "
                               "council votes to cooperate",
                               "noncooperation", "votes to cooperate"),
                        "state:co/place:aurora");
    assert_string_equal(
        ids_in("Texas AG sues Dallas County sheriff over 287(g) law", "litigation", "sues"),
        "state:tx state:tx/county:dallas");
    /* postal codes that are no English word name their state in headlines */
    assert_string_equal(ids_in("Appeals court upholds NC detainer law", "ruling", "upholds"),
                        "state:nc");
    assert_string_equal(
        ids_in("NY Times editors refused to share data with ICE.", "noncooperation", "refused"),
        "");
    /* a list of states before a generic plural modifies it */
    assert_string_equal(
        ids_in("Oregon, Washington cities win halt to grant cuts", "funding", "grant cuts"),
        "state:or state:wa");
    /* a county's policy after "after"/"because" is the county's, not the acting state's */
    assert_string_equal(ids_in("Texas Gov. Greg Abbott ordered the withholding of state grants "
                               "from Bexar County after the sheriff limited cooperation with ICE.",
                               "noncooperation", "limited"),
                        "state:tx/county:bexar");
    /* a region's name is no state; a lower-case direction is */
    assert_string_equal(ids_in("The governor issued the directive after a string of courthouse "
                               "arrests in Northern Virginia.",
                               "order", "issued"),
                        "");
    assert_string_equal(ids_in("Sheriffs across northern Nevada refused ICE detainers.",
                               "noncooperation", "refused"),
                        "state:nv");
    /* the law a clause follows is the state's ("as Iowa law requires"); a
     * signing place's state is the issuer's */
    assert_string_equal(ids_in("Johnson County Sheriff Brad Kunkel said his jail would continue to "
                               "honor detainers, as Iowa law now requires.",
                               "noncooperation", "honor"),
                        "state:ia state:ia/county:johnson");
    assert_string_equal(ids_in("Given, under my hand and seal this 20th day of January, 2026, at "
                               "Trenton, New Jersey.",
                               "order", "Given"),
                        "state:nj");
    /* a state whose law is only the yardstick of another's act is none */
    assert_string_equal(ids_in("A Dane County judge dismissed a lawsuit by two legislators who "
                               "argued that the county's refusal to honor ICE detainers violates "
                               "Wisconsin law.",
                               "ruling", "dismissed"),
                        "state:wi/county:dane");
    assert_string_equal(ids_in("The ordinance would violate Tennessee law, which since 2018 has "
                               "prohibited local governments from adopting sanctuary policies.",
                               "noncooperation", "prohibited"),
                        "state:tn");
    /* a state agency named after the state is the state acting */
    assert_string_equal(ids_in("The Nevada Highway Patrol shall honor every immigration detainer.",
                               "noncooperation", "honor"),
                        "state:nv");
    assert_string_equal(
        ids_in("The Georgia Bureau of Investigation shall identify each county that "
               "failed to certify.",
               "order", "identify"),
        "state:ga");
    assert_string_equal(ids_in("The Department withheld Rockford's award on October 1, and "
                               "Evanston's and Oak Park's awards two weeks later.",
                               "funding", "withheld"),
                        "state:il/place:evanston state:il/place:oak_park state:il/place:rockford");
}

/* The ids of the event of the hit on word, in a document where a second
 * hit of type2 covers word2 (another event of the same sentence). */
static const char *ids_with(const char *text, const char *type, const char *word, const char *type2,
                            const char *word2) {
    polex_doc *doc = test_doc(text, "2025-06-10");
    hit_on(doc, type, "x", word);
    hit_on(doc, type2, "x", word2);
    return first_event_ids(doc, 2);
}

/* Session 6: two clauses joined by ", and", each with a local name for
 * subject, state one event (the gold codes one per sentence, type and
 * action) when the other clause has no event of its own and speaks of the
 * same matter. */
static void session6_parallel(void **state) {
    (void)state;
    assert_string_equal(ids_in("LOWELL, Mass. -- Lawrence adopted a similar ordinance in 2017, and "
                               "Haverhill passed its own version in June.",
                               "noncooperation", "adopted"),
                        "state:ma/place:haverhill state:ma/place:lawrence");
    assert_string_equal(ids_in("Seattle sued in August, and Tacoma and King County joined the "
                               "suit two weeks later.",
                               "litigation", "joined"),
                        "state:wa/county:king state:wa/place:seattle state:wa/place:tacoma");
    assert_string_equal(ids_in("Boulder County deputies are instructed not to contact ICE about "
                               "anyone in custody, and the Denver jail gives federal agents no "
                               "information beyond what is public.",
                               "noncooperation", "instructed"),
                        "state:co/county:boulder state:co/county:denver");
    /* the other clause states an event of its own */
    assert_string_equal(
        ids_with("LOWELL, Mass. -- Lawrence adopted a similar ordinance in 2017, and Haverhill "
                 "sued the department over its grants in June.",
                 "noncooperation", "adopted", "litigation", "sued"),
        "state:ma/place:lawrence");
    /* another matter, a plan, a state, a list, another kind of act */
    assert_string_equal(ids_in("Denver sued in March, and the city of Aurora said it would "
                               "comply with the detainers.",
                               "noncooperation", "comply"),
                        "state:co/place:aurora");
    assert_string_equal(ids_in("The city of Chicago passed a similar ICE-free zones order in "
                               "October, and Oak Park is considering one.",
                               "noncooperation", "passed"),
                        "state:il/place:chicago");
    assert_string_equal(ids_in("Clackamas, Washington and Lane counties later joined the suit, "
                               "and the state of Oregon filed an amicus brief backing the "
                               "counties.",
                               "litigation", "joined"),
                        "state:or/county:clackamas state:or/county:lane "
                        "state:or/county:washington");
    assert_string_equal(ids_in("The Orange County Board of Supervisors voted to join a federal "
                               "lawsuit against SB 54, and the town of Los Alamitos passed an "
                               "ordinance exempting itself from the law.",
                               "litigation", "lawsuit"),
                        "state:ca/county:orange");
    assert_string_equal(ids_in("Hennepin County declined to hold inmates, and the City of Saint "
                               "Paul's Separation Ordinance bars city employees from asking.",
                               "noncooperation", "bars"),
                        "state:mn/place:st_paul");
}

/* Session 6: a county the document writes out goes by its bare name, and
 * a roundup's section on a county's jail names the county. */
static void session6_counties(void **state) {
    (void)state;
    assert_string_equal(
        ids_in("CHARLOTTE, N.C. -- Mecklenburg County Sheriff Garry McFadden sued.\n"
               "McFadden ended Mecklenburg's 287(g) program in 2018.",
               "noncooperation", "ended"),
        "state:nc/county:mecklenburg");
    /* without the county written out, Virginia has a Mecklenburg County too */
    assert_string_equal(
        ids_in("McFadden ended Mecklenburg's 287(g) program in 2018.", "noncooperation", "ended"),
        "");
    assert_string_equal(ids_in("HAUPPAUGE, N.Y. -- The Suffolk County Legislature voted Tuesday.\n"
                               "Suffolk's police department joined ICE's task force program in "
                               "2025.",
                               "noncooperation", "joined"),
                        "state:ny/county:suffolk");
    assert_string_equal(ids_in("How Minnesota counties handle ICE detainers.\n"
                               "Anoka: The sheriff signed a 287(g) agreement in 2025.",
                               "noncooperation", "signed"),
                        "state:mn/county:anoka");
    assert_string_equal(ids_in("How Minnesota counties handle ICE detainers.\n"
                               "Hennepin: The jail does not hold anyone on an ICE detainer.",
                               "noncooperation", "does not hold"),
                        "state:mn/county:hennepin");
    /* a big namesake stays: Arlington, Texas, in a story naming Arlington County, Va. */
    assert_string_equal(ids_in("Arlington County, Va., ended its jail contract.\n"
                               "Separately, the Arlington Police Department in Texas joined "
                               "ICE's task force.",
                               "noncooperation", "joined"),
                        "state:tx/place:arlington");
}

/* Session 6: states placing or possessing a generic plural modify it; a
 * state acting against a local policy; courts' benches. */
static void session6_generic_states(void **state) {
    (void)state;
    assert_string_equal(ids_in("Collier County was one of the first counties in Florida to join "
                               "the program.",
                               "noncooperation", "join"),
                        "state:fl/county:collier");
    assert_string_equal(ids_in("At least three counties in Georgia and Alabama have walked away "
                               "from the agreements.",
                               "noncooperation", "walked away"),
                        "state:al state:ga");
    assert_string_equal(ids_in("HUD pulled a grant from Salem, the latest in a string of cuts "
                               "aimed at Oregon's sanctuary cities.",
                               "funding", "pulled"),
                        "state:or/place:salem");
    assert_string_equal(ids_in("DOJ withheld the grant from Springfield, the latest turn in a "
                               "fight with Illinois communities over immigration.",
                               "funding", "withheld"),
                        "state:il/place:springfield");
    /* "Ohio's cities" stays the state's own */
    assert_string_equal(
        ids_in("The department withheld grants from Ohio's cities.", "funding", "withheld"),
        "state:oh");
    assert_string_equal(ids_in("Ohio's attorney general sued the city of Columbus, claiming a new "
                               "municipal policy that keeps police from helping ICE violates "
                               "state law.",
                               "noncooperation", "keeps police"),
                        "state:oh/place:columbus");
    assert_string_equal(ids_in("Arizona Republicans threatened to strip Phoenix of $40 million "
                               "unless the city rescinds a police policy that limits cooperation.",
                               "noncooperation", "limits"),
                        "state:az/place:phoenix");
    assert_string_equal(ids_in("Gov. Ron DeSantis of Florida threatened to suspend local "
                               "officials in Orlando and Tampa who limit cooperation.",
                               "noncooperation", "limit cooperation"),
                        "state:fl/place:orlando state:fl/place:tampa");
    assert_string_equal(ids_in("Miami-Dade Mayor Daniella Levine Cava said the county would keep "
                               "honoring detainers, while Miami police will not ask.",
                               "noncooperation", "keep honoring"),
                        "state:fl/county:miami-dade");
    assert_string_equal(ids_in("Montana's attorney general sued the city of Missoula, asking a "
                               "state judge to void a resolution that limits cooperation.",
                               "noncooperation", "limits"),
                        "state:mt/place:missoula");
    assert_string_equal(ids_in("A Wisconsin appeals court upheld Dane County's policy, rejecting "
                               "a suit by residents who said the policy violated state law.",
                               "ruling", "upheld"),
                        "state:wi/county:dane");
    assert_string_equal(ids_in("The ruling came after a federal magistrate in Portland found "
                               "that Clackamas County had violated a woman's rights by holding "
                               "her for ICE.",
                               "noncooperation", "holding"),
                        "state:or/county:clackamas");
}

/* Session 6 (fresh text): consolidated governments, a law's own content,
 * an acronym ending a clause, a name qualified later, "followed". */
static void session6_fresh(void **state) {
    (void)state;
    assert_string_equal(ids_in("Louisville Metro Government will stop sharing jail release dates "
                               "with ICE.",
                               "noncooperation", "stop sharing"),
                        "state:ky/place:louisville");
    assert_string_equal(ids_in("Kentucky's attorney general said Louisville's plan violates a "
                               "2025 state law that requires local jails to honor detainers.",
                               "noncooperation", "honor"),
                        "state:ky");
    assert_string_equal(ids_in("Sheriff McFadden joined groups in suing the state of North "
                               "Carolina over a law that requires sheriffs to hold jail inmates "
                               "for ICE.",
                               "noncooperation", "hold"),
                        "state:nc");
    /* a county that must follow the law acts under it */
    assert_string_equal(ids_in("A judge ruled that Hennepin County must follow a new Minnesota law "
                               "that requires jails to tell ICE about releases.",
                               "noncooperation", "tell ICE"),
                        "state:mn state:mn/county:hennepin");
    assert_string_equal(ids_in("Maine Gov. Janet Mills said state police will continue to share "
                               "information with ICE, and Cumberland County Sheriff Kevin Joyce "
                               "said his jail stopped honoring detainers.",
                               "noncooperation", "stopped honoring"),
                        "state:me/county:cumberland");
    assert_string_equal(ids_in("The letters went to Franklin, Tenn., and Salem, Mass.\n"
                               "Salem Mayor Dominick Pangallo said the city would keep its trust "
                               "ordinance, and Salem, Ore., said it follows Oregon's law.",
                               "noncooperation", "would keep"),
                        "state:ma/place:salem");
    assert_string_equal(ids_in("Miami-Dade County commissioners voted in 2017 to honor all "
                               "detainers, and Broward followed a year later.",
                               "noncooperation", "honor"),
                        "state:fl/county:broward state:fl/county:miami-dade");
    assert_string_equal(ids_in("Orange County, Calif., and the city of Santa Ana, which limits "
                               "police cooperation with ICE, joined a suit filed by San Diego.",
                               "litigation", "joined"),
                        "state:ca/county:orange state:ca/place:san_diego "
                        "state:ca/place:santa_ana");
    /* opposite acts: "renewed its own agreement" is no end of one */
    assert_string_equal(ids_in("Athens-Clarke County commissioners voted to end the jail's "
                               "agreement with ICE, and Augusta-Richmond County renewed its own "
                               "agreement.",
                               "noncooperation", "end the"),
                        "state:ga/place:athens");
}

/* Session 6: counties and agencies written the ways news writes them. */
static void session6_counties_agencies(void **state) {
    (void)state;
    /* a state before "counties" after a comma is the state's, not Oregon County, Mo. */
    assert_string_equal(ids_in("Under a state law passed last year, Oregon counties can no longer "
                               "hold people for ICE under contract.",
                               "noncooperation", "hold people"),
                        "state:or");
    assert_string_equal(ids_in("EL PASO: The Commissioners Court of El Paso County voted 4 to 1 to "
                               "reject an agreement with ICE.",
                               "noncooperation", "reject"),
                        "state:tx/county:el_paso");
    assert_string_equal(ids_in("The Indiana Criminal Justice Institute shall withhold Byrne JAG "
                               "funds from any unit of local government on the list.",
                               "funding", "withhold"),
                        "state:in");
    /* one word after the state is a suffix's business; a newspaper is none */
    assert_string_equal(ids_in("The Chicago Tribune reported that the county would limit help to "
                               "ICE.",
                               "noncooperation", "limit"),
                        "");
    assert_string_equal(ids_in("The state found that the Kern and Riverside county sheriffs had "
                               "given ICE the release dates of some people.",
                               "noncooperation", "given ICE"),
                        "state:ca/county:kern state:ca/county:riverside");
    assert_string_equal(
        ids_in("ATTORNEY GENERAL BROWN, PRINCE GEORGE'S AND MONTGOMERY COUNTIES SUE "
               "TO STOP FEMA FROM HOLDING DISASTER FUNDS",
               "litigation", "SUE"),
        "state:md/county:montgomery state:md/county:prince_george~s");
    assert_string_equal(ids_in("SALEM - A federal court has granted Oregon's motion for a "
                               "preliminary injunction, stopping the department from cutting off "
                               "grants to Portland and Eugene.",
                               "ruling", "granted"),
                        "state:or state:or/place:eugene state:or/place:portland");
    /* a comment participle still splits */
    assert_string_equal(ids_in("Denver sued the department in March, prompting Aurora to review "
                               "its own grants.",
                               "litigation", "sued"),
                        "state:co/county:denver");
}

/* Session 6: a legislature's measure on generic targets is its state's;
 * words that may stand before a state or county name. */
static void session6_legislatures(void **state) {
    (void)state;
    assert_string_equal(ids_in("A bill in the Wisconsin Legislature would strip shared revenue "
                               "from cities that limit cooperation with ICE.",
                               "noncooperation", "limit cooperation"),
                        "state:wi");
    assert_string_equal(ids_in("The Republican-controlled Pennsylvania Senate voted to cut off "
                               "state grants to any municipality that limits cooperation.",
                               "funding", "cut off"),
                        "state:pa");
    /* a threat aimed at generic jurisdictions is theirs, not the story's city's;
     * the state making it stays */
    hit_action = "threaten";
    assert_string_equal(ids_in("The Justice Department has warned that sanctuary cities could "
                               "lose Byrne JAG grants, but Ithaca's award was paid in full.",
                               "funding", "warned"),
                        "");
    assert_string_equal(ids_in("Texas officials said the state would withhold grants from any "
                               "county that refuses detainers.",
                               "funding", "withhold"),
                        "state:tx");
    hit_action = "x";
    /* another kind of funding event keeps the sentence's names */
    assert_string_equal(ids_in("The Justice Department has withheld grants from sanctuary "
                               "cities, but Ithaca's award was paid in full.",
                               "funding", "withheld"),
                        "state:ny/place:ithaca");
    /* a federal measure's generic targets stay generic */
    assert_string_equal(ids_in("The Justice Department warned that cities that limit cooperation "
                               "with ICE could lose grants.",
                               "noncooperation", "limit cooperation"),
                        "");
    assert_string_equal(
        ids_in("Small Georgia county votes to join ICE program", "noncooperation", "join"),
        "state:ga");
    assert_string_equal(ids_in("COBB COUNTY, Ga. - Cobb County deputies met.\n"
                               "New Cobb sheriff scraps ICE jail program on first day",
                               "noncooperation", "scraps"),
                        "state:ga/county:cobb");
    assert_string_equal(ids_in("Prince George's County officials met Monday.\n"
                               "Prince George's jail will stop holding inmates for ICE, new "
                               "director says",
                               "noncooperation", "stop holding"),
                        "state:md/county:prince_george~s");
    assert_string_equal(
        ids_in("New Mexico and New Jersey sued the department.", "litigation", "sued"),
        "state:nj state:nm");
    /* a state court ruling on "the state's 2019 law" rules on that state's law */
    assert_string_equal(ids_in("DENVER - The Colorado Supreme Court upheld the state's 2019 law "
                               "barring local jails from holding people on ICE detainers.",
                               "ruling", "upheld"),
                        "state:co");
    assert_string_equal(
        ids_in("A Colorado appeals court upheld the county's policy.", "ruling", "upheld"), "");
    /* the law's content from its first word; a negated clause is another act;
     * a party named formally after a plural */
    assert_string_equal(ids_in("Sheriff McFadden sued the state of North Carolina over a law "
                               "that requires sheriffs to hold jail inmates for ICE.",
                               "noncooperation", "a law that requires"),
                        "state:nc");
    assert_string_equal(ids_in("LAS VEGAS - The Las Vegas Metropolitan Police Department stopped "
                               "honoring ICE detainers in 2014, and Clark County has not changed "
                               "that policy since.",
                               "noncooperation", "stopped honoring"),
                        "state:nv/place:las_vegas");
    assert_string_equal(ids_in("The Department has brought similar actions against the State of "
                               "New Jersey and four of its cities, and the City of Boston.",
                               "litigation", "brought"),
                        "state:ma/place:boston state:nj");
    /* a law's name as the yardstick of a claim; a range of judges' seats */
    assert_string_equal(ids_in("The lawsuit, brought by the ACLU of Southern California, argues "
                               "that holding someone on a detainer violates the California Values "
                               "Act.",
                               "litigation", "lawsuit"),
                        "");
    assert_string_equal(ids_in("Judges from Philadelphia to San Francisco have held that the "
                               "department cannot impose such conditions.",
                               "ruling", "held"),
                        "");
    assert_string_equal(ids_in("The judge blocked the cuts to Boston.", "ruling", "blocked"),
                        "state:ma/place:boston");
    assert_string_equal(ids_in("A Seattle federal judge blocked the conditions on Tacoma's grants.",
                               "ruling", "blocked"),
                        "state:wa/place:tacoma");
    assert_string_equal(
        ids_in("A Rhode Island judge blocked the conditions in June.", "ruling", "blocked"), "");
    /* a clause saying its own "does not notify" is a policy of the same kind */
    assert_string_equal(ids_in("Seattle bars police from asking about immigration status, and "
                               "King County's jail does not notify ICE of releases.",
                               "noncooperation", "bars"),
                        "state:wa/county:king state:wa/place:seattle");
    /* a plural's apposition names its members */
    assert_string_equal(ids_in("Two Arizona counties, Pima and Santa Cruz, declined to sign 287(g) "
                               "agreements.",
                               "noncooperation", "declined"),
                        "state:az/county:pima state:az/county:santa_cruz");
    assert_string_equal(ids_in("OCALA, Fla. - Twenty Marion County sheriff's deputies have "
                               "completed federal training.",
                               "noncooperation", "completed"),
                        "state:fl/county:marion");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lists),
        cmocka_unit_test(possessives),
        cmocka_unit_test(not_jurisdictions),
        cmocka_unit_test(locating_states),
        cmocka_unit_test(commonwealth),
        cmocka_unit_test(previous_lists),
        cmocka_unit_test(short_names),
        cmocka_unit_test(clauses),
        cmocka_unit_test(state_possessives),
        cmocka_unit_test(sentence_state_first),
        cmocka_unit_test(opening_places),
        cmocka_unit_test(proper_by_sentence),
        cmocka_unit_test(acting_states),
        cmocka_unit_test(session5),
        cmocka_unit_test(session5_names),
        cmocka_unit_test(session5_lists),
        cmocka_unit_test(session6_parallel),
        cmocka_unit_test(session6_counties),
        cmocka_unit_test(session6_generic_states),
        cmocka_unit_test(session6_fresh),
        cmocka_unit_test(session6_counties_agencies),
        cmocka_unit_test(session6_legislatures),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
