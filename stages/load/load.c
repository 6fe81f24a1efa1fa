/* load.c - placeholder until the load stage lands. */
#include "polex_load.h"

polex_sink *polex_sink_open(const char *target, polex_error *err) {
    (void)target;
    polex_fail(err, POLEX_ERR_INTERNAL, "load", "not implemented");
    return NULL;
}
polex_status polex_sink_write_doc(polex_sink *sink, const polex_doc *doc, polex_error *err) {
    (void)sink;
    (void)doc;
    return polex_fail(err, POLEX_ERR_INTERNAL, "load", "not implemented");
}
polex_status polex_sink_write_event(polex_sink *sink, const polex_doc *doc,
                                    const polex_event *event, polex_error *err) {
    (void)sink;
    (void)doc;
    (void)event;
    return polex_fail(err, POLEX_ERR_INTERNAL, "load", "not implemented");
}
polex_status polex_sink_write_error(polex_sink *sink, const polex_error *e, polex_error *err) {
    (void)sink;
    (void)e;
    return polex_fail(err, POLEX_ERR_INTERNAL, "load", "not implemented");
}
polex_status polex_sink_flush(polex_sink *sink, polex_error *err) {
    (void)sink;
    (void)err;
    return POLEX_OK;
}
polex_status polex_sink_close(polex_sink *sink, polex_error *err) {
    (void)sink;
    (void)err;
    return POLEX_OK;
}
