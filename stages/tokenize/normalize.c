/* normalize.c - the folded form of a token: lower case, NFC, quotes and dashes folded. */
#include "tok_internal.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Single quotation marks and apostrophe look-alikes fold to ', every other
 * initial/final quotation mark (Unicode categories Pi, Pf) to ". */
static bool single_quote_like(utf8proc_int32_t cp) {
    return cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B || cp == 0x2039 ||
           cp == 0x203A || cp == 0x2032 || cp == 0x02BC || cp == 0x0060;
}

static utf8proc_int32_t fold_cp(utf8proc_int32_t cp, bool *ellipsis) {
    if (cp == 0x2026) {
        *ellipsis = true;
        return '.';
    }
    if (single_quote_like(cp)) return '\'';
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
        return '"';
    case UTF8PROC_CATEGORY_PD:
        return '-';
    default:
        break;
    }
    if (cp == 0x2212) return '-'; /* minus sign */
    return utf8proc_tolower(cp);
}

static long finish(char *out, size_t n) {
    /* `` and '' are ASCII spellings of double quotes */
    if (n == 2 && out[0] == '\'' && out[1] == '\'') out[0] = '"', n = 1;
    out[n] = '\0';
    return (long)n;
}

static long normalize_ascii(const char *s, size_t len, char *out, size_t cap) {
    if (len + 1 > cap) return -1;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        else if (c == '`')
            c = '\'';
        out[i] = c;
    }
    return finish(out, len);
}

long tok_normalize(const char *s, size_t len, char *out, size_t cap) {
    size_t i = 0;
    while (i < len && (unsigned char)s[i] < 0x80)
        i++;
    if (i == len) return normalize_ascii(s, len, out, cap);

    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &nfc,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_IGNORE);
    if (n < 0) return -1;
    size_t o = 0;
    long rc = -1;
    for (utf8proc_ssize_t k = 0; k < n;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t step = utf8proc_iterate(nfc + k, n - k, &cp);
        if (step <= 0) goto done;
        k += step;
        bool ellipsis = false;
        cp = fold_cp(cp, &ellipsis);
        int reps = ellipsis ? 3 : 1;
        for (int r = 0; r < reps; r++) {
            if (o + 5 > cap) goto done;
            o += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out + o);
        }
    }
    rc = finish(out, o);
done:
    free(nfc);
    return rc;
}
