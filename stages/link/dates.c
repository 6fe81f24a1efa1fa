/* dates.c - event dates from absolute and relative expressions, resolved
 * against the document date.
 *
 * Absolute: "April 24, 2025", "5 January 2026", "Jan. 25" (year of the
 * document, or the year before when that would put it over 60 days after the
 * document; the coming one for an effective date or a deadline of what shall
 * be done, and the year of a full date of the sentence it follows soon
 * after), "March 2024", "mid-March", "in 2019", "late 2024", "mid-2025",
 * "2025-04-24". Relative to the document date D: "yesterday", "today",
 * "tomorrow", "last Thursday" (the Thursday before D), "on Thursday" (the
 * latest Thursday on or before D: D itself when D is a Thursday, the news
 * convention), "next Thursday", "N days/weeks ago", "N days/weeks
 * after/before <event>" when the event follows (D - N: the sentence says the
 * event happened N before now; from the day told before after "X came"),
 * "within N (business) days" (D + N, only for what shall or will be done),
 * "earlier this month"/"this month"/"last month"/"next month" (month
 * precision), "last/this/next week" (its month, when the week lies in one),
 * "this year"/"last year"/"next year", "this spring", "last fall", "in the
 * spring" (year precision). Relative to a year written before (in the
 * sentence, else in the text before it): "that year", "that September", "the
 * following March", "two years later", "a year earlier", and a bare month
 * after one of those in the same sentence ("in April of that year ..., and
 * in November"). Relative to the last day told before: "five days later",
 * "two days earlier", "the next day", "the same day", "the previous day",
 * "the day before", "the following week" (month precision), "the next
 * morning", "that night", "later that day", "hours after", "within hours"
 * (else D); after a month only, counted from its middle and dated to a month.
 * Parts of D: "this morning", "last night" (the day before).
 * Formal: "this Thirtieth day of October in the Year Two Thousand Twenty-Five",
 * "the 14th day of November, two thousand twenty-five".
 *
 * The expression nearest to the hit wins (one inside the hit first), with
 * adjectival years ("the 2014 ordinance"), dates in another clause, set off
 * by a comma, and the date of a saying ("said on March 10 that ...")
 * weighing less, and dates of other acts set aside ("having heard argument
 * on July 24", "giving effect to the February 13 termination", "the stay
 * entered on February 20 is VACATED", "Executive Order 50, which the mayor
 * signed in April", "the injunction it had entered in March", "Policy 319
 * dated April 2014", "the memorandum of February 19, 2025", a policy's later
 * change: "first passed in 1987 and strengthened in 2021", a later verb's
 * deadline; a deadline after an act written with its year, which runs
 * from that act). A sentence without one
 * takes its docket entry's date (its opening date, its "(Entered: ...)"
 * stamp or the "Signed by ... on 3/16/2026." closing it), the date of the
 * sentence before when it goes
 * on with the same news ("The court also ..."), the year of the case cited
 * after a reported holding, or the document date when a court decides in its
 * own voice ("The Court concludes", "is otherwise denied"), an executive
 * does in the first person ("I direct the following", "I, <name>, <office>,
 * order"), a signature block ("WITNESS MY HAND", "DONE AT"), "Effective
 * immediately", a state holds ("The injunction remains in effect") or the
 * sentence is a headline near the top.
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
    int ay, am, ad;  /* the last full date seen in the sentence: anchor of "N days after" */
    int my, mm;      /* the last month seen in the sentence ("in January"), my 0 when none */
    bool ref_is_day; /* the reference is the dateline's day, not a publication date */
    const struct keyword *const *kw; /* the date keyword of each word, or NULL */
    /* the latest explicitly written year (and month, 0 when none) before the
     * word being matched: in this sentence (ny), else in the text before it
     * (py_prev, computed on demand: -1 not yet, 0 none) */
    int ny, nm;
    bool ntold; /* ny came from "that year" and the like: the sentence tells a past */
    int prev_y, prev_m;
    /* the last date of the text before when it gives a month or a day
     * ("filed suit on June 2. ... two weeks later"), prev_dy 0 when it gives
     * neither, prev_dd 0 when no day */
    int prev_dy, prev_dm, prev_dd;
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

static inline bool is(const dctx *c, size_t i, const char *lit) {
    size_t n = c->w[i].end - c->w[i].start;
    const char *s = c->t + c->w[i].start;
    if (n > 0 && s[n - 1] == '.') n--;
    return n == strlen(lit) && (s[0] | 0x20) == (lit[0] | 0x20) && strncasecmp(s, lit, n) == 0;
}

/* Whether word i is one of the n words of list. */
static bool is_one_of(const dctx *c, size_t i, const char *const *list, size_t n) {
    for (size_t k = 0; k < n; k++)
        if (is(c, i, list[k])) return true;
    return false;
}
#define IS_ONE_OF(c, i, list) is_one_of(c, i, list, sizeof(list) / sizeof *(list))

/* Date words, classified once per word: most words are none of them. */
enum { KW_NONE = 0, KW_MONTH, KW_WEEKDAY, KW_NUMBER, KW_UNIT, KW_REL, KW_SEASON };

typedef struct keyword {
    const char *w;
    uint8_t n; /* strlen(w) */
    uint8_t kind;
    int8_t v; /* month 1..12, weekday 0..6 (Monday 0), number, unit index */
} keyword;

/* sorted by first letter; KW_START[c - 'a'] is where letter c begins */
static const keyword KEYWORDS[] = {
    {"april", 5, KW_MONTH, 4},       {"apr", 3, KW_MONTH, 4},        {"august", 6, KW_MONTH, 8},
    {"aug", 3, KW_MONTH, 8},         {"a", 1, KW_NUMBER, 1},         {"an", 2, KW_NUMBER, 1},
    {"autumn", 6, KW_SEASON, 11},    {"afternoon", 9, KW_UNIT, 0},   {"december", 8, KW_MONTH, 12},
    {"dec", 3, KW_MONTH, 12},        {"day", 3, KW_UNIT, 0},         {"days", 4, KW_UNIT, 0},
    {"eight", 5, KW_NUMBER, 8},      {"eleven", 6, KW_NUMBER, 11},   {"evening", 7, KW_UNIT, 0},
    {"february", 8, KW_MONTH, 2},    {"feb", 3, KW_MONTH, 2},        {"friday", 6, KW_WEEKDAY, 4},
    {"four", 4, KW_NUMBER, 4},       {"five", 4, KW_NUMBER, 5},      {"following", 9, KW_REL, 0},
    {"fall", 4, KW_SEASON, 11},      {"hours", 5, KW_REL, 0},        {"january", 7, KW_MONTH, 1},
    {"jan", 3, KW_MONTH, 1},         {"june", 4, KW_MONTH, 6},       {"jun", 3, KW_MONTH, 6},
    {"july", 4, KW_MONTH, 7},        {"jul", 3, KW_MONTH, 7},        {"last", 4, KW_REL, 0},
    {"march", 5, KW_MONTH, 3},       {"mar", 3, KW_MONTH, 3},        {"may", 3, KW_MONTH, 5},
    {"monday", 6, KW_WEEKDAY, 0},    {"morning", 7, KW_UNIT, 0},     {"month", 5, KW_UNIT, 2},
    {"months", 6, KW_UNIT, 2},       {"november", 8, KW_MONTH, 11},  {"nov", 3, KW_MONTH, 11},
    {"nine", 4, KW_NUMBER, 9},       {"night", 5, KW_UNIT, 0},       {"next", 4, KW_REL, 0},
    {"october", 7, KW_MONTH, 10},    {"oct", 3, KW_MONTH, 10},       {"one", 3, KW_NUMBER, 1},
    {"september", 9, KW_MONTH, 9},   {"sept", 4, KW_MONTH, 9},       {"sep", 3, KW_MONTH, 9},
    {"saturday", 8, KW_WEEKDAY, 5},  {"sunday", 6, KW_WEEKDAY, 6},   {"six", 3, KW_NUMBER, 6},
    {"seven", 5, KW_NUMBER, 7},      {"spring", 6, KW_SEASON, 5},    {"summer", 6, KW_SEASON, 8},
    {"tuesday", 7, KW_WEEKDAY, 1},   {"thursday", 8, KW_WEEKDAY, 3}, {"two", 3, KW_NUMBER, 2},
    {"three", 5, KW_NUMBER, 3},      {"ten", 3, KW_NUMBER, 10},      {"twelve", 6, KW_NUMBER, 12},
    {"today", 5, KW_REL, 0},         {"tomorrow", 8, KW_REL, 0},     {"this", 4, KW_REL, 0},
    {"wednesday", 9, KW_WEEKDAY, 2}, {"week", 4, KW_UNIT, 1},        {"weeks", 5, KW_UNIT, 1},
    {"winter", 6, KW_SEASON, 2},     {"year", 4, KW_UNIT, 3},        {"years", 5, KW_UNIT, 3},
    {"yesterday", 9, KW_REL, 0},     {"zero", 4, KW_NUMBER, 0},
};

static const uint8_t KW_START[27] = {0,  8,  8,  8,  12, 15, 22, 22, 23, 23, 29, 29, 30, 37,
                                     42, 45, 45, 45, 45, 54, 63, 63, 63, 67, 67, 70, 71};

/* The keyword of word i (a final dot ignored: "Jan."), or NULL. */
static const keyword *lookup(const char *s, size_t n);

/* "mid-March": a month with the prefix "mid-". */
static bool mid_month(const char *s, size_t n) {
    return n > 5 && (s[0] | 0x20) == 'm' && !strncasecmp(s, "mid-", 4) &&
           isupper((unsigned char)s[4]);
}

static const keyword *keyword_of(const dctx *c, size_t i) {
    const char *s = c->t + c->w[i].start;
    size_t n = c->w[i].end - c->w[i].start;
    if (n > 0 && s[n - 1] == '.') n--;
    if (mid_month(s, n)) {
        const keyword *k = lookup(s + 4, n - 4);
        return k && k->kind == KW_MONTH ? k : NULL;
    }
    return lookup(s, n);
}

static const keyword *lookup(const char *s, size_t n) {
    if (n == 0 || n > 9) return NULL;
    /* bit n of KW_LENGTHS[c - 'a']: some keyword starts with c and has n
     * letters (generated from KEYWORDS) */
    static const uint16_t KW_LENGTHS[26] = {
        0x26e, 0x0,  0x0, 0x118, 0xe0, 0x358, 0x0,   0x20, 0x0, 0x98,  0x0, 0x10,  0xe8,
        0x138, 0x88, 0x0, 0x0,   0x0,  0x378, 0x1f8, 0x0,  0x0, 0x270, 0x0, 0x230, 0x10};
    unsigned f = (unsigned char)(s[0] | 0x20);
    if (f < 'a' || f > 'z' || !((KW_LENGTHS[f - 'a'] >> n) & 1u)) return NULL;
    char low[10];
    for (size_t k = 0; k < n; k++)
        low[k] = (char)((unsigned char)(s[k] - 'A') < 26 ? s[k] | 0x20 : s[k]); /* tolower */
    for (size_t k = KW_START[f - 'a']; k < KW_START[f - 'a' + 1]; k++) {
        if (KEYWORDS[k].n != n) continue;
        size_t j = 1; /* the first letters agree: k is under f */
        while (j < n && KEYWORDS[k].w[j] == low[j])
            j++;
        if (j == n) return &KEYWORDS[k];
    }
    return NULL;
}

static int month_at(const dctx *c, size_t i) {
    const keyword *k = c->kw[i];
    if (!k || k->kind != KW_MONTH) return 0;
    return c->w[i].cap || mid_month(c->t + c->w[i].start, c->w[i].end - c->w[i].start) ? k->v : 0;
}

static int weekday_at(const dctx *c, size_t i) {
    const keyword *k = c->kw[i];
    return k && k->kind == KW_WEEKDAY ? k->v : -1;
}

/* Number 0..9999 at word i ("30", "one", "a"), or -1; ordinal suffixes allowed. */
static int number_at(const dctx *c, size_t i, bool words) {
    if (words && c->kw[i] && c->kw[i]->kind == KW_NUMBER) return c->kw[i]->v;
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
    bool adjectival;    /* "a 2011 ordinance": weaker than the event's own time */
    bool explicit_year; /* the year is written out: an anchor for "that year" */
    bool told;          /* the year is the one a story tells about ("that year") */
    bool deadline;      /* "within 30 days": when an act ordered is due */
} cand;

/* Bytes added to the distance of an adjectival year, even one inside a long
 * hit ("told them that their 2025 COPS grants will be suspended in 30
 * days"): the event's own time is more often an adverbial ("on Thursday",
 * "in 2019"). */
#define ADJECTIVAL_PENALTY 50

static void shift(const dctx *c, long days, cand *out) {
    civil_from_days(days_from_civil(c->py, c->pm, c->pd) + days, &out->y, &out->m, &out->d);
}

/* Unit length in days ("week" 7) or 0; *months for month/year units. */
static int unit_days(const dctx *c, size_t i, int *months) {
    static const int days[] = {1, 7, 30, 365}, mon[] = {0, 0, 1, 12};
    const keyword *k = c->kw[i];
    *months = 0;
    if (!k || k->kind != KW_UNIT) return 0;
    *months = mon[k->v];
    return days[k->v];
}

/* The anchor of "that year", "that September", "the following March": the
 * latest written year in the sentence so far, else in the text before it
 * (the year a story is telling about, which need not be the document's). */
static void prev_text_anchor(dctx *c);

static bool anchor(dctx *c, int *y, int *m) {
    if (c->ny) {
        *y = c->ny, *m = c->nm;
        return true;
    }
    prev_text_anchor(c);
    *y = c->prev_y, *m = c->prev_m;
    return c->prev_y != 0;
}

/* The first month m at or after (strictly after when `after`) anchor month
 * am of year ay; am 0: the anchor is a year only. */
static int year_of_month(int m, int ay, int am, bool after) {
    if (!am) return ay + after;
    return m > am || (m == am && !after) ? ay : ay + 1;
}

/* "in April of that year", "that September", "the following March": months
 * that refer back to a year already given. Returns the year or 0. */
static int anaphoric_month(dctx *c, size_t i, int m, cand *o) {
    bool of_that =
        i + 3 < c->nw && is(c, i + 1, "of") && is(c, i + 2, "that") && is(c, i + 3, "year");
    bool that = i > 0 && is(c, i - 1, "that") && m != 5; /* "that May" is rarely a month */
    bool following =
        i > 1 && is(c, i - 2, "the") && (is(c, i - 1, "following") || is(c, i - 1, "next"));
    int ay, am;
    if (!(of_that || that || following) || !anchor(c, &ay, &am)) return 0;
    if (of_that) {
        o->e = c->w[i + 3].end;
        return ay;
    }
    o->s = c->w[i - 1 - following].start;
    return following ? year_of_month(m, ay, am, true) : ay; /* "that September": that year's */
}

/* A word of what is to come: "will", "is expected to", "is set to vote",
 * "slated for", "plans to". */
static bool looks_forward(const dctx *c, size_t k) {
    static const char *const w[] = {"will",     "soon",   "expected", "scheduled",
                                    "slated",   "poised", "plans",    "planned",
                                    "planning", "until",  "intends",  "due"};
    if (IS_ONE_OF(c, k, w)) return true;
    return is(c, k, "set") && k + 1 < c->nw && (is(c, k + 1, "to") || is(c, k + 1, "for"));
}

/* "in February", "since January", "last April", "an April order": the
 * latest such month not after the document date, or the next one after
 * "by", "until", "before", "next" (a deadline); after a month of a written
 * year in the same sentence ("signed in October 2017 ... in March"), the
 * first such month from then on. */
static bool bare_month(dctx *c, size_t i, int m, cand *o) {
    static const char *before[] = {"in",      "since",  "by",   "until",  "late",  "early",
                                   "mid",     "last",   "of",   "before", "after", "next",
                                   "through", "during", "from", "an",     "the",   "this"};
    if (i == 0) return false;
    o->e = c->w[i].end;
    o->m = m;
    int ay = anaphoric_month(c, i, m, o);
    if (ay) {
        o->y = ay;
        o->explicit_year = o->told = true;
        return true;
    }
    bool ok = false;
    for (size_t k = 0; k < sizeof before / sizeof *before && !ok; k++)
        ok = is(c, i - 1, before[k]) && !(m == 5 && k >= 15); /* "the May" is rarely a month */
    if (!ok) return false;
    /* "in April of that year ..., and in November": a story of that year */
    if (c->nm && c->ntold && !is(c, i - 1, "last") && !is(c, i - 1, "next") &&
        !is(c, i - 1, "this")) {
        o->y = year_of_month(m, c->ny, c->nm, false);
        o->explicit_year = o->told = true;
        return true;
    }
    if (!c->py) return false;
    bool future = false;
    for (size_t k = i > 4 ? i - 4 : 0; k < i; k++)
        future |= is(c, k, "by") || is(c, k, "before") || is(c, k, "next");
    for (size_t k = i > 6 ? i - 6 : 0; k < i; k++)
        future |= looks_forward(c, k);
    if (is(c, i - 1, "last") || is(c, i - 1, "next")) o->s = c->w[i - 1].start;
    o->y = c->py;
    if ((m > c->pm && !future) || (m == c->pm && is(c, i - 1, "last"))) o->y--;
    if (m < c->pm && future && is(c, i - 1, "next")) o->y++;
    return true;
}

/* "that year", "the same year", "the following year", "the next year": the
 * anchor's year (and the one after). */
static bool anaphoric_year(dctx *c, size_t i, cand *o) {
    if (i == 0 || !c->kw[i] || c->kw[i]->kind != KW_UNIT || c->kw[i]->v != 3 ||
        c->w[i].end - c->w[i].start != 4)
        return false;
    size_t s;
    int add;
    if (is(c, i - 1, "that")) {
        /* "in April of that year" belongs to the month */
        if (i >= 3 && is(c, i - 2, "of") && month_at(c, i - 3)) return false;
        s = i - 1, add = 0;
    } else if (i > 1 && is(c, i - 2, "the") &&
               (is(c, i - 1, "same") || is(c, i - 1, "following") || is(c, i - 1, "next"))) {
        s = i - 2, add = !is(c, i - 1, "same");
    } else {
        return false;
    }
    int ay, am;
    if (!anchor(c, &ay, &am)) return false;
    o->s = c->w[s].start, o->e = c->w[i].end, o->y = ay + add;
    o->explicit_year = o->told = true;
    return true;
}

/* Whether the year at word i names a funding cycle: "Chicago's 2025
 * award", "the 2026 Community Development Block Grant agreement", "its 2024
 * COPS grants" (names in capitals may stand between). Like a fiscal year, it
 * dates no act. */
static bool word_in(const dctx *c, size_t i, const char *const *list, size_t n);

static bool funding_cycle(const dctx *c, size_t i) {
    static const char *const nouns[] = {"award",         "awards",        "grant",  "grants",
                                        "allocation",    "allocations",   "budget", "budgets",
                                        "appropriation", "appropriations"};
    static const char *const adverbial[] = {"in", "since",  "until", "during",
                                            "by", "before", "after"};
    if (i > 0 && word_in(c, i - 1, adverbial, sizeof adverbial / sizeof *adverbial))
        return false; /* "in 2025 grants were cut" */
    size_t j = i + 1;
    while (j < c->nw && j < i + 7 && c->w[j].cap && !c->w[j].punct_before)
        j++;
    for (size_t k = i + 1; k <= j && k < c->nw; k++) {
        if (c->w[k].punct_before) return false;
        if (word_in(c, k, nouns, sizeof nouns / sizeof *nouns)) return true;
        /* "Grant agreement": the grant's, not a 287(g) pact's */
        if ((is(c, k, "agreement") || is(c, k, "agreements")) && k > i + 1 &&
            (is(c, k - 1, "grant") || is(c, k - 1, "grants")))
            return true;
    }
    return false;
}

/* A year standing alone ("since 2011", "the 2014 ordinance"), not a fiscal
 * year, a funding cycle nor a count. */
static bool lone_year(const dctx *c, size_t i, cand *o) {
    int y;
    if (!four_digit_year(c, i, &y)) return false;
    for (size_t k = i > 4 ? i - 4 : 0; k < i; k++) /* "fiscal years 2024 and 2025" */
        if (is(c, k, "fiscal") || is(c, k, "year") || is(c, k, "years") || is(c, k, "fy"))
            return false;
    if (i > 0 && is(c, i - 1, "no")) return false; /* "Order No. 2025" */
    if (funding_cycle(c, i)) return false;
    uint32_t s = c->w[i].start, e = c->w[i].end;
    /* "mid-2025" is a time, "2024-25" or "No. 12-2025" is not */
    bool mid = s >= 4 && c->t[s - 1] == '-' && !strncasecmp(c->t + s - 4, "mid", 3) &&
               (s == 4 || !isalpha((unsigned char)c->t[s - 5]));
    if (s > 0 && !mid && (c->t[s - 1] == '$' || c->t[s - 1] == '-' || c->t[s - 1] == '/'))
        return false;
    /* "Executive Directive 2019-14", "Memorandum 2024-03": a document's
     * number (a full ISO date was read before this) */
    if (c->t[e] == '-' && isdigit((unsigned char)c->t[e + 1])) return false;
    /* the year of a full date ("April 28, 2025") belongs to it, even when the
     * full date itself was set aside */
    if (i >= 2 && month_at(c, i - 2) && number_at(c, i - 1, false) >= 1) return false;
    if (i >= 1 && month_at(c, i - 1)) return false; /* "January 2017" */
    /* "Executive Order Number Forty-Seven (2025)": a citation's year names the
     * document, it does not date the event; but a case's ("In Lunn v.
     * Commonwealth (2017), the court held") is when it was decided */
    bool cited = s > 0 && c->t[s - 1] == '(' && c->t[e] == ')' && i > 0 && c->w[i - 1].cap;
    bool case_name = false;
    for (size_t k = i > 6 ? i - 6 : 0; k < i && cited; k++)
        case_name |= is(c, k, "v") || is(c, k, "vs");
    if (cited && !case_name) return false;
    o->s = s, o->e = c->w[i].end, o->y = y;
    o->adjectival = !case_name;
    o->explicit_year = true;
    /* "since a 1999 council resolution": the state has held from then */
    if (i > 1 && is(c, i - 2, "since") && (is(c, i - 1, "a") || is(c, i - 1, "the"))) {
        o->s = c->w[i - 2].start;
        o->adjectival = false;
        return true;
    }
    if (i > 0 && (is(c, i - 1, "in") || is(c, i - 1, "since") || is(c, i - 1, "until") ||
                  is(c, i - 1, "during") || is(c, i - 1, "by") || is(c, i - 1, "late") ||
                  is(c, i - 1, "early") || (mid && is(c, i - 1, "mid")))) {
        o->s = c->w[i - 1].start;
        o->adjectival = false;
    }
    return true;
}

/* "03/24/2026", "3/25/2026", "2/27/26" (U.S. order: month first) at word i. */
static bool slash_date(const dctx *c, size_t i, cand *o) {
    const char *p = c->t + c->w[i].start, *end = c->t + c->w[c->nw - 1].end;
    int v[3] = {0, 0, 0}, k = 0, digits = 0;
    const char *q = p;
    for (; q < end && k < 3; q++) {
        if (isdigit((unsigned char)*q)) {
            v[k] = v[k] * 10 + (*q - '0');
            if (++digits > 4) return false;
        } else if (*q == '/' && k < 2 && digits > 0) {
            k++;
            digits = 0;
        } else {
            break;
        }
    }
    if (k != 2 || (digits != 4 && digits != 2) || (q < end && isalnum((unsigned char)*q)))
        return false;
    if (digits == 2) v[2] += 2000; /* "on 2/27/26", a court's stamp "Filed 04/24/25" */
    if (v[0] < 1 || v[0] > 12 || v[1] < 1 || v[1] > 31 || v[2] < 1900 || v[2] > 2099) return false;
    o->s = c->w[i].start;
    o->e = (uint32_t)(q - c->t);
    o->y = v[2], o->m = v[0], o->d = v[1];
    o->explicit_year = true;
    return true;
}

/* A word of the future ("will", "takes effect", "due"; not "took effect")
 * shortly before word i. */
static bool future_before(const dctx *c, size_t i) {
    for (size_t k = i > 5 ? i - 5 : 0; k < i; k++)
        if (is(c, k, "will") || is(c, k, "due") || is(c, k, "scheduled") || is(c, k, "until") ||
            (k > 0 && is(c, k, "effect") && (is(c, k - 1, "takes") || is(c, k - 1, "take"))))
            return true;
    return false;
}

static bool shall_near(const dctx *c, size_t i);

/* A date that starts something or sets a deadline in an order or a plan:
 * "Effective July 1", "beginning Oct. 1", "by September 30" with a "shall"
 * or "will" near. */
static bool looks_ahead(const dctx *c, size_t i) {
    if (i == 0) return false;
    size_t k = i - 1;
    if (is(c, k, "on") && k > 0) k--;
    bool start = is(c, k, "effective") || is(c, k, "beginning") || is(c, k, "starting") ||
                 is(c, k, "by") || is(c, k, "before") || is(c, k, "until");
    return start && shall_near(c, i);
}

/* A modal of what is to come ("shall", "will", "must") near word i: before
 * it, or after it when the deadline leads ("Within 60 days of the date of
 * this order, the Director shall report"). */
static bool shall_near(const dctx *c, size_t i) {
    for (size_t k = i > 24 ? i - 24 : 0; k < c->nw && k <= i + 40; k++)
        if (is(c, k, "shall") || is(c, k, "will") || is(c, k, "must") || is(c, k, "would") ||
            is(c, k, "due"))
            return true;
    return false;
}

static bool be(const dctx *c, size_t i);
static bool clause_break(const char *t, uint32_t a, uint32_t b);

/* Whether the order named with the date at word i is the subject of the
 * hit's clause: "Executive Order 14287 of April 28, 2025 (Protecting
 * ...), directed the publication of a [list]", "The County Executive's order
 * of May 11, 2026, [directs]". */
static bool order_acts(const dctx *c, size_t i) {
    const char *t = c->t;
    uint32_t p = c->w[i].end, lim = p + 300;
    while (p < lim && t[p] && (t[p] == ' ' || t[p] == ',' || isdigit((unsigned char)t[p])))
        p++;
    if (t[p] == '(') {
        while (p < lim && t[p] && t[p] != ')')
            p++;
        if (t[p] != ')') return false;
        p++;
        while (t[p] == ' ' || t[p] == ',')
            p++;
    }
    size_t j = i + 1;
    while (j < c->nw && c->w[j].start < p)
        j++;
    /* "memorandum of June 2, 2026, which directs FEMA to suspend" */
    if (j + 1 < c->nw && c->w[j].start == p && (is(c, j, "which") || is(c, j, "that")))
        p = c->w[++j].start;
    if (j >= c->nw || c->w[j].start != p || c->w[j].cap || be(c, j) || is(c, j, "has") ||
        is(c, j, "had") || is(c, j, "and"))
        return false;
    size_t n = c->w[j].end - c->w[j].start;
    bool verb = n > 3 && (t[p + n - 1] == 's' || (t[p + n - 2] == 'e' && t[p + n - 1] == 'd'));
    return verb && c->hs >= p && c->hs - p < 120 && !clause_break(t, p, c->hs);
}

static bool determiner(const dctx *c, size_t i);

/* "Executive Order 14287 of April 28, 2025", "Order No. 5 of March 2": the
 * date is part of a name, not the event's date, unless the order is what
 * acts. */
static bool names_an_order(const dctx *c, size_t i) {
    /* not a letter or a notice: the vehicle of what the sentence tells
     * ("In its letter of October 3, the Office told the City") */
    static const char *const kinds[] = {"order",     "memorandum",   "memo",
                                        "directive", "proclamation", "guidance"};
    if (i < 2 || !is(c, i - 1, "of")) return false;
    const char *p = c->t + c->w[i - 2].start;
    bool named = isdigit((unsigned char)p[0]);
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds && !named; k++)
        named = is(c, i - 2, kinds[k]);
    /* "In a memorandum of March 3, the Department told": the vehicle */
    size_t d = i - 2;
    if (d > 0 && (determiner(c, d - 1) || is(c, d - 1, "this"))) d--;
    if (d > 0 && (is(c, d - 1, "in") || is(c, d - 1, "by") || is(c, d - 1, "through") ||
                  is(c, d - 1, "via")))
        return false;
    return named && !order_acts(c, i);
}

/* A number written in words, 0..99 ("five", "Twenty-Five", "twenty five"
 * as two words is not read), or -1; with `ordinal`, "first".."thirty-first". */
static int number_word(const dctx *c, size_t i, bool ordinal) {
    static const char *const units[] = {"zero",    "one",     "two",       "three",    "four",
                                        "five",    "six",     "seven",     "eight",    "nine",
                                        "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static const char *const ords[] = {"zeroth",    "first",       "second",     "third",
                                       "fourth",    "fifth",       "sixth",      "seventh",
                                       "eighth",    "ninth",       "tenth",      "eleventh",
                                       "twelfth",   "thirteenth",  "fourteenth", "fifteenth",
                                       "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    static const char *const tens[] = {"twenty", "thirty",  "forty",  "fifty",
                                       "sixty",  "seventy", "eighty", "ninety"};
    static const char *const tenths[] = {"twentieth", "thirtieth",  "fortieth",  "fiftieth",
                                         "sixtieth",  "seventieth", "eightieth", "ninetieth"};
    const char *s = c->t + c->w[i].start;
    size_t n = c->w[i].end - c->w[i].start;
    const char *const *one = ordinal ? ords : units, *const *ten = ordinal ? tenths : tens;
    int v = 0;
    const char *dash = memchr(s, '-', n);
    if (dash) { /* "Twenty-Five", "Thirty-first" */
        size_t k = (size_t)(dash - s);
        for (int t = 0; t < 8 && !v; t++)
            if (strlen(tens[t]) == k && !strncasecmp(s, tens[t], k)) v = 20 + 10 * t;
        if (!v) return -1;
        s += k + 1, n -= k + 1;
        for (int u = 1; u < 10; u++)
            if (strlen(one[u]) == n && !strncasecmp(s, one[u], n)) return v + u;
        return -1;
    }
    for (int u = 0; u < 20; u++)
        if (strlen(one[u]) == n && !strncasecmp(s, one[u], n)) return u;
    for (int t = 0; t < 8; t++)
        if (strlen(ten[t]) == n && !strncasecmp(s, ten[t], n)) return 20 + 10 * t;
    return -1;
}

/* The day of "the 4th day of February", "this Thirtieth day of October"
 * (month at word i), or 0. */
static int day_of(const dctx *c, size_t i) {
    if (i < 3 || !is(c, i - 1, "of") || !is(c, i - 2, "day")) return 0;
    int d = number_at(c, i - 3, false);
    if (d < 0) d = number_word(c, i - 3, true);
    return d >= 1 && d <= 31 ? d : 0;
}

/* The year of a formal date after its month at word i: "in the Year Two
 * Thousand Twenty-Five", "in the year of our Lord two thousand and five";
 * 0 when none. *last: its last word. */
static int spelled_year(const dctx *c, size_t i, size_t *last) {
    size_t k = i + 1;
    if (k + 2 < c->nw && is(c, k, "in") && is(c, k + 1, "the") && is(c, k + 2, "year")) k += 3;
    if (k + 2 < c->nw && is(c, k, "of") && is(c, k + 1, "our") && is(c, k + 2, "lord")) k += 3;
    /* "the 14th day of November, two thousand twenty-five": after a comma */
    bool comma = k == i + 1 && k < c->nw && c->w[k].punct_before;
    if (k + 1 >= c->nw || (k == i + 1 && !comma) || !is(c, k, "two") || !is(c, k + 1, "thousand"))
        return 0;
    k += 2;
    if (k < c->nw && is(c, k, "and")) k++;
    int v = k < c->nw ? number_word(c, k, false) : -1;
    if (v < 0) {
        *last = k - 1;
        return 2000;
    }
    *last = k;
    return 2000 + v;
}

/* Whether day d exists in month m of year y ("June 31" does not). */
static bool day_exists(int y, int m, int d) {
    static const int len[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > len[m - 1]) return false;
    return m != 2 || d < 29 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
}

/* "this Thirtieth day of October" (day od, month m at word i), with the
 * year written out after it or else the document's. */
static bool formal_day(const dctx *c, size_t i, int m, int od, cand *o) {
    size_t last;
    int y = spelled_year(c, i, &last);
    o->s = c->w[i - 3].start, o->m = m, o->d = od;
    if (y) {
        o->e = c->w[last].end, o->y = y;
        o->explicit_year = true;
        return day_exists(y, m, od);
    }
    if (!c->py) return false;
    o->e = c->w[i].end;
    o->y = c->py - (days_from_civil(c->py, m, od) > days_from_civil(c->py, c->pm, c->pd) + 60);
    return day_exists(o->y, m, od);
}

/* The day a "later" counts from: the last full date of the sentence so far,
 * else the last date of the text before when it gives a day and the
 * sentence up to word `at` reports what happened ("If the department withholds a dollar,
 * we will sue the same day" counts from no day told before). */
static bool day_anchor(dctx *c, size_t at, int *y, int *m, int *d) {
    if (c->ay) {
        *y = c->ay, *m = c->am, *d = c->ad;
        return true;
    }
    for (size_t i = 0; i < at && i < c->nw; i++)
        if (is(c, i, "if") || is(c, i, "will") || is(c, i, "would") || is(c, i, "could") ||
            is(c, i, "may"))
            return false;
    prev_text_anchor(c);
    *y = c->prev_dy, *m = c->prev_dm, *d = c->prev_dd;
    return c->prev_dy != 0 && c->prev_dd != 0;
}

/* Without a day to count from, a month ("announced the cuts in January, and
 * the cities sued the next week", "in August 2025 ... three weeks later"):
 * counted from its middle, the result dated to its month. */
static bool month_anchor(dctx *c, size_t at, int *y, int *m) {
    if (c->my) {
        *y = c->my, *m = c->mm;
        return true;
    }
    int d;
    if (day_anchor(c, at, y, m, &d) || c->prev_dy == 0) return false;
    *y = c->prev_dy, *m = c->prev_dm;
    return true;
}

/* "two years later", "three months later", "five days later": counted from
 * the last year, month of a year or full date written before. */
static bool later(dctx *c, size_t i, int n, int ud, int months, cand *o) {
    o->e = c->w[i + 2].end;
    if (months) {
        int ay, am;
        if (!anchor(c, &ay, &am) || (months == 1 && !am)) return false;
        o->explicit_year = o->told = true;
        if (months == 12) return (o->y = ay + n), true;
        int total = ay * 12 + (am - 1) + n;
        o->y = total / 12, o->m = total % 12 + 1;
        return true;
    }
    int y, m, d;
    /* "Seattle sued in August, and Tacoma joined two weeks later": the
     * sentence's own month before a day of the text before */
    if ((c->ay || !c->my) && day_anchor(c, i, &y, &m, &d)) {
        civil_from_days(days_from_civil(y, m, d) + (long)n * ud, &o->y, &o->m, &o->d);
        return true;
    }
    if (!month_anchor(c, i, &y, &m)) return false;
    civil_from_days(days_from_civil(y, m, 15) + (long)n * ud, &o->y, &o->m, &o->d);
    o->d = 0;
    return true;
}

/* The last month of the season named by word i ("spring" 5, "winter" 2),
 * or 0. */
static int season_end(const dctx *c, size_t i) {
    if (is(c, i, "spring")) return 5;
    if (is(c, i, "summer")) return 8;
    if (is(c, i, "fall") || is(c, i, "autumn")) return 11;
    return is(c, i, "winter") ? 2 : 0;
}

/* "in the spring", "during the summer", "in the fall of 2024": a season
 * (word i) dated to its year, the latest one begun by the document date, or
 * the coming one when the sentence looks ahead; a winter straddles two. */
static bool season(const dctx *c, size_t i, cand *o) {
    size_t s = i;
    if (i >= 2 && is(c, i - 1, "the") &&
        (is(c, i - 2, "in") || is(c, i - 2, "during") || is(c, i - 2, "over")))
        s = i - 2;
    else if (i >= 1 && (is(c, i - 1, "in") || is(c, i - 1, "during")))
        s = i - 1;
    if (s == i) return false;
    int end = season_end(c, i), y;
    o->s = c->w[s].start, o->e = c->w[i].end;
    if (i + 2 < c->nw && is(c, i + 1, "of") && four_digit_year(c, i + 2, &y)) {
        o->e = c->w[i + 2].end, o->y = y;
        o->explicit_year = true;
        return true;
    }
    if (!c->py || end == 2) return false;
    int begin = end - 2;
    bool ahead = false;
    for (size_t k = i > 10 ? i - 10 : 0; k < s && !ahead; k++)
        ahead = is(c, k, "will") || is(c, k, "plans") || is(c, k, "expected");
    if (ahead)
        o->y = c->py + (c->pm > end);
    else
        o->y = c->py - (c->pm < begin);
    return true;
}

/* "last week" (which = -1), "this week" (0), "next week" (1): a week is
 * no day, so it is dated to its month when its Monday to Sunday lie in one
 * month (and "this week" up to the document date). */
static bool week_month(const dctx *c, int which, cand *o) {
    long today = days_from_civil(c->py, c->pm, c->pd);
    int dwd = (int)(((today % 7) + 7 + 3) % 7); /* Monday 0 */
    long mon = today - dwd + 7L * which, sun = which ? mon + 6 : today;
    int y1, m1, d1, y2, m2, d2;
    civil_from_days(mon, &y1, &m1, &d1);
    civil_from_days(sun, &y2, &m2, &d2);
    if (y1 != y2 || m1 != m2) return false;
    o->y = y1, o->m = m1;
    return true;
}

/* "morning", "afternoon", "evening", "night": a part of a day. */
static bool day_part(const dctx *c, size_t i) {
    return is(c, i, "morning") || is(c, i, "afternoon") || is(c, i, "evening") || is(c, i, "night");
}

/* "next month", "next year"; "the next day", "the following day" (a day
 * after the last day written), "the following week" (dated to its month). */
static bool next_unit(dctx *c, size_t i, cand *o) {
    if (i + 1 >= c->nw) return false;
    bool the = i > 0 && is(c, i - 1, "the");
    o->e = c->w[i + 1].end;
    if (!the && is(c, i, "next")) {
        if (is(c, i + 1, "month")) {
            int total = c->py * 12 + c->pm; /* the month after: 0-based + 1 */
            o->y = total / 12, o->m = total % 12 + 1;
            return true;
        }
        if (is(c, i + 1, "year")) return (o->y = c->py + 1), true;
        if (is(c, i + 1, "week")) return week_month(c, 1, o);
        return false;
    }
    bool day = is(c, i + 1, "day") || day_part(c, i + 1), week = is(c, i + 1, "week");
    int y, m, d;
    if (!the || !(day || week)) return false;
    bool days = (c->ay || !c->my) && day_anchor(c, i, &y, &m, &d);
    if (!days && !month_anchor(c, i, &y, &m)) return false;
    o->s = c->w[i - 1].start;
    civil_from_days(days_from_civil(y, m, days ? d : 15) + (day ? 1 : 7), &o->y, &o->m, &o->d);
    if (week || !days) o->d = 0;
    return true;
}

/* "within three business days" (number n at word i) of an act ordered for
 * later: the document date plus n weekdays. */
static bool business_days(const dctx *c, size_t i, int n, cand *o) {
    if (i == 0 || !(is(c, i - 1, "within") || is(c, i - 1, "in")) || !shall_near(c, i) || n > 366)
        return false;
    long day = days_from_civil(c->py, c->pm, c->pd);
    for (int left = n; left > 0;) {
        day++;
        int wd = (int)(((day % 7) + 7 + 3) % 7); /* Monday 0: 1970-01-01 was a Thursday */
        left -= wd < 5;
    }
    o->s = c->w[i - 1].start, o->e = c->w[i + 2].end;
    o->deadline = true;
    civil_from_days(day, &o->y, &o->m, &o->d);
    return true;
}

/* Day or week unit at word i told against the last day written before:
 * "the same day", "that same day", "the previous day", "the prior week",
 * "the day before" (closing its clause: not "the day before the hearing"). */
static bool same_or_previous(dctx *c, size_t i, cand *o) {
    bool part = day_part(c, i), day = is(c, i, "day") || part, week = is(c, i, "week");
    if ((!day && !week) || i < 1) return false;
    long shift_by;
    size_t s = i - 1;
    /* "that night", "later that day": the day told before */
    if (is(c, i - 1, "that") && day &&
        (part || (i >= 2 && (is(c, i - 2, "later") || is(c, i - 2, "earlier")))))
        shift_by = 0;
    else if (i < 2)
        return false;
    else if (is(c, i - 1, "same") && (is(c, i - 2, "the") || is(c, i - 2, "that")) && day)
        shift_by = 0, s = i - 2;
    else if ((is(c, i - 1, "previous") || is(c, i - 1, "prior")) && is(c, i - 2, "the"))
        shift_by = week ? -7 : -1, s = i - 2;
    else if (day && is(c, i - 1, "the") && i + 1 < c->nw && is(c, i + 1, "before") &&
             (i + 2 >= c->nw || c->w[i + 2].punct_before))
        shift_by = -1, s = i - 1;
    else
        return false;
    int y, m, d;
    if (!day_anchor(c, i, &y, &m, &d)) return false;
    o->s = c->w[s].start;
    o->e = c->w[shift_by == -1 && s == i - 1 ? i + 1 : i].end;
    civil_from_days(days_from_civil(y, m, d) + shift_by, &o->y, &o->m, &o->d);
    if (week) o->d = 0;
    return true;
}

/* "Hours after taking the oath, the sheriff signed", "Within hours, a
 * coalition filed suit", "just hours later": the day told before (the last
 * day of the sentence or of the text before), else the document's. A count
 * of hours ("within 48 hours") is a deadline, not read here. */
static bool within_hours(dctx *c, size_t i, cand *o) {
    bool within = i > 0 && is(c, i - 1, "within");
    bool after = i + 1 < c->nw && (is(c, i + 1, "after") || is(c, i + 1, "later"));
    if (!within && !after) return false;
    if (i > 0 && !within &&
        (number_at(c, i - 1, true) >= 0 || isdigit((unsigned char)c->t[c->w[i - 1].start])))
        return false;
    for (size_t k = i > 24 ? i - 24 : 0; k < c->nw && k <= i + 24; k++)
        if (is(c, k, "shall") || is(c, k, "must")) return false;
    o->s = c->w[within ? i - 1 : i].start;
    o->e = c->w[after ? i + 1 : i].end;
    int y, m, d;
    if (day_anchor(c, i, &y, &m, &d)) {
        o->y = y, o->m = m, o->d = d;
        return true;
    }
    o->y = c->py, o->m = c->pm, o->d = c->pd;
    return true;
}

/* "the fourth suit this year", "its third order on the subject this month":
 * the period an ordinal counts in (word i opens it), weaker than the time of
 * the act itself ("Today's filing is the fourth suit this year"). */
static bool counts_in(const dctx *c, size_t i) {
    static const char *const ords[] = {"second",  "third",  "fourth", "fifth", "sixth",
                                       "seventh", "eighth", "ninth",  "tenth", "latest"};
    for (size_t k = i > 6 ? i - 6 : 0; k < i; k++)
        if (word_in(c, k, ords, sizeof ords / sizeof *ords) ||
            (isdigit((unsigned char)c->t[c->w[k].start]) && c->w[k].end - c->w[k].start >= 3 &&
             (!strncasecmp(c->t + c->w[k].end - 2, "th", 2) ||
              !strncasecmp(c->t + c->w[k].end - 2, "rd", 2) ||
              !strncasecmp(c->t + c->w[k].end - 2, "nd", 2))))
            return true;
    return false;
}

/* A title before a person's name ("General", "Mayor", "Sheriff"). */
static bool person_title(const dctx *c, size_t i) {
    static const char *const t[] = {"general",       "mayor",      "governor",     "gov",
                                    "judge",         "justice",    "sheriff",      "senator",
                                    "sen",           "rep",        "secretary",    "commissioner",
                                    "chief",         "director",   "president",    "attorney",
                                    "councilmember", "councilman", "councilwoman", "supervisor",
                                    "chair",         "officer",    "dr",           "mr",
                                    "mrs",           "ms"};
    return c->w[i].cap && IS_ONE_OF(c, i, t);
}

/* The year of month m, day d written without one at word i ("May 12"): the
 * document's, or the one before or after when that is nearer what the
 * sentence speaks of. */
static int year_of_day(dctx *c, size_t i, int m, int d) {
    int y = c->py;
    long ahead = days_from_civil(y, m, d) - days_from_civil(c->py, c->pm, c->pd);
    bool coming = future_before(c, i) || looks_ahead(c, i);
    /* "Effective July 1, no agency shall" in a March order, "shall
     * report by September 30": the coming one */
    if (ahead > 60 && !(coming && ahead < 300)) y--;
    /* "takes effect Jan. 1" in a November story: the coming one */
    else if (ahead < -60 && coming)
        y++;
    /* "signed on Jan. 20, 2025, and took effect on Feb. 1": soon
     * after a day of the sentence, in its year */
    long after_anchor =
        c->ay ? days_from_civil(c->ay, m, d) - days_from_civil(c->ay, c->am, c->ad) : -1;
    if (c->ay && c->ay != y && after_anchor >= 0 && after_anchor <= 120) y = c->ay;
    return y;
}

/* A month and a day at words i, i + 1 ("May 12", "May 12, 2025"). */
static bool month_day(dctx *c, size_t i, int m, int d, cand *o) {
    int y;
    o->e = c->w[i + 1].end;
    if (i + 2 < c->nw && four_digit_year(c, i + 2, &y)) {
        o->e = c->w[i + 2].end;
        o->explicit_year = true;
    } else {
        if (!c->py) return false;
        y = year_of_day(c, i, m, d);
    }
    o->y = y, o->m = m, o->d = d;
    return day_exists(y, m, d);
}

/* A date opening with month m at word i: with a day, a year, a formal day
 * before it, or alone. */
static bool month_date(dctx *c, size_t i, int m, cand *o) {
    if (names_an_order(c, i)) return false;
    /* "May 12", not "In May, 12 cities" */
    int d = i + 1 < c->nw && !c->w[i + 1].punct_before ? number_at(c, i + 1, false) : -1;
    if (d >= 1 && d <= 31) return month_day(c, i, m, d, o);
    int y, od = day_of(c, i);
    if (i + 1 < c->nw && four_digit_year(c, i + 1, &y)) {
        o->e = c->w[i + 1].end, o->y = y, o->m = m;
        o->explicit_year = true;
        if (od && day_exists(y, m, od)) o->s = c->w[i - 3].start, o->d = od;
        /* "5 January 2026": the day first */
        int dd = i > 0 && !c->w[i].punct_before ? number_at(c, i - 1, false) : -1;
        if (!od && dd >= 1 && day_exists(y, m, dd)) o->s = c->w[i - 1].start, o->d = dd;
        return true;
    }
    if (od) /* "this Thirtieth day of October in the Year Two Thousand Twenty-Five" */
        return formal_day(c, i, m, od, o);
    return bare_month(c, i, m, o);
}

/* "2025-04-24": year y at word i, then its month and day. */
static bool dashed_date(const dctx *c, size_t i, int y, cand *o) {
    const char *p = c->t + c->w[i].end;
    if (!(p[0] == '-' && isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2]) &&
          p[3] == '-' && isdigit((unsigned char)p[4]) && isdigit((unsigned char)p[5])))
        return false;
    int mm = (p[1] - '0') * 10 + (p[2] - '0'), dd = (p[4] - '0') * 10 + (p[5] - '0');
    if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return false;
    o->e = c->w[i].end + 6, o->y = y, o->m = mm, o->d = dd;
    o->explicit_year = true;
    return true;
}

/* Weekday wd at the capitalized word i: the last or next one, or the one
 * the sentence looks forward to; by news convention the latest on or
 * before the reference date. False for a person's name ("Attorney General
 * Sunday") or a weekday the date after it names ("on Tuesday, March 10"). */
static bool weekday_date(dctx *c, size_t i, int wd, cand *o) {
    if (i > 0 && (person_title(c, i - 1) || (i > 1 && c->w[i - 1].cap && person_title(c, i - 2))))
        return false;
    if (i + 1 < c->nw && month_at(c, i + 1) && c->w[i + 1].punct_before) return false;
    long today = days_from_civil(c->py, c->pm, c->pd);
    int dwd = (int)(((today % 7) + 7 + 3) % 7); /* 1970-01-01 was a Thursday (3) */
    int back = (dwd - wd + 7) % 7, fwd = (wd - dwd + 7) % 7;
    if (i > 0 && is(c, i - 1, "last")) {
        o->s = c->w[i - 1].start;
        return shift(c, -(back ? back : 7), o), true;
    }
    if (i > 0 && is(c, i - 1, "next")) {
        o->s = c->w[i - 1].start;
        return shift(c, fwd ? fwd : 7, o), true;
    }
    bool future = false;
    for (size_t k = i > 6 ? i - 6 : 0; k < i; k++)
        future |= looks_forward(c, k);
    /* news convention: the latest such weekday on or before the
     * reference date, so "on Tuesday" in a Tuesday story is that day */
    return shift(c, future ? (fwd ? fwd : 7) : -back, o), true;
}

/* "this month", "last year", "this past week", "last night", "this spring"
 * at word i. */
static bool this_or_last(dctx *c, size_t i, cand *o) {
    bool last = is(c, i, "last");
    size_t u = i + 1; /* the unit; "this past week", "this past summer" are the last */
    if (!last && is(c, u, "past") && u + 1 < c->nw && !is(c, u + 1, "year")) u++, last = true;
    if (i > 0 && (is(c, i - 1, "earlier") || is(c, i - 1, "later"))) o->s = c->w[i - 1].start;
    o->adjectival = counts_in(c, i);
    o->e = c->w[u].end;
    if (is(c, u, "month")) {
        o->y = c->py, o->m = c->pm - last;
        if (o->m == 0) o->m = 12, o->y--;
        return true;
    }
    if (is(c, u, "year")) return (o->y = c->py - last), true;
    /* "this morning", "last night": the document's day, the one before */
    if (day_part(c, u)) return shift(c, last ? -1 : 0, o), true;
    if (is(c, u, "week")) return week_month(c, last ? -1 : 0, o);
    int end = season_end(c, u);
    if (end && !(last && end == 2)) { /* "this spring": the year; "last winter" straddles two */
        o->y = c->py - (last && end >= c->pm);
        return true;
    }
    return false;
}

/* "three days ago", "two months after", "five days before": n units of ud
 * days (or of months months) at words i, i + 1, with "ago", "after" or
 * "before" at i + 2. */
static bool ago_or_after(dctx *c, size_t i, int n, int ud, int months, cand *o) {
    bool ago = is(c, i + 2, "ago");
    /* the hit inside the clause the expression opens ("came three days
     * after a judge [blocked] it"), not in the main clause after an
     * opening one ("Five days after taking office, the president
     * [signed]") */
    bool after = (is(c, i + 2, "after") || is(c, i + 2, "before")) && c->hs >= c->w[i].start &&
                 !(i == 0 && c->hs > c->w[i + 2].end &&
                   memchr(c->t + c->w[i + 2].end, ',', c->hs - c->w[i + 2].end));
    if (!ago && !after) return false;
    o->e = c->w[i + 2].end;
    if (months) {
        int total = c->py * 12 + (c->pm - 1) - n * months;
        o->y = total / 12, o->m = total % 12 + 1;
        if (months == 12) o->m = 0;
        return true;
    }
    long back = -(long)n * ud * (is(c, i + 2, "before") ? -1 : 1);
    if (after && c->ay) { /* "said Sunday ..., two days after": from that Sunday */
        civil_from_days(days_from_civil(c->ay, c->am, c->ad) + back, &o->y, &o->m, &o->d);
        return true;
    }
    /* "The vote came three days after ...": from the day of the vote,
     * told before */
    int ay, am, ad;
    if (after && i > 0 && (is(c, i - 1, "came") || (i > 1 && is(c, i - 2, "came"))) &&
        day_anchor(c, i, &ay, &am, &ad)) {
        civil_from_days(days_from_civil(ay, am, ad) + back, &o->y, &o->m, &o->d);
        return true;
    }
    return shift(c, back, o), true;
}

/* A span of n units at word i: a deadline ("within 30 days"), a span
 * counted from another act ("two weeks later"), or from now or a day of
 * the sentence (ago_or_after). */
static bool counted_span(dctx *c, size_t i, int n, cand *o) {
    int months, ud = unit_days(c, i + 1, &months);
    if (!ud) return false;
    bool tail = i + 2 < c->nw; /* a word after the unit ("ago", "after") */
    size_t p = i;              /* "within thirty (30) days": the number as written out */
    uint32_t s = c->w[i].start;
    if (i > 0 && s > 0 && c->t[s - 1] == '(' && c->t[c->w[i].end] == ')' &&
        number_word(c, i - 1, false) == n)
        p = i - 1;
    if (p > 0 &&
        (is(c, p - 1, "within") || (is(c, p - 1, "in") && !(tail && is(c, i + 2, "ago"))))) {
        /* an act ordered for later ("shall report within 30 days") is
         * dated by its deadline; in a report of what was done ("directed
         * them to report within 30 days", "sued within a week") the span
         * runs from some earlier act, not from the document date */
        if (!shall_near(c, i)) return false;
        o->s = c->w[p - 1].start, o->e = c->w[i + 1].end;
        o->deadline = true;
        return shift(c, (long)n * ud, o), true;
    }
    if (!tail) return false;
    if (is(c, i + 2, "later")) return later(c, i, n, ud, months, o);
    if (is(c, i + 2, "earlier")) return later(c, i, -n, ud, months, o);
    return ago_or_after(c, i, n, ud, months, o);
}

/* A date relative to the document's (or a day of the sentence) at word i. */
static bool relative_date(dctx *c, size_t i, cand *o) {
    o->e = c->w[i].end;
    if (is(c, i, "yesterday")) return shift(c, -1, o), true;
    if (is(c, i, "today")) return shift(c, 0, o), true;
    if (is(c, i, "tomorrow")) return shift(c, 1, o), true;
    int wd = weekday_at(c, i);
    if (wd >= 0 && c->w[i].cap) return weekday_date(c, i, wd, o);
    if (is(c, i, "hours")) return within_hours(c, i, o);
    if ((is(c, i, "this") || is(c, i, "last")) && i + 1 < c->nw) return this_or_last(c, i, o);
    if (c->kw[i] && c->kw[i]->kind == KW_SEASON) return season(c, i, o);
    if (c->kw[i] && c->kw[i]->kind == KW_UNIT && same_or_previous(c, i, o)) return true;
    if (is(c, i, "next") || is(c, i, "following")) return next_unit(c, i, o);
    if (anaphoric_year(c, i, o)) return true;
    int n = number_at(c, i, true);
    if (n >= 0 && i + 2 < c->nw && is(c, i + 1, "business") && is(c, i + 2, "days"))
        return business_days(c, i, n, o);
    return n >= 0 && i + 1 < c->nw && counted_span(c, i, n, o);
}

/* Tries every pattern at word i; true with *o filled on a match. */
static bool match_at(dctx *c, size_t i, cand *o) {
    /* every pattern starts at a date keyword or a number */
    if (!c->kw[i] && !isdigit((unsigned char)c->t[c->w[i].start])) return false;
    int y, m = month_at(c, i);
    o->s = c->w[i].start;
    o->y = o->m = o->d = 0;
    o->adjectival = o->explicit_year = o->told = o->deadline = false;
    if (m) return month_date(c, i, m, o);
    if (slash_date(c, i, o)) return true;
    if (four_digit_year(c, i, &y)) return dashed_date(c, i, y, o) || lone_year(c, i, o);
    return c->py && relative_date(c, i, o);
}

/* Word indices of candidate k: [*wi, *wj). */
static void cand_words(const dctx *c, size_t i, const cand *k, size_t *wi, size_t *wj) {
    size_t a = i, b = i;
    while (a > 0 && c->w[a].start > k->s)
        a--;
    while (b < c->nw && c->w[b].start < k->e)
        b++;
    *wi = a, *wj = b;
}

static bool determiner(const dctx *c, size_t i) {
    return is(c, i, "the") || is(c, i, "a") || is(c, i, "an") || is(c, i, "its") ||
           is(c, i, "their") || is(c, i, "his") || is(c, i, "her") ||
           (is(c, i, "s") && c->w[i].punct_before); /* "the court's" */
}

/* A word that ends a noun phrase: "the 2017 resolution after ...". */
static bool phrase_end(const dctx *c, size_t i) {
    static const char *const w[] = {"and",  "or", "but", "after", "before", "when", "while",
                                    "to",   "by", "in",  "on",    "of",     "for",  "with",
                                    "from", "as", "at",  "that",  "which",  "who",  "than"};
    return IS_ONE_OF(c, i, w);
}

/* An adjectival year right before the hit or its relative clause dates the
 * hit itself: "the State's 2024 [lawsuit]", "its 2025 general grant
 * [conditions that require]", "a 2012 law that [barred]", "a 2024 Kentucky
 * statute that [prohibits]", "a 2024 state law that requires sheriffs to
 * [hold inmates]". hw: the first word of the hit. */
static bool modifies_hit(const dctx *c, size_t wj, size_t hw) {
    if (hw < wj || hw > wj + 10) return false;
    for (size_t k = wj; k < hw; k++)
        if (c->w[k].punct_before) return false;
    size_t r = wj;
    while (r < hw && r < wj + 4 && !phrase_end(c, r))
        r++;
    if (r == hw) return true; /* the noun is the hit's */
    if (r == wj || (!is(c, r, "that") && !is(c, r, "which"))) return false;
    /* "the 2017 resolution that had declared", "a law that requires
     * sheriffs to [hold]" */
    return hw <= r + 4;
}

/* Dates that cannot be the event's own:
 * - a date inside a "having ..." clause before the hit ("having heard
 *   argument on July 24, the Court GRANTS"): an earlier act (unlike ", which
 *   took effect in January," that often dates the state reported);
 * - an attributive date in the subject of a passive hit ("the court's
 *   October 3 order ... is stayed"): the date of what is acted on;
 * - an attributive date after the hit ("RESTRAINED from giving effect to the
 *   February 13, 2026 termination", "appeals the court's June 6 order"): it
 *   dates the thing acted on, unless that thing is the agent or the vehicle
 *   of the act ("as directed by the President's April 28 order", "announced
 *   in a June 2 notice"). */
static bool be(const dctx *c, size_t i) {
    return is(c, i, "is") || is(c, i, "are") || is(c, i, "was") || is(c, i, "were") ||
           is(c, i, "be") || is(c, i, "been");
}

/* "the court's October 3, 2025 order", "a 2017 law", "a 2018 Marion County
 * Sheriff's Office policy": a date (words [wi, wj)) between a determiner and
 * the noun it describes, names allowed in between. */
static bool attributive(const dctx *c, size_t wi, size_t wj) {
    if (wi == 0 || wj >= c->nw || !determiner(c, wi - 1) || c->w[wj].punct_before) return false;
    size_t j = wj;
    while (j < c->nw && j < wj + 5 && (c->w[j].cap || (is(c, j, "s") && c->w[j].punct_before)) &&
           (j == wj || !c->w[j].punct_before || is(c, j, "s")))
        j++;
    return j < c->nw && !c->w[j].cap && isalpha((unsigned char)c->t[c->w[j].start]) &&
           (!c->w[j].punct_before || j == wj);
}

/* A be-verb right before the hit or among its first words: the hit is a
 * passive ("is stayed", "[order of the District Court ... is stayed]"). */
static bool passive_hit(const dctx *c, size_t hw) {
    if (hw < c->nw && hw > 0 && be(c, hw - 1)) return true;
    for (size_t j = hw; j < c->nw && j < hw + 24 && c->w[j].start < c->he; j++)
        if (be(c, j)) return true;
    return false;
}

/* "The stay entered on February 20, 2026, is VACATED", "the order issued
 * last month is superseded": a date (words [wi, wj)) in a participle that
 * describes the subject of a passive, whose be-verb comes before the hit
 * ends. */
static bool subject_participle(const dctx *c, size_t wi, size_t wj) {
    size_t p = wi > 0 && (is(c, wi - 1, "on") || is(c, wi - 1, "in")) ? wi - 1 : wi;
    if (p == 0) return false;
    static const char *const part[] = {"entered", "issued", "filed", "adopted", "approved"};
    bool ok = false;
    for (size_t k = 0; k < sizeof part / sizeof *part && !ok; k++)
        ok = is(c, p - 1, part[k]);
    /* a hit that ends before the be-verb may be the participle's own act
     * ("[the order signed] on May 5 is ...") */
    return ok && wj < c->nw && be(c, wj) && c->w[wj].start < c->he;
}

/* A date after the hit inside a relative clause on the hit's last words
 * ("rescinds Executive Order 50, which the former mayor signed in April"):
 * the clause's own act. One that starts further on may describe the hit
 * itself ("the state's lawsuit over the grant conditions, which it filed
 * last year"). */
static bool in_relative_clause(const dctx *c, const cand *k) {
    unsigned words = 0;
    for (uint32_t b = c->he; b + 6 < k->s && words <= 3; b++) {
        words += c->t[b] == ' ';
        if (c->t[b] == ',' && c->t[b + 1] == ' ' &&
            (!strncmp(c->t + b + 2, "which ", 6) || !strncmp(c->t + b + 2, "who ", 4) ||
             !strncmp(c->t + b + 2, "whose ", 6)))
            return true;
    }
    return false;
}

/* "Information Bulletin No. 514 (September 30, 2025)": a day in
 * parentheses after a document's name or number names that document. */
static bool names_a_document(const dctx *c, const cand *k, size_t wi) {
    if (!k->d || k->s == 0 || c->t[k->s - 1] != '(' || c->t[k->e] != ')' || wi == 0) return false;
    const char *p = c->t + c->w[wi - 1].start;
    if (!isdigit((unsigned char)p[0]) && !c->w[wi - 1].cap) return false;
    /* "Executive Order 14287, Protecting American Communities (April 28,
     * 2025), [directs the Secretary]": the document is the hit's subject,
     * so its date is the act's */
    uint32_t q = k->e + 1;
    if (c->t[q] == ',') q++;
    while (c->t[q] == ' ')
        q++;
    if (q == c->hs) return false;
    /* "(April 28, 2025), directs the Secretary to [identify]" */
    size_t j = wi;
    while (j < c->nw && c->w[j].start < q)
        j++;
    if (j >= c->nw || c->w[j].start != q || c->w[j].cap || c->hs < q || c->hs - q > 120)
        return true;
    const char *v = c->t + q;
    size_t n = c->w[j].end - q;
    bool verb = n > 3 && (v[n - 1] == 's' || (v[n - 2] == 'e' && v[n - 1] == 'd'));
    return !verb || clause_break(c->t, q, c->hs);
}

static bool modal_between(const dctx *c, uint32_t a, uint32_t b) {
    for (size_t j = 0; j < c->nw && c->w[j].start < b; j++)
        if (c->w[j].start >= a && (is(c, j, "shall") || is(c, j, "will") || is(c, j, "must")))
            return true;
    return false;
}

/* "CHICAGO (AP) -- April 24, 2025 -- A federal judge ...": the rest of a
 * dateline, the day the story was filed: any date of the sentence itself
 * comes first ("on Wednesday"). */
#define DATELINE_PENALTY 60u

static bool dateline_rest(const dctx *c, const cand *k, size_t wi) {
    if (wi != 0 || !k->d) return false;
    const char *p = c->t + k->e;
    while (*p == ' ' || *p == ',')
        p++;
    return !strncmp(p, "\xE2\x80\x94", 3) || !strncmp(p, "\xE2\x80\x93", 3) ||
           !strncmp(p, "- ", 2) || !strncmp(p, "--", 2);
}

/* "dissolved the preliminary injunction [it had entered in March]": a
 * pluperfect between the hit and a date after it, the date of that earlier
 * act. */
static bool pluperfect_before(const dctx *c, size_t wi) {
    for (size_t j = wi; j-- > 0 && j + 6 >= wi && c->w[j].start >= c->he;)
        if (is(c, j, "had") && j + 1 < wi && !is(c, j + 1, "to") && !is(c, j + 1, "been"))
            return true;
    return false;
}

/* "[Order 50, which the mayor signed in April and which a state judge
 * voided]": a date inside the hit that a second relative clause follows
 * before the hit's verb. */
static bool earlier_relative_in_hit(const dctx *c, const cand *k) {
    if (k->s < c->hs || k->e > c->he) return false;
    for (uint32_t b = k->e; b + 10 < c->he; b++)
        if (!strncmp(c->t + b, " and which ", 11) || !strncmp(c->t + b, " and who ", 9))
            return true;
    return false;
}

/* Verbs that change a law or policy after it was made. */
static bool amends(const dctx *c, size_t i) {
    static const char *const v[] = {"amended",   "strengthened", "expanded", "revised",
                                    "broadened", "updated",      "extended", "tightened",
                                    "narrowed",  "widened",      "loosened", "weakened"};
    return IS_ONE_OF(c, i, v);
}

/* "first passed in 1987 and [strengthened in 2021]", "adopted a policy in
 * 2019 and [expanded it last year]": the later change of a policy whose
 * making the sentence dated before; the hit is the policy, not the change
 * (a hit after the "and" keeps it). wi: the date's first word. */
static bool later_amendment(const dctx *c, const cand *k, size_t wi) {
    static const char *const changes[] = {"follow-up", "amendment", "amendments", "update",
                                          "revision",  "expansion", "rewrite"};
    int y;
    /* "The 2008 Act and a 2011 follow-up require": the law's own year first */
    if (wi >= 2 && (is(c, wi - 1, "a") || is(c, wi - 1, "an") || is(c, wi - 1, "its")) &&
        is(c, wi - 2, "and") && wi + 1 < c->nw &&
        word_in(c, wi + 1, changes, sizeof changes / sizeof *changes) && k->e <= c->hs)
        for (size_t i = wi - 2; i-- > 0 && i + 12 >= wi;)
            if (four_digit_year(c, i, &y)) return true;
    size_t j = wi;
    if (j > 0 && (is(c, j - 1, "in") || is(c, j - 1, "on") || is(c, j - 1, "since"))) j--;
    if (j > 0 && (is(c, j - 1, "it") || is(c, j - 1, "them"))) j--;
    if (j < 2 || !amends(c, j - 1) || !is(c, j - 2, "and")) return false;
    if (c->hs >= c->w[j - 2].start && c->hs < k->s) return false; /* the change is the hit */
    /* "amended it last month to [bar] ...": what the change did */
    if (c->hs >= k->e && !memchr(c->t + k->e, ',', c->hs - k->e)) return false;
    /* an earlier date of the same sentence, before the "and" */
    for (size_t i = j - 2; i-- > 0 && i + 12 >= j;)
        if (month_at(c, i) || four_digit_year(c, i, &y)) return true;
    return false;
}

static bool set_aside(const dctx *c, const cand *k, size_t wi, size_t wj, size_t hw) {
    if (later_amendment(c, k, wi)) return true;
    if (earlier_relative_in_hit(c, k)) return true;
    if (names_a_document(c, k, wi)) return true;
    if (k->s < c->he && subject_participle(c, wi, wj)) return true;
    if (k->e <= c->hs) {
        /* the subject of a passive names what is acted on: "The district
         * court's October 3, 2025 order ... is stayed" */
        /* (not a letter the act was done by: "warned the city in a Dec. 18
         * letter that the money would be suspended") */
        if ((k->m || k->adjectival) && attributive(c, wi, wj) && passive_hit(c, hw) &&
            !(wi >= 2 && (is(c, wi - 2, "in") || is(c, wi - 2, "by") || is(c, wi - 2, "via"))))
            return true;
        /* "Having reviewed the briefs and the arguments at the February 12,
         * 2026 hearing, the Court GRANTS": an earlier act */
        if (c->nw && is(c, 0, "having") && memchr(c->t + k->e, ',', c->hs - k->e)) return true;
        for (size_t j = wi; j-- > 0 && j + 8 >= wi;) {
            if (is(c, j, "having")) {
                for (uint32_t b = k->e; b < c->hs; b++)
                    if (c->t[b] == ',') return true;
                return false;
            }
            if (c->w[j].punct_before) break;
        }
        return false;
    }
    if (k->s < c->he) return false;
    if (pluperfect_before(c, wi)) return true;
    /* "are RESTRAINED from ... and shall restore access within three business
     * days": the deadline of a later verb */
    if (k->deadline && modal_between(c, c->he, k->s)) return true;
    /* "supersedes the version of Policy 319 dated April 2014" */
    if (wi > 0 && is(c, wi - 1, "dated")) return true;
    if (in_relative_clause(c, k)) return true;
    if (!k->m && !k->adjectival) return false;
    if (!attributive(c, wi, wj)) return false;
    for (size_t j = wi - 1; j-- > 0 && j + 5 >= wi;) {
        if (c->w[j + 1].punct_before && !(is(c, j + 1, "s"))) break;
        if (is(c, j, "by") || is(c, j, "in") || is(c, j, "under") || is(c, j, "via") ||
            is(c, j, "since"))
            return false;
    }
    return true;
}

/* Bytes added to the distance of a date in another clause than the hit's
 * ("sued the following March, and the court upheld the law in 2019"). */
#define CLAUSE_PENALTY 30u

/* A clause boundary in t[a, b): a semicolon, or a comma before "and", "but",
 * "while". */
static bool clause_break(const char *t, uint32_t a, uint32_t b) {
    for (uint32_t i = a; i < b; i++) {
        if (t[i] == ';') return true;
        if (t[i] != ',') continue;
        uint32_t k = i + 1; /* a closing quote may follow: 'funds," and' */
        if (k < b && t[k] == '"')
            k++;
        else if (k + 2 < b && !memcmp(t + k, "\xE2\x80\x9D", 3))
            k += 3;
        if (k >= b || t[k] != ' ') continue;
        const char *n = t + k + 1;
        size_t left = b - (k + 1);
        if ((left >= 4 && !strncmp(n, "and ", 4)) || (left >= 4 && !strncmp(n, "but ", 4)) ||
            (left >= 6 && !strncmp(n, "while ", 6)))
            return true;
    }
    return false;
}

/* Bytes added to the distance of the date of a saying before the hit ("said
 * on March 10 that it froze the funds on March 3"): what was said may have
 * its own date. */
#define SAYING_PENALTY 20u

/* Whether the date at words [wi, ...) dates a saying: "said Tuesday", "told
 * reporters on Monday". */
static bool dates_saying(const dctx *c, size_t wi) {
    size_t k = wi;
    if (k > 0 && is(c, k - 1, "on")) k--;
    if (k == 0) return false;
    return is(c, k - 1, "said") || is(c, k - 1, "says") || is(c, k - 1, "told") ||
           is(c, k - 1, "stated") || is(c, k - 1, "wrote") || is(c, k - 1, "added") ||
           (k > 1 && is(c, k - 2, "told"));
}

/* Bytes added to the distance of a date set off from the hit by a comma
 * ("Montgomery County, which has barred ... since 2019, lost a grant in
 * March"): a phrase of its own, often another act's. */
#define COMMA_PENALTY 20u

/* "On Tuesday, the city sued ...", "In March, the department froze ...": a
 * date that opens the sentence, its comma closing the adverbial, dates the
 * main clause. */
static bool opening_adverbial(const dctx *c, const cand *k, size_t wi) {
    return wi <= 2 && k->e <= c->hs && c->t[k->e] == ',';
}

static bool comma_between(const char *t, uint32_t a, uint32_t b) {
    for (uint32_t i = a; i < b; i++)
        if (t[i] == ',' && t[i + 1] == ' ') return true;
    return false;
}

/* Bytes added to the distance of a date inside a relative clause closed
 * before the hit ("Boston, whose Trust Act has kept police out of
 * enforcement since 2014, sued the Justice Department ... in 2025"): the
 * clause describes the subject; the main clause's date after the hit wins. */
#define RELATIVE_PENALTY 40u

/* Whether the date k before the hit sits in a relative clause (", which",
 * ", who", ", whose", ", where") that a comma closes before the hit. */
static bool closed_relative_before(const dctx *c, const cand *k) {
    if (k->e > c->hs || !comma_between(c->t, k->e, c->hs)) return false;
    uint32_t lo = c->nw ? c->w[0].start : 0;
    for (uint32_t b = k->s; b > lo + 1; b--) {
        if (c->t[b - 1] != ' ' || c->t[b - 2] != ',') continue;
        const char *n = c->t + b;
        return !strncmp(n, "which ", 6) || !strncmp(n, "who ", 4) || !strncmp(n, "whose ", 6) ||
               !strncmp(n, "where ", 6);
    }
    return false;
}

static uint32_t distance(const dctx *c, const cand *k, size_t wi, size_t wj, size_t hw) {
    uint32_t d = 0;
    if (!(k->e > c->hs && k->s < c->he)) d = k->e <= c->hs ? c->hs - k->e : k->s - c->he;
    if (d > 0 &&
        (k->e <= c->hs ? clause_break(c->t, k->e, c->hs) : clause_break(c->t, c->he, k->s)))
        d += CLAUSE_PENALTY;
    else if (d > 0 && !opening_adverbial(c, k, wi) &&
             (k->e <= c->hs ? comma_between(c->t, k->e, c->hs) : comma_between(c->t, c->he, k->s)))
        d += COMMA_PENALTY;
    if (d > 0 && closed_relative_before(c, k)) d += RELATIVE_PENALTY;
    if (k->adjectival && !(k->e <= c->hs && modifies_hit(c, wj, hw))) d += ADJECTIVAL_PENALTY;
    if (d > 0 && k->e <= c->hs && dates_saying(c, wi)) d += SAYING_PENALTY;
    if (dateline_rest(c, k, wi)) d += DATELINE_PENALTY;
    return d;
}

/* "YYYY-MM-DD..." into y, m, d; false when s is not such a date. */
static bool parse_ymd(const char *s, int *y, int *m, int *d) {
    if (!s) return false;
    for (int i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? s[i] != '-' : !isdigit((unsigned char)s[i])) return false;
    *y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    *m = (s[5] - '0') * 10 + (s[6] - '0');
    *d = (s[8] - '0') * 10 + (s[9] - '0');
    return true;
}

static int precision(const cand *k) {
    return k->d ? 3 : k->m ? 2 : 1;
}

void link_date_keywords(const link_text *x, const link_keyword **kw) {
    dctx c = {0};
    c.t = x->t;
    c.w = x->w;
    c.nw = x->nw;
    for (size_t i = 0; i < c.nw; i++)
        kw[i] = keyword_of(&c, i);
}

/* How far after a sentence its case citation may end. */
#define CITATION_BYTES 300u

/* How far back "that year" looks for its year, and a "The court also ..."
 * sentence or a docket entry for the date of its paragraph. */
#define LOOKBACK_BYTES 1500u

/* A context over the words of t[from, to) (from moved to a word start),
 * sharing c's document date; with no anchor before it. */
static void window_ctx(const dctx *c, uint32_t from, uint32_t to, link_word *w, const keyword **kw,
                       dctx *out) {
    while (from > 0 && from < to && c->t[from - 1] != ' ' && c->t[from - 1] != '\n')
        from++;
    *out = *c;
    out->w = w;
    out->nw = link_words_split(c->t, from, to, w, LINK_MAX_WORDS);
    for (size_t i = 0; i < out->nw; i++)
        kw[i] = keyword_of(out, i);
    out->kw = kw;
    out->hs = out->he = to;
    out->ny = out->nm = out->ay = 0;
    out->ntold = false;
    out->prev_y = 0; /* nothing before the window is read */
    out->prev_dy = 0;
}

static void prev_text_anchor(dctx *c) {
    if (c->prev_y >= 0) return;
    c->prev_y = c->prev_m = 0;
    uint32_t s0 = c->nw ? c->w[0].start : 0;
    if (s0 == 0) return;
    link_word w[LINK_MAX_WORDS];
    const keyword *kw[LINK_MAX_WORDS];
    dctx p;
    window_ctx(c, s0 > LOOKBACK_BYTES ? s0 - LOOKBACK_BYTES : 0, s0, w, kw, &p);
    /* only written years anchor "that year" ("last year" names the
     * document's time), but any day anchors "two weeks later" */
    cand k;
    for (size_t i = 0; i < p.nw; i++) {
        if ((!p.kw[i] && !isdigit((unsigned char)p.t[p.w[i].start])) || !match_at(&p, i, &k))
            continue;
        if (k.explicit_year) p.ny = c->prev_y = k.y, p.nm = c->prev_m = k.m, p.ntold = k.told;
        if (k.adjectival) continue;
        c->prev_dy = k.m ? k.y : 0, c->prev_dm = k.m, c->prev_dd = k.d;
    }
}

static bool has_word(const dctx *c, const char *lit) {
    for (size_t i = 0; i < c->nw; i++)
        if (is(c, i, lit)) return true;
    return false;
}

/* The year of the case cited right after a sentence about a court's
 * decision: "The Third Circuit has already rejected a preemption challenge.
 * Ocean County v. Attorney General, 8 F.4th 176 (3d Cir. 2021)." The text
 * is NUL-terminated (polex_core.h), so the look ahead stops there. */
static bool citation_year(const dctx *c, cand *o) {
    const char *t = c->t;
    uint32_t e = c->w[c->nw - 1].end, at = 0;
    bool versus = false;
    for (uint32_t i = e; i < e + CITATION_BYTES && t[i] && t[i] != '\n' && !at; i++) {
        if (t[i] == ' ' && t[i + 1] == 'v' && t[i + 2] == '.' && t[i + 3] == ' ') versus = true;
        if (t[i] == ')') at = i;
    }
    if (!versus || !at || at < e + 5 || t[at - 5] != ' ') return false;
    int y = 0;
    for (uint32_t k = at - 4; k < at; k++) {
        if (!isdigit((unsigned char)t[k])) return false;
        y = y * 10 + (t[k] - '0');
    }
    if (y < 1900 || y > 2099) return false;
    /* a holding reported by a court, not the order's own voice ("the Court
     * GRANTS") */
    static const char *const held[] = {"held",     "rejected", "upheld", "ruled",
                                       "affirmed", "reversed", "found",  "concluded"};
    bool court = false, past = false;
    for (size_t i = 0; i < c->nw; i++) {
        court |= is(c, i, "court") || is(c, i, "circuit");
        for (size_t k = 0; k < sizeof held / sizeof *held && !past; k++)
            past = is(c, i, held[k]);
    }
    if (!court || !past) return false;
    o->s = at - 4, o->e = at, o->y = y, o->m = o->d = 0;
    return true;
}

/* The date of a sentence that gives none, from its paragraph: a docket
 * entry's ("03/03/2026  31  ORDER granting ... Defendants are enjoined"),
 * or the sentence before's when this one goes on with the same news ("In a
 * decision issued today, ... The court also dismissed ..."). */
static bool paragraph_date(const dctx *c, cand *o) {
    if (c->nw == 0) return false;
    uint32_t s0 = c->w[0].start, p = s0;
    while (p > 0 && c->t[p - 1] != '\n' && s0 - p < LOOKBACK_BYTES)
        p--;
    if (p == s0 || (p > 0 && c->t[p - 1] != '\n')) return false;
    bool also = has_word(c, "also");
    /* a docket entry starts "03/03/2026": a digit, then a slash soon */
    const char *d = c->t + p;
    bool entry = isdigit((unsigned char)d[0]) && (d[1] == '/' || (d[1] && d[2] == '/'));
    if (!also && !entry) return false;
    link_word w[LINK_MAX_WORDS];
    const keyword *kw[LINK_MAX_WORDS];
    dctx q;
    window_ctx(c, p, entry && !also ? p + 12 < s0 ? p + 12 : s0 : s0, w, kw, &q);
    if (q.nw && slash_date(&q, 0, o)) return true;
    if (!also) return false;
    bool found = false;
    cand k;
    for (size_t i = 0; i < q.nw; i++) {
        if ((!q.kw[i] && !isdigit((unsigned char)q.t[q.w[i].start])) || !match_at(&q, i, &k))
            continue;
        if (k.explicit_year) q.ny = k.y, q.nm = k.m, q.ntold = k.told;
        /* a day or a month: "signed in 2017" is background, not the news */
        if (!k.adjectival && k.m) *o = k, found = true;
    }
    return found;
}

/* Whether the stamp's words in [p, end) open with a slash date
 * ("06/02/2026"), into *o; the two stamps after a sentence share it. */
static bool slash_date_in(const dctx *c, uint32_t p, uint32_t end, cand *o) {
    link_word w[LINK_MAX_WORDS];
    const keyword *kw[LINK_MAX_WORDS];
    dctx q;
    window_ctx(c, p, end, w, kw, &q);
    return q.nw && slash_date(&q, 0, o);
}

/* How far after a sentence a docket entry's stamp may stand. */
#define STAMP_BYTES 300u

/* The stamp that closes a docket entry after the sentence, on its line:
 * "ELECTRONIC ORDER entered. Defendants' Motion to Stay ... is DENIED.
 * (Burroughs, Allison) (Entered: 06/02/2026)". */
static bool entered_stamp(const dctx *c, cand *o) {
    if (c->nw == 0) return false;
    const char *t = c->t;
    uint32_t e = c->w[c->nw - 1].end;
    for (uint32_t i = e; i < e + STAMP_BYTES && t[i] && t[i] != '\n'; i++) {
        if (t[i] != '(' || strncmp(t + i + 1, "Entered:", 8) != 0) continue;
        uint32_t p = i + 9;
        while (t[p] == ' ')
            p++;
        uint32_t end = p;
        while (t[end] && t[end] != ')' && t[end] != '\n' && end - p < 12)
            end++;
        return slash_date_in(c, p, end, o);
    }
    return false;
}

/* How far a docket entry's closing signature may stand after a sentence of
 * it (the entry is one line). */
#define SIGNED_BYTES 1200u

/* The line that closes a docket entry after the sentence: "35 ORDER GRANTING
 * IN PART 18 Motion for Preliminary Injunction. Defendants shall not
 * withhold ... Signed by Judge Stanley A. Bastian on 3/16/2026.", "40 NOTICE
 * OF APPEAL ... Filed 3/27/2026.": the entry's date. */
static bool signed_stamp(const dctx *c, cand *o) {
    if (c->nw == 0) return false;
    const char *t = c->t;
    uint32_t e = c->w[c->nw - 1].end;
    for (uint32_t i = e; i < e + SIGNED_BYTES && t[i] && t[i] != '\n'; i++) {
        if (t[i] != 'S' && t[i] != 'F') continue; /* most bytes start neither */
        bool sig = !strncmp(t + i, "Signed by ", 10), filed = !strncmp(t + i, "Filed ", 6);
        if (!sig && !filed) continue;
        if (i > 0 && t[i - 1] != ' ' && t[i - 1] != '.') continue;
        /* the date ends the stamp: "on 3/16/2026.", "Filed 3/27/2026." */
        uint32_t p = i + 6;
        while (t[p] && t[p] != '\n' && p - i < 80 && !isdigit((unsigned char)t[p]))
            p++;
        if (!isdigit((unsigned char)t[p])) return false;
        uint32_t end = p;
        while (isdigit((unsigned char)t[end]) || t[end] == '/')
            end++;
        return slash_date_in(c, p, end, o);
    }
    return false;
}

static bool word_in(const dctx *c, size_t i, const char *const *list, size_t n) {
    for (size_t k = 0; k < n; k++)
        if (is(c, i, list[k])) return true;
    return false;
}

static bool all_caps_word(const dctx *c, size_t i) {
    for (uint32_t b = c->w[i].start; b < c->w[i].end; b++)
        if (islower((unsigned char)c->t[b])) return false;
    return true;
}

/* A court or an order deciding in its own voice, in words the operative
 * cues of link.c do not hold: "The Court concludes", "The Court therefore
 * vacates", "the application is otherwise denied", "are preliminarily
 * enjoined", "the motion is ALLOWED", "ORDER GRANTING ...", "IN WITNESS
 * WHEREOF": the document's own date. Needs the document date. */
static bool own_voice(const dctx *c, cand *o) {
    static const char *const decides[] = {
        "concludes", "finds",     "holds",   "grants",   "denies",  "vacates", "orders", "enjoins",
        "declares",  "dismisses", "affirms", "reverses", "remands", "adopts",  "allows"};
    static const char *const done[] = {
        "denied",  "granted",  "enjoined", "restrained", "vacated",   "stayed",  "dismissed",
        "allowed", "affirmed", "reversed", "remanded",   "rescinded", "revoked", "superseded"};
    static const char *const adverbs[] = {
        "otherwise", "hereby",  "preliminarily", "permanently", "temporarily",
        "therefore", "further", "also",          "accordingly", "respectfully"};
    static const char *const acts[] = {"direct",  "order",  "declare", "proclaim",
                                       "rescind", "revoke", "hereby",  "designate"};
    static const char *const states[] = {"effect", "force", "place"};
    if (!c->py) return false;
    size_t hit = c->nw;
    for (size_t i = 0; i < c->nw && hit == c->nw; i++) {
        /* most words are none of the cues: sort them out by length and case */
        uint32_t n = c->w[i].end - c->w[i].start;
        const char *p = c->t + c->w[i].start;
        if (n == 1 && p[0] == 'I' && i + 1 < c->nw && word_in(c, i + 1, acts, 8)) {
            hit = i + 1; /* an executive in the first person: "I direct the following" */
        } else if (n == 1 && p[0] == 'I' && i + 1 < c->nw && c->t[c->w[i].end] == ',') {
            /* "I, Richard F. Cortez, County Judge of Hidalgo County, order the
             * following": the act after the signer's apposition */
            for (size_t j = i + 2; j < c->nw && j < i + 16 && hit == c->nw; j++)
                if (c->w[j].punct_before && c->t[c->w[j].start - 2] == ',' &&
                    word_in(c, j, acts, 8))
                    hit = j;
        } else if (n == 5 && (p[0] | 0x20) == 'p' && is(c, i, "panel") && i > 0 &&
                   is(c, i - 1, "the") && i + 1 < c->nw &&
                   word_in(c, i + 1, done, sizeof done / sizeof *done)) {
            hit = i + 1; /* "The panel affirmed in part and vacated in part" */
        } else if (n == 9 && (p[0] | 0x20) == 'e' && is(c, i, "effective") && i + 1 < c->nw &&
                   is(c, i + 1, "immediately")) {
            hit = i; /* "Effective immediately, OJP has placed a hold" */
        } else if (n == 4 && (p[0] | 0x20) == 'd' && is(c, i, "done") && i + 1 < c->nw &&
                   is(c, i + 1, "at") && (i == 0 || c->w[i].punct_before)) {
            hit = i; /* a signature block: "ATTEST: DONE AT THE EXECUTIVE OFFICE" */
        } else if (n == 7 && (p[0] | 0x20) == 'w' && is(c, i, "witness") && i + 2 < c->nw &&
                   is(c, i + 1, "my") && is(c, i + 2, "hand")) {
            hit = i; /* "WITNESS MY HAND AND THE GREAT SEAL" */
        } else if ((n == 2 || n == 3) && (p[0] | 0x20) == (n == 2 ? 'i' : 'a') &&
                   c->w[i].start >= c->hs && i + 1 < c->nw && (is(c, i, "is") || is(c, i, "are")) &&
                   word_in(c, i + 1, done, sizeof done / sizeof *done)) {
            /* "the injunction as to that condition is vacated": a present
             * passive of the hit's own decision */
            hit = i + 1;
        } else if ((is(c, i, "remains") || is(c, i, "remain")) && i + 2 < c->nw &&
                   is(c, i + 1, "in") && word_in(c, i + 2, states, 3) && c->w[i].start >= c->hs &&
                   c->w[i].start <= c->he + 1) {
            /* "[The injunction] remains in effect": so on the document's day;
             * the hit is what remains, not another act of the sentence */
            hit = i;
        } else if (n == 5 && c->w[i].cap && is(c, i, "court")) {
            size_t j = i + 1;
            while (j < c->nw && j < i + 3 && word_in(c, j, adverbs, 10))
                j++;
            if (j < c->nw && word_in(c, j, decides, sizeof decides / sizeof *decides)) hit = j;
        } else if (n >= 2 && n <= 4 && be(c, i) && !is(c, i, "be") && !is(c, i, "been")) {
            size_t j = i + 1;
            while (j < c->nw && j < i + 3 && word_in(c, j, adverbs, 10))
                j++;
            if (j > i + 1 && j < c->nw && word_in(c, j, done, sizeof done / sizeof *done)) hit = j;
        } else if (n >= 7 && isupper((unsigned char)p[0]) && isupper((unsigned char)p[1]) &&
                   all_caps_word(c, i) &&
                   (is(c, i, "allowed") || is(c, i, "whereof") ||
                    (i > 0 && is(c, 0, "order") && all_caps_word(c, 0) &&
                     (is(c, i, "granting") || is(c, i, "denying"))))) {
            hit = i;
        }
    }
    if (hit == c->nw) return false;
    o->s = c->w[hit].start, o->e = c->w[hit].end;
    o->y = c->py, o->m = c->pm, o->d = c->pd;
    return true;
}

/* How far into the text a headline may stand: after a masthead, "FOR
 * IMMEDIATE RELEASE" and a date line. */
#define HEADLINE_BYTES 1500u

/* A headline near the top of the document ("Attorney General Sues Over
 * Withheld Transit Grants", "Justice Department Files Lawsuit Against ..."):
 * a line of its own, without a final stop, in title case. It reports the
 * news of the document date; that date has no words of its own (an empty
 * span at the headline's start). */
static bool headline(const dctx *c, cand *o) {
    if (!c->py || c->nw < 3 || c->w[0].start > HEADLINE_BYTES) return false;
    uint32_t s = c->w[0].start, e = c->w[c->nw - 1].end;
    if ((s > 0 && c->t[s - 1] != '\n') || (c->t[e] && c->t[e] != '\n' && c->t[e] != '\r'))
        return false;
    if (memchr(c->t + s, '\n', e - s) || strchr(".?!:;\"", c->t[e - 1])) return false;
    size_t caps = 0, small = 0;
    for (size_t i = 0; i < c->nw; i++) {
        if (c->w[i].cap)
            caps++;
        else if (isalpha((unsigned char)c->t[c->w[i].start]) &&
                 c->w[i].end - c->w[i].start > 3) /* "of", "to", "and" stay small in titles */
            small++;
    }
    if (caps < 3 || small * 4 > caps) return false;
    o->s = o->e = s;
    o->y = c->py, o->m = c->pm, o->d = c->pd;
    return true;
}

static bool range_word(const dctx *c, size_t i) {
    return is(c, i, "to") || is(c, i, "through") || is(c, i, "until") || is(c, i, "and");
}

link_date link_find_date_ref(const link_text *x, const link_keyword *const *cached, uint32_t hs,
                             uint32_t he, const char *published, bool ref_is_day) {
    link_date out = {0};
    dctx c = {0};
    c.t = x->t;
    c.w = x->w;
    c.nw = x->nw;
    c.hs = hs;
    c.he = he;
    c.prev_y = -1;
    if (!parse_ymd(published, &c.py, &c.pm, &c.pd)) c.py = 0;
    if (c.py && (c.pm < 1 || c.pm > 12 || c.pd < 1 || c.pd > 31)) c.py = 0;
    c.ref_is_day = ref_is_day;
    const keyword *kw[LINK_MAX_WORDS];
    if (!cached) link_date_keywords(x, kw);
    c.kw = cached ? cached : kw;
    cand k0;
    /* without a document date, the rest of a dateline ("PHOENIX -- Sept. 9,
     * 2025 -- ...") dates the sentence's "this year" and "Tuesday" */
    if (!c.py && c.nw && match_at(&c, 0, &k0) && dateline_rest(&c, &k0, 0))
        c.py = k0.y, c.pm = k0.m, c.pd = k0.d, c.ref_is_day = true;
    c.ay = c.am = c.ad = c.my = c.mm = c.ny = c.nm = 0;
    c.ntold = false;
    size_t hw = 0; /* the first word of the hit */
    while (hw < c.nw && c.w[hw].end <= hs)
        hw++;
    cand best = {0}, k = {0};
    uint32_t best_dist = UINT32_MAX;
    size_t range_end = SIZE_MAX - 1; /* one past the start of an open range */
    bool anchored = false;           /* a written date with its year seen in the sentence */
    for (size_t i = 0; i < c.nw; i++) {
        /* every pattern starts at a date keyword or a digit: most words fail here */
        char f = c.t[c.w[i].start];
        if (!c.kw[i] && (f < '0' || f > '9')) continue;
        if (!match_at(&c, i, &k)) continue;
        if (k.d) c.ay = k.y, c.am = k.m, c.ad = k.d;
        if (k.m && !k.adjectival) c.my = k.y, c.mm = k.m;
        if (k.explicit_year) c.ny = k.y, c.nm = k.m, c.ntold = k.told;
        size_t wi, wj;
        cand_words(&c, i, &k, &wi, &wj);
        /* "from March 3 to March 7": a range is dated by its start */
        if (wi == range_end + 1 && range_word(&c, wi - 1)) continue;
        range_end =
            wi > 0 && (is(&c, wi - 1, "from") || is(&c, wi - 1, "between")) ? wj : SIZE_MAX - 1;
        if (set_aside(&c, &k, wi, wj, hw)) continue;
        /* "On April 30, 2025, the Department informed Plaintiffs that their
         * awards would be withheld unless they accepted within 30 days": a
         * deadline after a dated act runs from that act, not from the
         * document's day; the act's date dates the sentence */
        if (k.deadline && anchored) continue;
        if (k.explicit_year && !k.adjectival && !k.deadline &&
            (wi == 0 || is(&c, wi - 1, "on") || is(&c, wi - 1, "in")))
            anchored = true;
        uint32_t dist = distance(&c, &k, wi, wj, hw);
        if (dist < best_dist || (dist == best_dist && precision(&k) > precision(&best)))
            best = k, best_dist = dist;
    }
    if (best_dist == UINT32_MAX && !paragraph_date(&c, &best) && !entered_stamp(&c, &best) &&
        !signed_stamp(&c, &best) && !citation_year(&c, &best) && !own_voice(&c, &best) &&
        !headline(&c, &best))
        return out;
    out = (link_date){best.s, best.e, best.y, best.m, best.d, true};
    return out;
}

link_date link_find_date(const char *text, uint32_t start, uint32_t end, uint32_t hs, uint32_t he,
                         const char *published) {
    link_word w[LINK_MAX_WORDS];
    link_text x = {text, w, link_words_split(text, start, end, w, LINK_MAX_WORDS), end};
    return link_find_date_ref(&x, NULL, hs, he, published, false);
}

/* A dctx over x without a document date: only explicit dates resolve. */
static void bare_ctx(const link_text *x, const keyword **kw, dctx *c) {
    memset(c, 0, sizeof *c);
    c->t = x->t;
    c->w = x->w;
    c->nw = x->nw;
    link_date_keywords(x, kw);
    c->kw = kw;
}

int link_full_date_year(const link_text *x) {
    const keyword *kw[LINK_MAX_WORDS];
    dctx c;
    bare_ctx(x, kw, &c);
    int best = 0, y;
    cand k;
    for (size_t i = 0; i < c.nw; i++) {
        if (is(&c, i, "copyright") || is(&c, i, "©")) /* "Copyright © 2025" */
            for (size_t j = i + 1; j < c.nw && j <= i + 2; j++)
                if (four_digit_year(&c, j, &y) && y > best) best = y;
        /* a month of a written year counts too ("froze the money in January
         * 2025"), not a year alone ("the 2017 order", "fiscal year 2026"),
         * nor a date ahead ("takes effect Jan. 1, 2027", "shall report by
         * March 1, 2026"): a story may look past its own year */
        if (match_at(&c, i, &k) && k.m && k.explicit_year && !k.told && k.y > best &&
            !future_before(&c, i) && !looks_ahead(&c, i))
            best = k.y;
    }
    return best;
}

/* A word that introduces a document's own date: "Filed", "Decided",
 * "DATED:", "Issued". Only "filed" may be lower case ("Date filed"); the
 * others dated in the running text of a story are acts, not the document. */
static bool own_date_cue(const dctx *c, size_t i) {
    if (is(c, i, "filed")) return true;
    if (!c->w[i].cap) return false;
    return is(c, i, "decided") || is(c, i, "dated") || is(c, i, "issued") || is(c, i, "entered");
}

bool link_filed_date(const link_text *x, link_date *out) {
    const keyword *kw[LINK_MAX_WORDS];
    dctx c;
    bare_ctx(x, kw, &c);
    cand k;
    for (size_t i = 0; i < c.nw; i++) {
        /* "on the 14th day of November, two thousand twenty-five", "this
         * 3rd day of March, 2025": the formal dating of the document */
        if (month_at(&c, i) && day_of(&c, i) && match_at(&c, i, &k) && k.d && k.explicit_year) {
            *out = (link_date){k.s, k.e, k.y, k.m, k.d, true};
            return true;
        }
        if (i + 1 >= c.nw || !own_date_cue(&c, i)) continue;
        for (size_t j = i + 1; j < c.nw && j <= i + 2; j++)
            if (match_at(&c, j, &k) && k.d && k.explicit_year) {
                *out = (link_date){k.s, k.e, k.y, k.m, k.d, true};
                return true;
            }
    }
    return false;
}
