/*
 * laws.c - state laws and state acts.
 *
 * Whose jurisdiction a law carries (the conventions on state statutes): a
 * state whose law the sentence names for its content, a law only cited as the
 * reason of a funding action, a local measure's owner, a state's department
 * acting on a county, and a state acting against a local policy (the policy
 * stays the county's).
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "link_internal.h"

/* The division a named mention resolved to; NULL for a generic or an
 * unresolved one. */
static const gz_div *named_div(const polex_gazetteer *gaz, const link_mention *x) {
    return !x->generic && x->div >= 0 ? gz_div_at(gaz, (uint32_t)x->div) : NULL;
}

int link_mention_level(const polex_gazetteer *gaz, const link_mention *x) {
    const gz_div *d = named_div(gaz, x);
    return d ? (int)d->level : -1;
}

/* Whether m (n) holds a named state (states) or a named local division. */
static bool any_named(const polex_gazetteer *gaz, const link_mention *m, size_t n, bool states) {
    for (size_t i = 0; i < n; i++) {
        const gz_div *d = named_div(gaz, &m[i]);
        if (d && (d->level == GZ_LEVEL_STATE) == states) return true;
    }
    return false;
}

/* A local policy's event (noncooperation) after "for"/"over" that follows a
 * county or city its state acts against is that county's or city's: "Texas
 * Attorney General Ken Paxton sued Dallas County and the City of Houston for
 * adopting policies that limit cooperation", "suspended two Orange County
 * commissioners for voting to limit". Drops the state from m when such a
 * local mention of it precedes "for"/"over" (or "of" after "accused":
 * "Tennessee officials accused Nashville of limiting") before the hit at hs; returns
 * the new count. The names between may be generic ("local officials") or the
 * same division again ("warned New Orleans ... if the Orleans Parish jail");
 * a local order or memo so acted against is the local's too (link.c). */
/* Words after the county or city a state acts against that introduce the
 * local policy: "sued Dallas County ... for adopting", "sued the city of
 * Columbus, claiming a new municipal policy ...", "threatened to strip
 * Phoenix of $40 million unless the city rescinds a police policy"; a
 * relative clause on them: "suspend local officials in Orlando who limit";
 * "sued the City of St. Louis, seeking to strike down an ordinance that
 * limits", "accusing local officials of releasing", "gave Orlando 30 days
 * to rescind a police directive that bars" */
static bool acting_word(const char *t, const link_word *w) {
    const char *p = t + w->start;
    switch (w->end - w->start) { /* asked of every word: no list scans */
    case 2: /* "warned Orange County that it could lose grants if it keeps refusing" */
        return !memcmp(p, "if", 2);
    case 3:
        return !memcmp(p, "for", 3) || !memcmp(p, "who", 3);
    case 4:
        return !memcmp(p, "over", 4);
    case 5:
        return !memcmp(p, "after", 5) || !memcmp(p, "which", 5) || !memcmp(p, "whose", 5);
    case 6:
        return !memcmp(p, "unless", 6) || !memcmp(p, "asking", 6) || !memcmp(p, "repeal", 6);
    case 7:
        return !memcmp(p, "because", 7) || !memcmp(p, "arguing", 7) || !memcmp(p, "seeking", 7) ||
               !memcmp(p, "rescind", 7);
    case 8:
        return !memcmp(p, "claiming", 8) || !memcmp(p, "alleging", 8) || !memcmp(p, "accusing", 8);
    default:
        return false;
    }
}
size_t link_drop_acting_state(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                              uint32_t hs, link_mention *m, size_t n) {
    const char *st = NULL;
    link_scratch *msc = (link_scratch *)sc; /* the sentence's cache of its first such word */
    if (msc->acting == -2) {
        msc->acting = -1;
        for (size_t k = 0; k < sc->nw && msc->acting < 0; k++)
            if (acting_word(t, &sc->w[k]) ||
                (t[sc->w[k].start] == 'a' &&
                 link_word_in(t, &sc->w[k], "accused|accuses|accusing|accuse")))
                msc->acting = (int)k;
    }
    /* most hits have no "for"/"over" before them */
    bool any = msc->acting >= 0 && sc->w[msc->acting].start < hs;
    for (size_t i = 0; i < n && !st && any; i++) {
        const gz_div *d = named_div(gaz, &m[i]);
        if (!d || d->level == GZ_LEVEL_STATE || m[i].end > hs) continue;
        /* "for"/"over" between this local mention and the hit, nothing named there */
        bool prep = false, named = false, state_word = false;
        /* "accused Nashville of limiting": "of" after an accusation */
        size_t a = link_word_at(sc, m[i].start);
        bool accused = a > 0 && link_word_in(t, &sc->w[a - 1], "accused|accuses|accusing|accuse");
        size_t at = 0; /* the last acting word */
        for (size_t k = link_word_at(sc, m[i].end); k < sc->nw && sc->w[k].start < hs; k++) {
            if (acting_word(t, &sc->w[k]) || (accused && link_word_in(t, &sc->w[k], "of"))) {
                prep = true;
                at = k;
            }
            /* "over the state's limits": the state's own policy (not "accusing
             * local officials of releasing inmates in violation of the state's
             * ban": a yardstick further on) */
            state_word |= prep && k <= at + 3 &&
                          link_word_in(t, &sc->w[k], "state|state's|State|State's") &&
                          /* "asking a state judge to void": a court, not the policy */
                          !(k + 1 < sc->nw && link_word_in(t, &sc->w[k + 1], "judge|court|courts"));
        }
        if (state_word) continue;
        for (size_t q = 0; q < n; q++) /* ("warned New Orleans ... if the Orleans Parish jail") */
            named |=
                m[q].start > m[i].end && m[q].start < hs && m[q].div != m[i].div && !m[q].generic;
        if (prep && !named) st = d->state;
    }
    if (!st) return n;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const gz_div *d = named_div(gaz, &m[i]);
        if (!(d && d->level == GZ_LEVEL_STATE && !strcmp(d->state, st) && m[i].end <= hs))
            m[k++] = m[i];
    }
    return k;
}

/* Whether word k names a state's official after its state ("attorney
 * general", "AG", "governor", "officials"), a possessive between. */
static bool official_after(const char *t, const link_scratch *sc, size_t k) {
    if (k < sc->nw && link_possessive_s(t, &sc->w[k])) k++;
    return k < sc->nw && !sc->w[k].punct_before &&
           link_word_in(t, &sc->w[k],
                        "attorney|Attorney|AG|governor|Governor|Gov|officials|lawmakers|"
                        "legislators");
}

/* "after (a) warning from Iowa attorney general", "following a letter from
 * Wisconsin lawmakers": the state mention at words a..e warns from after
 * the local act. */
static bool warned_from(const char *t, const link_scratch *sc, size_t a, size_t e) {
    if (a < 3 || !official_after(t, sc, e) || !link_word_in(t, &sc->w[a - 1], "from|by"))
        return false;
    size_t q = a - 1;
    while (q >= 1 && q + 4 > a &&
           link_word_in(t, &sc->w[q - 1],
                        "a|an|the|warning|warnings|letter|letters|threat|threats|pressure|demand|"
                        "demands|legal"))
        q--;
    return q >= 1 && q + 1 < a && link_word_in(t, &sc->w[q - 1], "after|following");
}

/* "After commissioners voted not to renew the agreement, Florida's
 * attorney general warned them ...": the state mention at words a..e
 * heads the main clause after an opening "After|When ..." clause, its
 * officials warning or suing. */
static bool warns_after_opening(const char *t, const link_scratch *sc, size_t a, size_t e) {
    if (sc->first >= sc->nw ||
        !link_word_in(t, &sc->w[sc->first], "After|When|Once|Because|Since") || a == 0 ||
        !sc->w[a].punct_before ||
        !memchr(t + sc->w[a - 1].end, ',', sc->w[a].start - sc->w[a - 1].end) ||
        !official_after(t, sc, e))
        return false;
    size_t v = e + (e < sc->nw && link_possessive_s(t, &sc->w[e]));
    for (size_t r = v + 1; r < sc->nw && r < v + 4; r++)
        if (link_word_in(t, &sc->w[r], "warned|threatened|told|sued|ordered")) return true;
    return false;
}

/* "Johnson County sheriff ends detainer exception after warning from Iowa
 * attorney general" (warned_from), "After commissioners voted ...,
 * Florida's attorney general warned them" (warns_after_opening): a state
 * whose officials warned a local over its policy, named after that
 * policy's event (hit at hs), acts against it and is no party of it
 * (session 9: a place counts as target, actor or location of that event).
 * Drops such states from m (n); returns the new count. */
size_t link_drop_warning_state(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                               uint32_t hs, link_mention *m, size_t n) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const gz_div *d = named_div(gaz, &m[i]);
        size_t a = link_word_at(sc, m[i].start), e = link_word_at(sc, m[i].end);
        if (!(d && d->level == GZ_LEVEL_STATE && m[i].start > hs &&
              (warned_from(t, sc, a, e) || warns_after_opening(t, sc, a, e))))
            m[k++] = m[i];
    }
    return k;
}

/* The word after "drew a lawsuit from" / "faces a challenge by" following
 * the hit at hs ("the state's 2023 law barring local jails from entering
 * 287(g) agreements drew a lawsuit from Frederick County Sheriff's Office
 * officials"): the suers named from there do not own the law. SIZE_MAX when
 * the sentence has none. */
static size_t suers_after(const char *t, const link_scratch *sc, uint32_t hs) {
    for (size_t k = link_word_at(sc, hs) + 1; k + 3 < sc->nw; k++) {
        if (!link_word_in(t, &sc->w[k], "drew|draws|drawn|faces|faced|prompted")) continue;
        size_t q = link_word_in(t, &sc->w[k + 1], "a|an") ? k + 2 : k + 1;
        if (q + 1 < sc->nw && link_word_in(t, &sc->w[q], "lawsuit|suit|challenge|lawsuits") &&
            link_word_in(t, &sc->w[q + 1], "from|by"))
            return q + 2;
    }
    return SIZE_MAX;
}

/* Word k opens "appeal of" / "challenge to" / "lawsuit against" a ban or
 * law the hit at hs stands in or after ("Frederick County appeal of 287(g)
 * ban heads to Maryland's highest court"). */
static bool appeal_of_law(const char *t, const link_scratch *sc, size_t k, uint32_t hs) {
    if (k + 2 >= sc->nw || !link_word_in(t, &sc->w[k], "appeal|challenge|lawsuit|suit") ||
        !link_word_in(t, &sc->w[k + 1], "of|to|against|over") || sc->w[k + 1].end > hs)
        return false;
    for (size_t q = k + 2; q < sc->nw && q < k + 6; q++) /* "of 287(g) ban" */
        if (link_word_in(t, &sc->w[q], "ban|law|statute")) return true;
    return false;
}

/* Drops from m (n) the named state mentions (states) or local ones (!states)
 * that start at or after from and end at or before to; returns the new
 * count. */
static size_t drop_named_in(const polex_gazetteer *gaz, link_mention *m, size_t n, bool states,
                            uint32_t from, uint32_t to) {
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        const gz_div *d = named_div(gaz, &m[i]);
        if (!(d && (d->level == GZ_LEVEL_STATE) == states && m[i].start >= from && m[i].end <= to))
            m[out++] = m[i];
    }
    return out;
}

/* "Ocean County sues state over limits on jail cooperation with ICE": a
 * county or city suing its state over a policy is not the policy's owner;
 * the limits are the state's (the conventions on state statutes: a law's
 * content is not the county's that sues over it). Drops the local mentions
 * before such a "sue(s|d) (the) state over" or an "appeal of" a ban or law
 * (appeal_of_law), and those after the hit's
 * "drew a lawsuit from" (suers_after), for the noncooperation hit at hs
 * from m (n); returns the new count. */
size_t link_drop_state_suer(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                            uint32_t hs, link_mention *m, size_t n) {
    size_t after = suers_after(t, sc, hs);
    if (after < sc->nw) n = drop_named_in(gaz, m, n, false, sc->w[after].start, UINT32_MAX);
    size_t ks = SIZE_MAX;
    for (size_t k = 0; k + 2 < sc->nw && sc->w[k].start < hs && ks == SIZE_MAX; k++) {
        if (appeal_of_law(t, sc, k, hs)) ks = k;
        if (!link_word_in(t, &sc->w[k], "sue|sues|sued|suing")) continue;
        size_t q = k + 1;
        if (link_word_in(t, &sc->w[q], "the")) q++;
        if (q + 1 < sc->nw && link_word_in(t, &sc->w[q], "state|State") &&
            link_word_in(t, &sc->w[q + 1], "over|for") && sc->w[q + 1].end <= hs)
            ks = k;
    }
    if (ks == SIZE_MAX) return n; /* nearly every hit */
    return drop_named_in(gaz, m, n, false, 0, sc->w[ks].start);
}

/* Drops the states named by their departments from m (n mentions) when
 * another specific division is there; returns the new count. */
size_t link_drop_agencies(link_mention *m, size_t n) {
    bool other = false;
    for (size_t i = 0; i < n && !other; i++)
        other = !m[i].generic && m[i].div >= 0 && m[i].seat != LINK_SEAT_AGENCY;
    if (!other) return n;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (m[i].seat != LINK_SEAT_AGENCY) m[k++] = m[i];
    return k;
}

/* Word k is "under" a law ("acts under state law"), not under an agreement
 * ("has operated under a 287(g) agreement since 2019, despite New York's
 * Green Light law, which bars ...": the county does not act under it). */
static bool under_law(const char *t, const link_scratch *sc, size_t k, bool acts) {
    if (!link_word_in(t, &sc->w[k], "under")) return false;
    /* a penalty under a law ("sent Johnson County a letter warning that it
     * could lose state grants under a 2018 law that bars ...") is the
     * law's, not an act under it, unless the local opening the sentence
     * acts in it ("The Iowa City Council voted to drop ... after the
     * governor warned that the city could lose state funding under a 2018
     * law that bars ...") */
    for (size_t q = k; !acts && q-- > 0 && q + 4 > k;)
        if (link_word_in(t, &sc->w[q], "lose|losing|lost|grants|funds|funding|aid|penalties|fines"))
            return false;
    for (size_t q = k + 1; q < sc->nw && q < k + 5; q++) {
        if (link_word_in(t, &sc->w[q], "law|laws|statute|statutes|Act|it")) return true;
        if (link_word_in(t, &sc->w[q], "agreement|agreements|contract|program|pact")) return false;
    }
    return true;
}

/* Whether words [k + 1, v) between a law and its verb are only
 * auxiliaries and adverbs ("state law has barred", "a 2018 state law
 * already prohibits"). */
static bool law_verb_gap(const char *t, const link_scratch *sc, size_t k, size_t v) {
    for (size_t q = k + 1; q <= v; q++)
        if (sc->w[q].punct_before) return false;
    for (size_t q = k + 1; q < v; q++)
        if (!link_word_in(t, &sc->w[q], "has|have|had|already|also|still|now|long|effectively"))
            return false;
    return true;
}

/* The word opening the law subject whose "law" or "statute" is word k: its
 * determiner ("a 2008 state law", "the 2019 statute") or, with no
 * determiner, "state" opening its clause ("...: state law has barred");
 * SIZE_MAX when word k is no such subject. */
static size_t law_subject_start(const char *t, const link_scratch *sc, size_t k) {
    if (k < 1) return SIZE_MAX;
    size_t d = k - 1; /* back past "state" and a year */
    if (d > 0 && link_word_in(t, &sc->w[d], "state|State") && !sc->w[d + 1].punct_before) {
        if (sc->w[d].punct_before) return d; /* "...: state law has barred" */
        d--;
    }
    if (d > 0 && isdigit((unsigned char)t[sc->w[d].start]) && !sc->w[d + 1].punct_before) d--;
    if (sc->w[d + 1].punct_before) return SIZE_MAX;
    return link_word_in(t, &sc->w[d], "a|the|A|The") ? d : SIZE_MAX;
}

/* A hit whose subject is a state's law ("A 2019 statute bars local jails
 * from ...", "A 2024 state law requires jailers to ... and to cooperate
 * with ICE", "state law has barred local police from ...") states the
 * law's content, wherever in the law's clause the hit stands: the local
 * mentions outside the law's clause (", a conflict the attorney general
 * cited when it sued Weld County", ", and Georgia's attorney general
 * threatened ... Athens-Clarke County") are not the law's. Drops them from
 * m (n) when the sentence names a state; returns the new count. */
static size_t law_subject_only(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                               uint32_t hs, link_mention *m, size_t n) {
    size_t hw = link_word_at(sc, hs), k = SIZE_MAX;
    uint32_t hcs, hce;
    link_clause_of(sc, hs, &hcs, &hce);
    /* the law, its verb or the verb's object may start the hit ("a 2008
     * state law requires local jails to check"); else the hit goes on in
     * the law's clause */
    for (size_t q = link_word_at(sc, hcs); q + 1 < sc->nw && q <= hw + 4 && k == SIZE_MAX; q++) {
        if (!link_word_in(t, &sc->w[q], "law|statute")) continue;
        for (size_t v = q + 1; v < sc->nw && v <= q + 3 && k == SIZE_MAX; v++)
            if (link_word_in(t, &sc->w[v],
                             "requires|bars|barred|prohibits|prohibited|forbids|forbade|bans|"
                             "banned|limits|limited|mandates|mandated") &&
                law_verb_gap(t, sc, q, v))
                k = q;
    }
    if (k == SIZE_MAX) return n;
    size_t d = law_subject_start(t, sc, k);
    if (d == SIZE_MAX) return n;
    if (hw < d) return n; /* a hit of its own before the law */
    /* the sentence names the law's state ("In South Carolina, where") */
    if (!any_named(gaz, sc->m, sc->nm, true)) return n;
    uint32_t cs, ce;
    link_clause_of(sc, sc->w[k].start, &cs, &ce);
    /* "where a 2008 state law requires ...," opening the sentence: the main
     * clause after it is left alone (its own act may merge with the law's
     * hit: "In Tennessee, where a 2018 state law bans sanctuary policies,
     * the Knox County sheriff renewed his 287(g) agreement") */
    if (link_word_in(t, &sc->w[link_word_at(sc, cs)], "where")) return n;
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        const gz_div *g = named_div(gaz, &m[i]);
        if (!(g && g->level != GZ_LEVEL_STATE && (m[i].start < cs || m[i].start >= ce)))
            m[j++] = m[i];
    }
    return j;
}

/* Whether word k is "Act" ending a law's name ("the Illinois TRUST Act",
 * "New York's Protect Our Courts Act"). */
static bool named_act(const char *t, const link_scratch *sc, size_t k) {
    return k >= 1 && sc->w[k].end - sc->w[k].start == 3 && !strncmp(t + sc->w[k].start, "Act", 3) &&
           sc->w[k - 1].cap && !sc->w[k].punct_before;
}

/* Whether a county or city names the act ending at word k, in its name or
 * as its possessor ("Westchester County's 2018 Immigrant Protection Act"). */
static bool local_act(const polex_gazetteer *gaz, const link_scratch *sc, size_t k) {
    size_t a = k;
    while (a > 0 && a + 8 > k && !sc->w[a].punct_before)
        a--;
    for (size_t i = 0; i < sc->nm; i++) {
        int lv = link_mention_level(gaz, &sc->m[i]);
        if (lv > GZ_LEVEL_STATE && sc->m[i].start >= sc->w[a].start &&
            sc->m[i].end <= sc->w[k].start)
            return true;
    }
    return false;
}

/* A hit in a relative clause on a state's law ("violates a 2025 state law
 * that requires local jails to honor detainers", "sued the state over a
 * law that requires sheriffs to hold inmates") states the law's content:
 * the law's state's, not the county's or city's that breaks it or sues
 * over it (one that follows it acts under it: "must follow a new state
 * law requiring ..."). Drops the local mentions of m (n) before the
 * relative pronoun then; returns the new count. */
size_t link_law_content_only(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                             uint32_t hs, link_mention *m, size_t n) {
    link_scratch *msc = (link_scratch *)sc; /* most sentences name no law: known once */
    if (msc->has_law < 0) {
        msc->has_law = 0;
        for (size_t k = 1; k < sc->nw && !msc->has_law; k++)
            msc->has_law =
                sc->w[k].end - sc->w[k].start <= 8 &&
                (t[sc->w[k].start] == 'l' || t[sc->w[k].start] == 's' ||
                 t[sc->w[k].start] == 'A') &&
                (link_word_in(t, &sc->w[k], "law|laws|statute|statutes") || named_act(t, sc, k));
    }
    if (!msc->has_law) return n;
    size_t hw = link_word_at(sc, hs), rp = SIZE_MAX;
    /* the hit may start on the law itself: "over a law that requires ..." */
    for (size_t k = hw + 1; k + 1 < sc->nw && k <= hw + 3 && rp == SIZE_MAX; k++) {
        if (sc->w[k].punct_before) break;
        if (link_word_in(t, &sc->w[k], "that|which") &&
            link_word_in(t, &sc->w[k - 1], "law|laws|statute|statutes"))
            rp = k;
    }
    bool act = false; /* "New York's Protect Our Courts Act, which already bars ..." */
    for (size_t k = hw + 1; k-- > 1 && k + 6 > hw && rp == SIZE_MAX;) {
        if (link_word_in(t, &sc->w[k], "that|which")) {
            act = named_act(t, sc, k - 1);
            if (link_word_in(t, &sc->w[k - 1], "law|laws|statute|statutes") || act) rp = k;
            break;
        }
        if (k + 1 < sc->nw && sc->w[k + 1].punct_before) break;
    }
    /* the law back as the subject of the hit: "seeking to overturn parts of
     * California's sanctuary law, arguing that the 2017 measure keeps his
     * deputies from working with federal immigration agents" */
    if (rp == SIZE_MAX && hw >= 4 && link_word_in(t, &sc->w[hw - 1], "measure|law|statute")) {
        size_t p = hw - 2;
        if (isdigit((unsigned char)t[sc->w[p].start]) || link_word_in(t, &sc->w[p], "state")) p--;
        if (link_word_in(t, &sc->w[p], "the") && link_word_in(t, &sc->w[p - 1], "that")) rp = p - 1;
    }
    if (rp == SIZE_MAX) return law_subject_only(gaz, t, sc, hs, m, n);
    /* "challenging state and local laws that prohibit ...": the local
     * governments' own laws too */
    if (link_word_in(t, &sc->w[rp - 1], "laws|statutes"))
        for (size_t k = rp - 1; k-- > 0 && k + 4 > rp;)
            if (link_word_in(t, &sc->w[k], "local|municipal|county|city")) return n;
    bool state = any_named(gaz, m, n, true);
    /* a named act of a local government is its own measure
     * (link_measure_owner_only), and one of no state named is nobody's */
    if (act && (!state || local_act(gaz, sc, rp - 1))) return n;
    bool acts = false; /* a local division opens the sentence */
    for (size_t i = 0; i < n && !acts; i++) {
        const gz_div *d = named_div(gaz, &m[i]);
        acts = d && d->level != GZ_LEVEL_STATE && sc->nw > 2 && m[i].start <= sc->w[2].start;
    }
    for (size_t k = 0; k < rp; k++)
        if (link_word_in(t, &sc->w[k], "follow|follows|followed|following|obey|obeys") ||
            under_law(t, sc, k, acts))
            return n;
    /* a state's law the sentence does not name by its state ("the suit over
     * Senate Bill 4, the 2017 law that bans sanctuary policies"): nobody's */
    if (!state && !(rp >= 3 && link_word_in(t, &sc->w[rp - 1], "law|statute") &&
                    (isdigit((unsigned char)t[sc->w[rp - 2].start]) ||
                     link_word_in(t, &sc->w[rp - 2], "state"))))
        return n;
    return drop_named_in(gaz, m, n, false, 0, sc->w[rp].start);
}

/* Whether x is a state whose law is named as the reason of a funding
 * action ("a grant to Salem that it suspended in June over Oregon's
 * sanctuary law", "deobligated because the Illinois TRUST Act bars
 * Springfield police ..."). */
bool link_cause_law(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                    const link_mention *x) {
    const gz_div *d = named_div(gaz, x);
    if (!d || d->level != GZ_LEVEL_STATE) return false;
    size_t a = link_word_at(sc, x->start), e = link_word_at(sc, x->end);
    /* "citing the 2017 Oregon law" */
    if (a >= 2 && isdigit((unsigned char)t[sc->w[a - 1].start]) &&
        link_word_in(t, &sc->w[a - 2], "the|a"))
        a--;
    if (a >= 1 && link_word_in(t, &sc->w[a - 1], "the|a")) a--;
    bool why = a >= 1 && link_word_in(t, &sc->w[a - 1], "over|because|citing|blaming");
    /* "because of the Illinois TRUST Act", "pointing to Oregon's law" */
    why |= a >= 2 && link_word_in(t, &sc->w[a - 1], "of|to") &&
           link_word_in(t, &sc->w[a - 2], "because|pointing|due|owing");
    bool law = false; /* "Oregon's sanctuary law", "the Illinois TRUST Act" */
    for (size_t q = e; why && !law && q < sc->nw && q < e + 5; q++)
        law = link_word_in(t, &sc->w[q], "law|laws|Act|statute");
    return why && law;
}

/* Such a state is not what the funding concerns: drops it from m (n) when
 * the funding names a local division too; returns the count. */
size_t link_drop_cause_laws(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                            link_mention *m, size_t n) {
    if (!any_named(gaz, m, n, false)) return n;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!link_cause_law(gaz, t, sc, &m[i])) m[k++] = m[i];
    return k;
}

/* A hit in the relative clause of a local measure its owner names ("a
 * King County ordinance that restricts county cooperation", "Seattle's
 * 2017 ordinance that bars ...") states that measure's content: the
 * owner's alone, not the other names the sentence lists ("challenging
 * Washington's Keep Washington Working Act and a King County ordinance
 * that ..."). Keeps only the owner's mention of m (n); returns the count. */
size_t link_measure_owner_only(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                               uint32_t hs, link_mention *m, size_t n) {
    size_t hw = link_word_at(sc, hs), rp = SIZE_MAX;
    for (size_t k = hw + 1; k-- > 1 && k + 6 > hw && rp == SIZE_MAX;) {
        if (link_word_in(t, &sc->w[k], "that|which")) {
            if (link_word_in(t, &sc->w[k - 1], "ordinance|resolution")) rp = k;
            break;
        }
        if (k + 1 < sc->nw && sc->w[k + 1].punct_before) break;
    }
    if (rp == SIZE_MAX || rp < 2) return n;
    /* the owner right before the measure's noun ("a King County ordinance",
     * "Seattle's 2017 ordinance") */
    int owner = -1;
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *x = &sc->m[i];
        if (x->generic || x->div < 0) continue;
        size_t e = link_word_at(sc, x->end);
        if (e + 3 >= rp && e < rp && gz_div_at(gaz, (uint32_t)x->div)->level != GZ_LEVEL_STATE)
            owner = (int)i;
    }
    if (owner < 0) return n;
    bool kept = false;
    for (size_t i = 0; i < n; i++)
        kept |= !m[i].generic && m[i].div == sc->m[owner].div;
    if (!kept) return n;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (m[i].generic || m[i].div == sc->m[owner].div) m[k++] = m[i];
    return k;
}

/* The state m is named by its legislature or its law ("a bill in the
 * Wisconsin Legislature would strip shared revenue from cities that
 * limit", "Florida's Legislature passed a bill ...", "the Pennsylvania
 * Senate voted to cut off grants to any municipality that limits"): the
 * measure's generic targets are that state's (the conventions on state
 * statutes). */
/* Whether word k is the "law" of "law enforcement": a state's police
 * ("on which many Alabama law enforcement agencies depend"), not its law. */
static bool law_enforcement(const char *t, const link_scratch *sc, size_t k) {
    return k + 1 < sc->nw && link_word_in(t, &sc->w[k], "law") && !sc->w[k + 1].punct_before &&
           link_word_in(t, &sc->w[k + 1], "enforcement");
}

bool link_legislating_state(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                            const link_mention *m) {
    if (m->generic || m->div < 0 || gz_div_at(gaz, (uint32_t)m->div)->level != GZ_LEVEL_STATE)
        return false;
    size_t k = link_word_at(sc, m->end);
    if (k < sc->nw && link_possessive_s(t, &sc->w[k])) k++;
    if (k < sc->nw &&
        link_word_in(t, &sc->w[k],
                     "Legislature|legislature|Senate|House|Assembly|lawmakers|"
                     "legislators|law|laws|statute|statutes") &&
        !law_enforcement(t, sc, k))
        return true;
    /* a few words on: "Nebraska's one-house Legislature", "cut off Alaska
     * community assistance payments to any municipality that ...", "No
     * funds from the Puerto Rico Fiscal Agency's ... allocation": the
     * state's legislature or the state's own money */
    for (size_t q = k + 1; q < sc->nw && q < k + 4 && !sc->w[q].punct_before; q++)
        if (link_word_in(t, &sc->w[q],
                         "Legislature|legislature|Senate|House|Assembly|lawmakers|legislators|"
                         "law|statute|bill|aid|payments|allocation|allocations") &&
            !law_enforcement(t, sc, q))
            return true;
    /* "In Idaho, a bill pending in the Legislature would cut payments to
     * any city that ...": a state opening the sentence whose next words
     * name its bill or legislature */
    size_t a = link_word_at(sc, m->start);
    if (a != sc->first + 1 || !link_word_in(t, &sc->w[sc->first], "In") || k >= sc->nw ||
        !memchr(t + sc->w[k - 1].end, ',', sc->w[k].start - sc->w[k - 1].end))
        return false;
    for (size_t q = k; q < sc->nw && q < k + 6; q++) {
        if (link_word_in(t, &sc->w[q], "bill|Legislature|legislature|lawmakers|legislators"))
            return true;
        if (q > k && sc->w[q].punct_before) break;
    }
    return false;
}

/* "In New Hampshire, where a 2025 state law bans sanctuary policies, the
 * town of Durham repealed ...": the state whose law the sentence opens
 * with acts on the local event after it (the conventions on state
 * statutes), unless the law is said to require nothing ("where state law
 * neither requires nor forbids cooperation") or the hit (against) refuses
 * or limits what the law pushes. The index in sc->m of that
 * state for a hit at hs in or after the "where" clause, else -1. */
int link_where_law_state(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                         uint32_t hs, bool against) {
    size_t f = sc->first;
    if (f + 3 >= sc->nw || !link_word_in(t, &sc->w[f], "In") || sc->nm == 0) return -1;
    const link_mention *st = &sc->m[0];
    if (st->generic || st->div < 0 || st->start != sc->w[f + 1].start ||
        gz_div_at(gaz, (uint32_t)st->div)->level != GZ_LEVEL_STATE)
        return -1;
    size_t k = link_word_at(sc, st->end);
    if (k >= sc->nw || !link_word_in(t, &sc->w[k], "where") || t[sc->w[k - 1].end] != ',')
        return -1;
    bool law = false, pushes = false;
    size_t q = k + 1;
    for (; q < sc->nw && !memchr(t + sc->w[q - 1].end, ',', sc->w[q].start - sc->w[q - 1].end);
         q++) {
        if (link_word_in(t, &sc->w[q], "neither|nor|not|no|never")) return -1;
        law |= link_word_in(t, &sc->w[q], LINK_LAW_NOUNS);
        pushes |= link_word_in(t, &sc->w[q], "requires|require|required|mandates|sanctuary");
    }
    if (!law || q >= sc->nw) return -1;
    /* a law pushing cooperation does not act on a local refusal after it
     * ("In South Carolina, where a 2008 state law requires local jails to
     * check ..., the Richland County Council voted to reject ..."): the
     * refusal is the county's alone */
    if (against && pushes) return -1;
    /* the law's own content ("where state law since 2025 has barred local
     * jails from renting beds"), or the main clause's event; not a
     * relative clause of the main clause ("repealed a 2017 resolution that
     * had barred its police"): the measure's own */
    for (size_t r = q; r < sc->nw && sc->w[r].start < hs; r++)
        if (link_word_in(t, &sc->w[r], "that|which|who")) return -1;
    return hs >= sc->w[k].start ? 0 : -1;
}

/* Words of a lawsuit ("sued the department over ...", "a suit over",
 * "challenging FEMA's cuts"). */
#define SUING_WORDS                                                                                \
    "sue|sued|sues|suing|lawsuit|suit|lawsuits|challenge|challenging|challenged|litigating"

/* "Minnesota Attorney General Keith Ellison sued the department over police
 * grants it froze for Minneapolis and St. Paul": a state suing before a
 * funding hit is the suit's party; the funding act is the local divisions'
 * of that state named after the hit (with none there, "Oregon sued over the
 * conditions attached to the state's grants", the state is the target).
 * Drops such states from m (n mentions) for the funding hit h; returns the
 * new count. */
size_t link_drop_suing_state(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                             const polex_hit *h, link_mention *m, size_t n) {
    size_t ks = SIZE_MAX; /* the first lawsuit word before the hit */
    for (size_t k = 0; k < sc->nw && sc->w[k].start < h->start && ks == SIZE_MAX; k++)
        if (link_word_in(t, &sc->w[k], SUING_WORDS)) ks = k;
    if (ks == SIZE_MAX) return n; /* most hits */
    /* "her office is prepared to sue if DHS pulls the grants", "a lawsuit
     * that New Mexico Attorney General Raul Torrez has said he may file if
     * any of the grants are cut": the cut the state would sue over is no act
     * on the state (a place that only speaks of the agency's act) */
    uint32_t cond = 0; /* where such an "if" starts */
    for (size_t k = ks + 1; k < sc->nw && k < ks + 14 && sc->w[k].start <= h->start && !cond; k++)
        if (link_word_in(t, &sc->w[k], "if") && sc->w[k].start + 40 > h->start)
            cond = sc->w[k].start;
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        const gz_div *d = named_div(gaz, &m[i]);
        bool drop = cond && d && d->level == GZ_LEVEL_STATE && m[i].end <= cond;
        if (!drop && d && d->level == GZ_LEVEL_STATE && m[i].end <= sc->w[ks].start)
            for (size_t q = 0; q < n && !drop; q++) {
                const gz_div *e = named_div(gaz, &m[q]);
                drop = e && e->level != GZ_LEVEL_STATE && !strcmp(e->state, d->state) &&
                       m[q].start >= h->end;
            }
        if (!drop) m[out++] = m[i];
    }
    return out;
}

/* Whether w is "state's" (the splitter may end the word before "'s"). */
static bool state_possessive(const char *t, const link_word *w) {
    if (link_word_in(t, w, "state's|State's|state’s|State’s")) return true;
    if (!link_word_in(t, w, "state|State")) return false;
    const char *e = t + w->end;
    return !strncmp(e, "'s ", 3) || !strncmp(e, "’s ", strlen("’s "));
}

/* Whether an agency noun ("division", "Department of Public Safety")
 * follows within four words from word k, before the clause end ce: "the state's
 * homeland security division" is the state's agency, "the state's largest
 * jails" is not. */
static bool state_agency_after(const char *t, const link_scratch *sc, size_t k, uint32_t ce) {
    for (size_t j = k; j < k + 4 && j < sc->nw && sc->w[j].start < ce; j++) {
        if (j > k && sc->w[j].punct_before) return false;
        if (link_word_in(t, &sc->w[j],
                         "division|Division|department|Department|agency|Agency|"
                         "patrol|Patrol|police|Police"))
            return true;
    }
    return false;
}

/* Whether words k, k + 1 are "attorney general" with no state, country or
 * other office before them ("Attorney General Warren Pickett", "the
 * Attorney General's Office"; not "Missouri Attorney General", "U.S.
 * Attorney General", "Deputy Attorney General"). */
static bool bare_attorney_general(const char *t, const link_scratch *sc, size_t k) {
    const char *p = t + sc->w[k].start;
    if ((*p != 'a' && *p != 'A') || k + 1 >= sc->nw ||
        !link_word_in(t, &sc->w[k], "attorney|Attorney") ||
        !link_word_in(t, &sc->w[k + 1], "general|General"))
        return false;
    if (k == 0 || !sc->w[k - 1].cap || link_word_in(t, &sc->w[k - 1], "The")) return true;
    /* ", Attorney General X said": a comma or a quote before; "U.S." ends
     * in a period, which is punctuation too */
    return sc->w[k].punct_before && t[sc->w[k].start - 2] != '.';
}

/* Whether word k of the clause starting at cs names a state's attorney
 * general without the state (bare_attorney_general), or is the "office"
 * of "his/her office" after one earlier in the sentence ("Attorney General
 * X warned ..., though his office has sought only a court order against
 * Hanover"): session 13, a state official named without the state acts
 * for the state when the sentence names it. */
static bool state_attorney_general(const char *t, const link_scratch *sc, size_t k, uint32_t cs) {
    if (t[sc->w[k].start] == 'o' && k >= 1 && link_word_in(t, &sc->w[k], "office") &&
        link_word_in(t, &sc->w[k - 1], "his|her")) {
        for (size_t q = 0; q < sc->nw && sc->w[q].start < cs; q++)
            if (bare_attorney_general(t, sc, q)) return true;
        return false;
    }
    return bare_attorney_general(t, sc, k);
}

/* "Idaho Gov. Brad Little's office has said ..., and state legislators
 * have warned that Boise could lose state public-safety aid": "state
 * legislators" in a sentence naming one state are that state's, as "state
 * law" is (the conventions on state agencies and state law). Adds the
 * sentence's one state to m (n) when the hit's clause says "state
 * legislators/lawmakers" or a "state Sen./Rep." ("Oklahoma has no such
 * statute, but state Sen. Curtis Blevins plans to file a bill that would
 * make any city that limits ...") or "the state" suing, and m lacks it;
 * returns the count. */
size_t link_add_sentence_state(const polex_gazetteer *gaz, const polex_doc *doc, const polex_hit *h,
                               const link_scratch *sc, link_mention *m, size_t n) {
    const char *t = doc->text;
    uint32_t cs, ce;
    link_clause_of(sc, h->start, &cs, &ce);
    bool said = false;
    for (size_t k = link_word_at(sc, cs); k + 1 < sc->nw && sc->w[k].start < ce && !said; k++)
        said = link_word_in(t, &sc->w[k], "state") &&
               link_word_in(t, &sc->w[k + 1],
                            "legislators|lawmakers|senators|Sen|Sen.|Rep|Rep.|senator|"
                            "representative");
    /* "Texas sheriffs line up for ICE jail deals; state sues Travis and
     * Dallas counties": "the state" suing in a sentence naming one state
     * is that state, like "state law" */
    for (size_t k = link_word_at(sc, cs); k + 1 < sc->nw && sc->w[k].start < ce && !said; k++)
        said = link_word_in(t, &sc->w[k], "state|State") && !sc->w[k + 1].punct_before &&
               link_word_in(t, &sc->w[k + 1], "sues|sued|files|filed") &&
               (k == 0 || sc->w[k].punct_before || link_word_in(t, &sc->w[k - 1], "the|The"));
    /* "The order ... also tells the state's homeland security division to
     * withhold state preparedness grants ..., a step that could reach a
     * dozen of Iowa's 99 counties": the state's own agency acting is that
     * state (the conventions on state agencies) */
    for (size_t k = link_word_at(sc, cs); k + 1 < sc->nw && sc->w[k].start < ce && !said; k++)
        said = state_possessive(t, &sc->w[k]) &&
               (k == 0 || link_word_in(t, &sc->w[k - 1], "the|The")) &&
               state_agency_after(t, sc, k + 1, ce);
    /* a suit by the attorney general: the state must be named as itself,
     * not only as a court's seat or in a law the suit relies on (corpora/
     * README, session 13: that adds nothing to the suit) */
    bool ag = false;
    if (!said && h->type && !strcmp(h->type, "litigation"))
        for (size_t k = link_word_at(sc, cs); k < sc->nw && sc->w[k].start < ce && !ag; k++)
            ag = state_attorney_general(t, sc, k, cs);
    if ((!said && !ag) || n >= LINK_MAX_MENTIONS) return n;
    int st = -1;
    for (size_t i = 0; i < sc->nm; i++) {
        const link_mention *x = &sc->m[i];
        if (x->generic || x->div < 0) continue;
        if (ag && x->seat != LINK_SEAT_NONE && x->seat != LINK_SEAT_MODIFIER) continue;
        const gz_div *d = gz_div_at(gaz, (uint32_t)x->div);
        if (d->level != GZ_LEVEL_STATE) continue;
        if (st >= 0 && sc->m[st].div != x->div) return n; /* two states: which? */
        st = (int)i;
    }
    return st < 0 ? n : link_add_once(m, n, &sc->m[st]);
}

/* Whether the clause [k0, ce) names a state's law or its governor's order
 * as the object of a challenge: "a challenge to the state law", "a lawsuit
 * against the state law", "challenge the new state notification law",
 * "challenge the governor's order". Not a claim about it ("arguing that
 * the state law forces jails ..."). */
static bool state_law_object(const char *t, const link_scratch *sc, size_t k0, uint32_t ce) {
    for (size_t k = k0 + 1; k + 1 < sc->nw && sc->w[k].start < ce; k++) {
        if (!link_word_in(t, &sc->w[k], "the") ||
            !link_word_in(t, &sc->w[k - 1], "to|against|challenge|challenging|over"))
            continue;
        size_t q = k + 1; /* past "new" and a year */
        while (q < sc->nw && q < k + 3 &&
               (link_word_in(t, &sc->w[q], "new") || isdigit((unsigned char)t[sc->w[q].start])))
            q++;
        if (q + 1 >= sc->nw || sc->w[q].start >= ce) continue;
        /* (the possessive's "s" is a word of its own) */
        if (q + 2 < sc->nw && link_word_in(t, &sc->w[q], "governor") &&
            link_word_in(t, &sc->w[q + 1], "s") &&
            link_word_in(t, &sc->w[q + 2], "order|directive"))
            return true;
        if (!link_word_in(t, &sc->w[q], "state")) continue;
        for (size_t r = q + 1; r < sc->nw && r < q + 3 && !sc->w[r].punct_before; r++)
            if (link_word_in(t, &sc->w[r], "law|statute")) return true;
    }
    return false;
}

/* The state an organization of the clause [k0, ce) is named for ("the
 * ACLU of Kansas", "the American Civil Liberties Union of New Hampshire"):
 * spotting drops it as no jurisdiction. Fills *x with it; false when the
 * clause names none. */
static bool org_state(const polex_gazetteer *gaz, const char *t, const link_scratch *sc, size_t k0,
                      uint32_t ce, link_mention *x) {
    for (size_t k = k0 + 1; k + 1 < sc->nw && sc->w[k + 1].start < ce; k++) {
        if (!link_word_in(t, &sc->w[k], "of") || !sc->w[k - 1].cap || !sc->w[k + 1].cap) continue;
        for (size_t len = 2; len >= 1; len--) {
            size_t e = k + len;
            if (e >= sc->nw || (len == 2 && (!sc->w[e].cap || sc->w[e].punct_before))) continue;
            char key[GZ_KEY_MAX];
            uint32_t a = sc->w[k + 1].start, b = sc->w[e].end;
            gz_light_key(t + a, b - a, key, sizeof key);
            const char *st = gz_qualifier_state(gaz, key);
            int div = st && strlen(key) > 2 && !strchr(key, '.') ? gz_state_index(gaz, st) : -1;
            if (div < 0) continue;
            *x = (link_mention){.start = a, .end = b, .div = div, .strong = true, .evident = true};
            return true;
        }
    }
    return false;
}

/* "The ACLU of Kansas said it was weighing a challenge to the state law",
 * "..., and the ACLU of Indiana said it expects to challenge the
 * governor's order": a challenge to "the state law" in a clause naming
 * the state, even only in an organization's name, is against that
 * state's law (corpora/README, session 5: "state law" in a sentence that
 * names the state is that state's law; session 12: a state official named
 * without the state acts for the state the sentence names). Keeps the
 * clause's own mentions of m (n) and adds that state, for a litigation
 * hit at hs; returns the count. */
size_t link_org_state_law(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                          uint32_t hs, link_mention *m, size_t n) {
    uint32_t cs, ce;
    link_clause_of(sc, hs, &cs, &ce);
    size_t k0 = link_word_at(sc, cs);
    link_mention x;
    if (!state_law_object(t, sc, k0, ce) || !org_state(gaz, t, sc, k0, ce, &x)) return n;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (m[i].start < cs || m[i].start >= ce) continue;
        if (link_mention_level(gaz, &m[i]) == GZ_LEVEL_STATE) return n; /* a state of its own */
        m[k++] = m[i];
    }
    return link_add_once(m, k, &x);
}

/* Whether the clause [cs, ce) speaks of "state law" (or "state laws",
 * "state statute") the act follows: not a yardstick of it ("refuses
 * detainers in violation of state law", "breaks state law": no event and
 * no jurisdiction, session 5). */
static bool says_state_law(const char *t, const link_scratch *sc, uint32_t cs, uint32_t ce) {
    for (size_t k = link_word_at(sc, cs); k + 1 < sc->nw && sc->w[k + 1].start < ce; k++) {
        if (!link_word_in(t, &sc->w[k], "state") || sc->w[k + 1].punct_before ||
            !link_word_in(t, &sc->w[k + 1], "law|laws|statute"))
            continue;
        for (size_t q = k; q-- > 0 && q + 3 > k;)
            if (link_word_in(t, &sc->w[q],
                             "violate|violates|violated|violating|violation|defy|defies|defied|"
                             "defying|defiance|flout|flouts|flouted|flouting|break|breaks|broke|"
                             "breaking|contrary"))
                return false;
        return true;
    }
    return false;
}

/* "Johnson County, Kan., Sheriff Dale Ritter said his jail has held 214
 * people for ICE, as state law requires": "state law" in a sentence that
 * names the state is that state's law (corpora/README, session 5), and a
 * qualifier names it too, so the local act done under it carries the
 * state, as "as Kansas law requires" does. Adds the state of the one
 * qualified local of m (n) for a noncooperation hit at hs whose clause
 * says "state law" and m holds no state; returns the count. */
size_t link_qualifier_state_law(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                                uint32_t hs, link_mention *m, size_t n) {
    int q = -1;
    for (size_t i = 0; i < n; i++) {
        int lv = link_mention_level(gaz, &m[i]);
        if (lv == GZ_LEVEL_STATE) return n;
        if (lv > GZ_LEVEL_STATE && memchr(t + m[i].start, ',', m[i].end - m[i].start)) {
            if (q >= 0) return n; /* two qualified locals: which law? */
            q = (int)i;
        }
    }
    uint32_t cs, ce;
    if (q < 0) return n;
    link_clause_of(sc, hs, &cs, &ce);
    if (!says_state_law(t, sc, cs, ce)) return n;
    int st = gz_state_index(gaz, gz_div_at(gaz, (uint32_t)m[q].div)->state);
    const char *c = memchr(t + m[q].start, ',', m[q].end - m[q].start);
    uint32_t a = (uint32_t)(c - t) + 1;
    while (a < m[q].end && t[a] == ' ')
        a++;
    if (st < 0 || a >= m[q].end) return n;
    link_mention x = {.start = a, .end = m[q].end, .div = st, .strong = true, .evident = true};
    return link_add_once(m, n, &x);
}

/* "Nevada Attorney General Aaron Ford ... said he expected the department
 * to extend the freeze to other cities": a state that only forecasts the
 * federal agency's act is no party of it (session 9: a place that only
 * speaks). Drops the states named before such an "expected the
 * department" from m (n) for the funding hit at hs; returns the count. */
size_t link_drop_forecaster(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                            uint32_t hs, link_mention *m, size_t n) {
    size_t kf = SIZE_MAX;
    for (size_t k = 0; k + 2 < sc->nw && sc->w[k].start < hs && kf == SIZE_MAX; k++)
        if (link_word_in(t, &sc->w[k], "expected|expects|predicted|predicts") &&
            link_word_in(t, &sc->w[k + 1], "the") &&
            link_word_in(t, &sc->w[k + 2], "department|Department|administration|agency"))
            kf = k;
    if (kf == SIZE_MAX) return n; /* nearly every hit */
    return drop_named_in(gaz, m, n, true, 0, sc->w[kf].start);
}

/* Words that mark a measure as the federal government's ("a Department of
 * Homeland Security memo", "DOJ's rule"). */
#define FEDERAL_WORDS "Department|DHS|DOJ|ICE|FEMA|federal|Justice|administration|Homeland"

/* Whether a semicolon, colon or full stop comes right before word w (an
 * abbreviation's stop ends the search early: missed, never wrongly kept). */
bool link_ends_clause(const char *t, const link_word *w) {
    if (!w->punct_before) return false;
    for (size_t i = w->start; i > 0; i--) {
        char c = t[i - 1];
        if (c == ';' || c == ':' || c == '.') return true;
        if (c != ' ' && c != '"' && c != '\n') return false;
    }
    return false;
}

/* Whether w names a measure a relative clause can go on with ("memo",
 * "rule", "directive" ... right before "that|which"). */
static bool measure_noun(const char *t, const link_word *w) {
    return link_word_in(t, w, "memo|rule|directive|policy|guidance|order|conditions|condition");
}

/* "Oregon Attorney General Renata Solberg sued the Department of Homeland
 * Security over a January memo that directs ICE field offices to ...",
 * "Adams County and the state of Colorado challenged a Department of
 * Homeland Security rule that scores FEMA preparedness grants lower for
 * applicants that limit cooperation": the content of a federal measure a
 * place sues over is the federal government's, not the suing place's (the
 * conventions: a law's content is not the party's that sues over it; a
 * place counts as the event's target, actor or location). Drops the named
 * divisions before the lawsuit word when the hit lies in the measure's
 * relative clause; returns the new count of m (n). */
size_t link_drop_federal_measure_suer(const polex_gazetteer *gaz, const char *t,
                                      const link_scratch *sc, uint32_t hs, link_mention *m,
                                      size_t n) {
    size_t ks = SIZE_MAX, rp = SIZE_MAX;
    bool federal = false;
    /* the hit may start on the measure itself: "a January memo that directs" */
    for (size_t k = 0; k + 1 < sc->nw && (ks == SIZE_MAX ? sc->w[k].start < hs : rp == SIZE_MAX);
         k++) {
        if (ks == SIZE_MAX) {
            if (link_word_in(t, &sc->w[k], "sue|sued|sues|suing|challenging|challenged")) ks = k;
            continue;
        }
        if (k > ks + 12 || link_ends_clause(t, &sc->w[k])) break; /* the measure is the suit's */
        if (link_word_in(t, &sc->w[k], FEDERAL_WORDS)) federal = true;
        if (federal && link_word_in(t, &sc->w[k + 1], "that|which") && !sc->w[k + 1].punct_before &&
            measure_noun(t, &sc->w[k]))
            rp = k + 1;
    }
    if (rp == SIZE_MAX) return n; /* nearly every hit */
    for (size_t k = rp; k < sc->nw && sc->w[k].start < hs; k++)
        if (link_ends_clause(t, &sc->w[k])) return n; /* a hit of another clause */
    size_t out = 0;
    for (size_t i = 0; i < n; i++)
        if (!(named_div(gaz, &m[i]) && m[i].end <= sc->w[ks].start)) m[out++] = m[i];
    return out;
}

/* Words after which "state" names the state's government: "the state has
 * threatened to suspend", "a 2025 state law", "the state's 2025 immigration
 * enforcement law", "a state board that can suspend". Not its money alone
 * ("could lose state grants": dev gold leaves an official's warning of that
 * without the state). */
#define STATE_BODY_WORDS                                                                           \
    "law|laws|statute|statutes|board|Board|agency|Agency|legislature|Legislature|lawmakers|"       \
    "legislators|commission|Commission"

/* Words of a vow, a plea or a proposal turned down: what a legislature
 * means or refuses to do is no measure it enacted ("Utah lawmakers vowed to
 * cut off state grants to any city that ...", "Colorado lawmakers rejected
 * a proposal to deny state grants to cities that ..."). */
#define NOT_ENACTED_WORDS                                                                          \
    "vowed|vows|vow|pledged|pledges|promised|promises|urging|proposal|proposals|rejected|defeated"

/* Words of a warning, a request or a list to be drawn up. */
#define NOT_A_MEASURE_WORDS                                                                        \
    "threatened|threatens|threaten|warned|warns|warn|said|says|ask|asks|asked|urged|urges|"        \
    "identify|report|list|designate|designated|" NOT_ENACTED_WORDS

bool link_not_enacted(const char *t, const link_scratch *sc, uint32_t from, uint32_t to) {
    for (size_t k = link_word_at(sc, from); k < sc->nw && sc->w[k].start < to; k++)
        if (link_word_in(t, &sc->w[k], NOT_ENACTED_WORDS)) return true;
    return false;
}

/* Whether word k ("state", "State", "state's") starts a state body or the
 * state acting: a body word within four words ("a 2025 state law"), or
 * "the state" followed by no money word ("the state has threatened"). */
static bool state_body_at(const char *t, const link_scratch *sc, size_t k) {
    if (!link_word_in(t, &sc->w[k], "state|State|state's|State's|state’s|State’s")) return false;
    for (size_t j = k + 1; j < k + 5 && j < sc->nw && !sc->w[j].punct_before; j++)
        if (link_word_in(t, &sc->w[j], STATE_BODY_WORDS)) return true;
    size_t j = k + 1;
    if (j < sc->nw && link_possessive_s(t, &sc->w[j])) return false; /* "the state's grants" */
    return k > 0 && link_word_in(t, &sc->w[k - 1], "the|The") && j < sc->nw &&
           !sc->w[j].punct_before &&
           !link_word_in(t, &sc->w[j],
                         "grants|grant|funds|funding|money|revenue|aid|dollars|budget|shared|"
                         "and|or|of|line|lines|border|level|capital|court|courts|judge");
}

/* Whether the state mention x stands for the state's government: an agency
 * named after it ("The Nebraska Crime Commission shall not disburse", "the
 * Oregon Legislative Assembly", "No funds from the Puerto Rico Fiscal Agency
 * and Financial Advisory Authority's allocation") or a funding verb right
 * after it ("let Ohio withhold payments from any city that ..."). */
static bool state_body_named(const polex_gazetteer *gaz, const char *t, const link_scratch *sc,
                             const link_mention *x) {
    if (link_mention_level(gaz, x) != GZ_LEVEL_STATE) return false;
    size_t k = link_word_at(sc, x->end);
    /* "let Pennsylvania's attorney general sue local officials who ...":
     * the state's own officer acts for it (session 5) */
    if (k + 2 < sc->nw && link_possessive_s(t, &sc->w[k]) && !sc->w[k + 1].punct_before &&
        ((link_word_in(t, &sc->w[k + 1], "attorney|Attorney") &&
          link_word_in(t, &sc->w[k + 2], "general|General")) ||
         link_word_in(t, &sc->w[k + 1], "governor|Governor")))
        return true;
    if (k >= sc->nw || sc->w[k].punct_before) return false;
    if (link_word_in(t, &sc->w[k], "withhold|cut|strip|deny|suspend|revoke|withdraw")) return true;
    for (size_t j = k; j < k + 5 && j < sc->nw && sc->w[j].cap; j++) {
        if (j > k && sc->w[j].punct_before) return false;
        if (link_word_in(t, &sc->w[j],
                         "Commission|Department|Agency|Authority|Board|Council|Division|Bureau|"
                         "Patrol|Legislature|Assembly|Senate|House"))
            return true;
    }
    return false;
}

/* The one state the sentence names, its generic plurals' modifiers
 * included ("Missouri cities"), or NULL when it names none or two. */
const link_mention *link_one_state(const polex_gazetteer *gaz, const link_scratch *sc) {
    const link_mention *one = NULL;
    for (size_t i = 0; i < sc->nm + sc->n_mods; i++) {
        const link_mention *x = i < sc->nm ? &sc->m[i] : &sc->mods[i - sc->nm];
        if (link_mention_level(gaz, x) != GZ_LEVEL_STATE) continue;
        if (one && one->div != x->div) return NULL; /* two states: whose? */
        if (!one) one = x;
    }
    return one;
}

/* "Florida law has required ..., and the state has threatened to suspend
 * local officials who resist", "State lawmakers sent the governor a bill
 * that would backfill grants lost by cities that refuse", "The Nebraska
 * Crime Commission shall not disburse ... funds to any county or city that
 * limits cooperation": the state government acting in the clause [from,
 * to) that governs a generic target makes the target's relative clause
 * the state's measure (session 12: a relative clause in a state bill or
 * law carries the enacting state; session 5: state agencies and officials
 * act for their state). The sentence's one state then, else NULL. */
const link_mention *link_measure_state(const polex_gazetteer *gaz, const char *t,
                                       const link_scratch *sc, uint32_t from, uint32_t to) {
    const link_mention *one = link_one_state(gaz, sc);
    if (!one) return NULL;
    /* an official's warning or request ("Gov. Greg Abbott threatened to
     * withhold state grants from any county that refuses", "would ask the
     * legislature to cut ...") and a list to be drawn up ("directed to
     * identify each parish and municipality that maintains a policy") name
     * no measure binding them: dev gold leaves their targets stateless */
    for (size_t k = link_word_at(sc, from); k < sc->nw && sc->w[k].start < to; k++)
        if (link_word_in(t, &sc->w[k], NOT_A_MEASURE_WORDS)) return NULL;
    /* a county or city acting beside it ("Maverick County commissioners voted
     * to let deputies help the Texas Department of Public Safety ..., joining
     * nine other border counties that have signed") is the act's party */
    for (size_t i = 0; i < sc->nm; i++)
        if (sc->m[i].start >= from && sc->m[i].start < to &&
            link_mention_level(gaz, &sc->m[i]) > GZ_LEVEL_STATE)
            return NULL;
    for (size_t k = link_word_at(sc, from); k < sc->nw && sc->w[k].start < to; k++)
        if (state_body_at(t, sc, k) ||
            link_word_in(t, &sc->w[k],
                         "Legislature|legislature|lawmakers|legislators|governor|"
                         "Governor|Gov."))
            return one;
    for (size_t i = 0; i < sc->nm; i++)
        if (sc->m[i].start >= from && sc->m[i].start < to &&
            state_body_named(gaz, t, sc, &sc->m[i]))
            return one;
    return NULL;
}
