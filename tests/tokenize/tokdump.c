/* tokdump.c - prints sentences and tokens of stdin (a developer tool, not a test). */
#include "polex_tokenize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    (void)argc;
    (void)argv;
    static char buf[1 << 24];
    size_t n = fread(buf, 1, sizeof buf - 1, stdin);
    buf[n] = '\0';
    polex_error err;
    polex_error_clear(&err);
    polex_tokenizer_options o = {POLEX_RULES_DIR, NULL};
    polex_tokenizer *tk = polex_tokenizer_new(&o, &err);
    if (!tk) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    polex_doc *doc = polex_doc_new();
    doc->text = buf;
    doc->text_len = n;
    if (polex_tokenize(tk, doc, &err)) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    for (size_t s = 0; s < doc->n_sentences; s++) {
        const polex_sentence *se = &doc->sentences[s];
        printf("S%zu [%.*s]\n", s, (int)(se->end - se->start), buf + se->start);
        for (uint32_t i = 0; i < se->n_tokens; i++) {
            const polex_token *t = &doc->tokens[se->first_token + i];
            printf("   %-14.*s %-7s %-14s %-14s %s%s%s\n", (int)(t->end - t->start), buf + t->start,
                   polex_token_class_name(t->cls), t->norm, t->lemma,
                   t->flags & POLEX_TOKF_OOV ? "oov " : "", t->flags & POLEX_TOKF_CAP ? "cap " : "",
                   t->flags & POLEX_TOKF_REPAIRED ? "rep" : "");
        }
    }
    polex_doc_free(doc);
    polex_tokenizer_free(tk);
    return 0;
}
