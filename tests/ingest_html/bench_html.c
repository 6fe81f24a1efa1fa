/*
 * bench_html.c - speed of HTML extraction on the devset pages, next to
 * libxml2's parse-only rate on the same bytes (the ceiling). Built, not run
 * as a test:  bench_html [ROUNDS]
 * Prints docs/s and MB/s for parse-only and for polex_html_extract, one core,
 * from the fastest of ROUNDS alternating rounds.
 */
#include "devset.h"
#include "ingest_internal.h"

#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct page {
    char *data;
    size_t len;
} page;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void report(const char *what, double secs, size_t docs, size_t bytes) {
    printf("%-22s %8.1f docs/s %8.2f MB/s  (%zu docs, %.1f MB, %.3f s)\n", what,
           (double)docs / secs, (double)bytes / 1e6 / secs, docs, (double)bytes / 1e6, secs);
}

int main(int argc, char **argv) {
    int rounds = argc > 1 ? (int)strtol(argv[1], NULL, 10) : 5;
    if (rounds < 1) rounds = 1;
    const char *dir = devset_dir();
    if (!dir) {
        printf("SKIP: html-devset not found (set POLEX_SHARED_DIR)\n");
        return 77;
    }
    json_t *truth = devset_truth(dir);
    size_t n = json_object_size(truth), k = 0, bytes = 0;
    page *pages = calloc(n ? n : 1, sizeof *pages);
    const char *id;
    json_t *val;
    json_object_foreach(truth, id, val) {
        pages[k].data = devset_page(dir, id, &pages[k].len);
        if (pages[k].data) bytes += pages[k].len, k++;
    }
    n = k;
    /* The parser options polex_html_extract uses, so the ceiling is fair. */
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
               HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
    /* Rounds alternate and the fastest of each kind counts: other work on
     * the machine only ever slows a round down. */
    double parse = 1e300, extract = 1e300;
    size_t failures = 0;
    for (int r = 0; r < rounds; r++) {
        double t0 = now();
        for (size_t i = 0; i < n; i++) {
            htmlDocPtr d = htmlReadMemory(pages[i].data, (int)pages[i].len, NULL, "UTF-8", opts);
            xmlFreeDoc(d);
        }
        double t1 = now();
        for (size_t i = 0; i < n; i++) {
            polex_doc *doc = polex_doc_new();
            polex_error err;
            if (!doc || polex_html_extract(pages[i].data, pages[i].len, doc, &err) != POLEX_OK)
                failures++;
            polex_doc_free(doc);
        }
        double t2 = now();
        if (t1 - t0 < parse) parse = t1 - t0;
        if (t2 - t1 < extract) extract = t2 - t1;
    }
    printf("best of %d rounds over %zu pages, one core\n", rounds, n);
    report("libxml2 parse only", parse, n, bytes);
    report("polex_html_extract", extract, n, bytes);
    printf("extract / parse-only rate: %.0f%%%s\n", 100.0 * parse / extract,
           failures ? "  (some pages failed)" : "");
    for (size_t i = 0; i < n; i++)
        free(pages[i].data);
    free(pages);
    json_decref(truth);
    return failures ? 1 : 0;
}
