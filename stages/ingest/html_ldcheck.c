/* html_ldcheck.c - the JSON-LD articleBody as a safety net: when the page
 * declares its article text and the extracted text misses most of it, the
 * choice of element went wrong (comments or a listing won), and the declared
 * body is the better document. */
#include "html_internal.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

/* The declared body must be at least this long to be trusted ... */
#define LD_MIN_BYTES 1000
/* ... and is used when less than this share of its shingles were extracted. */
#define LD_MIN_COVERAGE 0.5
#define SHINGLE 4

static int word_byte(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           c >= 0x80;
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Hashes of the 4-word shingles of s (words: runs of letters, digits, '_' and
 * non-ASCII bytes). *out is malloc'd; returns the count, or 0 on failure. */
static size_t shingles(const char *s, size_t len, uint64_t **out) {
    size_t cap = len / 2 + 4, n = 0;
    uint64_t *w = malloc(cap * sizeof *w);
    if (!w) return 0;
    for (size_t i = 0; i < len;) {
        while (i < len && !word_byte((unsigned char)s[i]))
            i++;
        size_t start = i;
        while (i < len && word_byte((unsigned char)s[i]))
            i++;
        if (i > start) w[n++] = XXH3_64bits(s + start, i - start);
    }
    size_t m = n >= SHINGLE ? n - SHINGLE + 1 : 0;
    for (size_t i = 0; i < m; i++)
        w[i] = XXH3_64bits(w + i, SHINGLE * sizeof *w);
    *out = w;
    if (m == 0) {
        free(w);
        *out = NULL;
    }
    return m;
}

/* Share of the shingles of ref found in text. */
static double coverage(const char *ref, size_t ref_len, const char *text, size_t text_len) {
    uint64_t *a = NULL, *b = NULL;
    size_t na = shingles(ref, ref_len, &a), nb = shingles(text, text_len, &b), hit = 0;
    if (na > 0 && nb > 0) {
        qsort(b, nb, sizeof *b, cmp_u64);
        for (size_t i = 0; i < na; i++)
            hit += bsearch(a + i, b, nb, sizeof *b, cmp_u64) != NULL;
    }
    free(a);
    free(b);
    return na ? (double)hit / (double)na : 1.0;
}

/* Writes a declared body into t: HTML markup is parsed, plain text is split
 * into paragraphs at line breaks. */
static void write_declared(const char *body, size_t len, html_text *t) {
    if (memchr(body, '<', len) && (strstr(body, "</p>") || strstr(body, "<br"))) {
        int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                   HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
        htmlDocPtr d = htmlReadMemory(body, (int)len, NULL, "UTF-8", opts);
        if (d) {
            polex_html_content(d, t);
            xmlFreeDoc(d);
        }
        return;
    }
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && body[i] != '\n' && body[i] != '\r') continue;
        polex_html_text_append(t, body + start, i - start);
        polex_html_text_break(t);
        start = i + 1;
    }
}

void polex_html_ld_check(const html_meta *m, html_text *t) {
    if (!m->ld_body || t->failed) return;
    size_t len = strlen(m->ld_body);
    if (len < LD_MIN_BYTES || len > (size_t)INT32_MAX) return;
    if (coverage(m->ld_body, len, t->buf ? t->buf : "", t->len) >= LD_MIN_COVERAGE) return;
    html_text declared;
    polex_html_text_init(&declared);
    write_declared(m->ld_body, len, &declared);
    if (declared.failed || declared.len < len / 2) {
        polex_html_text_free(&declared);
        return;
    }
    polex_html_text_free(t);
    *t = declared;
}
