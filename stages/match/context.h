/*
 * context.h - what the document-context pass (context.c) needs of a
 * matcher, whose structure only matcher.c knows.
 */
#ifndef POLEX_MATCH_CONTEXT_H
#define POLEX_MATCH_CONTEXT_H

#include "match_internal.h"

/* The ruleset (lexicons, status cues, topic) and the per-thread PCRE2
 * state of a matcher; borrowed, valid while the matcher lives. */
typedef struct context_env {
    const polex_ruleset *rs;
    pcre2_match_data *md;
    pcre2_match_context *mctx;
} context_env;

/* Fills *env from m (defined in matcher.c). */
void match_context_env(const polex_matcher *m, context_env *env);

/* The cue entries of rs's context lexicons the pass uses; *n_bad (when not
 * NULL) gets those it leaves out (they do not parse, or pass a limit). */
size_t match_context_cues(const polex_ruleset *rs, size_t *n_bad);

#endif
