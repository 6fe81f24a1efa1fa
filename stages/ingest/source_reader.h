/*
 * source_reader.h - buffered reading of one input (plain or gzip, file or
 * stdin) with a size limit on every line and block (private to
 * stages/ingest).
 */
#ifndef POLEX_INGEST_SOURCE_READER_H
#define POLEX_INGEST_SOURCE_READER_H

#include "polex_core.h"

#include <zlib.h>

typedef struct polex_reader {
    gzFile gz;
    char *buf; /* malloc'd window: bytes [pos, len) are unread */
    size_t pos, len, cap;
    size_t max;     /* longest line or block accepted */
    int64_t offset; /* uncompressed bytes consumed so far */
    bool eof;       /* gzread reported the end */
    bool failed;    /* gzread reported corrupt or truncated data */
    char why[128];  /* zlib's message when failed */
} polex_reader;

/* Opens path ("-" = standard input). Returns POLEX_ERR_IO (with errno text in
 * err) when it cannot be opened. */
polex_status polex_reader_open(polex_reader *rd, const char *path, size_t max, polex_error *err);

/* Closes the input and frees the buffer. Safe on a zeroed or closed reader. */
void polex_reader_close(polex_reader *rd);

/* Makes at least `want` unread bytes available unless the input ends first.
 * Returns the number available (may be less at the end), and sets failed on a
 * read error. */
size_t polex_reader_peek(polex_reader *rd, size_t want, polex_error *err);

/* Next line without its "\n" (a trailing "\r" is kept). *line points into the
 * reader's buffer, valid until the next call. Returns POLEX_OK with *line NULL
 * at the end; POLEX_ERR_LIMIT when the line is longer than max (the line is
 * then skipped, so reading can go on); POLEX_ERR_IO on corrupt input. */
polex_status polex_reader_line(polex_reader *rd, const char **line, size_t *n, polex_error *err);

/* Reads exactly n bytes into *dst (grown with realloc, capacity in *cap).
 * POLEX_ERR_IO when the input ends early or is corrupt, POLEX_ERR_NOMEM. */
polex_status polex_reader_block(polex_reader *rd, size_t n, char **dst, size_t *cap,
                                polex_error *err);

/* Skips n bytes. POLEX_ERR_IO when the input ends early or is corrupt. */
polex_status polex_reader_skip(polex_reader *rd, size_t n, polex_error *err);

/* Reads the rest of the input into *dst (grown with realloc), at most max
 * bytes: POLEX_ERR_LIMIT beyond. *n gets the length. */
polex_status polex_reader_rest(polex_reader *rd, char **dst, size_t *cap, size_t *n,
                               polex_error *err);

#endif
