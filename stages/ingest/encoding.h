/*
 * encoding.h - charset detection and conversion to UTF-8 for the ingest
 * stage (private to stages/ingest).
 *
 * Order of evidence, strongest first: a byte order mark, the caller's hint
 * (an HTTP Content-Type from a WARC record), a declaration inside the bytes
 * (<meta charset>, <?xml encoding?>), a UTF-16 NUL pattern; then the bytes
 * themselves: valid UTF-8 stays UTF-8, anything else is read as
 * windows-1252. A label that contradicts the bytes loses when the bytes are
 * valid UTF-8 with multi-byte sequences (mislabelled pages are common).
 */
#ifndef POLEX_INGEST_ENCODING_H
#define POLEX_INGEST_ENCODING_H

#include "polex_core.h"

/* Decodes one UTF-8 sequence at s[0..n). Returns its length (1..4) and sets
 * *cp, or 0 when the bytes there are not valid UTF-8 (overlong, surrogate,
 * truncated, > U+10FFFF). */
size_t polex_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Length of a byte order mark at the start of data (0 if none); *charset is
 * set to "utf-8", "utf-16le" or "utf-16be" when one is found. */
size_t polex_enc_bom(const char *data, size_t len, const char **charset);

/* "utf-16le" or "utf-16be" when the first KB has NULs in every other byte
 * (UTF-16 text without a BOM), else NULL. */
const char *polex_enc_utf16_guess(const char *data, size_t len);

/* Finds a charset declared in the first bytes of an HTML or XML document
 * (<meta charset=...>, <meta content="...; charset=...">, <?xml encoding=?>)
 * and copies its label, lower-cased, into name[0..cap). Returns false when
 * there is none. */
bool polex_enc_declared(const char *data, size_t len, char *name, size_t cap);

/* The result of a conversion. utf8 is malloc'd, NUL-terminated, valid UTF-8
 * with no NUL bytes inside; the caller frees it. charset names what was used
 * (a static string). replaced counts bytes that could not be decoded and
 * became U+FFFD. */
typedef struct polex_decoded {
    char *utf8;
    size_t len;
    const char *charset;
    size_t replaced;
} polex_decoded;

/* Converts data[0..len) to UTF-8 following the order above. hint may be NULL.
 * Returns POLEX_OK, POLEX_ERR_NOMEM or POLEX_ERR_LIMIT (output too large). */
polex_status polex_enc_to_utf8(const char *data, size_t len, const char *hint, polex_decoded *out,
                               polex_error *err);

/* For UTF-8 HTML handed to the HTML extractor: returns a malloc'd copy in
 * which every declared charset (meta tags, XML declaration) says utf-8, so
 * that a parser honouring declarations cannot decode the bytes twice. Returns
 * NULL with *changed false when nothing needed changing (use the input), or
 * NULL with *changed true when out of memory. */
char *polex_enc_declare_utf8(const char *utf8, size_t len, size_t *out_len, bool *changed);

#endif
