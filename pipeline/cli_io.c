/* cli_io.c - printing errors and reading JSON Lines for the command. */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void cli_report(const polex_error *err) {
    fprintf(stderr, "polex: %s%s%s", err->stage[0] ? err->stage : "", err->stage[0] ? ": " : "",
            err->message);
    if (err->source[0]) fprintf(stderr, " (%s", err->source);
    if (err->source[0] && err->offset >= 0) fprintf(stderr, ":%lld", (long long)err->offset);
    if (err->source[0]) fputc(')', stderr);
    fputc('\n', stderr);
}

int cli_usage_error(const char *cmd, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "polex%s%s: ", cmd ? " " : "", cmd ? cmd : "");
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'polex %s%s--help'.\n", cmd ? cmd : "", cmd ? " " : "");
    return EXIT_USAGE;
}

bool cli_wants_help(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) break;
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) return true;
    }
    return false;
}

bool cli_valid_date(const char *s) {
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-') return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return false;
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int m = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= days[m - 1] &&
           !(m == 2 && d == 29 && !leap);
}

bool cli_parse_size(const char *s, size_t *out) {
    char *end;
    unsigned long long n = strtoull(s, &end, 10);
    unsigned shift = 0;
    switch (*end) {
    case 'K':
    case 'k':
        shift = 10, end++;
        break;
    case 'M':
    case 'm':
        shift = 20, end++;
        break;
    case 'G':
    case 'g':
        shift = 30, end++;
        break;
    default:
        break;
    }
    if (end == s || *end || n == 0 || s[0] == '-' || n > (SIZE_MAX >> shift)) return false;
    *out = (size_t)(n << shift);
    return true;
}

bool cli_put_line(FILE *out, char *s) {
    if (!s) return false;
    size_t n = strlen(s);
    bool ok = fwrite(s, 1, n, out) == n && fputc('\n', out) != EOF;
    free(s);
    return ok;
}

static int each_line_of(FILE *f, const char *source, cli_line_fn fn, void *ctx) {
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t n;
    int rc = EXIT_OK;
    while ((n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        if (n == 0) continue;
        if (!fn(ctx, source, lineno, line, (size_t)n)) {
            rc = EXIT_FATAL;
            break;
        }
    }
    if (ferror(f)) {
        fprintf(stderr, "polex: cannot read %s: %s\n", source, strerror(errno));
        rc = EXIT_FATAL;
    }
    free(line);
    return rc;
}

int cli_each_line(char **paths, int n, cli_line_fn fn, void *ctx) {
    static char *stdin_only[] = {"-"};
    if (n == 0) paths = stdin_only, n = 1;
    int rc = EXIT_OK;
    for (int i = 0; i < n && rc != EXIT_FATAL; i++) {
        bool is_stdin = strcmp(paths[i], "-") == 0;
        FILE *f = is_stdin ? stdin : fopen(paths[i], "rb");
        if (!f) {
            fprintf(stderr, "polex: cannot open %s: %s\n", paths[i], strerror(errno));
            rc = EXIT_FATAL;
            break;
        }
        rc = each_line_of(f, is_stdin ? "<stdin>" : paths[i], fn, ctx);
        if (!is_stdin) fclose(f);
    }
    return rc;
}
