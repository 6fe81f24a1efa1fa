/* load_file.c - output files written to <path>.tmp and renamed into place when complete. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "load_internal.h"

/* A device or pipe ("/dev/stdout", a FIFO) is written as it is: renaming a
 * temporary file over it would replace the device node. */
static polex_status open_in_place(load_file *f, const char *path, polex_error *err) {
    size_t n = strlen(path) + 1;
    f->path = malloc(n);
    if (!f->path) return polex_fail(err, POLEX_ERR_NOMEM, "load", "out of memory");
    memcpy(f->path, path, n);
    f->in_place = true;
    f->fp = fopen(path, "wb");
    if (f->fp) return POLEX_OK;
    int e = errno;
    polex_fail(err, POLEX_ERR_IO, "load", "cannot open %.200s: %s", path, strerror(e));
    if (err) snprintf(err->source, sizeof err->source, "%s", path);
    load_file_close(f, false, NULL);
    return POLEX_ERR_IO;
}

polex_status load_file_open(load_file *f, const char *path, polex_error *err) {
    memset(f, 0, sizeof *f);
    if (strcmp(path, "-") == 0) {
        f->fp = stdout;
        f->is_stdout = true;
        return POLEX_OK;
    }
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
        return open_in_place(f, path, err);
    size_t n = strlen(path);
    f->path = malloc(n + 1);
    f->tmp = malloc(n + 5);
    if (!f->path || !f->tmp) {
        load_file_close(f, false, NULL);
        return polex_fail(err, POLEX_ERR_NOMEM, "load", "out of memory");
    }
    memcpy(f->path, path, n + 1);
    memcpy(f->tmp, path, n);
    memcpy(f->tmp + n, ".tmp", 5);
    f->fp = fopen(f->tmp, "wb");
    if (!f->fp) {
        int e = errno;
        polex_fail(err, POLEX_ERR_IO, "load", "cannot create %.200s: %s", f->tmp, strerror(e));
        if (err) snprintf(err->source, sizeof err->source, "%s", path);
        load_file_close(f, false, NULL);
        return POLEX_ERR_IO;
    }
    return POLEX_OK;
}

static polex_status io_fail(const load_file *f, polex_error *err, const char *what) {
    int e = errno;
    polex_fail(err, POLEX_ERR_IO, "load", "cannot %s %.200s: %s", what,
               f->is_stdout ? "standard output"
               : f->tmp     ? f->tmp
                            : f->path,
               strerror(e));
    if (err && f->path) snprintf(err->source, sizeof err->source, "%s", f->path);
    return POLEX_ERR_IO;
}

polex_status load_file_write(load_file *f, const char *s, size_t n, polex_error *err) {
    if (n && fwrite(s, 1, n, f->fp) != n) return io_fail(f, err, "write");
    return POLEX_OK;
}

polex_status load_file_flush(load_file *f, polex_error *err) {
    return fflush(f->fp) == 0 ? POLEX_OK : io_fail(f, err, "write");
}

/* Flush, sync and close: the rename must never install a file the disk has not got. */
static polex_status finish(load_file *f, polex_error *err) {
    polex_status rc = POLEX_OK;
    if (fflush(f->fp) != 0 || fsync(fileno(f->fp)) != 0) rc = io_fail(f, err, "write");
    if (fclose(f->fp) != 0 && !rc) rc = io_fail(f, err, "close");
    f->fp = NULL;
    if (!rc && rename(f->tmp, f->path) != 0) rc = io_fail(f, err, "rename");
    return rc;
}

polex_status load_file_close(load_file *f, bool keep, polex_error *err) {
    polex_status rc = POLEX_OK;
    if (f->is_stdout) {
        if (keep && fflush(stdout) != 0) rc = io_fail(f, err, "write");
    } else if (f->in_place) {
        if (f->fp && keep && fflush(f->fp) != 0) rc = io_fail(f, err, "write");
        if (f->fp && fclose(f->fp) != 0 && keep && !rc) rc = io_fail(f, err, "close");
    } else if (f->fp) {
        if (keep) {
            rc = finish(f, err);
        } else {
            fclose(f->fp);
            f->fp = NULL;
        }
        if (!keep || rc) remove(f->tmp);
    }
    free(f->path);
    free(f->tmp);
    memset(f, 0, sizeof *f);
    return rc;
}
