/* lexicon.c - @name lexicons: one entry per line in DIR/name.txt. */
#include "match_internal.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

enum { LEX_MAX_ENTRIES = 100000, LEX_MAX_LINE = 4096 };

static size_t count_words(const char *s) {
    size_t n = 0;
    bool in = false;
    for (; *s; s++) {
        bool sp = isspace((unsigned char)*s);
        if (!sp && !in) n++;
        in = !sp;
    }
    return n;
}

typedef struct entry_sort {
    char *text;
    int line;
    size_t words;
} entry_sort;

/* Longest entries first so that alternations prefer the fullest phrase. */
static int cmp_entry(const void *a, const void *b) {
    const entry_sort *x = a, *y = b;
    if (x->words != y->words) return x->words < y->words ? 1 : -1;
    return x->line - y->line;
}

static char *trim_lower(char *s) {
    while (isspace((unsigned char)*s))
        s++;
    char *hash = NULL;
    /* "# text" starts a comment; "#money" (no blank after '#') is a token class. */
    for (char *p = s; *p; p++)
        if (*p == '#' && (p == s || isspace((unsigned char)p[-1])) &&
            (p[1] == '\0' || isspace((unsigned char)p[1]) || p[1] == '#')) {
            hash = p;
            break;
        }
    if (hash) *hash = '\0';
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    for (char *p = s; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return s;
}

static polex_status load_file(lexicon *lx, polex_arena *arena, const char *path, polex_error *err) {
    FILE *f = fopen(path, "r");
    if (!f) return polex_fail(err, POLEX_ERR_IO, "match", "cannot open lexicon %s", path);
    entry_sort *v = NULL;
    size_t n = 0, cap = 0;
    char line[LEX_MAX_LINE];
    int lineno = 0;
    polex_status rc = POLEX_OK;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        char *s = trim_lower(line);
        if (!*s) continue;
        if (n == LEX_MAX_ENTRIES) {
            rc = polex_fail(err, POLEX_ERR_LIMIT, "match", "lexicon %s has too many entries", path);
            goto done;
        }
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 64;
            entry_sort *nv = realloc(v, ncap * sizeof *nv);
            if (!nv) {
                rc = polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
                goto done;
            }
            v = nv;
            cap = ncap;
        }
        v[n].text = polex_arena_strdup(arena, s);
        v[n].line = lineno;
        v[n].words = count_words(s);
        if (!v[n].text) {
            rc = polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
            goto done;
        }
        n++;
    }
    if (ferror(f)) {
        rc = polex_fail(err, POLEX_ERR_IO, "match", "cannot read lexicon %s", path);
        goto done;
    }
    if (n) qsort(v, n, sizeof *v, cmp_entry);
    lx->entries = polex_arena_alloc(arena, (n ? n : 1) * sizeof *lx->entries);
    lx->lines = polex_arena_alloc(arena, (n ? n : 1) * sizeof *lx->lines);
    if (!lx->entries || !lx->lines) {
        rc = polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        lx->entries[i] = v[i].text;
        lx->lines[i] = v[i].line;
    }
    lx->n = n;
done:
    free(v);
    fclose(f);
    return rc;
}

static bool ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n > m && strcmp(s + n - m, suffix) == 0;
}

polex_status lexset_load(lexset *set, polex_arena *arena, const char *dir, polex_error *err) {
    if (!set->words && !(set->words = calloc(1, sizeof *set->words)))
        return polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
    DIR *d = opendir(dir);
    if (!d) return POLEX_OK;
    polex_status rc = POLEX_OK;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.' || !ends_with(e->d_name, ".txt")) continue;
        if (set->n == set->cap) {
            size_t ncap = set->cap ? set->cap * 2 : 32;
            lexicon *nv = realloc(set->items, ncap * sizeof *nv);
            if (!nv) {
                rc = polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
                break;
            }
            set->items = nv;
            set->cap = ncap;
        }
        lexicon *lx = &set->items[set->n];
        memset(lx, 0, sizeof *lx);
        lx->name = polex_arena_strndup(arena, e->d_name, strlen(e->d_name) - 4);
        lx->file = polex_arena_printf(arena, "%s/%s", dir, e->d_name);
        if (!lx->name || !lx->file) {
            rc = polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
            break;
        }
        rc = load_file(lx, arena, lx->file, err);
        if (rc != POLEX_OK) break;
        set->n++;
    }
    closedir(d);
    return rc;
}

const lexicon *lexset_find(const lexset *set, const char *name, size_t len) {
    for (size_t i = 0; i < set->n; i++)
        if (strlen(set->items[i].name) == len && memcmp(set->items[i].name, name, len) == 0)
            return &set->items[i];
    return NULL;
}

void lexset_free(lexset *set) {
    if (set->words) wordsets_free(set->words);
    free(set->words);
    set->words = NULL;
    free(set->items);
    set->items = NULL;
    set->n = set->cap = 0;
}

/* ---- word sets ------------------------------------------------------------- */

enum { WS_MAX_SETS = 1 << 20, WS_MAX_ENTRIES = 1 << 24 };

void wordsets_free(wordsets *ws) {
    for (size_t i = 0; i < ws->n_sets; i++)
        free(ws->set_words[i]);
    free(ws->set_words);
    free(ws->set_len);
    free(ws->set_hash);
    free(ws->slots);
    memset(ws, 0, sizeof *ws);
}

static uint64_t ws_key(uint32_t set, const char *w, size_t n) {
    return XXH3_64bits_withSeed(w, n, set);
}

static void ws_place(word_entry *slots, size_t n_slots, const word_entry *e) {
    size_t mask = n_slots - 1;
    size_t i = e->key & mask;
    while (slots[i].word)
        i = (i + 1) & mask;
    slots[i] = *e;
}

/* Room for one more entry, the table kept at most half full. */
static bool ws_reserve(wordsets *ws) {
    if (2 * (ws->n_used + 1) <= ws->n_slots) return true;
    if (ws->n_used >= WS_MAX_ENTRIES) return false;
    size_t n = ws->n_slots ? 2 * ws->n_slots : 1024;
    word_entry *slots = calloc(n, sizeof *slots);
    if (!slots) return false;
    for (size_t i = 0; i < ws->n_slots; i++)
        if (ws->slots[i].word) ws_place(slots, n, &ws->slots[i]);
    free(ws->slots);
    ws->slots = slots;
    ws->n_slots = n;
    return true;
}

/* A word's bytes as a pattern literal matches them in the sentence string
 * (see sb_lit in pattern.c): blanks and separators are '_' there. */
static char ws_byte(char c) {
    return c == ' ' || c == TOKSEP || c == TOKSTART ? '_' : (char)tolower((unsigned char)c);
}

static long ws_find(const wordsets *ws, uint64_t h, const char *buf, size_t len) {
    for (size_t i = 0; i < ws->n_sets; i++)
        if (ws->set_hash[i] == h && ws->set_len[i] == len &&
            memcmp(ws->set_words[i], buf, len) == 0)
            return (long)i;
    return -1;
}

static bool ws_grow_sets(wordsets *ws) {
    if (ws->n_sets < ws->cap_sets) return true;
    if (ws->n_sets >= WS_MAX_SETS) return false;
    size_t cap = ws->cap_sets ? 2 * ws->cap_sets : 64;
    char **words = realloc(ws->set_words, cap * sizeof *words);
    if (words) ws->set_words = words;
    size_t *len = realloc(ws->set_len, cap * sizeof *len);
    if (len) ws->set_len = len;
    uint64_t *hash = realloc(ws->set_hash, cap * sizeof *hash);
    if (hash) ws->set_hash = hash;
    if (!words || !len || !hash) return false;
    ws->cap_sets = cap;
    return true;
}

long wordsets_add(wordsets *ws, char *const *w, size_t n) {
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += strlen(w[i]) + 1;
    char *buf = malloc(len ? len : 1);
    if (!buf) return -1;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        for (const char *p = w[i]; *p; p++)
            buf[k++] = ws_byte(*p);
        buf[k++] = '\0';
    }
    uint64_t h = XXH3_64bits(buf, len);
    long id = ws_find(ws, h, buf, len);
    if (id >= 0 || !ws_grow_sets(ws)) {
        free(buf);
        return id;
    }
    uint32_t set = (uint32_t)ws->n_sets;
    for (size_t at = 0; at < len;) {
        size_t wl = strlen(buf + at);
        if (!ws_reserve(ws)) { /* the entries made so far name a set never emitted */
            free(buf);
            return -1;
        }
        word_entry e = {ws_key(set, buf + at, wl), buf + at, (uint32_t)wl, set};
        ws_place(ws->slots, ws->n_slots, &e);
        ws->n_used++;
        at += wl + 1;
    }
    ws->set_words[set] = buf;
    ws->set_len[set] = len;
    ws->set_hash[set] = h;
    ws->n_sets++;
    return (long)set;
}

static bool ws_has(const wordsets *ws, uint32_t set, const char *w, size_t n) {
    if (!ws->n_slots) return false;
    uint64_t key = ws_key(set, w, n);
    size_t mask = ws->n_slots - 1;
    for (size_t i = key & mask;; i = (i + 1) & mask) {
        const word_entry *e = &ws->slots[i];
        if (!e->word) return false;
        if (e->key == key && e->set == set && e->len == n && memcmp(e->word, w, n) == 0)
            return true;
    }
}

int wordsets_callout(pcre2_callout_block *cb, void *data) {
    const wordsets *ws = data;
    uint32_t set = cb->callout_number;
    if (cb->callout_string)
        for (PCRE2_SIZE i = set = 0; i < cb->callout_string_length; i++)
            set = set * 10 + (uint32_t)(cb->callout_string[i] - '0');
    if (!ws) return 1;
    const char *s = (const char *)cb->subject;
    const char *p = s + cb->current_position, *end = s + cb->subject_length;
    const char *sep = p < end ? memchr(p, TOKSEP, (size_t)(end - p)) : NULL;
    if (!sep) return 1;
    if (ws_has(ws, set, p, (size_t)(sep - p))) return 0; /* the lemma */
    const char *q = sep + 1;
    sep = q < end ? memchr(q, TOKSEP, (size_t)(end - q)) : NULL;
    return sep && ws_has(ws, set, q, (size_t)(sep - q)) ? 0 : 1; /* the norm */
}
