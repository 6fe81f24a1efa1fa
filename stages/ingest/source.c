/*
 * source.c - walks the inputs the user named and yields raw blobs.
 *
 * A stack of pending paths (named paths first, a directory's entries pushed
 * in reverse byte order of their names so they pop in order) keeps the walk
 * lazy and reproducible. One input is open at a time; it is read through
 * zlib, which passes plain files through, and treated as one of three kinds
 * by its first bytes and name: a WARC file, a JSON Lines file, or a single
 * document.
 */
#include "polex_ingest.h"

#include "source_reader.h"
#include "source_warc.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define MAX_DEPTH 64
#define MAX_DIR_ENTRIES 1000000
#define SNIFF 4096
#define JSONL_SNIFF (16u * 1024u * 1024u)

typedef struct pending {
    char *path;
    int depth;
    bool named; /* given by the user: followed even if hidden or a symlink */
} pending;

typedef enum { KIND_NONE, KIND_WHOLE, KIND_JSONL, KIND_WARC } input_kind;

struct polex_source {
    pending *stack;
    size_t n, cap;
    size_t max_bytes;

    input_kind kind; /* of the open input */
    char *path;      /* of the open input (malloc'd) */
    polex_reader rd;
    size_t line_no;
    size_t docs; /* JSON Lines records with a document so far */
    polex_warc warc;

    /* what the last blob points at, kept until the next call */
    char *data;
    size_t data_cap;
    char *member; /* "path#N" */
    json_t *json;
    bool whole_done;
};

static void copy_field(char *dst, size_t cap, const char *src) {
    size_t n = src ? strlen(src) : 0;
    if (n >= cap) n = cap - 1;
    if (n) memcpy(dst, src, n);
    dst[n] = '\0';
}

static polex_status push(polex_source *src, const char *path, int depth, bool named) {
    if (src->n == src->cap) {
        size_t cap = src->cap ? src->cap * 2 : 16;
        pending *p = realloc(src->stack, cap * sizeof *p);
        if (!p) return POLEX_ERR_NOMEM;
        src->stack = p;
        src->cap = cap;
    }
    char *copy = strdup(path);
    if (!copy) return POLEX_ERR_NOMEM;
    src->stack[src->n++] = (pending){copy, depth, named};
    return POLEX_OK;
}

polex_source *polex_source_new(const char *const *paths, size_t n) {
    polex_source *src = calloc(1, sizeof *src);
    if (!src) return NULL;
    src->max_bytes = POLEX_INGEST_MAX_BYTES;
    for (size_t i = n; i-- > 0;) {
        if (push(src, paths[i], 0, true) != POLEX_OK) {
            polex_source_free(src);
            return NULL;
        }
    }
    return src;
}

void polex_source_set_max_bytes(polex_source *src, size_t max_bytes) {
    if (src && max_bytes > 0) src->max_bytes = max_bytes;
}

static void release_blob(polex_source *src) {
    free(src->member);
    src->member = NULL;
    json_decref(src->json);
    src->json = NULL;
}

static void close_input(polex_source *src) {
    polex_reader_close(&src->rd);
    polex_warc_free(&src->warc);
    src->kind = KIND_NONE;
    src->line_no = 0;
    src->docs = 0;
    src->whole_done = false;
}

void polex_source_free(polex_source *src) {
    if (!src) return;
    release_blob(src);
    close_input(src);
    free(src->path);
    for (size_t i = 0; i < src->n; i++)
        free(src->stack[i].path);
    free(src->stack);
    free(src->data);
    free(src);
}

/* Fills err for an input-level failure (polex_fail already set the message). */
static polex_status fail_at(polex_error *err, polex_status rc, const char *source, int64_t offset) {
    if (err) {
        copy_field(err->stage, sizeof err->stage, "ingest");
        copy_field(err->source, sizeof err->source, source);
        err->offset = offset;
    }
    return rc;
}

/* ---- directories ------------------------------------------------------------ */

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Pushes the visible entries of dir, so they pop in byte order. */
static polex_status expand_dir(polex_source *src, const char *dir, int depth, polex_error *err) {
    if (depth >= MAX_DEPTH) {
        polex_fail(err, POLEX_ERR_LIMIT, "ingest", "directories nested deeper than %d", MAX_DEPTH);
        return fail_at(err, POLEX_ERR_LIMIT, dir, -1);
    }
    DIR *d = opendir(dir);
    if (!d) {
        polex_fail(err, POLEX_ERR_IO, "ingest", "cannot read directory: %s", strerror(errno));
        return fail_at(err, POLEX_ERR_IO, dir, -1);
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    polex_status rc = POLEX_OK;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue; /* hidden, "." and ".." */
        if (n == MAX_DIR_ENTRIES) {
            rc =
                polex_fail(err, POLEX_ERR_LIMIT, "ingest", "more than %d entries", MAX_DIR_ENTRIES);
            break;
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **p = realloc(names, cap * sizeof *p);
            if (!p) {
                rc = polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory");
                break;
            }
            names = p;
        }
        size_t dl = strlen(dir);
        bool slash = dl > 0 && dir[dl - 1] == '/';
        size_t len = dl + strlen(e->d_name) + 2;
        names[n] = malloc(len);
        if (!names[n]) {
            rc = polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory");
            break;
        }
        snprintf(names[n], len, "%s%s%s", dir, slash ? "" : "/", e->d_name);
        n++;
    }
    closedir(d);
    if (rc == POLEX_OK) {
        qsort(names, n, sizeof *names, by_name);
        for (size_t i = n; i-- > 0 && rc == POLEX_OK;) {
            if (push(src, names[i], depth + 1, false) != POLEX_OK)
                rc = polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory");
        }
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc == POLEX_OK ? POLEX_OK : fail_at(err, rc, dir, -1);
}

/* ---- opening one input ------------------------------------------------------ */

static bool has_ext(const char *path, const char *ext) {
    size_t n = strlen(path), k = strlen(ext);
    if (n > 3 && strcasecmp(path + n - 3, ".gz") == 0) n -= 3;
    return n > k && strncasecmp(path + n - k, ext, k) == 0;
}

/* A JSON Lines file by name, or by a first line that is an object with a
 * document field. */
/* A JSON Lines file by name, or by a first line that is an object with a
 * document field. Pages make long lines, so up to JSONL_SNIFF bytes are
 * looked at to find the end of the first one. */
static bool looks_jsonl(polex_source *src) {
    if (has_ext(src->path, ".jsonl") || has_ext(src->path, ".ndjson")) return true;
    size_t n = polex_reader_peek(&src->rd, SNIFF, NULL);
    const char *head = src->rd.buf ? src->rd.buf + src->rd.pos : "";
    size_t i = 0;
    while (i < n && strchr(" \t\r\n", head[i]))
        i++;
    if (i >= n || head[i] != '{') return false;
    const char *nl;
    size_t want = SNIFF;
    while (!(nl = memchr(head + i, '\n', n - i)) && !src->rd.eof && !src->rd.failed &&
           want < JSONL_SNIFF) {
        want *= 4;
        n = polex_reader_peek(&src->rd, want, NULL);
        head = src->rd.buf + src->rd.pos;
    }
    if (!nl) return false;
    json_t *j = json_loadb(head + i, (size_t)(nl - head - i), 0, NULL);
    bool doc = json_is_object(j) && (json_is_string(json_object_get(j, "html")) ||
                                     json_is_string(json_object_get(j, "text")));
    json_decref(j);
    return doc;
}

/* size is the file's size on disk, -1 when unknown (stdin). */
static polex_status open_input(polex_source *src, const char *path, int64_t size,
                               polex_error *err) {
    free(src->path);
    src->path = strdup(path);
    if (!src->path) return polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory");
    polex_status rc = polex_reader_open(&src->rd, path, src->max_bytes, err);
    if (rc != POLEX_OK) return fail_at(err, rc, path, -1);
    size_t avail = polex_reader_peek(&src->rd, SNIFF, err);
    const char *head = src->rd.buf ? src->rd.buf + src->rd.pos : "";
    if (avail >= 5 && memcmp(head, "WARC/", 5) == 0)
        src->kind = KIND_WARC;
    else if (looks_jsonl(src))
        src->kind = KIND_JSONL;
    else
        src->kind = KIND_WHOLE;
    if (src->kind == KIND_WHOLE && gzdirect(src->rd.gz) && size > (int64_t)src->max_bytes) {
        /* Refuse before reading: the limit is about memory as much as time. */
        close_input(src);
        polex_fail(err, POLEX_ERR_LIMIT, "ingest", "input of %lld bytes is over the %zu byte limit",
                   (long long)size, src->max_bytes);
        return fail_at(err, POLEX_ERR_LIMIT, path, -1);
    }
    return POLEX_OK;
}

/* Pops paths until one is an input to read (opened) or one fails. Returns
 * POLEX_OK with kind NONE when nothing is left. */
static polex_status open_next(polex_source *src, polex_error *err) {
    while (src->n > 0) {
        pending p = src->stack[--src->n];
        struct stat st;
        polex_status rc = POLEX_OK;
        bool is_stdin = strcmp(p.path, "-") == 0 && p.named;
        if (!is_stdin && stat(p.path, &st) != 0) {
            polex_fail(err, POLEX_ERR_IO, "ingest", "cannot read: %s", strerror(errno));
            rc = fail_at(err, POLEX_ERR_IO, p.path, -1);
        } else if (!is_stdin && S_ISDIR(st.st_mode)) {
            struct stat lst;
            /* Symlinked directories inside a walk could loop: only named ones are followed. */
            bool link = !p.named && lstat(p.path, &lst) == 0 && S_ISLNK(lst.st_mode);
            if (!link) rc = expand_dir(src, p.path, p.depth, err);
            free(p.path);
            if (rc != POLEX_OK) return rc;
            continue;
        } else if (!is_stdin && !p.named && !S_ISREG(st.st_mode)) {
            free(p.path); /* fifos, sockets, devices met in a walk */
            continue;
        }
        if (rc == POLEX_OK) rc = open_input(src, p.path, is_stdin ? -1 : (int64_t)st.st_size, err);
        free(p.path);
        return rc;
    }
    return POLEX_OK;
}

/* ---- reading blobs ----------------------------------------------------------- */

static polex_status member_name(polex_source *src, size_t n, polex_error *err) {
    free(src->member);
    size_t len = strlen(src->path) + 24;
    src->member = malloc(len);
    if (!src->member) return polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory");
    snprintf(src->member, len, "%s#%zu", src->path, n);
    return POLEX_OK;
}

static polex_status next_whole(polex_source *src, polex_blob *blob, polex_error *err) {
    size_t n = 0;
    src->whole_done = true;
    polex_status rc = polex_reader_rest(&src->rd, &src->data, &src->data_cap, &n, err);
    if (rc != POLEX_OK) return fail_at(err, rc, src->path, -1);
    blob->source = src->path;
    blob->data = src->data;
    blob->len = n;
    return POLEX_OK;
}

static polex_status next_jsonl(polex_source *src, polex_blob *blob, polex_error *err) {
    for (;;) {
        const char *line;
        size_t n;
        src->line_no++;
        polex_status rc = polex_reader_line(&src->rd, &line, &n, err);
        if (rc != POLEX_OK) {
            polex_status mrc = member_name(src, src->line_no, err);
            const char *where = mrc == POLEX_OK ? src->member : src->path;
            /* A read error ends the file; a long line is skipped. */
            if (rc != POLEX_ERR_LIMIT) close_input(src);
            return fail_at(err, rc, where, (int64_t)src->line_no);
        }
        if (!line) return POLEX_OK;
        size_t i = 0;
        while (i < n && strchr(" \t\r", line[i]))
            i++;
        if (i == n) continue;
        rc = member_name(src, src->line_no, err);
        if (rc != POLEX_OK) return fail_at(err, rc, src->path, (int64_t)src->line_no);
        json_error_t jerr;
        src->json = json_loadb(line, n, 0, &jerr);
        json_t *body = NULL;
        const char *format = "html";
        if (json_is_object(src->json)) {
            body = json_object_get(src->json, "html");
            if (!json_is_string(body)) {
                body = json_object_get(src->json, "text");
                format = "text";
            }
        }
        if (!json_is_string(body) && json_is_object(src->json) && src->docs == 0) {
            /* Records of another kind (annotations, events): one error for the file. */
            polex_fail(err, POLEX_ERR_INPUT, "ingest",
                       "JSON Lines file whose records have no \"html\" or \"text\" string");
            int64_t at = (int64_t)src->line_no;
            close_input(src);
            return fail_at(err, POLEX_ERR_INPUT, src->path, at);
        }
        if (!json_is_string(body)) {
            if (!src->json) {
                polex_fail(err, POLEX_ERR_INPUT, "ingest", "invalid JSON: %s", jerr.text);
            } else {
                polex_fail(err, POLEX_ERR_INPUT, "ingest",
                           "JSON line has no \"html\" or \"text\" string");
            }
            return fail_at(err, POLEX_ERR_INPUT, src->member, (int64_t)src->line_no);
        }
        src->docs++;
        json_t *url = json_object_get(src->json, "url");
        json_t *date = json_object_get(src->json, "published");
        if (!json_is_string(date)) date = json_object_get(src->json, "date");
        blob->source = src->member;
        blob->data = json_string_value(body);
        blob->len = json_string_length(body);
        blob->url = json_is_string(url) ? json_string_value(url) : NULL;
        blob->date = json_is_string(date) ? json_string_value(date) : NULL;
        blob->format = format;
        blob->charset = "utf-8"; /* JSON text is Unicode whatever the page declared */
        return POLEX_OK;
    }
}

static polex_status next_warc(polex_source *src, polex_blob *blob, polex_error *err) {
    polex_status rc = polex_warc_next(&src->warc, &src->rd, err);
    size_t record = src->warc.record;
    if (rc != POLEX_OK) {
        int64_t offset = src->rd.offset;
        polex_status mrc = member_name(src, record, err);
        const char *where = mrc == POLEX_OK ? src->member : src->path;
        if (rc != POLEX_ERR_LIMIT) close_input(src);
        return fail_at(err, rc, where, offset);
    }
    if (!src->warc.payload) return POLEX_OK;
    rc = member_name(src, record, err);
    if (rc != POLEX_OK) return fail_at(err, rc, src->path, -1);
    blob->source = src->member;
    blob->data = src->warc.payload;
    blob->len = src->warc.payload_len;
    blob->url = src->warc.url;
    blob->date = src->warc.date[0] ? src->warc.date : NULL;
    blob->charset = src->warc.charset[0] ? src->warc.charset : NULL;
    blob->format = src->warc.format;
    return POLEX_OK;
}

polex_status polex_source_next(polex_source *src, polex_blob *blob, polex_error *err) {
    memset(blob, 0, sizeof *blob);
    polex_error_clear(err);
    release_blob(src);
    for (;;) {
        polex_status rc = POLEX_OK;
        if (src->kind == KIND_NONE) {
            rc = open_next(src, err);
            if (rc != POLEX_OK) {
                close_input(src);
                return rc;
            }
            if (src->kind == KIND_NONE) return POLEX_OK; /* all done */
        }
        switch (src->kind) {
        case KIND_WHOLE:
            if (src->whole_done) break;
            rc = next_whole(src, blob, err);
            if (rc != POLEX_OK) close_input(src);
            return rc;
        case KIND_JSONL:
            rc = next_jsonl(src, blob, err);
            break;
        case KIND_WARC:
            rc = next_warc(src, blob, err);
            break;
        case KIND_NONE:
            break;
        }
        if (rc != POLEX_OK || blob->data) return rc;
        close_input(src); /* this input is finished: on to the next */
    }
}
