/* main.c - the `polex` command: picks a subcommand; all work is in libpolex. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char main_help[] =
    "Usage: polex COMMAND [OPTION...] [ARG...]\n"
    "Extracts policy events from news articles and government orders and links them to\n"
    "U.S. jurisdictions.\n"
    "\n"
    "Stages (JSON Lines in, JSON Lines out; compose them with pipes):\n"
    "  ingest     files, directories or stdin -> polex.doc/1\n"
    "  tokenize   polex.doc/1 -> polex.tokens/1\n"
    "  match      polex.tokens/1 -> polex.match/1\n"
    "  link       polex.match/1 -> polex.event/1\n"
    "  load       records -> SQLite, PostgreSQL, JSON Lines or CSV\n"
    "Other commands:\n"
    "  run        every stage in one process: polex run INPUT... --db events.sqlite\n"
    "  eval       score events against gold annotations\n"
    "  rules      rules check [DIR]: compile rules and run their examples\n"
    "\n"
    "  -h, --help     this text; 'polex COMMAND --help' for one command\n"
    "  -V, --version  print the version\n"
    "\n"
    "Exit status: 0 success; 1 finished, but some documents became error records,\n"
    "some rules were skipped (they do not compile) or some checks failed; 2 bad usage;\n"
    "3 could not start or could not write output.\n";

typedef struct command {
    const char *name;
    int (*fn)(int, char **);
} command;

static const command commands[] = {
    {"ingest", cmd_ingest}, {"tokenize", cmd_tokenize}, {"match", cmd_match}, {"link", cmd_link},
    {"load", cmd_load},     {"run", cmd_run},           {"eval", cmd_eval},   {"rules", cmd_rules},
};

int main(int argc, char **argv) {
    if (argc < 2) {
        fputs(main_help, stderr);
        return EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0 || strcmp(name, "help") == 0)
        return fputs(main_help, stdout), EXIT_OK;
    if (strcmp(name, "-V") == 0 || strcmp(name, "--version") == 0)
        return puts("polex " POLEX_VERSION), EXIT_OK;
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(name, commands[i].name) == 0) return commands[i].fn(argc - 1, argv + 1);
    return cli_usage_error(NULL, "unknown command '%s'", name);
}
