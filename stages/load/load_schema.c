/*
 * load_schema.c - the database schema, version 1 (SQLite and PostgreSQL).
 *
 *   meta(key TEXT PRIMARY KEY, value TEXT)
 *       ('schema_version', '1'): a sink refuses a database of another version.
 *   documents(doc_id TEXT PRIMARY KEY, source, url, title, published, format,
 *             bytes INTEGER, text)
 *       One row per document; written again on a re-run (replaced).
 *   events(event_id TEXT PRIMARY KEY, doc_id, type, action, status,
 *          actor_text, actor_kind, amount_text, amount_value REAL, currency,
 *          date_text, date_value, date_precision, attribution, evidence_text,
 *          evidence_start INTEGER, evidence_end INTEGER, rule, confidence REAL)
 *       Index on doc_id. Writing a document deletes its earlier events (and
 *       their jurisdictions) first, so re-loading a changed document leaves
 *       only the events that still fire.
 *   event_jurisdictions(event_id, ord INTEGER, text, ocd_id, geoid, level,
 *                       role, generic INTEGER 0/1, min_count INTEGER,
 *                       PRIMARY KEY (event_id, ord))
 *       The event's jurisdictions in record order. Index on ocd_id.
 *   errors(id INTEGER PRIMARY KEY, stage, doc_id, source, code, "offset"
 *          INTEGER, message, UNIQUE (source, stage, doc_id, message))
 *       One row per distinct failure; a re-run updates it instead of adding
 *       one. "offset" is an SQL keyword: quote it in queries.
 * Columns not marked are TEXT; nulls are SQL NULL, except that the errors
 * key columns hold '' when unknown (so the UNIQUE key matches on re-runs).
 * events.actor_kind is 'other' when an actor has no kind; amount_value,
 * currency, date_value and date_precision are NULL when their amount or date
 * is; event_jurisdictions.min_count is set for generic mentions only, whose
 * ocd_id, geoid and level are NULL. A document written without text (an
 * event-only document read back from JSON) only adds a row when none exists.
 * PostgreSQL uses BIGINT, DOUBLE PRECISION and BIGSERIAL for the INTEGER,
 * REAL and id columns.
 */
#include "load_schema.h"

const char load_sqlite_ddl[] =
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);\n"
    "CREATE TABLE IF NOT EXISTS documents(doc_id TEXT PRIMARY KEY, source TEXT, url TEXT,"
    " title TEXT, published TEXT, format TEXT, bytes INTEGER, text TEXT);\n"
    "CREATE TABLE IF NOT EXISTS events(event_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL,"
    " type TEXT NOT NULL, action TEXT NOT NULL, status TEXT NOT NULL, actor_text TEXT,"
    " actor_kind TEXT, amount_text TEXT, amount_value REAL, currency TEXT, date_text TEXT,"
    " date_value TEXT, date_precision TEXT, attribution TEXT, evidence_text TEXT,"
    " evidence_start INTEGER, evidence_end INTEGER, rule TEXT, confidence REAL);\n"
    "CREATE INDEX IF NOT EXISTS events_doc_id ON events(doc_id);\n"
    "CREATE TABLE IF NOT EXISTS event_jurisdictions(event_id TEXT NOT NULL,"
    " ord INTEGER NOT NULL, text TEXT, ocd_id TEXT, geoid TEXT, level TEXT, role TEXT,"
    " generic INTEGER NOT NULL, min_count INTEGER, PRIMARY KEY (event_id, ord));\n"
    "CREATE INDEX IF NOT EXISTS event_jurisdictions_ocd_id ON event_jurisdictions(ocd_id);\n"
    "CREATE TABLE IF NOT EXISTS errors(id INTEGER PRIMARY KEY, stage TEXT NOT NULL,"
    " doc_id TEXT NOT NULL, source TEXT NOT NULL, code TEXT, \"offset\" INTEGER,"
    " message TEXT NOT NULL, UNIQUE (source, stage, doc_id, message));\n"
    "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '1');\n";

const char load_pg_ddl[] =
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);\n"
    "CREATE TABLE IF NOT EXISTS documents(doc_id TEXT PRIMARY KEY, source TEXT, url TEXT,"
    " title TEXT, published TEXT, format TEXT, bytes BIGINT, text TEXT);\n"
    "CREATE TABLE IF NOT EXISTS events(event_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL,"
    " type TEXT NOT NULL, action TEXT NOT NULL, status TEXT NOT NULL, actor_text TEXT,"
    " actor_kind TEXT, amount_text TEXT, amount_value DOUBLE PRECISION, currency TEXT,"
    " date_text TEXT, date_value TEXT, date_precision TEXT, attribution TEXT,"
    " evidence_text TEXT, evidence_start BIGINT, evidence_end BIGINT, rule TEXT,"
    " confidence DOUBLE PRECISION);\n"
    "CREATE INDEX IF NOT EXISTS events_doc_id ON events(doc_id);\n"
    "CREATE TABLE IF NOT EXISTS event_jurisdictions(event_id TEXT NOT NULL,"
    " ord BIGINT NOT NULL, text TEXT, ocd_id TEXT, geoid TEXT, level TEXT, role TEXT,"
    " generic BIGINT NOT NULL, min_count BIGINT, PRIMARY KEY (event_id, ord));\n"
    "CREATE INDEX IF NOT EXISTS event_jurisdictions_ocd_id ON event_jurisdictions(ocd_id);\n"
    "CREATE TABLE IF NOT EXISTS errors(id BIGSERIAL PRIMARY KEY, stage TEXT NOT NULL,"
    " doc_id TEXT NOT NULL, source TEXT NOT NULL, code TEXT, \"offset\" BIGINT,"
    " message TEXT NOT NULL, UNIQUE (source, stage, doc_id, message));\n"
    "INSERT INTO meta(key, value) VALUES ('schema_version', '1') ON CONFLICT DO NOTHING;\n";
