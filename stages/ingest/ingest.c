/* ingest.c - placeholder until the ingest stage lands. */
#include "polex_ingest.h"

#include <stdlib.h>

polex_source *polex_source_new(const char *const *paths, size_t n) {
    (void)paths;
    (void)n;
    return NULL;
}
polex_status polex_source_next(polex_source *src, polex_blob *blob, polex_error *err) {
    (void)src;
    (void)err;
    blob->data = NULL;
    return POLEX_OK;
}
void polex_source_free(polex_source *src) {
    (void)src;
}
polex_status polex_ingest_blob(const polex_blob *blob, polex_doc **out, polex_error *err) {
    (void)blob;
    *out = NULL;
    return polex_fail(err, POLEX_ERR_INTERNAL, "ingest", "not implemented");
}
