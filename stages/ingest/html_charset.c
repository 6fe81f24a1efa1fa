/* html_charset.c - raw HTML bytes in any charset -> valid UTF-8. */
#include "html_internal.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* windows-1252 0x80..0x9F; the five undefined bytes map to their C1 code points. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

size_t polex_html_put_utf8(uint32_t cp, char *dst) {
    unsigned char *d = (unsigned char *)dst;
    if (cp < 0x80) {
        d[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        d[0] = (unsigned char)(0xC0 | (cp >> 6));
        d[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        d[0] = (unsigned char)(0xE0 | (cp >> 12));
        d[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        d[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    d[0] = (unsigned char)(0xF0 | (cp >> 18));
    d[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    d[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    d[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Length of the valid UTF-8 sequence at s (n bytes left), or 0 if invalid. */
static size_t utf8_seq(const unsigned char *s, size_t n) {
    unsigned char c = s[0];
    if (c < 0x80) return 1;
    size_t k;
    uint32_t min;
    if (c >= 0xC2 && c <= 0xDF)
        k = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        k = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        k = 4, min = 0x10000;
    else
        return 0;
    if (n < k) return 0;
    uint32_t cp = c & (0x3F >> (k - 1));
    for (size_t i = 1; i < k; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return k;
}

/* Control characters libxml2 or our consumers should not see become spaces. */
static int is_bad_control(uint32_t cp) {
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F;
}

static size_t put_cp(uint32_t cp, char *dst) {
    if (is_bad_control(cp)) cp = ' ';
    return polex_html_put_utf8(cp, dst);
}

static uint32_t cp1252(unsigned char c) {
    return c >= 0x80 && c < 0xA0 ? cp1252_high[c - 0x80] : c;
}

typedef enum { CS_UTF8, CS_CP1252, CS_UTF16LE, CS_UTF16BE, CS_OTHER } charset_kind;

/* UTF-8 with invalid bytes read as windows-1252 (mislabelled or mixed pages);
 * with whole_cp1252 every byte is windows-1252. out has room for 3*n bytes. */
static size_t from_utf8_or_1252(const unsigned char *s, size_t n, int whole_cp1252, char *out) {
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = s[i];
        if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t' || c == '\r') {
            out[o++] = (char)c; /* the common case, kept cheap */
            i++;
            continue;
        }
        size_t k = whole_cp1252 ? 0 : utf8_seq(s + i, n - i);
        if (k == 1) {
            o += put_cp(s[i], out + o);
            i++;
        } else if (k > 1) {
            memcpy(out + o, s + i, k);
            o += k, i += k;
        } else {
            o += put_cp(cp1252(s[i]), out + o);
            i++;
        }
    }
    return o;
}

/* UTF-16 with surrogate pairs; lone surrogates become U+FFFD. out: 2*n bytes. */
static size_t from_utf16(const unsigned char *s, size_t n, int be, char *out) {
    size_t o = 0;
    for (size_t i = 0; i + 1 < n; i += 2) {
        uint32_t u = be ? (uint32_t)(s[i] << 8 | s[i + 1]) : (uint32_t)(s[i + 1] << 8 | s[i]);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < n) {
            uint32_t v =
                be ? (uint32_t)(s[i + 2] << 8 | s[i + 3]) : (uint32_t)(s[i + 3] << 8 | s[i + 2]);
            if (v >= 0xDC00 && v <= 0xDFFF) {
                u = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
                i += 2;
            } else {
                u = 0xFFFD;
            }
        } else if (u >= 0xD800 && u <= 0xDFFF) {
            u = 0xFFFD;
        }
        o += put_cp(u, out + o);
    }
    return o;
}

/* Finds a charset declaration in the first few KB: <meta charset=...>,
 * <meta http-equiv content="...; charset=...">, <?xml encoding="..."?>. */
static int sniff_declared(const char *s, size_t n, char *name, size_t cap) {
    size_t lim = n < 8192 ? n : 8192;
    static const char *const keys[] = {"charset", "encoding"};
    for (size_t i = 0; i < lim; i++) {
        for (size_t k = 0; k < 2; k++) {
            size_t kl = strlen(keys[k]);
            if (i + kl >= lim || strncasecmp(s + i, keys[k], kl) != 0) continue;
            /* "encoding" only counts inside an XML declaration at the start. */
            if (k == 1 && !(lim >= 5 && strncmp(s, "<?xml", 5) == 0 && i < 200)) continue;
            size_t j = i + kl;
            while (j < lim && (s[j] == ' ' || s[j] == '\t'))
                j++;
            if (j >= lim || s[j] != '=') continue;
            j++;
            while (j < lim && (s[j] == ' ' || s[j] == '"' || s[j] == '\''))
                j++;
            size_t m = 0;
            while (j < lim && m + 1 < cap &&
                   (s[j] == '-' || s[j] == '_' || s[j] == '.' || s[j] == ':' ||
                    (s[j] >= '0' && s[j] <= '9') || (s[j] >= 'a' && s[j] <= 'z') ||
                    (s[j] >= 'A' && s[j] <= 'Z')))
                name[m++] = s[j++];
            name[m] = '\0';
            if (m > 0) return 1;
        }
    }
    return 0;
}

static charset_kind classify(const char *name) {
    static const char *const utf8[] = {"utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8"};
    /* WHATWG: latin1 and ascii labels mean windows-1252 on the web. */
    static const char *const w1252[] = {
        "windows-1252", "cp1252",     "iso-8859-1", "iso8859-1",      "latin1", "l1",    "us-ascii",
        "ascii",        "iso_8859-1", "x-cp1252",   "ansi_x3.4-1968", "cp819",  "ibm819"};
    for (size_t i = 0; i < sizeof utf8 / sizeof *utf8; i++)
        if (strcasecmp(name, utf8[i]) == 0) return CS_UTF8;
    for (size_t i = 0; i < sizeof w1252 / sizeof *w1252; i++)
        if (strcasecmp(name, w1252[i]) == 0) return CS_CP1252;
    /* A page served as UTF-16 but declaring it in ASCII bytes is not UTF-16. */
    if (strncasecmp(name, "utf-16", 6) == 0) return CS_UTF8;
    return CS_OTHER;
}

/* Decodes with iconv; bytes iconv rejects are read as windows-1252. Returns
 * the output length, or (size_t)-1 when iconv does not know the charset. */
static size_t from_iconv(const char *name, const char *s, size_t n, char *out, size_t cap) {
    /* WHATWG decodes these labels with the superset the web actually uses. */
    static const char *const alias[][2] = {
        {"gb2312", "GB18030"},         {"gbk", "GB18030"},       {"x-gbk", "GB18030"},
        {"chinese", "GB18030"},        {"euc-kr", "CP949"},      {"ks_c_5601-1987", "CP949"},
        {"shift_jis", "CP932"},        {"sjis", "CP932"},        {"x-sjis", "CP932"},
        {"ms_kanji", "CP932"},         {"iso-8859-9", "CP1254"}, {"latin5", "CP1254"},
        {"tis-620", "CP874"},          {"iso-8859-11", "CP874"}, {"big5", "BIG5-HKSCS"},
        {"iso-8859-8-i", "ISO-8859-8"}};
    for (size_t i = 0; i < sizeof alias / sizeof *alias; i++)
        if (strcasecmp(name, alias[i][0]) == 0) {
            name = alias[i][1];
            break;
        }
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == (iconv_t)-1) return (size_t)-1;
    char *in = (char *)s, *o = out;
    size_t in_left = n, out_left = cap;
    while (in_left > 0) {
        size_t r = iconv(cd, &in, &in_left, &o, &out_left);
        if (r != (size_t)-1) break;
        if (errno == E2BIG || out_left < 4) break;
        /* EILSEQ or EINVAL: take one byte as windows-1252 and go on. */
        size_t w = polex_html_put_utf8(cp1252((unsigned char)*in), o);
        o += w, out_left -= w;
        in++, in_left--;
    }
    iconv_close(cd);
    size_t len = (size_t)(o - out);
    /* iconv output may hold controls: clean them in place (same length). */
    for (size_t i = 0; i < len; i++)
        if (is_bad_control((unsigned char)out[i])) out[i] = ' ';
    return len;
}

/* Counts well-formed multi-byte sequences and stray bytes. */
static void utf8_census(const unsigned char *s, size_t n, size_t *multi, size_t *bad) {
    *multi = *bad = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] < 0x80) {
            while (++i < n && s[i] < 0x80) {
            }
            continue;
        }
        size_t k = utf8_seq(s + i, n - i);
        if (k)
            (*multi)++, i += k;
        else
            (*bad)++, i++;
    }
}

polex_status polex_html_to_utf8(const char *data, size_t len, const char *hint, char **out,
                                size_t *out_len, const char **charset, polex_error *err) {
    const unsigned char *s = (const unsigned char *)data;
    if (len > POLEX_HTML_MAX_BYTES)
        return polex_fail(err, POLEX_ERR_LIMIT, "ingest", "HTML of %zu bytes is over the %u limit",
                          len, POLEX_HTML_MAX_BYTES);
    charset_kind kind;
    char name[64] = "";
    size_t skip = 0;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        kind = CS_UTF8, skip = 3;
    else if (len >= 2 && s[0] == 0xFF && s[1] == 0xFE)
        kind = CS_UTF16LE, skip = 2;
    else if (len >= 2 && s[0] == 0xFE && s[1] == 0xFF)
        kind = CS_UTF16BE, skip = 2;
    else if (hint && *hint && strlen(hint) < sizeof name) {
        /* A transport header outranks the page's own declaration. */
        memcpy(name, hint, strlen(hint) + 1);
        kind = classify(name);
    } else if (sniff_declared(data, len, name, sizeof name))
        kind = classify(name);
    else
        kind = CS_UTF8;
    int declared = name[0] != '\0' || skip > 0;
    s += skip, len -= skip;

    size_t cap = 4 * len + 16; /* worst case: 1 byte -> 3 bytes (cp1252), 2 -> 4 (UTF-16) */
    char *buf = malloc(cap);
    if (!buf) return polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory");
    size_t n = (size_t)-1;
    const char *used = "utf-8";
    if (kind == CS_UTF16LE || kind == CS_UTF16BE) {
        n = from_utf16(s, len, kind == CS_UTF16BE, buf);
        used = kind == CS_UTF16BE ? "utf-16be" : "utf-16le";
    } else if (kind == CS_OTHER) {
        n = from_iconv(name, (const char *)s, len, buf, cap);
        used = "declared";
    }
    if (n == (size_t)-1) {
        size_t multi, bad;
        utf8_census(s, len, &multi, &bad);
        /* Undeclared and not valid UTF-8 => windows-1252. Declared UTF-8 with a
         * few stray bytes keeps its good sequences. */
        int whole_1252 = kind == CS_CP1252 || (bad > 0 && (!declared || multi < bad));
        n = from_utf8_or_1252(s, len, whole_1252, buf);
        used = whole_1252 ? "windows-1252" : "utf-8";
    }
    buf[n] = '\0';
    *out = buf;
    *out_len = n;
    if (charset) *charset = used;
    return POLEX_OK;
}
