/*
 * polex_record.h - JSON Lines records: the contract between stages.
 *
 * Every record is one JSON object with a "schema" field. polex_record_parse
 * reads any of them; the writers return one line of compact JSON, without
 * the newline, in malloc'd memory the caller frees with free().
 * A record read back and written again gives the same bytes, so a pipeline
 * of piped stages and the in-process pipeline print identical events.
 */
#ifndef POLEX_RECORD_H
#define POLEX_RECORD_H

#include "polex_core.h"

typedef enum polex_record_kind {
    POLEX_REC_DOC = 0, /* polex.doc/1: ingest output */
    POLEX_REC_TOKENS,  /* polex.tokens/1: doc + sentences + tokens */
    POLEX_REC_MATCH,   /* polex.match/1: tokens + rule hits */
    POLEX_REC_EVENT,   /* polex.event/1 */
    POLEX_REC_ERROR,   /* polex.error/1: a per-document failure, passed through */
} polex_record_kind;

/* Schema string of a kind ("polex.doc/1", ...). */
const char *polex_record_schema(polex_record_kind kind);

/*
 * Parses one JSON line of len bytes.
 *  - doc, tokens, match: *doc_out is a new document (caller frees with
 *    polex_doc_free) with the parts that record level carries.
 *  - event: *doc_out is a new document with doc_id and exactly one event;
 *    the event's evidence_text is set since the doc has no text.
 *  - error: *doc_out is NULL and *record_error holds the record's content.
 * On failure returns POLEX_ERR_RECORD (or NOMEM) with err describing it;
 * nothing is allocated then.
 */
polex_status polex_record_parse(const char *line, size_t len, polex_record_kind *kind,
                                polex_doc **doc_out, polex_error *record_error, polex_error *err);

/* Writes doc at the given level (DOC, TOKENS or MATCH). NULL when out of memory. */
char *polex_doc_to_json(const polex_doc *doc, polex_record_kind level);
/* Writes one event of doc. NULL when out of memory. */
char *polex_event_to_json(const polex_doc *doc, const polex_event *event);
/* Writes an error record. NULL when out of memory. */
char *polex_error_to_json(const polex_error *e);

#endif
