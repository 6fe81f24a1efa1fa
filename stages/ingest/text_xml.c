/*
 * text_xml.c - text of XML documents: Federal Register XML (GPO's RULE,
 * NOTICE, PRESDOCU ... with HD, P, FP) and generic XML (JATS, TEI, DocBook,
 * anything with paragraphs).
 *
 * No per-schema tables for structure: an element whose parent holds text of
 * its own is inline (an emphasis inside a paragraph), any other element is a
 * block and ends the paragraph. Only page furniture is named (GPO's page and
 * billing codes). When the document has a <body>, only the body is read.
 */
#include "text_xml.h"

#include "text_builder.h"
#include "text_date.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>
#include <strings.h>

/* Elements that never hold document text. */
static bool skipped(const xmlNode *el) {
    static const char *const names[] = {"PRTPAGE", "FRDOC",  "BILCOD", "GID",    "GPH",
                                        "FILED",   "script", "style",  "meta",   "FTREF",
                                        "SU",      "link",   "object", "binary", "figure-graphic"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (strcmp((const char *)el->name, names[i]) == 0) return true;
    }
    return false;
}

static bool has_own_text(const xmlNode *el) {
    for (const xmlNode *c = el->children; c; c = c->next) {
        if (c->type != XML_TEXT_NODE && c->type != XML_CDATA_SECTION_NODE) continue;
        for (const xmlChar *p = c->content; p && *p; p++) {
            if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') return true;
        }
    }
    return false;
}

typedef struct xml_walk {
    polex_textbuf *tb;
    const xmlNode *title; /* first title-like element */
    const xmlNode *date;  /* first date-like element */
    size_t nodes, max_nodes;
} xml_walk;

static bool local_is(const xmlNode *el, const char *name) {
    return strcasecmp((const char *)el->name, name) == 0;
}

static void note_metadata(xml_walk *w, const xmlNode *el) {
    if (!w->title) {
        xmlChar *src = local_is(el, "HD") ? xmlGetProp(el, BAD_CAST "SOURCE") : NULL;
        bool hed = src && strcmp((const char *)src, "HED") == 0;
        xmlFree(src);
        if (hed || local_is(el, "title") || local_is(el, "SUBJECT") ||
            local_is(el, "article-title"))
            w->title = el;
    }
    if (!w->date &&
        (local_is(el, "DATE") || local_is(el, "pubDate") || local_is(el, "published") ||
         local_is(el, "pub-date") || local_is(el, "issued") || local_is(el, "EXECORDR")))
        w->date = el;
}

/* Title and date in document order, wherever they are (front matter sits
 * outside the body). */
static void find_metadata(xml_walk *w, const xmlNode *el, int depth) {
    for (const xmlNode *c = el; c && depth < 256 && !(w->title && w->date); c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        note_metadata(w, c);
        find_metadata(w, c->children, depth + 1);
    }
}

/* Depth is bounded by libxml2's own nesting limit (256 without XML_PARSE_HUGE). */
static void walk(xml_walk *w, const xmlNode *el) {
    bool block = !(el->parent && el->parent->type == XML_ELEMENT_NODE && has_own_text(el->parent));
    if (block) polex_textbuf_break(w->tb);
    for (const xmlNode *c = el->children; c; c = c->next) {
        if (++w->nodes > w->max_nodes) return;
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            const char *s = (const char *)c->content;
            if (s) polex_textbuf_append(w->tb, s, strlen(s));
        } else if (c->type == XML_ELEMENT_NODE && !skipped(c)) {
            /* Inline elements still separate words when they touch spaces. */
            walk(w, c);
        }
    }
    if (block) polex_textbuf_break(w->tb);
}

static const xmlNode *find_body(const xmlNode *el, int depth) {
    for (const xmlNode *c = el; c && depth < 64; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (local_is(c, "body")) return c;
        const xmlNode *b = find_body(c->children, depth + 1);
        if (b) return b;
    }
    return NULL;
}

static char *node_text(polex_doc *doc, const xmlNode *el) {
    xmlChar *t = xmlNodeGetContent(el);
    if (!t) return NULL;
    polex_textbuf tb;
    polex_textbuf_init(&tb, 4096);
    polex_textbuf_append(&tb, (const char *)t, strlen((const char *)t));
    xmlFree(t);
    char *out = NULL;
    if (tb.status == POLEX_OK && tb.len > 0) out = polex_arena_strndup(doc->arena, tb.buf, tb.len);
    polex_textbuf_free(&tb);
    return out;
}

polex_status polex_xml_extract(const char *utf8, size_t len, polex_doc *doc, polex_error *err) {
    if (len > INT32_MAX)
        return polex_fail(err, POLEX_ERR_LIMIT, "ingest", "XML document too large");
    int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_RECOVER |
               XML_PARSE_NOCDATA | XML_PARSE_IGNORE_ENC | XML_PARSE_COMPACT;
    xmlDoc *xd = xmlReadMemory(utf8, (int)len, NULL, "UTF-8", opts);
    const xmlNode *root = xd ? xmlDocGetRootElement(xd) : NULL;
    if (!root) {
        xmlFreeDoc(xd);
        return polex_fail(err, POLEX_ERR_INPUT, "ingest", "not well-formed XML");
    }
    polex_textbuf tb;
    polex_textbuf_init(&tb, len + len / 2 + 16);
    xml_walk w = {&tb, NULL, NULL, 0, len + 16};
    find_metadata(&w, root, 0);
    const xmlNode *body = find_body(root, 0);
    walk(&w, body ? body : root);
    polex_status rc = polex_textbuf_finish(&tb, doc, err);
    if (rc == POLEX_OK && w.title) doc->title = node_text(doc, w.title);
    if (rc == POLEX_OK && w.date) {
        char *d = node_text(doc, w.date);
        char iso[11];
        size_t at;
        if (d && polex_date_find(d, strlen(d), strlen(d), &at, iso))
            doc->published = polex_arena_strdup(doc->arena, iso);
    }
    xmlFreeDoc(xd);
    return rc;
}
