/*
 * ingest.c - one raw blob -> one polex.doc/1 document.
 *
 * Order of work: id (hash of the raw bytes), refuse empty and binary
 * inputs, sniff the format (content first, then the source's hint and file
 * extension), decode to UTF-8, hand the text to the extractor for its
 * format, then check what came back. Every failure is an error that names
 * the stage, the source and the document id, so the caller can write an
 * error record and go on.
 */
#include "polex_ingest.h"

#include "encoding.h"
#include "ingest_internal.h"
#include "text_date.h"
#include "text_xml.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* How much of the start of a blob the sniffers look at. */
#define SNIFF_BYTES 4096

typedef enum { FMT_TEXT, FMT_HTML, FMT_XML } doc_format;

static const char *format_name(doc_format f) {
    return f == FMT_HTML ? "html" : f == FMT_XML ? "xml" : "text";
}

static void copy_field(char *dst, size_t cap, const char *src) {
    size_t n = src ? strlen(src) : 0;
    if (n >= cap) n = cap - 1;
    if (n) memcpy(dst, src, n);
    dst[n] = '\0';
}

/* Fills the error's identity fields after polex_fail set code and message. */
static polex_status fail_doc(polex_error *err, polex_status rc, const polex_blob *blob,
                             const char *doc_id) {
    if (!err) return rc;
    copy_field(err->stage, sizeof err->stage, "ingest");
    copy_field(err->source, sizeof err->source, blob->source);
    copy_field(err->doc_id, sizeof err->doc_id, doc_id);
    return rc;
}

/* Binary data: file signatures, NUL bytes or many control bytes early on. */
static const char *binary_reason(const unsigned char *s, size_t len) {
    static const struct {
        const char *magic;
        size_t n;
        const char *what;
    } sigs[] = {
        {"%PDF-", 5, "a PDF document"},
        {"\x89PNG", 4, "a PNG image"},
        {"\xFF\xD8\xFF", 3, "a JPEG image"},
        {"GIF8", 4, "a GIF image"},
        {"PK\x03\x04", 4, "a ZIP archive"},
        {"\x1F\x8B", 2, "gzip data"},
        {"\x7F"
         "ELF",
         4, "an executable"},
        {"\xD0\xCF\x11\xE0", 4, "an OLE (MS Office) file"},
    };
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        if (len >= sigs[i].n && memcmp(s, sigs[i].magic, sigs[i].n) == 0) return sigs[i].what;
    }
    size_t m = len < 1024 ? len : 1024, controls = 0;
    if (memchr(s, 0, m)) return "binary data (NUL bytes)";
    for (size_t i = 0; i < m; i++) {
        unsigned char c = s[i];
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) ||
            c == 0x7F)
            controls++;
    }
    if (m > 0 && controls * 100 > m * 5) return "binary data (control bytes)";
    return NULL;
}

static bool all_space(const unsigned char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' && s[i] != '\f' &&
            s[i] != '\v')
            return false;
    }
    return true;
}

static const char *find_ci(const char *s, size_t n, const char *needle) {
    size_t k = strlen(needle);
    char lo = needle[0], up = (lo >= 'a' && lo <= 'z') ? (char)(lo - 32) : lo;
    for (size_t i = 0; i + k <= n; i++) {
        if ((s[i] == lo || s[i] == up) && strncasecmp(s + i, needle, k) == 0) return s + i;
    }
    return NULL;
}

/* The extension of the source, ignoring ".gz" and any "#member" suffix. */
static doc_format format_from_name(const char *source, bool *known) {
    *known = false;
    if (!source) return FMT_TEXT;
    size_t n = strcspn(source, "#");
    if (n > 3 && strncasecmp(source + n - 3, ".gz", 3) == 0) n -= 3;
    static const struct {
        const char *ext;
        doc_format f;
    } exts[] = {{".html", FMT_HTML}, {".htm", FMT_HTML}, {".xhtml", FMT_HTML},
                {".xml", FMT_XML},   {".txt", FMT_TEXT}, {".text", FMT_TEXT}};
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++) {
        size_t k = strlen(exts[i].ext);
        if (n > k && strncasecmp(source + n - k, exts[i].ext, k) == 0) {
            *known = true;
            return exts[i].f;
        }
    }
    return FMT_TEXT;
}

static bool html_tag(const char *name) {
    static const char *const tags[] = {
        "html",  "head",   "body",   "title",      "meta",       "link",   "script",  "style",
        "div",   "span",   "p",      "a",          "br",         "hr",     "img",     "ul",
        "ol",    "li",     "table",  "tr",         "td",         "th",     "thead",   "tbody",
        "h1",    "h2",     "h3",     "h4",         "h5",         "h6",     "em",      "strong",
        "b",     "i",      "u",      "section",    "article",    "header", "footer",  "nav",
        "main",  "aside",  "figure", "figcaption", "blockquote", "pre",    "code",    "form",
        "input", "button", "label",  "iframe",     "noscript",   "time",   "small",   "sup",
        "sub",   "cite",   "q",      "dl",         "dt",         "dd",     "picture", "source",
        "svg",   "center", "font",   "abbr",       "template",   "video",  "audio",   "canvas"};
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
        if (strcmp(name, tags[i]) == 0) return true;
    }
    return false;
}

/* Share of opening tags in p[0..n) that are HTML elements, as a verdict:
 * markup made mostly of HTML names is HTML (fragments, tag soup), anything
 * else is some XML vocabulary. */
static bool mostly_html_tags(const char *p, size_t n) {
    size_t html = 0, other = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (p[i] != '<' || !((p[i + 1] | 0x20) >= 'a' && (p[i + 1] | 0x20) <= 'z')) continue;
        char name[32];
        size_t k = 0;
        for (size_t j = i + 1; j < n && k + 1 < sizeof name; j++, k++) {
            char c = p[j];
            bool namech = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                          (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_';
            if (!namech) break;
            name[k] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
        }
        name[k] = '\0';
        if (html_tag(name))
            html++;
        else
            other++;
    }
    return html > 0 && other * 5 <= html;
}

/* Decides by content; the hint (from the container or the extension) only
 * settles inputs whose content does not tell. */
static doc_format sniff(const char *utf8, size_t len, const polex_blob *blob) {
    size_t m = len < SNIFF_BYTES ? len : SNIFF_BYTES;
    size_t i = 0;
    while (i < m && strchr(" \t\r\n\f", utf8[i]))
        i++;
    const char *p = utf8 + i;
    size_t n = m - i;
    bool markup = n > 0 && p[0] == '<';
    if (markup && (find_ci(p, n, "<html") || find_ci(p, n, "<!doctype html"))) return FMT_HTML;
    if (markup && n >= 5 && strncmp(p, "<?xml", 5) == 0) return FMT_XML;
    if (blob->format) {
        if (strcmp(blob->format, "html") == 0) return FMT_HTML;
        if (strcmp(blob->format, "xml") == 0) return markup ? FMT_XML : FMT_TEXT;
        if (strcmp(blob->format, "text") == 0) return FMT_TEXT;
    }
    bool known;
    doc_format by_name = format_from_name(blob->source, &known);
    if (known && (by_name == FMT_TEXT || markup)) return by_name;
    if (markup) return mostly_html_tags(p, n) ? FMT_HTML : FMT_XML;
    return FMT_TEXT;
}

static polex_status extract(doc_format fmt, const polex_decoded *dec, polex_doc *doc,
                            polex_error *err) {
    if (fmt == FMT_TEXT) return polex_text_extract(dec->utf8, dec->len, doc, err);
    if (fmt == FMT_XML) return polex_xml_extract(dec->utf8, dec->len, doc, err);
    bool changed;
    size_t n = 0;
    char *declared = polex_enc_declare_utf8(dec->utf8, dec->len, &n, &changed);
    if (changed && !declared)
        return polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory while decoding");
    polex_status rc = declared ? polex_html_extract(declared, n, doc, err)
                               : polex_html_extract(dec->utf8, dec->len, doc, err);
    free(declared);
    return rc;
}

/* What the extractor returned must hold the contract's promises. */
static polex_status check_doc(const polex_doc *doc, polex_error *err) {
    if (!doc->text || doc->text_len == 0 || doc->n_paragraphs == 0)
        return polex_fail(err, POLEX_ERR_INPUT, "ingest", "no text found in the document");
    if (!polex_utf8_valid(doc->text, doc->text_len, NULL))
        return polex_fail(err, POLEX_ERR_INTERNAL, "ingest", "extracted text is not valid UTF-8");
    for (size_t i = 0; i < doc->n_paragraphs; i++) {
        const polex_span *p = &doc->paragraphs[i];
        if (p->start > p->end || p->end > doc->text_len)
            return polex_fail(err, POLEX_ERR_INTERNAL, "ingest", "paragraph %zu out of range", i);
    }
    return POLEX_OK;
}

/* A crawl's record date ("2025-07-17T14:03:00Z") dates a document whose own
 * text gives none, so that "BOSTON, July 17 -" resolves to a year. */
static polex_status record_date(polex_doc *doc, const polex_blob *blob, polex_error *err) {
    if (doc->published || !blob->date) return POLEX_OK;
    char iso[11];
    size_t n = polex_date_parse(blob->date, strlen(blob->date), iso);
    if (n == 0 || (blob->date[n] && blob->date[n] != 'T' && blob->date[n] != ' ')) return POLEX_OK;
    doc->published = polex_arena_strdup(doc->arena, iso);
    return doc->published ? POLEX_OK : polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory");
}

static polex_status set_identity(polex_doc *doc, const polex_blob *blob, const char *doc_id,
                                 doc_format fmt, polex_error *err) {
    doc->doc_id = polex_arena_strdup(doc->arena, doc_id);
    doc->source = polex_arena_strdup(doc->arena, blob->source ? blob->source : "");
    doc->format = format_name(fmt);
    doc->bytes = blob->len;
    /* Where the bytes were fetched from beats what the page says about itself. */
    if (blob->url && *blob->url) doc->url = polex_arena_strdup(doc->arena, blob->url);
    if (!doc->doc_id || !doc->source || (blob->url && *blob->url && !doc->url))
        return polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory");
    return record_date(doc, blob, err);
}

polex_status polex_ingest_blob(const polex_blob *blob, polex_doc **out, polex_error *err) {
    *out = NULL;
    polex_error_clear(err);
    char doc_id[33];
    polex_hash_hex(blob->data ? blob->data : "", blob->data ? blob->len : 0, doc_id);
    const unsigned char *s = (const unsigned char *)blob->data;
    if (!s || blob->len == 0 || all_space(s, blob->len)) {
        polex_fail(err, POLEX_ERR_INPUT, "ingest", "empty input");
        return fail_doc(err, POLEX_ERR_INPUT, blob, doc_id);
    }
    if (blob->len > POLEX_INGEST_MAX_BYTES) {
        polex_fail(err, POLEX_ERR_LIMIT, "ingest", "input of %zu bytes is over the %u byte limit",
                   blob->len, POLEX_INGEST_MAX_BYTES);
        return fail_doc(err, POLEX_ERR_LIMIT, blob, doc_id);
    }
    const char *bom_cs = NULL;
    bool utf16 = polex_enc_bom(blob->data, blob->len, &bom_cs) == 2 ||
                 polex_enc_utf16_guess(blob->data, blob->len) != NULL;
    bool utf16_hint = blob->charset && strncasecmp(blob->charset, "utf-16", 6) == 0;
    const char *why = (utf16 || utf16_hint) ? NULL : binary_reason(s, blob->len);
    polex_decoded dec = {0};
    polex_doc *doc = NULL;
    polex_status rc;
    if (why) {
        rc = polex_fail(err, POLEX_ERR_INPUT, "ingest", "not a text document: %s", why);
        goto done;
    }
    rc = polex_enc_to_utf8(blob->data, blob->len, blob->charset, &dec, err);
    if (rc != POLEX_OK) goto done;
    if (utf16 && (why = binary_reason((const unsigned char *)dec.utf8, dec.len)) != NULL) {
        rc = polex_fail(err, POLEX_ERR_INPUT, "ingest", "not a text document: %s", why);
        goto done;
    }
    doc_format fmt = sniff(dec.utf8, dec.len, blob);
    doc = polex_doc_new();
    if (!doc) {
        rc = polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory");
        goto done;
    }
    rc = extract(fmt, &dec, doc, err);
    if (rc == POLEX_OK) rc = check_doc(doc, err);
    if (rc == POLEX_OK) rc = set_identity(doc, blob, doc_id, fmt, err);
done:
    free(dec.utf8);
    if (rc != POLEX_OK) {
        polex_doc_free(doc);
        return fail_doc(err, rc, blob, doc_id);
    }
    *out = doc;
    return POLEX_OK;
}
