/* html_filter.c - drops boilerplate paragraphs that survive the choice of the
 * main-content element: "Advertisement" lines, update stamps, calls to
 * subscribe or share, and short label-like lines at the end of the text. */
#include "html_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Whole paragraphs that are boilerplate in any page. */
static const char *const boiler_lines[] = {"advertisement",
                                           "advert",
                                           "ad",
                                           "sponsored",
                                           "story continues below",
                                           "story continues below advertisement",
                                           "continue reading",
                                           "continue reading below",
                                           "read more",
                                           "share",
                                           "share this",
                                           "share this article",
                                           "comments",
                                           "comment",
                                           "related",
                                           "related articles",
                                           "related stories",
                                           "more stories",
                                           "recommended",
                                           "x",
                                           "close",
                                           "loading",
                                           "skip to content",
                                           "this slideshow requires javascript",
                                           "scroll to continue with content",
                                           "post comment",
                                           "print",
                                           "email"};

/* Phrases of calls to action; a short paragraph holding one is dropped. */
static const char *const cta_phrases[] = {
    "subscribe",        "newsletter",   "sign up",       "follow us",
    "share it",         "inbox",        "click here",    "download our app",
    "download the app", "follow the",   "follow him on", "follow her on",
    "reach him at",     "reach her at", "have a tip",    "got a tip"};

static const char *const stamp_words[] = {"updated",      "published",       "posted",
                                          "last updated", "first published", "last modified"};

#define NELEM(a) (sizeof(a) / sizeof *(a))
#define CTA_MAX_WORDS 20
#define STAMP_MAX_WORDS 20
#define TAIL_MAX_WORDS 5

static size_t count_words(const char *s, size_t n) {
    size_t w = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        int sp = s[i] == ' ';
        if (!sp && !in) w++;
        in = !sp;
    }
    return w;
}

/* Lower-cased copy with letters, digits and single spaces only (bounded). */
static size_t fold(const char *s, size_t n, char *out, size_t cap) {
    size_t k = 0;
    int space = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isalnum(c) || c >= 0x80) {
            if (space && k > 0) out[k++] = ' ';
            if (k + 1 < cap) out[k++] = (char)tolower(c);
            space = 0;
        } else {
            space = 1;
        }
    }
    out[k] = '\0';
    return k;
}

static int is_boiler(const char *s, size_t n) {
    if (n > 64) return 0;
    char f[80];
    fold(s, n, f, sizeof f);
    for (size_t i = 0; i < NELEM(boiler_lines); i++)
        if (strcmp(f, boiler_lines[i]) == 0) return 1;
    return f[0] == '\0'; /* punctuation only */
}

static int is_cta(const char *s, size_t n, size_t words) {
    if (words > CTA_MAX_WORDS) return 0;
    char f[512];
    fold(s, n, f, sizeof f);
    for (size_t i = 0; i < NELEM(cta_phrases); i++)
        if (strstr(f, cta_phrases[i])) return 1;
    return 0;
}

static int is_stamp(const char *s, size_t n, size_t words) {
    if (words > STAMP_MAX_WORDS) return 0;
    int digit = 0;
    for (size_t i = 0; i < n; i++)
        digit |= isdigit((unsigned char)s[i]) != 0;
    if (!digit) return 0;
    char f[256];
    fold(s, n, f, sizeof f);
    for (size_t i = 0; i < NELEM(stamp_words); i++) {
        size_t l = strlen(stamp_words[i]);
        const char *hit = strstr(f, stamp_words[i]);
        /* At the start, or after a separator such as "Bureau | Updated". */
        if (hit && (hit == f || hit[-1] == ' ') && (hit[l] == ' ' || hit[l] == '\0') &&
            (hit == f || words <= 12))
            return 1;
    }
    return 0;
}

/* Ends like a sentence (or a quote closing one). */
static int sentence_end(const char *s, size_t n) {
    while (n > 0 && s[n - 1] == ' ')
        n--;
    if (n == 0) return 0;
    unsigned char c = (unsigned char)s[n - 1];
    if (c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')') return 1;
    /* ” ’ … in UTF-8 end with 0x9D, 0x99, 0xA6 after E2 80. */
    return n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
           (c == 0x9D || c == 0x99 || c == 0xA6);
}

void polex_html_filter(html_text *t) {
    if (t->failed || t->n_paras == 0) return;
    size_t n = t->n_paras;
    unsigned char *keep = malloc(n);
    if (!keep) return; /* keeping boilerplate is better than failing */
    for (size_t i = 0; i < n; i++) {
        const char *s = t->buf + t->paras[i].start;
        size_t len = t->paras[i].end - t->paras[i].start, words = count_words(s, len);
        keep[i] = !(is_boiler(s, len) || is_cta(s, len, words) || is_stamp(s, len, words));
    }
    /* Labels and buttons after the last paragraph of prose (a text without
     * prose keeps its short lines). */
    size_t last_prose = n;
    for (size_t i = n; i-- > 0 && last_prose == n;) {
        const char *s = t->buf + t->paras[i].start;
        size_t len = t->paras[i].end - t->paras[i].start;
        if (keep[i] && (count_words(s, len) > TAIL_MAX_WORDS || sentence_end(s, len)))
            last_prose = i;
    }
    if (last_prose < n)
        for (size_t i = last_prose + 1; i < n; i++)
            keep[i] = 0;
    /* Compact in place: kept paragraphs only move towards the start. */
    size_t out = 0, k = 0;
    for (size_t i = 0; i < n; i++) {
        if (!keep[i]) continue;
        size_t start = t->paras[i].start, len = t->paras[i].end - start;
        if (k > 0) {
            t->buf[out++] = '\n';
            t->buf[out++] = '\n';
        }
        memmove(t->buf + out, t->buf + start, len);
        t->paras[k++] = (polex_span){(uint32_t)out, (uint32_t)(out + len)};
        out += len;
    }
    free(keep);
    t->n_paras = k;
    t->len = out;
    t->para_start = out;
    t->buf[out] = '\0';
}
