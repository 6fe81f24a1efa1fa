/*
 * bench_tokenize.c - tokenize throughput on plain text (built, not a test).
 *
 *   bench_tokenize [--mb N] [FILE...]
 *
 * Documents are the given text files, or by default the article bodies of
 * ../shared/data/html-devset/ground-truth.json, the corpora/ .txt files and
 * the seed article. Each line is a paragraph. The documents are tokenized
 * once with a fresh tokenizer (cold: every word goes to Hunspell), then again
 * and again until N MB (default 200) have gone through (warm: the word cache
 * answers). Reports MB/s and tokens/s per core (CPU time of this process).
 */
#include "polex_tokenize.h"

#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct text {
    char *s;
    size_t n;
} text;

static text *texts;
static size_t n_texts, cap_texts, total_bytes;

static void add_text(const char *s, size_t n) {
    /* raw corpus files may be in other encodings: ingest's job, not ours */
    if (n == 0 || !polex_utf8_valid(s, n, NULL)) return;
    if (n_texts == cap_texts) {
        cap_texts = cap_texts ? cap_texts * 2 : 64;
        texts = realloc(texts, cap_texts * sizeof *texts);
        if (!texts) exit(1);
    }
    char *copy = malloc(n + 1);
    if (!copy) exit(1);
    memcpy(copy, s, n);
    copy[n] = '\0';
    texts[n_texts++] = (text){copy, n};
    total_bytes += n;
}

static void add_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return;
    static char buf[1 << 22];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    add_text(buf, n);
}

static void add_dir_txt(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n > 4 && strcmp(e->d_name + n - 4, ".txt") == 0) {
            char path[2048];
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            add_file(path);
        }
    }
    closedir(d);
}

static void add_devset(void) {
    char path[2048];
    snprintf(path, sizeof path, "%s/data/html-devset/ground-truth.json", POLEX_SHARED_DIR);
    json_t *root = json_load_file(path, 0, NULL);
    const char *key;
    json_t *v;
    json_object_foreach(root, key, v) {
        const char *body = json_string_value(json_object_get(v, "articleBody"));
        if (body) add_text(body, strlen(body));
    }
    json_decref(root);
}

static polex_doc *make_doc(const text *t) {
    polex_doc *doc = polex_doc_new();
    if (!doc) exit(1);
    doc->text = t->s;
    doc->text_len = t->n;
    size_t start = 0;
    for (size_t i = 0; i <= t->n; i++) {
        if (i == t->n || t->s[i] == '\n') {
            if (i > start) polex_doc_add_paragraph(doc, (uint32_t)start, (uint32_t)i);
            start = i + 1;
        }
    }
    return doc;
}

/* CPU time of this (single-threaded) process: the per-core figure, not
 * disturbed by other programs sharing the machine. */
static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Tokenizes every text once; adds bytes and tokens done. */
static int pass(polex_tokenizer *tk, size_t *bytes, size_t *tokens) {
    for (size_t i = 0; i < n_texts; i++) {
        polex_doc *doc = make_doc(&texts[i]);
        polex_error err;
        if (polex_tokenize(tk, doc, &err) != POLEX_OK) {
            fprintf(stderr, "tokenize failed: %s\n", err.message);
            return 1;
        }
        *bytes += texts[i].n;
        *tokens += doc->n_tokens;
        polex_doc_free(doc);
    }
    return 0;
}

static void report(const char *what, size_t bytes, size_t tokens, double secs) {
    printf("%-6s %8.1f MB in %6.2f s CPU  %7.1f MB/s  %6.2f M tokens/s  (%zu tokens)\n", what,
           (double)bytes / 1e6, secs, (double)bytes / 1e6 / secs, (double)tokens / 1e6 / secs,
           tokens);
}

int main(int argc, char **argv) {
    double target_mb = 200;
    int i = 1;
    if (argc > 2 && strcmp(argv[1], "--mb") == 0) target_mb = strtod(argv[2], NULL), i = 3;
    for (; i < argc; i++)
        add_file(argv[i]);
    if (n_texts == 0) {
        add_devset();
        add_dir_txt(POLEX_TEST_DATA "/../../corpora/dev/docs");
        add_dir_txt(POLEX_TEST_DATA "/../../corpora/test/docs");
        char seed[2048];
        snprintf(seed, sizeof seed, "%s/examples/seed-article.txt", POLEX_SHARED_DIR);
        add_file(seed);
    }
    if (n_texts == 0) {
        fprintf(stderr, "no input text\n");
        return 1;
    }
    printf("corpus: %zu documents, %.2f MB of plain text (UTF-8 only)\n", n_texts,
           (double)total_bytes / 1e6);
    polex_error err;
    polex_tokenizer_options o = {POLEX_RULES_DIR, NULL};
    double t_new = now();
    polex_tokenizer *tk = polex_tokenizer_new(&o, &err);
    printf(
        "setup  polex_tokenizer_new: %.3f s CPU (Hunspell dictionary, lexicons, repair filter)\n",
        now() - t_new);
    if (!tk) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    size_t bytes = 0, tokens = 0;
    double t0 = now();
    if (pass(tk, &bytes, &tokens)) return 1;
    report("cold", bytes, tokens, now() - t0);
    bytes = tokens = 0;
    t0 = now();
    while ((double)bytes < target_mb * 1e6)
        if (pass(tk, &bytes, &tokens)) return 1;
    report("warm", bytes, tokens, now() - t0);
    polex_tokenizer_free(tk);
    for (size_t k = 0; k < n_texts; k++)
        free(texts[k].s);
    free(texts);
    return 0;
}
