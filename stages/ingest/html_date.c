/* html_date.c - the date forms found in page metadata -> "YYYY-MM-DD". */
#include "html_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                     "jul", "aug", "sep", "oct", "nov", "dec"};

static int valid(int y, int m, int d) {
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= days[m - 1];
}

static char *format(int y, int m, int d) {
    if (!valid(y, m, d)) return NULL;
    char *s = malloc(11);
    if (!s) return NULL;
    /* valid() bounds every field, so this is exactly 10 characters. */
    s[0] = (char)('0' + y / 1000), s[1] = (char)('0' + y / 100 % 10);
    s[2] = (char)('0' + y / 10 % 10), s[3] = (char)('0' + y % 10), s[4] = '-';
    s[5] = (char)('0' + m / 10), s[6] = (char)('0' + m % 10), s[7] = '-';
    s[8] = (char)('0' + d / 10), s[9] = (char)('0' + d % 10), s[10] = '\0';
    return s;
}

/* Reads exactly n digits at s; -1 when they are not all digits. */
static int digits(const char *s, int n) {
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i])) return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* Month number of the word at s (at least 3 letters of an English month). */
static int month_at(const char *s, size_t *len) {
    size_t n = 0;
    while (isalpha((unsigned char)s[n]))
        n++;
    if (n < 3) return 0;
    for (int i = 0; i < 12; i++)
        if (strncasecmp(s, months[i], 3) == 0) {
            *len = n;
            return i + 1;
        }
    return 0;
}

static int read_int(const char **p, int max_digits) {
    int v = 0, n = 0;
    while (isdigit((unsigned char)**p) && n < max_digits)
        v = v * 10 + (*(*p)++ - '0'), n++;
    return n ? v : -1;
}

/* Length of "st", "nd", "rd" or "th" after a day number, else 0. */
static size_t ordinal_suffix(const char *p) {
    static const char *const suffixes[] = {"st", "nd", "rd", "th"};
    for (size_t i = 0; i < 4; i++)
        if (strncasecmp(p, suffixes[i], 2) == 0) return 2;
    return 0;
}

static void skip_sep(const char **p) {
    while (**p == ' ' || **p == ',' || **p == '.' || **p == '-' || **p == '/')
        (*p)++;
}

/* "March 3, 2025", "Mar. 3 2025", "3 March 2025" starting at s. */
static char *written(const char *s) {
    const char *p = s;
    size_t ml;
    int m = month_at(p, &ml);
    if (m) {
        p += ml;
        skip_sep(&p);
        int d = read_int(&p, 2);
        p += ordinal_suffix(p);
        skip_sep(&p);
        int y = read_int(&p, 4);
        return d > 0 && y > 0 ? format(y, m, d) : NULL;
    }
    int d = read_int(&p, 2);
    if (d <= 0) return NULL;
    p += ordinal_suffix(p);
    skip_sep(&p);
    m = month_at(p, &ml);
    if (!m) return NULL;
    p += ml;
    skip_sep(&p);
    int y = read_int(&p, 4);
    return y > 0 ? format(y, m, d) : NULL;
}

char *polex_html_parse_date(const char *s) {
    if (!s) return NULL;
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    if (n >= 10 && (s[4] == '-' || s[4] == '/' || s[4] == '.') && s[7] == s[4]) {
        int y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
        if (y > 0) return format(y, m, d);
    }
    if (n >= 8 && digits(s, 8) >= 0 && (n == 8 || !isdigit((unsigned char)s[8])))
        return format(digits(s, 4), digits(s + 4, 2), digits(s + 6, 2));
    /* Written dates, possibly after a weekday ("Tuesday, March 3, 2025"). */
    for (const char *p = s; *p; p++) {
        if (p != s && isalnum((unsigned char)p[-1])) continue;
        char *r = written(p);
        if (r) return r;
    }
    return NULL;
}
