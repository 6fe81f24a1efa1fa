/* cmd_run.c - `polex run`: every stage in memory, into one or more sinks. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "polex_ingest.h"
#include "polex_load.h"
#include "polex_pipeline.h"
#include "polex_record.h"

static const char run_help[] =
    "Usage: polex run [OPTION...] INPUT...\n"
    "Runs ingest, tokenize, match, link and load in one process over files, directories\n"
    "(recursively) or '-' (stdin), and prints a summary to stderr.\n"
    "  -d, --db TARGET    database: FILE.sqlite (default: polex.sqlite when no other\n"
    "                     output is named) or a postgresql:// URL\n"
    "  -j, --jsonl FILE   also write events and errors as JSON Lines ('-' = stdout;\n"
    "                     a device or pipe such as /dev/stdout is written in place)\n"
    "  -c, --csv FILE     also write events as CSV (jurisdictions: FILE without .csv,\n"
    "                     plus .jurisdictions.csv)\n"
    "  -r, --rules DIR    rules folder (default: $POLEX_RULES or the built-in one)\n"
    "  -m, --max-bytes N  largest input, record or line (K, M, G suffixes; default 256M)\n"
    "      --date DATE    date (YYYY-MM-DD) of documents whose text and record give none,\n"
    "                     so that datelines without a year resolve\n"
    "  -t, --threads N    worker threads (default: the number of cores)\n"
    "  -p, --progress     show progress on stderr (default when stderr is a terminal)\n"
    "  -q, --quiet        no progress, no summary\n"
    "A rule that does not compile is reported on stderr and skipped.\n"
    "Exit status: 0 all documents processed, 1 some became error records or some\n"
    "rules were skipped, 2 bad usage, 3 could not start or could not write output.\n";

enum { MAX_SINKS = 3, MAX_THREADS = 64, BATCH_PER_THREAD = 32 };
#define FLUSH_SECONDS 5.0

typedef struct run_state {
    polex_sink *sinks[MAX_SINKS];
    bool sink_docs[MAX_SINKS]; /* databases keep documents; event files do not */
    int n_sinks;
    polex_worker *workers[MAX_THREADS];
    int n_workers;
    size_t docs, bytes, errors, events;
    size_t per_type[8];
    char type_names[8][32]; /* copies: event strings die with their document */
    size_t n_types;
    bool progress, quiet;
    double started, last_progress, last_flush;
    const char *default_date; /* --date, or NULL */
} run_state;

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void count_type(run_state *st, const char *type) {
    size_t i = 0;
    while (i < st->n_types && strcmp(st->type_names[i], type) != 0)
        i++;
    if (i == st->n_types) {
        if (st->n_types == 8) return;
        snprintf(st->type_names[st->n_types++], sizeof st->type_names[0], "%s", type);
    }
    st->per_type[i]++;
}

static polex_status write_error(run_state *st, polex_error *e, polex_error *err) {
    st->errors++;
    for (int i = 0; i < st->n_sinks; i++) {
        polex_status rc = polex_sink_write_error(st->sinks[i], e, err);
        if (rc) return rc;
    }
    return POLEX_OK;
}

static polex_status write_doc(run_state *st, polex_doc *doc, polex_error *err) {
    for (int i = 0; i < st->n_sinks; i++) {
        if (st->sink_docs[i]) {
            polex_status rc = polex_sink_write_doc(st->sinks[i], doc, err);
            if (rc) return rc;
        }
        for (size_t k = 0; k < doc->n_events; k++) {
            polex_status rc = polex_sink_write_event(st->sinks[i], doc, &doc->events[k], err);
            if (rc) return rc;
        }
    }
    st->events += doc->n_events;
    for (size_t k = 0; k < doc->n_events; k++)
        count_type(st, doc->events[k].type);
    return POLEX_OK;
}

static void show_progress(run_state *st, bool final) {
    double t = now_seconds();
    if (!final && t - st->last_progress < 0.25) return;
    st->last_progress = t;
    double secs = t - st->started;
    fprintf(stderr, "\rpolex: %zu docs, %.1f MB, %zu events, %zu errors, %.0f docs/s   ", st->docs,
            (double)st->bytes / 1e6, st->events, st->errors,
            secs > 0 ? (double)st->docs / secs : 0.0);
    if (final) fputc('\n', stderr);
}

/* Copies of one batch of blobs: the source's buffers live only until its next call. */
typedef struct blob_batch {
    polex_blob *blobs;
    polex_result *results;
    size_t n, cap;
} blob_batch;

static void batch_clear(blob_batch *bb) {
    for (size_t i = 0; i < bb->n; i++) {
        polex_blob *b = &bb->blobs[i];
        free((char *)b->source);
        free((char *)b->data);
        free((char *)b->url);
        free((char *)b->charset);
        free((char *)b->format);
        free((char *)b->date);
        polex_doc_free(bb->results[i].doc);
    }
    bb->n = 0;
}

/* strdup that keeps NULL; sets *failed when a copy could not be made. */
static const char *dup_opt(const char *s, bool *failed) {
    char *c = s ? strdup(s) : NULL;
    if (s && !c) *failed = true;
    return c;
}

/* Deep copy: every pointer of a blob dies with the source's next call. */
static polex_status batch_add(blob_batch *bb, const polex_blob *b, polex_error *err) {
    polex_blob *copy = &bb->blobs[bb->n];
    bool failed = false;
    char *data = malloc(b->len ? b->len : 1);
    *copy = (polex_blob){.source = dup_opt(b->source ? b->source : "-", &failed),
                         .data = data,
                         .len = b->len,
                         .url = dup_opt(b->url, &failed),
                         .charset = dup_opt(b->charset, &failed),
                         .format = dup_opt(b->format, &failed),
                         .date = dup_opt(b->date, &failed)};
    bb->results[bb->n++].doc = NULL; /* counted in, so batch_clear frees what was copied */
    if (failed || !data) return polex_fail(err, POLEX_ERR_NOMEM, "run", "out of memory");
    memcpy(data, b->data, b->len);
    return POLEX_OK;
}

/* Runs one batch on the workers and writes its results in input order. */
static polex_status flush_batch(run_state *st, blob_batch *bb, polex_error *fatal) {
    polex_status rc =
        polex_process_batch(st->workers, st->n_workers, bb->blobs, bb->n, bb->results, fatal);
    for (size_t i = 0; rc == POLEX_OK && i < bb->n; i++) {
        polex_result *r = &bb->results[i];
        st->docs++;
        st->bytes += bb->blobs[i].len;
        rc = r->doc ? write_doc(st, r->doc, fatal) : write_error(st, &r->err, fatal);
    }
    batch_clear(bb);
    /* Sinks commit in batches of their own; a timed flush bounds what an
     * interrupted run can lose without paying a commit per batch. */
    if (rc == POLEX_OK && now_seconds() - st->last_flush > FLUSH_SECONDS) {
        for (int i = 0; i < st->n_sinks && rc == POLEX_OK; i++)
            rc = polex_sink_flush(st->sinks[i], fatal);
        st->last_flush = now_seconds();
    }
    if (st->progress) show_progress(st, false);
    return rc;
}

static polex_status run_all(run_state *st, polex_source *src, polex_error *fatal) {
    blob_batch bb = {0};
    bb.cap = (size_t)st->n_workers * BATCH_PER_THREAD;
    bb.blobs = calloc(bb.cap, sizeof *bb.blobs);
    bb.results = calloc(bb.cap, sizeof *bb.results);
    polex_status rc = bb.blobs && bb.results
                          ? POLEX_OK
                          : polex_fail(fatal, POLEX_ERR_NOMEM, "run", "out of memory");
    while (rc == POLEX_OK) {
        polex_blob blob;
        polex_error err;
        polex_error_clear(&err);
        if (polex_source_next(src, &blob, &err) != POLEX_OK) {
            /* keep errors in input order: what came before goes out first */
            if (bb.n) rc = flush_batch(st, &bb, fatal);
            if (rc == POLEX_OK) rc = write_error(st, &err, fatal);
            continue;
        }
        if (!blob.data) break;
        if (!blob.date) blob.date = st->default_date;
        rc = batch_add(&bb, &blob, fatal);
        if (rc == POLEX_OK && bb.n == bb.cap) rc = flush_batch(st, &bb, fatal);
    }
    if (rc == POLEX_OK && bb.n) rc = flush_batch(st, &bb, fatal);
    batch_clear(&bb);
    free(bb.blobs);
    free(bb.results);
    return rc;
}

static void print_summary(const run_state *st, const char *db) {
    double secs = now_seconds() - st->started;
    fprintf(stderr, "polex: %zu documents (%.2f MB) in %.2f s, %zu events, %zu errors\n", st->docs,
            (double)st->bytes / 1e6, secs, st->events, st->errors);
    if (st->n_types) {
        fprintf(stderr, "events by type:");
        for (size_t i = 0; i < st->n_types; i++)
            fprintf(stderr, " %s %zu%s", st->type_names[i], st->per_type[i],
                    i + 1 < st->n_types ? "," : "");
        fputc('\n', stderr);
    }
    if (db) fprintf(stderr, "database: %s\n", db);
}

typedef struct run_args {
    const char *db, *jsonl, *csv, *date;
    polex_engine_options eo;
    bool progress, quiet;
    int threads;
    size_t max_bytes;
} run_args;

static int parse_run_args(int argc, char **argv, run_args *a) {
    static const struct option longopts[] = {{"db", required_argument, NULL, 'd'},
                                             {"jsonl", required_argument, NULL, 'j'},
                                             {"csv", required_argument, NULL, 'c'},
                                             {"rules", required_argument, NULL, 'r'},
                                             {"progress", no_argument, NULL, 'p'},
                                             {"quiet", no_argument, NULL, 'q'},
                                             {"threads", required_argument, NULL, 't'},
                                             {"max-bytes", required_argument, NULL, 'm'},
                                             {"date", required_argument, NULL, 'D'},
                                             {"help", no_argument, NULL, 'h'},
                                             {0}};
    int c;
    optind = 1;
    a->progress = isatty(STDERR_FILENO);
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    a->threads = cores < 1 ? 1 : cores > MAX_THREADS ? MAX_THREADS : (int)cores;
    while ((c = getopt_long(argc, argv, "d:j:c:r:t:m:pqh", longopts, NULL)) != -1) {
        switch (c) {
        case 'h':
            fputs(run_help, stdout);
            return -1;
        case 'd':
            a->db = optarg;
            break;
        case 'j':
            a->jsonl = optarg;
            break;
        case 'c':
            a->csv = optarg;
            break;
        case 'r':
            a->eo.rules_dir = optarg;
            break;
        case 'p':
            a->progress = true;
            break;
        case 'q':
            a->quiet = true;
            break;
        case 'D':
            if (!cli_valid_date(optarg))
                return cli_usage_error("run", "--date wants a date like 2025-07-17");
            a->date = optarg;
            break;
        case 'm':
            if (!cli_parse_size(optarg, &a->max_bytes))
                return cli_usage_error("run", "--max-bytes wants a size like 64M");
            break;
        case 't': {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*end || n < 1 || n > MAX_THREADS)
                return cli_usage_error("run", "--threads wants 1 to %d", MAX_THREADS);
            a->threads = (int)n;
            break;
        }
        default:
            return cli_usage_error("run", "bad option");
        }
    }
    if (optind == argc) return cli_usage_error("run", "no INPUT given (use '-' for stdin)");
    if (!a->db && !a->jsonl && !a->csv) a->db = "polex.sqlite";
    if (a->quiet) a->progress = false;
    a->eo.first = POLEX_STAGE_TOKENIZE;
    a->eo.last = POLEX_STAGE_LINK;
    return EXIT_OK;
}

static polex_status open_sinks(run_state *st, const run_args *a, polex_error *err) {
    const char *targets[MAX_SINKS] = {a->db, a->jsonl, a->csv};
    /* --jsonl and --csv name the format: their file may have any name */
    const char *kinds[MAX_SINKS] = {"", "jsonl:", "csv:"};
    for (int i = 0; i < MAX_SINKS; i++) {
        if (!targets[i]) continue;
        char target[4096];
        bool dash = !strcmp(targets[i], "-");
        if (snprintf(target, sizeof target, "%s%s", dash ? "" : kinds[i], targets[i]) >=
            (int)sizeof target)
            return polex_fail(err, POLEX_ERR_USAGE, "run", "output path too long");
        polex_sink *s = polex_sink_open(target, err);
        if (!s) return err->code ? err->code : POLEX_ERR_IO;
        st->sink_docs[st->n_sinks] = i == 0;
        st->sinks[st->n_sinks++] = s;
    }
    return POLEX_OK;
}

int cmd_run(int argc, char **argv) {
    run_args a = {0};
    int prc = parse_run_args(argc, argv, &a);
    if (prc) return prc < 0 ? EXIT_OK : prc;
    run_state st = {
        .progress = a.progress, .quiet = a.quiet, .started = now_seconds(), .default_date = a.date};
    st.last_flush = st.started;
    polex_error err;
    polex_error_clear(&err);
    int rc = EXIT_FATAL;
    a.eo.rule_problems = stderr; /* a broken rule is skipped, not the whole run */
    polex_engine *engine = NULL;
    polex_source *src = NULL;
    bool started = false; /* sinks are kept only once the run has begun */
    /* outputs first: a target that cannot be written fails at once, not
     * after the seconds it takes to load the rule pack */
    if (open_sinks(&st, &a, &err) != POLEX_OK) goto done;
    if (!(engine = polex_engine_new(&a.eo, &err))) goto done;
    for (; st.n_workers < a.threads; st.n_workers++)
        if (!(st.workers[st.n_workers] = polex_worker_new(engine, &err))) goto done;
    started = true;
    src = polex_source_new((const char *const *)argv + optind, (size_t)(argc - optind));
    if (!src) {
        polex_fail(&err, POLEX_ERR_NOMEM, "run", "out of memory");
        goto done;
    }
    if (a.max_bytes) polex_source_set_max_bytes(src, a.max_bytes);
    if (run_all(&st, src, &err) != POLEX_OK) goto done;
    rc = st.errors || polex_engine_rules_skipped(engine) ? EXIT_DOC_ERRORS : EXIT_OK;
done:
    if (st.progress) show_progress(&st, true);
    for (int i = 0; i < st.n_sinks; i++) {
        polex_error cerr;
        polex_error_clear(&cerr);
        if (!started) { /* earlier output stays as it was */
            polex_sink_abort(st.sinks[i]);
            continue;
        }
        if (polex_sink_close(st.sinks[i], &cerr) != POLEX_OK && rc != EXIT_FATAL) {
            err = cerr;
            rc = EXIT_FATAL;
        }
    }
    if (rc == EXIT_FATAL)
        cli_report(&err);
    else if (!st.quiet)
        print_summary(&st, a.db);
    polex_source_free(src);
    for (int i = 0; i < st.n_workers; i++)
        polex_worker_free(st.workers[i]);
    polex_engine_free(engine);
    return rc;
}
