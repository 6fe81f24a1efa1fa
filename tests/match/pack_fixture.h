/*
 * pack_fixture.h - a matcher over a small test pack written to a temporary
 * rules folder that shares the shipped lexicons (status cues, context cues),
 * with the real tokenizer: for tests whose answers come from the shipped
 * cue lexicons around rules of their own.
 */
#ifndef PACK_FIXTURE_H
#define PACK_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "polex_match.h"
#include "polex_tokenize.h"

typedef struct fixture {
    char dir[64];
    polex_ruleset *rs;
    polex_matcher *m;
    polex_tokenizer *tk;
} fixture;

/* Writes pack as the folder's only rule file and loads it; 0 on success. */
static int pack_fixture_setup(fixture *f, const char *pack) {
    snprintf(f->dir, sizeof f->dir, "/tmp/polex-pack-XXXXXX");
    if (!mkdtemp(f->dir)) return -1;
    char path[300];
    snprintf(path, sizeof path, "%s/pack", f->dir);
    if (mkdir(path, 0700) != 0) return -1;
    snprintf(path, sizeof path, "%s/lexicons", f->dir);
    if (symlink(POLEX_RULES_DIR "/lexicons", path) != 0) return -1;
    snprintf(path, sizeof path, "%s/pack/t.yaml", f->dir);
    FILE *out = fopen(path, "w");
    if (!out) return -1;
    fputs(pack, out);
    fclose(out);
    polex_error err;
    polex_error_clear(&err);
    f->rs = polex_ruleset_load(f->dir, NULL, &err);
    if (!f->rs) {
        fprintf(stderr, "load: %s\n", err.message);
        return -1;
    }
    f->m = polex_matcher_new(f->rs, &err);
    polex_tokenizer_options o = {POLEX_RULES_DIR, NULL};
    f->tk = polex_tokenizer_new(&o, &err);
    if (!f->m || !f->tk) {
        fprintf(stderr, "setup: %s\n", err.message);
        return -1;
    }
    return 0;
}

/* Frees what pack_fixture_setup made and removes its folder. */
static int pack_fixture_teardown(fixture *f) {
    polex_matcher_free(f->m);
    polex_ruleset_free(f->rs);
    polex_tokenizer_free(f->tk);
    char cmd[200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
    return system(cmd) == 0 ? 0 : -1;
}

/* The cmocka group setup and teardown of a test file whose pack is pack_text;
 * each test gets the fixture as *state. */
#define PACK_FIXTURE(pack_text)                                                                    \
    static int setup(void **state) {                                                               \
        static fixture f;                                                                          \
        *state = &f;                                                                               \
        return pack_fixture_setup(&f, pack_text);                                                  \
    }                                                                                              \
    static int teardown(void **state) {                                                            \
        return pack_fixture_teardown(*state);                                                      \
    }

#endif
