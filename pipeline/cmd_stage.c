/* cmd_stage.c - `polex ingest|tokenize|match|link|load`: one stage as a JSON Lines filter. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "polex_ingest.h"
#include "polex_load.h"
#include "polex_pipeline.h"
#include "polex_record.h"

/* ---- ingest -------------------------------------------------------------- */

static const char ingest_help[] =
    "Usage: polex ingest [--max-bytes N] [--date DATE] [INPUT...]\n"
    "Reads INPUTs and writes one polex.doc/1 record per document to stdout. An INPUT is\n"
    "a file, a directory (walked recursively, hidden entries skipped) or '-' (stdin, the\n"
    "default). Recognised by content: HTML, plain text, XML (Federal Register or generic),\n"
    "JSON Lines of {url, html} or {url, text} (one document per line), WARC and WET\n"
    "(one document per record); any of them may be gzipped. Unreadable or unusable\n"
    "inputs become polex.error/1 records and the run goes on.\n"
    "  -m, --max-bytes N  largest input, record or line (K, M, G suffixes; default 256M)\n"
    "      --date DATE    date (YYYY-MM-DD) of documents whose text and record give none,\n"
    "                     so that datelines without a year resolve\n";

int cmd_ingest(int argc, char **argv) {
    static const struct option longopts[] = {{"max-bytes", required_argument, NULL, 'm'},
                                             {"date", required_argument, NULL, 'D'},
                                             {"help", no_argument, NULL, 'h'},
                                             {0}};
    size_t max_bytes = 0;
    const char *date = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "m:h", longopts, NULL)) != -1) {
        if (c == 'h') return fputs(ingest_help, stdout), EXIT_OK;
        if (c == 'D' && cli_valid_date(optarg)) {
            date = optarg;
            continue;
        }
        if (c == 'D') return cli_usage_error("ingest", "--date wants a date like 2025-07-17");
        if (c != 'm' || !cli_parse_size(optarg, &max_bytes))
            return cli_usage_error("ingest",
                                   c == 'm' ? "--max-bytes wants a size like 64M" : "bad option");
    }
    static const char *const stdin_only[] = {"-"};
    int n = argc - optind;
    const char *const *paths = n ? (const char *const *)argv + optind : stdin_only;
    polex_source *src = polex_source_new(paths, n ? (size_t)n : 1);
    if (!src) return fputs("polex: out of memory\n", stderr), EXIT_FATAL;
    if (max_bytes) polex_source_set_max_bytes(src, max_bytes);
    int rc = EXIT_OK;
    for (;;) {
        polex_blob blob;
        polex_error err;
        polex_error_clear(&err);
        char *line;
        if (polex_source_next(src, &blob, &err) != POLEX_OK) {
            line = polex_error_to_json(&err);
            rc = EXIT_DOC_ERRORS;
        } else if (!blob.data) {
            break;
        } else {
            polex_doc *doc = NULL;
            if (!blob.date) blob.date = date;
            if (polex_ingest_blob(&blob, &doc, &err) == POLEX_OK) {
                line = polex_doc_to_json(doc, POLEX_REC_DOC);
            } else {
                line = polex_error_to_json(&err);
                rc = EXIT_DOC_ERRORS;
            }
            polex_doc_free(doc);
        }
        if (!cli_put_line(stdout, line)) {
            rc = EXIT_FATAL;
            break;
        }
    }
    polex_source_free(src);
    if (fflush(stdout) != 0) rc = EXIT_FATAL;
    return rc;
}

/* ---- tokenize / match / link --------------------------------------------- */

typedef struct filter {
    polex_stage stage;
    polex_worker *worker;
    int rc;
} filter;

static polex_record_kind wanted_kind(polex_stage stage) {
    return (polex_record_kind)(stage - 1); /* tokenize wants doc, match tokens, link match */
}

static bool emit_error(filter *f, polex_error *err, const char *source, size_t lineno) {
    if (!err->source[0]) snprintf(err->source, sizeof err->source, "%s", source);
    if (err->offset < 0) err->offset = (int64_t)lineno;
    f->rc = f->rc == EXIT_OK ? EXIT_DOC_ERRORS : f->rc;
    return cli_put_line(stdout, polex_error_to_json(err));
}

static bool emit_doc(filter *f, polex_doc *doc) {
    if (f->stage != POLEX_STAGE_LINK)
        return cli_put_line(stdout, polex_doc_to_json(doc, (polex_record_kind)f->stage));
    for (size_t i = 0; i < doc->n_events; i++)
        if (!cli_put_line(stdout, polex_event_to_json(doc, &doc->events[i]))) return false;
    return true;
}

static bool filter_line(void *ctx, const char *source, size_t lineno, const char *line,
                        size_t len) {
    filter *f = ctx;
    polex_record_kind kind;
    polex_doc *doc = NULL;
    polex_error rec, err;
    polex_error_clear(&err);
    if (polex_record_parse(line, len, &kind, &doc, &rec, &err) != POLEX_OK) {
        snprintf(err.stage, sizeof err.stage, "%s", polex_stage_name(f->stage));
        return emit_error(f, &err, source, lineno);
    }
    if (kind == POLEX_REC_ERROR) { /* earlier failures travel on unchanged */
        f->rc = f->rc == EXIT_OK ? EXIT_DOC_ERRORS : f->rc;
        return cli_put_line(stdout, polex_error_to_json(&rec));
    }
    bool ok;
    if (kind != wanted_kind(f->stage)) {
        polex_fail(&err, POLEX_ERR_RECORD, polex_stage_name(f->stage),
                   "polex %s reads %s records, got %s", polex_stage_name(f->stage),
                   polex_record_schema(wanted_kind(f->stage)), polex_record_schema(kind));
        if (doc && doc->doc_id) snprintf(err.doc_id, sizeof err.doc_id, "%s", doc->doc_id);
        ok = emit_error(f, &err, source, lineno);
    } else if (polex_worker_process(f->worker, doc, (polex_stage)kind, f->stage, &err)) {
        ok = emit_error(f, &err, source, lineno);
    } else {
        ok = emit_doc(f, doc);
    }
    polex_doc_free(doc);
    return ok;
}

enum { PROFILE_DEFAULT_LINES = 25 };

/* `polex match --profile`: the most expensive rules, gates and cue
 * lexicons of the run, to stderr. */
static void print_profile(polex_matcher *m, size_t lines) {
    size_t n = polex_matcher_costs(m, NULL, 0);
    polex_match_cost *c = calloc(n ? n : 1, sizeof *c);
    if (!c) return;
    n = polex_matcher_costs(m, c, n);
    double total = 0;
    uint64_t calls = 0;
    for (size_t i = 0; i < n; i++)
        total += c[i].seconds, calls += c[i].calls;
    size_t shown = n < lines ? n : lines;
    fprintf(stderr, "PCRE2 time by rule, sentence gate and cue lexicon (%zu of %zu):\n", shown, n);
    fprintf(stderr, "%10s %6s %10s %10s  %s\n", "ms", "share", "calls", "matches", "what");
    for (size_t i = 0; i < shown; i++)
        fprintf(stderr, "%10.2f %5.1f%% %10llu %10llu  %s\n", c[i].seconds * 1e3,
                total > 0 ? 100.0 * c[i].seconds / total : 0.0, (unsigned long long)c[i].calls,
                (unsigned long long)c[i].matches, c[i].what);
    fprintf(stderr, "%10.2f %6s %10llu %10s  all\n", total * 1e3, "", (unsigned long long)calls,
            "");
    free(c);
}

static int run_filter(polex_stage stage, int argc, char **argv, const char *help) {
    static const struct option longopts[] = {{"rules", required_argument, NULL, 'r'},
                                             {"profile", optional_argument, NULL, 'p'},
                                             {"help", no_argument, NULL, 'h'},
                                             {0}};
    const char *name = polex_stage_name(stage);
    polex_engine_options eo = {.first = stage, .last = stage};
    long profile = -1;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "r:h", longopts, NULL)) != -1) {
        if (c == 'h') return fputs(help, stdout), EXIT_OK;
        if (c == 'r') {
            eo.rules_dir = optarg;
        } else if (c == 'p' && stage == POLEX_STAGE_MATCH) {
            char *end = NULL;
            profile = optarg ? strtol(optarg, &end, 10) : PROFILE_DEFAULT_LINES;
            if (optarg && (*end || profile < 1))
                return cli_usage_error(name, "--profile=N needs a positive N");
        } else {
            return cli_usage_error(name, "bad option");
        }
    }
    polex_error err;
    polex_error_clear(&err);
    eo.rule_problems = stderr; /* a broken rule is skipped, not the whole run */
    polex_engine *engine = polex_engine_new(&eo, &err);
    polex_worker *worker = engine ? polex_worker_new(engine, &err) : NULL;
    if (!worker) {
        cli_report(&err);
        polex_engine_free(engine);
        return EXIT_FATAL;
    }
    if (profile > 0 && polex_matcher_profile(polex_worker_matcher(worker), true) != POLEX_OK) {
        fprintf(stderr, "polex %s: out of memory\n", name);
        polex_worker_free(worker);
        polex_engine_free(engine);
        return EXIT_FATAL;
    }
    filter f = {stage, worker, polex_engine_rules_skipped(engine) ? EXIT_DOC_ERRORS : EXIT_OK};
    int rc = cli_each_line(argv + optind, argc - optind, filter_line, &f);
    if (profile > 0) print_profile(polex_worker_matcher(worker), (size_t)profile);
    polex_worker_free(worker);
    polex_engine_free(engine);
    if (fflush(stdout) != 0) rc = EXIT_FATAL;
    return rc != EXIT_OK ? rc : f.rc;
}

#define FILTER_HELP(stage, in, out, what)                                                          \
    "Usage: polex " stage " [--rules DIR] [FILE...]\n"                                             \
    "Reads " in " records (JSON Lines) from FILEs or stdin and writes " out " records:\n" what     \
    "\n"                                                                                           \
    "Error records pass through unchanged; a bad line becomes an error record.\n"                  \
    "  -r, --rules DIR   rules folder (default: $POLEX_RULES or the built-in one)\n"

int cmd_tokenize(int argc, char **argv) {
    return run_filter(POLEX_STAGE_TOKENIZE, argc, argv,
                      FILTER_HELP("tokenize", "polex.doc/1", "polex.tokens/1",
                                  "sentences and tokens with byte offsets, norms and lemmas."));
}

int cmd_match(int argc, char **argv) {
    return run_filter(
        POLEX_STAGE_MATCH, argc, argv,
        FILTER_HELP(
            "match", "polex.tokens/1", "polex.match/1",
            "the rule hits of every sentence, with roles and status.") "  --profile[=N]     after "
                                                                       "the run, print to stderr "
                                                                       "the N (default 25) rules,\n"
                                                                       "                    "
                                                                       "sentence gates and cue "
                                                                       "lexicons that took the "
                                                                       "most PCRE2\n"
                                                                       "                    time, "
                                                                       "with their calls and "
                                                                       "matches\n");
}

int cmd_link(int argc, char **argv) {
    return run_filter(POLEX_STAGE_LINK, argc, argv,
                      FILTER_HELP("link", "polex.match/1", "polex.event/1",
                                  "events with jurisdictions, actor, date, amount, evidence."));
}

/* ---- load ---------------------------------------------------------------- */

static const char load_help[] =
    "Usage: polex load --db TARGET [FILE...]\n"
    "Reads polex.doc/1, polex.event/1 and polex.error/1 records from FILEs or stdin and\n"
    "writes them to TARGET: a .sqlite/.db file, a .jsonl or .csv file, '-' (JSON Lines on\n"
    "stdout), a postgresql:// URL, or KIND:PATH for a path of any name (jsonl:, csv:,\n"
    "sqlite:). Re-loading replaces rows; it never duplicates them.\n"
    "  -d, --db TARGET   where to write (required)\n";

typedef struct loader {
    polex_sink *sink;
    int rc;
} loader;

static bool load_line(void *ctx, const char *source, size_t lineno, const char *line, size_t len) {
    loader *l = ctx;
    polex_record_kind kind;
    polex_doc *doc = NULL;
    polex_error rec, err;
    polex_error_clear(&err);
    polex_status st = polex_record_parse(line, len, &kind, &doc, &rec, &err);
    if (st != POLEX_OK) {
        snprintf(err.stage, sizeof err.stage, "load");
        snprintf(err.source, sizeof err.source, "%s", source);
        err.offset = (int64_t)lineno;
        cli_report(&err);
        l->rc = EXIT_DOC_ERRORS;
        st = polex_sink_write_error(l->sink, &err, &err);
    } else if (kind == POLEX_REC_ERROR) {
        l->rc = EXIT_DOC_ERRORS;
        st = polex_sink_write_error(l->sink, &rec, &err);
    } else if (kind == POLEX_REC_EVENT) {
        st = polex_sink_write_event(l->sink, doc, &doc->events[0], &err);
    } else {
        st = polex_sink_write_doc(l->sink, doc, &err);
    }
    polex_doc_free(doc);
    if (st != POLEX_OK) cli_report(&err);
    return st == POLEX_OK;
}

int cmd_load(int argc, char **argv) {
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'}, {"help", no_argument, NULL, 'h'}, {0}};
    const char *target = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "d:h", longopts, NULL)) != -1) {
        if (c == 'h') return fputs(load_help, stdout), EXIT_OK;
        if (c == 'd')
            target = optarg;
        else
            return cli_usage_error("load", "bad option");
    }
    if (!target) return cli_usage_error("load", "--db TARGET is required");
    polex_error err;
    polex_error_clear(&err);
    polex_sink *sink = polex_sink_open(target, &err);
    if (!sink) return cli_report(&err), EXIT_FATAL;
    loader l = {sink, EXIT_OK};
    int rc = cli_each_line(argv + optind, argc - optind, load_line, &l);
    if (polex_sink_close(sink, &err) != POLEX_OK) {
        cli_report(&err);
        rc = EXIT_FATAL;
    }
    return rc != EXIT_OK ? rc : l.rc;
}
