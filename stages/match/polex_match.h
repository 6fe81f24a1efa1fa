/*
 * polex_match.h - stage 3: rule packs compiled to PCRE2 and run over sentences.
 *
 * A polex_ruleset is loaded once from a rules folder (YAML rule files and
 * lexicons), compiled with PCRE2 JIT, and is read-only afterwards: threads
 * share it. A polex_matcher holds per-thread match data.
 * polex_match fills doc->hits: one hit per rule firing, with named roles as
 * byte ranges, the status (asserted/planned/hypothetical/negated) and the
 * attribution span.
 */
#ifndef POLEX_MATCH_H
#define POLEX_MATCH_H

#include "polex_core.h"

typedef struct polex_ruleset polex_ruleset;
typedef struct polex_matcher polex_matcher;

typedef struct polex_match_limits {
    uint32_t match_limit; /* PCRE2 match limit per sentence and rule; 0 = default */
    uint32_t depth_limit; /* PCRE2 depth limit; 0 = default */
} polex_match_limits;

/* Loads and compiles every rule file under dir. NULL with err set (file and
 * line in err->source / err->offset) when a rule is broken. */
polex_ruleset *polex_ruleset_load(const char *dir, const polex_match_limits *limits,
                                  polex_error *err);
void polex_ruleset_free(polex_ruleset *rules);
size_t polex_ruleset_count(const polex_ruleset *rules);

/* Per-thread matcher over a shared ruleset (which must outlive it). */
polex_matcher *polex_matcher_new(const polex_ruleset *rules, polex_error *err);
void polex_matcher_free(polex_matcher *m);

/* Runs every rule over every sentence of a tokenized doc. A rule that hits a
 * PCRE2 limit is skipped for that sentence and reported as POLEX_ERR_LIMIT
 * only if nothing else could be matched. */
polex_status polex_match(polex_matcher *m, polex_doc *doc, polex_error *err);

#endif
