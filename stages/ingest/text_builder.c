/* text_builder.c - normalized text and paragraph ranges (see text_builder.h). */
#include "text_builder.h"

#include "encoding.h"

#include <stdlib.h>
#include <string.h>

void polex_textbuf_init(polex_textbuf *tb, size_t max) {
    memset(tb, 0, sizeof *tb);
    /* Paragraph ranges are 32-bit. */
    tb->max = max < UINT32_MAX ? max : UINT32_MAX - 1;
    tb->status = POLEX_OK;
}

static bool reserve(polex_textbuf *tb, size_t extra) {
    if (tb->status != POLEX_OK) return false;
    if (tb->len + extra <= tb->cap) return true;
    if (tb->len + extra > tb->max) {
        tb->status = POLEX_ERR_LIMIT;
        return false;
    }
    size_t cap = tb->cap ? tb->cap : 1024;
    while (cap < tb->len + extra)
        cap *= 2;
    if (cap > tb->max + 1) cap = tb->max + 1;
    char *p = realloc(tb->buf, cap);
    if (!p) {
        tb->status = POLEX_ERR_NOMEM;
        return false;
    }
    tb->buf = p;
    tb->cap = cap;
    return true;
}

static bool is_space(uint32_t cp) {
    return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
           cp == 0x205F || cp == 0x3000;
}

static bool is_invisible(uint32_t cp) {
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0xAD || cp == 0x200B ||
           cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF;
}

static void open_para(polex_textbuf *tb) {
    if (tb->in_para) return;
    if (tb->n_paras > 0) {
        if (!reserve(tb, 2)) return;
        memcpy(tb->buf + tb->len, "\n\n", 2);
        tb->len += 2;
    }
    tb->para_start = (uint32_t)tb->len;
    tb->in_para = true;
    tb->pending_space = false;
}

void polex_textbuf_append(polex_textbuf *tb, const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n && tb->status == POLEX_OK) {
        /* Fast path for runs of plain ASCII. */
        size_t j = i;
        while (j < n && u[j] > 0x20 && u[j] < 0x7F)
            j++;
        if (j > i) {
            open_para(tb);
            size_t extra = (j - i) + (tb->pending_space ? 1 : 0);
            if (!reserve(tb, extra)) return;
            if (tb->pending_space) tb->buf[tb->len++] = ' ';
            tb->pending_space = false;
            memcpy(tb->buf + tb->len, s + i, j - i);
            tb->len += j - i;
            i = j;
            continue;
        }
        uint32_t cp;
        size_t k = polex_utf8_decode(u + i, n - i, &cp);
        if (k == 0) {
            i++;
            continue;
        }
        if (is_space(cp)) {
            if (tb->in_para) tb->pending_space = true;
        } else if (!is_invisible(cp)) {
            open_para(tb);
            if (!reserve(tb, k + 1)) return;
            if (tb->pending_space) tb->buf[tb->len++] = ' ';
            tb->pending_space = false;
            memcpy(tb->buf + tb->len, s + i, k);
            tb->len += k;
        }
        i += k;
    }
}

void polex_textbuf_space(polex_textbuf *tb) {
    if (tb->in_para) tb->pending_space = true;
}

bool polex_textbuf_in_para(const polex_textbuf *tb) {
    return tb->in_para;
}

void polex_textbuf_break(polex_textbuf *tb) {
    if (!tb->in_para || tb->status != POLEX_OK) return;
    if (tb->n_paras == tb->cap_paras) {
        size_t cap = tb->cap_paras ? tb->cap_paras * 2 : 64;
        polex_span *p = realloc(tb->paras, cap * sizeof *p);
        if (!p) {
            tb->status = POLEX_ERR_NOMEM;
            return;
        }
        tb->paras = p;
        tb->cap_paras = cap;
    }
    tb->paras[tb->n_paras++] = (polex_span){tb->para_start, (uint32_t)tb->len};
    tb->in_para = false;
    tb->pending_space = false;
}

void polex_textbuf_free(polex_textbuf *tb) {
    free(tb->buf);
    free(tb->paras);
    tb->buf = NULL;
    tb->paras = NULL;
    tb->len = tb->cap = tb->n_paras = tb->cap_paras = 0;
}

polex_status polex_textbuf_finish(polex_textbuf *tb, polex_doc *doc, polex_error *err) {
    polex_textbuf_break(tb);
    polex_status rc = tb->status;
    if (rc == POLEX_ERR_LIMIT) {
        polex_fail(err, rc, "ingest", "extracted text longer than %zu bytes", tb->max);
        goto done;
    }
    if (rc != POLEX_OK) {
        polex_fail(err, rc, "ingest", "out of memory while building the text");
        goto done;
    }
    char *text = polex_arena_strndup(doc->arena, tb->buf ? tb->buf : "", tb->len);
    if (!text) {
        rc = polex_fail(err, POLEX_ERR_NOMEM, "ingest", "out of memory while building the text");
        goto done;
    }
    doc->text = text;
    doc->text_len = tb->len;
    doc->n_paragraphs = 0;
    for (size_t i = 0; i < tb->n_paras; i++) {
        rc = polex_doc_add_paragraph(doc, tb->paras[i].start, tb->paras[i].end);
        if (rc != POLEX_OK) {
            polex_fail(err, rc, "ingest", "out of memory while recording paragraphs");
            goto done;
        }
    }
done:
    polex_textbuf_free(tb);
    return rc;
}
