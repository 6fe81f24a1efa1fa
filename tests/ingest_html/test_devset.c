/*
 * test_devset.c - main-content extraction on the real pages of
 * ../shared/data/html-devset, scored with the benchmark's shingle method.
 * Fails below F1 0.96; skips (exit 77) when the devset is absent.
 * POLEX_DEVSET_VERBOSE=1 prints every page's scores; POLEX_DEVSET_OUT=DIR
 * writes each page's extracted text to DIR/<id>.txt.
 */
#include "devset.h"
#include "eval_extraction.h"
#include "ingest_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BAR 0.96

static int extract_all(const char *dir, json_t *truth, FILE *pred) {
    const char *verbose = getenv("POLEX_DEVSET_VERBOSE"), *outdir = getenv("POLEX_DEVSET_OUT");
    const char *id;
    json_t *val;
    json_object_foreach(truth, id, val) {
        size_t len;
        char *html = devset_page(dir, id, &len);
        if (!html) {
            fprintf(stderr, "cannot read page %s\n", id);
            return -1;
        }
        polex_doc *doc = polex_doc_new();
        polex_error err;
        polex_status rc = doc ? polex_html_extract(html, len, doc, &err) : POLEX_ERR_NOMEM;
        free(html);
        if (rc != POLEX_OK) {
            fprintf(stderr, "page %s: %s\n", id, doc ? err.message : "out of memory");
            polex_doc_free(doc);
            return -1;
        }
        json_t *rec = json_pack("{s:s, s:s%}", "id", id, "text", doc->text, doc->text_len);
        char *line = rec ? json_dumps(rec, JSON_COMPACT) : NULL;
        if (line) fprintf(pred, "%s\n", line);
        free(line);
        json_decref(rec);
        if (verbose || outdir) {
            json_t *body = json_object_get(val, "articleBody");
            polex_shingle_score s;
            polex_shingle_compare(json_string_value(body), json_string_length(body), doc->text,
                                  doc->text_len, &s);
            double p = s.tp + s.fp ? (double)s.tp / (double)(s.tp + s.fp) : 0;
            double r = s.tp + s.fn ? (double)s.tp / (double)(s.tp + s.fn) : 0;
            if (verbose)
                printf("%.3f %.3f %s %s\n", p, r, id,
                       json_string_value(json_object_get(val, "url")));
            if (outdir) {
                char path[4400];
                snprintf(path, sizeof path, "%s/%s.txt", outdir, id);
                FILE *f = fopen(path, "w");
                if (f) {
                    fprintf(f, "%s\n", doc->text);
                    fclose(f);
                }
            }
        }
        polex_doc_free(doc);
    }
    return 0;
}

int main(void) {
    const char *dir = devset_dir();
    if (!dir) {
        printf("SKIP: html-devset not found (set POLEX_SHARED_DIR)\n");
        return 77;
    }
    json_t *truth = devset_truth(dir);
    if (!json_is_object(truth)) {
        fprintf(stderr, "cannot read %s/ground-truth.json\n", dir);
        return 1;
    }
    char pred_path[] = "/tmp/polex-devset-XXXXXX";
    int fd = mkstemp(pred_path);
    FILE *pred = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!pred) {
        fprintf(stderr, "cannot create a temporary file\n");
        json_decref(truth);
        return 1;
    }
    int rc = extract_all(dir, truth, pred);
    fclose(pred);
    char truth_path[4200];
    snprintf(truth_path, sizeof truth_path, "%s/ground-truth.json", dir);
    char *report = NULL;
    size_t report_len = 0;
    FILE *out = open_memstream(&report, &report_len);
    polex_error err;
    if (rc == 0 && out && polex_eval_extraction(truth_path, pred_path, out, &err) != 0) {
        fprintf(stderr, "eval: %s\n", err.message);
        rc = -1;
    }
    if (out) fclose(out);
    remove(pred_path);
    json_decref(truth);
    if (rc != 0 || !report) {
        free(report);
        return 1;
    }
    fputs(report, stdout);
    const char *f1 = strstr(report, "\nf1 ");
    double score = f1 ? strtod(f1 + 4, NULL) : 0.0;
    free(report);
    if (score < BAR) {
        printf("FAIL: F1 %.4f is below %.2f\n", score, BAR);
        return 1;
    }
    printf("PASS: F1 %.4f >= %.2f\n", score, BAR);
    return 0;
}
