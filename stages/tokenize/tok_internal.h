/*
 * tok_internal.h - pieces of the tokenize stage shared between its files.
 * Nothing here is public: the contract is polex_tokenize.h.
 */
#ifndef POLEX_TOK_INTERNAL_H
#define POLEX_TOK_INTERNAL_H

#include "polex_tokenize.h"

#include <hunspell/hunspell.h>
#include <stddef.h>
#include <stdint.h>

/* Longest token in bytes: longer runs are cut into several tokens so that a
 * gigantic "word" costs linear time and Hunspell never sees it. */
enum { TOK_MAX_BYTES = 256 };
/* Longest sentence in tokens: a sentence is cut here so that downstream
 * regular expressions run over bounded text. */
enum { TOK_MAX_SENTENCE_TOKENS = POLEX_TOKENIZE_MAX_SENTENCE };
/* Distinct repairable words per document (a new repair costs tens of
 * microseconds); counted the same whether the cache knows the word or not,
 * so results do not depend on what other documents came first. */
enum { TOK_REPAIR_BUDGET = 500 };

/* ---- string map: lexicons ------------------------------------------------ */

/* An open-addressing map from byte strings to a value string and a small
 * integer; keys and values live in the map's own arena. */
typedef struct tok_map tok_map;

tok_map *tok_map_new(void);
void tok_map_free(tok_map *map);
/* Adds or replaces key; returns POLEX_OK or POLEX_ERR_NOMEM. */
polex_status tok_map_put(tok_map *map, const char *key, size_t len, const char *value, int kind);
/* Value for key or NULL; *kind (if non-NULL) gets its integer. */
const char *tok_map_get(const tok_map *map, const char *key, size_t len, int *kind);
size_t tok_map_count(const tok_map *map);

/* ---- lexicons (rules/lexicons) --------------------------------------------- */

/* Kinds of abbreviation in abbreviations.txt; decide sentence ends. */
enum {
    ABBR_TITLE = 1,   /* Mr., Gov., v.: never ends a sentence */
    ABBR_GENERAL = 2, /* U.S., Inc., Calif.: ends one only before a sentence starter */
    ABBR_NUMBER = 3,  /* No., Sec., p.: an abbreviation only before a number */
    ABBR_STARTER = 4, /* not an abbreviation: a word that starts sentences */
    ABBR_HEADING = 5, /* not an abbreviation: "Section" in "Section 1. Purpose." */
};

typedef struct tok_lexicons {
    tok_map *irregular;     /* norm -> lemma */
    tok_map *abbreviations; /* surface with period -> expansion ("" = none), kind */
    tok_map *starters;      /* lower-case word -> "" */
    tok_map *headings;      /* lower-case word -> "" */
} tok_lexicons;

/* Loads rules_dir/lexicons/{irregular.tsv,abbreviations.txt}. rules_dir NULL
 * leaves the maps empty. Returns POLEX_OK, or an error naming file and line. */
polex_status tok_lexicons_load(tok_lexicons *lex, const char *rules_dir, polex_error *err);
void tok_lexicons_free(tok_lexicons *lex);
/* Expansion ("" = none) and kind of the abbreviation s[0..n) (with its
 * period), also when written in capitals; NULL when it is none. */
const char *tok_abbreviation(const tok_lexicons *lex, const char *s, size_t n, int *kind);

/* ---- scanner --------------------------------------------------------------- */

/* What the sentence splitter needs to know about a token beyond its class. */
enum {
    TK_PLAIN = 0,
    TK_END,      /* . ! ? or a run of them */
    TK_ELLIPSIS, /* ... or U+2026 */
    TK_ABBR,     /* abbreviation, initial or dotted letters: may end a sentence */
    TK_TITLE,    /* abbreviation that never ends a sentence */
    TK_NUMABBR,  /* No., Sec., p. before a number: never ends a sentence */
    TK_OPEN,     /* opening quote or bracket */
    TK_CLOSE,    /* closing quote or bracket */
    TK_CLITIC,   /* 's n't 're 've 'll 'd 'm */
};

/* Flags of a raw token (not the public POLEX_TOKF_ ones). */
enum {
    RF_BREAK_BEFORE = 1u << 0, /* a blank line precedes the token */
    RF_SPACE_BEFORE = 1u << 1, /* whitespace precedes the token */
    RF_LOWER = 1u << 2,        /* starts with a lower-case letter */
    RF_UPPER = 1u << 3,        /* starts with an upper-case letter */
    RF_CACHEABLE = 1u << 4,    /* norm and lemma depend on the surface only */
};

typedef struct tok_raw {
    uint32_t start, end;
    uint8_t cls;  /* polex_token_class */
    uint8_t kind; /* TK_ */
    uint8_t rflags;
} tok_raw;

typedef struct tok_scanner {
    const char *text;
    size_t pos, end;
    size_t clitic_end; /* > pos: the next token is a clitic ending here */
    const tok_lexicons *lex;
} tok_scanner;

void tok_scanner_init(tok_scanner *sc, const char *text, size_t start, size_t end,
                      const tok_lexicons *lex);
/* Next token of [start, end); false at the end. */
bool tok_scan_next(tok_scanner *sc, tok_raw *out);

/* Decodes the code point at s[i] (valid UTF-8 assumed, as checked upfront);
 * *len gets its byte length. */
int32_t tok_decode(const char *s, size_t i, size_t end, size_t *len);

/* ---- sentences ------------------------------------------------------------- */

/* Decides whether the sentence may end after raw[i] given the next token
 * raw[next] (next == n: end of paragraph). first is the sentence's first token. */
bool tok_sentence_ends(const tok_raw *raw, size_t first, size_t i, size_t next, size_t n,
                       const char *text, const tok_lexicons *lex);
/* Number of closing quotes/brackets after raw[i] that belong to its sentence. */
size_t tok_closers_after(const tok_raw *raw, size_t i, size_t n, const char *text);

/* ---- normalization --------------------------------------------------------- */

/* Writes the folded lower-case NFC form of s[0..len) into out (cap bytes).
 * Returns its length, or -1 when it does not fit or the text is not UTF-8. */
long tok_normalize(const char *s, size_t len, char *out, size_t cap);

/* ---- lemmas ---------------------------------------------------------------- */

/* Bloom filter over the dictionary's lower-case words and their regular
 * inflections: a cheap test before asking Hunspell about a repair candidate. */
#define TOK_BLOOM_BITS (1u << 23)

typedef struct tok_lemmatizer {
    Hunhandle *hun;
    const tok_lexicons *lex;
    int repair_budget; /* repairable words left for the current document */
    uint8_t *bloom; /* TOK_BLOOM_BITS / 8 bytes, or NULL: then every candidate goes to Hunspell */
} tok_lemmatizer;

/* Result of looking a word up. */
typedef struct tok_lemma {
    char lemma[TOK_MAX_BYTES * 4 + 8];
    uint8_t flags; /* POLEX_TOKF_OOV */
} tok_lemma;

/* Lemma of a plain word token: surface is its text (original case), norm
 * its folded form. Never fails: unknown words get norm and POLEX_TOKF_OOV. */
void tok_lemmatize(tok_lemmatizer *lm, const char *surface, size_t slen, const char *norm,
                   size_t nlen, tok_lemma *out);

/* Lemma of a known lower-case word: the irregular lexicon, else Hunspell's
 * inflectional base, else the word. */
void tok_simple_lemma(tok_lemmatizer *lm, const char *w, char *out, size_t cap);

/* Fills lm->bloom from the Hunspell word list dic_path. Without it (file
 * unreadable, no memory) repair still works, only slower. Free with
 * tok_repair_free. */
void tok_repair_init(tok_lemmatizer *lm, const char *dic_path);
void tok_repair_free(tok_lemmatizer *lm);

/* Whether spelling repair applies to the word s[0..n): lower-case ASCII
 * letters only, 5 to 24 of them. */
bool tok_repair_eligible(const char *s, size_t n);

/* For an eligible out-of-vocabulary word: when one edit turns it into a
 * dictionary word with the same first letter, writes that word's lemma to
 * out and returns true. */
bool tok_repair(tok_lemmatizer *lm, const char *surface, size_t slen, char *out, size_t cap);

/* ---- cache ------------------------------------------------------------------ */

typedef struct tok_cache tok_cache;

typedef struct tok_cache_entry {
    uint64_t hash;
    const char *key; /* surface bytes (cache arena) */
    uint32_t key_len;
    uint8_t flags;        /* POLEX_TOKF_ bits except CAP */
    const char *norm;     /* cache arena */
    const char *lemma;    /* cache arena; == norm when equal */
    const char *repair;   /* lemma of the repaired spelling (cache arena), or NULL */
    bool repair_tried;    /* repair has run for this word */
    uint64_t doc_gen;     /* document in which doc_norm/doc_lemma are valid */
    bool doc_repaired;    /* doc_lemma is the repaired lemma */
    const char *doc_norm; /* copies in that document's arena */
    const char *doc_lemma;
} tok_cache_entry;

/* A bounded cache: when max_entries is reached it is emptied. */
tok_cache *tok_cache_new(size_t max_entries);
void tok_cache_free(tok_cache *cache);
/* The entry for key, or NULL. */
tok_cache_entry *tok_cache_get(tok_cache *cache, const char *key, size_t len, uint64_t hash);
/* Inserts a copy; returns the entry or NULL when out of memory. */
tok_cache_entry *tok_cache_put(tok_cache *cache, const char *key, size_t len, uint64_t hash,
                               const char *norm, const char *lemma, uint8_t flags);
/* Records the repair of e's word (NULL: none). Returns false when out of memory. */
bool tok_cache_set_repair(tok_cache *cache, tok_cache_entry *e, const char *lemma);
uint64_t tok_hash(const char *s, size_t len);

/* ---- the tokenizer ------------------------------------------------------------ */

struct polex_tokenizer {
    tok_lexicons lex;
    tok_lemmatizer lm;
    tok_cache *cache;
    uint64_t gen;      /* counts documents, so cache entries know their copies' arena */
    bool allow_repair; /* the current document reads as English */
    tok_raw *raw;      /* raw tokens of the current document */
    size_t raw_cap;
    size_t *para_end; /* raw index where each paragraph ends */
    size_t para_cap;
};

/* Fills tok->norm, tok->lemma and tok->flags of the token r of doc. */
polex_status tok_fill_token(polex_tokenizer *t, polex_doc *doc, const tok_raw *r, polex_token *tok);

/* Appends the sentences of one paragraph's raw tokens raw[0..n), whose
 * tokens are doc->tokens[base..base+n). */
polex_status tok_split_sentences(polex_doc *doc, const tok_raw *raw, size_t n, size_t base,
                                 const tok_lexicons *lex);

#endif
