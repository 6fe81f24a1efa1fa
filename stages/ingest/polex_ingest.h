/*
 * polex_ingest.h - stage 1: raw inputs -> polex.doc/1 documents.
 *
 * Two objects with one job each:
 *  - polex_source walks what the user named (files, directories recursively
 *    in byte order of names, hidden entries skipped, "-" for stdin) and yields
 *    raw blobs one at a time, so memory does not grow with the corpus.
 *    Gzip-compressed files are read transparently; a JSON Lines file of
 *    {"url", "html"|"text"} objects yields one blob per line ("path#LINE");
 *    a WARC file (plain or .warc.gz) yields one blob per response or
 *    resource record with an HTML, text or XML payload ("path#RECORD"; the
 *    HTTP header is removed, its charset kept as a hint).
 *  - polex_ingest_blob turns one blob into a document: detects the format,
 *    decodes to UTF-8, extracts title and main text from HTML with libxml2,
 *    and records paragraphs as byte ranges of the normalized text.
 * Both are used the same way by `polex ingest` and by `polex run`.
 */
#ifndef POLEX_INGEST_H
#define POLEX_INGEST_H

#include "polex_core.h"

/* Hard limit on one input; larger ones become an error record. */
#define POLEX_INGEST_MAX_BYTES (256u * 1024u * 1024u)

/* One raw input. data and the strings are owned by the source and valid until
 * the next call. A caller building a blob by hand may leave the hints NULL
 * (zero-initialize the struct). */
typedef struct polex_blob {
    const char *source; /* path, "-" or "path#member" */
    const char *data;
    size_t len;
    const char *url;     /* where the bytes were fetched (WARC target, JSONL url), or NULL */
    const char *charset; /* charset from outside the bytes (HTTP header), or NULL */
    const char *format;  /* "html", "text" or "xml" when the container says so, or NULL */
    const char *date;    /* the record's date (JSONL "published"/"date", WARC-Date), or NULL:
                            the document's date when its own text gives none */
} polex_blob;

typedef struct polex_source polex_source;

/* Opens a source over paths[0..n) ("-" = stdin). Paths are read lazily, so a
 * missing file shows up as an error from polex_source_next, not here.
 * Returns NULL when out of memory. */
polex_source *polex_source_new(const char *const *paths, size_t n);

/* Next blob. Returns POLEX_OK with *blob filled, POLEX_OK with blob->data
 * NULL at the end, or an error for one input (err->source names it); the
 * caller may keep calling after an error to go on with the next input. */
polex_status polex_source_next(polex_source *src, polex_blob *blob, polex_error *err);

/* Lowers the per-input size limit (default POLEX_INGEST_MAX_BYTES), e.g. for
 * tests or memory-tight runs. Inputs over it become POLEX_ERR_LIMIT errors. */
void polex_source_set_max_bytes(polex_source *src, size_t max_bytes);

/* Frees the source. NULL is a no-op. */
void polex_source_free(polex_source *src);

/* Builds the document for one blob: doc_id is the hash of the raw bytes;
 * empty and binary inputs are refused; the format is sniffed from the content
 * (the blob's format hint and file extension only settle ambiguous inputs);
 * the bytes are decoded to UTF-8 (BOM, then blob->charset, then a declared
 * charset, then valid UTF-8, else windows-1252); blob->url, when set, wins
 * over a canonical URL found in the page. On success *out is a new doc the
 * caller frees with polex_doc_free. On failure *out is NULL and err says why
 * (stage "ingest", source and doc_id set); the caller writes it as an error
 * record and goes on. */
polex_status polex_ingest_blob(const polex_blob *blob, polex_doc **out, polex_error *err);

#endif
