/* test_encoding.c - charsets, mislabels and inputs that are not text. */
#include "ingest_test_util.h"

#include "encoding.h"

static void utf8_bom_stripped(void **state) {
    (void)state;
    const char in[] = "\xEF\xBB\xBFJudge rules against the city.";
    polex_doc *doc = ingest_ok("bom.txt", in, sizeof in - 1);
    assert_string_equal(doc->text, "Judge rules against the city.");
    assert_int_equal(doc->bytes, sizeof in - 1);
    polex_doc_free(doc);
}

static size_t to_utf16le(const char *ascii, char *out, bool bom) {
    size_t n = 0;
    if (bom) out[n++] = '\xFF', out[n++] = '\xFE';
    for (const char *p = ascii; *p; p++)
        out[n++] = *p, out[n++] = '\0';
    return n;
}

static void utf16_with_and_without_bom(void **state) {
    (void)state;
    char buf[256];
    size_t n = to_utf16le("Mayor vows to resist.\n\nThe council agreed.\n", buf, true);
    polex_doc *doc = ingest_ok("u16.txt", buf, n);
    assert_string_equal(doc->text, "Mayor vows to resist.\n\nThe council agreed.");
    polex_doc_free(doc);
    n = to_utf16le("Mayor vows to resist.\n\nThe council agreed.\n", buf, false);
    doc = ingest_ok("u16-nobom.txt", buf, n);
    assert_string_equal(doc->text, "Mayor vows to resist.\n\nThe council agreed.");
    polex_doc_free(doc);
}

static void undeclared_cp1252(void **state) {
    (void)state;
    const char in[] = "The mayor\x92s office said \x93no\x94 \x96 again, in Espa\xF1ol.";
    polex_doc *doc = ingest_ok("cp.txt", in, sizeof in - 1);
    assert_string_equal(doc->text, "The mayor\xE2\x80\x99s office said \xE2\x80\x9Cno\xE2\x80\x9D "
                                   "\xE2\x80\x93 again, in Espa\xC3\xB1ol.");
    polex_doc_free(doc);
}

static void mostly_utf8_with_a_bad_byte(void **state) {
    (void)state;
    /* Two good sequences and one stray byte: UTF-8 with a replacement. */
    const char in[] = "Caf\xC3\xA9 owners \xFF met M\xC3\xBCller.";
    polex_doc *doc = ingest_ok("bad.txt", in, sizeof in - 1);
    assert_string_equal(doc->text, "Caf\xC3\xA9 owners \xEF\xBF\xBD met M\xC3\xBCller.");
    polex_doc_free(doc);
}

static const char *find(const polex_doc *doc, const char *needle) {
    return strstr(doc->text, needle);
}

static void html_mislabelled_both_ways(void **state) {
    (void)state;
    /* Says windows-1252, is UTF-8. */
    const char a[] = "<html><head><meta charset=\"windows-1252\"><title>T</title></head><body>"
                     "<p>The caf\xC3\xA9 on Main Street closed after the raid, owners said on "
                     "Tuesday, and the city council met to discuss sanctuary rules.</p>"
                     "</body></html>";
    polex_doc *doc = ingest_ok("a.html", a, sizeof a - 1);
    assert_string_equal(doc->format, "html");
    assert_non_null(find(doc, "caf\xC3\xA9 on Main"));
    polex_doc_free(doc);
    /* Says UTF-8, is windows-1252. */
    const char b[] = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                     "charset=utf-8\"></head><body><p>The mayor\x92s office said the "
                     "caf\xE9 would reopen once the county had reviewed its detainer "
                     "policy with the sheriff.</p></body></html>";
    doc = ingest_ok("b.html", b, sizeof b - 1);
    assert_non_null(find(doc, "mayor\xE2\x80\x99s office"));
    assert_non_null(find(doc, "caf\xC3\xA9 would"));
    polex_doc_free(doc);
    /* Says Latin-1 and is. */
    const char c[] = "<html><head><meta charset=iso-8859-1></head><body><p>Se\xF1or Pe\xF1"
                     "a, the county executive, said the county would keep its policy of "
                     "declining detainer requests from federal agents.</p></body></html>";
    doc = ingest_ok("c.html", c, sizeof c - 1);
    assert_non_null(find(doc, "Se\xC3\xB1or Pe\xC3\xB1"));
    polex_doc_free(doc);
}

static void declared_charsets_via_iconv(void **state) {
    (void)state;
    polex_decoded d;
    polex_error err;
    /* "Привет" in KOI8-R, named by an outside hint (as a WARC header would). */
    const char koi[] = "\xF0\xD2\xC9\xD7\xC5\xD4";
    assert_int_equal(polex_enc_to_utf8(koi, 6, "KOI8-R", &d, &err), POLEX_OK);
    assert_string_equal(d.utf8, "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82");
    free(d.utf8);
    /* Unknown label: the bytes decide (valid UTF-8 here). */
    const char x[] = "<meta charset=\"x-no-such-charset\">caf\xC3\xA9";
    assert_int_equal(polex_enc_to_utf8(x, sizeof x - 1, NULL, &d, &err), POLEX_OK);
    assert_string_equal(d.charset, "utf-8");
    assert_non_null(strstr(d.utf8, "caf\xC3\xA9"));
    free(d.utf8);
    /* NUL bytes never reach the text. */
    const char z[] = "a\0b";
    assert_int_equal(polex_enc_to_utf8(z, 3, NULL, &d, &err), POLEX_OK);
    assert_int_equal(d.len, 2);
    assert_string_equal(d.utf8, "ab");
    free(d.utf8);
}

static void declarations_rewritten_for_html(void **state) {
    (void)state;
    const char in[] = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html><head>"
                      "<meta charset=\"sjis\"><meta content=\"text/html; charset=koi8-r\" "
                      "http-equiv=\"Content-Type\"></head></html>";
    size_t n = 0;
    bool changed;
    char *out = polex_enc_declare_utf8(in, sizeof in - 1, &n, &changed);
    assert_true(changed);
    assert_non_null(out);
    assert_string_equal(out, "<?xml version=\"1.0\" encoding=\"utf-8\"?><html><head>"
                             "<meta charset=\"utf-8\"><meta content=\"text/html; charset=utf-8\" "
                             "http-equiv=\"Content-Type\"></head></html>");
    assert_int_equal(n, strlen(out));
    free(out);
    const char plain[] = "<meta charset=utf-8><p>x</p>";
    assert_null(polex_enc_declare_utf8(plain, sizeof plain - 1, &n, &changed));
    assert_false(changed);
}

static void xml_declared_latin1(void **state) {
    (void)state;
    const char in[] = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                      "<doc><title>Ca\xF1on City</title><p>Ca\xF1on City limits "
                      "cooperation.</p></doc>";
    polex_doc *doc = ingest_ok("l1.xml", in, sizeof in - 1);
    assert_string_equal(doc->format, "xml");
    assert_string_equal(doc->title, "Ca\xC3\xB1on City");
    assert_string_equal(doc->text, "Ca\xC3\xB1on City\n\nCa\xC3\xB1on City limits cooperation.");
    polex_doc_free(doc);
}

static void not_text_inputs(void **state) {
    (void)state;
    polex_error e = ingest_fails("empty.txt", "", 0, POLEX_ERR_INPUT);
    assert_string_equal(e.message, "empty input");
    e = ingest_fails("blank.txt", " \n\t\r\n ", 6, POLEX_ERR_INPUT);
    assert_string_equal(e.message, "empty input");
    const char nul[] = "Mayor vows\0\0\0 to resist\0 enforcement.";
    e = ingest_fails("nul.txt", nul, sizeof nul - 1, POLEX_ERR_INPUT);
    assert_non_null(strstr(e.message, "NUL"));
    const char png[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR";
    e = ingest_fails("img.html", png, sizeof png - 1, POLEX_ERR_INPUT);
    assert_non_null(strstr(e.message, "PNG"));
    char junk[600];
    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = (char)(1 + (i * 37) % 30);
    e = ingest_fails("junk.bin", junk, sizeof junk, POLEX_ERR_INPUT);
    assert_non_null(strstr(e.message, "control"));
    /* The id names the bytes, so an error can be matched to its input. */
    char id[33];
    polex_hash_hex(junk, sizeof junk, id);
    assert_string_equal(e.doc_id, id);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(utf8_bom_stripped),
        cmocka_unit_test(utf16_with_and_without_bom),
        cmocka_unit_test(undeclared_cp1252),
        cmocka_unit_test(mostly_utf8_with_a_bad_byte),
        cmocka_unit_test(html_mislabelled_both_ways),
        cmocka_unit_test(declared_charsets_via_iconv),
        cmocka_unit_test(declarations_rewritten_for_html),
        cmocka_unit_test(xml_declared_latin1),
        cmocka_unit_test(not_text_inputs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
