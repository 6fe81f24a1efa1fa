/*
 * ingest_internal.h - the parts of the ingest stage, private to stages/ingest.
 *
 * polex_ingest_blob (ingest.c) sniffs the format, decodes and dispatches:
 *   HTML  -> polex_html_extract (html.c)
 *   text  -> polex_text_extract (text.c)
 * Both fill, in doc's arena: doc->text (UTF-8; paragraphs separated by "\n\n",
 * whitespace runs inside a paragraph collapsed to one space), doc->text_len,
 * doc->paragraphs (byte ranges of each paragraph, separators excluded), and
 * whatever metadata they find (title, published as ISO 8601, author,
 * canonical url). The caller sets doc_id, source, format and bytes.
 */
#ifndef POLEX_INGEST_INTERNAL_H
#define POLEX_INGEST_INTERNAL_H

#include "polex_core.h"

/* HTML in any declared or undeclared charset -> main text and metadata. */
polex_status polex_html_extract(const char *data, size_t len, polex_doc *doc, polex_error *err);

/* Plain text, already valid UTF-8 -> text, paragraphs, dateline date. */
polex_status polex_text_extract(const char *utf8, size_t len, polex_doc *doc, polex_error *err);

#endif
