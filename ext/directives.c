/*
 * directives.c — gw_directives(text): the numbered outline of a speech
 * (contract §4), and gw_outline(text), the same tree drawn as text (§2).
 *
 *   SELECT path, marker, heading FROM gw_directives('二、守住“线”
 *   第一，公众意识要再提高。一要大力开展宣传。');
 *   -- 2      二、    守住“线”
 *   -- 2.1    第一，  公众意识要再提高
 *   -- 2.1.1  一要    大力开展宣传
 *
 * How it works, in two passes over the text:
 *
 * 1. Markers. Each line is scanned once, byte by byte. A small state says
 *    whether the current character starts a clause (at a line start, after
 *    。！？；：, or after ，: gw_clause_after), and only there is a marker
 *    tried (gw_marker_at; both rules live in cues.c).
 *    A marker found is placed in the tree by the contract's three nesting
 *    rules over a stack of open levels (attach); one that the rules reject
 *    (a lone 其次, an inline 二是 with nothing to continue) is no marker.
 *    A collection heading (【篇N】 [篇N] 【第N篇】 第N篇, the lines
 *    gw_speeches cuts a page at, cues.c) closes everything and empties the
 *    stack; so does, for the directives before it, a paragraph opening with
 *    同志们 after the last directive.
 * 2. Spans. Each directive's body ends where the next directive of the same
 *    or a smaller depth starts (a stack again), or where its segment closes;
 *    heading and body are then cut from the text between.
 *
 * Every string a row holds is a slice of the input except path, which lives
 * in the rows' arena. Nothing is allocated per character; the stack of open
 * levels is bounded by the number of styles, so nesting cannot run away.
 */
#include "directives.h"

#include "cues.h"

#include <stdlib.h>
#include <string.h>

/* Each style is open on at most one level, so the stack never grows past
 * the number of styles. */
#define MAX_DEPTH GW_NSTYLES
#define NONE      ((size_t)-1)

/* One open level of the outline. */
typedef struct level {
    unsigned styles; /* the styles seen on it (a change of style inside one list adds one) */
    int64_t last;    /* its last ordinal */
    size_t row;      /* index of its last directive */
} level;

/* What pass 2 needs of each directive, beside its row. */
typedef struct span {
    size_t b;       /* first byte of the marker */
    size_t me;      /* first byte after the marker */
    size_t le;      /* the end of its line */
    size_t stop;    /* the first 。！？； after it on its line, or NONE */
    size_t seg;     /* the segment (part between boundary lines) it is in */
    size_t limit;   /* where its segment closes every directive */
    size_t end;     /* where its body ends (pass 2) */
    size_t tail;    /* where its span ends (pass 2) */
    int line_start; /* 1 when the marker starts its line */
    int early_end;  /* 1 when its line holds 。！？ before its last character */
} span;

typedef struct parser {
    const char *s;       /* the text */
    size_t n;            /* its length in bytes */
    gw_rows *out;        /* the rows */
    span *sp;            /* one per row */
    size_t cap;          /* spans allocated */
    level lv[MAX_DEPTH]; /* the open levels, top first */
    int depth;           /* how many are open */
    size_t seg;          /* the current segment */
    size_t seg_first;    /* index of its first directive */
    size_t closing;      /* a 同志们 paragraph after its last directive, or NONE */
    /* the line being scanned */
    size_t line_first; /* index of its first directive */
    size_t pend_first; /* index of the first directive still waiting for its stop */
    size_t line_dir;   /* index of the directive that starts it, or NONE */
    size_t first_end;  /* the end of its first 。！？ after that directive, or NONE */
    size_t ink;        /* the end of its last character that is not a space */
    gw_lines lines;    /* line ends */
} parser;

/* ---- characters ---------------------------------------------------- */

/* The space a line may start with, or a line break. */
static int is_blank(uint32_t cp) {
    return gw_is_space(cp) || gw_is_line_end(cp);
}

/* ---- 1. markers ---------------------------------------------------- */

static int numbered(int style) {
    return style == GW_DUN || style == GW_PAREN || style == GW_ARABIC || style == GW_ARABIC_PAREN;
}

/* Places m in the tree by the nesting rules of contract §4 and adds its row;
 * 0 when the rules make it no marker, -1 when out of memory. */
static int attach(parser *P, const gw_marker *m, int line_start) {
    unsigned bit = 1u << m->style;
    int L = -1;
    int64_t ord = m->ord;
    /* 1. a marker whose style is open is the next sibling on that level */
    for (int k = P->depth - 1; k >= 0 && L < 0; k--)
        if (P->lv[k].styles & bit) L = k;
    if (L >= 0) {
        if (!ord) ord = P->lv[L].last + 1;
    } else {
        if (m->follows) return 0; /* 其次 with no 首先 before it */
        if (!ord) ord = 1;        /* a dash run starts */
        /* 2. n > 1 continues the deepest open level whose last ordinal is n − 1 */
        for (int k = P->depth - 1; ord > 1 && k >= 0 && L < 0; k--)
            if (P->lv[k].last == ord - 1) L = k;
        /* 3. else a new level: for 1 always, for n > 1 only a numbered
         * heading at a line start (an excerpt may start at 二、) */
        if (L < 0) {
            if (ord > 1 && !(line_start && numbered(m->style))) return 0;
            if (P->depth >= MAX_DEPTH) return 0;
            L = P->depth;
            P->lv[L].styles = 0;
        }
    }

    gw_rows *out = P->out;
    size_t idx = out->n;
    if (idx == P->cap) {
        size_t cap = P->cap ? P->cap * 2 : 64;
        span *sp = realloc(P->sp, cap * sizeof *sp);
        if (!sp) return -1;
        P->sp = sp;
        P->cap = cap;
    }
    /* the path: the parent's, a dot, the ordinal */
    const gw_str *ppath = NULL;
    int64_t parent = GW_NULL_INT;
    if (L > 0) {
        const gw_directive *pd = gw_rows_at(out, P->lv[L - 1].row);
        ppath = &pd->path;
        parent = pd->id;
    }
    size_t plen = ppath ? ppath->n + 1 : 0;
    char *path = gw_rows_alloc(out, plen + 24);
    if (!path) return -1;
    if (ppath) {
        memcpy(path, ppath->p, ppath->n);
        path[ppath->n] = '.';
    }
    char num[24];
    size_t nl = 0;
    for (int64_t v = ord; v > 0 && nl < sizeof num; v /= 10)
        num[nl++] = (char)('0' + v % 10);
    for (size_t k = 0; k < nl; k++)
        path[plen + k] = num[nl - 1 - k];
    path[plen + nl] = 0;

    gw_directive *d = gw_rows_push(out);
    if (!d) return -1;
    d->id = (int64_t)idx + 1;
    d->parent = parent;
    d->depth = L + 1;
    d->path.p = path;
    d->path.n = plen + nl;
    d->marker.p = P->s + m->b;
    d->marker.n = m->e - m->b;
    d->style.p = gw_style_name[m->style];
    d->style.n = strlen(gw_style_name[m->style]);
    d->ordinal = ord;

    span *sp = &P->sp[idx];
    sp->b = m->b;
    sp->me = m->e;
    sp->seg = P->seg;
    sp->le = P->n;
    sp->stop = NONE;
    sp->limit = P->n;
    sp->end = P->n;
    sp->tail = P->n;
    sp->line_start = line_start;
    sp->early_end = 0;
    if (line_start) P->line_dir = idx;

    P->depth = L + 1; /* deeper levels close */
    P->lv[L].styles |= bit;
    P->lv[L].last = ord;
    P->lv[L].row = idx;
    P->closing = NONE;
    return 1;
}

/* How strongly the character after marker m starts a clause. */
static int at_after(const char *s, const gw_marker *m) {
    uint32_t cp;
    gw_utf8_prev(s, m->e, &cp);
    cp = gw_punct_canon(cp);
    return cp == 0xFF0C ? GW_AT_COMMA : cp == 0xFF1A ? GW_AT_STRONG : GW_AT_NONE;
}

/* 同志们 / 同志們 opening a paragraph. */
static int is_address(const char *s, size_t i, size_t le) {
    static const char *const forms[] = {"同志们", "同志們"};
    for (size_t k = 0; k < 2; k++) {
        size_t fl = strlen(forms[k]);
        if (le - i >= fl && memcmp(s + i, forms[k], fl) == 0) return 1;
    }
    return 0;
}

/* Closes the segment ending at byte `end`: its directives end at the 同志们
 * paragraph after the last of them, else at `end`. */
static void close_segment(parser *P, size_t end) {
    size_t limit = P->closing != NONE ? P->closing : end;
    for (size_t k = P->seg_first; k < P->out->n; k++)
        P->sp[k].limit = limit;
    P->seg++;
    P->seg_first = P->out->n;
    P->depth = 0;
    P->closing = NONE;
}

/* The line scanned ends at byte le: its directives learn where, and whether
 * the directive starting it has a sentence end before the line's last
 * character (then its heading is its first sentence, not the whole line). */
static void end_line(parser *P, size_t le) {
    for (size_t k = P->line_first; k < P->out->n; k++)
        P->sp[k].le = le;
    if (P->line_dir != NONE)
        P->sp[P->line_dir].early_end = P->first_end != NONE && P->first_end < P->ink;
    P->line_first = P->pend_first = P->out->n;
    P->line_dir = P->first_end = NONE;
}

/* A line starts at *i: skips its indentation; a collection heading (cues.c,
 * the same lines gw_speeches cuts a page at) closes the segment and is
 * skipped whole; a 同志们 paragraph after the segment's last directive closes
 * it. Returns where the scan stands. */
static int start_line(parser *P, size_t *i) {
    const char *s = P->s;
    size_t j = *i, l;
    while (j < P->n && gw_is_space(gw_cp_at(s, j, P->n, &l)))
        j += l;
    P->ink = j;
    /* only lines opening with 【 [ 第 篇 同 can be either */
    const unsigned char *u = (const unsigned char *)s + j;
    if ((P->n - j >= 1 && u[0] == '[') ||
        (P->n - j >= 3 && ((u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x90) ||
                           (u[0] == 0xE7 && u[1] == 0xAC && u[2] == 0xAC) ||
                           (u[0] == 0xE7 && u[1] == 0xAF && u[2] == 0x87) ||
                           (u[0] == 0xE5 && u[1] == 0x90 && u[2] == 0x8C)))) {
        size_t le = gw_lines_end(&P->lines, j), hb = j, he = le, rest;
        int head;
        gw_trim(s, &hb, &he);
        if (gw_collection_heading(s, hb, he, &head, &rest)) {
            close_segment(P, *i);
            *i = le;
            return GW_AT_NONE;
        }
        if (P->out->n > P->seg_first && P->closing == NONE && is_address(s, j, le)) P->closing = j;
    }
    *i = j;
    return GW_AT_LINE;
}

/* Pass 1: one scan of the text, byte by byte, trying a marker only where a
 * clause starts. */
static int scan(parser *P) {
    const char *s = P->s;
    size_t n = P->n, i = 0;
    int at = start_line(P, &i);
    while (i < n) {
        const unsigned char c = (unsigned char)s[i];
        if (at != GW_AT_NONE) {
            gw_marker m;
            if (gw_cancelled(i)) return -2;
            if (gw_marker_at(s, n, i, at, &m)) {
                int r = attach(P, &m, at == GW_AT_LINE);
                if (r < 0) return -1;
                if (r > 0) {
                    i = P->ink = m.e;
                    at = at_after(s, &m);
                    continue;
                }
            }
        }
        /* U+4000 … U+D7FF (Han, mostly): no clause starts after them */
        if (c >= 0xE4 && c <= 0xED && n - i >= 3) {
            i += 3;
            P->ink = i;
            at = GW_AT_NONE;
            continue;
        }
        uint32_t cp;
        size_t l = gw_utf8_next(s + i, n - i, &cp);
        if (gw_is_line_end(cp)) {
            if (gw_cancelled(i)) return -2;
            end_line(P, i);
            i += l;
            at = start_line(P, &i);
            continue;
        }
        if (!gw_is_space(cp)) P->ink = i + l;
        int end = gw_is_sentence_end(cp);
        if (end && P->first_end == NONE && P->line_dir != NONE) P->first_end = i + l;
        if (end || gw_punct_canon(cp) == 0xFF1B /* ； */) {
            for (size_t k = P->pend_first; k < P->out->n; k++)
                P->sp[k].stop = i;
            P->pend_first = P->out->n;
        }
        at = gw_clause_after(cp, at);
        i += l;
    }
    end_line(P, n);
    return 0;
}

/* ---- 2. spans ------------------------------------------------------ */

/* Trims spaces and line breaks of s[*b..*e). */
static void trim_blank(const char *s, size_t *b, size_t *e) {
    uint32_t cp;
    while (*b < *e) {
        size_t l = gw_utf8_next(s + *b, *e - *b, &cp);
        if (!is_blank(cp)) break;
        *b += l;
    }
    while (*e > *b) {
        size_t l = gw_utf8_prev(s, *e, &cp);
        if (!is_blank(cp)) break;
        *e -= l;
    }
}

/* Body ends: the next directive of the same or a smaller depth in the same
 * segment, else the segment's close. */
static void ends(parser *P) {
    size_t open[MAX_DEPTH + 1] = {0};
    int top = 0;
    for (size_t k = 0; k <= P->out->n; k++) {
        const gw_directive *d = k < P->out->n ? gw_rows_at(P->out, k) : NULL;
        while (top > 0) {
            size_t j = open[top - 1];
            const gw_directive *o = gw_rows_at(P->out, j);
            int same = d && P->sp[j].seg == P->sp[k].seg;
            if (same && o->depth < d->depth) break;
            P->sp[j].end = same ? P->sp[k].b : P->sp[j].limit;
            if (P->sp[j].end > P->sp[j].limit) P->sp[j].end = P->sp[j].limit;
            top--;
        }
        if (d && top < MAX_DEPTH + 1) open[top++] = k;
    }
}

/* Cuts heading and body of directive k (contract §4): a marker starting a
 * line with no sentence end before its last character heads the rest of the
 * line; any other heads the words up to its first 。！？；. */
static void cut(parser *P, size_t k) {
    const char *s = P->s;
    span *sp = &P->sp[k];
    gw_directive *d = gw_rows_at(P->out, k);
    size_t next = k + 1 < P->out->n ? P->sp[k + 1].b : P->n;
    size_t he = sp->le, l;
    size_t body = he;
    uint32_t cp;
    if (!(sp->line_start && !sp->early_end) && sp->stop != NONE) {
        he = sp->stop;
        body = sp->stop + gw_utf8_next(s + sp->stop, P->n - sp->stop, &cp);
    }
    /* a child marker on the same line ends the heading */
    if (next < he) he = body = next;
    if (body > sp->end) body = sp->end;

    size_t hb = sp->me, te = he;
    trim_blank(s, &hb, &he);
    /* without its closing punctuation (a heading line's 。, a cut-off ：) */
    if (he > hb) {
        l = gw_utf8_prev(s, he, &cp);
        if (gw_is_clause_end(cp)) he -= l;
        trim_blank(s, &hb, &he);
    }
    d->heading.p = s + hb;
    d->heading.n = he - hb;

    size_t bb = body, be = sp->end;
    if (bb > be) bb = be;
    trim_blank(s, &bb, &be);
    d->body.p = s + bb;
    d->body.n = be - bb;

    if (be > bb) {
        sp->tail = be;
    } else { /* no body: the span ends with the heading and its punctuation */
        size_t tb = sp->me;
        te = body > te ? body : te;
        if (te > sp->end) te = sp->end;
        trim_blank(s, &tb, &te);
        sp->tail = te > sp->me ? te : sp->me;
    }
}

/* A span's end, for sorting. */
typedef struct tail_ref {
    size_t byte; /* where the span ends */
    size_t k;    /* whose */
} tail_ref;

static int by_byte(const void *a, const void *b) {
    size_t x = ((const tail_ref *)a)->byte, y = ((const tail_ref *)b)->byte;
    return x < y ? -1 : x > y;
}

/* pos and len in characters, by one walk over the text: the markers' starts
 * (already in order) merged with the spans' ends (sorted). -1 when out of
 * memory. */
static int positions(parser *P) {
    gw_rows *out = P->out;
    size_t n = out->n;
    if (!n) return 0;
    tail_ref *t = malloc(n * sizeof *t);
    if (!t) return -1;
    for (size_t k = 0; k < n; k++) {
        t[k].byte = P->sp[k].tail;
        t[k].k = k;
    }
    qsort(t, n, sizeof *t, by_byte);
    gw_pos pos;
    gw_pos_init(&pos, P->s);
    size_t km = 0, kt = 0;
    while (kt < n) {
        if (km < n && P->sp[km].b <= t[kt].byte) {
            gw_directive *d = gw_rows_at(out, km);
            d->pos = (int64_t)gw_pos_char(&pos, P->sp[km++].b);
        } else {
            /* a span ends after its own marker, so d->pos is known */
            gw_directive *d = gw_rows_at(out, t[kt].k);
            d->len = (int64_t)gw_pos_char(&pos, t[kt++].byte) - d->pos;
        }
    }
    free(t);
    return 0;
}

/* ---- the entry points ---------------------------------------------- */

static int parse(const char *s, size_t n, gw_rows *out, gw_error *err) {
    parser P;
    memset(&P, 0, sizeof P);
    P.s = s;
    P.n = n;
    P.out = out;
    P.closing = P.line_dir = P.first_end = NONE;
    gw_lines_init(&P.lines, s, n);
    int r = scan(&P);
    int rc = r == -2 ? GW_EINTR : r < 0 ? GW_ENOMEM : GW_OK;
    if (rc == GW_OK) {
        close_segment(&P, n);
        ends(&P);
        for (size_t k = 0; k < out->n && rc == GW_OK; k++) {
            if (gw_cancelled(P.sp[k].b)) rc = GW_EINTR;
            cut(&P, k);
        }
        if (rc == GW_OK && gw_cancelled(0)) rc = GW_EINTR;
        if (rc == GW_OK && positions(&P) < 0) rc = GW_ENOMEM;
    }
    free(P.sp);
    if (rc != GW_OK) err->code = rc;
    return rc;
}

int gw_parse_directives(const gw_args *in, gw_rows *out, gw_error *err) {
    if (in->n < 1 || !in->v[0].present) return GW_OK;
    return parse(in->v[0].s, in->v[0].n, out, err);
}

char *gw_outline(const char *s, size_t n, size_t *out_n, gw_error *err) {
    gw_rows rows;
    gw_rows_init(&rows, sizeof(gw_directive));
    *out_n = 0;
    if (parse(s, n, &rows, err) != GW_OK) {
        gw_rows_free(&rows);
        return NULL;
    }
    gw_buf b;
    gw_buf_init(&b);
    static const char spaces[] = "                                ";
    for (size_t k = 0; k < rows.n; k++) {
        const gw_directive *d = gw_rows_at(&rows, k);
        if (k) gw_buf_add(&b, "\n", 1);
        gw_buf_add(&b, spaces, (size_t)(d->depth - 1) * 2);
        gw_buf_add(&b, d->path.p, d->path.n);
        gw_buf_add(&b, "  ", 2);
        gw_buf_add(&b, d->heading.p, d->heading.n);
    }
    gw_rows_free(&rows);
    char *r = gw_buf_take(&b, out_n);
    if (!r) err->code = GW_ENOMEM;
    return r;
}
