/* test_context.c - the document-context pass (stages/match/context.c):
 * events a sentence states only by pointing back at an earlier one
 * ("Evanston followed suit", "So did Travis County", "Neither has Boise").
 * Real tokenizer, the shipped lexicons (the context_*.txt cues and the
 * status cues), and a small pack whose rules give the antecedents. Short
 * documents of our own wording; paragraphs are split at blank lines. */
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

#include "context.h"
#include "polex_match.h"
#include "polex_tokenize.h"
#include "pack_fixture.h"

static const char pack[] =
    "rules:\n"
    "  - {id: t.sue, type: litigation, action: sue, pattern: '<head sue | sued | sues>'}\n"
    "  - {id: t.refuse, type: noncooperation, action: refuse,\n"
    "     pattern: '<head (refuse | refused) to honor> _{0,3}? detainers'}\n"
    "  - {id: t.comply, type: noncooperation, action: comply,\n"
    "     pattern: '<head sign | signed> (a | an)? 287 \\( g \\) agreement'}\n"
    "  - {id: t.sign, type: order, action: sign,\n"
    "     pattern: '<head signed> (a | an) (executive)? order'}\n"
    "  - {id: t.block, type: ruling, action: block, pattern: '<head blocked> _{0,3}? "
    "(grant | grants | cuts)'}\n"
    "  - {id: t.limit, type: noncooperation, action: limit,\n"
    "     pattern: '<head barring> _{0,3}? (agencies | departments)'}\n"
    "  - {id: t.withhold, type: funding, action: withhold,\n"
    "     pattern: '<head froze | withheld> _{0,4}? (grant | grants)'}\n"
    "  - {id: t.warn, type: funding, action: threaten,\n"
    "     pattern: '<head warned> _{1,4}? (grant | grants)'}\n"
    "  - {id: t.ask, type: litigation, action: sue, pattern: '<head ask | asks> the court'}\n"
    "  - {id: t.appeal, type: litigation, action: appeal, pattern: '<head appeal> the ruling'}\n"
    "  - {id: t.honor, type: noncooperation, action: comply,\n"
    "     pattern: '<head \"honors\"> (ice)? detainers'}\n"
    "  - {id: t.declare, type: noncooperation, action: declare,\n"
    "     pattern: '<head declared> _{0,3}? sanctuary'}\n"
    "  - {id: t.designate, type: order, action: designate,\n"
    "     pattern: '<head listed> _{0,2}? jurisdictions'}\n"
    "  - {id: t.condition, type: funding, action: condition,\n"
    "     pattern: 'grant terms <head require> recipients'}\n";

PACK_FIXTURE(pack)

/* text tokenized and matched, its paragraphs split at blank lines. */
static polex_doc *run(fixture *f, const char *text) {
    polex_doc *doc = polex_doc_new();
    assert_non_null(doc);
    doc->text = polex_arena_strdup(doc->arena, text);
    doc->text_len = strlen(text);
    doc->doc_id = "context-test";
    uint32_t start = 0;
    for (const char *p = strstr(text, "\n\n"); p; p = strstr(p + 2, "\n\n")) {
        uint32_t end = (uint32_t)(p - text);
        assert_int_equal(polex_doc_add_paragraph(doc, start, end), POLEX_OK);
        start = end + 2;
    }
    assert_int_equal(polex_doc_add_paragraph(doc, start, (uint32_t)doc->text_len), POLEX_OK);
    polex_error err;
    polex_error_clear(&err);
    assert_int_equal(polex_tokenize(f->tk, doc, &err), POLEX_OK);
    assert_int_equal(polex_match(f->m, doc, &err), POLEX_OK);
    for (size_t i = 1; i < doc->n_hits; i++) /* other stages read hits in sentence order */
        assert_true(doc->hits[i - 1].sentence <= doc->hits[i].sentence);
    return doc;
}

static size_t count_context(const polex_doc *doc) {
    size_t n = 0;
    for (size_t i = 0; i < doc->n_hits; i++)
        n += strncmp(doc->hits[i].rule, "context.", 8) == 0;
    return n;
}

typedef struct want {
    const char *text;
    const char *rule; /* the one context hit expected */
    const char *type, *action;
    int status;
    uint32_t sentence;
    const char *span; /* the text the hit's bytes slice to */
} want;

static bool check_one(fixture *f, const want *w) {
    polex_doc *doc = run(f, w->text);
    const polex_hit *h = NULL;
    for (size_t i = 0; i < doc->n_hits; i++)
        if (strncmp(doc->hits[i].rule, "context.", 8) == 0) h = &doc->hits[i];
    bool ok = h && count_context(doc) == 1 && strcmp(h->rule, w->rule) == 0 &&
              strcmp(h->type, w->type) == 0 && strcmp(h->action, w->action) == 0 &&
              h->status == w->status && h->sentence == w->sentence &&
              h->end - h->start == strlen(w->span) &&
              memcmp(doc->text + h->start, w->span, strlen(w->span)) == 0;
    if (!ok) {
        if (!h)
            fprintf(stderr, "  %s: no context hit\n", w->text);
        else
            fprintf(stderr, "  %s: %s %s/%s %s sentence %u \"%.*s\" (%zu context hits)\n", w->text,
                    h->rule, h->type, h->action, polex_event_status_name(h->status), h->sentence,
                    (int)(h->end - h->start), doc->text + h->start, count_context(doc));
    }
    polex_doc_free(doc);
    return ok;
}

/* Fails with every case of cases[0..n) that check_one rejects. */
static void check_all(fixture *f, const want *cases, size_t n) {
    size_t bad = 0;
    for (size_t i = 0; i < n; i++)
        bad += !check_one(f, &cases[i]);
    assert_int_equal(bad, 0);
}

enum { A = POLEX_ASSERTED, P = POLEX_PLANNED, H = POLEX_HYPOTHETICAL, N = POLEX_NEGATED };

static void test_back_references(void **state) {
    static const want cases[] = {
        {"Chicago sued the Justice Department on Monday. Two days later, Evanston followed suit.",
         "context.follow_suit", "litigation", "sue", A, 1, "followed suit"},
        {"Harris County refused to honor ICE detainers in May. So did Travis County.",
         "context.so_did", "noncooperation", "refuse", A, 1, "So did Travis County"},
        {"A federal judge blocked the grant cuts to Boston. A week later, a judge in Seattle did "
         "the same for King County.",
         "context.same", "ruling", "block", A, 1, "did the same for"},
        {"Phoenix signed a 287(g) agreement with ICE in January. Tucson took a similar step in "
         "March.",
         "context.similar", "noncooperation", "comply", A, 1, "took a similar step"},
        {"Chicago sued the administration over the grant terms. The Providence City Council did "
         "likewise.",
         "context.likewise", "litigation", "sue", A, 1, "did likewise"},
        {"Santa Clara County sued over the executive order in February. Oakland and Alameda "
         "County joined them a month later.",
         "context.join", "litigation", "sue", A, 1, "joined them"},
    };
    check_all(*state, cases, sizeof cases / sizeof cases[0]);
}

/* The status is the new sentence's own, or the antecedent's when the cue
 * only mirrors it ("Neither has Boise", "said the same"). */
static void test_status(void **state) {
    static const want cases[] = {
        {"Ogden signed a 287(g) agreement with ICE last week. Salt Lake County Sheriff Rosie "
         "Rivera said her office would not follow suit.",
         "context.follow_suit", "noncooperation", "comply", N, 1, "follow suit"},
        {"Minneapolis sued the administration on Friday. St. Paul could follow suit next week.",
         "context.follow_suit", "litigation", "sue", H, 1, "follow suit"},
        {"FEMA froze preparedness grants to New York City on Tuesday. Officials said the agency "
         "plans to do the same to Newark.",
         "context.same", "funding", "withhold", P, 1, "do the same to"},
        {"Mayor Karen Bass signed an executive order on immigration data. Los Angeles County is "
         "weighing a similar order.",
         "context.similar", "order", "sign", H, 1, "is weighing a similar order"},
        {"Ada County has not signed a 287(g) agreement with ICE. Neither has Boise.",
         "context.neither", "noncooperation", "comply", N, 1, "Neither has Boise"},
        {"Durham County Sheriff Clarence Birkhead said his jail will refuse to honor ICE "
         "detainers. Orange County Sheriff Charles Blackwood said the same.",
         "context.same", "noncooperation", "refuse", P, 1, "said the same"},
        {"FEMA froze preparedness grants to Chicago in March. Denver could be next.",
         "context.so_did", "funding", "withhold", H, 1, "Denver could be next"},
        {"Harris County refused to honor ICE detainers in May. Travis County did too.",
         "context.so_did", "noncooperation", "refuse", A, 1, "Travis County did too"},
        {"The Justice Department froze grants to Denver in May. It has threatened to.",
         "context.bare_to", "funding", "threaten", A, 1, "It has threatened to"},
        {"The Justice Department froze grants to Denver in May. It has not threatened to.",
         "context.bare_to", "funding", "threaten", N, 1, "It has not threatened to"},
        {"Chicago sued the Justice Department on Monday. Boston declined to.", "context.bare_to",
         "litigation", "sue", N, 1, "Boston declined to"},
        {"A judge blocked the grant cuts to Boston. The First Circuit reached the same conclusion.",
         "context.same", "ruling", "block", A, 1, "reached the same conclusion"},
        /* a bare auxiliary, its verb left out, gives the status */
        {"Harris County refused to honor ICE detainers in May. Travis County will too.",
         "context.so_did", "noncooperation", "refuse", P, 1, "Travis County will too"},
        {"Harris County refused to honor ICE detainers in May. So would Travis County.",
         "context.so_did", "noncooperation", "refuse", H, 1, "So would Travis County"},
        {"Chicago sued the Justice Department on Monday. Evanston has not followed suit.",
         "context.follow_suit", "litigation", "sue", N, 1, "followed suit"},
    };
    check_all(*state, cases, sizeof cases / sizeof cases[0]);
}

/* Entries that read the antecedent's kind and say what the event is
 * (=type:, =near:, =if:, =as:), reach further back (=back:), or read a
 * bare negation. */
static void test_kind_of_antecedent(void **state) {
    static const want cases[] = {
        {"The Justice Department warned Boston that its grants would be cut unless it came into "
         "compliance. None did so.",
         "context.do_so", "noncooperation", "comply", N, 1, "None did so"},
        {"The Justice Department warned Boston that its grants would end unless it signs a "
         "certification. The city has not done so.",
         "context.do_so", "noncooperation", "refuse", A, 1, "The city has not done so"},
        {"The Justice Department warned Boston that its grants would end unless it signs a "
         "certification. Neither city has.",
         "context.do_so", "noncooperation", "refuse", A, 1, "Neither city has"},
        {"The Justice Department warned Boston that its grants would end unless it signs a "
         "certification. We are not going to sign it, the mayor said.",
         "context.do_so", "noncooperation", "refuse", A, 1, "are not going to sign it"},
        {"Chicago sued the Justice Department on Monday. Two other counties soon followed.",
         "context.followed", "litigation", "sue", A, 1, "Two other counties soon followed"},
        {"Three counties signed a 287(g) agreement with ICE. The rest have not.", "context.negated",
         "noncooperation", "comply", N, 1, "The rest have not"},
        {"Harris County refused to honor ICE detainers in May. Travis County also did.",
         "context.so_did", "noncooperation", "refuse", A, 1, "Travis County also did"},
        {"Plaintiffs ask the court to extend relief to all recipients in Wisconsin. The court "
         "declines to do so.",
         "context.do_so", "ruling", "uphold", A, 1, "The court declines to do so"},
        {"The Justice Department warned Boston that its grants would end unless it signs a "
         "certification. Neither city has signed.",
         "context.do_so", "noncooperation", "refuse", A, 1, "Neither city has signed"},
        /* the nearest sentence has no funding event: the one before it */
        {"The Justice Department warned Boston that its grants would end unless it signs a "
         "certification. Chicago sued the department on Monday. Neither city has signed.",
         "context.do_so", "noncooperation", "refuse", A, 2, "Neither city has signed"},
        {"Chicago said it would sue the Justice Department. It did so on Tuesday.", "context.do_so",
         "litigation", "sue", A, 1, "It did so"},
        {"Chicago said it would sue the Justice Department. Evanston said it would do so.",
         "context.do_so", "litigation", "sue", P, 1, "Evanston said it would do so"},
        {"Chicago said it would sue the Justice Department. The city did so a week later.",
         "context.do_so", "litigation", "sue", A, 1, "The city did so"},
        /* =also: a sentence with an event of its own gets the refusal too */
        {"The Justice Department warned Boston that its grants would end unless it signs a "
         "certification. Boston declined to do so and sued on Monday.",
         "context.do_so", "noncooperation", "refuse", A, 1, "Boston declined to do so"},
        {"The Justice Department froze grants to Denver in May. None of it has been restored. "
         "None of them has been withheld.",
         "context.same", "funding", "withhold", N, 2, "None of them has been withheld"},
        {"The Justice Department warned Denver that its grants could be cut. Similar letters "
         "went to Boston.",
         "context.same", "funding", "threaten", A, 1, "Similar letters"},
        {"The department could appeal the ruling. It has not said whether it will do so.",
         "context.do_so", "litigation", "appeal", H, 1, "It has not said whether it will do so"},
        {"Stearns County honors ICE detainers. Two hours south, Nicollet County does not.",
         "context.negated", "noncooperation", "refuse", A, 1,
         "Two hours south, Nicollet County does not"},
        /* the entry that asks for an event of honoring detainers wins over the general one */
        {"Stearns County honors ICE detainers. Nicollet County does not.", "context.negated",
         "noncooperation", "refuse", A, 1, "Nicollet County does not"},
        {"Pawtucket sued the Justice Department on Monday. Central Falls has said it won't.",
         "context.negated", "litigation", "sue", N, 1, "Central Falls has said it won't"},
        {"Three counties signed a 287(g) agreement with ICE. The other two have not.",
         "context.negated", "noncooperation", "comply", N, 1, "The other two have not"},
        {"Maryland passed a law barring agencies from joining ICE task forces. Virginia has gone "
         "the other way.",
         "context.other_way", "noncooperation", "comply", A, 1, "gone the other way"},
        {"Two counties passed laws barring agencies from joining ICE task forces. Both have "
         "since reversed course.",
         "context.other_way", "noncooperation", "comply", A, 1, "reversed course"},
        {"Chicago sued the Justice Department on Monday. The county followed a week later.",
         "context.followed", "litigation", "sue", A, 1, "The county followed"},
        {"Boston declared itself a sanctuary city in 2017. Worcester has never adopted that "
         "label.",
         "context.label", "noncooperation", "declare", N, 1, "adopted that label"},
        {"The department listed 41 jurisdictions in June. Minneapolis and Hennepin County were "
         "already on it.",
         "context.same", "order", "designate", A, 1, "were already on it"},
        {"The grant terms require recipients to give agents access to jails. Milwaukee County "
         "has said it does neither.",
         "context.agreement", "noncooperation", "limit", A, 1, "does neither"},
        {"Hennepin County refused to honor ICE detainers until 2020. Those practices were "
         "rescinded in March.",
         "context.agreement", "noncooperation", "comply", A, 1, "Those practices were rescinded"},
        {"Stearns County honors ICE detainers. The sheriff's office had shared that information "
         "since 2019.",
         "context.agreement", "noncooperation", "comply", A, 1, "shared that information"},
        {"The Justice Department warned Boston that its grants would end unless it signs a "
         "certification. The city did not, and Boston sued on Monday.",
         "context.do_so", "noncooperation", "refuse", A, 1, "The city did not,"},
        {"Two counties signed a 287(g) agreement in May. The sheriff said he has no plans to sign "
         "a new one.",
         "context.agreement", "noncooperation", "comply", N, 1, "sign"},
        {"Hennepin County refused to honor ICE detainers in 2019. Colorado state law forbids it.",
         "context.agreement", "noncooperation", "refuse", A, 1, "law forbids it"},
        {"Boston declared itself a sanctuary city in 2017. The council reaffirmed it in March.",
         "context.policy_stays", "noncooperation", "declare", A, 1, "reaffirmed it"},
        {"Hennepin County refused to honor ICE detainers. The mayor said the city will not repeal "
         "it.",
         "context.policy_stays", "noncooperation", "resist", P, 1, "will not repeal it"},
        {"The Justice Department warned Denver that its grants could be cut. No such threat has "
         "been made to Boston.",
         "context.same", "funding", "threaten", N, 1, "No such threat"},
        {"The grant terms require recipients to give agents access to jails. The 2027 agreement "
         "will include the same certification.",
         "context.same", "funding", "condition", P, 1, "include the same certification"},
        {"Hennepin County refused to honor ICE detainers. Neither policy will change, the "
         "sheriff said.",
         "context.policy_stays", "noncooperation", "resist", P, 1, "Neither policy will change"},
        {"Harris County refused to honor ICE detainers in May. The governor spoke at noon. "
         "Reporters asked about the budget. Travis County did too.",
         "context.so_did", "noncooperation", "refuse", A, 3, "Travis County did too"},
    };
    check_all(*state, cases, sizeof cases / sizeof cases[0]);
}

/* No context hit: no antecedent event, background wording, too far back,
 * a question, a sentence that states the event itself. */
static void test_no_hit(void **state) {
    static const char *const texts[] = {
        "The city council met for three hours on Tuesday. Other cities followed suit.",
        "A federal judge blocked the grant cuts to Boston on Tuesday. The same day, the council "
        "met to discuss its budget.",
        "The Justice Department withheld grants from Providence in 2024. A similar case "
        "involving a fishing permit is pending in Maine.",
        "The Justice Department withheld grants from Providence in 2024. Officials said the same "
        "grants were reviewed later.",
        "Chicago sued the Justice Department on Monday. Will Evanston follow suit?",
        "Harris County refused to honor ICE detainers in May. Nor has the county shown any harm.",
        "Harris County refused to honor ICE detainers in May. Neither is expected to pass.",
        "Harris County refused to honor ICE detainers in May. Two other counties joined them.",
        "Chicago sued the Justice Department over its immigration grant terms.\n\n"
        "The mayor spoke about immigration at a rally on Saturday.\n\n"
        "Immigration advocates marched downtown. ICE agents were not seen.\n\n"
        "Aurora followed suit with its own immigration rally.",
        "Chicago sued the Justice Department on Monday. The suit was filed in Chicago. The judge "
        "set a hearing. Evanston followed suit.",
        "Chicago sued the Justice Department, following suits against New Jersey and Rochester.",
        "Chicago sued the Justice Department. The county had not sued anyone and had no plans to.",
        "Harris County refused to honor ICE detainers in May. Boston has threatened to.",
        "Chicago sued the Justice Department. Two other courts reached the same conclusion.",
        "The Justice Department withheld grants from Providence. Later, the council adopted a "
        "similar ordinance restricting leaf blowers.",
        /* do so: no relief asked for, no certification, no "do so", an act already done */
        "Plaintiffs ask the court to extend relief to all recipients. The court declines to reach "
        "that question.",
        "Plaintiff asks the court to order the mayor to rescind the order. The court declines to "
        "do so.",
        "The Justice Department froze grants to Denver in May. None did so.",
        "The Justice Department froze grants to Denver in May. Republican leaders said they would "
        "hire outside counsel to do so.",
        /* a pronoun is no name; a bare negation two sentences on */
        "Stearns County honors ICE detainers. It does not.",
        "Chicago sued the Justice Department. It has not.",
        "Chicago sued the Justice Department. The mayor left early. City Attorney Ann Lee says "
        "it would not.",
        /* the other way from cooperation; followed with an object or by a one-word subject */
        "Harris County honors ICE detainers. In Boulder, sheriffs have gone the other way.",
        "Two counties signed a 287(g) agreement in 2019. Both have since reversed course.",
        "Denver signed a 287(g) agreement with ICE. Protests followed.",
        "Denver signed a 287(g) agreement with ICE. The county followed the law.",
        /* letters after no funding event; "do so" after the sentence's own verb */
        "Denver signed a 287(g) agreement with ICE. Similar letters went to Boston.",
        "The Justice Department warned Boston that its grants would end unless it signs a "
        "certification. The city sued on Monday, and Boston declined to do so.",
        "Chicago sued the Justice Department. It did so on Tuesday.",
        /* "signed it into law"; "keeping it simple" */
        "Two counties signed a 287(g) agreement in May. The governor signed it into law.",
        "Boston declared itself a sanctuary city in 2017. Voters said they are keeping it simple.",
        /* a condition; no finite verb */
        "The Justice Department warned Boston that its grants would end unless it signs a "
        "certification. If they don't, the grants end.",
        "The department listed 41 jurisdictions in June. Being on the list has had few "
        "consequences.",
        /* too far back: four sentences */
        "Harris County refused to honor ICE detainers in May. The governor spoke at noon. "
        "Reporters asked about the budget. The mayor left early. Travis County did too.",
    };
    size_t bad = 0;
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        polex_doc *doc = run(*state, texts[i]);
        if (count_context(doc) != 0) {
            bad++;
            fprintf(stderr, "  unexpected context hit: %s\n", texts[i]);
        }
        polex_doc_free(doc);
    }
    assert_int_equal(bad, 0);
}

/* A sentence that states an event of the antecedent's type itself gets
 * no copy; one of another type does. */
static void test_own_event_wins(void **state) {
    polex_doc *doc =
        run(*state, "Chicago sued the Justice Department. Evanston followed suit and sued too.");
    assert_int_equal(count_context(doc), 0);
    assert_int_equal(doc->n_hits, 2);
    polex_doc_free(doc);
}

/* A similar measure is the measure and what it does: every event of the
 * sentence before, one per type. */
static void test_similar_copies_content(void **state) {
    polex_doc *doc = run(*state, "Mayor Karen Bass signed an executive order barring city "
                                 "departments from sharing data. The county is weighing a "
                                 "similar order.");
    assert_int_equal(count_context(doc), 2);
    assert_int_equal(doc->n_hits, 4);
    assert_string_equal(doc->hits[2].type, "order");
    assert_string_equal(doc->hits[2].action, "sign");
    assert_string_equal(doc->hits[3].type, "noncooperation");
    assert_string_equal(doc->hits[3].action, "limit");
    for (size_t i = 2; i < 4; i++) {
        assert_int_equal(doc->hits[i].sentence, 1);
        assert_int_equal(doc->hits[i].status, POLEX_HYPOTHETICAL);
    }
    polex_doc_free(doc);
}

/* The antecedent is the main clause's event, not a relative clause's. */
static void test_main_clause_antecedent(void **state) {
    polex_doc *doc = run(*state, "Denver, which refused to honor ICE detainers last year, sued the "
                                 "administration in March. Boston followed suit.");
    assert_int_equal(count_context(doc), 1);
    const polex_hit *h = &doc->hits[doc->n_hits - 1];
    assert_string_equal(h->rule, "context.follow_suit");
    assert_string_equal(h->type, "litigation");
    assert_string_equal(h->action, "sue");
    polex_doc_free(doc);
}

/* A copy is itself an antecedent ("... followed suit. So did Aurora."),
 * and copies go among the hits in sentence order. */
static void test_chain_in_order(void **state) {
    polex_doc *doc = run(*state, "Chicago sued the Justice Department. Evanston followed suit. So "
                                 "did Aurora. A judge blocked the grant cuts.");
    assert_int_equal(count_context(doc), 2);
    assert_int_equal(doc->n_hits, 4);
    static const uint32_t sentence[] = {0, 1, 2, 3};
    static const char *const rule_id[] = {"t.sue", "context.follow_suit", "context.so_did",
                                          "t.block"};
    for (size_t i = 0; i < 4; i++) {
        assert_int_equal(doc->hits[i].sentence, sentence[i]);
        assert_string_equal(doc->hits[i].rule, rule_id[i]);
    }
    assert_string_equal(doc->hits[2].action, "sue");
    polex_doc_free(doc);
}

/* Matching a document twice gives the same hits (the pass keeps no state). */
static void test_rerun(void **state) {
    fixture *f = *state;
    const char *text = "Chicago sued the Justice Department. Evanston followed suit.";
    polex_doc *doc = run(f, text);
    size_t n = doc->n_hits;
    polex_error err;
    polex_error_clear(&err);
    assert_int_equal(polex_match(f->m, doc, &err), POLEX_OK);
    assert_int_equal(doc->n_hits, n);
    assert_int_equal(count_context(doc), 1);
    polex_doc_free(doc);
}

/* Every shipped cue entry parses (an entry that does not is left out at
 * run time; rules check names it). */
static void test_shipped_cues_parse(void **state) {
    fixture *f = *state;
    size_t bad = 99;
    assert_true(match_context_cues(f->rs, &bad) >= 7);
    assert_int_equal(bad, 0);
}

/* Writes text to dir/name. */
static void put_file(const char *dir, const char *name, const char *text) {
    char path[300];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *out = fopen(path, "w");
    assert_non_null(out);
    fputs(text, out);
    fclose(out);
}

/* The ruleset parses its context lexicons once at load: an entry that
 * does not parse is left out, counted, and reported at its file and line
 * with the reason; the good ones stay. */
static void test_bad_entry_reported(void **state) {
    fixture *f = *state;
    char dir[100], sub[128];
    snprintf(dir, sizeof dir, "%s/bad", f->dir);
    assert_int_equal(mkdir(dir, 0700), 0);
    snprintf(sub, sizeof sub, "%s/pack", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    snprintf(sub, sizeof sub, "%s/lexicons", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    put_file(dir, "pack/t.yaml", pack);
    put_file(sub, "context_test.txt",
             "# a cue\nfollowed suit\n(so | did\nthe _{2,30} step\nso did =back:9\n"
             "did so =as:ruling\n");
    polex_error err;
    polex_error_clear(&err);
    polex_ruleset *rs = polex_ruleset_load(dir, NULL, &err);
    assert_non_null(rs);
    size_t bad = 0;
    assert_int_equal(match_context_cues(rs, &bad), 1);
    assert_int_equal(bad, 4);
    char buf[2048] = {0};
    FILE *out = tmpfile();
    assert_non_null(out);
    assert_int_equal(match_context_report(rs, out), 4);
    rewind(out);
    size_t n = fread(buf, 1, sizeof buf - 1, out);
    fclose(out);
    buf[n] = '\0';
    assert_non_null(strstr(buf, "context_test.txt:3: "));
    assert_non_null(strstr(buf, "group not closed"));
    assert_non_null(strstr(buf, "context_test.txt:4: "));
    assert_non_null(strstr(buf, "n > 12"));
    assert_non_null(strstr(buf, "context_test.txt:5: "));
    assert_non_null(strstr(buf, "=back:N with N not 1 to 4"));
    assert_non_null(strstr(buf, "context_test.txt:6: "));
    assert_non_null(strstr(buf, "=as: without its /ACTION"));
    assert_null(strstr(buf, "followed suit"));
    polex_ruleset_free(rs);
}

/* Session-14 cues, each after the kind of antecedent it asks for: a
 * certification signed, a bare "said no" to the funder's terms, the
 * opposite course after a limit, a similar ICE agreement. */
static void test_session14_cues(void **state) {
    static const want cases[] = {
        {"The Justice Department warned Boston that its grants would end unless it signs a "
         "certification. Cambridge signed it on Friday.",
         "context.signed", "noncooperation", "comply", A, 1, "Cambridge signed it"},
        {"The Justice Department warned Boston that its grants would end unless it signs a "
         "certification. The county said no.",
         "context.signed", "noncooperation", "refuse", A, 1, "The county said no"},
        {"The Justice Department warned Boston that its grants would end unless it signs a "
         "certification. Salem has not decided whether to sign.",
         "context.signed", "noncooperation", "comply", H, 1, "not decided whether to sign"},
        {"Boston passed an ordinance barring agencies from helping ICE. Loudoun County took the "
         "opposite course.",
         "context.other_way", "noncooperation", "comply", A, 1, "took the opposite course"},
        {"Three counties signed a 287(g) agreement with ICE. Ada County entered a similar "
         "agreement in April.",
         "context.similar", "noncooperation", "comply", A, 1, "entered a similar agreement"},
    };
    check_all(*state, cases, sizeof cases / sizeof cases[0]);
}

/* Session 14, round 3 (from the blind v28 misses): places counted as
 * having signed, doing what the law requires, money held hostage, places
 * put on notice, a bare "nothing is going to change that", "it's not going
 * to change" after cooperation, "say they would sign;", and "So did X,
 * who ...". Our own wording; the look-alikes get no hit. */
static void test_session14b_cues(void **state) {
    static const want cases[] = {
        {"Harris County signed a 287(g) agreement under the new law. All 12 sheriffs have now "
         "signed.",
         "context.signed", "noncooperation", "comply", A, 1, "All 12 sheriffs have now signed"},
        {"The county honors ICE detainers under state law. \"We do what the law requires,\" the "
         "sheriff said.",
         "context.follow_law", "noncooperation", "comply", A, 1, "do what"},
        {"The county honors ICE detainers under state law. The jail goes further than the law "
         "requires.",
         "context.follow_law", "noncooperation", "comply", A, 1, "goes further"},
        {"The Justice Department froze grants to Tulsa. The department is holding our money "
         "hostage.",
         "context.funder", "funding", "withhold", A, 1, "is holding our money hostage"},
        {"The Justice Department warned Tulsa that its grants were at risk. Norman was put on "
         "notice too.",
         "context.funder", "funding", "threaten", A, 1, "was put on notice"},
        {"Boston passed an ordinance barring agencies from helping ICE. Nothing the department "
         "says is going to change that.",
         "context.policy_stays", "noncooperation", "resist", P, 1,
         "Nothing the department says is going to change that"},
        {"The county honors ICE detainers. That has been our policy for years, and it is not "
         "going to change.",
         "context.policy_stays", "noncooperation", "comply", P, 1, "it is not going to change"},
        {"The Justice Department warned Macon that its grants would end unless it signs a "
         "certification. Bibb County said it would sign; Macon has not decided.",
         "context.signed", "noncooperation", "comply", P, 1, "would sign"},
        {"Harris County signed a 287(g) agreement in May. Bexar County has not applied.",
         "context.signed", "noncooperation", "comply", N, 1, "Bexar County has not applied"},
        {"Harris County signed a 287(g) agreement in May. Bexar County, to the west, has never "
         "participated.",
         "context.signed", "noncooperation", "comply", N, 1,
         "Bexar County, to the west, has never participated"},
        {"Harris County signed a 287(g) agreement in May. The Bexar sheriff is still weighing "
         "whether to apply.",
         "context.signed", "noncooperation", "comply", H, 1, "weighing whether to apply"},
        {"Harris County signed a 287(g) agreement in May. Two other counties have had agreements "
         "since 2019.",
         "context.agreement", "noncooperation", "comply", A, 1, "have had agreements"},
        /* a long attribution still closes the clause ($): 12 tokens after "County" */
        {"Harris County refused to honor ICE detainers in May. \"So did Travis County,\" "
         "Justice Department spokesman Carl Redding said in a statement.",
         "context.so_did", "noncooperation", "refuse", A, 1, "So did Travis County"},
        {"Harris County refused to honor ICE detainers in May. So did Travis County, which runs "
         "the second jail.",
         "context.so_did", "noncooperation", "refuse", A, 1, "So did Travis County, which"},
    };
    check_all(*state, cases, sizeof cases / sizeof cases[0]);
    static const char *const none[] = {
        "The Justice Department froze grants to Tulsa. The gunman held three people hostage.",
        "The Justice Department froze grants to Tulsa. The state cannot hold the money hostage.",
        "The city sued the department over the grant terms. The landlord was put on notice.",
        "The county honors ICE detainers. Nothing about the budget was decided.",
        "The council adopted a budget on Tuesday. Tempe adopted its policy in 2018.",
    };
    size_t bad = 0;
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        polex_doc *doc = run(*state, none[i]);
        if (count_context(doc) != 0) {
            bad++;
            fprintf(stderr, "  unexpected context hit: %s\n", none[i]);
        }
        polex_doc_free(doc);
    }
    assert_int_equal(bad, 0);
}

/* The cue words of all context lexicons share one pool: more than the
 * 2,048 words the first pool held still parse, none left out. */
static void test_many_cue_words(void **state) {
    fixture *f = *state;
    char dir[100], sub[128];
    snprintf(dir, sizeof dir, "%s/many", f->dir);
    assert_int_equal(mkdir(dir, 0700), 0);
    snprintf(sub, sizeof sub, "%s/pack", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    snprintf(sub, sizeof sub, "%s/lexicons", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    put_file(dir, "pack/t.yaml", pack);
    static char text[64 * 1024];
    size_t len = 0;
    for (int e = 0; e < 150; e++) { /* 150 entries of 21 words: 3,150 */
        len += (size_t)snprintf(text + len, sizeof text - len, "(w%da", e);
        for (int w = 1; w < 20; w++)
            len += (size_t)snprintf(text + len, sizeof text - len, " | w%d%c", e, 'a' + w);
        len += (size_t)snprintf(text + len, sizeof text - len, ") followed\n");
    }
    put_file(sub, "context_many.txt", text);
    polex_error err;
    polex_error_clear(&err);
    polex_ruleset *rs = polex_ruleset_load(dir, NULL, &err);
    assert_non_null(rs);
    size_t bad = 99;
    assert_int_equal(match_context_cues(rs, &bad), 150);
    assert_int_equal(bad, 0);
    polex_ruleset_free(rs);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_back_references),
        cmocka_unit_test(test_status),
        cmocka_unit_test(test_kind_of_antecedent),
        cmocka_unit_test(test_no_hit),
        cmocka_unit_test(test_own_event_wins),
        cmocka_unit_test(test_main_clause_antecedent),
        cmocka_unit_test(test_chain_in_order),
        cmocka_unit_test(test_rerun),
        cmocka_unit_test(test_similar_copies_content),
        cmocka_unit_test(test_shipped_cues_parse),
        cmocka_unit_test(test_bad_entry_reported),
        cmocka_unit_test(test_session14_cues),
        cmocka_unit_test(test_session14b_cues),
        cmocka_unit_test(test_many_cue_words),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
