/* match.c - placeholder until the match stage lands. */
#include "polex_match.h"

polex_ruleset *polex_ruleset_load(const char *dir, const polex_match_limits *limits,
                                  polex_error *err) {
    (void)dir;
    (void)limits;
    polex_fail(err, POLEX_ERR_INTERNAL, "match", "not implemented");
    return NULL;
}
void polex_ruleset_free(polex_ruleset *rules) {
    (void)rules;
}
size_t polex_ruleset_count(const polex_ruleset *rules) {
    (void)rules;
    return 0;
}
polex_matcher *polex_matcher_new(const polex_ruleset *rules, polex_error *err) {
    (void)rules;
    polex_fail(err, POLEX_ERR_INTERNAL, "match", "not implemented");
    return NULL;
}
void polex_matcher_free(polex_matcher *m) {
    (void)m;
}
polex_status polex_match(polex_matcher *m, polex_doc *doc, polex_error *err) {
    (void)m;
    (void)doc;
    return polex_fail(err, POLEX_ERR_INTERNAL, "match", "not implemented");
}
