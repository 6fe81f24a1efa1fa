/* html_meta.c - title, published date, author, canonical URL and the JSON-LD
 * article body of an HTML page. */
#include "html_internal.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int is_el(xmlNodePtr n, const char *name) {
    return n->type == XML_ELEMENT_NODE && n->name && strcasecmp((const char *)n->name, name) == 0;
}

static char *attr(xmlNodePtr n, const char *name) {
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v) return NULL;
    char *s = strdup((const char *)v);
    xmlFree(v);
    return s;
}

/* Collapses whitespace and trims; returns a malloc'd copy, NULL if empty. */
static char *clean(const char *s) {
    if (!s) return NULL;
    html_text t;
    polex_html_text_init(&t);
    polex_html_text_append(&t, s, strlen(s));
    char *r = NULL;
    if (!t.failed && t.len > 0) r = strndup(t.buf, t.len);
    polex_html_text_free(&t);
    return r;
}

static char *node_text(xmlNodePtr n) {
    xmlChar *c = xmlNodeGetContent(n);
    if (!c) return NULL;
    char *r = clean((const char *)c);
    xmlFree(c);
    return r;
}

static void set_once(char **slot, char *value) {
    if (*slot == NULL && value)
        *slot = value;
    else
        free(value);
}

/* ---- JSON-LD ----------------------------------------------------------- */

static int is_article_type(json_t *obj) {
    json_t *t = json_object_get(obj, "@type");
    const char *s = json_is_string(t) ? json_string_value(t) : NULL;
    if (json_is_array(t) && json_array_size(t) > 0 && json_is_string(json_array_get(t, 0)))
        s = json_string_value(json_array_get(t, 0));
    return s && (strstr(s, "Article") || strstr(s, "Posting") || strstr(s, "News") ||
                 strstr(s, "Report") || strcmp(s, "WebPage") == 0);
}

static char *ld_author(json_t *a) {
    if (json_is_array(a)) {
        /* Several authors: join their names. */
        char *acc = NULL;
        size_t i;
        json_t *v;
        json_array_foreach(a, i, v) {
            char *one = ld_author(v);
            if (!one) continue;
            if (!acc) {
                acc = one;
                continue;
            }
            size_t la = strlen(acc), lo = strlen(one);
            char *j = malloc(la + lo + 3);
            if (j) {
                memcpy(j, acc, la);
                memcpy(j + la, ", ", 2);
                memcpy(j + la + 2, one, lo + 1);
            }
            free(acc);
            free(one);
            acc = j;
            if (i >= 8) break;
        }
        return acc;
    }
    if (json_is_object(a)) a = json_object_get(a, "name");
    return json_is_string(a) ? clean(json_string_value(a)) : NULL;
}

/* Visits objects (bounded depth), taking fields from article-like ones. */
static void ld_visit(json_t *j, html_meta *m, int depth) {
    if (depth > 8) return;
    if (json_is_array(j)) {
        size_t i;
        json_t *v;
        json_array_foreach(j, i, v) ld_visit(v, m, depth + 1);
        return;
    }
    if (!json_is_object(j)) return;
    if (is_article_type(j)) {
        json_t *v = json_object_get(j, "datePublished");
        if (json_is_string(v)) set_once(&m->published, polex_html_parse_date(json_string_value(v)));
        v = json_object_get(j, "articleBody");
        if (json_is_string(v) && json_string_length(v) > 0)
            set_once(&m->ld_body, strdup(json_string_value(v)));
        set_once(&m->author, ld_author(json_object_get(j, "author")));
        v = json_object_get(j, "headline");
        if (json_is_string(v)) set_once(&m->title, clean(json_string_value(v)));
    }
    ld_visit(json_object_get(j, "@graph"), m, depth + 1);
    ld_visit(json_object_get(j, "mainEntity"), m, depth + 1);
}

static void read_json_ld(xmlNodePtr script, html_meta *m) {
    xmlChar *c = xmlNodeGetContent(script);
    if (!c) return;
    /* Raw line breaks and tabs inside strings are common in the wild and
     * invalid JSON; as whitespace they are harmless everywhere. */
    for (xmlChar *p = c; *p; p++)
        if (*p < 0x20) *p = ' ';
    json_error_t e;
    json_t *j = json_loads((const char *)c, JSON_DECODE_ANY, &e);
    xmlFree(c);
    if (!j) return;
    ld_visit(j, m, 0);
    json_decref(j);
}

/* ---- title --------------------------------------------------------------- */

static size_t words(const char *s) {
    size_t n = 0;
    for (int in = 0; *s; s++) {
        int sp = *s == ' ';
        n += !sp && !in;
        in = !sp;
    }
    return n;
}

/* "Headline | Site" -> "Headline": drops a trailing or leading part after a
 * separator when it is the site's name, or a few words shorter than the rest. */
static char *strip_site(char *t, const char *site) {
    if (!t) return NULL;
    static const char *const seps[] = {" | ", " - ", " – ", " — ", " :: ", " · ", " » "};
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
        char *last = NULL, *p = t;
        while ((p = strstr(p, seps[k])) != NULL)
            last = p, p += strlen(seps[k]);
        if (!last) continue;
        const char *tail = last + strlen(seps[k]);
        size_t head_len = (size_t)(last - t), tail_len = strlen(tail);
        int site_match = site && strcasecmp(tail, site) == 0;
        if (site_match || (tail_len < 40 && tail_len < head_len && words(tail) <= 4)) {
            *last = '\0';
            return t;
        }
        char *first = strstr(t, seps[k]);
        if (site && (size_t)(first - t) == strlen(site) &&
            strncasecmp(t, site, strlen(site)) == 0) {
            memmove(t, first + strlen(seps[k]), strlen(first + strlen(seps[k])) + 1);
            return t;
        }
    }
    return t;
}

/* ---- meta tags ---------------------------------------------------------- */

static const char *const date_keys[] = {"article:published_time",
                                        "og:published_time",
                                        "datepublished",
                                        "date",
                                        "dc.date",
                                        "dc.date.issued",
                                        "dcterms.created",
                                        "dcterms.issued",
                                        "pubdate",
                                        "publishdate",
                                        "publish-date",
                                        "publish_date",
                                        "sailthru.date",
                                        "parsely-pub-date",
                                        "article.published",
                                        "cxenseparse:recs:publishtime",
                                        "originalpublicationdate",
                                        "displaydate",
                                        "date.available"};

/* Exact publication-date keys (itemprop may list several names). */
static int is_date_key(const char *k) {
    char tok[64];
    while (*k) {
        size_t n = strcspn(k, " ");
        if (n > 0 && n < sizeof tok) {
            memcpy(tok, k, n);
            tok[n] = '\0';
            for (size_t i = 0; i < sizeof date_keys / sizeof *date_keys; i++)
                if (strcasecmp(tok, date_keys[i]) == 0) return 1;
        }
        k += n;
        while (*k == ' ')
            k++;
    }
    return 0;
}

/* Site-specific spellings ("sn-post-date", "pub_date"): a key naming a
 * publication or post date, and not a modification. */
static int is_loose_date_key(const char *k) {
    char low[64];
    size_t n = strlen(k);
    if (n >= sizeof low) return 0;
    for (size_t i = 0; i <= n; i++)
        low[i] = (char)(k[i] >= 'A' && k[i] <= 'Z' ? k[i] | 0x20 : k[i]);
    if (strstr(low, "modif") || strstr(low, "update") || strstr(low, "expir")) return 0;
    return strstr(low, "publish") || strstr(low, "pub-date") || strstr(low, "pub_date") ||
           strstr(low, "post-date") || strstr(low, "post_date") || strstr(low, "created");
}

typedef struct found {
    char *og_title, *tw_title, *h1, *title, *site, *meta_date, *loose_date, *time_date, *class_date,
        *stamp_date, *meta_author, *byline, *canon, *og_url;
} found;

static void read_meta(xmlNodePtr n, found *f) {
    char *key = attr(n, "property");
    if (!key) key = attr(n, "name");
    if (!key) key = attr(n, "itemprop");
    if (!key) return;
    char *content = attr(n, "content");
    if (content) {
        if (strcasecmp(key, "og:title") == 0)
            set_once(&f->og_title, clean(content));
        else if (strcasecmp(key, "twitter:title") == 0)
            set_once(&f->tw_title, clean(content));
        else if (strcasecmp(key, "og:site_name") == 0)
            set_once(&f->site, clean(content));
        else if (strcasecmp(key, "og:url") == 0)
            set_once(&f->og_url, clean(content));
        else if (is_date_key(key))
            set_once(&f->meta_date, polex_html_parse_date(content));
        else if ((strcasecmp(key, "author") == 0 || strcasecmp(key, "article:author") == 0 ||
                  strcasecmp(key, "byl") == 0 || strcasecmp(key, "parsely-author") == 0) &&
                 strncmp(content, "http", 4) != 0)
            set_once(&f->meta_author, clean(content));
        else if (is_loose_date_key(key))
            set_once(&f->loose_date, polex_html_parse_date(content));
    }
    free(content);
    free(key);
}

/* Elements with a date-like class whose text is read, at most: each read
 * costs the size of the element. */
#define MAX_DATE_PROBES 16

/* Whether an element's class or id says it holds the publication date: 1
 * when it names a date, 2 when it names a byline or meta line, which may
 * hold one; else 0. */
static int has_date_class(xmlNodePtr n) {
    for (xmlAttrPtr a = n->properties; a; a = a->next) {
        const char *name = (const char *)a->name;
        if (!name || (strcasecmp(name, "class") != 0 && strcasecmp(name, "id") != 0)) continue;
        const char *v = a->children ? (const char *)a->children->content : NULL;
        size_t len = v ? strlen(v) : 0;
        if (len == 0 || len > 200) continue;
        char low[201];
        for (size_t i = 0; i <= len; i++)
            low[i] = (char)(v[i] >= 'A' && v[i] <= 'Z' ? v[i] | 0x20 : v[i]);
        if ((strstr(low, "date") || strstr(low, "publish") || strstr(low, "posted") ||
             strstr(low, "timestamp")) &&
            !strstr(low, "update") && !strstr(low, "modif"))
            return 1;
        /* "entry-meta", "byline": the line under a headline that often
         * holds the date ("June 11, 2026 · by ..."), a weaker sign */
        if (strstr(low, "meta") || strstr(low, "byline") || strstr(low, "dateline")) return 2;
    }
    return 0;
}

/* A byline element: 2 for rel=author or itemprop=author, 1 for a class or id
 * naming the author or byline, else 0. */
static int has_author_class(xmlNodePtr n) {
    for (xmlAttrPtr a = n->properties; a; a = a->next) {
        const char *name = (const char *)a->name;
        const char *v = a->children ? (const char *)a->children->content : NULL;
        if (!name || !v) continue;
        if ((strcasecmp(name, "rel") == 0 || strcasecmp(name, "itemprop") == 0) &&
            strcasecmp(v, "author") == 0)
            return 2;
        if (strcasecmp(name, "class") != 0 && strcasecmp(name, "id") != 0) continue;
        size_t len = strlen(v);
        if (len == 0 || len > 200) continue;
        char low[201];
        for (size_t i = 0; i <= len; i++)
            low[i] = (char)(v[i] >= 'A' && v[i] <= 'Z' ? v[i] | 0x20 : v[i]);
        if ((strstr(low, "byline") || strstr(low, "author")) && !strstr(low, "bio") &&
            !strstr(low, "avatar") && !strstr(low, "image") && !strstr(low, "photo"))
            return 1;
    }
    return 0;
}

/* "By Dana Reyes | March 3, 2025" -> "Dana Reyes"; NULL when nothing
 * name-like is left. Takes ownership of nothing; returns malloc'd. */
static char *byline_name(const char *txt, int explicit_author) {
    if (!txt || strlen(txt) > 120) return NULL;
    const char *p = txt;
    static const char *const lead[] = {"by ", "written by ", "posted by "};
    int led = 0;
    for (size_t i = 0; i < sizeof lead / sizeof *lead && !led; i++)
        if (strncasecmp(p, lead[i], strlen(lead[i])) == 0) p += strlen(lead[i]), led = 1;
    /* A class named "author" also marks bios and titles: only "By ..." counts. */
    if (!led && !explicit_author) return NULL;
    size_t n = strcspn(p, "|\n");
    static const char *const seps[] = {"\xe2\x80\xa2", " - ", " \xe2\x80\x94 ", " \xc2\xb7 "};
    for (size_t i = 0; i < sizeof seps / sizeof *seps; i++) {
        const char *hit = strstr(p, seps[i]);
        if (hit && (size_t)(hit - p) < n) n = (size_t)(hit - p);
    }
    for (size_t i = 0; i < n; i++)
        if (p[i] >= '0' && p[i] <= '9') n = i; /* a date or time follows */
    /* A date or a role after a comma is not part of the name. */
    const char *comma = memchr(p, ',', n);
    if (comma) n = (size_t)(comma - p);
    while (n > 0 && p[n - 1] == ' ')
        n--;
    size_t letters = 0;
    for (size_t i = 0; i < n; i++)
        letters += (p[i] | 0x20) >= 'a' && (p[i] | 0x20) <= 'z';
    size_t words = 1;
    for (size_t i = 0; i < n; i++)
        words += p[i] == ' ';
    if (letters < 3 || n > 80 || words > 7) return NULL;
    return strndup(p, n);
}

/* Whether n's subtree has at most `limit` nodes (counted without recursion). */
static int small_subtree(xmlNodePtr n, int limit) {
    xmlNodePtr c = n->children;
    while (c && limit-- > 0) {
        if (c->children) {
            c = c->children;
            continue;
        }
        while (c && c != n && !c->next)
            c = c->parent;
        if (!c || c == n) return 1;
        c = c->next;
    }
    return c == NULL;
}

/* "/2019/11/18/" or "/2019-11-18/" in an article URL. */
static char *url_date(const char *url) {
    if (!url) return NULL;
    for (const char *p = url; *p; p++) {
        if (*p != '/') continue;
        const char *q = p + 1;
        int ok = 1;
        for (int i = 0; i < 10 && ok; i++) {
            char c = q[i];
            if (i == 4 || i == 7)
                ok = c == '/' || c == '-';
            else
                ok = c >= '0' && c <= '9';
        }
        if (ok && q[4] == q[7] && (q[10] == '/' || q[10] == '-' || q[10] == '\0')) {
            char buf[11];
            memcpy(buf, q, 10);
            buf[10] = '\0';
            char *r = polex_html_parse_date(buf);
            if (r) return r;
        }
    }
    return NULL;
}

/* The date an element with a date-like class holds: its title attribute's,
 * else its text's. NULL: none. */
static char *class_date(xmlNodePtr n) {
    char *dt = attr(n, "title");
    char *date = polex_html_parse_date(dt);
    free(dt);
    if (date) return date;
    char *txt = node_text(n);
    if (txt && strlen(txt) < 200) date = polex_html_parse_date(txt);
    free(txt);
    return date;
}

void polex_html_meta_read(xmlDocPtr d, html_meta *m) {
    memset(m, 0, sizeof *m);
    xmlNodePtr root = d ? xmlDocGetRootElement(d) : NULL;
    found f = {0};
    int depth = 0, date_probes = 0, author_probes = 0, date_kind = 0;
    for (xmlNodePtr n = root; n;) {
        int descend = depth < POLEX_HTML_MAX_DEPTH;
        if (n->type == XML_ELEMENT_NODE) {
            if (is_el(n, "meta"))
                read_meta(n, &f);
            else if (is_el(n, "title") && !f.title)
                f.title = node_text(n);
            else if (is_el(n, "h1") && !f.h1)
                f.h1 = node_text(n), descend = 0;
            else if (is_el(n, "link")) {
                char *rel = attr(n, "rel");
                if (rel && strcasecmp(rel, "canonical") == 0) set_once(&f.canon, attr(n, "href"));
                free(rel);
            } else if (is_el(n, "time") && !f.time_date) {
                char *dt = attr(n, "datetime");
                if (dt) f.time_date = polex_html_parse_date(dt);
                free(dt);
            } else if (!f.class_date && !f.meta_date && !m->published &&
                       date_probes < MAX_DATE_PROBES && (date_kind = has_date_class(n)) > 0 &&
                       small_subtree(n, 32)) {
                date_probes++;
                if (date_kind == 1)
                    f.class_date = class_date(n);
                else if (!f.stamp_date)
                    f.stamp_date = class_date(n);
            } else if (is_el(n, "script")) {
                char *type = attr(n, "type");
                if (type && strcasecmp(type, "application/ld+json") == 0) read_json_ld(n, m);
                free(type);
                descend = 0;
            }
            int author_kind = 0;
            if (!f.byline && !f.meta_author && !m->author && author_probes < MAX_DATE_PROBES &&
                (author_kind = has_author_class(n)) > 0 && small_subtree(n, 32)) {
                author_probes++;
                char *txt = node_text(n);
                f.byline = byline_name(txt, author_kind == 2);
                free(txt);
            }
        }
        /* Track depth along the pre-order walk. */
        if (descend && n->children) {
            depth++;
            n = n->children;
            continue;
        }
        while (n && !n->next && n != root)
            n = n->parent, depth--;
        n = n && n != root ? n->next : NULL;
    }
    char *ld_title = m->title;
    m->title = NULL;
    if (f.og_title)
        m->title = strip_site(f.og_title, f.site), f.og_title = NULL;
    else if (ld_title)
        m->title = ld_title, ld_title = NULL;
    else if (f.tw_title)
        m->title = strip_site(f.tw_title, f.site), f.tw_title = NULL;
    else if (f.h1)
        m->title = f.h1, f.h1 = NULL;
    else if (f.title)
        m->title = strip_site(f.title, f.site), f.title = NULL;
    set_once(&m->published, f.meta_date), f.meta_date = NULL;
    set_once(&m->published, f.time_date), f.time_date = NULL;
    set_once(&m->published, f.loose_date), f.loose_date = NULL;
    set_once(&m->published, f.class_date), f.class_date = NULL;
    set_once(&m->published, f.stamp_date), f.stamp_date = NULL;
    set_once(&m->author, f.meta_author), f.meta_author = NULL;
    set_once(&m->author, f.byline), f.byline = NULL;
    set_once(&m->url, f.canon), f.canon = NULL;
    set_once(&m->url, f.og_url), f.og_url = NULL;
    set_once(&m->published, url_date(m->url));
    free(ld_title);
    free(f.og_title), free(f.tw_title), free(f.h1), free(f.title), free(f.site);
    free(f.meta_date), free(f.loose_date), free(f.class_date), free(f.stamp_date),
        free(f.time_date), free(f.meta_author), free(f.byline), free(f.canon), free(f.og_url);
}

void polex_html_meta_free(html_meta *m) {
    free(m->title);
    free(m->published);
    free(m->author);
    free(m->url);
    free(m->ld_body);
    memset(m, 0, sizeof *m);
}
