/* test_match.c - unit tests of the match stage: patterns, lexicons, the
 * trigger prefilter, roles, status cues, attribution, limits, broken files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "match_internal.h"
#include "match_test_doc.h"

#define MINI POLEX_TEST_DATA "/data/mini"

/* ---- helpers ----------------------------------------------------------------- */

typedef struct fixture {
    polex_ruleset *rs;
    polex_matcher *m;
} fixture;

static int setup_mini(void **state) {
    static fixture f;
    polex_error err;
    polex_error_clear(&err);
    f.rs = polex_ruleset_load(MINI, NULL, &err);
    if (!f.rs) {
        fprintf(stderr, "load: %s\n", err.message);
        return -1;
    }
    f.m = polex_matcher_new(f.rs, &err);
    *state = &f;
    return f.m ? 0 : -1;
}

static int teardown_mini(void **state) {
    fixture *f = *state;
    polex_matcher_free(f->m);
    polex_ruleset_free(f->rs);
    return 0;
}

static polex_doc *run(fixture *f, const char *text) {
    polex_doc *doc = test_doc(text);
    assert_non_null(doc);
    polex_error err;
    polex_error_clear(&err);
    assert_int_equal(polex_match(f->m, doc, &err), POLEX_OK);
    return doc;
}

static const polex_hit *hit(const polex_doc *doc, const char *rule_id) {
    for (size_t i = 0; i < doc->n_hits; i++)
        if (strcmp(doc->hits[i].rule, rule_id) == 0) return &doc->hits[i];
    return NULL;
}

static void assert_slice(const polex_doc *doc, uint32_t start, uint32_t end, const char *want) {
    assert_true(end >= start);
    assert_int_equal(end - start, strlen(want));
    assert_memory_equal(doc->text + start, want, end - start);
}

static void assert_role(const polex_doc *doc, const polex_hit *h, const char *name,
                        const char *want) {
    for (uint8_t i = 0; i < h->n_roles; i++)
        if (strcmp(h->roles[i].name, name) == 0) {
            assert_slice(doc, h->roles[i].start, h->roles[i].end, want);
            return;
        }
    fail_msg("no role %s", name);
}

static void write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* A temporary rules folder with pack/ and lexicons/; returns its path. */
static char *temp_rules(char *buf, size_t cap) {
    snprintf(buf, cap, "/tmp/polex-match-XXXXXX");
    assert_non_null(mkdtemp(buf));
    char sub[300];
    snprintf(sub, sizeof sub, "%s/pack", buf);
    assert_int_equal(mkdir(sub, 0700), 0);
    snprintf(sub, sizeof sub, "%s/lexicons", buf);
    assert_int_equal(mkdir(sub, 0700), 0);
    snprintf(sub, sizeof sub, "%s/lexicons/order_noun.txt", buf);
    write_file(sub, "executive order\norder\n");
    return buf;
}

static void remove_rules(const char *dir) {
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
}

/* One rule file in a temporary rules folder, loaded, with a matcher. */
typedef struct one_pack {
    char dir[64];
    polex_ruleset *rs;
    polex_matcher *m;
} one_pack;

static void pack_open(one_pack *p, const char *yaml) {
    char path[300];
    temp_rules(p->dir, sizeof p->dir);
    snprintf(path, sizeof path, "%s/pack/p.yaml", p->dir);
    write_file(path, yaml);
    polex_error err;
    polex_error_clear(&err);
    p->rs = polex_ruleset_load(p->dir, NULL, &err);
    assert_non_null(p->rs);
    p->m = polex_matcher_new(p->rs, &err);
    assert_non_null(p->m);
}

static void pack_close(one_pack *p) {
    polex_matcher_free(p->m);
    polex_ruleset_free(p->rs);
    remove_rules(p->dir);
}

/* The hits of the pack on one sentence (the caller frees the document). */
static polex_doc *pack_match(one_pack *p, const char *text) {
    polex_error err;
    polex_error_clear(&err);
    polex_doc *doc = test_doc(text);
    assert_int_equal(polex_match(p->m, doc, &err), POLEX_OK);
    return doc;
}

typedef struct hit_case {
    const char *text;
    size_t hits;
} hit_case;

/* Each case's number of hits, every failing case named. */
static void check_hit_counts(one_pack *p, const hit_case *cases, size_t n) {
    for (size_t i = 0; i < n; i++) {
        polex_doc *doc = pack_match(p, cases[i].text);
        if (doc->n_hits != cases[i].hits) fprintf(stderr, "case: %s\n", cases[i].text);
        assert_int_equal(doc->n_hits, cases[i].hits);
        polex_doc_free(doc);
    }
}

/* ---- pattern translation and lexicons ----------------------------------------- */

static void test_translate_triggers(void **state) {
    fixture *f = *state;
    pattern_out po;
    char msg[300];
    assert_int_equal(
        pattern_translate("<actor _{1,3}?> sign _? @order_noun", &f->rs->lex, &po, msg, sizeof msg),
        POLEX_OK);
    assert_false(po.always);
    assert_int_equal(po.n_triggers, 1);
    assert_string_equal(po.triggers[0], "sign");
    assert_non_null(strstr(po.regex, "(?&_lx_order_noun)"));
    assert_non_null(strstr(po.regex, "(?<_lx_order_noun>"));
    pattern_out_free(&po);

    /* first tokens: an optional item adds its own and the next item's */
    assert_int_equal(
        pattern_translate("(will | may)? sue court", &f->rs->lex, &po, msg, sizeof msg), POLEX_OK);
    assert_int_equal(po.n_first, 3);
    assert_string_equal(po.first[0], "will");
    assert_string_equal(po.first[1], "may");
    assert_string_equal(po.first[2], "sue");
    pattern_out_free(&po);
    /* a leading "any token" leaves the rule to a search */
    assert_int_equal(pattern_translate("_ sue", &f->rs->lex, &po, msg, sizeof msg), POLEX_OK);
    assert_int_equal(po.n_first, 0);
    pattern_out_free(&po);

    /* an alternation unions its branches; an optional item gives no trigger */
    assert_int_equal(pattern_translate("(sue | appeal) court?", &f->rs->lex, &po, msg, sizeof msg),
                     POLEX_OK);
    assert_int_equal(po.n_triggers, 2);
    pattern_out_free(&po);
    assert_int_equal(pattern_translate("_ _?", &f->rs->lex, &po, msg, sizeof msg), POLEX_OK);
    assert_true(po.always);
    pattern_out_free(&po);

    /* the other required items of a sequence become needs (but not a set
     * with a common word such as "the", which every sentence has); an
     * optional item gives none, nor does an item of one alternative only */
    assert_int_equal(pattern_translate("(vow | pledge) sue _{0,3} (court | judge) (the | a) order?",
                                       &f->rs->lex, &po, msg, sizeof msg),
                     POLEX_OK);
    assert_int_equal(po.n_triggers, 1);
    assert_string_equal(po.triggers[0], "sue");
    assert_int_equal(po.n_need, 2);
    assert_int_equal(po.need[0].n, 2);
    assert_string_equal(po.need[0].v[0], "vow");
    assert_int_equal(po.need[1].n, 2);
    assert_string_equal(po.need[1].v[1], "judge");
    pattern_out_free(&po);
    /* a positive look-ahead's words are needs too */
    assert_int_equal(pattern_translate("sue (?= court)", &f->rs->lex, &po, msg, sizeof msg),
                     POLEX_OK);
    assert_int_equal(po.n_need, 1);
    assert_string_equal(po.need[0].v[0], "court");
    pattern_out_free(&po);
    assert_int_equal(pattern_translate("sue court | appeal", &f->rs->lex, &po, msg, sizeof msg),
                     POLEX_OK);
    assert_int_equal(po.n_need, 0);
    pattern_out_free(&po);
}

static void test_translate_errors(void **state) {
    fixture *f = *state;
    pattern_out po;
    char msg[300];
    assert_int_equal(pattern_translate("sign @nope", &f->rs->lex, &po, msg, sizeof msg),
                     POLEX_ERR_RULES);
    assert_string_equal(msg, "column 7: unknown lexicon @nope");
    assert_int_equal(pattern_translate("(sign order", &f->rs->lex, &po, msg, sizeof msg),
                     POLEX_ERR_RULES);
    assert_non_null(strstr(msg, "missing ')'"));
    assert_int_equal(pattern_translate("<actor sign", &f->rs->lex, &po, msg, sizeof msg),
                     POLEX_ERR_RULES);
    assert_non_null(strstr(msg, "missing '>'"));
    assert_int_equal(pattern_translate("sign{3,1}", &f->rs->lex, &po, msg, sizeof msg),
                     POLEX_ERR_RULES);
    assert_int_equal(pattern_translate("#colour", &f->rs->lex, &po, msg, sizeof msg),
                     POLEX_ERR_RULES);
}

static void test_lexicon_multiword(void **state) {
    polex_doc *doc = run(*state, "The mayor signed an executive order on Monday .");
    const polex_hit *h = hit(doc, "t.sign");
    assert_non_null(h);
    assert_string_equal(h->type, "order");
    assert_string_equal(h->action, "sign");
    assert_role(doc, h, "actor", "The mayor");
    assert_role(doc, h, "object", "executive order");
    assert_slice(doc, h->start, h->end, "The mayor signed an executive order");
    polex_doc_free(doc);
}

/* ---- prefilter ---------------------------------------------------------------------- */

static void test_prefilter_skips(void **state) {
    fixture *f = *state;
    polex_match_stats before, after;
    polex_matcher_stats(f->m, &before);
    polex_doc *doc = run(f, "Nothing of interest here .");
    polex_matcher_stats(f->m, &after);
    assert_int_equal(doc->n_hits, 0);
    assert_int_equal(after.rules_run - before.rules_run, 0);
    assert_int_equal(after.rules_skipped - before.rules_skipped, polex_ruleset_count(f->rs));
    polex_doc_free(doc);

    /* only the rule whose trigger ("sue") occurs runs */
    polex_matcher_stats(f->m, &before);
    doc = run(f, "The county sued .");
    polex_matcher_stats(f->m, &after);
    assert_int_equal(after.rules_run - before.rules_run, 1);
    assert_non_null(hit(doc, "t.sue"));
    polex_doc_free(doc);

    /* t.block has the trigger "judge" but also needs "block": not run */
    polex_matcher_stats(f->m, &before);
    doc = run(f, "The judge spoke .");
    polex_matcher_stats(f->m, &after);
    assert_int_equal(after.rules_run - before.rules_run, 0);
    assert_int_equal(doc->n_hits, 0);
    polex_doc_free(doc);
}

/* ---- status ---------------------------------------------------------------------------- */

static void expect_status(fixture *f, const char *text, const char *rule_id, int status,
                          const char *cue) {
    polex_doc *doc = run(f, text);
    const polex_hit *h = hit(doc, rule_id);
    if (!h) fail_msg("%s did not fire on: %s", rule_id, text);
    if (h->status != status)
        fail_msg("%s: status %s, want %s", text, polex_event_status_name(h->status),
                 polex_event_status_name(status));
    if (cue)
        assert_string_equal(h->cue, cue);
    else
        assert_null(h->cue);
    polex_doc_free(doc);
}

static void test_status_cues(void **state) {
    fixture *f = *state;
    expect_status(f, "The city sued .", "t.sue", POLEX_ASSERTED, NULL);
    expect_status(f, "The city did n't sue .", "t.sue", POLEX_NEGATED, "n't");
    expect_status(f, "The city will sue .", "t.sue", POLEX_PLANNED, "will");
    expect_status(f, "The city is set to sue .", "t.sue", POLEX_PLANNED, "is set to");
    expect_status(f, "The city may sue .", "t.sue", POLEX_HYPOTHETICAL, "may");
    expect_status(f, "The city will sue if the money is cut .", "t.sue", POLEX_HYPOTHETICAL, "if");
    /* a question does not report the event */
    expect_status(f, "Will the city sue ?", "t.sue", POLEX_HYPOTHETICAL, "?");
    /* nearest cue wins, the longer of two ending together: "will not"; a
     * future that holds a negation and ends before the head denies it */
    expect_status(f, "The city will not sue .", "t.sue", POLEX_NEGATED, "will not");
    /* a terminator ends the scope of a cue */
    expect_status(f, "The mayor will say that the judge blocked it .", "t.block", POLEX_ASSERTED,
                  NULL);
    /* beyond the negation window */
    expect_status(f, "Nobody did not expect that one two three four five six seven eight to sue .",
                  "t.sue", POLEX_ASSERTED, NULL);
}

static void test_refusal_is_the_event(void **state) {
    fixture *f = *state;
    /* "refuse to" is a negation cue, but inside the head it is the event */
    polex_doc *doc = run(f, "Chicago refused to honor detainers .");
    assert_int_equal(doc->n_hits, 1); /* the weaker comply hit is suppressed */
    const polex_hit *h = hit(doc, "t.refuse");
    assert_non_null(h);
    assert_int_equal(h->status, POLEX_ASSERTED);
    assert_null(h->cue);
    assert_role(doc, h, "object", "detainers");
    polex_doc_free(doc);
    /* while before another event it negates it */
    expect_status(f, "The county refused to sue .", "t.sue", POLEX_NEGATED, "refused to");
    /* a negation inside the head is the event; "will" before it still counts */
    expect_status(f, "The city will not change .", "t.change", POLEX_PLANNED, "will not");
    expect_status(f, "The city did not change .", "t.change", POLEX_ASSERTED, NULL);
}

static void test_attribution(void **state) {
    fixture *f = *state;
    polex_doc *doc = run(f, "According to the mayor , the city will sue .");
    const polex_hit *h = hit(doc, "t.sue");
    assert_non_null(h);
    assert_slice(doc, h->attribution.start, h->attribution.end, "the mayor");
    polex_doc_free(doc);
    doc = run(f, "The city will sue , the county attorney said .");
    h = hit(doc, "t.sue");
    assert_non_null(h);
    assert_slice(doc, h->attribution.start, h->attribution.end, "the county attorney");
    polex_doc_free(doc);
    doc = run(f, "The city sued .");
    assert_int_equal(doc->hits[0].attribution.start, doc->hits[0].attribution.end);
    polex_doc_free(doc);
    /* a participle introduces the claim, not its source */
    doc = run(f, "The city sued , saying the conditions are illegal .");
    h = hit(doc, "t.sue");
    assert_non_null(h);
    assert_int_equal(h->attribution.start, h->attribution.end);
    polex_doc_free(doc);
}

static void test_several_events(void **state) {
    /* two sentences, three events, offsets per sentence */
    polex_doc *doc = run(*state, "The judge blocked the order . The county sued and the mayor "
                                 "signed an order .");
    assert_int_equal(doc->n_hits, 3);
    assert_string_equal(doc->hits[0].rule, "t.block");
    assert_int_equal(doc->hits[0].sentence, 0);
    assert_string_equal(doc->hits[1].rule, "t.sue");
    assert_int_equal(doc->hits[1].sentence, 1);
    assert_string_equal(doc->hits[2].rule, "t.sign");
    assert_role(doc, &doc->hits[2], "object", "order");
    assert_role(doc, &doc->hits[0], "court", "judge");
    polex_doc_free(doc);
}

/* Two clauses reporting one type and action give one hit; the other
 * clause is its role "also" when it has the same status. */
static void test_twins(void **state) {
    polex_doc *doc = run(*state, "The county sued last week , and the city sued on Monday .");
    assert_int_equal(doc->n_hits, 1);
    assert_slice(doc, doc->hits[0].start, doc->hits[0].end, "sued");
    assert_int_equal(doc->hits[0].start, 11);
    assert_role(doc, &doc->hits[0], "also", "sued");
    assert_int_equal(doc->hits[0].roles[doc->hits[0].n_roles - 1].start, 41);
    polex_doc_free(doc);
    doc = run(*state, "The county sued last week , but the city did n't sue .");
    assert_int_equal(doc->n_hits, 1);
    assert_int_equal(doc->hits[0].status, POLEX_ASSERTED);
    for (uint8_t i = 0; i < doc->hits[0].n_roles; i++)
        assert_string_not_equal(doc->hits[0].roles[i].name, "also");
    polex_doc_free(doc);
}

/* ---- alternatives run one by one ------------------------------------------------------ */

/* A pattern's top-level alternatives run separately (where each can start),
 * but the match at a token is still the first alternative that matches, as
 * with the whole pattern. */
static void test_alternatives_in_order(void **state) {
    (void)state;
    one_pack p;
    pack_open(&p, "rules:\n"
                  "  - {id: alt, type: t, action: a, pattern: '<head ban> sharing | <head ban "
                  "sharing data> | <x data> <head leak>'}\n");
    assert_int_equal(p.rs->rules[0].n_var, 3);
    polex_doc *doc = pack_match(&p, "They ban sharing data .");
    assert_int_equal(doc->n_hits, 1);
    assert_slice(doc, doc->hits[0].start, doc->hits[0].end, "ban sharing");
    polex_doc_free(doc);
    /* the third alternative alone, with its role */
    doc = pack_match(&p, "The data leak .");
    assert_int_equal(doc->n_hits, 1);
    assert_role(doc, &doc->hits[0], "x", "data");
    polex_doc_free(doc);
    pack_close(&p);
}

/* ---- reach: how far a match and its look-aheads extend ---------------------------- */

static uint32_t reach_of(fixture *f, const char *pattern) {
    pattern_out po;
    char msg[300];
    assert_int_equal(pattern_translate(pattern, &f->rs->lex, &po, msg, sizeof msg), POLEX_OK);
    uint32_t r = po.reach;
    pattern_out_free(&po);
    return r;
}

static void test_translate_reach(void **state) {
    fixture *f = *state;
    assert_int_equal(reach_of(f, "sue court"), 2);
    assert_int_equal(reach_of(f, "a _{0,3}? b"), 5);
    assert_int_equal(reach_of(f, "(a b | c) d?"), 3);
    /* a look-ahead consumes nothing but looks five tokens on */
    assert_int_equal(reach_of(f, "a (?= _{0,4} b)"), 6);
    assert_int_equal(reach_of(f, "!(a b) c"), 2);
    assert_int_equal(reach_of(f, "!(a b c) d"), 3);
    assert_int_equal(reach_of(f, "a _* b"), UINT32_MAX);
    assert_int_equal(reach_of(f, "a _+"), UINT32_MAX);
}

/* A start is skipped only when a needed word lies outside the reach: the
 * same hits as trying every start. */
static void test_reach_skips_far_words(void **state) {
    (void)state;
    one_pack p;
    pack_open(&p, "rules:\n"
                  "  - {id: near, type: t, action: a, pattern: '<head ban> _{0,2}? data | "
                  "<head leak> files'}\n"
                  "  - {id: ahead, type: u, action: b, pattern: '<head cut> (?= _{0,4} "
                  "funds)'}\n");
    static const hit_case cases[] = {
        {"They ban all user data .", 1}, {"They ban all the user data .", 0},
        {"The data they ban .", 0},      {"Data : ban data .", 1},
        {"They cut a b c d funds .", 1}, {"They cut a b c d e funds .", 0},
        {"Funds they cut .", 0},         {"They ban the user , then data .", 0},
    };
    check_hit_counts(&p, cases, sizeof cases / sizeof cases[0]);
    pack_close(&p);
}

/* ---- the shipped status cues ------------------------------------------------------------- */

static int status_with_shipped_cues(polex_matcher *m, const char *text) {
    polex_error err;
    polex_error_clear(&err);
    polex_doc *doc = test_doc(text);
    assert_int_equal(polex_match(m, doc, &err), POLEX_OK);
    assert_int_equal(doc->n_hits, 1);
    int st = doc->hits[0].status;
    polex_doc_free(doc);
    return st;
}

/* The cue lexicons of rules/ with a one-rule pack: scopes and the cues
 * that reach past a nearer one. */
/* A temporary rules folder: the shipped lexicons and one pack file. */
static void shipped_lexicons_with(char *dir, size_t cap, const char *yaml) {
    char path[300], cmd[700];
    temp_rules(dir, cap);
    snprintf(cmd, sizeof cmd, "cp '%s'/lexicons/*.txt '%s'/lexicons/", POLEX_RULES_DIR, dir);
    assert_int_equal(system(cmd), 0);
    snprintf(path, sizeof path, "%s/pack/t.yaml", dir);
    write_file(path, yaml);
}

static void test_shipped_status_cues(void **state) {
    (void)state;
    char dir[64];
    shipped_lexicons_with(
        dir, sizeof dir,
        "rules:\n"
        "  - {id: t.sue, type: litigation, action: sue, pattern: '<head sue | suing>'}\n");
    polex_error err;
    polex_error_clear(&err);
    polex_ruleset *rs = polex_ruleset_load(dir, NULL, &err);
    assert_non_null(rs);
    polex_matcher *m = polex_matcher_new(rs, &err);
    assert_int_equal(status_with_shipped_cues(m, "The county sued ."), POLEX_ASSERTED);
    assert_int_equal(status_with_shipped_cues(m, "The county will sue ."), POLEX_PLANNED);
    assert_int_equal(status_with_shipped_cues(m, "The county did not sue ."), POLEX_NEGATED);
    assert_int_equal(status_with_shipped_cues(m, "The county could sue ."), POLEX_HYPOTHETICAL);
    /* "did not say whether it would": undecided, so open (corpus conventions) */
    assert_int_equal(status_with_shipped_cues(m, "The county did not say whether it would sue ."),
                     POLEX_HYPOTHETICAL);
    /* the negation reaches past "any ... that" */
    assert_int_equal(
        status_with_shipped_cues(m, "Officials have not identified any county that sued ."),
        POLEX_NEGATED);
    assert_int_equal(status_with_shipped_cues(m, "The county did not rule out suing ."),
                     POLEX_HYPOTHETICAL);
    assert_int_equal(status_with_shipped_cues(
                         m, "The council voted down a proposal that would have let the city sue ."),
                     POLEX_NEGATED);
    /* ", and" starts a new clause: the earlier "will" does not reach "sued" */
    assert_int_equal(
        status_with_shipped_cues(m, "The state will appeal the ruling , and the county sued ."),
        POLEX_ASSERTED);
    /* inverted conditional after the event */
    assert_int_equal(
        status_with_shipped_cues(m, "The city will sue should the state cut the grants ."),
        POLEX_HYPOTHETICAL);
    polex_matcher_free(m);
    polex_ruleset_free(rs);
    remove_rules(dir);
}

/* The refusal reading comes from the pack's status_readings (by action) or
 * the rule's status_reading, whatever the type and action are called: the
 * same words read as a planned refusal there and as a denial elsewhere. */
static void test_status_reading(void **state) {
    (void)state;
    char dir[64], path[300];
    shipped_lexicons_with(
        dir, sizeof dir,
        "type: jail\n"
        "status_readings: {decline: refusal}\n"
        "rules:\n"
        "  - {id: j.decline, action: decline, pattern: '<head honor> detainers'}\n"
        "  - {id: j.hold, action: hold, pattern: '<head hold> inmates'}\n"
        "  - {id: j.keep, action: keep, status_reading: refusal,\n"
        "     pattern: '<head keep> inmates'}\n");
    polex_error err;
    polex_error_clear(&err);
    polex_ruleset *rs = polex_ruleset_load(dir, NULL, &err);
    assert_non_null(rs);
    polex_matcher *m = polex_matcher_new(rs, &err);
    assert_int_equal(status_with_shipped_cues(m, "The county will not honor detainers ."),
                     POLEX_PLANNED);
    assert_int_equal(status_with_shipped_cues(m, "The county will not hold inmates ."),
                     POLEX_NEGATED);
    assert_int_equal(status_with_shipped_cues(m, "The county will not keep inmates ."),
                     POLEX_PLANNED);
    polex_matcher_free(m);
    polex_ruleset_free(rs);
    snprintf(path, sizeof path, "%s/pack/t.yaml", dir);
    write_file(path, "rules:\n"
                     "  - {id: j.bad, type: t, action: a, status_reading: stubborn,\n"
                     "     pattern: '<head hold>'}\n");
    polex_error_clear(&err);
    assert_null(polex_ruleset_load(dir, NULL, &err));
    assert_non_null(strstr(err.message, "unknown status_reading 'stubborn'"));
    remove_rules(dir);
}

/* ---- limits ----------------------------------------------------------------------------- */

static void test_catastrophic_pattern(void **state) {
    (void)state;
    char dir[64], path[300];
    temp_rules(dir, sizeof dir);
    snprintf(path, sizeof path, "%s/pack/bad.yaml", dir);
    write_file(path, "rules:\n"
                     "  - {id: slow, type: t, action: a, pattern: '((_ | _ _)+)+ zzzz qqqq'}\n");
    polex_match_limits lim = {.match_limit = 20000, .depth_limit = 1000};
    polex_error err;
    polex_error_clear(&err);
    polex_ruleset *rs = polex_ruleset_load(dir, &lim, &err);
    assert_non_null(rs);
    polex_matcher *m = polex_matcher_new(rs, &err);
    char text[400];
    /* "qqqq" must occur: without it the prefilter never runs the rule */
    size_t len = (size_t)snprintf(text, sizeof text, "qqqq ");
    for (int i = 0; i < 60; i++)
        len += (size_t)snprintf(text + len, sizeof text - len, "a ");
    snprintf(text + len, sizeof text - len, "zzzz .");
    polex_doc *doc = test_doc(text);
    clock_t t0 = clock();
    assert_int_equal(polex_match(m, doc, &err), POLEX_ERR_LIMIT);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    assert_true(secs < 5.0);
    polex_match_stats st;
    polex_matcher_stats(m, &st);
    assert_int_equal(st.limit_hits, 1);
    polex_doc_free(doc);
    polex_matcher_free(m);
    polex_ruleset_free(rs);

    /* with another rule that matches, the slow rule is skipped and the run is OK */
    write_file(path, "rules:\n"
                     "  - {id: slow, type: t, action: a, pattern: '((_ | _ _)+)+ zzzz qqqq'}\n"
                     "  - {id: fine, type: t, action: b, pattern: 'zzzz'}\n");
    rs = polex_ruleset_load(dir, &lim, &err);
    assert_non_null(rs);
    m = polex_matcher_new(rs, &err);
    doc = test_doc(text);
    assert_int_equal(polex_match(m, doc, &err), POLEX_OK);
    assert_int_equal(doc->n_hits, 1);
    assert_string_equal(doc->hits[0].rule, "fine");
    polex_doc_free(doc);
    polex_matcher_free(m);
    polex_ruleset_free(rs);
    remove_rules(dir);
}

/* ---- broken rule files --------------------------------------------------------------------- */

static void expect_broken(const char *yaml, int line, const char *needle) {
    char dir[64], path[300];
    temp_rules(dir, sizeof dir);
    snprintf(path, sizeof path, "%s/pack/broken.yaml", dir);
    write_file(path, yaml);
    polex_error err;
    polex_error_clear(&err);
    polex_ruleset *rs = polex_ruleset_load(dir, NULL, &err);
    assert_null(rs);
    assert_int_equal(err.code, POLEX_ERR_RULES);
    assert_string_equal(err.source, path);
    if (err.offset != line)
        fail_msg("line %lld, want %d: %s", (long long)err.offset, line, err.message);
    if (!strstr(err.message, needle)) fail_msg("'%s' lacks '%s'", err.message, needle);

    /* the checker reports the same problem with file and line, and goes on */
    char report[4096] = "";
    FILE *out = fmemopen(report, sizeof report - 1, "w");
    size_t n_failed = 0;
    assert_int_equal(polex_rules_check(dir, out, &n_failed, &err), POLEX_OK);
    fclose(out);
    assert_int_equal(n_failed, 1);
    char want[400];
    snprintf(want, sizeof want, "%s:%d:", path, line);
    if (!strstr(report, want)) fail_msg("report lacks %s:\n%s", want, report);
    remove_rules(dir);
}

static void test_broken_files(void **state) {
    (void)state;
    expect_broken("rules:\n  - id: a\n    type: order\n    action: [sign\n", 5, "YAML");
    expect_broken("rules:\n  - id: a\n    type: order\n    action: sign\n"
                  "    pattern: sign @nope\n",
                  5, "unknown lexicon @nope");
    expect_broken("rules:\n  - id: a\n    type: order\n    pattern: sign\n", 2,
                  "missing or bad action");
    expect_broken("rules:\n  - id: a\n    type: order\n    action: sign\n"
                  "    pattern: (sign order\n",
                  5, "missing ')'");
    expect_broken("rules:\n  - id: a\n    type: order\n    action: sign\n"
                  "    patern: sign\n",
                  5, "unknown key 'patern'");
    expect_broken("rules:\n  - {id: a, type: order, action: sign, pattern: sign}\n"
                  "  - {id: a, type: order, action: sign, pattern: sign}\n",
                  3, "duplicate id");
    expect_broken("rules:\n  - id: a\n    type: order\n    action: sign\n    pattern: sign\n"
                  "    examples:\n      match: [signs it]\n      match: [signed it]\n",
                  8, "duplicate key 'match'");
    expect_broken("rules:\n  - id: a\n    type: order\n    action: sign\n    pattern: sign\n"
                  "    unless_document: zoning\n",
                  6, "unknown document kind 'zoning'");
    expect_broken("rules:\n  - id: a\n    type: order\n    action: sign\n    pattern: sign\n"
                  "    unless_document: ../court\n",
                  6, "names use a-z");
}

/* A rule kept out of a kind of document stays quiet in every sentence of a
 * document with one mark of the kind, and only there; another rule of the
 * file may opt out of the file's default. */
static void test_unless_document(void **state) {
    (void)state;
    char dir[64], path[300];
    temp_rules(dir, sizeof dir);
    snprintf(path, sizeof path, "%s/lexicons/document_legislative.txt", dir);
    write_file(path, "# marks\nbe it ordained\nORDINANCE NO\n");
    snprintf(path, sizeof path, "%s/lexicons/document_court.txt", dir);
    write_file(path, "IT IS ORDERED\n");
    snprintf(path, sizeof path, "%s/pack/p.yaml", dir);
    write_file(path, "type: order\n"
                     "unless_document: legislative\n"
                     "rules:\n"
                     "  - {id: o.sign, action: sign, pattern: '<head signed> the order'}\n"
                     "  - {id: o.direct, action: direct, unless_document: '',\n"
                     "     pattern: '<head directs> police'}\n"
                     "  - {id: o.both, action: rescind, unless_document: 'legislative court',\n"
                     "     pattern: '<head rescinds> the order'}\n");
    polex_error err;
    polex_error_clear(&err);
    polex_ruleset *rs = polex_ruleset_load(dir, NULL, &err);
    assert_non_null(rs);
    assert_int_equal(rs->n_doc_kinds, 2);
    polex_matcher *m = polex_matcher_new(rs, &err);
    static const struct {
        const char *text;
        size_t hits;
    } cases[] = {
        {"The mayor signed the order . It directs police . She rescinds the order .", 3},
        {"Be it ordained by the council . The mayor signed the order . It directs police .", 1},
        {"The mayor signed the order . It directs police . ORDINANCE NO 12 .", 1},
        /* an upper-case mark is matched as written */
        {"The mayor signed the order . It directs police . ordinance no 12 .", 2},
        {"IT IS ORDERED . The mayor signed the order . She rescinds the order .", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        polex_doc *doc = test_doc(cases[i].text);
        assert_int_equal(polex_match(m, doc, &err), POLEX_OK);
        if (doc->n_hits != cases[i].hits) fail_msg("%zu hits on: %s", doc->n_hits, cases[i].text);
        polex_doc_free(doc);
    }
    polex_matcher_free(m);
    polex_ruleset_free(rs);
    remove_rules(dir);
}

static void test_failing_example_reported(void **state) {
    (void)state;
    char dir[64], path[300];
    temp_rules(dir, sizeof dir);
    snprintf(path, sizeof path, "%s/pack/ex.yaml", dir);
    write_file(path, "rules:\n"
                     "  - id: s\n"
                     "    type: order\n"
                     "    action: sign\n"
                     "    pattern: sign _? @order_noun\n"
                     "    examples:\n"
                     "      match:\n"
                     "        - The governor will sign the order.\n"
                     "        - The governor signs a bill.\n"
                     "      no_match:\n"
                     "        - The governor signed the order.\n");
    char report[4096] = "";
    FILE *out = fmemopen(report, sizeof report - 1, "w");
    size_t n_failed = 0;
    polex_error err;
    polex_error_clear(&err);
    assert_int_equal(polex_rules_check(dir, out, &n_failed, &err), POLEX_OK);
    fclose(out);
    assert_int_equal(n_failed, 2);
    char want[400];
    snprintf(want, sizeof want, "%s:9: rule s: example does not match", path);
    if (!strstr(report, want)) fail_msg("report lacks %s:\n%s", want, report);
    snprintf(want, sizeof want, "%s:11: rule s: no_match example matches", path);
    if (!strstr(report, want)) fail_msg("report lacks %s:\n%s", want, report);
    remove_rules(dir);
}

/* A rule whose pattern starts with any token (no first tokens) runs
 * anchored within reach of its trigger; its hits are those of a search. */
static void test_rule_without_first_tokens(void **state) {
    (void)state;
    one_pack p;
    pack_open(&p, "rules:\n"
                  "  - {id: lead, type: t, action: a, pattern: '!(the | a) <head sue> _{0,2}? "
                  "state'}\n");
    static const struct {
        const char *text;
        size_t hits;
        uint32_t start; /* of the hit */
    } cases[] = {
        {"Cities sue the state .", 1, 0},
        {"Now , after a long fight , the cities will sue the state .", 1, 38},
        {"The sue the state .", 0, 0},
        {"Cities sue the big bad state .", 0, 0},
        {"The state and the cities sue .", 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        polex_doc *doc = pack_match(&p, cases[i].text);
        if (doc->n_hits != cases[i].hits) fprintf(stderr, "case: %s\n", cases[i].text);
        assert_int_equal(doc->n_hits, cases[i].hits);
        if (cases[i].hits) assert_int_equal(doc->hits[0].start, cases[i].start);
        polex_doc_free(doc);
    }
    pack_close(&p);
}

/* Cost accounting names the rule and the gate that made PCRE2 calls, and
 * counts their matches; off, it reports nothing. */
static void test_profile_costs(void **state) {
    (void)state;
    one_pack p;
    pack_open(&p, "rules:\n"
                  "  - {id: p.sue, type: t, action: a, pattern: '<head sue> _{0,3}? state',\n"
                  "     requires: 'court'}\n");
    polex_match_cost c[8];
    assert_int_equal(polex_matcher_costs(p.m, c, 8), 0);
    assert_int_equal(polex_matcher_profile(p.m, true), POLEX_OK);
    polex_doc *doc = pack_match(&p, "In court , cities sue the state .");
    assert_int_equal(doc->n_hits, 1);
    polex_doc_free(doc);
    size_t n = polex_matcher_costs(p.m, c, 8);
    bool rule_seen = false, gate_seen = false;
    for (size_t i = 0; i < n; i++) {
        rule_seen |= strcmp(c[i].what, "p.sue") == 0 && c[i].calls >= 1 && c[i].matches == 1;
        gate_seen |= strcmp(c[i].what, "gate of p.sue") == 0 && c[i].matches == 1;
    }
    assert_true(rule_seen);
    assert_true(gate_seen);
    assert_int_equal(polex_matcher_profile(p.m, false), POLEX_OK);
    assert_int_equal(polex_matcher_costs(p.m, c, 8), 0);
    pack_close(&p);
}

/* A cue lexicon too large for one PCRE2 pattern still loads: each of its
 * first words gets the pattern of its own entries. */
static void test_cue_lexicon_too_large_for_one_pattern(void **state) {
    (void)state;
    one_pack p;
    char dir[64], path[300];
    temp_rules(dir, sizeof dir);
    snprintf(path, sizeof path, "%s/lexicons/status_negated.txt", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    for (int i = 0; i < 3000; i++)
        fprintf(f, "zq%d (not | never) _{0,2}? (yet | so far)?\n", i);
    fclose(f);
    snprintf(path, sizeof path, "%s/pack/p.yaml", dir);
    write_file(path, "rules:\n  - {id: t.sue, type: t, action: a, pattern: '<head sue>'}\n");
    polex_error err;
    polex_error_clear(&err);
    p.rs = polex_ruleset_load(dir, NULL, &err);
    if (!p.rs) fail_msg("load: %s", err.message);
    assert_null(p.rs->cues[CUE_NEG]); /* the whole lexicon is too large */
    p.m = polex_matcher_new(p.rs, &err);
    assert_non_null(p.m);
    snprintf(p.dir, sizeof p.dir, "%s", dir);
    polex_doc *doc = pack_match(&p, "The city zq2718 never sue .");
    assert_int_equal(doc->n_hits, 1);
    assert_int_equal(doc->hits[0].status, POLEX_NEGATED);
    assert_string_equal(doc->hits[0].cue, "zq2718 never");
    polex_doc_free(doc);
    doc = pack_match(&p, "The city zq2718 sue .");
    assert_int_equal(doc->hits[0].status, POLEX_ASSERTED);
    polex_doc_free(doc);
    pack_close(&p);
}

/* A not_after too large for one PCRE2 pattern loads in parts, split at its
 * top-level alternatives; an unless or requires is one gate per entry of
 * the lexicons it names; either way they decide what the whole would. */
/* Rules that state the same not_after or not_before share one compiled
 * copy (a context lexicon many rules name would otherwise be JIT-compiled
 * for each), and each still applies it. */
static void test_shared_not_after(void **state) {
    (void)state;
    one_pack p;
    pack_open(&p, "rules:\n  - {id: t.sue, type: t, action: a, pattern: '<head sue>',\n"
                  "     not_after: 'never | not'}\n"
                  "  - {id: t.cut, type: t, action: b, pattern: '<head cut>',\n"
                  "     not_after: 'never | not'}\n"
                  "  - {id: t.pay, type: t, action: c, pattern: '<head pay>',\n"
                  "     not_after: 'never', not_before: 'later'}\n"
                  "  - {id: t.ban, type: t, action: d, pattern: '<head ban>',\n"
                  "     not_before: 'later'}\n");
    const rule *r = p.rs->rules;
    assert_int_equal(r[0].n_not_after, 1);
    assert_ptr_equal(r[0].not_after[0], r[1].not_after[0]);
    assert_ptr_not_equal(r[0].not_after[0], r[2].not_after[0]);
    assert_ptr_equal(r[2].not_before, r[3].not_before);
    static const hit_case cases[] = {
        {"The city sue .", 1},       {"The city never sue .", 0}, {"The city cut .", 1},
        {"The city not cut .", 0},   {"The city not pay .", 1},   {"The city never pay .", 0},
        {"The city pay later .", 0}, {"The city ban .", 1},       {"The city ban later .", 0}};
    check_hit_counts(&p, cases, sizeof cases / sizeof cases[0]);
    pack_close(&p);
}

static void test_not_after_in_parts(void **state) {
    (void)state;
    one_pack p;
    char dir[64], path[300];
    temp_rules(dir, sizeof dir);
    for (int k = 0; k < 2; k++) {
        snprintf(path, sizeof path, "%s/lexicons/big_%c.txt", dir, "ab"[k]);
        FILE *f = fopen(path, "w");
        assert_non_null(f);
        for (int i = 0; i < 120; i++)
            fprintf(f, "q%c%d (not | never) (yet)?\n", "ab"[k], i);
        fclose(f);
    }
    snprintf(path, sizeof path, "%s/pack/p.yaml", dir);
    write_file(path, "rules:\n  - {id: t.sue, type: t, action: a, pattern: '<head sue>',\n"
                     "     not_after: '@big_a | @big_b | halt'}\n"
                     "  - {id: t.cut, type: t, action: b, pattern: '<head cut>',\n"
                     "     unless: '@big_a | @big_b'}\n"
                     "  - {id: t.pay, type: t, action: c, pattern: '<head pay>',\n"
                     "     requires: '@big_a | @big_b'}\n");
    polex_error err;
    polex_error_clear(&err);
    p.rs = polex_ruleset_load(dir, NULL, &err);
    if (!p.rs) fail_msg("load: %s", err.message);
    assert_true(p.rs->rules[0].n_not_after >= 2);
    assert_int_equal(p.rs->rules[1].n_unless, 240);
    assert_int_equal(p.rs->rules[2].n_requires, 240);
    p.m = polex_matcher_new(p.rs, &err);
    assert_non_null(p.m);
    snprintf(p.dir, sizeof p.dir, "%s", dir);
    static const hit_case cases[] = {{"The city sue .", 1},
                                     {"The city qa17 never sue .", 0},
                                     {"The city qb117 not sue .", 0},
                                     {"The city halt sue .", 0},
                                     {"The city qb117 sue .", 1},
                                     {"The city cut .", 1},
                                     {"The city cut , qb117 never .", 0},
                                     {"The city pay .", 0},
                                     {"The city pay , qa3 not .", 1}};
    check_hit_counts(&p, cases, sizeof cases / sizeof cases[0]);
    pack_close(&p);
}

/* An unless is one gate per alternative, a lexicon's per entry (its plain
 * words together): each is tried only where its words are, and the rule is
 * blocked where any holds. */
static void test_unless_alternatives(void **state) {
    (void)state;
    one_pack p;
    char dir[64], path[300];
    temp_rules(dir, sizeof dir);
    snprintf(path, sizeof path, "%s/lexicons/offt.txt", dir);
    write_file(path, "park\nzoo\nbond (sale | sales)\n!and budgets\n");
    snprintf(path, sizeof path, "%s/pack/p.yaml", dir);
    write_file(path, "rules:\n  - {id: t.sue, type: t, action: a, pattern: '<head sue>',\n"
                     "     unless: '@offt | city hall'}\n");
    polex_error err;
    polex_error_clear(&err);
    p.rs = polex_ruleset_load(dir, NULL, &err);
    if (!p.rs) fail_msg("load: %s", err.message);
    assert_int_equal(p.rs->rules[0].n_unless, 4);
    p.m = polex_matcher_new(p.rs, &err);
    assert_non_null(p.m);
    snprintf(p.dir, sizeof p.dir, "%s", dir);
    static const hit_case cases[] = {
        {"The city sue .", 1},        {"The zoo sue .", 0},        {"The bond sales will sue .", 0},
        {"The bond will sue .", 1},   {"City hall will sue .", 0}, {"The city budgets sue .", 0},
        {"Cuts and budgets sue .", 1}};
    check_hit_counts(&p, cases, sizeof cases / sizeof cases[0]);
    pack_close(&p);
}

/* A gate or not_after that may start on several tokens is one search over
 * them: a match from a later start blocks as one from the first does, and
 * none from any start lets the rule fire. A gate, not_after or not_before
 * whose words are missing (or out of its reach) is not run and blocks
 * nothing. */
static void test_spanned_context(void **state) {
    (void)state;
    one_pack p;
    pack_open(&p, "rules:\n  - {id: t.sue, type: t, action: a, pattern: '<head sue>',\n"
                  "     not_after: '(bar | ban) _{0,3}? city', not_before: '_{0,2}? pending'}\n"
                  "  - {id: t.cut, type: t, action: b, pattern: '<head cut>',\n"
                  "     unless: '(veto | vetoes) _{0,1} (budget | budgets)'}\n");
    static const hit_case cases[] = {{"The bar of the ban on city sue .", 0},
                                     {"The bar of the ban on the county city sue .", 0},
                                     {"The bar of the ban on the county sue .", 1},
                                     {"The bar sue .", 1},
                                     {"The city sue , pending appeal .", 0},
                                     {"The city sue today over the pending case .", 1},
                                     {"The veto of a plan to cut .", 1},
                                     {"A veto , then vetoes budgets , and they cut .", 0},
                                     {"A veto , then vetoes the new budgets , and they cut .", 1},
                                     {"The budget veto came and they cut .", 1}};
    check_hit_counts(&p, cases, sizeof cases / sizeof cases[0]);
    pack_close(&p);
}

/* A lexicon's large set of single words is tested by a callout against the
 * ruleset's shared table: a token is in it by its lemma or by its norm, in
 * a pattern, a not_after (cut subject) and an unless gate alike, and the
 * set is registered once however many patterns name it. */
static void test_word_set_callout(void **state) {
    (void)state;
    one_pack p;
    char dir[64], path[300];
    temp_rules(dir, sizeof dir);
    snprintf(path, sizeof path, "%s/lexicons/bigset.txt", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    for (int i = 0; i < 38; i++)
        fprintf(f, "zq%d\n", i);
    fprintf(f, "sign\nBlocked\n");
    fclose(f);
    snprintf(path, sizeof path, "%s/pack/p.yaml", dir);
    write_file(path, "rules:\n  - {id: t.sue, type: t, action: a, pattern: '<head @bigset> sue'}\n"
                     "  - {id: t.cut, type: t, action: b, pattern: '<head cut>',\n"
                     "     not_after: '@bigset'}\n"
                     "  - {id: t.pay, type: t, action: c, pattern: '<head pay>',\n"
                     "     unless: '@bigset'}\n");
    polex_error err;
    polex_error_clear(&err);
    p.rs = polex_ruleset_load(dir, NULL, &err);
    if (!p.rs) fail_msg("load: %s", err.message);
    assert_non_null(p.rs->lex.words);
    assert_int_equal(p.rs->lex.words->n_sets, 1);
    assert_int_equal(p.rs->lex.words->n_used, 40);
    p.m = polex_matcher_new(p.rs, &err);
    assert_non_null(p.m);
    snprintf(p.dir, sizeof p.dir, "%s", dir);
    static const hit_case cases[] = {
        {"The zq5 sue .", 1},          {"The city signed sue .", 1}, {"They blocked sue .", 1},
        {"The block sue .", 0},        {"The zq99 sue .", 0},        {"The zq sue .", 0},
        {"The zq37 cut .", 0},         {"The city cut .", 1},        {"The zq37 , cut .", 1},
        {"The city pay .", 1},         {"The city pay , zq12 .", 0}, {"Signed , they pay .", 0},
        {"The zq377 , they pay .", 1}, {"zq0 zq1 sue .", 1}};
    check_hit_counts(&p, cases, sizeof cases / sizeof cases[0]);
    pack_close(&p);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_translate_triggers),
        cmocka_unit_test(test_translate_errors),
        cmocka_unit_test(test_lexicon_multiword),
        cmocka_unit_test(test_prefilter_skips),
        cmocka_unit_test(test_status_cues),
        cmocka_unit_test(test_refusal_is_the_event),
        cmocka_unit_test(test_attribution),
        cmocka_unit_test(test_several_events),
        cmocka_unit_test(test_twins),
        cmocka_unit_test(test_translate_reach),
    };
    const struct CMUnitTest standalone[] = {
        cmocka_unit_test(test_alternatives_in_order),
        cmocka_unit_test(test_unless_alternatives),
        cmocka_unit_test(test_shipped_status_cues),
        cmocka_unit_test(test_status_reading),
        cmocka_unit_test(test_catastrophic_pattern),
        cmocka_unit_test(test_broken_files),
        cmocka_unit_test(test_failing_example_reported),
        cmocka_unit_test(test_reach_skips_far_words),
        cmocka_unit_test(test_rule_without_first_tokens),
        cmocka_unit_test(test_profile_costs),
        cmocka_unit_test(test_cue_lexicon_too_large_for_one_pattern),
        cmocka_unit_test(test_not_after_in_parts),
        cmocka_unit_test(test_shared_not_after),
        cmocka_unit_test(test_spanned_context),
        cmocka_unit_test(test_word_set_callout),
        cmocka_unit_test(test_unless_document),
    };
    int rc = cmocka_run_group_tests(tests, setup_mini, teardown_mini);
    return rc | cmocka_run_group_tests(standalone, NULL, NULL);
}
