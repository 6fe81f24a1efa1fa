/*
 * status.c - event status from cue lexicons with scopes (in the spirit of
 * NegEx / ConText), and the attribution span of a sentence.
 *
 * A pre-cue ("did not", "is set to", "may") governs the tokens after it up
 * to a window or a scope terminator ("but", "which", ";"). The cue nearest
 * to the event head wins. Cues inside the head are part of the event itself
 * and ignored: that is how "refused to honor detainers" stays asserted.
 * A post-cue ("challenges are expected") governs a few tokens before it.
 */
#include "match_internal.h"

#include <string.h>

enum { WINDOW_NEG = 6, WINDOW_PLAN = 15, WINDOW_HYPO = 15, WINDOW_POST = 3 };

static int pre_status(int kind) {
    switch (kind) {
    case CUE_NEG:
        return POLEX_NEGATED;
    case CUE_PLAN:
        return POLEX_PLANNED;
    case CUE_HYPO:
        return POLEX_HYPOTHETICAL;
    default:
        return -1;
    }
}

static int post_status(int kind) {
    switch (kind) {
    case CUE_NEG_POST:
        return POLEX_NEGATED;
    case CUE_PLAN_POST:
        return POLEX_PLANNED;
    case CUE_HYPO_POST:
        return POLEX_HYPOTHETICAL;
    default:
        return -1;
    }
}

static uint32_t window_of(int kind) {
    return kind == CUE_NEG ? WINDOW_NEG : kind == CUE_PLAN ? WINDOW_PLAN : WINDOW_HYPO;
}

/* True when a terminator ends the scope from token a to token b (a < b):
 * one that starts strictly between them, or a clause span (a terminator of
 * several tokens such as ", which did not sue ," or "although it had not
 * joined the case ,") that holds a and closes before b. The second is how
 * a cue inside a relative or fronted subordinate clause stays in it:
 * "Judge Orrick, who did not rule on the merits, blocked the conditions". */
static bool terminated(const cue_span *cues, size_t n, uint32_t a, uint32_t b) {
    for (size_t i = 0; i < n; i++) {
        const cue_span *t = &cues[i];
        if (t->kind != CUE_TERM) continue;
        if (t->first > a && t->first < b) return true;
        if (t->first < a && t->last > a && t->last < b) return true;
    }
    return false;
}

/* True when a terminator starts before cue c and ends on its last token:
 * the cue's words are then part of a phrase that is no cue (NegEx's
 * pseudo-triggers). "new conditions that would require states to assist"
 * describes conditions in force: the terminator "conditions that would"
 * swallows the planned "would". */
static bool swallowed(const cue_span *cues, size_t n, const cue_span *c) {
    for (size_t i = 0; i < n; i++) {
        const cue_span *t = &cues[i];
        if (t->kind == CUE_TERM && t->first < c->first && t->last == c->last) return true;
    }
    return false;
}

/* A cue that starts before the head and runs into it ("will not" before the
 * head "not change") still governs it, except a negation: a negation inside
 * the head is the event itself ("not complying" is a refusal). A cue whose
 * gap holds the head is about something after it: in "notified the county
 * that the suspension had been lifted, that the terms would not apply" the
 * "notified ... would" cue ends on a later clause's future. A cue may still
 * share its last word with a short head ("face the loss of" with
 * the head "loss", "are going to" with the head "going"). */
enum { CUE_PAST_HEAD = 1 };

static bool governs(const cue_span *c, uint32_t h0, uint32_t h1) {
    if (c->first >= h0 || c->last > h1 + CUE_PAST_HEAD) return false;
    return c->last < h0 || c->kind != CUE_NEG;
}

static uint32_t cue_end(const cue_span *c, uint32_t h0) {
    return c->last < h0 ? c->last : h0 - 1;
}

/* Whether pre-cue c reaches the head [h0, h1]. */
static bool reaches(const cue_span *cues, size_t n_cues, const cue_span *c, uint32_t h0,
                    uint32_t h1) {
    if (pre_status(c->kind) < 0 || !governs(c, h0, h1) || swallowed(cues, n_cues, c)) return false;
    uint32_t end = cue_end(c, h0);
    return h0 - 1 - end <= window_of(c->kind) && !terminated(cues, n_cues, end, h0);
}

static int pre_cue(const cue_span *cues, size_t n_cues, uint32_t h0, uint32_t h1) {
    int best = -1;
    for (size_t i = 0; i < n_cues; i++) {
        const cue_span *c = &cues[i];
        if (!reaches(cues, n_cues, c, h0, h1)) continue;
        uint32_t end = cue_end(c, h0);
        uint32_t best_end = best < 0 ? 0 : cue_end(&cues[best], h0);
        if (best < 0 || end > best_end || (end == best_end && c->first < cues[best].first))
            best = (int)i;
    }
    return best;
}

static int post_cue(const cue_span *cues, size_t n_cues, uint32_t h1) {
    for (size_t i = 0; i < n_cues; i++) {
        const cue_span *c = &cues[i];
        if (post_status(c->kind) < 0 || c->first <= h1) continue;
        if (c->first - h1 - 1 > WINDOW_POST) continue;
        if (terminated(cues, n_cues, h1, c->first) || swallowed(cues, n_cues, c)) continue;
        return (int)i;
    }
    return -1;
}

/* A conditional ("if") in the same clause as the event, before or after it,
 * makes an asserted or planned event hypothetical: "the county would sue if
 * the money did not arrive", "if it refused to honor detainers, ...". */
enum { WINDOW_COND = 20 };

/* True when a one-word modal cue ("could", "may", "would") starts where
 * a conditional c of three or more words starts: c is then a possibility
 * that reaches into a relative clause after it ("could cut awards to cities
 * that ..."), which says nothing of an event before it ("The city sued,
 * arguing the state could cut awards to cities that refuse"). An inverted
 * conditional is two words: "will sue should the state cut the grants". */
static bool modal_start(const cue_span *cues, size_t n, const cue_span *c) {
    if (c->last - c->first < 2) return false;
    for (size_t i = 0; i < n; i++)
        if ((cues[i].kind == CUE_HYPO || cues[i].kind == CUE_PLAN) && cues[i].first == c->first &&
            cues[i].last == c->first)
            return true;
    return false;
}

/* True when a terminator ends the scope between the head's end h1 and a
 * conditional starting on token c (h1 < c). A one-token terminator right
 * before the conditional does not: it is there to keep a cue before it off
 * a head that starts on the conditional ("the grants would be restored once
 * the county rescinds" with the head "once ..."), and the conditional still
 * reaches back to the head ("HUD will restore the funds once each city
 * signs"). */
static bool terminated_after(const cue_span *cues, size_t n, uint32_t h1, uint32_t c) {
    for (size_t i = 0; i < n; i++) {
        const cue_span *t = &cues[i];
        if (t->kind != CUE_TERM || (t->first == t->last && t->last + 1 == c)) continue;
        if (t->first > h1 && t->first < c) return true;
        if (t->first < h1 && t->last > h1 && t->last < c) return true;
    }
    return false;
}

static int conditional(const cue_span *cues, size_t n_cues, uint32_t h0, uint32_t h1) {
    for (size_t i = 0; i < n_cues; i++) {
        const cue_span *c = &cues[i];
        if (c->kind != CUE_COND) continue;
        if (c->last < h0 && h0 - c->last <= WINDOW_COND && !terminated(cues, n_cues, c->last, h0))
            return (int)i;
        if (c->first > h1 && c->first - h1 <= WINDOW_COND &&
            !terminated_after(cues, n_cues, h1, c->first) && !modal_start(cues, n_cues, c))
            return (int)i;
    }
    return -1;
}

/* A future cue that holds a negation ("will not", "would never", "is not
 * going to", "said it would not") and ends before the head denies the
 * event: "the state said it would not appeal" is no appeal. When the cue
 * runs into the head the negation is the event ("will not honor
 * detainers" with the head "not honor" is a planned refusal). */
static bool negated_future(const cue_span *cues, size_t n, const cue_span *c, uint32_t h0) {
    if (c->kind != CUE_PLAN || c->last >= h0) return false;
    for (size_t i = 0; i < n; i++)
        if (cues[i].kind == CUE_NEG && cues[i].first >= c->first && cues[i].last <= c->last)
            return true;
    return false;
}

int status_reading_from_name(const char *name) {
    static const char *const names[READ_COUNT] = {"plain", "refusal", "policy", "threat"};
    for (int i = 0; i < READ_COUNT; i++)
        if (name && strcmp(name, names[i]) == 0) return i;
    return -1;
}

/* True when a cue of kind holds token tok. */
static bool cue_holds(const cue_span *cues, size_t n, int kind, uint32_t tok) {
    for (size_t i = 0; i < n; i++)
        if (cues[i].kind == kind && cues[i].first <= tok && cues[i].last >= tok) return true;
    return false;
}

/* "do not and will not", "has not and will not": a denial now carried into
 * the future. From two tokens before the future cue c (the denial may come
 * before it: in "does not and will not participate" c is "will not") to the
 * head's end: a negation ending on token k, a scope terminator ("and") on
 * k + 1 and a future cue ("will", or a reported 'said ... "will') on k + 2. */
static bool now_and_later(const cue_span *cues, size_t n, const cue_span *c, uint32_t h1) {
    if (c->kind != CUE_PLAN) return false;
    for (size_t i = 0; i < n; i++) {
        const cue_span *g = &cues[i];
        if (g->kind != CUE_NEG || g->last + 2 < c->first || g->last + 2 > h1) continue;
        if (cue_holds(cues, n, CUE_TERM, g->last + 1) && cue_holds(cues, n, CUE_PLAN, g->last + 2))
            return true;
    }
    return false;
}

/* A refusal or limit whose verb is a cooperation the future denies ("will
 * not ask about status or hold anyone for ICE", head "hold") is the refusal
 * itself, announced: the negation is the event (corpus conventions). */
static bool negation_is_event(const status_event *ev) {
    return ev->reading == READ_REFUSAL;
}

/* True when a negation cue starts on the first token of the head: the head
 * is a denial ("not assist", "not expect"). */
static bool head_negated(const cue_span *cues, size_t n, uint32_t h0) {
    for (size_t i = 0; i < n; i++)
        if (cues[i].kind == CUE_NEG && cues[i].first == h0) return true;
    return false;
}

/* A one-word modal right on a denial in the head: "officers may not assist
 * federal agents", "agencies may not share information", "the county could
 * not sign the certification". For a refusal or a limit it is a prohibition
 * or an inability, the refusal itself (corpus conventions: a law's content is
 * asserted while in force), not a possible one. */
static bool modal_on_denial(const cue_span *cues, size_t n, const cue_span *c, uint32_t h0) {
    return c->kind == CUE_HYPO && c->first == c->last && c->last + 1 == h0 &&
           head_negated(cues, n, h0);
}

/* A denial that states a refusal, a limit or a kept policy in force rather
 * than denying it: a prohibition or an inability ("officers may not assist
 * federal agents") and a denial now carried into the future ('Boise police
 * "do not and will not do immigration enforcement"', 'the city "has not and
 * will not" change its policies'). */
static bool denial_in_force(const cue_span *cues, size_t n, const cue_span *c,
                            const status_event *ev) {
    bool refusal = negation_is_event(ev);
    if (refusal && modal_on_denial(cues, n, c, ev->h0)) return true;
    return (refusal || ev->reading == READ_POLICY) && now_and_later(cues, n, c, ev->h1);
}

/* True when a say-verb ends right before conditional c: the condition is
 * part of what was said ("Noem said that if the city keeps its policy, it
 * will lose its grants"). */
enum { SAY_GAP = 3 };

static bool reported(const cue_span *cues, size_t n, const cue_span *c) {
    for (size_t i = 0; i < n; i++)
        if (cues[i].kind == CUE_SAY && cues[i].last < c->first &&
            c->first - cues[i].last <= SAY_GAP)
            return true;
    return false;
}

/* A funder's threat is made when it is stated: the warning happened (corpus
 * conventions). Its own condition after it ("could lose grants if the city
 * keeps the policy", "will be terminated unless the city changes"), one that
 * the funder said ("Noem said that if the city refuses, ...") and a modal
 * right on its denial ("should not expect federal dollars") are the content
 * of the threat, not its status. A negation ("no agency has said it would
 * cut"), a possibility or a condition before it ("a bill that would", "if
 * the administration follows through on its threat") and a post-cue still
 * count, and so, for now, does its future ("will review the city's awards",
 * planned), as the pack's rule examples have it. */
static int threat_status(const cue_span *cues, size_t n_cues, const status_event *ev, int *cue) {
    uint32_t h0 = ev->h0, h1 = ev->h1;
    int st = POLEX_ASSERTED;
    *cue = pre_cue(cues, n_cues, h0, h1);
    if (*cue >= 0) {
        const cue_span *c = &cues[*cue];
        if (negated_future(cues, n_cues, c, h0)) return POLEX_NEGATED;
        if (modal_on_denial(cues, n_cues, c, h0))
            *cue = -1;
        else
            st = pre_status(c->kind);
    } else if ((*cue = post_cue(cues, n_cues, h1)) >= 0) {
        st = post_status(cues[*cue].kind);
    }
    if (st != POLEX_ASSERTED && st != POLEX_PLANNED) return st;
    for (size_t i = 0; i < n_cues; i++) {
        const cue_span *c = &cues[i];
        if (c->kind == CUE_COND && c->last < h0 && h0 - c->last <= WINDOW_COND &&
            !terminated(cues, n_cues, c->last, h0) && !reported(cues, n_cues, c)) {
            *cue = (int)i;
            return POLEX_HYPOTHETICAL;
        }
    }
    return st;
}

/* A denial inside a conditional clause before the head is part of the
 * condition, not a fact: "600 shelter beds would close if the grants were not
 * restored", "if the money is not released by Sept. 1" (corpus guidelines:
 * "if" makes an event hypothetical). A conditional clause closed before the
 * denial ("if Mr. Mamdani won, has not announced any new cuts": a span from
 * the conditional to its comma) leaves the denial a fact. Returns the
 * conditional's index or -1. */
static int denial_in_condition(const cue_span *cues, size_t n, const cue_span *neg, uint32_t h0) {
    for (size_t i = 0; i < n; i++) {
        const cue_span *c = &cues[i];
        if (c->kind != CUE_COND || c->last >= neg->first || h0 - c->last > WINDOW_COND ||
            terminated(cues, n, c->last, h0))
            continue;
        bool closed = false;
        for (size_t j = 0; j < n && !closed; j++)
            closed = cues[j].kind == CUE_TERM && cues[j].first == c->first &&
                     cues[j].last > c->last && cues[j].last < neg->first;
        if (!closed) return (int)i;
    }
    return -1;
}

/* An open question that starts the head ("has not said whether it will
 * sign" as the head "not said whether it will sign") leaves the event
 * undecided, hypothetical (corpus conventions: undecided actions are
 * hypothetical), though other cues inside the head are the event itself: a
 * one-word modal there is a prohibition or a power in force ("officers may
 * not ask", "jails can notify ICE"). So only a hypothetical cue of three or
 * more tokens on the head's first token or the next. Returns its index or -1. */
enum { OPEN_MIN_TOKENS = 3 };

static int open_head(const cue_span *cues, size_t n, uint32_t h0, uint32_t h1) {
    for (size_t i = 0; i < n; i++) {
        const cue_span *c = &cues[i];
        if (c->kind == CUE_HYPO && c->first >= h0 && c->first <= h0 + 1 && c->last <= h1 &&
            c->last + 1 - c->first >= OPEN_MIN_TOKENS)
            return (int)i;
    }
    return -1;
}

/* A one-token future right after a one-token terminator ("and would") in
 * a verb phrase coordinated with one a possibility governs carries that
 * possibility on: in "House Bill 226, which would require every sheriff to
 * enter a 287(g) agreement and would cut state grants" the bill's "would"
 * is hypothetical and so is the second one. Returns the possibility's cue
 * index or -1. */
static int coordinated_possibility(const cue_span *cues, size_t n, const cue_span *c) {
    if (c->kind != CUE_PLAN || c->first != c->last || c->first == 0) return -1;
    uint32_t and_tok = c->first - 1;
    bool joined = false;
    for (size_t i = 0; i < n && !joined; i++)
        joined = cues[i].kind == CUE_TERM && cues[i].first == and_tok && cues[i].last == and_tok;
    if (!joined) return -1;
    for (size_t i = 0; i < n; i++) {
        const cue_span *h = &cues[i];
        if ((h->kind == CUE_HYPO || h->kind == CUE_COND) && h->last < and_tok &&
            and_tok - h->last - 1 <= WINDOW_HYPO && !terminated(cues, n, h->last, and_tok) &&
            !swallowed(cues, n, h))
            return (int)i;
    }
    return -1;
}

/* A refusal whose head opens with a denial and a future of two or more
 * tokens ("Nobody is going to be out on the street asking people for papers"
 * as the head) is announced, planned, as "will not honor detainers" is
 * (corpus conventions); an order's "No agency shall enter into" is in force
 * (its "shall" is swallowed, status_terminate.txt). Returns the future's cue
 * index or -1. */
enum { FUTURE_AFTER_DENIAL = 3 };

static int refusal_to_come(const cue_span *cues, size_t n, const status_event *ev) {
    if (ev->reading != READ_REFUSAL || !head_negated(cues, n, ev->h0)) return -1;
    for (size_t i = 0; i < n; i++) {
        const cue_span *c = &cues[i];
        if (c->kind == CUE_PLAN && c->first > ev->h0 && c->first <= ev->h0 + FUTURE_AFTER_DENIAL &&
            c->last <= ev->h1 && c->last > c->first && !swallowed(cues, n, c))
            return (int)i;
    }
    return -1;
}

int status_decide(const cue_span *cues, size_t n_cues, const status_event *ev, int *cue) {
    if (ev->reading == READ_THREAT) return threat_status(cues, n_cues, ev, cue);
    uint32_t h0 = ev->h0, h1 = ev->h1;
    int st = POLEX_ASSERTED;
    *cue = pre_cue(cues, n_cues, h0, h1);
    if (*cue >= 0) {
        const cue_span *c = &cues[*cue];
        int h = coordinated_possibility(cues, n_cues, c);
        if (denial_in_force(cues, n_cues, c, ev)) {
            *cue = -1;
        } else if (h >= 0) {
            *cue = h;
            st = POLEX_HYPOTHETICAL;
        } else {
            st = !negated_future(cues, n_cues, c, h0) ? pre_status(c->kind)
                 : negation_is_event(ev)              ? POLEX_PLANNED
                                                      : POLEX_NEGATED;
        }
    } else if ((*cue = post_cue(cues, n_cues, h1)) >= 0) {
        st = post_status(cues[*cue].kind);
    } else if ((*cue = open_head(cues, n_cues, h0, h1)) >= 0) {
        st = POLEX_HYPOTHETICAL;
    } else if ((*cue = refusal_to_come(cues, n_cues, ev)) >= 0) {
        st = POLEX_PLANNED;
    }
    if (st == POLEX_ASSERTED || st == POLEX_PLANNED) {
        int c = conditional(cues, n_cues, h0, h1);
        if (c >= 0) {
            *cue = c;
            st = POLEX_HYPOTHETICAL;
        }
    } else if (st == POLEX_NEGATED && *cue >= 0 && cues[*cue].kind == CUE_NEG) {
        int c = denial_in_condition(cues, n_cues, &cues[*cue], h0);
        if (c >= 0) {
            *cue = c;
            st = POLEX_HYPOTHETICAL;
        }
    }
    return st;
}

/* ---- attribution ----------------------------------------------------------- */

enum { ATTR_MAX_TOKENS = 12 };

static bool is_break(const polex_token *t) {
    return t->cls == POLEX_TOK_PUNCT || t->cls == POLEX_TOK_QUOTE;
}

static bool lemma_in(const polex_token *t, const char *const *words) {
    for (; *words; words++)
        if (t->lemma && strcmp(t->lemma, *words) == 0) return true;
    return false;
}

static const char *const aux_words[] = {
    "have",  "has",   "be",       "do",       "will",       "would", "also", "previously",
    "later", "again", "recently", "publicly", "repeatedly", "then",  "had",  NULL};
static const char *const clause_words[] = {
    "that",   "who",      "which", "and",    "but",  "as",      "while",
    "though", "although", "after", "before", "when", "because", "since",
    "if",     "unless",   "until", "so",     "whom", "where",   NULL};
static const char *const negation_words[] = {"not", "never", NULL};
static const char *const modal_words[] = {"could",  "may",  "might", "can", "shall",
                                          "should", "must", "not",   NULL};

/* Index of the comma that opens an aside closed by the comma at close
 * ("Mayor Johnson, a Democrat, said"), or -1. */
static int64_t aside_start(const sent_view *v, int64_t close) {
    for (int64_t j = close - 1; j >= 0 && close - j <= ATTR_MAX_TOKENS; j--) {
        const polex_token *t = &v->tok[j];
        if (t->norm && strcmp(t->norm, ",") == 0) return j;
        if (is_break(t)) return -1;
    }
    return -1;
}

/* Tokens after a cue up to a break: "according to X, ..." / "..., said X." */
static bool span_after(const sent_view *v, uint32_t from, uint32_t *a0, uint32_t *a1) {
    uint32_t j = from;
    while (j < v->n_tok && j - from < ATTR_MAX_TOKENS && !is_break(&v->tok[j]))
        j++;
    if (j == from) return false;
    *a0 = from;
    *a1 = j - 1;
    return true;
}

/* Tokens before a say-verb back to a clause start: "X said". */
static bool span_before(const sent_view *v, uint32_t verb, uint32_t *a0, uint32_t *a1) {
    if (verb == 0) return false;
    int64_t j = (int64_t)verb - 1;
    while (j >= 0 && lemma_in(&v->tok[j], aux_words))
        j--;
    /* "officials did not say when": nobody is reported as saying it */
    if (j >= 0 && lemma_in(&v->tok[j], negation_words)) return false;
    /* skip an aside between the speaker and the verb */
    if (j > 0 && v->tok[j].norm && strcmp(v->tok[j].norm, ",") == 0) {
        int64_t open = aside_start(v, j);
        if (open > 0) j = open - 1;
    }
    if (j < 0) return false;
    int64_t end = j;
    while (j >= 0 && end - j < ATTR_MAX_TOKENS && !is_break(&v->tok[j]) &&
           !lemma_in(&v->tok[j], clause_words))
        j--;
    if (j == end) return false;
    *a0 = (uint32_t)(j + 1);
    *a1 = (uint32_t)end;
    return true;
}

static bool is_participle(const polex_token *t) {
    size_t n = t->norm ? strlen(t->norm) : 0;
    return n > 4 && strcmp(t->norm + n - 3, "ing") == 0;
}

/* Whether the comma before a say-verb at f closes a short aside after its
 * speaker ("Johnson, a Democrat, said the city would sue") rather than a
 * clause ("The city will sue, said Mayor Wu"): an aside has no verb group,
 * or is a relative clause. */
static bool speaker_aside(const sent_view *v, uint32_t f) {
    if (f < 3 || !v->tok[f - 1].norm || strcmp(v->tok[f - 1].norm, ",") != 0) return false;
    int64_t open = aside_start(v, (int64_t)f - 1);
    if (open <= 0) return false;
    static const char *const relative[] = {"who", "which", "whose", NULL};
    if (lemma_in(&v->tok[open + 1], relative)) return true; /* ", who has sued twice," */
    for (int64_t j = open + 1; j < (int64_t)f - 1; j++)
        if (lemma_in(&v->tok[j], aux_words) || lemma_in(&v->tok[j], modal_words)) return false;
    return true;
}

bool attribution_find(const sent_view *v, const cue_span *cues, size_t n_cues, uint32_t *a0,
                      uint32_t *a1) {
    for (size_t i = 0; i < n_cues; i++)
        if (cues[i].kind == CUE_ACCORDING && span_after(v, cues[i].last + 1, a0, a1)) return true;
    for (size_t i = 0; i < n_cues; i++) {
        if (cues[i].kind != CUE_SAY) continue;
        uint32_t f = cues[i].first;
        bool after_break = f == 0 || is_break(&v->tok[f - 1]);
        /* ", saying the ordinance is illegal": a participle's speaker is the
         * main clause's subject and what follows is the claim, not a source. */
        if (after_break && is_participle(&v->tok[f])) continue;
        if (after_break && speaker_aside(v, f)) {
            if (span_before(v, f, a0, a1)) return true;
        } else if (after_break) {
            if (span_after(v, cues[i].last + 1, a0, a1)) return true;
        } else if (span_before(v, f, a0, a1)) {
            return true;
        }
    }
    return false;
}
