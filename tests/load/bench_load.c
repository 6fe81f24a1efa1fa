/*
 * bench_load - how fast each sink takes events. Built with the tests, not run
 * as one: `bench_load [-f N] [DOCS] [TARGET...]`. Generates DOCS documents
 * with 5 events each (1 or 2 jurisdictions per event) and writes them to every
 * target, default: a JSONL, a CSV and an SQLite file in a scratch folder, each
 * twice (the second run replaces every row). -f N calls polex_sink_flush
 * every N documents, as a driver may. Prints events/s per target.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "load_fixture.h"
#include "polex_load.h"

enum { EVENTS_PER_DOC = 5 };

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A document like the fixture, with its own id and EVENTS_PER_DOC events. */
static polex_doc *make_doc(long n, char id[33]) {
    polex_doc *doc = fix_doc(2);
    snprintf(id, 33, "%032ld", n);
    doc->doc_id = id;
    while (doc->n_events < EVENTS_PER_DOC) {
        polex_event *ev = polex_doc_add_event(doc);
        *ev = doc->events[(doc->n_events - 1) % 2]; /* event i copies event i % 2 */
        ev->confidence = 0.1 * (double)doc->n_events;
    }
    for (size_t i = 0; i < doc->n_events; i++) {
        doc->events[i].evidence_start = (uint32_t)(i % 2 ? 51 : 0) + (uint32_t)(i / 2);
        polex_event_make_id(id, &doc->events[i]);
    }
    return doc;
}

static long flush_every; /* documents; 0 = never */

static int run(const char *target, long docs) {
    polex_error err;
    double t0 = now();
    polex_sink *sink = polex_sink_open(target, &err);
    if (!sink) {
        fprintf(stderr, "bench_load: %s\n", err.message);
        return 1;
    }
    polex_status rc = POLEX_OK;
    for (long d = 0; d < docs && !rc; d++) {
        char id[33];
        polex_doc *doc = make_doc(d, id);
        rc = polex_sink_write_doc(sink, doc, &err);
        for (size_t i = 0; i < doc->n_events && !rc; i++)
            rc = polex_sink_write_event(sink, doc, &doc->events[i], &err);
        if (!rc && flush_every && (d + 1) % flush_every == 0) rc = polex_sink_flush(sink, &err);
        polex_doc_free(doc);
    }
    if (rc)
        polex_sink_abort(sink);
    else
        rc = polex_sink_close(sink, &err);
    double secs = now() - t0;
    if (rc) {
        fprintf(stderr, "bench_load: %s\n", err.message);
        return 1;
    }
    long events = docs * EVENTS_PER_DOC;
    printf("%-12s %8ld docs %9ld events %8.3f s %10.0f events/s\n",
           strrchr(target, '.') ? strrchr(target, '.') : target, docs, events, secs,
           (double)events / secs);
    return 0;
}

int main(int argc, char **argv) {
    if (argc > 2 && strcmp(argv[1], "-f") == 0) {
        flush_every = strtol(argv[2], NULL, 10);
        argc -= 2;
        argv += 2;
    }
    long docs = argc > 1 ? strtol(argv[1], NULL, 10) : 20000;
    if (docs <= 0 || flush_every < 0) {
        fprintf(stderr, "usage: bench_load [-f N] [DOCS] [TARGET...]\n");
        return 2;
    }
    if (argc > 2) {
        int rc = 0;
        for (int i = 2; i < argc; i++)
            rc |= run(argv[i], docs);
        return rc;
    }
    char *dir = fix_tmpdir();
    const char *names[] = {"bench.jsonl", "bench.csv", "bench.sqlite"};
    int rc = 0;
    for (size_t i = 0; i < 3; i++) {
        char *path = fix_path(dir, names[i]);
        rc |= run(path, docs);
        rc |= run(path, docs); /* a re-run: every row replaced */
        free(path);
    }
    fix_rmdir(dir);
    return rc;
}
