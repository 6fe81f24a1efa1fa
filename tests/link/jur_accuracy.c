/* jur_accuracy - link-stage accuracy against gold, with the rule matcher out
 * of the loop: for each gold event, the sentence holding its evidence is
 * linked as if a hit covered the evidence; the exact OCD id set and the date
 * are compared with gold.
 *
 * Usage: jur_accuracy RULES_DIR TOKENS.jsonl GOLD.jsonl [-v]
 * (TOKENS: `polex ingest DOCS | polex tokenize`). Prints one summary line;
 * -v also prints every miss. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "link_internal.h"
#include "polex_record.h"

#define MAX_DOCS 4096

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted, de-duplicated specific ids of a sentence, joined by spaces. */
static void predicted_ids(const polex_linker *lk, const polex_doc *doc, const polex_sentence *se,
                          const link_context *ctx, uint32_t es, uint32_t ee, char *out,
                          size_t cap) {
    link_mention m[LINK_MAX_MENTIONS];
    uint32_t de = link_dateline_end(doc->text, se->start, se->end);
    uint32_t from = de ? de : se->start;
    size_t n =
        from < se->end ? link_spot(lk, doc->text, from, se->end, ctx, m, LINK_MAX_MENTIONS) : 0;
    const char *ids[LINK_MAX_MENTIONS];
    size_t k = 0;
    const char *scope = getenv("SCOPE");
    size_t inside = 0;
    for (size_t i = 0; i < n; i++)
        inside += m[i].start < ee && m[i].end > es;
    for (size_t i = 0; i < n; i++) {
        bool in = m[i].start < ee && m[i].end > es;
        if (scope && !strcmp(scope, "evidence") && !in) continue;
        if (scope && !strcmp(scope, "fallback") && inside && !in) continue;
        ids[k++] = gz_div_at(lk->gaz, (uint32_t)m[i].div)->ocd_id;
    }
    qsort(ids, k, sizeof *ids, cmp_str);
    size_t o = 0;
    out[0] = '\0';
    for (size_t i = 0; i < k; i++)
        if (i == 0 || strcmp(ids[i], ids[i - 1]))
            o += (size_t)snprintf(out + o, cap - o, "%s%s", o ? " " : "", ids[i]);
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: jur_accuracy RULES_DIR TOKENS.jsonl GOLD.jsonl [-v]\n");
        return 2;
    }
    bool verbose = argc > 4 && !strcmp(argv[4], "-v");
    polex_error err;
    polex_gazetteer *gaz = polex_gazetteer_load(argv[1], &err);
    polex_linker *lk = gaz ? polex_linker_new(gaz, argv[1], &err) : NULL;
    if (!lk) {
        fprintf(stderr, "jur_accuracy: %s\n", err.message);
        return 3;
    }
    static polex_doc *docs[MAX_DOCS];
    size_t nd = 0;
    FILE *f = fopen(argv[2], "r");
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while (f && nd < MAX_DOCS && (len = getline(&line, &cap, f)) > 0) {
        polex_record_kind kind;
        polex_error rec;
        if (polex_record_parse(line, (size_t)len, &kind, &docs[nd], &rec, &err) == POLEX_OK &&
            docs[nd])
            nd++;
    }
    if (f) fclose(f);
    json_error_t jerr;
    FILE *g = fopen(argv[3], "r");
    int jur_ok = 0, jur_n = 0, date_ok = 0, date_n = 0, gen_ok = 0, gen_n = 0;
    while (g && (len = getline(&line, &cap, g)) > 0) {
        json_t *gold = json_loads(line, 0, &jerr);
        const char *file = json_string_value(json_object_get(gold, "file"));
        polex_doc *doc = NULL;
        for (size_t i = 0; file && i < nd; i++) {
            const char *src = docs[i]->source ? docs[i]->source : "";
            size_t ls = strlen(src), lf = strlen(file);
            if (ls >= lf && !strcmp(src + ls - lf, file)) doc = docs[i];
        }
        if (!doc) {
            json_decref(gold);
            continue;
        }
        const char *published = json_string_value(json_object_get(gold, "published"));
        if (published) doc->published = published;
        link_context ctx;
        link_doc_context(lk, doc, &ctx);
        json_t *ev;
        size_t i;
        json_array_foreach(json_object_get(gold, "events"), i, ev) {
            const char *evi = json_string_value(json_object_get(ev, "evidence"));
            const char *p = evi ? strstr(doc->text, evi) : NULL;
            if (!p) continue;
            uint32_t off = (uint32_t)(p - doc->text);
            const polex_sentence *se = NULL;
            for (size_t s = 0; s < doc->n_sentences; s++)
                if (doc->sentences[s].start <= off && off < doc->sentences[s].end)
                    se = &doc->sentences[s];
            if (!se) continue;
            const char *gids[64];
            size_t ng = 0;
            json_t *id;
            size_t k;
            json_array_foreach(json_object_get(ev, "jurisdictions"), k, id) if (ng < 64)
                gids[ng++] = json_string_value(id);
            qsort(gids, ng, sizeof *gids, cmp_str);
            char want[4096] = "", got[4096];
            size_t o = 0;
            for (size_t q = 0; q < ng; q++)
                o += (size_t)snprintf(want + o, sizeof want - o, "%s%s", q ? " " : "", gids[q]);
            predicted_ids(lk, doc, se, &ctx, off, off + (uint32_t)strlen(evi), got, sizeof got);
            jur_n++;
            if (!strcmp(want, got))
                jur_ok++;
            else if (verbose)
                printf("JUR %s\n  sentence: %.*s\n  want: %s\n  got:  %s\n", file,
                       (int)(se->end - se->start), doc->text + se->start, want, got);
            json_t *gen = json_object_get(ev, "generic");
            link_mention m[LINK_MAX_MENTIONS];
            size_t nm = 0;
            link_spot_generic(lk, doc->text, se->start, se->end, m, &nm, LINK_MAX_MENTIONS);
            gen_n++;
            if ((gen != NULL) == (nm > 0))
                gen_ok++;
            else if (verbose)
                printf("GEN %s: gold %s, found %zu\n  %s\n", file, gen ? "generic" : "none", nm,
                       evi);
            const char *gd = json_string_value(json_object_get(ev, "date"));
            if (gd) {
                link_word sw[LINK_MAX_WORDS];
                link_text x = {doc->text, sw,
                               link_words_split(doc->text, se->start, se->end, sw, LINK_MAX_WORDS),
                               se->end};
                link_date d =
                    link_event_date(lk, doc, &ctx, &x, NULL, off, off + (uint32_t)strlen(evi));
                char v[16] = "";
                if (d.found && d.day)
                    snprintf(v, sizeof v, "%04d-%02d-%02d", d.year, d.month, d.day);
                else if (d.found && d.month)
                    snprintf(v, sizeof v, "%04d-%02d", d.year, d.month);
                else if (d.found)
                    snprintf(v, sizeof v, "%04d", d.year);
                date_n++;
                if (!strcmp(v, gd))
                    date_ok++;
                else if (verbose)
                    printf("DATE %s: want %s got %s (%.*s)\n  %.*s\n", file, gd, v,
                           (int)(d.end - d.start), doc->text + d.start, (int)(se->end - se->start),
                           doc->text + se->start);
            }
        }
        json_decref(gold);
    }
    if (g) fclose(g);
    printf("jurisdiction sets %d/%d = %.3f; generic presence %d/%d = %.3f; dates %d/%d = %.3f\n",
           jur_ok, jur_n, jur_n ? (double)jur_ok / jur_n : 0, gen_ok, gen_n,
           gen_n ? (double)gen_ok / gen_n : 0, date_ok, date_n,
           date_n ? (double)date_ok / date_n : 0);
    free(line);
    for (size_t i = 0; i < nd; i++)
        polex_doc_free(docs[i]);
    polex_linker_free(lk);
    polex_gazetteer_free(gaz);
    return 0;
}
