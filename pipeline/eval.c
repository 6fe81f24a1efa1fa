/* eval.c - precision, recall and F1 of predicted events against gold annotations. */
#include "polex_eval.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "polex_ingest.h"
#include "polex_pipeline.h"
#include "polex_tokenize.h"

enum { MAX_TYPES = 16, MAX_ACTIONS = 32, MAX_GOLD_FILE = 64 << 20 };

typedef struct ev {
    char *type, *action, *status, *evidence, *date;
    char *rule; /* predictions: the rule that made it (may be NULL) */
    char *jurs; /* sorted OCD ids joined by '\n' */
    const char *file;
    bool matched;
    struct ev *pair;
} ev;

typedef struct doc_entry {
    char doc_id[33];
    char *file;
    ev *gold, *pred;
    size_t n_gold, n_pred, cap_pred;
} doc_entry;

/* Predicted events of one rule: right (type and action) or not. */
typedef struct rule_count {
    const char *rule; /* borrowed from a prediction */
    size_t tp, fp;
} rule_count;

typedef struct evaluation {
    doc_entry *docs;
    size_t n_docs;
    const char *types[MAX_TYPES];
    polex_eval_counts per_type[MAX_TYPES];
    size_t n_types;
    const char *actions[MAX_ACTIONS];
    size_t confusion[MAX_ACTIONS][MAX_ACTIONS]; /* [gold][pred] */
    size_t n_actions;
    rule_count *rules; /* --by-rule */
    size_t n_rules;
    polex_eval_summary sum;
    bool second_coder; /* PRED is a second annotation, not polex output */
} evaluation;

/* ---- small helpers ----------------------------------------------------- */

static char *xstrdup(const char *s) {
    return s ? strdup(s) : NULL;
}

/* Copy of s with runs of white space folded to one space and ends trimmed. */
static char *fold_space(const char *s) {
    if (!s) return NULL;
    char *out = malloc(strlen(s) + 1), *o = out;
    if (!out) return NULL;
    bool space = false;
    for (; *s; s++) {
        if (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r') {
            space = o != out;
            continue;
        }
        if (space) *o++ = ' ';
        space = false;
        *o++ = *s;
    }
    *o = '\0';
    return out;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Sorted, de-duplicated, newline-joined OCD ids of a JSON array (strings, or
 * objects with "ocd_id"). */
static char *join_ids(json_t *arr) {
    size_t n = json_array_size(arr), k = 0, total = 1;
    const char **ids = calloc(n + 1, sizeof *ids);
    if (!ids) return NULL;
    for (size_t i = 0; i < n; i++) {
        json_t *v = json_array_get(arr, i);
        const char *id = json_is_string(v) ? json_string_value(v)
                                           : json_string_value(json_object_get(v, "ocd_id"));
        if (id) ids[k++] = id, total += strlen(id) + 1;
    }
    qsort(ids, k, sizeof *ids, cmp_str);
    char *out = malloc(total), *o = out;
    if (out) {
        *o = '\0';
        for (size_t i = 0; i < k; i++) {
            if (i && strcmp(ids[i], ids[i - 1]) == 0) continue;
            o += snprintf(o, total - (size_t)(o - out), "%s%s", o == out ? "" : "\n", ids[i]);
        }
    }
    free(ids);
    return out;
}

static void ev_clear(ev *e) {
    free(e->type);
    free(e->action);
    free(e->status);
    free(e->evidence);
    free(e->date);
    free(e->jurs);
    free(e->rule);
}

static void eval_free(evaluation *ev_) {
    for (size_t i = 0; i < ev_->n_docs; i++) {
        doc_entry *d = &ev_->docs[i];
        for (size_t k = 0; k < d->n_gold; k++)
            ev_clear(&d->gold[k]);
        for (size_t k = 0; k < d->n_pred; k++)
            ev_clear(&d->pred[k]);
        free(d->gold);
        free(d->pred);
        free(d->file);
    }
    free(ev_->docs);
    free(ev_->rules);
}

static size_t intern(const char **names, size_t *n, size_t cap, const char *name) {
    for (size_t i = 0; i < *n; i++)
        if (strcmp(names[i], name) == 0) return i;
    if (*n == cap) return cap - 1; /* overflow bucket: last slot */
    names[*n] = name;
    return (*n)++;
}

static char *read_all(const char *path, size_t *len, polex_error *err) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        polex_fail(err, POLEX_ERR_IO, "eval", "cannot open %s", path);
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n - 1, f);
        if (n < cap - 1) break;
        if (cap >= MAX_GOLD_FILE) {
            free(buf);
            buf = NULL;
            polex_fail(err, POLEX_ERR_LIMIT, "eval", "%s is larger than 64 MiB", path);
            break;
        }
        char *nb = realloc(buf, cap *= 2);
        if (!nb) free(buf);
        buf = nb;
    }
    if (buf)
        buf[n] = '\0', *len = n;
    else if (!err || !err->code)
        polex_fail(err, POLEX_ERR_NOMEM, "eval", "out of memory");
    fclose(f);
    return buf;
}

/* ---- loading ------------------------------------------------------------- */

static polex_status fill_ev(ev *e, json_t *obj, bool gold) {
    e->type = xstrdup(json_string_value(json_object_get(obj, "type")));
    e->action = xstrdup(json_string_value(json_object_get(obj, "action")));
    e->status = xstrdup(json_string_value(json_object_get(obj, "status")));
    json_t *evid = json_object_get(obj, "evidence");
    e->evidence = fold_space(gold ? json_string_value(evid)
                                  : json_string_value(json_object_get(evid, "text")));
    json_t *date = json_object_get(obj, "date");
    e->date =
        xstrdup(gold ? json_string_value(date) : json_string_value(json_object_get(date, "value")));
    e->jurs = join_ids(json_object_get(obj, "jurisdictions"));
    e->rule = gold ? NULL : xstrdup(json_string_value(json_object_get(obj, "rule")));
    if (!e->type || !e->action || !e->evidence || !e->jurs) return POLEX_ERR_RECORD;
    return POLEX_OK;
}

static polex_status load_gold_doc(evaluation *E, json_t *obj, const char *base, size_t line,
                                  polex_error *err) {
    const char *file = json_string_value(json_object_get(obj, "file"));
    json_t *events = json_object_get(obj, "events");
    if (!file || !json_is_array(events))
        return polex_fail(err, POLEX_ERR_RECORD, "eval", "gold line %zu: needs file and events",
                          line);
    char path[4096];
    snprintf(path, sizeof path, "%s%s", base, file);
    size_t len = 0;
    char *bytes = read_all(path, &len, err);
    if (!bytes) return err ? err->code : POLEX_ERR_IO;
    doc_entry *d = &E->docs[E->n_docs++];
    memset(d, 0, sizeof *d);
    polex_hash_hex(bytes, len, d->doc_id);
    free(bytes);
    d->file = strdup(file);
    d->n_gold = json_array_size(events);
    d->gold = calloc(d->n_gold + 1, sizeof *d->gold);
    if (!d->file || !d->gold) return polex_fail(err, POLEX_ERR_NOMEM, "eval", "out of memory");
    for (size_t i = 0; i < d->n_gold; i++) {
        d->gold[i].file = d->file;
        if (fill_ev(&d->gold[i], json_array_get(events, i), true))
            return polex_fail(err, POLEX_ERR_RECORD, "eval",
                              "gold line %zu, event %zu: needs type, action, evidence", line,
                              i + 1);
    }
    return POLEX_OK;
}

/* Calls fn on every JSON object line of path. */
static polex_status each_line(const char *path, polex_error *err,
                              polex_status (*fn)(void *, json_t *, size_t, polex_error *),
                              void *ctx) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) return polex_fail(err, POLEX_ERR_IO, "eval", "cannot open %s", path);
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t n;
    polex_status rc = POLEX_OK;
    while (rc == POLEX_OK && (n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        if (n <= 1) continue;
        json_error_t jerr;
        json_t *obj = json_loadb(line, (size_t)n, 0, &jerr);
        if (!json_is_object(obj))
            rc = polex_fail(err, POLEX_ERR_RECORD, "eval", "%s:%zu: not a JSON object", path,
                            lineno);
        else
            rc = fn(ctx, obj, lineno, err);
        json_decref(obj);
    }
    free(line);
    if (f != stdin) fclose(f);
    return rc;
}

typedef struct gold_ctx {
    evaluation *E;
    const char *base;
    size_t cap;
} gold_ctx;

static polex_status on_gold(void *ctx, json_t *obj, size_t line, polex_error *err) {
    gold_ctx *g = ctx;
    if (g->E->n_docs == g->cap) {
        size_t ncap = g->cap ? g->cap * 2 : 64;
        doc_entry *nd = realloc(g->E->docs, ncap * sizeof *nd);
        if (!nd) return polex_fail(err, POLEX_ERR_NOMEM, "eval", "out of memory");
        g->E->docs = nd;
        g->cap = ncap;
    }
    return load_gold_doc(g->E, obj, g->base, line, err);
}

static doc_entry *find_doc(evaluation *E, const char *doc_id) {
    for (size_t i = 0; i < E->n_docs; i++)
        if (strcmp(E->docs[i].doc_id, doc_id) == 0) return &E->docs[i];
    return NULL;
}

/* ---- a second coder's annotation as the prediction ------------------------ */

/* PRED may be a gold file of the same documents: each of its events stands
 * for the sentence its evidence lies in, as `polex run` splits the document,
 * so two annotations are scored the way a prediction is (agreement). */
typedef struct pred_ctx {
    evaluation *E;
    const char *base;     /* folder of GOLD: the documents are found from it */
    polex_tokenizer *tok; /* made on the first second-coder line */
} pred_ctx;

static ev *pred_slot(doc_entry *d, polex_error *err) {
    if (d->n_pred == d->cap_pred) {
        size_t ncap = d->cap_pred ? d->cap_pred * 2 : 8;
        ev *np = realloc(d->pred, ncap * sizeof *np);
        if (!np) {
            polex_fail(err, POLEX_ERR_NOMEM, "eval", "out of memory");
            return NULL;
        }
        d->pred = np;
        d->cap_pred = ncap;
    }
    ev *e = &d->pred[d->n_pred++];
    memset(e, 0, sizeof *e);
    e->file = d->file;
    return e;
}

/* The document of a gold entry, ingested and tokenized; NULL with err set. */
static polex_doc *coder_doc(pred_ctx *c, const doc_entry *d, polex_error *err) {
    if (!c->tok) {
        polex_tokenizer_options to = {.rules_dir = polex_default_rules_dir()};
        if (!(c->tok = polex_tokenizer_new(&to, err))) return NULL;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s%s", c->base, d->file);
    size_t len = 0;
    char *bytes = read_all(path, &len, err);
    if (!bytes) return NULL;
    polex_blob blob = {.source = path, .data = bytes, .len = len};
    polex_doc *doc = NULL;
    if (polex_ingest_blob(&blob, &doc, err) == POLEX_OK && polex_tokenize(c->tok, doc, err)) {
        polex_doc_free(doc);
        doc = NULL;
    }
    free(bytes);
    return doc;
}

/* A document's sentences with white space folded, as evidence is. */
typedef struct folded_sentences {
    char **v;
    size_t n;
} folded_sentences;

static void folded_free(folded_sentences *f) {
    for (size_t i = 0; i < f->n; i++)
        free(f->v[i]);
    free(f->v);
}

/* False when out of memory (f is then empty). */
static bool fold_sentences(const polex_doc *doc, folded_sentences *f) {
    f->n = 0;
    f->v = calloc(doc->n_sentences + 1, sizeof *f->v);
    for (size_t i = 0; f->v && i < doc->n_sentences; i++) {
        const polex_sentence *s = &doc->sentences[i];
        char *raw = strndup(doc->text + s->start, s->end - s->start);
        f->v[f->n] = fold_space(raw);
        free(raw);
        if (!f->v[f->n++]) break;
    }
    if (f->v && (!f->n || f->v[f->n - 1])) return true;
    folded_free(f);
    f->v = NULL;
    f->n = 0;
    return false;
}

/* A copy of the sentence holding evidence (folded), or of the evidence when
 * no one sentence holds it; NULL when out of memory. */
static char *sentence_of(const folded_sentences *f, const char *evidence) {
    for (size_t i = 0; i < f->n; i++)
        if (strstr(f->v[i], evidence)) return strdup(f->v[i]);
    return strdup(evidence);
}

static polex_status on_coder(pred_ctx *c, json_t *obj, size_t line, polex_error *err) {
    const char *file = json_string_value(json_object_get(obj, "file"));
    json_t *events = json_object_get(obj, "events");
    doc_entry *d = NULL;
    for (size_t i = 0; file && i < c->E->n_docs && !d; i++)
        if (strcmp(c->E->docs[i].file, file) == 0) d = &c->E->docs[i];
    c->E->sum.pred_events += json_array_size(events);
    if (!d) {
        c->E->sum.unknown_docs += json_array_size(events) > 0;
        return POLEX_OK;
    }
    if (!json_array_size(events)) return POLEX_OK;
    polex_doc *doc = coder_doc(c, d, err);
    if (!doc) return err ? err->code : POLEX_ERR_IO;
    folded_sentences sentences;
    bool folded = fold_sentences(doc, &sentences);
    polex_doc_free(doc);
    if (!folded) return polex_fail(err, POLEX_ERR_NOMEM, "eval", "out of memory");
    polex_status rc = POLEX_OK;
    for (size_t i = 0; rc == POLEX_OK && i < json_array_size(events); i++) {
        ev *e = pred_slot(d, err);
        if (!e)
            rc = POLEX_ERR_NOMEM;
        else if (fill_ev(e, json_array_get(events, i), true))
            rc = polex_fail(err, POLEX_ERR_RECORD, "eval",
                            "second annotation line %zu, event %zu: needs type, action, evidence",
                            line, i + 1);
        else {
            char *sentence = sentence_of(&sentences, e->evidence);
            if (!sentence) rc = polex_fail(err, POLEX_ERR_NOMEM, "eval", "out of memory");
            free(e->evidence);
            e->evidence = sentence;
        }
    }
    folded_free(&sentences);
    return rc;
}

static polex_status on_pred(void *ctx, json_t *obj, size_t line, polex_error *err) {
    pred_ctx *c = ctx;
    evaluation *E = c->E;
    if (json_is_array(json_object_get(obj, "events"))) {
        E->second_coder = true;
        return on_coder(c, obj, line, err);
    }
    const char *schema = json_string_value(json_object_get(obj, "schema"));
    if (!schema || strcmp(schema, POLEX_SCHEMA_EVENT) != 0) return POLEX_OK;
    E->sum.pred_events++;
    const char *doc_id = json_string_value(json_object_get(obj, "doc_id"));
    doc_entry *d = doc_id ? find_doc(E, doc_id) : NULL;
    if (!d) {
        E->sum.unknown_docs++;
        return POLEX_OK;
    }
    ev *e = pred_slot(d, err);
    if (!e) return POLEX_ERR_NOMEM;
    if (fill_ev(e, obj, false))
        return polex_fail(err, POLEX_ERR_RECORD, "eval", "prediction line %zu: bad event", line);
    return POLEX_OK;
}

/* ---- scoring ------------------------------------------------------------- */

static void pair_up(doc_entry *d, bool same_action) {
    for (size_t g = 0; g < d->n_gold; g++) {
        ev *ge = &d->gold[g];
        if (ge->matched) continue;
        for (size_t p = 0; p < d->n_pred; p++) {
            ev *pe = &d->pred[p];
            if (pe->matched || strcmp(pe->type, ge->type) != 0) continue;
            if (same_action && strcmp(pe->action, ge->action) != 0) continue;
            if (!strstr(pe->evidence, ge->evidence)) continue;
            ge->matched = pe->matched = true;
            ge->pair = pe;
            pe->pair = ge;
            break;
        }
    }
}

/* Whether every id of a is one of b's (both newline-joined). */
static bool ids_within(const char *a, const char *b) {
    for (const char *p = a; *p;) {
        size_t n = strcspn(p, "\n");
        bool found = false;
        for (const char *q = b; !found && *q;) {
            size_t m = strcspn(q, "\n");
            found = m == n && !memcmp(p, q, n);
            q += m + (q[m] == '\n');
        }
        if (!found) return false;
        p += n + (p[n] == '\n');
    }
    return true;
}

/* How the predicted ids pred of a matched event differ from gold's (they do). */
static polex_jur_shape jur_shape(const char *gold, const char *pred) {
    if (!*gold) return POLEX_JUR_NONE_IN_GOLD;
    if (!*pred) return POLEX_JUR_NONE_PREDICTED;
    if (ids_within(gold, pred)) return POLEX_JUR_EXTRA;
    if (ids_within(pred, gold)) return POLEX_JUR_MISSING;
    return POLEX_JUR_OTHER;
}

static const char *const jur_shape_names[POLEX_JUR_SHAPES] = {"none_in_gold", "none_predicted",
                                                              "extra", "missing", "other"};

/* Whether gold event ge was found with its type and action. */
static bool exact_match(const ev *ge) {
    return ge->pair && strcmp(ge->pair->action, ge->action) == 0;
}

static void score_doc(evaluation *E, doc_entry *d) {
    pair_up(d, true);
    pair_up(d, false);
    polex_eval_summary *s = &E->sum;
    for (size_t g = 0; g < d->n_gold; g++) {
        ev *ge = &d->gold[g];
        size_t t = intern(E->types, &E->n_types, MAX_TYPES, ge->type);
        bool exact = exact_match(ge);
        if (ge->pair)
            s->type_only.tp++;
        else
            s->type_only.fn++;
        if (!exact) {
            E->per_type[t].fn++;
            if (ge->pair) {
                size_t ga = intern(E->actions, &E->n_actions, MAX_ACTIONS, ge->action);
                size_t pa = intern(E->actions, &E->n_actions, MAX_ACTIONS, ge->pair->action);
                E->confusion[ga][pa]++;
            }
            continue;
        }
        E->per_type[t].tp++;
        s->matched++;
        s->status_correct +=
            ge->pair->status && ge->status && strcmp(ge->pair->status, ge->status) == 0;
        s->jur_scored++;
        if (strcmp(ge->pair->jurs, ge->jurs) == 0)
            s->jur_correct++;
        else
            s->jur_shapes[jur_shape(ge->jurs, ge->pair->jurs)]++;
        if (ge->date) {
            s->date_scored++;
            s->date_correct += ge->pair->date && strcmp(ge->pair->date, ge->date) == 0;
        }
    }
    for (size_t p = 0; p < d->n_pred; p++) {
        ev *pe = &d->pred[p];
        size_t t = intern(E->types, &E->n_types, MAX_TYPES, pe->type);
        if (!pe->pair) s->type_only.fp++;
        if (!pe->pair || strcmp(pe->pair->action, pe->action) != 0) E->per_type[t].fp++;
    }
}

static void prf(polex_eval_counts c, double *p, double *r, double *f) {
    *p = c.tp + c.fp ? (double)c.tp / (double)(c.tp + c.fp) : 0.0;
    *r = c.tp + c.fn ? (double)c.tp / (double)(c.tp + c.fn) : 0.0;
    *f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0.0;
}

static double ratio(size_t a, size_t b) {
    return b ? (double)a / (double)b : 0.0;
}

/* ---- reporting ----------------------------------------------------------- */

static void print_row(FILE *out, const char *name, polex_eval_counts c) {
    double p, r, f;
    prf(c, &p, &r, &f);
    fprintf(out, "%-16s %5zu %5zu %5zu  %6.3f %6.3f %6.3f\n", name, c.tp, c.fp, c.fn, p, r, f);
}

static void print_errors(FILE *out, evaluation *E, size_t limit) {
    size_t shown = 0;
    fprintf(out, "\nfalse negatives (gold events not found):\n");
    for (size_t i = 0; i < E->n_docs && shown < limit; i++)
        for (size_t g = 0; g < E->docs[i].n_gold && shown < limit; g++) {
            ev *ge = &E->docs[i].gold[g];
            if (exact_match(ge)) continue;
            fprintf(out, "  %s  %s/%s%s%s  \"%s\"\n", ge->file, ge->type, ge->action,
                    ge->pair ? " predicted as " : "", ge->pair ? ge->pair->action : "",
                    ge->evidence);
            shown++;
        }
    shown = 0;
    fprintf(out, "\nfalse positives (predicted events not in gold):\n");
    for (size_t i = 0; i < E->n_docs && shown < limit; i++)
        for (size_t p = 0; p < E->docs[i].n_pred && shown < limit; p++) {
            ev *pe = &E->docs[i].pred[p];
            if (pe->pair) continue;
            fprintf(out, "  %s  %s/%s  \"%s\"\n", pe->file, pe->type, pe->action, pe->evidence);
            shown++;
        }
}

/* Newline-joined ids shown on one line; "-" for none. */
static void print_ids(FILE *out, const char *jurs) {
    if (!*jurs) fputc('-', out);
    for (const char *c = jurs; *c; c++)
        fputc(*c == '\n' ? ' ' : *c, out);
}

static bool same_str(const char *a, const char *b) {
    return a && b ? strcmp(a, b) == 0 : a == b;
}

typedef enum { MISMATCH_STATUS, MISMATCH_JURISDICTIONS, MISMATCH_DATE } mismatch_kind;

/* Whether a matched gold event and its prediction disagree on one attribute,
 * exactly as score_doc counts it (a status missing on either side is wrong). */
static bool mismatched(const ev *ge, mismatch_kind kind) {
    switch (kind) {
    case MISMATCH_STATUS:
        return !ge->status || !same_str(ge->pair->status, ge->status);
    case MISMATCH_JURISDICTIONS:
        return strcmp(ge->pair->jurs, ge->jurs) != 0;
    case MISMATCH_DATE:
        return ge->date && !same_str(ge->pair->date, ge->date);
    }
    return false;
}

/* Event e's status or date (kind not MISMATCH_JURISDICTIONS). */
static const char *attribute(const ev *e, mismatch_kind kind) {
    return kind == MISMATCH_STATUS ? e->status : e->date;
}

static void print_mismatch(FILE *out, const ev *ge, mismatch_kind kind) {
    fprintf(out, "  %s  %s/%s  ", ge->file, ge->type, ge->action);
    if (kind == MISMATCH_JURISDICTIONS) {
        fputs("gold [", out);
        print_ids(out, ge->jurs);
        fputs("] predicted [", out);
        print_ids(out, ge->pair->jurs);
        fputc(']', out);
    } else {
        const char *g = attribute(ge, kind), *p = attribute(ge->pair, kind);
        fprintf(out, "gold %s predicted %s", g ? g : "-", p ? p : "-");
    }
    fprintf(out, "  \"%s\"\n", ge->evidence);
}

/* Matched events (same type and action) whose status, jurisdictions or date
 * differ from gold: what the accuracy lines count as wrong. */
static void print_mismatches(FILE *out, evaluation *E, mismatch_kind kind, size_t limit) {
    static const char *const title[] = {"status", "jurisdiction", "date"};
    size_t shown = 0;
    fprintf(out, "\n%s mismatches (matched events):\n", title[kind]);
    for (size_t i = 0; i < E->n_docs && shown < limit; i++)
        for (size_t g = 0; g < E->docs[i].n_gold && shown < limit; g++) {
            ev *ge = &E->docs[i].gold[g];
            if (!exact_match(ge) || !mismatched(ge, kind)) continue;
            print_mismatch(out, ge, kind);
            shown++;
        }
}

/* ---- per rule ------------------------------------------------------------ */

static int cmp_rule_count(const void *a, const void *b) {
    const rule_count *x = a, *y = b;
    if (x->fp != y->fp) return x->fp < y->fp ? 1 : -1;
    if (x->tp != y->tp) return x->tp < y->tp ? -1 : 1;
    return strcmp(x->rule, y->rule);
}

static int cmp_rule_name(const void *a, const void *b) {
    return strcmp(((const rule_count *)a)->rule, ((const rule_count *)b)->rule);
}

/* Counts every prediction under its rule ("(none)" without one), most
 * false events first. */
static polex_status count_rules(evaluation *E, polex_error *err) {
    size_t n = 0;
    for (size_t i = 0; i < E->n_docs; i++)
        n += E->docs[i].n_pred;
    rule_count *all = calloc(n ? n : 1, sizeof *all);
    if (!all) return polex_fail(err, POLEX_ERR_NOMEM, "eval", "out of memory");
    size_t k = 0;
    for (size_t i = 0; i < E->n_docs; i++)
        for (size_t p = 0; p < E->docs[i].n_pred; p++) {
            const ev *pe = &E->docs[i].pred[p];
            bool right = pe->pair && strcmp(pe->pair->action, pe->action) == 0;
            all[k++] = (rule_count){pe->rule ? pe->rule : "(none)", right, !right};
        }
    qsort(all, n, sizeof *all, cmp_rule_name);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (m && strcmp(all[m - 1].rule, all[i].rule) == 0) {
            all[m - 1].tp += all[i].tp;
            all[m - 1].fp += all[i].fp;
        } else {
            all[m++] = all[i];
        }
    }
    qsort(all, m, sizeof *all, cmp_rule_count);
    E->rules = all;
    E->n_rules = m;
    return POLEX_OK;
}

static void print_rules(FILE *out, const evaluation *E) {
    fprintf(out, "\nevents by rule (most false first):\n%-44s %5s %5s  %6s\n", "rule", "tp", "fp",
            "P");
    for (size_t i = 0; i < E->n_rules; i++) {
        const rule_count *r = &E->rules[i];
        fprintf(out, "%-44s %5zu %5zu  %6.3f\n", r->rule, r->tp, r->fp,
                ratio(r->tp, r->tp + r->fp));
    }
}

static json_t *rules_json(const evaluation *E) {
    json_t *a = json_array();
    for (size_t i = 0; a && i < E->n_rules; i++) {
        const rule_count *r = &E->rules[i];
        json_array_append_new(a, json_pack("{s:s,s:I,s:I,s:f}", "rule", r->rule, "tp",
                                           (json_int_t)r->tp, "fp", (json_int_t)r->fp, "precision",
                                           ratio(r->tp, r->tp + r->fp)));
    }
    return a;
}

static void print_text(FILE *out, evaluation *E, const polex_eval_options *opts) {
    polex_eval_summary *s = &E->sum;
    fprintf(out, "documents %zu, gold events %zu, %s events %zu", s->documents, s->gold_events,
            E->second_coder ? "second coder's" : "predicted", s->pred_events);
    if (s->unknown_docs)
        fprintf(out, " (%zu from documents not in gold, ignored)", s->unknown_docs);
    fprintf(out, "\n\n%-16s %5s %5s %5s  %6s %6s %6s\n", "type+action", "tp", "fp", "fn", "P", "R",
            "F1");
    for (size_t t = 0; t < E->n_types; t++)
        print_row(out, E->types[t], E->per_type[t]);
    print_row(out, "overall", s->overall);
    print_row(out, "type only", s->type_only);
    fprintf(out, "\nstatus accuracy        %6.3f  (%zu/%zu matched events)\n",
            ratio(s->status_correct, s->matched), s->status_correct, s->matched);
    fprintf(out, "jurisdiction accuracy  %6.3f  (%zu/%zu, exact OCD id set)\n",
            ratio(s->jur_correct, s->jur_scored), s->jur_correct, s->jur_scored);
    if (s->jur_correct < s->jur_scored) {
        fprintf(out, "  mismatches:");
        static const char *const label[POLEX_JUR_SHAPES] = {"none in gold", "none predicted",
                                                            "extra ids", "missing ids", "other"};
        for (int k = 0; k < POLEX_JUR_SHAPES; k++)
            fprintf(out, "%s %s %zu", k ? "," : "", label[k], s->jur_shapes[k]);
        fputc('\n', out);
    }
    fprintf(out, "date accuracy          %6.3f  (%zu/%zu where gold has a date)\n",
            ratio(s->date_correct, s->date_scored), s->date_correct, s->date_scored);
    bool any = false;
    for (size_t g = 0; g < E->n_actions; g++)
        for (size_t p = 0; p < E->n_actions; p++)
            if (E->confusion[g][p]) {
                if (!any) fprintf(out, "\naction confusion (gold -> predicted, same type):\n");
                any = true;
                fprintf(out, "  %-14s -> %-14s %zu\n", E->actions[g], E->actions[p],
                        E->confusion[g][p]);
            }
    if (opts->by_rule) print_rules(out, E);
    if (!opts->list_errors) return;
    print_errors(out, E, opts->list_errors);
    for (mismatch_kind k = MISMATCH_STATUS; k <= MISMATCH_DATE; k++)
        print_mismatches(out, E, k, opts->list_errors);
}

/* One listed event: where and what. */
static json_t *listed(const ev *e) {
    return json_pack("{s:s,s:s,s:s,s:s}", "file", e->file, "type", e->type, "action", e->action,
                     "evidence", e->evidence);
}

/* Newline-joined OCD ids as a JSON array. */
static json_t *id_array(const char *jurs) {
    json_t *a = json_array();
    for (const char *p = jurs; a && *p;) {
        size_t n = strcspn(p, "\n");
        json_array_append_new(a, json_stringn(p, n));
        p += n + (p[n] == '\n');
    }
    return a;
}

static json_t *value_or_null(const char *s) {
    return s ? json_string(s) : json_null();
}

/* A matched event whose attribute k differs: gold and predicted values. */
static json_t *mismatch_item(const ev *ge, mismatch_kind k) {
    json_t *o = listed(ge);
    if (!o) return NULL;
    bool jur = k == MISMATCH_JURISDICTIONS;
    json_object_set_new(o, "gold", jur ? id_array(ge->jurs) : value_or_null(attribute(ge, k)));
    json_object_set_new(o, "predicted",
                        jur ? id_array(ge->pair->jurs) : value_or_null(attribute(ge->pair, k)));
    return o;
}

/* Misses, spurious events and attribute mismatches as JSON arrays of at most
 * limit items each, the same lists the text report prints. */
static void add_json_lists(json_t *obj, evaluation *E, size_t limit) {
    json_t *fn = json_array(), *fp = json_array(),
           *mm[3] = {json_array(), json_array(), json_array()};
    static const char *const names[] = {"status_mismatches", "jurisdiction_mismatches",
                                        "date_mismatches"};
    for (size_t i = 0; i < E->n_docs; i++) {
        doc_entry *d = &E->docs[i];
        for (size_t g = 0; g < d->n_gold; g++) {
            ev *ge = &d->gold[g];
            bool exact = exact_match(ge);
            if (!exact && json_array_size(fn) < limit) {
                json_t *o = listed(ge);
                if (o && ge->pair)
                    json_object_set_new(o, "predicted_as", json_string(ge->pair->action));
                json_array_append_new(fn, o);
            }
            for (mismatch_kind k = MISMATCH_STATUS; exact && k <= MISMATCH_DATE; k++)
                if (mismatched(ge, k) && json_array_size(mm[k]) < limit)
                    json_array_append_new(mm[k], mismatch_item(ge, k));
        }
        for (size_t p = 0; p < d->n_pred; p++)
            if (!d->pred[p].pair && json_array_size(fp) < limit)
                json_array_append_new(fp, listed(&d->pred[p]));
    }
    json_object_set_new(obj, "false_negatives", fn);
    json_object_set_new(obj, "false_positives", fp);
    for (int k = 0; k < 3; k++)
        json_object_set_new(obj, names[k], mm[k]);
}

static void print_json(FILE *out, evaluation *E, size_t limit, bool by_rule) {
    polex_eval_summary *s = &E->sum;
    json_t *types = json_object();
    for (size_t t = 0; t < E->n_types; t++) {
        double p, r, f;
        prf(E->per_type[t], &p, &r, &f);
        json_object_set_new(
            types, E->types[t],
            json_pack("{s:I,s:I,s:I,s:f,s:f,s:f}", "tp", (json_int_t)E->per_type[t].tp, "fp",
                      (json_int_t)E->per_type[t].fp, "fn", (json_int_t)E->per_type[t].fn,
                      "precision", p, "recall", r, "f1", f));
    }
    json_t *obj = json_pack("{s:I,s:I,s:I,s:f,s:f,s:f,s:o,s:f,s:f,s:f}", "documents",
                            (json_int_t)s->documents, "gold_events", (json_int_t)s->gold_events,
                            "pred_events", (json_int_t)s->pred_events, "precision", s->precision,
                            "recall", s->recall, "f1", s->f1, "types", types, "status_accuracy",
                            ratio(s->status_correct, s->matched), "jurisdiction_accuracy",
                            ratio(s->jur_correct, s->jur_scored), "date_accuracy",
                            ratio(s->date_correct, s->date_scored));
    json_t *shapes = obj ? json_object() : NULL;
    for (int k = 0; shapes && k < POLEX_JUR_SHAPES; k++)
        json_object_set_new(shapes, jur_shape_names[k], json_integer((json_int_t)s->jur_shapes[k]));
    if (shapes) json_object_set_new(obj, "jurisdiction_mismatch_shapes", shapes);
    if (obj && by_rule) json_object_set_new(obj, "rules", rules_json(E));
    if (obj && limit) add_json_lists(obj, E, limit);
    if (obj) {
        json_dumpf(obj, out, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(4));
        fputc('\n', out);
        json_decref(obj);
    }
}

polex_status polex_eval_events(const char *gold_path, const char *pred_path,
                               const polex_eval_options *opts, FILE *out,
                               polex_eval_summary *summary, polex_error *err) {
    evaluation E;
    memset(&E, 0, sizeof E);
    char base[4096];
    const char *slash = strrchr(gold_path, '/');
    int blen = slash ? (int)(slash - gold_path + 1) : 0;
    snprintf(base, sizeof base, "%.*s", blen, gold_path);
    gold_ctx g = {&E, base, 0};
    polex_status rc = each_line(gold_path, err, on_gold, &g);
    pred_ctx pc = {&E, base, NULL};
    if (rc == POLEX_OK) rc = each_line(pred_path, err, on_pred, &pc);
    polex_tokenizer_free(pc.tok);
    if (rc == POLEX_OK) {
        for (size_t i = 0; i < E.n_docs; i++) {
            score_doc(&E, &E.docs[i]);
            E.sum.gold_events += E.docs[i].n_gold;
        }
        E.sum.documents = E.n_docs;
        for (size_t t = 0; t < E.n_types; t++) {
            E.sum.overall.tp += E.per_type[t].tp;
            E.sum.overall.fp += E.per_type[t].fp;
            E.sum.overall.fn += E.per_type[t].fn;
        }
        prf(E.sum.overall, &E.sum.precision, &E.sum.recall, &E.sum.f1);
        bool by_rule = opts && opts->by_rule;
        if (by_rule) rc = count_rules(&E, err);
        if (rc == POLEX_OK && out && opts && opts->json)
            print_json(out, &E, opts->list_errors, by_rule);
        else if (rc == POLEX_OK && out)
            print_text(out, &E, opts);
        if (summary) *summary = E.sum;
    }
    eval_free(&E);
    return rc;
}
