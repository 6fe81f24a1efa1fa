/*
 * polex_tokenize.h - stage 2: sentences, tokens and lemmas.
 *
 * Fills doc->sentences and doc->tokens. Every token's byte range slices back
 * to its text in doc->text; norm is the folded lower-case form and lemma the
 * dictionary form from Hunspell (en_US) plus the irregular-forms lexicon in
 * rules/lexicons/irregular.tsv. Abbreviations that do not end sentences, and
 * the words that do start them, are data in rules/lexicons/abbreviations.txt.
 *
 * What the rules see (details in stages/tokenize/README.md):
 *  - sentences never cross a paragraph (doc->paragraphs; none = the whole
 *    text) nor a blank line, and hold at most POLEX_TOKENIZE_MAX_SENTENCE tokens;
 *  - "$18 million" is a money token "$18" and a word "million"; "15%" one
 *    percent token; "1/20/2017", "2017-01-20", "10:30" date tokens;
 *  - "didn't" is "did" + "n't" (lemma "not"); "Trump's" is "Trump" + "'s";
 *    abbreviations keep their period ("U.S.", "Gov.", lemma "governor");
 *    hyphenated words are one token.
 *
 * A polex_tokenizer is not thread-safe (Hunspell is not): use one per thread.
 */
#ifndef POLEX_TOKENIZE_H
#define POLEX_TOKENIZE_H

#include "polex_core.h"

/* Token flag set when the word was misspelled and its lemma is the lemma of
 * the repaired word (POLEX_TOKF_OOV stays set: the written word is unknown). */
#define POLEX_TOKF_REPAIRED (1u << 2)

/* Sentences are cut after this many tokens. */
#define POLEX_TOKENIZE_MAX_SENTENCE 1000

typedef struct polex_tokenizer polex_tokenizer;

typedef struct polex_tokenizer_options {
    const char *rules_dir; /* folder with lexicons/irregular.tsv; NULL = none */
    const char *dict_path; /* Hunspell .dic/.aff stem, NULL = /usr/share/hunspell/en_US */
} polex_tokenizer_options;

/* New tokenizer, or NULL with err set (missing dictionary, bad lexicon).
 * opts may be NULL (no lexicons, default dictionary). The caller frees it
 * with polex_tokenizer_free. */
polex_tokenizer *polex_tokenizer_new(const polex_tokenizer_options *opts, polex_error *err);

/* Tokenizes doc in place (previous sentences/tokens are replaced). Strings
 * go to doc's arena. Returns POLEX_OK; POLEX_ERR_INPUT for text that is not
 * UTF-8 or paragraphs outside the text; POLEX_ERR_LIMIT for a text of 4 GiB
 * or more; POLEX_ERR_NOMEM. On error doc holds no sentences. */
polex_status polex_tokenize(polex_tokenizer *tok, polex_doc *doc, polex_error *err);

/* Frees the tokenizer. NULL is a no-op. */
void polex_tokenizer_free(polex_tokenizer *tok);

#endif
