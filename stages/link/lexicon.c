/* lexicon.c - the small word lists of rules/link/, the linker object, actor
 * kinds and the sentence word splitter. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "link_internal.h"

#define LEX_MAX_LINES 100000

struct link_words {
    char **w;
    size_t n;
    const char **slots; /* open addressing on word_hash, n_slots a power of two */
    size_t n_slots;
    uint64_t lengths;  /* bit k: some word has k bytes (k < 64) */
    uint32_t initials; /* bit c - 'a': some word starts with letter c; bit 26: with another byte */
};

static uint32_t initial_bit(unsigned char c) {
    c = (unsigned char)tolower(c);
    return c >= 'a' && c <= 'z' ? 1u << (c - 'a') : 1u << 26;
}

_Thread_local link_list_shape link_list_shapes[LINK_LIST_SHAPES];

void link_list_shape_fill(link_list_shape *sh, const char *list) {
    sh->list = list;
    sh->firsts = 0;
    sh->lens = 0;
    for (const char *p = list; *p;) {
        const char *q = p;
        while (*q && *q != '|')
            q++;
        size_t n = (size_t)(q - p);
        sh->firsts |= (uint64_t)1 << ((unsigned char)p[0] & 63u);
        sh->lens |= (uint32_t)1 << (n < 31 ? n : 31);
        p = *q ? q + 1 : q;
    }
}

/* FNV-1a of the lower-cased bytes s[0, n). */
static uint32_t word_hash(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)tolower((unsigned char)s[i])) * 16777619u;
    return h;
}

static int str_cmp(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Lines of a rules file without comments and blanks, or NULL with err set. */
static char **read_lines(const char *path, size_t *n_out, polex_error *err) {
    FILE *f = fopen(path, "r");
    if (!f) {
        polex_fail(err, POLEX_ERR_IO, "link", "cannot open %s: %s", path, strerror(errno));
        return NULL;
    }
    char **lines = NULL, *buf = NULL;
    size_t n = 0, cap = 0, bcap = 0;
    ssize_t len;
    while ((len = getline(&buf, &bcap, f)) >= 0) {
        while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
            buf[--len] = '\0';
        if (len == 0 || buf[0] == '#') continue;
        if (n == LEX_MAX_LINES) {
            polex_fail(err, POLEX_ERR_LIMIT, "link", "%s has over %d lines", path, LEX_MAX_LINES);
            goto fail;
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **nl = realloc(lines, cap * sizeof *nl);
            if (!nl) goto nomem;
            lines = nl;
        }
        if (!(lines[n] = strdup(buf))) goto nomem;
        n++;
    }
    free(buf);
    fclose(f);
    *n_out = n;
    if (!lines) lines = calloc(1, sizeof *lines);
    return lines;
nomem:
    polex_fail(err, POLEX_ERR_NOMEM, "link", "out of memory reading %s", path);
fail:
    for (size_t i = 0; i < n; i++)
        free(lines[i]);
    free(lines);
    free(buf);
    fclose(f);
    return NULL;
}

static void free_lines(char **lines, size_t n) {
    for (size_t i = 0; lines && i < n; i++)
        free(lines[i]);
    free(lines);
}

link_words *link_words_load(const char *path, const char *section, polex_error *err) {
    size_t n;
    char **lines = read_lines(path, &n, err);
    if (!lines) return NULL;
    link_words *w = calloc(1, sizeof *w);
    if (!w) {
        free_lines(lines, n);
        polex_fail(err, POLEX_ERR_NOMEM, "link", "out of memory");
        return NULL;
    }
    w->w = lines;
    /* keep only the lines of [section] when one is asked for */
    bool in = section == NULL;
    for (size_t i = 0; i < n; i++) {
        if (lines[i][0] == '[') {
            in = section && !strncmp(lines[i] + 1, section, strlen(section)) &&
                 lines[i][strlen(section) + 1] == ']';
            free(lines[i]);
            continue;
        }
        if (!in) {
            free(lines[i]);
            continue;
        }
        for (char *p = lines[i]; *p; p++)
            *p = (char)tolower((unsigned char)*p);
        w->w[w->n++] = lines[i];
    }
    qsort(w->w, w->n, sizeof *w->w, str_cmp);
    w->n_slots = 16;
    while (w->n_slots < w->n * 2)
        w->n_slots *= 2;
    w->slots = calloc(w->n_slots, sizeof *w->slots);
    if (!w->slots) {
        link_words_free(w);
        polex_fail(err, POLEX_ERR_NOMEM, "link", "out of memory");
        return NULL;
    }
    for (size_t i = 0; i < w->n; i++) {
        size_t len = strlen(w->w[i]);
        if (len < 64) w->lengths |= (uint64_t)1 << len;
        w->initials |= initial_bit((unsigned char)w->w[i][0]);
        size_t k = word_hash(w->w[i], len) & (w->n_slots - 1);
        while (w->slots[k] && strcmp(w->slots[k], w->w[i]))
            k = (k + 1) & (w->n_slots - 1);
        w->slots[k] = w->w[i];
    }
    return w;
}

void link_words_free(link_words *w) {
    if (!w) return;
    free_lines(w->w, w->n);
    free(w->slots);
    free(w);
}

bool link_words_has(const link_words *w, const char *s, size_t n) {
    char buf[64];
    if (!w || n == 0 || n >= sizeof buf) return false;
    /* most words fail here, before any copy or comparison */
    if (!((w->lengths >> n) & 1u) || !(w->initials & initial_bit((unsigned char)s[0])))
        return false;
    uint32_t h = 2166136261u; /* word_hash, lower-casing on the way */
    for (size_t i = 0; i < n; i++) {
        buf[i] = (char)((unsigned char)(s[i] - 'A') < 26 ? s[i] | 0x20 : s[i]); /* tolower */
        h = (h ^ (unsigned char)buf[i]) * 16777619u;
    }
    for (size_t k = h & (w->n_slots - 1); w->slots[k]; k = (k + 1) & (w->n_slots - 1))
        if (!strncmp(w->slots[k], buf, n) && w->slots[k][n] == '\0') return true;
    return false;
}

/* ---- actor kinds and generic nouns -------------------------------------- */

static polex_status load_kinds(polex_linker *lk, const char *path, polex_error *err) {
    size_t n;
    char **lines = read_lines(path, &n, err);
    if (!lines) return err ? err->code : POLEX_ERR_IO;
    lk->kinds = calloc(n + 1, sizeof *lk->kinds);
    polex_status rc =
        lk->kinds ? POLEX_OK : polex_fail(err, POLEX_ERR_NOMEM, "link", "out of memory");
    for (size_t i = 0; i < n && !rc; i++) {
        char *tab = strchr(lines[i], '\t');
        if (!tab) {
            rc = polex_fail(err, POLEX_ERR_RULES, "link", "%s: want kind<TAB>phrase in \"%s\"",
                            path, lines[i]);
            break;
        }
        *tab = '\0';
        static const char *kinds[] = {"court",        "executive", "agency",
                                      "jurisdiction", "official",  "other"};
        bool ok = false;
        for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
            ok |= !strcmp(lines[i], kinds[k]);
        if (!ok) {
            rc = polex_fail(err, POLEX_ERR_RULES, "link", "%s: unknown actor kind \"%s\"", path,
                            lines[i]);
            break;
        }
        lk->kinds[lk->n_kinds].kind = strdup(lines[i]);
        lk->kinds[lk->n_kinds].phrase = strdup(tab + 1);
        if (!lk->kinds[lk->n_kinds].kind || !lk->kinds[lk->n_kinds].phrase)
            rc = polex_fail(err, POLEX_ERR_NOMEM, "link", "out of memory");
        /* matching is case-insensitive: phrases are kept in lower case */
        for (char *p = lk->kinds[lk->n_kinds].phrase; p && *p; p++)
            *p = (char)tolower((unsigned char)*p);
        lk->n_kinds++;
    }
    free_lines(lines, n);
    return rc;
}

static polex_status load_nouns(polex_linker *lk, const char *path, polex_error *err) {
    size_t n;
    char **lines = read_lines(path, &n, err);
    if (!lines) return err ? err->code : POLEX_ERR_IO;
    lk->nouns = calloc(n + 1, sizeof *lk->nouns);
    if (!lk->nouns) {
        free_lines(lines, n);
        return polex_fail(err, POLEX_ERR_NOMEM, "link", "out of memory");
    }
    for (size_t i = 0; i < n; i++) {
        link_generic_noun *g = &lk->nouns[lk->n_nouns];
        g->min_count = 2;
        char *min = strstr(lines[i], " min:");
        if (min) {
            *min = '\0';
            g->min_count = (int)strtol(min + strlen(" min:"), NULL, 10);
        }
        char *needs = strstr(lines[i], " needs:");
        if (needs) {
            *needs = '\0';
            needs += strlen(" needs:");
            while (*needs == ' ')
                needs++;
        }
        g->noun = strdup(lines[i]);
        g->len = strlen(lines[i]);
        g->needs = needs ? strdup(needs) : NULL;
        lk->n_nouns++;
        if (!g->noun || (needs && !g->needs)) {
            free_lines(lines, n);
            return polex_fail(err, POLEX_ERR_NOMEM, "link", "out of memory");
        }
        if (g->len < 32) lk->noun_lens |= 1u << g->len;
        lk->noun_firsts |= 1u << ((unsigned char)g->noun[0] & 31u);
        uint8_t *first = &lk->noun_first[g->len < 32 ? g->len : 0][(unsigned char)g->noun[0] & 31u];
        if (g->len < 32 && *first == 0 && lk->n_nouns < 255) *first = (uint8_t)lk->n_nouns;
    }
    free_lines(lines, n);
    return POLEX_OK;
}

/* Whole-word search of a lower-case phrase in a lower-cased text[0, n). */
static bool has_phrase(const char *text, size_t n, const char *phrase) {
    size_t pl = strlen(phrase);
    if (pl == 0) return false;
    for (size_t i = 0; i + pl <= n; i++) {
        const char *p = memchr(text + i, phrase[0], n - pl + 1 - i);
        if (!p) return false;
        i = (size_t)(p - text);
        if (memcmp(p, phrase, pl) != 0) continue;
        bool left = i == 0 || !isalnum((unsigned char)text[i - 1]);
        bool right = i + pl == n || !isalnum((unsigned char)text[i + pl]) ||
                     !isalnum((unsigned char)phrase[pl - 1]);
        if (left && right) return true;
    }
    return false;
}

const char *link_actor_kind(const polex_linker *lk, const char *text, size_t n) {
    char low[256]; /* an actor is a short phrase; a longer one is cut */
    size_t ln = n < sizeof low ? n : sizeof low;
    for (size_t i = 0; i < ln; i++)
        low[i] = (char)tolower((unsigned char)text[i]);
    for (size_t i = 0; i < lk->n_kinds; i++)
        if (has_phrase(low, ln, lk->kinds[i].phrase)) return lk->kinds[i].kind;
    link_mention m[4];
    size_t nm = link_spot(lk, text, 0, (uint32_t)n, NULL, m, 4);
    for (size_t i = 0; i < nm; i++)
        if (m[i].div >= 0) return "jurisdiction";
    return "other";
}

/* ---- the linker --------------------------------------------------------- */

/* The lengths and first letters of the names of the counties that may go
 * by their bare name ("Miami-Dade County": 10 bytes, 'm'). */
static void mark_bare_counties(polex_linker *lk) {
    for (size_t i = 0, n = polex_gazetteer_size(lk->gaz); i < n; i++) {
        const gz_div *d = gz_div_at(lk->gaz, (uint32_t)i);
        size_t len = d->name ? strlen(d->name) : 0;
        if (d->level != GZ_LEVEL_COUNTY || d->pop < LINK_BARE_COUNTY || len <= 7 ||
            strcmp(d->name + len - 7, " County") != 0)
            continue;
        if (len - 7 < 64) lk->bare_lens |= (uint64_t)1 << (len - 7);
        lk->bare_firsts |= 1u << ((unsigned char)d->name[0] & 31u);
    }
}

polex_linker *polex_linker_new(const polex_gazetteer *gaz, const char *rules_dir,
                               polex_error *err) {
    if (!gaz || !rules_dir) {
        polex_fail(err, POLEX_ERR_USAGE, "link", "linker needs a gazetteer and a rules folder");
        return NULL;
    }
    polex_linker *lk = calloc(1, sizeof *lk);
    if (!lk) {
        polex_fail(err, POLEX_ERR_NOMEM, "link", "out of memory");
        return NULL;
    }
    lk->gaz = gaz;
    lk->scratch = calloc(1, sizeof *lk->scratch);
    if (lk->scratch) lk->scratch->wc = link_wcache_new();
    if (!lk->scratch || !lk->scratch->wc) {
        if (lk->scratch) link_wcache_free(lk->scratch->wc);
        free(lk->scratch);
        free(lk);
        polex_fail(err, POLEX_ERR_NOMEM, "link", "out of memory");
        return NULL;
    }
    char path[4096];
    bool ok = true;
#define LOAD_WORDS(field, file, section)                                                           \
    if (ok) {                                                                                      \
        snprintf(path, sizeof path, "%s/link/%s", rules_dir, file);                                \
        ok = (lk->field = link_words_load(path, section, err)) != NULL;                            \
    }
    LOAD_WORDS(suffixes, "name_suffixes.txt", NULL)
    LOAD_WORDS(left_ok, "left_words.txt", NULL)
    LOAD_WORDS(org_heads, "org_heads.txt", NULL)
    LOAD_WORDS(titles, "person_titles.txt", NULL)
    LOAD_WORDS(state_cues, "state_cues.txt", "state")
    LOAD_WORDS(place_cues, "state_cues.txt", "place")
    LOAD_WORDS(capitals, "state_cues.txt", "capital")
    LOAD_WORDS(order_any, "order_cues.txt", "anycase")
    LOAD_WORDS(order_caps, "order_cues.txt", "capitals")
    LOAD_WORDS(order_after_is, "order_cues.txt", "after-is")
    LOAD_WORDS(order_after_we, "order_cues.txt", "after-we")
#undef LOAD_WORDS
    if (ok) {
        snprintf(path, sizeof path, "%s/link/actor_kinds.tsv", rules_dir);
        ok = load_kinds(lk, path, err) == POLEX_OK;
    }
    if (ok) {
        snprintf(path, sizeof path, "%s/link/generic_nouns.txt", rules_dir);
        ok = load_nouns(lk, path, err) == POLEX_OK;
    }
    if (!ok) {
        polex_linker_free(lk);
        return NULL;
    }
    mark_bare_counties(lk);
    return lk;
}

void polex_linker_free(polex_linker *lk) {
    if (!lk) return;
    if (lk->scratch) link_wcache_free(lk->scratch->wc);
    free(lk->scratch);
    link_words_free(lk->suffixes);
    link_words_free(lk->left_ok);
    link_words_free(lk->org_heads);
    link_words_free(lk->titles);
    link_words_free(lk->state_cues);
    link_words_free(lk->place_cues);
    link_words_free(lk->capitals);
    link_words_free(lk->order_any);
    link_words_free(lk->order_caps);
    link_words_free(lk->order_after_is);
    link_words_free(lk->order_after_we);
    for (size_t i = 0; lk->kinds && i < lk->n_kinds; i++) {
        free(lk->kinds[i].kind);
        free(lk->kinds[i].phrase);
    }
    free(lk->kinds);
    for (size_t i = 0; lk->nouns && i < lk->n_nouns; i++) {
        free(lk->nouns[i].noun);
        free(lk->nouns[i].needs);
    }
    free(lk->nouns);
    free(lk);
}

/* ---- words -------------------------------------------------------------- */

/* Curly quotes, dashes and no-break spaces are not word bytes. */
static size_t punct_utf8(const char *t, uint32_t i, uint32_t end) {
    const unsigned char *u = (const unsigned char *)t + i;
    if (u[0] == 0xE2 && i + 2 < end && u[1] == 0x80 && u[2] >= 0x90 && u[2] <= 0xA6) return 3;
    if (u[0] == 0xC2 && i + 1 < end && (u[1] == 0xA0 || u[1] == 0xAB || u[1] == 0xBB)) return 2;
    return 0;
}

/* ASCII letters and digits: one load instead of three range tests in the
 * splitter's innermost loop. */
static const uint8_t ALNUM[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static inline bool ascii_alnum(unsigned char c) {
    return ALNUM[c] != 0;
}

/* Upper-case ASCII letter (isupper of the "C" locale, without its call). */
static inline bool ascii_upper(unsigned char c) {
    return (unsigned char)(c - 'A') < 26;
}

static inline bool word_byte(const char *t, uint32_t i, uint32_t end) {
    unsigned char c = (unsigned char)t[i];
    if (c < 0x80) return ALNUM[c] != 0;
    return !punct_utf8(t, i, end);
}

/* 's or ’s ending a word at i. */
static inline bool possessive(const char *t, uint32_t i, uint32_t end) {
    uint32_t k = i;
    if (t[k] == '\'')
        k += 1;
    else if ((unsigned char)t[k] == 0xE2 && k + 2 < end && (unsigned char)t[k + 1] == 0x80 &&
             (unsigned char)t[k + 2] == 0x99)
        k += 3;
    else
        return false;
    return k < end && (t[k] == 's' || t[k] == 'S') &&
           (k + 1 == end || !isalnum((unsigned char)t[k + 1]));
}

size_t link_words_split(const char *t, uint32_t start, uint32_t end, link_word *w, size_t max) {
    size_t n = 0;
    bool punct = false;
    uint32_t i = start;
    while (i < end && n < max) {
        if (t[i] == ' ') { /* the most common separator */
            i++;
            continue;
        }
        if (!word_byte(t, i, end)) {
            size_t k = punct_utf8(t, i, end);
            if (!isspace((unsigned char)t[i])) punct = true;
            i += k ? (uint32_t)k : 1;
            continue;
        }
        uint32_t s = i;
        bool inner_dot = false;
        while (i < end) {
            /* the common case first: a run of ASCII letters and digits */
            while (i < end && ascii_alnum((unsigned char)t[i]))
                i++;
            if (i >= end || t[i] == ' ') break; /* the common end of a word */
            if ((unsigned char)t[i] >= 0x80 && word_byte(t, i, end)) {
                i++;
            } else if (possessive(t, i, end)) {
                break; /* "Denver's": the name is "Denver" */
            } else if ((t[i] == '.' || t[i] == '-' || t[i] == '\'') && i + 1 < end &&
                       isalpha((unsigned char)t[i + 1])) {
                inner_dot |= t[i] == '.';
                i++;
            } else if ((unsigned char)t[i] == 0xE2 && i + 3 < end &&
                       (unsigned char)t[i + 1] == 0x80 && (unsigned char)t[i + 2] == 0x99 &&
                       isalpha((unsigned char)t[i + 3])) {
                i += 3; /* curly apostrophe inside a word */
            } else {
                break;
            }
        }
        /* a final dot belongs to abbreviations: "D.C.", "St.", "Ill.", "Gov." */
        if (i < end && t[i] == '.' && ascii_upper((unsigned char)t[s]) &&
            (inner_dot ? (i + 1 == end || t[i + 1] == ' ' || t[i + 1] == ',' ||
                          possessive(t, i + 1, end)) /* "D.C.'s" */
                       : (i - s <= 5 && i + 1 < end && (t[i + 1] == ' ' || t[i + 1] == ','))))
            i++;
        w[n].start = s;
        w[n].end = i;
        w[n].cap = ascii_upper((unsigned char)t[s]);
        w[n].punct_before = punct;
        punct = false;
        n++;
    }
    return n;
}
