/*
 * load_sqlite.c - the SQLite sink (schema in load_schema.c).
 *
 * WAL mode, statements prepared once, rows written in transactions of about
 * batch_rows rows. A transaction ends at a document boundary where it can, so
 * a document and its events are committed together; it is cut anyway after
 * 4 * batch_rows rows to bound the journal. BEGIN IMMEDIATE plus a busy
 * timeout lets several processes share one file.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "load_internal.h"
#include "load_schema.h"

enum { BUSY_TIMEOUT_MS = 60000 };

static const char *const statements[ST_COUNT] = {
    "INSERT OR REPLACE INTO documents(doc_id, source, url, title, published, format, bytes,"
    " text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    "INSERT OR IGNORE INTO documents(doc_id, source, url, title, published, format, bytes,"
    " text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    "DELETE FROM event_jurisdictions WHERE event_id IN"
    " (SELECT event_id FROM events WHERE doc_id = ?1)",
    "DELETE FROM events WHERE doc_id = ?1",
    "INSERT OR REPLACE INTO events(event_id, doc_id, type, action, status, actor_text,"
    " actor_kind, amount_text, amount_value, currency, date_text, date_value, date_precision,"
    " attribution, evidence_text, evidence_start, evidence_end, rule, confidence) VALUES"
    " (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
    "DELETE FROM event_jurisdictions WHERE event_id = ?1",
    "INSERT OR REPLACE INTO event_jurisdictions(event_id, ord, text, ocd_id, geoid, level,"
    " role, generic, min_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    "INSERT INTO errors(stage, doc_id, source, code, \"offset\", message)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (source, stage, doc_id, message)"
    " DO UPDATE SET code = excluded.code, \"offset\" = excluded.\"offset\"",
};

typedef struct sqlite_sink {
    polex_sink base;
    sqlite3 *db;
    sqlite3_stmt *st[ST_COUNT];
    size_t pending; /* rows written since BEGIN */
    bool in_tx;
    bool kept_rows; /* a transaction with rows has been committed */
    char *created;  /* the file's path when this sink created it, else NULL */
    char path[200]; /* for messages */
} sqlite_sink;

static polex_status db_fail(sqlite_sink *q, polex_error *err, const char *what) {
    int code = q->db ? sqlite3_errcode(q->db) : SQLITE_NOMEM;
    polex_status rc = code == SQLITE_CANTOPEN || code == SQLITE_IOERR || code == SQLITE_FULL ||
                              code == SQLITE_READONLY
                          ? POLEX_ERR_IO
                      : code == SQLITE_NOMEM ? POLEX_ERR_NOMEM
                                             : POLEX_ERR_DB;
    polex_fail(err, rc, "load", "%s: %s (%s)", q->path, what,
               q->db ? sqlite3_errmsg(q->db) : "out of memory");
    if (err) snprintf(err->source, sizeof err->source, "%s", q->path);
    return rc;
}

static polex_status exec(sqlite_sink *q, const char *sql, polex_error *err) {
    if (sqlite3_exec(q->db, sql, NULL, NULL, NULL) != SQLITE_OK) return db_fail(q, err, sql);
    return POLEX_OK;
}

static polex_status commit(sqlite_sink *q, polex_error *err) {
    if (!q->in_tx) return POLEX_OK;
    polex_status rc = exec(q, "COMMIT", err);
    if (!rc) {
        q->kept_rows |= q->pending > 0;
        q->in_tx = false;
        q->pending = 0;
    }
    return rc;
}

static polex_status begin(sqlite_sink *q, polex_error *err) {
    if (q->in_tx) return POLEX_OK;
    polex_status rc = exec(q, "BEGIN IMMEDIATE", err);
    if (!rc) q->in_tx = true;
    return rc;
}

static void bind(sqlite3_stmt *st, const load_value *row, int n) {
    for (int i = 0; i < n; i++) {
        const load_value *v = &row[i];
        switch (v->kind) {
        case LV_NULL:
            sqlite3_bind_null(st, i + 1);
            break;
        case LV_TEXT:
            sqlite3_bind_text64(st, i + 1, v->s, v->len, SQLITE_STATIC, SQLITE_UTF8);
            break;
        case LV_INT:
            sqlite3_bind_int64(st, i + 1, v->i);
            break;
        case LV_REAL:
            sqlite3_bind_double(st, i + 1, v->d);
            break;
        }
    }
}

/* Runs one prepared statement with row as its parameters. */
static polex_status run(sqlite_sink *q, int which, const load_value *row, int n, polex_error *err) {
    sqlite3_stmt *st = q->st[which];
    bind(st, row, n);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st); /* the STATIC text pointers must not outlive the call */
    if (rc != SQLITE_DONE) return db_fail(q, err, "write failed");
    q->pending++;
    return POLEX_OK;
}

static polex_status db_begin(polex_sink *s, polex_error *err) {
    return begin((sqlite_sink *)s, err);
}

static polex_status db_commit(polex_sink *s, polex_error *err) {
    return commit((sqlite_sink *)s, err);
}

static polex_status db_run(polex_sink *s, int which, const load_value *row, int n,
                           polex_error *err) {
    return run((sqlite_sink *)s, which, row, n, err);
}

static size_t db_pending(const polex_sink *s) {
    return ((const sqlite_sink *)s)->pending;
}

static const db_ops sqlite_db = {db_begin, db_commit, db_run, db_pending};

static polex_status sqlite_doc(polex_sink *s, const polex_doc *doc, polex_error *err) {
    return load_db_doc(s, &sqlite_db, doc, err);
}

static polex_status sqlite_event(polex_sink *s, const polex_doc *doc, const polex_event *ev,
                                 polex_error *err) {
    return load_db_event(s, &sqlite_db, doc, ev, err);
}

static polex_status sqlite_error(polex_sink *s, const polex_error *e, polex_error *err) {
    return load_db_error(s, &sqlite_db, e, err);
}

static polex_status sqlite_flush(polex_sink *s, polex_error *err) {
    return commit((sqlite_sink *)s, err);
}

static polex_status sqlite_close(polex_sink *s, bool keep, polex_error *err) {
    sqlite_sink *q = (sqlite_sink *)s;
    polex_status rc = POLEX_OK;
    if (q->in_tx) {
        if (keep) rc = commit(q, err);
        if (!keep || rc) sqlite3_exec(q->db, "ROLLBACK", NULL, NULL, NULL);
    }
    for (int i = 0; i < ST_COUNT; i++)
        sqlite3_finalize(q->st[i]);
    if (sqlite3_close(q->db) != SQLITE_OK && !rc) rc = db_fail(q, err, "close failed");
    /* a run stopped before its first row leaves no empty database behind */
    if ((!keep || rc) && q->created && !q->kept_rows) remove(q->created);
    free(q->created);
    free(q);
    return rc;
}

static const sink_ops sqlite_ops = {sqlite_doc, sqlite_event, sqlite_error, sqlite_flush,
                                    sqlite_close};

/* Creates the tables (once, under the write lock) and checks the schema version. */
static polex_status prepare_schema(sqlite_sink *q, polex_error *err) {
    polex_status rc = exec(
        q, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536", err);
    if (!rc) rc = begin(q, err);
    if (!rc) rc = exec(q, load_sqlite_ddl, err);
    if (!rc) rc = commit(q, err);
    if (rc) return rc;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(q->db, "SELECT value FROM meta WHERE key = 'schema_version'", -1, &st,
                           NULL) != SQLITE_OK)
        return db_fail(q, err, "cannot read the schema version");
    const char *v =
        sqlite3_step(st) == SQLITE_ROW ? (const char *)sqlite3_column_text(st, 0) : NULL;
    bool same = v && strcmp(v, "1") == 0;
    if (!same)
        polex_fail(err, POLEX_ERR_DB, "load",
                   "%s has schema version %.20s; this polex writes version %d", q->path,
                   v ? v : "(none)", POLEX_LOAD_SCHEMA_VERSION);
    sqlite3_finalize(st);
    return same ? POLEX_OK : POLEX_ERR_DB;
}

polex_sink *load_sqlite_open(const char *path, const polex_sink_options *opts, polex_error *err) {
    sqlite_sink *q = calloc(1, sizeof *q);
    if (!q) {
        polex_fail(err, POLEX_ERR_NOMEM, "load", "out of memory");
        return NULL;
    }
    q->base.ops = &sqlite_ops;
    q->base.opts = *opts;
    snprintf(q->path, sizeof q->path, "%s", path);
    polex_status rc = POLEX_OK;
    struct stat sb;
    if (path[0] != ':' && strncmp(path, "file:", 5) != 0 && stat(path, &sb) != 0)
        q->created = strdup(path); /* NULL when out of memory: then the file stays */
    if (sqlite3_open_v2(path, &q->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
        SQLITE_OK)
        rc = db_fail(q, err, "cannot open");
    if (!rc) sqlite3_busy_timeout(q->db, BUSY_TIMEOUT_MS);
    if (!rc) rc = prepare_schema(q, err);
    for (int i = 0; !rc && i < ST_COUNT; i++)
        if (sqlite3_prepare_v3(q->db, statements[i], -1, SQLITE_PREPARE_PERSISTENT, &q->st[i],
                               NULL) != SQLITE_OK)
            rc = db_fail(q, err, "cannot prepare a statement");
    if (rc) {
        sqlite_close(&q->base, false, NULL);
        return NULL;
    }
    return &q->base;
}
