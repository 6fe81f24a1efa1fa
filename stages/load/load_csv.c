/*
 * load_csv.c - the CSV sink (RFC 4180: CRLF line ends, a header row, fields
 * quoted when they hold a comma, a double quote, CR or LF; quotes doubled).
 *
 * TARGET (e.g. events.csv) gets one row per event with the columns of the
 * events table, in order:
 *   event_id, doc_id, type, action, status, actor_text, actor_kind,
 *   amount_text, amount_value, currency, date_text, date_value,
 *   date_precision, attribution, evidence_text, evidence_start, evidence_end,
 *   rule, confidence
 * STEM.jurisdictions.csv (e.g. events.jurisdictions.csv) gets one row per
 * jurisdiction of an event, with the columns of event_jurisdictions:
 *   event_id, ord, text, ocd_id, geoid, level, role, generic, min_count
 * A null is an empty field; generic is 1 or 0; numbers are written in the
 * shortest form that reads back exactly. Documents and errors are not written.
 */
#include <stdlib.h>
#include <string.h>

#include "load_internal.h"

typedef struct csv_sink {
    polex_sink base;
    load_file events, jurs;
} csv_sink;

static polex_status put_field(load_file *f, const load_value *v, polex_error *err) {
    char num[32];
    switch (v->kind) {
    case LV_NULL:
        return POLEX_OK;
    case LV_INT:
        snprintf(num, sizeof num, "%lld", (long long)v->i);
        return load_file_write(f, num, strlen(num), err);
    case LV_REAL:
        load_format_real(v->d, num);
        return load_file_write(f, num, strlen(num), err);
    case LV_TEXT:
        break;
    }
    bool quote = false;
    for (size_t i = 0; i < v->len && !quote; i++)
        quote = v->s[i] == ',' || v->s[i] == '"' || v->s[i] == '\r' || v->s[i] == '\n';
    if (!quote) return load_file_write(f, v->s, v->len, err);
    polex_status rc = load_file_write(f, "\"", 1, err);
    size_t from = 0;
    for (size_t i = 0; !rc && i < v->len; i++) {
        if (v->s[i] != '"') continue;
        rc = load_file_write(f, v->s + from, i + 1 - from, err); /* through the quote ... */
        from = i;                                                /* ... which is written again */
    }
    if (!rc) rc = load_file_write(f, v->s + from, v->len - from, err);
    return rc ? rc : load_file_write(f, "\"", 1, err);
}

static polex_status put_row(load_file *f, const load_value *row, size_t n, polex_error *err) {
    polex_status rc = POLEX_OK;
    for (size_t i = 0; !rc && i < n; i++) {
        if (i) rc = load_file_write(f, ",", 1, err);
        if (!rc) rc = put_field(f, &row[i], err);
    }
    return rc ? rc : load_file_write(f, "\r\n", 2, err);
}

static polex_status put_header(load_file *f, const char *const *names, size_t n, polex_error *err) {
    load_value row[LOAD_EVENT_COLS];
    for (size_t i = 0; i < n; i++)
        row[i] = (load_value){.kind = LV_TEXT, .s = names[i], .len = strlen(names[i])};
    return put_row(f, row, n, err);
}

static polex_status csv_doc(polex_sink *s, const polex_doc *doc, polex_error *err) {
    (void)s;
    (void)doc;
    (void)err;
    return POLEX_OK;
}

static polex_status csv_event(polex_sink *s, const polex_doc *doc, const polex_event *ev,
                              polex_error *err) {
    csv_sink *c = (csv_sink *)s;
    load_value row[LOAD_EVENT_COLS];
    polex_status rc = load_event_row(doc, ev, row, err);
    if (!rc) rc = put_row(&c->events, row, LOAD_EVENT_COLS, err);
    for (size_t i = 0; !rc && i < ev->n_jurisdictions; i++) {
        load_value jrow[LOAD_JUR_COLS];
        load_jur_row(ev, i, jrow);
        rc = put_row(&c->jurs, jrow, LOAD_JUR_COLS, err);
    }
    return rc;
}

static polex_status csv_error(polex_sink *s, const polex_error *e, polex_error *err) {
    (void)s;
    (void)e;
    (void)err;
    return POLEX_OK;
}

static polex_status csv_flush(polex_sink *s, polex_error *err) {
    csv_sink *c = (csv_sink *)s;
    polex_status rc = load_file_flush(&c->events, err);
    return rc ? rc : load_file_flush(&c->jurs, err);
}

/* Both files or neither: the second rename happens only after the first succeeded. */
static polex_status csv_close(polex_sink *s, bool keep, polex_error *err) {
    csv_sink *c = (csv_sink *)s;
    polex_status rc = load_file_close(&c->jurs, keep, err);
    polex_status rc2 = load_file_close(&c->events, keep && !rc, rc ? NULL : err);
    free(c);
    return rc ? rc : rc2;
}

static const sink_ops csv_ops = {csv_doc, csv_event, csv_error, csv_flush, csv_close};

polex_sink *load_csv_open(const char *path, const polex_sink_options *opts, polex_error *err) {
    csv_sink *c = calloc(1, sizeof *c);
    size_t stem = strlen(path); /* without ".csv" ("csv:PATH" may have another name) */
    if (stem > 4 && !strcmp(path + stem - 4, ".csv")) stem -= 4;
    char *jpath = malloc(stem + sizeof ".jurisdictions.csv");
    if (!c || !jpath) {
        free(c);
        free(jpath);
        polex_fail(err, POLEX_ERR_NOMEM, "load", "out of memory");
        return NULL;
    }
    memcpy(jpath, path, stem);
    memcpy(jpath + stem, ".jurisdictions.csv", sizeof ".jurisdictions.csv");
    polex_status rc = load_file_open(&c->events, path, err);
    if (!rc) rc = load_file_open(&c->jurs, jpath, err);
    if (!rc) rc = put_header(&c->events, load_event_columns, LOAD_EVENT_COLS, err);
    if (!rc) rc = put_header(&c->jurs, load_jur_columns, LOAD_JUR_COLS, err);
    free(jpath);
    c->base.ops = &csv_ops;
    c->base.opts = *opts;
    if (rc) {
        csv_close(&c->base, false, NULL);
        return NULL;
    }
    return &c->base;
}
