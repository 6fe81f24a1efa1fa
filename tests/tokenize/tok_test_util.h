/* tok_test_util.h - helpers shared by the tokenize tests. */
#ifndef TOK_TEST_UTIL_H
#define TOK_TEST_UTIL_H

#include "polex_tokenize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A tokenizer with the repository's rules; aborts the test program when it
 * cannot be made (a test must not pass without one). */
static inline polex_tokenizer *tt_tokenizer(void) {
    polex_error err;
    polex_error_clear(&err);
    polex_tokenizer_options o = {POLEX_RULES_DIR, NULL};
    polex_tokenizer *tk = polex_tokenizer_new(&o, &err);
    if (!tk) {
        fprintf(stderr, "cannot create tokenizer: %s\n", err.message);
        exit(1);
    }
    return tk;
}

/* A document over a copy of text (owned by the doc's arena). When
 * split_blank is true, every blank line ends a paragraph. */
static inline polex_doc *tt_doc(const char *text, bool split_blank) {
    polex_doc *doc = polex_doc_new();
    if (!doc) exit(1);
    size_t n = strlen(text);
    doc->text = polex_arena_strndup(doc->arena, text, n);
    doc->text_len = n;
    if (!split_blank) return doc;
    size_t start = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (text[i] == '\n' && text[i + 1] == '\n') {
            polex_doc_add_paragraph(doc, (uint32_t)start, (uint32_t)i);
            while (i + 1 < n && text[i + 1] == '\n')
                i++;
            start = i + 1;
        }
    }
    polex_doc_add_paragraph(doc, (uint32_t)start, (uint32_t)n);
    return doc;
}

#endif
