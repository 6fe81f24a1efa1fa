/*
 * test_golden.c - golden inputs -> exact polex.doc/1 and polex.error/1
 * records. Every file under golden/in is read through polex_source (as
 * `polex ingest golden/in` would) and the records are compared, line for
 * line, with golden/expected/ingest.jsonl. Paragraph ranges are also checked
 * to slice back to the text between separators.
 *
 * To review a change: POLEX_GOLDEN_WRITE=1 writes the actual records to
 * golden/expected/ingest.jsonl.actual for a diff.
 */
#include "ingest_test_util.h"

#include "polex_record.h"

#include <unistd.h>

static char *slurp(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long sz = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)sz + 1);
    assert_non_null(buf);
    *n = fread(buf, 1, (size_t)sz, f);
    buf[*n] = '\0';
    fclose(f);
    return buf;
}

static void append(char **out, size_t *len, size_t *cap, const char *s) {
    size_t n = strlen(s);
    if (*len + n + 2 > *cap) {
        *cap = (*len + n + 2) * 2;
        *out = realloc(*out, *cap);
        assert_non_null(*out);
    }
    memcpy(*out + *len, s, n);
    *len += n;
    (*out)[(*len)++] = '\n';
    (*out)[*len] = '\0';
}

static void golden_records(void **state) {
    (void)state;
    assert_int_equal(chdir(POLEX_TEST_DATA), 0);
    const char *paths[] = {"golden/in"};
    polex_source *src = polex_source_new(paths, 1);
    char *out = NULL;
    size_t len = 0, cap = 0, docs = 0, errors = 0;
    for (;;) {
        polex_blob blob;
        polex_error err;
        polex_status rc = polex_source_next(src, &blob, &err);
        if (rc == POLEX_OK && !blob.data) break;
        polex_doc *doc = NULL;
        if (rc == POLEX_OK) rc = polex_ingest_blob(&blob, &doc, &err);
        char *json =
            rc == POLEX_OK ? polex_doc_to_json(doc, POLEX_REC_DOC) : polex_error_to_json(&err);
        assert_non_null(json);
        append(&out, &len, &cap, json);
        free(json);
        if (doc) {
            assert_well_formed(doc);
            docs++;
        } else {
            errors++;
        }
        polex_doc_free(doc);
    }
    polex_source_free(src);
    assert_int_equal(docs, 5);
    assert_int_equal(errors, 1);

    if (getenv("POLEX_GOLDEN_WRITE")) {
        FILE *f = fopen("golden/expected/ingest.jsonl.actual", "wb");
        assert_non_null(f);
        fwrite(out, 1, len, f);
        fclose(f);
    }
    size_t want_len = 0;
    char *want = slurp("golden/expected/ingest.jsonl", &want_len);
    assert_non_null(want);
    /* Compare line by line so a failure names the record. */
    const char *a = out, *b = want;
    for (int line = 1; *a || *b; line++) {
        size_t la = strcspn(a, "\n"), lb = strcspn(b, "\n");
        if (la != lb || memcmp(a, b, la) != 0)
            fail_msg("record %d differs:\n  got  %.*s\n  want %.*s", line, (int)la, a, (int)lb, b);
        a += la + (a[la] == '\n');
        b += lb + (b[lb] == '\n');
    }
    free(want);
    free(out);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(golden_records),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
