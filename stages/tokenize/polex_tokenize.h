/*
 * polex_tokenize.h - stage 2: sentences, tokens and lemmas.
 *
 * Fills doc->sentences and doc->tokens. Every token's byte range slices back
 * to its text in doc->text; norm is the folded lower-case form and lemma the
 * dictionary form from Hunspell (en_US) plus the irregular-forms lexicon in
 * rules/lexicons/irregular.tsv.
 *
 * A polex_tokenizer is not thread-safe (Hunspell is not): use one per thread.
 */
#ifndef POLEX_TOKENIZE_H
#define POLEX_TOKENIZE_H

#include "polex_core.h"

typedef struct polex_tokenizer polex_tokenizer;

typedef struct polex_tokenizer_options {
    const char *rules_dir;  /* folder with lexicons/irregular.tsv; NULL = none */
    const char *dict_path;  /* Hunspell .dic/.aff stem, NULL = /usr/share/hunspell/en_US */
} polex_tokenizer_options;

/* New tokenizer, or NULL with err set (missing dictionary, bad lexicon). */
polex_tokenizer *polex_tokenizer_new(const polex_tokenizer_options *opts, polex_error *err);

/* Tokenizes doc in place (previous sentences/tokens are replaced). */
polex_status polex_tokenize(polex_tokenizer *tok, polex_doc *doc, polex_error *err);

/* Frees the tokenizer. NULL is a no-op. */
void polex_tokenizer_free(polex_tokenizer *tok);

#endif
