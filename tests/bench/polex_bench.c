/*
 * polex_bench - throughput of each stage, per core, and peak memory.
 *
 *   polex_bench [--repeat N] [--rules DIR] [--cpu] INPUT...
 *
 * Reads every input into memory first (so disk speed is not measured), then
 * times ingest, tokenize, match and link separately over all documents on one
 * thread, and libxml2's parse-only rate over the HTML inputs as the ceiling
 * for ingest. Prints MB/s (of raw input bytes, and of extracted text for the
 * later stages) and docs/s. Not a test: run it by hand (see README).
 * --cpu times with the process's CPU clock instead of the wall clock: on a
 * machine shared with other work the wall clock counts the waits too.
 */
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <time.h>

#include "polex_ingest.h"
#include "polex_pipeline.h"

typedef struct blob_copy {
    char *source, *data;
    size_t len;
} blob_copy;

static clockid_t bench_clock = CLOCK_MONOTONIC;

static double now(void) {
    struct timespec ts;
    clock_gettime(bench_clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static blob_copy *read_inputs(char **paths, size_t n, size_t *count) {
    polex_source *src = polex_source_new((const char *const *)paths, n);
    blob_copy *blobs = NULL;
    size_t cap = 0;
    *count = 0;
    for (;;) {
        polex_blob b;
        polex_error err;
        polex_error_clear(&err);
        if (polex_source_next(src, &b, &err) != POLEX_OK) { /* the other inputs still count */
            fprintf(stderr, "polex_bench: skipped %s: %s\n", err.source, err.message);
            continue;
        }
        if (!b.data) break;
        if (*count == cap) {
            cap = cap ? cap * 2 : 256;
            blobs = realloc(blobs, cap * sizeof *blobs);
            if (!blobs) abort();
        }
        blob_copy *c = &blobs[(*count)++];
        c->source = strdup(b.source);
        c->data = malloc(b.len + 1);
        if (!c->source || !c->data) abort();
        memcpy(c->data, b.data, b.len);
        c->len = b.len;
    }
    polex_source_free(src);
    return blobs;
}

static void report(const char *what, double secs, size_t bytes, size_t docs, size_t units,
                   const char *unit) {
    printf("%-22s %8.2f MB/s  %9.0f docs/s", what, (double)bytes / 1e6 / secs, (double)docs / secs);
    if (unit) printf("  %11.0f %s/s", (double)units / secs, unit);
    printf("  (%.3f s)\n", secs);
}

static bool is_html(const blob_copy *b) {
    size_t n = b->len < 2048 ? b->len : 2048;
    for (size_t i = 0; i + 5 <= n; i++)
        if (strncasecmp(b->data + i, "<html", 5) == 0 || strncasecmp(b->data + i, "<!doc", 5) == 0)
            return true;
    return false;
}

static void bench_parse_only(const blob_copy *blobs, size_t n, int repeat) {
    size_t bytes = 0, docs = 0;
    double t0 = now();
    for (int r = 0; r < repeat; r++)
        for (size_t i = 0; i < n; i++) {
            if (!is_html(&blobs[i])) continue;
            htmlDocPtr d = htmlReadMemory(blobs[i].data, (int)blobs[i].len, NULL, NULL,
                                          HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                              HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
            xmlFreeDoc(d);
            bytes += blobs[i].len;
            docs++;
        }
    if (docs) report("libxml2 parse only", now() - t0, bytes, docs, 0, NULL);
}

static const char bench_usage[] =
    "usage: polex_bench [--repeat N] [--rules DIR] [--cpu] INPUT...\n"
    "Times each stage (ingest, tokenize, match, link) over the documents of INPUT\n"
    "(files or folders, read into memory first) on one thread, N passes (default 3):\n"
    "MB/s, docs/s, link share of the pipeline and peak memory.\n"
    "  --rules DIR  rules folder (default: the built-in one)\n"
    "  --cpu        time with the process CPU clock (less disturbed on a busy machine)\n";

int main(int argc, char **argv) {
    int repeat = 3, first = 1;
    bool bad_option = false;
    const char *rules = NULL;
    while (first < argc && argv[first][0] == '-') {
        if (strcmp(argv[first], "--repeat") == 0 && first + 1 < argc)
            repeat = (int)strtol(argv[first + 1], NULL, 10), first += 2;
        else if (strcmp(argv[first], "--rules") == 0 && first + 1 < argc)
            rules = argv[first + 1], first += 2;
        else if (strcmp(argv[first], "--cpu") == 0)
            bench_clock = CLOCK_PROCESS_CPUTIME_ID, first++;
        else if (strcmp(argv[first], "-h") == 0 || strcmp(argv[first], "--help") == 0)
            return fputs(bench_usage, stdout) == EOF;
        else if (strcmp(argv[first], "-") != 0)
            bad_option = true, first = argc; /* an unknown option is no input path */
        else
            break;
    }
    if (bad_option || first >= argc || repeat < 1) {
        fputs(bench_usage, stderr);
        return 2;
    }
    size_t n = 0;
    blob_copy *blobs = read_inputs(argv + first, (size_t)(argc - first), &n);
    if (n == 0) {
        fprintf(stderr, "polex_bench: no document in the inputs\n");
        free(blobs);
        return 1;
    }
    polex_error err;
    polex_error_clear(&err);
    polex_engine_options eo = {
        .rules_dir = rules, .first = POLEX_STAGE_TOKENIZE, .last = POLEX_STAGE_LINK};
    polex_engine *engine = polex_engine_new(&eo, &err);
    polex_worker *worker = engine ? polex_worker_new(engine, &err) : NULL;
    if (!worker) {
        fprintf(stderr, "polex_bench: %s\n", err.message);
        return 3;
    }
    polex_doc **docs = calloc(n, sizeof *docs);
    size_t raw = 0, text = 0, tokens = 0, ok = 0, events = 0;
    double t_ingest = 0, t_tok = 0, t_match = 0, t_link = 0;
    for (int r = 0; r < repeat; r++) {
        double t0 = now();
        for (size_t i = 0; i < n; i++) {
            polex_blob b = {.source = blobs[i].source, .data = blobs[i].data, .len = blobs[i].len};
            polex_ingest_blob(&b, &docs[i], &err);
        }
        double t1 = now();
        for (size_t i = 0; i < n; i++)
            if (docs[i])
                polex_worker_process(worker, docs[i], POLEX_STAGE_INGEST, POLEX_STAGE_TOKENIZE,
                                     &err);
        double t2 = now();
        for (size_t i = 0; i < n; i++)
            if (docs[i])
                polex_worker_process(worker, docs[i], POLEX_STAGE_TOKENIZE, POLEX_STAGE_MATCH,
                                     &err);
        double t3 = now();
        for (size_t i = 0; i < n; i++)
            if (docs[i])
                polex_worker_process(worker, docs[i], POLEX_STAGE_MATCH, POLEX_STAGE_LINK, &err);
        double t4 = now();
        t_ingest += t1 - t0, t_tok += t2 - t1, t_match += t3 - t2, t_link += t4 - t3;
        for (size_t i = 0; i < n; i++) {
            raw += blobs[i].len;
            if (docs[i]) {
                ok++;
                text += docs[i]->text_len;
                tokens += docs[i]->n_tokens;
                events += docs[i]->n_events;
            }
            polex_doc_free(docs[i]);
            docs[i] = NULL;
        }
    }
    printf("%zu inputs (%.2f MB), %zu documents, %zu events per pass, %d passes, 1 thread\n", n,
           (double)raw / repeat / 1e6, ok / (size_t)repeat, events / (size_t)repeat, repeat);
    bench_parse_only(blobs, n, repeat);
    report("ingest (input bytes)", t_ingest, raw, ok, 0, NULL);
    report("tokenize (text bytes)", t_tok, text, ok, tokens, "tokens");
    report("match (text bytes)", t_match, text, ok, 0, NULL);
    report("link (text bytes)", t_link, text, ok, events, "events");
    double total = t_ingest + t_tok + t_match + t_link;
    report("whole pipeline (input)", total, raw, ok, 0, NULL);
    printf("link share of the pipeline: %.1f%%\n", 100.0 * t_link / total);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("peak memory: %.1f MB\n", (double)ru.ru_maxrss / 1024.0);
    for (size_t i = 0; i < n; i++)
        free(blobs[i].source), free(blobs[i].data);
    free(blobs);
    free(docs);
    polex_worker_free(worker);
    polex_engine_free(engine);
    return 0;
}
