/* match.topic: the pack's policy domain (lexicons/topic.txt) and the hits outside it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "match_test_doc.h"
#include "topic.h"

/* Writes text to a new temporary file; its name goes to path. */
static void write_temp(const char *text, char path[64]) {
    snprintf(path, 64, "/tmp/polex-topic-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
}

static topic_lexicon *load_text(const char *text) {
    char path[64];
    write_temp(text, path);
    topic_lexicon *t = NULL;
    polex_error err;
    polex_error_clear(&err);
    assert_int_equal(topic_lexicon_load(path, &t, &err), POLEX_OK);
    unlink(path);
    assert_non_null(t);
    return t;
}

static const char lexicon[] = "# domain\n"
                              "immigra*\n"
                              "ICE   # the agency, not frozen water\n"
                              "287(g)\n"
                              "federal grant*\n";

/* Sentence i's flag for each sentence of text. */
static void expect_topical(const topic_lexicon *t, const char *text, const char *flags) {
    polex_doc *doc = test_doc(text);
    assert_non_null(doc);
    assert_int_equal(doc->n_sentences, strlen(flags));
    for (size_t i = 0; i < doc->n_sentences; i++)
        assert_int_equal(topic_sentence(t, doc, i), flags[i] == '1');
    polex_doc_free(doc);
}

static void sentences_name_the_domain(void **state) {
    (void)state;
    topic_lexicon *t = load_text(lexicon);
    expect_topical(t,
                   "Immigration agents came . ICE agents left . the ice melted . "
                   "Federal grants stopped . a grant came . federal money came .",
                   "110100");
    /* "287(g)" is four tokens in text, as the tokenizer makes it */
    expect_topical(t, "it signed a 287 ( g ) deal . it signed a 287 deal .", "10");
    topic_lexicon_free(t);
}

static void missing_lexicon_keeps_every_hit(void **state) {
    (void)state;
    topic_lexicon *t = (topic_lexicon *)1;
    polex_error err;
    assert_int_equal(topic_lexicon_load("/nonexistent/topic.txt", &t, &err), POLEX_OK);
    assert_null(t);
    polex_doc *doc = test_doc("a judge blocked the cruise cap .");
    polex_hit h = {.rule = "r", .sentence = 0};
    polex_doc_add_hit(doc, &h);
    assert_int_equal(topic_filter(NULL, NULL, doc, &err), POLEX_OK);
    assert_int_equal(doc->n_hits, 1);
    polex_doc_free(doc);
}

static const char *const rule_names[] = {"r0", "r1", "r2", "r3",  "r4",  "r5",  "r6",
                                         "r7", "r8", "r9", "r10", "r11", "r12", "r13"};

/* n paragraphs of one sentence each, a hit on each sentence. */
static polex_doc *paragraphs(const char *text, size_t n) {
    polex_doc *doc = test_doc(text);
    assert_non_null(doc);
    assert_int_equal(doc->n_sentences, n);
    for (size_t i = 0; i < n; i++) {
        polex_doc_add_paragraph(doc, doc->sentences[i].start, doc->sentences[i].end);
        polex_hit h = {.rule = rule_names[i], .sentence = (uint32_t)i};
        polex_doc_add_hit(doc, &h);
    }
    return doc;
}

static polex_doc *four_paragraphs(const char *text) {
    return paragraphs(text, 4);
}

static void off_topic_document_keeps_what_is_near_the_topic(void **state) {
    (void)state;
    topic_lexicon *t = load_text(lexicon);
    polex_error err;
    polex_doc *doc = four_paragraphs("a judge blocked the cruise cap . the city will appeal . "
                                     "the state cut funding for the refuge . "
                                     "police will not enforce immigration law .");
    assert_int_equal(topic_filter(t, NULL, doc, &err), POLEX_OK);
    /* the paragraph naming the domain and the two before it */
    assert_int_equal(doc->n_hits, 3);
    assert_string_equal(doc->hits[0].rule, "r1");
    assert_string_equal(doc->hits[2].rule, "r3");
    polex_doc_free(doc);
    topic_lexicon_free(t);
}

static void on_topic_document_keeps_every_hit(void **state) {
    (void)state;
    topic_lexicon *t = load_text(lexicon);
    polex_error err;
    polex_doc *doc = four_paragraphs("the city lost federal grants . ICE objected . "
                                     "the motion is granted . the city sued .");
    assert_int_equal(topic_filter(t, NULL, doc, &err), POLEX_OK);
    assert_int_equal(doc->n_hits, 4);
    polex_doc_free(doc);
    topic_lexicon_free(t);
}

static void court_document_naming_the_domain_once_keeps_every_hit(void **state) {
    (void)state;
    topic_lexicon *t = load_text(lexicon);
    topic_lexicon *court = load_text("Plaintiffs\nIT IS ORDERED\n");
    polex_error err;
    const char *text = "Plaintiffs challenge the federal grant conditions . the cap is stayed . "
                       "the appeal is moot . IT IS ORDERED that the motion is granted .";
    polex_doc *doc = four_paragraphs(text);
    assert_int_equal(topic_filter(t, court, doc, &err), POLEX_OK);
    assert_int_equal(doc->n_hits, 4);
    polex_doc_free(doc);
    /* one court mark is not a caption: "Plaintiffs" may open a news sentence */
    topic_lexicon_free(court);
    court = load_text("Plaintiffs\n");
    doc = four_paragraphs(text);
    assert_int_equal(topic_filter(t, court, doc, &err), POLEX_OK);
    assert_int_equal(doc->n_hits, 3);
    assert_string_equal(doc->hits[2].rule, "r2");
    polex_doc_free(doc);
    /* lower-case "plaintiffs" is a news word, not a caption */
    doc = four_paragraphs("plaintiffs challenge the federal grant rules . plaintiffs spoke . "
                          "the appeal is moot . the motion is granted .");
    assert_int_equal(topic_filter(t, court, doc, &err), POLEX_OK);
    assert_int_equal(doc->n_hits, 3);
    polex_doc_free(doc);
    topic_lexicon_free(court);
    topic_lexicon_free(t);
}

static void paragraph_shares_its_topic(void **state) {
    (void)state;
    topic_lexicon *t = load_text(lexicon);
    polex_error err;
    polex_doc *doc =
        test_doc("a judge blocked the cruise cap . the mayor spoke . the fair opened . "
                 "the band played . ICE objected . the city sued .");
    polex_doc_add_paragraph(doc, doc->sentences[0].start, doc->sentences[1].end);
    polex_doc_add_paragraph(doc, doc->sentences[2].start, doc->sentences[2].end);
    polex_doc_add_paragraph(doc, doc->sentences[3].start, doc->sentences[3].end);
    polex_doc_add_paragraph(doc, doc->sentences[4].start, doc->sentences[5].end);
    for (uint32_t i = 0; i < 4; i++) {
        polex_hit h = {.rule = rule_names[i], .sentence = i == 0 ? 0 : i + 1 + (i > 1)};
        polex_doc_add_hit(doc, &h);
    }
    assert_int_equal(topic_filter(t, NULL, doc, &err), POLEX_OK);
    /* paragraph 0 is three away from the one naming ICE; the fair is two away */
    assert_int_equal(doc->n_hits, 3);
    assert_string_equal(doc->hits[0].rule, "r1");
    assert_string_equal(doc->hits[2].rule, "r3");
    polex_doc_free(doc);
    topic_lexicon_free(t);
}

/* Two naming sentences in fourteen (14%) is a passing mention: the
 * document keeps only the hits near them. */
static void sparse_mention_keeps_what_is_near_the_topic(void **state) {
    (void)state;
    topic_lexicon *t = load_text(lexicon);
    polex_error err;
    polex_doc *doc =
        paragraphs("ICE objected . the mayor spoke . the fair opened . the band played . "
                   "a judge blocked the cap . the city sued . the bond failed . "
                   "the park closed . the bus stopped . the road opened . "
                   "the school sued . the zoo opened . immigrants marched . "
                   "the council met .",
                   14);
    assert_int_equal(topic_filter(t, NULL, doc, &err), POLEX_OK);
    /* paragraphs 0-2 and 10-13 */
    assert_int_equal(doc->n_hits, 7);
    assert_string_equal(doc->hits[2].rule, "r2");
    assert_string_equal(doc->hits[3].rule, "r10");
    polex_doc_free(doc);
    topic_lexicon_free(t);
}

static void short_document_keeps_every_hit(void **state) {
    (void)state;
    topic_lexicon *t = load_text(lexicon);
    polex_error err;
    polex_doc *doc = test_doc("a judge blocked the cap . the city will appeal . it sued .");
    for (uint32_t i = 0; i < 3; i++) {
        polex_hit h = {.rule = rule_names[i], .sentence = i};
        polex_doc_add_hit(doc, &h);
    }
    assert_int_equal(topic_filter(t, NULL, doc, &err), POLEX_OK);
    assert_int_equal(doc->n_hits, 3);
    polex_doc_free(doc);
    topic_lexicon_free(t);
}

static void oversized_entry_is_a_rules_error(void **state) {
    (void)state;
    char text[256] = "";
    for (int i = 0; i < 20; i++)
        strncat(text, "w ", sizeof text - strlen(text) - 1);
    strncat(text, "\n", sizeof text - strlen(text) - 1);
    char path[64];
    write_temp(text, path);
    topic_lexicon *t = NULL;
    polex_error err;
    polex_error_clear(&err);
    assert_int_equal(topic_lexicon_load(path, &t, &err), POLEX_ERR_RULES);
    assert_null(t);
    assert_int_equal(err.offset, 1);
    assert_string_equal(err.source, path);
    unlink(path);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sentences_name_the_domain),
        cmocka_unit_test(missing_lexicon_keeps_every_hit),
        cmocka_unit_test(off_topic_document_keeps_what_is_near_the_topic),
        cmocka_unit_test(on_topic_document_keeps_every_hit),
        cmocka_unit_test(court_document_naming_the_domain_once_keeps_every_hit),
        cmocka_unit_test(paragraph_shares_its_topic),
        cmocka_unit_test(sparse_mention_keeps_what_is_near_the_topic),
        cmocka_unit_test(short_document_keeps_every_hit),
        cmocka_unit_test(oversized_entry_is_a_rules_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
