/* test_xml.c - Federal Register XML and generic XML documents. */
#include "ingest_test_util.h"

static void federal_register_executive_order(void **state) {
    (void)state;
    const char *in =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<PRESDOCU>\n <EXECORD>\n  <PRTPAGE P=\"8443\"/>\n"
        "  <PRES>Presidential Documents</PRES>\n"
        "  <EXECORDR>Executive Order 14999 of January 20, 2025</EXECORDR>\n"
        "  <HD SOURCE=\"HED\">Protecting Communities From Obstruction</HD>\n"
        "  <FP>By the authority vested in me as President, it is hereby ordered:</FP>\n"
        "  <P><E T=\"04\">Section 1.</E> <E T=\"04\">Purpose.</E> Some jurisdictions\n"
        "   refuse to honor detainers.</P>\n"
        "  <P><E T=\"04\">Sec. 2.</E> <E T=\"04\">Policy.</E> Grants shall not fund them.</P>\n"
        "  <PSIG>trump</PSIG>\n  <PLACE>THE WHITE HOUSE,</PLACE>\n"
        "  <DATE>January 20, 2025.</DATE>\n"
        "  <FRDOC>[FR Doc. 2025-01234 Filed 1-22-25; 8:45 am]</FRDOC>\n"
        "  <BILCOD>Billing code 3395-F4-P</BILCOD>\n </EXECORD>\n</PRESDOCU>\n";
    polex_doc *doc = ingest_ok("eo.xml", in, strlen(in));
    assert_well_formed(doc);
    assert_string_equal(doc->format, "xml");
    assert_string_equal(doc->title, "Protecting Communities From Obstruction");
    assert_string_equal(doc->published, "2025-01-20");
    char b[256];
    const char *want[] = {
        "Presidential Documents",
        "Executive Order 14999 of January 20, 2025",
        "Protecting Communities From Obstruction",
        "By the authority vested in me as President, it is hereby ordered:",
        "Section 1. Purpose. Some jurisdictions refuse to honor detainers.",
        "Sec. 2. Policy. Grants shall not fund them.",
        "trump",
        "THE WHITE HOUSE,",
        "January 20, 2025.",
    };
    assert_int_equal(doc->n_paragraphs, sizeof want / sizeof want[0]);
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        assert_string_equal(para(doc, i, b, sizeof b), want[i]);
    polex_doc_free(doc);
}

static void generic_xml_with_body(void **state) {
    (void)state;
    /* JATS-like: front matter outside <body> gives the title and date only. */
    const char *in = "<article><front><article-title>Sanctuary Policies and Crime</article-title>"
                     "<contrib>A. Author, Some University</contrib>"
                     "<pub-date>2024-11-05</pub-date></front>"
                     "<body><sec><title>Introduction</title>"
                     "<p>Counties that <italic>limit</italic> cooperation were studied.</p>"
                     "<list><list-item><p>First point.</p></list-item></list></sec></body>"
                     "</article>";
    polex_doc *doc = ingest_ok("paper", in, strlen(in));
    assert_well_formed(doc);
    assert_string_equal(doc->format, "xml");
    assert_string_equal(doc->title, "Sanctuary Policies and Crime");
    assert_string_equal(doc->published, "2024-11-05");
    assert_string_equal(doc->text,
                        "Introduction\n\nCounties that limit cooperation were studied.\n\n"
                        "First point.");
    polex_doc_free(doc);
}

static void broken_and_deep_xml(void **state) {
    (void)state;
    const char *cut = "<?xml version=\"1.0\"?><doc><p>The county sued.</p><p>The judge ru";
    polex_doc *doc = ingest_ok("cut.xml", cut, strlen(cut));
    assert_non_null(strstr(doc->text, "The county sued."));
    polex_doc_free(doc);

    size_t depth = 10000;
    size_t cap = depth * 7 + 64;
    char *deep = malloc(cap);
    size_t n = 0;
    n += (size_t)snprintf(deep + n, cap - n, "<?xml version=\"1.0\"?>");
    for (size_t i = 0; i < depth; i++)
        memcpy(deep + n, "<a>", 3), n += 3;
    memcpy(deep + n, "deep text", 9), n += 9;
    for (size_t i = 0; i < depth; i++)
        memcpy(deep + n, "</a>", 4), n += 4;
    polex_blob blob = {.source = "deep.xml", .data = deep, .len = n};
    polex_doc *d = NULL;
    polex_error err;
    /* libxml2 stops at its nesting limit: a clean error, or what was read. */
    polex_status rc = polex_ingest_blob(&blob, &d, &err);
    if (rc == POLEX_OK)
        assert_well_formed(d);
    else
        assert_int_equal(err.code, POLEX_ERR_INPUT);
    polex_doc_free(d);
    free(deep);

    polex_error e = ingest_fails("junk.xml", "<?xml version=\"1.0\"?><", 22, POLEX_ERR_INPUT);
    assert_string_equal(e.source, "junk.xml");
}

static const char *format_of(const char *source, const char *data) {
    static char fmt[8];
    polex_doc *doc = ingest_ok(source, data, strlen(data));
    snprintf(fmt, sizeof fmt, "%s", doc->format);
    polex_doc_free(doc);
    return fmt;
}

static void format_sniffing(void **state) {
    (void)state;
    /* Content decides over the name... */
    assert_string_equal(format_of("a.txt", "<!DOCTYPE html><p>Hello there.</p>"), "html");
    assert_string_equal(format_of("a.html", "<?xml version=\"1.0\"?><doc><p>Hi.</p></doc>"), "xml");
    /* ...markup made of HTML names is HTML, other vocabularies are XML... */
    assert_string_equal(format_of("frag", "<div><p>Hello there, council.</p></div>"), "html");
    assert_string_equal(format_of("frag", "<memo><to>Staff</to><body>Hi.</body></memo>"), "xml");
    /* ...and prose with angle brackets stays text. */
    assert_string_equal(format_of("note", "Funding fell when x < y and z > w."), "text");
    assert_string_equal(format_of("a.txt", "<p> is how HTML marks a paragraph."), "text");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(federal_register_executive_order),
        cmocka_unit_test(generic_xml_with_body),
        cmocka_unit_test(broken_and_deep_xml),
        cmocka_unit_test(format_sniffing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
