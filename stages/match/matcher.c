/*
 * matcher.c - runs a ruleset over the sentences of a tokenized document.
 *
 * Per sentence: build the token string, look every lemma and norm up in the
 * trigger index (only rules with a trigger present run), run those rules,
 * resolve overlapping hits of the same type by priority, then decide status
 * and attribution for the hits that remain.
 */
#include "match_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { MAX_HITS_PER_SENTENCE = 256 };

typedef struct raw_role {
    const char *name;
    uint32_t t0, t1;
} raw_role;

typedef struct raw_hit {
    uint32_t rule;
    int priority;
    uint32_t t0, t1; /* tokens, inclusive, sentence-relative */
    uint32_t h0, h1; /* head */
    uint32_t slot;   /* after resolve: the kept hit's index (a twin's: its kept hit's) */
    uint8_t n_roles;
    raw_role roles[POLEX_MAX_ROLES];
} raw_hit;

/* One lookup key of a token with its entries in the trigger, first-token,
 * lazy first-token and cue tables (NULL: none). */
typedef struct tok_key {
    const char *s;
    uint32_t len;
    const trig_slot *trig, *first, *lazy, *cue;
} tok_key;

/* Where rules and variants may start: (id << 32 | token) pairs, sorted
 * once filled (ids: see variant_id); or, for one gate or not_after, its
 * tokens in order (see lazy_starts). */
typedef struct start_list {
    uint64_t *v;
    size_t n, cap;
} start_list;

/* The tokenizer gives every occurrence of a word in a document the same
 * lemma and norm strings, so a key is looked up once per document: this
 * cache maps a string's address to its key, for the current document only
 * (gen), and is bypassed when full. */
enum {
    PCACHE_BITS = 12,
    PCACHE_SIZE = 1 << PCACHE_BITS,
    PCACHE_MAX = PCACHE_SIZE / 2,
    PCACHE_PROBES = 8
};

typedef struct pcache_ent {
    uint32_t gen;
    tok_key key;
} pcache_ent;

/* Gate g is decided for the sentence when done == gen, and then val is 1
 * (holds), 0 (not) or -1 (stopped by a limit). Where its keys are is kept
 * apart (gfirst, glast): every key of a sentence writes it for dozens of
 * gates, and two short arrays stay in the cache where these would not. */
typedef struct gate_state {
    uint32_t done;
    int8_t val;
} gate_state;
_Static_assert(POLEX_MATCH_MAX_SENTENCE_TOKENS <= UINT16_MAX, "token indices fit gfirst, glast");

/* Cost accounting: owners are the rules, then the gates, then the cue kinds. */
typedef struct cost_acc {
    uint64_t calls, matches;
    double seconds;
} cost_acc;

struct polex_matcher {
    const polex_ruleset *rs;
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    pcre2_jit_stack *jit;
    char *s;
    size_t s_cap;
    uint32_t *toff;
    size_t toff_cap;
    uint32_t gen;
    uint32_t *cand;
    gate_state *gs;           /* per gate */
    uint16_t *gfirst, *glast; /* per gate with its bit in gmark: its first and last token
                               * with a key in the sentence (tokens < 65536, see
                               * POLEX_MATCH_MAX_SENTENCE_TOKENS) */
    /* Bit sets cleared per sentence: the prefilter tests them for every entry
     * of every key's lists, and a few hundred bytes stay in the cache where
     * per-gate and per-rule words would not. */
    uint64_t *gmark;   /* gates with a key in the sentence */
    uint64_t *galways; /* code gates without triggers (set once): rule_ready asks it of
                        * every requires gate, and the gate itself is far in memory */
    uint64_t *rmark;   /* rules that run in the sentence */
    uint64_t *vdone;   /* variants whose readiness is known ... */
    uint64_t *vok;     /* ... and those ready (variant_ready) */
    size_t n_gwords, n_rwords, n_vwords;
    bool marks_set, variants_set; /* gmark / rmark, vdone / vok hold bits to clear */
    bool offset_limited;          /* an offset limit is set in mctx (run_span) */
    uint32_t *ready;              /* ready variants of the rule being run (room for all) */
    uint32_t *vrule;              /* rule of each variant, packed: the prefilter reads it often */
    uint32_t *vword_at, *vwords;  /* the key gates variant v needs (its trigger gate, then
                                   * its need gates): vwords[vword_at[v] .. vword_at[v + 1]] */
    uint32_t n_ready;
    raw_hit *raw;
    size_t n_raw;
    raw_hit *twins; /* hits resolve set aside for a kept hit of their type and action */
    size_t n_twins;
    cue_span *cues;
    size_t n_cues, cap_cues;
    tok_key *keys;      /* lemma, norm (when it differs) and class keys of each token */
    pcache_ent *pcache; /* PCACHE_SIZE entries */
    uint32_t pgen;      /* the document's generation in pcache */
    size_t pcache_n;    /* entries of this generation */
    tok_key class_key[POLEX_TOK_CLASS_COUNT];
    uint32_t *key_first;     /* keys of token t: key_first[t] .. key_first[t + 1] */
    uint32_t *flen;          /* byte lengths of token t's lemma (2t) and norm (2t + 1) */
    size_t s_len;            /* length of the sentence string s */
    unsigned char fmap[256]; /* byte -> byte written into s */
    size_t n_keys, cap_keys, cap_key_first, cap_flen;
    start_list starts;    /* of the candidate rules and their variants */
    const polex_doc *doc; /* being matched */
    uint32_t doc_kinds;   /* its kinds (rs->doc_kinds bits), once doc_kinds_known */
    bool doc_kinds_known;
    start_list lazy;   /* tokens: of one gate or not_after set, made when needed */
    uint32_t lazy_gen; /* lazy holds this sentence's (gen) starts of lazy_entry */
    uint32_t lazy_entry;
    bool lazy_oom; /* making them ran out of memory: the document fails */
    /* The sentence's keys with a lazy slot, in token order, made on its
     * first lazy_starts (lz_gen): each key's token and the number of its
     * slot among the sentence's distinct lazy slots (lz_slot). A word such
     * as "the" recurs; its slot is searched once per entry, not per token. */
    uint32_t *lz_tok, *lz_of;
    size_t n_lz, cap_lz;
    const trig_slot **lz_slot;
    bool *lz_in; /* per distinct slot: it holds the entry asked for */
    size_t n_lz_slots;
    uint32_t lz_gen;
    uint32_t *lz_stamp, *lz_num; /* per lslots index: gen when numbered, and its number */
    uint32_t n_tok;              /* tokens of the sentence being matched */
    uint64_t *starts_tmp;        /* room for sorting starts */
    size_t cap_tmp;
    uint32_t *id_count; /* per start id: its starts, while they are grouped (else 0) */
    uint64_t *id_bits;  /* per start id: a bit set while its starts are grouped */
    size_t n_id_words;
    polex_match_stats stats;
    uint32_t owner;  /* whose PCRE2 calls are being made: see n_owners */
    cost_acc *costs; /* per owner when profiling; NULL: off */
};

/* Bytes of a lemma or norm as written into the sentence string: ASCII
 * capitals folded (the tokenizer lower-cases anyway), blanks and the
 * separators made '_'. */
static void field_map_init(unsigned char *field_map) {
    for (int c = 0; c < 256; c++) {
        unsigned char x = (unsigned char)c;
        if (x <= ' ' || x == (unsigned char)TOKSEP || x == (unsigned char)TOKSTART)
            x = '_';
        else if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x + ('a' - 'A'));
        field_map[c] = x;
    }
}

static const char *const class_keys[POLEX_TOK_CLASS_COUNT] = {"#w", "#n", "#m", "#p",
                                                              "#d", "#u", "#q", "#s"};

static tok_key key_lookup(const polex_ruleset *rs, const char *s, size_t len) {
    uint64_t h = match_key_hash(s, len), b = h & 0xffff;
    if (!(rs->keybits[b >> 6] >> (b & 63) & 1))
        return (tok_key){s, (uint32_t)len, NULL, NULL, NULL, NULL};
    return (tok_key){s,
                     (uint32_t)len,
                     slots_find(rs->slots, rs->n_slots, s, len, h),
                     slots_find(rs->fslots, rs->n_fslots, s, len, h),
                     slots_find(rs->lslots, rs->n_lslots, s, len, h),
                     slots_find(rs->cslots, rs->n_cslots, s, len, h)};
}

/* Packs the key gates each variant needs side by side (see vwords): every
 * sentence asks it of the variants of its candidate rules. */
static bool pack_variant_words(polex_matcher *m) {
    const polex_ruleset *rs = m->rs;
    size_t total = 0;
    for (size_t v = 0; v < rs->n_variants; v++)
        total += (rs->variants[v].trig >= 0) + rs->variants[v].n_need;
    m->vword_at = calloc(rs->n_variants + 1, sizeof *m->vword_at);
    m->vwords = calloc(total ? total : 1, sizeof *m->vwords);
    if (!m->vword_at || !m->vwords) return false;
    uint32_t k = 0;
    for (size_t v = 0; v < rs->n_variants; v++) {
        const variant *x = &rs->variants[v];
        m->vword_at[v] = k;
        if (x->trig >= 0) m->vwords[k++] = (uint32_t)x->trig;
        for (size_t i = 0; i < x->n_need; i++)
            m->vwords[k++] = x->need[i];
    }
    m->vword_at[rs->n_variants] = k;
    return true;
}

polex_matcher *polex_matcher_new(const polex_ruleset *rs, polex_error *err) {
    if (!rs) {
        polex_fail(err, POLEX_ERR_USAGE, "match", "no ruleset");
        return NULL;
    }
    polex_matcher *m = calloc(1, sizeof *m);
    if (!m) goto nomem;
    m->rs = rs;
    field_map_init(m->fmap);
    m->pcache = calloc(PCACHE_SIZE, sizeof *m->pcache);
    for (unsigned c = 0; c < POLEX_TOK_CLASS_COUNT; c++)
        m->class_key[c] = key_lookup(rs, class_keys[c], 2);
    m->md = pcre2_match_data_create(rs->max_ovec, NULL);
    m->mctx = pcre2_match_context_create(NULL);
    m->jit = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
    m->n_gwords = rs->n_gates / 64 + 1;
    m->n_rwords = rs->n / 64 + 1;
    m->n_vwords = rs->n_variants / 64 + 1;
    m->lz_stamp = calloc(rs->n_lslots ? rs->n_lslots : 1, sizeof *m->lz_stamp);
    m->lz_num = calloc(rs->n_lslots ? rs->n_lslots : 1, sizeof *m->lz_num);
    m->gmark = calloc(m->n_gwords, sizeof *m->gmark);
    m->galways = calloc(m->n_gwords, sizeof *m->galways);
    for (size_t g = 0; m->galways && g < rs->n_gates; g++)
        if (rs->gates[g].always) m->galways[g >> 6] |= 1ull << (g & 63);
    m->rmark = calloc(m->n_rwords, sizeof *m->rmark);
    m->vdone = calloc(m->n_vwords, sizeof *m->vdone);
    m->vok = calloc(m->n_vwords, sizeof *m->vok);
    m->cand = calloc(rs->n ? rs->n : 1, sizeof *m->cand);
    m->raw = calloc(MAX_HITS_PER_SENTENCE, sizeof *m->raw);
    m->twins = calloc(MAX_HITS_PER_SENTENCE, sizeof *m->twins);
    size_t ng = rs->n_gates ? rs->n_gates : 1;
    m->gs = calloc(ng, sizeof *m->gs);
    m->gfirst = calloc(ng, sizeof *m->gfirst);
    m->glast = calloc(ng, sizeof *m->glast);
    size_t nv = rs->n_variants ? rs->n_variants : 1;
    m->ready = calloc(nv, sizeof *m->ready);
    m->vrule = calloc(nv, sizeof *m->vrule);
    size_t n_ids = rs->n + rs->n_variants + 1;
    m->id_count = calloc(n_ids, sizeof *m->id_count);
    m->n_id_words = (n_ids + 63) / 64;
    m->id_bits = calloc(m->n_id_words, sizeof *m->id_bits);
    for (size_t v = 0; m->vrule && v < rs->n_variants; v++)
        m->vrule[v] = rs->variants[v].rule;
    if (!pack_variant_words(m)) goto nomem;
    if (!m->md || !m->mctx || !m->pcache || !m->lz_stamp || !m->lz_num || !m->gmark ||
        !m->galways || !m->rmark || !m->vdone || !m->vok || !m->cand || !m->raw || !m->twins ||
        !m->gs || !m->gfirst || !m->glast || !m->ready || !m->vrule || !m->id_count || !m->id_bits)
        goto nomem;
    pcre2_set_match_limit(m->mctx, rs->limits.match_limit);
    pcre2_set_depth_limit(m->mctx, rs->limits.depth_limit);
    if (m->jit) pcre2_jit_stack_assign(m->mctx, NULL, m->jit);
    pcre2_set_callout(m->mctx, wordsets_callout, rs->lex.words);
    return m;
nomem:
    polex_matcher_free(m);
    polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
    return NULL;
}

void polex_matcher_free(polex_matcher *m) {
    if (!m) return;
    pcre2_match_data_free(m->md);
    pcre2_match_context_free(m->mctx);
    pcre2_jit_stack_free(m->jit);
    free(m->s);
    free(m->toff);
    free(m->gmark);
    free(m->galways);
    free(m->rmark);
    free(m->vdone);
    free(m->vok);
    free(m->cand);
    free(m->gs);
    free(m->gfirst);
    free(m->glast);
    free(m->ready);
    free(m->vrule);
    free(m->vword_at);
    free(m->vwords);
    free(m->raw);
    free(m->twins);
    free(m->cues);
    free(m->starts.v);
    free(m->lazy.v);
    free(m->lz_tok);
    free(m->lz_of);
    free(m->lz_slot);
    free(m->lz_in);
    free(m->lz_stamp);
    free(m->lz_num);
    free(m->starts_tmp);
    free(m->id_count);
    free(m->id_bits);
    free(m->keys);
    free(m->key_first);
    free(m->flen);
    free(m->pcache);
    free(m->costs);
    free(m);
}

void polex_matcher_stats(const polex_matcher *m, polex_match_stats *out) {
    if (m && out) *out = m->stats;
}

static size_t n_owners(const polex_ruleset *rs) {
    return rs->n + rs->n_gates + CUE_KIND_COUNT;
}

polex_status polex_matcher_profile(polex_matcher *m, bool on) {
    if (!m) return POLEX_ERR_USAGE;
    free(m->costs);
    m->costs = on ? calloc(n_owners(m->rs), sizeof *m->costs) : NULL;
    return on && !m->costs ? POLEX_ERR_NOMEM : POLEX_OK;
}

static bool gate_in_list(const uint32_t *v, uint32_t n, uint32_t g) {
    for (uint32_t i = 0; i < n; i++)
        if (v[i] == g) return true;
    return false;
}

/* What owner i is, for a profile line. */
static void owner_name(const polex_ruleset *rs, size_t i, char *out, size_t cap) {
    if (i < rs->n) {
        snprintf(out, cap, "%s", rs->rules[i].id);
        return;
    }
    if (i < rs->n + rs->n_gates) {
        int32_t g = (int32_t)(i - rs->n);
        for (size_t r = 0; r < rs->n; r++)
            if (gate_in_list(rs->rules[r].requires, rs->rules[r].n_requires, (uint32_t)g) ||
                gate_in_list(rs->rules[r].unless, rs->rules[r].n_unless, (uint32_t)g)) {
                snprintf(out, cap, "gate of %s", rs->rules[r].id);
                return;
            }
        snprintf(out, cap, "gate %d", (int)g);
        return;
    }
    snprintf(out, cap, "cues @%s", cue_lexicon_name((int)(i - rs->n - rs->n_gates)));
}

static int cmp_cost(const void *a, const void *b) {
    const polex_match_cost *x = a, *y = b;
    return x->seconds < y->seconds ? 1 : x->seconds > y->seconds ? -1 : strcmp(x->what, y->what);
}

size_t polex_matcher_costs(const polex_matcher *m, polex_match_cost *out, size_t cap) {
    if (!m || !m->costs) return 0;
    size_t n = n_owners(m->rs), used = 0;
    for (size_t i = 0; i < n; i++)
        used += m->costs[i].calls > 0;
    polex_match_cost *all = calloc(used ? used : 1, sizeof *all);
    if (!all) return 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const cost_acc *c = &m->costs[i];
        if (!c->calls) continue;
        owner_name(m->rs, i, all[k].what, sizeof all[k].what);
        all[k].calls = c->calls, all[k].matches = c->matches, all[k].seconds = c->seconds;
        k++;
    }
    qsort(all, used, sizeof *all, cmp_cost);
    if (cap) memcpy(out, all, (used < cap ? used : cap) * sizeof *all);
    free(all);
    return used;
}

/* ---- the sentence string ---------------------------------------------------- */

static const char class_letters[POLEX_TOK_CLASS_COUNT] = {'w', 'n', 'm', 'p', 'd', 'u', 'q', 's'};

static bool reserve(polex_matcher *m, size_t need) {
    if (need <= m->s_cap) return true;
    size_t cap = m->s_cap ? m->s_cap : 1024;
    while (cap < need)
        cap *= 2;
    char *p = realloc(m->s, cap);
    if (!p) return false;
    m->s = p;
    m->s_cap = cap;
    return true;
}

static size_t put_field(const unsigned char *field_map, char *dst, const char *src, size_t n) {
    const unsigned char *s = (const unsigned char *)src;
    for (size_t i = 0; i < n; i++)
        dst[i] = (char)field_map[s[i]];
    return n;
}

/* Uses the field lengths build_keys measured (m->flen). */
static bool build_sentence(polex_matcher *m, const polex_token *tok, uint32_t n) {
    size_t need = 1;
    for (uint32_t i = 0; i < n; i++)
        need += m->flen[2 * i] + m->flen[2 * i + 1] + 4;
    if (!reserve(m, need)) return false;
    if (n > m->toff_cap) {
        uint32_t *p = realloc(m->toff, n * sizeof *p);
        if (!p) return false;
        m->toff = p;
        m->toff_cap = n;
    }
    size_t len = 0;
    for (uint32_t i = 0; i < n; i++) {
        m->toff[i] = (uint32_t)len;
        m->s[len++] = TOKSTART;
        const char *lemma = tok[i].lemma ? tok[i].lemma : tok[i].norm;
        len += put_field(m->fmap, m->s + len, lemma, m->flen[2 * i]);
        m->s[len++] = TOKSEP;
        len += put_field(m->fmap, m->s + len, tok[i].norm, m->flen[2 * i + 1]);
        m->s[len++] = TOKSEP;
        m->s[len++] = tok[i].cls < POLEX_TOK_CLASS_COUNT ? class_letters[tok[i].cls] : 's';
    }
    m->s[len] = '\0';
    m->s_len = len;
    return true;
}

/* Token index of a byte offset in the sentence string. */
static uint32_t tok_at(const polex_matcher *m, uint32_t n, size_t off) {
    uint32_t lo = 0, hi = n;
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (m->toff[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* ---- prefilter --------------------------------------------------------------- */

/* The key of string s (its three table entries), read from the pcache
 * when this document has looked s up before. */
static tok_key key_of(polex_matcher *m, const char *s) {
    uint64_t a = (uint64_t)(uintptr_t)s;
    size_t i = (size_t)((a >> 3) * 0x9E3779B97F4A7C15ull >> (64 - PCACHE_BITS)) & (PCACHE_SIZE - 1);
    pcache_ent *free_ent = NULL;
    for (int k = 0; k < PCACHE_PROBES; k++, i = (i + 1) & (PCACHE_SIZE - 1)) {
        pcache_ent *e = &m->pcache[i];
        if (e->gen != m->pgen) {
            free_ent = e;
            break;
        }
        if (e->key.s == s) return e->key;
    }
    tok_key key = key_lookup(m->rs, s, strlen(s));
    if (free_ent && m->pcache_n < PCACHE_MAX) {
        free_ent->gen = m->pgen;
        free_ent->key = key;
        m->pcache_n++;
    }
    return key;
}

static bool push_key(polex_matcher *m, const tok_key *k) {
    if (m->n_keys == m->cap_keys) {
        size_t cap = m->cap_keys ? m->cap_keys * 2 : 256;
        tok_key *p = realloc(m->keys, cap * sizeof *p);
        if (!p) return false;
        m->keys = p;
        m->cap_keys = cap;
    }
    m->keys[m->n_keys++] = *k;
    return true;
}

/* A key in none of the three tables: no loop over the keys would use it. */
static bool key_used(const tok_key *k) {
    return k->trig || k->first || k->lazy || k->cue;
}

/* The lookup keys of every token, hashed once for the trigger, first-token
 * and cue tables; only those in some table are kept. */
static bool build_keys(polex_matcher *m, const polex_token *tok, uint32_t n) {
    if (n + 1 > m->cap_key_first) {
        uint32_t *p = realloc(m->key_first, (n + 1) * sizeof *p);
        if (!p) return false;
        m->key_first = p;
        m->cap_key_first = n + 1;
    }
    if (2 * (size_t)n > m->cap_flen) {
        uint32_t *p = realloc(m->flen, 2 * (size_t)n * sizeof *p);
        if (!p) return false;
        m->flen = p;
        m->cap_flen = 2 * (size_t)n;
    }
    m->n_keys = 0;
    for (uint32_t i = 0; i < n; i++) {
        m->key_first[i] = (uint32_t)m->n_keys;
        const char *l = tok[i].lemma ? tok[i].lemma : tok[i].norm, *nm = tok[i].norm;
        tok_key kl = {0}, kn = {0};
        if (l) kl = key_of(m, l);
        if (nm) kn = nm == l ? kl : key_of(m, nm);
        m->flen[2 * i] = kl.len;
        m->flen[2 * i + 1] = kn.len;
        if (l && key_used(&kl) && !push_key(m, &kl)) return false;
        if (nm && key_used(&kn) &&
            (!l || (nm != l && (kl.len != kn.len || memcmp(l, nm, kn.len) != 0))) &&
            !push_key(m, &kn))
            return false;
        if (tok[i].cls != POLEX_TOK_WORD && tok[i].cls < POLEX_TOK_CLASS_COUNT &&
            key_used(&m->class_key[tok[i].cls]) && !push_key(m, &m->class_key[tok[i].cls]))
            return false;
    }
    m->key_first[n] = (uint32_t)m->n_keys;
    return true;
}

static bool bit_get(const uint64_t *bits, uint32_t i) {
    return bits[i >> 6] >> (i & 63) & 1;
}

static void bit_set(uint64_t *bits, uint32_t i) {
    bits[i >> 6] |= 1ull << (i & 63);
}

static void bit_clear(uint64_t *bits, uint32_t i) {
    bits[i >> 6] &= ~(1ull << (i & 63));
}

/* Whether gate g has a key in the sentence. */
static bool gate_marked(const polex_matcher *m, uint32_t g) {
    return bit_get(m->gmark, g);
}

/* Whether rule r runs in the sentence. */
static bool rule_marked(const polex_matcher *m, uint32_t r) {
    return bit_get(m->rmark, r);
}

static void mark_key(polex_matcher *m, const tok_key *k, uint32_t t, size_t *n_cand) {
    const trig_slot *s = k->trig;
    if (!s) return;
    m->marks_set = true;
    for (uint32_t i = 0; i < s->n; i++) {
        uint32_t r = s->rules[i];
        if (r & GATE_BIT) {
            uint32_t g = r & ~GATE_BIT;
            if (!gate_marked(m, g)) {
                bit_set(m->gmark, g);
                m->gfirst[g] = (uint16_t)t;
            }
            m->glast[g] = (uint16_t)t;
            continue;
        }
        if (rule_marked(m, r)) continue;
        bit_set(m->rmark, r);
        m->cand[(*n_cand)++] = r;
    }
}

static bool add_start(start_list *l, uint64_t v) {
    if (l->n && l->v[l->n - 1] == v) return true;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 256;
        uint64_t *p = realloc(l->v, cap * sizeof *p);
        if (!p) return false;
        l->v = p;
        l->cap = cap;
    }
    l->v[l->n++] = v;
    return true;
}

/* Index of the first entry >= key in l. */
static size_t lower_bound(const start_list *l, uint64_t key) {
    size_t a = 0, b = l->n;
    while (a < b) {
        size_t mid = (a + b) / 2;
        if (l->v[mid] < key)
            a = mid + 1;
        else
            b = mid;
    }
    return a;
}

/* Start ids: rules, then variants. */
static uint64_t variant_id(const polex_matcher *m, uint32_t v) {
    return m->rs->n + v;
}

/* A variant can match only when its rule runs and its own words occur. */
static bool variant_ready(polex_matcher *m, uint32_t vi) {
    if (bit_get(m->vdone, vi)) return bit_get(m->vok, vi);
    bool ok = rule_marked(m, m->vrule[vi]);
    for (uint32_t i = m->vword_at[vi]; ok && i < m->vword_at[vi + 1]; i++)
        ok = gate_marked(m, m->vwords[i]);
    bit_set(m->vdone, vi);
    if (ok) bit_set(m->vok, vi);
    m->variants_set = true;
    return ok;
}

static bool variant_near(const polex_matcher *m, uint32_t vi, uint32_t t);
static bool rule_near(const polex_matcher *m, const rule *r, uint32_t t);

/* Starts are kept only where a match could lie within reach of them. */
static bool starts_for_key(polex_matcher *m, const tok_key *k, uint32_t tok_index) {
    const trig_slot *s = k->first;
    for (uint32_t i = 0; s && i < s->n; i++) {
        uint32_t r = s->rules[i];
        if (r & VARIANT_BIT) {
            uint32_t v = r & ~VARIANT_BIT;
            if (!rule_marked(m, m->vrule[v])) continue;                /* its rule does not run */
            if (bit_get(m->vdone, v) && !bit_get(m->vok, v)) continue; /* known not ready */
            if (variant_ready(m, v) && variant_near(m, v, tok_index) &&
                !add_start(&m->starts, variant_id(m, v) << 32 | tok_index))
                return false;
        } else if (rule_marked(m, r) && rule_near(m, &m->rs->rules[r], tok_index) &&
                   !add_start(&m->starts, (uint64_t)r << 32 | tok_index)) {
            return false;
        }
    }
    return true;
}

enum { SMALL_SORT = 48 };

/* Per sentence these lists are short: insertion sort beats qsort's calls. */
#define DEFINE_SORT(name, type)                                                                    \
    static int name##_cmp(const void *a, const void *b) {                                          \
        type x = *(const type *)a, y = *(const type *)b;                                           \
        return x < y ? -1 : x > y;                                                                 \
    }                                                                                              \
    static void name(type *v, size_t n) {                                                          \
        if (n > SMALL_SORT) {                                                                      \
            qsort(v, n, sizeof *v, name##_cmp);                                                    \
            return;                                                                                \
        }                                                                                          \
        for (size_t i = 1; i < n; i++) {                                                           \
            type x = v[i];                                                                         \
            size_t j = i;                                                                          \
            for (; j > 0 && v[j - 1] > x; j--)                                                     \
                v[j] = v[j - 1];                                                                   \
            v[j] = x;                                                                              \
        }                                                                                          \
    }

DEFINE_SORT(sort_u32, uint32_t)

/* Starts are made in token order: grouping them by id, keeping that order
 * within an id, sorts them by (id, token). The ids present are counted
 * and marked in a bitmap, which lists them in order without a sort. */
static bool group_starts(polex_matcher *m, start_list *l) {
    size_t n = l->n;
    if (n > m->cap_tmp) {
        uint64_t *p = realloc(m->starts_tmp, l->cap * sizeof *p);
        if (!p) return false;
        m->starts_tmp = p;
        m->cap_tmp = l->cap;
    }
    for (size_t i = 0; i < n; i++) {
        uint32_t id = (uint32_t)(l->v[i] >> 32);
        if (m->id_count[id]++ == 0) m->id_bits[id >> 6] |= 1ull << (id & 63);
    }
    uint32_t pos = 0;
    for (size_t w = 0; w < m->n_id_words; w++) {
        for (uint64_t bits = m->id_bits[w]; bits; bits &= bits - 1) {
            uint32_t id = (uint32_t)(w << 6) + (uint32_t)__builtin_ctzll(bits);
            uint32_t c = m->id_count[id];
            m->id_count[id] = pos;
            pos += c;
        }
    }
    for (size_t i = 0; i < n; i++)
        m->starts_tmp[m->id_count[l->v[i] >> 32]++] = l->v[i];
    for (size_t i = 0; i < n; i++) /* ready for the next sentence */
        m->id_count[l->v[i] >> 32] = 0;
    memset(m->id_bits, 0, m->n_id_words * sizeof *m->id_bits);
    uint64_t *t = l->v;
    l->v = m->starts_tmp;
    m->starts_tmp = t;
    size_t c = l->cap;
    l->cap = m->cap_tmp;
    m->cap_tmp = c;
    size_t k = 0; /* a token can reach an id through its lemma and its norm */
    for (size_t i = 0; i < n; i++)
        if (!k || l->v[k - 1] != l->v[i]) l->v[k++] = l->v[i];
    l->n = k;
    return true;
}

/* Where each candidate rule with a first-token set may start: a rule whose
 * matches start on "withhold", "cut" ... is tried only at those tokens. */
static bool find_starts(polex_matcher *m, uint32_t n) {
    m->starts.n = 0;
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t k = m->key_first[i]; k < m->key_first[i + 1]; k++)
            if (!starts_for_key(m, &m->keys[k], i)) return false;
    return group_starts(m, &m->starts);
}

/* Whether entry is in a lazy slot (sorted: see ruleset_index). */
static bool in_slot(const trig_slot *s, uint32_t entry) {
    return s && bsearch(&entry, s->rules, s->n, sizeof entry, sort_u32_cmp);
}

static bool lazy_reserve(polex_matcher *m, size_t need) {
    if (need <= m->cap_lz) return true;
    uint32_t *tok = realloc(m->lz_tok, need * sizeof *tok);
    if (tok) m->lz_tok = tok;
    uint32_t *of = realloc(m->lz_of, need * sizeof *of);
    if (of) m->lz_of = of;
    const trig_slot **slot = realloc(m->lz_slot, need * sizeof *slot);
    if (slot) m->lz_slot = slot;
    bool *in = realloc(m->lz_in, need * sizeof *in);
    if (in) m->lz_in = in;
    if (!tok || !of || !slot || !in) return false;
    m->cap_lz = need;
    return true;
}

/* The sentence's keys with a lazy slot (see lz_tok). */
static bool lazy_index(polex_matcher *m) {
    if (m->lz_gen == m->gen) return true;
    if (!lazy_reserve(m, m->key_first[m->n_tok])) return false;
    m->n_lz = m->n_lz_slots = 0;
    for (uint32_t t = 0; t < m->n_tok; t++)
        for (uint32_t k = m->key_first[t]; k < m->key_first[t + 1]; k++) {
            const trig_slot *s = m->keys[k].lazy;
            if (!s) continue;
            size_t i = (size_t)(s - m->rs->lslots);
            if (m->lz_stamp[i] != m->gen) {
                m->lz_stamp[i] = m->gen;
                m->lz_num[i] = (uint32_t)m->n_lz_slots;
                m->lz_slot[m->n_lz_slots++] = s;
            }
            m->lz_tok[m->n_lz] = t;
            m->lz_of[m->n_lz++] = m->lz_num[i];
        }
    m->lz_gen = m->gen;
    return true;
}

/* The tokens, in order, where a gate's pattern or a rule's not_after
 * (entry: GATE_BIT | gate, AFTER_BIT | rule) may start. They are read only
 * in sentences where a rule matched, by few gates: made then, for that
 * entry alone, into m->lazy. */
static bool lazy_starts(polex_matcher *m, uint32_t entry) {
    if (m->lazy_gen == m->gen && m->lazy_entry == entry) return true;
    if (!lazy_index(m)) {
        m->lazy_oom = true;
        return false;
    }
    for (size_t i = 0; i < m->n_lz_slots; i++)
        m->lz_in[i] = in_slot(m->lz_slot[i], entry);
    m->lazy.n = 0;
    for (size_t i = 0; i < m->n_lz; i++)
        if (m->lz_in[m->lz_of[i]] && !add_start(&m->lazy, m->lz_tok[i])) {
            m->lazy_oom = true;
            return false;
        }
    m->lazy_gen = m->gen;
    m->lazy_entry = entry;
    return true;
}

/* The kinds of the document being matched, decided when a rule first asks:
 * most documents never wake a rule that cares. */
static uint32_t doc_kinds(polex_matcher *m) {
    if (m->doc_kinds_known) return m->doc_kinds;
    const polex_ruleset *rs = m->rs;
    m->doc_kinds = 0;
    for (size_t k = 0; k < rs->n_doc_kinds; k++)
        for (size_t si = 0; si < m->doc->n_sentences; si++)
            if (topic_sentence(rs->doc_kinds[k].marks, m->doc, si)) {
                m->doc_kinds |= 1u << k;
                break;
            }
    m->doc_kinds_known = true;
    return m->doc_kinds;
}

/* Whether the document is of none of the kinds r stays out of. */
static bool doc_allows(polex_matcher *m, const rule *r) {
    return !r->unless_doc || !(r->unless_doc & doc_kinds(m));
}

/* A marked rule runs only when every word set its pattern needs occurs,
 * its `requires` gate has a trigger word in the sentence and the document
 * is of none of the kinds it stays out of. */
static bool rule_ready(polex_matcher *m, const rule *r) {
    for (size_t i = 0; i < r->n_need; i++)
        if (!gate_marked(m, r->need[i])) return false;
    if (!r->n_requires) return doc_allows(m, r);
    for (uint32_t i = 0; i < r->n_requires; i++) /* one of them may hold */
        if (gate_marked(m, r->requires[i]) || bit_get(m->galways, r->requires[i]))
            return doc_allows(m, r);
    return false;
}

static size_t filter_ready(polex_matcher *m, size_t n_cand) {
    size_t k = 0;
    for (size_t i = 0; i < n_cand; i++) {
        uint32_t r = m->cand[i];
        if (rule_ready(m, &m->rs->rules[r]))
            m->cand[k++] = r;
        else
            bit_clear(m->rmark, r); /* no first-token starts for it */
    }
    return k;
}

static size_t candidates(polex_matcher *m, uint32_t n, long only) {
    if (++m->gen == 0) { /* wrapped: forget old marks */
        memset(m->gs, 0, m->rs->n_gates * sizeof *m->gs);
        memset(m->lz_stamp, 0, (m->rs->n_lslots ? m->rs->n_lslots : 1) * sizeof *m->lz_stamp);
        m->lazy_gen = m->lz_gen = 0;
        m->gen = 1;
    }
    if (m->marks_set) { /* most sentences of most pages mark nothing */
        memset(m->gmark, 0, m->n_gwords * sizeof *m->gmark);
        memset(m->rmark, 0, m->n_rwords * sizeof *m->rmark);
        m->marks_set = false;
    }
    if (m->variants_set) {
        memset(m->vdone, 0, m->n_vwords * sizeof *m->vdone);
        memset(m->vok, 0, m->n_vwords * sizeof *m->vok);
        m->variants_set = false;
    }
    size_t n_cand = 0;
    m->marks_set = m->rs->n_always > 0;
    for (size_t i = 0; i < m->rs->n_always; i++) {
        bit_set(m->rmark, m->rs->always[i]);
        m->cand[n_cand++] = m->rs->always[i];
    }
    for (uint32_t t = 0; t < n; t++)
        for (uint32_t k = m->key_first[t]; k < m->key_first[t + 1]; k++)
            mark_key(m, &m->keys[k], t, &n_cand);
    n_cand = filter_ready(m, n_cand);
    if (only >= 0) {
        bool in = rule_marked(m, (uint32_t)only);
        m->stats.rules_run += in;
        m->stats.rules_skipped += !in;
        m->cand[0] = (uint32_t)only;
        return in ? 1 : 0;
    }
    m->stats.rules_run += n_cand;
    m->stats.rules_skipped += m->rs->n - n_cand;
    sort_u32(m->cand, n_cand);
    return n_cand;
}

/* ---- running one rule ---------------------------------------------------------- */

static bool limit_code(int rc) {
    return rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
           rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT;
}

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A code with machine code runs through pcre2_jit_match, which skips the
 * checks pcre2_match makes on every call; the others (no JIT on this
 * platform) through pcre2_match. pcre2_match refuses an offset limit to a
 * code not compiled for one, which pcre2_jit_match would not check: with
 * a limit set, pcre2_match decides. */
static int match_code(polex_matcher *m, const pcre2_code *code, size_t len, size_t off) {
    if (!m->offset_limited && off <= len) {
        int rc = pcre2_jit_match(code, (PCRE2_SPTR)m->s, len, off, 0, m->md, m->mctx);
        if (rc != PCRE2_ERROR_JIT_BADOPTION) return rc;
    }
    return pcre2_match(code, (PCRE2_SPTR)m->s, len, off, 0, m->md, m->mctx);
}

/* Every PCRE2 call of the matcher: the subject is the sentence string up
 * to len, the match starts at off. */
static int run(polex_matcher *m, const pcre2_code *code, size_t len, size_t off) {
    if (!m->costs) return match_code(m, code, len, off);
    double t0 = now_seconds();
    int rc = match_code(m, code, len, off);
    cost_acc *c = &m->costs[m->owner];
    c->seconds += now_seconds() - t0;
    c->calls++;
    c->matches += rc >= 0;
    return rc;
}

static bool is_trigger(const rule *r, const polex_token *t) {
    const char *l = t->lemma, *nm = t->norm;
    for (size_t i = 0; i < r->n_triggers; i++) {
        const char *w = r->triggers[i];
        if (l && *l == *w && strcmp(l, w) == 0) return true;
        if (nm && *nm == *w && strcmp(nm, w) == 0) return true;
    }
    return false;
}

static void take_roles(polex_matcher *m, const pcre2_code *code, const rule *r,
                       const polex_token *tok, uint32_t n, raw_hit *h) {
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
    uint32_t count = 0, esize = 0;
    PCRE2_SPTR table = NULL;
    pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &count);
    pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &esize);
    pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &table);
    uint32_t ovn = pcre2_get_ovector_count(m->md);
    bool head = false;
    for (uint32_t i = 0; i < count; i++) {
        PCRE2_SPTR e = table + (size_t)i * esize;
        uint32_t g = (uint32_t)(e[0] << 8 | e[1]);
        const char *name = (const char *)e + 2;
        if (name[0] == '_') continue; /* lexicon definitions */
        if (g >= ovn || ov[2 * g] == PCRE2_UNSET || ov[2 * g] >= ov[2 * g + 1]) continue;
        uint32_t t0 = tok_at(m, n, ov[2 * g]), t1 = tok_at(m, n, ov[2 * g + 1] - 1);
        if (strcmp(name, "head") == 0) {
            if (!head) h->h0 = t0, h->h1 = t1, head = true;
            continue;
        }
        bool dup = false;
        for (uint8_t k = 0; k < h->n_roles; k++)
            dup |= strcmp(h->roles[k].name, name) == 0;
        if (dup || h->n_roles == POLEX_MAX_ROLES) continue;
        h->roles[h->n_roles++] = (raw_role){name, t0, t1};
    }
    if (head) return;
    h->h0 = h->h1 = h->t0;
    for (uint32_t t = h->t0; t <= h->t1; t++)
        if (is_trigger(r, &tok[t])) {
            h->h0 = h->h1 = t;
            break;
        }
}

enum { NOT_AFTER_REACH = 16 };

static int run_span(polex_matcher *m, const pcre2_code *code, size_t len, uint32_t t0, uint32_t t1);
static int match_from(polex_matcher *m, const pcre2_code *code, size_t len, const start_list *l,
                      size_t i0, size_t i1);

static bool gate_in(const polex_matcher *m, uint32_t g, uint32_t t, uint64_t end);

/* Whether each key gate of g[0..n) has a word in tokens [t, end): the
 * words every match of a not_after or not_before holds. */
static bool words_within(const polex_matcher *m, const uint32_t *g, uint32_t n, uint32_t t,
                         uint64_t end) {
    for (uint32_t i = 0; i < n; i++)
        if (!gate_marked(m, g[i]) || !gate_in(m, g[i], t, end)) return false;
    return true;
}

/* not_after: the tokens just before the head match (the pattern ends in
 * \z and the subject is cut at the head); not_before: the tokens just
 * after the head match (\G... from there). */
static bool after_blocks(polex_matcher *m, const rule *r, uint32_t h0) {
    uint32_t lo = h0 > NOT_AFTER_REACH ? h0 - NOT_AFTER_REACH : 0;
    if (!words_within(m, r->after_words, r->n_after_words, lo, h0)) return false;
    const start_list *l = NULL;
    size_t i0 = 0, i1 = 0;
    if (r->n_after_first) { /* only where a match can start */
        if (!lazy_starts(m, AFTER_BIT | (uint32_t)(r - m->rs->rules))) return false;
        l = &m->lazy;
        i0 = lower_bound(l, lo);
        i1 = lower_bound(l, h0);
        if (i0 == i1) return false;
    }
    for (uint32_t k = 0; k < r->n_not_after; k++) {
        if (l) {
            if (match_from(m, r->not_after[k], m->toff[h0], l, i0, i1) > 0) return true;
            continue;
        }
        int rc = run_span(m, r->not_after[k], m->toff[h0], lo, h0 - 1);
        if (rc >= 0) return true;
        for (uint32_t t = lo; limit_code(rc) && t < h0; t++) /* each start with its own limit */
            if (run_span(m, r->not_after[k], m->toff[h0], t, t) >= 0) return true;
    }
    return false;
}

static bool context_blocks(polex_matcher *m, const rule *r, const raw_hit *h, uint32_t n,
                           size_t len) {
    if (r->n_not_after && h->h0 > 0 && after_blocks(m, r, h->h0)) return true;
    uint32_t b = h->h1 + 1;
    uint64_t end = r->before_reach == UINT32_MAX ? n : (uint64_t)b + r->before_reach;
    if (r->not_before && b < n && words_within(m, r->before_words, r->n_before_words, b, end) &&
        run(m, r->not_before, len, m->toff[b]) >= 0)
        return true;
    return false;
}

/* ---- subject ------------------------------------------------------------------- */

/* The first bytes are compared inline: most words differ there, and the
 * call to strcmp is saved. */
static bool word_in(const polex_token *t, const char *const *words) {
    const char *l = t->lemma ? t->lemma : t->norm, *nm = t->norm;
    for (; *words; words++) {
        const char *w = *words;
        if ((l && *l == *w && strcmp(l, w) == 0) || (nm && *nm == *w && strcmp(nm, w) == 0))
            return true;
    }
    return false;
}

/* Words between a subject and its verb ("has", "is set to", "on Monday"). */
static const char *const between_words[] = {
    "be",        "have",   "do",      "will",       "would",      "could",       "may",
    "might",     "can",    "shall",   "should",     "not",        "n't",         "also",
    "already",   "now",    "still",   "never",      "set",        "to",          "expect",
    "plan",      "going",  "go",      "poised",     "ready",      "prepared",    "prepare",
    "about",     "vow",    "intend",  "repeatedly", "previously", "formally",    "temporarily",
    "again",     "yet",    "then",    "recently",   "quickly",    "immediately", "today",
    "yesterday", "monday", "tuesday", "wednesday",  "thursday",   "friday",      "saturday",
    "sunday",    "on",     "last",    "week",       "month",      "this",        NULL};
/* Words a subject noun phrase does not reach across. */
static const char *const subject_stops[] = {"that",  "which",  "who",     "whose", "when", "while",
                                            "after", "before", "because", "if",    "but",  "say",
                                            "said",  "to",     "from",    "by",    "with", "for",
                                            "in",    "at",     "as",      "than",  NULL};

enum { SUBJECT_MAX = 8 };

/* Fills role `name` of h with the noun phrase right before the match (for
 * rules with `subject:`): cheaper and tighter than an optional leading
 * <actor ...> in the pattern, which would be tried at every token. */
static void take_subject(const rule *r, const polex_token *tok, raw_hit *h) {
    if (!r->subject || h->n_roles == POLEX_MAX_ROLES) return;
    for (uint8_t k = 0; k < h->n_roles; k++)
        if (strcmp(h->roles[k].name, r->subject) == 0) return;
    int64_t j = (int64_t)h->t0 - 1;
    while (j >= 0 && word_in(&tok[j], between_words))
        j--;
    int64_t end = j;
    while (j >= 0 && end - j < SUBJECT_MAX && tok[j].cls != POLEX_TOK_PUNCT &&
           tok[j].cls != POLEX_TOK_QUOTE && !word_in(&tok[j], subject_stops))
        j--;
    if (j == end) return;
    h->roles[h->n_roles++] = (raw_role){r->subject, (uint32_t)(j + 1), (uint32_t)end};
}

/* Records the match in the ovector as a raw hit of rule ri. */
static void record(polex_matcher *m, uint32_t ri, const pcre2_code *code, const polex_token *tok,
                   uint32_t n, size_t len) {
    const rule *r = &m->rs->rules[ri];
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
    raw_hit *h = &m->raw[m->n_raw++];
    memset(h, 0, sizeof *h);
    h->rule = ri;
    h->priority = r->priority;
    h->t0 = tok_at(m, n, ov[0]);
    h->t1 = tok_at(m, n, ov[1] - 1);
    take_roles(m, code, r, tok, n, h);
    take_subject(r, tok, h);
    if (context_blocks(m, r, h, n, len)) m->n_raw--;
}

/* Index of the first start of id in l. */
static size_t first_start(const start_list *l, uint64_t id) {
    return lower_bound(l, id << 32);
}

static bool has_start(const start_list *l, uint64_t id, uint32_t t) {
    uint64_t key = id << 32 | t;
    size_t a = lower_bound(l, key);
    return a < l->n && l->v[a] == key;
}

/* Whether gate g may have a key in tokens [t, end): its first and last
 * keys in the sentence bound where they are. */
static bool gate_in(const polex_matcher *m, uint32_t g, uint32_t t, uint64_t end) {
    return m->glast[g] >= t && m->gfirst[g] < end;
}

/* A variant's match starting at t lies, with its look-aheads, within its
 * reach: a word it needs that occurs only farther away (or before t) means
 * no match there, and the PCRE2 call is saved. */
static bool variant_near(const polex_matcher *m, uint32_t vi, uint32_t t) {
    const variant *v = &m->rs->variants[vi];
    if (v->reach == UINT32_MAX) return true;
    uint64_t end = (uint64_t)t + v->reach;
    if (v->trig >= 0 && !gate_in(m, (uint32_t)v->trig, t, end)) return false;
    for (size_t i = 0; i < v->n_need; i++)
        if (!gate_in(m, v->need[i], t, end)) return false;
    return true;
}

/* The same for a rule run whole. Its need gates hold in the sentence (or
 * it would not run); its pattern's trigger gate may not (explicit
 * `triggers:` can differ), and then nothing matches. */
static bool rule_near(const polex_matcher *m, const rule *r, uint32_t t) {
    if (r->reach == UINT32_MAX) return true;
    uint64_t end = (uint64_t)t + r->reach;
    if (r->near >= 0 &&
        (!gate_marked(m, (uint32_t)r->near) || !gate_in(m, (uint32_t)r->near, t, end)))
        return false;
    for (size_t i = 0; i < r->n_need; i++)
        if (!gate_in(m, r->need[i], t, end)) return false;
    return true;
}

/* The anchored match of rule ri at token t (*code gets the code that
 * matched): the whole pattern, or its variants in order where they can
 * start. A limit in one variant ends the try at t, as it would the whole. */
static int run_at(polex_matcher *m, uint32_t ri, uint32_t t, size_t len, const pcre2_code **code) {
    const rule *r = &m->rs->rules[ri];
    if (!r->n_var) {
        *code = r->anchored;
        return run(m, r->anchored, len, m->toff[t]);
    }
    for (uint32_t k = 0; k < m->n_ready; k++) {
        uint32_t vi = m->ready[k];
        if (!has_start(&m->starts, variant_id(m, vi), t)) continue;
        *code = m->rs->variants[vi].anchored;
        int rc = run(m, *code, len, m->toff[t]);
        if (rc != PCRE2_ERROR_NOMATCH) return rc;
    }
    return PCRE2_ERROR_NOMATCH;
}

/* Runs the \\G-anchored pattern of rule ri at each token where one of its
 * matches may start (m->starts). Same hits as a search, far fewer tries. */
static bool run_anchored(polex_matcher *m, uint32_t ri, const polex_token *tok, uint32_t n,
                         size_t len) {
    const rule *r = &m->rs->rules[ri];
    m->n_ready = 0; /* the variants that can match here, in order: run_at tries only them */
    for (uint32_t k = 0; k < r->n_var; k++)
        if (variant_ready(m, r->var0 + k)) m->ready[m->n_ready++] = r->var0 + k;
    if (r->n_var && !m->n_ready) return true;
    uint32_t next_tok = 0;
    const start_list *l = &m->starts;
    for (size_t i = first_start(l, ri); i < l->n && (l->v[i] >> 32) == ri; i++) {
        uint32_t t = (uint32_t)l->v[i];
        if (t < next_tok || m->n_raw >= MAX_HITS_PER_SENTENCE) continue;
        const pcre2_code *code = NULL;
        int rc = run_at(m, ri, t, len, &code);
        if (rc == PCRE2_ERROR_NOMATCH || (rc < 0 && !limit_code(rc))) continue;
        if (rc < 0) return false;
        const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
        if (ov[1] <= ov[0]) continue;
        next_tok = tok_at(m, n, ov[1] - 1) + 1;
        record(m, ri, code, tok, n, len);
    }
    return true;
}

/* A rule without first tokens matches, if at all, from a token whose reach
 * holds one of its pattern's triggers: the anchored pattern runs there
 * only, as a search would, moving past each match. */
static bool run_near(polex_matcher *m, uint32_t ri, const polex_token *tok, uint32_t n,
                     size_t len) {
    const rule *r = &m->rs->rules[ri];
    if (r->near < 0 || !gate_marked(m, (uint32_t)r->near)) return true;
    uint32_t first = m->gfirst[r->near], stop = m->glast[r->near];
    uint32_t t = first >= r->reach ? first - (r->reach - 1) : 0;
    for (; t <= stop && t < n && m->n_raw < MAX_HITS_PER_SENTENCE; t++) {
        int rc = run(m, r->anchored, len, m->toff[t]);
        if (rc == PCRE2_ERROR_NOMATCH || (rc < 0 && !limit_code(rc))) continue;
        if (rc < 0) return false;
        const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
        if (ov[1] <= ov[0]) continue;
        uint32_t last = tok_at(m, n, ov[1] - 1);
        record(m, ri, r->anchored, tok, n, len);
        t = last; /* the next try starts after the match */
    }
    return true;
}

/* The result of code, compiled with PCRE2_USE_OFFSET_LIMIT, on the subject
 * cut at len, for a match that starts on one of the tokens t0 .. t1: one
 * search instead of one anchored call at each of them. Most of a call's
 * cost is bringing its machine code into the cache: the tries after the
 * first one are cheap. With t0 == t1 it is the anchored try at t0. */
static int run_span(polex_matcher *m, const pcre2_code *code, size_t len, uint32_t t0,
                    uint32_t t1) {
    pcre2_set_offset_limit(m->mctx, m->toff[t1]);
    m->offset_limited = true;
    int rc = run(m, code, len, m->toff[t0]);
    pcre2_set_offset_limit(m->mctx, PCRE2_UNSET);
    m->offset_limited = false;
    return rc;
}

/* Whether code matches from one of the tokens of l[i0, i1) (sorted): 1 yes,
 * 0 no, -1 no and a limit stopped a try. One search spans them (a token
 * between them where no match can start changes nothing); only when it
 * stops on a limit is each token tried alone, with a limit of its own, as
 * an anchored call at each would be. */
static int match_from(polex_matcher *m, const pcre2_code *code, size_t len, const start_list *l,
                      size_t i0, size_t i1) {
    if (i0 >= i1) return 0;
    int rc = run_span(m, code, len, (uint32_t)l->v[i0], (uint32_t)l->v[i1 - 1]);
    if (rc >= 0) return 1;
    if (!limit_code(rc)) return 0;
    int v = 0;
    for (size_t i = i0; i < i1; i++) {
        rc = run_span(m, code, len, (uint32_t)l->v[i], (uint32_t)l->v[i]);
        if (rc >= 0) return 1;
        if (limit_code(rc)) v = -1;
    }
    return v;
}

/* A gate without first tokens matches, if at all, from a token whose reach
 * holds one of its triggers: from reach - 1 tokens before its first trigger
 * to its last. One search, its start bounded to those tokens, tries them
 * all in one PCRE2 call. 1, 0 or -1 (a limit) as gate_match. */
static int gate_match_near(polex_matcher *m, uint32_t g, size_t len) {
    const gate *G = &m->rs->gates[g];
    uint32_t first = m->gfirst[g], last = m->glast[g];
    uint32_t t = first >= G->reach ? first - (G->reach - 1) : 0;
    pcre2_set_offset_limit(m->mctx, m->toff[last]);
    m->offset_limited = true;
    int rc = run(m, G->code, len, m->toff[t]);
    pcre2_set_offset_limit(m->mctx, PCRE2_UNSET);
    m->offset_limited = false;
    return rc >= 0 ? 1 : limit_code(rc) ? -1 : 0;
}

/* A gate compiled in parts matches where one of them does. */
static int gate_parts_match(polex_matcher *m, const gate *G, size_t len) {
    int v = 0;
    for (uint32_t k = 0; k < G->n_parts; k++) {
        int rc = run(m, G->parts[k], len, 0);
        if (rc >= 0) return 1;
        if (limit_code(rc)) v = -1;
    }
    return v;
}

/* Whether gate g's pattern matches somewhere: at its first tokens only
 * when it has them. 1 yes, 0 no, -1 stopped by a limit. */
static int gate_match(polex_matcher *m, uint32_t g, size_t len) {
    const gate *G = &m->rs->gates[g];
    if (!G->code) return gate_marked(m, g);
    if (!G->always && !gate_marked(m, g)) return 0;
    for (size_t i = 0; i < G->n_need; i++) /* a word every match has is missing */
        if (!gate_marked(m, G->need[i])) return 0;
    if (G->parts) return gate_parts_match(m, G, len);
    if (!G->anchored) {
        int rc = run(m, G->code, len, 0);
        return rc >= 0 ? 1 : limit_code(rc) ? -1 : 0;
    }
    if (!G->n_first) return gate_match_near(m, g, len);
    if (!lazy_starts(m, GATE_BIT | g)) return 0;
    return match_from(m, G->code, len, &m->lazy, 0, m->lazy.n);
}

/* Gate g for this sentence, decided once and shared by every rule. */
static int gate_value(polex_matcher *m, uint32_t g, size_t len) {
    if (m->gs[g].done != m->gen) {
        uint32_t owner = m->owner;
        m->owner = (uint32_t)m->rs->n + g;
        m->gs[g].val = (int8_t)gate_match(m, g, len);
        m->owner = owner;
        m->gs[g].done = m->gen;
    }
    return m->gs[g].val;
}

/* Whether rule r's `unless` and `requires` gates let it fire in this
 * sentence: 1 yes, 0 no, -1 a gate stopped on a PCRE2 limit. */
static int gates_allow(polex_matcher *m, const rule *r, size_t len) {
    bool limited = false;
    for (uint32_t i = 0; i < r->n_unless; i++) {
        int v = gate_value(m, r->unless[i], len);
        if (v > 0) return 0;
        limited |= v < 0;
    }
    if (limited) return -1;
    if (!r->n_requires) return 1;
    for (uint32_t i = 0; i < r->n_requires; i++) {
        int v = gate_value(m, r->requires[i], len);
        if (v > 0) return 1;
        limited |= v < 0;
    }
    return limited ? -1 : 0;
}

/* The matches of rule ri, recorded as raw hits; false when it stopped on a
 * PCRE2 limit. */
static bool run_matches(polex_matcher *m, uint32_t ri, const polex_token *tok, uint32_t n,
                        size_t len) {
    const rule *r = &m->rs->rules[ri];
    if (r->anchored && r->n_first) return run_anchored(m, ri, tok, n, len);
    if (r->anchored) return run_near(m, ri, tok, n, len);
    size_t off = 0;
    while (off < len && m->n_raw < MAX_HITS_PER_SENTENCE) {
        int rc = run(m, r->code, len, off);
        if (rc == PCRE2_ERROR_NOMATCH || (rc < 0 && !limit_code(rc))) break;
        if (rc < 0) return false;
        const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
        if (ov[1] <= ov[0]) { /* empty match: move to the next token */
            uint32_t t = tok_at(m, n, ov[0]);
            if (t + 1 >= n) break;
            off = m->toff[t + 1];
            continue;
        }
        size_t next = ov[1];
        record(m, ri, r->code, tok, n, len);
        off = next;
    }
    return true;
}

/* Runs rule ri; returns false when it stopped on a PCRE2 limit. The gates
 * hold or not for the whole sentence, so they are decided after the rule's
 * own matches, and only when it found some (or stopped on a limit): most
 * rules that run find nothing and never need their gates. A rule its gates
 * stop leaves no hits, as if it had not run. */
static bool run_rule(polex_matcher *m, uint32_t ri, const polex_token *tok, uint32_t n,
                     size_t len) {
    const rule *r = &m->rs->rules[ri];
    size_t n0 = m->n_raw;
    m->owner = ri;
    bool ok = run_matches(m, ri, tok, n, len);
    if (ok && m->n_raw == n0) return true;
    int g = r->n_unless || r->n_requires ? gates_allow(m, r, len) : 1;
    if (g > 0) return ok;
    m->n_raw = n0;
    return g == 0;
}

/* ---- resolution ----------------------------------------------------------------- */

/* Higher priority first, then longer head span, then earlier rule. */
static int cmp_hit(const void *a, const void *b) {
    const raw_hit *x = a, *y = b;
    if (x->priority != y->priority) return x->priority > y->priority ? -1 : 1;
    uint32_t lx = x->h1 - x->h0, ly = y->h1 - y->h0;
    if (lx != ly) return lx > ly ? -1 : 1;
    if (x->rule != y->rule) return x->rule < y->rule ? -1 : 1;
    return x->t0 < y->t0 ? -1 : x->t0 > y->t0;
}

static bool overlap(uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1) {
    return a0 <= b1 && b0 <= a1;
}

/* Keeps, per type, the best hit among overlapping heads (or heads inside a
 * stronger rule's match), then one hit per (type, action): the others of
 * that pair outside its match go to twins (see add_twins). Suppression
 * looks at every stronger hit, including ones later set aside as twins.
 * Returns the number kept (moved to the front of raw). */
static size_t resolve(polex_matcher *m, const polex_ruleset *rs) {
    if (m->n_raw > 1) qsort(m->raw, m->n_raw, sizeof *m->raw, cmp_hit);
    size_t kept = 0;
    for (size_t i = 0; i < m->n_raw; i++) {
        const raw_hit *h = &m->raw[i];
        const rule *r = &rs->rules[h->rule];
        bool drop = false;
        for (size_t k = 0; k < kept && !drop; k++) {
            const raw_hit *w = &m->raw[k];
            const rule *q = &rs->rules[w->rule];
            if (strcmp(q->type, r->type) != 0 || strcmp(q->action, r->action) == 0) continue;
            /* "threatened to cut funding" is a threat, not a cut */
            drop = overlap(h->h0, h->h1, w->h0, w->h1) ||
                   (w->priority > h->priority && h->h0 >= w->t0 && h->h1 <= w->t1);
        }
        if (!drop) m->raw[kept++] = *h;
    }
    size_t out = 0;
    m->n_twins = 0;
    for (size_t i = 0; i < kept; i++) {
        raw_hit h = m->raw[i];
        const rule *r = &rs->rules[h.rule];
        size_t k = 0;
        for (; k < out; k++) {
            const rule *q = &rs->rules[m->raw[k].rule];
            if (strcmp(q->type, r->type) == 0 && strcmp(q->action, r->action) == 0) break;
        }
        h.slot = (uint32_t)k;
        if (k == out)
            m->raw[out++] = h;
        else if (!overlap(h.t0, h.t1, m->raw[k].t0, m->raw[k].t1)) /* in another clause */
            m->twins[m->n_twins++] = h;
    }
    return out;
}

/* ---- cues ----------------------------------------------------------------------- */

static int cmp_cue(const void *a, const void *b) {
    const cue_span *x = a, *y = b;
    if (x->first != y->first) return x->first < y->first ? -1 : 1;
    return x->kind - y->kind;
}

/* A stable sort by cmp_cue: cues of one kind keep the order they were
 * found in, whichever kinds were found first. The cues arrive in runs
 * already in token order, which an insertion sort passes over quickly. */
static void sort_cues(cue_span *v, size_t n) {
    for (size_t i = 1; i < n; i++) {
        cue_span x = v[i];
        size_t j = i;
        for (; j > 0 && cmp_cue(&v[j - 1], &x) > 0; j--)
            v[j] = v[j - 1];
        v[j] = x;
    }
}

static bool add_cue_span(polex_matcher *m, int kind, uint32_t first, uint32_t last) {
    if (m->n_cues == m->cap_cues) {
        size_t cap = m->cap_cues ? m->cap_cues * 2 : 32;
        cue_span *p = realloc(m->cues, cap * sizeof *p);
        if (!p) return false;
        m->cues = p;
        m->cap_cues = cap;
    }
    m->cues[m->n_cues++] = (cue_span){kind, first, last};
    return true;
}

static bool add_cue(polex_matcher *m, int kind, uint32_t n) {
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
    return add_cue_span(m, kind, tok_at(m, n, ov[0]), tok_at(m, n, ov[1] - 1));
}

static bool gate_near(const polex_matcher *m, uint32_t g, uint32_t t, uint64_t end) {
    return gate_marked(m, g) && gate_in(m, g, t, end);
}

/* Whether an entry of a cue kind could match from token t (cond: 1 + the
 * index of its cue_cond, 0: no condition): one whose words all occur
 * within its reach. The sentence's gate marks are those of candidates(). */
static bool cue_may_start(const polex_matcher *m, uint32_t cond, uint32_t t) {
    if (!cond) return true;
    const cue_cond *c = &m->rs->cue_conds[cond - 1];
    if (c->always) return true;
    for (size_t i = 0; i < c->n; i++) {
        const cue_alt *a = &c->alts[i];
        uint64_t end = (uint64_t)t + a->reach;
        bool ok = a->trig < 0 || gate_near(m, (uint32_t)a->trig, t, end);
        for (size_t k = 0; ok && k < a->n_need; k++)
            ok = gate_near(m, a->need[k], t, end);
        if (ok) return true;
    }
    return false;
}

static uint32_t cue_owner(const polex_matcher *m, int kind) {
    return (uint32_t)(m->rs->n + m->rs->n_gates) + (uint32_t)kind;
}

enum { CUE_CODES_PER_KIND = 4 };

/* The patterns of one cue kind to try at a token: those of the entries
 * that can start on its keys (lemma first), or the kind's whole pattern. */
typedef struct cue_try {
    const pcre2_code *code[CUE_CODES_PER_KIND];
    uint8_t n;
} cue_try;

static void cue_try_add(cue_try *c, const pcre2_code *code) {
    if (!code) return;
    for (uint8_t i = 0; i < c->n; i++)
        if (c->code[i] == code) return;
    if (c->n < CUE_CODES_PER_KIND) c->code[c->n++] = code;
}

/* The cue of kind k at token t: the first of its patterns that matches,
 * else the token alone when it is a word of the kind (word). */
static bool cue_of_kind(polex_matcher *m, int k, const cue_try *c, bool word, uint32_t t,
                        uint32_t n, size_t len, uint32_t *next) {
    m->owner = cue_owner(m, k);
    for (uint8_t i = 0; i < c->n; i++) {
        if (run(m, c->code[i], len, m->toff[t]) < 0) continue;
        const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
        if (ov[1] <= ov[0]) continue;
        next[k] = tok_at(m, n, ov[1] - 1) + 1;
        return add_cue(m, k, n);
    }
    if (!word) return true;
    next[k] = t + 1;
    return add_cue_span(m, k, t, t);
}

/* Tries the cues of the kinds in mask (bits 1 << kind) that can start on
 * key at token t (each kind at most once per token, and not inside a cue
 * of the same kind found before). */
static bool cues_at(polex_matcher *m, uint32_t mask, uint32_t t, uint32_t n, size_t len,
                    uint32_t *next) {
    uint32_t word = 0, pattern = 0; /* kinds whose cue here is the token / needs a pattern */
    cue_try tries[CUE_KIND_COUNT];
    for (uint32_t q = m->key_first[t]; q < m->key_first[t + 1]; q++) {
        const trig_slot *s = m->keys[q].cue;
        for (uint32_t i = 0; s && i < s->n; i++) {
            uint32_t v = s->rules[i], k = v & 0xff, cond = v >> CUE_COND_SHIFT;
            if (!(mask & 1u << k)) continue;
            if (v & CUE_WORD) {
                word |= 1u << k;
                continue;
            }
            if (!cue_may_start(m, cond, t)) continue;
            if (!(pattern & 1u << k)) tries[k].n = 0;
            pattern |= 1u << k;
            const pcre2_code *code = cond ? m->rs->cue_conds[cond - 1].code : NULL;
            cue_try_add(&tries[k], code ? code : m->rs->cue_anchored[k]);
        }
    }
    for (int k = 0; k < CUE_KIND_COUNT && (word | pattern); k++) {
        uint32_t bit = 1u << k;
        if (!((word | pattern) & bit) || t < next[k]) continue;
        if (!(pattern & bit)) {
            next[k] = t + 1;
            if (!add_cue_span(m, k, t, t)) return false;
            continue;
        }
        if (!cue_of_kind(m, k, &tries[k], word & bit, t, n, len, next)) return false;
    }
    return true;
}

/* Appends the cues of the kinds in mask. Each kind is found on its own
 * (next[k], a kind's tries), so finding some kinds now and others later
 * gives each kind the same cues, in the same order, as finding all at once. */
static bool cues_of_kinds(polex_matcher *m, uint32_t mask, uint32_t n, size_t len) {
    uint32_t next[CUE_KIND_COUNT] = {0};
    for (uint32_t t = 0; t < n; t++)
        if (!cues_at(m, mask, t, n, len, next)) return false;
    for (int k = 0; k < CUE_KIND_COUNT; k++) { /* cues that may start anywhere */
        if (!(mask & 1u << k)) continue;
        const pcre2_code *code = m->rs->cue_anchored[k] ? NULL : m->rs->cues[k];
        size_t off = 0;
        m->owner = cue_owner(m, k);
        while (code && off < len) {
            if (run(m, code, len, off) < 0) break;
            const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
            if (ov[1] <= ov[0]) break;
            if (!add_cue(m, k, n)) return false;
            off = ov[1];
        }
    }
    return true;
}

#define CUE_BIT(k) (1u << (k))
/* Attribution reads these kinds for every hit. */
#define CUE_ATTRIBUTION (CUE_BIT(CUE_SAY) | CUE_BIT(CUE_ACCORDING))
/* status_decide gives a hit a status (and a cue) only from a cue of these
 * kinds: with none in the sentence every hit is asserted without a cue. */
#define CUE_STATUS                                                                                 \
    (CUE_BIT(CUE_NEG) | CUE_BIT(CUE_PLAN) | CUE_BIT(CUE_HYPO) | CUE_BIT(CUE_NEG_POST) |            \
     CUE_BIT(CUE_PLAN_POST) | CUE_BIT(CUE_HYPO_POST) | CUE_BIT(CUE_COND))

static bool has_cue_of(const polex_matcher *m, uint32_t mask) {
    for (size_t i = 0; i < m->n_cues; i++)
        if (mask & CUE_BIT(m->cues[i].kind)) return true;
    return false;
}

/* The cues emit reads, sorted by first token. The cue lexicons are a good
 * part of the PCRE2 time of event-dense text, and many of their calls
 * cannot change the output: status cues count only for a hit whose rule
 * has no fixed status, and a terminator (@status_terminate, the largest)
 * only bounds or swallows another status cue, so it is looked for only
 * when there is one. */
static bool find_cues(polex_matcher *m, uint32_t n, size_t len, bool need_status) {
    m->n_cues = 0;
    uint32_t mask = CUE_ATTRIBUTION | (need_status ? CUE_STATUS : 0);
    if (!cues_of_kinds(m, mask, n, len)) return false;
    if (need_status && has_cue_of(m, CUE_STATUS) && !cues_of_kinds(m, CUE_BIT(CUE_TERM), n, len))
        return false;
    sort_cues(m->cues, m->n_cues);
    return true;
}

/* Whether a kept hit or a twin takes its status from the cues. */
static bool needs_status(const polex_matcher *m, size_t kept) {
    for (size_t i = 0; i < kept; i++)
        if (m->rs->rules[m->raw[i].rule].fixed_status < 0) return true;
    for (size_t i = 0; i < m->n_twins; i++)
        if (m->rs->rules[m->twins[i].rule].fixed_status < 0) return true;
    return false;
}

/* The status of hit h (a question asks whether the event happens; it does
 * not report it); *cue gets the index of the cue used, -1 for none, -2
 * for the question mark. */
static uint8_t hit_status(const polex_matcher *m, const raw_hit *h, bool question, int *cue) {
    const rule *r = &m->rs->rules[h->rule];
    *cue = -1;
    if (r->fixed_status >= 0) return (uint8_t)r->fixed_status;
    status_event ev = {h->h0, h->h1, r->reading};
    int st = status_decide(m->cues, m->n_cues, &ev, cue);
    if (question && (st == POLEX_ASSERTED || st == POLEX_PLANNED)) {
        *cue = -2;
        return POLEX_HYPOTHETICAL;
    }
    return (uint8_t)st;
}

/* The corpus codes one event per type and action in a sentence, with the
 * jurisdictions of every clause that reports it with the same status
 * ("Crawford County commissioners signed a 287(g) agreement in August, and
 * Warren County's jail began renting beds to ICE in June": one comply, both
 * counties). Up to four twins of h with its status give it their spans as
 * roles "also", "also2", ..., for the linker to read their clauses. */
static void add_twins(const polex_matcher *m, const raw_hit *h, const polex_token *tok,
                      bool question, polex_hit *out) {
    /* role names are keys of one JSON object in the match record */
    static const char *const names[] = {"also", "also2", "also3", "also4"};
    const size_t most = sizeof names / sizeof *names;
    size_t n = 0;
    for (size_t i = 0; i < m->n_twins && n < most && out->n_roles < POLEX_MAX_ROLES; i++) {
        const raw_hit *w = &m->twins[i];
        int cue;
        if (w->slot != h->slot || hit_status(m, w, question, &cue) != out->status) continue;
        out->roles[out->n_roles++] = (polex_role){names[n++], tok[w->t0].start, tok[w->t1].end};
    }
}

/* The corpus's two-status rule: when a sentence reports two events of one
 * type and action, one done and one pending or weighed ("signed a 287(g)
 * agreement on Tuesday, making his the fifth county where deputies will be
 * trained ..."), the one entry is the done one. A kept hit that is planned
 * or hypothetical trades places with an asserted twin of its pair earlier
 * in the sentence. Not a vow or a suit: "would not change its ordinance",
 * "voted to sue" are the news, whatever the sentence tells before them. */
static void prefer_done(polex_matcher *m, size_t kept, bool question) {
    for (size_t i = 0; i < kept; i++) {
        raw_hit *h = &m->raw[i];
        const char *action = m->rs->rules[h->rule].action;
        if (!strcmp(action, "resist") || !strcmp(action, "sue")) continue;
        int cue;
        uint8_t st = hit_status(m, h, question, &cue);
        if (st != POLEX_PLANNED && st != POLEX_HYPOTHETICAL) continue;
        for (size_t k = 0; k < m->n_twins; k++) {
            raw_hit *w = &m->twins[k];
            if (w->slot != h->slot || w->t0 > h->t0 ||
                hit_status(m, w, question, &cue) != POLEX_ASSERTED)
                continue;
            raw_hit done = *w;
            *w = *h;
            *h = done;
            break;
        }
    }
}

/* ---- output ---------------------------------------------------------------------- */

static int cmp_out(const void *a, const void *b) {
    const raw_hit *x = a, *y = b;
    if (x->t0 != y->t0) return x->t0 < y->t0 ? -1 : 1;
    return x->rule < y->rule ? -1 : x->rule > y->rule;
}

static polex_status emit(polex_matcher *m, polex_doc *doc, uint32_t si, const polex_token *tok,
                         uint32_t n, size_t kept, size_t len) {
    if (!find_cues(m, n, len, needs_status(m, kept))) return POLEX_ERR_NOMEM;
    sent_view v = {doc, tok, n, m->s, len, m->toff};
    uint32_t a0 = 0, a1 = 0;
    bool has_attr = attribution_find(&v, m->cues, m->n_cues, &a0, &a1);
    bool question = n && tok[n - 1].norm && strcmp(tok[n - 1].norm, "?") == 0;
    prefer_done(m, kept, question);
    if (kept > 1) qsort(m->raw, kept, sizeof *m->raw, cmp_out);
    for (size_t i = 0; i < kept; i++) {
        const raw_hit *h = &m->raw[i];
        const rule *r = &m->rs->rules[h->rule];
        polex_hit out;
        memset(&out, 0, sizeof out);
        out.rule = polex_arena_strdup(doc->arena, r->id);
        out.type = polex_arena_strdup(doc->arena, r->type);
        out.action = polex_arena_strdup(doc->arena, r->action);
        if (!out.rule || !out.type || !out.action) return POLEX_ERR_NOMEM;
        out.priority = r->priority;
        out.sentence = si;
        out.start = tok[h->t0].start;
        out.end = tok[h->t1].end;
        int cue;
        out.status = hit_status(m, h, question, &cue);
        if (cue == -2) {
            out.cue = "?";
        } else if (cue >= 0 && doc->text) {
            uint32_t c0 = tok[m->cues[cue].first].start, c1 = tok[m->cues[cue].last].end;
            out.cue = polex_arena_strndup(doc->arena, doc->text + c0, c1 - c0);
            if (!out.cue) return POLEX_ERR_NOMEM;
        }
        if (has_attr) out.attribution = (polex_span){tok[a0].start, tok[a1].end};
        for (uint8_t k = 0; k < h->n_roles; k++) {
            out.roles[k].name = polex_arena_strdup(doc->arena, h->roles[k].name);
            if (!out.roles[k].name) return POLEX_ERR_NOMEM;
            out.roles[k].start = tok[h->roles[k].t0].start;
            out.roles[k].end = tok[h->roles[k].t1].end;
        }
        out.n_roles = h->n_roles;
        add_twins(m, h, tok, question, &out);
        if (polex_doc_add_hit(doc, &out) != POLEX_OK) return POLEX_ERR_NOMEM;
    }
    return POLEX_OK;
}

/* ---- the document ------------------------------------------------------------------ */

/* Runs the rules over every sentence of doc in scope (the others' hits
 * would leave the domain: they are not matched at all). */
static polex_status match_sentences(polex_matcher *m, polex_doc *doc, long only,
                                    const topic_scope *scope, bool *limited, polex_error *err) {
    for (size_t si = 0; si < doc->n_sentences; si++) {
        if (!topic_scope_keeps(scope, si)) continue;
        const polex_sentence *sent = &doc->sentences[si];
        uint32_t n = sent->n_tokens;
        if (n == 0) continue;
        if (n > POLEX_MATCH_MAX_SENTENCE_TOKENS) {
            n = POLEX_MATCH_MAX_SENTENCE_TOKENS;
            m->stats.truncated_sentences++;
        }
        const polex_token *tok = &doc->tokens[sent->first_token];
        m->n_tok = n;
        m->stats.sentences++;
        if (!build_keys(m, tok, n))
            return polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
        size_t n_cand = candidates(m, n, only);
        if (n_cand == 0) continue; /* no rule can fire: skip the sentence string */
        if (!build_sentence(m, tok, n) || !find_starts(m, n))
            return polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
        size_t len = m->s_len;
        m->n_raw = 0;
        for (size_t c = 0; c < n_cand; c++) {
            if (!run_rule(m, m->cand[c], tok, n, len)) {
                m->stats.limit_hits++;
                *limited = true;
            }
        }
        if (m->lazy_oom) return polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
        if (m->n_raw == 0) continue;
        size_t kept = resolve(m, m->rs);
        if (emit(m, doc, (uint32_t)si, tok, n, kept, len) != POLEX_OK)
            return polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
    }
    return POLEX_OK;
}

polex_status match_doc(polex_matcher *m, polex_doc *doc, long only, polex_error *err) {
    if (!m || !doc) return polex_fail(err, POLEX_ERR_USAGE, "match", "no matcher or document");
    if (!doc->tokenized && doc->n_sentences == 0 && doc->n_tokens == 0 && doc->text_len)
        return polex_fail(err, POLEX_ERR_USAGE, "match", "document is not tokenized");
    doc->n_hits = 0;
    m->lazy_oom = false;
    bool limited = false;
    if (++m->pgen == 0) { /* wrapped: forget old entries */
        memset(m->pcache, 0, PCACHE_SIZE * sizeof *m->pcache);
        m->pgen = 1;
    }
    m->pcache_n = 0;
    m->doc = doc;
    m->doc_kinds_known = false;
    for (size_t si = 0; si < doc->n_sentences; si++) {
        const polex_sentence *sent = &doc->sentences[si];
        if ((size_t)sent->first_token + sent->n_tokens > doc->n_tokens)
            return polex_fail(err, POLEX_ERR_INPUT, "match", "sentence %zu points past the tokens",
                              si);
    }
    /* one rule run on its own examples (rules check) sees single sentences */
    topic_scope scope = {.all = true};
    polex_status rc = POLEX_OK;
    if (only < 0 && (rc = topic_scope_of(m->rs->topic, m->rs->topic_court, doc, &scope, err)))
        return rc;
    rc = match_sentences(m, doc, only, &scope, &limited, err);
    topic_scope_free(&scope);
    if (rc != POLEX_OK) return rc;
    doc->matched = true;
    if (limited && doc->n_hits == 0)
        return polex_fail(err, POLEX_ERR_LIMIT, "match",
                          "a rule hit the PCRE2 match or depth limit and nothing matched");
    return POLEX_OK;
}

/* ---- the whole pass: sentences, then document context (context.c) ---------- */

#include "context.h"

void match_context_env(const polex_matcher *m, context_env *env) {
    env->rs = m->rs;
    env->md = m->md;
    env->mctx = m->mctx;
}

polex_status polex_match(polex_matcher *m, polex_doc *doc, polex_error *err) {
    polex_status rc = match_doc(m, doc, -1, err);
    if (rc != POLEX_OK) return rc;
    return match_context(m, doc, err);
}
