/* scan.c - cuts a paragraph into raw tokens: byte ranges, classes, sentence hints. */
#include "tok_internal.h"

#include <string.h>
#include <utf8proc.h>

enum { C_SPACE, C_LETTER, C_DIGIT, C_PUNCT, C_SYMBOL, C_QUOTE, C_DASH, C_CURRENCY, C_FORMAT };

int32_t tok_decode(const char *s, size_t i, size_t end, size_t *len) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *len = 1;
        return c;
    }
    utf8proc_int32_t cp = -1;
    utf8proc_ssize_t n =
        utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(end - i), &cp);
    *len = n > 0 ? (size_t)n : 1;
    return n > 0 ? cp : 0xFFFD;
}

static bool is_quote_cp(int32_t cp) {
    return cp == '"' || cp == '\'' || cp == '`' || (cp >= 0x2018 && cp <= 0x201F) || cp == 0xAB ||
           cp == 0xBB || cp == 0x2039 || cp == 0x203A;
}

static int ascii_class(int32_t c) {
    if (c >= 'a' && c <= 'z') return C_LETTER;
    if (c >= 'A' && c <= 'Z') return C_LETTER;
    if (c >= '0' && c <= '9') return C_DIGIT;
    if (c == ' ' || (c >= 0x09 && c <= 0x0D) || c < 0x20 || c == 0x7F) return C_SPACE;
    if (c == '"' || c == '\'' || c == '`') return C_QUOTE;
    if (c == '-') return C_DASH;
    if (c == '$') return C_CURRENCY;
    if (c == '_') return C_LETTER;
    if (strchr("#%&*+/<=>@\\^|~", (int)c)) return C_SYMBOL;
    return C_PUNCT;
}

/* Unicode classes come from utf8proc's category table. */
static int cp_class(int32_t cp) {
    if (cp < 0x80) return ascii_class(cp);
    if (is_quote_cp(cp)) return C_QUOTE;
    if (cp == 0xA7 || cp == 0xB6) return C_SYMBOL; /* section and paragraph signs */
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_PC:
        return C_LETTER;
    case UTF8PROC_CATEGORY_ND:
        return C_DIGIT;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
        return C_SPACE;
    case UTF8PROC_CATEGORY_CF:
        return C_FORMAT;
    case UTF8PROC_CATEGORY_PD:
        return C_DASH;
    case UTF8PROC_CATEGORY_SC:
        return C_CURRENCY;
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
        return C_PUNCT;
    default:
        return C_SYMBOL;
    }
}

void tok_scanner_init(tok_scanner *sc, const char *text, size_t start, size_t end,
                      const tok_lexicons *lex) {
    sc->text = text;
    sc->pos = start;
    sc->end = end;
    sc->clitic_end = 0;
    sc->lex = lex;
}

/* Class of the code point at i, or C_SPACE past the end. */
static inline int class_at(const tok_scanner *sc, size_t i, int32_t *cp, size_t *len) {
    if (i >= sc->end) {
        *cp = 0, *len = 0;
        return C_SPACE;
    }
    unsigned char c = (unsigned char)sc->text[i];
    if (c < 0x80) { /* ASCII fast path */
        *cp = c, *len = 1;
        if ((unsigned)((c | 32) - 'a') < 26u) return C_LETTER;
        if ((unsigned)(c - '0') < 10u) return C_DIGIT;
        if (c == ' ') return C_SPACE;
        return ascii_class(c);
    }
    *cp = tok_decode(sc->text, i, sc->end, len);
    return cp_class(*cp);
}

static bool word_char(int cls) {
    return cls == C_LETTER || cls == C_DIGIT || cls == C_FORMAT;
}

/* ---- words ----------------------------------------------------------------- */

/* At an apostrophe after a word: length of a clitic ('s, 're, ...) that
 * follows, counted from the apostrophe, or 0. */
static size_t clitic_len(const tok_scanner *sc, size_t apos, size_t alen) {
    size_t r = apos + alen, e = r;
    while (e < sc->end && e - r < 3) {
        char c = sc->text[e];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) break;
        e++;
    }
    int32_t cp;
    size_t l;
    if (e == r || word_char(class_at(sc, e, &cp, &l))) return 0;
    static const char *const clitics[] = {"s", "re", "ve", "ll", "d", "m", "t"};
    for (size_t k = 0; k < sizeof clitics / sizeof *clitics; k++)
        if (strlen(clitics[k]) == e - r && strncasecmp(sc->text + r, clitics[k], e - r) == 0)
            return e - apos;
    return 0;
}

/* "U.S." "D.C." "a.m.": single letters each followed by a period. Returns the
 * end of the run or 0 when the text at start is not one. */
static size_t dotted_end(const tok_scanner *sc, size_t start) {
    const char *t = sc->text;
    size_t p = start, segs = 0;
    while (p + 1 < sc->end && ((t[p] | 32) >= 'a' && (t[p] | 32) <= 'z') && t[p + 1] == '.') {
        if (p + 2 - start > TOK_MAX_BYTES) return p; /* "a.b.c.d..." without end */
        if (p + 2 < sc->end && ((t[p + 2] | 32) >= 'a' && (t[p + 2] | 32) <= 'z') &&
            !(p + 3 < sc->end && t[p + 3] == '.') && segs >= 1) {
            /* "U.S.C" without final period: take the last letter when a word ends there */
            int32_t cp;
            size_t l;
            if (!word_char(class_at(sc, p + 3, &cp, &l))) return p + 3;
        }
        p += 2;
        segs++;
    }
    if (segs < 2) return 0;
    int32_t cp;
    size_t l;
    return word_char(class_at(sc, p, &cp, &l)) ? 0 : p;
}

/* Whether the next word holds a digit: "No. 17", and also numbers with a
 * letter prefix ("Ordinance No. NS-2908", "Resolution No. R-24-15"). */
static bool next_word_has_digit(const tok_scanner *sc, size_t i) {
    while (i < sc->end && (sc->text[i] == ' ' || sc->text[i] == '\t'))
        i++;
    for (; i < sc->end && sc->text[i] != ' ' && sc->text[i] != '\t' && sc->text[i] != '\n'; i++)
        if (sc->text[i] >= '0' && sc->text[i] <= '9') return true;
    return false;
}

/* Whether the word before start names a labelled part ("Appendix A.",
 * "Exhibit B."): then a capital letter after it is a label, not an initial. */
static bool after_label_noun(const tok_scanner *sc, size_t start) {
    static const char *const labels[] = {
        "appendix", "exhibit", "attachment", "annex", "schedule", "part",    "section",
        "article",  "table",   "figure",     "plan",  "option",   "type",    "class",
        "group",    "tier",    "phase",      "zone",  "category", "chapter", "subsection"};
    size_t e = start;
    while (e > 0 && sc->text[e - 1] == ' ')
        e--;
    size_t b = e;
    while (b > 0 && ((sc->text[b - 1] | 32) >= 'a' && (sc->text[b - 1] | 32) <= 'z'))
        b--;
    if (e == start || e - b < 4) return false;
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++)
        if (strlen(labels[i]) == e - b && strncasecmp(sc->text + b, labels[i], e - b) == 0)
            return true;
    return false;
}

/* At a period after the word [start, p): decides whether the period belongs
 * to the word (abbreviation, initial). Returns the new end and sets kind. */
static size_t word_period(const tok_scanner *sc, size_t start, size_t p, uint8_t *kind) {
    int k = 0;
    if (tok_abbreviation(sc->lex, sc->text + start, p + 1 - start, &k)) {
        if (k == ABBR_TITLE) return *kind = TK_TITLE, p + 1;
        if (k == ABBR_GENERAL) return *kind = TK_ABBR, p + 1;
        if (k == ABBR_NUMBER && next_word_has_digit(sc, p + 1)) return *kind = TK_NUMABBR, p + 1;
        return p;
    }
    int32_t cp;
    size_t l;
    class_at(sc, start, &cp, &l);
    if (start + l == p && utf8proc_isupper(cp) && !after_label_noun(sc, start))
        return *kind = TK_ABBR, p + 1; /* initial */
    return p;
}

static bool has_digit(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] >= '0' && s[i] <= '9') return true;
    return false;
}

static void scan_word(tok_scanner *sc, tok_raw *out) {
    size_t start = sc->pos, p = start;
    uint8_t kind = TK_PLAIN;
    size_t d = dotted_end(sc, start);
    if (d) {
        out->end = (uint32_t)d, out->kind = TK_ABBR;
        return;
    }
    for (;;) {
        int32_t cp;
        size_t l;
        int cls = class_at(sc, p, &cp, &l);
        if (word_char(cls)) {
            if (p + l - start > TOK_MAX_BYTES) break;
            p += l;
            continue;
        }
        if (p == start) break;
        int32_t ncp;
        size_t nl;
        int ncls = class_at(sc, p + l, &ncp, &nl);
        bool hyphen = cp == '-' || cp == 0x2010 || cp == 0x2011;
        /* "2-U.S. freezes": the wire's "UPDATE 2-" prefix; the dotted run after
         * the hyphen is a token of its own so its periods stay abbreviation marks */
        if (hyphen && dotted_end(sc, p + l)) break;
        if (hyphen && word_char(ncls) && p + l + nl - start <= TOK_MAX_BYTES) {
            p += l + nl;
            continue;
        }
        if ((cp == '\'' || cp == 0x2019 || cp == 0x02BC) && ncls == C_LETTER) {
            size_t c = clitic_len(sc, p, l);
            bool nt = c && (sc->text[p + l] | 32) == 't' && c == l + 1;
            if (c && !nt) {
                sc->clitic_end = p + c;
                break;
            }
            if (nt && p - start >= 2 && (sc->text[p - 1] | 32) == 'n') {
                p -= 1; /* "didn't" -> "did" + "n't" */
                sc->clitic_end = p + 1 + c;
                break;
            }
            if (p + l + nl - start <= TOK_MAX_BYTES) {
                p += l + nl; /* O'Brien */
                continue;
            }
        }
        if (cp == '.' && ncls == C_DIGIT && has_digit(sc->text + start, p - start) &&
            p + l + nl - start <= TOK_MAX_BYTES) {
            p += l + nl; /* "v2.0": a version or file number, not a sentence end */
            continue;
        }
        if (cp == '.') p = word_period(sc, start, p, &kind);
        break;
    }
    if (p == start) p = start + 1; /* cannot happen with a letter first; stay safe */
    out->end = (uint32_t)p;
    out->kind = kind;
}

/* ---- numbers, money, percent, dates ------------------------------------------ */

static bool digits_sep(const char *s, size_t n, char sep, int *groups, size_t *glen) {
    int g = 0;
    size_t run = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == sep) {
            if (run == 0 || g >= 3) return false;
            glen[g++] = run;
            run = 0;
        } else if (s[i] >= '0' && s[i] <= '9') {
            run++;
        } else {
            return false;
        }
    }
    *groups = g;
    return true;
}

/* 1/20/2017, 1/20, 2017-01-20, 01-20-2017, 10:30 */
static bool date_like(const char *s, size_t n) {
    int g;
    size_t gl[3];
    if (digits_sep(s, n, '/', &g, gl) && g >= 2)
        return gl[0] <= 2 && gl[1] <= 2 && (g == 2 || gl[2] == 2 || gl[2] == 4);
    if (digits_sep(s, n, '-', &g, gl) && g == 3)
        return (gl[0] == 4 && gl[1] <= 2 && gl[2] <= 2) || (gl[0] <= 2 && gl[1] <= 2 && gl[2] == 4);
    if (digits_sep(s, n, ':', &g, gl) && g >= 2) return gl[0] <= 2 && gl[1] == 2;
    return false;
}

static bool ordinal_suffix(const char *s, size_t n) {
    static const char *const sfx[] = {"st", "nd", "rd", "th", "s", "d"};
    size_t i = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++;
    for (size_t k = 0; k < sizeof sfx / sizeof *sfx; k++)
        if (n - i == strlen(sfx[k]) && strncasecmp(s + i, sfx[k], n - i) == 0) return true;
    return false;
}

static void scan_number(tok_scanner *sc, size_t from, tok_raw *out, bool money) {
    size_t start = sc->pos, p = from;
    bool letters = false, seps = false;
    for (;;) {
        int32_t cp, ncp;
        size_t l, nl;
        int cls = class_at(sc, p, &cp, &l);
        if (p + l - start > TOK_MAX_BYTES) break;
        if (cls == C_DIGIT) {
            p += l;
            continue;
        }
        if (cls == C_LETTER || cls == C_FORMAT) {
            letters = true;
            p += l;
            continue;
        }
        int ncls = class_at(sc, p + l, &ncp, &nl);
        /* "3.5", "1,200"; a period also joins "26a0211p.06" (file numbers) */
        if ((cp == '.' || (cp == ',' && !letters)) && ncls == C_DIGIT) {
            p += l;
            continue;
        }
        if ((cp == '/' || cp == ':' || cp == '-') && ncls == C_DIGIT) {
            seps = true;
            p += l;
            continue;
        }
        if (cp == '-' && ncls == C_LETTER) {
            if (dotted_end(sc, p + l)) break; /* "2-U.S.": see scan_word */
            letters = true;
            p += l;
            continue;
        }
        break;
    }
    const char *s = sc->text + start;
    size_t n = p - start;
    if (money)
        out->cls = POLEX_TOK_MONEY;
    else if (letters)
        out->cls = ordinal_suffix(s, n) ? POLEX_TOK_NUMBER : POLEX_TOK_WORD;
    else if (seps && date_like(s, n))
        out->cls = POLEX_TOK_DATE;
    else
        out->cls = POLEX_TOK_NUMBER;
    if (!letters && p < sc->end && sc->text[p] == '%') {
        p++;
        if (!money) out->cls = POLEX_TOK_PERCENT;
    }
    out->end = (uint32_t)p;
    out->kind = TK_PLAIN;
}

/* ---- quotes and punctuation ----------------------------------------------------- */

static bool space_or_edge(const tok_scanner *sc, size_t i, bool before) {
    if (before ? i == 0 : i >= sc->end) return true;
    char c = sc->text[before ? i - 1 : i];
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || (before && strchr("([{-", c)) ||
           (!before && strchr(".,;:!?)]}-", c));
}

static void scan_quote(tok_scanner *sc, int32_t cp, size_t l, tok_raw *out) {
    size_t start = sc->pos, p = start + l;
    out->cls = POLEX_TOK_QUOTE;
    if ((cp == '`' || cp == '\'') && p < sc->end && sc->text[p] == (char)cp) {
        out->end = (uint32_t)(p + 1);
        out->kind = cp == '`' ? TK_OPEN : TK_CLOSE;
        return;
    }
    out->end = (uint32_t)p;
    if (cp == 0x201C || cp == 0x2018 || cp == 0xAB || cp == 0x201E || cp == 0x201A ||
        cp == 0x2039 || cp == '`')
        out->kind = TK_OPEN;
    else if (cp == 0x201D || cp == 0x2019 || cp == 0xBB || cp == 0x203A)
        out->kind = TK_CLOSE;
    else if (space_or_edge(sc, start, true) && !space_or_edge(sc, p, false))
        out->kind = TK_OPEN;
    else if (!space_or_edge(sc, start, true) && space_or_edge(sc, p, false))
        out->kind = TK_CLOSE;
    else
        out->kind = TK_PLAIN;
}

static void scan_punct(tok_scanner *sc, int32_t cp, size_t l, int cls, tok_raw *out) {
    size_t start = sc->pos, p = start + l;
    out->cls = cls == C_SYMBOL || cls == C_CURRENCY ? POLEX_TOK_SYMBOL : POLEX_TOK_PUNCT;
    out->kind = TK_PLAIN;
    if (cp == '.' || cp == '!' || cp == '?') {
        bool dots = cp == '.';
        while (p < sc->end && p - start < TOK_MAX_BYTES && sc->text[p] != '\0' &&
               strchr(".!?", sc->text[p])) {
            dots = dots && sc->text[p] == '.';
            p++;
        }
        out->kind = dots && p - start >= 2 ? TK_ELLIPSIS : TK_END;
    } else if (cp == 0x2026) {
        out->kind = TK_ELLIPSIS;
    } else if (cls == C_DASH) {
        int32_t ncp;
        size_t nl;
        while (class_at(sc, p, &ncp, &nl) == C_DASH && p + nl - start <= TOK_MAX_BYTES)
            p += nl;
    } else if (cp == '(' || cp == '[' || cp == '{') {
        out->kind = TK_OPEN;
    } else if (cp == ')' || cp == ']' || cp == '}') {
        out->kind = TK_CLOSE;
    }
    out->end = (uint32_t)p;
}

/* ---- driver ------------------------------------------------------------------------ */

static uint8_t skip_space(tok_scanner *sc) {
    int newlines = 0;
    size_t from = sc->pos;
    while (sc->pos < sc->end) {
        int32_t cp;
        size_t l;
        int cls = class_at(sc, sc->pos, &cp, &l);
        if (cls != C_SPACE && cls != C_FORMAT) break;
        if (cp == '\n' || cp == 0x2029) newlines++;
        sc->pos += l;
    }
    uint8_t f = sc->pos > from ? RF_SPACE_BEFORE : 0;
    return newlines >= 2 ? (uint8_t)(f | RF_BREAK_BEFORE) : f;
}

bool tok_scan_next(tok_scanner *sc, tok_raw *out) {
    memset(out, 0, sizeof *out);
    if (sc->clitic_end > sc->pos) {
        out->start = (uint32_t)sc->pos;
        out->end = (uint32_t)sc->clitic_end;
        out->cls = POLEX_TOK_WORD;
        out->kind = TK_CLITIC;
        out->rflags = RF_LOWER | RF_CACHEABLE;
        sc->pos = sc->clitic_end;
        sc->clitic_end = 0;
        return true;
    }
    out->rflags = skip_space(sc);
    if (sc->pos >= sc->end) return false;
    out->start = (uint32_t)sc->pos;
    int32_t cp, ncp;
    size_t l, nl;
    int cls = class_at(sc, sc->pos, &cp, &l);
    if (cls == C_LETTER) {
        out->cls = POLEX_TOK_WORD;
        scan_word(sc, out);
        if (cp < 0x80)
            out->rflags |= cp <= 'Z' ? RF_UPPER : (cp >= 'a' ? RF_LOWER : 0);
        else if (utf8proc_isupper(cp))
            out->rflags |= RF_UPPER;
        else if (utf8proc_islower(cp))
            out->rflags |= RF_LOWER;
    } else if (cls == C_DIGIT) {
        scan_number(sc, sc->pos, out, false);
    } else if (cls == C_CURRENCY && class_at(sc, sc->pos + l, &ncp, &nl) == C_DIGIT) {
        scan_number(sc, sc->pos + l, out, true);
    } else if (cls == C_QUOTE) {
        scan_quote(sc, cp, l, out);
    } else {
        scan_punct(sc, cp, l, cls, out);
    }
    if (out->cls != POLEX_TOK_NUMBER && out->cls != POLEX_TOK_MONEY &&
        out->cls != POLEX_TOK_PERCENT && out->cls != POLEX_TOK_DATE)
        out->rflags |= RF_CACHEABLE;
    sc->pos = out->end;
    return true;
}
