/*
 * polex_link.h - stage 4: rule hits -> polex.event/1 events.
 *
 * Resolves jurisdictions with the gazetteer (rules/gazetteer/), actor kinds,
 * dates against the document date, amounts, and fills doc->events with
 * stable event ids.
 */
#ifndef POLEX_LINK_H
#define POLEX_LINK_H

#include "polex_core.h"

typedef struct polex_gazetteer polex_gazetteer;
typedef struct polex_linker polex_linker;

/* Loads the gazetteer from rules_dir/gazetteer/. Read-only afterwards and
 * shared between threads. NULL with err set on failure. */
polex_gazetteer *polex_gazetteer_load(const char *rules_dir, polex_error *err);
void polex_gazetteer_free(polex_gazetteer *gaz);
/* Number of divisions loaded (0 for NULL). */
size_t polex_gazetteer_size(const polex_gazetteer *gaz);

/* Per-thread linker (gaz must outlive it); NULL with err set on failure. */
polex_linker *polex_linker_new(const polex_gazetteer *gaz, const char *rules_dir, polex_error *err);
void polex_linker_free(polex_linker *linker);

/* Turns doc->hits into doc->events, one per hit, in hit order (earlier
 * events of doc are replaced). Jurisdictions come from the hit's clause or
 * sentence (with the rest of the document as context); dates are resolved
 * against the dateline's date or doc->published; the event strings live in
 * doc's arena. Not thread-safe per linker: use one linker per thread. Deterministic: the same doc
 * gives the same events. Confidence = min(0.95, 0.5 + 0.03 * clamp(priority,
 * 0, 10) + 0.05 if an actor was found + 0.05 if a specific jurisdiction was
 * linked + 0.05 if a date was found), rounded to two decimals. */
polex_status polex_link(polex_linker *linker, polex_doc *doc, polex_error *err);

#endif
