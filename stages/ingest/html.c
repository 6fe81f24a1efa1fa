/* html.c - polex_html_extract: HTML bytes -> main text, paragraphs and metadata. */
#include "html_internal.h"
#include "ingest_internal.h"

#include <libxml/parser.h>
#include <stdlib.h>
#include <string.h>

static const char *arena_copy(polex_doc *doc, const char *s) {
    return s ? polex_arena_strdup(doc->arena, s) : NULL;
}

/* Moves the text and its paragraph ranges into the doc's arena. */
static polex_status store_text(const html_text *t, polex_doc *doc, polex_error *err) {
    size_t len = t->len;
    /* The last break leaves a trailing separator. */
    while (len > 0 && t->buf[len - 1] == '\n')
        len--;
    char *text = polex_arena_strndup(doc->arena, t->buf ? t->buf : "", len);
    if (!text) return polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory");
    size_t bad;
    if (!polex_utf8_valid(text, len, &bad))
        return polex_fail(err, POLEX_ERR_INTERNAL, "ingest",
                          "extracted text is not valid UTF-8 at byte %zu", bad);
    doc->text = text;
    doc->text_len = len;
    for (size_t i = 0; i < t->n_paras; i++)
        if (polex_doc_add_paragraph(doc, t->paras[i].start, t->paras[i].end) != POLEX_OK)
            return polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory");
    return POLEX_OK;
}

static polex_status store_meta(const html_meta *m, polex_doc *doc, polex_error *err) {
    doc->title = arena_copy(doc, m->title);
    doc->published = arena_copy(doc, m->published);
    doc->author = arena_copy(doc, m->author);
    doc->url = arena_copy(doc, m->url);
    if ((m->title && !doc->title) || (m->published && !doc->published) ||
        (m->author && !doc->author) || (m->url && !doc->url))
        return polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory");
    /* Metadata comes from attributes, which may hold anything. */
    const char *fields[] = {doc->title, doc->published, doc->author, doc->url};
    for (size_t i = 0; i < 4; i++)
        if (fields[i] && !polex_utf8_valid(fields[i], strlen(fields[i]), NULL))
            return polex_fail(err, POLEX_ERR_INTERNAL, "ingest", "metadata is not valid UTF-8");
    return POLEX_OK;
}

polex_status polex_html_extract(const char *data, size_t len, polex_doc *doc, polex_error *err) {
    return polex_html_extract_hinted(data, len, NULL, doc, err);
}

polex_status polex_html_extract_hinted(const char *data, size_t len, const char *hint,
                                       polex_doc *doc, polex_error *err) {
    if (!doc || (!data && len > 0))
        return polex_fail(err, POLEX_ERR_USAGE, "ingest", "polex_html_extract: no document");
    char *utf8 = NULL;
    size_t n = 0;
    polex_status rc = polex_html_to_utf8(data ? data : "", len, hint, &utf8, &n, NULL, err);
    if (rc != POLEX_OK) return rc;
    if (n > (size_t)INT32_MAX) {
        free(utf8);
        return polex_fail(err, POLEX_ERR_LIMIT, "ingest", "HTML too large after decoding");
    }
    /* The bytes are UTF-8 now, whatever the page declares. XML_PARSE_HUGE
     * lifts libxml2's depth limit of 256, which would end the parse and lose
     * the rest of the page; input size is bounded above and tree depth by the
     * walks (POLEX_HTML_MAX_DEPTH), which are iterative. */
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
               HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
    htmlDocPtr d = htmlReadMemory(utf8, (int)n, NULL, "UTF-8", opts);
    free(utf8);
    if (!d) return polex_fail(err, POLEX_ERR_INPUT, "ingest", "HTML could not be parsed");

    html_meta m;
    polex_html_meta_read(d, &m);
    html_text t;
    polex_html_text_init(&t);
    polex_html_content(d, &t);
    polex_html_filter(&t);
    polex_html_ld_check(&m, &t);
    xmlFreeDoc(d);
    if (t.failed)
        rc = polex_fail(err, POLEX_ERR_LIMIT, "ingest",
                        "extracted text over %u bytes or out of memory", POLEX_HTML_MAX_BYTES);
    if (rc == POLEX_OK) rc = store_text(&t, doc, err);
    if (rc == POLEX_OK) rc = store_meta(&m, doc, err);
    polex_html_text_free(&t);
    polex_html_meta_free(&m);
    return rc;
}
