/*
 * link_internal.h - pieces of the link stage shared between its files.
 *
 * gazetteer.c  loads rules/gazetteer/ and rules/link/aliases.tsv into one
 *              read-only hash table (name key -> divisions).
 * lexicon.c    small word lists of rules/link/ (stop words, cues, kinds).
 * spot.c       finds and disambiguates jurisdiction mentions in a sentence.
 * generic.c    generic mentions ("more than a dozen jurisdictions").
 * dates.c      date expressions resolved against the document date.
 * amounts.c    money amounts.
 * link.c       builds events from hits: a sentence's words and mentions once,
 *              then for each hit its clause's jurisdictions, date, amount.
 * clauses.c, borrow.c, members.c, laws.c, seats.c, locate.c, asides.c,
 * sections.c  the passes link.c runs over a sentence's mentions (below).
 * court.c     the issuing court of a court document.
 */
#ifndef POLEX_LINK_INTERNAL_H
#define POLEX_LINK_INTERNAL_H

#include <ctype.h>   /* islower of link_verb_to */
#include <string.h>  /* memcmp of the inlined word tests */
#include <strings.h> /* strncasecmp of link_text_is */

#include "polex_link.h"

#define GZ_KEY_MAX 128
#define GZ_ALIAS_MARK '\x01'    /* first byte of the keys of hand-made aliases */
#define LINK_MAX_WORDS 1024     /* words looked at per sentence */
#define LINK_MAX_MENTIONS 64    /* jurisdiction mentions kept per sentence */
#define LINK_MAX_STATES 64      /* context states kept per document */
#define LINK_MAX_LICENSED 64    /* licensed local divisions kept per document */
#define LINK_MAX_BOUNDS 64      /* clause boundaries kept per sentence */
#define LINK_MAX_MODS 8         /* states modifying generic mentions kept per sentence */
#define LINK_BARE_COUNTY 500000 /* a county this big may go by its name alone */

enum { GZ_LEVEL_COUNTRY = 0, GZ_LEVEL_STATE, GZ_LEVEL_COUNTY, GZ_LEVEL_PLACE };

typedef struct gz_div {
    const char *ocd_id; /* full canonical id */
    const char *geoid;  /* NULL when unknown */
    const char *name;   /* display name */
    uint32_t pop;
    uint8_t level; /* GZ_LEVEL_ */
    char state[3]; /* postal code of the state/district/territory, "" for the country */
} gz_div;

enum {
    GZ_KEY_COMMON = 1u << 0, /* an ordinary word: link only with evidence */
    GZ_KEY_ALIAS = 1u << 1,  /* from the hand-made alias table */
    GZ_KEY_HAND = 1u << 2,   /* an ordinary word of the hand-made list (common_words.txt) */
};

/* One lookup answer: the divisions a key names, in gazetteer order. */
typedef struct gz_match {
    const uint32_t *divs;
    uint32_t n;
    uint8_t flags;
} gz_match;

/* Full key: lower-case, dots and apostrophes dropped, hyphens as spaces,
 * "saint" as "st" ("mount" "mt", "fort" "ft"), single spaces. Returns the length, or 0 when the
 * result would not fit in cap bytes (with the NUL). */
size_t gz_norm_key(const char *s, size_t n, char *out, size_t cap);
/* Light key for aliases: lower-case, curly apostrophe folded, commas
 * dropped, dots kept, single spaces. */
size_t gz_light_key(const char *s, size_t n, char *out, size_t cap);

/* Which keys may start with the word s[0, n): GZ_MAY_NAME (gazetteer
 * names), GZ_MAY_ALIAS (hand-made aliases); 0 when surely none. */
enum { GZ_MAY_NAME = 1u, GZ_MAY_ALIAS = 2u };
unsigned gz_may_start(const polex_gazetteer *gaz, const char *s, size_t n);
/* Looks up a normalized key; false when absent. */
bool gz_lookup(const polex_gazetteer *gaz, const char *key, gz_match *m);
/* The same for key[0, len) (no NUL needed). */
bool gz_lookup_n(const polex_gazetteer *gaz, const char *key, size_t len, gz_match *m);
/* The divisions of a gazetteer: the first member of polex_gazetteer, so
 * that gz_div_at, called for every candidate, is inlined. */
typedef struct gz_divs {
    gz_div *divs;
    size_t n_divs;
} gz_divs;
static inline const gz_div *gz_div_at(const polex_gazetteer *gaz, uint32_t i) {
    const gz_divs *d = (const gz_divs *)(const void *)gaz;
    return i < d->n_divs ? &d->divs[i] : NULL;
}
/* Index of the state division with this postal code, or -1. */
int gz_state_index(const polex_gazetteer *gaz, const char *postal);
/* Postal code for a qualifier word (light key: "ill.", "maine", "il"), or NULL. */
const char *gz_qualifier_state(const polex_gazetteer *gaz, const char *light_key);
/* Division index for an OCD id, or -1. */
int gz_find_id(const polex_gazetteer *gaz, const char *ocd_id);

/* ---- lexicons (rules/link/) -------------------------------------------- */

typedef struct link_words link_words; /* a set of lower-case words */

link_words *link_words_load(const char *path, const char *section, polex_error *err);
void link_words_free(link_words *w);
bool link_words_has(const link_words *w, const char *s, size_t n);

typedef struct link_kind_rule {
    char *kind, *phrase;
} link_kind_rule;

typedef struct link_generic_noun {
    char *noun;
    size_t len;    /* strlen(noun) */
    char *needs;   /* "a|b": one of these one or two words before, or NULL */
    int min_count; /* without a quantifier: 2 for plurals, 0 (unknown) for "any city" */
} link_generic_noun;

typedef struct link_scratch link_scratch; /* per-linker buffers of link.c */

struct polex_linker {
    const polex_gazetteer *gaz;
    link_scratch *scratch;
    link_words *suffixes, *left_ok, *org_heads, *titles, *state_cues, *place_cues, *order_any,
        *order_caps, *order_after_is, *order_after_we;
    link_words *capitals; /* state capitals as "mn/place:st_paul" (state_cues.txt [capital]) */
    link_kind_rule *kinds;
    size_t n_kinds;
    link_generic_noun *nouns;
    size_t n_nouns;
    /* bit n: some noun has n bytes (n < 32); bit c & 31: some noun starts
     * with letter c. A cheap test before comparing words with every noun. */
    uint32_t noun_lens, noun_firsts;
    /* bit n (n < 64): a county big enough to go by its bare name has a name
     * of n bytes; bit c & 31: one starts with letter c (spot.c's bare_county
     * looks words up only when both bits are set) */
    uint64_t bare_lens;
    uint32_t bare_firsts;
    /* 1 + the first noun of n bytes (n < 32) starting with letter c (c & 31), 0: none */
    uint8_t noun_first[32][32];
};

/* Kind for an actor text: "court", "executive", ... or "other". */
const char *link_actor_kind(const polex_linker *lk, const char *text, size_t n);

/* ---- words of a sentence ------------------------------------------------ */

typedef struct link_word {
    uint32_t start, end;
    bool cap;          /* starts with an upper-case ASCII letter */
    bool punct_before; /* something other than spaces since the previous word */
} link_word;

/* Splits text[start, end) into words; returns how many (at most max). */
size_t link_words_split(const char *text, uint32_t start, uint32_t end, link_word *w, size_t max);

/* A stretch of text already split into words (each sentence is split once). */
typedef struct link_text {
    const char *t;
    const link_word *w;
    size_t nw;
    uint32_t end; /* end of the stretch in t */
} link_text;

/* Whether word i of x is lit, in any case ("Million", "MILLION"); the first
 * letters are compared before strncasecmp, as most words fail there. */
static inline bool link_text_is(const link_text *x, size_t i, const char *lit) {
    size_t n = x->w[i].end - x->w[i].start;
    return n == strlen(lit) && (x->t[x->w[i].start] | 0x20) == (lit[0] | 0x20) &&
           strncasecmp(x->t + x->w[i].start, lit, n) == 0;
}

/* ---- mentions ----------------------------------------------------------- */

/* Places of courts: where a case was filed ("filed Friday in Trenton")
 * concerns the lawsuit only; where a judge sits ("a federal judge in
 * Chicago") the judge's rulings only; where a court sits ("a federal court
 * in Oregon found", "a suit in federal court in Boston") its rulings and
 * cases. */
/* LINK_SEAT_PARTY: a judge's or court's seat the sentence also speaks of as
 * the party ("a federal judge in Boise blocked ... grants from the city"):
 * it counts for rulings and their funding events, not for lawsuits. */
enum {
    LINK_SEAT_NONE = 0,
    LINK_SEAT_FILED,
    LINK_SEAT_JUDGE,
    LINK_SEAT_COURT,
    LINK_SEAT_AGENCY,
    LINK_SEAT_PARTY,
    LINK_SEAT_MODIFIER, /* a county before a local noun ("the third Monmouth County
                         * municipality to sign"): counts when nothing else is named */
    LINK_SEAT_LAW       /* a state whose law is another's yardstick but whose content
                         * follows ("in violation of Iowa Code chapter 27A, which
                         * requires ..."): counts for the content only */
};

typedef struct link_mention {
    uint32_t start, end; /* text as written, qualifier included */
    int div;             /* resolved division, -1 when none */
    bool generic;
    int min_count;
    bool strong;  /* resolved by evidence (qualifier, alias, single candidate), not population */
    bool evident; /* resolved with explicit evidence: qualifier, "City of", alias, cue word */
    uint8_t seat; /* LINK_SEAT_: where a case was filed or a court sits; AGENCY: a state
                   * named by one of its departments, which counts only when the
                   * event names nothing else specific */
} link_mention;

/* The states of a document: those of its datelines and of the mentions
 * resolved with evidence. Gathered on first use: most mentions ("Chicago")
 * need no document context, and gathering means spotting every sentence. */
typedef struct link_states {
    bool ready;
    char st[LINK_MAX_STATES][3];
    uint16_t count[LINK_MAX_STATES]; /* datelines and strong mentions naming st[i] */
    size_t n;
    uint64_t bits[11]; /* the same as a set of postal codes ("aa".."zz": 676 bits) */
    /* counties and places of the datelines: they license bare mentions of
     * the same name, even an ordinary word or a small place (spot.c looks
     * for other licenses, "City of Providence", "Providence, R.I.", in the
     * sentences that repeat a name) */
    uint32_t lic[LINK_MAX_LICENSED];
    size_t n_lic;
} link_states;

#define LINK_MAX_PERSONS 64

typedef struct link_context {
    char dateline_day[16];  /* "YYYY-MM-DD" of a dated dateline ("CHICAGO, Oct. 23 —"), or "" */
    char dateline_state[3]; /* postal code of the dateline's place, or "" */
    char ref_day[16];       /* doc->published, else the inferred document date, or "" */
    /* without a document date: the last day of the year of the text's latest
     * full date ("YYYY-12-31"), which gives a year to "On June 20" only */
    char year_day[16];
    /* names the document writes after a title and first names ("Gov. Wes
     * Moore": Wes, Moore), gathered when first asked: persons_store */
    struct link_persons *persons;
    struct link_persons {
        uint32_t at[LINK_MAX_PERSONS]; /* offsets into doc->text */
        uint8_t len[LINK_MAX_PERSONS];
        size_t n;
        bool ready;
    } persons_store;
    const polex_linker *lk;
    const polex_doc *doc;
    link_states *states; /* points to store; filled by link_doc_states */
    link_states store;
} link_context;

/* The document's states (gathered now if not yet). */
const link_states *link_doc_states(const link_context *ctx);

/* Mentions of specific jurisdictions in text[start, end), resolved with ctx
 * (NULL: no document context). Writes at most max; returns the count. */
size_t link_spot(const polex_linker *lk, const char *text, uint32_t start, uint32_t end,
                 const link_context *ctx, link_mention *out, size_t max);
size_t link_spot_text(const polex_linker *lk, const link_text *x, const link_context *ctx,
                      link_mention *out, size_t max);
/* What spotting without context (ctx NULL) left to the document: a step
 * that would have looked at its states or licenses (LINK_NEEDS_DOC), or at
 * the dateline's state (LINK_NEEDS_DATELINE). Without them, spotting with
 * any context gives the same mentions. */
enum { LINK_NEEDS_DOC = 1u, LINK_NEEDS_DATELINE = 2u };
/* link_spot_text that also ORs the LINK_NEEDS_ bits into *need. */
size_t link_spot_text_needs(const polex_linker *lk, const link_text *x, const link_context *ctx,
                            link_mention *out, size_t max, unsigned *need);
/* The mentions of sentence i of doc after its dateline, spotted without
 * context, once per document (kept in the linker's cache; spotted now with
 * words in w and mentions in m when not kept yet). *out points to them,
 * *need gets their LINK_NEEDS_ bits; returns their count. */
size_t link_plain_mentions(const polex_linker *lk, const polex_doc *doc, size_t i, link_word *w,
                           link_mention *m, const link_mention **out, unsigned *need);
/* A walk over the plain mentions (link_plain_mentions) of a run of a
 * document's sentences. It owns the buffers that spotting a sentence not
 * cached yet needs (some 14 KB, wherever the walk is declared: on the
 * caller's stack), so that the walkers declare none of their own. */
typedef struct link_walk {
    const polex_linker *lk;
    const polex_doc *doc;
    size_t next;   /* the sentence after (walking forward) or before (back) the one visited */
    size_t left;   /* how many more to visit */
    bool backward; /* towards the document's start */
    size_t si;     /* the sentence visited last */
    link_word w[LINK_MAX_WORDS];
    link_mention m[LINK_MAX_MENTIONS];
} link_walk;
/* Starts a walk over the n sentences before sentence si of doc, the
 * nearest first (fewer at the document's start). */
void link_walk_back(link_walk *wk, const polex_linker *lk, const polex_doc *doc, size_t si,
                    size_t n);
/* Starts a walk over the first n sentences of doc (all when it has fewer). */
void link_walk_first(link_walk *wk, const polex_linker *lk, const polex_doc *doc, size_t n);
/* Visits the next sentence of the walk (its index in wk->si): *pm points to
 * its mentions, valid until the next visit, *n gets their count. False when
 * the walk is over. */
bool link_walk_next(link_walk *wk, const link_mention **pm, size_t *n);
/* Generic mentions in text[start, end); appends after *n (at most max). */
void link_spot_generic(const polex_linker *lk, const char *text, uint32_t start, uint32_t end,
                       link_mention *out, size_t *n, size_t max);
void link_spot_generic_text(const polex_linker *lk, const link_text *x, link_mention *out,
                            size_t *n, size_t max);
/* Where the dateline of a sentence ("CHICAGO (AP) —", "SPRINGFIELD, Ill. —")
 * ends, or 0 when the sentence has none. */
uint32_t link_dateline_end(const char *text, uint32_t start, uint32_t end);
/* Sets ctx up for doc: the datelines' date and state now, the document's
 * states on first use (link_doc_states). ctx must not be copied. */
void link_doc_context(const polex_linker *lk, const polex_doc *doc, link_context *ctx);

/* ---- dates and amounts -------------------------------------------------- */

typedef struct keyword link_keyword; /* a date word ("April", "Thursday", "weeks") */

typedef struct link_date {
    uint32_t start, end;
    int year, month, day; /* month/day 0 when less precise */
    bool found;
} link_date;

/* Finds the date expression of text[start, end) nearest to [hs, he) and
 * resolves it against published ("YYYY-MM-DD...", may be NULL). */
link_date link_find_date(const char *text, uint32_t start, uint32_t end, uint32_t hs, uint32_t he,
                         const char *published);

typedef struct link_amount {
    uint32_t start, end;
    double value;
    bool has_value, found;
} link_amount;

/* The same against a reference date; ref_is_day: the reference is the
 * dateline's own day. A bare weekday is the latest one on or before it. */
link_date link_find_date_ref(const link_text *x, const link_keyword *const *kw, uint32_t hs,
                             uint32_t he, const char *ref, bool ref_is_day);
/* The date keyword of each word of x (kw: x->nw entries), so that several
 * hits of one sentence classify its words once; pass it as kw above (NULL:
 * classify on the fly). */
void link_date_keywords(const link_text *x, const link_keyword **kw);

/* The latest year of the full dates ("April 24, 2025", "04/24/2025"),
 * months of a written year ("in January 2025") and copyright lines
 * ("Copyright 2025", "(c) 2025") of x; 0 when none. */
int link_full_date_year(const link_text *x);
/* The document's own date stated in x: the full date right after "Filed"
 * ("Date Filed: 03/12/2026", "FILED March 12, 2026"), "Decided", "Dated",
 * "Issued" or "Entered" ("ARGUED APRIL 8, 2026 - DECIDED JULY 21, 2026"), or
 * a formal date ("on the 14th day of November, two thousand twenty-five",
 * "this 3rd day of March, 2025"); false when none. */
bool link_filed_date(const link_text *x, link_date *out);

/* The event date of a hit [hs, he) in sentence se: the nearest date
 * expression, resolved against the dateline's date ("CHICAGO, Oct. 23 —")
 * when the document has one and against doc->published otherwise; else the document date when the
 * sentence uses the operative words of an order (rules/link/order_cues.txt). */
link_date link_event_date(const polex_linker *lk, const polex_doc *doc, const link_context *ctx,
                          const link_text *x, const link_keyword *const *kw, uint32_t hs,
                          uint32_t he);

/* Finds the money amount of text[start, end) nearest to [hs, he). */
link_amount link_find_amount(const char *text, uint32_t start, uint32_t end, uint32_t hs,
                             uint32_t he);
link_amount link_find_amount_text(const link_text *x, uint32_t hs, uint32_t he);

/* Sets ev->event_id exactly as polex_event_make_id does, only faster. */
void link_event_id(const char *doc_id, polex_event *ev);

/* ---- words of the document's sentences, split once (wcache.c) ---------- */

typedef struct link_wcache link_wcache;

link_wcache *link_wcache_new(void);
void link_wcache_free(link_wcache *c);
/* Forgets the previous document; sentences of doc are split on first use. */
void link_wcache_reset(link_wcache *c, const polex_doc *doc);
/* The words of sentence i of doc: *out points into the cache (valid until
 * the next call), or to buf (LINK_MAX_WORDS words) when the cache cannot
 * hold them. Returns the count, 0 for a sentence outside the text. */
size_t link_wcache_words(link_wcache *c, const polex_doc *doc, size_t i, link_word *buf,
                         const link_word **out);
/* link_dateline_end of sentence i of doc, computed once. */
uint32_t link_wcache_dateline(link_wcache *c, const polex_doc *doc, size_t i);
/* The mentions of sentence i after its dateline spotted without document
 * context, when kept before: *out points into the cache (valid until the
 * next keep or reset). The document's states and the licenses of names both
 * need them, for every sentence that holds a name. */
bool link_wcache_mentions(const link_wcache *c, const polex_doc *doc, size_t i,
                          const link_mention **out, size_t *n, unsigned *need);
/* Keeps those mentions of sentence i and their LINK_NEEDS_ bits (copied;
 * nothing when out of room). */
void link_wcache_keep_mentions(link_wcache *c, const polex_doc *doc, size_t i,
                               const link_mention *m, size_t n, unsigned need);

/* ---- per-linker scratch (one sentence, split once for all its hits) ---- */

struct link_scratch {
    bool valid;
    uint32_t start, end; /* the sentence cached */
    link_word w[LINK_MAX_WORDS];
    size_t nw;
    size_t first;                           /* first word after the dateline (0 when none) */
    const link_keyword *kw[LINK_MAX_WORDS]; /* date keywords of the words from first on */
    link_mention m[LINK_MAX_MENTIONS];      /* specific then generic, dateline left out */
    size_t nm;
    /* states modifying a generic plural ("four California jurisdictions"):
     * kept apart, they count only when an event names nothing more specific */
    link_mention mods[LINK_MAX_MODS];
    size_t n_mods;
    bool money;                       /* it has "$", "...illion" or "dollar" */
    bool order_done;                  /* order is known */
    size_t order;                     /* its first operative word of an order (from first) */
    int has_law;                      /* a word "law"/"statute" (1), none (0), not known (-1) */
    int acting;                       /* first word of a state's act on a local policy
                                       * (link.c's ACTING_WORDS), -1: none, -2: not known yet */
    uint32_t bounds[LINK_MAX_BOUNDS]; /* where its clauses start */
    size_t n_bounds;
    uint32_t verb_phrase; /* a Title Case headline's first clause of the same
                           * subject's next verb ("..., Warns Columbia Over
                           * ..."), 0: none (link_headline_clauses) */
    link_wcache *wc;      /* the document's words */
};

/* ---- the passes of link.c over a sentence, one file per job ------------ */

/* What the items of a "a|b|c" word list start with and how long they are,
 * as bit sets (first byte mod 64; length, 31 for 31 and more), kept per
 * list (by its address: the lists are string literals) in a small cache of
 * each thread's. A word whose first byte or length no item has is turned
 * down without reading the list; most words of most tests are. So a list
 * given to link_word_in must never change at its address: a literal. */
typedef struct link_list_shape {
    const char *list;
    uint64_t firsts;
    uint32_t lens;
} link_list_shape;
enum { LINK_LIST_SHAPES = 1024 };
extern _Thread_local link_list_shape link_list_shapes[LINK_LIST_SHAPES];
void link_list_shape_fill(link_list_shape *sh, const char *list);

/* The nouns that make "In <State>, where ..." a clause about a state's law
 * and "speaks of law" true: where_law (locate.c), link_where_law_state
 * (laws.c) and speaks_of_law (link.c) must agree on them. A macro, so each
 * use is still a string literal (link_word_in caches lists by address). */
#define LINK_LAW_NOUNS "law|laws|statute|statutes|Act"

/* The word of the cached sentence at or after byte off, and word tests:
 * asked for nearly every word of every sentence, so inlined here. */
static inline bool link_word_in(const char *t, const link_word *w, const char *list) {
    size_t n = w->end - w->start;
    const char *word = t + w->start;
    if (n == 0) return false;
    uintptr_t a = (uintptr_t)list;
    link_list_shape *sh = &link_list_shapes[((a >> 3) ^ (a >> 13)) & (LINK_LIST_SHAPES - 1)];
    if (sh->list != list) link_list_shape_fill(sh, list);
    if (!((sh->firsts >> ((unsigned char)word[0] & 63u)) & 1u) ||
        !((sh->lens >> (n < 31 ? n : 31)) & 1u))
        return false;
    /* most words share no first letter with most items: strchr skips them */
    for (const char *p = list; (p = strchr(p, word[0])); p++) {
        if (p != list && p[-1] != '|') continue;
        size_t k = 1; /* (the list's NUL ends a shorter item: no word byte is NUL) */
        while (k < n && p[k] == word[k])
            k++;
        if (k == n && (p[n] == '|' || !p[n])) return true;
    }
    return false;
}

/* Word a moved back over a "the State of" before it, where that opens at
 * word lo or later: a state's formal name places no differently from its
 * bare one ("recipients in the State of Texas", "laws of the State of
 * Connecticut", "In the state of Texas, ..."). */
static inline size_t link_skip_state_of(const char *t, const link_word *w, size_t a, size_t lo) {
    if (a >= lo + 3 && link_word_in(t, &w[a - 1], "of") &&
        link_word_in(t, &w[a - 2], "State|state") && link_word_in(t, &w[a - 3], "the"))
        return a - 3;
    return a;
}

/* Appends x to m (n) unless m names x's division already or is full;
 * returns the count. */
static inline size_t link_add_once(link_mention *m, size_t n, const link_mention *x) {
    for (size_t i = 0; i < n; i++)
        if (!m[i].generic && m[i].div == x->div) return n;
    if (n < LINK_MAX_MENTIONS) m[n++] = *x;
    return n;
}

/* Whether w is the "s" of a possessive ("Oregon's" is "Oregon", "s"). */
static inline bool link_possessive_s(const char *t, const link_word *w) {
    return w->end - w->start == 1 && t[w->start] == 's';
}

/* Index of the word of the cached sentence that starts at or after byte off. */
static inline size_t link_word_at(const link_scratch *sc, uint32_t off) {
    size_t lo = 0, hi = sc->nw; /* words are in text order: a binary search */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (sc->w[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* link.c */
bool link_seat_ok(const link_mention *x);

/* Whether word k of the cached sentence is a present-tense verb before an
 * infinitive ("intends to", "plans to", "continues to", "expects to"): a
 * lower-case word of four letters or more ending in a single "s", then
 * "to". After "the county" it makes the county the clause's subject. */
static inline bool link_verb_to(const char *t, const link_scratch *sc, size_t k) {
    if (k + 1 >= sc->nw || sc->w[k + 1].punct_before) return false;
    const link_word *v = &sc->w[k];
    uint32_t n = v->end - v->start;
    return n >= 4 && islower((unsigned char)t[v->start]) && t[v->end - 1] == 's' &&
           t[v->end - 2] != 's' && link_word_in(t, &sc->w[k + 1], "to");
}

/* clauses.c: the clauses of the cached sentence */
void link_find_clauses(const char *t, link_scratch *sc);
void link_headline_clauses(const char *t, link_scratch *sc, const uint32_t *heads, size_t nh);
void link_clause_of(const link_scratch *sc, uint32_t off, uint32_t *cs, uint32_t *ce);
/* Whether a semicolon, colon or full stop comes right before word w (laws.c). */
bool link_ends_clause(const char *t, const link_word *w);
int link_generic_subject(const char *t, const link_scratch *sc, uint32_t hs);
bool link_name_or_link(const char *t, const link_word *w, size_t k);
bool link_antecedent(const char *t, const link_scratch *sc, uint32_t cs, bool whole, uint32_t *as,
                     uint32_t *ae);
uint32_t link_relative_close(const char *t, const link_scratch *sc, uint32_t cs, uint32_t lim);
/* "Boise, which adopted a welcoming resolution, and Ada County sued": the
 * clause at cs opens with "and"/"or" and a name after a relative clause on
 * the sentence's first name, which is then a subject of the clause too.
 * The bytes [*as, *ae) of that name; false when the clause is not so. */
bool link_coordinated_antecedent(const char *t, const link_scratch *sc, uint32_t cs, uint32_t *as,
                                 uint32_t *ae);
bool link_in_other_relative(const char *t, const link_scratch *sc, uint32_t cs, uint32_t off);
bool link_in_comment(const char *t, const link_scratch *sc, uint32_t off);
bool link_in_comparison(const char *t, const link_scratch *sc, uint32_t off);
bool link_in_contrast(const char *t, const link_scratch *sc, uint32_t off, uint32_t hs);
bool link_as_law_state(const char *t, const link_scratch *sc, const link_mention *m);
size_t link_drop_warning_state(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                               uint32_t hs, link_mention *m, size_t n);
bool link_where_locator(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                        uint32_t *as, uint32_t *ae);
uint32_t link_suit_claim_end(const char *t, const link_scratch *sc, uint32_t ce);

/* borrow.c: a clause naming nobody takes a parallel clause's names */
bool link_parallel_clause(const polex_gazetteer *gaz, const polex_doc *doc, const polex_hit *h,
                          const link_scratch *sc, uint32_t cs, uint32_t ce, uint32_t *ps,
                          uint32_t *pe);
bool link_resumed_parallel(const polex_gazetteer *gaz, const polex_doc *doc, const polex_hit *h,
                           const link_scratch *sc, uint32_t acs, uint32_t ace, uint32_t ce,
                           uint32_t *ps, uint32_t *pe);
bool link_favor_of_them(const char *t, const link_scratch *sc, uint32_t cs, uint32_t ce);
int link_back_level(const char *t, const link_scratch *sc, uint32_t cs, uint32_t ce, uint32_t hs);
bool link_other_level(const polex_gazetteer *gaz, const char *t, const link_mention *x, int back);
bool link_other_generic(const char *t, const link_scratch *sc, const link_mention *g);
int link_excluded_place(const char *t, const link_scratch *sc, uint32_t ms, uint32_t me);

/* members.c: generic mentions and the names they list */
bool link_members_after(const char *t, const link_scratch *sc, uint32_t he, uint32_t *ls,
                        uint32_t *le);
bool link_attribution(const char *t, const link_scratch *sc, uint32_t off);
bool link_back_reference(const char *t, const link_scratch *sc, const link_mention *g);
void link_generic_members(const char *t, const link_scratch *sc, uint32_t from, uint32_t ce,
                          uint32_t *ls, uint32_t *le);
bool link_one_of(const char *t, const link_scratch *sc, size_t k);
size_t link_generic_target_only(const char *t, const link_scratch *sc, const polex_hit *h,
                                link_mention *m, size_t n);

/* laws.c: state laws and state acts */
/* The level (GZ_LEVEL_*) of the division a named mention resolved to; -1
 * for a generic or an unresolved one. */
int link_mention_level(const polex_gazetteer *gaz, const link_mention *x);
size_t link_drop_acting_state(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                              uint32_t hs, link_mention *m, size_t n);
size_t link_drop_agencies(link_mention *m, size_t n);
size_t link_org_state_law(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                          uint32_t hs, link_mention *m, size_t n);
size_t link_qualifier_state_law(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                                uint32_t hs, link_mention *m, size_t n);
size_t link_add_sentence_state(const polex_gazetteer *gaz, const polex_doc *doc, const polex_hit *h,
                               const link_scratch *sc, link_mention *m, size_t n);
size_t link_drop_forecaster(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                            uint32_t hs, link_mention *m, size_t n);
size_t link_drop_state_suer(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                            uint32_t hs, link_mention *m, size_t n);
size_t link_law_content_only(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                             uint32_t hs, link_mention *m, size_t n);
bool link_cause_law(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                    const link_mention *x);
size_t link_drop_cause_laws(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                            link_mention *m, size_t n);
size_t link_measure_owner_only(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                               uint32_t hs, link_mention *m, size_t n);
bool link_legislating_state(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                            const link_mention *m);
const link_mention *link_one_state(const polex_gazetteer *gaz, const link_scratch *sc);
/* Whether bytes [from, to) vow, plead for or turn down what they tell of
 * (NOT_ENACTED_WORDS in laws.c): a state legislature's words that enact
 * nothing for a generic's relative clause. */
bool link_not_enacted(const char *t, const link_scratch *sc, uint32_t from, uint32_t to);
const link_mention *link_measure_state(const polex_gazetteer *gaz, const char *t,
                                       const link_scratch *sc, uint32_t from, uint32_t to);
int link_where_law_state(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                         uint32_t hs, bool against);
size_t link_drop_suing_state(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                             const polex_hit *h, link_mention *m, size_t n);
size_t link_drop_federal_measure_suer(const polex_gazetteer *gaz, const char *t,
                                      const link_scratch *sc, uint32_t hs, link_mention *m,
                                      size_t n);

/* seats.c: court seats are no party */
size_t link_drop_court_seats(const polex_gazetteer *gaz, const char *t, link_scratch *sc,
                             size_t ns);
void link_party_seats(const polex_linker *lk, const polex_doc *doc, link_scratch *sc, size_t ns);
int link_suing_seat(const polex_gazetteer *gaz, const char *t, const link_scratch *sc);
/* The first word k >= from of the cached sentence that is one of nouns
 * after "the"/"The" ("the city"), else sc->nw. */
size_t link_find_the_noun(const char *t, const link_scratch *sc, size_t from, const char *nouns);
size_t link_fill_anaphor(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                         uint32_t cs, uint32_t ce, link_mention *m, size_t n);
int link_suit_subject_seat(const polex_linker *lk, const polex_doc *doc, const link_scratch *sc);
int link_thread_seat(const polex_linker *lk, const polex_doc *doc, size_t si, bool lit,
                     const link_scratch *sc);

/* locate.c: names that only locate another name */
void link_drop_modifier_states(const polex_linker *lk, link_scratch *sc, size_t ns);
void link_county_modifiers(const polex_gazetteer *gaz, const char *t, link_scratch *sc, size_t ns);
size_t link_drop_address_counties(const polex_linker *lk, const char *t, link_scratch *sc,
                                  size_t ns);
size_t link_drop_locator_states(const polex_linker *lk, const char *t, link_scratch *sc, size_t ns);
bool link_clause_opening_locator(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                                 const link_mention *m, uint32_t ce);

/* asides.c: names mentioned in passing */
size_t link_drop_descriptive_places(const polex_linker *lk, const char *t, link_scratch *sc,
                                    size_t ns);
size_t link_drop_yardstick_laws(const polex_linker *lk, const char *t, link_scratch *sc, size_t ns);
size_t link_drop_signing_places(const polex_linker *lk, const polex_doc *doc, link_scratch *sc,
                                size_t ns);
size_t link_drop_speakers(const polex_linker *lk, const char *t, link_scratch *sc, size_t ns);
/* Drops the specific mentions of a relative clause on a name that closes
 * before the sentence's verb and states none of sentence si's events
 * ("Flagstaff, which gets its share through Coconino County, said ..."),
 * when another division is named outside it. Same ns as above. */
size_t link_drop_relatives(const polex_doc *doc, size_t si, link_scratch *sc, size_t ns);
size_t link_drop_state_seats(const polex_linker *lk, const char *t, link_scratch *sc, size_t ns);
/* m names the case another party joins ("join the King County suit"). */
bool link_joined_case(const char *t, const link_scratch *sc, const link_mention *m);
bool link_case_label(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                     const link_mention *m);

/* sections.c: roundup sections and newsletter lines */
size_t link_section_county(const polex_linker *lk, const link_context *ctx, const char *t,
                           link_scratch *sc, size_t k, size_t nm);
size_t link_section_state(const polex_linker *lk, const char *t, link_scratch *sc, size_t k,
                          size_t nm);
size_t link_place_line(polex_linker *lk, const polex_doc *doc, size_t si, const link_context *ctx,
                       link_mention *m, size_t nm);

/* court.c: the issuing court of a court document */
const char *link_issuing_court(polex_doc *doc);

#endif
