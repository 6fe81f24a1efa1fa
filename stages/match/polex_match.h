/*
 * polex_match.h - stage 3: rule packs compiled to PCRE2 and run over sentences.
 *
 * A polex_ruleset is loaded once from a rules folder (YAML rule files and
 * lexicons), compiled with PCRE2 JIT, and is read-only afterwards: threads
 * share it. A polex_matcher holds per-thread match data.
 * polex_match fills doc->hits: one hit per rule firing, with named roles as
 * byte ranges, the status (asserted/planned/hypothetical/negated) and the
 * attribution span.
 *
 * Folder layout read by polex_ruleset_load(dir):
 *   dir/pack/NAME.yaml    rule files (or dir/NAME.yaml when dir has no pack/)
 *   dir/lexicons/NAME.txt lexicons, one entry per line, used as @name
 * The rule language is described in rules/README.md.
 *
 * Role names the shipped pack uses (link reads them when present):
 *   actor, target, object, amount, court, program, date.
 */
#ifndef POLEX_MATCH_H
#define POLEX_MATCH_H

#include <stdio.h>

#include "polex_core.h"

typedef struct polex_ruleset polex_ruleset;
typedef struct polex_matcher polex_matcher;

typedef struct polex_match_limits {
    uint32_t match_limit; /* PCRE2 match limit per sentence and rule; 0 = default */
    uint32_t depth_limit; /* PCRE2 depth limit; 0 = default */
} polex_match_limits;

#define POLEX_MATCH_DEFAULT_MATCH_LIMIT 200000u
#define POLEX_MATCH_DEFAULT_DEPTH_LIMIT 5000u
/* Tokens of one sentence looked at by the matcher; the rest is counted in
 * polex_match_stats.truncated_sentences. */
#define POLEX_MATCH_MAX_SENTENCE_TOKENS 1000u

/* Loads and compiles every rule file under dir. NULL with err set (file and
 * line in err->source / err->offset) when a rule is broken. The caller owns
 * the ruleset and frees it with polex_ruleset_free. limits may be NULL. */
polex_ruleset *polex_ruleset_load(const char *dir, const polex_match_limits *limits,
                                  polex_error *err);
/* The same, but a rule or rule file that does not compile is skipped: each
 * problem is written to problems as one line naming file and line, and
 * counted in *n_skipped. The folder, its lexicons and at least one rule
 * must load (NULL with err set otherwise). */
polex_ruleset *polex_ruleset_load_lenient(const char *dir, const polex_match_limits *limits,
                                          FILE *problems, size_t *n_skipped, polex_error *err);
/* Frees the ruleset. NULL is a no-op. */
void polex_ruleset_free(polex_ruleset *rules);
/* Number of rules in the ruleset (0 for NULL). */
size_t polex_ruleset_count(const polex_ruleset *rules);

/* Per-thread matcher over a shared ruleset (which must outlive it). */
polex_matcher *polex_matcher_new(const polex_ruleset *rules, polex_error *err);
/* Frees the matcher. NULL is a no-op. */
void polex_matcher_free(polex_matcher *m);

/* Runs every rule over every sentence of a tokenized doc. A rule that hits a
 * PCRE2 limit is skipped for that sentence and reported as POLEX_ERR_LIMIT
 * only if nothing else could be matched. Previous hits of doc are replaced;
 * every string of a hit lives in doc's arena. */
polex_status polex_match(polex_matcher *m, polex_doc *doc, polex_error *err);

/* Counters of one matcher since it was created (for tests and benchmarks). */
typedef struct polex_match_stats {
    uint64_t sentences;           /* sentences looked at */
    uint64_t rules_run;           /* (sentence, rule) pairs the prefilter let through */
    uint64_t rules_skipped;       /* (sentence, rule) pairs the prefilter skipped */
    uint64_t limit_hits;          /* rule runs stopped by a PCRE2 limit */
    uint64_t truncated_sentences; /* sentences longer than the token cap */
} polex_match_stats;

/* Copies the matcher's counters into *out. */
void polex_matcher_stats(const polex_matcher *m, polex_match_stats *out);

/* The PCRE2 cost of one rule, one shared sentence gate (a `requires` or
 * `unless` pattern) or one cue lexicon, for a rule writer's profile. */
typedef struct polex_match_cost {
    char what[96];    /* rule id, "gate of RULE", or "cues @LEXICON" */
    uint64_t calls;   /* PCRE2 calls */
    uint64_t matches; /* calls that matched */
    double seconds;   /* time inside those calls */
} polex_match_cost;

/* Turns cost accounting on (each PCRE2 call is then timed) or off; the
 * counts start from zero each time it is turned on. POLEX_ERR_NOMEM when
 * the counters cannot be allocated (accounting stays off). */
polex_status polex_matcher_profile(polex_matcher *m, bool on);

/* Writes up to cap costs, most time first, into out; returns how many
 * entries had calls (which may exceed cap). */
size_t polex_matcher_costs(const polex_matcher *m, polex_match_cost *out, size_t cap);

/* `polex rules check [DIR]`: loads every rule file under dir one by one,
 * compiles every rule and runs each rule's examples (tokenized with the real
 * tokenizer when polex_tokenizer_new works, otherwise with a simple fallback
 * splitter, which the report says). Writes one line per problem to report
 * ("FILE:LINE: rule ID: message") and a summary line. *n_failed gets the
 * number of problems. Returns POLEX_OK when the check ran (even with
 * failures), another status when it could not run at all. */
polex_status polex_rules_check(const char *dir, FILE *report, size_t *n_failed, polex_error *err);

#endif
