/*
 * load_internal.h - what the sinks share: the dispatcher's vtable, table rows
 * as typed values (one column list for CSV, SQLite and PostgreSQL), and the
 * temporary-file-then-rename writer.
 */
#ifndef POLEX_LOAD_INTERNAL_H
#define POLEX_LOAD_INTERNAL_H

#include <stdio.h>

#include "polex_load.h"

/* ---- sinks --------------------------------------------------------------- */

typedef struct sink_ops {
    polex_status (*write_doc)(polex_sink *s, const polex_doc *doc, polex_error *err);
    polex_status (*write_event)(polex_sink *s, const polex_doc *doc, const polex_event *ev,
                                polex_error *err);
    polex_status (*write_error)(polex_sink *s, const polex_error *e, polex_error *err);
    polex_status (*flush)(polex_sink *s, polex_error *err);
    /* keep: commit/rename (close) or discard (abort). Always frees s. */
    polex_status (*close)(polex_sink *s, bool keep, polex_error *err);
} sink_ops;

/* Every sink struct starts with this. */
struct polex_sink {
    const sink_ops *ops;
    polex_sink_options opts;
    polex_status failed; /* first I/O or DB failure; later calls repeat it */
    polex_error failure;
};

/* Each opener returns a sink whose ops, opts are set; NULL with err on failure. */
polex_sink *load_jsonl_open(const char *path, const polex_sink_options *opts, polex_error *err);
polex_sink *load_csv_open(const char *path, const polex_sink_options *opts, polex_error *err);
polex_sink *load_sqlite_open(const char *path, const polex_sink_options *opts, polex_error *err);
polex_sink *load_pg_open(const char *url, const polex_sink_options *opts, polex_error *err);

/* ---- rows ---------------------------------------------------------------- */

typedef enum load_kind { LV_NULL = 0, LV_TEXT, LV_INT, LV_REAL } load_kind;

typedef struct load_value {
    load_kind kind;
    const char *s; /* LV_TEXT: s[0..len), not always NUL-terminated */
    size_t len;
    int64_t i;
    double d;
} load_value;

enum { LOAD_DOC_COLS = 8, LOAD_EVENT_COLS = 19, LOAD_JUR_COLS = 9, LOAD_ERROR_COLS = 6 };

extern const char *const load_doc_columns[LOAD_DOC_COLS];
extern const char *const load_event_columns[LOAD_EVENT_COLS];
extern const char *const load_jur_columns[LOAD_JUR_COLS];
extern const char *const load_error_columns[LOAD_ERROR_COLS]; /* without the id */

/* Fill a row; values point into doc/ev/e (no copies). The event row fails with
 * POLEX_ERR_USAGE when type, action or doc_id is missing or the evidence
 * cannot be found. */
polex_status load_doc_row(const polex_doc *doc, load_value row[LOAD_DOC_COLS], polex_error *err);
polex_status load_event_row(const polex_doc *doc, const polex_event *ev,
                            load_value row[LOAD_EVENT_COLS], polex_error *err);
void load_jur_row(const polex_event *ev, size_t ord, load_value row[LOAD_JUR_COLS]);
void load_error_row(const polex_error *e, load_value row[LOAD_ERROR_COLS]);

/* Shortest decimal text that reads back as d ("0.8", "1500000000"). */
void load_format_real(double d, char out[32]);

/* ---- databases: the row logic SQLite and PostgreSQL share ---------------- */

/* The statements every database sink prepares, indexed by these. */
enum {
    ST_PUT_DOC,      /* insert or replace a document */
    ST_ADD_DOC,      /* insert a text-less document only when missing */
    ST_DEL_DOC_JURS, /* jurisdictions of the document's events */
    ST_DEL_DOC_EVENTS,
    ST_PUT_EVENT,
    ST_DEL_EVENT_JURS,
    ST_PUT_JUR,
    ST_PUT_ERROR,
    ST_COUNT
};

/* What a database backend provides to load_db.c. */
typedef struct db_ops {
    /* Opens a transaction unless one is open. */
    polex_status (*begin)(polex_sink *s, polex_error *err);
    /* Commits the open transaction, if any, and resets the pending count. */
    polex_status (*commit)(polex_sink *s, polex_error *err);
    /* Runs statement `which` with row[0..n) as parameters; counts one pending row. */
    polex_status (*run)(polex_sink *s, int which, const load_value *row, int n, polex_error *err);
    /* Rows written since the transaction began. */
    size_t (*pending)(const polex_sink *s);
} db_ops;

/* Writing a document replaces its earlier events; see load_schema.c. */
polex_status load_db_doc(polex_sink *s, const db_ops *db, const polex_doc *doc, polex_error *err);
polex_status load_db_event(polex_sink *s, const db_ops *db, const polex_doc *doc,
                           const polex_event *ev, polex_error *err);
polex_status load_db_error(polex_sink *s, const db_ops *db, const polex_error *e, polex_error *err);

/* ---- files written to <path>.tmp and renamed on commit ------------------- */

typedef struct load_file {
    FILE *fp;
    char *path, *tmp; /* malloc'd; NULL for stdout; tmp NULL for a device or pipe */
    bool is_stdout;
    bool in_place; /* a device or pipe, written without a temporary file */
} load_file;

/* Opens path's temporary file for writing (or stdout for "-"; a device or
 * pipe such as /dev/stdout is written in place: it cannot be replaced). */
polex_status load_file_open(load_file *f, const char *path, polex_error *err);
/* Writes n bytes; POLEX_ERR_IO on failure. */
polex_status load_file_write(load_file *f, const char *s, size_t n, polex_error *err);
polex_status load_file_flush(load_file *f, polex_error *err);
/* keep: flush, sync, close and rename into place; else close and remove the
 * temporary file. Frees the names. Safe on a zeroed or already closed file. */
polex_status load_file_close(load_file *f, bool keep, polex_error *err);

#endif
