/* link_test_util.h - hand-made documents for the link tests (no other stage needed). */
#ifndef LINK_TEST_UTIL_H
#define LINK_TEST_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "link_internal.h"

/* A document over text, one sentence per line (lines joined by "\n"). */
static inline polex_doc *test_doc(const char *text, const char *published) {
    polex_doc *doc = polex_doc_new();
    doc->doc_id = "00112233445566778899aabbccddeeff";
    doc->text = polex_arena_strdup(doc->arena, text);
    doc->text_len = strlen(text);
    doc->published = published;
    uint32_t s = 0;
    for (uint32_t i = 0; i <= doc->text_len; i++) {
        if (i < doc->text_len && text[i] != '\n') continue;
        if (i > s) {
            polex_sentence se = {s, i, 0, 0};
            polex_doc_add_sentence(doc, &se);
        }
        s = i + 1;
    }
    return doc;
}

/* Byte offset of the first occurrence of needle in doc->text (test aborts if absent). */
static inline uint32_t at(const polex_doc *doc, const char *needle) {
    const char *p = strstr(doc->text, needle);
    if (!p) {
        fprintf(stderr, "test text has no \"%s\"\n", needle);
        abort();
    }
    return (uint32_t)(p - doc->text);
}

/* Adds a hit of type/action on the first occurrence of word in sentence si. */
static inline void add_word_hit(polex_doc *doc, const char *type, const char *action,
                                const char *word, uint32_t si) {
    polex_hit h = {.rule = "test", .type = type, .action = action, .priority = 3, .sentence = si};
    h.start = at(doc, word);
    h.end = h.start + (uint32_t)strlen(word);
    polex_doc_add_hit(doc, &h);
}

static inline int link_cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted specific ids of ev (none when NULL), without
 * "ocd-division/country:us/", joined by spaces, into buf. */
static inline void link_event_ids(const polex_event *ev, char *buf, size_t cap) {
    const char *ids[64];
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; ev && i < ev->n_jurisdictions && n < 64; i++)
        if (ev->jurisdictions[i].ocd_id)
            ids[n++] = ev->jurisdictions[i].ocd_id + strlen("ocd-division/country:us/");
    qsort(ids, n, sizeof *ids, link_cmp_str);
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(buf);
        snprintf(buf + l, cap - l, "%s%s", l ? " " : "", ids[i]);
    }
}

/* Links doc and returns the sorted specific ids of its first event, without
 * "ocd-division/country:us/", joined by spaces ("" when none), in a static
 * buffer; *n_events gets the number of events (0 when linking failed).
 * Frees doc. */
static inline const char *link_first_event_ids(polex_linker *lk, polex_doc *doc, size_t *n_events) {
    static char buf[1024];
    polex_error err;
    *n_events = polex_link(lk, doc, &err) == POLEX_OK ? doc->n_events : 0;
    link_event_ids(*n_events ? &doc->events[0] : NULL, buf, sizeof buf);
    polex_doc_free(doc);
    return buf;
}

/* The ids (as link_first_event_ids) of a hit of type/action on the first
 * occurrence of word in a document of one sentence per line, published
 * 2026-03-10; *n_events as there. */
static inline const char *link_word_hit_ids(polex_linker *lk, const char *text, const char *type,
                                            const char *action, const char *word,
                                            size_t *n_events) {
    polex_doc *doc = test_doc(text, "2026-03-10");
    uint32_t s = at(doc, word);
    size_t si = 0;
    while (si + 1 < doc->n_sentences && doc->sentences[si].end < s)
        si++;
    add_word_hit(doc, type, action, word, (uint32_t)si);
    return link_first_event_ids(lk, doc, n_events);
}

/* The shipped gazetteer and a linker over it, for a test group's setup:
 * 0 when both loaded (the caller frees them with link_fixture_free), else -1. */
static inline int link_fixture_load(polex_gazetteer **gaz, polex_linker **lk) {
    polex_error err;
    *gaz = polex_gazetteer_load(POLEX_RULES_DIR, &err);
    *lk = *gaz ? polex_linker_new(*gaz, POLEX_RULES_DIR, &err) : NULL;
    if (!*lk) fprintf(stderr, "link setup: %s\n", err.message);
    return *lk ? 0 : -1;
}

static inline void link_fixture_free(polex_gazetteer *gaz, polex_linker *lk) {
    polex_linker_free(lk);
    polex_gazetteer_free(gaz);
}

/* A test file's shared gazetteer `gaz` and linker `lk`, with the cmocka
 * group setup and teardown that load and free them. */
#define LINK_FIXTURE                                                                               \
    static polex_gazetteer *gaz;                                                                   \
    static polex_linker *lk;                                                                       \
    static int setup(void **state) {                                                               \
        (void)state;                                                                               \
        return link_fixture_load(&gaz, &lk);                                                       \
    }                                                                                              \
    static int teardown(void **state) {                                                            \
        (void)state;                                                                               \
        link_fixture_free(gaz, lk);                                                                \
        return 0;                                                                                  \
    }

/* Whether a found date has the expected text and ISO value (the value's
 * length is its precision); why gets "got ..., want ..." for the failure. */
static inline bool date_is(const char *t, const link_date *d, const char *want_text,
                           const char *want_value, char *why, size_t why_len) {
    char text[128], value[16];
    snprintf(text, sizeof text, "%.*s", (int)(d->end - d->start), t + d->start);
    if (d->day)
        snprintf(value, sizeof value, "%04d-%02d-%02d", d->year, d->month, d->day);
    else if (d->month)
        snprintf(value, sizeof value, "%04d-%02d", d->year, d->month);
    else
        snprintf(value, sizeof value, "%04d", d->year);
    snprintf(why, why_len, "got \"%s\" = %s, want \"%s\" = %s", text, value, want_text, want_value);
    return strcmp(text, want_text) == 0 && strcmp(value, want_value) == 0;
}

/* Fails case i (named what) unless d is the date want_text = want_value
 * in t, or no date when want_text is NULL. */
static inline void expect_date(const char *what, size_t i, const char *t, const link_date *d,
                               const char *want_text, const char *want_value) {
    if (!want_text) {
        if (d->found) fail_msg("%s %zu: got a date, want none", what, i);
        return;
    }
    if (!d->found) fail_msg("%s %zu: no date, want %s", what, i, want_value);
    char why[320];
    if (!date_is(t, d, want_text, want_value, why, sizeof why))
        fail_msg("%s %zu: %s", what, i, why);
}

#endif
