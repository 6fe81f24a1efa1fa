/*
 * html_content.c - finds the main content of a page and writes it as paragraphs.
 *
 * Two walks over the tree, both iterative (no recursion, so nesting depth
 * costs nothing but the POLEX_HTML_MAX_DEPTH cut-off):
 *  1. score: every element learns whether it is dropped (script, nav, hidden,
 *     boilerplate class/id ...) and sums the text of its "good" blocks (long,
 *     few links) and of everything else it would bring along.
 *  2. emit: the element with the best balance good - ALPHA * rest is written
 *     out block by block; paragraphs that are mostly link text are undone.
 */
#include "html_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Weight of non-content text against content text when choosing the body. */
#define ALPHA 0.6
/* Short blocks without links (datelines, table cells, labels) cost less than
 * link text (menus, teasers). */
#define SHORT_WEIGHT 0.3
/* A block is "good" content from this many non-space characters ... */
#define GOOD_MIN_CHARS 50
/* ... when at most this share of it is link text. */
#define GOOD_MAX_LINK 0.33
/* An emitted paragraph with more link text than this share is dropped. */
#define EMIT_MAX_LINK 0.5
/* Score factor for elements whose tag or class says "the article". */
#define CONTENT_BONUS 1.3
/* A descendant of the best element scoring within this share of it is
 * taken instead. */
#define INNER_MARGIN 0.1
/* A list of at least this many items, each with a link, mostly link text
 * and short items, is a list of related links. */
#define LINK_LIST_MIN_ITEMS 3
#define LINK_LIST_LINK 0.3
#define LINK_LIST_ITEM_CHARS 150
/* A subtree with an image and less text than this is a caption. */
#define CAPTION_MAX_CHARS 120
/* A block with a linked heading and less text than this is a teaser. */
#define TEASER_MAX_CHARS 600
/* Score factor for candidates inside boilerplate-classed elements. */
#define STRONG_FACTOR 0.15
#define WEAK_FACTOR 0.6

enum {
    F_DROP = 1,        /* never part of the text (script, nav, boilerplate ...) */
    F_BLOCK = 2,       /* starts and ends a paragraph */
    F_LINK = 4,        /* inside an <a> */
    F_JUNK = 8,        /* class/id says boilerplate: dropped unless it is the chosen body */
    F_UNDER_JUNK = 16, /* F_JUNK here or on an ancestor */
    F_STRONG = 32,     /* with F_JUNK: a kind of boilerplate, not a layout wrapper */
    F_UNDER_STRONG = 64,
    F_LINK_HEADING = 128, /* has a child heading that is all link: a teaser item */
    F_CELL = 256,         /* a table cell: a row is one paragraph, cells are spaced */
    F_HAS_IMG = 512,      /* an image in the subtree, not yet claimed by a caption */
    F_CONTENT = 1024,     /* <article>, <main>, itemprop=articleBody, "article-body"... */
    F_ARTICLE = 2048,     /* with F_CONTENT: only the <article> tag says so */
    F_HAS_CONTENT = 4096, /* a strong content element in the subtree */
    F_COMMENTS = 8192,    /* with F_JUNK: a comment section */
};

typedef struct info {
    xmlNodePtr node;
    uint16_t flags;
    uint32_t own, own_link;     /* text of this block not inside nested blocks */
    double good, rest;          /* text of good blocks / of everything else, in the subtree */
    double text, link;          /* all text / link text in the subtree */
    double text_all;            /* text including boilerplate-classed parts */
    uint32_t items, link_items; /* lists: <li> children, and those holding a link */
    double score;               /* as a candidate for the main content */
    uint32_t end;               /* infos of the subtree are [this one, end) in pre-order */
} info;

typedef struct walk {
    info *infos;
    size_t n_infos, cap_infos;
    int depth;
} walk;

/* ---- tag and attribute semantics --------------------------------------- */

static const char *const drop_tags[] = {
    "script", "style",      "noscript", "template", "svg",      "math",   "iframe",  "object",
    "embed",  "canvas",     "video",    "audio",    "map",      "head",   "select",  "button",
    "input",  "textarea",   "option",   "nav",      "aside",    "footer", "menu",    "dialog",
    "figure", "figcaption", "picture",  "img",      "h1",       "header", "label",   "title",
    "meta",   "link",       "source",   "track",    "datalist", "output", "progress"};

static const char *const block_tags[] = {
    "address", "article", "blockquote", "body",     "center",     "dd",     "details", "dir",
    "div",     "dl",      "dt",         "fieldset", "h2",         "h3",     "h4",      "h5",
    "h6",      "hgroup",  "hr",         "html",     "li",         "main",   "ol",      "p",
    "pre",     "section", "summary",    "table",    "tbody",      "tfoot",  "thead",   "tr",
    "ul",      "br",      "caption",    "legend",   "figcaption", "figure", "header",  "footer",
    "nav",     "aside",   "form",       "h1"};

/* libxml2's HTML parser lower-cases element names, and class words are
 * lower-cased before lookup, so a plain comparison is enough. */
static int in_list(const char *name, const char *const *list, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (name[0] == list[i][0] && strcmp(name, list[i]) == 0) return 1;
    return 0;
}

/* Whole words of class/id that mark boilerplate. Strong ones name a kind of
 * boilerplate; weak ones also show up on layout wrappers of the article
 * ("has-sidebar", "paywall"), so content inside them stays a candidate. */
static const char *const strong_words[] = {
    "comment",      "comments",      "share",      "sharing",    "shares",       "social",
    "related",      "recommended",   "newsletter", "subscribe",  "subscription", "signup",
    "cookie",       "cookies",       "consent",    "gdpr",       "promo",        "promotion",
    "advert",       "advertisement", "ad",         "ads",        "sponsor",      "sponsored",
    "breadcrumb",   "breadcrumbs",   "nav",        "navbar",     "navigation",   "menu",
    "footer",       "masthead",      "byline",     "author",     "bio",          "tags",
    "caption",      "credit",        "credits",    "timestamp",  "recirc",       "trending",
    "popular",      "outbrain",      "taboola",    "disqus",     "dateline",     "print",
    "email",        "teaser",        "teasers",    "pagination", "pager",        "sr",
    "screenreader", "skip",          "headline",   "title",      "date",         "more",
    "latest",       "recent",        "excerpt",    "archive",    "most",         "readmore",
    "next",         "prev",          "previous",   "ticker",     "breaking"};
static const char *const weak_words[] = {"sidebar", "paywall", "rail",  "widget",
                                         "overlay", "popup",   "modal", "banner",
                                         "toolbar", "header",  "meta"};

/* Substrings that mark strong boilerplate wherever they appear in class/id. */
static const char *const strong_parts[] = {
    "related", "share",  "social",    "cookie",    "newsletter", "breadcrumb", "promo",  "outbrain",
    "taboola", "advert", "subscribe", "recommend", "comment-",   "comments",   "byline", "caption"};
static const char *const weak_parts[] = {"sidebar"};

static const char *attr_value(xmlNodePtr n, const char *name) {
    for (xmlAttrPtr a = n->properties; a; a = a->next)
        if (a->name && strcasecmp((const char *)a->name, name) == 0)
            return a->children && a->children->content ? (const char *)a->children->content : "";
    return NULL;
}

#define NELEM(a) (sizeof(a) / sizeof *(a))

/* Words of comment sections: never a wrapper of the article. */
static const char *const comment_words[] = {"comment", "comments", "disqus", "reply", "replies"};

/* WordPress marks a post's wrapper with its taxonomy ("tag-politics",
 * "category-promotions", "author-jane"): those tokens say nothing about the
 * element, once the value shows it is a post class (hentry, type-..., status-...). */
static const char *is_post_class(const char *v) {
    const char *p = strstr(v, "hentry");
    if (!p) p = strstr(v, "type-post");
    if (!p) p = strstr(v, "status-publish");
    return p;
}

static int taxonomy_token(const char *tok, size_t n) {
    static const char *const prefixes[] = {"tag-", "category-", "author-", "categories-"};
    for (size_t i = 0; i < NELEM(prefixes); i++) {
        size_t l = strlen(prefixes[i]);
        if (n > l && strncmp(tok, prefixes[i], l) == 0) return 1;
    }
    return 0;
}

/* Boilerplate level of one class token (or id) of n bytes: 3 for comment
 * sections, 2 for other strong words, 1 for weak ones, else 0. */
static int token_level(const char *v, size_t len) {
    char word[48];
    size_t w = 0;
    int level = 0;
    for (size_t k = 0; k <= len; k++) {
        char c = k < len ? v[k] : '\0';
        int alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (alnum) {
            if (w + 1 < sizeof word) word[w++] = (char)(c | 0x20);
            continue;
        }
        if (w > 0) {
            word[w] = '\0';
            if (in_list(word, comment_words, NELEM(comment_words))) return 3;
            if (in_list(word, strong_words, NELEM(strong_words))) level = 2;
            if (level < 1 && in_list(word, weak_words, NELEM(weak_words))) level = 1;
            w = 0;
        }
    }
    if (len > 128) return level;
    char low[129];
    for (size_t i = 0; i < len; i++)
        low[i] = (char)(v[i] >= 'A' && v[i] <= 'Z' ? v[i] | 0x20 : v[i]);
    low[len] = '\0';
    if (strstr(low, "comment-") || strstr(low, "comments")) return 3;
    for (size_t i = 0; i < NELEM(strong_parts) && level < 2; i++)
        if (strstr(low, strong_parts[i])) level = 2;
    for (size_t i = 0; i < NELEM(weak_parts) && level < 1; i++)
        if (strstr(low, weak_parts[i])) level = 1;
    return level;
}

/* The highest level over the whitespace-separated tokens of a class value. */
static int junk_level(const char *v) {
    int post = is_post_class(v) != NULL, level = 0;
    for (const char *p = v; *p;) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        size_t n = strcspn(p, " \t\n");
        if (n > 0 && !(post && taxonomy_token(p, n))) {
            int l = token_level(p, n);
            if (l > level) level = l;
            if (level == 3) return 3;
        }
        p += n;
    }
    return level;
}

/* Class names that hide an element by convention (Bootstrap, WordPress ...). */
static int hidden_class(const char *cls) {
    static const char *const names[] = {"hidden",
                                        "hide",
                                        "d-none",
                                        "sr-only",
                                        "visually-hidden",
                                        "visuallyhidden",
                                        "screen-reader-text",
                                        "is-hidden",
                                        "u-hidden",
                                        "invisible",
                                        "display-none"};
    char tok[32];
    size_t k = 0;
    for (const char *p = cls;; p++) {
        if (*p && *p != ' ' && *p != '\t' && *p != '\n') {
            if (k + 1 < sizeof tok) tok[k++] = *p;
            continue;
        }
        tok[k] = '\0';
        if (k > 0 && in_list(tok, names, NELEM(names))) return 1;
        k = 0;
        if (!*p) return 0;
    }
}

static int is_hidden(xmlNodePtr n) {
    if (attr_value(n, "hidden")) return 1;
    const char *cls = attr_value(n, "class");
    if (cls && hidden_class(cls)) return 1;
    const char *v = attr_value(n, "aria-hidden");
    if (v && strcasecmp(v, "true") == 0) return 1;
    v = attr_value(n, "style");
    if (v) {
        char low[128];
        size_t k = 0;
        for (const char *p = v; *p && k + 1 < sizeof low; p++)
            if (*p != ' ') low[k++] = (char)(*p >= 'A' && *p <= 'Z' ? *p | 0x20 : *p);
        low[k] = '\0';
        if (strstr(low, "display:none") || strstr(low, "visibility:hidden")) return 1;
    }
    return 0;
}

static int is_junk_role(xmlNodePtr n) {
    const char *v = attr_value(n, "role");
    if (!v) return 0;
    static const char *const roles[] = {"navigation", "banner", "contentinfo", "complementary",
                                        "dialog",     "alert",  "alertdialog", "menu",
                                        "menubar",    "search", "toolbar",     "tablist"};
    return in_list(v, roles, sizeof roles / sizeof *roles);
}

/* The page's own word for its article container: 1 for <main>,
 * itemprop=articleBody and "article-body"-like classes, 2 for <article>. */
static int is_content(xmlNodePtr n, const char *name, const char *cls, const char *id) {
    if (strcmp(name, "main") == 0) return 1;
    const char *ip = attr_value(n, "itemprop");
    if (ip && strcasecmp(ip, "articleBody") == 0) return 1;
    static const char *const parts[] = {
        "article-body",  "articlebody",  "article__body", "article-content", "entry-content",
        "post-content",  "story-body",   "post-body",     "entry-body",      "article-text",
        "story-content", "main-content", "body-text"};
    const char *vals[] = {cls, id};
    for (size_t k = 0; k < 2; k++) {
        size_t len = vals[k] ? strlen(vals[k]) : 0;
        if (len == 0 || len > 200) continue;
        char low[201];
        for (size_t j = 0; j <= len; j++)
            low[j] =
                (char)(vals[k][j] >= 'A' && vals[k][j] <= 'Z' ? vals[k][j] | 0x20 : vals[k][j]);
        for (size_t j = 0; j < NELEM(parts); j++)
            if (strstr(low, parts[j])) return 1;
    }
    /* <article> also marks each comment and each teaser: a weaker signal. */
    return strcmp(name, "article") == 0 ? 2 : 0;
}

static uint16_t classify(xmlNodePtr n) {
    const char *name = (const char *)n->name;
    uint16_t f = 0;
    if (strcasecmp(name, "td") == 0 || strcasecmp(name, "th") == 0) f |= F_CELL;
    if (in_list(name, block_tags, sizeof block_tags / sizeof *block_tags)) f |= F_BLOCK;
    if (strcasecmp(name, "body") == 0 || strcasecmp(name, "html") == 0) return f;
    if (in_list(name, drop_tags, sizeof drop_tags / sizeof *drop_tags)) return f | F_DROP;
    if (strcasecmp(name, "a") == 0) f |= F_LINK;
    if (is_hidden(n) || is_junk_role(n)) return f | F_DROP;
    const char *cls = attr_value(n, "class"), *id = attr_value(n, "id");
    /* Quotes and embedded posts are part of the article, whatever their class. */
    if (strcasecmp(name, "blockquote") == 0 || (cls && strstr(cls, "embed"))) return f;
    int content = is_content(n, name, cls, id);
    if (content) f |= content == 2 ? F_CONTENT | F_ARTICLE : F_CONTENT;
    int level = cls ? junk_level(cls) : 0;
    if (id && level < 3) {
        int l2 = junk_level(id);
        level = l2 > level ? l2 : level;
    }
    /* "entry-content read-more": the page's own name for its article wins
     * over anything but comments. */
    if (content == 1 && level < 3) level = 0;
    if (strcasecmp(name, "form") == 0 && level < 1) level = 1;
    if (level >= 2) return f | F_JUNK | F_STRONG | (level == 3 ? F_COMMENTS : 0);
    if (level == 1) return f | F_JUNK;
    return f;
}

/* ---- the walks ---------------------------------------------------------- */

static size_t visible_chars(const unsigned char *s) {
    size_t n = 0;
    for (; *s; s++)
        if (*s != ' ' && *s != '\n' && *s != '\t' && *s != '\r' && (*s & 0xC0) != 0x80) n++;
    return n;
}

static info *info_of(xmlNodePtr n) {
    return n && n->type == XML_ELEMENT_NODE ? (info *)n->_private : NULL;
}

static int is_image(xmlNodePtr n) {
    const char *s = (const char *)n->name;
    return strcasecmp(s, "img") == 0 || strcasecmp(s, "picture") == 0 ||
           strcasecmp(s, "figure") == 0 || strcasecmp(s, "video") == 0;
}

static int score_enter(walk *w, xmlNodePtr n) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        info *p = info_of(n->parent);
        if (p && n->content) {
            size_t c = visible_chars(n->content);
            p->own += (uint32_t)c;
            if (p->flags & F_LINK) p->own_link += (uint32_t)c;
        }
        return 0;
    }
    if (n->type != XML_ELEMENT_NODE || !n->name) return 0;
    if (w->n_infos == w->cap_infos) return 0; /* counted beforehand; cannot happen */
    info *p = info_of(n->parent);
    info *i = &w->infos[w->n_infos++];
    memset(i, 0, sizeof *i);
    n->_private = i;
    i->node = n;
    i->flags = classify(n);
    if (p && is_image(n)) p->flags |= F_HAS_IMG;
    if (p) i->flags |= p->flags & (F_LINK | F_UNDER_JUNK | F_UNDER_STRONG);
    if (i->flags & F_JUNK) i->flags |= F_UNDER_JUNK;
    if (i->flags & F_STRONG) i->flags |= F_UNDER_STRONG;
    return !(i->flags & F_DROP) && w->depth < POLEX_HTML_MAX_DEPTH;
}

static int is_list(xmlNodePtr n) {
    return strcmp((const char *)n->name, "ul") == 0 || strcmp((const char *)n->name, "ol") == 0;
}

static int is_heading(xmlNodePtr n) {
    const char *s = (const char *)n->name;
    return (s[0] == 'h' || s[0] == 'H') && s[1] >= '1' && s[1] <= '6' && !s[2];
}

/* Boilerplate recognised by its shape rather than its class: an image with a
 * line of text (caption, credit), a list whose every short item is a link
 * (related stories), a short block led by a linked heading (a teaser). */
static int shaped_like_boilerplate(xmlNodePtr n, const info *i) {
    if ((i->flags & F_HAS_IMG) && i->text_all > 0 && i->text_all < CAPTION_MAX_CHARS) return 1;
    if (is_list(n) && i->items >= LINK_LIST_MIN_ITEMS && i->link_items == i->items &&
        i->link > LINK_LIST_LINK * i->text && i->text < LINK_LIST_ITEM_CHARS * i->items)
        return 1;
    return (i->flags & F_LINK_HEADING) && i->text < TEASER_MAX_CHARS;
}

/* What n tells its parent about the parent's shape. */
static void note_shape(xmlNodePtr n, const info *i, info *p) {
    if (i->flags & F_HAS_IMG) p->flags |= F_HAS_IMG;
    if (strcmp((const char *)n->name, "li") == 0) {
        p->items++;
        if (i->link > 0) p->link_items++;
    }
    if (is_heading(n) && i->own > 0 && i->own_link >= 0.8 * i->own) p->flags |= F_LINK_HEADING;
}

/* Boilerplate classes on an element holding the named article body are
 * layout ("Page-ad-margins", "#__next"), unless it is a comment section. */
static void settle_wrapper(info *i, info *p) {
    if ((i->flags & F_JUNK) && (i->flags & F_HAS_CONTENT) && !(i->flags & F_COMMENTS))
        i->flags &= (uint16_t) ~(F_JUNK | F_STRONG);
    int strong_content = (i->flags & F_CONTENT) && !(i->flags & F_ARTICLE);
    if (p && !(i->flags & F_JUNK) && (strong_content || (i->flags & F_HAS_CONTENT)))
        p->flags |= F_HAS_CONTENT;
}

static void score_leave(xmlNodePtr n) {
    info *i = info_of(n);
    if (!i || (i->flags & F_DROP)) return;
    info *p = info_of(n->parent);
    i->text += i->own, i->link += i->own_link;
    i->text_all += i->own;
    if (p) p->text_all += i->text_all;
    settle_wrapper(i, p);
    if (shaped_like_boilerplate(n, i)) {
        i->flags |= F_JUNK | F_STRONG;
        return;
    }
    if (p) note_shape(n, i, p);
    if (i->flags & F_BLOCK) {
        /* The block's own text is one paragraph: content, or a cost. */
        if (i->own >= GOOD_MIN_CHARS && i->own_link <= GOOD_MAX_LINK * i->own)
            i->good += i->own - i->own_link, i->rest += i->own_link;
        else
            i->rest += i->own_link + SHORT_WEIGHT * (i->own - i->own_link);
    } else if (p && !(i->flags & F_JUNK)) {
        p->own += i->own;
        p->own_link += i->own_link;
    }
    /* Boilerplate by class is left out of its ancestors' sums: they would
     * drop it when written out. */
    if (!p || (i->flags & F_JUNK)) return;
    p->text += i->text, p->link += i->link;
    p->good += i->good, p->rest += i->rest;
}

/* Iterative pre/post-order walk over root's subtree. */
typedef int (*enter_fn)(void *ctx, xmlNodePtr n);
typedef void (*leave_fn)(void *ctx, xmlNodePtr n);

static void traverse(xmlNodePtr root, void *ctx, int *depth, enter_fn enter, leave_fn leave) {
    xmlNodePtr n = root;
    *depth = 0;
    int down = enter(ctx, n);
    for (;;) {
        if (down && n->children) {
            n = n->children;
            (*depth)++;
            down = enter(ctx, n);
            continue;
        }
        for (;;) {
            leave(ctx, n);
            if (n == root) return;
            if (n->next) {
                n = n->next;
                break;
            }
            n = n->parent;
            (*depth)--;
        }
        down = enter(ctx, n);
    }
}

static int count_enter(void *ctx, xmlNodePtr n) {
    walk *w = ctx;
    if (n->type == XML_ELEMENT_NODE) w->cap_infos++;
    n->_private = NULL;
    return w->depth < POLEX_HTML_MAX_DEPTH;
}
static void count_leave(void *ctx, xmlNodePtr n) {
    (void)ctx;
    (void)n;
}
static int score_enter_cb(void *ctx, xmlNodePtr n) {
    return score_enter(ctx, n);
}
static void score_leave_cb(void *ctx, xmlNodePtr n) {
    walk *w = ctx;
    info *i = info_of(n);
    if (i) i->end = (uint32_t)w->n_infos;
    score_leave(n);
}

/* ---- emitting ----------------------------------------------------------- */

typedef struct emit {
    html_text *t;
    xmlNodePtr root;
    size_t link_bytes; /* link text in the open paragraph */
    int depth;
} emit;

static void emit_break(emit *e) {
    html_text *t = e->t;
    size_t para = t->len - t->para_start;
    if (para > 0 && e->link_bytes > EMIT_MAX_LINK * (double)para)
        polex_html_text_truncate(t, t->para_start, t->n_paras);
    else
        polex_html_text_break(t);
    e->link_bytes = 0;
}

static int emit_enter(void *ctx, xmlNodePtr n) {
    emit *e = ctx;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (!n->content) return 0;
        info *p = info_of(n->parent);
        size_t before = e->t->len;
        polex_html_text_append(e->t, (const char *)n->content, strlen((const char *)n->content));
        if (p && (p->flags & F_LINK)) e->link_bytes += e->t->len - before;
        return 0;
    }
    info *i = info_of(n);
    if (!i || (i->flags & F_DROP) || e->depth >= POLEX_HTML_MAX_DEPTH) return 0;
    if ((i->flags & F_JUNK) && n != e->root) return 0;
    if (i->flags & F_BLOCK) emit_break(e);
    if (i->flags & F_CELL) polex_html_text_append(e->t, " ", 1);
    return 1;
}

static void emit_leave(void *ctx, xmlNodePtr n) {
    emit *e = ctx;
    info *i = info_of(n);
    if (i && (i->flags & F_BLOCK) && !(i->flags & F_DROP) && (!(i->flags & F_JUNK) || n == e->root))
        emit_break(e);
}

static xmlNodePtr find_body(xmlDocPtr d) {
    xmlNodePtr root = xmlDocGetRootElement(d);
    if (!root) return NULL;
    for (xmlNodePtr c = root->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && strcasecmp((const char *)c->name, "body") == 0) return c;
    return root;
}

/* Wrappers may have lost their boilerplate flag on the way up: recompute
 * what each element inherits, parents first (infos are in pre-order). */
static void inherit_junk(walk *w) {
    const uint16_t under = F_UNDER_JUNK | F_UNDER_STRONG;
    for (size_t k = 0; k < w->n_infos; k++) {
        info *i = &w->infos[k];
        const info *p = info_of(i->node->parent);
        i->flags = (uint16_t)((i->flags & ~under) | (p ? p->flags & under : 0));
        if (i->flags & F_JUNK) i->flags |= F_UNDER_JUNK;
        if (i->flags & F_STRONG) i->flags |= F_UNDER_STRONG;
    }
}

static double candidate_score(const info *i) {
    double s = i->good - ALPHA * i->rest;
    /* Inside a boilerplate-classed element: a candidate only when clearly
     * the best (such classes also mark paywalls and layouts). */
    if ((i->flags & F_UNDER_STRONG) && s > 0) return s * STRONG_FACTOR;
    if ((i->flags & F_UNDER_JUNK) && s > 0) return s * WEAK_FACTOR;
    if ((i->flags & F_CONTENT) && s > 0) return s * CONTENT_BONUS;
    return s;
}

/* The element with the best candidate score (on a tie the later, inner one:
 * infos are in pre-order); then, inside it, the best descendant when that
 * one scores almost as well: the wrapper would only add bylines, bios and
 * share bars. */
static xmlNodePtr best_element(walk *w, xmlNodePtr body) {
    size_t best = w->n_infos;
    double best_score = -1e300;
    for (size_t k = 0; k < w->n_infos; k++) {
        info *i = &w->infos[k];
        if (i->flags & F_DROP) continue;
        i->score = candidate_score(i);
        if (i->score >= best_score) best_score = i->score, best = k;
    }
    if (best == w->n_infos) return body;
    if (best_score > 0) {
        size_t inner = best;
        for (size_t k = best + 1; k < w->infos[best].end && k < w->n_infos; k++) {
            const info *i = &w->infos[k];
            if (!(i->flags & F_DROP) && i->score >= (1.0 - INNER_MARGIN) * best_score &&
                (inner == best || i->score >= w->infos[inner].score))
                inner = k;
        }
        best = inner;
    }
    return w->infos[best].node;
}

void polex_html_content(xmlDocPtr d, html_text *t) {
    xmlNodePtr body = d ? find_body(d) : NULL;
    if (!body) return;
    walk w = {0};
    traverse(body, &w, &w.depth, count_enter, count_leave);
    w.infos = malloc((w.cap_infos ? w.cap_infos : 1) * sizeof *w.infos);
    if (!w.infos) {
        t->failed = 1;
        return;
    }
    traverse(body, &w, &w.depth, score_enter_cb, score_leave_cb);
    inherit_junk(&w);
    xmlNodePtr best = best_element(&w, body);
    info *bi = info_of(best);
    if (!bi || bi->good <= 0) best = body;
    emit e = {.t = t, .root = best};
    traverse(best, &e, &e.depth, emit_enter, emit_leave);
    emit_break(&e);
    free(w.infos);
}
