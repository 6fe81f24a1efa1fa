/* map.c - small string map for the lexicons, and the bounded word cache. */
#include "tok_internal.h"

#include <stdlib.h>
#include <string.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

uint64_t tok_hash(const char *s, size_t len) {
    return XXH3_64bits(s, len);
}

/* ---- tok_map ------------------------------------------------------------- */

typedef struct map_slot {
    uint64_t hash;
    const char *key, *value;
    uint32_t len;
    int kind;
} map_slot;

struct tok_map {
    polex_arena *arena;
    map_slot *slots;
    size_t cap, count; /* cap is a power of two */
};

tok_map *tok_map_new(void) {
    tok_map *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    m->arena = polex_arena_new();
    m->cap = 64;
    m->slots = calloc(m->cap, sizeof *m->slots);
    if (!m->arena || !m->slots) {
        tok_map_free(m);
        return NULL;
    }
    return m;
}

void tok_map_free(tok_map *map) {
    if (!map) return;
    polex_arena_free(map->arena);
    free(map->slots);
    free(map);
}

static map_slot *map_find(map_slot *slots, size_t cap, const char *key, size_t len, uint64_t h) {
    size_t i = (size_t)h & (cap - 1);
    for (;;) {
        map_slot *s = &slots[i];
        if (!s->key || (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0)) return s;
        i = (i + 1) & (cap - 1);
    }
}

static polex_status map_grow(tok_map *m) {
    size_t ncap = m->cap * 2;
    map_slot *ns = calloc(ncap, sizeof *ns);
    if (!ns) return POLEX_ERR_NOMEM;
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key)
            *map_find(ns, ncap, m->slots[i].key, m->slots[i].len, m->slots[i].hash) = m->slots[i];
    free(m->slots);
    m->slots = ns;
    m->cap = ncap;
    return POLEX_OK;
}

polex_status tok_map_put(tok_map *map, const char *key, size_t len, const char *value, int kind) {
    if (len > UINT32_MAX) return POLEX_ERR_LIMIT;
    if ((map->count + 1) * 2 > map->cap && map_grow(map)) return POLEX_ERR_NOMEM;
    uint64_t h = tok_hash(key, len);
    map_slot *s = map_find(map->slots, map->cap, key, len, h);
    const char *v = polex_arena_strdup(map->arena, value ? value : "");
    if (!v) return POLEX_ERR_NOMEM;
    if (!s->key) {
        s->key = polex_arena_strndup(map->arena, key, len);
        if (!s->key) return POLEX_ERR_NOMEM;
        s->hash = h;
        s->len = (uint32_t)len;
        map->count++;
    }
    s->value = v;
    s->kind = kind;
    return POLEX_OK;
}

const char *tok_map_get(const tok_map *map, const char *key, size_t len, int *kind) {
    if (!map || map->count == 0) return NULL;
    map_slot *s = map_find(map->slots, map->cap, key, len, tok_hash(key, len));
    if (!s->key) return NULL;
    if (kind) *kind = s->kind;
    return s->value;
}

size_t tok_map_count(const tok_map *map) {
    return map ? map->count : 0;
}

/* ---- tok_cache -------------------------------------------------------------- */

/* Entries sit densely in insertion order (frequent words come early and stay
 * in the CPU cache); a compact index of (hash << 32 | entry + 1) finds them. */
struct tok_cache {
    polex_arena *arena;
    tok_cache_entry *entries;
    uint64_t *index;
    size_t cap, count, max_entries; /* cap: index slots, a power of two */
};

tok_cache *tok_cache_new(size_t max_entries) {
    tok_cache *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    c->max_entries = max_entries;
    c->cap = 1024; /* grows with the vocabulary: a small index stays in the CPU cache */
    c->index = calloc(c->cap, sizeof *c->index);
    c->entries = calloc(max_entries, sizeof *c->entries);
    c->arena = polex_arena_new();
    if (!c->index || !c->entries || !c->arena) {
        tok_cache_free(c);
        return NULL;
    }
    return c;
}

void tok_cache_free(tok_cache *cache) {
    if (!cache) return;
    polex_arena_free(cache->arena);
    free(cache->index);
    free(cache->entries);
    free(cache);
}

/* The index slot for key: either holding it or empty. */
static uint64_t *cache_slot(tok_cache *c, const char *key, size_t len, uint64_t h) {
    uint64_t tag = h >> 32;
    size_t i = (size_t)h & (c->cap - 1);
    for (;;) {
        uint64_t *slot = &c->index[i];
        if (!*slot) return slot;
        if ((*slot >> 32) == tag) {
            tok_cache_entry *e = &c->entries[(*slot & 0xFFFFFFFFu) - 1];
            if (e->key_len == len && memcmp(e->key, key, len) == 0) return slot;
        }
        i = (i + 1) & (c->cap - 1);
    }
}

tok_cache_entry *tok_cache_get(tok_cache *cache, const char *key, size_t len, uint64_t hash) {
    uint64_t *slot = cache_slot(cache, key, len, hash);
    return *slot ? &cache->entries[(*slot & 0xFFFFFFFFu) - 1] : NULL;
}

/* Empties the cache: simpler than LRU and, with a large bound, rare. */
static bool cache_reset(tok_cache *c) {
    polex_arena *fresh = polex_arena_new();
    if (!fresh) return false;
    polex_arena_free(c->arena);
    c->arena = fresh;
    memset(c->index, 0, c->cap * sizeof *c->index);
    c->count = 0;
    return true;
}

/* Doubles the index (keeping it at most half full). */
static bool cache_grow(tok_cache *c) {
    size_t ncap = c->cap * 2;
    uint64_t *ni = calloc(ncap, sizeof *ni);
    if (!ni) return false;
    for (size_t k = 0; k < c->count; k++) {
        size_t i = (size_t)c->entries[k].hash & (ncap - 1);
        while (ni[i])
            i = (i + 1) & (ncap - 1);
        ni[i] = (c->entries[k].hash >> 32) << 32 | (uint64_t)(k + 1);
    }
    free(c->index);
    c->index = ni;
    c->cap = ncap;
    return true;
}

tok_cache_entry *tok_cache_put(tok_cache *cache, const char *key, size_t len, uint64_t hash,
                               const char *norm, const char *lemma, uint8_t flags) {
    if (cache->count >= cache->max_entries && !cache_reset(cache)) return NULL;
    if ((cache->count + 1) * 2 > cache->cap && !cache_grow(cache)) return NULL;
    uint64_t *slot = cache_slot(cache, key, len, hash);
    if (*slot) return &cache->entries[(*slot & 0xFFFFFFFFu) - 1];
    char *k = polex_arena_strndup(cache->arena, key, len);
    char *n = polex_arena_strdup(cache->arena, norm);
    char *l = strcmp(norm, lemma) == 0 ? n : polex_arena_strdup(cache->arena, lemma);
    if (!k || !n || !l) return NULL;
    tok_cache_entry *e = &cache->entries[cache->count];
    *e = (tok_cache_entry){hash, k, (uint32_t)len, flags, n, l, NULL, false, 0, false, NULL, NULL};
    *slot = (hash >> 32) << 32 | (uint64_t)(cache->count + 1);
    cache->count++;
    return e;
}

bool tok_cache_set_repair(tok_cache *cache, tok_cache_entry *e, const char *lemma) {
    e->repair_tried = true;
    if (!lemma) return true;
    e->repair = polex_arena_strdup(cache->arena, lemma);
    return e->repair != NULL;
}
