/*
 * polex_pipeline.h - the in-process driver: stages chained in memory.
 *
 * An engine holds what threads share (compiled rules, gazetteer); a worker
 * holds what one thread needs (tokenizer, matcher, linker). The `polex`
 * command's stage filters and `polex run` both call these, so a stage run
 * alone and the pipeline execute the same functions.
 */
#ifndef POLEX_PIPELINE_H
#define POLEX_PIPELINE_H

#include "polex_core.h"
#include "polex_ingest.h"
#include "polex_match.h"

typedef enum polex_stage {
    POLEX_STAGE_INGEST = 0,
    POLEX_STAGE_TOKENIZE,
    POLEX_STAGE_MATCH,
    POLEX_STAGE_LINK,
    POLEX_STAGE_LOAD,
} polex_stage;

/* "ingest", "tokenize", ... */
const char *polex_stage_name(polex_stage stage);

typedef struct polex_engine polex_engine;
typedef struct polex_worker polex_worker;

typedef struct polex_engine_options {
    const char *rules_dir;     /* NULL: POLEX_RULES env, else the built-in folder */
    polex_stage first, last;   /* only what these stages need is loaded */
    polex_match_limits limits; /* zeros: PCRE2 defaults */
    FILE *rule_problems;       /* NULL: a rule that does not compile stops the load; else it is
                                * reported there and skipped (polex_engine_rules_skipped) */
} polex_engine_options;

/* Loads what stages first..last need. NULL with err set when rules, lexicons
 * or the gazetteer cannot be loaded. */
polex_engine *polex_engine_new(const polex_engine_options *opts, polex_error *err);
void polex_engine_free(polex_engine *engine);
/* How many rules or rule files were skipped because they do not compile. */
size_t polex_engine_rules_skipped(const polex_engine *engine);
/* The rules folder in use (owned by the engine). */
const char *polex_engine_rules_dir(const polex_engine *engine);

/* A worker for one thread; the engine must outlive it. */
polex_worker *polex_worker_new(const polex_engine *engine, polex_error *err);
void polex_worker_free(polex_worker *worker);
/* The worker's matcher (NULL when its engine does not match), e.g. to turn
 * on cost accounting (polex_matcher_profile). The worker keeps owning it. */
polex_matcher *polex_worker_matcher(polex_worker *worker);

/* Runs the stages after `done` up to and including `last` (at most LINK) on
 * doc. On failure err names the stage and the document. */
polex_status polex_worker_process(polex_worker *worker, polex_doc *doc, polex_stage done,
                                  polex_stage last, polex_error *err);

/* One input's outcome in a batch: a document or an error. */
typedef struct polex_result {
    polex_doc *doc;  /* owned by the caller after the batch; NULL on error */
    polex_error err; /* set when doc is NULL */
} polex_result;

/* Ingests and runs every stage up to LINK on blobs[0..n), spreading the
 * work over the workers (one thread each; n_workers == 1 runs inline).
 * results[i] belongs to blobs[i], so output order does not depend on
 * scheduling. Returns POLEX_OK, or an error if threads could not start. */
polex_status polex_process_batch(polex_worker *const *workers, int n_workers,
                                 const polex_blob *blobs, size_t n, polex_result *results,
                                 polex_error *err);

/* The default rules folder: $POLEX_RULES if set, else the one built in. */
const char *polex_default_rules_dir(void);

#endif
