/* wcache.c - the words of a document's sentences, split once per document.
 *
 * Linking looks at a sentence up to three times: for its dateline, when
 * gathering the document's states (every sentence) and when its hits are
 * linked. Splitting is the costliest part of each look, so the words of
 * every sentence split are kept (in one buffer per linker, bounded by
 * WC_MAX_WORDS; beyond it sentences are split again into the caller's
 * buffer).
 */
#include <stdlib.h>
#include <string.h>

#include "link_internal.h"

#define WC_MAX_WORDS (1u << 20)
#define WC_UNKNOWN UINT32_MAX

struct link_wcache {
    const polex_doc *doc;
    link_word *w;
    size_t n, cap;
    uint32_t *off, *nw, *de; /* per sentence: first word in w, count, dateline end */
    link_mention *m;         /* context-free mentions of the sentences spotted so far */
    size_t mn, mcap;
    uint32_t *moff, *mnum; /* per sentence: first mention in m (WC_UNKNOWN: not yet), count */
    uint8_t *mneed;        /* per sentence: LINK_NEEDS_ bits of its spotting */
    size_t s_cap;
    bool ok; /* the per-sentence arrays hold doc's sentences */
};

link_wcache *link_wcache_new(void) {
    return calloc(1, sizeof(link_wcache));
}

void link_wcache_free(link_wcache *c) {
    if (!c) return;
    free(c->w);
    free(c->off);
    free(c->nw);
    free(c->de);
    free(c->m);
    free(c->moff);
    free(c->mnum);
    free(c->mneed);
    free(c);
}

void link_wcache_reset(link_wcache *c, const polex_doc *doc) {
    c->doc = doc;
    c->n = 0;
    c->mn = 0;
    c->ok = false;
    size_t ns = doc->n_sentences;
    if (ns > c->s_cap) {
        uint32_t *off = realloc(c->off, ns * sizeof *off);
        if (off) c->off = off;
        uint32_t *nw = off ? realloc(c->nw, ns * sizeof *nw) : NULL;
        if (nw) c->nw = nw;
        uint32_t *de = nw ? realloc(c->de, ns * sizeof *de) : NULL;
        if (de) c->de = de;
        uint32_t *moff = de ? realloc(c->moff, ns * sizeof *moff) : NULL;
        if (moff) c->moff = moff;
        uint32_t *mnum = moff ? realloc(c->mnum, ns * sizeof *mnum) : NULL;
        if (mnum) c->mnum = mnum;
        uint8_t *mneed = mnum ? realloc(c->mneed, ns * sizeof *mneed) : NULL;
        if (mneed) c->mneed = mneed;
        if (!mneed) return; /* no cache: every look splits again */
        c->s_cap = ns;
    }
    for (size_t i = 0; i < ns; i++)
        c->off[i] = c->de[i] = c->moff[i] = WC_UNKNOWN;
    c->ok = true;
}

static bool sentence_ok(const polex_doc *doc, size_t i) {
    if (!doc->text || i >= doc->n_sentences) return false;
    const polex_sentence *se = &doc->sentences[i];
    return se->end <= doc->text_len && se->start < se->end;
}

uint32_t link_wcache_dateline(link_wcache *c, const polex_doc *doc, size_t i) {
    if (!sentence_ok(doc, i)) return 0;
    const polex_sentence *se = &doc->sentences[i];
    if (!c || !c->ok || c->doc != doc) return link_dateline_end(doc->text, se->start, se->end);
    if (c->de[i] == WC_UNKNOWN) c->de[i] = link_dateline_end(doc->text, se->start, se->end);
    return c->de[i];
}

size_t link_wcache_words(link_wcache *c, const polex_doc *doc, size_t i, link_word *buf,
                         const link_word **out) {
    *out = buf;
    if (!sentence_ok(doc, i)) return 0;
    const polex_sentence *se = &doc->sentences[i];
    if (!c || !c->ok || c->doc != doc)
        return link_words_split(doc->text, se->start, se->end, buf, LINK_MAX_WORDS);
    if (c->off[i] == WC_UNKNOWN) {
        size_t n = link_words_split(doc->text, se->start, se->end, buf, LINK_MAX_WORDS);
        if (c->n + n > c->cap) {
            size_t ncap = c->cap ? c->cap : 4096;
            while (ncap < c->n + n)
                ncap *= 2;
            if (ncap > WC_MAX_WORDS) return n; /* too long a document: keep splitting */
            link_word *nw = realloc(c->w, ncap * sizeof *nw);
            if (!nw) return n;
            c->w = nw;
            c->cap = ncap;
        }
        memcpy(c->w + c->n, buf, n * sizeof *buf);
        c->off[i] = (uint32_t)c->n;
        c->nw[i] = (uint32_t)n;
        c->n += n;
    }
    *out = c->w + c->off[i];
    return c->nw[i];
}

bool link_wcache_mentions(const link_wcache *c, const polex_doc *doc, size_t i,
                          const link_mention **out, size_t *n, unsigned *need) {
    if (!c || !c->ok || c->doc != doc || i >= doc->n_sentences || c->moff[i] == WC_UNKNOWN)
        return false;
    *out = c->m + c->moff[i];
    *n = c->mnum[i];
    *need = c->mneed[i];
    return true;
}

void link_wcache_keep_mentions(link_wcache *c, const polex_doc *doc, size_t i,
                               const link_mention *m, size_t n, unsigned need) {
    if (!c || !c->ok || c->doc != doc || i >= doc->n_sentences || c->moff[i] != WC_UNKNOWN) return;
    if (c->mn + n > c->mcap) {
        size_t ncap = c->mcap ? c->mcap : 1024;
        while (ncap < c->mn + n)
            ncap *= 2;
        if (ncap > WC_MAX_WORDS) return; /* bounded like the words: spot again */
        link_mention *nm = realloc(c->m, ncap * sizeof *nm);
        if (!nm) return;
        c->m = nm;
        c->mcap = ncap;
    }
    if (n) memcpy(c->m + c->mn, m, n * sizeof *m);
    c->moff[i] = (uint32_t)c->mn;
    c->mnum[i] = (uint32_t)n;
    c->mneed[i] = (uint8_t)need;
    c->mn += n;
}
