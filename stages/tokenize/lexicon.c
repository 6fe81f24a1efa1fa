/* lexicon.c - reads rules/lexicons/irregular.tsv and abbreviations.txt. */
#include "tok_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { LEX_MAX_LINE = 4096, LEX_MAX_ENTRIES = 1000000 };

typedef polex_status (*line_fn)(tok_lexicons *lex, char **fields, int n, const char *path,
                                long line, polex_error *err);

static int split_fields(char *s, char **fields, int max, const char *seps) {
    int n = 0;
    char *p = s;
    while (*p && n < max) {
        while (*p && strchr(seps, *p))
            p++;
        if (!*p) break;
        fields[n++] = p;
        while (*p && !strchr(seps, *p))
            p++;
        if (*p) *p++ = '\0';
    }
    return n;
}

static polex_status bad_line(polex_error *err, const char *path, long line, const char *why) {
    polex_status rc = polex_fail(err, POLEX_ERR_RULES, "tokenize", "%s:%ld: %s", path, line, why);
    if (err) err->offset = line;
    return rc;
}

static polex_status irregular_line(tok_lexicons *lex, char **f, int n, const char *path, long line,
                                   polex_error *err) {
    if (n != 2) return bad_line(err, path, line, "want: form<TAB>lemma");
    char key[TOK_MAX_BYTES * 2];
    long klen = tok_normalize(f[0], strlen(f[0]), key, sizeof key);
    if (klen <= 0) return bad_line(err, path, line, "form is too long or not UTF-8");
    if (tok_map_put(lex->irregular, key, (size_t)klen, f[1], 0))
        return polex_fail(err, POLEX_ERR_NOMEM, "tokenize", "out of memory reading %s", path);
    return POLEX_OK;
}

static int abbr_kind(const char *name) {
    if (strcmp(name, "title") == 0) return ABBR_TITLE;
    if (strcmp(name, "abbr") == 0) return ABBR_GENERAL;
    if (strcmp(name, "number") == 0) return ABBR_NUMBER;
    if (strcmp(name, "starter") == 0) return ABBR_STARTER;
    if (strcmp(name, "heading") == 0) return ABBR_HEADING;
    return 0;
}

static polex_status abbreviation_line(tok_lexicons *lex, char **f, int n, const char *path,
                                      long line, polex_error *err) {
    int kind = n >= 2 ? abbr_kind(f[0]) : 0;
    if (!kind || n > 3)
        return bad_line(err, path, line,
                        "want: title|abbr|number FORM. [EXPANSION] or starter|heading WORD");
    size_t len = strlen(f[1]);
    polex_status rc;
    if (kind == ABBR_STARTER || kind == ABBR_HEADING) {
        rc = tok_map_put(kind == ABBR_STARTER ? lex->starters : lex->headings, f[1], len, "", kind);
    } else {
        if (len < 2 || f[1][len - 1] != '.' || len > 64)
            return bad_line(err, path, line, "an abbreviation ends with a period");
        if (n == 3)
            for (char *p = f[2]; *p; p++)
                if (*p == '_') *p = ' ';
        rc = tok_map_put(lex->abbreviations, f[1], len, n == 3 ? f[2] : "", kind);
    }
    if (rc) return polex_fail(err, rc, "tokenize", "out of memory reading %s", path);
    return POLEX_OK;
}

static polex_status read_lexicon(tok_lexicons *lex, const char *dir, const char *name,
                                 const char *seps, line_fn fn, polex_error *err) {
    char path[4096];
    int pn = snprintf(path, sizeof path, "%s/lexicons/%s", dir, name);
    if (pn < 0 || (size_t)pn >= sizeof path)
        return polex_fail(err, POLEX_ERR_USAGE, "tokenize", "rules folder path is too long");
    FILE *f = fopen(path, "r");
    if (!f)
        return polex_fail(err, POLEX_ERR_RULES, "tokenize", "cannot open %s: %s", path,
                          strerror(errno));
    polex_status rc = POLEX_OK;
    char *buf = NULL;
    size_t bcap = 0;
    long line = 0;
    ssize_t got;
    while ((got = getline(&buf, &bcap, f)) >= 0) {
        line++;
        if (got > LEX_MAX_LINE || line > LEX_MAX_ENTRIES) {
            rc = bad_line(err, path, line, "line too long or file too large");
            goto done;
        }
        if (!polex_utf8_valid(buf, (size_t)got, NULL)) {
            rc = bad_line(err, path, line, "not valid UTF-8");
            goto done;
        }
        char *hash = strchr(buf, '#');
        if (hash) *hash = '\0';
        char *fields[4];
        int n = split_fields(buf, fields, 4, seps);
        if (n == 0) continue;
        if ((rc = fn(lex, fields, n, path, line, err)) != POLEX_OK) goto done;
    }
    if (ferror(f)) rc = polex_fail(err, POLEX_ERR_IO, "tokenize", "cannot read %s", path);
done:
    free(buf);
    fclose(f);
    return rc;
}

polex_status tok_lexicons_load(tok_lexicons *lex, const char *rules_dir, polex_error *err) {
    memset(lex, 0, sizeof *lex);
    lex->irregular = tok_map_new();
    lex->abbreviations = tok_map_new();
    lex->starters = tok_map_new();
    lex->headings = tok_map_new();
    if (!lex->irregular || !lex->abbreviations || !lex->starters || !lex->headings)
        return polex_fail(err, POLEX_ERR_NOMEM, "tokenize", "out of memory");
    if (!rules_dir) return POLEX_OK;
    polex_status rc = read_lexicon(lex, rules_dir, "irregular.tsv", "\t\r\n", irregular_line, err);
    if (rc == POLEX_OK)
        rc = read_lexicon(lex, rules_dir, "abbreviations.txt", " \t\r\n", abbreviation_line, err);
    return rc;
}

void tok_lexicons_free(tok_lexicons *lex) {
    if (!lex) return;
    tok_map_free(lex->irregular);
    tok_map_free(lex->abbreviations);
    tok_map_free(lex->starters);
    tok_map_free(lex->headings);
    memset(lex, 0, sizeof *lex);
}

const char *tok_abbreviation(const tok_lexicons *lex, const char *s, size_t n, int *kind) {
    const char *v = tok_map_get(lex->abbreviations, s, n, kind);
    if (v || n < 3 || n > 16) return v;
    /* "NO." and "SEC." in capitals find "No." and "Sec." */
    char title[16];
    for (size_t i = 0; i + 1 < n; i++) {
        char c = s[i];
        if (c < 'A' || c > 'Z') return NULL;
        title[i] = (char)(i == 0 ? c : c + 32);
    }
    title[n - 1] = s[n - 1];
    return tok_map_get(lex->abbreviations, title, n, kind);
}
