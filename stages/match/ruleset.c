/*
 * ruleset.c - loads a rules folder: lexicons, every rule file, the status
 * cue lexicons, and the trigger index used by the prefilter.
 */
#include "match_internal.h"

#include <ctype.h>
#include <dirent.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { MAX_RULE_FILES = 4096 };

static bool is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_rule_file(const char *name) {
    size_t n = strlen(name);
    return name[0] != '.' && ((n > 5 && strcmp(name + n - 5, ".yaml") == 0) ||
                              (n > 4 && strcmp(name + n - 4, ".yml") == 0));
}

static int cmp_u32(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted list of rule files so that rule order (and ties) never depends on
 * the file system. */
static polex_status list_rule_files(const char *dir, char ***out, size_t *n_out, polex_error *err) {
    DIR *d = opendir(dir);
    if (!d) return polex_fail(err, POLEX_ERR_IO, "match", "cannot open rules folder %s", dir);
    char **v = NULL;
    size_t n = 0;
    polex_status rc = POLEX_OK;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!is_rule_file(e->d_name)) continue;
        if (n == MAX_RULE_FILES) {
            rc = polex_fail(err, POLEX_ERR_LIMIT, "match", "more than %d rule files in %s",
                            MAX_RULE_FILES, dir);
            break;
        }
        char **nv = realloc(v, (n + 1) * sizeof *nv);
        size_t len = strlen(dir) + strlen(e->d_name) + 2;
        char *path = malloc(len);
        if (!nv || !path) {
            free(path);
            if (nv) v = nv;
            rc = polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
            break;
        }
        v = nv;
        snprintf(path, len, "%s/%s", dir, e->d_name);
        v[n++] = path;
    }
    closedir(d);
    if (n) qsort(v, n, sizeof *v, cmp_str);
    *out = v;
    *n_out = n;
    return rc;
}

/* ---- trigger index ------------------------------------------------------ */

static uint64_t hash_key(const char *s, size_t n) {
    return match_key_hash(s, n);
}

static trig_slot *slot_for(trig_slot *slots, size_t n_slots, const char *key) {
    size_t n = strlen(key);
    size_t mask = n_slots - 1;
    uint64_t h = hash_key(key, n);
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        trig_slot *s = &slots[i];
        if (!s->key) {
            s->key = key;
            s->key_len = n;
            s->hash = h;
            return s;
        }
        if (strcmp(s->key, key) == 0) return s;
    }
}

static polex_status slot_add(polex_ruleset *rs, trig_slot *s, uint32_t rule_index) {
    if (s->n && s->rules[s->n - 1] == rule_index) return POLEX_OK;
    size_t cap = s->cap;
    void *items = s->rules;
    if (polex_arena_grow(rs->arena, &items, &cap, s->n + 1, sizeof(uint32_t)) != POLEX_OK)
        return POLEX_ERR_NOMEM;
    s->rules = items;
    s->cap = (uint32_t)cap;
    s->rules[s->n++] = rule_index;
    return POLEX_OK;
}

static size_t table_size(size_t keys) {
    size_t n_slots = 64;
    while (n_slots < keys * 2 + 1)
        n_slots *= 2;
    return n_slots;
}

/* ---- gates ------------------------------------------------------------------ */

/* Gates are found by their source through an open-addressing table of
 * gate index + 1 (0: empty): a pack has thousands of them. */
static void gate_slot_put(uint32_t *slots, size_t n_slots, const gate *g, uint32_t idx) {
    size_t mask = n_slots - 1;
    size_t i = g->hash & mask;
    while (slots[i])
        i = (i + 1) & mask;
    slots[i] = idx + 1;
}

static bool gate_slots_grow(polex_ruleset *rs) {
    size_t n = rs->n_gate_slots ? rs->n_gate_slots * 2 : 256;
    uint32_t *slots = calloc(n, sizeof *slots);
    if (!slots) return false;
    for (size_t i = 0; i < rs->n_gates; i++)
        gate_slot_put(slots, n, &rs->gates[i], (uint32_t)i);
    free(rs->gate_slots);
    rs->gate_slots = slots;
    rs->n_gate_slots = n;
    return true;
}

static polex_status gate_push(polex_ruleset *rs, gate *g, uint32_t *out) {
    if (rs->n_gates == rs->cap_gates) {
        size_t cap = rs->cap_gates ? rs->cap_gates * 2 : 16;
        gate *nv = realloc(rs->gates, cap * sizeof *nv);
        if (!nv) return POLEX_ERR_NOMEM;
        rs->gates = nv;
        rs->cap_gates = cap;
    }
    if (2 * (rs->n_gates + 1) > rs->n_gate_slots && !gate_slots_grow(rs)) return POLEX_ERR_NOMEM;
    g->hash = match_key_hash(g->src, strlen(g->src));
    *out = (uint32_t)rs->n_gates;
    rs->gates[rs->n_gates++] = *g;
    gate_slot_put(rs->gate_slots, rs->n_gate_slots, g, *out);
    return POLEX_OK;
}

bool gate_find(const polex_ruleset *rs, const char *src, uint32_t *out) {
    if (!rs->n_gate_slots) return false;
    uint64_t h = match_key_hash(src, strlen(src));
    size_t mask = rs->n_gate_slots - 1;
    for (size_t i = h & mask; rs->gate_slots[i]; i = (i + 1) & mask) {
        const gate *g = &rs->gates[rs->gate_slots[i] - 1];
        if (g->hash == h && strcmp(g->src, src) == 0) {
            *out = rs->gate_slots[i] - 1;
            return true;
        }
    }
    return false;
}

bool gate_of_source(const polex_ruleset *rs, const char *src, uint32_t *out) {
    if (!rs->n_gate_source_slots) return false;
    uint64_t h = match_key_hash(src, strlen(src));
    size_t mask = rs->n_gate_source_slots - 1;
    for (size_t i = h & mask; rs->gate_sources[i].src; i = (i + 1) & mask) {
        const gate_source *e = &rs->gate_sources[i];
        if (e->hash == h && strcmp(e->src, src) == 0) {
            *out = e->gate;
            return true;
        }
    }
    return false;
}

static void gate_source_slot_put(gate_source *slots, size_t n_slots, gate_source e) {
    size_t mask = n_slots - 1;
    size_t i = e.hash & mask;
    while (slots[i].src)
        i = (i + 1) & mask;
    slots[i] = e;
}

static bool gate_sources_grow(polex_ruleset *rs) {
    size_t n = rs->n_gate_source_slots ? rs->n_gate_source_slots * 2 : 1024;
    gate_source *slots = calloc(n, sizeof *slots);
    if (!slots) return false;
    for (size_t i = 0; i < rs->n_gate_source_slots; i++)
        if (rs->gate_sources[i].src) gate_source_slot_put(slots, n, rs->gate_sources[i]);
    free(rs->gate_sources);
    rs->gate_sources = slots;
    rs->n_gate_source_slots = n;
    return true;
}

polex_status gate_source_put(polex_ruleset *rs, const char *src, uint32_t g) {
    if (2 * (rs->n_gate_sources + 1) > rs->n_gate_source_slots && !gate_sources_grow(rs))
        return POLEX_ERR_NOMEM;
    gate_source e = {match_key_hash(src, strlen(src)), polex_arena_strdup(rs->arena, src), g};
    if (!e.src) return POLEX_ERR_NOMEM;
    gate_source_slot_put(rs->gate_sources, rs->n_gate_source_slots, e);
    rs->n_gate_sources++;
    return POLEX_OK;
}

static char **arena_strv(polex_ruleset *rs, char *const *v, size_t n) {
    char **out = polex_arena_alloc(rs->arena, (n ? n : 1) * sizeof *out);
    for (size_t i = 0; out && i < n; i++)
        if (!(out[i] = polex_arena_strdup(rs->arena, v[i]))) return NULL;
    return out;
}

static void free_codes(pcre2_code **codes, uint32_t n) {
    for (uint32_t i = 0; i < n; i++)
        pcre2_code_free(codes[i]);
    free(codes);
}

polex_status gate_of_code(polex_ruleset *rs, pcre2_code **codes, uint32_t n, pattern_out *po,
                          int32_t *out) {
    uint32_t idx;
    if (gate_find(rs, po->regex, &idx)) {
        free_codes(codes, n);
        *out = (int32_t)idx;
        return POLEX_OK;
    }
    gate g = {0};
    g.code = codes[0];
    if (n > 1) {
        g.parts = codes;
        g.n_parts = n;
    } else {
        free(codes);
        codes = NULL;
    }
    g.src = polex_arena_strdup(rs->arena, po->regex);
    g.always = po->always;
    if (!g.src) goto nomem;
    if (po->n_need && !(g.need = polex_arena_alloc(rs->arena, po->n_need * sizeof *g.need)))
        goto nomem;
    for (size_t i = 0; i < po->n_need; i++)
        if (gate_of_keys(rs, &po->need[i], &g.need[i]) != POLEX_OK) goto nomem;
    g.n_need = po->n_need;
    if (!g.always && !(g.keys = arena_strv(rs, po->triggers, po->n_triggers))) goto nomem;
    g.n_keys = g.always ? 0 : po->n_triggers;
    g.reach = po->reach;
    /* a match contains a trigger within its reach: without first tokens it
     * is still tried only at the few tokens before a trigger */
    if (!g.parts && (po->n_first || (!g.always && g.reach && g.reach != UINT32_MAX))) {
        char msg[300];
        char *anch = polex_arena_printf(rs->arena, "\\G%s", po->regex);
        if (!anch || (po->n_first && !(g.first = arena_strv(rs, po->first, po->n_first))))
            goto nomem;
        g.anchored = pattern_compile(anch, msg, sizeof msg);
        g.n_first = g.anchored ? po->n_first : 0;
    }
    if (gate_push(rs, &g, &idx) != POLEX_OK) {
        pcre2_code_free(g.anchored);
        goto nomem;
    }
    *out = (int32_t)idx;
    return POLEX_OK;
nomem:
    if (g.parts)
        free_codes(g.parts, g.n_parts);
    else
        pcre2_code_free(g.code);
    return POLEX_ERR_NOMEM;
}

polex_status gate_of_keys(polex_ruleset *rs, const keyset *ks, uint32_t *out) {
    char **v = malloc((ks->n ? ks->n : 1) * sizeof *v);
    if (!v) return POLEX_ERR_NOMEM;
    size_t len = 1;
    for (size_t i = 0; i < ks->n; i++) {
        v[i] = ks->v[i];
        len += strlen(ks->v[i]) + 1;
    }
    qsort(v, ks->n, sizeof *v, cmp_str);
    char *src = polex_arena_alloc(rs->arena, len);
    if (!src) {
        free(v);
        return POLEX_ERR_NOMEM;
    }
    size_t k = 0;
    for (size_t i = 0; i < ks->n; i++) {
        size_t n = strlen(v[i]);
        src[k++] = '\x01';
        memcpy(src + k, v[i], n);
        k += n;
    }
    src[k] = '\0';
    free(v);
    if (gate_find(rs, src, out)) return POLEX_OK;
    gate g = {0};
    g.src = src;
    if (!(g.keys = arena_strv(rs, ks->v, ks->n))) return POLEX_ERR_NOMEM;
    g.n_keys = ks->n;
    return gate_push(rs, &g, out);
}

/* ---- the index ------------------------------------------------------------------ */

/* The tables were sized for every key mention; many repeat (gates, variants
 * and rules share words). Rebuilt at the size of the distinct keys, they
 * stay small enough for the cache: every token of every sentence probes
 * them. */
static polex_status shrink_table(polex_ruleset *rs, trig_slot **slots, size_t *n_slots) {
    size_t occ = 0;
    for (size_t i = 0; i < *n_slots; i++)
        occ += (*slots)[i].key != NULL;
    size_t n = table_size(occ);
    if (n >= *n_slots) return POLEX_OK;
    trig_slot *t = polex_arena_alloc(rs->arena, n * sizeof *t);
    if (!t) return POLEX_ERR_NOMEM;
    memset(t, 0, n * sizeof *t);
    for (size_t i = 0; i < *n_slots; i++) {
        const trig_slot *s = &(*slots)[i];
        if (!s->key) continue;
        size_t k = s->hash & (n - 1);
        while (t[k].key)
            k = (k + 1) & (n - 1);
        t[k] = *s;
    }
    *slots = t;
    *n_slots = n;
    return POLEX_OK;
}

polex_status ruleset_index(polex_ruleset *rs) {
    size_t keys = 0, fkeys = 0, lkeys = 0;
    for (size_t i = 0; i < rs->n; i++) {
        keys += rs->rules[i].n_triggers;
        fkeys += rs->rules[i].n_first;
        lkeys += rs->rules[i].n_after_first;
    }
    for (size_t i = 0; i < rs->n_gates; i++) {
        keys += rs->gates[i].n_keys;
        lkeys += rs->gates[i].n_first;
    }
    for (size_t i = 0; i < rs->n_variants; i++)
        fkeys += rs->variants[i].n_first;
    rs->n_slots = table_size(keys);
    rs->n_fslots = table_size(fkeys);
    rs->n_lslots = table_size(lkeys);
    rs->slots = polex_arena_alloc(rs->arena, rs->n_slots * sizeof *rs->slots);
    rs->fslots = polex_arena_alloc(rs->arena, rs->n_fslots * sizeof *rs->fslots);
    rs->lslots = polex_arena_alloc(rs->arena, rs->n_lslots * sizeof *rs->lslots);
    rs->always = polex_arena_alloc(rs->arena, (rs->n ? rs->n : 1) * sizeof *rs->always);
    if (!rs->slots || !rs->fslots || !rs->lslots || !rs->always) return POLEX_ERR_NOMEM;
    for (size_t i = 0; i < rs->n; i++) {
        rule *r = &rs->rules[i];
        for (size_t k = 0; k < r->n_first; k++)
            if (slot_add(rs, slot_for(rs->fslots, rs->n_fslots, r->first[k]), (uint32_t)i))
                return POLEX_ERR_NOMEM;
        if (r->always) {
            rs->always[rs->n_always++] = (uint32_t)i;
            continue;
        }
        for (size_t k = 0; k < r->n_triggers; k++)
            if (slot_add(rs, slot_for(rs->slots, rs->n_slots, r->triggers[k]), (uint32_t)i))
                return POLEX_ERR_NOMEM;
    }
    for (size_t i = 0; i < rs->n_gates; i++) {
        const gate *g = &rs->gates[i];
        uint32_t id = GATE_BIT | (uint32_t)i;
        for (size_t k = 0; k < g->n_keys; k++)
            if (slot_add(rs, slot_for(rs->slots, rs->n_slots, g->keys[k]), id))
                return POLEX_ERR_NOMEM;
        for (size_t k = 0; k < g->n_first; k++)
            if (slot_add(rs, slot_for(rs->lslots, rs->n_lslots, g->first[k]), id))
                return POLEX_ERR_NOMEM;
    }
    for (size_t i = 0; i < rs->n_variants; i++) {
        const variant *v = &rs->variants[i];
        for (size_t k = 0; k < v->n_first; k++)
            if (slot_add(rs, slot_for(rs->fslots, rs->n_fslots, v->first[k]),
                         VARIANT_BIT | (uint32_t)i))
                return POLEX_ERR_NOMEM;
    }
    for (size_t i = 0; i < rs->n; i++) {
        const rule *r = &rs->rules[i];
        for (size_t k = 0; k < r->n_after_first; k++)
            if (slot_add(rs, slot_for(rs->lslots, rs->n_lslots, r->after_first[k]),
                         AFTER_BIT | (uint32_t)i))
                return POLEX_ERR_NOMEM;
    }
    if (shrink_table(rs, &rs->slots, &rs->n_slots) != POLEX_OK ||
        shrink_table(rs, &rs->fslots, &rs->n_fslots) != POLEX_OK ||
        shrink_table(rs, &rs->lslots, &rs->n_lslots) != POLEX_OK)
        return POLEX_ERR_NOMEM;
    /* the matcher asks whether one gate or rule is in a key's lazy slot */
    for (size_t i = 0; i < rs->n_lslots; i++)
        if (rs->lslots[i].key)
            qsort(rs->lslots[i].rules, rs->lslots[i].n, sizeof *rs->lslots[i].rules, cmp_u32);
    /* most words of a sentence are in no table: one bit says so */
    const trig_slot *tables[4] = {rs->slots, rs->fslots, rs->lslots, rs->cslots};
    size_t sizes[4] = {rs->n_slots, rs->n_fslots, rs->n_lslots, rs->n_cslots};
    for (int t = 0; t < 4; t++)
        for (size_t i = 0; i < sizes[t]; i++)
            if (tables[t][i].key) {
                uint64_t b = tables[t][i].hash & 0xffff;
                rs->keybits[b >> 6] |= 1ull << (b & 63);
            }
    return POLEX_OK;
}

static const trig_slot *lookup(const trig_slot *slots, size_t n_slots, const char *key, size_t n) {
    return slots_find(slots, n_slots, key, n, hash_key(key, n));
}

const trig_slot *ruleset_lookup(const polex_ruleset *rs, const char *key, size_t n) {
    return lookup(rs->slots, rs->n_slots, key, n);
}

const trig_slot *ruleset_lookup_cue(const polex_ruleset *rs, const char *key, size_t n) {
    return lookup(rs->cslots, rs->n_cslots, key, n);
}

const trig_slot *ruleset_lookup_first(const polex_ruleset *rs, const char *key, size_t n) {
    return lookup(rs->fslots, rs->n_fslots, key, n);
}

/* ---- cues ------------------------------------------------------------------ */

static const char *const cue_lexicons[CUE_KIND_COUNT] = {
    [CUE_NEG] = "status_negated",
    [CUE_PLAN] = "status_planned",
    [CUE_HYPO] = "status_hypothetical",
    [CUE_NEG_POST] = "status_negated_post",
    [CUE_PLAN_POST] = "status_planned_post",
    [CUE_HYPO_POST] = "status_hypothetical_post",
    [CUE_TERM] = "status_terminate",
    [CUE_SAY] = "attribution_say",
    [CUE_ACCORDING] = "attribution_intro",
    [CUE_COND] = "status_conditional",
};

const char *cue_lexicon_name(int kind) {
    return kind >= 0 && kind < CUE_KIND_COUNT ? cue_lexicons[kind] : "?";
}

static bool plain_entry(const char *e) {
    if (!*e) return false;
    for (; *e; e++)
        if (strchr(" \t()|<>?*+{}\"!@#_\\", *e)) return false;
    return true;
}

/* One translated entry of a cue lexicon (plain: the entry is one word). */
typedef struct cue_entry {
    bool plain;
    const char *word;
    pattern_out po;
    bool ok;
} cue_entry;

/* The code of the pattern "(E1) | (E2) | ... | key": the entries that can
 * start on key, in lexicon order, then the plain word key when the lexicon
 * has it (a lexicon tries its plain words last). Entries sharing a source
 * share a code. NULL when it cannot be built (the kind's whole pattern is
 * then tried). */
static const pcre2_code *cue_code_of(polex_ruleset *rs, const cue_entry *e, size_t n,
                                     const char *key) {
    size_t len = 1;
    for (size_t i = 0; i < n; i++)
        len += strlen(e[i].word) + 6;
    char *src = polex_arena_alloc(rs->arena, len);
    if (!src) return NULL;
    size_t k = 0;
    bool plain = false;
    for (size_t i = 0; i < n; i++) {
        if (e[i].plain) {
            plain |= strcmp(e[i].word, key) == 0;
            continue;
        }
        bool starts = false;
        for (size_t f = 0; f < e[i].po.n_first && !starts; f++)
            starts = strcmp(e[i].po.first[f], key) == 0;
        if (starts) k += (size_t)snprintf(src + k, len - k, "%s( %s )", k ? " | " : "", e[i].word);
    }
    if (!k) return NULL; /* the word alone: no pattern to run */
    if (plain) k += (size_t)snprintf(src + k, len - k, " | %s", key);
    for (size_t i = 0; i < rs->n_cue_codes; i++)
        if (strcmp(rs->cue_code_src[i], src) == 0) return rs->cue_codes[i];
    pattern_out po = {0};
    char msg[300];
    char *anch = NULL;
    if (pattern_translate(src, &rs->lex, &po, msg, sizeof msg) == POLEX_OK)
        anch = polex_arena_printf(rs->arena, "\\G%s", po.regex);
    pattern_out_free(&po);
    pcre2_code *code = anch ? pattern_compile(anch, msg, sizeof msg) : NULL;
    if (!code) return NULL;
    if (rs->n_cue_codes == rs->cap_cue_codes) {
        size_t cap = rs->cap_cue_codes ? 2 * rs->cap_cue_codes : 32;
        pcre2_code **c = realloc(rs->cue_codes, cap * sizeof *c);
        char **sv = c ? realloc(rs->cue_code_src, cap * sizeof *sv) : NULL;
        if (c) rs->cue_codes = c;
        if (!sv) {
            pcre2_code_free(code);
            return NULL;
        }
        rs->cue_code_src = sv;
        rs->cap_cue_codes = cap;
    }
    pattern_jit(code);
    rs->cue_codes[rs->n_cue_codes] = code;
    rs->cue_code_src[rs->n_cue_codes++] = src;
    return code;
}

/* The cue_cond of the entries that can start on key: 1 + its index, or
 * UINT32_MAX when out of memory. Its condition is dropped (always) when
 * an entry is the word itself, may start anywhere or has no bound. */
static uint32_t cue_cond_of(polex_ruleset *rs, const cue_entry *e, size_t n, const char *key) {
    cue_alt alts[64];
    size_t na = 0;
    bool always = false, anywhere = false;
    for (size_t i = 0; i < n; i++) {
        if (e[i].plain) {
            always |= strcmp(e[i].word, key) == 0;
            continue;
        }
        const pattern_out *po = &e[i].po;
        if (!e[i].ok || !po->n_first) {
            always = anywhere = true;
            continue;
        }
        bool starts = false;
        for (size_t k = 0; k < po->n_first && !starts; k++)
            starts = strcmp(po->first[k], key) == 0;
        if (!starts || always) continue;
        if (po->reach == UINT32_MAX || na == 64) {
            always = true;
            continue;
        }
        cue_alt a = {po->reach, -1, NULL, 0};
        uint32_t g;
        if (!po->always) {
            keyset ks = {po->triggers, po->n_triggers};
            if (gate_of_keys(rs, &ks, &g) != POLEX_OK) return UINT32_MAX;
            a.trig = g;
        }
        if (po->n_need) {
            a.need = polex_arena_alloc(rs->arena, po->n_need * sizeof *a.need);
            if (!a.need) return UINT32_MAX;
            for (size_t k = 0; k < po->n_need; k++)
                if (gate_of_keys(rs, &po->need[k], &a.need[k]) != POLEX_OK) return UINT32_MAX;
            a.n_need = po->n_need;
        }
        alts[na++] = a;
    }
    if (rs->n_cue_conds >= (UINT32_MAX >> CUE_COND_SHIFT) - 1) return 0;
    size_t cap = rs->cap_cue_conds;
    void *items = rs->cue_conds;
    if (polex_arena_grow(rs->arena, &items, &cap, rs->n_cue_conds + 1, sizeof(cue_cond)) !=
        POLEX_OK)
        return UINT32_MAX;
    rs->cue_conds = items;
    rs->cap_cue_conds = cap;
    cue_cond *c = &rs->cue_conds[rs->n_cue_conds];
    memset(c, 0, sizeof *c);
    c->always = always || !na;
    if (!c->always) {
        c->alts = polex_arena_alloc(rs->arena, na * sizeof *c->alts);
        if (!c->alts) return UINT32_MAX;
        memcpy(c->alts, alts, na * sizeof *c->alts);
        c->n = na;
    }
    c->code = anywhere ? NULL : cue_code_of(rs, e, n, key);
    return (uint32_t)++rs->n_cue_conds;
}

/* True when the only entry of lexicon lx that can start on a token with
 * this key is the plain word key itself: the cue is then that one token,
 * known without running the pattern. */
static bool cue_word_only(const cue_entry *e, size_t n, const char *key) {
    bool word = false;
    for (size_t i = 0; i < n; i++) {
        if (e[i].plain) {
            word |= strcmp(e[i].word, key) == 0;
            continue;
        }
        if (!e[i].ok || e[i].po.n_first == 0) return false; /* could start anywhere */
        for (size_t k = 0; k < e[i].po.n_first; k++)
            if (strcmp(e[i].po.first[k], key) == 0) return false;
    }
    return word;
}

/* The conditions of every first key of cue lexicon lx (kind k) go into
 * the high bits of its cslots entries (*v, in the order of first). */
static polex_status cue_conds_of(polex_ruleset *rs, const lexicon *lx, const pattern_out *pk,
                                 uint32_t *v, bool need_codes) {
    cue_entry *e = calloc(lx->n ? lx->n : 1, sizeof *e);
    if (!e) return POLEX_ERR_NOMEM;
    polex_status rc = POLEX_OK;
    for (size_t i = 0; i < lx->n; i++) {
        e[i].word = lx->entries[i];
        e[i].plain = plain_entry(lx->entries[i]);
        char msg[300];
        if (!e[i].plain)
            e[i].ok =
                pattern_translate(lx->entries[i], &rs->lex, &e[i].po, msg, sizeof msg) == POLEX_OK;
    }
    for (size_t i = 0; i < pk->n_first && rc == POLEX_OK; i++) {
        uint32_t c = cue_cond_of(rs, e, lx->n, pk->first[i]);
        bool word = cue_word_only(e, lx->n, pk->first[i]);
        if (c == UINT32_MAX)
            rc = POLEX_ERR_NOMEM;
        else if (need_codes && !word && (!c || !rs->cue_conds[c - 1].code))
            rc = POLEX_ERR_RULES; /* no whole pattern to fall back on */
        else
            v[i] |= c << CUE_COND_SHIFT | (word ? CUE_WORD : 0);
    }
    for (size_t i = 0; i < lx->n; i++)
        if (e[i].ok) pattern_out_free(&e[i].po);
    free(e);
    return rc;
}

/* Each cue lexicon becomes one pattern; when its first tokens are known it
 * also gets a \\G version and its first tokens go into rs->cslots, so the
 * matcher tries a cue only where it can start, with the entries that start
 * there (cue_code_of). A lexicon too large for one pattern then still loads. */
static polex_status compile_cues(polex_ruleset *rs, polex_error *err) {
    pattern_out po[CUE_KIND_COUNT] = {0};
    polex_status rc = POLEX_OK;
    size_t keys = 0;
    char msg[400];
    for (int k = 0; k < CUE_KIND_COUNT && rc == POLEX_OK; k++) {
        const char *name = cue_lexicons[k];
        if (!lexset_find(&rs->lex, name, strlen(name))) continue;
        char src[64];
        snprintf(src, sizeof src, "@%s", name);
        if (pattern_translate(src, &rs->lex, &po[k], msg, sizeof msg) != POLEX_OK ||
            (!(rs->cues[k] = pattern_compile(po[k].regex, msg, sizeof msg)) && !po[k].n_first)) {
            rc = polex_fail(err, POLEX_ERR_RULES, "match", "lexicon %s: %s", name, msg);
            break;
        }
        char *anch = rs->cues[k] && po[k].n_first
                         ? polex_arena_printf(rs->arena, "\\G%s", po[k].regex)
                         : NULL;
        if (anch) rs->cue_anchored[k] = pattern_compile(anch, msg, sizeof msg);
        /* too large for one pattern, a lexicon whose entries start on known
         * words still works: each word gets the pattern of its own entries */
        rs->cue_by_key[k] = rs->cue_anchored[k] || !rs->cues[k];
        if (rs->cue_by_key[k]) keys += po[k].n_first;
    }
    rs->n_cslots = table_size(keys);
    rs->cslots =
        rc == POLEX_OK ? polex_arena_alloc(rs->arena, rs->n_cslots * sizeof *rs->cslots) : NULL;
    if (rc == POLEX_OK && !rs->cslots)
        rc = polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
    for (int k = 0; k < CUE_KIND_COUNT && rc == POLEX_OK; k++) {
        const lexicon *lx = rs->cue_by_key[k]
                                ? lexset_find(&rs->lex, cue_lexicons[k], strlen(cue_lexicons[k]))
                                : NULL;
        uint32_t *vals = lx ? calloc(po[k].n_first ? po[k].n_first : 1, sizeof *vals) : NULL;
        polex_status cc = lx && vals ? cue_conds_of(rs, lx, &po[k], vals, !rs->cues[k]) : POLEX_OK;
        if (lx && (!vals || cc == POLEX_ERR_NOMEM))
            rc = polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
        else if (cc != POLEX_OK)
            rc = polex_fail(err, POLEX_ERR_RULES, "match",
                            "lexicon %s: too large for PCRE2, even split by first word",
                            cue_lexicons[k]);
        for (size_t i = 0; lx && i < po[k].n_first && rc == POLEX_OK; i++) {
            char *key = polex_arena_strdup(rs->arena, po[k].first[i]);
            uint32_t v = vals[i] | (uint32_t)k;
            if (!key || slot_add(rs, slot_for(rs->cslots, rs->n_cslots, key), v))
                rc = polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
        }
        free(vals);
    }
    for (int k = 0; k < CUE_KIND_COUNT; k++)
        pattern_out_free(&po[k]);
    return rc;
}

/* ---- load ---------------------------------------------------------------- */

/* The codes to give machine code, gathered so that threads can share them. */
typedef struct jit_list {
    pcre2_code **v;
    size_t n, cap;
    bool oom;
} jit_list;

static void jit_add(jit_list *l, pcre2_code *code) {
    if (!code || l->oom) return;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 1024;
        pcre2_code **v = realloc(l->v, cap * sizeof *v);
        if (!v) {
            l->oom = true;
            return;
        }
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = code;
}

typedef struct jit_share {
    jit_list *list;
    size_t first, step;
} jit_share;

static void *jit_part(void *arg) {
    const jit_share *sh = arg;
    for (size_t i = sh->first; i < sh->list->n; i += sh->step)
        pattern_jit(sh->list->v[i]);
    return NULL;
}

/* JIT-compiles every code of l, on up to MAX_JIT_THREADS threads: machine
 * code is most of a pack's load time, and each code compiles on its own
 * (PCRE2 guards its executable memory). A thread that cannot start leaves
 * its share to this one. */
enum { MAX_JIT_THREADS = 8 };

static void jit_all(jit_list *l) {
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    size_t n = cpus > 1 ? (size_t)cpus : 1;
    if (n > MAX_JIT_THREADS) n = MAX_JIT_THREADS;
    if (l->n < 64) n = 1;
    pthread_t th[MAX_JIT_THREADS];
    jit_share sh[MAX_JIT_THREADS];
    bool started[MAX_JIT_THREADS] = {false};
    for (size_t t = 1; t < n; t++) {
        sh[t] = (jit_share){l, t, n};
        started[t] = pthread_create(&th[t], NULL, jit_part, &sh[t]) == 0;
    }
    sh[0] = (jit_share){l, 0, n};
    jit_part(&sh[0]);
    for (size_t t = 1; t < n; t++) {
        if (started[t])
            pthread_join(th[t], NULL);
        else
            jit_part(&sh[t]);
    }
}

/* Calls fn on each code the matcher runs (see matcher.c): a rule's
 * variants, else its anchored form, else its search form; its not_after and
 * not_before; a gate's search form (bounded to its first tokens when it has
 * them); a cue's anchored form, else its search form. The others stay
 * bytecode: compiled, checked, never run. */
static void each_run_code(const polex_ruleset *rs, void (*fn)(void *, pcre2_code *), void *arg) {
    for (size_t i = 0; i < rs->n; i++) {
        const rule *r = &rs->rules[i];
        if (!r->anchored)
            fn(arg, r->code);
        else if (!r->n_var)
            fn(arg, r->anchored);
        for (uint32_t k = 0; k < r->n_var; k++)
            fn(arg, rs->variants[r->var0 + k].anchored);
        for (uint32_t k = 0; k < r->n_not_after; k++)
            fn(arg, r->not_after[k]);
        fn(arg, r->not_before);
    }
    for (size_t i = 0; i < rs->n_gates; i++) {
        fn(arg, rs->gates[i].code);
        for (uint32_t k = 1; k < rs->gates[i].n_parts; k++)
            fn(arg, rs->gates[i].parts[k]);
    }
    for (int k = 0; k < CUE_KIND_COUNT; k++)
        fn(arg, rs->cue_anchored[k] ? rs->cue_anchored[k] : rs->cues[k]);
}

static void jit_one(void *arg, pcre2_code *code) {
    (void)arg;
    pattern_jit(code);
}

static void jit_collect(void *arg, pcre2_code *code) {
    jit_add(arg, code);
}

static int cmp_code(const void *a, const void *b) {
    uintptr_t x = (uintptr_t) * (pcre2_code *const *)a, y = (uintptr_t) * (pcre2_code *const *)b;
    return x < y ? -1 : x > y;
}

/* Machine code for the codes the matcher runs, on several threads; without
 * memory for their list, one by one. Rules share some codes (a common
 * not_before): each is listed once, so that no two threads compile it. */
static void ruleset_jit(polex_ruleset *rs) {
    jit_list l = {0};
    each_run_code(rs, jit_collect, &l);
    if (l.oom) {
        each_run_code(rs, jit_one, NULL);
    } else {
        if (l.n > 1) qsort(l.v, l.n, sizeof *l.v, cmp_code); /* an empty pack has no list */
        size_t k = 0;
        for (size_t i = 0; i < l.n; i++)
            if (!k || l.v[k - 1] != l.v[i]) l.v[k++] = l.v[i];
        l.n = k;
        jit_all(&l);
    }
    free(l.v);
}

bool ruleset_doc_kind(polex_ruleset *rs, const char *name, size_t len, uint32_t *bit, char *msg,
                      size_t msg_cap) {
    for (size_t i = 0; i < rs->n_doc_kinds; i++)
        if (strlen(rs->doc_kinds[i].name) == len && memcmp(rs->doc_kinds[i].name, name, len) == 0) {
            *bit = 1u << i;
            return true;
        }
    for (size_t i = 0; i < len; i++)
        if (!(islower((unsigned char)name[i]) || isdigit((unsigned char)name[i]) ||
              name[i] == '_' || name[i] == '-')) {
            snprintf(msg, msg_cap, "document kind '%.*s': names use a-z, 0-9, '_', '-'", (int)len,
                     name);
            return false;
        }
    if (rs->n_doc_kinds == MATCH_MAX_DOC_KINDS) {
        snprintf(msg, msg_cap, "more than %d document kinds", MATCH_MAX_DOC_KINDS);
        return false;
    }
    doc_kind *k = &rs->doc_kinds[rs->n_doc_kinds];
    char *path = polex_arena_printf(rs->arena, "%s/document_%.*s.txt", rs->lexdir, (int)len, name);
    k->name = polex_arena_printf(rs->arena, "%.*s", (int)len, name);
    if (!path || !k->name) {
        snprintf(msg, msg_cap, "out of memory");
        return false;
    }
    if (!is_file(path)) {
        snprintf(msg, msg_cap, "unknown document kind '%s' (no %s)", k->name, path);
        return false;
    }
    polex_error e = {0};
    if (topic_lexicon_load(path, &k->marks, &e) != POLEX_OK || !k->marks) {
        snprintf(msg, msg_cap, "document kind '%s': %s", k->name,
                 e.message[0] ? e.message : "no marks in it");
        topic_lexicon_free(k->marks);
        k->marks = NULL;
        return false;
    }
    *bit = 1u << rs->n_doc_kinds++;
    return true;
}

polex_ruleset *ruleset_load_ex(const char *dir, const polex_match_limits *limits, load_report *rep,
                               polex_error *err) {
    if (!dir) {
        polex_fail(err, POLEX_ERR_USAGE, "match", "no rules folder given");
        return NULL;
    }
    polex_ruleset *rs = calloc(1, sizeof *rs);
    char *pack = NULL, *lexdir = NULL;
    char **files = NULL;
    size_t n_files = 0;
    polex_status rc = POLEX_ERR_NOMEM;
    if (!rs || !(rs->arena = polex_arena_new())) goto fail_nomem;
    rs->limits.match_limit = POLEX_MATCH_DEFAULT_MATCH_LIMIT;
    rs->limits.depth_limit = POLEX_MATCH_DEFAULT_DEPTH_LIMIT;
    if (limits && limits->match_limit) rs->limits.match_limit = limits->match_limit;
    if (limits && limits->depth_limit) rs->limits.depth_limit = limits->depth_limit;

    pack = polex_arena_printf(rs->arena, "%s/pack", dir);
    lexdir = polex_arena_printf(rs->arena, "%s/lexicons", dir);
    if (!pack || !lexdir) goto fail_nomem;
    if (!is_dir(dir)) {
        rc = polex_fail(err, POLEX_ERR_IO, "match", "rules folder %s does not exist", dir);
        goto fail;
    }
    if (!is_dir(pack)) pack = (char *)dir;
    if (!is_dir(lexdir)) lexdir = polex_arena_printf(rs->arena, "%s/../lexicons", dir);
    if (!lexdir) goto fail_nomem;
    rs->lexdir = lexdir;
    if ((rc = lexset_load(&rs->lex, rs->arena, lexdir, err)) != POLEX_OK) goto fail;
    if (match_context_load(rs) != POLEX_OK) goto fail_nomem;
    char *topic = polex_arena_printf(rs->arena, "%s/topic.txt", lexdir);
    if (!topic) goto fail_nomem;
    if ((rc = topic_lexicon_load(topic, &rs->topic, err)) != POLEX_OK) goto fail;
    char *court = polex_arena_printf(rs->arena, "%s/topic_court.txt", lexdir);
    if (!court) goto fail_nomem;
    if ((rc = topic_lexicon_load(court, &rs->topic_court, err)) != POLEX_OK) goto fail;
    if ((rc = compile_cues(rs, err)) != POLEX_OK) goto fail;
    if ((rc = list_rule_files(pack, &files, &n_files, err)) != POLEX_OK) goto fail;
    for (size_t i = 0; i < n_files; i++) {
        rc = rulefile_load(rs, files[i], rep, err);
        if (rc != POLEX_OK) goto fail;
    }
    if (rs->n == 0 && !rep) {
        rc = polex_fail(err, POLEX_ERR_RULES, "match", "no rules found under %s", pack);
        goto fail;
    }
    if (ruleset_index(rs) != POLEX_OK) goto fail_nomem;
    ruleset_jit(rs);
    if (rs->max_ovec < 1) rs->max_ovec = 1;
    for (size_t i = 0; i < n_files; i++)
        free(files[i]);
    free(files);
    return rs;

fail_nomem:
    rc = polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
fail:
    (void)rc;
    for (size_t i = 0; i < n_files; i++)
        free(files[i]);
    free(files);
    polex_ruleset_free(rs);
    return NULL;
}

polex_ruleset *polex_ruleset_load(const char *dir, const polex_match_limits *limits,
                                  polex_error *err) {
    return ruleset_load_ex(dir, limits, NULL, err);
}

polex_ruleset *polex_ruleset_load_lenient(const char *dir, const polex_match_limits *limits,
                                          FILE *problems, size_t *n_skipped, polex_error *err) {
    load_report rep = {.out = problems, .prefix = "polex: skipped: "};
    polex_ruleset *rs = ruleset_load_ex(dir, limits, &rep, err);
    *n_skipped = rep.n_failed;
    if (rs && rs->n == 0) {
        polex_ruleset_free(rs);
        polex_fail(err, POLEX_ERR_RULES, "match", "no rule under %s could be loaded", dir);
        return NULL;
    }
    return rs;
}

void polex_ruleset_free(polex_ruleset *rs) {
    if (!rs) return;
    for (size_t i = 0; i < rs->n; i++) {
        pcre2_code_free(rs->rules[i].code);
        rule_free_not_after(&rs->rules[i]);
        if (!rs->rules[i].not_before_shared) pcre2_code_free(rs->rules[i].not_before);
        pcre2_code_free(rs->rules[i].anchored);
    }
    for (size_t i = 0; i < rs->n_shared; i++)
        pcre2_code_free(rs->shared[i].code);
    free(rs->shared);
    for (size_t i = 0; i < rs->n_gates; i++) {
        if (rs->gates[i].parts)
            free_codes(rs->gates[i].parts, rs->gates[i].n_parts);
        else
            pcre2_code_free(rs->gates[i].code);
        pcre2_code_free(rs->gates[i].anchored);
    }
    free(rs->gates);
    free(rs->gate_slots);
    free(rs->gate_sources);
    for (size_t i = 0; i < rs->n_variants; i++)
        pcre2_code_free(rs->variants[i].anchored);
    free(rs->variants);
    for (int k = 0; k < CUE_KIND_COUNT; k++) {
        pcre2_code_free(rs->cues[k]);
        pcre2_code_free(rs->cue_anchored[k]);
    }
    for (size_t i = 0; i < rs->n_cue_codes; i++)
        pcre2_code_free(rs->cue_codes[i]);
    free(rs->cue_codes);
    free(rs->cue_code_src);
    free(rs->rules);
    match_context_free(rs->context);
    lexset_free(&rs->lex);
    topic_lexicon_free(rs->topic);
    topic_lexicon_free(rs->topic_court);
    for (size_t i = 0; i < rs->n_doc_kinds; i++)
        topic_lexicon_free(rs->doc_kinds[i].marks);
    polex_arena_free(rs->arena);
    free(rs);
}

size_t polex_ruleset_count(const polex_ruleset *rs) {
    return rs ? rs->n : 0;
}
