/* link.c - placeholder until the link stage lands. */
#include "polex_link.h"

polex_gazetteer *polex_gazetteer_load(const char *rules_dir, polex_error *err) {
    (void)rules_dir;
    polex_fail(err, POLEX_ERR_INTERNAL, "link", "not implemented");
    return NULL;
}
void polex_gazetteer_free(polex_gazetteer *gaz) {
    (void)gaz;
}
polex_linker *polex_linker_new(const polex_gazetteer *gaz, const char *rules_dir,
                               polex_error *err) {
    (void)gaz;
    (void)rules_dir;
    polex_fail(err, POLEX_ERR_INTERNAL, "link", "not implemented");
    return NULL;
}
void polex_linker_free(polex_linker *linker) {
    (void)linker;
}
polex_status polex_link(polex_linker *linker, polex_doc *doc, polex_error *err) {
    (void)linker;
    (void)doc;
    return polex_fail(err, POLEX_ERR_INTERNAL, "link", "not implemented");
}
