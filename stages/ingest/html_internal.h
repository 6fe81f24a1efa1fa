/*
 * html_internal.h - the parts of HTML extraction, private to stages/ingest.
 *
 *   html_charset.c  raw bytes in any charset -> UTF-8 that libxml2 parses as is
 *   html_meta.c     title, date, author, canonical URL, JSON-LD article body
 *   html_date.c     date strings of metadata -> YYYY-MM-DD
 *   html_content.c  the main-content subtree -> paragraphs of normalized text
 *   html_filter.c   boilerplate paragraphs that survive the choice of subtree
 *   html_ldcheck.c  the JSON-LD article body when the chosen subtree misses it
 *   html_buf.c      a bounded growing text buffer with paragraph ranges
 *   html.c          polex_html_extract: ties them together
 *
 * Each page is parsed once; metadata, scoring and writing are linear,
 * iterative walks over the tree (see html_content.c).
 */
#ifndef POLEX_HTML_INTERNAL_H
#define POLEX_HTML_INTERNAL_H

#include "polex_core.h"

#include <libxml/HTMLparser.h>

/* Inputs larger than this are refused with POLEX_ERR_LIMIT. */
#define POLEX_HTML_MAX_BYTES (64u * 1024u * 1024u)
/* Elements nested deeper than this are ignored (their text is dropped). The
 * walks are iterative, so this bounds work, not stack. */
#define POLEX_HTML_MAX_DEPTH 65536

/* Converts data to UTF-8 following the BOM, else hint (a charset from a
 * transport header such as HTTP Content-Type; may be NULL), else the declared
 * charset (meta, XML declaration), else UTF-8 when the bytes are valid UTF-8 and
 * windows-1252 otherwise. NUL and other C0 controls become spaces; bytes
 * invalid in the chosen charset are decoded as windows-1252. On success *out
 * is a malloc'd NUL-terminated buffer the caller frees, always valid UTF-8.
 * *charset (if non-NULL) gets a static name of the charset used. */
polex_status polex_html_to_utf8(const char *data, size_t len, const char *hint, char **out,
                                size_t *out_len, const char **charset, polex_error *err);

/* polex_html_extract with the charset of a transport header (a WARC
 * record's HTTP Content-Type, say): it outranks the page's meta declaration,
 * a BOM outranks it. hint NULL or "" is polex_html_extract. */
polex_status polex_html_extract_hinted(const char *data, size_t len, const char *hint,
                                       polex_doc *doc, polex_error *err);

/* Appends the UTF-8 encoding of cp (< 0x110000) to dst, returns bytes written (1-4). */
size_t polex_html_put_utf8(uint32_t cp, char *dst);

/* A growing text of paragraphs: whitespace runs collapse to one space, and
 * paragraphs are separated by "\n\n". Bounded by POLEX_HTML_MAX_BYTES. */
typedef struct html_text {
    char *buf;
    size_t len, cap;
    size_t para_start; /* where the open paragraph starts */
    int pending_space; /* a space is owed before the next non-space byte */
    polex_span *paras;
    size_t n_paras, cap_paras;
    int failed; /* sticky: out of memory or over the limit */
} html_text;

void polex_html_text_init(html_text *t);
void polex_html_text_free(html_text *t);
/* Appends s[0..n) to the open paragraph, collapsing whitespace. */
void polex_html_text_append(html_text *t, const char *s, size_t n);
/* Closes the open paragraph (no-op when it is empty). */
void polex_html_text_break(html_text *t);
/* Drops the open paragraph and everything after byte `len` (for undo). */
void polex_html_text_truncate(html_text *t, size_t len, size_t n_paras);

/* Metadata found in the document. Strings are malloc'd, NULL when absent. */
typedef struct html_meta {
    char *title, *published, *author, *url;
    char *ld_body; /* JSON-LD articleBody, the safety net of html_ldcheck.c */
} html_meta;

/* Reads metadata from the parsed tree. Never fails: what is not found stays NULL. */
void polex_html_meta_read(xmlDocPtr d, html_meta *m);
void polex_html_meta_free(html_meta *m);

/* Finds the main content of d and writes its paragraphs to t. Uses the
 * nodes' _private pointers while it runs. */
void polex_html_content(xmlDocPtr d, html_text *t);

/* Drops boilerplate paragraphs (ad labels, update stamps, calls to
 * subscribe, trailing labels) from t, keeping the ranges consistent. */
void polex_html_filter(html_text *t);

/* Replaces t with the JSON-LD articleBody of m when that body is long and t
 * holds less than half of it (the wrong element was chosen). */
void polex_html_ld_check(const html_meta *m, html_text *t);

/* Normalizes a date string (ISO 8601 and common written forms) to a
 * malloc'd "YYYY-MM-DD", or NULL when none is found. */
char *polex_html_parse_date(const char *s);

#endif
