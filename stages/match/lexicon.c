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
    free(set->items);
    set->items = NULL;
    set->n = set->cap = 0;
}
