/*
 * quotes.c — gw_quotes(text): quoted formulations and cited documents
 * (contract §6), and the pairing of quotation marks that gw_numbers also
 * uses for in_quote.
 *
 *   做好“六稳”“六保”工作，印发《关于进一步加强近期疫情防控工作的紧急通知》
 *   → quote 六稳 6 · quote 六保 6 · title 关于进一步加强近期疫情防控工作的紧急通知 NULL
 *
 * How it works: each line is read once with a stack of open marks. An
 * opening mark is pushed as a new entry (so entries come in order of the
 * opening mark, as the rows must); a closing mark closes the nearest open
 * mark of its pair and drops whatever was opened above it (never closed, so
 * no row). A count of open marks per pair makes a closing mark with nothing
 * to close cost nothing, so the scan stays linear on any input.
 */
#include "quotes.h"

#include "numeral.h"

#include <stdlib.h>
#include <string.h>

enum { ROLE_OPEN, ROLE_CLOSE, ROLE_TOGGLE };
#define NMARKS 10

/* Quotation marks, sorted by code point. */
typedef struct mark {
    uint32_t cp;   /* code point */
    uint8_t id;    /* the pair it belongs to */
    uint8_t role;  /* ROLE_* */
    uint8_t title; /* 1 for 《》 〈〉 */
} mark;

static const mark marks[] = {
    {0x0022, 6, ROLE_TOGGLE, 0}, /* " */
    {0x0027, 7, ROLE_TOGGLE, 0}, /* ' */
    {0x2018, 1, ROLE_OPEN, 0},   /* ‘ */
    {0x2019, 1, ROLE_CLOSE, 0},  /* ’ */
    {0x201C, 0, ROLE_OPEN, 0},   /* “ */
    {0x201D, 0, ROLE_CLOSE, 0},  /* ” */
    {0x3008, 5, ROLE_OPEN, 1},   /* 〈 */
    {0x3009, 5, ROLE_CLOSE, 1},  /* 〉 */
    {0x300A, 4, ROLE_OPEN, 1},   /* 《 */
    {0x300B, 4, ROLE_CLOSE, 1},  /* 》 */
    {0x300C, 2, ROLE_OPEN, 0},   /* 「 */
    {0x300D, 2, ROLE_CLOSE, 0},  /* 」 */
    {0x300E, 3, ROLE_OPEN, 0},   /* 『 */
    {0x300F, 3, ROLE_CLOSE, 0},  /* 』 */
    {0xFF02, 8, ROLE_TOGGLE, 0}, /* ＂ */
    {0xFF07, 9, ROLE_TOGGLE, 0}, /* ＇ */
};

static const mark *find_mark(uint32_t cp) {
    if (cp != 0x22 && cp != 0x27 && (cp < 0x2018 || cp > 0x201D) && (cp < 0x3008 || cp > 0x300F) &&
        cp != 0xFF02 && cp != 0xFF07)
        return NULL;
    long k = gw_cp_find(marks, sizeof marks / sizeof marks[0], sizeof marks[0], cp);
    return k >= 0 ? &marks[k] : NULL;
}

static int is_ascii_letter(uint32_t cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

void gw_qpairs_init(gw_qpairs *q) {
    memset(q, 0, sizeof *q);
}

void gw_qpairs_free(gw_qpairs *q) {
    free(q->v);
    free(q->stk);
    memset(q, 0, sizeof *q);
}

static int grow(void **p, size_t *cap, size_t need, size_t size) {
    if (need <= *cap) return 1;
    size_t c = *cap ? *cap * 2 : 16;
    while (c < need)
        c *= 2;
    void *np = realloc(*p, c * size);
    if (!np) return 0;
    *p = np;
    *cap = c;
    return 1;
}

int gw_quote_line(gw_qpairs *q, const char *s, size_t b, size_t e) {
    size_t open[NMARKS] = {0};
    q->n = 0;
    q->sn = 0;
    uint32_t prev = 0;
    size_t chars = 0; /* characters before i, counted as we go: nesting stays linear */
    for (size_t i = b; i < e; chars++) {
        unsigned char u = (unsigned char)s[i];
        if (u >= 0xE4 && u <= 0xE9 && e - i >= 3) { /* a CJK ideograph: no mark */
            prev = 0x4E00;
            i += 3;
            continue;
        }
        if (u < 0x80 && u != '"' && u != '\'') {
            prev = u;
            i++;
            continue;
        }
        uint32_t cp;
        size_t l = gw_utf8_next(s + i, e - i, &cp);
        const mark *m = find_mark(cp);
        if (m) {
            int role = m->role;
            if (cp == 0x27 || cp == 0x2019) { /* don't, don’t: an apostrophe */
                uint32_t next = 0;
                if (i + l < e) gw_utf8_next(s + i + l, e - i - l, &next);
                if (is_ascii_letter(prev) && is_ascii_letter(next)) role = -1;
            }
            if (role == ROLE_TOGGLE) role = open[m->id] ? ROLE_CLOSE : ROLE_OPEN;
            if (role == ROLE_OPEN) {
                if (!grow((void **)&q->v, &q->cap, q->n + 1, sizeof *q->v) ||
                    !grow((void **)&q->stk, &q->scap, q->sn + 1, sizeof *q->stk)) {
                    q->oom = 1;
                    return GW_ENOMEM;
                }
                gw_qpair *p = &q->v[q->n];
                p->open = i;
                p->close = 0;
                p->ochar = chars;
                p->cchar = 0;
                p->olen = (uint8_t)l;
                p->clen = 0;
                p->title = m->title;
                p->mark = m->id;
                q->stk[q->sn++] = q->n++;
                open[m->id]++;
            } else if (role == ROLE_CLOSE && open[m->id]) {
                /* close the nearest open mark of this pair; drop those above it */
                while (q->sn) {
                    gw_qpair *p = &q->v[q->stk[--q->sn]];
                    open[p->mark]--;
                    if (p->mark == m->id) {
                        p->close = i;
                        p->cchar = chars;
                        p->clen = (uint8_t)l;
                        break;
                    }
                }
            }
        }
        prev = cp;
        i += l;
    }
    return GW_OK;
}

/* The value of the first numeral of a short quote (at most 12 characters). */
static gw_num quote_numeral(const char *s, size_t n) {
    gw_num none = {GW_NUM_NULL, 0, 0};
    size_t chars = 0, first = n;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t l = gw_utf8_next(s + i, n - i, &cp);
        if (++chars > 12) return none;
        if (first == n && gw_numeral_start(cp)) first = i;
        i += l;
    }
    if (first == n) return none;
    gw_numeral r = gw_numeral_scan(s + first, n - first);
    return r.len ? r.value : none;
}

int gw_parse_quotes(const gw_args *in, gw_rows *out, gw_error *err) {
    const char *s = in->v[0].s;
    size_t n = in->v[0].n;
    gw_qpairs q;
    gw_qpairs_init(&q);
    gw_pos pos;
    gw_pos_init(&pos, s);
    int64_t id = 0;
    gw_lines lines;
    gw_lines_init(&lines, s, n);
    for (size_t b = 0; b < n;) {
        if (gw_cancelled(b)) {
            gw_qpairs_free(&q);
            err->code = GW_EINTR;
            return GW_EINTR;
        }
        size_t e = gw_lines_end(&lines, b);
        if (gw_quote_line(&q, s, b, e) != GW_OK) goto nomem;
        size_t line = q.n ? gw_pos_char(&pos, b) : 0; /* 1-based position of the line */
        for (size_t k = 0; k < q.n; k++) {
            const gw_qpair *p = &q.v[k];
            if (!p->clen) continue;
            gw_quote *row = gw_rows_push(out);
            if (!row) goto nomem;
            row->id = ++id;
            row->kind.p = p->title ? "title" : "quote";
            row->kind.n = 5;
            row->text.p = s + p->open + p->olen;
            row->text.n = p->close - p->open - p->olen;
            if (p->title)
                row->numeral.type = GW_NUM_NULL;
            else
                row->numeral = quote_numeral(row->text.p, row->text.n);
            row->pos = (int64_t)(line + p->ochar);
            row->len = (int64_t)(p->cchar + 1 - p->ochar);
        }
        b = gw_line_next(s, n, e);
    }
    gw_qpairs_free(&q);
    return GW_OK;
nomem:
    gw_qpairs_free(&q);
    err->code = GW_ENOMEM;
    return GW_ENOMEM;
}
