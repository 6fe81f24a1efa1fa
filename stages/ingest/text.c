/*
 * text.c - plain text (news copy, executive orders, court filings) to
 * normalized text and paragraphs.
 *
 * Two passes over the lines, neither of which stores them, so memory stays
 * proportional to the output: the first measures the typical line length
 * (is the text hard-wrapped?) and looks for pleading-paper line numbers; the
 * second decides, line by line, whether a line continues the paragraph or
 * starts a new one, and drops court-filing page headers and page numbers.
 * Then the title (a short first line followed by a blank line) and the
 * dateline date are read from the finished paragraphs.
 */
#include "ingest_internal.h"
#include "text_builder.h"
#include "text_date.h"

#include <string.h>
#include <strings.h>

/* Longest typical line of hard-wrapped text; longer lines are paragraphs. */
#define WRAP_MAX 120
#define HIST 512
/* A title is one line of at most this many bytes. */
#define TITLE_MAX 200

typedef struct line {
    const char *s; /* trimmed of ASCII white space */
    size_t n;
    bool page_break; /* a form feed ended the line */
} line;

static bool ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\v';
}

/* Splits at \n, \r\n, \r and \f. Returns false at the end. */
static bool next_line(const char *text, size_t len, size_t *pos, line *out) {
    if (*pos >= len) return false;
    size_t a = *pos, i = *pos;
    while (i < len && text[i] != '\n' && text[i] != '\r' && text[i] != '\f')
        i++;
    size_t b = i;
    out->page_break = i < len && text[i] == '\f';
    if (i < len) i += (text[i] == '\r' && i + 1 < len && text[i + 1] == '\n') ? 2 : 1;
    *pos = i;
    while (a < b && ascii_space(text[a]))
        a++;
    while (b > a && ascii_space(text[b - 1]))
        b--;
    out->s = text + a;
    out->n = b - a;
    return true;
}

/* Length in characters (UTF-8 lead bytes). */
static size_t chars(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
static bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
static bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}

static bool starts_with(const char *s, size_t n, const char *prefix) {
    size_t k = strlen(prefix);
    return n >= k && memcmp(s, prefix, k) == 0;
}

/* First occurrence of needle in s[0..n), or NULL (memmem is a GNU extension). */
static const char *find(const char *s, size_t n, const char *needle) {
    size_t k = strlen(needle);
    const char *end = s + n;
    while (k > 0 && (size_t)(end - s) >= k) {
        const char *p = memchr(s, needle[0], (size_t)(end - s) - k + 1);
        if (!p) return NULL;
        if (memcmp(p, needle, k) == 0) return p;
        s = p + 1;
    }
    return NULL;
}

static bool contains(const char *s, size_t n, const char *needle) {
    return find(s, n, needle) != NULL;
}

/* A pleading-paper line number: 1-2 digits then white space or the end.
 * Returns the bytes to strip (number and spaces) and sets *num. */
static size_t line_number(const line *l, int *num) {
    size_t i = 0;
    int v = 0;
    while (i < l->n && i < 3 && is_digit(l->s[i]))
        v = v * 10 + (l->s[i++] - '0');
    if (i == 0 || i > 2) return 0;
    if (i < l->n && !ascii_space(l->s[i])) return 0;
    while (i < l->n && ascii_space(l->s[i]))
        i++;
    *num = v;
    return i;
}

/* "Page 3 of 12" or "pg 3 of 12" somewhere in s. */
static bool page_of(const char *s, size_t n) {
    for (size_t i = 0; i + 6 < n; i++) {
        size_t k = strncasecmp(s + i, "page ", 5) == 0 ? 5
                   : strncasecmp(s + i, "pg ", 3) == 0 ? 3
                                                       : 0;
        if (!k || (i > 0 && s[i - 1] != ' ' && s[i - 1] != ',')) continue;
        size_t j = i + k, d = j;
        while (j < n && is_digit(s[j]))
            j++;
        if (j > d && starts_with(s + j, n - j, " of ") && j + 4 < n && is_digit(s[j + 4]))
            return true;
    }
    return false;
}

/* Page furniture of a court filing: "Case 3:25-cv-01350 Document 42 Filed
 * 04/24/25 Page 3 of 12", "Case: 25-4290, 10/14/2025, DktEntry: 33.1, Page 1
 * of 4", "... USDC Colorado pg 2 of 7". */
static bool court_header(const line *l) {
    if (l->n > 240) return false;
    bool starts = starts_with(l->s, l->n, "Case") || starts_with(l->s, l->n, "USCA") ||
                  starts_with(l->s, l->n, "Appellate Case");
    bool docket = contains(l->s, l->n, "Document") || contains(l->s, l->n, "DktEntry") ||
                  contains(l->s, l->n, "Filed");
    return starts && docket && page_of(l->s, l->n);
}

/* A line that is only a page number: "3", "- 3 -", "Page 3", "Page 3 of 12". */
static bool page_number(const line *l) {
    size_t i = 0, n = l->n;
    const char *s = l->s;
    if (n == 0 || n > 20) return false;
    if (starts_with(s, n, "Page ")) i = 5;
    while (i < n && (s[i] == '-' || s[i] == ' '))
        i++;
    size_t d = i;
    while (i < n && is_digit(s[i]))
        i++;
    if (i == d || i - d > 4) return false;
    if (starts_with(s + i, n - i, " of ")) {
        i += 4;
        while (i < n && is_digit(s[i]))
            i++;
    }
    while (i < n && (s[i] == '-' || s[i] == ' '))
        i++;
    return i == n;
}

/* "Sec. 2." / "Section 2." / "SEC. 2." heading start. */
static bool section_marker(const char *s, size_t n) {
    size_t i;
    if (starts_with(s, n, "Sec. ") || starts_with(s, n, "SEC. "))
        i = 5;
    else if (starts_with(s, n, "Section ") || starts_with(s, n, "SECTION "))
        i = 8;
    else
        return false;
    size_t d = i;
    while (i < n && is_digit(s[i]))
        i++;
    if (i == d) return false;
    if (i < n && (is_lower(s[i]) || is_upper(s[i]))) i++;
    return i < n && (s[i] == '.' || s[i] == ':');
}

static bool roman(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (!strchr("IVXivx", s[i])) return false;
    }
    return n > 0;
}

/* A transcript's speaker label: "DIAZ: ", "Q: ", "SEN. SMITH: ",
 * "REPORTER (Albuquerque Journal): ". */
static bool speaker_label(const char *s, size_t n) {
    size_t i = 0, upper = 0;
    while (i < n && i < 32 &&
           (is_upper(s[i]) || s[i] == ' ' || s[i] == '.' || s[i] == '\'' || s[i] == '-'))
        upper += is_upper(s[i++]);
    if (upper == 0) return false;
    if (i + 1 < n && s[i] == '(' && i > 0 && s[i - 1] == ' ') {
        const char *close = memchr(s + i, ')', n - i < 60 ? n - i : 60);
        if (!close) return false;
        i = (size_t)(close - s) + 1;
    }
    return i + 1 < n && s[i] == ':' && s[i + 1] == ' ';
}

/* Starts a numbered paragraph, a list item, a section or a speaker's turn:
 * "(a) ", "(iv) ", "1. The", "II. DISCUSSION", "• ", "DIAZ: ". */
static bool starts_block(const line *l) {
    const char *s = l->s;
    size_t n = l->n;
    if (section_marker(s, n) || speaker_label(s, n)) return true;
    if (starts_with(s, n, "\xE2\x80\xA2") || starts_with(s, n, "\xE2\x97\xA6") ||
        starts_with(s, n, "\xE2\x96\xAA") || starts_with(s, n, "- ") || starts_with(s, n, "* ") ||
        starts_with(s, n, "\xE2\x80\x93 "))
        return true;
    if (n >= 4 && s[0] == '(') {
        size_t i = 1;
        while (i < n && i <= 5 && (is_digit(s[i]) || is_lower(s[i]) || is_upper(s[i])))
            i++;
        if (i > 1 && i < n - 1 && s[i] == ')' && s[i + 1] == ' ') return true;
    }
    size_t i = 0;
    while (i < n && i < 4 && is_digit(s[i]))
        i++;
    if (i == 0) {
        while (i < n && i < 5 && strchr("IVX", s[i]))
            i++;
        if (!roman(s, i)) return false;
    }
    return i > 0 && i + 2 < n && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ' &&
           (is_upper(s[i + 2]) || s[i + 2] == '(' || s[i + 2] == '"');
}

/* Ends a sentence: . ! ? : ; or a closing quote/bracket after one. */
static bool terminal(const line *l) {
    size_t n = l->n;
    const char *s = l->s;
    while (n > 0) {
        char c = s[n - 1];
        if (c == '"' || c == '\'' || c == ')' || c == ']') {
            n--;
            continue;
        }
        if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
            ((unsigned char)s[n - 1] == 0x9D || (unsigned char)s[n - 1] == 0x99)) {
            n -= 3; /* ” ’ */
            continue;
        }
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
    }
    return false;
}

/* A heading on a line of its own: upper-case words ("ORDER GRANTING
 * PRELIMINARY INJUNCTION", "I. BACKGROUND") or "Sec. 2. Policy." */
static bool heading(const line *l) {
    if (l->n == 0 || l->n > 100) return false;
    size_t upper = 0, lower = 0;
    for (size_t i = 0; i < l->n; i++) {
        upper += is_upper(l->s[i]);
        lower += is_lower(l->s[i]);
    }
    if (upper >= 3 && lower == 0) return true;
    return section_marker(l->s, l->n) && l->n <= 60 && l->s[l->n - 1] == '.';
}

/* ---- pass 1 ---------------------------------------------------------------- */

typedef struct text_shape {
    bool wrapped;  /* hard-wrapped lines: single newlines join */
    bool pleading; /* numbered pleading paper: strip line numbers */
    size_t width;  /* 90th percentile of line lengths */
} text_shape;

static text_shape measure(const char *text, size_t len) {
    static const size_t none = 0;
    size_t hist[HIST] = {none};
    size_t nonblank = 0, seq = 0, pos = 0;
    int last = -1;
    line l;
    while (next_line(text, len, &pos, &l)) {
        if (l.n == 0) continue;
        int num;
        if (line_number(&l, &num)) {
            if (num == last + 1 || (num == 1 && last > 1)) seq++;
            last = num;
        }
        size_t c = chars(l.s, l.n);
        hist[c < HIST ? c : HIST - 1]++;
        nonblank++;
    }
    text_shape sh = {false, false, 0};
    size_t want = nonblank - nonblank / 10, seen = 0;
    for (size_t i = 0; i < HIST; i++) {
        seen += hist[i];
        if (seen >= want && seen > 0) {
            sh.width = i;
            break;
        }
    }
    sh.wrapped = nonblank >= 2 && sh.width <= WRAP_MAX;
    sh.pleading = seq >= 8 && seq * 3 >= nonblank;
    return sh;
}

/* ---- pass 2 ---------------------------------------------------------------- */

typedef struct prev_line {
    bool any;
    size_t chars;
    bool terminal, heading;
} prev_line;

/* Whether `cur` starts a new paragraph after `prev`, given what lay between. */
static bool starts_paragraph(const text_shape *sh, const prev_line *prev, const line *cur,
                             size_t blank_run, bool page_gap) {
    if (!prev->any) return true;
    if (starts_block(cur)) return true;
    if (page_gap) {
        /* A page break inside a sentence continues it. */
        return (prev->terminal && !is_lower(cur->s[0])) || heading(cur);
    }
    if (blank_run > 0 && !sh->pleading) return true;
    if (!sh->wrapped) return true;
    if (prev->heading) return true;
    if (prev->chars * 10 < sh->width * 6) return true; /* a short line ends its paragraph */
    if (prev->terminal && prev->chars * 100 < sh->width * 85) return true;
    return false;
}

/* Builds the paragraphs; *title_ok tells whether the first line was followed
 * by a blank line (one condition for being the title). */
/* The date a court stamped on its page headers ("Filed 04/24/25"). */
static void filed_date(const line *l, char iso[11]) {
    for (size_t i = 0; i + 6 < l->n; i++) {
        if (memcmp(l->s + i, "Filed", 5) != 0) continue;
        size_t j = i + 5, at;
        while (j < l->n && (l->s[j] == ':' || l->s[j] == ' '))
            j++;
        if (polex_date_find(l->s + j, l->n - j, 1, &at, iso)) return;
    }
}

static void build(const char *text, size_t len, const text_shape *sh, polex_textbuf *tb,
                  bool *first_then_blank, char filed[11]) {
    size_t pos = 0, blank_run = 0, content_lines = 0;
    bool page_gap = false;
    prev_line prev = {false, 0, false, false};
    line l;
    *first_then_blank = false;
    while (next_line(text, len, &pos, &l)) {
        bool page_break = l.page_break;
        int num;
        size_t strip = sh->pleading ? line_number(&l, &num) : 0;
        l.s += strip;
        l.n -= strip;
        if (l.n > 0 && court_header(&l)) {
            if (!filed[0]) filed_date(&l, filed);
            page_gap = true;
        } else if (l.n > 0 && page_number(&l)) {
            page_gap = true;
        } else if (l.n == 0) {
            blank_run++;
        } else {
            if (content_lines == 1) *first_then_blank = blank_run > 0;
            if (starts_paragraph(sh, &prev, &l, blank_run, page_gap))
                polex_textbuf_break(tb);
            else
                polex_textbuf_space(tb);
            polex_textbuf_append(tb, l.s, l.n);
            prev = (prev_line){true, chars(l.s, l.n), terminal(&l), heading(&l)};
            content_lines++;
            blank_run = 0;
            page_gap = false;
        }
        if (page_break) page_gap = true;
    }
    if (content_lines == 1) *first_then_blank = false;
}

/* ---- metadata ---------------------------------------------------------------- */

static bool has_dash(const char *p, size_t n) {
    return contains(p, n, "\xE2\x80\x94") || contains(p, n, "\xE2\x80\x93") ||
           contains(p, n, " - ") || contains(p, n, "--");
}

/* A sentence ending with the date of an act, not a date line: "The
 * Department withheld Tacoma's award of $412,000 on June 30, 2025.", "shall
 * file a joint status report by December 14, 2026." (date at p[at]); with
 * `deadline`, only a deadline ("Adopted by the City Council on October 6,
 * 2026." signs a resolution). */
static bool act_date(const char *p, size_t n, size_t at, bool deadline) {
    static const char *const acts[] = {" by ", " until ", " before ", " on ", " after ", " since "};
    if (n == 0 || p[n - 1] != '.') return false;
    for (size_t i = 0; i < (deadline ? 3 : sizeof acts / sizeof acts[0]); i++) {
        size_t k = strlen(acts[i]);
        if (at >= k && strncmp(p + at - k, acts[i], k) == 0) return true;
    }
    return false;
}

/* A dateline or a date line at the top: "WASHINGTON, Jan. 25, 2025 —",
 * "SACRAMENTO, Calif. (AP) — March 3, 2025", "April 24, 2025",
 * "Published: April 24, 2025 3:15 p.m." */
static bool dateline(const char *p, size_t n, char iso[11]) {
    /* an opinion's argument or submission date is not its own: the finder
     * passes over it ("ARGUED APRIL 2, 2026 — DECIDED MAY 21, 2026") */
    size_t at;
    if (!polex_date_find(p, n, 80, &at, iso)) return false;
    /* "(Feb. 6, 2026) - Governors in three states ...": a date alone in
     * parentheses before the dash of a dateline */
    if (at == 1 && p[0] == '(') {
        char tmp[11];
        size_t end = 1 + polex_date_parse(p + 1, n - 1, tmp);
        if (end < n && p[end] == ')' && has_dash(p + end, n - end < 6 ? n - end : 6)) return true;
    }
    /* "(Opinion filed: June 30, 2026)": the lead word inside parentheses */
    const char *lp = n > 1 && p[0] == '(' ? p + 1 : p;
    size_t caps = 0;
    while (caps < n && (is_upper(p[caps]) || p[caps] == ' ' || p[caps] == '.'))
        caps++;
    char tmp[11];
    size_t after = at + polex_date_parse(p + at, n - at, tmp);
    /* "WASHINGTON, Jan. 25, 2025 —": a capitalized place, the date, a dash,
     * perhaps after the agency: "GRAND RAPIDS, Mich., Feb. 5, 2026 (Reuters) —". */
    size_t dash_by =
        after + (after < n && p[after] == ' ' && after + 1 < n && p[after + 1] == '(' ? 32 : 6);
    bool city = caps >= 3 && caps < n && (p[caps] == ',' || p[caps] == '(') && at <= 45 &&
                has_dash(p, dash_by < n ? dash_by : n);
    bool short_line = n <= 100 && n - after <= 25 && !act_date(p, n, at, false);
    /* "Decided and Filed: September 8, 2026" heads an appellate opinion. */
    static const char *const lead[] = {"Published", "Updated", "Posted",        "Dated",
                                       "Date",      "Issued",  "Released",      "By ",
                                       "Decided",   "Argued",  "Opinion filed", "Filed"};
    bool led = false;
    for (size_t i = 0; i < sizeof lead / sizeof lead[0]; i++) {
        led |= strncasecmp(lp, lead[i], strlen(lead[i])) == 0;
    }
    return city || short_line || led;
}

/* A signature date near the end: "THE WHITE HOUSE, January 20, 2025." or
 * "Dated: April 24, 2025". */
static bool signature_date(const polex_doc *doc, char iso[11]) {
    size_t n = doc->n_paragraphs;
    for (size_t k = 0; k < n && k < 5; k++) {
        const polex_span *sp = &doc->paragraphs[n - 1 - k];
        const char *p = doc->text + sp->start;
        size_t len = sp->end - sp->start, at;
        if (len <= 80 && polex_date_find(p, len, len, &at, iso) && !act_date(p, len, at, true))
            return true;
    }
    /* A cue and how far after it the date may start. */
    static const struct {
        const char *cue;
        size_t within;
    } cues[] = {{"Dated:", 40}, {"DATED:", 40}, {"Date:", 40},
                {"this ", 1},   {"This ", 1},   {"THIS ", 1}};
    size_t from = doc->text_len > 4000 ? doc->text_len - 4000 : 0;
    for (size_t c = 0; c < sizeof cues / sizeof cues[0]; c++) {
        size_t k = strlen(cues[c].cue);
        const char *end = doc->text + doc->text_len;
        for (const char *hit = doc->text + from;
             (hit = find(hit, (size_t)(end - hit), cues[c].cue)) != NULL; hit++) {
            size_t i = (size_t)(hit - doc->text), at;
            size_t rest = doc->text_len - i - k;
            if (polex_date_find(doc->text + i + k, rest, cues[c].within, &at, iso)) return true;
        }
    }
    return false;
}

static bool title_like(const char *p, size_t n) {
    if (n == 0 || n > TITLE_MAX || strchr(".,;:", p[n - 1])) return false;
    if (starts_with(p, n, "By ") || starts_with(p, n, "BY ")) return false;
    char iso[11];
    if (dateline(p, n, iso)) return false;
    for (size_t i = 0; i < n; i++) {
        if (is_upper(p[i]) || is_lower(p[i]) || (unsigned char)p[i] >= 0x80) return true;
    }
    return false;
}

/* In a court filing the caption names the document ("ORDER GRANTING ...",
 * "MEMORANDUM OPINION AND ORDER"); the first line is court furniture. Returns
 * the caption's paragraph index, or -1 when the text is not a filing. */
static long court_caption(const polex_doc *doc) {
    size_t head = doc->text_len < 2000 ? doc->text_len : 2000;
    if (!contains(doc->text, head, "DISTRICT COURT") &&
        !contains(doc->text, head, "Court of Appeals") &&
        !contains(doc->text, head, "COURT OF APPEALS"))
        return -1;
    static const char *const kinds[] = {"ORDER", "MEMORANDUM", "OPINION", "JUDGMENT"};
    for (size_t k = 0; k < doc->n_paragraphs && k < 30; k++) {
        line l = {doc->text + doc->paragraphs[k].start,
                  doc->paragraphs[k].end - doc->paragraphs[k].start, false};
        if (!heading(&l)) continue;
        for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
            size_t n = strlen(kinds[i]);
            if (starts_with(l.s, l.n, kinds[i]) && (l.n == n || l.s[n] == ' ')) return (long)k;
        }
    }
    return -1;
}

static polex_status read_metadata(polex_doc *doc, bool first_then_blank, const char *filed,
                                  polex_error *err) {
    if (doc->n_paragraphs == 0) return POLEX_OK;
    const polex_span *p0 = &doc->paragraphs[0];
    long caption = court_caption(doc);
    if (caption >= 0) p0 = &doc->paragraphs[caption];
    if (caption >= 0 ||
        (first_then_blank && title_like(doc->text + p0->start, p0->end - p0->start))) {
        doc->title = polex_arena_strndup(doc->arena, doc->text + p0->start, p0->end - p0->start);
        if (!doc->title) return polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory");
    }
    for (size_t k = 0; k < doc->n_paragraphs && k < 4; k++) {
        const polex_span *sp = &doc->paragraphs[k];
        const char *p = doc->text + sp->start;
        size_t n = sp->end - sp->start;
        /* A byline: "By Maria Lopez", "By JANE DOE, Associated Press". */
        bool by = n > 3 && n <= 80 && (starts_with(p, n, "By ") || starts_with(p, n, "BY "));
        /* A name: two or more words, not "BY THE GOVERNOR". */
        if (by && is_upper(p[3]) && memchr(p + 3, ' ', n - 3) &&
            strncasecmp(p + 3, "the ", 4) != 0) {
            doc->author = polex_arena_strndup(doc->arena, p + 3, n - 3);
            if (!doc->author) return polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory");
            break;
        }
    }
    char iso[11];
    bool found = false;
    for (size_t k = 0; k < doc->n_paragraphs && k < 10 && !found; k++) {
        const polex_span *sp = &doc->paragraphs[k];
        if (sp->start > 1500) break; /* a dateline sits at the top */
        found = dateline(doc->text + sp->start, sp->end - sp->start, iso);
    }
    /* an opinion's caption runs long: its "DECIDED" or "Filed" line may
     * come after the tenth paragraph */
    for (size_t k = 10; k < doc->n_paragraphs && k < 40 && !found; k++) {
        const polex_span *sp = &doc->paragraphs[k];
        const char *p = doc->text + sp->start;
        size_t n = sp->end - sp->start;
        if (sp->start > 2500) break;
        if (n <= 100 && (starts_with(p, n, "ARGUED") || starts_with(p, n, "Argued") ||
                         starts_with(p, n, "DECIDED") || starts_with(p, n, "Decided") ||
                         starts_with(p, n, "Filed") || starts_with(p, n, "(Opinion filed")))
            found = dateline(p, n, iso);
    }
    if (!found) found = signature_date(doc, iso);
    if (!found && filed[0]) {
        memcpy(iso, filed, 11);
        found = true;
    }
    if (found) {
        doc->published = polex_arena_strdup(doc->arena, iso);
        if (!doc->published) return polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory");
    }
    return POLEX_OK;
}

polex_status polex_text_extract(const char *utf8, size_t len, polex_doc *doc, polex_error *err) {
    text_shape sh = measure(utf8, len);
    polex_textbuf tb;
    /* Output never exceeds the input by more than the separators it adds. */
    polex_textbuf_init(&tb, len + len / 2 + 16);
    bool first_then_blank;
    char filed[11] = "";
    build(utf8, len, &sh, &tb, &first_then_blank, filed);
    polex_status rc = polex_textbuf_finish(&tb, doc, err);
    if (rc != POLEX_OK) return rc;
    return read_metadata(doc, first_then_blank, filed, err);
}
