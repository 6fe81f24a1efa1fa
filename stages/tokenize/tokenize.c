/* tokenize.c - placeholder until the tokenize stage lands. */
#include "polex_tokenize.h"

polex_tokenizer *polex_tokenizer_new(const polex_tokenizer_options *opts, polex_error *err) {
    (void)opts;
    polex_fail(err, POLEX_ERR_INTERNAL, "tokenize", "not implemented");
    return NULL;
}
polex_status polex_tokenize(polex_tokenizer *tok, polex_doc *doc, polex_error *err) {
    (void)tok;
    (void)doc;
    return polex_fail(err, POLEX_ERR_INTERNAL, "tokenize", "not implemented");
}
void polex_tokenizer_free(polex_tokenizer *tok) {
    (void)tok;
}
