/* topic.c - the pack's policy domain (lexicons/topic.txt) and the hits outside it. */
#include "topic.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { TOPIC_MAX_ENTRIES = 10000, TOPIC_MAX_LINE = 1024, TOPIC_MAX_WORDS = 16 };

/* A document naming the domain in this many sentences, and in this share
 * of them, keeps all its hits (a court document in one: its caption names
 * the case once); so does one too short to judge (a headline, a sentence
 * typed at a prompt). A document is a court document when this many of its
 * sentences bear a court mark. Other documents keep the hits within this
 * many paragraphs of a sentence naming the domain. */
enum {
    TOPIC_DOC_SENTENCES = 2,
    TOPIC_DOC_PERCENT = 15,
    TOPIC_COURT_DOC_SENTENCES = 1,
    TOPIC_COURT_MARKS = 2,
    TOPIC_MIN_SENTENCES = 4,
    TOPIC_NEAR_PARAGRAPHS = 2
};

/* Whether named sentences of n make a document about the domain. */
static bool enough_named(size_t named, size_t n) {
    return named >= TOPIC_DOC_SENTENCES && named * 100 >= (size_t)TOPIC_DOC_PERCENT * n;
}

typedef struct topic_word {
    char *text;
    size_t len;
    bool prefix;     /* "immigra*" */
    bool exact_case; /* "ICE": compared with the token as written */
} topic_word;

typedef struct topic_entry {
    size_t first, n; /* words[first .. first + n) */
} topic_entry;

struct topic_lexicon {
    topic_word *words;
    size_t n_words, cap_words;
    topic_entry *entries;
    size_t n_entries, cap_entries;
    /* entries by the first byte of their first word: by_byte[at[c] .. at[c + 1]) */
    uint32_t *by_byte;
    uint32_t at[257];
};

void topic_lexicon_free(topic_lexicon *t) {
    if (!t) return;
    for (size_t i = 0; i < t->n_words; i++)
        free(t->words[i].text);
    free(t->words);
    free(t->entries);
    free(t->by_byte);
    free(t);
}

static bool grow(void **items, size_t *cap, size_t n, size_t size) {
    if (n < *cap) return true;
    size_t ncap = *cap ? *cap * 2 : 64;
    void *p = realloc(*items, ncap * size);
    if (!p) return false;
    *items = p;
    *cap = ncap;
    return true;
}

static bool is_split_punct(char c) {
    return c && strchr("()[]{},;:!?\"", c) != NULL;
}

static bool add_word(topic_lexicon *t, const char *s, size_t len) {
    if (!grow((void **)&t->words, &t->cap_words, t->n_words, sizeof *t->words)) return false;
    topic_word *w = &t->words[t->n_words];
    w->prefix = len > 1 && s[len - 1] == '*';
    if (w->prefix) len--;
    w->exact_case = false;
    for (size_t i = 0; i < len; i++)
        if (isupper((unsigned char)s[i])) w->exact_case = true;
    w->text = strndup(s, len);
    w->len = len;
    if (!w->text) return false;
    t->n_words++;
    return true;
}

/* Splits one entry into words the way the tokenizer splits text. */
static polex_status add_entry(topic_lexicon *t, const char *line) {
    size_t first = t->n_words;
    for (const char *p = line; *p;) {
        if (isspace((unsigned char)*p)) {
            p++;
            continue;
        }
        size_t len = 1;
        if (!is_split_punct(*p))
            while (p[len] && !isspace((unsigned char)p[len]) && !is_split_punct(p[len]))
                len++;
        if (t->n_words - first == TOPIC_MAX_WORDS) return POLEX_ERR_LIMIT;
        if (!add_word(t, p, len)) return POLEX_ERR_NOMEM;
        p += len;
    }
    if (t->n_words == first) return POLEX_OK;
    if (t->n_entries == TOPIC_MAX_ENTRIES) return POLEX_ERR_LIMIT;
    if (!grow((void **)&t->entries, &t->cap_entries, t->n_entries, sizeof *t->entries))
        return POLEX_ERR_NOMEM;
    t->entries[t->n_entries++] = (topic_entry){first, t->n_words - first};
    return POLEX_OK;
}

static void strip_comment(char *line) {
    char *hash = strstr(line, " #");
    if (line[0] == '#') hash = line;
    if (hash) *hash = '\0';
    line[strcspn(line, "\r\n")] = '\0';
}

/* A rules error at path:line. */
static polex_status fail_at(polex_error *err, polex_status code, const char *path, size_t line,
                            const char *what) {
    polex_fail(err, code, "match", "%s: %s", path, what);
    if (err) {
        snprintf(err->source, sizeof err->source, "%s", path);
        err->offset = (int64_t)line;
    }
    return code;
}

static polex_status read_entries(FILE *f, const char *path, topic_lexicon *t, polex_error *err) {
    char line[TOPIC_MAX_LINE];
    size_t lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (!strchr(line, '\n') && !feof(f))
            return fail_at(err, POLEX_ERR_RULES, path, lineno, "topic lexicon line too long");
        strip_comment(line);
        polex_status rc = add_entry(t, line);
        if (rc == POLEX_ERR_LIMIT)
            return fail_at(err, POLEX_ERR_RULES, path, lineno,
                           "too many topic entries, or too many words in one entry");
        if (rc != POLEX_OK) return fail_at(err, rc, path, lineno, "out of memory");
    }
    return POLEX_OK;
}

/* A token is tried only against the entries that start with its first
 * byte (as written, normalised or lemmatised). */
static bool index_entries(topic_lexicon *t) {
    t->by_byte = malloc((t->n_entries ? t->n_entries : 1) * sizeof *t->by_byte);
    if (!t->by_byte) return false;
    uint32_t count[256] = {0};
    for (size_t e = 0; e < t->n_entries; e++)
        count[(unsigned char)t->words[t->entries[e].first].text[0]]++;
    t->at[0] = 0;
    for (int c = 0; c < 256; c++)
        t->at[c + 1] = t->at[c] + count[c];
    uint32_t fill[256];
    memcpy(fill, t->at, sizeof fill);
    for (size_t e = 0; e < t->n_entries; e++)
        t->by_byte[fill[(unsigned char)t->words[t->entries[e].first].text[0]]++] = (uint32_t)e;
    return true;
}

polex_status topic_lexicon_load(const char *path, topic_lexicon **out, polex_error *err) {
    *out = NULL;
    FILE *f = fopen(path, "r");
    if (!f) {
        if (errno == ENOENT) return POLEX_OK;
        return fail_at(err, POLEX_ERR_IO, path, 0, strerror(errno));
    }
    topic_lexicon *t = calloc(1, sizeof *t);
    polex_status rc =
        t ? read_entries(f, path, t, err) : fail_at(err, POLEX_ERR_NOMEM, path, 0, "out of memory");
    fclose(f);
    if (rc == POLEX_OK && !index_entries(t))
        rc = fail_at(err, POLEX_ERR_NOMEM, path, 0, "out of memory");
    if (rc != POLEX_OK) {
        topic_lexicon_free(t);
        return rc;
    }
    *out = t;
    return POLEX_OK;
}

/* ---- matching -------------------------------------------------------------- */

/* A token seen three ways, lengths measured once. */
typedef struct tok_view {
    const char *raw, *norm, *lemma;
    size_t n_raw, n_norm, n_lemma;
} tok_view;

static tok_view view_of(const polex_doc *doc, const polex_token *tok) {
    tok_view v = {doc->text + tok->start,
                  tok->norm ? tok->norm : "",
                  tok->lemma ? tok->lemma : "",
                  tok->end - tok->start,
                  0,
                  0};
    v.n_norm = strlen(v.norm);
    v.n_lemma = strlen(v.lemma);
    return v;
}

static bool same(const char *s, size_t n, const topic_word *w) {
    if (n < w->len || (w->len && s[0] != w->text[0])) return false;
    return (w->prefix || n == w->len) && memcmp(s, w->text, w->len) == 0;
}

static bool word_matches(const topic_word *w, const tok_view *v) {
    if (w->exact_case) return same(v->raw, v->n_raw, w);
    return same(v->norm, v->n_norm, w) || same(v->lemma, v->n_lemma, w);
}

static bool entry_at(const topic_lexicon *t, const topic_entry *e, const polex_doc *doc,
                     const tok_view *first, size_t tok, size_t end) {
    if (end - tok < e->n || !word_matches(&t->words[e->first], first)) return false;
    for (size_t k = 1; k < e->n; k++) {
        tok_view v = view_of(doc, &doc->tokens[tok + k]);
        if (!word_matches(&t->words[e->first + k], &v)) return false;
    }
    return true;
}

bool topic_sentence(const topic_lexicon *t, const polex_doc *doc, size_t i) {
    if (!t || i >= doc->n_sentences) return false;
    const polex_sentence *s = &doc->sentences[i];
    size_t end = (size_t)s->first_token + s->n_tokens;
    if (end > doc->n_tokens) end = doc->n_tokens;
    for (size_t tok = s->first_token; tok < end; tok++) {
        tok_view v = view_of(doc, &doc->tokens[tok]);
        unsigned char bytes[3] = {(unsigned char)v.raw[0], (unsigned char)v.norm[0],
                                  (unsigned char)v.lemma[0]};
        for (int b = 0; b < 3; b++) {
            if ((b > 0 && bytes[b] == bytes[0]) || (b > 1 && bytes[b] == bytes[1])) continue;
            for (uint32_t k = t->at[bytes[b]]; k < t->at[bytes[b] + 1]; k++)
                if (entry_at(t, &t->entries[t->by_byte[k]], doc, &v, tok, end)) return true;
        }
    }
    return false;
}

/* ---- filtering -------------------------------------------------------------- */

/* Index of the paragraph holding byte offset at, or n_paragraphs. */
static size_t paragraph_of(const polex_doc *doc, uint32_t at) {
    size_t lo = 0, hi = doc->n_paragraphs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->paragraphs[mid].end < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < doc->n_paragraphs && doc->paragraphs[lo].start <= at ? lo : doc->n_paragraphs;
}

/* Whether at least n sentences of doc hold an entry of t. */
static bool sentences_at_least(const topic_lexicon *t, const polex_doc *doc, size_t n) {
    size_t found = 0;
    for (size_t i = 0; t && i < doc->n_sentences && found < n; i++)
        found += topic_sentence(t, doc, i);
    return t && found >= n;
}

/* In a document that names the domain too rarely, a sentence may keep its
 * hits when it names the domain, or a sentence of a paragraph at most
 * TOPIC_NEAR_PARAGRAPHS from its own does ("the motion is GRANTED" right
 * after the paragraph that names the conditions). keep[] has been filled
 * with the sentences that name it. */
static polex_status near_topic(const polex_doc *doc, bool *keep, polex_error *err) {
    bool *para = calloc(doc->n_paragraphs + 1, sizeof *para);
    if (!para) return polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
    for (size_t i = 0; i < doc->n_sentences; i++) {
        size_t q = keep[i] ? paragraph_of(doc, doc->sentences[i].start) : doc->n_paragraphs;
        if (q == doc->n_paragraphs) continue;
        for (size_t d = q >= TOPIC_NEAR_PARAGRAPHS ? q - TOPIC_NEAR_PARAGRAPHS : 0;
             d <= q + TOPIC_NEAR_PARAGRAPHS && d < doc->n_paragraphs; d++)
            para[d] = true;
    }
    for (size_t i = 0; i < doc->n_sentences; i++)
        keep[i] = keep[i] || para[paragraph_of(doc, doc->sentences[i].start)];
    free(para);
    return POLEX_OK;
}

polex_status topic_scope_of(const topic_lexicon *t, const topic_lexicon *court,
                            const polex_doc *doc, topic_scope *out, polex_error *err) {
    out->all = true;
    out->keep = NULL;
    out->n = doc->n_sentences;
    if (!t || doc->n_sentences < TOPIC_MIN_SENTENCES) return POLEX_OK;
    bool *keep = calloc(doc->n_sentences, sizeof *keep);
    if (!keep) return polex_fail(err, POLEX_ERR_NOMEM, "match", "out of memory");
    size_t named = 0;
    for (size_t i = 0; i < doc->n_sentences && !enough_named(named, doc->n_sentences); i++)
        named += keep[i] = topic_sentence(t, doc, i);
    bool enough =
        enough_named(named, doc->n_sentences) ||
        (named >= TOPIC_COURT_DOC_SENTENCES && sentences_at_least(court, doc, TOPIC_COURT_MARKS));
    if (enough) {
        free(keep);
        return POLEX_OK;
    }
    polex_status rc = near_topic(doc, keep, err);
    if (rc != POLEX_OK) {
        free(keep);
        return rc;
    }
    out->all = false;
    out->keep = keep;
    return POLEX_OK;
}

void topic_scope_free(topic_scope *s) {
    free(s->keep);
    s->keep = NULL;
    s->all = true;
}

polex_status topic_filter(const topic_lexicon *t, const topic_lexicon *court, polex_doc *doc,
                          polex_error *err) {
    if (doc->n_hits == 0) return POLEX_OK;
    topic_scope scope;
    polex_status rc = topic_scope_of(t, court, doc, &scope, err);
    if (rc != POLEX_OK) return rc;
    size_t kept = 0;
    for (size_t i = 0; i < doc->n_hits; i++)
        if (topic_scope_keeps(&scope, doc->hits[i].sentence)) doc->hits[kept++] = doc->hits[i];
    doc->n_hits = kept;
    topic_scope_free(&scope);
    return POLEX_OK;
}
