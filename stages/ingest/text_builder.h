/*
 * text_builder.h - builds a document's normalized text and paragraph ranges
 * (private to stages/ingest; used by the text and XML extractors).
 *
 * Text goes in piece by piece; the builder collapses every run of white space
 * (ASCII and Unicode spaces, line breaks) to one space, drops control and
 * invisible characters (C0/C1 controls, zero-width space, soft hyphen, BOM),
 * trims paragraph edges and separates paragraphs with "\n\n", exactly as
 * ingest_internal.h promises. Errors are sticky and reported by finish.
 */
#ifndef POLEX_INGEST_TEXT_BUILDER_H
#define POLEX_INGEST_TEXT_BUILDER_H

#include "polex_core.h"

typedef struct polex_textbuf {
    char *buf; /* malloc'd; owned until finish/free */
    size_t len, cap, max;
    polex_span *paras; /* malloc'd */
    size_t n_paras, cap_paras;
    uint32_t para_start;
    bool in_para, pending_space;
    polex_status status;
} polex_textbuf;

/* Starts an empty builder whose text may grow to max bytes (then
 * POLEX_ERR_LIMIT). */
void polex_textbuf_init(polex_textbuf *tb, size_t max);

/* Appends s[0..n) (UTF-8; invalid bytes are dropped) to the current paragraph,
 * opening one if needed. */
void polex_textbuf_append(polex_textbuf *tb, const char *s, size_t n);

/* A word boundary: the next visible character is preceded by one space. */
void polex_textbuf_space(polex_textbuf *tb);

/* Ends the current paragraph (no-op when it is empty). */
void polex_textbuf_break(polex_textbuf *tb);

/* True when the current paragraph has text. */
bool polex_textbuf_in_para(const polex_textbuf *tb);

/* Moves the text and paragraphs into doc's arena (doc->text, text_len,
 * paragraphs) and frees the builder's memory. Returns the first error met,
 * filling err. Always leaves the builder freed. */
polex_status polex_textbuf_finish(polex_textbuf *tb, polex_doc *doc, polex_error *err);

/* Frees the builder's memory without producing anything. */
void polex_textbuf_free(polex_textbuf *tb);

#endif
