/*
 * rows.c — row arrays and the arena behind them; a byte buffer.
 */
#include "rows.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

struct gw_chunk {
    gw_chunk *next; /* older chunk */
    size_t used;    /* bytes handed out */
    size_t cap;     /* bytes available in mem */
    char mem[];     /* the bytes */
};

void gw_rows_init(gw_rows *r, size_t row_size) {
    memset(r, 0, sizeof *r);
    r->size = row_size;
}

void *gw_rows_push(gw_rows *r) {
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 16;
        if (cap > SIZE_MAX / r->size) return NULL;
        char *d = realloc(r->data, cap * r->size);
        if (!d) return NULL;
        r->data = d;
        r->cap = cap;
    }
    void *row = r->data + r->n * r->size;
    memset(row, 0, r->size);
    r->n++;
    return row;
}

char *gw_rows_alloc(gw_rows *r, size_t n) {
    n = (n + 7) & ~(size_t)7;
    gw_chunk *c = r->chunks;
    if (!c || c->cap - c->used < n) {
        size_t cap = n > 65536 ? n : 65536;
        c = malloc(sizeof *c + cap);
        if (!c) return NULL;
        c->cap = cap;
        c->used = 0;
        if (n > 65536 && r->chunks) { /* a big one: keep the current chunk on top */
            c->next = r->chunks->next;
            r->chunks->next = c;
        } else {
            c->next = r->chunks;
            r->chunks = c;
        }
    }
    char *p = c->mem + c->used;
    c->used += n;
    return p;
}

gw_str gw_rows_strdup(gw_rows *r, const char *s, size_t n) {
    gw_str out = {NULL, 0};
    char *p = gw_rows_alloc(r, n + 1);
    if (!p) return out;
    memcpy(p, s, n);
    p[n] = 0;
    out.p = p;
    out.n = n;
    return out;
}

void gw_rows_free(gw_rows *r) {
    free(r->data);
    for (gw_chunk *c = r->chunks, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    memset(r, 0, sizeof *r);
}

void gw_buf_init(gw_buf *b) {
    memset(b, 0, sizeof *b);
}

static int buf_room(gw_buf *b, size_t extra) {
    if (b->oom) return 0;
    if (b->n + extra + 1 <= b->cap) return 1;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + extra + 1) {
        if (cap > SIZE_MAX / 2) {
            b->oom = 1;
            return 0;
        }
        cap *= 2;
    }
    char *p = realloc(b->p, cap);
    if (!p) {
        b->oom = 1;
        return 0;
    }
    b->p = p;
    b->cap = cap;
    return 1;
}

void gw_buf_add(gw_buf *b, const char *s, size_t n) {
    if (!buf_room(b, n)) return;
    if (n) memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

void gw_buf_addc(gw_buf *b, uint32_t cp) {
    if (!buf_room(b, 4)) return;
    b->n += gw_utf8_put(cp, b->p + b->n);
    b->p[b->n] = 0;
}

char *gw_buf_take(gw_buf *b, size_t *n) {
    char *p = b->p;
    if (b->oom) {
        free(p);
        p = NULL;
    } else if (!p) {
        p = calloc(1, 1);
    }
    if (n) *n = p ? b->n : 0;
    memset(b, 0, sizeof *b);
    return p;
}

void gw_buf_free(gw_buf *b) {
    free(b->p);
    memset(b, 0, sizeof *b);
}
