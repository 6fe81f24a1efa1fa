/*
 * sections.c - roundup sections and newsletter lines.
 *
 * A state or county heading a roundup's item ("TENNESSEE -", "WHATCOM:") or
 * a newsletter item's place line ("WORCESTER, MASS.") says whose item
 * follows, and picks the namesakes of that state.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "link_internal.h"

/* The names of a state's section (m, n) chosen among namesakes without a
 * qualifier of their own ("VERMONT — Burlington has not received any
 * notice", where the document's states also hold Colorado's small
 * Burlington; "MAINE — Portland will not change", after "OREGON —
 * Portland's council") are the section's state's when it has one of that
 * name and level. */
static void section_names(const polex_gazetteer *gaz, const char *t, link_mention *m, size_t n,
                          const char *st) {
    for (size_t i = 0; i < n; i++) {
        const gz_div *d = m[i].div >= 0 ? gz_div_at(gaz, (uint32_t)m[i].div) : NULL;
        char key[GZ_KEY_MAX];
        gz_match gm;
        /* a qualifier of its own ("Portland, Ore.") stays; a license from
         * another section ("OREGON — Portland's council") does not */
        if (!d || memchr(t + m[i].start, ',', m[i].end - m[i].start) ||
            d->level == GZ_LEVEL_STATE || !strcmp(d->state, st) ||
            !gz_norm_key(t + m[i].start, m[i].end - m[i].start, key, sizeof key) ||
            !gz_lookup(gaz, key, &gm))
            continue;
        for (uint32_t q = 0; q < gm.n; q++) {
            const gz_div *c = gz_div_at(gaz, gm.divs[q]);
            if (c->level == d->level && !strcmp(c->state, st)) {
                m[i].div = (int)gm.divs[q];
                break;
            }
        }
    }
}

/* A roundup's section on a county in capitals before a colon ("WHATCOM:
 * The county council voted ...", "CLARK: Sheriff John Horch said ..."):
 * the county whose item follows, when its first words speak of a county,
 * its sheriff or its jail, and one county of that name lies in the
 * document's states (or only one exists). Puts it first among the
 * sentence's nm mentions; returns the new count. */
size_t link_section_county(const polex_linker *lk, const link_context *ctx, const char *t,
                           link_scratch *sc, size_t k, size_t nm) {
    if (k == 0 || k > 3 || nm >= LINK_MAX_MENTIONS || t[sc->w[k - 1].end] != ':') return nm;
    bool county = false;
    for (size_t q = k; q < sc->nw && q < k + 8 && !county; q++)
        county = link_word_in(t, &sc->w[q], "county|County|jail|sheriff|Sheriff|parish|Parish");
    if (!county) return nm;
    uint32_t a = sc->w[0].start, b = sc->w[k - 1].end;
    for (uint32_t p = a; p < b; p++)
        if (islower((unsigned char)t[p])) return nm; /* "Ramsey: ..." is spotted as a name */
    char key[GZ_KEY_MAX];
    size_t n = gz_norm_key(t + a, b - a, key, sizeof key);
    if (!n || n + sizeof " county" > sizeof key) return nm;
    memcpy(key + n, " county", sizeof " county");
    gz_match gm;
    if (!gz_lookup(lk->gaz, key, &gm) || gm.n == 0) return nm;
    int pick = -1;
    if (gm.n == 1) {
        pick = (int)gm.divs[0];
    } else {
        const link_states *ls = link_doc_states(ctx);
        for (uint32_t i = 0; i < gm.n; i++) {
            const gz_div *d = gz_div_at(lk->gaz, gm.divs[i]);
            bool in_doc = false;
            for (size_t q = 0; q < ls->n && !in_doc; q++)
                in_doc = !strcmp(ls->st[q], d->state);
            if (!in_doc) continue;
            if (pick >= 0) return nm; /* two of the document's states have one */
            pick = (int)gm.divs[i];
        }
    }
    if (pick < 0 || gz_div_at(lk->gaz, (uint32_t)pick)->level != GZ_LEVEL_COUNTY) return nm;
    memmove(sc->m + 1, sc->m, nm * sizeof *sc->m);
    sc->m[0] = (link_mention){a, b, pick, false, 0, true, true, LINK_SEAT_NONE};
    return nm + 1;
}

/* A roundup's section named by a state alone ("TENNESSEE - Gov. Bill Lee
 * on Tuesday issued an executive order"): unlike a city's dateline, it
 * says whose events follow, as "In Tennessee," would. Not a name that is
 * also a sizable place ("NEW YORK —", "WASHINGTON —"). Puts the state first
 * among the sentence's nm mentions when the k words before the sentence's
 * first word are one; returns the new count. */
size_t link_section_state(const polex_linker *lk, const char *t, link_scratch *sc, size_t k,
                          size_t nm) {
    if (k == 0 || k > 3 || nm >= LINK_MAX_MENTIONS) return nm;
    char key[GZ_KEY_MAX];
    gz_match gm;
    uint32_t a = sc->w[0].start, b = sc->w[k - 1].end;
    if (!gz_norm_key(t + a, b - a, key, sizeof key) || !gz_lookup(lk->gaz, key, &gm)) return nm;
    int st = -1;
    for (uint32_t i = 0; i < gm.n; i++) {
        const gz_div *d = gz_div_at(lk->gaz, gm.divs[i]);
        if (d->level == GZ_LEVEL_STATE && strcmp(d->state, "dc") != 0)
            st = (int)gm.divs[i];
        else if (d->level != GZ_LEVEL_STATE && d->pop >= 20000)
            return nm;
    }
    if (st < 0 || (gm.flags & GZ_KEY_HAND)) return nm; /* "WASHINGTON —": the capital */
    for (uint32_t p = a; p < b; p++)
        if (islower((unsigned char)t[p])) return nm; /* "Chicago —": a dateline */
    memmove(sc->m + 1, sc->m, nm * sizeof *sc->m);
    sc->m[0] = (link_mention){a, b, st, false, 0, true, true, LINK_SEAT_NONE};
    section_names(lk->gaz, t, sc->m + 1, nm, gz_div_at(lk->gaz, (uint32_t)st)->state);
    return nm + 1;
}

/* A newsletter item opening with its place and a period on the same line
 * ("WORCESTER, MASS. The City Council voted ..."), which the tokenizer
 * splits off as a sentence of its own: the place belongs to the item's
 * first sentence, as when it is not split ("CHARLOTTESVILLE, VA. City
 * Council adopted ..."). Puts the mentions of sentence si - 1 first among
 * the nm of m when it is such a line; returns the new count. */
size_t link_place_line(polex_linker *lk, const polex_doc *doc, size_t si, const link_context *ctx,
                       link_mention *m, size_t nm) {
    if (si == 0 || si >= doc->n_sentences || nm >= LINK_MAX_MENTIONS) return nm;
    const polex_sentence *pe = &doc->sentences[si - 1], *se = &doc->sentences[si];
    const char *t = doc->text;
    uint32_t n = pe->end - pe->start;
    if (n < 5 || n > 48 || t[pe->end - 1] != '.' || !memchr(t + pe->start, ',', n) ||
        memchr(t + pe->end, '\n', se->start - pe->end))
        return nm;
    for (uint32_t q = pe->start; q < pe->end; q++)
        if (islower((unsigned char)t[q])) return nm; /* "WORCESTER, MASS." only */
    link_word w[16];
    link_text x = {t, w, link_words_split(t, pe->start, pe->end, w, 16), pe->end};
    if (x.nw < 2 || x.nw > 6) return nm;
    link_mention pm[4];
    size_t k = link_spot_text(lk, &x, ctx, pm, 4);
    if (k != 1 || pm[0].div < 0 || !pm[0].evident || nm + 1 > LINK_MAX_MENTIONS) return nm;
    memmove(m + 1, m, nm * sizeof *m);
    m[0] = pm[0];
    return nm + 1;
}
