/* link_bench - time of the link stage alone: gazetteer load, linker set-up,
 * and polex_link per document over polex.match/1 records.
 *
 * Usage: link_bench RULES_DIR MATCH.jsonl [ROUNDS [EVENTS_OUT.jsonl]]
 * (MATCH: ... | polex match); EVENTS_OUT gets the events of the first round. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "polex_link.h"
#include "polex_record.h"

#define MAX_DOCS 100000

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); /* CPU time: steadier on a shared machine */
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: link_bench RULES_DIR MATCH.jsonl [ROUNDS]\n");
        return 2;
    }
    int rounds = argc > 3 ? (int)strtol(argv[3], NULL, 10) : 20;
    polex_error err;
    double t0 = now_ms();
    polex_gazetteer *gaz = polex_gazetteer_load(argv[1], &err);
    double t1 = now_ms();
    polex_linker *lk = gaz ? polex_linker_new(gaz, argv[1], &err) : NULL;
    double t2 = now_ms();
    if (!lk) {
        fprintf(stderr, "link_bench: %s\n", err.message);
        return 3;
    }
    static polex_doc *docs[MAX_DOCS];
    size_t nd = 0, bytes = 0, hits = 0, events = 0;
    FILE *f = fopen(argv[2], "r");
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while (f && nd < MAX_DOCS && (len = getline(&line, &cap, f)) > 0) {
        polex_record_kind kind;
        polex_error rec;
        if (polex_record_parse(line, (size_t)len, &kind, &docs[nd], &rec, &err) == POLEX_OK &&
            docs[nd]) {
            bytes += docs[nd]->text_len;
            hits += docs[nd]->n_hits;
            nd++;
        }
    }
    free(line);
    if (f) fclose(f);
    double t3 = now_ms();
    for (int r = 0; r < rounds; r++)
        for (size_t i = 0; i < nd; i++) {
            if (polex_link(lk, docs[i], &err) != POLEX_OK) fprintf(stderr, "%s\n", err.message);
            if (r == 0) events += docs[i]->n_events;
        }
    double t4 = now_ms();
    FILE *out = argc > 4 ? fopen(argv[4], "w") : NULL;
    for (size_t i = 0; out && i < nd; i++)
        for (size_t k = 0; k < docs[i]->n_events; k++) {
            char *j = polex_event_to_json(docs[i], &docs[i]->events[k]);
            if (j) fprintf(out, "%s\n", j);
            free(j);
        }
    if (out) fclose(out);
    double per = (t4 - t3) / rounds / (nd ? (double)nd : 1);
    printf("gazetteer load %.1f ms (%zu divisions), linker %.1f ms, reading %.1f ms\n", t1 - t0,
           polex_gazetteer_size(gaz), t2 - t1, t3 - t2);
    printf("%zu documents, %.2f MB, %zu hits, %zu events: %.3f ms per document, %.1f MB/s\n", nd,
           (double)bytes / 1e6, hits, events, per,
           (double)bytes * rounds / 1e6 / ((t4 - t3) / 1e3));
    for (size_t i = 0; i < nd; i++)
        polex_doc_free(docs[i]);
    polex_linker_free(lk);
    polex_gazetteer_free(gaz);
    return 0;
}
