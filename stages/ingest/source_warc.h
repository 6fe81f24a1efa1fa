/*
 * source_warc.h - WARC records (ISO 28500, versions 0.x-1.1, plain or as
 * concatenated gzip members) as document payloads (private to
 * stages/ingest).
 *
 * Only the framing is parsed: record headers, the block of Content-Length
 * bytes, and for responses the HTTP header in front of the payload (status,
 * Content-Type with its charset, chunked transfer and gzip/deflate content
 * encodings). Records that are not successful HTML, text or XML responses,
 * resources or conversions (WET text) are passed over: requests, metadata,
 * revisits, images, scripts, redirects and errors are not documents.
 */
#ifndef POLEX_INGEST_SOURCE_WARC_H
#define POLEX_INGEST_SOURCE_WARC_H

#include "source_reader.h"

typedef struct polex_warc {
    size_t record; /* number of the last record read, 1-based */
    char *block;   /* the record block (malloc'd) */
    size_t block_cap;
    char *inflated; /* a decoded Content-Encoding (malloc'd) */
    size_t inflated_cap;
    char *url;     /* WARC-Target-URI (malloc'd) */
    char date[32]; /* WARC-Date, or "" */
    char charset[64];
    const char *format; /* "html", "text", "xml" or NULL */
    const char *payload;
    size_t payload_len;
} polex_warc;

/* Reads up to the next record that holds a document and sets url, charset,
 * format, payload (valid until the next call). Returns POLEX_OK with
 * payload NULL at the end. POLEX_ERR_LIMIT for a record over the reader's
 * limit (skipped: the next call goes on); POLEX_ERR_IO or POLEX_ERR_INPUT
 * when the framing breaks (the rest of the file is unreadable). */
polex_status polex_warc_next(polex_warc *w, polex_reader *rd, polex_error *err);

/* Frees what the reader holds. Safe on a zeroed struct. */
void polex_warc_free(polex_warc *w);

#endif
