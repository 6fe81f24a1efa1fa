/* driver.c - engine (shared) and worker (per thread) around the stage APIs. */
#include "polex_pipeline.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "polex_ingest.h"
#include "polex_link.h"
#include "polex_tokenize.h"

#ifndef POLEX_RULES_DIR
#define POLEX_RULES_DIR "rules"
#endif

struct polex_engine {
    char *rules_dir;
    polex_stage first, last;
    polex_ruleset *rules;
    size_t rules_skipped;
    polex_gazetteer *gazetteer;
};

struct polex_worker {
    const polex_engine *engine;
    polex_tokenizer *tokenizer;
    polex_matcher *matcher;
    polex_linker *linker;
};

static const char *const stage_names[] = {"ingest", "tokenize", "match", "link", "load"};

const char *polex_stage_name(polex_stage stage) {
    return (unsigned)stage <= POLEX_STAGE_LOAD ? stage_names[stage] : "?";
}

const char *polex_default_rules_dir(void) {
    const char *env = getenv("POLEX_RULES");
    return env && *env ? env : POLEX_RULES_DIR;
}

static bool needs(const polex_engine *e, polex_stage stage) {
    return e->first <= stage && stage <= e->last;
}

polex_engine *polex_engine_new(const polex_engine_options *opts, polex_error *err) {
    polex_engine *e = calloc(1, sizeof *e);
    if (!e) goto nomem;
    e->first = opts->first;
    e->last = opts->last;
    e->rules_dir = strdup(opts->rules_dir ? opts->rules_dir : polex_default_rules_dir());
    if (!e->rules_dir) goto nomem;
    if (needs(e, POLEX_STAGE_MATCH)) {
        e->rules = opts->rule_problems
                       ? polex_ruleset_load_lenient(e->rules_dir, &opts->limits,
                                                    opts->rule_problems, &e->rules_skipped, err)
                       : polex_ruleset_load(e->rules_dir, &opts->limits, err);
        if (!e->rules) goto fail;
    }
    if (needs(e, POLEX_STAGE_LINK)) {
        e->gazetteer = polex_gazetteer_load(e->rules_dir, err);
        if (!e->gazetteer) goto fail;
    }
    return e;
nomem:
    polex_fail(err, POLEX_ERR_NOMEM, "pipeline", "out of memory");
fail:
    polex_engine_free(e);
    return NULL;
}

void polex_engine_free(polex_engine *engine) {
    if (!engine) return;
    polex_ruleset_free(engine->rules);
    polex_gazetteer_free(engine->gazetteer);
    free(engine->rules_dir);
    free(engine);
}

size_t polex_engine_rules_skipped(const polex_engine *engine) {
    return engine->rules_skipped;
}

const char *polex_engine_rules_dir(const polex_engine *engine) {
    return engine->rules_dir;
}

polex_worker *polex_worker_new(const polex_engine *engine, polex_error *err) {
    polex_worker *w = calloc(1, sizeof *w);
    if (!w) {
        polex_fail(err, POLEX_ERR_NOMEM, "pipeline", "out of memory");
        return NULL;
    }
    w->engine = engine;
    if (needs(engine, POLEX_STAGE_TOKENIZE)) {
        polex_tokenizer_options topts = {engine->rules_dir, NULL};
        if (!(w->tokenizer = polex_tokenizer_new(&topts, err))) goto fail;
    }
    if (engine->rules && !(w->matcher = polex_matcher_new(engine->rules, err))) goto fail;
    if (engine->gazetteer &&
        !(w->linker = polex_linker_new(engine->gazetteer, engine->rules_dir, err)))
        goto fail;
    return w;
fail:
    polex_worker_free(w);
    return NULL;
}

polex_matcher *polex_worker_matcher(polex_worker *worker) {
    return worker ? worker->matcher : NULL;
}

void polex_worker_free(polex_worker *worker) {
    if (!worker) return;
    polex_tokenizer_free(worker->tokenizer);
    polex_matcher_free(worker->matcher);
    polex_linker_free(worker->linker);
    free(worker);
}

/* Stamps the document on an error raised by a stage. */
static polex_status blame(polex_status rc, const polex_doc *doc, polex_stage stage,
                          polex_error *err) {
    if (rc == POLEX_OK || !err) return rc;
    if (!err->stage[0]) snprintf(err->stage, sizeof err->stage, "%s", polex_stage_name(stage));
    if (!err->doc_id[0] && doc->doc_id)
        snprintf(err->doc_id, sizeof err->doc_id, "%s", doc->doc_id);
    if (!err->source[0] && doc->source)
        snprintf(err->source, sizeof err->source, "%s", doc->source);
    return rc;
}

polex_status polex_worker_process(polex_worker *worker, polex_doc *doc, polex_stage done,
                                  polex_stage last, polex_error *err) {
    polex_status rc = POLEX_OK;
    if (done < POLEX_STAGE_TOKENIZE && last >= POLEX_STAGE_TOKENIZE) {
        if (!worker->tokenizer)
            return polex_fail(err, POLEX_ERR_USAGE, "pipeline", "tokenizer not loaded");
        rc = blame(polex_tokenize(worker->tokenizer, doc, err), doc, POLEX_STAGE_TOKENIZE, err);
        if (rc) return rc;
    }
    if (done < POLEX_STAGE_MATCH && last >= POLEX_STAGE_MATCH) {
        if (!worker->matcher)
            return polex_fail(err, POLEX_ERR_USAGE, "pipeline", "rules not loaded");
        rc = blame(polex_match(worker->matcher, doc, err), doc, POLEX_STAGE_MATCH, err);
        if (rc) return rc;
    }
    if (done < POLEX_STAGE_LINK && last >= POLEX_STAGE_LINK) {
        if (!worker->linker)
            return polex_fail(err, POLEX_ERR_USAGE, "pipeline", "gazetteer not loaded");
        rc = blame(polex_link(worker->linker, doc, err), doc, POLEX_STAGE_LINK, err);
    }
    return rc;
}

/* ---- batches over threads ------------------------------------------------ */

typedef struct batch {
    polex_worker *const *workers;
    const polex_blob *blobs;
    polex_result *results;
    size_t n;
    atomic_size_t next;
} batch;

typedef struct batch_thread {
    batch *b;
    polex_worker *worker;
} batch_thread;

static void process_one(polex_worker *w, const polex_blob *blob, polex_result *res) {
    polex_error_clear(&res->err);
    res->doc = NULL;
    if (polex_ingest_blob(blob, &res->doc, &res->err) != POLEX_OK) return;
    if (polex_worker_process(w, res->doc, POLEX_STAGE_INGEST, POLEX_STAGE_LINK, &res->err)) {
        polex_doc_free(res->doc);
        res->doc = NULL;
    }
}

static void *batch_main(void *arg) {
    batch_thread *t = arg;
    size_t i;
    while ((i = atomic_fetch_add(&t->b->next, 1)) < t->b->n)
        process_one(t->worker, &t->b->blobs[i], &t->b->results[i]);
    return NULL;
}

polex_status polex_process_batch(polex_worker *const *workers, int n_workers,
                                 const polex_blob *blobs, size_t n, polex_result *results,
                                 polex_error *err) {
    enum { MAX_THREADS = 256 };
    batch b = {workers, blobs, results, n, 0};
    batch_thread threads[MAX_THREADS];
    pthread_t ids[MAX_THREADS];
    if (n_workers < 1 || n_workers > MAX_THREADS)
        return polex_fail(err, POLEX_ERR_USAGE, "pipeline", "thread count must be 1..256");
    int started = 0;
    for (int i = 1; i < n_workers; i++) {
        threads[i] = (batch_thread){&b, workers[i]};
        if (pthread_create(&ids[i], NULL, batch_main, &threads[i]) != 0) break;
        started = i;
    }
    threads[0] = (batch_thread){&b, workers[0]};
    batch_main(&threads[0]); /* the calling thread works too */
    for (int i = 1; i <= started; i++)
        pthread_join(ids[i], NULL);
    return POLEX_OK;
}
