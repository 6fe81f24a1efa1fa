/*
 * test_html_extract.c - polex_html_extract on small hand-written pages:
 * exact main text, paragraph ranges, metadata, charsets, and bad input
 * (truncated, deeply nested, NUL bytes, giant attributes, binary, empty).
 */
#include "html_internal.h"
#include "ingest_internal.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

/* Every paragraph range slices a non-empty, trimmed run of the text, the
 * ranges are in order and separated by exactly "\n\n", and they cover it. */
static void check_paragraphs(const polex_doc *doc) {
    assert_true(polex_utf8_valid(doc->text, doc->text_len, NULL));
    assert_int_equal(strlen(doc->text), doc->text_len);
    size_t pos = 0;
    for (size_t i = 0; i < doc->n_paragraphs; i++) {
        polex_span p = doc->paragraphs[i];
        assert_true(p.start < p.end);
        assert_true(p.end <= doc->text_len);
        if (i > 0) {
            assert_int_equal(p.start, pos + 2);
            assert_memory_equal(doc->text + pos, "\n\n", 2);
        } else {
            assert_int_equal(p.start, 0);
        }
        assert_true(doc->text[p.start] != ' ' && doc->text[p.end - 1] != ' ');
        assert_null(memchr(doc->text + p.start, '\n', p.end - p.start));
        pos = p.end;
    }
    assert_int_equal(pos, doc->text_len);
}

/* Extracts html (len bytes) into a new doc; asserts success. */
static polex_doc *extract(const char *html, size_t len) {
    polex_doc *doc = polex_doc_new();
    assert_non_null(doc);
    polex_error err;
    polex_status rc = polex_html_extract(html, len, doc, &err);
    if (rc != POLEX_OK) fail_msg("extract failed: %s", err.message);
    check_paragraphs(doc);
    return doc;
}

static polex_doc *extract_str(const char *html) {
    return extract(html, strlen(html));
}

static void assert_paragraph(const polex_doc *doc, size_t i, const char *want) {
    assert_true(i < doc->n_paragraphs);
    polex_span p = doc->paragraphs[i];
    size_t n = p.end - p.start;
    if (n != strlen(want) || memcmp(doc->text + p.start, want, n) != 0)
        fail_msg("paragraph %zu is \"%.*s\", want \"%s\"", i, (int)n, doc->text + p.start, want);
}

static char *read_page(const char *name, size_t *len) {
    char path[1024];
    snprintf(path, sizeof path, "%s/pages/%s", POLEX_TEST_DATA, name);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    *len = (size_t)n;
    return buf;
}

/* ---- main content and metadata ------------------------------------------ */

static void test_article_page(void **state) {
    (void)state;
    size_t len;
    char *html = read_page("article.html", &len);
    polex_doc *doc = extract(html, len);
    static const char *const want[] = {
        "The city council voted 7-2 on Monday to stop honoring most federal immigration "
        "detainer requests, a move that supporters said would rebuild trust with immigrant "
        "residents.",
        "The ordinance bars the police department from holding people past their release date "
        "unless a judge has signed a warrant, according to the text adopted by the council.",
        "What the ordinance does",
        "It ends holds based only on detainer requests without a judicial warrant.",
        "It limits federal agents' access to people held in the city jail.",
        "\xe2\x80\x9cThis is about keeping our neighbors safe and our promises kept,\xe2\x80\x9d "
        "said Council Member Ana Ortiz.",
        "Opponents warned that the city could lose federal grants, including Byrne JAG funds "
        "that pay for overtime and new equipment for officers.",
        "The mayor is expected to sign the ordinance later this week, a spokesperson said on "
        "Tuesday."};
    size_t n = sizeof want / sizeof *want;
    assert_int_equal(doc->n_paragraphs, n);
    for (size_t i = 0; i < n; i++)
        assert_paragraph(doc, i, want[i]);
    /* Headline, byline, caption, share tools, ads, related links, comments,
     * cookie banner, navigation, footer and scripts are all left out. */
    static const char *const absent[] = {
        "Council votes",  "By Dana", "Share on", "listen to", "Advertisement", "County sheriff",
        "great decision", "cookies", "Sports",   "Copyright", "analytics"};
    for (size_t i = 0; i < sizeof absent / sizeof *absent; i++)
        if (strstr(doc->text, absent[i])) fail_msg("text holds \"%s\"", absent[i]);
    assert_string_equal(doc->title, "Council votes to limit detainer requests");
    assert_string_equal(doc->published, "2025-03-03");
    assert_string_equal(doc->author, "Dana Reyes");
    assert_string_equal(doc->url, "https://gazette.example/news/council-detainers");
    polex_doc_free(doc);
    free(html);
}

static const char body_text[] =
    "<p>The county board approved the budget after a long debate about the jail.</p>";

static void test_title_from_title_tag(void **state) {
    (void)state;
    char html[1024];
    snprintf(html, sizeof html,
             "<html><head><title>Board approves county budget - The Daily Example</title>"
             "</head><body>%s</body></html>",
             body_text);
    polex_doc *doc = extract_str(html);
    assert_string_equal(doc->title, "Board approves county budget");
    assert_string_equal(doc->text,
                        "The county board approved the budget after a long debate about the jail.");
    assert_null(doc->published);
    assert_null(doc->url);
    polex_doc_free(doc);
}

static void test_title_from_h1(void **state) {
    (void)state;
    char html[1024];
    snprintf(html, sizeof html, "<html><body><h1>  Board approves\n budget </h1>%s</body></html>",
             body_text);
    polex_doc *doc = extract_str(html);
    assert_string_equal(doc->title, "Board approves budget");
    /* The headline is metadata, not text. */
    assert_null(strstr(doc->text, "Board approves"));
    polex_doc_free(doc);
}

static void test_author_from_byline(void **state) {
    (void)state;
    char html[1024];
    snprintf(html, sizeof html,
             "<html><body><div class=\"author-title\">Opinion and analysis</div>"
             "<p class=\"article-byline\">By <a href=\"/m\">Maria L\xc3\xb3pez</a>, Staff Writer | "
             "Updated 10:04 AM</p>%s</body></html>",
             body_text);
    polex_doc *doc = extract_str(html);
    assert_string_equal(doc->author, "Maria L\xc3\xb3pez");
    polex_doc_free(doc);
    snprintf(html, sizeof html,
             "<html><body><div class=\"author-title\">The defense ministries</div>%s</body></html>",
             body_text);
    doc = extract_str(html);
    assert_null(doc->author);
    polex_doc_free(doc);
}

static void check_date(const char *head, const char *body, const char *want) {
    char html[2048];
    snprintf(html, sizeof html, "<html><head>%s</head><body>%s%s</body></html>", head, body,
             body_text);
    polex_doc *doc = extract_str(html);
    if (want) {
        assert_non_null(doc->published);
        assert_string_equal(doc->published, want);
    } else {
        assert_null(doc->published);
    }
    polex_doc_free(doc);
}

static void test_published_dates(void **state) {
    (void)state;
    check_date("<meta property=\"article:published_time\" content=\"2024-11-05T08:30:00Z\">", "",
               "2024-11-05");
    check_date("<meta name=\"DC.date\" content=\"2023/02/28\">", "", "2023-02-28");
    check_date("<meta name=\"date\" content=\"March 3, 2025\">", "", "2025-03-03");
    check_date("<meta name=\"pubdate\" content=\"20250107\">", "", "2025-01-07");
    check_date("", "<time datetime=\"2022-06-30T12:00\">June 30</time>", "2022-06-30");
    check_date("<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"WebSite\"}, "
               "{\"@type\": \"BlogPosting\", \"datePublished\": \"2021-12-24\"}]}</script>",
               "", "2021-12-24");
    /* JSON-LD wins over a <time> element elsewhere on the page. */
    check_date("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
               "\"datePublished\": \"2020-01-02T03:04:05+01:00\"}</script>",
               "<time datetime=\"2019-09-09\">x</time>", "2020-01-02");
    check_date("<meta property=\"article:published\" itemprop=\"datePublished dateCreated\" "
               "content=\"2019-11-19T11:00:09.000Z\">",
               "", "2019-11-19");
    check_date("<meta name=\"sn-post-date\" content=\"2019/11/19\">", "", "2019-11-19");
    check_date("<meta name=\"last-modified-date\" content=\"2019/11/19\">", "", NULL);
    check_date(
        "", "<div class=\"entry-meta\"><span class=\"post-date\">Posted Nov. 18, 2019</span></div>",
        "2019-11-18");
    /* a byline or meta line under the headline, when nothing says "date" */
    check_date("", "<p class=\"entry-meta\">June 11, 2026 &middot; by Jo Ames</p>", "2026-06-11");
    check_date("",
               "<p class=\"byline\">By Jo Ames | Published 5:42 PM MST, Thu January 22, 2026 | "
               "Updated 7:10 PM MST</p>",
               "2026-01-22");
    check_date("",
               "<p class=\"byline\">By Jo Ames, May 2, 2024</p>"
               "<span class=\"pub-date\">May 3, 2024</span>",
               "2024-05-03");
    check_date("", "<p class=\"byline\">By Jo Ames, staff writer</p>", NULL);
    check_date("<link rel=\"canonical\" href=\"https://x.example/2018/10/09/a-story/\">", "",
               "2018-10-09");
    /* Raw line breaks inside JSON-LD strings are tolerated. */
    check_date("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"description\": "
               "\"two\nlines\", \"datePublished\": \"01:38:07 PM IST Nov 20, 2019\"}</script>",
               "", "2019-11-20");
    check_date("<meta name=\"date\" content=\"2025-02-30\">", "", NULL);
    check_date("<script type=\"application/ld+json\">{not json</script>", "", NULL);
}

static void check_parse(const char *in, const char *want) {
    char *got = polex_html_parse_date(in);
    if (want) {
        assert_non_null(got);
        assert_string_equal(got, want);
    } else {
        assert_null(got);
    }
    free(got);
}

static void test_parse_date(void **state) {
    (void)state;
    check_parse("2025-03-03T14:05:00-05:00", "2025-03-03");
    check_parse(" 2024.12.31", "2024-12-31");
    check_parse("Tuesday, March 3, 2025 10:00 AM", "2025-03-03");
    check_parse("3 Mar 2025", "2025-03-03");
    check_parse("Sept. 21st, 2019", "2019-09-21");
    check_parse("2024-02-29", "2024-02-29");
    check_parse("2024-13-01", NULL);
    check_parse("yesterday", NULL);
    /* A day number at the very end must not be read past. */
    check_parse("March 3s", NULL);
    check_parse("3n", NULL);
    check_parse("June 2nd 2020", "2020-06-02");
    check_parse("", NULL);
}

static void test_lists_quotes_headings_tables(void **state) {
    (void)state;
    polex_doc *doc = extract_str(
        "<html><body><div class=\"entry-content\">"
        "<p>Officials released the list of jurisdictions on Friday, naming several counties.</p>"
        "<h3>Counties named</h3><ol><li>Cook County, Illinois</li><li>King County, "
        "Washington</li></ol>"
        "<table><tr><th>County</th><th>Grants</th></tr><tr><td>Cook</td><td>$1.5 "
        "million</td></tr></table>"
        "<blockquote>We will keep our policies no matter what the department decides, the "
        "sheriff said in a statement.</blockquote>"
        "<p>Line one of an address<br>Line two<br/>Line three</p>"
        "<p>The department has thirty days to answer the letter, a spokesperson said.</p>"
        "<p>Share</p></div></body></html>");
    static const char *const want[] = {
        "Officials released the list of jurisdictions on Friday, naming several counties.",
        "Counties named",
        "Cook County, Illinois",
        "King County, Washington",
        "County Grants",
        "Cook $1.5 million",
        "We will keep our policies no matter what the department decides, the sheriff said in a "
        "statement.",
        "Line one of an address",
        "Line two",
        "Line three",
        "The department has thirty days to answer the letter, a spokesperson said."};
    assert_int_equal(doc->n_paragraphs, sizeof want / sizeof *want);
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        assert_paragraph(doc, i, want[i]);
    polex_doc_free(doc);
}

/* Boilerplate words on layout wrappers (WordPress taxonomy classes, ad
 * margins) do not hide the article they wrap; a longer comment section made
 * of <article> elements does not win over it. */
static void test_wrappers_and_comments(void **state) {
    (void)state;
    static const char p1[] = "The sheriff said the county would keep honoring detainers until a "
                             "court ruled otherwise, despite the new state law.";
    static const char p2[] = "Advocates said they would sue within weeks, arguing the policy "
                             "violates the Fourth Amendment protections against seizure.";
    static const char c1[] = "I have lived here for thirty years and I have never seen the county "
                             "this divided over anything, honestly it is sad to watch.";
    char html[4096];
    snprintf(html, sizeof html,
             "<html><body><div class=\"Page-ad-margins\"><div id=\"__next\">"
             "<article class=\"post-7 post type-post status-publish hentry category-promotions "
             "tag-social author-jane\"><div class=\"entry-content read-more\"><p>%s</p><p>%s</p>"
             "</div></article>"
             "<section class=\"comments-area\"><article class=\"c\"><p>%s</p></article>"
             "<article class=\"c\"><p>%s</p></article><article class=\"c\"><p>%s</p></article>"
             "</section></div></div></body></html>",
             p1, p2, c1, c1, c1);
    polex_doc *doc = extract_str(html);
    assert_int_equal(doc->n_paragraphs, 2);
    assert_paragraph(doc, 0, p1);
    assert_paragraph(doc, 1, p2);
    polex_doc_free(doc);
}

static void test_related_link_list(void **state) {
    (void)state;
    polex_doc *doc = extract_str(
        "<html><body><div><p>The governor signed the order on Friday, directing agencies to review "
        "every agreement with federal immigration authorities.</p>"
        "<ul><li>Agencies must report within 30 days.</li><li>Local police keep their current "
        "duties.</li><li>The order expires in two years.</li></ul>"
        "<p>Critics said the order would not survive a legal challenge in federal court.</p>"
        "<h3>More Great Stories</h3><ul><li>Senate passes the budget, <a href=\"/1\">after a long "
        "night</a></li><li>Storm hits the coast <a href=\"/2\">and the islands</a></li><li>Why "
        "<a href=\"/3\">the river keeps rising</a></li></ul></div></body></html>");
    static const char *const want[] = {
        "The governor signed the order on Friday, directing agencies to review every agreement "
        "with federal immigration authorities.",
        "Agencies must report within 30 days.", "Local police keep their current duties.",
        "The order expires in two years.",
        "Critics said the order would not survive a legal challenge in federal court."};
    assert_int_equal(doc->n_paragraphs, sizeof want / sizeof *want);
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        assert_paragraph(doc, i, want[i]);
    polex_doc_free(doc);
}

static void test_boilerplate_paragraphs(void **state) {
    (void)state;
    polex_doc *doc = extract_str(
        "<html><body><div class=\"story\">"
        "<p>Updated: March 3, 2025 at 10:04 a.m.</p>"
        "<p>The county agreed on Monday to end its contract with federal immigration "
        "authorities for jail space, officials said.</p>"
        "<p>Advertisement</p>"
        "<p>Smith could not be reached at his office on Monday.</p>"
        "<p>Sign up for our newsletter to get the news in your inbox.</p>"
        "<p>The contract brought in about $2 million a year for the county budget, records "
        "show.</p>"
        "<p>Have a tip? Dana may be reached at dana@example.com.</p>"
        "<p>Tags</p><p>Immigration</p></div></body></html>");
    static const char *const want[] = {
        "The county agreed on Monday to end its contract with federal immigration authorities "
        "for jail space, officials said.",
        "Smith could not be reached at his office on Monday.",
        "The contract brought in about $2 million a year for the county budget, records show."};
    assert_int_equal(doc->n_paragraphs, sizeof want / sizeof *want);
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        assert_paragraph(doc, i, want[i]);
    polex_doc_free(doc);
}

static void test_whitespace_and_entities(void **state) {
    (void)state;
    polex_doc *doc = extract_str("<html><body><p>  Fees&nbsp;rose \t to&#160;$5&amp;up,\n\n"
                                 "  said <b>the</b><i> clerk</i>&#8203;.  </p></body></html>");
    assert_string_equal(doc->text, "Fees rose to $5&up, said the clerk.");
    polex_doc_free(doc);
}

/* The page's markup shows something else (a client-side app shell with a
 * listing), but its JSON-LD declares the article: the declared body wins. */
static void test_json_ld_body_fallback(void **state) {
    (void)state;
    static const char para[] = "The state attorney general filed suit on Tuesday to block the "
                               "new grant conditions, arguing they exceed the agency's power.";
    char body[4096], html[8192];
    size_t used = 0;
    for (int i = 0; i < 10; i++)
        used += (size_t)snprintf(body + used, sizeof body - used, "%s%s", i ? "\\n\\n" : "", para);
    snprintf(
        html, sizeof html,
        "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
        "\"articleBody\": \"%s\"}</script></head><body><div id=\"app\"><ul>"
        "<li><p>Reader one wrote a long note about something unrelated to the story at "
        "all.</p></li>"
        "<li><p>Reader two answered with an even longer note that is also unrelated to it.</p></li>"
        "</ul></div></body></html>",
        body);
    polex_doc *doc = extract_str(html);
    assert_int_equal(doc->n_paragraphs, 10);
    for (size_t i = 0; i < 10; i++)
        assert_paragraph(doc, i, para);
    polex_doc_free(doc);
}

/* ---- charsets ------------------------------------------------------------ */

static const char cafe_1252[] = "<html><body><p>Caf\xe9 au lait costs \x80"
                                "5 \x96 \x93"
                                "cheap\x94 here.</p></body></html>";
static const char cafe_utf8[] = "Caf\xc3\xa9 au lait costs \xe2\x82\xac"
                                "5 \xe2\x80\x93 \xe2\x80\x9c"
                                "cheap\xe2\x80\x9d here.";

static void test_charset_undeclared_windows1252(void **state) {
    (void)state;
    polex_doc *doc = extract_str(cafe_1252);
    assert_string_equal(doc->text, cafe_utf8);
    polex_doc_free(doc);
}

static void test_charset_declared_latin1(void **state) {
    (void)state;
    /* iso-8859-1 labels mean windows-1252 on the web (0x80 is the euro sign). */
    char html[512];
    snprintf(html, sizeof html,
             "<meta http-equiv=\"Content-Type\" "
             "content=\"text/html; charset=ISO-8859-1\">%s",
             cafe_1252);
    polex_doc *doc = extract_str(html);
    assert_string_equal(doc->text, cafe_utf8);
    polex_doc_free(doc);
}

static void test_charset_declared_koi8r(void **state) {
    (void)state;
    polex_doc *doc = extract_str("<meta charset=\"koi8-r\"><p>\xf0\xd2\xc9\xd7\xc5\xd4, "
                                 "\xcd\xc9\xd2</p>");
    assert_string_equal(doc->text, "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82, "
                                   "\xd0\xbc\xd0\xb8\xd1\x80");
    polex_doc_free(doc);
}

static void test_charset_declared_cjk(void **state) {
    (void)state;
    /* gb2312 is read as GB18030 (0x81 0x30 0x81 0x30 is U+0080, outside GB2312). */
    polex_doc *doc =
        extract_str("<meta charset=\"gb2312\"><p>\xd6\xd0\xce\xc4 \x81\x30\x81\x30</p>");
    assert_string_equal(doc->text, "\xe4\xb8\xad\xe6\x96\x87 \xc2\x80");
    polex_doc_free(doc);
    doc = extract_str("<meta charset=\"shift_jis\"><p>\x93\xfa\x96\x7b</p>");
    assert_string_equal(doc->text, "\xe6\x97\xa5\xe6\x9c\xac");
    polex_doc_free(doc);
    /* An unknown label falls back to the UTF-8 / windows-1252 test. */
    doc = extract_str("<meta charset=\"x-no-such-charset\"><p>caf\xe9</p>");
    assert_string_equal(doc->text, "caf\xc3\xa9");
    polex_doc_free(doc);
}

static void test_charset_xml_declaration(void **state) {
    (void)state;
    polex_doc *doc = extract_str("<?xml version=\"1.0\" encoding=\"windows-1252\"?>"
                                 "<html><body><p>na\xefve r\xe9sum\xe9</p></body></html>");
    assert_string_equal(doc->text, "na\xc3\xafve r\xc3\xa9sum\xc3\xa9");
    polex_doc_free(doc);
}

static void test_charset_utf8_bom_and_stray_bytes(void **state) {
    (void)state;
    /* Declared UTF-8 with one windows-1252 byte: the good sequences stay. */
    polex_doc *doc = extract_str("\xef\xbb\xbf<meta charset=\"utf-8\"><p>\xe2\x80\x9cOK\xe2\x80\x9d"
                                 " caf\xe9 \xc3\xbc"
                                 "ber</p>");
    assert_string_equal(doc->text, "\xe2\x80\x9cOK\xe2\x80\x9d caf\xc3\xa9 \xc3\xbc"
                                   "ber");
    polex_doc_free(doc);
}

static void test_charset_utf16le_bom(void **state) {
    (void)state;
    const char *ascii = "<p>Hello \x01 world</p>";
    size_t n = strlen(ascii);
    char buf[128];
    buf[0] = (char)0xFF, buf[1] = (char)0xFE;
    for (size_t i = 0; i < n; i++)
        buf[2 + 2 * i] = ascii[i], buf[3 + 2 * i] = 0;
    /* U+00E9 and U+1F600 (a surrogate pair) before "</p>". */
    size_t k = 2 + 2 * (n - 4);
    memmove(buf + k + 6, buf + k, 8);
    memcpy(buf + k, "\xe9\x00\x3d\xd8\x00\xde", 6);
    polex_doc *doc = extract(buf, 2 + 2 * n + 6);
    assert_string_equal(doc->text, "Hello world\xc3\xa9\xf0\x9f\x98\x80");
    polex_doc_free(doc);
}

static void test_charset_transport_hint(void **state) {
    (void)state;
    /* windows-1251 bytes mislabelled as UTF-8 by the page; the HTTP header is right. */
    static const char html[] = "<meta charset=\"utf-8\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
    polex_doc *doc = polex_doc_new();
    polex_error err;
    assert_int_equal(polex_html_extract_hinted(html, sizeof html - 1, "windows-1251", doc, &err),
                     POLEX_OK);
    assert_string_equal(doc->text, "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82");
    polex_doc_free(doc);
    /* A BOM outranks the header. */
    doc = polex_doc_new();
    assert_int_equal(
        polex_html_extract_hinted("\xef\xbb\xbf<p>\xc3\xa9t\xc3\xa9</p>", 16, "koi8-r", doc, &err),
        POLEX_OK);
    assert_string_equal(doc->text, "\xc3\xa9t\xc3\xa9");
    polex_doc_free(doc);
}

/* ---- bad input ----------------------------------------------------------- */

static void test_truncated_html(void **state) {
    (void)state;
    polex_doc *doc = extract_str("<html><head><title>Cut</title></head><body><article><p>First "
                                 "paragraph is complete.</p><p>Second one is cut in the mid");
    assert_string_equal(doc->text, "First paragraph is complete.\n\nSecond one is cut in the mid");
    polex_doc *doc2 = extract_str("<html><body><p>Text before a broken tag <a href=\"x");
    assert_string_equal(doc2->text, "Text before a broken tag");
    polex_doc_free(doc);
    polex_doc_free(doc2);
}

static char *repeat(const char *head, const char *unit, size_t times, const char *mid,
                    const char *unit2, size_t times2, size_t *len) {
    size_t lh = strlen(head), lu = strlen(unit), lm = strlen(mid), lu2 = strlen(unit2);
    size_t n = lh + lu * times + lm + lu2 * times2;
    char *s = malloc(n + 1);
    assert_non_null(s);
    char *p = s;
    memcpy(p, head, lh), p += lh;
    for (size_t i = 0; i < times; i++)
        memcpy(p, unit, lu), p += lu;
    memcpy(p, mid, lm), p += lm;
    for (size_t i = 0; i < times2; i++)
        memcpy(p, unit2, lu2), p += lu2;
    *p = '\0';
    *len = n;
    return s;
}

static void test_deep_nesting(void **state) {
    (void)state;
    size_t len;
    char *html =
        repeat("<html><body>", "<div>", 10000, "<p>Deep text survives.</p>", "</div>", 10000, &len);
    polex_doc *doc = extract(html, len);
    assert_string_equal(doc->text, "Deep text survives.");
    polex_doc_free(doc);
    free(html);
    /* Unclosed inline nesting far past the walk's depth limit: no crash, and
     * the text above the limit is kept. */
    html = repeat("<html><body><p>Shallow text.</p>", "<span><b>", 100000, "deep", "", 0, &len);
    doc = extract(html, len);
    assert_string_equal(doc->text, "Shallow text.");
    polex_doc_free(doc);
    free(html);
}

static void test_nul_bytes(void **state) {
    (void)state;
    static const char html[] = "<html><body><p>before\0after and\0\0more text</p>\0<p>x\0y</p>"
                               "</body></html>";
    polex_doc *doc = extract(html, sizeof html - 1);
    assert_string_equal(doc->text, "before after and more text\n\nx y");
    assert_int_equal(doc->n_paragraphs, 2);
    polex_doc_free(doc);
}

static void test_giant_attribute(void **state) {
    (void)state;
    size_t len;
    char *html =
        repeat("<html><body><div class=\"", "a", 20u << 20,
               "\" data-x=\"1\"><p>Text after the giant attribute is kept.</p></div>", "", 0, &len);
    polex_doc *doc = extract(html, len);
    assert_string_equal(doc->text, "Text after the giant attribute is kept.");
    polex_doc_free(doc);
    free(html);
}

static void test_binary_input(void **state) {
    (void)state;
    size_t n = 1 << 16;
    char *buf = malloc(n);
    assert_non_null(buf);
    uint32_t x = 12345;
    for (size_t i = 0; i < n; i++) {
        x = x * 1103515245u + 12345u;
        buf[i] = (char)(x >> 24);
    }
    polex_doc *doc = polex_doc_new();
    polex_error err;
    polex_status rc = polex_html_extract(buf, n, doc, &err);
    /* Either a best-effort document or a clean error, never garbage. */
    if (rc == POLEX_OK) {
        check_paragraphs(doc);
        assert_null(memchr(doc->text, '\0', doc->text_len));
    } else {
        assert_string_equal(err.stage, "ingest");
    }
    polex_doc_free(doc);
    free(buf);
}

static void test_empty_and_oversized(void **state) {
    (void)state;
    polex_doc *doc = polex_doc_new();
    polex_error err;
    assert_int_equal(polex_html_extract("", 0, doc, &err), POLEX_ERR_INPUT);
    assert_string_equal(err.stage, "ingest");
    assert_int_equal(polex_html_extract(NULL, 5, doc, &err), POLEX_ERR_USAGE);
    /* The size check comes before any copy, so the bytes need not be real. */
    size_t big = (size_t)POLEX_HTML_MAX_BYTES + 1;
    char *buf = malloc(big);
    assert_non_null(buf);
    memset(buf, 'a', big);
    assert_int_equal(polex_html_extract(buf, big, doc, &err), POLEX_ERR_LIMIT);
    free(buf);
    polex_doc_free(doc);
}

/* Every prefix of a real page, and pages with bytes flipped: a document or a
 * clean error each time, with a well-formed text. */
static void test_truncations_and_mutations(void **state) {
    (void)state;
    size_t len;
    char *html = read_page("article.html", &len);
    for (size_t cut = 0; cut <= len; cut += 7) {
        polex_doc *doc = polex_doc_new();
        polex_error err;
        if (polex_html_extract(html, cut, doc, &err) == POLEX_OK) check_paragraphs(doc);
        polex_doc_free(doc);
    }
    char *copy = malloc(len);
    assert_non_null(copy);
    uint32_t x = 2025;
    for (int round = 0; round < 300; round++) {
        memcpy(copy, html, len);
        for (int k = 0; k < 1 + round % 16; k++) {
            x = x * 1664525u + 1013904223u;
            size_t at = (x >> 8) % len;
            x = x * 1664525u + 1013904223u;
            copy[at] = (char)(x >> 24);
        }
        polex_doc *doc = polex_doc_new();
        polex_error err;
        if (polex_html_extract(copy, len, doc, &err) == POLEX_OK) check_paragraphs(doc);
        polex_doc_free(doc);
    }
    free(copy);
    free(html);
}

static void test_only_scripts(void **state) {
    (void)state;
    polex_doc *doc = extract_str("<html><head><script>var a = 1;</script></head><body><script>"
                                 "document.write('x')</script><style>p{}</style></body></html>");
    assert_string_equal(doc->text, "");
    assert_int_equal(doc->n_paragraphs, 0);
    polex_doc_free(doc);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_article_page),
        cmocka_unit_test(test_title_from_title_tag),
        cmocka_unit_test(test_title_from_h1),
        cmocka_unit_test(test_author_from_byline),
        cmocka_unit_test(test_published_dates),
        cmocka_unit_test(test_parse_date),
        cmocka_unit_test(test_lists_quotes_headings_tables),
        cmocka_unit_test(test_wrappers_and_comments),
        cmocka_unit_test(test_related_link_list),
        cmocka_unit_test(test_boilerplate_paragraphs),
        cmocka_unit_test(test_whitespace_and_entities),
        cmocka_unit_test(test_json_ld_body_fallback),
        cmocka_unit_test(test_charset_undeclared_windows1252),
        cmocka_unit_test(test_charset_declared_latin1),
        cmocka_unit_test(test_charset_declared_koi8r),
        cmocka_unit_test(test_charset_declared_cjk),
        cmocka_unit_test(test_charset_xml_declaration),
        cmocka_unit_test(test_charset_utf8_bom_and_stray_bytes),
        cmocka_unit_test(test_charset_utf16le_bom),
        cmocka_unit_test(test_charset_transport_hint),
        cmocka_unit_test(test_truncated_html),
        cmocka_unit_test(test_deep_nesting),
        cmocka_unit_test(test_nul_bytes),
        cmocka_unit_test(test_giant_attribute),
        cmocka_unit_test(test_binary_input),
        cmocka_unit_test(test_empty_and_oversized),
        cmocka_unit_test(test_truncations_and_mutations),
        cmocka_unit_test(test_only_scripts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
