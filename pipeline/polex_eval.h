/*
 * polex_eval.h - scores predicted events against gold annotations.
 *
 * GOLD is a corpora/<split>/gold.jsonl file (format in corpora/README.md);
 * document files are found relative to it and hashed to doc ids exactly as
 * ingest does. PRED is JSON Lines as `polex link` or `polex run --jsonl`
 * write them (records other than polex.event/1 are ignored), or a second
 * coder's gold file of the same documents: each of its events then stands
 * for the sentence its evidence lies in (the document ingested and
 * tokenized as `polex run` would), which scores the coders' agreement.
 *
 * A predicted event matches a gold event of the same document when the
 * types agree and the predicted evidence sentence contains the gold evidence
 * string (whitespace runs folded). Matches with the same action are made
 * first; the rest pair by type only and feed the action confusion table.
 */
#ifndef POLEX_EVAL_H
#define POLEX_EVAL_H

#include <stdio.h>

#include "polex_core.h"

typedef struct polex_eval_counts {
    size_t tp, fp, fn;
} polex_eval_counts;

/* How a matched event's predicted OCD ids differ from gold's. */
typedef enum polex_jur_shape {
    POLEX_JUR_NONE_IN_GOLD = 0, /* ids where gold has none */
    POLEX_JUR_NONE_PREDICTED,   /* none where gold has some */
    POLEX_JUR_EXTRA,            /* all of gold's, and more */
    POLEX_JUR_MISSING,          /* some of gold's, and no other */
    POLEX_JUR_OTHER,            /* an id gold lacks, and one of gold's missing */
    POLEX_JUR_SHAPES
} polex_jur_shape;

typedef struct polex_eval_summary {
    size_t documents, gold_events, pred_events, unknown_docs;
    polex_eval_counts overall;   /* type + action */
    polex_eval_counts type_only; /* type alone */
    double precision, recall, f1;
    size_t matched, status_correct;      /* over type+action matches */
    size_t jur_scored, jur_correct;      /* exact OCD id set */
    size_t jur_shapes[POLEX_JUR_SHAPES]; /* the mismatches (jur_scored - jur_correct) by shape */
    size_t date_scored, date_correct;    /* where gold has a date */
} polex_eval_summary;

typedef struct polex_eval_options {
    bool json;          /* print a JSON summary instead of the tables */
    size_t list_errors; /* how many false positives/negatives to list (text mode) */
    bool by_rule;       /* add each rule's right and false events (the "rule" field) */
} polex_eval_options;

/* Scores pred_path against gold_path, writes the report to out (may be NULL)
 * and fills *summary (may be NULL). */
polex_status polex_eval_events(const char *gold_path, const char *pred_path,
                               const polex_eval_options *opts, FILE *out,
                               polex_eval_summary *summary, polex_error *err);

#endif
