/* load_jsonl.c - the JSON Lines sink: records exactly as polex_record.h writes them. */
#include <stdlib.h>
#include <string.h>

#include "load_internal.h"
#include "polex_record.h"

typedef struct jsonl_sink {
    polex_sink base;
    load_file out;
} jsonl_sink;

/* Writes one record line and frees it; NULL json means the writer ran out of memory. */
static polex_status put_line(jsonl_sink *j, char *json, polex_error *err) {
    if (!json) return polex_fail(err, POLEX_ERR_NOMEM, "load", "out of memory");
    size_t n = strlen(json);
    json[n] = '\n'; /* overwrite the NUL: one write per record */
    polex_status rc = load_file_write(&j->out, json, n + 1, err);
    free(json);
    return rc;
}

static polex_status jsonl_doc(polex_sink *s, const polex_doc *doc, polex_error *err) {
    jsonl_sink *j = (jsonl_sink *)s;
    /* a doc without text is an event-only doc: it has no document record to give */
    if ((s->opts.flags & POLEX_SINK_NO_DOCS) || !doc->text || !doc->text_len) return POLEX_OK;
    if (!doc->doc_id) return polex_fail(err, POLEX_ERR_USAGE, "load", "document without doc_id");
    return put_line(j, polex_doc_to_json(doc, POLEX_REC_DOC), err);
}

static polex_status jsonl_event(polex_sink *s, const polex_doc *doc, const polex_event *ev,
                                polex_error *err) {
    /* the row check guards the record writer against an evidence range it would overrun */
    load_value row[LOAD_EVENT_COLS];
    polex_status rc = load_event_row(doc, ev, row, err);
    if (rc) return rc;
    return put_line((jsonl_sink *)s, polex_event_to_json(doc, ev), err);
}

static polex_status jsonl_error(polex_sink *s, const polex_error *e, polex_error *err) {
    if (s->opts.flags & POLEX_SINK_NO_ERRORS) return POLEX_OK;
    return put_line((jsonl_sink *)s, polex_error_to_json(e), err);
}

static polex_status jsonl_flush(polex_sink *s, polex_error *err) {
    return load_file_flush(&((jsonl_sink *)s)->out, err);
}

static polex_status jsonl_close(polex_sink *s, bool keep, polex_error *err) {
    jsonl_sink *j = (jsonl_sink *)s;
    polex_status rc = load_file_close(&j->out, keep, err);
    free(j);
    return rc;
}

static const sink_ops jsonl_ops = {jsonl_doc, jsonl_event, jsonl_error, jsonl_flush, jsonl_close};

polex_sink *load_jsonl_open(const char *path, const polex_sink_options *opts, polex_error *err) {
    jsonl_sink *j = calloc(1, sizeof *j);
    if (!j) {
        polex_fail(err, POLEX_ERR_NOMEM, "load", "out of memory");
        return NULL;
    }
    if (load_file_open(&j->out, path, err)) {
        free(j);
        return NULL;
    }
    j->base.ops = &jsonl_ops;
    j->base.opts = *opts;
    return &j->base;
}
