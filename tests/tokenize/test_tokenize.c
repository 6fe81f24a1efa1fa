/* test_tokenize.c - unit tests of the tokenize stage: offsets, classes, folding,
 * OOV and repair, paragraphs, errors and limits. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tok_test_util.h"

static polex_tokenizer *tk;

static polex_doc *tokenized(const char *text, bool paragraphs) {
    polex_doc *doc = tt_doc(text, paragraphs);
    polex_error err;
    polex_error_clear(&err);
    assert_int_equal(polex_tokenize(tk, doc, &err), POLEX_OK);
    assert_true(doc->tokenized);
    return doc;
}

/* Index of the first token whose text is s, or -1. */
static long find_token(const polex_doc *doc, const char *s) {
    for (size_t i = 0; i < doc->n_tokens; i++) {
        const polex_token *t = &doc->tokens[i];
        if (t->end - t->start == strlen(s) && memcmp(doc->text + t->start, s, strlen(s)) == 0)
            return (long)i;
    }
    return -1;
}

static const polex_token *token(const polex_doc *doc, const char *s) {
    long i = find_token(doc, s);
    if (i < 0) fprintf(stderr, "no token \"%s\"\n", s);
    assert_true(i >= 0);
    return &doc->tokens[i];
}

/* Every token and sentence is a well-formed range of the text. */
static void check_ranges(const polex_doc *doc) {
    uint32_t prev_end = 0;
    for (size_t i = 0; i < doc->n_tokens; i++) {
        const polex_token *t = &doc->tokens[i];
        assert_true(t->start < t->end);
        assert_true(t->end <= doc->text_len);
        assert_true(t->start >= prev_end);
        assert_true(t->end - t->start <= 256);
        assert_false(doc->text[t->start] == ' ' || doc->text[t->end - 1] == ' ');
        assert_non_null(t->norm);
        assert_non_null(t->lemma);
        prev_end = t->end;
    }
    size_t next_token = 0;
    for (size_t i = 0; i < doc->n_sentences; i++) {
        const polex_sentence *s = &doc->sentences[i];
        assert_int_equal(s->first_token, next_token);
        assert_true(s->n_tokens >= 1 && s->n_tokens <= POLEX_TOKENIZE_MAX_SENTENCE);
        assert_int_equal(s->start, doc->tokens[s->first_token].start);
        assert_int_equal(s->end, doc->tokens[s->first_token + s->n_tokens - 1].end);
        next_token += s->n_tokens;
    }
    assert_int_equal(next_token, doc->n_tokens);
}

static void offsets_slice_back(void **state) {
    (void)state;
    const char *text = "“Sanctuary cities,” Gov. José Núñez said, “won’t comply.” "
                       "The U.S. didn't pay $1.2 million—15% of it—on 1/20/2017…\n\n"
                       "Trump's order (No. 13768) can't stand.";
    polex_doc *doc = tokenized(text, true);
    check_ranges(doc);
    static const char *const want[] = {
        "“",     "Sanctuary", "cities",    ",",    "”",       "Gov.", "José",  "Núñez", "said",
        ",",     "“",         "wo",        "n’t",  "comply",  ".",    "”",     "The",   "U.S.",
        "did",   "n't",       "pay",       "$1.2", "million", "—",    "15%",   "of",    "it",
        "—",     "on",        "1/20/2017", "…",    "Trump",   "'s",   "order", "(",     "No.",
        "13768", ")",         "ca",        "n't",  "stand",   "."};
    size_t n = sizeof want / sizeof *want;
    assert_int_equal(doc->n_tokens, n);
    for (size_t i = 0; i < n; i++) {
        const polex_token *t = &doc->tokens[i];
        assert_int_equal(t->end - t->start, strlen(want[i]));
        assert_memory_equal(doc->text + t->start, want[i], strlen(want[i]));
    }
    assert_int_equal(doc->n_sentences, 3);
    polex_doc_free(doc);
}

static void token_classes(void **state) {
    (void)state;
    polex_doc *doc = tokenized("He paid $18 million, 15% more, on 2017-01-25 at 10:30 — "
                               "“yes” & the 3rd ¶ 4,500.25 17-cv-123",
                               false);
    static const struct {
        const char *text;
        polex_token_class cls;
    } want[] = {
        {"He", POLEX_TOK_WORD},    {"$18", POLEX_TOK_MONEY},       {"million", POLEX_TOK_WORD},
        {",", POLEX_TOK_PUNCT},    {"15%", POLEX_TOK_PERCENT},     {"2017-01-25", POLEX_TOK_DATE},
        {"10:30", POLEX_TOK_DATE}, {"—", POLEX_TOK_PUNCT},         {"“", POLEX_TOK_QUOTE},
        {"”", POLEX_TOK_QUOTE},    {"&", POLEX_TOK_SYMBOL},        {"3rd", POLEX_TOK_NUMBER},
        {"¶", POLEX_TOK_SYMBOL},   {"4,500.25", POLEX_TOK_NUMBER}, {"17-cv-123", POLEX_TOK_WORD}};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        assert_int_equal(token(doc, want[i].text)->cls, want[i].cls);
    assert_true(token(doc, "He")->flags & POLEX_TOKF_CAP);
    assert_false(token(doc, "million")->flags & POLEX_TOKF_CAP);
    check_ranges(doc);
    polex_doc_free(doc);
}

static void norm_folding(void **state) {
    (void)state;
    /* "e" + combining acute is NFC-composed; soft hyphen dropped */
    polex_doc *doc = tokenized("“ÉCOLE” didn’t ‘x’ – — … Cafe\xcc\x81 gov\xc2\xad"
                               "ernment ``q'' O’Brien",
                               false);
    assert_string_equal(token(doc, "“")->norm, "\"");
    assert_string_equal(token(doc, "”")->norm, "\"");
    assert_string_equal(token(doc, "ÉCOLE")->norm, "école");
    assert_string_equal(token(doc, "n’t")->norm, "n't");
    assert_string_equal(token(doc, "n’t")->lemma, "not");
    assert_string_equal(token(doc, "‘")->norm, "'");
    assert_string_equal(token(doc, "–")->norm, "-");
    assert_string_equal(token(doc, "—")->norm, "-");
    assert_string_equal(token(doc, "…")->norm, "...");
    assert_string_equal(token(doc, "Cafe\xcc\x81")->norm, "caf\xc3\xa9");
    assert_string_equal(token(doc, "gov\xc2\xad"
                                   "ernment")
                            ->norm,
                        "government");
    assert_string_equal(token(doc, "``")->norm, "\"");
    assert_string_equal(token(doc, "''")->norm, "\"");
    assert_string_equal(token(doc, "O’Brien")->norm, "o'brien");
    polex_doc_free(doc);
}

static void oov_and_repair(void **state) {
    (void)state;
    polex_doc *doc = tokenized("Pritzker said the goverment blocked Goverment funds 42 times "
                               "in jurisdications.",
                               false);
    const polex_token *t = token(doc, "Pritzker");
    assert_int_equal(t->flags, POLEX_TOKF_OOV | POLEX_TOKF_CAP);
    assert_string_equal(t->lemma, "pritzker");
    t = token(doc, "goverment");
    assert_int_equal(t->flags, POLEX_TOKF_OOV | POLEX_TOKF_REPAIRED);
    assert_string_equal(t->norm, "goverment");
    assert_string_equal(t->lemma, "government");
    t = token(doc, "Goverment"); /* capitalized: could be a name, never rewritten */
    assert_int_equal(t->flags, POLEX_TOKF_OOV | POLEX_TOKF_CAP);
    assert_string_equal(t->lemma, "goverment");
    t = token(doc, "jurisdications");
    assert_string_equal(t->lemma, "jurisdiction");
    assert_int_equal(token(doc, "blocked")->flags, 0);
    assert_string_equal(token(doc, "blocked")->lemma, "block");
    assert_int_equal(token(doc, "42")->flags, 0);
    polex_doc_free(doc);
}

/* Repair is only for documents that read as English: a German paragraph
 * keeps "nicht" and "goverment" as written, an English one repairs the
 * same word even after the German one put it in the cache. */
static void repair_only_in_english(void **state) {
    (void)state;
    const char *german = "Die Regierung hat nicht gesagt, ob die goverment Mittel fuer die "
                         "Staedte gekuerzt werden sollen, aber die Richter haben das Verfahren "
                         "bereits eingeleitet und wollen noch vor dem Sommer entscheiden.";
    polex_doc *doc = tokenized(german, false);
    assert_int_equal(token(doc, "goverment")->flags, POLEX_TOKF_OOV);
    assert_string_equal(token(doc, "goverment")->lemma, "goverment");
    for (size_t i = 0; i < doc->n_tokens; i++)
        assert_false(doc->tokens[i].flags & POLEX_TOKF_REPAIRED);
    polex_doc_free(doc);
    const char *english = "The city said the goverment had not paid the grants it owed to the "
                          "county, and the judge said that the money would be released in the "
                          "spring after a hearing on the motion.";
    doc = tokenized(english, false);
    assert_int_equal(token(doc, "goverment")->flags, POLEX_TOKF_OOV | POLEX_TOKF_REPAIRED);
    assert_string_equal(token(doc, "goverment")->lemma, "government");
    polex_doc_free(doc);
}

/* A document of n misspelled dictionary words (a letter dropped), each after
 * "the" so that it reads as English; reversed order when rev. */
static char *misspellings(size_t n, bool rev) {
    FILE *f = fopen("/usr/share/hunspell/en_US.dic", "r");
    assert_non_null(f);
    char(*words)[16] = calloc(n, sizeof *words);
    assert_non_null(words);
    char line[128];
    size_t k = 0;
    while (k < n && fgets(line, sizeof line, f)) {
        size_t len = strcspn(line, "/\n"), i;
        for (i = 0; i < len && line[i] >= 'a' && line[i] <= 'z'; i++)
            continue;
        if (i != len || len < 8 || len > 12) continue;
        memcpy(words[k], line, 3);
        memcpy(words[k] + 3, line + 4, len - 4); /* "government" -> "govrnment" */
        words[k][len - 1] = '\0';
        if (k == 0 || strcmp(words[k], words[k - 1]) != 0) k++; /* distinct words */
    }
    fclose(f);
    assert_int_equal(k, n);
    char *text = malloc(n * 20 + 1);
    assert_non_null(text);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        m += (size_t)snprintf(text + m, n * 20 + 1 - m, "the %s ", words[rev ? n - 1 - i : i]);
    free(words);
    return text;
}

/* At most 500 repairable words per document, counted the same whether the
 * word cache knows them or not: results never depend on earlier documents. */
static void repair_budget_is_per_document(void **state) {
    (void)state;
    size_t n = 800;
    char *fwd = misspellings(n, false), *rev = misspellings(n, true);
    polex_tokenizer *fresh = tt_tokenizer(), *warm = tt_tokenizer();
    polex_doc *a = tt_doc(fwd, false), *b = tt_doc(rev, false), *c = tt_doc(fwd, false);
    polex_error err;
    assert_int_equal(polex_tokenize(fresh, a, &err), POLEX_OK);
    assert_int_equal(polex_tokenize(warm, b, &err), POLEX_OK); /* fills the cache */
    assert_int_equal(polex_tokenize(warm, c, &err), POLEX_OK);
    assert_int_equal(a->n_tokens, c->n_tokens);
    size_t repaired = 0;
    for (size_t i = 0; i < a->n_tokens; i++) {
        assert_int_equal(a->tokens[i].flags, c->tokens[i].flags);
        assert_string_equal(a->tokens[i].lemma, c->tokens[i].lemma);
        bool first = true; /* count distinct words */
        for (size_t j = 0; j < i && first; j++)
            first = strcmp(a->tokens[j].norm, a->tokens[i].norm) != 0;
        repaired += first && (a->tokens[i].flags & POLEX_TOKF_REPAIRED);
    }
    assert_true(repaired > 100 && repaired <= 500);
    polex_doc_free(a);
    polex_doc_free(b);
    polex_doc_free(c);
    polex_tokenizer_free(fresh);
    polex_tokenizer_free(warm);
    free(fwd);
    free(rev);
}

static void paragraphs_bound_sentences(void **state) {
    (void)state;
    polex_doc *doc = tt_doc("Heading without stop  ignored gap  The city sued. It won", false);
    polex_doc_add_paragraph(doc, 0, 20);
    polex_doc_add_paragraph(doc, 35, (uint32_t)doc->text_len);
    polex_error err;
    assert_int_equal(polex_tokenize(tk, doc, &err), POLEX_OK);
    check_ranges(doc);
    assert_int_equal(doc->n_sentences, 3);
    assert_int_equal(find_token(doc, "ignored"), -1);
    const polex_sentence *s = &doc->sentences[0];
    assert_int_equal(s->start, 0);
    assert_int_equal(s->end, 20);
    s = &doc->sentences[2];
    assert_memory_equal(doc->text + s->start, "It won", 6);
    /* tokenizing again replaces the previous result */
    assert_int_equal(polex_tokenize(tk, doc, &err), POLEX_OK);
    assert_int_equal(doc->n_sentences, 3);
    polex_doc_free(doc);
}

static void newline_without_paragraphs(void **state) {
    (void)state;
    polex_doc *doc = tokenized("Title Line\n\nThe body starts here.\nIt goes on", false);
    assert_int_equal(doc->n_sentences, 3);
    assert_int_equal(doc->sentences[0].n_tokens, 2);
    polex_doc_free(doc);
}

static void bad_input(void **state) {
    (void)state;
    polex_error err;
    polex_doc *doc = tt_doc("ok text \xff\xfe more", false);
    polex_error_clear(&err);
    assert_int_equal(polex_tokenize(tk, doc, &err), POLEX_ERR_INPUT);
    assert_int_equal(err.offset, 8);
    assert_string_equal(err.stage, "tokenize");
    assert_int_equal(doc->n_sentences, 0);
    assert_false(doc->tokenized);
    polex_doc_free(doc);

    doc = tt_doc("short", false);
    polex_doc_add_paragraph(doc, 2, 99);
    assert_int_equal(polex_tokenize(tk, doc, &err), POLEX_ERR_INPUT);
    polex_doc_free(doc);

    doc = tt_doc("", false);
    assert_int_equal(polex_tokenize(tk, doc, &err), POLEX_OK);
    assert_int_equal(doc->n_tokens, 0);
    assert_int_equal(doc->n_sentences, 0);
    assert_int_equal(polex_tokenize(NULL, doc, &err), POLEX_ERR_USAGE);
    polex_doc_free(doc);
    polex_tokenizer_free(NULL);
}

static void write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void bad_lexicon_and_dictionary(void **state) {
    (void)state;
    char dir[] = "/tmp/polex-tok-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char sub[512], irr[600], abbr[600];
    snprintf(sub, sizeof sub, "%s/lexicons", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    snprintf(irr, sizeof irr, "%s/irregular.tsv", sub);
    snprintf(abbr, sizeof abbr, "%s/abbreviations.txt", sub);
    write_file(irr, "# comment\nwithheld\twithhold\nbroken line without tab\n");
    write_file(abbr, "title Gov. governor\n");
    polex_error err;
    polex_error_clear(&err);
    polex_tokenizer_options o = {dir, NULL};
    assert_null(polex_tokenizer_new(&o, &err));
    assert_int_equal(err.code, POLEX_ERR_RULES);
    assert_non_null(strstr(err.message, "irregular.tsv:3"));

    write_file(irr, "withheld\twithhold\n");
    write_file(abbr, "title Gov governor\n");
    assert_null(polex_tokenizer_new(&o, &err));
    assert_non_null(strstr(err.message, "abbreviations.txt:1"));

    write_file(abbr, "title Gov. governor\nstarter the\n");
    polex_tokenizer *t = polex_tokenizer_new(&o, &err);
    assert_non_null(t);
    polex_tokenizer_free(t);

    polex_tokenizer_options missing = {dir, "/nonexistent/xx_XX"};
    assert_null(polex_tokenizer_new(&missing, &err));
    assert_int_equal(err.code, POLEX_ERR_RULES);
    unlink(irr);
    unlink(abbr);
    rmdir(sub);
    rmdir(dir);
}

static double seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A 20 MB paragraph without punctuation and a 1 MB "word": linear time,
 * sentences cut at the cap, tokens cut at 256 bytes. */
static void huge_paragraph(void **state) {
    (void)state;
    static const char *const words[] = {"sanctuary ", "cities ", "refused ", "detainers ",
                                        "the ",       "county ", "blocked ", "funding "};
    size_t cap = 20u << 20, n = 0;
    char *text = malloc(cap + 1);
    assert_non_null(text);
    for (size_t i = 0; n + 16 < cap; i++) {
        size_t len = strlen(words[i % 8]);
        memcpy(text + n, words[i % 8], len);
        n += len;
    }
    text[n] = '\0';
    double t0 = seconds();
    polex_doc *doc = tokenized(text, false);
    double dt = seconds() - t0;
    check_ranges(doc);
    for (size_t i = 0; i + 1 < doc->n_sentences; i++)
        assert_int_equal(doc->sentences[i].n_tokens, POLEX_TOKENIZE_MAX_SENTENCE);
    fprintf(stderr, "20 MB paragraph: %zu tokens in %.2f s\n", doc->n_tokens, dt);
    assert_true(dt < 60); /* linear: seconds even under sanitizers */
    polex_doc_free(doc);

    memset(text, 'a', 1u << 20);
    text[1u << 20] = '\0';
    doc = tokenized(text, false);
    check_ranges(doc);
    assert_int_equal(doc->n_tokens, (1u << 20) / 256);
    polex_doc_free(doc);

    /* pathological runs of every other kind stay within the token cap */
    static const char *const units[] = {"a.", "1,", "a-", "a'", "-", ".", "$1", "\xe2\x80\x9c"};
    for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
        size_t len = strlen(units[u]), m = 0;
        while (m + len < (1u << 18))
            memcpy(text + m, units[u], len), m += len;
        text[m] = '\0';
        t0 = seconds();
        doc = tokenized(text, false);
        check_ranges(doc);
        assert_true(seconds() - t0 < 30);
        polex_doc_free(doc);
    }
    free(text);
}

/* More distinct words than the cache holds: it empties itself and the
 * answers stay the same. */
static void cache_overflow(void **state) {
    (void)state;
    size_t n_words = 140000, cap = n_words * 9 + 64, n = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    n += (size_t)snprintf(text + n, cap - n, "blocked ");
    for (size_t i = 0; i < n_words; i++)
        n += (size_t)snprintf(text + n, cap - n, "w%zu ", i);
    snprintf(text + n, cap - n, "blocked cities");
    polex_doc *doc = tokenized(text, false);
    assert_int_equal(doc->n_tokens, n_words + 3);
    assert_string_equal(doc->tokens[0].lemma, "block");
    assert_string_equal(doc->tokens[n_words + 1].lemma, "block");
    assert_string_equal(doc->tokens[n_words + 2].lemma, "city");
    assert_string_equal(doc->tokens[1].norm, "w0");
    assert_string_equal(doc->tokens[n_words].norm, "w139999");
    polex_doc_free(doc);
    free(text);
}

/* Appends code point cp as UTF-8. */
static size_t put_utf8(char *out, uint32_t cp) {
    if (cp < 0x80) return out[0] = (char)cp, 1;
    if (cp < 0x800) return out[0] = (char)(0xC0 | cp >> 6), out[1] = (char)(0x80 | (cp & 63)), 2;
    out[0] = (char)(0xE0 | cp >> 12);
    out[1] = (char)(0x80 | ((cp >> 6) & 63));
    out[2] = (char)(0x80 | (cp & 63));
    return 3;
}

/* Random mixtures of the characters the scanner treats specially: every
 * token still slices back, sentences tile the tokens. Fixed seed. */
static void random_text_keeps_invariants(void **state) {
    (void)state;
    static const uint32_t pool[] = {
        'a',    'B',    'z',    'Q',    '1',  '0',    '.',    '.',    ',',    '!',    '?',
        '\'',   '"',    '`',    '-',    '$',  '%',    '/',    ':',    '(',    ')',    ' ',
        ' ',    ' ',    '\n',   '\t',   '&',  0xA0,   0xAD,   0xE9,   0x301,  0x2019, 0x201C,
        0x201D, 0x2014, 0x2026, 0x20AC, 0xA7, 0x200B, 0x4E2D, 0x3000, 0xFEFF, 0x2028};
    uint64_t seed = 42;
    char *text = malloc(4096 * 3 + 1);
    assert_non_null(text);
    for (int round = 0; round < 300; round++) {
        size_t n = 0, len = 1 + (size_t)(round * 13 % 4096);
        for (size_t i = 0; i < len; i++) {
            seed = seed * 6364136223846793005u + 1442695040888963407u;
            n += put_utf8(text + n, pool[(seed >> 33) % (sizeof pool / sizeof *pool)]);
        }
        text[n] = '\0';
        polex_doc *doc = tokenized(text, round % 2 == 0);
        check_ranges(doc);
        polex_doc_free(doc);
    }
    free(text);
}

/* Strings live in the doc's arena: they outlive the tokenizer. */
static void strings_outlive_tokenizer(void **state) {
    (void)state;
    polex_tokenizer *own = tt_tokenizer();
    polex_doc *doc = tt_doc("The judges upheld it.", false);
    polex_error err;
    assert_int_equal(polex_tokenize(own, doc, &err), POLEX_OK);
    polex_tokenizer_free(own);
    assert_string_equal(token(doc, "upheld")->lemma, "uphold");
    assert_string_equal(token(doc, "judges")->lemma, "judge");
    assert_string_equal(token(doc, "The")->norm, "the");
    polex_doc_free(doc);
}

int main(void) {
    tk = tt_tokenizer();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(offsets_slice_back),
        cmocka_unit_test(token_classes),
        cmocka_unit_test(norm_folding),
        cmocka_unit_test(oov_and_repair),
        cmocka_unit_test(repair_only_in_english),
        cmocka_unit_test(repair_budget_is_per_document),
        cmocka_unit_test(paragraphs_bound_sentences),
        cmocka_unit_test(newline_without_paragraphs),
        cmocka_unit_test(bad_input),
        cmocka_unit_test(bad_lexicon_and_dictionary),
        cmocka_unit_test(huge_paragraph),
        cmocka_unit_test(cache_overflow),
        cmocka_unit_test(random_text_keeps_invariants),
        cmocka_unit_test(strings_outlive_tokenizer),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    polex_tokenizer_free(tk);
    return rc;
}
