/* context.c - events a sentence states only by reference to an earlier one.
 *
 * Sentence rules see one sentence; news text often reports a second actor
 * doing what the previous sentence said ("Durham County said the same",
 * "Two other cities followed suit", "So did Travis County"). This pass runs
 * after the sentence rules over the whole document and adds those events.
 *
 * The cues are data: every lexicon lexicons/context_<kind>.txt is one kind
 * of cue, its hits carry the rule id "context.<kind>". A sentence where
 * the rules found nothing (or any, for an =also entry), outside a
 * question, whose words match an entry, takes the type and action of the
 * antecedent: the first hit of the nearest sentence with hits, at most
 * CX_WINDOW sentences back (an entry's =back:N widens it), in the same
 * paragraph or the one before, that is not inside a relative or
 * subordinate clause (when the sentence has another). An entry may ask for
 * a kind of antecedent (=type:, =if:, =near:), which is then the nearest
 * hit of that kind, and may say what the event is (=as:): "do so" and "the
 * other way" mean what the act they point to makes of them. The status is
 * decided in the new sentence by the matcher's status cues around the
 * entry's head ("did not follow suit" is negated, "is weighing a similar
 * order" hypothetical), or copied from the antecedent ("Neither has
 * Boise"). The entry language is described in rules/README.md. */
#include "context.h"

#include <stdlib.h>
#include <string.h>

enum {
    CX_MAX_ITEMS = 12,    /* items of one entry */
    CX_MAX_ENTRIES = 256, /* entries of all context lexicons together */
    CX_MAX_POOL = 4096,   /* their words */
    CX_MAX_BAD = 64,      /* entries left out that rules check can name */
    CX_WINDOW = 2,        /* sentences back an antecedent may stand (=back:N widens it) */
    CX_MAX_BACK = 4,      /* the widest =back:N */
    CX_MAX_NEW = 256,     /* context hits per document */
    CX_MAX_TOKENS = 120,  /* a longer sentence is no short back-reference */
    /* ", a county spokesman said" may close an entry's $, and so may ",
     * Justice Department spokesman Carl Redding said in a statement." (12
     * tokens with the quote and the period; 10 were too few) */
    CX_ATTR_TAIL = 14,
    CX_BACK = 3,          /* tokens before a hit that can open its clause */
    CX_MAX_STEPS = 20000, /* backtracking steps of one sentence */
    CX_MAX_GAP = 12,      /* largest _{m,n} */
    CX_KEY_BITS = 4096    /* prefilter table of anchor words */
};

_Static_assert(CX_MAX_ITEMS == 12 && CX_MAX_GAP == 12 && CX_MAX_ENTRIES == 256,
               "the reasons rules check gives name these limits");

enum { HOW_WORD, HOW_NORM, HOW_PREFIX, HOW_SUFFIX };
enum { IT_WORDS, IT_NOT, IT_ANY, IT_NAME, IT_START, IT_END, IT_HEAD_OPEN, IT_HEAD_CLOSE };

typedef struct cx_alt {
    const char *s;
    uint16_t len;
    uint8_t how;
} cx_alt;

typedef struct cx_item {
    uint8_t kind;
    uint8_t min, max;   /* IT_WORDS: 0 or 1 to 1; IT_ANY: the gap */
    uint16_t a0, n_alt; /* IT_WORDS / IT_NOT: words pool[a0 .. a0 + n_alt) */
} cx_item;

typedef struct cx_entry {
    const char *kind; /* of its file, context_<kind>.txt */
    cx_item items[CX_MAX_ITEMS];
    uint8_t n_items;
    bool copy_status;   /* "=antecedent" */
    bool all;           /* "=all": every event of the antecedent's sentence, one per type */
    int fixed_status;   /* "=status:NAME"; -1: from the cues */
    const char *action; /* "=action:NAME": the event's action; NULL: the antecedent's */
    size_t action_len;
    const char *as;     /* "=as:TYPE/ACTION": the event's type and action; NULL: the antecedent's */
    size_t as_type_len; /* TYPE's length; ACTION follows the slash */
    size_t as_action_len;
    const char *type; /* "=type:T,T/A": only antecedents of these kinds; NULL: any */
    size_t type_len;
    const char *near; /* "=near:W,W": the antecedent's sentence has one of these words */
    size_t near_len;
    uint8_t ante_status; /* "=if:S,S": bits of the antecedent statuses allowed; 0: any */
    uint8_t back;        /* "=back:N": sentences back the antecedent may stand */
    bool also;           /* "=also": tried in a sentence with events of its own too */
    int anchor;          /* a required word item, for the prefilter; -1: none */
} cx_entry;

/* An anchor word of an entry (pool index), under its word_key. */
typedef struct cx_anchor {
    uint16_t key, entry, alt;
} cx_anchor;

/* An entry left out: entry k of lexicon lex of the lexset, and why. */
typedef struct cx_bad {
    size_t lex, k;
    const char *why;
} cx_bad;

/* The parsed cues of a ruleset's context lexicons. Parsing them costs
 * more than the pass itself: the ruleset parses them once at load and
 * owns the book (rs->context); its entries point into the lexicons' text,
 * which lives as long. Read-only after load, shared by threads. */
typedef struct cx_book {
    size_t n_bad;           /* entries left out: they do not parse or pass a limit */
    cx_bad bad[CX_MAX_BAD]; /* the first of them, for rules check */
    const char *why;        /* why the entry being parsed does not parse */
    cx_entry entries[CX_MAX_ENTRIES];
    size_t n_entries;
    cx_alt pool[CX_MAX_POOL];
    size_t n_pool;
    uint64_t keybits[CX_KEY_BITS / 64]; /* word_key of every anchor word */
    cx_anchor anchors[CX_MAX_POOL];     /* every anchor word, by word_key */
    size_t n_anchors;
    uint64_t always[CX_MAX_ENTRIES / 64]; /* entries tried in every sentence */
    bool any_also;                        /* some entry says =also */
} cx_book;

/* The cues of one run, and scratch for the status of a hit. */
typedef struct cx_state {
    const context_env *env;
    polex_doc *doc;
    const cx_book *book;                  /* the ruleset's */
    uint64_t marked[CX_MAX_ENTRIES / 64]; /* entries whose anchor the sentence has */
    polex_hit *added;
    size_t n_added;
    topic_scope scope;
    bool scoped;
    char *s; /* sentence string, as the matcher builds it */
    size_t s_cap;
    uint32_t *toff;
    size_t toff_cap;
    cue_span *cues;
    size_t n_cues, cap_cues;
} cx_state;

/* ---- entries ------------------------------------------------------------ */

static bool is_space(char c) {
    return c == ' ' || c == '\t';
}

/* Records why the entry being parsed does not parse (the first reason
 * found); false, for the parser to return. */
static bool fail(cx_book *st, const char *why) {
    if (!st->why) st->why = why;
    return false;
}

static bool word_char(char c) {
    return c && !is_space(c) && c != '(' && c != ')' && c != '|' && c != '?' && c != '>';
}

/* One word at *p into the pool: plain (lemma or norm), "quoted" (norm
 * only), prefix* or \, (a punctuation token). */
static bool parse_word(cx_book *st, const char **p) {
    const char *s = *p;
    cx_alt a = {0};
    if (*s == '\\' && s[1]) {
        a = (cx_alt){s + 1, 1, HOW_NORM};
        s += 2;
    } else if (*s == '"') {
        const char *e = strchr(s + 1, '"');
        if (!e || e == s + 1) return fail(st, "an empty or unclosed \"word\"");
        a = (cx_alt){s + 1, (uint16_t)(e - s - 1), HOW_NORM};
        s = e + 1;
    } else {
        const char *e = s;
        while (word_char(*e))
            e++;
        if (e == s) return fail(st, "a word expected");
        a = (cx_alt){s, (uint16_t)(e - s), HOW_WORD};
        if (*s == '*') {
            a = (cx_alt){s + 1, (uint16_t)(e - s - 1), HOW_SUFFIX};
            if (!a.len) return fail(st, "a '*' without a word");
        } else if (e[-1] == '*') {
            a.how = HOW_PREFIX;
            a.len--;
            if (!a.len) return fail(st, "a '*' without a word");
        }
        s = e;
    }
    if (st->n_pool == CX_MAX_POOL)
        return fail(st, "past the limit of words of all context entries");
    st->pool[st->n_pool++] = a;
    *p = s;
    return true;
}

/* A word or a (a | b | c) group; a '?' after it makes it optional. */
static bool parse_words(cx_book *st, const char **p, cx_item *it) {
    const char *s = *p;
    it->a0 = (uint16_t)st->n_pool;
    if (*s == '(') {
        s++;
        for (;;) {
            while (is_space(*s))
                s++;
            if (!parse_word(st, &s)) return false;
            while (is_space(*s))
                s++;
            if (*s == ')') break;
            if (*s != '|') return fail(st, "a (a | b) group not closed");
            s++;
        }
        s++;
    } else if (!parse_word(st, &s)) {
        return false;
    }
    it->n_alt = (uint16_t)(st->n_pool - it->a0);
    it->min = it->max = 1;
    if (*s == '?') {
        it->min = 0;
        s++;
    }
    *p = s;
    return true;
}

/* _ or _{m,n}, #name or #name{m,n} (a trailing '?' is allowed: both are
 * tried shortest first). */
static bool parse_gap(cx_book *st, const char **p, cx_item *it) {
    const char *s = *p + 1;
    it->kind = IT_ANY;
    if (**p == '#') {
        if (strncmp(s, "name", 4) != 0) return fail(st, "'#' not followed by name");
        s += 4;
        it->kind = IT_NAME;
    }
    unsigned lo = 1, hi = 1;
    if (*s == '{') {
        char *e;
        lo = (unsigned)strtoul(s + 1, &e, 10);
        if (*e != ',') return fail(st, "a {m,n} without its ','");
        hi = (unsigned)strtoul(e + 1, &e, 10);
        if (*e != '}' || hi < lo || hi > CX_MAX_GAP)
            return fail(st, "a {m,n} not closed, with n < m or n > 12");
        s = e + 1;
        if (*s == '?') s++;
    }
    it->min = (uint8_t)lo;
    it->max = (uint8_t)hi;
    *p = s;
    return true;
}

/* The next item of a comma list [*s, end) into [*item, *item + *len). */
static bool next_item(const char **s, const char *end, const char **item, size_t *len) {
    if (*s >= end) return false;
    const char *c = memchr(*s, ',', (size_t)(end - *s));
    *item = *s;
    *len = (size_t)((c ? c : end) - *s);
    *s = c ? c + 1 : end;
    return true;
}

/* "planned,hypothetical" into status bits. */
static bool parse_statuses(cx_book *st, const char *s, size_t n, uint8_t *bits) {
    const char *item;
    size_t len;
    for (const char *end = s + n; next_item(&s, end, &item, &len);) {
        char name[16];
        if (len == 0 || len >= sizeof name) return fail(st, "an unknown status in =if:");
        memcpy(name, item, len);
        name[len] = '\0';
        int v = polex_event_status_from_name(name);
        if (v < 0) return fail(st, "an unknown status in =if:");
        *bits |= (uint8_t)(1u << v);
    }
    return true;
}

static bool parse_option(cx_book *st, cx_entry *e, const char **p) {
    const char *s = *p + 1, *end = s;
    while (*end && !is_space(*end))
        end++;
    size_t n = (size_t)(end - s);
    if (n == 10 && memcmp(s, "antecedent", 10) == 0) {
        e->copy_status = true;
    } else if (n == 3 && memcmp(s, "all", 3) == 0) {
        e->all = true;
    } else if (n == 4 && memcmp(s, "also", 4) == 0) {
        e->also = true;
    } else if (n > 5 && memcmp(s, "type:", 5) == 0) {
        e->type = s + 5;
        e->type_len = n - 5;
    } else if (n > 5 && memcmp(s, "near:", 5) == 0) {
        e->near = s + 5;
        e->near_len = n - 5;
    } else if (n > 3 && memcmp(s, "as:", 3) == 0) {
        const char *slash = memchr(s + 3, '/', n - 3);
        if (!slash) return fail(st, "an =as: without its /ACTION");
        e->as = s + 3;
        e->as_type_len = (size_t)(slash - e->as);
        e->as_action_len = (size_t)(end - slash - 1);
    } else if (n == 6 && memcmp(s, "back:", 5) == 0) {
        if (s[5] < '1' || s[5] > '0' + CX_MAX_BACK) return fail(st, "an =back:N with N not 1 to 4");
        e->back = (uint8_t)(s[5] - '0');
    } else if (n > 3 && memcmp(s, "if:", 3) == 0) {
        if (!parse_statuses(st, s + 3, n - 3, &e->ante_status)) return false;
    } else if (n > 7 && memcmp(s, "action:", 7) == 0) {
        e->action = s + 7;
        e->action_len = n - 7;
    } else if (n > 7 && n < 7 + 16 && memcmp(s, "status:", 7) == 0) {
        char name[16];
        memcpy(name, s + 7, n - 7);
        name[n - 7] = '\0';
        if ((e->fixed_status = polex_event_status_from_name(name)) < 0)
            return fail(st, "an unknown status in =status:");
    } else {
        return fail(st, "an unknown option (=antecedent, =all, =type:, =action:, =as:, =status:, "
                        "=if:, =near:, =back:, =also)");
    }
    *p = end;
    return true;
}

static bool parse_item(cx_book *st, cx_entry *e, const char **p) {
    const char *s = *p;
    cx_item it = {0};
    if (*s == '=') return parse_option(st, e, p);
    if (e->n_items == CX_MAX_ITEMS) return fail(st, "more than 12 items");
    if (*s == '^' || *s == '$' || *s == '>') {
        it.kind = *s == '^' ? IT_START : *s == '$' ? IT_END : IT_HEAD_CLOSE;
        s++;
    } else if (strncmp(s, "<head", 5) == 0 && (is_space(s[5]) || !s[5])) {
        it.kind = IT_HEAD_OPEN;
        s += 5;
    } else if (*s == '_' || *s == '#') {
        if (!parse_gap(st, &s, &it)) return false;
    } else if (*s == '!') {
        s++;
        if (!parse_words(st, &s, &it)) return false;
        if (it.min == 0) return fail(st, "a !(a | b) cannot be optional");
        it.kind = IT_NOT;
    } else if (!parse_words(st, &s, &it)) {
        return false;
    }
    e->items[e->n_items++] = it;
    *p = s;
    return true;
}

/* The required word item whose shortest word is the longest (then the
 * one with the fewest alternatives), of those matched whole: the entry is
 * tried only in sentences holding one of its words, and short words
 * ("to", "so") are the common ones. -1 when there is none. */
static int anchor_of(const cx_book *st, const cx_entry *e) {
    int best = -1;
    size_t best_alts = 0, best_len = 0;
    for (uint8_t i = 0; i < e->n_items; i++) {
        const cx_item *it = &e->items[i];
        if (it->kind != IT_WORDS || it->min == 0) continue;
        size_t shortest = SIZE_MAX;
        bool whole = true;
        for (uint16_t k = 0; k < it->n_alt; k++) {
            const cx_alt *a = &st->pool[it->a0 + k];
            whole = whole && (a->how == HOW_WORD || a->how == HOW_NORM);
            if (a->len < shortest) shortest = a->len;
        }
        if (!whole) continue;
        if (best < 0 || shortest > best_len || (shortest == best_len && it->n_alt < best_alts)) {
            best = i;
            best_alts = it->n_alt;
            best_len = shortest;
        }
    }
    return best;
}

/* An entry that does not parse is left out (rules/README.md says how to
 * write one; rules check names it, with st->why). */
static bool parse_entry(cx_book *st, const char *kind, const char *src, cx_entry *e) {
    memset(e, 0, sizeof *e);
    st->why = NULL;
    e->kind = kind;
    e->fixed_status = -1;
    e->back = CX_WINDOW;
    size_t pool0 = st->n_pool;
    for (const char *p = src;;) {
        while (is_space(*p))
            p++;
        if (!*p) break;
        if (!parse_item(st, e, &p)) {
            st->n_pool = pool0;
            return false;
        }
    }
    e->anchor = anchor_of(st, e);
    if (e->also && !e->as) return fail(st, "an =also without =as:");
    return e->n_items > 0 || fail(st, "no items");
}

static bool is_context_lexicon(const lexicon *lx) {
    return strncmp(lx->name, "context_", 8) == 0 && lx->name[8];
}

/* A cheap key of a word: its first three bytes (no strlen: it is taken
 * of every word of the sentences looked at). */
static uint32_t word_key(const char *w, size_t len) {
    unsigned c[3] = {0, 0, 0};
    for (size_t i = 0; i < 3 && i < len && w[i]; i++)
        c[i] = (unsigned char)w[i];
    return (uint32_t)(c[0] * 961u + c[1] * 31u + c[2]) & (CX_KEY_BITS - 1);
}

static bool bit_test(const uint64_t *bits, size_t i) {
    return bits[i / 64] >> (i % 64) & 1;
}

static void bit_put(uint64_t *bits, size_t i) {
    bits[i / 64] |= 1ull << (i % 64);
}

static void anchor_bits(cx_book *st, const cx_entry *e, size_t index) {
    if (e->anchor < 0) {
        bit_put(st->always, index);
        return;
    }
    const cx_item *it = &e->items[e->anchor];
    for (uint16_t k = 0; k < it->n_alt && st->n_anchors < CX_MAX_POOL; k++) {
        const cx_alt *a = &st->pool[it->a0 + k];
        uint32_t key = word_key(a->s, a->len);
        bit_put(st->keybits, key);
        st->anchors[st->n_anchors++] =
            (cx_anchor){(uint16_t)key, (uint16_t)index, (uint16_t)(it->a0 + k)};
    }
}

static int cmp_anchor(const void *a, const void *b) {
    const cx_anchor *x = a, *y = b;
    return x->key != y->key ? (x->key < y->key ? -1 : 1) : (int)x->entry - (int)y->entry;
}

/* An entry left out: counted, and named while there is room. */
static void book_bad(cx_book *b, size_t lex, size_t k, const char *why) {
    if (b->n_bad < CX_MAX_BAD) b->bad[b->n_bad] = (cx_bad){lex, k, why};
    b->n_bad++;
}

/* Parses the context lexicon lx (index i of the lexset) into b (what
 * passes CX_MAX_ENTRIES or CX_MAX_POOL is left out). */
static void book_kind(cx_book *b, const lexicon *lx, size_t i) {
    for (size_t k = 0; k < lx->n; k++) {
        if (b->n_entries == CX_MAX_ENTRIES) {
            book_bad(b, i, k, "past the limit of 256 entries of all context lexicons");
            continue;
        }
        cx_entry *e = &b->entries[b->n_entries];
        if (!parse_entry(b, lx->name + 8, lx->entries[k], e)) {
            book_bad(b, i, k, b->why ? b->why : "does not parse");
            continue;
        }
        anchor_bits(b, e, b->n_entries);
        b->any_also = b->any_also || e->also;
        b->n_entries++;
    }
}

polex_status match_context_load(polex_ruleset *rs) {
    cx_book *b = calloc(1, sizeof *b);
    if (!b) return POLEX_ERR_NOMEM;
    for (size_t i = 0; i < rs->lex.n; i++)
        if (is_context_lexicon(&rs->lex.items[i])) book_kind(b, &rs->lex.items[i], i);
    qsort(b->anchors, b->n_anchors, sizeof *b->anchors, cmp_anchor);
    rs->context = b;
    return POLEX_OK;
}

void match_context_free(cx_book *b) {
    free(b);
}

size_t match_context_report(const polex_ruleset *rs, FILE *out) {
    const cx_book *b = rs->context;
    if (!b) return 0;
    for (size_t i = 0; i < b->n_bad && i < CX_MAX_BAD; i++) {
        const lexicon *lx = &rs->lex.items[b->bad[i].lex];
        size_t k = b->bad[i].k;
        fprintf(out, "%s:%d: context entry left out: %s: \"%s\"\n", lx->file, lx->lines[k],
                b->bad[i].why, lx->entries[k]);
    }
    if (b->n_bad > CX_MAX_BAD)
        fprintf(out, "%zu more context entries left out\n", b->n_bad - CX_MAX_BAD);
    return b->n_bad;
}

size_t match_context_cues(const polex_ruleset *rs, size_t *n_bad) {
    const cx_book *b = rs->context;
    if (n_bad) *n_bad = b ? b->n_bad : 0;
    return b ? b->n_entries : 0;
}

/* ---- matching an entry -------------------------------------------------- */

static bool str_is(const char *x, const cx_alt *a) {
    return x && strncmp(x, a->s, a->len) == 0 && x[a->len] == '\0';
}

static bool tok_is(const polex_token *t, const cx_alt *a) {
    const char *lemma = t->lemma ? t->lemma : t->norm;
    switch (a->how) {
    case HOW_NORM:
        return str_is(t->norm, a);
    case HOW_PREFIX:
        return (t->norm && strncmp(t->norm, a->s, a->len) == 0) ||
               (lemma && strncmp(lemma, a->s, a->len) == 0);
    case HOW_SUFFIX: {
        size_t n = t->norm ? strlen(t->norm) : 0;
        return n > a->len && memcmp(t->norm + n - a->len, a->s, a->len) == 0;
    }
    default:
        return str_is(lemma, a) || str_is(t->norm, a);
    }
}

static bool is_punct(const polex_token *t) {
    return t->cls == POLEX_TOK_PUNCT || t->cls == POLEX_TOK_QUOTE;
}

typedef struct cx_try {
    const cx_state *st;
    const cx_entry *e;
    const polex_token *tok;
    uint32_t n, first_word;
    uint32_t h0, h1; /* head: tokens [h0, h1) */
    uint32_t steps;
    bool only_also; /* the sentence has events of its own: =also entries only */
} cx_try;

static bool item_word(const cx_try *m, const cx_item *it, const polex_token *t) {
    for (uint16_t k = 0; k < it->n_alt; k++)
        if (tok_is(t, &m->st->book->pool[it->a0 + k])) return true;
    return false;
}

/* Nothing of the clause follows token t but punctuation, or a closing
 * attribution (", a spokesman said."). */
static bool clause_ends(const cx_try *m, uint32_t t) {
    uint32_t k = t;
    while (k < m->n && is_punct(&m->tok[k]))
        k++;
    if (k == m->n) return true;
    if (t >= m->n || !m->tok[t].norm || strcmp(m->tok[t].norm, ",") != 0 || m->n - t > CX_ATTR_TAIL)
        return false;
    static const cx_alt say = {"say", 3, HOW_WORD}, according = {"according", 9, HOW_WORD};
    for (k = t + 1; k < m->n; k++)
        if (tok_is(&m->tok[k], &say) || tok_is(&m->tok[k], &according)) return true;
    return false;
}

/* A capitalized word that names nothing: a pronoun or determiner that
 * opens a sentence ("It has not.", "Most do not." point back to
 * something other than a place). */
static bool is_pronoun(const polex_token *t) {
    static const char *const words[] = {"it",   "they", "he",   "she",   "we",    "i",
                                        "you",  "this", "that", "these", "those", "there",
                                        "here", "most", "some", "many",  "none",  "both",
                                        "all",  "each", "what", "who",   "one",   NULL};
    for (int k = 0; t->norm && words[k]; k++)
        if (strcmp(t->norm, words[k]) == 0) return true;
    return false;
}

/* Token t may go on a name begun before it: a capitalized word, or what
 * joins the words of one ("City of Boston", "St. Paul", "Prince George's"). */
static bool name_part(const polex_token *t, bool first) {
    if (t->cls == POLEX_TOK_WORD && (t->flags & POLEX_TOKF_CAP)) return !first || !is_pronoun(t);
    static const char *const joins[] = {"of", ".", "'s", "-", "&", NULL};
    for (int k = 0; !first && t->norm && joins[k]; k++)
        if (strcmp(t->norm, joins[k]) == 0) return true;
    return false;
}

static bool match_items(cx_try *m, uint32_t i, uint32_t t, uint32_t *end) {
    if (++m->steps > CX_MAX_STEPS) return false;
    if (i == m->e->n_items) {
        *end = t;
        return true;
    }
    const cx_item *it = &m->e->items[i];
    switch (it->kind) {
    case IT_START:
        return t == m->first_word && match_items(m, i + 1, t, end);
    case IT_END:
        return clause_ends(m, t) && match_items(m, i + 1, t, end);
    case IT_HEAD_OPEN:
        m->h0 = t;
        return match_items(m, i + 1, t, end);
    case IT_HEAD_CLOSE:
        m->h1 = t;
        return match_items(m, i + 1, t, end);
    case IT_ANY:
        for (uint32_t k = it->min; k <= it->max && t + k <= m->n; k++)
            if (match_items(m, i + 1, t + k, end)) return true;
        return false;
    case IT_NAME:
        for (uint32_t k = 0; k < it->max && t + k < m->n && name_part(&m->tok[t + k], k == 0); k++)
            if (k + 1 >= it->min && match_items(m, i + 1, t + k + 1, end)) return true;
        return false;
    case IT_NOT:
        return t < m->n && !item_word(m, it, &m->tok[t]) && match_items(m, i + 1, t + 1, end);
    default:
        if (t < m->n && item_word(m, it, &m->tok[t]) && match_items(m, i + 1, t + 1, end))
            return true;
        return it->min == 0 && match_items(m, i + 1, t, end);
    }
}

static void mark_word(cx_try *m, const polex_token *t, const char *w) {
    cx_state *st = (cx_state *)m->st;
    const cx_book *b = st->book;
    uint32_t key = w ? word_key(w, 3) : 0;
    if (!w || !bit_test(b->keybits, key)) return;
    size_t lo = 0, hi = b->n_anchors;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (b->anchors[mid].key < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < b->n_anchors && b->anchors[lo].key == key; lo++) {
        const cx_anchor *a = &b->anchors[lo];
        if (!bit_test(st->marked, a->entry) && tok_is(t, &b->pool[a->alt]))
            bit_put(st->marked, a->entry);
    }
}

/* Marks the entries whose anchor word the sentence holds; false when
 * none can match. */
static bool mark_entries(cx_try *m) {
    cx_state *st = (cx_state *)m->st;
    memcpy(st->marked, st->book->always, sizeof st->marked);
    for (uint32_t t = 0; t < m->n; t++) {
        const polex_token *tok = &m->tok[t];
        mark_word(m, tok, tok->norm);
        if (tok->lemma && tok->lemma != tok->norm) mark_word(m, tok, tok->lemma);
    }
    for (size_t i = 0; i < CX_MAX_ENTRIES / 64; i++)
        if (st->marked[i]) return true;
    return false;
}

typedef struct cx_ante cx_ante;
typedef struct cx_ring cx_ring;

/* The event an entry points back to, and the sentence it stands in. */
typedef struct cx_pick {
    const cx_ante *a;
    const polex_hit *hit;
} cx_pick;

typedef struct cx_found {
    const cx_entry *e;
    uint32_t t0, t1; /* match [t0, t1) */
    uint32_t h0, h1; /* head [h0, h1) */
    cx_pick ante;
} cx_found;

static bool resolve(const polex_doc *doc, const cx_ring *r, uint32_t si, const cx_entry *e,
                    cx_pick *out);

/* An entry that asks for a kind of antecedent: at the same place it wins
 * over a general one ("Nicollet County does not." after an event of
 * honoring detainers is a refusal, after others the event negated). */
static bool is_specific(const cx_entry *e) {
    return e->type || e->near || e->ante_status;
}

/* The entry matching sentence si leftmost that has an antecedent (at one
 * place a specific entry, else the first), and that antecedent. */
static bool find_cue(cx_try *m, const cx_ring *r, uint32_t si, cx_found *out) {
    for (size_t i = 0; i < m->st->book->n_entries; i++) {
        const cx_entry *e = &m->st->book->entries[i];
        if (!bit_test(m->st->marked, i) || (m->only_also && !e->also)) continue;
        m->e = e;
        /* an entry held to the sentence's start is tried there only */
        uint32_t t0 = e->n_items && e->items[0].kind == IT_START ? m->first_word : 0;
        uint32_t t1 = t0 == 0 ? m->n : t0 + 1;
        for (uint32_t t = t0; t < t1 && t < m->n; t++) {
            uint32_t end = t;
            m->h0 = UINT32_MAX;
            m->h1 = UINT32_MAX;
            if (!match_items(m, 0, t, &end) || end <= t) continue;
            bool better =
                !out->e || t < out->t0 || (t == out->t0 && is_specific(e) && !is_specific(out->e));
            cx_pick ante;
            if (better && resolve(m->st->doc, r, si, e, &ante)) {
                uint32_t h0 = m->h0 == UINT32_MAX ? t : m->h0;
                uint32_t h1 = m->h1 == UINT32_MAX || m->h1 <= h0 ? end : m->h1;
                *out = (cx_found){e, t, end, h0, h1, ante};
            }
            break;
        }
    }
    return out->e != NULL;
}

/* ---- status of the new event ---------------------------------------------- */

static unsigned char fold(unsigned char c) {
    if (c <= ' ' || c == (unsigned char)TOKSEP || c == (unsigned char)TOKSTART) return '_';
    if (c >= 'A' && c <= 'Z') return (unsigned char)(c + ('a' - 'A'));
    return c;
}

static const char class_letter[POLEX_TOK_CLASS_COUNT] = {'w', 'n', 'm', 'p', 'd', 'u', 'q', 's'};

static size_t put(char *dst, const char *src) {
    size_t n = 0;
    for (; src && src[n]; n++)
        dst[n] = (char)fold((unsigned char)src[n]);
    return n;
}

/* The sentence string the status cues are written for (see matcher.c). */
static bool build_string(cx_state *st, const polex_token *tok, uint32_t n, size_t *len) {
    size_t need = 1;
    for (uint32_t i = 0; i < n; i++)
        need += strlen(tok[i].lemma  ? tok[i].lemma
                       : tok[i].norm ? tok[i].norm
                                     : "") +
                strlen(tok[i].norm ? tok[i].norm : "") + 4;
    if (need > st->s_cap) {
        char *p = realloc(st->s, need);
        if (!p) return false;
        st->s = p;
        st->s_cap = need;
    }
    if (n > st->toff_cap) {
        uint32_t *p = realloc(st->toff, n * sizeof *p);
        if (!p) return false;
        st->toff = p;
        st->toff_cap = n;
    }
    size_t k = 0;
    for (uint32_t i = 0; i < n; i++) {
        st->toff[i] = (uint32_t)k;
        st->s[k++] = TOKSTART;
        k += put(st->s + k, tok[i].lemma ? tok[i].lemma : tok[i].norm);
        st->s[k++] = TOKSEP;
        k += put(st->s + k, tok[i].norm);
        st->s[k++] = TOKSEP;
        st->s[k++] = tok[i].cls < POLEX_TOK_CLASS_COUNT ? class_letter[tok[i].cls] : 's';
    }
    st->s[k] = '\0';
    *len = k;
    return true;
}

static uint32_t tok_at(const cx_state *st, uint32_t n, size_t off) {
    uint32_t lo = 0, hi = n;
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (st->toff[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static bool add_cue(cx_state *st, int kind, uint32_t first, uint32_t last) {
    if (st->n_cues == st->cap_cues) {
        size_t cap = st->cap_cues ? st->cap_cues * 2 : 32;
        cue_span *p = realloc(st->cues, cap * sizeof *p);
        if (!p) return false;
        st->cues = p;
        st->cap_cues = cap;
    }
    st->cues[st->n_cues++] = (cue_span){kind, first, last};
    return true;
}

static int cmp_cue(const void *a, const void *b) {
    const cue_span *x = a, *y = b;
    if (x->first != y->first) return x->first < y->first ? -1 : 1;
    return x->kind - y->kind;
}

enum { CX_CODES = 4 };

/* The patterns of one cue kind to try at a token (as matcher.c's cue_try). */
typedef struct cx_codes {
    const pcre2_code *code[CX_CODES];
    uint8_t n;
} cx_codes;

static void codes_add(cx_codes *c, const pcre2_code *code) {
    if (!code) return;
    for (uint8_t i = 0; i < c->n; i++)
        if (c->code[i] == code) return;
    if (c->n < CX_CODES) c->code[c->n++] = code;
}

/* The cue kinds that can start on key s at token t: a word cue is the
 * token itself (word bits), the others have patterns to run (pattern
 * bits, codes). */
static void cue_keys(const polex_ruleset *rs, const char *s, uint32_t *word, uint32_t *pattern,
                     cx_codes *codes) {
    const trig_slot *slot = s ? ruleset_lookup_cue(rs, s, strlen(s)) : NULL;
    for (uint32_t i = 0; slot && i < slot->n; i++) {
        uint32_t v = slot->rules[i], k = v & 0xff, cond = v >> CUE_COND_SHIFT;
        if (k >= CUE_KIND_COUNT) continue;
        if (v & CUE_WORD) {
            *word |= 1u << k;
            continue;
        }
        if (!(*pattern & 1u << k)) codes[k].n = 0;
        *pattern |= 1u << k;
        const pcre2_code *code = cond ? rs->cue_conds[cond - 1].code : NULL;
        codes_add(&codes[k], code ? code : rs->cue_anchored[k]);
    }
}

static const char *const class_key[POLEX_TOK_CLASS_COUNT] = {"#w", "#n", "#m", "#p",
                                                             "#d", "#u", "#q", "#s"};

/* The cue of kind k at token t: the first of its patterns that matches,
 * else the token alone when it is a word of the kind. */
static bool cue_at(cx_state *st, int k, const cx_codes *c, bool word, uint32_t t, uint32_t n,
                   size_t len, uint32_t *next) {
    pcre2_match_data *md = st->env->md;
    for (uint8_t i = 0; i < c->n; i++) {
        if (pcre2_match(c->code[i], (PCRE2_SPTR)st->s, len, st->toff[t], 0, md, st->env->mctx) < 0)
            continue;
        const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        if (ov[1] <= ov[0]) continue;
        uint32_t last = tok_at(st, n, ov[1] - 1);
        next[k] = last + 1;
        return add_cue(st, k, t, last);
    }
    if (!word) return true;
    next[k] = t + 1;
    return add_cue(st, k, t, t);
}

/* The status cues of the sentence, found as the matcher finds them: where
 * a cue can start (by its first words), else by searching. A cue stopped
 * by a PCRE2 limit is no cue. */
static bool find_cues(cx_state *st, const polex_token *tok, uint32_t n, size_t len) {
    const polex_ruleset *rs = st->env->rs;
    uint32_t next[CUE_KIND_COUNT] = {0};
    st->n_cues = 0;
    for (uint32_t t = 0; t < n; t++) {
        uint32_t word = 0, pattern = 0;
        cx_codes codes[CUE_KIND_COUNT];
        const char *lemma = tok[t].lemma ? tok[t].lemma : tok[t].norm;
        cue_keys(rs, lemma, &word, &pattern, codes);
        if (tok[t].norm && (!lemma || strcmp(lemma, tok[t].norm) != 0))
            cue_keys(rs, tok[t].norm, &word, &pattern, codes);
        if (tok[t].cls != POLEX_TOK_WORD && tok[t].cls < POLEX_TOK_CLASS_COUNT)
            cue_keys(rs, class_key[tok[t].cls], &word, &pattern, codes);
        for (int k = 0; k < CUE_KIND_COUNT && (word | pattern); k++) {
            uint32_t bit = 1u << k;
            if (!((word | pattern) & bit) || t < next[k]) continue;
            if (!(pattern & bit)) codes[k].n = 0;
            if (!cue_at(st, k, &codes[k], word & bit, t, n, len, next)) return false;
        }
    }
    for (int k = 0; k < CUE_KIND_COUNT; k++) { /* cues that may start anywhere */
        const pcre2_code *code = rs->cue_anchored[k] ? NULL : rs->cues[k];
        for (size_t off = 0; code && off < len;) {
            if (pcre2_match(code, (PCRE2_SPTR)st->s, len, off, 0, st->env->md, st->env->mctx) < 0)
                break;
            const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(st->env->md);
            if (ov[1] <= ov[0]) break;
            if (!add_cue(st, k, tok_at(st, n, ov[0]), tok_at(st, n, ov[1] - 1))) return false;
            off = ov[1];
        }
    }
    if (st->n_cues > 1) qsort(st->cues, st->n_cues, sizeof *st->cues, cmp_cue);
    return true;
}

/* The status a bare auxiliary of the match gives when the status cues
 * found none: its verb is left out ("Travis County will too", "So would
 * Denver"), and the cues are written for a verb that follows. will,
 * shall: planned; would, could, may, might: hypothetical; else asserted. */
static int elided_status(const polex_token *tok, const cx_found *f) {
    static const char *const planned[] = {"will", "shall", "'ll", NULL};
    static const char *const possible[] = {"would", "could", "may", "might", "'d", NULL};
    for (uint32_t t = f->t0; t < f->t1; t++) {
        const char *w = tok[t].lemma ? tok[t].lemma : tok[t].norm;
        for (int k = 0; w && planned[k]; k++)
            if (strcmp(w, planned[k]) == 0) return POLEX_PLANNED;
        for (int k = 0; w && possible[k]; k++)
            if (strcmp(w, possible[k]) == 0) return POLEX_HYPOTHETICAL;
    }
    return POLEX_ASSERTED;
}

/* Status, cue and attribution of a context hit whose head is [h0, h1). */
static polex_status decide(cx_state *st, const polex_token *tok, uint32_t n, const cx_found *f,
                           polex_hit *out) {
    size_t len = 0;
    if (!build_string(st, tok, n, &len)) return POLEX_ERR_NOMEM;
    if (!find_cues(st, tok, n, len)) return POLEX_ERR_NOMEM;
    int cue = -1;
    status_event ev = {f->h0, f->h1 - 1, READ_PLAIN};
    int status = status_decide(st->cues, st->n_cues, &ev, &cue);
    if (cue < 0 && status == POLEX_ASSERTED) status = elided_status(tok, f);
    if (f->e->fixed_status >= 0) {
        out->status = (uint8_t)f->e->fixed_status;
    } else if (!f->e->copy_status) { /* else add_copy takes each antecedent's */
        out->status = (uint8_t)status;
        if (cue >= 0 && st->doc->text) {
            uint32_t c0 = tok[st->cues[cue].first].start, c1 = tok[st->cues[cue].last].end;
            out->cue = polex_arena_strndup(st->doc->arena, st->doc->text + c0, c1 - c0);
            if (!out->cue) return POLEX_ERR_NOMEM;
        }
    }
    sent_view v = {st->doc, tok, n, st->s, len, st->toff};
    uint32_t a0 = 0, a1 = 0;
    if (attribution_find(&v, st->cues, st->n_cues, &a0, &a1))
        out->attribution = (polex_span){tok[a0].start, tok[a1].end};
    return POLEX_OK;
}

/* ---- antecedents ------------------------------------------------------------ */

/* Paragraph of byte off (0 when the document has none). */
static size_t paragraph_of(const polex_doc *doc, uint32_t off) {
    size_t lo = 0, hi = doc->n_paragraphs;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (doc->paragraphs[mid].start <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* A hit whose clause opens right before it ("Denver, which has refused
 * ...", "after a judge blocked ...") is background to its sentence. */
static bool in_side_clause(const polex_doc *doc, const polex_hit *h) {
    static const char *const openers[] = {
        "which", "who",    "whom",  "whose",  "after", "since", "because", "although", "though",
        "while", "before", "until", "unless", "if",    "once",  "when",    NULL};
    const polex_sentence *se = &doc->sentences[h->sentence];
    const polex_token *tok = &doc->tokens[se->first_token];
    uint32_t t = 0;
    while (t < se->n_tokens && tok[t].start < h->start)
        t++;
    for (uint32_t k = t > CX_BACK ? t - CX_BACK : 0; k < t; k++)
        for (int w = 0; openers[w]; w++)
            if (tok[k].norm && strcmp(tok[k].norm, openers[w]) == 0) return true;
    return false;
}

/* The hit of hits[0..n) (one sentence, in order) that a later sentence
 * refers back to: the first not in a side clause, else the first. */
static const polex_hit *primary(const polex_doc *doc, const polex_hit *hits, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!in_side_clause(doc, &hits[i])) return &hits[i];
    return n ? &hits[0] : NULL;
}

/* A sentence with hits, whose primary() is the antecedent of the next. */
struct cx_ante {
    const polex_hit *hits; /* NULL: none */
    size_t n;
    uint32_t sentence;
};

/* The last CX_MAX_BACK sentences with hits before the one read, nearest
 * first. */
struct cx_ring {
    cx_ante a[CX_MAX_BACK];
};

/* The antecedent stands in the paragraph of sentence si or the one before
 * (an entry reaching back more than CX_WINDOW sentences may reach as many
 * paragraphs less one: news pages often give each sentence its own). */
static bool near_enough(const polex_doc *doc, const cx_ante *a, uint32_t si, unsigned back) {
    size_t paragraphs = back > CX_WINDOW ? back - 1 : 1;
    return paragraph_of(doc, doc->sentences[a->sentence].start) + paragraphs >=
           paragraph_of(doc, doc->sentences[si].start);
}

/* Event h is of kind spec[0, len): "type" or "type/action". */
static bool kind_is(const polex_hit *h, const char *spec, size_t len) {
    const char *slash = memchr(spec, '/', len);
    size_t tl = slash ? (size_t)(slash - spec) : len;
    if (strlen(h->type) != tl || memcmp(h->type, spec, tl) != 0) return false;
    if (!slash) return true;
    size_t al = len - tl - 1;
    return strlen(h->action) == al && memcmp(h->action, slash + 1, al) == 0;
}

/* Event h is one that entry e may point back to (=type:, =if:). */
static bool hit_fits(const cx_entry *e, const polex_hit *h) {
    if (e->ante_status && !(e->ante_status >> h->status & 1)) return false;
    if (!e->type) return true;
    const char *s = e->type, *item;
    size_t len;
    while (next_item(&s, e->type + e->type_len, &item, &len))
        if (kind_is(h, item, len)) return true;
    return false;
}

/* The event of a's sentence entry e points back to: its primary(), or with
 * a filter the first event that fits, outside a side clause when one is;
 * NULL when none fits. */
static const polex_hit *pick_hit(const polex_doc *doc, const cx_entry *e, const cx_ante *a) {
    if (!e->type && !e->ante_status) return primary(doc, a->hits, a->n);
    const polex_hit *first = NULL;
    for (size_t i = 0; i < a->n; i++) {
        if (!hit_fits(e, &a->hits[i])) continue;
        if (!in_side_clause(doc, &a->hits[i])) return &a->hits[i];
        if (!first) first = &a->hits[i];
    }
    return first;
}

/* Sentence si has a token whose lemma or norm is in the comma list
 * [list, list + len) (=near:). */
static bool sentence_has_word(const polex_doc *doc, uint32_t si, const char *list, size_t len) {
    const polex_sentence *se = &doc->sentences[si];
    const polex_token *tok = &doc->tokens[se->first_token];
    for (uint32_t t = 0; t < se->n_tokens; t++) {
        const char *s = list, *item;
        size_t n;
        while (next_item(&s, list + len, &item, &n)) {
            cx_alt a = {item, (uint16_t)n, HOW_WORD};
            if (tok_is(&tok[t], &a)) return true;
        }
    }
    return false;
}

/* The antecedent of entry e in sentence si: in the nearest sentence with
 * hits at most e->back sentences back, in si's paragraph or the one
 * before, that has the words e asks for and an event that fits it. */
static bool resolve(const polex_doc *doc, const cx_ring *r, uint32_t si, const cx_entry *e,
                    cx_pick *out) {
    for (int k = 0; k < CX_MAX_BACK; k++) {
        const cx_ante *a = &r->a[k];
        if (!a->hits || si - a->sentence > e->back || !near_enough(doc, a, si, e->back))
            return false;
        if (e->near && !sentence_has_word(doc, a->sentence, e->near, e->near_len)) continue;
        const polex_hit *h = pick_hit(doc, e, a);
        if (h) {
            *out = (cx_pick){a, h};
            return true;
        }
    }
    return false;
}

static bool has_type(const polex_hit *hits, size_t n, const char *type) {
    for (size_t i = 0; i < n; i++)
        if (strcmp(hits[i].type, type) == 0) return true;
    return false;
}

static bool is_question(const polex_token *tok, uint32_t n) {
    while (n && tok[n - 1].cls == POLEX_TOK_QUOTE)
        n--;
    return n && tok[n - 1].norm && strcmp(tok[n - 1].norm, "?") == 0;
}

/* ---- the pass ------------------------------------------------------------------ */

static const char *rule_id(cx_state *st, const char *kind) {
    return polex_arena_printf(st->doc->arena, "context.%s", kind);
}

static polex_status in_scope(cx_state *st, uint32_t si, bool *keep, polex_error *err) {
    if (!st->scoped) {
        const polex_ruleset *rs = st->env->rs;
        polex_status rc = topic_scope_of(rs->topic, rs->topic_court, st->doc, &st->scope, err);
        if (rc != POLEX_OK) return rc;
        st->scoped = true;
    }
    *keep = topic_scope_keeps(&st->scope, si);
    return POLEX_OK;
}

/* The context hit of sentence si, if any, into st->added. */
/* Whether the sentence of hits own, or what the pass added to it since
 * index from, has an event of type. */
static bool sentence_has(const cx_state *st, const polex_hit *own, size_t n_own, size_t from,
                         const char *type) {
    return has_type(own, n_own, type) || has_type(st->added + from, st->n_added - from, type);
}

/* The type of the copy of event ante for entry e (=as: sets it). */
static const char *copy_type(cx_state *st, const cx_entry *e, const polex_hit *ante) {
    if (!e->as) return ante->type;
    return polex_arena_strndup(st->doc->arena, e->as, e->as_type_len);
}

/* The action of the copy of event ante for entry e (=as:, =action:). */
static const char *copy_action(cx_state *st, const cx_entry *e, const polex_hit *ante) {
    if (e->as)
        return polex_arena_strndup(st->doc->arena, e->as + e->as_type_len + 1, e->as_action_len);
    return e->action ? polex_arena_strndup(st->doc->arena, e->action, e->action_len) : ante->action;
}

/* The copy of event ante for the cue f of sentence si; proto holds what
 * every copy of the sentence shares (rule, span, status). */
static polex_status add_copy(cx_state *st, const cx_found *f, const polex_hit *ante,
                             const polex_hit *proto) {
    polex_hit h = *proto;
    h.type = copy_type(st, f->e, ante);
    h.action = copy_action(st, f->e, ante);
    if (!h.type || !h.action) return POLEX_ERR_NOMEM;
    if (f->e->copy_status) h.status = ante->status;
    st->added[st->n_added++] = h;
    return POLEX_OK;
}

/* The rule, span, status, cue and attribution of the context hits of
 * sentence si into *proto. */
static polex_status make_proto(cx_state *st, uint32_t si, const polex_token *tok, uint32_t n,
                               const cx_found *f, polex_hit *proto) {
    memset(proto, 0, sizeof *proto);
    proto->rule = rule_id(st, f->e->kind);
    if (!proto->rule) return POLEX_ERR_NOMEM;
    proto->sentence = si;
    proto->start = tok[f->t0].start;
    proto->end = tok[f->h1 - 1].end; /* what follows the head only delimits it */
    return decide(st, tok, n, f, proto);
}

/* Events hits[0..n) have one of the type entry e's =as: gives. */
static bool as_type_in(const cx_entry *e, const polex_hit *hits, size_t n) {
    size_t tl = e->as_type_len;
    for (size_t i = 0; i < n; i++)
        if (strlen(hits[i].type) == tl && memcmp(hits[i].type, e->as, tl) == 0) return true;
    return false;
}

/* The context hits of sentence si, if any, into st->added: a copy of the
 * antecedent, or (=all) of every event of its sentence outside a side
 * clause, one per type the sentence does not state itself. */
static polex_status sentence_hit(cx_state *st, uint32_t si, const polex_hit *own, size_t n_own,
                                 const cx_ring *r, polex_error *err) {
    const polex_doc *doc = st->doc;
    const polex_sentence *se = &doc->sentences[si];
    const polex_token *tok = &doc->tokens[se->first_token];
    uint32_t n = se->n_tokens;
    /* a sentence the rules matched states its own events: left to them
     * (looking only at the others also halves the pass's cost), but for
     * the =also entries, which add an event of another type */
    if (n == 0 || n > CX_MAX_TOKENS || st->n_added == CX_MAX_NEW || (n_own && !st->book->any_also))
        return POLEX_OK;
    cx_try m = {.st = st, .tok = tok, .n = n, .only_also = n_own > 0};
    if (!st->book->n_entries || !mark_entries(&m)) return POLEX_OK;
    while (m.first_word < n && is_punct(&tok[m.first_word]))
        m.first_word++;
    cx_found f = {0};
    if (is_question(tok, n) || !find_cue(&m, r, si, &f)) return POLEX_OK;
    const polex_hit *ante = f.ante.hit;
    const cx_ante *a = f.ante.a;
    if (n_own && as_type_in(f.e, own, n_own)) return POLEX_OK;
    bool keep = false;
    polex_status rc = in_scope(st, si, &keep, err);
    if (rc != POLEX_OK || !keep) return rc;
    if (!st->added && !(st->added = malloc(CX_MAX_NEW * sizeof *st->added)))
        return polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
    polex_hit proto;
    size_t from = st->n_added;
    if (make_proto(st, si, tok, n, &f, &proto) != POLEX_OK || add_copy(st, &f, ante, &proto))
        return polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
    bool side = in_side_clause(doc, ante); /* then the sentence has no other */
    for (size_t i = 0; f.e->all && !side && i < a->n && st->n_added < CX_MAX_NEW; i++) {
        const polex_hit *h = &a->hits[i];
        if (h == ante || in_side_clause(doc, h) ||
            sentence_has(st, own, n_own, from, f.e->as ? st->added[from].type : h->type))
            continue;
        if (add_copy(st, &f, h, &proto) != POLEX_OK)
            return polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
    }
    return POLEX_OK;
}

/* Puts the added hits (in sentence order) among doc's, after those of
 * their sentence, keeping doc->hits in sentence order. */
static polex_status merge_added(cx_state *st) {
    polex_doc *doc = st->doc;
    size_t n0 = doc->n_hits;
    for (size_t i = 0; i < st->n_added; i++)
        if (polex_doc_add_hit(doc, &st->added[i]) != POLEX_OK) {
            doc->n_hits = n0;
            return POLEX_ERR_NOMEM;
        }
    size_t i = n0, j = st->n_added, w = n0 + st->n_added;
    while (j > 0) {
        if (i > 0 && doc->hits[i - 1].sentence > st->added[j - 1].sentence)
            doc->hits[--w] = doc->hits[--i];
        else
            doc->hits[--w] = st->added[--j];
    }
    return POLEX_OK;
}

static void remember(cx_ring *r, const polex_hit *hits, size_t n, uint32_t si) {
    if (!n) return;
    memmove(&r->a[1], &r->a[0], (CX_MAX_BACK - 1) * sizeof r->a[0]);
    r->a[0] = (cx_ante){hits, n, si};
}

static polex_status run_pass(cx_state *st, polex_error *err) {
    polex_doc *doc = st->doc;
    cx_ring ring = {{{0}}};
    size_t h = 0;
    for (uint32_t si = 0; si < doc->n_sentences; si++) {
        size_t h0 = h;
        while (h < doc->n_hits && doc->hits[h].sentence == si)
            h++;
        size_t before = st->n_added;
        if (ring.a[0].hits && si - ring.a[0].sentence <= CX_MAX_BACK) {
            polex_status rc = sentence_hit(st, si, doc->hits + h0, h - h0, &ring, err);
            if (rc != POLEX_OK) return rc;
        }
        if (h > h0)
            remember(&ring, doc->hits + h0, h - h0, si);
        else
            remember(&ring, st->added + before, st->n_added - before, si);
    }
    if (st->n_added && merge_added(st) != POLEX_OK)
        return polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
    return POLEX_OK;
}

static void state_free(cx_state *st) {
    free(st->added);
    free(st->s);
    free(st->toff);
    free(st->cues);
    if (st->scoped) topic_scope_free(&st->scope);
}

polex_status match_context(polex_matcher *m, polex_doc *doc, polex_error *err) {
    if (!m || !doc || doc->n_hits == 0) return POLEX_OK;
    for (size_t i = 1; i < doc->n_hits; i++) /* the pass relies on sentence order */
        if (doc->hits[i].sentence < doc->hits[i - 1].sentence ||
            doc->hits[i].sentence >= doc->n_sentences)
            return POLEX_OK;
    if (doc->hits[0].sentence >= doc->n_sentences) return POLEX_OK;
    context_env env;
    match_context_env(m, &env);
    if (!env.rs->context) return POLEX_OK;
    cx_state st = {.env = &env, .doc = doc, .book = env.rs->context};
    polex_status rc = run_pass(&st, err);
    state_free(&st);
    return rc;
}
