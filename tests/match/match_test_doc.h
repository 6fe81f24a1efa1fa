/*
 * match_test_doc.h - builds tokenized documents for the match tests without
 * the tokenizer: tokens are split on blanks, lower-cased, and lemmatized
 * with a small hand map. A "." token ends a sentence.
 */
#ifndef MATCH_TEST_DOC_H
#define MATCH_TEST_DOC_H

#include <ctype.h>
#include <string.h>

#include "polex_core.h"

static const char *const test_lemmas[][2] = {{"signed", "sign"},
                                             {"signs", "sign"},
                                             {"refused", "refuse"},
                                             {"refuses", "refuse"},
                                             {"is", "be"},
                                             {"are", "be"},
                                             {"was", "be"},
                                             {"did", "do"},
                                             {"blocked", "block"},
                                             {"blocks", "block"},
                                             {"sued", "sue"},
                                             {"sues", "sue"},
                                             {"detainers", "detainer"},
                                             {"orders", "order"},
                                             {"honored", "honor"},
                                             {"n't", "not"},
                                             {"said", "say"},
                                             {"saying", "say"},
                                             {"withheld", "withhold"},
                                             {"grants", "grant"},
                                             {"judges", "judge"},
                                             {"cities", "city"},
                                             {NULL, NULL}};

static const char *test_lemma(const char *norm) {
    for (size_t i = 0; test_lemmas[i][0]; i++)
        if (strcmp(test_lemmas[i][0], norm) == 0) return test_lemmas[i][1];
    return norm;
}

/* A document whose text is `text`; NULL when out of memory. */
static polex_doc *test_doc(const char *text) {
    polex_doc *doc = polex_doc_new();
    if (!doc) return NULL;
    doc->text = polex_arena_strdup(doc->arena, text);
    doc->text_len = strlen(text);
    doc->doc_id = "test";
    size_t i = 0, n = doc->text_len;
    polex_sentence s = {0};
    while (i < n) {
        while (i < n && text[i] == ' ')
            i++;
        if (i >= n) break;
        size_t j = i;
        while (j < n && text[j] != ' ')
            j++;
        polex_token t = {.start = (uint32_t)i, .end = (uint32_t)j};
        char *norm = polex_arena_strndup(doc->arena, text + i, j - i);
        for (char *p = norm; *p; p++)
            *p = (char)tolower((unsigned char)*p);
        t.norm = norm;
        t.lemma = test_lemma(norm);
        t.cls = (j - i == 1 && strchr(",.;:", text[i])) ? POLEX_TOK_PUNCT : POLEX_TOK_WORD;
        if (s.n_tokens == 0) {
            s.start = (uint32_t)i;
            s.first_token = (uint32_t)doc->n_tokens;
        }
        polex_doc_add_token(doc, &t);
        s.n_tokens++;
        s.end = (uint32_t)j;
        if (strcmp(norm, ".") == 0) {
            polex_doc_add_sentence(doc, &s);
            memset(&s, 0, sizeof s);
        }
        i = j;
    }
    if (s.n_tokens) polex_doc_add_sentence(doc, &s);
    doc->tokenized = true;
    return doc;
}

#endif
