/* test_text.c - plain text: paragraphs, titles, datelines, orders, court filings. */
#include "ingest_test_util.h"

#define S(lit) lit, sizeof(lit) - 1

static void news_with_title_and_ap_dateline(void **state) {
    (void)state;
    const char *in = "Newsom signs bill limiting jail transfers\n"
                     "\n"
                     "SACRAMENTO, Calif. (AP) \xE2\x80\x94 March 3, 2025 \xE2\x80\x94 Gov. Gavin "
                     "Newsom signed a bill on Monday\n"
                     "that limits transfers from county jails to federal immigration agents,\n"
                     "his office said.\n"
                     "\n"
                     "The law takes effect in July.\n";
    polex_doc *doc = ingest_ok("ap.txt", in, strlen(in));
    assert_well_formed(doc);
    char b[512];
    assert_string_equal(doc->format, "text");
    assert_string_equal(doc->title, "Newsom signs bill limiting jail transfers");
    assert_string_equal(doc->published, "2025-03-03");
    assert_int_equal(doc->n_paragraphs, 3);
    assert_string_equal(para(doc, 0, b, sizeof b), "Newsom signs bill limiting jail transfers");
    assert_string_equal(
        para(doc, 1, b, sizeof b),
        "SACRAMENTO, Calif. (AP) \xE2\x80\x94 March 3, 2025 \xE2\x80\x94 Gov. Gavin "
        "Newsom signed a bill on Monday that limits transfers from county jails "
        "to federal immigration agents, his office said.");
    assert_string_equal(para(doc, 2, b, sizeof b), "The law takes effect in July.");
    assert_string_equal(doc->source, "ap.txt");
    assert_int_equal(doc->bytes, strlen(in));
    char id[33];
    polex_hash_hex(in, strlen(in), id);
    assert_string_equal(doc->doc_id, id);
    polex_doc_free(doc);
}

static void washington_dateline(void **state) {
    (void)state;
    const char *in = "WASHINGTON, Jan. 25, 2025 \xE2\x80\x94 The Justice Department said Friday it "
                     "would review grants to cities that decline to honor detainers.\n";
    polex_doc *doc = ingest_ok("dc.txt", in, strlen(in));
    assert_string_equal(doc->published, "2025-01-25");
    assert_null(doc->title); /* one line, no blank line after it */
    assert_int_equal(doc->n_paragraphs, 1);
    polex_doc_free(doc);
}

static void wire_dateline_with_agency_and_decided_line(void **state) {
    (void)state;
    const char *in = "Kent County sheriff ends 287(g) deal\n\n"
                     "GRAND RAPIDS, Mich., Feb. 5, 2026 (Reuters) \xE2\x80\x94 The Kent County "
                     "sheriff said Thursday he would end the agreement.\n";
    polex_doc *doc = ingest_ok("wire.txt", in, strlen(in));
    assert_string_equal(doc->published, "2026-02-05");
    polex_doc_free(doc);

    in = "UNITED STATES COURT OF APPEALS FOR THE SIXTH CIRCUIT\n\n"
         "Argued: March 3, 2026\n\nDecided and Filed: September 8, 2026\n\n"
         "Before: MOORE, GRIFFIN, and BLOOMEKATZ, Circuit Judges.\n";
    doc = ingest_ok("opinion.txt", in, strlen(in));
    assert_string_equal(doc->published, "2026-09-08"); /* not the argument date */
    polex_doc_free(doc);
}

static void transcript_speakers_start_paragraphs(void **state) {
    (void)state;
    const char *in = "ANCHOR: The county voted tonight to end its jail agreement with ICE\n"
                     "DIAZ: Thanks. The vote was 4 to 1.\n"
                     "REPORTER (Albuquerque Journal): Will the city sue\n"
                     "MAYOR KELLER: We will.\n";
    polex_doc *doc = ingest_ok("tv.txt", in, strlen(in));
    char b[512];
    assert_int_equal(doc->n_paragraphs, 4);
    assert_string_equal(para(doc, 1, b, sizeof b), "DIAZ: Thanks. The vote was 4 to 1.");
    assert_string_equal(para(doc, 3, b, sizeof b), "MAYOR KELLER: We will.");
    polex_doc_free(doc);
}

static void date_line_and_body_dates(void **state) {
    (void)state;
    const char *in = "City sues over grant conditions\n\nApril 24, 2025\n\n"
                     "The city filed suit on Thursday. A hearing is set for May 9, 2025, the "
                     "clerk said.\n";
    polex_doc *doc = ingest_ok("d.txt", in, strlen(in));
    assert_string_equal(doc->title, "City sues over grant conditions");
    assert_string_equal(doc->published, "2025-04-24");
    assert_int_equal(doc->n_paragraphs, 3);
    polex_doc_free(doc);

    /* A date inside a long body paragraph is not the publication date. */
    const char *body = "A federal judge on March 3, 2025 blocked the administration's plan to "
                       "withhold grants from more than a dozen jurisdictions that refused to "
                       "assist with immigration enforcement, according to court records.\n";
    doc = ingest_ok("b.txt", body, strlen(body));
    assert_null(doc->published);
    polex_doc_free(doc);
}

static void unwrapped_lines_are_paragraphs(void **state) {
    (void)state;
    const char *l1 = "President Donald Trump is set to sign a new executive order directing "
                     "federal officials to identify cities and states that are not complying "
                     "with federal immigration laws, a move that intensifies his push.";
    const char *l2 = "According to a senior White House official, the order will task the "
                     "Attorney General with compiling a detailed list of local governments.";
    char in[1024];
    snprintf(in, sizeof in, "%s\n%s\n", l1, l2);
    polex_doc *doc = ingest_ok("seed.txt", in, strlen(in));
    assert_well_formed(doc);
    char b[512];
    assert_null(doc->title);
    assert_int_equal(doc->n_paragraphs, 2);
    assert_string_equal(para(doc, 0, b, sizeof b), l1);
    assert_string_equal(para(doc, 1, b, sizeof b), l2);
    polex_doc_free(doc);
}

static void executive_order_sections(void **state) {
    (void)state;
    const char *in = "EXECUTIVE ORDER 14999\n"
                     "\n"
                     "By the authority vested in me as President by the Constitution and the\n"
                     "laws of the United States of America, it is hereby ordered as follows:\n"
                     "Section 1. Purpose. Some jurisdictions refuse to honor detainers issued by\n"
                     "Immigration and Customs Enforcement, and this order addresses that refusal\n"
                     "across all grant programs.\n"
                     "Sec. 2. Policy.\n"
                     "It is the policy of the United States that federal grants shall not fund\n"
                     "jurisdictions that obstruct federal law enforcement in any way at all.\n"
                     "(a) The Attorney General shall publish a list of such jurisdictions within\n"
                     "30 days of the date of this order.\n"
                     "(b) The Secretary shall review existing awards.\n"
                     "\n"
                     "THE WHITE HOUSE,\n"
                     "July 21, 2025.\n";
    polex_doc *doc = ingest_ok("eo.txt", in, strlen(in));
    assert_well_formed(doc);
    char b[512];
    assert_string_equal(doc->title, "EXECUTIVE ORDER 14999");
    assert_string_equal(doc->published, "2025-07-21");
    const char *want[] = {
        "EXECUTIVE ORDER 14999",
        "By the authority vested in me as President by the Constitution and the laws of the "
        "United States of America, it is hereby ordered as follows:",
        "Section 1. Purpose. Some jurisdictions refuse to honor detainers issued by Immigration "
        "and Customs Enforcement, and this order addresses that refusal across all grant "
        "programs.",
        "Sec. 2. Policy.",
        "It is the policy of the United States that federal grants shall not fund jurisdictions "
        "that obstruct federal law enforcement in any way at all.",
        "(a) The Attorney General shall publish a list of such jurisdictions within 30 days of "
        "the date of this order.",
        "(b) The Secretary shall review existing awards.",
        "THE WHITE HOUSE,",
        "July 21, 2025.",
    };
    assert_int_equal(doc->n_paragraphs, sizeof want / sizeof want[0]);
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        assert_string_equal(para(doc, i, b, sizeof b), want[i]);
    polex_doc_free(doc);
}

static void court_filing_furniture_dropped(void **state) {
    (void)state;
    /* Pleading paper: numbered lines, double spacing, a page header and a
     * form feed in the middle of a sentence. */
    const char *in = "1   UNITED STATES DISTRICT COURT\n"
                     "2\n"
                     "3   ORDER GRANTING PRELIMINARY INJUNCTION\n"
                     "4\n"
                     "5   The Court finds that the conditions attached to the grants exceed\n"
                     "6\n"
                     "7   the statutory authority of the Department and that plaintiffs are\n"
                     "8\n"
                     "9   likely to succeed on the merits of\n"
                     "\f"
                     "Case 3:25-cv-01350-WHO Document 42 Filed 04/24/25 Page 3 of 12\n"
                     "1   their claims against the United States.\n"
                     "2\n"
                     "3   IT IS SO ORDERED.\n"
                     "4\n"
                     "5   Dated: April 24, 2025\n"
                     "6\n"
                     "7   Page 4 of 12\n"
                     "8\n"
                     "9\n"
                     "10\n"
                     "11\n";
    polex_doc *doc = ingest_ok("order.txt", in, strlen(in));
    assert_well_formed(doc);
    char b[512];
    const char *want[] = {
        "UNITED STATES DISTRICT COURT",
        "ORDER GRANTING PRELIMINARY INJUNCTION",
        "The Court finds that the conditions attached to the grants exceed the statutory "
        "authority of the Department and that plaintiffs are likely to succeed on the merits "
        "of their claims against the United States.",
        "IT IS SO ORDERED.",
        "Dated: April 24, 2025",
    };
    assert_int_equal(doc->n_paragraphs, sizeof want / sizeof want[0]);
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        assert_string_equal(para(doc, i, b, sizeof b), want[i]);
    assert_string_equal(doc->published, "2025-04-24");
    /* A filing's caption is its title, not the court's name above it. */
    assert_string_equal(doc->title, "ORDER GRANTING PRELIMINARY INJUNCTION");
    polex_doc_free(doc);
}

static void whitespace_normalized(void **state) {
    (void)state;
    /* CRLF, tabs, NBSP, thin space, zero-width space, soft hyphen, a stray
     * control byte, trailing blanks. */
    const char *in = "  Judge\tblocks\xC2\xA0order  \r\n\r\n"
                     "The\xE2\x80\x89ruling\xE2\x80\x8B came on\x01 Friday \xC2\xAD.  \r\n"
                     "\r\n\r\n\r\n";
    polex_doc *doc = ingest_ok("ws.txt", in, strlen(in));
    assert_well_formed(doc);
    assert_string_equal(doc->text, "Judge blocks order\n\nThe ruling came on Friday .");
    assert_string_equal(doc->title, "Judge blocks order");
    polex_doc_free(doc);
}

static void huge_single_line(void **state) {
    (void)state;
    size_t n = 20u * 1024u * 1024u;
    char *in = malloc(n);
    assert_non_null(in);
    for (size_t i = 0; i < n; i++)
        in[i] = (i % 7 == 6) ? ' ' : (char)('a' + i % 26);
    polex_doc *doc = ingest_ok("huge.txt", in, n);
    assert_int_equal(doc->n_paragraphs, 1);
    assert_true(doc->text_len > n - 2 && doc->text_len <= n);
    assert_memory_equal(doc->text, in, 100);
    polex_doc_free(doc);
    free(in);
}

static void paragraphs_slice_back(void **state) {
    (void)state;
    const char *in = "Caf\xC3\xA9 owners sue\n\n\xE2\x80\x9CWe will resist,\xE2\x80\x9D "
                     "the mayor said.\n\nM\xC3\xBCller agreed.\n";
    polex_doc *doc = ingest_ok("u.txt", in, strlen(in));
    assert_well_formed(doc);
    char b[256];
    assert_string_equal(para(doc, 0, b, sizeof b), "Caf\xC3\xA9 owners sue");
    assert_string_equal(para(doc, 1, b, sizeof b),
                        "\xE2\x80\x9CWe will resist,\xE2\x80\x9D the mayor said.");
    assert_string_equal(para(doc, 2, b, sizeof b), "M\xC3\xBCller agreed.");
    polex_doc_free(doc);
}

static void more_date_forms(void **state) {
    (void)state;
    /* "WHEREAS," is not a dateline; the signature date at the end is used. */
    const char *eo = "EXECUTIVE ORDER 25-04\n\n"
                     "WHEREAS, Executive Order 17-01, issued on February 23, 2017, directed "
                     "agencies to protect personal information;\n\n"
                     "NOW, THEREFORE, I order as follows.\n\n"
                     "Signed and sealed at Olympia, on this 11th day of March, 2025.\n";
    polex_doc *doc = ingest_ok("wa.txt", eo, strlen(eo));
    assert_string_equal(doc->published, "2025-03-11");
    assert_null(doc->author);
    polex_doc_free(doc);

    /* No date in the text: the court's filing stamp on a dropped page
     * header; appellate header styles are dropped too. */
    const char *order = "ORDER\n\nThe motion is granted in part.\n\n"
                        "Case: 25-4290, 10/14/2025, DktEntry: 33.1, Page 2 of 4\n\n"
                        "The stay is denied.\n\n"
                        "Case 1:25-cv-01127-RMR Document 89 Filed 12/09/25 USDC Colorado pg 3 "
                        "of 7\n\nSo ordered.\n";
    doc = ingest_ok("stay.txt", order, strlen(order));
    assert_string_equal(doc->text, "ORDER\n\nThe motion is granted in part.\n\n"
                                   "The stay is denied.\n\nSo ordered.");
    assert_string_equal(doc->published, "2025-12-09");
    polex_doc_free(doc);

    /* A year-less AP dateline gives no date rather than a guessed one; the
     * byline gives the author. */
    const char *ap = "Council reaffirms Trust Act\n\nBy Jane Q. Reporter\n\n"
                     "BOSTON, July 17 \xE2\x80\x94 The council voted 11-2 on Wednesday.\n";
    doc = ingest_ok("ap2.txt", ap, strlen(ap));
    assert_null(doc->published);
    assert_string_equal(doc->author, "Jane Q. Reporter");
    polex_doc_free(doc);
}

static void pathological_text(void **state) {
    (void)state;
    /* Five million blank lines: nothing to read, a clean error. */
    size_t n = 5u * 1024u * 1024u;
    char *in = malloc(n);
    assert_non_null(in);
    memset(in, '\n', n);
    polex_error e = ingest_fails("blank-lines.txt", in, n, POLEX_ERR_INPUT);
    assert_string_equal(e.message, "empty input");
    /* Only invisible characters (soft hyphens, zero-width spaces). */
    const char invis[] = "\xC2\xAD\xE2\x80\x8B\xC2\xAD\n\xE2\x80\x8B";
    e = ingest_fails("invisible.txt", invis, sizeof invis - 1, POLEX_ERR_INPUT);
    assert_string_equal(e.message, "no text found in the document");
    /* A million one-word lines: one wrapped paragraph, in linear time. */
    for (size_t i = 0; i + 2 <= n; i += 2)
        in[i] = 'w', in[i + 1] = '\n';
    polex_doc *doc = ingest_ok("words.txt", in, n);
    assert_int_equal(doc->n_paragraphs, 1);
    assert_int_equal(doc->text_len, n - 1);
    polex_doc_free(doc);
    free(in);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(news_with_title_and_ap_dateline),
        cmocka_unit_test(washington_dateline),
        cmocka_unit_test(wire_dateline_with_agency_and_decided_line),
        cmocka_unit_test(transcript_speakers_start_paragraphs),
        cmocka_unit_test(date_line_and_body_dates),
        cmocka_unit_test(unwrapped_lines_are_paragraphs),
        cmocka_unit_test(executive_order_sections),
        cmocka_unit_test(court_filing_furniture_dropped),
        cmocka_unit_test(whitespace_normalized),
        cmocka_unit_test(huge_single_line),
        cmocka_unit_test(paragraphs_slice_back),
        cmocka_unit_test(more_date_forms),
        cmocka_unit_test(pathological_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
