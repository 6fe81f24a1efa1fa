/*
 * fuzz_ingest.c - a fuzz target for polex_ingest_blob, and its replay.
 *
 * Built with -DPOLEX_LIBFUZZER and -fsanitize=fuzzer it is a libFuzzer target;
 * otherwise main() replays every file under fuzz-corpus/ (kept in the repo:
 * seeds and any input that once broke something), so ordinary ctest runs it.
 * The first byte of an input picks the source name (and so the extension
 * hint) and the charset hint; the rest is the document.
 */
#include "polex_ingest.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char *const names[] = {"f.txt", "f.html", "f.xml", "f", "f.jsonl#1"};
    static const char *const charsets[] = {NULL, "utf-8", "windows-1252", "utf-16le", "koi8-r"};
    if (size == 0) return 0;
    polex_blob blob = {.source = names[data[0] % 5],
                       .data = (const char *)data + 1,
                       .len = size - 1,
                       .charset = charsets[(data[0] / 5) % 5]};
    polex_doc *doc = NULL;
    polex_error err;
    if (polex_ingest_blob(&blob, &doc, &err) == POLEX_OK) {
        /* The contract every document keeps. */
        if (!polex_utf8_valid(doc->text, doc->text_len, NULL)) abort();
        for (size_t i = 0; i < doc->n_paragraphs; i++) {
            polex_span sp = doc->paragraphs[i];
            if (sp.start >= sp.end || sp.end > doc->text_len) abort();
        }
    } else if (strcmp(err.stage, "ingest") != 0 || strlen(err.doc_id) != 32) {
        abort();
    }
    polex_doc_free(doc);
    return 0;
}

#ifndef POLEX_LIBFUZZER
static int replay(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return 1;
    uint8_t *buf = NULL;
    size_t len = 0, cap = 0, got;
    do {
        if (len == cap) {
            cap = cap ? cap * 2 : 65536;
            uint8_t *p = realloc(buf, cap);
            if (!p) break;
            buf = p;
        }
        got = fread(buf + len, 1, cap - len, f);
        len += got;
    } while (got > 0);
    fclose(f);
    LLVMFuzzerTestOneInput(buf, len);
    free(buf);
    return 0;
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(void) {
    const char *dir = POLEX_TEST_DATA "/fuzz-corpus";
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "cannot open %s\n", dir);
        return 1;
    }
    char *names[512];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && n < 512) {
        if (e->d_name[0] != '.') names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);
    int failed = 0;
    for (size_t i = 0; i < n; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        failed |= replay(path);
        free(names[i]);
    }
    printf("replayed %zu inputs\n", n);
    /* Too few inputs means the corpus went missing: a test that ran nothing. */
    return failed || n < 10 ? 1 : 0;
}
#endif
