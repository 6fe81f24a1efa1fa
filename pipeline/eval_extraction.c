/* eval_extraction.c - token-shingle precision/recall of extracted main text. */
#include "eval_extraction.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <xxhash.h>

#define SHINGLE 4

/* Python's \w: letters, digits/numbers and '_'. */
static int is_word_cp(int32_t cp) {
    if (cp == '_') return 1;
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return 1;
    default:
        return 0;
    }
}

/* Token hashes of s; *out is malloc'd (caller frees). */
static polex_status tokenize(const char *s, size_t len, uint64_t **out, size_t *n_out) {
    size_t cap = len / 2 + 1, n = 0;
    uint64_t *v = malloc(cap * sizeof *v);
    if (!v) return POLEX_ERR_NOMEM;
    size_t i = 0, start = 0;
    int in_word = 0;
    while (i <= len) {
        int32_t cp = -1;
        utf8proc_ssize_t step = 1;
        if (i < len) {
            step =
                utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
            if (step <= 0) step = 1, cp = -1;
        }
        int w = i < len && cp >= 0 && is_word_cp(cp);
        if (w && !in_word) start = i, in_word = 1;
        if (!w && in_word) {
            v[n++] = XXH3_64bits(s + start, i - start);
            in_word = 0;
        }
        i += (size_t)step;
    }
    *out = v;
    *n_out = n;
    return POLEX_OK;
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Sorted shingle hashes of a token list; *out malloc'd. */
static polex_status shingles(const uint64_t *t, size_t n, uint64_t **out, size_t *n_out) {
    size_t m = n == 0 ? 0 : n < SHINGLE ? 1 : n - SHINGLE + 1;
    uint64_t *v = malloc((m ? m : 1) * sizeof *v);
    if (!v) return POLEX_ERR_NOMEM;
    for (size_t i = 0; i < m; i++) {
        size_t k = n < SHINGLE ? n : SHINGLE;
        v[i] = XXH3_64bits_withSeed(t + i, k * sizeof *t, k);
    }
    qsort(v, m, sizeof *v, cmp_u64);
    *out = v;
    *n_out = m;
    return POLEX_OK;
}

static polex_status shingle_text(const char *s, size_t len, uint64_t **out, size_t *n_out) {
    uint64_t *t = NULL;
    size_t n = 0;
    polex_status rc = tokenize(s, len, &t, &n);
    if (rc == POLEX_OK) rc = shingles(t, n, out, n_out);
    free(t);
    return rc;
}

polex_status polex_shingle_compare(const char *truth, size_t truth_len, const char *pred,
                                   size_t pred_len, polex_shingle_score *out) {
    uint64_t *a = NULL, *b = NULL;
    size_t na = 0, nb = 0;
    polex_status rc = shingle_text(truth, truth_len, &a, &na);
    if (rc == POLEX_OK) rc = shingle_text(pred, pred_len, &b, &nb);
    if (rc == POLEX_OK) {
        /* Both sorted: the merge counts the multiset intersection. */
        size_t i = 0, j = 0, tp = 0;
        while (i < na && j < nb) {
            if (a[i] == b[j])
                tp++, i++, j++;
            else if (a[i] < b[j])
                i++;
            else
                j++;
        }
        out->tp = tp;
        out->fp = nb - tp;
        out->fn = na - tp;
    }
    free(a);
    free(b);
    return rc;
}

void polex_extraction_totals_add(polex_extraction_totals *t, const polex_shingle_score *s) {
    t->n_pages++;
    if (s->tp + s->fp > 0) {
        t->sum_precision += (double)s->tp / (double)(s->tp + s->fp);
        t->n_pred_pages++;
    }
    if (s->tp + s->fn > 0) {
        t->sum_recall += (double)s->tp / (double)(s->tp + s->fn);
        t->n_truth_pages++;
    }
}

void polex_extraction_totals_result(const polex_extraction_totals *t, double *precision,
                                    double *recall, double *f1) {
    double p = t->n_pred_pages ? t->sum_precision / (double)t->n_pred_pages : 0.0;
    double r = t->n_truth_pages ? t->sum_recall / (double)t->n_truth_pages : 0.0;
    *precision = p;
    *recall = r;
    *f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

typedef struct page {
    const char *id;
    double f1, p, r;
} page;

static int cmp_page(const void *a, const void *b) {
    const page *x = a, *y = b;
    if (x->f1 != y->f1) return x->f1 < y->f1 ? -1 : 1;
    return strcmp(x->id, y->id);
}

/* Reads PRED into a {id: text} object; NULL on error (err set). */
static json_t *read_predictions(const char *path, polex_error *err) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        polex_fail(err, POLEX_ERR_IO, "eval", "cannot open %s", path);
        return NULL;
    }
    json_t *map = json_object();
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    long lineno = 0;
    int ok = map != NULL;
    while (ok && (got = getline(&line, &cap, f)) >= 0) {
        lineno++;
        size_t k = 0;
        while (k < (size_t)got && strchr(" \t\r\n", line[k]))
            k++;
        if (k == (size_t)got) continue;
        json_error_t jerr;
        json_t *rec = json_loadb(line, (size_t)got, 0, &jerr);
        json_t *id = rec ? json_object_get(rec, "id") : NULL;
        json_t *text = rec ? json_object_get(rec, "text") : NULL;
        if (!json_is_string(id) || !(json_is_string(text) || json_is_null(text))) {
            polex_fail(err, POLEX_ERR_RECORD, "eval",
                       "%s line %ld: expected {\"id\": string, \"text\": string}", path, lineno);
            err->offset = lineno;
            ok = 0;
        } else if (json_object_set(map, json_string_value(id), text) != 0) {
            polex_fail(err, POLEX_ERR_NOMEM, "eval", "out of memory");
            ok = 0;
        }
        json_decref(rec);
    }
    free(line);
    fclose(f);
    if (!ok) {
        json_decref(map);
        return NULL;
    }
    return map;
}

static int score_all(json_t *truth, json_t *pred, FILE *out, polex_error *err) {
    size_t n = json_object_size(truth), k = 0;
    page *pages = calloc(n ? n : 1, sizeof *pages);
    if (!pages) return polex_fail(err, POLEX_ERR_NOMEM, "eval", "out of memory"), -1;
    polex_extraction_totals tot = {0};
    const char *key;
    json_t *val;
    json_object_foreach(truth, key, val) {
        json_t *body = json_object_get(val, "articleBody");
        const char *ts = json_is_string(body) ? json_string_value(body) : "";
        size_t tl = json_is_string(body) ? json_string_length(body) : 0;
        json_t *p = json_object_get(pred, key);
        const char *ps = json_is_string(p) ? json_string_value(p) : "";
        size_t pl = json_is_string(p) ? json_string_length(p) : 0;
        polex_shingle_score s;
        if (polex_shingle_compare(ts, tl, ps, pl, &s) != POLEX_OK) {
            free(pages);
            return polex_fail(err, POLEX_ERR_NOMEM, "eval", "out of memory"), -1;
        }
        polex_extraction_totals_add(&tot, &s);
        double pp = s.tp + s.fp ? (double)s.tp / (double)(s.tp + s.fp) : 0;
        double rr = s.tp + s.fn ? (double)s.tp / (double)(s.tp + s.fn) : 0;
        pages[k++] = (page){key, pp + rr > 0 ? 2 * pp * rr / (pp + rr) : 0, pp, rr};
    }
    double P, R, F;
    polex_extraction_totals_result(&tot, &P, &R, &F);
    fprintf(out, "pages %zu (with prediction %zu)\nprecision %.4f\nrecall %.4f\nf1 %.4f\n", n,
            tot.n_pred_pages, P, R, F);
    qsort(pages, k, sizeof *pages, cmp_page);
    fprintf(out, "worst pages (f1 precision recall id):\n");
    for (size_t i = 0; i < k && i < 10; i++)
        fprintf(out, "  %.4f %.4f %.4f %s\n", pages[i].f1, pages[i].p, pages[i].r, pages[i].id);
    free(pages);
    return 0;
}

int polex_eval_extraction(const char *truth_json_path, const char *pred_path, FILE *out,
                          polex_error *err) {
    json_error_t jerr;
    json_t *truth = json_load_file(truth_json_path, 0, &jerr);
    if (!json_is_object(truth)) {
        polex_fail(err, POLEX_ERR_RECORD, "eval", "%s line %d: not a JSON object of pages: %s",
                   truth_json_path, jerr.line, truth ? "wrong type" : jerr.text);
        json_decref(truth);
        return -1;
    }
    json_t *pred = read_predictions(pred_path, err);
    if (!pred) {
        json_decref(truth);
        return -1;
    }
    int rc = 0;
    const char *key;
    json_t *val;
    json_object_foreach(pred, key, val) {
        if (!json_object_get(truth, key)) {
            polex_fail(err, POLEX_ERR_RECORD, "eval", "%s: page id %s is not in %s", pred_path, key,
                       truth_json_path);
            rc = -1;
            break;
        }
    }
    if (rc == 0) rc = score_all(truth, pred, out, err);
    json_decref(pred);
    json_decref(truth);
    return rc;
}
