/* load_fixture.h - a hand-built document with two events, an error record and a
 * scratch folder, shared by the load tests (static inline: each test uses a part). */
#ifndef POLEX_LOAD_FIXTURE_H
#define POLEX_LOAD_FIXTURE_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "polex_core.h"

#define FIX_DOC_ID "0123456789abcdef0123456789abcdef"
/* sentence 1 is [0, 50), sentence 2 is [50, 68) */
#define FIX_TEXT "Judge Ruiz blocked the order, a \"sanctuary\" fight. Chicago will sue."

static inline polex_jurisdiction fix_chicago(polex_jur_role role) {
    return (polex_jurisdiction){.text = "Chicago",
                                .ocd_id = "ocd-division/country:us/state:il/place:chicago",
                                .geoid = "1714000",
                                .level = "place",
                                .role = (uint8_t)role,
                                .start = 51,
                                .end = 58};
}

/* Event 1 has every field set (with commas, quotes and a newline to escape);
 * event 2 has only the required ones plus one jurisdiction. n_events: 1 or 2. */
static inline polex_doc *fix_doc(size_t n_events) {
    polex_doc *doc = polex_doc_new();
    doc->doc_id = FIX_DOC_ID;
    doc->source = "news/a,b.txt";
    doc->title = "Judge blocks \"order\"";
    doc->published = "2025-06-10";
    doc->format = "text";
    doc->text = FIX_TEXT;
    doc->text_len = strlen(FIX_TEXT);
    doc->bytes = 70;
    polex_doc_add_paragraph(doc, 0, (uint32_t)doc->text_len);

    polex_event *e1 = polex_doc_add_event(doc);
    e1->type = "ruling";
    e1->action = "block";
    e1->status = POLEX_ASSERTED;
    e1->actor_text = "Judge Ruiz";
    e1->actor_kind = "court";
    polex_jurisdiction *j = polex_arena_alloc(doc->arena, 2 * sizeof *j);
    j[0] = fix_chicago(POLEX_ROLE_TARGET);
    j[1] = (polex_jurisdiction){.text = "sanctuary",
                                .generic = true,
                                .min_count = 2,
                                .role = POLEX_ROLE_TARGET,
                                .start = 33,
                                .end = 42};
    e1->jurisdictions = j;
    e1->n_jurisdictions = 2;
    e1->amount_text = "$1,500,000";
    e1->amount_value = 1500000;
    e1->has_amount_value = true;
    e1->amount_currency = "USD";
    e1->date_text = "June 3";
    e1->date_value = "2025-06-03";
    e1->date_precision = "day";
    e1->attribution = "a \"senior\" official,\nlater";
    e1->evidence_start = 0;
    e1->evidence_end = 50;
    e1->rule = "ruling.block.1";
    e1->confidence = 0.75;
    polex_event_make_id(doc->doc_id, e1);
    if (n_events < 2) return doc;

    polex_event *e2 = polex_doc_add_event(doc);
    e2->type = "litigation";
    e2->action = "sue";
    e2->status = POLEX_PLANNED;
    polex_jurisdiction *j2 = polex_arena_alloc(doc->arena, sizeof *j2);
    *j2 = fix_chicago(POLEX_ROLE_ACTOR);
    e2->jurisdictions = j2;
    e2->n_jurisdictions = 1;
    e2->evidence_start = 51;
    e2->evidence_end = 68;
    e2->rule = "lit.sue";
    e2->confidence = 0.5;
    polex_event_make_id(doc->doc_id, e2);
    return doc;
}

static inline polex_error fix_error(void) {
    polex_error e;
    polex_error_clear(&e);
    polex_fail(&e, POLEX_ERR_INPUT, "ingest", "binary file, \"NUL\" at byte %d", 12);
    snprintf(e.source, sizeof e.source, "bad.bin");
    e.offset = 12;
    return e;
}

/* A fresh scratch folder under /tmp; the caller frees the name after fix_rmdir. */
static inline char *fix_tmpdir(void) {
    char *dir = strdup("/tmp/polex-load-XXXXXX");
    if (!dir || !mkdtemp(dir)) abort();
    return dir;
}

static inline char *fix_path(const char *dir, const char *name) {
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* Removes the scratch folder and the plain files in it, then frees the name. */
static inline void fix_rmdir(char *dir) {
    DIR *d = opendir(dir);
    for (struct dirent *e; d && (e = readdir(d));) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        char *p = fix_path(dir, e->d_name);
        remove(p);
        free(p);
    }
    if (d) closedir(d);
    remove(dir);
    free(dir);
}

static inline bool fix_exists(const char *path) {
    return access(path, F_OK) == 0;
}

/* The whole file in malloc'd memory (NUL-terminated), or NULL. */
static inline char *fix_slurp(const char *path) {
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    rewind(fp);
    char *s = malloc((size_t)n + 1);
    size_t got = fread(s, 1, (size_t)n, fp);
    s[got] = '\0';
    fclose(fp);
    return s;
}

#endif
