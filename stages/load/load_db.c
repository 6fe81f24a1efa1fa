/* load_db.c - the rows of documents, events and errors, for any database backend. */
#include "load_internal.h"

polex_status load_db_doc(polex_sink *s, const db_ops *db, const polex_doc *doc, polex_error *err) {
    load_value row[LOAD_DOC_COLS];
    polex_status rc = load_doc_row(doc, row, err);
    if (rc) return rc;
    /* commit only at a document boundary, so a batch never splits a document */
    if (db->pending(s) >= s->opts.batch_rows && (rc = db->commit(s, err))) return rc;
    if ((rc = db->begin(s, err))) return rc;
    if (!doc->text || !doc->text_len) return db->run(s, ST_ADD_DOC, row, LOAD_DOC_COLS, err);
    rc = db->run(s, ST_DEL_DOC_JURS, row, 1, err);
    if (!rc) rc = db->run(s, ST_DEL_DOC_EVENTS, row, 1, err);
    if (!rc) rc = db->run(s, ST_PUT_DOC, row, LOAD_DOC_COLS, err);
    return rc;
}

/* Commits a transaction that grew past the hard bound, then makes sure one is open. */
static polex_status ready(polex_sink *s, const db_ops *db, polex_error *err) {
    if (db->pending(s) >= 4 * s->opts.batch_rows) {
        polex_status rc = db->commit(s, err);
        if (rc) return rc;
    }
    return db->begin(s, err);
}

polex_status load_db_event(polex_sink *s, const db_ops *db, const polex_doc *doc,
                           const polex_event *ev, polex_error *err) {
    load_value row[LOAD_EVENT_COLS];
    polex_status rc = load_event_row(doc, ev, row, err);
    if (rc || (rc = ready(s, db, err))) return rc;
    rc = db->run(s, ST_PUT_EVENT, row, LOAD_EVENT_COLS, err);
    if (!rc) rc = db->run(s, ST_DEL_EVENT_JURS, row, 1, err);
    for (size_t i = 0; !rc && i < ev->n_jurisdictions; i++) {
        load_value jrow[LOAD_JUR_COLS];
        load_jur_row(ev, i, jrow);
        rc = db->run(s, ST_PUT_JUR, jrow, LOAD_JUR_COLS, err);
    }
    return rc;
}

polex_status load_db_error(polex_sink *s, const db_ops *db, const polex_error *e,
                           polex_error *err) {
    load_value row[LOAD_ERROR_COLS];
    load_error_row(e, row);
    polex_status rc = ready(s, db, err);
    return rc ? rc : db->run(s, ST_PUT_ERROR, row, LOAD_ERROR_COLS, err);
}
