/* test_status.c - event status through the public API: real tokenizer, the
 * shipped cue lexicons (rules/lexicons), and a small pack whose rules mark
 * only the event head, so that every status comes from the cues around it.
 * One sentence per case, grouped by cue family and scope rule. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "polex_match.h"
#include "polex_tokenize.h"
#include "pack_fixture.h"

static const char pack[] =
    "status_readings: {refuse: refusal, limit: refusal, resist: policy, threaten: threat}\n"
    "rules:\n"
    "  - {id: t.sue, type: litigation, action: sue,\n"
    "     pattern: '<head sue | sued | sues | suing | lawsuit>'}\n"
    "  - {id: t.appeal, type: litigation, action: appeal, pattern: '<head appeal | appealed>'}\n"
    "  - {id: t.withhold, type: funding, action: withhold,\n"
    "     pattern: '<head withhold | withheld | withholding | freeze | froze | frozen | lose | "
    "losing | loss>'}\n"
    "  - {id: t.restore, type: funding, action: restore, pattern: '<head restore | restored>'}\n"
    "  - {id: t.block, type: ruling, action: block, pattern: '<head block | blocked | blocks>'}\n"
    "  - {id: t.refuse, type: noncooperation, action: refuse,\n"
    "     pattern: '<head (refuse | refused | refuses) to honor | (not | n''t) (honor | allow)>'}\n"
    "  - {id: t.declare, type: noncooperation, action: declare,\n"
    "     pattern: '<head be> (a)? sanctuary city'}\n"
    "  - {id: t.challenge, type: litigation, action: challenge, pattern: '<head challenge | "
    "request>'}\n"
    "  - {id: t.condition, type: funding, action: condition, pattern: '<head conditions | "
    "terms>'}\n"
    "  - {id: t.comply, type: noncooperation, action: comply, pattern: '<head honor | notify>'}\n"
    "  - {id: t.limit, type: noncooperation, action: limit,\n"
    "     pattern: '<head limit | limits | limiting | inquire>'}\n"
    "  - {id: t.hold, type: noncooperation, action: refuse, pattern: '<head hold> (anyone | "
    "people)'}\n"
    "  - {id: t.paid, type: funding, action: withhold,\n"
    "     pattern: 'no _{0,6}? <head made | disbursed | awarded>'}\n"
    "  - {id: t.threaten, type: funding, action: threaten,\n"
    "     pattern: '<head (not | n''t) expect> _{0,4}? (dollars | money) | <head threat> to "
    "withhold'}\n"
    "  - {id: t.designate, type: order, action: designate, pattern: '<head identify> (every | "
    "each)'}\n"
    "  - {id: t.notdo, type: noncooperation, action: refuse,\n"
    "     pattern: '<head not (execute | prolong | amend | alter)>'}\n"
    "  - {id: t.undecided, type: noncooperation, action: comply,\n"
    "     pattern: '<head not _{0,2}? said whether _{0,3}? (will | would) sign>'}\n"
    "  - {id: t.nobody, type: noncooperation, action: limit,\n"
    "     pattern: '<head (nobody | no one) _{0,10}? (ask | asking | check | checking)>'}\n"
    "  - {id: t.until, type: funding, action: condition,\n"
    "     pattern: '<head until | unless | once> _{1,6}? (certifies | certify | signs | sign | "
    "rescinds)'}\n"
    "  - {id: t.hold_back, type: funding, action: withhold,\n"
    "     pattern: '<head paused | suspended | executed | process>'}\n";

PACK_FIXTURE(pack)

typedef struct status_case {
    const char *text;
    const char *rule; /* the hit to look at */
    int status;
} status_case;

/* Status of the first hit of rule in text, or -1 when it did not fire. */
static int status_of(fixture *f, const char *text, const char *rule) {
    polex_doc *doc = polex_doc_new();
    assert_non_null(doc);
    doc->text = polex_arena_strdup(doc->arena, text);
    doc->text_len = strlen(text);
    doc->doc_id = "status-test";
    polex_error err;
    polex_error_clear(&err);
    assert_int_equal(polex_tokenize(f->tk, doc, &err), POLEX_OK);
    assert_int_equal(polex_match(f->m, doc, &err), POLEX_OK);
    int st = -1;
    for (size_t i = 0; i < doc->n_hits && st < 0; i++)
        if (strcmp(doc->hits[i].rule, rule) == 0) st = doc->hits[i].status;
    polex_doc_free(doc);
    return st;
}

/* Runs every case and reports all that fail, not only the first. */
static void check(fixture *f, const status_case *cases, size_t n) {
    size_t bad = 0;
    for (size_t i = 0; i < n; i++) {
        int st = status_of(f, cases[i].text, cases[i].rule);
        if (st == cases[i].status) continue;
        bad++;
        fprintf(stderr, "  %s: %s, want %s\n", cases[i].text,
                st < 0 ? "no hit" : polex_event_status_name(st),
                polex_event_status_name(cases[i].status));
    }
    assert_int_equal(bad, 0);
}

#define CHECK(f, cases) check((f), (cases), sizeof(cases) / sizeof(cases)[0])

enum { A = POLEX_ASSERTED, P = POLEX_PLANNED, H = POLEX_HYPOTHETICAL, N = POLEX_NEGATED };

static void test_plain_and_headline(void **state) {
    static const status_case cases[] = {
        {"The county sued the administration on Monday.", "t.sue", A},
        {"Judge blocks Trump order cutting funds to sanctuary cities", "t.block", A},
        {"The grants have been frozen since March.", "t.withhold", A},
        {"The department is withholding grants from the city.", "t.withhold", A},
    };
    CHECK(*state, cases);
}

static void test_future(void **state) {
    static const status_case cases[] = {
        {"The Justice Department will withhold the grants starting next month.", "t.withhold", P},
        {"Illinois is poised to sue the administration.", "t.sue", P},
        {"San Francisco plans to file a lawsuit over the freeze.", "t.sue", P},
        {"The Justice Department is expected to appeal the injunction.", "t.appeal", P},
        {"Boston is preparing to sue over the withheld grants.", "t.sue", P},
        {"The state is slated to file its lawsuit on Monday.", "t.sue", P},
        {"The department is on track to freeze the grants by June.", "t.withhold", P},
        {"The attorney general vowed to appeal the ruling.", "t.appeal", P},
        {"The city wants to sue the administration.", "t.sue", P},
        /* reported intention */
        {"Officials said the grants would be restored by the end of the month.", "t.restore", P},
        {"The sheriff told reporters the county would appeal.", "t.appeal", P},
        {"\"We will sue,\" the attorney general said.", "t.sue", P},
    };
    CHECK(*state, cases);
}

static void test_modal_and_uncertain(void **state) {
    static const status_case cases[] = {
        {"The city could lose $3 million in federal grants.", "t.withhold", H},
        {"A judge may block the conditions before they take effect.", "t.block", H},
        {"The state might sue over the new conditions.", "t.sue", H},
        {"A city would almost certainly sue.", "t.sue", H},
        {"The order will likely be blocked in court.", "t.block", H},
        {"The bill would let cities sue the state.", "t.sue", H},
        {"The city is exploring a lawsuit against the state.", "t.sue", H},
        {"Nothing in this order prevents the city from suing.", "t.sue", H},
        {"I would deny the application and block the order.", "t.block", H},
        {"Cities that comply will be eligible to have their awards restored.", "t.restore", H},
        {"The council postponed a vote on a proposed lawsuit.", "t.sue", H},
        {"The county would likely sue over any cut.", "t.sue", H},
        {"Officials are weighing whether to sue the federal government.", "t.sue", H},
        {"Asked whether the city would sue, the mayor said all options were open.", "t.sue", H},
        {"It is possible that a judge will block the policy.", "t.block", H},
        {"It remains to be seen whether the court will block the rule.", "t.block", H},
        {"The city hopes the grants will be restored.", "t.restore", H},
        {"The county has not ruled out suing the state.", "t.sue", H},
        {"The city refused to rule out suing the state.", "t.sue", H},
        /* a permission or a demand is not the act */
        {"Ohio law allows the state to withhold aid from such cities.", "t.withhold", H},
        {"The rule authorizes the department to withhold the funds.", "t.withhold", H},
        {"A ruling for the government would let the department withhold the funds.", "t.withhold",
         H},
        {"The council urged the city attorney to sue the administration.", "t.sue", H},
        /* a loss faced or risked */
        {"Cities that resist face the loss of federal funding.", "t.withhold", H},
        {"The county is at risk of losing its grants.", "t.withhold", H},
        {"Activists demanded that the county sue the state.", "t.sue", H},
    };
    CHECK(*state, cases);
}

static void test_conditional_and_question(void **state) {
    static const status_case cases[] = {
        {"If the administration cuts the funds, the city will sue.", "t.sue", H},
        {"The department will withhold the award if the city fails to certify.", "t.withhold", H},
        {"Should the city refuse, the department will withhold the grant.", "t.withhold", H},
        {"Should Defendants seek to impose new conditions, they must give notice.", "t.condition",
         H},
        {"In the event that the city refuses, the department will withhold its grants.",
         "t.withhold", H},
        {"Will the city sue?", "t.sue", H},
        /* a parenthetical condition belongs to what follows it */
        {"The jail must block the transfer and must, if asked, notify ICE.", "t.block", A},
        /* ... and reaches what follows it */
        {"The lawsuit, if successful, would restore the grants.", "t.restore", H},
        /* counterfactual conditions; "absent a warrant" is no condition */
        {"Absent an injunction, the county will lose $3.7 million in grant funds.", "t.withhold",
         H},
        {"Without relief, the plaintiffs would lose their awards.", "t.withhold", H},
        {"The city will withhold the records absent a judicial warrant.", "t.withhold", P},
    };
    CHECK(*state, cases);
}

static void test_negation(void **state) {
    static const status_case cases[] = {
        {"The city did not sue over the grant conditions.", "t.sue", N},
        {"The Justice Department has not appealed the ruling.", "t.appeal", N},
        {"The department declined to appeal the injunction.", "t.appeal", N},
        {"The department never withheld the grants.", "t.withhold", N},
        {"Seattle has no plans to sue the administration.", "t.sue", N},
        {"The department has yet to withhold any funds from the city.", "t.withhold", N},
        {"The city stopped short of suing the administration.", "t.sue", N},
        {"The county did not expect to lose any money.", "t.withhold", N},
        {"No state has sued over the new conditions.", "t.sue", N},
        {"None of the statutes authorizes the department to withhold the grants.", "t.withhold", N},
        /* an undecided action is open (corpus conventions) */
        {"Tacoma officials said they had not decided whether to sue.", "t.sue", H},
        {"The department did not say whether it would appeal.", "t.appeal", H},
        {"The county declined to say whether it would sue.", "t.sue", H},
        {"The manager said the city would not change its policy to satisfy a letter, but declined "
         "to say whether the city would sue.",
         "t.sue", H},
        /* a proposal voted down: its permission did not come about either */
        {"The council voted down a proposal that would have allowed the city to sue.", "t.sue", N},
    };
    CHECK(*state, cases);
}

/* A future that holds a negation denies an event whose head lies after
 * it; when the negation is part of the head it is the event. */
static void test_negated_future(void **state) {
    static const status_case cases[] = {
        {"Officials said they would not appeal the ruling.", "t.appeal", N},
        {"The department said Friday that it will not appeal.", "t.appeal", N},
        {"\"We are not going to sue,\" the mayor said.", "t.sue", N},
        {"\"We are not going to be a sanctuary city,\" the mayor said.", "t.declare", N},
        {"Philadelphia will not honor ICE detainers without a warrant.", "t.refuse", P},
        {"Chicago refused to honor detainers from ICE.", "t.refuse", A},
    };
    CHECK(*state, cases);
}

/* For a refusal or a limit, a negation in the future before a cooperation
 * verb is the refusal announced (corpus conventions). */
static void test_negation_is_the_refusal(void **state) {
    static const status_case cases[] = {
        {"Deputies there will not ask about immigration status or hold anyone for ICE.", "t.hold",
         P},
        {"The sheriff said his jail would not hold anyone for ICE without a warrant.", "t.hold", P},
        /* a denial now carried into the future states the policy in force */
        {"The sheriff said deputies \"do not and will not honor\" civil detainers.", "t.refuse", A},
        {"The sheriff said deputies will not honor civil detainers.", "t.refuse", P},
        /* a plain negation still denies: the county did not do it */
        {"The county has never refused to honor a detainer.", "t.refuse", N},
        /* ... and a future negation still denies other events */
        {"The state said it would not appeal the ruling on Friday.", "t.appeal", N},
        /* a policy named by its participle is in force */
        {"The counties said they would not change their policies limiting cooperation with ICE.",
         "t.limit", A},
        {"The governor said the state would not change its law limiting cooperation with ICE.",
         "t.limit", A},
    };
    CHECK(*state, cases);
}

/* An order's bar on paying out is the withholding it orders; money not paid
 * out is the withholding; an order that forbids withholding denies it. */
static void test_money_not_paid_out(void **state) {
    static const status_case cases[] = {
        {"No grant funds shall be disbursed to a county that has not returned the certification.",
         "t.paid", P},
        {"No state public-safety grant funds shall be disbursed to the city.", "t.paid", P},
        {"The Director shall ensure that no new award is made to a listed jurisdiction.", "t.paid",
         P},
        {"No new awards were made to the city this year.", "t.paid", A},
        {"The agency offered no reasoned explanation for withholding the grants.", "t.withhold", A},
        {"No state agency shall withhold state funds from a county or city.", "t.withhold", N},
        /* a planning office plans nothing */
        {"The Office of Planning and Budget withheld the county's grants in May.", "t.withhold", A},
    };
    CHECK(*state, cases);
}

/* A funder's notice that money would be held back is the holding back; a
 * notice of money to come is still to come. */
static void test_notices_of_money_held_back(void **state) {
    static const status_case cases[] = {
        {"DOT notified the county that its $22 million grant would be paused pending review.",
         "t.hold_back", A},
        {"HUD notified the County that its $4.7 million in pending awards would not be executed.",
         "t.hold_back", A},
        {"The bureau informed the county that it would not process its application.", "t.hold_back",
         A},
        {"The letters also said that pending awards would be suspended on April 15.", "t.hold_back",
         A},
        /* ... unless the notice is denied */
        {"HUD has not notified the county that its grant would be suspended.", "t.hold_back", N},
        {"The department did not withhold the funds and notified the city that its grants would be "
         "restored.",
         "t.withhold", N},
        {"The city has not received any notice that its award will be suspended.", "t.hold_back",
         N},
        {"The department told the county in March that its grant would be suspended.",
         "t.hold_back", A},
        {"The secretary told reporters that the grant would be suspended next month.",
         "t.hold_back", P},
        {"FEMA notified the city that its grants would be restored next week.", "t.restore", P},
        {"The governor pledged that the grants would be restored.", "t.restore", P},
        /* a pending bill is still a proposal */
        {"The pending bill would withhold state aid from the city.", "t.withhold", H},
    };
    CHECK(*state, cases);
}

/* A prohibition or an inability of a refusal is the refusal; a bar that is
 * itself denied leaves the cut; conditions a court forbids were attached
 * (corpus conventions, session 5). */
static void test_prohibitions_and_bars(void **state) {
    static const status_case cases[] = {
        {"Officers may not honor civil immigration detainers.", "t.refuse", A},
        {"The county could not honor the detainer without a judicial warrant.", "t.refuse", A},
        {"The county may honor detainers next year.", "t.comply", H},
        {"SDPD does not ask about status, does not honor civil detainers.", "t.refuse", A},
        {"A federal appeals court refused to block the administration from withholding the "
         "transit grants.",
         "t.withhold", A},
        {"A judge barred the department from withholding the grants.", "t.withhold", N},
        {"Defendants are enjoined from withholding the grants and from terminating the awards.",
         "t.withhold", N},
        {"Defendants are enjoined from enforcing the detainer certification requirement against "
         "the "
         "cities of Worcester, Chelsea, Somerville and Lowell in any form and from withholding "
         "their "
         "awards.",
         "t.withhold", N},
        {"Under the court's order, HUD may not impose the conditions on the grants.", "t.condition",
         A},
        {"Defendants shall not enforce the conditions against the City.", "t.condition", A},
        {"No State agency shall impose conditions on state aid to a municipality.", "t.condition",
         N},
        /* a place is no modal */
        {"Cape May County sued the state in March.", "t.sue", A},
        {"Portland sued the department in May after it announced that it would withhold the "
         "grants.",
         "t.withhold", P},
    };
    CHECK(*state, cases);
}

/* A relative clause on the class a proposed money measure targets is open;
 * the class an announced one targets, or one named with a determiner,
 * exists. */
static void test_classes_targeted(void **state) {
    static const status_case cases[] = {
        {"A bill would strip state grants from counties that limit cooperation with ICE.",
         "t.limit", H},
        {"The department will withhold grants from jurisdictions that limit cooperation.",
         "t.limit", A},
        {"The bill would restore grants to the cities that limit cooperation.", "t.limit", A},
        /* a named bill */
        {"The Safe Communities Act, which would limit cooperation with ICE, is stalled.", "t.limit",
         H},
        {"The attorney general will sue any official who adopts a policy that limits cooperation.",
         "t.limit", H},
        {"The attorney general sued an official who adopted a policy that limits cooperation.",
         "t.limit", A},
        /* an order's condition set off by commas is still to come */
        {"The Secretary shall require every recipient to certify, as conditions of the award, that "
         "it honors detainers.",
         "t.condition", P},
    };
    CHECK(*state, cases);
}

/* A funder's threat is the warning made: a modal on its denial and its own
 * condition are its content; a condition before it still counts. */
static void test_threats(void **state) {
    static const status_case cases[] = {
        {"Cities that refuse should not expect federal dollars, the secretary said.", "t.threaten",
         A},
        {"Noem said that if the city refuses, it should not expect federal money.", "t.threaten",
         A},
        {"If the administration follows through on its threat to withhold the grants, the city "
         "will sue.",
         "t.threaten", H},
        {"The state has not made any threat to withhold the grants.", "t.threaten", N},
        /* ... and a modal on another event is a possibility */
        {"The department should freeze the grants, the senator said.", "t.withhold", H},
    };
    CHECK(*state, cases);
}

/* An order's request to identify jurisdictions is the designation; a
 * capability that would follow and an unclear future are open. */
static void test_designations_and_capabilities(void **state) {
    static const status_case cases[] = {
        {"The Attorney General is requested to identify every unit of local government that "
         "violates the law.",
         "t.designate", A},
        {"The department will identify every sanctuary jurisdiction next month.", "t.designate", P},
        {"Troopers would then be able to hold people for ICE.", "t.hold", H},
        {"It was not clear how quickly the department would withhold the money.", "t.withhold", H},
    };
    CHECK(*state, cases);
}

static void test_scope_boundaries(void **state) {
    static const status_case cases[] = {
        /* a cue inside a non-restrictive relative clause stays in it */
        {"Judge William Orrick, who did not rule on the merits, blocked the conditions.", "t.block",
         A},
        {"The department, which may soon face a lawsuit, withheld $3 million from the city.",
         "t.withhold", A},
        /* ... and inside a fronted subordinate clause */
        {"Although the state was not named in the letter, Oregon sued the administration.", "t.sue",
         A},
        {"While the city has not sued, the department has already frozen its grants.", "t.withhold",
         A},
        {"Because the department did not release the money, the county sued.", "t.sue", A},
        /* a new clause: ", but", ";", ", and", a quotation closed before "and" */
        {"The county did not wait for the deadline, but sued the department.", "t.sue", A},
        {"The state will appeal the ruling, and the county sued.", "t.sue", A},
        {"The letter said the city \"could lose funding,\" and the county sued.", "t.sue", A},
        /* a coordinated verb phrase with its own auxiliary */
        {"The city has refused to allow agents in and has frozen its grants to ICE.", "t.withhold",
         A},
        /* what is declined is the comment, not the event it is about */
        {"The Justice Department declined to comment on the lawsuit.", "t.sue", A},
        {"DHS did not respond to questions about the grant freeze.", "t.withhold", A},
        /* an embedded wh-question presupposes its event */
        {"The department did not say how much it had withheld from the city.", "t.withhold", A},
        /* a court's permission lets the act go ahead */
        {"Today the Court allows the Government to withhold the money.", "t.withhold", A},
        /* a standing policy inside a noun phrase is in force */
        {"The county will not end its policy of refusing to honor detainers.", "t.refuse", A},
        /* "not only" denies nothing */
        {"The city not only sued but also won an injunction.", "t.sue", A},
        /* the relative clause itself keeps its own cue */
        {"The city, which did not sue, benefited when a judge blocked the conditions.", "t.block",
         A},
        {"The city, which did not sue, benefited when a judge blocked the conditions.", "t.sue", N},
    };
    CHECK(*state, cases);
}

/* Families met in documents written blind to the rules (session 3). */
static void test_promises_orders_and_effective_dates(void **state) {
    static const status_case cases[] = {
        /* "will not hesitate to" promises the act; "did not hesitate" did it */
        {"The Department will not hesitate to sue such cities.", "t.sue", P},
        {"The city did not hesitate to sue the department.", "t.sue", A},
        /* a measure that takes effect later */
        {"The rule, which takes effect Jan. 1, freezes the grants of such cities.", "t.withhold",
         P},
        {"The rule, which took effect in March, froze the grants of such cities.", "t.withhold", A},
        {"The rule, which takes effect immediately, freezes the grants.", "t.withhold", A},
        /* what an order or a court directs is yet to be done */
        {"The Attorney General is directed to sue any city that adopts such a policy.", "t.sue", P},
        {"The court entered a temporary restraining order directing the agency to restore the "
         "funds.",
         "t.restore", P},
        {"The judge granted an injunction requiring the agency to restore the funds within 10 "
         "days.",
         "t.restore", P},
        {"The Attorney General is requested to sue any city that adopts such a policy.", "t.sue",
         P},
        /* a future inside "any ... that" stays open */
        {"The list will drop any city that shows that it will restore the funds.", "t.restore", H},
        {"The judge issued an order requiring the agency to restore the grants within 14 days.",
         "t.restore", P},
        /* a passive future */
        {"The grants are to be restored by Friday.", "t.restore", P},
        /* a standing practice carried on */
        {"The chief said the department would continue its practice of not honoring detainers.",
         "t.refuse", P},
        /* a notice's future after the head is not the head's */
        {"FEMA notified the county that the grants had been restored and that the terms would "
         "not apply.",
         "t.restore", A},
        /* ... but a notice that money would be held back holds it back */
        {"DOT notified the county that its grant would be frozen pending review.", "t.withhold", A},
    };
    CHECK(*state, cases);
}

static void test_open_options_and_denials(void **state) {
    static const status_case cases[] = {
        {"Plaintiffs reserve the right to challenge any such terms.", "t.challenge", H},
        {"Officials are bracing for a freeze of their grants.", "t.withhold", H},
        {"A council member feared the city would lose its federal grants.", "t.withhold", H},
        {"The party is consulting lawyers about a possible challenge to the ordinance.",
         "t.challenge", H},
        {"Couldn't the county just sue?", "t.sue", H},
        {"The county couldn't sue because it had no standing.", "t.sue", N},
        {"Plaintiffs must either abandon their policies or lose $6.7 million in reimbursements.",
         "t.withhold", H},
        {"None of that money has been withheld yet.", "t.withhold", N},
        {"The city has been unable to sue because of a state law.", "t.sue", N},
        {"Neither the county nor the city of Las Vegas has ever sued the state.", "t.sue", N},
        /* the ruling is denied, the request it would rule on stands */
        {"The judge has not yet ruled on the state's request to block the conditions.", "t.block",
         N},
        {"The judge has not yet ruled on the state's request to block the conditions.",
         "t.challenge", A},
        {"The Missouri Supreme Court declined to hear a challenge to the law.", "t.challenge", A},
        /* a coordinated past act or modal verb phrase starts a new scope */
        {"The cities refused to accept the awards and sued the department.", "t.sue", A},
        {"The county refused to sign the certification and lost its grant.", "t.withhold", A},
        {"The agency restored the money and would seek to recover it if it wins on appeal.",
         "t.restore", A},
        {"The order declared that such cities would lose their grants and told the department to "
         "sue them.",
         "t.sue", A},
        /* money named by a participle was withheld, whatever the verb before it */
        {"The department has not released similar funds withheld from Boulder.", "t.withhold", A},
        {"The judgment, directing the department to restore the city's withheld awards, stands.",
         "t.withhold", A},
        {"The judgment, directing the department to restore the city's withheld awards, stands.",
         "t.restore", P},
        /* a measure voted down, an injunction's numbered list, a law's permission */
        {"Voters rejected a ballot question that would have allowed the state to sue the city.",
         "t.sue", N},
        {"Defendants are ENJOINED from (1) requiring Plaintiffs to agree to the condition; and (2) "
         "withholding any grant funds.",
         "t.withhold", N},
        {"Lawmakers passed a law that bans sanctuary policies and allows the attorney general to "
         "sue any city that adopts one.",
         "t.sue", H},
        /* a coordinated verb phrase with its own "do" */
        {"Police do not inquire about immigration status and do not honor detainers.", "t.refuse",
         A},
        /* a passive denial after the head */
        {"FEMA said the immigration-related terms would not be applied to the awards.",
         "t.condition", N},
        {"The new terms will not be enforced against the county.", "t.condition", N},
        /* a rhetorical threat through "why" */
        {"\"It can explain to taxpayers why it lost its grants,\" the governor said.", "t.withhold",
         H},
        /* a law named by what it requires is in force */
        {"The state is reviewing whether the city violated a 2008 law requiring agencies to "
         "withhold aid from such cities.",
         "t.withhold", A},
        /* "even if" concedes: the main clause keeps its status, the conceded
         * clause is open */
        {"The city will sue, even if the department restores the grants.", "t.sue", P},
        {"The city will sue, even if the department restores the grants.", "t.restore", H},
        {"Even if the court blocks the rule, the department will appeal.", "t.appeal", P},
        /* a court's recital of what it weighed */
        {"Having considered the briefs and the record, the Court blocks the order.", "t.block", A},
        /* a bid turned down; "did not stop at" did that and more */
        {"Cook County board rejects bid to sue the state", "t.sue", N},
        {"The court did not stop at blocking the conditions.", "t.block", A},
        /* pseudo-cues: a phrase that holds a cue word but is no cue */
        {"The states sued HUD over new conditions that would require them to assist ICE.",
         "t.condition", A},
        {"The city is suing to stop the administration from withholding its grants.", "t.withhold",
         A},
        {"A judge barred the administration from withholding the grants.", "t.withhold", N},
        {"The county has not received any of the money that was frozen in March.", "t.withhold", A},
        {"The department has not identified any grant that was frozen.", "t.withhold", N},
        /* "after the date of this order" is a time, not a clause */
        {"Agencies shall attach to every award issued after the date of this order terms that "
         "bar sanctuary policies.",
         "t.condition", P},
        {"The department will release the money after the city sued.", "t.sue", A},
        /* what a court blocks or refuses to block stands */
        {"A federal judge refused to block the new grant conditions.", "t.condition", A},
        {"The administration is unlikely to restore the grants.", "t.restore", H},
        /* the month is no modal */
        {"The suit was filed in May and the judge blocked the rule in June.", "t.block", A},
        {"In May the court blocked the rule.", "t.block", A},
        {"The court may block the rule.", "t.block", H},
        {"The council will vote on an ordinance requiring the city to sue the state.", "t.sue", P},
        /* a filing in preparation */
        {"Its lawyers are preparing a lawsuit against the department.", "t.sue", P},
    };
    CHECK(*state, cases);
}

/* Families from documents written blind to the rules: a proposal's fate,
 * an order's discretion, what a refusal or override leaves standing, and
 * the month after a preposition. */
static void test_proposals_discretion_and_objects(void **state) {
    static const status_case cases[] = {
        /* what a proposal would have done did not happen; put off, it is open */
        {"A bill that would have required the city to sue the state died in committee.", "t.sue",
         N},
        {"The council voted against a proposal that would have withheld the grants.", "t.withhold",
         N},
        {"The board tabled a resolution that would have withheld the grants.", "t.withhold", H},
        {"The bill would withhold the grants from such cities.", "t.withhold", H},
        /* an order's discretion leaves the act open */
        {"The attorney general is directed to review, and where appropriate to challenge in "
         "court, the new rule.",
         "t.challenge", H},
        {"The city will, where appropriate, sue the state.", "t.sue", H},
        {"The city will sue the state.", "t.sue", P},
        /* what a body cannot override or repeal stands */
        {"The judge ruled that the council could not override the state's new terms.",
         "t.condition", A},
        {"The county did not repeal the terms.", "t.condition", A},
        /* what a recipient refuses to sign or accept is still imposed */
        {"The county refused to sign the new grant terms.", "t.condition", A},
        {"The city would not accept the conditions.", "t.condition", A},
        {"The department has not imposed any conditions.", "t.condition", N},
        /* the month after a preposition is no modal */
        {"A letter sent in May told the city that its grants were frozen.", "t.withhold", A},
        {"Since May the department has frozen the grants.", "t.withhold", A},
        {"The department may freeze the grants.", "t.withhold", H},
        /* a generic subject's future is a rule, not a plan */
        {"A county found out of compliance would lose its grants.", "t.withhold", H},
        {"A city that submits the certification will have its grants restored.", "t.restore", H},
        {"The county would lose its grants.", "t.withhold", P},
        /* a generic subject's relative clause is a condition */
        {"A county that refused to honor detainers could lose its grants.", "t.refuse", H},
        {"Any city that sues the state will lose its grants.", "t.sue", H},
        {"The city that sued the state lost its grants.", "t.sue", A},
        /* what is settled existed */
        {"The city will drop the claim under a settlement of the lawsuit it filed in June.",
         "t.sue", A},
        {"The city will file a lawsuit in June.", "t.sue", P},
        /* what a signed agreement will let officers do is what it does */
        {"The state signed an agreement with the department that will let it freeze the grants.",
         "t.withhold", A},
    };
    CHECK(*state, cases);
}

/* Families from documents written blind to the rules (session 4), coded
 * under the corpus conventions. */
static void test_attempts_threats_and_past_plans(void **state) {
    static const status_case cases[] = {
        /* a past attempt was made; a present one is under way */
        {"The department sought to withhold the grants from the city.", "t.withhold", A},
        {"The department had sought to freeze the grants until the city agreed.", "t.withhold", A},
        {"The department is seeking to withhold the grants from the city.", "t.withhold", P},
        {"The Justice Department moved to dismiss the lawsuit in May.", "t.sue", A},
        {"The administration is moving to freeze grants to sanctuary cities.", "t.withhold", P},
        {"FEMA moves to freeze grants to sanctuary cities", "t.withhold", A},
        /* a threatened act is announced, not done */
        {"The attorney general threatened on Feb. 27 to sue the city.", "t.sue", P},
        {"The attorney general threatened to sue the city.", "t.sue", P},
        {"The governor is threatening to appeal the ruling.", "t.appeal", P},
        /* a plan of the past was not carried out */
        {"The city had planned to sue the department in January but held off.", "t.sue", N},
        {"The county had hoped to appeal the ruling.", "t.appeal", N},
        {"The county had been expected to appeal the ruling.", "t.appeal", N},
        {"The city plans to sue the department.", "t.sue", P},
        /* a headline's bare infinitive announces; a headline verb before
         * the infinitive is the news; a sentence with a period is no
         * headline */
        {"Chicago to sue over grant cuts", "t.sue", P},
        {"Hartford to stop honoring ICE detainers", "t.comply", P},
        {"County votes to sue the state", "t.sue", A},
        {"Judge orders agency to restore grants", "t.restore", A},
        {"Mayor condemns decision to freeze bus grant", "t.withhold", A},
        /* what a ruling requires of the agency is to come; a law's rule is in force */
        {"The ruling requires the agency to restore the money within 14 days.", "t.restore", P},
        /* a way cleared or a deadline open is not the act */
        {"The ruling cleared the way for the department to withhold the grants.", "t.withhold", H},
        {"The department has 60 days to appeal.", "t.appeal", H},
        {"The mayor urged the county to sue the state.", "t.sue", H},
        {"The city went to court to sue the state.", "t.sue", A},
        /* options eyed or pondered are open */
        {"Providence eyes lawsuit over frozen grants", "t.sue", H},
        {"The council is pondering an appeal of the ruling.", "t.appeal", H},
        /* a denial */
        {"Nashville denies limiting ICE access to its jail", "t.limit", N},
        {"The county denied that it had frozen the grants.", "t.withhold", N},
        {"The sheriff denied ever limiting cooperation with ICE.", "t.limit", N},
        /* ... up to a clause that "as" opens */
        {"The city denies limiting cooperation as the state withholds its funds.", "t.withhold", A},
    };
    CHECK(*state, cases);
}

static void test_conditions_orders_and_reviews(void **state) {
    static const status_case cases[] = {
        /* what waits on a recipient's act is conditional; a date or a past
         * act is not */
        {"The grants will be restored once the city certifies its compliance.", "t.restore", H},
        {"Funds will be restored once a jurisdiction has signed the certification.", "t.restore",
         H},
        {"The grants were restored once the city signed the certification.", "t.restore", A},
        {"The department will withhold the grants once the order takes effect.", "t.withhold", P},
        {"The money will be restored once the certifications are signed.", "t.restore", H},
        {"The grants were restored once the certifications were signed.", "t.restore", A},
        {"Advocacy groups plan to sue once the bill is signed.", "t.sue", P},
        /* money a reduced relative clause says was held back was */
        {"Officials will learn whether FEMA will restore the grants it has withheld since May.",
         "t.withhold", A},
        {"Officials will learn whether FEMA will restore the grants it has withheld since May.",
         "t.restore", H},
        /* a relative clause inside a condition or a possibility is open */
        {"The department may cut awards to cities that limit cooperation with ICE.", "t.limit", H},
        {"If the department cuts funding to cities that limit cooperation, the city will sue.",
         "t.limit", H},
        {"The department cut awards to cities that limit cooperation with ICE.", "t.limit", A},
        {"The department may cut awards to the cities, which limit cooperation with ICE.",
         "t.limit", A},
        /* ... and inside a law's or a modal's permission; a court's lets the
         * act go ahead */
        {"A bill that would let the state sue cities that limit cooperation with ICE passed.",
         "t.limit", H},
        {"The law allows the state to fine cities that limit cooperation with ICE.", "t.limit", H},
        {"The law requires sheriffs to honor detainers and allows the state to withhold their "
         "grants.",
         "t.withhold", H},
        {"The law requires sheriffs to honor detainers and allows the state to withhold their "
         "grants.",
         "t.comply", A},
        {"Today the Court allows the Government to fine cities that limit cooperation with ICE.",
         "t.limit", A},
        /* a modal after the event says nothing of it; an inverted
         * conditional does */
        {"The city sued, arguing the state could cut awards to cities that limit cooperation.",
         "t.sue", A},
        {"The city will sue should the state cut the grants.", "t.sue", H},
        /* a bare plural subject's relative clause before a modal is a rule
         * when it names an act the rule waits on; not after a determiner,
         * nor for a standing trait */
        {"Jails that continue to honor detainers will keep their grants.", "t.comply", H},
        {"Cities that do not honor detainers will lose their grants.", "t.refuse", H},
        {"Cities that do not honor detainers by February 28, 2026, will lose their grants.",
         "t.refuse", H},
        {"The cities that sued the state will receive their money.", "t.sue", A},
        {"States that limit cooperation with ICE could face consequences.", "t.limit", A},
        /* an order's noncooperation content is in force; a one-time act it
         * orders is to come */
        {"Jail staff shall not honor civil immigration detainers.", "t.refuse", A},
        {"Records staff shall notify ICE of the release of any inmate convicted of a felony.",
         "t.comply", A},
        {"Deputies shall continue to honor detainers accompanied by a judicial warrant.",
         "t.comply", A},
        {"No officer shall inquire about the immigration status of any person.", "t.limit", A},
        {"No agency shall withhold state funds from such cities.", "t.withhold", N},
        {"The Secretary shall withhold all grants to such jurisdictions.", "t.withhold", P},
        {"Defendants shall restore the grants within 14 days.", "t.restore", P},
        {"Every sheriff is directed to honor all immigration detainers.", "t.comply", P},
        /* an act that may come, whatever participle names it */
        {"The Attorney General shall defend the directive in any action brought to challenge it.",
         "t.challenge", H},
        /* a report of the event called false */
        {"Reports that our deputies have refused to honor detainers are false.", "t.refuse", N},
        {"Reports that our deputies have refused to honor detainers are accurate.", "t.refuse", A},
        /* an attribution aside is outside the condition before it */
        {"The city will lose money if the conditions are enforced, according to the lawsuit, "
         "which was filed by 20 states.",
         "t.sue", A},
        {"According to officials, the city will sue the state.", "t.sue", P},
        /* a coordinated verb phrase with its own finite verb */
        {"San Francisco does not honor ICE detainers and limits the information its jail shares.",
         "t.limit", A},
        {"San Francisco does not honor ICE detainers and limits the information its jail shares.",
         "t.refuse", A},
        {"The city did not withhold or freeze the grants.", "t.withhold", N},
        /* a reviewing court's finding presupposes the act it reviews */
        {"The district court did not abuse its discretion in blocking the conditions.", "t.block",
         A},
        {"The court did not err in blocking the rule.", "t.block", A},
        {"The court did not block the rule.", "t.block", N},
        /* what a suit or threat is over stands */
        {"The city will sue over the new conditions.", "t.condition", A},
        {"The department will impose the new conditions.", "t.condition", P},
        {"The state threatened to remove the chief over a memo limiting cooperation with ICE.",
         "t.limit", A},
    };
    CHECK(*state, cases);
}

/* A relative clause that only says which ones are meant ("every sheriff who
 * operates a jail") leaves the verb before it governing the infinitive after
 * it; one that is itself an act, or an aside after a comma, still ends the
 * cue's scope (session 8). */
static void test_describing_relatives(void **state) {
    static const status_case cases[] = {
        {"The bill would require every sheriff who operates a jail to honor detainers.", "t.comply",
         H},
        {"The measure would require counties that run jails to notify ICE before releases.",
         "t.comply", H},
        {"The state will require every sheriff who runs a jail to honor detainers.", "t.comply", P},
        /* the relative clause's own act: "refuse ICE requests to honor" */
        {"The department will review grants to cities that refuse ICE requests to honor detainers.",
         "t.comply", A},
        /* an aside after a comma */
        {"The state will sue the county, which operates a jail to hold people for ICE.", "t.hold",
         A},
    };
    CHECK(*state, cases);
}

/* Two events of one type and action, one done and one pending: the one
 * entry is the done one when it comes first (corpus conventions, session
 * 12); a pending one first stays. */
static void test_done_twin_first(void **state) {
    static const status_case cases[] = {
        /* the pending one has the longer head: resolution alone keeps it */
        {"The jail did not honor a detainer in March, and deputies will refuse to honor any more "
         "of them.",
         "t.refuse", A},
        {"Deputies will refuse to honor any more detainers, and the jail did not honor one in "
         "March.",
         "t.refuse", P},
    };
    CHECK(*state, cases);
}

/* "every" and "each" with a present-tense relative clause name a class to be
 * found, as "any" does; in the past, or "each of which", they name ones that
 * exist (corpus conventions, session 8). */
static void test_classes_every_and_each(void **state) {
    static const status_case cases[] = {
        {"The order directs the office to identify every city that refuses to honor detainers.",
         "t.refuse", H},
        {"The board will publish a list of every county jail that refused to honor a detainer.",
         "t.refuse", A},
        {"Oregon and Illinois, each of which limits cooperation with ICE, sued.", "t.limit", A},
        {"The law lets the state sue any county that adopts a policy limiting cooperation with "
         "ICE.",
         "t.limit", H},
    };
    CHECK(*state, cases);
}

/* A denial of a claim or report denies what it is about (session 8). */
static void test_denied_claims(void **state) {
    static const status_case cases[] = {
        {"The county disputed claims that it refuses to honor detainers.", "t.refuse", N},
        {"The sheriff rejected accusations that his jail limits cooperation with ICE.", "t.limit",
         N},
        {"The sheriff denied that the jail had honored the detainer.", "t.comply", N},
        {"The department denied reports that it will withhold the grants.", "t.withhold", N},
        {"Officials dismissed the idea that the city would sue.", "t.sue", N},
        {"The mayor denied the city withheld records from ICE.", "t.withhold", N},
        /* a ruling on "that motion" denies nothing after it */
        {"The judge denied that motion, and the county sued.", "t.sue", A},
    };
    CHECK(*state, cases);
}

/* A deadline for a duty is the act to come; a window to appeal is an option
 * (session 8). */
static void test_deadlines(void **state) {
    static const status_case cases[] = {
        {"The county faces a Dec. 1 deadline to honor the detainers.", "t.comply", P},
        {"Sheriffs have until Dec. 1 to notify ICE of every release.", "t.comply", P},
        {"The county has until Friday to appeal the ruling.", "t.appeal", H},
        {"The department has 60 days to appeal.", "t.appeal", H},
    };
    CHECK(*state, cases);
}

/* Headline infinitives, signed agreements, bars and questions (session 8). */
static void test_headlines_agreements_and_questions(void **state) {
    static const status_case cases[] = {
        {"Yakima County jail to start honoring ICE holds again", "t.comply", P},
        {"Tulsa deputies to begin notifying ICE of releases", "t.comply", P},
        /* a signed agreement is the cooperation, a law's permission is not */
        {"The sheriff signed an agreement allowing deputies to notify ICE of releases.", "t.comply",
         A},
        {"State law allows deputies to notify ICE of releases.", "t.comply", H},
        {"A judge kept the department from withholding the grants.", "t.withhold", N},
        {"Could the state sue?", "t.sue", H},
        {"Will the county lose its grants?", "t.withhold", H},
        /* what a court will rule on stands; a proposal put off is open */
        {"The judge said she would rule this month on the city's challenge to the freeze.",
         "t.withhold", A},
        {"The council postponed a vote on an ordinance that would have limited cooperation with "
         "ICE.",
         "t.limit", H},
        /* a bare participle after the head, a promised fight */
        {"Judge tosses suit against state law; appeal expected", "t.appeal", P},
        {"The judge blocked the conditions, as expected.", "t.block", A},
        {"Advocates promise court challenge", "t.challenge", P},
        /* a denial does not cross into a new clause with its own subject */
        {"The city did not respond, and the county sued.", "t.sue", A},
    };
    CHECK(*state, cases);
}

/* What an official directs an agency to do to money, or a 287(g) agreement
 * an order tells a police force to seek, is yet to be done; a law's
 * requirement is in force; a denial carried into the future is the refusal
 * in force (session 8). */
static void test_directed_acts_and_denials_carried_on(void **state) {
    static const status_case cases[] = {
        {"Gov. Greg Abbott ordered the Department of Public Safety on Monday to withhold state "
         "grants from Bexar County.",
         "t.withhold", P},
        /* the noun "order" directs no one */
        {"The order caused the department to withhold the grants.", "t.withhold", A},
        {"The police department does not and will not honor detainers.", "t.refuse", A},
        {"Deputies do not and will not hold anyone for ICE past release.", "t.hold", A},
        {"The county did not and will not sue the state.", "t.sue", N},
    };
    CHECK(*state, cases);
}

/* Money held "until" or "unless" a recipient acts states a condition
 * attached now; the condition still makes the money's own fate open; what a
 * filed suit challenges stands, what any suit might challenge does not; a
 * decree's second bar (session 8). */
static void test_conditions_stated_and_challenges(void **state) {
    static const status_case cases[] = {
        {"The department said awards will not be issued until each state certifies compliance.",
         "t.until", A},
        {"Abbott's office said the grants would be restored once the county rescinds the policy.",
         "t.until", A},
        {"HUD will restore the funds once each city signs.", "t.restore", H},
        /* a denial inside the condition is part of it */
        {"Shelter beds would close if the grants were not restored.", "t.restore", H},
        {"If the grants are not restored by Friday, the city will sue.", "t.restore", H},
        /* ... but not one after the conditional clause has closed */
        {"Trump, who said he would act if Mamdani won, has not withheld any grants.", "t.withhold",
         N},
        /* "any" before a cut names one that may come; a denial keeps it denied */
        {"The Attorney General shall challenge in court any withholding of the grants.",
         "t.withhold", H},
        {"The department has not announced any freeze of the grants.", "t.withhold", N},
        {"Any request for a stay pending appeal shall be made within 7 days.", "t.appeal", H},
        {"The city has not filed any appeal.", "t.appeal", N},
        /* a notice's money held back, a measure's content, a rule's permission */
        {"DHS notified the City that $2.4 million in preparedness funds awarded to the City last "
         "year would be \"paused\" pending review.",
         "t.hold_back", A},
        {"The city adopted a resolution in 2017 affirming that police would not honor detainers.",
         "t.refuse", A},
        {"The judge vacated rules that had let the department withhold highway money.",
         "t.withhold", H},
        /* what a court weighs is before it; money a measure would replace was lost */
        {"A federal judge in Rhode Island is weighing a request from 20 states.", "t.challenge", A},
        {"The city is weighing a challenge to the conditions.", "t.challenge", H},
        {"The state is considering a bill that would replace lost federal money.", "t.withhold", A},
        /* a comma that opens a new clause ends an "unless" clause's scope; the time idiom
         * "for as long as" is no condition */
        {"Staff may not collect records unless a law requires it, and it limits cooperation with "
         "ICE.",
         "t.limit", A},
        {"The department has not withheld the grants for as long as anybody can remember.",
         "t.withhold", N},
        /* what a resolution reaffirms is in force */
        {"The council adopted a resolution reaffirming that police will not honor detainers.",
         "t.refuse", A},
        /* options evaluated, measures wanted */
        {"The City Attorney is told to evaluate legal remedies, including a lawsuit.", "t.sue", H},
        {"Some council members want a resolution limiting cooperation with ICE.", "t.limit", H},
        /* a possible wish; a rule for any applicant */
        {"The state may want to join the lawsuit.", "t.sue", H},
        {"An applicant that does not sign the certification will lose the grant.", "t.withhold", H},
        /* a post-cue of likelihood */
        {"An appeal is more likely.", "t.appeal", H},
        {"An appeal is unlikely.", "t.appeal", H},
        /* a refusal announced in its own head */
        {"Nobody is going to be out on the street asking people for papers.", "t.nobody", P},
        {"Nobody here asks people for papers.", "t.nobody", A},
        /* a suit a court declines to dismiss stands; "without" stops at its comma */
        {"A judge declined to dismiss the county's lawsuit over the certification.", "t.sue", A},
        {"The county agreed to pay $75,000 without admitting fault, settling a lawsuit.", "t.sue",
         A},
        {"The department released the money without withholding any of it.", "t.withhold", N},
        /* a bill's "would" carries on into a coordinated "and would"; a bill by number */
        {"The bill would require jails to honor detainers and would withhold state grants from "
         "cities.",
         "t.withhold", H},
        /* notifying ICE is no notice of money held back */
        {"The county will notify ICE and would withhold grants.", "t.withhold", P},
        {"HB 261 would withhold state grants from cities that limit cooperation.", "t.withhold", H},
        {"The city sued in May and would appeal any adverse ruling.", "t.appeal", P},
        /* an open question at the head's start, a proposal debated */
        {"The county has not yet said whether it will sign the certification.", "t.undecided", H},
        {"Council debates limiting ICE access to the jail", "t.limit", H},
        /* ... but a one-word modal in the head is a prohibition in force */
        {"Under the ordinance, officers may not honor detainers.", "t.refuse", A},
        /* a list names jurisdictions; "a county that ... will" is a rule for any */
        {"The order told DHS to publish a list of jurisdictions that limit cooperation and to "
         "identify funds that could be cut.",
         "t.limit", A},
        {"A county that limits cooperation will lose its state grants.", "t.limit", H},
        /* a shall-clause's standing rule is in force */
        {"The City shall not execute the certification requested by the Department.", "t.notdo", A},
        {"Corrections staff shall not prolong the custody of any inmate on a detainer.", "t.notdo",
         A},
        {"ICE officers shall be given access to the jail, and staff shall notify ICE of releases.",
         "t.comply", A},
        /* a promise tied to a moment to come */
        {"Minnesota will sue the moment a single dollar is withheld.", "t.sue", H},
        {"Minnesota will sue the moment a single dollar is withheld.", "t.withhold", H},
        {"The city sued the day the grants were frozen.", "t.sue", A},
        {"Oregon will file a lawsuit this week challenging the freeze of its grants.", "t.withhold",
         A},
        {"The city is authorized to join any lawsuit challenging the freeze of its grants.",
         "t.withhold", H},
        {"The court enjoined the department from enforcing the terms against the city and from "
         "withholding its grants.",
         "t.withhold", N},
    };
    CHECK(*state, cases);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_and_headline),
        cmocka_unit_test(test_future),
        cmocka_unit_test(test_modal_and_uncertain),
        cmocka_unit_test(test_conditional_and_question),
        cmocka_unit_test(test_negation),
        cmocka_unit_test(test_negated_future),
        cmocka_unit_test(test_negation_is_the_refusal),
        cmocka_unit_test(test_money_not_paid_out),
        cmocka_unit_test(test_notices_of_money_held_back),
        cmocka_unit_test(test_prohibitions_and_bars),
        cmocka_unit_test(test_classes_targeted),
        cmocka_unit_test(test_threats),
        cmocka_unit_test(test_designations_and_capabilities),
        cmocka_unit_test(test_scope_boundaries),
        cmocka_unit_test(test_promises_orders_and_effective_dates),
        cmocka_unit_test(test_open_options_and_denials),
        cmocka_unit_test(test_proposals_discretion_and_objects),
        cmocka_unit_test(test_attempts_threats_and_past_plans),
        cmocka_unit_test(test_conditions_orders_and_reviews),
        cmocka_unit_test(test_describing_relatives),
        cmocka_unit_test(test_done_twin_first),
        cmocka_unit_test(test_classes_every_and_each),
        cmocka_unit_test(test_denied_claims),
        cmocka_unit_test(test_deadlines),
        cmocka_unit_test(test_headlines_agreements_and_questions),
        cmocka_unit_test(test_directed_acts_and_denials_carried_on),
        cmocka_unit_test(test_conditions_stated_and_challenges),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
