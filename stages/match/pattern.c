/*
 * pattern.c - the token pattern language, translated to PCRE2 source.
 *
 * A sentence is matched as a string of tokens "\x02lemma\x1fnorm\x1fC" (see
 * match_internal.h), so every atom of the language consumes whole tokens and
 * a match always starts and ends on token boundaries. Every atom starts with
 * \x02, so PCRE2 knows the first byte of any match and jumps from token to
 * token instead of trying every byte. The grammar:
 *
 *   alt  := seq ('|' seq)*
 *   seq  := item*
 *   item := ['!'] atom [quant]
 *   atom := WORD | WORD* | "norm" | _ | @lexicon | #class | ( alt ) | <role alt>
 *         | (?= alt) | (?! alt)        zero-width look-ahead
 *   quant:= ? | * | + | {m} | {m,} | {m,n} | {,n}   optionally followed by ? (lazy)
 *
 * Alongside the regex the translator derives trigger lemmas: a set of which
 * at least one must occur in any sentence the pattern can match.
 */
#include "match_internal.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_DEPTH = 64, MAX_LEX_DEPTH = 8, MAX_REGEX = 4 * 1024 * 1024, MAX_REPEAT = 200 };

typedef struct sbuf {
    char *p;
    size_t n, cap;
    bool oom;
} sbuf;

static void sb_put(sbuf *b, const char *s, size_t n) {
    if (b->oom) return;
    if (b->n + n + 1 > MAX_REGEX) {
        b->oom = true;
        return;
    }
    if (b->n + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 256;
        while (ncap < b->n + n + 1)
            ncap *= 2;
        char *np = realloc(b->p, ncap);
        if (!np) {
            b->oom = true;
            return;
        }
        b->p = np;
        b->cap = ncap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void sb_str(sbuf *b, const char *s) {
    sb_put(b, s, strlen(s));
}

/* Emits s[0..n) as literal regex text, lower-cased. */
static void sb_lit(sbuf *b, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        char tmp[2] = {(char)tolower(c), '\\'};
        if (c == ' ' || c == TOKSEP || c == TOKSTART) {
            sb_put(b, "_", 1); /* the sentence string writes blanks in a token as '_' */
        } else if (isalnum(c) || c >= 0x80) {
            sb_put(b, tmp, 1);
        } else {
            sb_put(b, &tmp[1], 1);
            sb_put(b, tmp, 1);
        }
    }
}

/* ---- trigger sets ---------------------------------------------------------- */

/* A set of lemmas; any = "could be anything". */
typedef struct strset {
    char **v;
    size_t n, cap;
    bool any;
} strset;

/* What the translator knows about a piece of pattern: trigger lemmas (one of
 * them occurs in any match: v/n/any), the lemmas a match can start with
 * (first), and whether it can match no token at all (nullable). */
typedef struct tset {
    char **v;
    size_t n, cap;
    bool any; /* no guarantee: matches may contain none of v */
    strset first;
    bool nullable;
    strset *need; /* further sets every match also has a word of (a sequence's other items) */
    size_t n_need;
    long len, reach; /* most tokens a match consumes / looks at from its start (REACH_INF) */
} tset;

/* Token counts saturate here: "no bound known". */
#define REACH_INF (1L << 30)

static long sat_add(long a, long b) {
    return a >= REACH_INF || b >= REACH_INF || a + b >= REACH_INF ? REACH_INF : a + b;
}

static long sat_mul(long a, long b) {
    if (a == 0 || b == 0) return 0;
    return a >= REACH_INF || b >= REACH_INF || a > REACH_INF / b ? REACH_INF : a * b;
}

static long max_l(long a, long b) {
    return a > b ? a : b;
}

static void ts_span(tset *t, long len, long reach) {
    t->len = len;
    t->reach = max_l(reach, len);
}

static void ss_free(strset *s) {
    for (size_t i = 0; i < s->n; i++)
        free(s->v[i]);
    free(s->v);
    memset(s, 0, sizeof *s);
}

static bool ss_add(strset *t, const char *s, size_t n) {
    for (size_t i = 0; i < t->n; i++)
        if (n && t->v[i][0] == s[0] && strlen(t->v[i]) == n && memcmp(t->v[i], s, n) == 0)
            return true;
    if (t->n == t->cap) {
        size_t ncap = t->cap ? t->cap * 2 : 8;
        char **nv = realloc(t->v, ncap * sizeof *nv);
        if (!nv) return false;
        t->v = nv;
        t->cap = ncap;
    }
    char *c = malloc(n + 1);
    if (!c) return false;
    for (size_t i = 0; i < n; i++)
        c[i] = (char)tolower((unsigned char)s[i]);
    c[n] = '\0';
    t->v[t->n++] = c;
    return true;
}

static bool ss_union(strset *dst, const strset *src) {
    if (src->any) dst->any = true;
    for (size_t i = 0; i < src->n; i++)
        if (!ss_add(dst, src->v[i], strlen(src->v[i]))) return false;
    return true;
}

static void ts_drop_need(tset *t) {
    for (size_t i = 0; i < t->n_need; i++)
        ss_free(&t->need[i]);
    free(t->need);
    t->need = NULL;
    t->n_need = 0;
}

static void ts_free(tset *t) {
    for (size_t i = 0; i < t->n; i++)
        free(t->v[i]);
    free(t->v);
    ss_free(&t->first);
    ts_drop_need(t);
    memset(t, 0, sizeof *t);
}

enum { MAX_NEED = 8 };

/* Moves set s (owned) into t's needs; false when out of memory. Beyond
 * MAX_NEED sets the rest are dropped: fewer needs only filter less. */
static bool ts_push_need(tset *t, strset *s) {
    if (t->n_need == MAX_NEED) {
        ss_free(s);
        return true;
    }
    strset *nv = realloc(t->need, (t->n_need + 1) * sizeof *nv);
    if (!nv) {
        ss_free(s);
        return false;
    }
    t->need = nv;
    t->need[t->n_need++] = *s;
    *s = (strset){0};
    return true;
}

/* An item of a sequence is required: its trigger set and its own needs
 * become needs of the sequence. Consumes it's needs and v. */
static bool ts_absorb_item(tset *seq, tset *it) {
    bool ok = true;
    if (!it->any && it->n) {
        strset s = {it->v, it->n, it->cap, false};
        it->v = NULL, it->n = it->cap = 0;
        ok = ts_push_need(seq, &s);
    }
    for (size_t i = 0; i < it->n_need; i++)
        ok = ts_push_need(seq, &it->need[i]) && ok;
    it->n_need = 0;
    return ok;
}

/* Trigger only. */
static bool ts_add(tset *t, const char *s, size_t n) {
    strset tmp = {t->v, t->n, t->cap, t->any};
    bool ok = ss_add(&tmp, s, n);
    t->v = tmp.v, t->n = tmp.n, t->cap = tmp.cap;
    return ok;
}

/* A one-token atom: trigger and first token are both s. */
static bool ts_token(tset *t, const char *s, size_t n) {
    return ts_add(t, s, n) && ss_add(&t->first, s, n);
}

/* A one-token atom that could be any token. */
static void ts_any_token(tset *t) {
    t->any = true;
    t->first.any = true;
}

/* Alternatives: triggers, first tokens and nullability all unite. */
static bool ts_union(tset *dst, tset *src) {
    ts_drop_need(dst); /* a need of one alternative is not one of the other */
    if (src->any) dst->any = true;
    for (size_t i = 0; i < src->n; i++)
        if (!ts_add(dst, src->v[i], strlen(src->v[i]))) return false;
    dst->nullable |= src->nullable;
    return ss_union(&dst->first, &src->first);
}

/* Frequent words make poor triggers: every sentence has them. */
static const char *const common_words[] = {
    "be",   "have",  "do",    "the", "a",     "an",   "to",   "of",  "in",    "on",
    "for",  "by",    "with",  "and", "or",    "not",  "that", "it",  "its",   "this",
    "will", "would", "may",   "can", "could", "from", "at",   "as",  ",",     ".",
    "'s",   "\"",    "their", "his", "her",   "they", "he",   "she", "which", "who"};

static bool common_word(const char *w) {
    if (strnlen(w, 6) > 5) return false; /* none is longer: most lexicon words are */
    for (size_t k = 0; k < sizeof common_words / sizeof *common_words; k++)
        if (w[0] == common_words[k][0] && strcmp(w, common_words[k]) == 0) return true;
    return false;
}

static size_t ts_score(const tset *t) {
    size_t score = t->n;
    for (size_t i = 0; i < t->n; i++)
        score += common_word(t->v[i]) ? 1000 : 0;
    return score;
}

/* ---- parser ---------------------------------------------------------------- */

/* Each lexicon is compiled once per pattern, as a named group inside
 * (?(DEFINE)...), and every @name becomes a subroutine call: a lexicon
 * repeated with {1,6} is then not copied six times into the regex. */
enum { MAX_LEXICONS_PER_PATTERN = 256 };

typedef struct lexdef {
    const lexicon *lx;
    tset ts;
    char *body;    /* the definition's regex (owned) */
    size_t def_at; /* where its definition starts in the definitions */
    bool busy;     /* being defined: a reference now is a (legal) recursion */
    bool recursed; /* referenced while being defined */
} lexdef;

typedef struct lexdefs {
    sbuf defs;
    lexdef items[MAX_LEXICONS_PER_PATTERN];
    size_t n;
} lexdefs;

typedef struct parser {
    const char *src, *p;
    const lexset *lex;
    sbuf *out;
    lexdefs *ld;
    char *msg;
    size_t msg_cap;
    bool failed;
    bool has_head;
    int depth, lex_depth;
} parser;

static void perr(parser *P, const char *fmt, ...) {
    if (P->failed) return;
    P->failed = true;
    int col = (int)(P->p - P->src) + 1;
    int k = snprintf(P->msg, P->msg_cap, "column %d: ", col);
    if (k < 0 || (size_t)k >= P->msg_cap) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(P->msg + k, P->msg_cap - (size_t)k, fmt, ap);
    va_end(ap);
}

static void skip_ws(parser *P) {
    while (isspace((unsigned char)*P->p))
        P->p++;
}

static bool is_special(char c) {
    return c == '(' || c == ')' || c == '|' || c == '<' || c == '>' || c == '?' || c == '*' ||
           c == '+' || c == '{' || c == '}' || c == '"' || c == '!' || c == '\0' ||
           isspace((unsigned char)c);
}

static void parse_alt(parser *P, tset *ts);

#define FAIL(...)                                                                                  \
    do {                                                                                           \
        perr(P, __VA_ARGS__);                                                                      \
        return;                                                                                    \
    } while (0)

/* Reads a word (with backslash escapes) into buf; returns its length. */
static size_t read_word(parser *P, char *buf, size_t cap) {
    size_t n = 0;
    while (!is_special(*P->p) || *P->p == '\\') {
        if (*P->p == '\\') {
            P->p++;
            if (!*P->p) break;
        }
        if (n + 1 < cap) buf[n++] = *P->p;
        P->p++;
    }
    buf[n] = '\0';
    return n;
}

/* A word matches a token whose lemma or norm is that word: rules stay
 * correct when the dictionary does not know a form (lemma == norm then).
 * The atom is atomic: both ways end at the token's end, so backtracking
 * into the other would only run the rest of the pattern again. */
static void emit_lemma(parser *P, const char *w, size_t n, tset *ts) {
    sb_str(P->out, "(?>\\x02(?:");
    sb_lit(P->out, w, n);
    sb_str(P->out, "\\x1f[^\\x1f\\x02]*+|[^\\x1f\\x02]*+\\x1f");
    sb_lit(P->out, w, n);
    sb_str(P->out, ")\\x1f[a-z])");
    if (!ts_token(ts, w, n)) perr(P, "out of memory");
}

static char class_letter(const char *name, size_t n) {
    static const struct {
        const char *name;
        char letter;
    } classes[] = {{"word", 'w'}, {"number", 'n'}, {"money", 'm'}, {"percent", 'p'},
                   {"date", 'd'}, {"punct", 'u'},  {"quote", 'q'}, {"symbol", 's'}};
    for (size_t i = 0; i < sizeof classes / sizeof *classes; i++)
        if (strlen(classes[i].name) == n && memcmp(classes[i].name, name, n) == 0)
            return classes[i].letter;
    return 0;
}

static lexdef *find_def(lexdefs *ld, const lexicon *lx) {
    for (size_t i = 0; i < ld->n; i++)
        if (ld->items[i].lx == lx) return &ld->items[i];
    return NULL;
}

/* Writes the DEFINE group of lexicon lx into the definitions buffer. */
/* One plain word (no pattern syntax) of n bytes. */
static bool plain_word_n(const char *e, size_t n) {
    if (!n || *e == '@' || *e == '#' || *e == '_' || *e == '!' || *e == '\\' || *e == '"')
        return false;
    for (size_t i = 0; i < n; i++)
        if (is_special(e[i]) || e[i] == '\\') return false;
    return true;
}

static bool plain_word(const char *e) {
    return plain_word_n(e, strlen(e));
}

bool pattern_plain_word(const char *e) {
    return plain_word(e);
}

/* Adds a plain word (lower-cased) to a list of words separated by '\n'. */
static void words_add(sbuf *words, const char *w, size_t n) {
    if (words->n) sb_put(words, "\n", 1);
    for (size_t i = 0; i < n; i++) {
        char c = (char)tolower((unsigned char)w[i]);
        sb_put(words, &c, 1);
    }
}

static int cmp_word(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted words w[lo..hi) share their first `depth` bytes: emits what
 * follows as a trie, one branch per next byte. A field equals at most one
 * word and \x1f follows it, so which branch is tried first does not change
 * the match; the trie only spares PCRE2 a compare per word. */
static void emit_trie(sbuf *out, char **w, size_t lo, size_t hi, size_t depth) {
    if (lo == hi) return;
    bool end = w[lo][depth] == '\0';
    if (end) lo++;
    size_t branches = end;
    for (size_t i = lo; i < hi;) {
        size_t j = i + 1;
        while (j < hi && w[j][depth] == w[i][depth])
            j++;
        branches++;
        i = j;
    }
    if (lo == hi) return;
    bool group = branches > 1;
    if (group) sb_str(out, "(?:");
    for (size_t i = lo; i < hi;) {
        size_t j = i + 1;
        while (j < hi && w[j][depth] == w[i][depth])
            j++;
        if (i > lo) sb_str(out, "|");
        sb_lit(out, &w[i][depth], 1);
        emit_trie(out, w, i, j, depth + 1);
        i = j;
    }
    if (end) sb_str(out, "|");
    if (group) sb_str(out, ")");
}

/* Sets of fewer words stay tries: their code is small, and a callout
 * costs more than a few compares. Callout numbers go to 255; later sets
 * are named by a string, which the callout reads from the pattern. */
enum { WORDSET_MIN = 32, WORDSET_NUMBERED = 255 };

/* One token whose lemma or norm is one of the words (list of words_add):
 * a large set by callout (see wordsets), a small one as a trie. */
static void emit_words(sbuf *out, sbuf *words, wordsets *ws) {
    size_t n = 1;
    for (size_t i = 0; i < words->n; i++)
        n += words->p[i] == '\n';
    char **w = malloc(n * sizeof *w);
    if (!w) {
        out->oom = true;
        return;
    }
    size_t k = 0;
    for (char *p = words->p; p;) {
        w[k++] = p;
        p = strchr(p, '\n');
        if (p) *p++ = '\0';
    }
    qsort(w, k, sizeof *w, cmp_word);
    size_t u = 0;
    for (size_t i = 0; i < k; i++)
        if (!u || strcmp(w[u - 1], w[i]) != 0) w[u++] = w[i];
    long id = ws && u >= WORDSET_MIN ? wordsets_add(ws, w, u) : -1;
    if (id >= 0) {
        /* the token, when the callout finds its lemma or norm in the set */
        char call[64];
        if (id < WORDSET_NUMBERED)
            snprintf(call, sizeof call, "(?:\\x02(?C%ld)[^\\x02]*+)", id);
        else
            snprintf(call, sizeof call, "(?:\\x02(?C\"%ld\")[^\\x02]*+)", id);
        sb_str(out, call);
        free(w);
        return;
    }
    /* the words once, tried on the lemma, then (the lemma skipped) on the
     * norm; after a lemma the norm is skipped, after a norm nothing is left
     * but the class letter: the atom always ends at the token's end, and
     * is atomic (see emit_lemma) */
    sb_str(out, "(?>\\x02(?:[^\\x1f\\x02]*+\\x1f)??");
    emit_trie(out, w, 0, u, 0);
    sb_str(out, "\\x1f(?:[^\\x1f\\x02]*+\\x1f)?+[a-z])");
    free(w);
}

/* Whether entry e starts with one plain word that is an item of its own:
 * not quantified, not a prefix, and no top-level '|' in the entry (the
 * rest is then a sequence that follows the word). The word, lower-cased,
 * goes to word; returns the rest, or NULL. */
static const char *split_first_word(const char *e, char *word, size_t cap) {
    if (*e == '@' || *e == '"' || *e == '!' || (*e == '#' && isalpha((unsigned char)e[1])) ||
        (*e == '_' && is_special(e[1])) || (is_special(*e) && *e != '\\'))
        return NULL;
    parser tmp = {.src = e, .p = e};
    size_t n = read_word(&tmp, word, cap);
    if (n == 0 || n >= cap - 1 || (*tmp.p && !isspace((unsigned char)*tmp.p))) return NULL;
    for (size_t i = 0; i < n; i++)
        word[i] = (char)tolower((unsigned char)word[i]);
    skip_ws(&tmp);
    const char *rest = tmp.p;
    if (*rest == '?' || *rest == '*' || *rest == '+' || *rest == '{') return NULL;
    int depth = 0;
    for (const char *q = rest; *q; q++) {
        if (*q == '\\' && q[1]) {
            q++;
        } else if (*q == '"') {
            while (q[1] && q[1] != '"')
                q++;
            if (q[1]) q++;
        } else if (*q == '(' || *q == '<') {
            depth++;
        } else if (*q == ')' || *q == '>') {
            depth--;
        } else if (*q == '|' && depth == 0) {
            return NULL;
        }
    }
    return rest;
}

/* Entries of a lexicon that share a first word: the word and the regex of
 * what follows it in each entry (alternatives in entry order). */
typedef struct word_group {
    char *word;
    sbuf rests;
} word_group;

typedef struct word_groups {
    word_group *v;
    size_t n, cap;
    bool oom;
} word_groups;

static void groups_free(word_groups *g) {
    for (size_t i = 0; i < g->n; i++)
        free(g->v[i].word), free(g->v[i].rests.p);
    free(g->v);
}

static void groups_add(word_groups *g, const char *word, const char *rest_regex) {
    size_t i = 0;
    while (i < g->n && strcmp(g->v[i].word, word) != 0)
        i++;
    if (i == g->n) {
        if (g->n == g->cap) {
            size_t cap = g->cap ? 2 * g->cap : 16;
            word_group *p = realloc(g->v, cap * sizeof *p);
            if (!p) {
                g->oom = true;
                return;
            }
            g->v = p;
            g->cap = cap;
        }
        size_t n = strlen(word) + 1;
        g->v[i] = (word_group){malloc(n), {0}};
        if (!g->v[i].word) {
            g->oom = true;
            return;
        }
        memcpy(g->v[i].word, word, n);
        g->n++;
    } else {
        sb_put(&g->v[i].rests, "|", 1);
    }
    sb_str(&g->v[i].rests, rest_regex);
    g->oom |= g->v[i].rests.oom;
}

static int cmp_group(const void *a, const void *b) {
    return strcmp(((const word_group *)a)->word, ((const word_group *)b)->word);
}

/* The trie of emit_trie, where each word goes on with what follows it in
 * its entries: the byte after the word is \x1f, so a word that ends is
 * never tried against a longer one. */
static void emit_group_trie(sbuf *out, const word_group *g, size_t lo, size_t hi, size_t depth) {
    if (lo == hi) return;
    sb_str(out, "(?:");
    size_t i = lo;
    if (g[lo].word[depth] == '\0') {
        sb_str(out, "\\x1f(?:[^\\x1f\\x02]*+\\x1f)?+[a-z](?:");
        sb_str(out, g[lo].rests.p ? g[lo].rests.p : "");
        sb_str(out, ")");
        i++;
    }
    for (bool first = i == lo; i < hi; first = false) {
        size_t j = i + 1;
        while (j < hi && g[j].word[depth] == g[i].word[depth])
            j++;
        if (!first) sb_str(out, "|");
        sb_lit(out, &g[i].word[depth], 1);
        emit_group_trie(out, g, i, j, depth + 1);
        i = j;
    }
    sb_str(out, ")");
}

/* One token whose lemma or norm is a group's word, then that group's rests. */
static void emit_groups(sbuf *out, word_groups *g) {
    qsort(g->v, g->n, sizeof *g->v, cmp_group);
    sb_str(out, "(?:\\x02(?:[^\\x1f\\x02]*+\\x1f)??");
    emit_group_trie(out, g->v, 0, g->n, 0);
    sb_str(out, ")");
}

/* One alternative of a lexicon's body: an entry's regex, or (regex NULL)
 * a run of consecutive entries grouped by their first words. */
typedef struct lex_alt {
    char *regex;
    word_groups groups;
} lex_alt;

/* The state of one lexicon's definition while its entries are read. */
typedef struct lexbuild {
    lex_alt *alts;
    size_t n_alts, cap_alts;
    sbuf words, firsts;
    bool first_ok, oom;
    long len, reach;
} lexbuild;

static lex_alt *push_alt(lexbuild *b) {
    if (b->n_alts == b->cap_alts) {
        size_t cap = b->cap_alts ? 2 * b->cap_alts : 8;
        lex_alt *p = realloc(b->alts, cap * sizeof *p);
        if (!p) {
            b->oom = true;
            return NULL;
        }
        b->alts = p;
        b->cap_alts = cap;
    }
    b->alts[b->n_alts] = (lex_alt){0};
    return &b->alts[b->n_alts++];
}

/* Entries keep their order (longest first): a grouped entry joins the
 * group just before it, or starts a new one. */
static void add_grouped(lexbuild *b, const char *word, const char *rest_regex) {
    lex_alt *a = b->n_alts && !b->alts[b->n_alts - 1].regex ? &b->alts[b->n_alts - 1] : push_alt(b);
    if (a) groups_add(&a->groups, word, rest_regex);
}

static void add_regex(lexbuild *b, const char *regex) {
    lex_alt *a = push_alt(b);
    size_t n = strlen(regex) + 1;
    char *r = a ? malloc(n) : NULL;
    if (!r) {
        b->oom = true;
        if (a) b->n_alts--;
        return;
    }
    memcpy(r, regex, n);
    a->regex = r;
}

static void lexbuild_free(lexbuild *b) {
    for (size_t i = 0; i < b->n_alts; i++) {
        free(b->alts[i].regex);
        groups_free(&b->alts[i].groups);
    }
    free(b->alts);
    free(b->words.p);
    free(b->firsts.p);
}

/* The rest of entry e after its first word, as regex, when e is "WORD
 * rest" (split_first_word); false otherwise. */
static bool parse_rest(const parser *sub, const char *e, char *word, size_t cap, sbuf *out) {
    const char *rest = split_first_word(e, word, cap);
    if (!rest) return false;
    parser rp = *sub;
    rp.src = rp.p = rest;
    rp.out = out;
    rp.failed = false;
    tset rt = {0};
    if (*rest) parse_alt(&rp, &rt);
    ts_free(&rt);
    return !rp.failed && !*rp.p && !out->oom;
}

/* Parses entry i of lexicon lx (a pattern, not a plain word) into the
 * lexicon's trigger set and its alternatives. */
static void define_entry(parser *P, lexdef *d, lexbuild *b, size_t i) {
    const lexicon *lx = d->lx;
    sbuf whole = {0};
    parser sub = *P;
    sub.src = sub.p = lx->entries[i];
    sub.out = &whole;
    sub.lex_depth++;
    tset et = {0};
    parse_alt(&sub, &et);
    b->len = max_l(b->len, et.len), b->reach = max_l(b->reach, et.reach);
    if (!sub.failed && *sub.p) perr(&sub, "unexpected '%c'", *sub.p);
    if (sub.failed) {
        /* Point the message at the entry, not at the rule. */
        char inner[256];
        snprintf(inner, sizeof inner, "%s", P->msg);
        perr(P, "in @%s (%s line %d): %s", lx->name, lx->file, lx->lines[i], inner);
    } else if (!ts_union(&d->ts, &et)) {
        perr(P, "out of memory");
    }
    /* an entry naming a lexicon may recurse, and a recursion leaves its
     * first tokens unknown: no guard then */
    b->first_ok =
        b->first_ok && !strchr(lx->entries[i], '@') && !et.nullable && !et.first.any && et.first.n;
    for (size_t k = 0; b->first_ok && k < et.first.n; k++) {
        b->first_ok = plain_word(et.first.v[k]);
        if (b->first_ok) words_add(&b->firsts, et.first.v[k], strlen(et.first.v[k]));
    }
    ts_free(&et);
    char word[128];
    sbuf rest = {0};
    if (!P->failed && parse_rest(&sub, lx->entries[i], word, sizeof word, &rest))
        add_grouped(b, word, rest.p ? rest.p : "");
    else if (!P->failed)
        add_regex(b, whole.p ? whole.p : "");
    free(rest.p);
    free(whole.p);
}

/* The alternatives joined with '|' into out. */
static void join_alts(sbuf *out, lexbuild *b) {
    for (size_t a = 0; a < b->n_alts; a++) {
        if (a) sb_str(out, "|");
        if (b->alts[a].regex) {
            sb_str(out, b->alts[a].regex);
        } else {
            emit_groups(out, &b->alts[a].groups);
            b->oom |= b->alts[a].groups.oom;
        }
    }
}

/* Single-word entries are matched together: one scan of the token's lemma
 * and one of its norm against "w1|w2|...", instead of one pair of scans
 * per word (many words: one callout to the shared word table). Other
 * entries are patterns of their own, tried first (longest); those that
 * start with a plain word are grouped by it, so the word is tested once
 * for all of them. */
static void define_lexicon(parser *P, lexdef *d) {
    const lexicon *lx = d->lx;
    lexbuild b = {.first_ok = true};
    d->busy = true;
    for (size_t i = 0; i < lx->n && !P->failed; i++) {
        if (plain_word(lx->entries[i])) {
            size_t n = strlen(lx->entries[i]);
            words_add(&b.words, lx->entries[i], n);
            if (!ts_token(&d->ts, lx->entries[i], n)) perr(P, "out of memory");
            b.len = max_l(b.len, 1), b.reach = max_l(b.reach, 1);
            continue;
        }
        define_entry(P, d, &b, i);
    }
    sbuf body = {0};
    join_alts(&body, &b);
    if (b.n_alts && b.first_ok && !b.firsts.oom && !body.oom) {
        /* a token that starts no entry fails at once, before each entry is tried */
        sbuf guarded = {0};
        sb_str(&guarded, "(?:(?=");
        emit_words(&guarded, &b.firsts, P->lex->words);
        sb_str(&guarded, ")(?:");
        sb_str(&guarded, body.p);
        sb_str(&guarded, "))");
        free(body.p);
        body = guarded;
    }
    if (b.words.n && !b.words.oom) {
        if (b.n_alts) sb_str(&body, "|");
        emit_words(&body, &b.words, P->lex->words);
    }
    d->busy = false;
    ts_span(&d->ts, b.len, b.reach);
    if (body.oom || b.words.oom || b.oom) perr(P, "pattern too large or out of memory");
    d->body = body.p;
    d->def_at = P->ld->defs.n;
    sb_str(&P->ld->defs, "(?<_lx_");
    sb_str(&P->ld->defs, lx->name);
    sb_str(&P->ld->defs, ">");
    if (body.p) sb_str(&P->ld->defs, body.p);
    sb_str(&P->ld->defs, ")");
    lexbuild_free(&b);
}

/* Whether the pattern is nothing but the reference that starts at ref. */
static bool whole_pattern_is(const parser *P, const char *ref) {
    if (P->depth || P->lex_depth) return false;
    for (const char *q = P->src; q < ref; q++)
        if (!isspace((unsigned char)*q)) return false;
    for (const char *q = P->p; *q; q++)
        if (!isspace((unsigned char)*q)) return false;
    return true;
}

static void parse_lexicon(parser *P, tset *ts) {
    char name[128];
    const char *at = P->p;
    size_t n = read_word(P, name, sizeof name);
    const lexicon *lx = n ? lexset_find(P->lex, name, n) : NULL;
    if (!lx) {
        P->p = at;
        perr(P, "unknown lexicon @%s", name);
        return;
    }
    if (lx->n == 0) FAIL("lexicon @%s is empty", name);
    if (strlen(lx->name) > 24) FAIL("lexicon name @%s longer than 24 bytes", name);
    if (P->lex_depth >= MAX_LEX_DEPTH)
        FAIL("lexicons nested deeper than %d at @%s", MAX_LEX_DEPTH, name);
    lexdef *d = find_def(P->ld, lx);
    if (!d) {
        if (P->ld->n == MAX_LEXICONS_PER_PATTERN) FAIL("too many lexicons");
        d = &P->ld->items[P->ld->n++];
        memset(d, 0, sizeof *d);
        d->lx = lx;
        define_lexicon(P, d);
        if (P->failed) return;
    }
    if (d->busy) { /* recursion: no trigger guarantee, no bound */
        d->recursed = true;
        ts->any = true;
        ts_span(ts, REACH_INF, REACH_INF);
    } else {
        if (!ts_union(ts, &d->ts)) perr(P, "out of memory");
        ts_span(ts, d->ts.len, d->ts.reach);
    }
    if (whole_pattern_is(P, at - 1) && !d->recursed && d->body) {
        /* a pattern that is one lexicon (a cue lexicon) runs its body
         * itself: a subroutine call costs a frame copy per call */
        P->ld->defs.n = d->def_at;
        if (P->ld->defs.p) P->ld->defs.p[d->def_at] = '\0';
        sb_str(P->out, "(?:");
        sb_str(P->out, d->body);
        sb_str(P->out, ")");
        return;
    }
    /* the look-ahead tells PCRE2 the call starts a token (first byte \x02) */
    sb_str(P->out, "(?=\\x02)(?&_lx_");
    sb_str(P->out, lx->name);
    sb_str(P->out, ")");
}

/* "( w1 | w2 | ... )" of plain words: one scan of the lemma and one of the
 * norm against all the words, instead of a pair of scans per word. Emits the
 * atom and returns true, leaving P->p on the closing character; returns
 * false (nothing consumed) when the group is anything else. */
static bool try_words(parser *P, char close, tset *ts) {
    const char *p = P->p;
    const char *w[64];
    size_t wl[64], n = 0;
    for (;;) {
        while (isspace((unsigned char)*p))
            p++;
        const char *start = p;
        while (*p && !is_special(*p) && *p != '\\')
            p++;
        if (p == start || n == 64 || !plain_word_n(start, (size_t)(p - start))) return false;
        w[n] = start;
        wl[n++] = (size_t)(p - start);
        while (isspace((unsigned char)*p))
            p++;
        if (*p == close) break;
        if (*p != '|') return false;
        p++;
    }
    sbuf words = {0};
    for (size_t i = 0; i < n; i++) {
        words_add(&words, w[i], wl[i]);
        if (!ts_token(ts, w[i], wl[i])) perr(P, "out of memory");
    }
    if (words.oom || !words.p)
        perr(P, "pattern too large or out of memory");
    else
        emit_words(P->out, &words, P->lex->words);
    free(words.p);
    P->p = p;
    ts_span(ts, 1, 1);
    return true;
}

static void parse_atom(parser *P, tset *ts) {
    char c = *P->p;
    char word[256];
    if (c == '(' && P->p[1] == '?' && (P->p[2] == '=' || P->p[2] == '!')) {
        /* zero-width look-ahead over tokens: (?= ...) or (?! ...) */
        char kind = P->p[2];
        P->p += 3;
        if (++P->depth > MAX_DEPTH) FAIL("groups nested too deep");
        sb_str(P->out, kind == '=' ? "(?=" : "(?!");
        tset inner = {0};
        parse_alt(P, &inner);
        long inner_reach = inner.reach;
        /* what a positive look-ahead sees is in the sentence: its words are
         * needs of the sequence, though the atom itself consumes nothing */
        if (kind == '=' && !ts_absorb_item(ts, &inner)) perr(P, "out of memory");
        ts_free(&inner);
        skip_ws(P);
        if (*P->p != ')') FAIL("missing ')'");
        P->p++;
        P->depth--;
        sb_str(P->out, ")");
        ts->any = true;
        ts->nullable = true; /* zero width: the next item starts the match */
        ts_span(ts, 0, inner_reach);
    } else if (c == '(') {
        P->p++;
        if (++P->depth > MAX_DEPTH) FAIL("groups nested too deep");
        sb_str(P->out, "(?:");
        if (!try_words(P, ')', ts)) parse_alt(P, ts);
        skip_ws(P);
        if (*P->p != ')') FAIL("missing ')'");
        P->p++;
        P->depth--;
        sb_str(P->out, ")");
    } else if (c == '<') {
        P->p++;
        const char *name = P->p;
        while (islower((unsigned char)*P->p) || *P->p == '_' ||
               (P->p > name && isdigit((unsigned char)*P->p)))
            P->p++;
        size_t n = (size_t)(P->p - name);
        if (n == 0 || n > 32) FAIL("a role needs a name: <actor ...>");
        if (!isspace((unsigned char)*P->p)) FAIL("a blank must follow the role name");
        if (n == 4 && memcmp(name, "head", 4) == 0) P->has_head = true;
        if (++P->depth > MAX_DEPTH) FAIL("groups nested too deep");
        sb_str(P->out, "(?<");
        sb_put(P->out, name, n);
        sb_str(P->out, ">");
        if (!try_words(P, '>', ts)) parse_alt(P, ts);
        skip_ws(P);
        if (*P->p != '>') FAIL("missing '>' closing <%.*s", (int)n, name);
        P->p++;
        P->depth--;
        sb_str(P->out, ")");
    } else if (c == '"') {
        const char *s = ++P->p;
        while (*P->p && *P->p != '"')
            P->p++;
        if (*P->p != '"') FAIL("missing closing '\"'");
        size_t n = (size_t)(P->p - s);
        P->p++;
        if (n == 0) FAIL("empty \"\"");
        sb_str(P->out, "(?:\\x02[^\\x1f\\x02]*+\\x1f");
        sb_lit(P->out, s, n);
        sb_str(P->out, "\\x1f[a-z])");
        if (!ts_token(ts, s, n)) perr(P, "out of memory");
        ts_span(ts, 1, 1);
    } else if (c == '@') {
        P->p++;
        parse_lexicon(P, ts);
    } else if (c == '#' && isalpha((unsigned char)P->p[1])) {
        P->p++;
        size_t n = read_word(P, word, sizeof word);
        char letter = class_letter(word, n);
        if (!letter) FAIL("unknown token class #%s", word);
        sb_str(P->out, "(?:\\x02[^\\x1f\\x02]*+\\x1f[^\\x1f\\x02]*+\\x1f");
        sb_put(P->out, &letter, 1);
        sb_str(P->out, ")");
        char key[3] = {'#', letter, '\0'};
        if (letter == 'w') /* word tokens carry no class key in the prefilter */
            ts_any_token(ts);
        else if (!ts_token(ts, key, 2))
            perr(P, "out of memory");
        ts_span(ts, 1, 1);
    } else if (c == '_' && is_special(P->p[1])) {
        P->p++;
        sb_str(P->out, "(?:\\x02[^\\x02]++)");
        ts_any_token(ts);
        ts_span(ts, 1, 1);
    } else if (!is_special(c) || c == '\\') {
        size_t n = read_word(P, word, sizeof word);
        if (n == 0) FAIL("empty word");
        if (n >= sizeof word - 1) FAIL("word too long");
        if (*P->p == '*') { /* prefix: govern* */
            P->p++;
            sb_str(P->out, "(?>\\x02(?:");
            sb_lit(P->out, word, n);
            sb_str(P->out, "[^\\x1f\\x02]*+\\x1f[^\\x1f\\x02]*+|[^\\x1f\\x02]*+\\x1f");
            sb_lit(P->out, word, n);
            sb_str(P->out, "[^\\x1f\\x02]*+)\\x1f[a-z])");
            ts_any_token(ts);
        } else {
            emit_lemma(P, word, n, ts);
        }
        ts_span(ts, 1, 1);
    } else {
        perr(P, "unexpected '%c'", c);
    }
}

/* Reads an optional quantifier; returns its minimum (1 when none), its
 * maximum in *hi (REACH_INF when open). */
static long parse_quant(parser *P, long *hi) {
    char c = *P->p;
    long lo = 1;
    *hi = 1;
    if (c == '?' || c == '*' || c == '+') {
        P->p++;
        sb_put(P->out, &c, 1);
        lo = c == '+' ? 1 : 0;
        *hi = c == '?' ? 1 : REACH_INF;
    } else if (c == '{') {
        const char *q = ++P->p;
        char *end;
        long a = 0, b = -1;
        if (isdigit((unsigned char)*P->p)) a = strtol(P->p, &end, 10), P->p = end;
        if (*P->p == ',') {
            P->p++;
            if (isdigit((unsigned char)*P->p))
                b = strtol(P->p, &end, 10), P->p = end;
            else
                b = -2; /* open */
        } else {
            b = a;
            if (P->p == q) return perr(P, "empty {}"), 1;
        }
        if (*P->p != '}') return perr(P, "bad repeat: use {m}, {m,n}, {m,} or {,n}"), 1;
        P->p++;
        if (a > MAX_REPEAT || b > MAX_REPEAT) return perr(P, "repeat above %d", MAX_REPEAT), 1;
        if (b >= 0 && b < a) return perr(P, "repeat {%ld,%ld} has max below min", a, b), 1;
        char tmp[48];
        if (b == -2)
            snprintf(tmp, sizeof tmp, "{%ld,}", a);
        else
            snprintf(tmp, sizeof tmp, "{%ld,%ld}", a, b);
        sb_str(P->out, tmp);
        lo = a;
        *hi = b == -2 ? REACH_INF : b;
    } else {
        return 1;
    }
    if (*P->p == '?') { /* lazy */
        P->p++;
        sb_put(P->out, "?", 1);
    }
    return lo;
}

static void parse_item(parser *P, tset *ts) {
    bool neg = false;
    if (*P->p == '!') {
        neg = true;
        P->p++;
        sb_str(P->out, "(?:(?!");
    }
    parse_atom(P, ts);
    if (P->failed) return;
    long len = ts->len, reach = ts->reach;
    if (neg) {
        sb_str(P->out, ")\\x02[^\\x02]++)");
        ts_free(ts);
        ts_any_token(ts);
        len = 1, reach = max_l(reach, 1);
    }
    long hi = 1;
    long lo = parse_quant(P, &hi);
    long span_len = sat_mul(len, hi);
    long span_reach = hi ? sat_add(sat_mul(len, hi - 1), reach) : 0;
    if (lo == 0) { /* optional: no trigger guarantee, may match nothing */
        strset first = ts->first;
        ts->first = (strset){0};
        bool any_first = first.any;
        ts_free(ts);
        ts->first = first;
        ts->first.any = any_first;
        ts->any = true;
        ts->nullable = true;
    }
    ts_span(ts, span_len, span_reach);
}

static void parse_seq(parser *P, tset *ts) {
    tset best = {0};
    best.any = true;
    size_t best_score = (size_t)-1;
    strset first = {0};
    tset needs = {0};     /* every required item's set besides the best */
    bool nullable = true; /* so far every item could match nothing */
    long pos = 0, reach = 0;
    for (;;) {
        skip_ws(P);
        char c = *P->p;
        if (c == '\0' || c == ')' || c == '>' || c == '|' || P->failed) break;
        tset it = {0};
        parse_item(P, &it);
        reach = max_l(reach, sat_add(pos, it.reach));
        pos = sat_add(pos, it.len);
        if (nullable) {
            if (!ss_union(&first, &it.first)) perr(P, "out of memory");
            nullable = it.nullable;
        }
        ss_free(&it.first);
        for (size_t i = 0; i < it.n_need; i++)
            if (!ts_push_need(&needs, &it.need[i])) perr(P, "out of memory");
        it.n_need = 0;
        if (!it.any && it.n && ts_score(&it) < best_score) {
            if (!ts_absorb_item(&needs, &best)) perr(P, "out of memory");
            ts_free(&best);
            best = it;
            best_score = ts_score(&best);
        } else {
            if (!ts_absorb_item(&needs, &it)) perr(P, "out of memory");
            ts_free(&it);
        }
    }
    ss_free(&best.first);
    ts_drop_need(&best);
    *ts = best;
    ts->first = first;
    ts->nullable = nullable;
    ts->need = needs.need;
    ts->n_need = needs.n_need;
    ts_span(ts, pos, reach);
}

static void parse_alt(parser *P, tset *ts) {
    tset acc = {0};
    bool first = true;
    long len = 0, reach = 0;
    for (;;) {
        tset s = {0};
        parse_seq(P, &s);
        len = max_l(len, s.len), reach = max_l(reach, s.reach);
        if (first) {
            acc = s;
            first = false;
        } else {
            if (!ts_union(&acc, &s)) perr(P, "out of memory");
            ts_free(&s);
        }
        skip_ws(P);
        if (*P->p != '|' || P->failed) break;
        P->p++;
        sb_str(P->out, "|");
    }
    *ts = acc;
    ts_span(ts, len, reach);
}

polex_status pattern_translate(const char *pattern, const lexset *lex, pattern_out *out, char *msg,
                               size_t msg_cap) {
    memset(out, 0, sizeof *out);
    sbuf b = {0};
    lexdefs *ld = calloc(1, sizeof *ld);
    if (!ld) {
        snprintf(msg, msg_cap, "out of memory");
        return POLEX_ERR_NOMEM;
    }
    parser P = {.src = pattern,
                .p = pattern,
                .lex = lex,
                .out = &b,
                .ld = ld,
                .msg = msg,
                .msg_cap = msg_cap};
    /* A match starts at a token boundary. */
    sb_str(&b, "(?:");
    tset ts = {0};
    skip_ws(&P);
    if (!*P.p) perr(&P, "empty pattern");
    if (!P.failed) parse_alt(&P, &ts);
    skip_ws(&P);
    if (!P.failed && *P.p) perr(&P, "unexpected '%c' (unbalanced bracket?)", *P.p);
    sb_str(&b, ")");
    if (ld->defs.p) {
        sb_str(&b, "(?(DEFINE)");
        sb_str(&b, ld->defs.p);
        sb_str(&b, ")");
    }
    if (!P.failed && (b.oom || ld->defs.oom)) perr(&P, "pattern too large or out of memory");
    for (size_t i = 0; i < ld->n; i++) {
        ts_free(&ld->items[i].ts);
        free(ld->items[i].body);
    }
    free(ld->defs.p);
    free(ld);
    if (P.failed) {
        ts_free(&ts);
        free(b.p);
        return POLEX_ERR_RULES;
    }
    out->regex = b.p;
    if (!ts.nullable && !ts.first.any && ts.first.n) {
        out->first = ts.first.v;
        out->n_first = ts.first.n;
        ts.first = (strset){0};
    }
    out->always = ts.any || ts.n == 0;
    if (ts.n_need) {
        out->need = calloc(ts.n_need, sizeof *out->need);
        for (size_t i = 0; out->need && i < ts.n_need; i++) {
            /* a set with "the" or "to" holds in nearly every sentence: it
             * would cost a look at every such token and filter nothing */
            tset probe = {.v = ts.need[i].v, .n = ts.need[i].n};
            if (ts_score(&probe) >= 1000) continue;
            out->need[out->n_need++] = (keyset){ts.need[i].v, ts.need[i].n};
            ts.need[i] = (strset){0};
        }
    }
    ts_drop_need(&ts);
    if (out->always) {
        ts_free(&ts);
    } else {
        out->triggers = ts.v;
        out->n_triggers = ts.n;
        ss_free(&ts.first);
    }
    out->has_head = P.has_head;
    out->reach = ts.reach < REACH_INF ? (uint32_t)ts.reach : UINT32_MAX;
    return POLEX_OK;
}

size_t pattern_split(const char *pattern, const char **start, size_t *len, size_t cap) {
    int depth = 0;
    bool quoted = false;
    size_t n = 0;
    const char *from = pattern;
    for (const char *p = pattern;; p++) {
        char c = *p;
        if (c == '\\' && !quoted) {
            if (!p[1]) return 0;
            p++;
            continue;
        }
        if (c == '"') quoted = !quoted;
        if (quoted && c) continue;
        if (c == '(' || c == '<') depth++;
        if (c == ')' || c == '>') depth--;
        if (depth < 0) return 0;
        if ((c == '|' && depth == 0) || !c) {
            if (n == cap) return 0;
            start[n] = from;
            len[n++] = (size_t)(p - from);
            from = p + 1;
        }
        if (!c) break;
    }
    return depth == 0 && !quoted ? n : 0;
}

void pattern_out_free(pattern_out *out) {
    if (!out) return;
    free(out->regex);
    for (size_t i = 0; i < out->n_triggers; i++)
        free(out->triggers[i]);
    free(out->triggers);
    for (size_t i = 0; i < out->n_first; i++)
        free(out->first[i]);
    free(out->first);
    for (size_t i = 0; i < out->n_need; i++) {
        for (size_t k = 0; k < out->need[i].n; k++)
            free(out->need[i].v[k]);
        free(out->need[i].v);
    }
    free(out->need);
    memset(out, 0, sizeof *out);
}

pcre2_code *pattern_compile_opts(const char *regex, uint32_t options, char *msg, size_t msg_cap) {
    int ec;
    PCRE2_SIZE eo;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)regex, PCRE2_ZERO_TERMINATED,
                                     PCRE2_DUPNAMES | options, &ec, &eo, NULL);
    if (!code) {
        PCRE2_UCHAR buf[256];
        pcre2_get_error_message(ec, buf, sizeof buf);
        snprintf(msg, msg_cap, "PCRE2 rejected the pattern: %s", (const char *)buf);
        return NULL;
    }
    return code;
}

pcre2_code *pattern_compile(const char *regex, char *msg, size_t msg_cap) {
    return pattern_compile_opts(regex, 0, msg, msg_cap);
}

void pattern_jit(pcre2_code *code) {
    /* JIT is an optimisation: without it (unsupported platform) matching
     * still works through the interpreter. */
    if (code) (void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
}
