/*
 * eval_extraction.h - token-shingle scoring of main-content extraction.
 *
 * The method of the article-extraction benchmark (see the README of
 * ../shared/data/html-devset): tokens are maximal runs of Unicode letters,
 * digits and '_'; each run of 4 consecutive tokens is a shingle (a text of
 * 1-3 tokens gives one shingle of all of them), counted with repeats. Per
 * page TP = shared shingles, FP = predicted only, FN = truth only. Corpus
 * precision is the mean page precision over pages with a non-empty
 * prediction; corpus recall is the mean page recall over all pages with a
 * non-empty truth; F1 = 2PR/(P+R).
 */
#ifndef POLEX_EVAL_EXTRACTION_H
#define POLEX_EVAL_EXTRACTION_H

#include "polex_core.h"

#include <stdio.h>

/* Shingle counts of one page. */
typedef struct polex_shingle_score {
    size_t tp, fp, fn;
} polex_shingle_score;

/* Compares a predicted text with the true one (both UTF-8; invalid bytes
 * separate tokens). Returns POLEX_OK or POLEX_ERR_NOMEM. */
polex_status polex_shingle_compare(const char *truth, size_t truth_len, const char *pred,
                                   size_t pred_len, polex_shingle_score *out);

/* Accumulates page scores into corpus means. Plain value type. */
typedef struct polex_extraction_totals {
    double sum_precision, sum_recall;
    size_t n_pred_pages, n_truth_pages, n_pages;
} polex_extraction_totals;

/* Adds one page. */
void polex_extraction_totals_add(polex_extraction_totals *t, const polex_shingle_score *s);
/* Corpus precision, recall and F1 (0 where undefined). */
void polex_extraction_totals_result(const polex_extraction_totals *t, double *precision,
                                    double *recall, double *f1);

/* Scores PRED (JSON Lines of {"id": ..., "text": ...}) against TRUTH (the
 * devset's ground-truth.json: {"<id>": {"articleBody": ...}}). A page with no
 * prediction counts as an empty one. Prints precision, recall, F1 and the 10
 * worst pages to out. Returns 0 on success, -1 on error (err says why:
 * unreadable file, malformed JSON naming the line, unknown page id). */
int polex_eval_extraction(const char *truth_json_path, const char *pred_path, FILE *out,
                          polex_error *err);

#endif
