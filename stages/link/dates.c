/* dates.c - event dates from absolute and relative expressions, resolved
 * against the document date.
 *
 * Absolute: "April 24, 2025", "Jan. 25" (year of the document, or the year
 * before when that would put it over 60 days after the document), "March
 * 2024", "in 2019", "2025-04-24". Relative to the document date D:
 * "yesterday", "today", "tomorrow", "last Thursday" (the Thursday before D),
 * "on Thursday" (the latest Thursday on or before D), "next Thursday",
 * "N days/weeks ago", "N days/weeks after/before <event>" when the event
 * follows (D - N: the sentence says the event happened N before now),
 * "within N days" (D + N), "earlier this month"/"this month"/"last month"
 * (month precision), "this year"/"last year" (year precision).
 * The expression nearest to the hit wins (one inside the hit first).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "link_internal.h"

typedef struct dctx {
    const char *t;
    const link_word *w;
    size_t nw;
    int py, pm, pd; /* document date, py == 0 when unknown */
    uint32_t hs, he;
} dctx;

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
static long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static bool is(const dctx *c, size_t i, const char *lit) {
    size_t n = c->w[i].end - c->w[i].start;
    const char *s = c->t + c->w[i].start;
    if (n > 0 && s[n - 1] == '.') n--;
    return n == strlen(lit) && strncasecmp(s, lit, n) == 0;
}

static int month_at(const dctx *c, size_t i) {
    static const char *full[] = {"january",   "february", "march",    "april",
                                 "may",       "june",     "july",     "august",
                                 "september", "october",  "november", "december"};
    static const char *abbr[] = {"jan", "feb", "mar", "apr", "",    "jun",
                                 "jul", "aug", "sep", "oct", "nov", "dec"};
    if (!c->w[i].cap) return 0;
    for (int m = 0; m < 12; m++)
        if (is(c, i, full[m]) || (abbr[m][0] && is(c, i, abbr[m]))) return m + 1;
    if (is(c, i, "sept")) return 9;
    return 0;
}

static int weekday_at(const dctx *c, size_t i) {
    static const char *days[] = {"monday", "tuesday",  "wednesday", "thursday",
                                 "friday", "saturday", "sunday"};
    for (int k = 0; k < 7; k++)
        if (is(c, i, days[k])) return k;
    return -1;
}

/* Number 0..9999 at word i ("30", "one", "a"), or -1; ordinal suffixes allowed. */
static int number_at(const dctx *c, size_t i, bool words) {
    static const char *nums[] = {"zero",  "one",   "two",  "three", "four",   "five",  "six",
                                 "seven", "eight", "nine", "ten",   "eleven", "twelve"};
    if (words) {
        for (int k = 0; k < 13; k++)
            if (is(c, i, nums[k])) return k;
        if (is(c, i, "a") || is(c, i, "an")) return 1;
    }
    const char *s = c->t + c->w[i].start;
    size_t n = c->w[i].end - c->w[i].start, k = 0;
    int v = 0;
    while (k < n && k < 4 && isdigit((unsigned char)s[k]))
        v = v * 10 + (s[k++] - '0');
    if (k == 0 || (k < n && strncasecmp(s + k, "st", n - k) && strncasecmp(s + k, "nd", n - k) &&
                   strncasecmp(s + k, "rd", n - k) && strncasecmp(s + k, "th", n - k)))
        return -1;
    return v;
}

static bool four_digit_year(const dctx *c, size_t i, int *y) {
    if (c->w[i].end - c->w[i].start != 4) return false;
    int v = number_at(c, i, false);
    if (v < 1900 || v > 2099) return false;
    *y = v;
    return true;
}

typedef struct cand {
    uint32_t s, e;
    int y, m, d;
} cand;

static void shift(const dctx *c, long days, cand *out) {
    civil_from_days(days_from_civil(c->py, c->pm, c->pd) + days, &out->y, &out->m, &out->d);
}

/* Unit length in days ("week" 7) or 0; *months for month/year units. */
static int unit_days(const dctx *c, size_t i, int *months) {
    *months = 0;
    if (is(c, i, "day") || is(c, i, "days")) return 1;
    if (is(c, i, "week") || is(c, i, "weeks")) return 7;
    if (is(c, i, "month") || is(c, i, "months")) return (*months = 1), 30;
    if (is(c, i, "year") || is(c, i, "years")) return (*months = 12), 365;
    return 0;
}

/* Tries every pattern at word i; true with *o filled on a match. */
static bool match_at(const dctx *c, size_t i, cand *o) {
    int y, m = month_at(c, i);
    o->s = c->w[i].start;
    o->y = o->m = o->d = 0;
    if (m) {
        int d = i + 1 < c->nw ? number_at(c, i + 1, false) : -1;
        if (d >= 1 && d <= 31) {
            o->e = c->w[i + 1].end;
            if (i + 2 < c->nw && four_digit_year(c, i + 2, &y)) {
                o->e = c->w[i + 2].end;
            } else {
                if (!c->py) return false;
                y = c->py;
                if (days_from_civil(y, m, d) - days_from_civil(c->py, c->pm, c->pd) > 60) y--;
            }
            o->y = y, o->m = m, o->d = d;
            return true;
        }
        if (i + 1 < c->nw && four_digit_year(c, i + 1, &y)) {
            o->e = c->w[i + 1].end, o->y = y, o->m = m;
            return true;
        }
        return false;
    }
    if (four_digit_year(c, i, &y)) { /* 2025-04-24 */
        const char *p = c->t + c->w[i].end;
        int mm, dd;
        if (p[0] == '-' && isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2]) &&
            p[3] == '-' && isdigit((unsigned char)p[4]) && isdigit((unsigned char)p[5])) {
            mm = (p[1] - '0') * 10 + (p[2] - '0');
            dd = (p[4] - '0') * 10 + (p[5] - '0');
            if (mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31) {
                o->e = c->w[i].end + 6, o->y = y, o->m = mm, o->d = dd;
                return true;
            }
        }
        if (i > 0 && (is(c, i - 1, "in") || is(c, i - 1, "since") || is(c, i - 1, "until") ||
                      is(c, i - 1, "during"))) {
            o->s = c->w[i - 1].start, o->e = c->w[i].end, o->y = y;
            return true;
        }
        return false;
    }
    if (!c->py) return false;
    o->e = c->w[i].end;
    if (is(c, i, "yesterday")) return shift(c, -1, o), true;
    if (is(c, i, "today")) return shift(c, 0, o), true;
    if (is(c, i, "tomorrow")) return shift(c, 1, o), true;
    long today = days_from_civil(c->py, c->pm, c->pd);
    int wd = weekday_at(c, i);
    if (wd >= 0 && c->w[i].cap) {
        int dwd = (int)(((today % 7) + 7 + 3) % 7); /* 1970-01-01 was a Thursday (3) */
        int back = (dwd - wd + 7) % 7;
        if (i > 0 && is(c, i - 1, "last")) {
            o->s = c->w[i - 1].start;
            return shift(c, -(back ? back : 7), o), true;
        }
        if (i > 0 && is(c, i - 1, "next")) {
            o->s = c->w[i - 1].start;
            int fwd = (wd - dwd + 7) % 7;
            return shift(c, fwd ? fwd : 7, o), true;
        }
        return shift(c, -back, o), true;
    }
    if ((is(c, i, "this") || is(c, i, "last")) && i + 1 < c->nw) {
        bool last = is(c, i, "last");
        if (i > 0 && (is(c, i - 1, "earlier") || is(c, i - 1, "later"))) o->s = c->w[i - 1].start;
        o->e = c->w[i + 1].end;
        if (is(c, i + 1, "month")) {
            o->y = c->py, o->m = c->pm - last;
            if (o->m == 0) o->m = 12, o->y--;
            return true;
        }
        if (is(c, i + 1, "year")) return (o->y = c->py - last), true;
        if (is(c, i + 1, "week") && last) return shift(c, -7, o), true;
        return false;
    }
    int months, n = number_at(c, i, true);
    if (n >= 0 && i + 2 < c->nw) {
        int ud = unit_days(c, i + 1, &months);
        if (!ud) return false;
        if (i > 0 && is(c, i - 1, "within")) {
            o->s = c->w[i - 1].start, o->e = c->w[i + 1].end;
            return shift(c, (long)n * ud, o), true;
        }
        bool ago = is(c, i + 2, "ago");
        bool after = (is(c, i + 2, "after") || is(c, i + 2, "before")) && c->hs >= c->w[i + 2].end;
        if (!ago && !after) return false;
        o->e = c->w[i + 2].end;
        if (months) {
            int total = c->py * 12 + (c->pm - 1) - n * months;
            o->y = total / 12, o->m = total % 12 + 1;
            if (months == 12) o->m = 0;
            return true;
        }
        return shift(c, -(long)n * ud * (is(c, i + 2, "before") ? -1 : 1), o), true;
    }
    return false;
}

static uint32_t distance(const dctx *c, const cand *k) {
    if (k->e > c->hs && k->s < c->he) return 0;
    return k->e <= c->hs ? c->hs - k->e : k->s - c->he;
}

link_date link_find_date(const char *text, uint32_t start, uint32_t end, uint32_t hs, uint32_t he,
                         const char *published) {
    link_date out = {0};
    link_word w[LINK_MAX_WORDS];
    dctx c = {text, w, link_words_split(text, start, end, w, LINK_MAX_WORDS), 0, 0, 0, hs, he};
    if (published && sscanf(published, "%4d-%2d-%2d", &c.py, &c.pm, &c.pd) != 3) c.py = 0;
    if (c.py && (c.pm < 1 || c.pm > 12 || c.pd < 1 || c.pd > 31)) c.py = 0;
    cand best = {0}, k = {0};
    uint32_t best_dist = UINT32_MAX;
    for (size_t i = 0; i < c.nw; i++) {
        if (!match_at(&c, i, &k)) continue;
        uint32_t dist = distance(&c, &k);
        if (dist < best_dist) best = k, best_dist = dist;
    }
    if (best_dist == UINT32_MAX) return out;
    out = (link_date){best.s, best.e, best.y, best.m, best.d, true};
    return out;
}
