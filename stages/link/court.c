/*
 * court.c - the issuing court of a court document.
 *
 * Found once per document from its caption ("UNITED STATES DISTRICT COURT
 * ... DISTRICT OF OREGON") or its decree words ("IT IS ORDERED"): the actor of
 * rulings whose sentence names no court.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "link_internal.h"

#define CAPTION_BYTES 2500 /* a caption sits at the top of the first page */

/* Line [*s, *e) of t starting at p, trimmed of spaces and a leading line
 * number (" 1  IN THE ..."); returns where the next line starts. */
static uint32_t caption_line(const char *t, uint32_t p, uint32_t lim, uint32_t *s, uint32_t *e) {
    uint32_t q = p;
    while (q < lim && t[q] != '\n')
        q++;
    uint32_t a = p, b = q;
    while (a < b && (t[a] == ' ' || isdigit((unsigned char)t[a])))
        a++;
    while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\r'))
        b--;
    *s = a, *e = b;
    return q < lim ? q + 1 : lim;
}
static bool has_ci(const char *t, uint32_t s, uint32_t e, const char *lit) {
    size_t n = strlen(lit);
    for (uint32_t i = s; i + n <= e; i++)
        if (!strncasecmp(t + i, lit, n)) return true;
    return false;
}

/* Whether t[0, n) contains lit (case-sensitive). */
static bool contains(const char *t, size_t n, const char *lit) {
    size_t k = strlen(lit);
    for (const char *p = t; n >= k && (p = memchr(p, lit[0], n - k + 1 - (size_t)(p - t))); p++)
        if (!memcmp(p, lit, k)) return true;
    return false;
}

/* "UNITED STATES DISTRICT COURT", "United States Court of Appeals": a short
 * caption line naming a court. */
static bool court_line(const char *t, uint32_t s, uint32_t e) {
    if (e - s < 10 || e - s > 80 || !has_ci(t, s, e, "court")) return false;
    return has_ci(t, s, e, "united states") || has_ci(t, s, e, "u.s. ") ||
           has_ci(t, s, e, "district court") || has_ci(t, s, e, "court of appeals") ||
           has_ci(t, s, e, "supreme court") || has_ci(t, s, e, "circuit court") ||
           has_ci(t, s, e, "superior court");
}

/* The court a court document's caption names ("UNITED STATES DISTRICT
 * COURT FOR THE DISTRICT OF COLORADO": the court line and a "FOR THE ..." /
 * "DISTRICT OF ..." line after it), "the court" for an order without such a
 * caption ("IT IS ORDERED"), NULL for other documents. In doc's arena. */
const char *link_issuing_court(polex_doc *doc) {
    const char *t = doc->text;
    uint32_t lim = doc->text_len < CAPTION_BYTES ? (uint32_t)doc->text_len : CAPTION_BYTES;
    uint32_t s, e;
    for (uint32_t p = 0; p < lim;) {
        p = caption_line(t, p, lim, &s, &e);
        if (!court_line(t, s, e)) continue;
        if (e - s > 7 && !strncasecmp(t + s, "in the ", 7)) s += 7;
        uint32_t s2 = e, e2 = e;
        while (p < lim && s2 == e2) /* the next line that is not blank */
            p = caption_line(t, p, lim, &s2, &e2);
        bool more =
            e2 - s2 <= 80 &&
            (!strncasecmp(t + s2, "for the ", 8) || !strncasecmp(t + s2, "district of ", 12) ||
             has_ci(t, s2, e2, " district of ") || has_ci(t, s2, e2, " circuit"));
        if (!more) return polex_arena_strndup(doc->arena, t + s, e - s);
        return polex_arena_printf(doc->arena, "%.*s %.*s", (int)(e - s), t + s, (int)(e2 - s2),
                                  t + s2);
    }
    if (contains(t, doc->text_len, "IT IS ORDERED") ||
        contains(t, doc->text_len, "IT IS HEREBY ORDERED") ||
        contains(t, doc->text_len, "SO ORDERED"))
        return "the court";
    return NULL;
}
