/*
 * match_internal.h - structures shared by the files of the match stage.
 * Not installed, not used outside stages/match/.
 */
#ifndef POLEX_MATCH_INTERNAL_H
#define POLEX_MATCH_INTERNAL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <string.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "polex_match.h"
#include "topic.h"

/* The sentence string: every token is written as "\x02lemma\x1fnorm\x1fC"
 * (C: one class letter). TOKSTART opens a token, TOKSEP separates fields. */
#define TOKSTART '\x02'
#define TOKSEP '\x1f'

/* ---- lexicons ------------------------------------------------------------ */

typedef struct lexicon {
    char *name;     /* file name without .txt */
    char *file;     /* path, for messages */
    char **entries; /* lower-cased, trimmed; longest (in words) first */
    int *lines;     /* line of each entry */
    size_t n;
} lexicon;

/* Sets of plain words that patterns test by a PCRE2 callout instead of
 * compiling them in. A lexicon's single words used to become a trie in
 * every pattern naming it: the same words, compiled again per rule, made
 * tens of MB of machine code, and a PCRE2 call spent its time fetching
 * that code into the cache. A callout (?C"id") reads the token at the
 * current position and looks its lemma and norm up in one table shared by
 * every pattern, which stays in the cache. A set is registered once by
 * its content. */
typedef struct word_entry {
    uint64_t key;     /* hash of the word, mixed with its set */
    const char *word; /* in its set's set_words */
    uint32_t len, set;
} word_entry;

typedef struct wordsets {
    word_entry *slots; /* open addressing, power-of-two size; word NULL: empty */
    size_t n_slots, n_used;
    uint64_t *set_hash; /* content hash of each set, to find an equal one */
    char **set_words;   /* its words, each ended by '\0' (owned); entries point here */
    size_t *set_len;    /* bytes of set_words */
    size_t n_sets, cap_sets;
} wordsets;

/* The id of the set of n distinct words w (sorted, lower-cased), added
 * when new; -1 when out of memory or too many. */
long wordsets_add(wordsets *ws, char *const *w, size_t n);
void wordsets_free(wordsets *ws);
/* The callout of every pattern with a word set: 0 when the token at the
 * current position has its lemma or norm in set "id", else 1 (backtrack).
 * data is the wordsets. Every match context that runs a rule's, gate's or
 * cue's code must carry it (pcre2_set_callout): without it PCRE2 passes
 * every callout. */
int wordsets_callout(pcre2_callout_block *cb, void *data);

typedef struct lexset {
    lexicon *items;
    size_t n, cap;
    wordsets *words; /* where patterns register word sets; NULL: compile them in */
} lexset;

/* Loads every *.txt under dir into set (strings in arena). A missing dir is
 * not an error (set stays empty). */
polex_status lexset_load(lexset *set, polex_arena *arena, const char *dir, polex_error *err);
const lexicon *lexset_find(const lexset *set, const char *name, size_t len);
void lexset_free(lexset *set);

/* ---- patterns ------------------------------------------------------------ */

/* A set of lookup keys (lemmas, norms, class keys "#m"). */
typedef struct keyset {
    char **v;
    size_t n;
} keyset;

/* Result of compiling a pattern to PCRE2 source. */
typedef struct pattern_out {
    char *regex;     /* malloc'd PCRE2 source */
    char **triggers; /* malloc'd array of malloc'd lemma/norm strings */
    size_t n_triggers;
    bool always;   /* no trigger could be derived: run on every sentence */
    bool has_head; /* the pattern marks <head ...> */
    char **first;  /* lemmas/norms a match can start with; NULL: any token */
    size_t n_first;
    keyset *need; /* more sets besides the triggers: every match has a word of each */
    size_t n_need;
    uint32_t reach; /* a match and its look-aheads lie within this many tokens from
                     * its start, so its words do too; UINT32_MAX: unbounded */
} pattern_out;

/* Translates the token pattern language into PCRE2 source. On failure
 * returns POLEX_ERR_RULES with a message naming the column. */
polex_status pattern_translate(const char *pattern, const lexset *lex, pattern_out *out, char *msg,
                               size_t msg_cap);
void pattern_out_free(pattern_out *out);

/* Whether lexicon entry e is one plain word (no pattern syntax). */
bool pattern_plain_word(const char *e);

/* Splits a pattern at its top-level '|' into start[i], len[i]; returns the
 * number of alternatives, 0 when more than cap or unbalanced. */
size_t pattern_split(const char *pattern, const char **start, size_t *len, size_t cap);

/* Compiles regex (without JIT); NULL with msg filled on failure. */
pcre2_code *pattern_compile(const char *regex, char *msg, size_t msg_cap);
/* The same with more PCRE2 compile options (PCRE2_USE_OFFSET_LIMIT for a
 * gate, whose search the matcher bounds). */
pcre2_code *pattern_compile_opts(const char *regex, uint32_t options, char *msg, size_t msg_cap);
/* JIT-compiles code (NULL: nothing). A ruleset compiles many patterns it
 * never runs (a rule's search form once it has an anchored one, ...):
 * ruleset_jit gives machine code only to those the matcher runs. */
void pattern_jit(pcre2_code *code);

/* The alternatives of a rule's `unless` or `requires` that are gates of
 * their own (see gate_alts.c): top-level alternatives, a lexicon named
 * alone split into its entries (its plain words kept together). Each is
 * trimmed and malloc'd; equal ones appear once. */
typedef struct gate_alts {
    char **v;
    size_t n, cap;
} gate_alts;

/* False when out of memory (out is then empty). */
bool gate_alts_of(const lexset *lex, const char *src, gate_alts *out);
void gate_alts_free(gate_alts *a);

/* ---- rules ----------------------------------------------------------------- */

typedef struct role_expect {
    char *name, *text;
} role_expect;

typedef struct rule_example {
    char *text;
    int line;
    bool must_match;
    int status; /* expected polex_event_status, -1 = any */
    role_expect *roles;
    size_t n_roles;
} rule_example;

typedef struct rule {
    char *id, *type, *action;
    int priority;
    int fixed_status; /* -1: from cues */
    int reading;      /* enum status_reading: how cues read for this event */
    char *file;
    int line;
    pcre2_code *code;
    uint32_t *unless; /* gates none of which may hold in the sentence (arena) */
    uint32_t n_unless;
    uint32_t *requires; /* gates one of which must hold (match somewhere) (arena) */
    uint32_t n_requires;
    uint32_t *need; /* key gates that must all hold (arena) */
    size_t n_need;
    pcre2_code **not_after; /* must not match right before the head: the pattern, or its
                             * alternatives in parts when too large for one (the array
                             * owned; the codes too unless not_after_shared) */
    uint32_t n_not_after;
    bool not_after_shared; /* the codes belong to the ruleset's shared parts */
    char **after_first;    /* tokens a not_after match starts with (arena); NULL: any */
    size_t n_after_first;
    uint32_t *after_words; /* key gates: a not_after match holds a word of each (arena) */
    uint32_t n_after_words;
    pcre2_code *not_before; /* must not match right after the head; NULL: none */
    bool not_before_shared; /* it belongs to the ruleset's shared parts */
    uint32_t *before_words; /* the same for not_before, whose match lies within
                             * before_reach tokens (UINT32_MAX: unbounded) */
    uint32_t n_before_words, before_reach;
    char **triggers; /* arena */
    size_t n_triggers;
    bool always;
    bool has_head;
    char *subject; /* role filled with the noun phrase before the match; NULL: none */
    char **first;  /* arena; a match starts on a token with one of these */
    size_t n_first;
    pcre2_code *anchored; /* "\\G" + pattern, run at those tokens only; NULL: search */
    uint32_t reach;       /* of the pattern, see pattern_out */
    int64_t near;         /* key gate of the pattern's own triggers; -1: none */
    uint32_t var0, n_var; /* its alternatives run one by one (ruleset variants) */
    uint32_t unless_doc;  /* bits of rs->doc_kinds: kinds of document it never fires in */
    rule_example *examples;
    size_t n_examples;
} rule;

/* A kind of document rules can be kept out of (`unless_document`): a
 * document is of the kind when one of its sentences bears a mark listed in
 * lexicons/document_<name>.txt (entries as in topic.h). Ordinances and
 * resolutions, say, are never orders, however their clauses read. */
#define MATCH_MAX_DOC_KINDS 32
typedef struct doc_kind {
    char *name;           /* arena */
    topic_lexicon *marks; /* owned */
} doc_kind;

/* A condition on a whole sentence, shared by every rule that states it and
 * decided at most once per sentence: a pattern matching somewhere (a rule's
 * `requires` / `unless`), or a key gate: one of a set of lemmas occurs (the
 * other required words of a rule's pattern, beside its triggers). */
typedef struct gate {
    char *src;            /* regex, or "\x01key\x01key..." sorted for a key gate (arena) */
    pcre2_code *code;     /* NULL: a key gate */
    pcre2_code **parts;   /* code in parts (parts[0] is code), when too large for one */
    uint32_t n_parts;     /* 0: one code */
    pcre2_code *anchored; /* \G version run only at the first tokens, or (no first
                           * tokens) within reach before a trigger; NULL: search */
    char **keys;          /* triggers (code gate) or the set (key gate); arena */
    size_t n_keys;
    bool always;  /* a code gate without triggers: runs on every sentence */
    char **first; /* arena */
    size_t n_first;
    uint32_t reach; /* of the pattern, see pattern_out */
    uint64_t hash;  /* of src */
    uint32_t *need; /* key gates of the pattern's other required words: a code gate
                     * holds only if they all do (arena) */
    size_t n_need;
} gate;

/* Cue-table entries: the cue kind, with this bit when the cue on that
 * token is the token alone (no pattern to run). */
#define CUE_WORD 0x100u

/* Cue-table entries: above this shift, 1 + the index of the entry's
 * cue_cond in rs->cue_conds (0: none, always try the kind's pattern). */
#define CUE_COND_SHIFT 12

/* One cue lexicon entry that can start on a key: its match lies within
 * reach tokens, which hold a word of its trigger gate and of each need. */
typedef struct cue_alt {
    uint32_t reach;
    int64_t trig; /* key gate; -1: none */
    uint32_t *need;
    size_t n_need;
} cue_alt;

/* The entries of a cue kind that can start on one key: the cue is tried
 * there only when one of them could match (always: no such condition),
 * and then with code, the pattern of just those entries. */
typedef struct cue_cond {
    cue_alt *alts;
    size_t n;
    bool always;
    const pcre2_code *code; /* \\G pattern (owned by rs->cue_codes); NULL: the kind's */
} cue_cond;

/* Trigger-table entries with this bit refer to gates, not rules. */
#define GATE_BIT 0x80000000u
/* First-token entries with this bit refer to variants. */
#define VARIANT_BIT 0x40000000u
/* First-token entries with this bit refer to a rule's not_after. */
#define AFTER_BIT 0x20000000u

/* One top-level alternative of a rule's pattern, run on its own: at a
 * token where the rule may start, the alternatives are tried in order, only
 * those whose words occur in the sentence and that can start on that token.
 * The first that matches is the rule's match there, as with the whole
 * pattern (whose top-level alternation tries them in that order). */
typedef struct variant {
    uint32_t rule;
    pcre2_code *anchored; /* \\G + the alternative */
    int64_t trig;         /* key gate of its triggers; -1: none (always) */
    uint32_t *need;       /* key gates that must hold (arena) */
    size_t n_need;
    char **first; /* arena */
    size_t n_first;
    uint32_t reach; /* see pattern_out; UINT32_MAX: unbounded */
} variant;

/* string -> list of rule indices (GATE_BIT | gate index for gates) */
typedef struct trig_slot {
    const char *key;
    size_t key_len;
    uint64_t hash;
    uint32_t *rules;
    uint32_t n, cap;
} trig_slot;

enum cue_kind {
    CUE_NEG,
    CUE_PLAN,
    CUE_HYPO,
    CUE_NEG_POST,
    CUE_PLAN_POST,
    CUE_HYPO_POST,
    CUE_TERM,
    CUE_SAY,
    CUE_ACCORDING,
    CUE_COND,
    CUE_KIND_COUNT
};

/* A not_after's code (or one of its parts') or a not_before's, compiled
 * once for every rule that has it (see rulefile.c, sharing). */
typedef struct shared_part {
    const char *regex; /* what it was compiled from (arena) */
    bool before;       /* a not_before's (else a not_after's) */
    pcre2_code *code;  /* owned */
    size_t size;       /* of the anchored form, for notes */
} shared_part;

/* Rule-language text of a gate alternative and the gate it compiled to. */
typedef struct gate_source {
    uint64_t hash;
    const char *src; /* in the ruleset's arena; NULL: empty slot */
    uint32_t gate;
} gate_source;

struct polex_ruleset {
    polex_arena *arena;
    rule *rules;
    shared_part *shared; /* not_after and not_before codes, when loading (not checking) */
    size_t n_shared, cap_shared;
    size_t n, cap;
    trig_slot *slots; /* trigger index: open addressing, power-of-two size */
    size_t n_slots;
    trig_slot *fslots; /* first-token index of rules and variants, same layout */
    size_t n_fslots;
    trig_slot *lslots; /* first-token index of gates and not_after, each slot sorted: read only in
                        * sentences where some rule matched (see lazy_starts) */
    size_t n_lslots;
    uint32_t *always;
    size_t n_always;
    gate *gates;
    size_t n_gates, cap_gates;
    uint32_t *gate_slots; /* gate index + 1 by hash of src (0: empty), see gate_find */
    size_t n_gate_slots;
    gate_source *gate_sources; /* a gate by the pattern text it came from (see gate_of_source) */
    size_t n_gate_sources, n_gate_source_slots;
    variant *variants;
    size_t n_variants, cap_variants;
    pcre2_code *cues[CUE_KIND_COUNT];         /* NULL: lexicon absent */
    pcre2_code *cue_anchored[CUE_KIND_COUNT]; /* \\G versions; NULL: search instead */
    bool cue_by_key[CUE_KIND_COUNT]; /* tried where its first words are, with their entries */
    trig_slot *cslots;               /* first token of a cue -> cue kinds */
    cue_cond *cue_conds;             /* arena */
    size_t n_cue_conds, cap_cue_conds;
    pcre2_code **cue_codes; /* the cue_conds' codes, each once (owned) */
    char **cue_code_src;    /* their pattern sources, to share a code (arena) */
    size_t n_cue_codes, cap_cue_codes;
    size_t n_cslots;
    uint64_t keybits[1024]; /* bit (hash & 0xffff) set for every key of the four tables */
    uint32_t max_ovec;
    polex_match_limits limits;
    lexset lex;
    topic_lexicon *topic;       /* lexicons/topic.txt; NULL: every hit is in the domain */
    topic_lexicon *topic_court; /* lexicons/topic_court.txt; NULL: no court documents */
    char *lexdir;               /* the lexicons folder (arena) */
    doc_kind doc_kinds[MATCH_MAX_DOC_KINDS];
    size_t n_doc_kinds;
    struct cx_book *context; /* the context lexicons, parsed (context.c); owned */
};

/* Loading with a report (report != NULL): broken rules are reported and
 * skipped; otherwise the first problem fails the load. */
typedef struct load_report {
    FILE *out;
    size_t n_failed;
    const char *prefix; /* before each problem line; NULL: none */
    bool notes;         /* also note patterns near PCRE2's size limit (rules check) */
} load_report;

polex_ruleset *ruleset_load_ex(const char *dir, const polex_match_limits *limits, load_report *rep,
                               polex_error *err);

/* Frees a rule's not_after parts. */
void rule_free_not_after(rule *r);

/* Reads one YAML rule file and appends its rules (compiled) to rs. */
polex_status rulefile_load(polex_ruleset *rs, const char *path, load_report *rep, polex_error *err);

/* The gate of a pattern compiled whole (n = 1) or in parts (codes, the
 * array and po are taken over; an identical gate is shared); its index in
 * *out. */
polex_status gate_of_code(polex_ruleset *rs, pcre2_code **codes, uint32_t n, pattern_out *po,
                          int32_t *out);
/* The gate whose source (regex, or key list) is src, if any; its index in
 * *out. */
bool gate_find(const polex_ruleset *rs, const char *src, uint32_t *out);
/* The gate compiled from the rule-language text src before, if any. A
 * pack's `unless` and `requires` name the same alternatives hundreds of
 * times; remembering their gates spares translating each again. */
bool gate_of_source(const polex_ruleset *rs, const char *src, uint32_t *out);
/* Remembers that src compiled to gate g. */
polex_status gate_source_put(polex_ruleset *rs, const char *src, uint32_t g);
/* The key gate of a set of keys; its index in *out. */
polex_status gate_of_keys(polex_ruleset *rs, const keyset *ks, uint32_t *out);

/* The bit of document kind name[0..len) in *bit, its marks read from the
 * lexicons folder on first use. False with msg filled when the kind has no
 * file, there are too many kinds, or its file cannot be read. */
bool ruleset_doc_kind(polex_ruleset *rs, const char *name, size_t len, uint32_t *bit, char *msg,
                      size_t msg_cap);

/* Adds a compiled rule's triggers to the index. */
polex_status ruleset_index(polex_ruleset *rs);
/* The lexicon of cue kind kind ("status_negated", ...). */
const char *cue_lexicon_name(int kind);
/* Hash of a lookup key; the three tables below share it. Inline: the
 * matcher hashes every token of every sentence. */
static inline uint64_t match_key_hash(const char *key, size_t n) {
    return XXH3_64bits(key, n);
}

/* Entry of key[0..n) (hash h) in a table; NULL when none. Most look-ups are
 * misses, settled by the full hash without comparing strings. */
static inline const trig_slot *slots_find(const trig_slot *slots, size_t n_slots, const char *key,
                                          size_t n, uint64_t h) {
    if (!n_slots) return NULL;
    size_t mask = n_slots - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const trig_slot *s = &slots[i];
        if (!s->key) return NULL;
        if (s->hash == h && s->key_len == n && memcmp(s->key, key, n) == 0) return s;
    }
}
/* Rules whose trigger is key[0..n); NULL when none. */
const trig_slot *ruleset_lookup(const polex_ruleset *rs, const char *key, size_t n);
/* Cue kinds that can start on a token with key[0..n); NULL when none. */
const trig_slot *ruleset_lookup_cue(const polex_ruleset *rs, const char *key, size_t n);
/* Rules that can start a match on a token with key[0..n); NULL when none. */
const trig_slot *ruleset_lookup_first(const polex_ruleset *rs, const char *key, size_t n);

/* Runs the rules of m over doc; only_rule >= 0 restricts to that rule. */
polex_status match_doc(polex_matcher *m, polex_doc *doc, long only_rule, polex_error *err);
/* Adds the events of doc that its sentences state by reference to an
 * earlier sentence's hits (context.c); runs after match_doc. */
polex_status match_context(polex_matcher *m, polex_doc *doc, polex_error *err);
/* Parses the context lexicons of rs (lexicons/context_<kind>.txt) into
 * rs->context, once, after they are read; an entry that does not parse
 * is left out and counted. POLEX_ERR_NOMEM is the only failure. */
polex_status match_context_load(polex_ruleset *rs);
void match_context_free(struct cx_book *book);
/* Writes a line (file:line, why, the entry) for each context entry of rs
 * left out; returns how many were. */
size_t match_context_report(const polex_ruleset *rs, FILE *out);

/* ---- status and attribution --------------------------------------------- */

/* One cue or attribution marker found in a sentence, as token indices
 * relative to the sentence ([first, last] inclusive). */
typedef struct cue_span {
    int kind;
    uint32_t first, last;
} cue_span;

typedef struct sent_view {
    const polex_doc *doc;
    const polex_token *tok; /* first token of the sentence */
    uint32_t n_tok;
    const char *s; /* sentence string */
    size_t s_len;
    const uint32_t *toff; /* start of each token in s */
} sent_view;

/* How the status cues read for an event (a rule's `status_reading`, or its
 * pack's for the rule's action). */
enum status_reading {
    READ_PLAIN,   /* "did not", "will", "could" as the guidelines list them */
    READ_REFUSAL, /* a denial in the head is the event: "will not honor" is a planned
                   * refusal, "may not assist" one in force */
    READ_POLICY,  /* a kept stance: "do not and will not" is in force */
    READ_THREAT,  /* a warning is made when stated: its own condition and content
                   * do not make it hypothetical */
    READ_COUNT
};

/* Parses a reading's name ("plain", "refusal", "policy", "threat"); -1 when
 * unknown. */
int status_reading_from_name(const char *name);

/* The event a status is decided for: its head is tokens [h0, h1]; reading
 * is its rule's. */
typedef struct status_event {
    uint32_t h0, h1;
    int reading;
} status_event;

/* Decides the status of an event. cues are sorted by first token. Returns
 * the status; *cue gets the index of the cue used or -1. */
int status_decide(const cue_span *cues, size_t n_cues, const status_event *ev, int *cue);

/* Attribution span of the sentence in token indices; false when none. */
bool attribution_find(const sent_view *v, const cue_span *cues, size_t n_cues, uint32_t *a0,
                      uint32_t *a1);

/* ---- fallback tokenizer for rule examples -------------------------------- */

/* Splits text into one sentence of tokens with crude lemmas (irregular.tsv
 * under rules_dir/lexicons when present, then suffix rules). */
polex_status simple_tokenize(polex_doc *doc, const char *rules_dir, polex_error *err);

#endif
