/* source_reader.c - buffered, bounded reading of one input (see source_reader.h). */
#include "source_reader.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Below glibc's mmap threshold, so opening many small files stays cheap. */
#define CHUNK (64u * 1024u)

polex_status polex_reader_open(polex_reader *rd, const char *path, size_t max, polex_error *err) {
    memset(rd, 0, sizeof *rd);
    rd->max = max;
    int fd = strcmp(path, "-") == 0 ? dup(STDIN_FILENO) : open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return polex_fail(err, POLEX_ERR_IO, "ingest", "cannot open: %s", strerror(errno));
    rd->gz = gzdopen(fd, "rb");
    if (!rd->gz) {
        close(fd);
        return polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory opening the input");
    }
    gzbuffer(rd->gz, CHUNK / 2);
    return POLEX_OK;
}

void polex_reader_close(polex_reader *rd) {
    if (rd->gz) gzclose(rd->gz);
    free(rd->buf);
    memset(rd, 0, sizeof *rd);
}

static bool grow(polex_reader *rd, size_t need) {
    if (need <= rd->cap) return true;
    size_t cap = rd->cap ? rd->cap : CHUNK;
    while (cap < need)
        cap *= 2;
    char *p = realloc(rd->buf, cap);
    if (!p) return false;
    rd->buf = p;
    rd->cap = cap;
    return true;
}

static void note_failure(polex_reader *rd) {
    int code = Z_OK;
    const char *msg = gzerror(rd->gz, &code);
    if (code == Z_OK) return;
    rd->failed = true;
    snprintf(rd->why, sizeof rd->why, "%s",
             code == Z_BUF_ERROR ? "truncated gzip data"
             : code == Z_ERRNO   ? strerror(errno)
                                 : msg);
}

size_t polex_reader_peek(polex_reader *rd, size_t want, polex_error *err) {
    (void)err;
    while (rd->len - rd->pos < want && !rd->eof && !rd->failed) {
        if (rd->pos > 0) {
            memmove(rd->buf, rd->buf + rd->pos, rd->len - rd->pos);
            rd->len -= rd->pos;
            rd->pos = 0;
        }
        size_t need = want > CHUNK ? want : CHUNK;
        if (!grow(rd, rd->len + need) && !grow(rd, want)) {
            rd->failed = true;
            snprintf(rd->why, sizeof rd->why, "out of memory");
            break;
        }
        size_t room = rd->cap - rd->len;
        if (room > INT32_MAX) room = INT32_MAX;
        int got = gzread(rd->gz, rd->buf + rd->len, (unsigned)room);
        if (got > 0) {
            rd->len += (size_t)got;
            continue;
        }
        note_failure(rd);
        if (got == 0 || !rd->failed) rd->eof = true;
    }
    return rd->len - rd->pos;
}

static polex_status read_failure(polex_reader *rd, polex_error *err) {
    return polex_fail(err, POLEX_ERR_IO, "ingest", "%s", rd->why[0] ? rd->why : "read error");
}

polex_status polex_reader_line(polex_reader *rd, const char **line, size_t *n, polex_error *err) {
    *line = NULL;
    *n = 0;
    size_t scanned = 0;
    for (;;) {
        size_t avail = rd->len - rd->pos;
        char *nl =
            avail > scanned ? memchr(rd->buf + rd->pos + scanned, '\n', avail - scanned) : NULL;
        if (nl) {
            size_t k = (size_t)(nl - (rd->buf + rd->pos));
            if (k > rd->max) {
                rd->pos += k + 1;
                rd->offset += (int64_t)(k + 1);
                return polex_fail(err, POLEX_ERR_LIMIT, "ingest", "line longer than %zu bytes",
                                  rd->max);
            }
            *line = rd->buf + rd->pos;
            *n = k;
            rd->pos += k + 1;
            rd->offset += (int64_t)(k + 1);
            return POLEX_OK;
        }
        scanned = avail;
        if (avail > rd->max) {
            /* Too long: drop through the next newline so the caller can go on. */
            rd->pos = rd->len;
            rd->offset += (int64_t)avail;
            for (;;) {
                if (polex_reader_peek(rd, 1, err) == 0) break;
                char *e = memchr(rd->buf + rd->pos, '\n', rd->len - rd->pos);
                size_t k = e ? (size_t)(e - (rd->buf + rd->pos)) + 1 : rd->len - rd->pos;
                rd->pos += k;
                rd->offset += (int64_t)k;
                if (e) break;
            }
            if (rd->failed) return read_failure(rd, err);
            return polex_fail(err, POLEX_ERR_LIMIT, "ingest", "line longer than %zu bytes",
                              rd->max);
        }
        size_t before = avail;
        if (polex_reader_peek(rd, avail + 1, err) == before) {
            if (rd->failed) return read_failure(rd, err);
            if (before == 0) return POLEX_OK; /* end of input */
            *line = rd->buf + rd->pos;        /* last line without a newline */
            *n = before;
            rd->pos += before;
            rd->offset += (int64_t)before;
            return POLEX_OK;
        }
    }
}

polex_status polex_reader_block(polex_reader *rd, size_t n, char **dst, size_t *cap,
                                polex_error *err) {
    if (n + 1 > *cap) {
        char *p = realloc(*dst, n + 1);
        if (!p) return polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory");
        *dst = p;
        *cap = n + 1;
    }
    size_t done = 0;
    while (done < n) {
        size_t avail = polex_reader_peek(rd, 1, err);
        if (avail == 0) {
            if (rd->failed) return read_failure(rd, err);
            return polex_fail(err, POLEX_ERR_IO, "ingest", "input ends inside a record");
        }
        size_t k = avail < n - done ? avail : n - done;
        memcpy(*dst + done, rd->buf + rd->pos, k);
        rd->pos += k;
        rd->offset += (int64_t)k;
        done += k;
    }
    (*dst)[n] = '\0';
    return POLEX_OK;
}

polex_status polex_reader_skip(polex_reader *rd, size_t n, polex_error *err) {
    while (n > 0) {
        size_t avail = polex_reader_peek(rd, 1, err);
        if (avail == 0) {
            if (rd->failed) return read_failure(rd, err);
            return polex_fail(err, POLEX_ERR_IO, "ingest", "input ends inside a record");
        }
        size_t k = avail < n ? avail : n;
        rd->pos += k;
        rd->offset += (int64_t)k;
        n -= k;
    }
    return POLEX_OK;
}

polex_status polex_reader_rest(polex_reader *rd, char **dst, size_t *cap, size_t *n,
                               polex_error *err) {
    size_t total = 0;
    for (;;) {
        size_t avail = polex_reader_peek(rd, 1, err);
        if (avail == 0) break;
        if (total + avail > rd->max) {
            return polex_fail(err, POLEX_ERR_LIMIT, "ingest", "input larger than %zu bytes",
                              rd->max);
        }
        if (total + avail + 1 > *cap) {
            size_t c = *cap ? *cap : CHUNK;
            while (c < total + avail + 1)
                c *= 2;
            char *p = realloc(*dst, c);
            if (!p) return polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory");
            *dst = p;
            *cap = c;
        }
        memcpy(*dst + total, rd->buf + rd->pos, avail);
        total += avail;
        rd->pos += avail;
        rd->offset += (int64_t)avail;
    }
    if (rd->failed) return read_failure(rd, err);
    if (!*dst) {
        *dst = malloc(1);
        if (!*dst) return polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory");
        *cap = 1;
    }
    (*dst)[total] = '\0';
    *n = total;
    return POLEX_OK;
}
