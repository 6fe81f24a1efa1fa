/*
 * polex_core.h - the records every stage reads and writes.
 *
 * A polex_doc is one document as it flows through the pipeline. Each stage
 * fills its own part and leaves the rest alone:
 *
 *   ingest   -> doc_id, source, url, title, published, format, text, paragraphs, bytes
 *   tokenize -> sentences, tokens
 *   match    -> hits
 *   link     -> events
 *
 * Memory: every string and array hanging off a polex_doc is owned by the
 * doc's arena and freed by polex_doc_free(). Callers never free them one by
 * one. Strings are NUL-terminated UTF-8; byte offsets count from the start
 * of doc->text.
 *
 * The library never prints. Functions that can fail return a polex_status
 * and, when given a non-NULL polex_error, describe the failure there.
 */
#ifndef POLEX_CORE_H
#define POLEX_CORE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define POLEX_VERSION "0.1.0"

#define POLEX_SCHEMA_DOC "polex.doc/1"
#define POLEX_SCHEMA_TOKENS "polex.tokens/1"
#define POLEX_SCHEMA_MATCH "polex.match/1"
#define POLEX_SCHEMA_EVENT "polex.event/1"
#define POLEX_SCHEMA_ERROR "polex.error/1"

/* ---- status codes ------------------------------------------------------ */

typedef enum polex_status {
    POLEX_OK = 0,
    POLEX_ERR_NOMEM,    /* an allocation failed */
    POLEX_ERR_IO,       /* a file could not be read or written */
    POLEX_ERR_INPUT,    /* the input document is unusable (binary, empty, ...) */
    POLEX_ERR_RECORD,   /* a JSON record is malformed or has an unknown schema */
    POLEX_ERR_RULES,    /* a rule, lexicon or gazetteer file is broken */
    POLEX_ERR_LIMIT,    /* a size, depth or match limit was hit */
    POLEX_ERR_DB,       /* the database refused a statement */
    POLEX_ERR_USAGE,    /* the caller passed something meaningless */
    POLEX_ERR_INTERNAL, /* a bug: please report it */
} polex_status;

/* Short stable name of a status ("input", "limit", ...). Never NULL. */
const char *polex_status_name(polex_status code);

/* What went wrong, where. Plain value type: no heap, safe to copy. */
typedef struct polex_error {
    polex_status code;
    char stage[16];    /* "ingest", "tokenize", ... or "" */
    char doc_id[40];   /* the document concerned, or "" */
    char source[256];  /* file, URL or "-" for stdin, or "" */
    int64_t offset;    /* byte offset or line number in the input; -1 if unknown */
    char message[512]; /* one sentence, no trailing newline */
} polex_error;

/* Clears err to "no error". err may be NULL. */
void polex_error_clear(polex_error *err);

/* Fills err (if non-NULL) and returns code, so callers can `return polex_fail(...)`. */
polex_status polex_fail(polex_error *err, polex_status code, const char *stage, const char *fmt,
                        ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* ---- arena ------------------------------------------------------------- */

/* A bump allocator: many allocations, one free. Not thread-safe. */
typedef struct polex_arena polex_arena;

/* Returns a new arena, or NULL when out of memory. */
polex_arena *polex_arena_new(void);
/* Frees the arena and everything allocated from it. NULL is a no-op. */
void polex_arena_free(polex_arena *arena);
/* Zeroed memory for n bytes, aligned for any type; NULL when out of memory. */
void *polex_arena_alloc(polex_arena *arena, size_t n);
/* Copy of s[0..n) with a NUL appended; NULL when out of memory. */
char *polex_arena_strndup(polex_arena *arena, const char *s, size_t n);
/* Copy of the NUL-terminated s; NULL s gives NULL. */
char *polex_arena_strdup(polex_arena *arena, const char *s);
/* printf into the arena; NULL when out of memory. */
char *polex_arena_printf(polex_arena *arena, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Grows an arena-owned array to hold at least `need` items of `size` bytes.
 * items and cap are updated; the old block is abandoned to the arena.
 * Returns POLEX_OK or POLEX_ERR_NOMEM (then nothing changes). */
polex_status polex_arena_grow(polex_arena *arena, void **items, size_t *cap, size_t need,
                              size_t size);

/* ---- document ---------------------------------------------------------- */

typedef struct polex_span {
    uint32_t start, end; /* byte range [start, end) into doc->text */
} polex_span;

typedef enum polex_token_class {
    POLEX_TOK_WORD = 0,
    POLEX_TOK_NUMBER,
    POLEX_TOK_MONEY,
    POLEX_TOK_PERCENT,
    POLEX_TOK_DATE,
    POLEX_TOK_PUNCT,
    POLEX_TOK_QUOTE,
    POLEX_TOK_SYMBOL,
    POLEX_TOK_CLASS_COUNT
} polex_token_class;

/* Name used in records ("word", "number", ...); NULL for an out-of-range value. */
const char *polex_token_class_name(polex_token_class cls);
/* Inverse of polex_token_class_name; -1 when unknown. */
int polex_token_class_from_name(const char *name);

enum {
    POLEX_TOKF_OOV = 1u << 0, /* not in the Hunspell dictionary nor the lexicon */
    POLEX_TOKF_CAP = 1u << 1, /* starts with an upper-case letter */
};

typedef struct polex_token {
    uint32_t start, end; /* doc->text[start, end) is the token */
    uint8_t cls;         /* polex_token_class */
    uint8_t flags;       /* POLEX_TOKF_ bits */
    const char *norm;    /* lower-cased, NFC, quotes/dashes folded (arena) */
    const char *lemma;   /* dictionary form (arena); equals norm when unknown */
} polex_token;

typedef struct polex_sentence {
    uint32_t start, end;  /* byte range in doc->text */
    uint32_t first_token; /* index into doc->tokens */
    uint32_t n_tokens;
} polex_sentence;

typedef enum polex_event_status {
    POLEX_ASSERTED = 0,
    POLEX_PLANNED,
    POLEX_HYPOTHETICAL,
    POLEX_NEGATED,
} polex_event_status;

const char *polex_event_status_name(polex_event_status st);
int polex_event_status_from_name(const char *name); /* -1 when unknown */

#define POLEX_MAX_ROLES 8

/* A named part of a rule hit ("actor", "target", "amount", ...). */
typedef struct polex_role {
    const char *name; /* arena or static string */
    uint32_t start, end;
} polex_role;

/* One rule firing on one sentence (output of match). */
typedef struct polex_hit {
    const char *rule;   /* rule id */
    const char *type;   /* event type, e.g. "funding" */
    const char *action; /* e.g. "withhold" */
    int priority;
    uint32_t sentence;      /* index into doc->sentences */
    uint32_t start, end;    /* byte range of the whole match */
    uint8_t status;         /* polex_event_status */
    const char *cue;        /* the cue that set the status, or NULL */
    polex_span attribution; /* start == end: none */
    uint8_t n_roles;
    polex_role roles[POLEX_MAX_ROLES];
} polex_hit;

typedef enum polex_jur_role {
    POLEX_ROLE_TARGET = 0,
    POLEX_ROLE_ACTOR,
    POLEX_ROLE_LOCATION
} polex_jur_role;
const char *polex_jur_role_name(polex_jur_role role);

/* A jurisdiction tied to an event. Generic mentions have ocd_id == NULL. */
typedef struct polex_jurisdiction {
    const char *text;   /* as written */
    const char *ocd_id; /* canonical OCD division id, or NULL */
    const char *geoid;  /* Census GEOID, or NULL */
    const char *level;  /* "country", "state", "county", "place", or NULL */
    uint8_t role;       /* polex_jur_role */
    bool generic;
    int min_count; /* generic mentions: least number of jurisdictions meant (0 = unknown) */
    uint32_t start, end;
} polex_jurisdiction;

/* One output event (SPEC 3.2). Strings are NULL when the field is null. */
typedef struct polex_event {
    char event_id[33];
    const char *type, *action;
    uint8_t status; /* polex_event_status */
    const char *actor_text, *actor_kind;
    polex_jurisdiction *jurisdictions;
    size_t n_jurisdictions;
    const char *amount_text, *amount_currency;
    double amount_value;
    bool has_amount_value;
    const char *date_text, *date_value, *date_precision;
    const char *attribution;
    uint32_t evidence_start, evidence_end;
    const char *evidence_text; /* only set when read back from JSON without the doc */
    const char *rule;
    double confidence;
} polex_event;

typedef struct polex_doc {
    polex_arena *arena;

    /* ingest */
    const char *doc_id; /* hex, derived from the input bytes */
    const char *source, *url, *title, *published, *format, *author;
    const char *text;
    size_t text_len;
    size_t bytes; /* size of the raw input */
    polex_span *paragraphs;
    size_t n_paragraphs, cap_paragraphs;

    /* tokenize */
    polex_sentence *sentences;
    size_t n_sentences, cap_sentences;
    polex_token *tokens;
    size_t n_tokens, cap_tokens;
    bool tokenized;

    /* match */
    polex_hit *hits;
    size_t n_hits, cap_hits;
    bool matched;

    /* link */
    polex_event *events;
    size_t n_events, cap_events;
} polex_doc;

/* A new empty document with its own arena; NULL when out of memory. */
polex_doc *polex_doc_new(void);
/* Frees the document and everything it owns. NULL is a no-op. */
void polex_doc_free(polex_doc *doc);

/* Appends one item; return POLEX_OK or POLEX_ERR_NOMEM. Pointers to earlier
 * items may move. */
polex_status polex_doc_add_paragraph(polex_doc *doc, uint32_t start, uint32_t end);
polex_status polex_doc_add_sentence(polex_doc *doc, const polex_sentence *s);
polex_status polex_doc_add_token(polex_doc *doc, const polex_token *t);
polex_status polex_doc_add_hit(polex_doc *doc, const polex_hit *h);
/* Returns the new zeroed event, or NULL when out of memory. */
polex_event *polex_doc_add_event(polex_doc *doc);

/* Stable content id: 32 lower-case hex digits of XXH3-128 over data. out needs 33 bytes. */
void polex_hash_hex(const void *data, size_t len, char out[33]);

/* Sets event->event_id from doc_id, evidence range, type and action. */
void polex_event_make_id(const char *doc_id, polex_event *event);

/* Checks that s[0..len) is valid UTF-8. On failure *bad_offset (if non-NULL)
 * gets the offset of the first bad byte. */
bool polex_utf8_valid(const char *s, size_t len, size_t *bad_offset);

#endif
