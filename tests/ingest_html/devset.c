/* devset.c - reading ../shared/data/html-devset (gzipped pages, JSON truth). */
#include "devset.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <zlib.h>

const char *devset_dir(void) {
    static char path[4096];
    const char *env = getenv("POLEX_SHARED_DIR");
    snprintf(path, sizeof path, "%s/data/html-devset", env && *env ? env : POLEX_SHARED_DIR);
    struct stat st;
    char truth[4200];
    snprintf(truth, sizeof truth, "%s/ground-truth.json", path);
    return stat(truth, &st) == 0 ? path : NULL;
}

json_t *devset_truth(const char *dir) {
    char path[4200];
    snprintf(path, sizeof path, "%s/ground-truth.json", dir);
    json_error_t e;
    return json_load_file(path, 0, &e);
}

char *devset_page(const char *dir, const char *id, size_t *len) {
    char path[4400];
    snprintf(path, sizeof path, "%s/html/%s.html.gz", dir, id);
    gzFile f = gzopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    int got;
    while (buf && (got = gzread(f, buf + n, (unsigned)(cap - n))) > 0) {
        n += (size_t)got;
        if (n == cap) {
            char *b = realloc(buf, cap * 2);
            if (!b) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = b;
            cap *= 2;
        }
    }
    gzclose(f);
    *len = n;
    return buf;
}
