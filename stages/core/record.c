/* record.c - JSON Lines records <-> polex_doc, with jansson. */
#include "polex_record.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static const char *const schemas[] = {POLEX_SCHEMA_DOC, POLEX_SCHEMA_TOKENS, POLEX_SCHEMA_MATCH,
                                      POLEX_SCHEMA_EVENT, POLEX_SCHEMA_ERROR};

const char *polex_record_schema(polex_record_kind kind) {
    return (unsigned)kind <= POLEX_REC_ERROR ? schemas[kind] : "";
}

/* ---- writing ------------------------------------------------------------- */

enum { DUMP_FLAGS = JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15) };

/* json_string that tolerates NULL (-> null). Text is already valid UTF-8. */
static json_t *jstr(const char *s) {
    return s ? json_string(s) : json_null();
}

static json_t *jstrn(const char *s, size_t n) {
    return json_stringn(s, n);
}

static json_t *jspan(uint32_t start, uint32_t end) {
    return json_pack("[II]", (json_int_t)start, (json_int_t)end);
}

static char *dump_and_free(json_t *obj) {
    if (!obj) return NULL;
    char *s = json_dumps(obj, DUMP_FLAGS);
    json_decref(obj);
    return s;
}

static json_t *tokens_json(const polex_doc *doc, const polex_sentence *s) {
    json_t *arr = json_array();
    for (uint32_t i = 0; arr && i < s->n_tokens; i++) {
        const polex_token *t = &doc->tokens[s->first_token + i];
        json_array_append_new(arr, json_pack("[IIsssi]", (json_int_t)t->start, (json_int_t)t->end,
                                             polex_token_class_name(t->cls), t->norm ? t->norm : "",
                                             t->lemma ? t->lemma : "", (int)t->flags));
    }
    return arr;
}

static json_t *sentences_json(const polex_doc *doc) {
    json_t *arr = json_array();
    for (size_t i = 0; arr && i < doc->n_sentences; i++) {
        const polex_sentence *s = &doc->sentences[i];
        json_array_append_new(arr, json_pack("{s:I,s:I,s:o}", "start", (json_int_t)s->start, "end",
                                             (json_int_t)s->end, "tokens", tokens_json(doc, s)));
    }
    return arr;
}

static json_t *hit_json(const polex_hit *h) {
    json_t *roles = json_object();
    for (int r = 0; roles && r < h->n_roles; r++)
        json_object_set_new(roles, h->roles[r].name, jspan(h->roles[r].start, h->roles[r].end));
    json_t *attr = h->attribution.end > h->attribution.start
                       ? jspan(h->attribution.start, h->attribution.end)
                       : json_null();
    return json_pack("{s:s,s:s,s:s,s:i,s:I,s:I,s:I,s:s,s:o,s:o,s:o}", "rule", h->rule, "type",
                     h->type, "action", h->action, "priority", h->priority, "sentence",
                     (json_int_t)h->sentence, "start", (json_int_t)h->start, "end",
                     (json_int_t)h->end, "status", polex_event_status_name(h->status), "cue",
                     jstr(h->cue), "attribution", attr, "roles", roles);
}

char *polex_doc_to_json(const polex_doc *doc, polex_record_kind level) {
    json_t *paras = json_array();
    for (size_t i = 0; paras && i < doc->n_paragraphs; i++)
        json_array_append_new(paras, jspan(doc->paragraphs[i].start, doc->paragraphs[i].end));
    json_t *obj = json_pack(
        "{s:s,s:s,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:I}", "schema", polex_record_schema(level),
        "doc_id", doc->doc_id ? doc->doc_id : "", "source", jstr(doc->source), "url",
        jstr(doc->url), "title", jstr(doc->title), "published", jstr(doc->published), "format",
        jstr(doc->format), "author", jstr(doc->author), "text", jstrn(doc->text, doc->text_len),
        "paragraphs", paras, "bytes", (json_int_t)doc->bytes);
    if (!obj) return NULL;
    if (level >= POLEX_REC_TOKENS) json_object_set_new(obj, "sentences", sentences_json(doc));
    if (level >= POLEX_REC_MATCH) {
        json_t *hits = json_array();
        for (size_t i = 0; hits && i < doc->n_hits; i++)
            json_array_append_new(hits, hit_json(&doc->hits[i]));
        json_object_set_new(obj, "hits", hits);
    }
    return dump_and_free(obj);
}

static json_t *jurisdiction_json(const polex_jurisdiction *j) {
    if (j->generic)
        return json_pack("{s:s,s:n,s:b,s:i,s:s,s:I,s:I}", "text", j->text, "ocd_id", "generic", 1,
                         "min_count", j->min_count, "role", polex_jur_role_name(j->role), "start",
                         (json_int_t)j->start, "end", (json_int_t)j->end);
    return json_pack("{s:s,s:o,s:o,s:o,s:s,s:I,s:I}", "text", j->text, "ocd_id", jstr(j->ocd_id),
                     "geoid", jstr(j->geoid), "level", jstr(j->level), "role",
                     polex_jur_role_name(j->role), "start", (json_int_t)j->start, "end",
                     (json_int_t)j->end);
}

char *polex_event_to_json(const polex_doc *doc, const polex_event *ev) {
    json_t *jurs = json_array();
    for (size_t i = 0; jurs && i < ev->n_jurisdictions; i++)
        json_array_append_new(jurs, jurisdiction_json(&ev->jurisdictions[i]));
    json_t *actor = ev->actor_text ? json_pack("{s:s,s:s}", "text", ev->actor_text, "kind",
                                               ev->actor_kind ? ev->actor_kind : "other")
                                   : json_null();
    json_t *amount = ev->amount_text ? json_pack("{s:s,s:o,s:o}", "text", ev->amount_text, "value",
                                                 ev->has_amount_value ? json_real(ev->amount_value)
                                                                      : json_null(),
                                                 "currency", jstr(ev->amount_currency))
                                     : json_null();
    json_t *date = ev->date_text
                       ? json_pack("{s:s,s:o,s:o}", "text", ev->date_text, "value",
                                   jstr(ev->date_value), "precision", jstr(ev->date_precision))
                       : json_null();
    json_t *attribution =
        ev->attribution ? json_pack("{s:s}", "text", ev->attribution) : json_null();
    json_t *evidence_text = ev->evidence_text ? json_string(ev->evidence_text)
                                              : jstrn(doc->text + ev->evidence_start,
                                                      ev->evidence_end - ev->evidence_start);
    json_t *obj = json_pack("{s:s,s:s,s:s,s:s,s:s,s:s,s:o,s:o,s:o,s:o,s:o,s:{s:o,s:I,s:I},s:s,s:f}",
                            "schema", POLEX_SCHEMA_EVENT, "event_id", ev->event_id, "doc_id",
                            doc->doc_id ? doc->doc_id : "", "type", ev->type, "action", ev->action,
                            "status", polex_event_status_name(ev->status), "actor", actor,
                            "jurisdictions", jurs, "amount", amount, "date", date, "attribution",
                            attribution, "evidence", "text", evidence_text, "start",
                            (json_int_t)ev->evidence_start, "end", (json_int_t)ev->evidence_end,
                            "rule", ev->rule ? ev->rule : "", "confidence", ev->confidence);
    return dump_and_free(obj);
}

char *polex_error_to_json(const polex_error *e) {
    json_t *obj = json_pack(
        "{s:s,s:s,s:s,s:s,s:s,s:o,s:s}", "schema", POLEX_SCHEMA_ERROR, "stage", e->stage, "doc_id",
        e->doc_id, "source", e->source, "code", polex_status_name(e->code), "offset",
        e->offset >= 0 ? json_integer(e->offset) : json_null(), "message", e->message);
    return dump_and_free(obj);
}

/* ---- reading ------------------------------------------------------------- */

typedef struct reader {
    polex_doc *doc;
    polex_error *err;
    polex_status rc;
} reader;

static polex_status bad(reader *r, const char *what) {
    r->rc = polex_fail(r->err, POLEX_ERR_RECORD, "record", "%s", what);
    return r->rc;
}

/* Arena copy of an optional string member; NULL when absent or null. */
static const char *opt_str(reader *r, json_t *obj, const char *key) {
    json_t *v = json_object_get(obj, key);
    if (!json_is_string(v)) return NULL;
    const char *s = polex_arena_strndup(r->doc->arena, json_string_value(v), json_string_length(v));
    if (!s) r->rc = POLEX_ERR_NOMEM;
    return s;
}

static bool get_span(json_t *v, uint32_t limit, uint32_t *start, uint32_t *end) {
    if (!json_is_array(v) || json_array_size(v) != 2) return false;
    json_int_t s = json_integer_value(json_array_get(v, 0));
    json_int_t e = json_integer_value(json_array_get(v, 1));
    if (!json_is_integer(json_array_get(v, 0)) || !json_is_integer(json_array_get(v, 1)) || s < 0 ||
        e < s || e > (json_int_t)limit)
        return false;
    *start = (uint32_t)s;
    *end = (uint32_t)e;
    return true;
}

static polex_status read_doc_part(reader *r, json_t *obj) {
    polex_doc *doc = r->doc;
    json_t *text = json_object_get(obj, "text");
    if (!json_is_string(text)) return bad(r, "document record has no \"text\" string");
    doc->text_len = json_string_length(text);
    if (doc->text_len > UINT32_MAX) return bad(r, "document text over 4 GiB");
    doc->text = polex_arena_strndup(doc->arena, json_string_value(text), doc->text_len);
    doc->doc_id = opt_str(r, obj, "doc_id");
    doc->source = opt_str(r, obj, "source");
    doc->url = opt_str(r, obj, "url");
    doc->title = opt_str(r, obj, "title");
    doc->published = opt_str(r, obj, "published");
    doc->format = opt_str(r, obj, "format");
    doc->author = opt_str(r, obj, "author");
    if (r->rc || !doc->text) return r->rc ? r->rc : (r->rc = POLEX_ERR_NOMEM);
    if (!doc->doc_id) return bad(r, "document record has no \"doc_id\"");
    doc->bytes = (size_t)json_integer_value(json_object_get(obj, "bytes"));
    json_t *paras = json_object_get(obj, "paragraphs"), *p;
    size_t i;
    json_array_foreach(paras, i, p) {
        uint32_t s, e;
        if (!get_span(p, (uint32_t)doc->text_len, &s, &e))
            return bad(r, "bad paragraph range (want [start, end] within text)");
        if (polex_doc_add_paragraph(doc, s, e)) return r->rc = POLEX_ERR_NOMEM;
    }
    return POLEX_OK;
}

static polex_status read_token(reader *r, json_t *t) {
    polex_doc *doc = r->doc;
    polex_token tok = {0};
    const char *cls, *norm, *lemma;
    json_int_t s, e;
    int flags;
    if (json_unpack(t, "[IIsssi]", &s, &e, &cls, &norm, &lemma, &flags) != 0)
        return bad(r, "bad token (want [start, end, class, norm, lemma, flags])");
    int c = polex_token_class_from_name(cls);
    if (c < 0 || s < 0 || e < s || e > (json_int_t)doc->text_len)
        return bad(r, "bad token class or range");
    tok.start = (uint32_t)s;
    tok.end = (uint32_t)e;
    tok.cls = (uint8_t)c;
    tok.flags = (uint8_t)flags;
    tok.norm = polex_arena_strdup(doc->arena, norm);
    tok.lemma = strcmp(lemma, norm) == 0 ? tok.norm : polex_arena_strdup(doc->arena, lemma);
    if (!tok.norm || !tok.lemma || polex_doc_add_token(doc, &tok)) return r->rc = POLEX_ERR_NOMEM;
    return POLEX_OK;
}

static polex_status read_sentences(reader *r, json_t *obj) {
    json_t *sents = json_object_get(obj, "sentences"), *s;
    if (!json_is_array(sents)) return bad(r, "tokens record has no \"sentences\" array");
    size_t i;
    json_array_foreach(sents, i, s) {
        json_int_t start, end;
        json_t *toks;
        if (json_unpack(s, "{s:I,s:I,s:o}", "start", &start, "end", &end, "tokens", &toks) ||
            !json_is_array(toks) || start < 0 || end < start || end > (json_int_t)r->doc->text_len)
            return bad(r, "bad sentence (want {start, end, tokens})");
        polex_sentence sent = {(uint32_t)start, (uint32_t)end, (uint32_t)r->doc->n_tokens,
                               (uint32_t)json_array_size(toks)};
        size_t k;
        json_t *t;
        json_array_foreach(toks, k, t) {
            if (read_token(r, t)) return r->rc;
        }
        if (polex_doc_add_sentence(r->doc, &sent)) return r->rc = POLEX_ERR_NOMEM;
    }
    r->doc->tokenized = true;
    return POLEX_OK;
}

static polex_status read_hit(reader *r, json_t *h) {
    polex_doc *doc = r->doc;
    polex_hit hit = {0};
    const char *rule, *type, *action, *status;
    json_int_t sentence, start, end;
    json_t *cue, *attr, *roles;
    if (json_unpack(h, "{s:s,s:s,s:s,s:i,s:I,s:I,s:I,s:s,s:o,s:o,s:o}", "rule", &rule, "type",
                    &type, "action", &action, "priority", &hit.priority, "sentence", &sentence,
                    "start", &start, "end", &end, "status", &status, "cue", &cue, "attribution",
                    &attr, "roles", &roles) != 0)
        return bad(r, "bad hit (see the polex.match/1 format)");
    int st = polex_event_status_from_name(status);
    if (st < 0 || sentence < 0 || (size_t)sentence >= doc->n_sentences || start < 0 ||
        end < start || end > (json_int_t)doc->text_len || !json_is_object(roles))
        return bad(r, "bad hit status, sentence or range");
    hit.rule = polex_arena_strdup(doc->arena, rule);
    hit.type = polex_arena_strdup(doc->arena, type);
    hit.action = polex_arena_strdup(doc->arena, action);
    hit.cue = json_is_string(cue) ? polex_arena_strdup(doc->arena, json_string_value(cue)) : NULL;
    hit.status = (uint8_t)st;
    hit.sentence = (uint32_t)sentence;
    hit.start = (uint32_t)start;
    hit.end = (uint32_t)end;
    if (!json_is_null(attr) &&
        !get_span(attr, (uint32_t)doc->text_len, &hit.attribution.start, &hit.attribution.end))
        return bad(r, "bad hit attribution range");
    const char *name;
    json_t *span;
    json_object_foreach(roles, name, span) {
        if (hit.n_roles == POLEX_MAX_ROLES) return bad(r, "too many roles in a hit");
        polex_role *role = &hit.roles[hit.n_roles++];
        if (!get_span(span, (uint32_t)doc->text_len, &role->start, &role->end))
            return bad(r, "bad role range");
        role->name = polex_arena_strdup(doc->arena, name);
        if (!role->name) return r->rc = POLEX_ERR_NOMEM;
    }
    if (!hit.rule || !hit.type || !hit.action || polex_doc_add_hit(doc, &hit))
        return r->rc = POLEX_ERR_NOMEM;
    return POLEX_OK;
}

static polex_status read_hits(reader *r, json_t *obj) {
    json_t *hits = json_object_get(obj, "hits"), *h;
    if (!json_is_array(hits)) return bad(r, "match record has no \"hits\" array");
    size_t i;
    json_array_foreach(hits, i, h) {
        if (read_hit(r, h)) return r->rc;
    }
    r->doc->matched = true;
    return POLEX_OK;
}

static polex_status read_jurisdiction(reader *r, json_t *j, polex_jurisdiction *out) {
    polex_arena *a = r->doc->arena;
    json_t *text = json_object_get(j, "text");
    if (!json_is_string(text)) return bad(r, "jurisdiction without \"text\"");
    out->text = polex_arena_strdup(a, json_string_value(text));
    out->ocd_id = opt_str(r, j, "ocd_id");
    out->geoid = opt_str(r, j, "geoid");
    out->level = opt_str(r, j, "level");
    out->generic = json_is_true(json_object_get(j, "generic"));
    out->min_count = (int)json_integer_value(json_object_get(j, "min_count"));
    const char *role = json_string_value(json_object_get(j, "role"));
    out->role = role && strcmp(role, "actor") == 0      ? POLEX_ROLE_ACTOR
                : role && strcmp(role, "location") == 0 ? POLEX_ROLE_LOCATION
                                                        : POLEX_ROLE_TARGET;
    out->start = (uint32_t)json_integer_value(json_object_get(j, "start"));
    out->end = (uint32_t)json_integer_value(json_object_get(j, "end"));
    return r->rc;
}

static polex_status read_event(reader *r, json_t *obj) {
    polex_doc *doc = r->doc;
    doc->doc_id = opt_str(r, obj, "doc_id");
    polex_event *ev = polex_doc_add_event(doc);
    if (!ev || r->rc) return r->rc = POLEX_ERR_NOMEM;
    const char *id = json_string_value(json_object_get(obj, "event_id"));
    ev->type = opt_str(r, obj, "type");
    ev->action = opt_str(r, obj, "action");
    ev->rule = opt_str(r, obj, "rule");
    int st = polex_event_status_from_name(json_string_value(json_object_get(obj, "status")));
    json_t *evidence = json_object_get(obj, "evidence");
    if (!id || strlen(id) != 32 || !doc->doc_id || !ev->type || !ev->action || st < 0 ||
        !json_is_object(evidence))
        return bad(r, "event record lacks event_id, doc_id, type, action, status or evidence");
    memcpy(ev->event_id, id, 33);
    ev->status = (uint8_t)st;
    ev->evidence_text = opt_str(r, evidence, "text");
    ev->evidence_start = (uint32_t)json_integer_value(json_object_get(evidence, "start"));
    ev->evidence_end = (uint32_t)json_integer_value(json_object_get(evidence, "end"));
    ev->confidence = json_number_value(json_object_get(obj, "confidence"));
    json_t *actor = json_object_get(obj, "actor");
    ev->actor_text = opt_str(r, actor, "text");
    ev->actor_kind = opt_str(r, actor, "kind");
    json_t *amount = json_object_get(obj, "amount");
    ev->amount_text = opt_str(r, amount, "text");
    ev->amount_currency = opt_str(r, amount, "currency");
    json_t *value = json_object_get(amount, "value");
    ev->has_amount_value = json_is_number(value);
    ev->amount_value = json_number_value(value);
    json_t *date = json_object_get(obj, "date");
    ev->date_text = opt_str(r, date, "text");
    ev->date_value = opt_str(r, date, "value");
    ev->date_precision = opt_str(r, date, "precision");
    ev->attribution = opt_str(r, json_object_get(obj, "attribution"), "text");
    json_t *jurs = json_object_get(obj, "jurisdictions"), *j;
    ev->n_jurisdictions = json_array_size(jurs);
    if (ev->n_jurisdictions) {
        ev->jurisdictions =
            polex_arena_alloc(doc->arena, ev->n_jurisdictions * sizeof *ev->jurisdictions);
        if (!ev->jurisdictions) return r->rc = POLEX_ERR_NOMEM;
    }
    size_t i;
    json_array_foreach(jurs, i, j) {
        if (read_jurisdiction(r, j, &ev->jurisdictions[i])) return r->rc;
    }
    return r->rc;
}

static polex_status read_error(reader *r, json_t *obj, polex_error *out) {
    polex_error_clear(out);
    const char *stage = json_string_value(json_object_get(obj, "stage"));
    const char *msg = json_string_value(json_object_get(obj, "message"));
    const char *code = json_string_value(json_object_get(obj, "code"));
    if (!msg) return bad(r, "error record has no \"message\"");
    polex_fail(out, POLEX_ERR_INPUT, stage ? stage : "", "%s", msg);
    for (int c = POLEX_OK; c <= POLEX_ERR_INTERNAL; c++)
        if (code && strcmp(code, polex_status_name((polex_status)c)) == 0)
            out->code = (polex_status)c;
    const char *doc_id = json_string_value(json_object_get(obj, "doc_id"));
    const char *source = json_string_value(json_object_get(obj, "source"));
    snprintf(out->doc_id, sizeof out->doc_id, "%s", doc_id ? doc_id : "");
    snprintf(out->source, sizeof out->source, "%s", source ? source : "");
    json_t *off = json_object_get(obj, "offset");
    out->offset = json_is_integer(off) ? json_integer_value(off) : -1;
    return POLEX_OK;
}

static int kind_of_schema(const char *schema) {
    for (int k = POLEX_REC_DOC; k <= POLEX_REC_ERROR; k++)
        if (strcmp(schema, schemas[k]) == 0) return k;
    return -1;
}

polex_status polex_record_parse(const char *line, size_t len, polex_record_kind *kind,
                                polex_doc **doc_out, polex_error *record_error, polex_error *err) {
    *doc_out = NULL;
    json_error_t jerr;
    json_t *obj = json_loadb(line, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &jerr);
    if (!obj)
        return polex_fail(err, POLEX_ERR_RECORD, "record", "not JSON: %s (column %d)", jerr.text,
                          jerr.column);
    reader r = {NULL, err, POLEX_OK};
    const char *schema = json_string_value(json_object_get(obj, "schema"));
    int k = schema ? kind_of_schema(schema) : -1;
    if (!json_is_object(obj) || k < 0) {
        polex_fail(err, POLEX_ERR_RECORD, "record", "unknown schema \"%.64s\"",
                   schema ? schema : "(none)");
        json_decref(obj);
        return POLEX_ERR_RECORD;
    }
    *kind = (polex_record_kind)k;
    if (k == POLEX_REC_ERROR) {
        polex_status rc = read_error(&r, obj, record_error);
        json_decref(obj);
        return rc;
    }
    r.doc = polex_doc_new();
    if (!r.doc) {
        json_decref(obj);
        return polex_fail(err, POLEX_ERR_NOMEM, "record", "out of memory");
    }
    if (k == POLEX_REC_EVENT) {
        read_event(&r, obj);
    } else if (read_doc_part(&r, obj) == POLEX_OK && k >= POLEX_REC_TOKENS &&
               read_sentences(&r, obj) == POLEX_OK && k >= POLEX_REC_MATCH) {
        read_hits(&r, obj);
    }
    json_decref(obj);
    if (r.rc) {
        if (r.rc == POLEX_ERR_NOMEM) polex_fail(err, POLEX_ERR_NOMEM, "record", "out of memory");
        polex_doc_free(r.doc);
        return r.rc;
    }
    *doc_out = r.doc;
    return POLEX_OK;
}
