/*
 * topic.h - the policy domain of a rule pack, and the hits that lie outside it.
 *
 * A pack may ship lexicons/topic.txt: words and phrases that put a sentence
 * in the pack's domain (for the shipped pack: immigration enforcement and the
 * federal money fights around it). A document that touches the domain in at
 * most one sentence, or in less than 15% of its sentences, keeps only the
 * hits within two paragraphs of a sentence that names it: a cruise-ship
 * injunction or a state budget cut in an otherwise off-topic story (a
 * council roundup with one immigration item) is no event of the pack. A court document
 * (two sentences with an entry of lexicons/topic_court.txt: a caption's
 * "Plaintiffs", "IT IS ORDERED") names its case once and then rules in
 * decree lines far from it ("The motion is GRANTED."): naming the domain
 * once keeps all its hits. Documents of fewer than four sentences are too
 * short to judge and keep every hit.
 *
 * Entries: one per line, "#" comments; words separated by blanks; a word
 * ending in "*" matches by prefix; a word with an upper-case letter matches
 * the token as written ("ICE" but not "ice"), other words the token's norm or
 * lemma. Punctuation inside a word is its own token, as the tokenizer makes
 * it ("287(g)" is four tokens).
 */
#ifndef POLEX_MATCH_TOPIC_H
#define POLEX_MATCH_TOPIC_H

#include "polex_core.h"

typedef struct topic_lexicon topic_lexicon;

/* Reads path into *out. A missing file is no error: *out is NULL and every
 * hit is kept. The caller owns *out (topic_lexicon_free). */
polex_status topic_lexicon_load(const char *path, topic_lexicon **out, polex_error *err);
void topic_lexicon_free(topic_lexicon *t);

/* Whether sentence i of doc names the domain. */
bool topic_sentence(const topic_lexicon *t, const polex_doc *doc, size_t i);

/* The sentences of a document whose hits lie in the domain (see above):
 * every one (all), or those with keep[i]. */
typedef struct topic_scope {
    bool all;
    bool *keep; /* n entries when !all (owned) */
    size_t n;
} topic_scope;

/* Fills *out for doc (t NULL: all; court NULL: no document is a court
 * document); free it with topic_scope_free. Needs only doc's tokens, so the
 * matcher can skip the sentences whose hits would be dropped. */
polex_status topic_scope_of(const topic_lexicon *t, const topic_lexicon *court,
                            const polex_doc *doc, topic_scope *out, polex_error *err);
void topic_scope_free(topic_scope *s);

/* Whether sentence i may keep its hits (a sentence index past the
 * document's, from a foreign hit, is not judged). */
static inline bool topic_scope_keeps(const topic_scope *s, size_t i) {
    return s->all || i >= s->n || s->keep[i];
}

/* Removes doc's hits outside the domain (see above); keeps their order.
 * t NULL keeps every hit; court NULL: no document is a court document. */
polex_status topic_filter(const topic_lexicon *t, const topic_lexicon *court, polex_doc *doc,
                          polex_error *err);

#endif
