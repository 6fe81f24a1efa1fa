/* core.c - status names, errors, arena, documents, hashing, UTF-8 checks. */
#include "polex_core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

/* ---- status and errors ------------------------------------------------- */

const char *polex_status_name(polex_status code) {
    switch (code) {
    case POLEX_OK:
        return "ok";
    case POLEX_ERR_NOMEM:
        return "nomem";
    case POLEX_ERR_IO:
        return "io";
    case POLEX_ERR_INPUT:
        return "input";
    case POLEX_ERR_RECORD:
        return "record";
    case POLEX_ERR_RULES:
        return "rules";
    case POLEX_ERR_LIMIT:
        return "limit";
    case POLEX_ERR_DB:
        return "db";
    case POLEX_ERR_USAGE:
        return "usage";
    case POLEX_ERR_INTERNAL:
        return "internal";
    }
    return "internal";
}

void polex_error_clear(polex_error *err) {
    if (!err) return;
    memset(err, 0, sizeof *err);
    err->offset = -1;
}

static void copy_field(char *dst, size_t cap, const char *src) {
    if (!src) src = "";
    size_t n = strlen(src);
    if (n >= cap) n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

polex_status polex_fail(polex_error *err, polex_status code, const char *stage, const char *fmt,
                        ...) {
    if (!err) return code;
    err->code = code;
    copy_field(err->stage, sizeof err->stage, stage);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return code;
}

/* ---- arena --------------------------------------------------------------- */

typedef struct arena_block {
    struct arena_block *next;
    size_t used, cap;
    max_align_t data[];
} arena_block;

struct polex_arena {
    arena_block *head;
};

enum { ARENA_MIN_BLOCK = 16 * 1024 };

polex_arena *polex_arena_new(void) {
    return calloc(1, sizeof(polex_arena));
}

void polex_arena_free(polex_arena *arena) {
    if (!arena) return;
    arena_block *b = arena->head;
    while (b) {
        arena_block *next = b->next;
        free(b);
        b = next;
    }
    free(arena);
}

/* n bytes of the arena, not zeroed (the copies below fill theirs). */
static void *arena_take(polex_arena *arena, size_t n) {
    const size_t align = sizeof(max_align_t);
    if (n > SIZE_MAX - align) return NULL;
    n = (n + align - 1) & ~(align - 1);
    arena_block *b = arena->head;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > ARENA_MIN_BLOCK ? n : ARENA_MIN_BLOCK;
        b = malloc(sizeof *b + cap);
        if (!b) return NULL;
        b->used = 0;
        b->cap = cap;
        /* A large one-off block goes behind the current one so the
         * current block keeps serving small allocations. */
        if (arena->head && cap > ARENA_MIN_BLOCK) {
            b->next = arena->head->next;
            arena->head->next = b;
        } else {
            b->next = arena->head;
            arena->head = b;
        }
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    return p;
}

void *polex_arena_alloc(polex_arena *arena, size_t n) {
    void *p = arena_take(arena, n);
    if (p) memset(p, 0, n);
    return p;
}

char *polex_arena_strndup(polex_arena *arena, const char *s, size_t n) {
    char *p = n < SIZE_MAX ? arena_take(arena, n + 1) : NULL;
    if (!p) return NULL;
    if (n) memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *polex_arena_strdup(polex_arena *arena, const char *s) {
    return s ? polex_arena_strndup(arena, s, strlen(s)) : NULL;
}

char *polex_arena_printf(polex_arena *arena, const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = n < 0 ? NULL : polex_arena_alloc(arena, (size_t)n + 1);
    if (p) vsnprintf(p, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return p;
}

polex_status polex_arena_grow(polex_arena *arena, void **items, size_t *cap, size_t need,
                              size_t size) {
    if (need <= *cap) return POLEX_OK;
    size_t ncap = *cap ? *cap * 2 : 16;
    while (ncap < need)
        ncap *= 2;
    if (ncap > SIZE_MAX / size) return POLEX_ERR_NOMEM;
    void *p = polex_arena_alloc(arena, ncap * size);
    if (!p) return POLEX_ERR_NOMEM;
    if (*cap) memcpy(p, *items, *cap * size);
    *items = p;
    *cap = ncap;
    return POLEX_OK;
}

/* ---- names --------------------------------------------------------------- */

static const char *const token_class_names[POLEX_TOK_CLASS_COUNT] = {
    "word", "number", "money", "percent", "date", "punct", "quote", "symbol"};

const char *polex_token_class_name(polex_token_class cls) {
    return (unsigned)cls < POLEX_TOK_CLASS_COUNT ? token_class_names[cls] : NULL;
}

int polex_token_class_from_name(const char *name) {
    for (int i = 0; i < POLEX_TOK_CLASS_COUNT; i++)
        if (name && strcmp(name, token_class_names[i]) == 0) return i;
    return -1;
}

static const char *const status_names[] = {"asserted", "planned", "hypothetical", "negated"};

const char *polex_event_status_name(polex_event_status st) {
    return (unsigned)st < 4 ? status_names[st] : "asserted";
}

int polex_event_status_from_name(const char *name) {
    for (int i = 0; i < 4; i++)
        if (name && strcmp(name, status_names[i]) == 0) return i;
    return -1;
}

const char *polex_jur_role_name(polex_jur_role role) {
    switch (role) {
    case POLEX_ROLE_ACTOR:
        return "actor";
    case POLEX_ROLE_LOCATION:
        return "location";
    case POLEX_ROLE_TARGET:
        break;
    }
    return "target";
}

/* ---- documents ----------------------------------------------------------- */

polex_doc *polex_doc_new(void) {
    polex_arena *arena = polex_arena_new();
    if (!arena) return NULL;
    polex_doc *doc = polex_arena_alloc(arena, sizeof *doc);
    if (!doc) {
        polex_arena_free(arena);
        return NULL;
    }
    doc->arena = arena;
    doc->text = "";
    return doc;
}

void polex_doc_free(polex_doc *doc) {
    if (doc) polex_arena_free(doc->arena);
}

#define DOC_APPEND(doc, arr, n, cap, item)                                                         \
    do {                                                                                           \
        void *items_ = (doc)->arr;                                                                 \
        if (polex_arena_grow((doc)->arena, &items_, &(doc)->cap, (doc)->n + 1,                     \
                             sizeof *(doc)->arr) != POLEX_OK)                                      \
            return POLEX_ERR_NOMEM;                                                                \
        (doc)->arr = items_;                                                                       \
        (doc)->arr[(doc)->n++] = (item);                                                           \
    } while (0)

polex_status polex_doc_add_paragraph(polex_doc *doc, uint32_t start, uint32_t end) {
    polex_span span = {start, end};
    DOC_APPEND(doc, paragraphs, n_paragraphs, cap_paragraphs, span);
    return POLEX_OK;
}

polex_status polex_doc_add_sentence(polex_doc *doc, const polex_sentence *s) {
    DOC_APPEND(doc, sentences, n_sentences, cap_sentences, *s);
    return POLEX_OK;
}

polex_status polex_doc_add_token(polex_doc *doc, const polex_token *t) {
    DOC_APPEND(doc, tokens, n_tokens, cap_tokens, *t);
    return POLEX_OK;
}

polex_status polex_doc_add_hit(polex_doc *doc, const polex_hit *h) {
    DOC_APPEND(doc, hits, n_hits, cap_hits, *h);
    return POLEX_OK;
}

polex_event *polex_doc_add_event(polex_doc *doc) {
    void *items = doc->events;
    if (polex_arena_grow(doc->arena, &items, &doc->cap_events, doc->n_events + 1,
                         sizeof *doc->events) != POLEX_OK)
        return NULL;
    doc->events = items;
    polex_event *ev = &doc->events[doc->n_events++];
    memset(ev, 0, sizeof *ev);
    return ev;
}

/* ---- hashing ------------------------------------------------------------- */

void polex_hash_hex(const void *data, size_t len, char out[33]) {
    XXH128_hash_t h = XXH3_128bits(data, len);
    snprintf(out, 33, "%016llx%016llx", (unsigned long long)h.high64, (unsigned long long)h.low64);
}

void polex_event_make_id(const char *doc_id, polex_event *event) {
    char key[512];
    int n = snprintf(key, sizeof key, "%s|%u|%u|%s|%s", doc_id ? doc_id : "",
                     (unsigned)event->evidence_start, (unsigned)event->evidence_end,
                     event->type ? event->type : "", event->action ? event->action : "");
    if (n < 0) n = 0;
    if ((size_t)n >= sizeof key) n = (int)sizeof key - 1;
    polex_hash_hex(key, (size_t)n, event->event_id);
}

/* ---- UTF-8 --------------------------------------------------------------- */

bool polex_utf8_valid(const char *s, size_t len, size_t *bad_offset) {
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        unsigned c = p[i];
        size_t n;
        unsigned min;
        if (c < 0x80) {
            i++;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            n = 1, min = 0x80, c &= 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            n = 2, min = 0x800, c &= 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            n = 3, min = 0x10000, c &= 0x07;
        } else {
            goto bad;
        }
        for (size_t k = 1; k <= n; k++) {
            if (i + k >= len || (p[i + k] & 0xC0) != 0x80) goto bad;
            c = (c << 6) | (p[i + k] & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) goto bad;
        i += n + 1;
    }
    return true;
bad:
    if (bad_offset) *bad_offset = i;
    return false;
}
