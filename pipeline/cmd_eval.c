/* cmd_eval.c - `polex eval` and `polex rules check`. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "polex_eval.h"
#include "polex_match.h"
#include "polex_pipeline.h"

#if __has_include("eval_extraction.h")
#include "eval_extraction.h"
#define HAVE_EXTRACTION_EVAL 1
#endif

static const char eval_help[] =
    "Usage: polex eval [--json] [--errors N] [--by-rule] GOLD PRED\n"
    "       polex eval --extraction TRUTH.json PRED.jsonl\n"
    "Scores predicted events (PRED: JSON Lines from `polex link` or `polex run --jsonl`)\n"
    "against gold annotations (GOLD: a corpora/<split>/gold.jsonl file): precision, recall\n"
    "and F1 per type and overall (type + action), an action confusion table, status,\n"
    "jurisdiction and date accuracy (jurisdiction mismatches counted by shape: ids where\n"
    "gold has none, none predicted, extra ids, missing ids, other), and the false\n"
    "positives and negatives.\n"
    "PRED may also be a second coder's annotation of the same documents (gold format):\n"
    "each of its events stands for the sentence its evidence lies in, and the report is\n"
    "the two coders' agreement.\n"
    "  --json         print one JSON object instead of tables (with the same lists)\n"
    "  --errors N     list at most N false positives, false negatives, and matched events\n"
    "                 whose status, jurisdictions or date differ from gold (default 20)\n"
    "  --by-rule      add a table of each rule's right and false events, noisiest first\n"
    "                 (an event is right when gold has it with the same type and action)\n"
    "  --extraction   score main-text extraction (token-shingle F1; see README)\n";

int cmd_eval(int argc, char **argv) {
    static const struct option longopts[] = {
        {"json", no_argument, NULL, 'J'},       {"errors", required_argument, NULL, 'e'},
        {"extraction", no_argument, NULL, 'x'}, {"by-rule", no_argument, NULL, 'R'},
        {"help", no_argument, NULL, 'h'},       {0}};
    polex_eval_options opts = {.json = false, .list_errors = 20};
    bool extraction = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        char *end;
        switch (c) {
        case 'h':
            fputs(eval_help, stdout);
            return EXIT_OK;
        case 'J':
            opts.json = true;
            break;
        case 'x':
            extraction = true;
            break;
        case 'R':
            opts.by_rule = true;
            break;
        case 'e':
            opts.list_errors = (size_t)strtoul(optarg, &end, 10);
            if (*end || end == optarg) return cli_usage_error("eval", "--errors wants a number");
            break;
        default:
            return cli_usage_error("eval", "bad option");
        }
    }
    if (argc - optind != 2) return cli_usage_error("eval", "want GOLD and PRED");
    polex_error err;
    polex_error_clear(&err);
    polex_status rc;
    if (extraction) {
#ifdef HAVE_EXTRACTION_EVAL
        rc = polex_eval_extraction(argv[optind], argv[optind + 1], stdout, &err) == 0
                 ? POLEX_OK
                 : (err.code ? err.code : POLEX_ERR_INPUT);
#else
        return cli_usage_error("eval", "--extraction is not built in");
#endif
    } else {
        rc = polex_eval_events(argv[optind], argv[optind + 1], &opts, stdout, NULL, &err);
    }
    if (rc != POLEX_OK) return cli_report(&err), EXIT_FATAL;
    return EXIT_OK;
}

static const char rules_help[] =
    "Usage: polex rules check [DIR]\n"
    "Compiles every rule and lexicon in DIR (default: $POLEX_RULES or the built-in rules),\n"
    "runs each rule's examples, and reports problems with file and line.\n"
    "Exit status: 0 all good, 1 some examples failed, 3 a rule does not compile.\n";

int cmd_rules(int argc, char **argv) {
    if (cli_wants_help(argc, argv)) return fputs(rules_help, stdout), EXIT_OK;
    if (argc < 2 || strcmp(argv[1], "check") != 0)
        return cli_usage_error("rules", "the only subcommand is 'check'");
    if (argc > 3) return cli_usage_error("rules", "at most one DIR");
    const char *dir = argc == 3 ? argv[2] : polex_default_rules_dir();
    polex_error err;
    polex_error_clear(&err);
    size_t failed = 0;
    if (polex_rules_check(dir, stdout, &failed, &err) != POLEX_OK) {
        cli_report(&err);
        return EXIT_FATAL;
    }
    return failed ? EXIT_DOC_ERRORS : EXIT_OK;
}
