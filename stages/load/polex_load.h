/*
 * polex_load.h - stage 5: write documents, events and errors to a sink.
 *
 * A sink is chosen by its target: "file.jsonl" (or "-"), "file.csv"
 * (events; jurisdictions in a second file), "file.sqlite"/"file.db".
 * Writing is idempotent by id: re-running over the same input replaces rows,
 * never duplicates them. Files are written to a temporary name and renamed
 * on polex_sink_close, so an interrupted run leaves no half file.
 */
#ifndef POLEX_LOAD_H
#define POLEX_LOAD_H

#include "polex_core.h"

typedef struct polex_sink polex_sink;

/* Opens a sink for target. NULL with err set on failure. */
polex_sink *polex_sink_open(const char *target, polex_error *err);

/* Writes the document row (metadata, not tokens). */
polex_status polex_sink_write_doc(polex_sink *sink, const polex_doc *doc, polex_error *err);
/* Writes one event of doc (doc may be an event-only doc read from JSON). */
polex_status polex_sink_write_event(polex_sink *sink, const polex_doc *doc,
                                    const polex_event *event, polex_error *err);
/* Writes one error record. */
polex_status polex_sink_write_error(polex_sink *sink, const polex_error *e, polex_error *err);

/* Commits pending work (a batch of rows); called by the driver now and then. */
polex_status polex_sink_flush(polex_sink *sink, polex_error *err);

/* Flushes, closes and frees. Returns the first failure. NULL is a no-op. */
polex_status polex_sink_close(polex_sink *sink, polex_error *err);

#endif
