/*
 * text_date.h - calendar dates written the ways news and orders write them
 * (private to stages/ingest): "March 3, 2025", "Jan. 25, 2025",
 * "3 March 2025", "2025-03-03", "03/03/2025".
 */
#ifndef POLEX_INGEST_TEXT_DATE_H
#define POLEX_INGEST_TEXT_DATE_H

#include <stdbool.h>
#include <stddef.h>

/* Parses a date starting exactly at s[0..n). Returns the bytes it spans and
 * writes "YYYY-MM-DD" into iso (11 bytes), or returns 0 when there is no
 * valid date there. */
size_t polex_date_parse(const char *s, size_t n, char iso[11]);

/* Finds the first date that starts in s[0..within) at a word boundary,
 * passing over an opinion's argument date ("Argued March 3, 2026",
 * "Argued and Submitted August 12, 2026"): the document's is the decision's;
 * none in a Federal Register page header ("Federal Register / Vol. 91, No.
 * 137 / Monday, July 20, 2026 / Presidential Documents"), the day.
 * Returns true and sets *at and iso when found. */
bool polex_date_find(const char *s, size_t n, size_t within, size_t *at, char iso[11]);

#endif
