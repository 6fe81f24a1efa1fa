/*
 * load_pg.c - the PostgreSQL sink: the tables of load_schema.c, upserts
 * (INSERT ... ON CONFLICT DO UPDATE) through statements prepared once, in
 * transactions of about batch_rows rows. Writes go through libpq's pipeline
 * mode: up to PIPE_DEPTH statements are sent before their results are read,
 * so the sink does not wait one network round trip per row. A failure
 * therefore surfaces at the next sync (at most PIPE_DEPTH statements later,
 * or on flush/close); it fails the sink and rolls back the open transaction.
 *
 * Many writers may load into one database at once: the tables are created
 * under an advisory lock, rows are keyed by content ids, and writers that
 * work on different documents touch different rows. Two writers loading the
 * same documents at the same moment may deadlock; PostgreSQL then fails one
 * of them, whose sink reports POLEX_ERR_DB (a re-run of its shard repairs it).
 */
#include <libpq-fe.h>
#include <stdlib.h>
#include <string.h>

#include "load_internal.h"
#include "load_schema.h"

/* "polex": the advisory lock held while the tables are created */
static const long long schema_lock = 0x706f6c6578LL;

enum { MAX_PARAMS = LOAD_EVENT_COLS, SQL_MAX = 2048 };

/* Statements in flight before a sync. Their results (about 25 bytes each) fit
 * in the socket buffers, so blocking sends cannot deadlock with the server. */
enum { PIPE_DEPTH = 256 };

typedef struct pg_sink {
    polex_sink base;
    PGconn *conn;
    size_t pending;
    bool in_tx;
    bool piped;      /* in pipeline mode (after set-up) */
    size_t queued;   /* statements sent since the last sync */
    char where[200]; /* host/db for messages, never the password */
} pg_sink;

static void quiet(void *arg, const char *message) {
    (void)arg;
    (void)message; /* the library never prints; notices carry nothing we act on */
}

static polex_status pg_fail(pg_sink *p, polex_error *err, const char *what, const PGresult *res) {
    const char *msg = res ? PQresultErrorMessage(res) : "";
    if (!*msg) msg = p->conn ? PQerrorMessage(p->conn) : "out of memory";
    size_t n = strlen(msg);
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        n--;
    polex_fail(err, POLEX_ERR_DB, "load", "PostgreSQL %s: %s: %.*s", p->where, what, (int)n, msg);
    if (err) snprintf(err->source, sizeof err->source, "%s", p->where);
    return POLEX_ERR_DB;
}

static polex_status exec(pg_sink *p, const char *sql, polex_error *err) {
    PGresult *res = PQexec(p->conn, sql);
    ExecStatusType st = PQresultStatus(res);
    polex_status rc = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK
                          ? POLEX_OK
                          : pg_fail(p, err, "statement failed", res);
    PQclear(res);
    return rc;
}

/* Reads the results of everything sent since the last sync; the first error wins. */
static polex_status drain(pg_sink *p, polex_error *err) {
    if (!PQpipelineSync(p->conn)) return pg_fail(p, err, "cannot sync", NULL);
    polex_status rc = POLEX_OK;
    size_t gaps = 0; /* NULLs separate commands: more than queued + 1 means we are lost */
    for (;;) {
        PGresult *res = PQgetResult(p->conn);
        if (!res) {
            if (PQstatus(p->conn) != CONNECTION_OK || ++gaps > p->queued + 1) {
                if (!rc) rc = pg_fail(p, err, "connection lost", NULL);
                break;
            }
            continue;
        }
        ExecStatusType st = PQresultStatus(res);
        if (st == PGRES_FATAL_ERROR && !rc) rc = pg_fail(p, err, "write failed", res);
        PQclear(res);
        if (st == PGRES_PIPELINE_SYNC) break;
    }
    p->queued = 0;
    return rc;
}

/* Sends a parameterless command: queued in pipeline mode, at once during set-up. */
static polex_status command(pg_sink *p, const char *sql, polex_error *err) {
    if (!p->piped) return exec(p, sql, err);
    if (!PQsendQueryParams(p->conn, sql, 0, NULL, NULL, NULL, NULL, 0))
        return pg_fail(p, err, "cannot send", NULL);
    p->queued++;
    return POLEX_OK;
}

static polex_status commit(pg_sink *p, polex_error *err) {
    if (!p->in_tx) return POLEX_OK;
    polex_status rc = command(p, "COMMIT", err);
    if (!rc && p->piped) rc = drain(p, err);
    p->in_tx = false; /* a failed COMMIT ends the transaction too */
    p->pending = 0;
    return rc;
}

static polex_status begin(pg_sink *p, polex_error *err) {
    if (p->in_tx) return POLEX_OK;
    polex_status rc = command(p, "BEGIN", err);
    if (!rc) p->in_tx = true;
    return rc;
}

/* "INSERT INTO t(c1, ...) VALUES ($1, ...) ON CONFLICT (keys) DO UPDATE SET c = EXCLUDED.c"
 * for the columns after the first n_keys; n_keys 0 means DO NOTHING on any conflict. */
static void upsert(char out[SQL_MAX], const char *table, const char *const *cols, int n,
                   const char *keys, int n_keys) {
    int len = snprintf(out, SQL_MAX, "INSERT INTO %s(", table);
    for (int i = 0; i < n; i++)
        len += snprintf(out + len, SQL_MAX - (size_t)len, "%s\"%s\"", i ? ", " : "", cols[i]);
    len += snprintf(out + len, SQL_MAX - (size_t)len, ") VALUES (");
    for (int i = 0; i < n; i++)
        len += snprintf(out + len, SQL_MAX - (size_t)len, "%s$%d", i ? ", " : "", i + 1);
    if (n_keys == 0) {
        snprintf(out + len, SQL_MAX - (size_t)len, ") ON CONFLICT DO NOTHING");
        return;
    }
    len += snprintf(out + len, SQL_MAX - (size_t)len, ") ON CONFLICT (%s) DO UPDATE SET ", keys);
    for (int i = n_keys; i < n; i++)
        len += snprintf(out + len, SQL_MAX - (size_t)len, "%s\"%s\" = EXCLUDED.\"%s\"",
                        i > n_keys ? ", " : "", cols[i], cols[i]);
}

/* The errors table keys on four of its columns, which are not its first ones. */
static const char error_upsert[] =
    "INSERT INTO errors(stage, doc_id, source, code, \"offset\", message)"
    " VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (source, stage, doc_id, message)"
    " DO UPDATE SET code = EXCLUDED.code, \"offset\" = EXCLUDED.\"offset\"";

static polex_status prepare(pg_sink *p, polex_error *err) {
    char sql[ST_COUNT][SQL_MAX];
    static const int n_params[ST_COUNT] = {LOAD_DOC_COLS, LOAD_DOC_COLS,  1, 1, LOAD_EVENT_COLS, 1,
                                           LOAD_JUR_COLS, LOAD_ERROR_COLS};
    upsert(sql[ST_PUT_DOC], "documents", load_doc_columns, LOAD_DOC_COLS, "doc_id", 1);
    upsert(sql[ST_ADD_DOC], "documents", load_doc_columns, LOAD_DOC_COLS, NULL, 0);
    snprintf(sql[ST_DEL_DOC_JURS], SQL_MAX,
             "DELETE FROM event_jurisdictions WHERE event_id IN"
             " (SELECT event_id FROM events WHERE doc_id = $1)");
    snprintf(sql[ST_DEL_DOC_EVENTS], SQL_MAX, "DELETE FROM events WHERE doc_id = $1");
    upsert(sql[ST_PUT_EVENT], "events", load_event_columns, LOAD_EVENT_COLS, "event_id", 1);
    snprintf(sql[ST_DEL_EVENT_JURS], SQL_MAX,
             "DELETE FROM event_jurisdictions WHERE event_id = $1");
    upsert(sql[ST_PUT_JUR], "event_jurisdictions", load_jur_columns, LOAD_JUR_COLS, "event_id, ord",
           2);
    snprintf(sql[ST_PUT_ERROR], SQL_MAX, "%s", error_upsert);
    for (int i = 0; i < ST_COUNT; i++) {
        char name[16];
        snprintf(name, sizeof name, "polex_%d", i);
        PGresult *res = PQprepare(p->conn, name, sql[i], n_params[i], NULL);
        bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
        polex_status rc = ok ? POLEX_OK : pg_fail(p, err, "cannot prepare a statement", res);
        PQclear(res);
        if (rc) return rc;
    }
    return POLEX_OK;
}

/* Runs prepared statement `which`: text goes in binary format (raw bytes with a
 * length, so slices of the document need no copy), numbers as decimal text. */
static polex_status run(pg_sink *p, int which, const load_value *row, int n, polex_error *err) {
    const char *values[MAX_PARAMS];
    int lengths[MAX_PARAMS], formats[MAX_PARAMS];
    char num[MAX_PARAMS][32];
    for (int i = 0; i < n; i++) {
        const load_value *v = &row[i];
        lengths[i] = 0;
        formats[i] = 0;
        values[i] = num[i];
        if (v->kind == LV_NULL) {
            values[i] = NULL;
        } else if (v->kind == LV_TEXT) {
            if (v->len > 0x7fffffff)
                return polex_fail(err, POLEX_ERR_LIMIT, "load", "value over 2 GiB");
            values[i] = v->s;
            lengths[i] = (int)v->len;
            formats[i] = 1;
        } else if (v->kind == LV_INT) {
            snprintf(num[i], sizeof num[i], "%lld", (long long)v->i);
        } else {
            load_format_real(v->d, num[i]);
        }
    }
    char name[16];
    snprintf(name, sizeof name, "polex_%d", which);
    if (!PQsendQueryPrepared(p->conn, name, n, values, lengths, formats, 0))
        return pg_fail(p, err, "cannot send", NULL);
    p->pending++;
    return ++p->queued >= PIPE_DEPTH ? drain(p, err) : POLEX_OK;
}

static polex_status db_begin(polex_sink *s, polex_error *err) {
    return begin((pg_sink *)s, err);
}

static polex_status db_commit(polex_sink *s, polex_error *err) {
    return commit((pg_sink *)s, err);
}

static polex_status db_run(polex_sink *s, int which, const load_value *row, int n,
                           polex_error *err) {
    return run((pg_sink *)s, which, row, n, err);
}

static size_t db_pending(const polex_sink *s) {
    return ((const pg_sink *)s)->pending;
}

static const db_ops pg_db = {db_begin, db_commit, db_run, db_pending};

static polex_status pg_doc(polex_sink *s, const polex_doc *doc, polex_error *err) {
    return load_db_doc(s, &pg_db, doc, err);
}

static polex_status pg_event(polex_sink *s, const polex_doc *doc, const polex_event *ev,
                             polex_error *err) {
    return load_db_event(s, &pg_db, doc, ev, err);
}

static polex_status pg_error(polex_sink *s, const polex_error *e, polex_error *err) {
    return load_db_error(s, &pg_db, e, err);
}

static polex_status pg_flush(polex_sink *s, polex_error *err) {
    return commit((pg_sink *)s, err);
}

static polex_status pg_close(polex_sink *s, bool keep, polex_error *err) {
    pg_sink *p = (pg_sink *)s;
    polex_status rc = POLEX_OK;
    if (p->in_tx && p->conn && PQstatus(p->conn) == CONNECTION_OK) {
        if (keep) rc = commit(p, err);
        if (!keep || rc) {
            /* after a failed sync the server has aborted the transaction: end it */
            if (!command(p, "ROLLBACK", NULL) && p->piped) drain(p, NULL);
        }
    }
    PQfinish(p->conn);
    free(p);
    return rc;
}

static const sink_ops pg_ops = {pg_doc, pg_event, pg_error, pg_flush, pg_close};

/* Whether the tables exist: meta is created in the same transaction as the
 * others. This reads pg_class with a fresh snapshot: a name lookup such as
 * to_regclass may answer from a stale cache inside a transaction. */
static polex_status have_schema(pg_sink *p, bool *yes, polex_error *err) {
    PGresult *res = PQexec(p->conn, "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN"
                                    " pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE"
                                    " c.relname = 'meta' AND n.nspname = current_schema())");
    polex_status rc = PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1
                          ? POLEX_OK
                          : pg_fail(p, err, "cannot look for the tables", res);
    *yes = !rc && strcmp(PQgetvalue(res, 0, 0), "t") == 0;
    PQclear(res);
    return rc;
}

/* Creates the tables unless they exist. Even CREATE ... IF NOT EXISTS takes
 * table locks that deadlock with writers already loading, so the DDL runs only
 * when the tables are missing, checked again under the advisory lock. */
static polex_status create_schema(pg_sink *p, polex_error *err) {
    bool exists;
    polex_status rc = have_schema(p, &exists, err);
    if (rc || exists) return rc;
    char lock[64];
    snprintf(lock, sizeof lock, "SELECT pg_advisory_xact_lock(%lld)", schema_lock);
    rc = begin(p, err);
    if (!rc) rc = exec(p, lock, err);
    if (!rc) rc = have_schema(p, &exists, err);
    if (!rc && !exists) rc = exec(p, load_pg_ddl, err);
    if (!rc) return commit(p, err);
    exec(p, "ROLLBACK", NULL);
    p->in_tx = false;
    return rc;
}

static polex_status prepare_schema(pg_sink *p, polex_error *err) {
    polex_status rc = create_schema(p, err);
    if (rc) return rc;
    PGresult *res = PQexec(p->conn, "SELECT value FROM meta WHERE key = 'schema_version'");
    if (PQresultStatus(res) != PGRES_TUPLES_OK) {
        rc = pg_fail(p, err, "cannot read the schema version", res);
    } else {
        const char *v = PQntuples(res) == 1 ? PQgetvalue(res, 0, 0) : NULL;
        if (!v || strcmp(v, "1") != 0)
            rc = polex_fail(err, POLEX_ERR_DB, "load",
                            "PostgreSQL %s has schema version %.20s; this polex writes version %d",
                            p->where, v ? v : "(none)", POLEX_LOAD_SCHEMA_VERSION);
    }
    PQclear(res);
    return rc;
}

polex_sink *load_pg_open(const char *url, const polex_sink_options *opts, polex_error *err) {
    pg_sink *p = calloc(1, sizeof *p);
    if (!p) {
        polex_fail(err, POLEX_ERR_NOMEM, "load", "out of memory");
        return NULL;
    }
    p->base.ops = &pg_ops;
    p->base.opts = *opts;
    p->conn = PQconnectdb(url);
    polex_status rc = POLEX_OK;
    if (!p->conn) {
        rc = polex_fail(err, POLEX_ERR_NOMEM, "load", "out of memory");
    } else {
        snprintf(p->where, sizeof p->where, "%s/%s", PQhost(p->conn) ? PQhost(p->conn) : "",
                 PQdb(p->conn) ? PQdb(p->conn) : "");
        PQsetNoticeProcessor(p->conn, quiet, NULL);
        if (PQstatus(p->conn) != CONNECTION_OK)
            rc = pg_fail(p, err, "cannot connect", NULL);
        else if (PQsetClientEncoding(p->conn, "UTF8") != 0)
            rc = pg_fail(p, err, "cannot use UTF-8", NULL);
    }
    if (!rc) rc = prepare_schema(p, err);
    if (!rc) rc = prepare(p, err);
    if (!rc && !(p->piped = PQenterPipelineMode(p->conn) == 1))
        rc = pg_fail(p, err, "cannot enter pipeline mode", NULL);
    if (rc) {
        pg_close(&p->base, false, NULL);
        return NULL;
    }
    return &p->base;
}
