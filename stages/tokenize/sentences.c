/* sentences.c - where sentences end inside a paragraph. */
#include "tok_internal.h"

#include <string.h>

size_t tok_closers_after(const tok_raw *raw, size_t i, size_t n, const char *text) {
    (void)text;
    size_t c = 0;
    /* Only closers glued to the end mark: 'said "no." Then' keeps the quote. */
    while (i + c + 1 < n && c < 3) {
        const tok_raw *t = &raw[i + c + 1];
        if (t->rflags & RF_SPACE_BEFORE) break;
        if (t->kind == TK_CLOSE || (t->cls == POLEX_TOK_QUOTE && t->kind == TK_PLAIN))
            c++;
        else
            break;
    }
    return c;
}

/* Is the word t in map (compared in lower case)? */
static bool word_in(const tok_raw *t, const char *text, const tok_map *map) {
    char low[32];
    size_t n = t->end - t->start;
    if (t->cls != POLEX_TOK_WORD || n >= sizeof low) return false;
    for (size_t k = 0; k < n; k++) {
        char c = text[t->start + k];
        low[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return tok_map_get(map, low, n, NULL) != NULL;
}

/* Is the word t one that starts sentences ("The", "He", "But")? */
static bool is_starter(const tok_raw *t, const char *text, const tok_lexicons *lex) {
    return (t->rflags & RF_UPPER) && word_in(t, text, lex->starters);
}

/* A capital letter starts the next sentence, possibly behind an opening quote
 * or bracket. */
static bool next_starts_upper(const tok_raw *raw, size_t next, size_t n) {
    if (raw[next].kind == TK_OPEN && next + 1 < n) next++;
    return (raw[next].rflags & RF_UPPER) != 0;
}

/* "II" or "IV": a roman numeral numbering a heading. */
static bool roman(const tok_raw *t, const char *text) {
    size_t n = t->end - t->start;
    if (t->cls != POLEX_TOK_WORD || n > 5) return false;
    for (size_t k = 0; k < n; k++)
        if (!strchr("IVXLC", text[t->start + k])) return false;
    return true;
}

/* "1." or "II." opening a list item or heading; "Sec. 2." or "Section 2."
 * opening a section. */
static bool enumerator_period(const tok_raw *raw, size_t first, size_t i, const char *text,
                              const tok_lexicons *lex) {
    if (i == first) return false;
    const tok_raw *p = &raw[i - 1];
    if (p->cls != POLEX_TOK_NUMBER && !roman(p, text)) return false;
    if (i - 1 == first) return true;
    if (i - 2 != first) return false;
    return raw[first].kind == TK_NUMABBR ||
           ((raw[first].rflags & RF_UPPER) && word_in(&raw[first], text, lex->headings));
}

/* A comma, semicolon or colon right after a period: "et seq., and". */
static bool clause_punct(const tok_raw *t, const char *text) {
    return t->cls == POLEX_TOK_PUNCT && strchr(",;:", text[t->start]) != NULL;
}

bool tok_sentence_ends(const tok_raw *raw, size_t first, size_t i, size_t next, size_t n,
                       const char *text, const tok_lexicons *lex) {
    if (next >= n) return true;
    const tok_raw *t = &raw[i], *nx = &raw[next];
    bool next_lower = (nx->rflags & RF_LOWER) != 0 || clause_punct(nx, text);
    switch (t->kind) {
    case TK_END:
        if (text[t->start] == '.' && t->end - t->start == 1 &&
            enumerator_period(raw, first, i, text, lex))
            return false;
        return !next_lower;
    case TK_ELLIPSIS:
        return next_starts_upper(raw, next, n);
    case TK_ABBR:
        /* "in the U.S. The" or "the U.S. (quote)I was" */
        if (nx->kind == TK_OPEN && next + 1 < n) nx = &raw[next + 1];
        return is_starter(nx, text, lex);
    default:
        return false;
    }
}

static polex_status add_sentence(polex_doc *doc, size_t base, size_t first, size_t last) {
    polex_sentence s = {doc->tokens[base + first].start, doc->tokens[base + last].end,
                        (uint32_t)(base + first), (uint32_t)(last - first + 1)};
    return polex_doc_add_sentence(doc, &s);
}

polex_status tok_split_sentences(polex_doc *doc, const tok_raw *raw, size_t n, size_t base,
                                 const tok_lexicons *lex) {
    size_t first = 0, i = 0;
    polex_status rc = POLEX_OK;
    while (i < n && rc == POLEX_OK) {
        if (i > first && (raw[i].rflags & RF_BREAK_BEFORE)) {
            rc = add_sentence(doc, base, first, i - 1);
            first = i;
        }
        uint8_t k = raw[i].kind;
        if (rc == POLEX_OK && (k == TK_END || k == TK_ELLIPSIS || k == TK_ABBR)) {
            size_t j = i + tok_closers_after(raw, i, n, doc->text);
            if (tok_sentence_ends(raw, first, i, j + 1, n, doc->text, lex)) {
                rc = add_sentence(doc, base, first, j);
                first = i = j + 1;
                continue;
            }
        }
        if (rc == POLEX_OK && i + 1 - first >= TOK_MAX_SENTENCE_TOKENS) {
            rc = add_sentence(doc, base, first, i);
            first = i + 1;
        }
        i++;
    }
    if (rc == POLEX_OK && first < n) rc = add_sentence(doc, base, first, n - 1);
    return rc;
}
