/* load.c - picks the sink for a target and keeps the failure rules in one place. */
#include <string.h>

#include "load_internal.h"

static bool ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n > m && strcmp(s + n - m, suffix) == 0;
}

polex_sink *polex_sink_open_with(const char *target, const polex_sink_options *opts,
                                 polex_error *err) {
    polex_sink_options o = opts ? *opts : (polex_sink_options){0};
    if (o.batch_rows == 0) o.batch_rows = 10000;
    if (!target || !*target) {
        polex_fail(err, POLEX_ERR_USAGE, "load", "no sink target given");
        return NULL;
    }
    polex_sink *s = NULL;
    if (strncmp(target, "jsonl:", 6) == 0 && target[6]) /* any path: "jsonl:/dev/stdout" */
        s = load_jsonl_open(target + 6, &o, err);
    else if (strncmp(target, "csv:", 4) == 0 && target[4])
        s = load_csv_open(target + 4, &o, err);
    else if (strcmp(target, "-") == 0 || ends_with(target, ".jsonl"))
        s = load_jsonl_open(target, &o, err);
    else if (ends_with(target, ".csv"))
        s = load_csv_open(target, &o, err);
    else if (strncmp(target, "sqlite:", 7) == 0 && target[7])
        s = load_sqlite_open(target + 7, &o, err);
    else if (ends_with(target, ".sqlite") || ends_with(target, ".db"))
        s = load_sqlite_open(target, &o, err);
    else if (strncmp(target, "postgresql://", 13) == 0 || strncmp(target, "postgres://", 11) == 0)
        s = load_pg_open(target, &o, err);
    else
        polex_fail(err, POLEX_ERR_USAGE, "load",
                   "unknown sink \"%.200s\": want -, *.jsonl, *.csv, *.sqlite, *.db, "
                   "jsonl:PATH, csv:PATH, sqlite:PATH or postgresql://...",
                   target);
    if (s) {
        s->opts = o;
        s->failed = POLEX_OK;
    }
    return s;
}

polex_sink *polex_sink_open(const char *target, polex_error *err) {
    return polex_sink_open_with(target, NULL, err);
}

/* A failed sink repeats its first failure; otherwise runs the call and records
 * any failure that is not the caller's mistake. */
static polex_status repeat_failure(polex_sink *s, polex_error *err) {
    if (err) *err = s->failure;
    return s->failed;
}

static polex_status settle(polex_sink *s, polex_status rc, polex_error *err) {
    if (rc && rc != POLEX_ERR_USAGE && !s->failed) {
        s->failed = rc;
        if (err)
            s->failure = *err;
        else
            polex_fail(&s->failure, rc, "load", "write failed");
    }
    return rc;
}

polex_status polex_sink_write_doc(polex_sink *sink, const polex_doc *doc, polex_error *err) {
    if (!sink || !doc) return polex_fail(err, POLEX_ERR_USAGE, "load", "no sink or document");
    if (sink->failed) return repeat_failure(sink, err);
    return settle(sink, sink->ops->write_doc(sink, doc, err), err);
}

polex_status polex_sink_write_event(polex_sink *sink, const polex_doc *doc,
                                    const polex_event *event, polex_error *err) {
    if (!sink || !doc || !event)
        return polex_fail(err, POLEX_ERR_USAGE, "load", "no sink, document or event");
    if (sink->failed) return repeat_failure(sink, err);
    return settle(sink, sink->ops->write_event(sink, doc, event, err), err);
}

polex_status polex_sink_write_error(polex_sink *sink, const polex_error *e, polex_error *err) {
    if (!sink || !e) return polex_fail(err, POLEX_ERR_USAGE, "load", "no sink or error");
    if (sink->failed) return repeat_failure(sink, err);
    return settle(sink, sink->ops->write_error(sink, e, err), err);
}

polex_status polex_sink_flush(polex_sink *sink, polex_error *err) {
    if (!sink) return POLEX_OK;
    if (sink->failed) return repeat_failure(sink, err);
    return settle(sink, sink->ops->flush(sink, err), err);
}

polex_status polex_sink_close(polex_sink *sink, polex_error *err) {
    if (!sink) return POLEX_OK;
    if (sink->failed) {
        polex_status rc = repeat_failure(sink, err);
        sink->ops->close(sink, false, NULL);
        return rc;
    }
    return sink->ops->close(sink, true, err);
}

void polex_sink_abort(polex_sink *sink) {
    if (sink) sink->ops->close(sink, false, NULL);
}
