/* cli.h - shared pieces of the `polex` command (not part of the library). */
#ifndef POLEX_CLI_H
#define POLEX_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "polex_core.h"

/* Exit codes (documented in README.md and `polex --help`). */
enum {
    EXIT_OK = 0,         /* everything processed */
    EXIT_DOC_ERRORS = 1, /* finished; some documents gave error records (or checks failed) */
    EXIT_USAGE = 2,      /* bad command line */
    EXIT_FATAL = 3,      /* could not start or could not write output */
};

/* Prints "polex: <message>" (+ source/doc when set) to stderr. */
void cli_report(const polex_error *err);
/* Prints "polex <cmd>: <fmt>" to stderr and returns EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* True when argv[i] is -h or --help. */
bool cli_wants_help(int argc, char **argv);

/* Parses a byte count with an optional K, M or G suffix (powers of 1024).
 * False when s is not such a number or is 0. */
bool cli_parse_size(const char *s, size_t *out);

/* True when s is a calendar date written YYYY-MM-DD. */
bool cli_valid_date(const char *s);

/* Writes one line (s + '\n') to out and frees s. False on a write error or
 * when s is NULL (out of memory). */
bool cli_put_line(FILE *out, char *s);

/* Reads JSON Lines from each path ("-" = stdin; no paths = stdin), calling
 * fn for every non-empty line. Stops early when fn returns false. */
typedef bool (*cli_line_fn)(void *ctx, const char *source, size_t lineno, const char *line,
                            size_t len);
int cli_each_line(char **paths, int n, cli_line_fn fn, void *ctx);

int cmd_ingest(int argc, char **argv);
int cmd_tokenize(int argc, char **argv);
int cmd_match(int argc, char **argv);
int cmd_link(int argc, char **argv);
int cmd_load(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_rules(int argc, char **argv);

#endif
