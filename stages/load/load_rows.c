/* load_rows.c - documents, events, jurisdictions and errors as table rows. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "load_internal.h"

const char *const load_doc_columns[LOAD_DOC_COLS] = {"doc_id",    "source", "url",   "title",
                                                     "published", "format", "bytes", "text"};
const char *const load_event_columns[LOAD_EVENT_COLS] = {
    "event_id",       "doc_id",       "type",           "action",       "status",
    "actor_text",     "actor_kind",   "amount_text",    "amount_value", "currency",
    "date_text",      "date_value",   "date_precision", "attribution",  "evidence_text",
    "evidence_start", "evidence_end", "rule",           "confidence"};
const char *const load_jur_columns[LOAD_JUR_COLS] = {
    "event_id", "ord", "text", "ocd_id", "geoid", "level", "role", "generic", "min_count"};
const char *const load_error_columns[LOAD_ERROR_COLS] = {"stage", "doc_id", "source",
                                                         "code",  "offset", "message"};

static load_value text(const char *s) {
    return s ? (load_value){.kind = LV_TEXT, .s = s, .len = strlen(s)} : (load_value){0};
}

static load_value textn(const char *s, size_t n) {
    return (load_value){.kind = LV_TEXT, .s = s, .len = n};
}

static load_value integer(int64_t i) {
    return (load_value){.kind = LV_INT, .i = i};
}

static load_value real(double d) {
    return isfinite(d) ? (load_value){.kind = LV_REAL, .d = d} : (load_value){0};
}

polex_status load_doc_row(const polex_doc *doc, load_value row[LOAD_DOC_COLS], polex_error *err) {
    if (!doc->doc_id || !*doc->doc_id)
        return polex_fail(err, POLEX_ERR_USAGE, "load", "document without doc_id");
    row[0] = text(doc->doc_id);
    row[1] = text(doc->source);
    row[2] = text(doc->url);
    row[3] = text(doc->title);
    row[4] = text(doc->published);
    row[5] = text(doc->format);
    row[6] = integer((int64_t)doc->bytes);
    row[7] = doc->text && doc->text_len ? textn(doc->text, doc->text_len) : (load_value){0};
    return POLEX_OK;
}

/* The evidence sentence: the event's own copy (read from JSON) or a slice of the text. */
static polex_status evidence(const polex_doc *doc, const polex_event *ev, load_value *out,
                             polex_error *err) {
    if (ev->evidence_text) {
        *out = text(ev->evidence_text);
        return POLEX_OK;
    }
    if (!doc->text || ev->evidence_start > ev->evidence_end || ev->evidence_end > doc->text_len)
        return polex_fail(err, POLEX_ERR_USAGE, "load",
                          "event %s: evidence [%u, %u) is not within the document text",
                          ev->event_id, (unsigned)ev->evidence_start, (unsigned)ev->evidence_end);
    *out = textn(doc->text + ev->evidence_start, ev->evidence_end - ev->evidence_start);
    return POLEX_OK;
}

polex_status load_event_row(const polex_doc *doc, const polex_event *ev,
                            load_value row[LOAD_EVENT_COLS], polex_error *err) {
    if (!ev->type || !ev->action || !doc->doc_id || !ev->event_id[0])
        return polex_fail(err, POLEX_ERR_USAGE, "load",
                          "event without event_id, doc_id, type or action");
    polex_status rc = evidence(doc, ev, &row[14], err);
    if (rc) return rc;
    row[0] = text(ev->event_id);
    row[1] = text(doc->doc_id);
    row[2] = text(ev->type);
    row[3] = text(ev->action);
    row[4] = text(polex_event_status_name((polex_event_status)ev->status));
    row[5] = text(ev->actor_text);
    /* the JSON record writes "other" for an actor without a kind; so do we */
    row[6] = ev->actor_text ? text(ev->actor_kind ? ev->actor_kind : "other") : (load_value){0};
    row[7] = text(ev->amount_text);
    row[8] = ev->amount_text && ev->has_amount_value ? real(ev->amount_value) : (load_value){0};
    row[9] = ev->amount_text ? text(ev->amount_currency) : (load_value){0};
    row[10] = text(ev->date_text);
    row[11] = ev->date_text ? text(ev->date_value) : (load_value){0};
    row[12] = ev->date_text ? text(ev->date_precision) : (load_value){0};
    row[13] = text(ev->attribution);
    row[15] = integer(ev->evidence_start);
    row[16] = integer(ev->evidence_end);
    row[17] = text(ev->rule ? ev->rule : "");
    row[18] = real(ev->confidence);
    return POLEX_OK;
}

void load_jur_row(const polex_event *ev, size_t ord, load_value row[LOAD_JUR_COLS]) {
    const polex_jurisdiction *j = &ev->jurisdictions[ord];
    row[0] = text(ev->event_id);
    row[1] = integer((int64_t)ord);
    row[2] = text(j->text ? j->text : "");
    row[3] = j->generic ? (load_value){0} : text(j->ocd_id);
    row[4] = j->generic ? (load_value){0} : text(j->geoid);
    row[5] = j->generic ? (load_value){0} : text(j->level);
    row[6] = text(polex_jur_role_name((polex_jur_role)j->role));
    row[7] = integer(j->generic ? 1 : 0);
    row[8] = j->generic ? integer(j->min_count) : (load_value){0};
}

void load_error_row(const polex_error *e, load_value row[LOAD_ERROR_COLS]) {
    row[0] = text(e->stage);
    row[1] = text(e->doc_id);
    row[2] = text(e->source);
    row[3] = text(polex_status_name(e->code));
    row[4] = e->offset >= 0 ? integer(e->offset) : (load_value){0};
    row[5] = text(e->message);
}

void load_format_real(double d, char out[32]) {
    for (int precision = 15; precision <= 17; precision++) {
        snprintf(out, 32, "%.*g", precision, d);
        if (strtod(out, NULL) == d) return;
    }
}
