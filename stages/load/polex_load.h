/*
 * polex_load.h - stage 5: write documents, events and errors to a sink.
 *
 * A sink is chosen by its target:
 *   "-" or "*.jsonl"        JSON Lines, records exactly as polex_record.h writes them
 *   "*.csv"                 events in TARGET, their jurisdictions in STEM.jurisdictions.csv
 *   "*.sqlite", "*.db",
 *   "sqlite:PATH"           an SQLite database (WAL mode, batched transactions)
 *   "postgresql://...",
 *   "postgres://..."        a PostgreSQL database, same tables as SQLite
 *
 * Writing is idempotent by id: re-running over the same input replaces rows,
 * never duplicates them. Files are written to "<target>.tmp" and renamed on
 * polex_sink_close, so an interrupted run leaves no half file (stdout is
 * written directly). Database sinks commit every batch_rows rows and on
 * flush/close.
 *
 * A sink is not thread-safe: one writer thread per sink. Several processes may
 * write the same SQLite file (they wait for each other's lock) or the same
 * PostgreSQL database at once.
 *
 * Failures: an I/O or database failure makes the sink fail: later writes return
 * the same error, and close discards what was not yet committed (a file sink
 * removes its temporary file, leaving any earlier target untouched). A bad
 * argument (POLEX_ERR_USAGE, e.g. an evidence range outside the text) only
 * fails that call.
 *
 * The database schema (version POLEX_LOAD_SCHEMA_VERSION) is documented in
 * load_schema.c; the CSV columns are the same as the events and
 * event_jurisdictions tables.
 */
#ifndef POLEX_LOAD_H
#define POLEX_LOAD_H

#include "polex_core.h"

#define POLEX_LOAD_SCHEMA_VERSION 1

typedef struct polex_sink polex_sink;

enum {
    POLEX_SINK_NO_DOCS = 1u << 0,   /* JSONL: do not write document records */
    POLEX_SINK_NO_ERRORS = 1u << 1, /* JSONL: do not write error records */
};

typedef struct polex_sink_options {
    size_t batch_rows; /* databases: commit after about this many rows; 0 = 10000 */
    unsigned flags;    /* POLEX_SINK_ bits */
} polex_sink_options;

/* Opens a sink for target with default options: "-" or FILE.jsonl (JSON
 * Lines), FILE.csv, FILE.sqlite or FILE.db, a postgresql:// URL, or a kind
 * and any path ("jsonl:/dev/stdout", "csv:PATH", "sqlite:PATH"). NULL with
 * err set on failure (POLEX_ERR_USAGE for an unknown target kind, IO or DB
 * otherwise). The caller
 * owns the sink and ends it with polex_sink_close or polex_sink_abort. */
polex_sink *polex_sink_open(const char *target, polex_error *err);
/* Same, with options (opts may be NULL for the defaults). */
polex_sink *polex_sink_open_with(const char *target, const polex_sink_options *opts,
                                 polex_error *err);

/* Writes the document row (metadata and text, not tokens). In a database this
 * also deletes the document's earlier events, so an event that no longer fires
 * disappears; write the doc before its events. A doc without text
 * (text_len 0, as an event-only doc read from JSON) only creates the row when
 * none exists and keeps the old events; JSONL skips it. CSV sinks ignore
 * documents. */
polex_status polex_sink_write_doc(polex_sink *sink, const polex_doc *doc, polex_error *err);
/* Writes one event of doc (doc may be an event-only doc read from JSON: then
 * event->evidence_text is used, else the evidence is sliced from doc->text). */
polex_status polex_sink_write_event(polex_sink *sink, const polex_doc *doc,
                                    const polex_event *event, polex_error *err);
/* Writes one error record. Databases keep one row per (source, stage, doc_id,
 * message). CSV sinks ignore errors. */
polex_status polex_sink_write_error(polex_sink *sink, const polex_error *e, polex_error *err);

/* Commits pending work (a batch of rows); called by the driver now and then. */
polex_status polex_sink_flush(polex_sink *sink, polex_error *err);

/* Flushes, closes and frees: files are renamed into place, databases commit.
 * Returns the first failure (then nothing uncommitted is kept). NULL is a no-op. */
polex_status polex_sink_close(polex_sink *sink, polex_error *err);

/* Closes and frees without keeping uncommitted work: the temporary file is
 * removed, the open transaction rolled back. For a run that was stopped.
 * NULL is a no-op. */
void polex_sink_abort(polex_sink *sink);

#endif
