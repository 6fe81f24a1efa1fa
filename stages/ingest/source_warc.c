/* source_warc.c - WARC record framing and HTTP payloads (see source_warc.h). */
#include "source_warc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#define MAX_HEADERS 512

void polex_warc_free(polex_warc *w) {
    free(w->block);
    free(w->inflated);
    free(w->url);
    memset(w, 0, sizeof *w);
}

/* Header value if line is "name: value" (case-insensitive name). */
static const char *header_value(const char *line, size_t n, const char *name, size_t *vn) {
    size_t k = strlen(name);
    if (n <= k || strncasecmp(line, name, k) != 0 || line[k] != ':') return NULL;
    size_t i = k + 1;
    while (i < n && (line[i] == ' ' || line[i] == '\t'))
        i++;
    size_t e = n;
    while (e > i && (line[e - 1] == '\r' || line[e - 1] == ' ' || line[e - 1] == '\t'))
        e--;
    *vn = e - i;
    return line + i;
}

typedef struct content_type {
    char mime[96];
    char charset[64];
} content_type;

/* "text/html; charset=ISO-8859-1" -> mime "text/html", charset "iso-8859-1". */
static void parse_content_type(const char *v, size_t n, content_type *ct) {
    size_t i = 0, m = 0;
    while (i < n && v[i] != ';' && v[i] != ' ' && m + 1 < sizeof ct->mime) {
        char c = v[i++];
        ct->mime[m++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    ct->mime[m] = '\0';
    ct->charset[0] = '\0';
    for (; i + 8 <= n; i++) {
        if (strncasecmp(v + i, "charset=", 8) != 0) continue;
        size_t j = i + 8, c = 0;
        if (j < n && (v[j] == '"' || v[j] == '\'')) j++;
        while (j < n && v[j] != '"' && v[j] != '\'' && v[j] != ';' && v[j] != ' ' &&
               c + 1 < sizeof ct->charset) {
            char ch = v[j++];
            ct->charset[c++] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
        }
        ct->charset[c] = '\0';
        break;
    }
}

/* The document format a MIME type announces; NULL for "not a document".
 * An absent type is let through for the content sniffer to decide. */
static bool format_for_mime(const char *mime, const char **format) {
    *format = NULL;
    if (!*mime) return true;
    if (!strcmp(mime, "text/html") || !strcmp(mime, "application/xhtml+xml")) {
        *format = "html";
    } else if (!strcmp(mime, "text/plain")) {
        *format = "text";
    } else if (!strcmp(mime, "text/xml") || !strcmp(mime, "application/xml")) {
        *format = "xml";
    } else {
        return false;
    }
    return true;
}

/* Removes chunked transfer coding in place; returns the new length, or
 * (size_t)-1 when the chunks are malformed. */
static size_t dechunk(char *p, size_t n) {
    size_t in = 0, out = 0;
    for (;;) {
        size_t size = 0, digits = 0;
        while (in < n) {
            char c = p[in];
            int v = (c >= '0' && c <= '9')   ? c - '0'
                    : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                    : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                             : -1;
            if (v < 0) break;
            if (size > (SIZE_MAX >> 4)) return (size_t)-1;
            size = size * 16 + (size_t)v;
            in++;
            digits++;
        }
        if (!digits) return (size_t)-1;
        char *eol = memchr(p + in, '\n', n - in);
        if (!eol) return (size_t)-1;
        in = (size_t)(eol - p) + 1;
        if (size == 0) return out;
        if (size > n - in) size = n - in; /* truncated: keep what is there */
        memmove(p + out, p + in, size);
        out += size;
        in += size;
        while (in < n && (p[in] == '\r' || p[in] == '\n'))
            in++;
        if (in >= n) return out;
    }
}

/* gzip or deflate Content-Encoding, bounded by max. */
static polex_status inflate_payload(polex_warc *w, const char *src, size_t n, size_t max,
                                    polex_error *err) {
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (inflateInit2(&zs, 15 + 32) != Z_OK)
        return polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory");
    zs.next_in = (Bytef *)src;
    zs.avail_in = (uInt)(n > UINT32_MAX ? UINT32_MAX : n);
    size_t out = 0;
    polex_status rc = POLEX_OK;
    for (;;) {
        if (w->inflated_cap - out < 65536) {
            size_t cap = w->inflated_cap ? w->inflated_cap * 2 : 262144;
            char *p = realloc(w->inflated, cap);
            if (!p) {
                rc = polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory");
                break;
            }
            w->inflated = p;
            w->inflated_cap = cap;
        }
        zs.next_out = (Bytef *)(w->inflated + out);
        zs.avail_out = (uInt)(w->inflated_cap - out - 1);
        int z = inflate(&zs, Z_NO_FLUSH);
        out = (size_t)(zs.next_out - (Bytef *)w->inflated);
        if (out > max) {
            rc = polex_fail(err, POLEX_ERR_LIMIT, "ingest", "payload larger than %zu bytes", max);
            break;
        }
        if (z == Z_STREAM_END) break;
        if (z != Z_OK) {
            rc = polex_fail(err, POLEX_ERR_INPUT, "ingest", "corrupt compressed HTTP payload");
            break;
        }
    }
    inflateEnd(&zs);
    if (rc == POLEX_OK) {
        w->inflated[out] = '\0';
        w->payload = w->inflated;
        w->payload_len = out;
    }
    return rc;
}

typedef struct http_info {
    int status;
    content_type ct;
    bool chunked;
    bool compressed;
} http_info;

/* Splits an HTTP response into header facts and payload. False when the
 * block does not start with an HTTP status line. */
static bool parse_http(const char *b, size_t n, http_info *h, size_t *body) {
    memset(h, 0, sizeof *h);
    if (n < 12 || strncmp(b, "HTTP/", 5) != 0) return false;
    const char *sp = memchr(b, ' ', n < 16 ? n : 16);
    if (!sp) return false;
    h->status = (int)strtol(sp + 1, NULL, 10);
    size_t i = 0;
    for (int lines = 0; i < n && lines < MAX_HEADERS; lines++) {
        const char *nl = memchr(b + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - b) : n;
        size_t len = e - i;
        if (len > 0 && b[i + len - 1] == '\r') len--;
        const char *line = b + i;
        i = nl ? e + 1 : n;
        if (len == 0 && lines > 0) break;
        size_t vn;
        const char *v;
        if ((v = header_value(line, len, "Content-Type", &vn)) != NULL)
            parse_content_type(v, vn, &h->ct);
        else if ((v = header_value(line, len, "Transfer-Encoding", &vn)) != NULL)
            h->chunked = vn >= 7 && strncasecmp(v, "chunked", 7) == 0;
        else if ((v = header_value(line, len, "Content-Encoding", &vn)) != NULL)
            h->compressed = (vn >= 4 && strncasecmp(v, "gzip", 4) == 0) ||
                            (vn >= 7 && strncasecmp(v, "deflate", 7) == 0);
    }
    *body = i;
    return true;
}

typedef struct warc_head {
    char type[32];
    content_type ct;
    size_t length;
    bool has_length;
} warc_head;

static polex_status read_head(polex_warc *w, polex_reader *rd, warc_head *hd, bool *end,
                              polex_error *err) {
    const char *line;
    size_t n;
    polex_status rc;
    memset(hd, 0, sizeof *hd);
    *end = false;
    do { /* blank lines between records */
        rc = polex_reader_line(rd, &line, &n, err);
        if (rc != POLEX_OK) return rc;
        if (!line) {
            *end = true;
            return POLEX_OK;
        }
    } while (n == 0 || (n == 1 && line[0] == '\r'));
    if (n < 5 || strncmp(line, "WARC/", 5) != 0)
        return polex_fail(err, POLEX_ERR_INPUT, "ingest", "not a WARC record header at byte %lld",
                          (long long)rd->offset);
    w->record++;
    free(w->url);
    w->url = NULL;
    w->date[0] = '\0';
    for (int count = 0;; count++) {
        rc = polex_reader_line(rd, &line, &n, err);
        if (rc != POLEX_OK) return rc;
        if (!line) return polex_fail(err, POLEX_ERR_IO, "ingest", "input ends inside a record");
        if (n > 0 && line[n - 1] == '\r') n--;
        if (n == 0) break;
        if (count > MAX_HEADERS)
            return polex_fail(err, POLEX_ERR_LIMIT, "ingest", "too many WARC headers");
        size_t vn;
        const char *v;
        if ((v = header_value(line, n, "WARC-Type", &vn)) != NULL) {
            snprintf(hd->type, sizeof hd->type, "%.*s", (int)vn, v);
        } else if ((v = header_value(line, n, "WARC-Target-URI", &vn)) != NULL) {
            if (vn > 0 && v[0] == '<' && v[vn - 1] == '>') v++, vn -= 2; /* WARC 1.0 style */
            w->url = strndup(v, vn);
            if (!w->url) return polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory");
        } else if ((v = header_value(line, n, "WARC-Date", &vn)) != NULL) {
            snprintf(w->date, sizeof w->date, "%.*s", (int)vn, v);
        } else if ((v = header_value(line, n, "Content-Type", &vn)) != NULL) {
            parse_content_type(v, vn, &hd->ct);
        } else if ((v = header_value(line, n, "Content-Length", &vn)) != NULL) {
            char *endp;
            char num[32];
            snprintf(num, sizeof num, "%.*s", (int)(vn < 31 ? vn : 31), v);
            unsigned long long len = strtoull(num, &endp, 10);
            hd->has_length = endp != num && *endp == '\0';
            hd->length = (size_t)len;
        }
    }
    if (!hd->has_length)
        return polex_fail(err, POLEX_ERR_INPUT, "ingest", "WARC record %zu has no Content-Length",
                          w->record);
    return POLEX_OK;
}

/* Record types that can hold a document: fetched responses, stored
 * resources, and conversions (the extracted text of WET files). */
static bool wanted_type(const char *type) {
    return strcmp(type, "response") == 0 || strcmp(type, "resource") == 0 ||
           strcmp(type, "conversion") == 0;
}

/* Decides whether the block just read is a document and where its payload is.
 * *usable false means pass over it. */
static polex_status payload_of(polex_warc *w, const warc_head *hd, size_t max, bool *usable,
                               polex_error *err) {
    *usable = false;
    w->charset[0] = '\0';
    char *b = w->block;
    size_t n = hd->length;
    bool response = strcmp(hd->type, "response") == 0;
    if (!response && !wanted_type(hd->type)) return POLEX_OK;
    const content_type *ct = &hd->ct;
    http_info h = {0};
    size_t body = 0;
    if (response && strncmp(hd->ct.mime, "application/http", 16) == 0) {
        if (!parse_http(b, n, &h, &body)) return POLEX_OK;
        if (h.status < 200 || h.status > 299) return POLEX_OK;
        ct = &h.ct;
        b += body;
        n -= body;
        if (h.chunked) {
            size_t k = dechunk(b, n);
            if (k == (size_t)-1) return POLEX_OK;
            n = k;
        }
    }
    if (!format_for_mime(ct->mime, &w->format)) return POLEX_OK;
    snprintf(w->charset, sizeof w->charset, "%s", ct->charset);
    w->payload = b;
    w->payload_len = n;
    *usable = true;
    if (response && body > 0 && h.compressed) return inflate_payload(w, b, n, max, err);
    return POLEX_OK;
}

polex_status polex_warc_next(polex_warc *w, polex_reader *rd, polex_error *err) {
    w->payload = NULL;
    w->payload_len = 0;
    for (;;) {
        warc_head hd;
        bool end;
        polex_status rc = read_head(w, rd, &hd, &end, err);
        if (rc != POLEX_OK || end) return rc;
        if (hd.length > rd->max) {
            rc = polex_reader_skip(rd, hd.length, err);
            if (rc != POLEX_OK) return rc;
            return polex_fail(err, POLEX_ERR_LIMIT, "ingest",
                              "WARC record of %zu bytes is over the %zu byte limit", hd.length,
                              rd->max);
        }
        if (!wanted_type(hd.type)) {
            rc = polex_reader_skip(rd, hd.length, err);
            if (rc != POLEX_OK) return rc;
            continue;
        }
        rc = polex_reader_block(rd, hd.length, &w->block, &w->block_cap, err);
        if (rc != POLEX_OK) return rc;
        bool usable;
        rc = payload_of(w, &hd, rd->max, &usable, err);
        if (rc != POLEX_OK || usable) return rc;
    }
}
