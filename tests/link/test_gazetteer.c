/* Gazetteer and jurisdiction spotting: canonical ids, aliases, qualifiers,
 * document context, city vs county vs state, the common-word guard, generic
 * mentions. Uses the committed rules/ files only. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <time.h>

#include "link_test_util.h"

static polex_gazetteer *gaz;
static polex_linker *lk;

static int setup(void **state) {
    (void)state;
    polex_error err;
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    gaz = polex_gazetteer_load(POLEX_RULES_DIR, &err);
    clock_gettime(CLOCK_MONOTONIC, &b);
    if (!gaz) {
        fprintf(stderr, "gazetteer: %s\n", err.message);
        return -1;
    }
    printf("# gazetteer: %zu divisions loaded in %.1f ms\n", polex_gazetteer_size(gaz),
           (double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6);
    lk = polex_linker_new(gaz, POLEX_RULES_DIR, &err);
    if (!lk) fprintf(stderr, "linker: %s\n", err.message);
    return lk ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    polex_linker_free(lk);
    polex_gazetteer_free(gaz);
    return 0;
}

/* "text=ocd_id;..." for the specific mentions of the last line of text,
 * with the whole text as document context. */
static char result[2048];
static const char *spot(const char *text) {
    polex_doc *doc = test_doc(text, "2025-04-28");
    link_context ctx;
    link_doc_context(lk, doc, &ctx);
    const polex_sentence *se = &doc->sentences[doc->n_sentences - 1];
    link_mention m[LINK_MAX_MENTIONS];
    size_t n = link_spot(lk, doc->text, se->start, se->end, &ctx, m, LINK_MAX_MENTIONS);
    size_t o = 0;
    result[0] = '\0';
    for (size_t i = 0; i < n && o < sizeof result; i++)
        o += (size_t)snprintf(result + o, sizeof result - o, "%s%.*s=%s", i ? ";" : "",
                              (int)(m[i].end - m[i].start), doc->text + m[i].start,
                              gz_div_at(gaz, (uint32_t)m[i].div)->ocd_id);
    polex_doc_free(doc);
    return result;
}

#define US "ocd-division/country:us"

static void loads_every_level(void **state) {
    (void)state;
    assert_true(polex_gazetteer_size(gaz) > 20000);
    const char *ids[] = {US,
                         US "/state:il",
                         US "/district:dc",
                         US "/territory:pr",
                         US "/state:il/county:cook",
                         US "/state:la/parish:orleans",
                         US "/state:ak/borough:anchorage",
                         US "/state:il/place:chicago",
                         US "/state:ma/place:brookline"};
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++) {
        int d = gz_find_id(gaz, ids[i]);
        assert_true(d >= 0);
        assert_string_equal(gz_div_at(gaz, (uint32_t)d)->ocd_id, ids[i]);
    }
    const gz_div *chi = gz_div_at(gaz, (uint32_t)gz_find_id(gaz, US "/state:il/place:chicago"));
    assert_string_equal(chi->geoid, "1714000");
    assert_string_equal(chi->name, "Chicago");
    assert_true(chi->pop > 2000000);
    assert_int_equal(chi->level, GZ_LEVEL_PLACE);
    const gz_div *cook = gz_div_at(gaz, (uint32_t)gz_find_id(gaz, US "/state:il/county:cook"));
    assert_string_equal(cook->geoid, "17031");
    assert_string_equal(cook->name, "Cook County");
    /* aliased ids are gone: OCD's canonical id only */
    assert_int_equal(gz_find_id(gaz, US "/state:ca/place:san_francisco"), -1);
    assert_int_equal(gz_find_id(gaz, US "/state:co/place:denver"), -1);
    assert_int_equal(gz_find_id(gaz, US "/state:la/place:new_orleans"), -1);
}

static void keys_are_normalized(void **state) {
    (void)state;
    char k[GZ_KEY_MAX];
    gz_norm_key("Saint  Louis", 12, k, sizeof k);
    assert_string_equal(k, "st louis");
    gz_norm_key("St. Louis", 9, k, sizeof k);
    assert_string_equal(k, "st louis");
    gz_norm_key("Winston-Salem", 13, k, sizeof k);
    assert_string_equal(k, "winston salem");
    gz_light_key("Washington, D.C.", 16, k, sizeof k);
    assert_string_equal(k, "washington d.c.");
    assert_int_equal(gz_norm_key("abc", 3, k, 3), 0); /* does not fit */
}

static void canonical_ids_follow_ocd_aliases(void **state) {
    (void)state;
    assert_string_equal(spot("Officials in San Francisco sued."),
                        "San Francisco=" US "/state:ca/county:san_francisco");
    assert_string_equal(spot("Denver refused."), "Denver=" US "/state:co/county:denver");
    assert_string_equal(spot("The mayor of New Orleans spoke."),
                        "New Orleans=" US "/state:la/parish:orleans");
    assert_string_equal(spot("Baltimore and St. Louis joined."),
                        "Baltimore=" US "/state:md/place:baltimore;St. Louis=" US
                        "/state:mo/place:st_louis");
    assert_string_equal(spot("St. Louis County officials objected."),
                        "St. Louis County=" US "/state:mo/county:st_louis");
    assert_string_equal(spot("Richmond, Va., declined."),
                        "Richmond, Va.=" US "/state:va/place:richmond");
}

static void hand_made_aliases(void **state) {
    (void)state;
    assert_string_equal(spot("NYC and L.A. sued."), "NYC=" US "/state:ny/place:new_york;L.A.=" US
                                                    "/state:ca/place:los_angeles");
    assert_string_equal(spot("Philly refused."), "Philly=" US "/state:pa/place:philadelphia");
    assert_string_equal(spot("Officials in D.C. and Washington, D.C., agreed."),
                        "D.C.=" US "/district:dc;Washington, D.C.=" US "/district:dc");
    assert_string_equal(spot("The City and County of Denver sued."),
                        "City and County of Denver=" US "/state:co/county:denver");
    assert_string_equal(spot("The Cook County Board of Commissioners voted."),
                        "Cook County Board of Commissioners=" US "/state:il/county:cook");
    assert_string_equal(spot("Metro Nashville declined."),
                        "Metro Nashville=" US "/state:tn/place:nashville");
    assert_string_equal(spot("New York City sued."),
                        "New York City=" US "/state:ny/place:new_york");
    assert_string_equal(spot("Officials in Calif. and N.Y. objected."),
                        "Calif.=" US "/state:ca;N.Y.=" US "/state:ny");
}

static void qualifiers_pick_the_state(void **state) {
    (void)state;
    assert_string_equal(spot("Springfield, Ill., sued."),
                        "Springfield, Ill.=" US "/state:il/place:springfield");
    assert_string_equal(spot("Springfield, IL, sued."),
                        "Springfield, IL=" US "/state:il/place:springfield");
    assert_string_equal(spot("Springfield, Mass., sued."),
                        "Springfield, Mass.=" US "/state:ma/place:springfield");
    assert_string_equal(spot("Portland, Maine, declined."),
                        "Portland, Maine=" US "/state:me/place:portland");
    assert_string_equal(spot("Arlington County declined."),
                        "Arlington County=" US "/state:va/county:arlington");
    /* a postal code must be written in capitals */
    assert_string_equal(spot("Springfield, Il sued."), "");
}

static void context_and_population(void **state) {
    (void)state;
    /* no qualifier: several Springfields of similar size, nothing is linked */
    assert_string_equal(spot("Springfield sued."), "");
    /* the dateline or another mention gives the state */
    assert_string_equal(spot("SPRINGFIELD, Ill. — The state capital reacted.\nSpringfield sued."),
                        "Springfield=" US "/state:il/place:springfield");
    assert_string_equal(spot("Gov. JB Pritzker of Illinois spoke.\nSpringfield sued."),
                        "Springfield=" US "/state:il/place:springfield");
    /* population as the last resort when one is far larger */
    assert_string_equal(spot("Portland refused."), "Portland=" US "/state:or/place:portland");
    assert_string_equal(spot("Portland, Maine, acted.\nPortland refused."),
                        "Portland=" US "/state:me/place:portland");
}

static void plural_counties_and_dwarfs(void **state) {
    (void)state;
    assert_string_equal(spot("Arlington and Fairfax counties sued."),
                        "Arlington=" US "/state:va/county:arlington;Fairfax=" US
                        "/state:va/county:fairfax");
    assert_string_equal(spot("Orleans, Jefferson and St. Tammany parishes refused."),
                        "Orleans=" US "/state:la/parish:orleans;Jefferson=" US
                        "/state:la/parish:jefferson;St. Tammany=" US "/state:la/parish:st_tammany");
    /* a document about New York: its tiny Philadelphia does not beat the city */
    assert_string_equal(spot("The State of New York sued.\nPhiladelphia refused."),
                        "Philadelphia=" US "/state:pa/place:philadelphia");
    /* two documented states: the dateline decides */
    assert_string_equal(spot("RICHMOND, Va. \xe2\x80\x94 The mayor of Richmond, Calif., called.\n"
                             "Richmond refused."),
                        "Richmond=" US "/state:va/place:richmond");
}

static void people_counties_and_city_words(void **state) {
    (void)state;
    /* a small place named like a person of the story is the person */
    assert_string_equal(
        spot("Mayor Eric Adams spoke in New York.\nAn order Adams signed took effect."), "");
    /* a qualifier names a state with no such place, but a county */
    assert_string_equal(spot("This is not Arlington, Virginia, where the county board voted."),
                        "Arlington, Virginia=" US "/state:va/county:arlington");
    /* a city word after an ordinary-word name, in a state of the story */
    assert_string_equal(spot("AURORA, Colo. \xe2\x80\x94 The council met.\nThe Aurora City Council "
                             "voted."),
                        "Aurora=" US "/state:co/place:aurora");
    assert_string_equal(spot("The Sanctuary City Ordinance stands."), "");
}

static void city_county_state(void **state) {
    (void)state;
    assert_string_equal(spot("Los Angeles County and Los Angeles sued."),
                        "Los Angeles County=" US "/state:ca/county:los_angeles;Los Angeles=" US
                        "/state:ca/place:los_angeles");
    assert_string_equal(spot("New York state sued."), "New York=" US "/state:ny");
    assert_string_equal(spot("New York Mayor Eric Adams spoke."),
                        "New York=" US "/state:ny/place:new_york");
    assert_string_equal(spot("Officials in Washington state objected."),
                        "Washington=" US "/state:wa");
    /* "Washington" alone is the federal government as often as the state */
    assert_string_equal(spot("Washington threatened to cut the funds."), "");
    /* ... but not in a list of states */
    assert_string_equal(spot("Oregon, Vermont, Washington and Wisconsin joined."),
                        "Oregon=" US "/state:or;Vermont=" US "/state:vt;Washington=" US
                        "/state:wa;Wisconsin=" US "/state:wi");
    /* "the District" of a document about D.C. */
    assert_string_equal(spot("Mayor Bowser spoke in Washington, D.C.\nThe District would comply."),
                        "District=" US "/district:dc");
    assert_string_equal(spot("The District would comply."), "");
    assert_string_equal(spot("California and Texas disagreed."),
                        "California=" US "/state:ca;Texas=" US "/state:tx");
}

static void headlines_and_datelines(void **state) {
    (void)state;
    assert_string_equal(spot("Justice Department Sues Los Angeles Over Sanctuary City Ordinance"),
                        "Los Angeles=" US "/state:ca/place:los_angeles");
    assert_string_equal(
        spot("Denver Receives Restored Public Safety Grants Following Court Victory"),
        "Denver=" US "/state:co/county:denver");
    const char *lines[][2] = {
        {"CHICAGO (AP) \xe2\x80\x94 A judge ruled.", "CHICAGO (AP) "},
        {"SPRINGFIELD, Ill., March 6 \xe2\x80\x94 The House voted.", "SPRINGFIELD, Ill., March 6 "},
        {"Chicago \xe2\x80\x94 Attorney General Kwame Raoul joined.", "Chicago "},
        {"Denver Mayor Mike Johnston said \xe2\x80\x94 again.", ""},
        {"ICE agents \xe2\x80\x94 dozens of them \xe2\x80\x94 arrived.", ""},
    };
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        uint32_t e = link_dateline_end(lines[i][0], 0, (uint32_t)strlen(lines[i][0]));
        assert_int_equal(e, strlen(lines[i][1]));
        assert_memory_equal(lines[i][0], lines[i][1], e);
    }
}

static void common_words_need_evidence(void **state) {
    (void)state;
    assert_string_equal(spot("Mobile officials said nothing."), "");
    assert_string_equal(spot("Reading the order, the judge paused."), "");
    assert_string_equal(spot("Commerce Secretary spoke and Enterprise grew."), "");
    assert_string_equal(spot("Union leaders objected."), "");
    assert_string_equal(spot("Mobile, Ala., sued."), "Mobile, Ala.=" US "/state:al/place:mobile");
    assert_string_equal(spot("The City of Mobile sued."), "Mobile=" US "/state:al/place:mobile");
}

static void names_inside_longer_names(void **state) {
    (void)state;
    assert_string_equal(spot("Mayor Brandon Johnson spoke to the Chicago Tribune."), "");
    assert_string_equal(spot("Chicago Mayor Brandon Johnson spoke."),
                        "Chicago=" US "/state:il/place:chicago");
    assert_string_equal(spot("In Chicago, police declined."),
                        "Chicago=" US "/state:il/place:chicago");
    assert_string_equal(spot("Secretary of Homeland Security Kristi Noem spoke."), "");
    /* possessives, "County of", shouted verbs of court orders */
    assert_string_equal(spot("Denver's lawsuit and Chicago\xe2\x80\x99s grants."),
                        "Denver=" US "/state:co/county:denver;Chicago=" US
                        "/state:il/place:chicago");
    assert_string_equal(spot("Plaintiffs County of Santa Clara and City of Oakland sued."),
                        "County of Santa Clara=" US "/state:ca/county:santa_clara;Oakland=" US
                        "/state:ca/place:oakland");
    assert_string_equal(spot("The Court GRANTS Denver's motion."),
                        "Denver=" US "/state:co/county:denver");
    assert_string_equal(spot("King County Executive Shannon Braddock spoke."),
                        "King County=" US "/state:wa/county:king");
}

/* "text/min_count;..." for the generic mentions of text */
static const char *generic(const char *text) {
    link_mention m[LINK_MAX_MENTIONS];
    size_t n = 0, o = 0;
    link_spot_generic(lk, text, 0, (uint32_t)strlen(text), m, &n, LINK_MAX_MENTIONS);
    result[0] = '\0';
    for (size_t i = 0; i < n; i++)
        o += (size_t)snprintf(result + o, sizeof result - o, "%s%.*s/%d", i ? ";" : "",
                              (int)(m[i].end - m[i].start), text + m[i].start, m[i].min_count);
    return result;
}

static void generic_mentions(void **state) {
    (void)state;
    assert_string_equal(generic("funding from more than a dozen jurisdictions that refused"),
                        "more than a dozen jurisdictions/13");
    assert_string_equal(generic("50 cities and counties sued"), "50 cities and counties/50");
    assert_string_equal(generic("identify cities and states that are not complying"),
                        "cities and states/2");
    assert_string_equal(generic("so-called \xe2\x80\x9csanctuary cities\xe2\x80\x9d"),
                        "sanctuary cities/2");
    assert_string_equal(generic("at least 12 counties and dozens of towns"),
                        "at least 12 counties/12;dozens of towns/24");
    assert_string_equal(generic("local and state governments refused"),
                        "local and state governments/2");
    assert_string_equal(generic("states\xe2\x80\x99 rights and the governments"), "");
    /* singular after "any": a generic mention of unknown size */
    assert_string_equal(generic("funds from any county or city that fails to comply"),
                        "any county or city/0");
    assert_string_equal(generic("grants to each obstructing jurisdiction"),
                        "each obstructing jurisdiction/0");
    assert_string_equal(generic("the city council voted"), "");
    /* named right after: not generic */
    assert_string_equal(generic("the states of California and Oregon"), "");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(loads_every_level),
        cmocka_unit_test(keys_are_normalized),
        cmocka_unit_test(canonical_ids_follow_ocd_aliases),
        cmocka_unit_test(hand_made_aliases),
        cmocka_unit_test(qualifiers_pick_the_state),
        cmocka_unit_test(context_and_population),
        cmocka_unit_test(city_county_state),
        cmocka_unit_test(plural_counties_and_dwarfs),
        cmocka_unit_test(people_counties_and_city_words),
        cmocka_unit_test(headlines_and_datelines),
        cmocka_unit_test(common_words_need_evidence),
        cmocka_unit_test(names_inside_longer_names),
        cmocka_unit_test(generic_mentions),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
