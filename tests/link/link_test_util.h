/* link_test_util.h - hand-made documents for the link tests (no other stage needed). */
#ifndef LINK_TEST_UTIL_H
#define LINK_TEST_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "link_internal.h"

/* A document over text, one sentence per line (lines joined by "\n"). */
static inline polex_doc *test_doc(const char *text, const char *published) {
    polex_doc *doc = polex_doc_new();
    doc->doc_id = "00112233445566778899aabbccddeeff";
    doc->text = polex_arena_strdup(doc->arena, text);
    doc->text_len = strlen(text);
    doc->published = published;
    uint32_t s = 0;
    for (uint32_t i = 0; i <= doc->text_len; i++) {
        if (i < doc->text_len && text[i] != '\n') continue;
        if (i > s) {
            polex_sentence se = {s, i, 0, 0};
            polex_doc_add_sentence(doc, &se);
        }
        s = i + 1;
    }
    return doc;
}

/* Byte offset of the first occurrence of needle in doc->text (test aborts if absent). */
static inline uint32_t at(const polex_doc *doc, const char *needle) {
    const char *p = strstr(doc->text, needle);
    if (!p) {
        fprintf(stderr, "test text has no \"%s\"\n", needle);
        abort();
    }
    return (uint32_t)(p - doc->text);
}

#endif
