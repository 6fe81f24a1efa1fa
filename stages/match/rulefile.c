/*
 * rulefile.c - reads one YAML rule file (libyaml document API) and compiles
 * its rules into a ruleset. Every problem names the file and line.
 */
#include "match_internal.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

enum { MAX_RULE_FILE = 8 * 1024 * 1024, MAX_EXAMPLES = 200, MAX_PRIORITY = 1000000 };

typedef struct rf_ctx {
    polex_ruleset *rs;
    const char *path;
    yaml_document_t *doc;
    load_report *rep;
    polex_error *err;
    /* file-level defaults */
    const char *def_type;
    long def_priority;
    const char *def_unless_doc; /* unless_document of every rule that states none */
    int def_unless_doc_line;
    const yaml_node_t *readings; /* status_readings: action -> reading; NULL: none */
} rf_ctx;

/* Reports a problem. Returns true when loading must stop (not in check mode). */
static bool problem(rf_ctx *c, int line, const char *id, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (c->rep) {
        const char *pre = c->rep->prefix ? c->rep->prefix : "";
        if (id)
            fprintf(c->rep->out, "%s%s:%d: rule %s: %s\n", pre, c->path, line, id, msg);
        else
            fprintf(c->rep->out, "%s%s:%d: %s\n", pre, c->path, line, msg);
        c->rep->n_failed++;
        return false;
    }
    polex_fail(c->err, POLEX_ERR_RULES, "match", "%s:%d: %s%s%s%s", c->path, line,
               id ? "rule " : "", id ? id : "", id ? ": " : "", msg);
    if (c->err) {
        snprintf(c->err->source, sizeof c->err->source, "%s", c->path);
        c->err->offset = line;
    }
    return true;
}

static int line_of(const yaml_node_t *n) {
    return (int)n->start_mark.line + 1;
}

static const char *scalar(const yaml_node_t *n) {
    return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

static yaml_node_t *node(rf_ctx *c, int idx) {
    return yaml_document_get_node(c->doc, idx);
}

static bool valid_name(const char *s) {
    if (!s || !*s) return false;
    for (; *s; s++)
        if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '_' || *s == '.' ||
              *s == '-'))
            return false;
    return true;
}

static char *adup(rf_ctx *c, const char *s) {
    return polex_arena_strdup(c->rs->arena, s);
}

/* ---- examples ----------------------------------------------------------- */

static bool add_example(rf_ctx *c, rule *r, const yaml_node_t *n, bool must, const char *id,
                        bool *stop) {
    if (r->n_examples >= MAX_EXAMPLES) {
        *stop = problem(c, line_of(n), id, "more than %d examples", MAX_EXAMPLES);
        return false;
    }
    rule_example *ex = &r->examples[r->n_examples];
    memset(ex, 0, sizeof *ex);
    ex->line = line_of(n);
    ex->must_match = must;
    ex->status = -1;
    if (n->type == YAML_SCALAR_NODE) {
        ex->text = adup(c, scalar(n));
    } else if (n->type == YAML_MAPPING_NODE) {
        for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top;
             p++) {
            const char *k = scalar(node(c, p->key));
            yaml_node_t *v = node(c, p->value);
            if (k && strcmp(k, "text") == 0 && scalar(v)) {
                ex->text = adup(c, scalar(v));
            } else if (k && strcmp(k, "status") == 0 && scalar(v)) {
                ex->status = polex_event_status_from_name(scalar(v));
                if (ex->status < 0) {
                    *stop = problem(c, line_of(v), id, "unknown status '%s'", scalar(v));
                    return false;
                }
            } else if (k && strcmp(k, "roles") == 0 && v->type == YAML_MAPPING_NODE) {
                size_t nr = (size_t)(v->data.mapping.pairs.top - v->data.mapping.pairs.start);
                ex->roles = polex_arena_alloc(c->rs->arena, (nr ? nr : 1) * sizeof *ex->roles);
                if (!ex->roles) return false;
                for (yaml_node_pair_t *q = v->data.mapping.pairs.start;
                     q < v->data.mapping.pairs.top; q++) {
                    const char *rk = scalar(node(c, q->key)), *rv = scalar(node(c, q->value));
                    if (!rk || !rv) {
                        *stop = problem(c, line_of(v), id, "roles: name: text pairs expected");
                        return false;
                    }
                    ex->roles[ex->n_roles].name = adup(c, rk);
                    ex->roles[ex->n_roles].text = adup(c, rv);
                    ex->n_roles++;
                }
            } else {
                *stop = problem(c, line_of(v), id,
                                "example keys are text, status, roles (got '%s')", k ? k : "?");
                return false;
            }
        }
    }
    if (!ex->text || !*ex->text) {
        *stop = problem(c, ex->line, id, "example without text");
        return false;
    }
    r->n_examples++;
    return true;
}

static bool read_examples(rf_ctx *c, rule *r, const yaml_node_t *n, const char *id) {
    bool stop = false;
    if (n->type != YAML_MAPPING_NODE)
        return !problem(c, line_of(n), id, "examples: a mapping with match: and no_match:");
    r->examples = polex_arena_alloc(c->rs->arena, MAX_EXAMPLES * sizeof *r->examples);
    if (!r->examples) return false;
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
        const char *k = scalar(node(c, p->key));
        yaml_node_t *v = node(c, p->value);
        bool must;
        if (k && strcmp(k, "match") == 0)
            must = true;
        else if (k && strcmp(k, "no_match") == 0)
            must = false;
        else
            return !problem(c, line_of(v), id, "examples: only match and no_match");
        if (v->type != YAML_SEQUENCE_NODE)
            return !problem(c, line_of(v), id, "examples.%s: a list of sentences", k);
        for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top;
             it++) {
            if (!add_example(c, r, node(c, *it), must, id, &stop) && stop) return false;
        }
    }
    return true;
}

/* ---- one rule ------------------------------------------------------------ */

/* PCRE2 (as built here) rejects a pattern whose compiled form passes 64 KB:
 * `rules check` says which parts are close, before a longer lexicon makes
 * them fail to load. A note, not a problem. */
enum { PCRE2_SIZE_LIMIT = 65536, SIZE_NOTE_PERCENT = 85 };

static size_t code_size(const pcre2_code *code) {
    size_t size = 0;
    return pcre2_pattern_info(code, PCRE2_INFO_SIZE, &size) == 0 ? size : 0;
}

static void note_size(rf_ctx *c, int line, const char *id, const char *what, size_t size) {
    if (!c->rep || !c->rep->notes || !size) return;
    if (size * 100 < (size_t)PCRE2_SIZE_LIMIT * SIZE_NOTE_PERCENT) return;
    fprintf(c->rep->out, "%s:%d: rule %s: note: %s compiles to %.1f KB of PCRE2's 64 KB\n", c->path,
            line, id, what, (double)size / 1024.0);
}

/* The prefix anchor_regex puts before a pattern; searchable strips it. */
static const char ANCHOR_START[] = "\\G";
enum { ANCHOR_START_LEN = sizeof ANCHOR_START - 1 };

/* not_after must end where the head starts, not_before start right after
 * it: \\G anchors at the start offset (JIT-friendly, unlike a match-time
 * PCRE2_ANCHORED), \\z at the cut-off subject end. */
static bool anchor_regex(pattern_out *po, bool at_end) {
    size_t n = strlen(po->regex);
    char *r = malloc(n + ANCHOR_START_LEN + 3);
    if (!r) return false;
    memcpy(r, ANCHOR_START, ANCHOR_START_LEN);
    memcpy(r + ANCHOR_START_LEN, po->regex, n);
    memcpy(r + ANCHOR_START_LEN + n, at_end ? "\\z" : "", at_end ? 3 : 1);
    free(po->regex);
    po->regex = r;
    return true;
}

/* Whether the codes of rules' not_after and not_before are the ruleset's,
 * one per regex: when loading. A context lexicon hundreds of rules name
 * in their not_after (alone or as one of its parts) would otherwise be
 * JIT-compiled once per rule: tens of MB of machine code. `rules check`
 * compiles each rule's own, so that every rule gets its size notes. */
static bool sharing(const rf_ctx *c) {
    return !(c->rep && c->rep->notes);
}

/* The ruleset's code of regex (a not_before's or a not_after's), or NULL;
 * *size: the size a note gives. */
static pcre2_code *shared_code(const polex_ruleset *rs, const char *regex, bool before,
                               size_t *size) {
    for (size_t i = 0; i < rs->n_shared; i++)
        if (rs->shared[i].before == before && !strcmp(rs->shared[i].regex, regex)) {
            *size = rs->shared[i].size;
            return rs->shared[i].code;
        }
    return NULL;
}

/* Hands code, compiled from regex, to the ruleset; false when out of
 * memory (the code is then freed). */
static bool share_code(rf_ctx *c, const char *regex, bool before, pcre2_code *code, size_t size) {
    polex_ruleset *rs = c->rs;
    const char *key = adup(c, regex);
    if (key && rs->n_shared == rs->cap_shared) {
        size_t cap = rs->cap_shared ? rs->cap_shared * 2 : 64;
        shared_part *p = realloc(rs->shared, cap * sizeof *p);
        if (p) rs->shared = p, rs->cap_shared = cap;
    }
    if (!key || rs->n_shared == rs->cap_shared) {
        pcre2_code_free(code);
        return false;
    }
    rs->shared[rs->n_shared++] = (shared_part){key, before, code, size};
    return true;
}

/* The code of a rule's pattern or not_before, into *code (po: its
 * translation). With shared (a not_before's), the code is the ruleset's,
 * one per regex, when loading (see sharing); *shared then says so. */
static bool compile_part(rf_ctx *c, const char *src, int line, const char *id, const char *what,
                         pcre2_code **code, pattern_out *po, bool *shared) {
    char msg[400];
    if (pattern_translate(src, &c->rs->lex, po, msg, sizeof msg) != POLEX_OK) {
        return !problem(c, line, id, "%s: %s", what, msg) && false;
    }
    if (strcmp(what, "not_before") == 0 && !anchor_regex(po, false))
        return !problem(c, line, id, "out of memory") && false;
    size_t size = 0;
    bool share = shared && sharing(c);
    *code = share ? shared_code(c->rs, po->regex, true, &size) : NULL;
    if (*code) return *shared = true;
    *code = pattern_compile(po->regex, msg, sizeof msg);
    if (!*code) {
        problem(c, line, id, "%s: %s", what, msg);
        return false;
    }
    note_size(c, line, id, what, code_size(*code));
    if (!share) return true;
    if (!share_code(c, po->regex, true, *code, code_size(*code))) {
        *code = NULL; /* freed */
        return !problem(c, line, id, "out of memory") && false;
    }
    return *shared = true;
}

void rule_free_not_after(rule *r) {
    for (uint32_t k = 0; !r->not_after_shared && k < r->n_not_after; k++)
        pcre2_code_free(r->not_after[k]);
    free(r->not_after);
    r->not_after = NULL;
    r->n_not_after = 0;
}

/* Codes of one rule part: the whole, or its alternatives in parts. */
typedef struct code_list {
    pcre2_code **v;
    uint32_t n;
    bool shared; /* the codes belong to the ruleset (see shared_code) */
} code_list;

static void codes_free(code_list *l) {
    for (uint32_t k = 0; !l->shared && k < l->n; k++)
        pcre2_code_free(l->v[k]);
    free(l->v);
    *l = (code_list){0};
}

static bool codes_push(code_list *l, pcre2_code *code) {
    pcre2_code **p = realloc(l->v, (l->n + 1) * sizeof *p);
    if (!p) {
        if (!l->shared) pcre2_code_free(code);
        return false;
    }
    l->v = p;
    p[l->n++] = code;
    return true;
}

/* How a part compiles: not_after anchored at both ends, gates with the
 * offset limit the matcher sets. */
typedef struct part_kind {
    const char *what;
    bool anchor_end;
    uint32_t options;
} part_kind;

/* A not_after is tried from several tokens before a head: the matcher runs
 * it as one search with the start bounded by an offset limit, so the code
 * it runs is the pattern without \G. The \G form is compiled first all
 * the same: whether it fits PCRE2's size limit (and so how the not_after
 * is split in parts) and the size `rules check` notes stay what they are
 * for the anchored pattern. */
static pcre2_code *searchable(pcre2_code *anchored, const char *regex, char *msg, size_t cap) {
    if (!anchored) return NULL;
    pcre2_code *code =
        pattern_compile_opts(regex + ANCHOR_START_LEN, PCRE2_USE_OFFSET_LIMIT, msg, cap);
    pcre2_code_free(anchored);
    return code;
}

/* The code of a translated part (po->regex is anchored when the kind asks);
 * NULL with msg set. *size: the size a note gives. */
static pcre2_code *code_of_part(rf_ctx *c, pattern_out *po, const part_kind *k, char *msg,
                                size_t cap, size_t *size) {
    if (k->anchor_end && !anchor_regex(po, true)) {
        snprintf(msg, cap, "out of memory");
        return NULL;
    }
    bool share = k->anchor_end && sharing(c); /* a not_after's */
    pcre2_code *code = share ? shared_code(c->rs, po->regex, false, size) : NULL;
    if (code) return code;
    code = pattern_compile_opts(po->regex, k->options, msg, cap);
    *size = code ? code_size(code) : 0;
    if (k->anchor_end) code = searchable(code, po->regex, msg, cap);
    if (code && share && !share_code(c, po->regex, false, code, *size)) {
        snprintf(msg, cap, "out of memory");
        return NULL;
    }
    return code;
}

/* The code of a source; NULL with msg set. */
static pcre2_code *code_of(rf_ctx *c, const char *src, const part_kind *k, char *msg, size_t cap,
                           size_t *size) {
    pattern_out po = {0};
    pcre2_code *code = NULL;
    if (pattern_translate(src, &c->rs->lex, &po, msg, cap) == POLEX_OK)
        code = code_of_part(c, &po, k, msg, cap, size);
    pattern_out_free(&po);
    return code;
}

static bool too_large(const char *msg) {
    return strstr(msg, "too large") != NULL;
}

enum { MAX_PART_ALTS = 4096 };

/* Alternatives [from, to) of a source as one code or, when PCRE2 finds
 * that too large, as two halves, and so on down. A part matches where one
 * of its alternatives does, so "any part matches" is what the whole says. */
static bool alts_to_codes(rf_ctx *c, const char *id, int line, const part_kind *k, const char **alt,
                          const size_t *len, size_t from, size_t to, code_list *out) {
    size_t n = 0;
    for (size_t i = from; i < to; i++)
        n += len[i] + 3;
    char *src = malloc(n + 1), msg[400];
    if (!src) return !problem(c, line, id, "out of memory") && false;
    size_t at = 0;
    for (size_t i = from; i < to; i++) {
        if (i > from) memcpy(src + at, " | ", 3), at += 3;
        memcpy(src + at, alt[i], len[i]);
        at += len[i];
    }
    src[at] = '\0';
    size_t size = 0;
    pcre2_code *code = code_of(c, src, k, msg, sizeof msg, &size);
    free(src);
    if (code) {
        note_size(c, line, id, k->what, size);
        return codes_push(out, code) || (!problem(c, line, id, "out of memory") && false);
    }
    if (to - from < 2 || !too_large(msg))
        return !problem(c, line, id, "%s: %s", k->what, msg) && false;
    size_t mid = from + (to - from) / 2;
    return alts_to_codes(c, id, line, k, alt, len, from, mid, out) &&
           alts_to_codes(c, id, line, k, alt, len, mid, to, out);
}

static bool codes_of(rf_ctx *c, const char *id, int line, const part_kind *k, const char *src,
                     const pattern_out *po, code_list *out);

/* The code of a translated source (po): one or, too large for one PCRE2
 * pattern, in parts split at its top-level alternatives. */
static bool codes_of(rf_ctx *c, const char *id, int line, const part_kind *k, const char *src,
                     const pattern_out *po, code_list *out) {
    char msg[400];
    pattern_out whole = {.regex = strdup(po->regex)}; /* po->regex stays the gate's key */
    size_t size = 0;
    pcre2_code *code = whole.regex ? code_of_part(c, &whole, k, msg, sizeof msg, &size) : NULL;
    if (!whole.regex) snprintf(msg, sizeof msg, "out of memory");
    free(whole.regex);
    if (code) {
        note_size(c, line, id, k->what, size);
        return codes_push(out, code) || (!problem(c, line, id, "out of memory") && false);
    }
    const char **alt = malloc(MAX_PART_ALTS * sizeof *alt);
    size_t *len = malloc(MAX_PART_ALTS * sizeof *len);
    size_t n = alt && len && too_large(msg) ? pattern_split(src, alt, len, MAX_PART_ALTS) : 0;
    bool ok = n >= 2 ? alts_to_codes(c, id, line, k, alt, len, 0, n, out)
                     : !problem(c, line, id, "%s: %s", k->what, msg) && false;
    free(alt);
    free(len);
    if (!ok) codes_free(out);
    return ok;
}

/* A not_after: po from the whole source (its first tokens, triggers), its
 * codes one or, for a long list of alternatives too large for one PCRE2
 * pattern, several, into rule r (see sharing). */
static bool not_after_codes(rf_ctx *c, const char *id, int line, const char *src, pattern_out *po,
                            rule *r) {
    static const part_kind after = {"not_after", true, 0};
    char msg[400];
    if (pattern_translate(src, &c->rs->lex, po, msg, sizeof msg) != POLEX_OK)
        return !problem(c, line, id, "%s: %s", after.what, msg) && false;
    code_list l = {.shared = sharing(c)};
    if (!codes_of(c, id, line, &after, src, po, &l)) return false;
    r->not_after = l.v;
    r->n_not_after = l.n;
    r->not_after_shared = l.shared;
    return true;
}

/* Gate indices of a rule's `unless` or `requires`, each once. */
typedef struct gate_list {
    uint32_t *v;
    uint32_t n, cap;
} gate_list;

static bool gate_list_push(gate_list *l, uint32_t g) {
    for (uint32_t i = 0; i < l->n; i++)
        if (l->v[i] == g) return true;
    if (l->n == l->cap) {
        uint32_t cap = l->cap ? l->cap * 2 : 8;
        uint32_t *v = realloc(l->v, cap * sizeof *v);
        if (!v) return false;
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = g;
    return true;
}

/* One alternative as a shared sentence gate (one PCRE2 code, or parts when
 * too large), its index added to out. *broken: it does not translate (not
 * yet reported). */
static bool add_gate(rf_ctx *c, const char *id, int line, const part_kind *k, const char *src,
                     gate_list *out, bool *broken) {
    uint32_t known;
    *broken = false;
    if (gate_of_source(c->rs, src, &known)) /* this very text before */
        return gate_list_push(out, known) || (!problem(c, line, id, "out of memory") && false);
    pattern_out po = {0};
    code_list codes = {0};
    int32_t g = -1;
    char msg[400];
    *broken = pattern_translate(src, &c->rs->lex, &po, msg, sizeof msg) != POLEX_OK;
    bool ok = !*broken;
    if (ok && gate_find(c->rs, po.regex, &known)) { /* another text, same regex: compiled once */
        g = (int32_t)known;
    } else if (ok && (ok = codes_of(c, id, line, k, src, &po, &codes))) {
        ok = gate_of_code(c->rs, codes.v, (uint32_t)codes.n, &po, &g) == POLEX_OK;
        codes = (code_list){0}; /* taken over */
        if (!ok) problem(c, line, id, "out of memory");
    }
    pattern_out_free(&po);
    if (!ok) return false;
    if (gate_source_put(c->rs, src, (uint32_t)g) != POLEX_OK || !gate_list_push(out, (uint32_t)g))
        return !problem(c, line, id, "out of memory") && false;
    return true;
}

/* A rule's `unless` or `requires`: one gate per alternative (gate_alts.c).
 * One that does not translate is reported as the whole source's error, so
 * that the column is the rule's and a broken lexicon entry is named. */
static bool compile_gate(rf_ctx *c, const char *id, int line, const part_kind *k, const char *src,
                         gate_list *out) {
    gate_alts alts;
    if (!gate_alts_of(&c->rs->lex, src, &alts))
        return !problem(c, line, id, "out of memory") && false;
    bool ok = true, broken = false;
    for (size_t i = 0; ok && i < alts.n; i++)
        ok = add_gate(c, id, line, k, alts.v[i], out, &broken);
    gate_alts_free(&alts);
    if (!broken) return ok;
    char msg[400] = "cannot be read";
    pattern_out whole = {0};
    (void)pattern_translate(src, &c->rs->lex, &whole, msg, sizeof msg);
    pattern_out_free(&whole);
    return !problem(c, line, id, "%s: %s", k->what, msg) && false;
}

static bool set_triggers(rf_ctx *c, rule *r, char **v, size_t n) {
    r->triggers = polex_arena_alloc(c->rs->arena, (n ? n : 1) * sizeof *r->triggers);
    if (!r->triggers) return false;
    for (size_t i = 0; i < n; i++) {
        r->triggers[i] = adup(c, v[i]);
        if (!r->triggers[i]) return false;
        for (char *q = r->triggers[i]; *q; q++)
            *q = (char)tolower((unsigned char)*q);
    }
    r->n_triggers = n;
    return true;
}

/* The tokens a match can start with, and the pattern anchored with \\G to
 * run only there. A pattern without them, whose matches hold a trigger
 * within a bounded reach, runs anchored at the tokens within reach before
 * a trigger; any other pattern searches the whole sentence. */
static bool set_first(rf_ctx *c, rule *r, const pattern_out *po) {
    r->first = po->n_first ? polex_arena_alloc(c->rs->arena, po->n_first * sizeof *r->first) : NULL;
    if (po->n_first && !r->first) return false;
    for (size_t i = 0; i < po->n_first; i++)
        if (!(r->first[i] = adup(c, po->first[i]))) return false;
    char *src = polex_arena_printf(c->rs->arena, "\\G%s", po->regex);
    if (!src) return false;
    char msg[300];
    r->anchored = pattern_compile(src, msg, sizeof msg);
    r->n_first = r->anchored ? po->n_first : 0;
    return true;
}

/* The pattern's reach and its own trigger words (explicit `triggers:` need
 * not occur in the match) as a key gate, so that the matcher can skip a
 * start with no trigger or needed word within reach. */
static bool set_near(rf_ctx *c, rule *r, const pattern_out *po) {
    r->reach = po->reach;
    if (po->always || !po->n_triggers) return true;
    keyset ks = {po->triggers, po->n_triggers};
    uint32_t g;
    if (gate_of_keys(c->rs, &ks, &g) != POLEX_OK)
        return !problem(c, r->line, r->id, "out of memory") && false;
    r->near = g;
    return true;
}

/* The key gates of the words of a translated not_after or not_before:
 * its triggers (one set) and the other sets it needs. Each of its matches
 * holds a word of every set, so the matcher runs it only where they all
 * occur. */
static bool words_of(rf_ctx *c, const pattern_out *p, uint32_t **v, uint32_t *n) {
    bool trig = !p->always && p->n_triggers;
    size_t k = (trig ? 1 : 0) + p->n_need, j = 0;
    *v = NULL;
    *n = 0;
    if (!k) return true;
    uint32_t *g = polex_arena_alloc(c->rs->arena, k * sizeof *g);
    if (!g) return false;
    keyset ks = {p->triggers, p->n_triggers};
    if (trig && gate_of_keys(c->rs, &ks, &g[j++]) != POLEX_OK) return false;
    for (size_t i = 0; i < p->n_need; i++)
        if (gate_of_keys(c->rs, &p->need[i], &g[j++]) != POLEX_OK) return false;
    *v = g;
    *n = (uint32_t)k;
    return true;
}

/* A gate list in the ruleset's arena; NULL (and n 0) for none. */
static bool arena_gates(rf_ctx *c, const gate_list *l, uint32_t **v, uint32_t *n) {
    *v = NULL;
    *n = 0;
    if (!l->n) return true;
    if (!(*v = polex_arena_alloc(c->rs->arena, l->n * sizeof **v))) return false;
    memcpy(*v, l->v, l->n * sizeof **v);
    *n = l->n;
    return true;
}

/* The gates of requires / unless go to the rule; the pattern's other
 * required word sets become key gates that must all hold before the rule
 * runs. */
static bool set_gates(rf_ctx *c, rule *r, const gate_list *unless, const gate_list *requires,
                      const pattern_out *po) {
    polex_ruleset *rs = c->rs;
    if (!arena_gates(c, unless, &r->unless, &r->n_unless) ||
        !arena_gates(c, requires, &r->requires, &r->n_requires))
        return !problem(c, r->line, r->id, "out of memory") && false;
    if (!po->n_need) return true;
    r->need = polex_arena_alloc(rs->arena, po->n_need * sizeof *r->need);
    if (!r->need) return !problem(c, r->line, r->id, "out of memory") && false;
    for (size_t i = 0; i < po->n_need; i++)
        if (gate_of_keys(rs, &po->need[i], &r->need[i]) != POLEX_OK)
            return !problem(c, r->line, r->id, "out of memory") && false;
    r->n_need = po->n_need;
    return true;
}

enum { MAX_VARIANTS = 64 };

static void variants_drop(variant *v, size_t n) {
    for (size_t i = 0; i < n; i++)
        pcre2_code_free(v[i].anchored);
}

/* One alternative of the pattern as a variant; false when it cannot be one
 * (no first tokens) or on failure. */
static bool variant_of(polex_ruleset *rs, const char *src, size_t len, variant *v) {
    char *alt = malloc(len + 1);
    if (!alt) return false;
    memcpy(alt, src, len);
    alt[len] = '\0';
    pattern_out po = {0};
    char msg[300];
    bool ok = pattern_translate(alt, &rs->lex, &po, msg, sizeof msg) == POLEX_OK && po.n_first;
    free(alt);
    char *anch = ok ? polex_arena_printf(rs->arena, "\\G%s", po.regex) : NULL;
    v->trig = -1;
    v->reach = ok ? po.reach : UINT32_MAX;
    if (ok && !po.always) {
        uint32_t g;
        keyset ks = {po.triggers, po.n_triggers};
        ok = gate_of_keys(rs, &ks, &g) == POLEX_OK;
        v->trig = g;
    }
    if (ok && po.n_need) {
        v->need = polex_arena_alloc(rs->arena, po.n_need * sizeof *v->need);
        ok = v->need != NULL;
        for (size_t i = 0; ok && i < po.n_need; i++)
            ok = gate_of_keys(rs, &po.need[i], &v->need[i]) == POLEX_OK;
        v->n_need = po.n_need;
    }
    if (ok) {
        v->first = polex_arena_alloc(rs->arena, po.n_first * sizeof *v->first);
        ok = v->first != NULL;
        for (size_t i = 0; ok && i < po.n_first; i++)
            ok = (v->first[i] = polex_arena_strdup(rs->arena, po.first[i])) != NULL;
        v->n_first = po.n_first;
    }
    if (ok) ok = anch && (v->anchored = pattern_compile(anch, msg, sizeof msg)) != NULL;
    pattern_out_free(&po);
    return ok;
}

/* A pattern whose top-level alternatives all have first tokens runs them
 * one by one (see variant); otherwise, or when anything fails, it runs as a
 * whole. Call last, once rule index rs->n is the rule's. */
static void set_variants(polex_ruleset *rs, rule *r, const char *pattern) {
    const char *start[MAX_VARIANTS];
    size_t len[MAX_VARIANTS];
    size_t n = r->anchored ? pattern_split(pattern, start, len, MAX_VARIANTS) : 0;
    if (n < 2) return;
    variant v[MAX_VARIANTS];
    memset(v, 0, sizeof v);
    for (size_t i = 0; i < n; i++) {
        v[i].rule = (uint32_t)rs->n;
        if (!variant_of(rs, start[i], len[i], &v[i])) {
            variants_drop(v, i + 1);
            return;
        }
    }
    if (rs->n_variants + n > rs->cap_variants) {
        size_t cap = rs->cap_variants ? rs->cap_variants * 2 : 64;
        while (cap < rs->n_variants + n)
            cap *= 2;
        variant *nv = realloc(rs->variants, cap * sizeof *nv);
        if (!nv) {
            variants_drop(v, n);
            return;
        }
        rs->variants = nv;
        rs->cap_variants = cap;
    }
    r->var0 = (uint32_t)rs->n_variants;
    r->n_var = (uint32_t)n;
    memcpy(rs->variants + rs->n_variants, v, n * sizeof *v);
    rs->n_variants += n;
}

typedef struct rule_src {
    const char *id, *type, *action, *pattern, *unless, *status, *not_after, *not_before, *requires,
        *subject, *reading, *unless_doc;
    long priority;
    int line, pattern_line, unless_line, not_after_line, not_before_line, requires_line,
        unless_doc_line;
    const yaml_node_t *triggers, *examples;
} rule_src;

static bool read_rule_keys(rf_ctx *c, const yaml_node_t *n, rule_src *s, bool *stop) {
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
        const char *k = scalar(node(c, p->key));
        yaml_node_t *v = node(c, p->value);
        const char *sv = scalar(v);
        if (!k) continue;
        if (strcmp(k, "triggers") == 0) {
            s->triggers = v;
        } else if (strcmp(k, "examples") == 0) {
            s->examples = v;
        } else if (!sv) {
            *stop = problem(c, line_of(v), s->id, "'%s' must be a plain value", k);
            return false;
        } else if (strcmp(k, "id") == 0) {
            s->id = sv;
        } else if (strcmp(k, "type") == 0) {
            s->type = sv;
        } else if (strcmp(k, "action") == 0) {
            s->action = sv;
        } else if (strcmp(k, "pattern") == 0) {
            s->pattern = sv;
            s->pattern_line = line_of(v);
        } else if (strcmp(k, "unless") == 0) {
            s->unless = sv;
            s->unless_line = line_of(v);
        } else if (strcmp(k, "unless_document") == 0) {
            s->unless_doc = sv;
            s->unless_doc_line = line_of(v);
        } else if (strcmp(k, "requires") == 0) {
            s->requires = sv;
            s->requires_line = line_of(v);
        } else if (strcmp(k, "not_after") == 0) {
            s->not_after = sv;
            s->not_after_line = line_of(v);
        } else if (strcmp(k, "not_before") == 0) {
            s->not_before = sv;
            s->not_before_line = line_of(v);
        } else if (strcmp(k, "status") == 0) {
            s->status = sv;
        } else if (strcmp(k, "subject") == 0) {
            s->subject = sv;
        } else if (strcmp(k, "status_reading") == 0) {
            s->reading = sv;
        } else if (strcmp(k, "priority") == 0) {
            char *end;
            s->priority = strtol(sv, &end, 10);
            if (*end || end == sv || s->priority < -MAX_PRIORITY || s->priority > MAX_PRIORITY) {
                *stop = problem(c, line_of(v), s->id, "priority must be an integer");
                return false;
            }
        } else if (strcmp(k, "description") == 0 || strcmp(k, "note") == 0) {
            /* documentation only */
        } else {
            *stop = problem(c, line_of(p->key ? node(c, p->key) : v), s->id,
                            "unknown key '%s' (id, type, action, pattern, triggers, unless, "
                            "unless_document, requires, not_after, not_before, subject, status, "
                            "status_reading, priority, description, examples)",
                            k);
            return false;
        }
    }
    return true;
}

/* The pack's status reading for an action (status_readings), or NULL. */
static const char *pack_reading(rf_ctx *c, const char *action) {
    if (!c->readings || !action) return NULL;
    for (yaml_node_pair_t *p = c->readings->data.mapping.pairs.start;
         p < c->readings->data.mapping.pairs.top; p++) {
        const char *k = scalar(node(c, p->key));
        if (k && strcmp(k, action) == 0) return scalar(node(c, p->value));
    }
    return NULL;
}

/* The kinds named in names (separated by blanks or commas) as bits of
 * rs->doc_kinds in *mask; false when one is unknown (reported). */
static bool doc_kinds_of(rf_ctx *c, const char *id, int line, const char *names, uint32_t *mask) {
    *mask = 0;
    for (const char *p = names + strspn(names, " \t\n,"); *p; p += strspn(p, " \t\n,")) {
        size_t len = strcspn(p, " \t\n,");
        char msg[400];
        uint32_t bit;
        if (!ruleset_doc_kind(c->rs, p, len, &bit, msg, sizeof msg)) {
            problem(c, line, id, "unless_document: %s", msg);
            return false;
        }
        *mask |= bit;
        p += len;
    }
    return true;
}

static bool rule_id_taken(const polex_ruleset *rs, const char *id) {
    for (size_t i = 0; i < rs->n; i++)
        if (strcmp(rs->rules[i].id, id) == 0) return true;
    return false;
}

/* Returns false when loading must stop. */
static bool load_rule(rf_ctx *c, const yaml_node_t *n) {
    bool stop = false;
    if (n->type != YAML_MAPPING_NODE) return !problem(c, line_of(n), NULL, "a rule is a mapping");
    rule_src s = {.type = c->def_type,
                  .priority = c->def_priority,
                  .unless_doc = c->def_unless_doc,
                  .unless_doc_line = c->def_unless_doc_line,
                  .line = line_of(n)};
    if (!read_rule_keys(c, n, &s, &stop)) return !stop;
    if (!s.id) return !problem(c, s.line, NULL, "rule without id");
    if (!valid_name(s.id)) return !problem(c, s.line, s.id, "ids use a-z, 0-9, '_', '.', '-'");
    if (rule_id_taken(c->rs, s.id)) return !problem(c, s.line, s.id, "duplicate id");
    if (!valid_name(s.type)) return !problem(c, s.line, s.id, "missing or bad type");
    if (!valid_name(s.action)) return !problem(c, s.line, s.id, "missing or bad action");
    if (!s.pattern) return !problem(c, s.line, s.id, "missing pattern");
    int fixed = -1;
    if (s.status && (fixed = polex_event_status_from_name(s.status)) < 0)
        return !problem(c, s.line, s.id, "unknown status '%s'", s.status);
    const char *reading_name = s.reading ? s.reading : pack_reading(c, s.action);
    int reading = reading_name ? status_reading_from_name(reading_name) : READ_PLAIN;
    if (reading < 0)
        return !problem(c, s.line, s.id,
                        "unknown status_reading '%s' (plain, refusal, policy, threat)",
                        reading_name);

    polex_ruleset *rs = c->rs;
    if (rs->n == rs->cap) {
        size_t ncap = rs->cap ? rs->cap * 2 : 64;
        rule *nv = realloc(rs->rules, ncap * sizeof *nv);
        if (!nv) return !problem(c, s.line, s.id, "out of memory");
        rs->rules = nv;
        rs->cap = ncap;
    }
    rule r = {0};
    r.near = -1;
    r.reach = UINT32_MAX;
    r.id = adup(c, s.id);
    r.type = adup(c, s.type);
    r.action = adup(c, s.action);
    r.file = adup(c, c->path);
    r.line = s.line;
    r.priority = (int)s.priority;
    r.fixed_status = fixed;
    r.reading = reading;
    if (!r.id || !r.type || !r.action || !r.file) return !problem(c, s.line, s.id, "out of memory");

    pattern_out po = {0}, pa = {0}, pb = {0};
    static const part_kind unless_kind = {"unless", false, PCRE2_USE_OFFSET_LIMIT},
                           requires_kind = {"requires", false, PCRE2_USE_OFFSET_LIMIT};
    gate_list unless = {0}, requires = {0};
    bool ok = compile_part(c, s.pattern, s.pattern_line, s.id, "pattern", &r.code, &po, NULL);
    if (ok && s.unless_doc)
        ok = doc_kinds_of(c, s.id, s.unless_doc_line, s.unless_doc, &r.unless_doc);
    if (ok && s.unless) ok = compile_gate(c, s.id, s.unless_line, &unless_kind, s.unless, &unless);
    if (ok && s.requires)
        ok = compile_gate(c, s.id, s.requires_line, &requires_kind, s.requires, &requires);
    if (ok && s.not_after) ok = not_after_codes(c, s.id, s.not_after_line, s.not_after, &pa, &r);
    if (ok && s.not_after && pa.n_first) {
        /* tried only where a match can start */
        r.after_first = polex_arena_alloc(c->rs->arena, pa.n_first * sizeof *r.after_first);
        for (size_t i = 0; r.after_first && i < pa.n_first; i++)
            if (!(r.after_first[i] = adup(c, pa.first[i]))) r.after_first = NULL;
        r.n_after_first = r.after_first ? pa.n_first : 0;
    }
    if (ok && s.not_before)
        ok = compile_part(c, s.not_before, s.not_before_line, s.id, "not_before", &r.not_before,
                          &pb, &r.not_before_shared);
    if (ok && ((s.not_after && !words_of(c, &pa, &r.after_words, &r.n_after_words)) ||
               (s.not_before && !words_of(c, &pb, &r.before_words, &r.n_before_words))))
        ok = !problem(c, r.line, s.id, "out of memory") && false;
    r.before_reach = pb.reach;
    if (ok) {
        r.has_head = po.has_head;
        if (s.subject && !(r.subject = adup(c, s.subject))) ok = false;
        if (s.triggers) {
            if (s.triggers->type != YAML_SEQUENCE_NODE) {
                ok = false;
                problem(c, line_of(s.triggers), s.id, "triggers: a list of lemmas");
            } else {
                size_t nt = (size_t)(s.triggers->data.sequence.items.top -
                                     s.triggers->data.sequence.items.start);
                char **tv = calloc(nt ? nt : 1, sizeof *tv);
                for (size_t i = 0; tv && i < nt; i++)
                    tv[i] = (char *)scalar(node(c, s.triggers->data.sequence.items.start[i]));
                ok = tv && set_triggers(c, &r, tv, nt);
                free(tv);
                r.always = nt == 0;
            }
        } else {
            r.always = po.always;
            ok = set_triggers(c, &r, po.triggers, po.n_triggers);
        }
    }
    if (ok && (po.n_first || (!po.always && po.n_triggers && po.reach && po.reach != UINT32_MAX)))
        ok = set_first(c, &r, &po);
    if (ok && r.anchored) ok = set_near(c, &r, &po);
    if (ok) ok = set_gates(c, &r, &unless, &requires, &po);
    free(unless.v);
    free(requires.v);
    if (ok && s.examples) ok = read_examples(c, &r, s.examples, s.id);
    pattern_out_free(&po);
    pattern_out_free(&pa);
    pattern_out_free(&pb);
    if (!ok) {
        pcre2_code_free(r.code);
        rule_free_not_after(&r);
        if (!r.not_before_shared) pcre2_code_free(r.not_before);
        pcre2_code_free(r.anchored);
        /* compile_part already reported; in load mode err is set */
        return c->rep != NULL;
    }
    uint32_t cap_count = 0;
    pcre2_pattern_info(r.code, PCRE2_INFO_CAPTURECOUNT, &cap_count);
    if (cap_count + 1 > rs->max_ovec) rs->max_ovec = cap_count + 1;
    set_variants(rs, &r, s.pattern);
    rs->rules[rs->n++] = r;
    return true;
}

/* ---- the file ------------------------------------------------------------- */

/* libyaml keeps both values of a repeated key and readers see only one, so
 * "match:" written twice would silently drop examples: refuse it. Walks the
 * node array, not the tree, so nesting depth costs no stack. */
static bool keys_unique(rf_ctx *c) {
    for (yaml_node_t *n = c->doc->nodes.start; n < c->doc->nodes.top; n++) {
        if (n->type != YAML_MAPPING_NODE) continue;
        for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top;
             p++) {
            const char *k = scalar(node(c, p->key));
            for (yaml_node_pair_t *q = n->data.mapping.pairs.start; k && q < p; q++) {
                const char *earlier = scalar(node(c, q->key));
                if (earlier && strcmp(k, earlier) == 0)
                    return !problem(c, line_of(node(c, p->key)), NULL, "duplicate key '%s'", k);
            }
        }
    }
    return true;
}

static bool load_rules_seq(rf_ctx *c, const yaml_node_t *seq) {
    for (yaml_node_item_t *it = seq->data.sequence.items.start; it < seq->data.sequence.items.top;
         it++)
        if (!load_rule(c, node(c, *it))) return false;
    return true;
}

static bool load_root(rf_ctx *c, const yaml_node_t *root) {
    if (root->type == YAML_SEQUENCE_NODE) return load_rules_seq(c, root);
    if (root->type != YAML_MAPPING_NODE)
        return !problem(c, line_of(root), NULL, "a rule file holds 'rules:' or a list of rules");
    const yaml_node_t *rules = NULL;
    for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top;
         p++) {
        const char *k = scalar(node(c, p->key));
        yaml_node_t *v = node(c, p->value);
        if (k && strcmp(k, "rules") == 0 && v->type == YAML_SEQUENCE_NODE) {
            rules = v;
        } else if (k && strcmp(k, "type") == 0 && scalar(v)) {
            c->def_type = scalar(v);
        } else if (k && strcmp(k, "priority") == 0 && scalar(v)) {
            char *end;
            c->def_priority = strtol(scalar(v), &end, 10);
            if (*end) return !problem(c, line_of(v), NULL, "priority must be an integer");
        } else if (k && strcmp(k, "unless_document") == 0 && scalar(v)) {
            c->def_unless_doc = scalar(v);
            c->def_unless_doc_line = line_of(v);
        } else if (k && strcmp(k, "status_readings") == 0 && v->type == YAML_MAPPING_NODE) {
            c->readings = v;
        } else if (k && (strcmp(k, "description") == 0 || strcmp(k, "pack") == 0)) {
            /* documentation */
        } else {
            return !problem(c, line_of(v), NULL,
                            "unknown top-level key '%s' (rules, type, priority, unless_document, "
                            "status_readings, description)",
                            k ? k : "?");
        }
    }
    if (!rules) return !problem(c, line_of(root), NULL, "no 'rules:' list");
    return load_rules_seq(c, rules);
}

polex_status rulefile_load(polex_ruleset *rs, const char *path, load_report *rep,
                           polex_error *err) {
    FILE *f = fopen(path, "rb");
    if (!f) return polex_fail(err, POLEX_ERR_IO, "match", "cannot open rule file %s", path);
    yaml_parser_t parser;
    yaml_document_t doc;
    if (!yaml_parser_initialize(&parser)) {
        fclose(f);
        return polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
    }
    yaml_parser_set_input_file(&parser, f);
    rf_ctx c = {.rs = rs, .path = path, .doc = &doc, .rep = rep, .err = err};
    polex_status rc = POLEX_OK;
    if (!yaml_parser_load(&parser, &doc)) {
        bool stop = problem(&c, (int)parser.problem_mark.line + 1, NULL, "YAML: %s%s%s",
                            parser.problem ? parser.problem : "syntax error",
                            parser.context ? " " : "", parser.context ? parser.context : "");
        rc = stop ? POLEX_ERR_RULES : POLEX_OK;
        goto done_parser;
    }
    yaml_node_t *root = yaml_document_get_root_node(&doc);
    if (root && (!keys_unique(&c) || !load_root(&c, root))) rc = POLEX_ERR_RULES;
    yaml_document_delete(&doc);
done_parser:
    yaml_parser_delete(&parser);
    fclose(f);
    return rc;
}
