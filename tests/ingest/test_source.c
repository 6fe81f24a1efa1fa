/* test_source.c - walking inputs: directories, gzip, JSON Lines, WARC, stdin, limits. */
#include "ingest_test_util.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

static char tmpdir[256];

static int make_tmp(void **state) {
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/polex-ingest-XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int remove_tmp(void **state) {
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

static const char *path_of(const char *name) {
    static char buf[8][512];
    static int k;
    k = (k + 1) % 8;
    snprintf(buf[k], sizeof buf[k], "%s/%s", tmpdir, name);
    return buf[k];
}

static void write_file(const char *name, const void *data, size_t n) {
    FILE *f = fopen(path_of(name), "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, n, f), n);
    fclose(f);
}

static void write_gz(const char *name, const void *data, size_t n) {
    gzFile g = gzopen(path_of(name), "wb");
    assert_non_null(g);
    assert_int_equal(gzwrite(g, data, (unsigned)n), (int)n);
    gzclose(g);
}

static void mkdir_in(const char *name) {
    assert_int_equal(mkdir(path_of(name), 0755), 0);
}

/* Next blob; asserts success and returns it. */
static polex_blob next_ok(polex_source *src) {
    polex_blob b;
    polex_error err;
    polex_status rc = polex_source_next(src, &b, &err);
    if (rc != POLEX_OK) fail_msg("unexpected error from %s: %s", err.source, err.message);
    return b;
}

static polex_error next_fails(polex_source *src, polex_status code) {
    polex_blob b;
    polex_error err;
    assert_int_equal(polex_source_next(src, &b, &err), code);
    assert_null(b.data);
    assert_string_equal(err.stage, "ingest");
    return err;
}

static void expect_blob(polex_source *src, const char *source, const char *data) {
    polex_blob b = next_ok(src);
    assert_non_null(b.data);
    assert_string_equal(b.source, source);
    assert_int_equal(b.len, strlen(data));
    assert_memory_equal(b.data, data, b.len);
}

static void expect_end(polex_source *src) {
    polex_blob b = next_ok(src);
    assert_null(b.data);
    b = next_ok(src); /* and stays at the end */
    assert_null(b.data);
}

static void directory_walk_is_sorted_and_skips_hidden(void **state) {
    (void)state;
    mkdir_in("walk");
    mkdir_in("walk/sub");
    mkdir_in("walk/.git");
    write_file("walk/b.txt", "bee", 3);
    write_file("walk/a.txt", "ay", 2);
    write_file("walk/sub/c.txt", "sea", 3);
    write_file("walk/.hidden.txt", "no", 2);
    write_file("walk/.git/x.txt", "no", 2);
    write_file("walk/Z.txt", "zed", 3);
    const char *paths[] = {path_of("walk")};
    polex_source *src = polex_source_new(paths, 1);
    assert_non_null(src);
    expect_blob(src, path_of("walk/Z.txt"), "zed"); /* byte order: 'Z' < 'a' */
    expect_blob(src, path_of("walk/a.txt"), "ay");
    expect_blob(src, path_of("walk/b.txt"), "bee");
    expect_blob(src, path_of("walk/sub/c.txt"), "sea");
    expect_end(src);
    polex_source_free(src);
}

static void missing_file_mid_walk_goes_on(void **state) {
    (void)state;
    mkdir_in("gone");
    write_file("gone/1.txt", "one", 3);
    write_file("gone/2.txt", "two", 3);
    write_file("gone/3.txt", "three", 5);
    assert_int_equal(symlink("/nonexistent/polex", path_of("gone/4.txt")), 0);
    write_file("gone/5.txt", "five", 4);
    const char *paths[] = {path_of("gone"), path_of("no-such-file.txt"), path_of("gone/1.txt")};
    polex_source *src = polex_source_new(paths, 3);
    expect_blob(src, path_of("gone/1.txt"), "one");
    /* Deleted after the directory was listed. */
    assert_int_equal(unlink(path_of("gone/2.txt")), 0);
    polex_error e = next_fails(src, POLEX_ERR_IO);
    assert_string_equal(e.source, path_of("gone/2.txt"));
    expect_blob(src, path_of("gone/3.txt"), "three");
    e = next_fails(src, POLEX_ERR_IO); /* dangling symlink */
    assert_string_equal(e.source, path_of("gone/4.txt"));
    expect_blob(src, path_of("gone/5.txt"), "five");
    e = next_fails(src, POLEX_ERR_IO);
    assert_string_equal(e.source, path_of("no-such-file.txt"));
    expect_blob(src, path_of("gone/1.txt"), "one");
    expect_end(src);
    polex_source_free(src);
}

static void gzip_plain_and_truncated(void **state) {
    (void)state;
    const char *text = "Judge halts grant conditions.\n\nThe county had sued in March.\n";
    write_gz("doc.txt.gz", text, strlen(text));
    /* A truncated copy: half of the compressed bytes. */
    char big[8192];
    for (size_t i = 0; i < sizeof big; i++)
        big[i] = (char)('a' + (i * 7919) % 26);
    write_gz("full.txt.gz", big, sizeof big);
    FILE *f = fopen(path_of("full.txt.gz"), "rb");
    char gz[16384];
    size_t n = fread(gz, 1, sizeof gz, f);
    fclose(f);
    write_file("cut.txt.gz", gz, n / 2);
    const char *paths[] = {path_of("doc.txt.gz"), path_of("cut.txt.gz"), path_of("doc.txt.gz")};
    polex_source *src = polex_source_new(paths, 3);
    polex_blob b = next_ok(src);
    assert_string_equal(b.source, path_of("doc.txt.gz"));
    assert_int_equal(b.len, strlen(text));
    assert_memory_equal(b.data, text, b.len);
    polex_doc *doc = NULL;
    polex_error err;
    assert_int_equal(polex_ingest_blob(&b, &doc, &err), POLEX_OK);
    assert_string_equal(doc->text,
                        "Judge halts grant conditions.\n\nThe county had sued in March.");
    assert_null(doc->title); /* ends with a period: a sentence, not a headline */
    polex_doc_free(doc);
    polex_error e = next_fails(src, POLEX_ERR_IO);
    assert_string_equal(e.source, path_of("cut.txt.gz"));
    assert_string_equal(e.message, "truncated gzip data");
    expect_blob(src, path_of("doc.txt.gz"), text);
    expect_end(src);
    polex_source_free(src);
}

static void json_lines(void **state) {
    (void)state;
    const char *jl = "{\"url\": \"https://example.com/a\", \"html\": \"<p>Hello</p>\"}\n"
                     "\n"
                     "{\"url\": \"https://example.com/b\", \"text\": \"Plain \\u00e9 text\"}\n"
                     "{\"url\": \"https://example.com/c\", \"html\": \n"
                     "{\"url\": \"https://example.com/d\"}\n"
                     "{\"text\": \"last\"}";
    write_file("feed.jsonl", jl, strlen(jl));
    write_gz("feed2.jsonl.gz", jl, strlen(jl));
    const char *paths[] = {path_of("feed.jsonl"), path_of("feed2.jsonl.gz")};
    polex_source *src = polex_source_new(paths, 2);
    for (int round = 0; round < 2; round++) {
        const char *file = path_of(round ? "feed2.jsonl.gz" : "feed.jsonl");
        char name[600];
        polex_blob b = next_ok(src);
        snprintf(name, sizeof name, "%s#1", file);
        assert_string_equal(b.source, name);
        assert_string_equal(b.url, "https://example.com/a");
        assert_string_equal(b.format, "html");
        assert_int_equal(b.len, 12);
        assert_memory_equal(b.data, "<p>Hello</p>", 12);
        b = next_ok(src);
        snprintf(name, sizeof name, "%s#3", file);
        assert_string_equal(b.source, name);
        assert_string_equal(b.format, "text");
        assert_string_equal(b.data, "Plain \xC3\xA9 text");
        polex_error e = next_fails(src, POLEX_ERR_INPUT);
        snprintf(name, sizeof name, "%s#4", file);
        assert_string_equal(e.source, name);
        assert_int_equal(e.offset, 4);
        e = next_fails(src, POLEX_ERR_INPUT);
        assert_non_null(strstr(e.message, "no \"html\" or \"text\""));
        b = next_ok(src);
        assert_null(b.url);
        assert_string_equal(b.data, "last");
    }
    expect_end(src);
    polex_source_free(src);
}

/* A record's date dates a document whose own text gives none; the text's
 * own date wins, and a record date that is no date is ignored. */
static void record_dates(void **state) {
    (void)state;
    const char *jl = "{\"published\": \"2025-07-17T14:03:00Z\", \"text\": \"BOSTON, July 17 - "
                     "The council voted.\"}\n"
                     "{\"date\": \"2024-01-02\", \"text\": \"WASHINGTON, Jan. 25, 2025 - It "
                     "voted.\"}\n"
                     "{\"date\": \"soon\", \"text\": \"The council voted.\"}\n";
    write_file("dated.jsonl", jl, strlen(jl));
    const char *paths[] = {path_of("dated.jsonl")};
    polex_source *src = polex_source_new(paths, 1);
    const char *want[] = {"2025-07-17", "2025-01-25", NULL};
    for (int i = 0; i < 3; i++) {
        polex_blob b = next_ok(src);
        polex_doc *doc = NULL;
        polex_error err;
        assert_int_equal(polex_ingest_blob(&b, &doc, &err), POLEX_OK);
        if (want[i])
            assert_string_equal(doc->published, want[i]);
        else
            assert_null(doc->published);
        polex_doc_free(doc);
    }
    expect_end(src);
    polex_source_free(src);
}

static void json_lines_by_content(void **state) {
    (void)state;
    /* No .jsonl name (as on stdin) and a first line far longer than 4 KB. */
    size_t n = 100000;
    char *jl = malloc(n + 64);
    assert_non_null(jl);
    int k = snprintf(jl, 64, "{\"url\": \"u\", \"html\": \"<p>");
    memset(jl + k, 'x', n - (size_t)k);
    memcpy(jl + n, "</p>\"}\n{\"text\": \"two\"}\n", 22);
    write_file("crawl.data", jl, n + 22);
    free(jl);
    const char *paths[] = {path_of("crawl.data")};
    polex_source *src = polex_source_new(paths, 1);
    polex_blob b = next_ok(src);
    assert_string_equal(b.url, "u");
    assert_int_equal(b.len, 3 + (n - (size_t)k) + 4); /* "<p>" x... "</p>" */
    b = next_ok(src);
    assert_string_equal(b.data, "two");
    expect_end(src);
    polex_source_free(src);
}

/* One WARC record: headers then block then CRLF CRLF. */
static size_t warc_record(char *out, size_t cap, const char *type, const char *uri,
                          const char *ctype, const char *block, size_t block_len) {
    int n = snprintf(out, cap,
                     "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:x>\r\n"
                     "WARC-Date: 2025-07-17T14:03:00Z\r\n"
                     "WARC-Target-URI: %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n\r\n",
                     type, uri, ctype, block_len);
    assert_true(n > 0 && (size_t)n + block_len + 4 < cap);
    memcpy(out + n, block, block_len);
    memcpy(out + n + block_len, "\r\n\r\n", 4);
    return (size_t)n + block_len + 4;
}

typedef struct warc_file {
    char data[16384];
    size_t len;
    size_t starts[16]; /* record offsets, for gzip members */
    size_t n;
} warc_file;

static void add(warc_file *w, const char *type, const char *uri, const char *ctype,
                const char *block, size_t block_len) {
    w->starts[w->n++] = w->len;
    w->len +=
        warc_record(w->data + w->len, sizeof w->data - w->len, type, uri, ctype, block, block_len);
}

static void build_warc(warc_file *w) {
    memset(w, 0, sizeof *w);
    const char *info = "software: test\r\n";
    add(w, "warcinfo", "", "application/warc-fields", info, strlen(info));
    const char *req = "GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n";
    add(w, "request", "https://example.com/a", "application/http; msgtype=request", req,
        strlen(req));
    const char *resp =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n"
        "\r\n<html><body><p>The mayor\x92s office will not comply.</p></body></html>";
    add(w, "response", "https://example.com/a", "application/http; msgtype=response", resp,
        strlen(resp));
    const char *missing = "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\nnope";
    add(w, "response", "https://example.com/404", "application/http; msgtype=response", missing,
        strlen(missing));
    const char *img = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG";
    add(w, "response", "https://example.com/i.png", "application/http; msgtype=response", img,
        strlen(img));
    const char *chunked =
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
        "Transfer-Encoding: chunked\r\n\r\n5\r\nHello\r\n7\r\n, world\r\n0\r\n\r\n";
    add(w, "response", "https://example.com/c", "application/http; msgtype=response", chunked,
        strlen(chunked));
    const char *res = "Resource text.";
    add(w, "resource", "file:///r.txt", "text/plain", res, strlen(res));
    const char *wet = "Converted text.";
    add(w, "conversion", "https://example.com/a", "text/plain", wet, strlen(wet));
}

static void check_warc_blobs(polex_source *src, const char *file) {
    char name[600];
    polex_blob b = next_ok(src);
    snprintf(name, sizeof name, "%s#3", file);
    assert_string_equal(b.source, name);
    assert_string_equal(b.url, "https://example.com/a");
    assert_string_equal(b.charset, "windows-1252");
    assert_string_equal(b.date, "2025-07-17T14:03:00Z");
    assert_string_equal(b.format, "html");
    assert_true(b.len > 10 && memcmp(b.data, "<html>", 6) == 0);
    polex_doc *doc = NULL;
    polex_error err;
    assert_int_equal(polex_ingest_blob(&b, &doc, &err), POLEX_OK);
    assert_string_equal(doc->url, "https://example.com/a");
    assert_string_equal(doc->source, name);
    assert_string_equal(doc->format, "html");
    assert_non_null(strstr(doc->text, "mayor\xE2\x80\x99s office will not comply."));
    assert_string_equal(doc->published, "2025-07-17"); /* the page gives none */
    polex_doc_free(doc);
    b = next_ok(src);
    snprintf(name, sizeof name, "%s#6", file);
    assert_string_equal(b.source, name);
    assert_string_equal(b.format, "text");
    assert_int_equal(b.len, 12);
    assert_memory_equal(b.data, "Hello, world", 12);
    b = next_ok(src);
    snprintf(name, sizeof name, "%s#7", file);
    assert_string_equal(b.source, name);
    assert_string_equal(b.url, "file:///r.txt");
    assert_null(b.charset);
    assert_memory_equal(b.data, "Resource text.", b.len);
    b = next_ok(src);
    snprintf(name, sizeof name, "%s#8", file);
    assert_string_equal(b.source, name);
    assert_string_equal(b.format, "text");
    assert_memory_equal(b.data, "Converted text.", b.len);
}

static void warc_plain_and_gzip_members(void **state) {
    (void)state;
    warc_file w;
    build_warc(&w);
    write_file("crawl.warc", w.data, w.len);
    /* WARC.gz as crawls publish it: one gzip member per record. */
    FILE *f = fopen(path_of("crawl.warc.gz"), "wb");
    assert_non_null(f);
    fclose(f);
    for (size_t i = 0; i < w.n; i++) {
        size_t end = i + 1 < w.n ? w.starts[i + 1] : w.len;
        gzFile g = gzopen(path_of("crawl.warc.gz"), "ab");
        assert_int_equal(gzwrite(g, w.data + w.starts[i], (unsigned)(end - w.starts[i])),
                         (int)(end - w.starts[i]));
        gzclose(g);
    }
    const char *paths[] = {path_of("crawl.warc"), path_of("crawl.warc.gz")};
    polex_source *src = polex_source_new(paths, 2);
    check_warc_blobs(src, path_of("crawl.warc"));
    check_warc_blobs(src, path_of("crawl.warc.gz"));
    expect_end(src);
    polex_source_free(src);
}

static void warc_truncated_record(void **state) {
    (void)state;
    warc_file w;
    build_warc(&w);
    write_file("cut.warc", w.data, w.starts[2] + 60); /* inside record 3 */
    write_file("after.txt", "after", 5);
    const char *paths[] = {path_of("cut.warc"), path_of("after.txt")};
    polex_source *src = polex_source_new(paths, 2);
    polex_error e = next_fails(src, POLEX_ERR_IO);
    char name[600];
    snprintf(name, sizeof name, "%s#3", path_of("cut.warc"));
    assert_string_equal(e.source, name);
    expect_blob(src, path_of("after.txt"), "after");
    expect_end(src);
    polex_source_free(src);
}

static void limits_per_input(void **state) {
    (void)state;
    char big[4096];
    memset(big, 'x', sizeof big);
    write_file("big.txt", big, sizeof big);
    static char zeros[1 << 20];
    memset(zeros, 'z', sizeof zeros);
    write_gz("bomb.txt.gz", zeros, sizeof zeros);
    char jl[5000];
    int n = snprintf(jl, sizeof jl, "{\"text\": \"%.*s\"}\n{\"text\": \"small\"}\n", 3000, big);
    write_file("long.jsonl", jl, (size_t)n);
    write_file("ok.txt", "ok", 2);
    static char warc[8192];
    size_t wn = warc_record(warc, sizeof warc, "resource", "u:1", "text/plain", big, 3000);
    wn += warc_record(warc + wn, sizeof warc - wn, "resource", "u:2", "text/plain", "tiny", 4);
    write_file("big.warc", warc, wn);
    const char *paths[] = {path_of("big.txt"), path_of("bomb.txt.gz"), path_of("long.jsonl"),
                           path_of("big.warc"), path_of("ok.txt")};
    polex_source *src = polex_source_new(paths, 5);
    polex_source_set_max_bytes(src, 1000);
    polex_error e = next_fails(src, POLEX_ERR_LIMIT);
    assert_string_equal(e.source, path_of("big.txt"));
    e = next_fails(src, POLEX_ERR_LIMIT);
    assert_string_equal(e.source, path_of("bomb.txt.gz"));
    e = next_fails(src, POLEX_ERR_LIMIT);
    char name[600];
    snprintf(name, sizeof name, "%s#1", path_of("long.jsonl"));
    assert_string_equal(e.source, name);
    polex_blob b = next_ok(src);
    assert_string_equal(b.data, "small");
    e = next_fails(src, POLEX_ERR_LIMIT); /* the big record is skipped... */
    snprintf(name, sizeof name, "%s#1", path_of("big.warc"));
    assert_string_equal(e.source, name);
    b = next_ok(src); /* ...and the next one read */
    assert_string_equal(b.url, "u:2");
    assert_memory_equal(b.data, "tiny", 4);
    expect_blob(src, path_of("ok.txt"), "ok");
    expect_end(src);
    polex_source_free(src);
}

static void stdin_dash(void **state) {
    (void)state;
    const char *text = "From standard input.";
    write_gz("stdin.gz", text, strlen(text));
    int saved = dup(STDIN_FILENO);
    int fd = open(path_of("stdin.gz"), O_RDONLY);
    assert_true(saved >= 0 && fd >= 0);
    assert_true(dup2(fd, STDIN_FILENO) >= 0);
    close(fd);
    const char *paths[] = {"-"};
    polex_source *src = polex_source_new(paths, 1);
    expect_blob(src, "-", text);
    expect_end(src);
    polex_source_free(src);
    assert_true(dup2(saved, STDIN_FILENO) >= 0);
    close(saved);
}

static void empty_source_and_null_free(void **state) {
    (void)state;
    polex_source *src = polex_source_new(NULL, 0);
    assert_non_null(src);
    expect_end(src);
    polex_source_free(src);
    polex_source_free(NULL);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(directory_walk_is_sorted_and_skips_hidden),
        cmocka_unit_test(missing_file_mid_walk_goes_on),
        cmocka_unit_test(gzip_plain_and_truncated),
        cmocka_unit_test(json_lines),
        cmocka_unit_test(json_lines_by_content),
        cmocka_unit_test(record_dates),
        cmocka_unit_test(warc_plain_and_gzip_members),
        cmocka_unit_test(warc_truncated_record),
        cmocka_unit_test(limits_per_input),
        cmocka_unit_test(stdin_dash),
        cmocka_unit_test(empty_source_and_null_free),
    };
    return cmocka_run_group_tests(tests, make_tmp, remove_tmp);
}
