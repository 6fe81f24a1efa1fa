/* encoding.c - charset detection and conversion to UTF-8 (see encoding.h). */
#include "encoding.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Largest output we produce: a single-byte charset can triple in UTF-8. */
#define MAX_OUT (1024u * 1024u * 1024u)

size_t polex_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
    if (n == 0) return 0;
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t need;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 2, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4, v = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (n < need) return 0;
    for (size_t i = 1; i < need; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return need;
}

size_t polex_enc_bom(const char *data, size_t len, const char **charset) {
    const unsigned char *s = (const unsigned char *)data;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
        *charset = "utf-8";
        return 3;
    }
    if (len >= 2 && s[0] == 0xFF && s[1] == 0xFE) {
        *charset = "utf-16le";
        return 2;
    }
    if (len >= 2 && s[0] == 0xFE && s[1] == 0xFF) {
        *charset = "utf-16be";
        return 2;
    }
    return 0;
}

/* ---- declarations -------------------------------------------------------- */

static const char *find_ci(const char *s, const char *end, const char *needle) {
    size_t n = strlen(needle);
    char lo = needle[0], up = (lo >= 'a' && lo <= 'z') ? (char)(lo - 32) : lo;
    for (; s + n <= end; s++) {
        if ((*s == lo || *s == up) && strncasecmp(s, needle, n) == 0) return s;
    }
    return NULL;
}

static bool label_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == ':';
}

/* At p (just after "charset" or "encoding"), skips "=" and an optional quote;
 * returns the start of the label and sets *n, or NULL. */
static const char *label_after(const char *p, const char *end, size_t *n) {
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    if (p >= end || *p != '=') return NULL;
    p++;
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    if (p < end && (*p == '"' || *p == '\'')) p++;
    const char *q = p;
    while (q < end && label_char(*q))
        q++;
    if (q == p) return NULL;
    *n = (size_t)(q - p);
    return p;
}

/* Calls back for each declared label in data[0..len): meta charsets and the
 * XML declaration's encoding. Stops when the callback returns false. */
typedef bool (*label_fn)(const char *label, size_t n, void *ctx);

static void each_declaration(const char *data, size_t len, label_fn fn, void *ctx) {
    const char *end = data + len;
    const char *p = data;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
        p++;
    if (end - p > 5 && strncmp(p, "<?xml", 5) == 0) {
        const char *close = find_ci(p, end, "?>");
        const char *enc = close ? find_ci(p, close, "encoding") : NULL;
        size_t n;
        const char *label = enc ? label_after(enc + 8, close, &n) : NULL;
        if (label && !fn(label, n, ctx)) return;
    }
    for (p = data; (p = find_ci(p, end, "<meta")) != NULL; p += 5) {
        const char *close = memchr(p, '>', (size_t)(end - p));
        if (!close) close = end;
        const char *cs = find_ci(p, close, "charset");
        size_t n;
        const char *label = cs ? label_after(cs + 7, close, &n) : NULL;
        if (label && !fn(label, n, ctx)) return;
    }
}

typedef struct first_label {
    char *name;
    size_t cap;
    bool found;
} first_label;

static bool keep_first(const char *label, size_t n, void *ctx) {
    first_label *fl = ctx;
    if (n >= fl->cap) return true;
    for (size_t i = 0; i < n; i++) {
        char c = label[i];
        fl->name[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    fl->name[n] = '\0';
    fl->found = true;
    return false;
}

bool polex_enc_declared(const char *data, size_t len, char *name, size_t cap) {
    first_label fl = {name, cap, false};
    /* Declarations must come early; 4 KB is more lenient than browsers' 1 KB. */
    each_declaration(data, len < 4096 ? len : 4096, keep_first, &fl);
    return fl.found;
}

/* ---- labels -------------------------------------------------------------- */

typedef enum { CS_UTF8, CS_CP1252, CS_UTF16LE, CS_UTF16BE, CS_ICONV } cs_kind;

typedef struct cs_alias {
    const char *label;
    cs_kind kind;
    const char *iconv_name;
} cs_alias;

/* Labels whose meaning differs from their name, as browsers read them: Latin-1
 * and ASCII are windows-1252 in practice; GB2312/GBK are subsets of GB18030. */
static const cs_alias aliases[] = {
    {"utf-8", CS_UTF8, NULL},
    {"utf8", CS_UTF8, NULL},
    {"unicode-1-1-utf-8", CS_UTF8, NULL},
    {"windows-1252", CS_CP1252, NULL},
    {"cp1252", CS_CP1252, NULL},
    {"x-cp1252", CS_CP1252, NULL},
    {"iso-8859-1", CS_CP1252, NULL},
    {"iso8859-1", CS_CP1252, NULL},
    {"iso_8859-1", CS_CP1252, NULL},
    {"latin1", CS_CP1252, NULL},
    {"latin-1", CS_CP1252, NULL},
    {"l1", CS_CP1252, NULL},
    {"cp819", CS_CP1252, NULL},
    {"us-ascii", CS_CP1252, NULL},
    {"ascii", CS_CP1252, NULL},
    {"ansi_x3.4-1968", CS_CP1252, NULL},
    {"utf-16le", CS_UTF16LE, NULL},
    {"utf-16be", CS_UTF16BE, NULL},
    {"gb2312", CS_ICONV, "GB18030"},
    {"gbk", CS_ICONV, "GB18030"},
    {"x-gbk", CS_ICONV, "GB18030"},
    {"shift_jis", CS_ICONV, "CP932"},
    {"sjis", CS_ICONV, "CP932"},
    {"x-sjis", CS_ICONV, "CP932"},
    {"windows-31j", CS_ICONV, "CP932"},
    {"euc-kr", CS_ICONV, "CP949"},
    {"ks_c_5601-1987", CS_ICONV, "CP949"},
    {"iso-8859-9", CS_ICONV, "WINDOWS-1254"},
    {"tis-620", CS_ICONV, "WINDOWS-874"},
};

static cs_kind classify(const char *label, const char **iconv_name) {
    *iconv_name = label;
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
        if (strcasecmp(label, aliases[i].label) == 0) {
            if (aliases[i].iconv_name) *iconv_name = aliases[i].iconv_name;
            return aliases[i].kind;
        }
    }
    return CS_ICONV;
}

/* ---- output buffer ------------------------------------------------------- */

typedef struct obuf {
    char *p;
    size_t len, cap;
    bool nomem, limit;
} obuf;

static bool ob_reserve(obuf *b, size_t extra) {
    if (b->nomem || b->limit) return false;
    if (b->len + extra <= b->cap) return true;
    if (b->len + extra > MAX_OUT) {
        b->limit = true;
        return false;
    }
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + extra)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) {
        b->nomem = true;
        return false;
    }
    b->p = p;
    b->cap = cap;
    return true;
}

static void ob_put_cp(obuf *b, uint32_t cp) {
    if (cp == 0) return; /* NUL would cut C strings short */
    if (!ob_reserve(b, 4)) return;
    char *o = b->p + b->len;
    if (cp < 0x80) {
        o[0] = (char)cp;
        b->len += 1;
    } else if (cp < 0x800) {
        o[0] = (char)(0xC0 | (cp >> 6));
        o[1] = (char)(0x80 | (cp & 0x3F));
        b->len += 2;
    } else if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        b->len += 3;
    } else {
        o[0] = (char)(0xF0 | (cp >> 18));
        o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[3] = (char)(0x80 | (cp & 0x3F));
        b->len += 4;
    }
}

/* ---- decoders ------------------------------------------------------------ */

/* Counts what the bytes look like as UTF-8. */
typedef struct utf8_stats {
    size_t invalid, multibyte;
} utf8_stats;

/* Bytes from i on that are plain ASCII, eight at a time. */
static size_t ascii_run(const unsigned char *s, size_t n, size_t i) {
    while (i + 8 <= n) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080ull) break;
        i += 8;
    }
    while (i < n && s[i] < 0x80)
        i++;
    return i;
}

static utf8_stats utf8_scan(const unsigned char *s, size_t n) {
    utf8_stats st = {0, 0};
    size_t i = 0;
    while ((i = ascii_run(s, n, i)) < n) {
        uint32_t cp;
        size_t k = polex_utf8_decode(s + i, n - i, &cp);
        if (k == 0) {
            st.invalid++;
            i++;
        } else {
            if (k > 1) st.multibyte++;
            i += k;
        }
    }
    return st;
}

static size_t decode_utf8(const unsigned char *s, size_t n, obuf *b) {
    size_t replaced = 0, i = 0;
    while (i < n) {
        uint32_t cp;
        size_t k = polex_utf8_decode(s + i, n - i, &cp);
        if (k == 0) {
            ob_put_cp(b, 0xFFFD);
            replaced++;
            i++;
        } else {
            ob_put_cp(b, cp);
            i += k;
        }
    }
    return replaced;
}

/* windows-1252 0x80..0x9F; 0 marks the five unassigned bytes. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

static size_t decode_cp1252(const unsigned char *s, size_t n, obuf *b) {
    size_t replaced = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = s[i];
        if (cp >= 0x80 && cp <= 0x9F) {
            cp = cp1252_high[cp - 0x80];
            if (cp == 0) {
                cp = 0xFFFD;
                replaced++;
            }
        }
        ob_put_cp(b, cp);
    }
    return replaced;
}

static size_t decode_utf16(const unsigned char *s, size_t n, bool le, obuf *b) {
    size_t replaced = 0, i = 0;
    while (i + 1 < n) {
        uint32_t u = le ? (uint32_t)(s[i] | (s[i + 1] << 8)) : (uint32_t)((s[i] << 8) | s[i + 1]);
        i += 2;
        if (u >= 0xD800 && u <= 0xDBFF && i + 1 < n) {
            uint32_t lo =
                le ? (uint32_t)(s[i] | (s[i + 1] << 8)) : (uint32_t)((s[i] << 8) | s[i + 1]);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                i += 2;
                ob_put_cp(b, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) {
            u = 0xFFFD;
            replaced++;
        }
        ob_put_cp(b, u);
    }
    if (i < n) {
        ob_put_cp(b, 0xFFFD);
        replaced++;
    }
    return replaced;
}

/* Any other charset glibc knows. Returns false when iconv does not know the
 * label (the caller then falls back). Undecodable bytes become U+FFFD. */
static bool decode_iconv(const char *name, const char *s, size_t n, obuf *b, size_t *replaced) {
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == (iconv_t)-1) return false;
    obuf raw = {0};
    char *in = (char *)s;
    size_t left = n;
    while (left > 0 && ob_reserve(&raw, left * 2 + 16)) {
        char *out = raw.p + raw.len;
        size_t room = raw.cap - raw.len;
        size_t r = iconv(cd, &in, &left, &out, &room);
        raw.len = (size_t)(out - raw.p);
        if (r != (size_t)-1) break;
        if (errno == E2BIG) continue;
        /* EILSEQ or EINVAL (truncated at the end): skip one byte. */
        if (ob_reserve(&raw, 3)) {
            memcpy(raw.p + raw.len, "\xEF\xBF\xBD", 3);
            raw.len += 3;
        }
        (*replaced)++;
        in++;
        left--;
    }
    iconv_close(cd);
    b->nomem |= raw.nomem;
    b->limit |= raw.limit;
    /* Re-validate: drops NULs and guards against an odd converter. */
    *replaced += decode_utf8((const unsigned char *)raw.p, raw.len, b);
    free(raw.p);
    return true;
}

/* UTF-16 without a BOM: ASCII text leaves NULs in every other byte. */
const char *polex_enc_utf16_guess(const char *data, size_t len) {
    const unsigned char *s = (const unsigned char *)data;
    size_t n = len;
    size_t m = n < 1024 ? n : 1024;
    if (m < 8) return NULL;
    size_t even0 = 0, odd0 = 0;
    for (size_t i = 0; i + 1 < m; i += 2) {
        even0 += s[i] == 0;
        odd0 += s[i + 1] == 0;
    }
    size_t pairs = m / 2;
    if (odd0 * 10 >= pairs * 9 && even0 * 10 <= pairs) return "utf-16le";
    if (even0 * 10 >= pairs * 9 && odd0 * 10 <= pairs) return "utf-16be";
    return NULL;
}

polex_status polex_enc_to_utf8(const char *data, size_t len, const char *hint, polex_decoded *out,
                               polex_error *err) {
    memset(out, 0, sizeof *out);
    const unsigned char *s = (const unsigned char *)data;
    const char *label = NULL;
    size_t skip = polex_enc_bom(data, len, &label);
    bool from_bom = skip > 0;
    char declared[64];
    if (!label && hint && *hint) label = hint;
    if (!label && polex_enc_declared(data, len, declared, sizeof declared)) label = declared;
    if (!label) label = polex_enc_utf16_guess((const char *)s, len);
    s += skip;
    len -= skip;

    const char *iconv_name = NULL;
    cs_kind kind = label ? classify(label, &iconv_name) : CS_UTF8;
    utf8_stats st = utf8_scan(s, len);
    if (!from_bom && kind != CS_UTF8) {
        /* A label that contradicts bytes which are clearly UTF-8 is wrong;
         * a meta tag saying UTF-16 in an 8-bit page is too. */
        bool looks_utf8 = st.invalid == 0 && st.multibyte > 0;
        bool utf16_meta = (kind == CS_UTF16LE || kind == CS_UTF16BE) &&
                          !polex_enc_utf16_guess((const char *)s, len);
        if (looks_utf8 || utf16_meta) kind = CS_UTF8;
    }
    if (kind == CS_UTF8 && !from_bom && st.invalid > 0 && st.invalid >= st.multibyte) {
        kind = CS_CP1252; /* undeclared or mislabelled single-byte text */
    }

    obuf b = {0};
    size_t replaced = 0;
    switch (kind) {
    case CS_UTF8:
        out->charset = "utf-8";
        if (st.invalid == 0 && !memchr(s, 0, len)) {
            /* The common case: already clean, copy it whole. */
            if (ob_reserve(&b, len + 1)) {
                memcpy(b.p, s, len);
                b.len = len;
            }
        } else {
            replaced = decode_utf8(s, len, &b);
        }
        break;
    case CS_CP1252:
        out->charset = "windows-1252";
        replaced = decode_cp1252(s, len, &b);
        break;
    case CS_UTF16LE:
    case CS_UTF16BE:
        out->charset = kind == CS_UTF16LE ? "utf-16le" : "utf-16be";
        replaced = decode_utf16(s, len, kind == CS_UTF16LE, &b);
        break;
    case CS_ICONV:
        out->charset = "other";
        if (!decode_iconv(iconv_name, (const char *)s, len, &b, &replaced)) {
            /* Unknown label: read the bytes as if undeclared. */
            bool utf8 = st.invalid == 0 || st.invalid < st.multibyte;
            out->charset = utf8 ? "utf-8" : "windows-1252";
            replaced = utf8 ? decode_utf8(s, len, &b) : decode_cp1252(s, len, &b);
        }
        break;
    }
    if (!b.nomem && !b.limit) ob_reserve(&b, 1);
    if (b.nomem || b.limit) {
        free(b.p);
        if (b.limit) return polex_fail(err, POLEX_ERR_LIMIT, "ingest", "decoded text too large");
        return polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory while decoding");
    }
    b.p[b.len] = '\0';
    out->utf8 = b.p;
    out->len = b.len;
    out->replaced = replaced;
    return POLEX_OK;
}

/* ---- declaring UTF-8 ----------------------------------------------------- */

typedef struct rewrite {
    const char *src;
    obuf b;
    size_t copied; /* src bytes already copied to b */
    bool changed;
} rewrite;

static bool replace_label(const char *label, size_t n, void *ctx) {
    rewrite *rw = ctx;
    size_t at = (size_t)(label - rw->src);
    if (n == 5 && strncasecmp(label, "utf-8", 5) == 0) return true;
    if (at < rw->copied) return true;
    size_t chunk = at - rw->copied;
    if (!ob_reserve(&rw->b, chunk + 5)) return false;
    memcpy(rw->b.p + rw->b.len, rw->src + rw->copied, chunk);
    memcpy(rw->b.p + rw->b.len + chunk, "utf-8", 5);
    rw->b.len += chunk + 5;
    rw->copied = at + n;
    rw->changed = true;
    return true;
}

char *polex_enc_declare_utf8(const char *utf8, size_t len, size_t *out_len, bool *changed) {
    rewrite rw = {utf8, {0}, 0, false};
    each_declaration(utf8, len, replace_label, &rw);
    *changed = rw.changed;
    if (!rw.changed && !rw.b.nomem && !rw.b.limit) return NULL;
    size_t rest = len - rw.copied;
    if (!ob_reserve(&rw.b, rest + 1)) {
        free(rw.b.p);
        *changed = true;
        return NULL;
    }
    memcpy(rw.b.p + rw.b.len, utf8 + rw.copied, rest);
    rw.b.len += rest;
    rw.b.p[rw.b.len] = '\0';
    *out_len = rw.b.len;
    return rw.b.p;
}
