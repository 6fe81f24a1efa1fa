/* text_date.c - dates as written in prose (see text_date.h). */
#include "text_date.h"

#include <string.h>
#include <strings.h>

static const char *const months[12] = {"january",   "february", "march",    "april",
                                       "may",       "june",     "july",     "august",
                                       "september", "october",  "november", "december"};

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
static bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A month name, full or abbreviated to at least three letters ("Sept" too),
 * optionally followed by a period. Returns bytes used and sets *month 1..12. */
static size_t month_at(const char *s, size_t n, int *month) {
    size_t w = 0;
    while (w < n && is_alpha(s[w]))
        w++;
    if (w < 3) return 0;
    for (int m = 0; m < 12; m++) {
        size_t full = strlen(months[m]);
        if (w > full || strncasecmp(s, months[m], w) != 0) continue;
        if (w != full && w != 3 && !(m == 8 && w == 4)) continue;
        *month = m + 1;
        if (w < full && w < n && s[w] == '.') w++;
        return w;
    }
    return 0;
}

/* 1..digits_max decimal digits; returns how many and sets *v. */
static size_t number_at(const char *s, size_t n, size_t digits_max, int *v) {
    size_t k = 0;
    int x = 0;
    while (k < n && k < digits_max && is_digit(s[k]))
        x = x * 10 + (s[k++] - '0');
    if (k < n && is_digit(s[k])) return 0; /* longer than allowed */
    *v = x;
    return k;
}

static size_t skip_spaces(const char *s, size_t n, size_t i) {
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

static bool valid(int y, int m, int d) {
    static const int days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > days[m - 1]) return false;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return !(m == 2 && d == 29 && !leap);
}

static size_t finish(int y, int m, int d, size_t used, char iso[11]) {
    if (!valid(y, m, d)) return 0;
    /* valid() bounds every field, so the digits fit exactly. */
    const int parts[3][2] = {{y, 4}, {m, 2}, {d, 2}};
    char *o = iso;
    for (int k = 0; k < 3; k++) {
        for (int i = parts[k][1] - 1, v = parts[k][0]; i >= 0; i--, v /= 10)
            o[i] = (char)('0' + v % 10);
        o += parts[k][1];
        if (k < 2) *o++ = '-';
    }
    *o = '\0';
    return used;
}

/* "March 3, 2025", "Jan. 25 2025", "March 3rd, 2025" */
static size_t month_day_year(const char *s, size_t n, char iso[11]) {
    int m, d, y;
    size_t i = month_at(s, n, &m);
    if (!i) return 0;
    i = skip_spaces(s, n, i);
    size_t k = number_at(s + i, n - i, 2, &d);
    if (!k) return 0;
    i += k;
    if (i + 1 < n && is_alpha(s[i]) && is_alpha(s[i + 1])) i += 2; /* st nd rd th */
    if (i < n && s[i] == ',') i++;
    i = skip_spaces(s, n, i);
    k = number_at(s + i, n - i, 4, &y);
    if (k != 4) return 0;
    return finish(y, m, d, i + k, iso);
}

static size_t spelled_year(const char *s, size_t n, size_t i, int *y);

/* "3 March 2025", "25th day of July, 2025", "12TH DAY OF FEBRUARY, IN THE
 * YEAR OF OUR LORD TWO THOUSAND TWENTY-SIX" */
static size_t day_month_year(const char *s, size_t n, char iso[11]) {
    int m, d, y;
    size_t i = number_at(s, n, 2, &d);
    if (!i) return 0;
    if (i + 1 < n && is_alpha(s[i]) && is_alpha(s[i + 1])) {
        i += 2; /* st nd rd th, then " day of" */
        if (i + 8 > n || strncasecmp(s + i, " day of ", 8) != 0) return 0;
        i += 7;
    }
    if (i >= n || s[i] != ' ') return 0;
    i = skip_spaces(s, n, i);
    size_t k = month_at(s + i, n - i, &m);
    if (!k) return 0;
    size_t after_month = i + k;
    i = skip_spaces(s, n, after_month);
    if (i < n && s[i] == ',') i = skip_spaces(s, n, i + 1);
    k = number_at(s + i, n - i, 4, &y);
    if (k == 4) return finish(y, m, d, i + k, iso);
    size_t at = spelled_year(s, n, after_month, &y);
    return at ? finish(y, m, d, at, iso) : 0;
}

/* "2025-03-03" (also the date part of an ISO 8601 timestamp) and "03/03/2025" */
static size_t numeric(const char *s, size_t n, char iso[11]) {
    int a, b, c;
    size_t i = number_at(s, n, 4, &a);
    if (i == 4 && i < n && s[i] == '-') {
        size_t k = number_at(s + i + 1, n - i - 1, 2, &b);
        if (k != 2 || i + 1 + k >= n || s[i + 1 + k] != '-') return 0;
        i += 1 + k + 1;
        k = number_at(s + i, n - i, 2, &c);
        if (k != 2) return 0;
        return finish(a, b, c, i + k, iso);
    }
    if ((i == 1 || i == 2) && i < n && s[i] == '/') {
        size_t k = number_at(s + i + 1, n - i - 1, 2, &b);
        if (!k || i + 1 + k >= n || s[i + 1 + k] != '/') return 0;
        i += 1 + k + 1;
        k = number_at(s + i, n - i, 4, &c);
        if (k == 2)
            c += 2000; /* court stamps: "Filed 04/24/25" */
        else if (k != 4)
            return 0;
        return finish(c, a, b, i + k, iso);
    }
    return 0;
}

/* A word of letters and inner hyphens at s ("Twenty-Five"); its length. */
static size_t word_at(const char *s, size_t n) {
    size_t w = 0;
    while (w < n && (is_alpha(s[w]) || (s[w] == '-' && w > 0 && w + 1 < n && is_alpha(s[w + 1]))))
        w++;
    return w;
}

static bool word_is(const char *s, size_t w, const char *lit) {
    return w == strlen(lit) && strncasecmp(s, lit, w) == 0;
}

/* A number 1..99 written in words ("five", "Twenty-Five"), or with
 * `ordinal` 1st..99th ("Thirtieth", "twenty-first"); 0 when none. */
static int number_words(const char *s, size_t w, bool ordinal) {
    static const char *const units[] = {"one",     "two",       "three",    "four",     "five",
                                        "six",     "seven",     "eight",    "nine",     "ten",
                                        "eleven",  "twelve",    "thirteen", "fourteen", "fifteen",
                                        "sixteen", "seventeen", "eighteen", "nineteen"};
    static const char *const ords[] = {"first",       "second",     "third",     "fourth",
                                       "fifth",       "sixth",      "seventh",   "eighth",
                                       "ninth",       "tenth",      "eleventh",  "twelfth",
                                       "thirteenth",  "fourteenth", "fifteenth", "sixteenth",
                                       "seventeenth", "eighteenth", "nineteenth"};
    static const char *const tens[] = {"twenty", "thirty",  "forty",  "fifty",
                                       "sixty",  "seventy", "eighty", "ninety"};
    static const char *const tenths[] = {"twentieth", "thirtieth",  "fortieth",  "fiftieth",
                                         "sixtieth",  "seventieth", "eightieth", "ninetieth"};
    const char *const *one = ordinal ? ords : units;
    const char *dash = memchr(s, '-', w);
    if (dash) { /* "Twenty-Five", "Thirty-first" */
        size_t k = (size_t)(dash - s);
        for (int t = 0; t < 8; t++) {
            if (!word_is(s, k, tens[t])) continue;
            for (int u = 0; u < 9; u++)
                if (word_is(s + k + 1, w - k - 1, one[u])) return 20 + 10 * t + u + 1;
        }
        return 0;
    }
    for (int u = 0; u < 19; u++)
        if (word_is(s, w, one[u])) return u + 1;
    for (int t = 0; t < 8; t++)
        if (word_is(s, w, ordinal ? tenths[t] : tens[t])) return 20 + 10 * t;
    return 0;
}

/* The formal dating of proclamations and orders: "Thirtieth day of October
 * in the Year Two Thousand Twenty-Five", "first day of May, in the year of
 * our Lord two thousand and twenty-four", "Fifth day of June, 2025". */
static size_t formal(const char *s, size_t n, char iso[11]) {
    size_t w = word_at(s, n);
    int d = number_words(s, w, true), m, y;
    if (!d || w + 8 > n || strncasecmp(s + w, " day of ", 8) != 0) return 0;
    size_t i = w + 8, k = month_at(s + i, n - i, &m);
    if (!k) return 0;
    i += k;
    size_t after_month = i;
    if (i < n && s[i] == ',') i++;
    i = skip_spaces(s, n, i);
    if (number_at(s + i, n - i, 4, &y) == 4) return finish(y, m, d, i + 4, iso);
    size_t at = spelled_year(s, n, after_month, &y);
    return at ? finish(y, m, d, at, iso) : 0;
}

/* A year written out after a month that ends at s[i] ("May, in the year of
 * our Lord two thousand and twenty-four"): sets *y and returns where it
 * ends, or 0. */
static size_t spelled_year(const char *s, size_t n, size_t i, int *y) {
    size_t w;
    if (i < n && s[i] == ',') i++;
    i = skip_spaces(s, n, i);
    static const char *const lead[] = {"in the year ", "of our lord "};
    for (size_t l = 0; l < 2; l++)
        if (n - i >= strlen(lead[l]) && strncasecmp(s + i, lead[l], strlen(lead[l])) == 0)
            i += strlen(lead[l]);
    w = word_at(s + i, n - i);
    if (!word_is(s + i, w, "two") || i + w + 9 > n || strncasecmp(s + i + w, " thousand", 9) != 0)
        return 0;
    i += w + 9;
    *y = 2000;
    size_t at = i; /* "two thousand" alone is the year 2000 */
    if (i + 1 < n && s[i] == ' ') {
        size_t j = i + 1;
        if (n - j >= 4 && strncasecmp(s + j, "and ", 4) == 0) j += 4;
        w = word_at(s + j, n - j);
        int v = number_words(s + j, w, false);
        if (v) *y += v, at = j + w;
    }
    return at;
}

size_t polex_date_parse(const char *s, size_t n, char iso[11]) {
    size_t k;
    if (n == 0) return 0;
    if (is_alpha(s[0])) {
        k = month_day_year(s, n, iso);
        return k ? k : formal(s, n, iso);
    }
    if (!is_digit(s[0])) return 0;
    if ((k = numeric(s, n, iso)) != 0) return k;
    return day_month_year(s, n, iso);
}

/* Whether the word before s[i] (past spaces and a colon) is "Argued" or
 * "Submitted": an opinion's argument date, not the document's. */
static bool argued_before(const char *s, size_t i) {
    while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == ':'))
        i--;
    size_t e = i;
    while (i > 0 && is_alpha(s[i - 1]))
        i--;
    return (e - i == 6 && strncasecmp(s + i, "argued", 6) == 0) ||
           (e - i == 9 && strncasecmp(s + i, "submitted", 9) == 0);
}

bool polex_date_find(const char *s, size_t n, size_t within, size_t *at, char iso[11]) {
    /* "Federal Register / Vol. 91, No. 137 / Monday, July 20, 2026 /
     * Presidential Documents": the day of the issue, not of the document */
    if (n >= 18 && strncmp(s, "Federal Register /", 18) == 0) return false;
    if (within > n) within = n;
    for (size_t i = 0; i < within; i++) {
        if (i > 0 && (is_alpha(s[i - 1]) || is_digit(s[i - 1]))) continue;
        size_t k = polex_date_parse(s + i, n - i, iso);
        if (k == 0) continue;
        /* "March 3, 20251" or "2025-03-031" is not a date. */
        if (i + k < n && is_digit(s[i + k])) continue;
        /* "ARGUED APRIL 2, 2026 — DECIDED MAY 21, 2026": the decision's */
        if (argued_before(s, i)) {
            i += k - 1;
            continue;
        }
        *at = i;
        return true;
    }
    return false;
}
