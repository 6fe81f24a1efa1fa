/* Event dates that need the text before the sentence: "that year" and
 * "that September" refer back to the year a story is telling about, a docket
 * entry's date dates all its sentences, and "The court also ..." goes on with
 * the news of the sentence before. The hit is the word HIT of the sentence. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "link_test_util.h"

typedef struct context_case {
    const char *before, *sentence, *published, *text, *value; /* text NULL: no date */
} context_case;

static const context_case cases[] = {
    /* a retrospective: the year told about, not the document's */
    {"In January 2017, the president signed the order. ",
     "In April of that year a judge HIT it nationwide.", "2026-05-16", "April of that year",
     "2017-04"},
    {"In January 2017, the president signed the order. ",
     "In April of that year a judge enjoined it, and in November he HIT it down.", "2026-05-16",
     "November", "2017-11"},
    {"It began in January 2017. Then, in November, a judge ruled. ",
     "A judge in Chicago HIT the conditions that September.", "2026-05-16", "that September",
     "2017-09"},
    {"The 7th Circuit affirmed in 2018. ", "The full court HIT the ruling the following year.",
     "2026-05-16", "the following year", "2019"},
    {"The state passed its law in October 2017. ",
     "The department HIT the state the following March.", "2026-05-16", "the following March",
     "2018-03"},
    {"The suit was filed in 2019. ", "The court HIT it the next year.", "2026-05-16",
     "the next year", "2020"},
    /* "N years/months/days later" counts from the last date written */
    {"The state passed the law in 2012. ", "Two years later the city HIT it.", "2026-05-16",
     "Two years later", "2014"},
    {"In March 2019 the city sued. ", "Three months later a judge HIT the rule.", "2026-05-16",
     "Three months later", "2019-06"},
    {"", "On Jan. 5, 2025, the city sued, and five days later a judge HIT the rule.", "2026-05-16",
     "five days later", "2025-01-10"},
    {"The council met on Tuesday. ", "Two years later the city HIT it.", "2025-04-28", NULL, NULL},
    /* with no year before it, "that year" dates nothing */
    {"The council met on Tuesday. ", "The city HIT the rule that year.", "2025-04-28", NULL, NULL},
    /* a bare month keeps the document's year even after a story's past */
    {"In 2017, the president signed an order. ", "In April the department HIT the list.",
     "2025-05-30", "April", "2025-04"},
    /* a docket entry: its date dates each of its sentences */
    {"Date Filed   #    Docket Text\n03/03/2026   31   ORDER granting 9 Motion for Preliminary "
     "Injunction. ",
     "Defendants are HIT from suspending the award.", "2026-01-16", "03/03/2026", "2026-03-03"},
    {"03/24/2026   39   MINUTE ORDER: the motion to stay is DENIED. ",
     "The preliminary injunction HIT in full force.", "2026-01-16", "03/24/2026", "2026-03-24"},
    /* "also" goes on with the sentence before, in the same paragraph only */
    {"In a decision issued today, the judge dismissed the complaint. ",
     "The court also HIT the claims against Newark.", "2025-11-18", "today", "2025-11-18"},
    /* a year before is background, not the same news */
    {"Illinois's TRUST Act, signed in 2017, prohibits such detentions. ",
     "Chicago has also HIT ICE from city facilities.", "2025-06-02", NULL, NULL},
    {"In a decision issued today, the judge dismissed the complaint.\n\n",
     "The court also HIT the claims against Newark.", "2025-11-18", NULL, NULL},
    {"In a decision issued today, the judge dismissed the complaint. ",
     "The court HIT the claims against Newark.", "2025-11-18", NULL, NULL},
    /* "N days later", "the following week" count from the last day written before */
    {"On October 20, 2025, the Court entered a restraining order. ",
     "Plaintiffs HIT for an injunction nine days later.", "2025-11-06", "nine days later",
     "2025-10-29"},
    {"Boston sued on June 2. ", "Somerville HIT the case two weeks later.", "2025-07-17",
     "two weeks later", "2025-06-16"},
    {"Denver sued over the list on Feb. 3. ", "A judge HIT parts of it the following week.",
     "2026-02-12", "the following week", "2026-02"},
    /* the sentence's own month before a day of the text before */
    {"The city council met on Oct. 21. ",
     "Seattle sued in August, and Tacoma HIT the suit two weeks later.", "2026-10-22",
     "two weeks later", "2026-08"},
    /* "Within hours" of the day told before */
    {"The president signed the order on Wednesday. ",
     "Within hours, a coalition of 11 cities HIT a lawsuit.", "2026-11-20", "Within hours",
     "2026-11-18"},
    /* "X came N days after": from X's day, told before */
    {"The aldermen voted on Tuesday against the proposal. ",
     "The vote came three days after the attorney general HIT them.", "2026-10-16",
     "three days after", "2026-10-10"},
    {"The aldermen met in October. ", "This comes one week after a judge HIT the plan.",
     "2025-04-28", "one week after", "2025-04-21"},
    /* a headline near the top reports the news of the document date (no words
     * of its own); a sentence of the story does not */
    {"Office of Public Affairs\n\nFOR IMMEDIATE RELEASE\nThursday, April 16, 2026\n\n",
     "Justice Department HIT City of Rochester, New York, Over Sanctuary Policies", "2026-04-16",
     "", "2026-04-16"},
    {"Office of Public Affairs\n\n",
     "The Justice Department HIT the city of Rochester over its sanctuary policies.", "2026-04-16",
     NULL, NULL},
    {"Office of Public Affairs\n\n", "Judge HIT grant cutoff to Boston and Somerville",
     "2026-04-16", NULL, NULL},
    /* a hypothetical tells no day before */
    {"The department froze the award on May 20. ",
     "If it withholds a single dollar, our attorneys will HIT suit the same day.", "2026-05-21",
     NULL, NULL},
    {"The city sued on March 3. ", "The judge HIT the rule the same day.", "2026-05-01",
     "the same day", "2026-03-03"},
    /* the last date before gives a month: counted from its middle, dated to a
     * month */
    {"Denver sued on Feb. 3 and lost in March. ", "A judge HIT it two weeks later.", "2026-05-12",
     "two weeks later", "2026-03"},
    {"In August 2025 the department terminated the award. ", "The City HIT suit three weeks later.",
     "2026-07-21", "three weeks later", "2025-09"},
    {"",
     "The department announced the terminations in January, and the plaintiffs HIT the next week.",
     "2026-09-15", "the next week", "2026-01"},
    /* nothing before to count from */
    {"The council met. ", "A judge HIT it two weeks later.", "2026-05-12", NULL, NULL},
};

static void context_table(void **state) {
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const context_case *c = &cases[i];
        char t[512];
        int n = snprintf(t, sizeof t, "%s%s", c->before, c->sentence);
        assert_true(n > 0 && (size_t)n < sizeof t);
        uint32_t start = (uint32_t)strlen(c->before);
        uint32_t hs = (uint32_t)(strstr(t + start, "HIT") - t);
        link_date d = link_find_date(t, start, (uint32_t)n, hs, hs + 3, c->published);
        expect_date("case", i, t, &d, c->text, c->value);
    }
}

/* A holding reported before its citation is dated by the cited case's year;
 * the order's own voice is not. */
static void citation_after(void **state) {
    (void)state;
    static const struct {
        const char *sentence, *after, *value; /* value NULL: no date */
    } cites[] = {
        {"The Third Circuit has already rejected a preemption HIT to the Directive.",
         " Ocean County v. Attorney General, 8 F.4th 176 (3d Cir. 2021).", "2021"},
        {"The Court HIT the motion.",
         " See Ocean County v. Attorney General, 8 F.4th 176 (3d "
         "Cir. 2021).",
         NULL},
        {"The Third Circuit has already rejected a preemption HIT to the Directive.",
         "\n\nOcean County v. Attorney General, 8 F.4th 176 (3d Cir. 2021).", NULL},
        {"The Third Circuit rejected it and HIT the rest.", " The parties agree (in part).", NULL},
    };
    for (size_t i = 0; i < sizeof cites / sizeof *cites; i++) {
        char t[512];
        int n = snprintf(t, sizeof t, "%s%s", cites[i].sentence, cites[i].after);
        assert_true(n > 0 && (size_t)n < sizeof t);
        uint32_t end = (uint32_t)strlen(cites[i].sentence);
        uint32_t hs = (uint32_t)(strstr(t, "HIT") - t);
        link_date d = link_find_date(t, 0, end, hs, hs + 3, "2025-11-18");
        if (!cites[i].value) {
            if (d.found) fail_msg("case %zu: got a date, want none", i);
            continue;
        }
        char value[16];
        snprintf(value, sizeof value, "%04d", d.year);
        if (!d.found || d.month || strcmp(value, cites[i].value))
            fail_msg("case %zu: got %s, want %s", i, d.found ? value : "none", cites[i].value);
    }
}

/* The year a year-less dateline is guessed in: that of the latest full date
 * or month of a written year, not a year alone. */
static void full_date_year(void **state) {
    (void)state;
    static const struct {
        const char *text;
        int year;
    } years[] = {
        {"The department froze the money in January 2025, days after the inauguration.", 2025},
        {"It was signed on April 24, 2024 and amended on 03/02/2025.", 2025},
        {"The 2017 order and fiscal year 2026 grants.", 0},
        {"Copyright 2026 The Associated Press.", 2026},
        {"The council met on Tuesday.", 0},
        /* a date ahead is no guide to the story's year */
        {"The rule takes effect Jan. 1, 2027, the department said on Nov. 3, 2026.", 2026},
        {"Cities shall certify by March 1, 2027.", 0},
    };
    for (size_t i = 0; i < sizeof years / sizeof *years; i++) {
        const char *t = years[i].text;
        link_word w[LINK_MAX_WORDS];
        uint32_t n = (uint32_t)strlen(t);
        link_text x = {t, w, link_words_split(t, 0, n, w, LINK_MAX_WORDS), n};
        int y = link_full_date_year(&x);
        if (y != years[i].year) fail_msg("case %zu: got %d, want %d", i, y, years[i].year);
    }
}

/* The document's own date stated in a line of it. */
static void own_date(void **state) {
    (void)state;
    static const struct {
        const char *text, *value; /* value NULL: none */
    } lines[] = {
        {"Date Filed: 03/12/2026", "2026-03-12"},
        {"ARGUED APRIL 8, 2026 \xE2\x80\x94 DECIDED JULY 21, 2026", "2026-07-21"},
        {"Decided and Filed: September 8, 2026", "2026-09-08"},
        {"DATED: November 6, 2025.", "2025-11-06"},
        {"held at the Courthouse, in the City of New York, on the 14th day of November, two "
         "thousand twenty-five.",
         "2025-11-14"},
        {"Signed this 3rd day of March, 2025.", "2025-03-03"},
        /* acts told in a story are no document date */
        {"The court decided on April 5, 2026 to hear the case.", NULL},
        {"ARGUED APRIL 8, 2026", NULL},
        {"The city filed suit on March 3, 2026.", NULL},
    };
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        const char *t = lines[i].text;
        link_word w[LINK_MAX_WORDS];
        uint32_t n = (uint32_t)strlen(t);
        link_text x = {t, w, link_words_split(t, 0, n, w, LINK_MAX_WORDS), n};
        link_date d;
        bool found = link_filed_date(&x, &d);
        if (!lines[i].value) {
            if (found) fail_msg("case %zu: got a date, want none", i);
            continue;
        }
        if (!found) fail_msg("case %zu: no date, want %s", i, lines[i].value);
        char value[16];
        snprintf(value, sizeof value, "%04d-%02d-%02d", d.year, d.month, d.day);
        if (strcmp(value, lines[i].value))
            fail_msg("case %zu: got %s, want %s", i, value, lines[i].value);
    }
}

/* A docket entry's closing stamp after the sentence dates it; one on a
 * later line does not. */
static void entered_stamp(void **state) {
    (void)state;
    static const struct {
        const char *text, *value; /* value NULL: no date here */
    } stamps[] = {
        {"ELECTRONIC ORDER entered. Defendants' Motion to Stay (ECF No. 41) is DENIED. "
         "(Burroughs, Allison) (Entered: 06/02/2026)",
         "2026-06-02"},
        {"ELECTRONIC ORDER entered. Defendants' Motion to Stay (ECF No. 41) is DENIED.\n"
         "(Entered: 06/02/2026)",
         NULL},
    };
    for (size_t i = 0; i < sizeof stamps / sizeof *stamps; i++) {
        const char *t = stamps[i].text;
        /* the sentence "Defendants' ... is DENIED.", the hit its last word */
        uint32_t s = (uint32_t)(strstr(t, "Defendants") - t);
        uint32_t hs = (uint32_t)(strstr(t, "DENIED") - t);
        link_date d = link_find_date(t, s, hs + 7, hs, hs + 6, "2026-05-14");
        if (!stamps[i].value) { /* the order's own day comes from link.c's cues */
            assert_false(d.found);
            continue;
        }
        assert_true(d.found);
        char got[11];
        snprintf(got, sizeof got, "%04d-%02d-%02d", d.year, d.month, d.day);
        assert_string_equal(got, stamps[i].value);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(own_date),       cmocka_unit_test(full_date_year),
        cmocka_unit_test(context_table),  cmocka_unit_test(entered_stamp),
        cmocka_unit_test(citation_after),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
