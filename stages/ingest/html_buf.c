/* html_buf.c - the output text of HTML extraction, built paragraph by paragraph. */
#include "html_internal.h"

#include <stdlib.h>
#include <string.h>

void polex_html_text_init(html_text *t) {
    memset(t, 0, sizeof *t);
}

void polex_html_text_free(html_text *t) {
    free(t->buf);
    free(t->paras);
    memset(t, 0, sizeof *t);
}

static int reserve(html_text *t, size_t extra) {
    if (t->failed) return 0;
    if (t->len + extra + 1 <= t->cap) return 1;
    if (t->len + extra + 1 > POLEX_HTML_MAX_BYTES) {
        t->failed = 1;
        return 0;
    }
    size_t cap = t->cap ? t->cap : 4096;
    while (cap < t->len + extra + 1)
        cap *= 2;
    char *b = realloc(t->buf, cap);
    if (!b) {
        t->failed = 1;
        return 0;
    }
    t->buf = b;
    t->cap = cap;
    return 1;
}

static int is_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* U+00A0 and the other Unicode spaces, as UTF-8; returns the length or 0. */
static size_t unicode_space(const unsigned char *s, size_t n) {
    if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA0) return 2;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
        ((s[2] >= 0x80 && s[2] <= 0x8A) || s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF))
        return 3;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F) return 3;
    if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80) return 3;
    return 0;
}

/* Zero-width characters and soft hyphens vanish. */
static size_t invisible(const unsigned char *s, size_t n) {
    if (n >= 2 && s[0] == 0xC2 && s[1] == 0xAD) return 2;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] >= 0x8B && s[2] <= 0x8D)) return 3;
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) return 3;
    return 0;
}

void polex_html_text_append(html_text *t, const char *str, size_t n) {
    const unsigned char *s = (const unsigned char *)str;
    if (!reserve(t, n + 1)) return;
    for (size_t i = 0; i < n;) {
        size_t k;
        if (is_space(s[i])) {
            t->pending_space = 1;
            i++;
        } else if ((k = unicode_space(s + i, n - i)) > 0) {
            t->pending_space = 1;
            i += k;
        } else if ((k = invisible(s + i, n - i)) > 0) {
            i += k;
        } else {
            if (t->pending_space && t->len > t->para_start) t->buf[t->len++] = ' ';
            t->pending_space = 0;
            t->buf[t->len++] = (char)s[i++];
        }
    }
    t->buf[t->len] = '\0';
}

void polex_html_text_break(html_text *t) {
    t->pending_space = 0;
    if (t->failed || t->len == t->para_start) return;
    if (t->n_paras == t->cap_paras) {
        size_t cap = t->cap_paras ? 2 * t->cap_paras : 64;
        polex_span *p = realloc(t->paras, cap * sizeof *p);
        if (!p) {
            t->failed = 1;
            return;
        }
        t->paras = p;
        t->cap_paras = cap;
    }
    t->paras[t->n_paras++] = (polex_span){(uint32_t)t->para_start, (uint32_t)t->len};
    if (!reserve(t, 2)) return;
    t->buf[t->len++] = '\n';
    t->buf[t->len++] = '\n';
    t->buf[t->len] = '\0';
    t->para_start = t->len;
}

void polex_html_text_truncate(html_text *t, size_t len, size_t n_paras) {
    if (len > t->len || n_paras > t->n_paras) return;
    t->len = len;
    t->n_paras = n_paras;
    t->para_start = len;
    t->pending_space = 0;
    if (t->buf) t->buf[len] = '\0';
}
