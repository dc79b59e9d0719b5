/*
 * html.c — the visible text of an HTML page (contract §11), read with
 * libxml2's error-tolerant HTML parser.
 *
 *   gw_html_text('<title>讲话_某某网</title><p>同志们：<br>今天……')
 *     -- 讲话_某某网 \n 同志们： \n 今天……
 *
 * How it works. libxml2 parses the page (broken and unclosed tags, stray end
 * tags, <p> inside <font>: it closes and reopens elements as browsers do) and
 * hands us SAX events; no document tree is built. The events write the text
 * into one buffer, as a browser lays it out:
 *
 *  - whitespace collapses to one space, and a line break between two wide
 *    (CJK) characters disappears, as CSS does for Chinese text; <pre> keeps
 *    its spaces and lines;
 *  - each block element (p, div, li, h1–h6, tr, td, …) and <br> ends a line;
 *    inline ones (span, a, strong, font) do not; no line is empty;
 *  - script, style, noscript, template, iframe, svg, select, button (and a
 *    few more that hold no text: object, canvas, audio, video, textarea),
 *    elements hidden by style="display:none" or the hidden attribute, and
 *    <head> but its <title> are dropped; the <title> becomes the first line;
 *  - libxml2 decodes entities (&nbsp; &ldquo; &#12288; &#x4e00;).
 *
 * Each block element, and each element named as chrome, leaves a small
 * record: where its text starts and ends in the buffer, how many characters
 * it holds and how many of them are link text. After the parse:
 *
 *  1. the main text is the block that gathers the most non-link text from
 *     its own lines and its children's (half from grandchildren), outside
 *     chrome;
 *  2. chrome is removed unless it holds the main text: nav, aside, footer,
 *     header outside an article (unless it holds an <h1>), elements whose
 *     class or id holds a word of chrome_class[] (html_words.h), and blocks
 *     whose text is mostly link text;
 *  3. the article's title is the heading above the main text (one the
 *     <title> repeats, else the nearest <h1>, else <h2> or an element of
 *     class "title", else h3–h6), else the <title> without the site's name
 *     (site_title());
 *  4. the buffer is compacted in place, cutting the removed records out.
 *
 * Memory: libxml2's copy of the page, the text, one record per open block
 * and per closed block that may still be cut (chrome, headings, link lists;
 * a closed paragraph leaves none; none deeper than BOX_DEPTH), and one stack
 * entry per open element.
 */
#include "html.h"

#include "html_words.h"
#include "rows.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NONE      UINT32_MAX
#define TITLE_MAX 100 /* characters: the longest heading taken as a title */
#define BOX_DEPTH 512 /* the deepest block that leaves a record */
#define HTML_MAX  0x7FFFFFFEu

/* ---- what each element is (html_words.h) -------------------------------- */

static const element *element_named(const char *name) {
    size_t lo = 0, hi = sizeof elements / sizeof elements[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(name, elements[mid].name);
        if (c == 0) return &elements[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

/* ---- class and id words (html_words.h) ---------------------------------- */

static int word_in(const char *w, size_t n, const cword *t, size_t nt) {
    for (size_t i = 0; i < nt; i++) {
        size_t l = strlen(t[i].w);
        if (l > n || (l < n && !t[i].prefix)) continue;
        if (memcmp(w, t[i].w, l) == 0) return 1;
    }
    return 0;
}

/* Does the class/id value v hold a word of t? */
static int class_has(const char *v, const cword *t, size_t nt) {
    char w[32];
    size_t k = 0;
    for (const char *q = v;; q++) {
        unsigned char c = (unsigned char)*q;
        int alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        int upper = c >= 'A' && c <= 'Z';
        int lower_before = k > 0 && q > v && q[-1] >= 'a' && q[-1] <= 'z';
        if (!alnum || (upper && lower_before)) {
            if (k && k < sizeof w && word_in(w, k, t, nt)) return 1;
            k = 0;
            if (!c) return 0;
            if (!alnum) continue;
        }
        if (k < sizeof w) w[k] = (char)(upper ? c + 32 : c);
        k++;
    }
}

/* ---- the page's date from <meta> ----------------------------------------- */

static int ascii_ieq(const char *a, const char *b) {
    for (;; a++, b++) {
        int x = (unsigned char)*a, y = (unsigned char)*b;
        if (x >= 'A' && x <= 'Z') x += 32;
        if (y >= 'A' && y <= 'Z') y += 32;
        if (x != y) return 0;
        if (!x) return 1;
    }
}

static int is_date_meta(const char *name) {
    for (size_t i = 0; i < sizeof date_meta / sizeof date_meta[0]; i++)
        if (ascii_ieq(name, date_meta[i])) return 1;
    return 0;
}

static int digits(const char *s, int max, int *v) {
    int k = 0;
    *v = 0;
    while (k < max && s[k] >= '0' && s[k] <= '9')
        *v = *v * 10 + (s[k++] - '0');
    return k;
}

/* A machine date: 2023-05-04, 2023/5/4, 2023.05.04, 2023-05-04T10:00:00+08:00,
 * 2023年05月04日, 20230504 → "2023-05-04" in out; 0 when it is none. */
static int meta_date(const char *s, char out[11]) {
    while (*s == ' ' || *s == '\t')
        s++;
    int y, m, d, k = digits(s, 8, &y);
    if (k == 8) {
        d = y % 100;
        m = y / 100 % 100;
        y /= 10000;
    } else {
        if (k != 4) return 0;
        s += 4;
        size_t l = strncmp(s, "\xE5\xB9\xB4", 3) == 0 ? 3 : (*s == '-' || *s == '/' || *s == '.');
        if (!l) return 0;
        s += l;
        if (!(k = digits(s, 2, &m))) return 0;
        s += k;
        l = strncmp(s, "\xE6\x9C\x88", 3) == 0 ? 3 : (*s == '-' || *s == '/' || *s == '.');
        if (!l) return 0;
        s += l;
        if (!digits(s, 2, &d)) return 0;
    }
    if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31) return 0;
    out[0] = (char)('0' + y / 1000);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = 0;
    return 1;
}

/* ---- the parse ----------------------------------------------------------- */

enum {
    B_CHROME = 1 << 0,  /* chrome by its markup */
    B_INSIDE = 1 << 1,  /* inside chrome (or chrome itself) */
    B_KEEP = 1 << 2,    /* holds the main text */
    B_REMOVE = 1 << 3,  /* cut out of the text */
    B_TITLECL = 1 << 4, /* class or id says title */
    B_HEADER = 1 << 5,  /* chrome only for being a <header> outside an article */
    B_HASH1 = 1 << 6,   /* holds an <h1> with text that is not a link */
};

/* One block element (or element named as chrome). */
typedef struct box {
    uint32_t start, end; /* its text in the buffer */
    uint32_t parent;     /* the enclosing box, or NONE */
    uint32_t chars;      /* characters in it (children included) */
    uint32_t links;      /* ... of them link text */
    uint32_t own;        /* non-link characters of its own (not in child boxes) */
    uint32_t score_out;  /* how much main text it gathers, outside chrome */
    uint32_t score_all;  /* ... anywhere */
    uint32_t first;      /* where its first paragraph (no heading) starts, or NONE */
    uint16_t depth;      /* boxes above it */
    uint8_t flags;       /* B_* */
    uint8_t heading;     /* 1..6 for h1..h6 */
} box;

/* What an open element changed, to undo at its end. */
enum {
    C_SKIP = 1 << 0,
    C_HEAD = 1 << 1,
    C_TITLE = 1 << 2,
    C_LINK = 1 << 3,
    C_PRE = 1 << 4,
    C_ARTICLE = 1 << 5,
    C_BOX = 1 << 6,
    C_BLOCK = 1 << 7,
};

typedef struct open_el {
    const xmlChar *name; /* libxml2's interned name */
    uint32_t box;        /* the box it opened, or NONE */
    uint32_t changed;    /* C_* */
} open_el;

typedef struct ctx {
    gw_buf o;              /* the text */
    gw_buf title;          /* the <title> text */
    box *bx;               /* the records */
    size_t nbx, capbx;     /* how many, allocated */
    open_el *st;           /* open elements */
    size_t nst, capst;     /* how many, allocated */
    uint32_t cur;          /* the innermost open box, or NONE */
    int skip, head, link;  /* inside dropped elements, <head>, links */
    int pre, article;      /* inside <pre>, <article>/<main> */
    int title_state;       /* 0 before the <title>, 1 inside it, 2 after */
    int pend_ws, pend_seg; /* collapsed whitespace waiting (with a line break in it) */
    int pend_break;        /* a line ends before the next text */
    int last_wide;         /* the last character written is wide (CJK) */
    int oom;               /* out of memory */
    char published[11];    /* from <meta> */
} ctx;

static int is_ws(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Wide characters (CJK ideographs, kana, CJK and full-width punctuation):
 * a line break between two of them is no space. */
static int wide(uint32_t c) {
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFF);
}

static uint32_t first_cp(const char *s, size_t n) {
    uint32_t c;
    gw_utf8_next(s, n, &c);
    return c;
}

static uint32_t last_cp(const char *s, size_t n) {
    uint32_t c;
    gw_utf8_prev(s, n, &c);
    return c;
}

/* Characters in s[0..n): bytes that do not continue a character. */
static uint32_t count_chars(const char *s, size_t n) {
    uint32_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

static void count(ctx *c, uint32_t k) {
    if (c->cur == NONE) return;
    box *b = &c->bx[c->cur];
    b->chars += k;
    if (c->link)
        b->links += k;
    else
        b->own += k;
}

/* Writes what is pending before a run of text starting with character first. */
static void flush(ctx *c, uint32_t first) {
    gw_buf *o = &c->o;
    int at_line_start = o->n == 0 || o->p[o->n - 1] == '\n';
    if (c->pend_break) {
        if (!at_line_start) gw_buf_add(o, "\n", 1);
    } else if (c->pend_ws && !at_line_start && !(c->pend_seg && c->last_wide && wide(first))) {
        gw_buf_add(o, " ", 1);
    }
    c->pend_break = c->pend_ws = c->pend_seg = 0;
}

static void text_pre(ctx *c, const char *p, size_t n) {
    if (c->pend_break) flush(c, 'x');
    c->pend_ws = c->pend_seg = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && p[j] != '\r')
            j++;
        gw_buf_add(&c->o, p + i, j - i);
        count(c, count_chars(p + i, j - i));
        i = j + 1;
    }
    if (c->o.n) c->last_wide = wide(last_cp(c->o.p, c->o.n));
}

static void on_text(void *u, const xmlChar *ch, int len) {
    ctx *c = u;
    const char *p = (const char *)ch;
    size_t n = len > 0 ? (size_t)len : 0;
    if (c->title_state == 1 && !c->skip) {
        if (c->title.n + n < 4096) gw_buf_add(&c->title, p, n);
        return;
    }
    if (c->skip || c->head) return;
    if (c->pre) {
        text_pre(c, p, n);
        return;
    }
    for (size_t i = 0; i < n;) {
        unsigned char b = (unsigned char)p[i];
        if (is_ws(b)) {
            c->pend_ws = 1;
            if (b == '\n' || b == '\r') c->pend_seg = 1;
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < n && !is_ws((unsigned char)p[j]))
            j++;
        if (c->pend_ws || c->pend_break) flush(c, first_cp(p + i, j - i));
        gw_buf_add(&c->o, p + i, j - i);
        count(c, count_chars(p + i, j - i));
        c->last_wide = wide(last_cp(p + i, j - i));
        i = j;
    }
    if (c->o.oom) c->oom = 1;
}

static void on_cdata(void *u, const xmlChar *ch, int len) {
    (void)u;
    (void)ch;
    (void)len;
}

/* Is the style attribute one that hides the element? */
static int hidden_decl(const char *w) {
    return ascii_ieq(w, "display:none") || ascii_ieq(w, "display:none!important") ||
           ascii_ieq(w, "visibility:hidden") || ascii_ieq(w, "visibility:hidden!important");
}

static int hides(const char *style) {
    char w[64];
    size_t k = 0; /* characters of the declaration, spaces left out (only short ones are kept) */
    for (const char *q = style;; q++) {
        if (*q == ';' || !*q) {
            if (k < sizeof w) {
                w[k] = 0;
                if (hidden_decl(w)) return 1;
            }
            if (!*q) return 0;
            k = 0;
            continue;
        }
        if (*q == ' ' || *q == '\t') continue;
        if (k < sizeof w - 1) w[k] = *q;
        k++;
    }
}

static int push_box(ctx *c, uint8_t flags, uint8_t heading) {
    if (c->nbx == c->capbx) {
        size_t nc = c->capbx ? c->capbx * 2 : 256;
        box *nb = realloc(c->bx, nc * sizeof *nb);
        if (!nb) return 0;
        c->bx = nb;
        c->capbx = nc;
    }
    box *b = &c->bx[c->nbx];
    memset(b, 0, sizeof *b);
    b->start = b->end = (uint32_t)c->o.n;
    b->parent = c->cur;
    b->flags = flags;
    if (c->cur != NONE && (c->bx[c->cur].flags & B_INSIDE)) b->flags |= B_INSIDE;
    if (flags & B_CHROME) b->flags |= B_INSIDE;
    b->heading = heading;
    b->first = NONE;
    b->depth = c->cur == NONE ? 0 : (uint16_t)(c->bx[c->cur].depth + 1);
    c->cur = (uint32_t)c->nbx++;
    return 1;
}

/* The attributes of a start tag that matter here. */
typedef struct attrs {
    const char *cls, *id; /* class and id, or NULL */
    const char *mname;    /* a <meta>'s name, property or itemprop, or NULL */
    const char *content;  /* a <meta>'s content, or NULL */
    int hidden;           /* hidden, or a style that hides */
    int href;             /* an href */
} attrs;

static attrs read_attrs(const xmlChar **atts) {
    attrs r = {NULL, NULL, NULL, NULL, 0, 0};
    for (size_t i = 0; atts && atts[i]; i += 2) {
        const char *a = (const char *)atts[i], *v = (const char *)atts[i + 1];
        if (!v) v = "";
        switch (a[0]) {
        case 'c':
            if (strcmp(a, "class") == 0) r.cls = v;
            if (strcmp(a, "content") == 0) r.content = v;
            break;
        case 'h':
            if (strcmp(a, "href") == 0) r.href = 1;
            if (strcmp(a, "hidden") == 0) r.hidden = 1;
            break;
        case 'i':
            if (strcmp(a, "id") == 0) r.id = v;
            if (strcmp(a, "itemprop") == 0) r.mname = v;
            break;
        case 'n':
            if (strcmp(a, "name") == 0) r.mname = v;
            break;
        case 'p':
            if (strcmp(a, "property") == 0) r.mname = v;
            break;
        case 's':
            if (strcmp(a, "style") == 0 && hides(v)) r.hidden = 1;
            break;
        default:
            break;
        }
    }
    return r;
}

/* Pushes the element name on the stack of open elements (NULL: out of memory). */
static open_el *push_el(ctx *c, const xmlChar *name) {
    if (c->nst == c->capst) {
        size_t nc = c->capst ? c->capst * 2 : 64;
        open_el *ns = realloc(c->st, nc * sizeof *ns);
        if (!ns) return NULL;
        c->st = ns;
        c->capst = nc;
    }
    open_el *el = &c->st[c->nst++];
    el->name = name;
    el->box = NONE;
    el->changed = 0;
    return el;
}

/* Elements that show no text of their own: <meta>, what is dropped or hidden,
 * <title>, <head> and what is in it, <br>. Returns 1 when el is one of them
 * (and has done what it does). */
static int start_unshown(ctx *c, open_el *el, unsigned f, const attrs *a) {
    if (f & E_META) {
        if (!c->published[0] && a->mname && a->content && is_date_meta(a->mname))
            meta_date(a->content, c->published);
        return 1;
    }
    if ((f & E_DROP) || (a->hidden && !(f & (E_HEAD | E_TITLE)))) {
        c->skip++; /* what is not shown ends no line either */
        el->changed |= C_SKIP;
        return 1;
    }
    if (f & E_TITLE) {
        if (c->title_state == 0) {
            c->title_state = 1;
            el->changed |= C_TITLE;
        }
        return 1;
    }
    if (f & E_HEAD) {
        c->head++;
        el->changed |= C_HEAD;
        return 1;
    }
    if (c->head) return 1;
    if (f & E_BR) {
        c->pend_break = 1;
        return 1;
    }
    return 0;
}

static int class_in(const attrs *a, const cword *list, size_t n) {
    return (a->cls && class_has(a->cls, list, n)) || (a->id && class_has(a->id, list, n));
}

/* A shown element: links, <pre> and <article> counted, and a box opened for
 * a block or chrome. */
static void start_shown(ctx *c, open_el *el, const element *e, const attrs *a) {
    unsigned f = e ? e->flags : 0;
    int marked =
        (f & E_CHROME) || class_in(a, chrome_class, sizeof chrome_class / sizeof *chrome_class);
    int header = !marked && (f & E_HEADER) && !c->article;
    int chrome = marked || header;
    if ((f & E_LINK) && a->href) {
        c->link++;
        el->changed |= C_LINK;
    }
    if (f & E_PRE) {
        c->pre++;
        el->changed |= C_PRE;
    }
    if (f & E_ARTICLE) {
        c->article++;
        el->changed |= C_ARTICLE;
    }
    /* deeper than any page nests its blocks, elements leave no record (their
     * text counts for the deepest box), so memory stays proportional */
    if (((f & E_BLOCK) || chrome) && (c->cur == NONE || c->bx[c->cur].depth < BOX_DEPTH)) {
        uint8_t bf = (uint8_t)((chrome ? B_CHROME : 0) | (header ? B_HEADER : 0));
        if (class_in(a, title_class, sizeof title_class / sizeof *title_class)) bf |= B_TITLECL;
        if (c->o.n >= HTML_MAX || !push_box(c, bf, e ? e->heading : 0)) {
            c->oom = 1;
            return;
        }
        el->box = c->cur;
        el->changed |= C_BOX;
    }
    if (f & E_BLOCK) {
        c->pend_break = 1;
        el->changed |= C_BLOCK;
    }
}

static void on_start(void *u, const xmlChar *name, const xmlChar **atts) {
    ctx *c = u;
    if (c->oom) return;
    open_el *el = push_el(c, name);
    if (!el) {
        c->oom = 1;
        return;
    }
    if (c->skip) return;
    const element *e = element_named((const char *)name);
    attrs a = read_attrs(atts);
    if (start_unshown(c, el, e ? e->flags : 0, &a)) return;
    start_shown(c, el, e, &a);
}

static int link_dense(const box *b) {
    return b->chars && b->links * 2 > b->chars;
}

static void close_el(ctx *c, const open_el *el) {
    uint32_t ch = el->changed;
    if (ch & C_SKIP) c->skip--;
    if (ch & C_HEAD) c->head--;
    if (ch & C_TITLE) c->title_state = 2;
    if (ch & C_LINK) c->link--;
    if (ch & C_PRE) c->pre--;
    if (ch & C_ARTICLE) c->article--;
    if (ch & C_BOX) {
        box *b = &c->bx[el->box];
        b->end = (uint32_t)c->o.n;
        c->cur = b->parent;
        box *p = b->parent != NONE ? &c->bx[b->parent] : NULL;
        box *g = p && p->parent != NONE ? &c->bx[p->parent] : NULL;
        if (p) {
            p->chars += b->chars;
            p->links += b->links;
        }
        /* its own text counts for the main text of itself, its parent and
         * (half) its grandparent; outside chrome, and anywhere */
        uint32_t own = b->own, half = own / 2;
        int outside = !(b->flags & B_INSIDE);
        b->score_all += own;
        b->score_out += outside ? own : 0;
        if (p) {
            p->score_all += own;
            p->score_out += outside ? own : 0;
        }
        if (g) {
            g->score_all += half;
            g->score_out += outside ? half : 0;
        }
        /* a <header> that holds the article's <h1> (pages that set their
         * heading in <header> without an <article>) is no chrome: it and
         * what it holds are outside chrome again */
        if (b->heading == 1 && b->chars && !link_dense(b)) b->flags |= B_HASH1;
        if ((b->flags & (B_HEADER | B_HASH1)) == (B_HEADER | B_HASH1)) {
            b->flags &= (uint8_t) ~(B_CHROME | B_HEADER);
            for (size_t i = el->box; i < c->nbx; i++) {
                box *d = &c->bx[i];
                int in = (d->flags & B_CHROME) ||
                         (d->parent != NONE && (c->bx[d->parent].flags & B_INSIDE));
                d->flags = (uint8_t)((d->flags & ~B_INSIDE) | (in ? B_INSIDE : 0));
            }
        }
        if (p && (b->flags & B_HASH1)) p->flags |= B_HASH1;
        if (own && !b->heading && !(b->flags & B_TITLECL) && b->start < b->first)
            b->first = b->start;
        if (p && b->first < p->first) p->first = b->first;
        /* an empty box (and so its children), and a box with no record
         * inside it that can only be kept (no chrome, no heading, not mostly
         * links: a paragraph), are forgotten: what they say lives on in
         * their parent */
        int plain = p && !(b->flags & (B_CHROME | B_TITLECL)) && !b->heading && !link_dense(b);
        if (el->box == c->nbx - 1 && (b->chars == 0 || plain)) c->nbx--;
    }
    if (ch & C_BLOCK) c->pend_break = 1;
}

static void on_end(void *u, const xmlChar *name) {
    ctx *c = u;
    /* libxml2 closes what it opened; an end tag it could not match is
     * ignored here too */
    size_t k = c->nst;
    while (k > 0 && c->st[k - 1].name != name && c->nst - k < 4)
        k--;
    if (k == 0 || c->st[k - 1].name != name) return;
    while (c->nst >= k)
        close_el(c, &c->st[--c->nst]);
}

/* ---- after the parse ------------------------------------------------------ */

/* The main text: the box gathering the most non-link text (its own lines,
 * its children's, half its grandchildren's), outside chrome when there is
 * any elsewhere; NONE when the page has no text. */
static uint32_t main_box(ctx *c) {
    for (int pass = 0; pass < 2; pass++) {
        uint32_t best = NONE, bs = 0;
        for (size_t i = 0; i < c->nbx; i++) {
            uint32_t sc = pass ? c->bx[i].score_all : c->bx[i].score_out;
            if (sc && sc >= bs) {
                bs = sc;
                best = (uint32_t)i;
            }
        }
        if (best != NONE) return best;
    }
    return NONE;
}

/* The box's text without its leading line break and spaces. */
static void box_text(const ctx *c, const box *b, size_t *tb, size_t *te) {
    size_t s = b->start, e = b->end;
    while (s < e && (c->o.p[s] == '\n' || c->o.p[s] == ' '))
        s++;
    while (e > s && (c->o.p[e - 1] == '\n' || c->o.p[e - 1] == ' '))
        e--;
    *tb = s;
    *te = e;
}

static int contains(const char *hay, size_t hn, const char *needle, size_t nn) {
    if (!nn || nn > hn) return 0;
    for (size_t i = 0; i + nn <= hn; i++)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, nn) == 0) return 1;
    return 0;
}

/* The heading above the main text, or NONE. */
static uint32_t heading_box(ctx *c, uint32_t m) {
    size_t first_para = c->o.n;
    if (m != NONE) {
        first_para = c->bx[m].first != NONE ? c->bx[m].first : c->bx[m].end;
    }
    uint32_t best = NONE;
    int best_tier = 9;
    for (size_t i = 0; i < c->nbx && c->bx[i].start < first_para; i++) {
        const box *b = &c->bx[i];
        if (!b->heading && !(b->flags & B_TITLECL)) continue;
        if (b->end > first_para || (b->flags & B_INSIDE) || !b->chars) continue;
        size_t tb, te;
        box_text(c, b, &tb, &te);
        if (te <= tb || memchr(c->o.p + tb, '\n', te - tb) ||
            count_chars(c->o.p + tb, te - tb) > TITLE_MAX)
            continue;
        int tier = b->heading == 1 ? 1 : (b->heading == 2 || !b->heading) ? 2 : 3;
        if (count_chars(c->o.p + tb, te - tb) >= 4 &&
            contains(c->title.p ? c->title.p : "", c->title.n, c->o.p + tb, te - tb))
            tier = 0;
        if (tier <= best_tier) {
            best = (uint32_t)i;
            best_tier = tier;
        }
    }
    return best;
}

/* ---- the <title> without the site's name ----------------------------------
 * The title is cut at separators (_ | ｜ 丨 -- — －, and - between words);
 * pieces that end like a site's name (…网, …政府, …日报, …频道) or hold a
 * domain are the site's; the title is the longest remaining piece. */

static size_t sep_at(const char *s, size_t i, size_t n) {
    static const char *const seps[] = {
        "_",           "|", "\xEF\xBD\x9C", "\xE4\xB8\xA8", "--", "\xE2\x80\x94", "\xEF\xBC\x8D",
        "\xE2\x80\x93"};
    for (size_t k = 0; k < sizeof seps / sizeof seps[0]; k++) {
        size_t l = strlen(seps[k]);
        if (i + l <= n && memcmp(s + i, seps[k], l) == 0) return l;
    }
    /* an ASCII hyphen between spaces or non-ASCII characters (not 2023-05-04, COVID-19) */
    if (s[i] == '-' && i > 0 && i + 1 < n) {
        unsigned char a = (unsigned char)s[i - 1], z = (unsigned char)s[i + 1];
        int a_word = (a >= '0' && a <= '9') || (a >= 'A' && a <= 'Z') || (a >= 'a' && a <= 'z');
        int z_word = (z >= '0' && z <= '9') || (z >= 'A' && z <= 'Z') || (z >= 'a' && z <= 'z');
        if (!a_word && !z_word) return 1;
    }
    return 0;
}

static int site_piece(const char *s, size_t b, size_t e) {
    for (size_t k = 0; k < sizeof site_suffix / sizeof site_suffix[0]; k++) {
        size_t l = strlen(site_suffix[k]);
        if (e - b >= l && memcmp(s + e - l, site_suffix[k], l) == 0) return 1;
    }
    for (size_t i = b; i + 4 <= e; i++)
        if (s[i] == '.' && (strncmp(s + i, ".com", 4) == 0 || strncmp(s + i, ".cn", 3) == 0 ||
                            strncmp(s + i, ".net", 4) == 0 || strncmp(s + i, ".org", 4) == 0))
            return 1;
    return e - b >= 4 && (strncmp(s + b, "www.", 4) == 0 || strncmp(s + b, "WWW.", 4) == 0);
}

static void site_title(const char *s, size_t n, size_t *tb, size_t *te) {
    size_t best_b = 0, best_e = n, best_n = 0;
    int best_site = 1, pieces = 0;
    for (size_t i = 0; i <= n;) {
        size_t b = i, l = 0;
        while (i < n && !(l = sep_at(s, i, n)))
            i++;
        size_t e = i;
        gw_trim(s, &b, &e);
        if (e > b) {
            int site = site_piece(s, b, e);
            size_t nch = count_chars(s + b, e - b);
            pieces++;
            if ((best_site && !site) || (site == best_site && nch > best_n)) {
                best_b = b;
                best_e = e;
                best_n = nch;
                best_site = site;
            }
        }
        if (i >= n) break;
        i += l;
    }
    if (pieces <= 1) {
        best_b = 0;
        best_e = n;
        gw_trim(s, &best_b, &best_e);
    }
    *tb = best_b;
    *te = best_e;
}

/* ---- compaction ----------------------------------------------------------- */

typedef struct mapped {
    size_t at;  /* an offset in the buffer before compaction */
    size_t *to; /* where its new offset goes */
} mapped;

/* Copies o[a, z) to o[*w, …), joining lines cleanly; maps the offsets of mp
 * that fall inside. */
static void keep(char *o, size_t a, size_t z, size_t *w, mapped *mp, int nmp) {
    if (a >= z) return;
    if (o[a] == '\n' || o[a] == ' ') {
        if (*w == 0 || o[*w - 1] == '\n')
            a++;
        else if (o[a] == '\n')
            while (*w > 0 && o[*w - 1] == ' ')
                (*w)--;
    }
    if (a >= z) return;
    for (int k = 0; k < nmp; k++)
        if (mp[k].at >= a && mp[k].at <= z) *mp[k].to = *w + (mp[k].at - a);
    memmove(o + *w, o + a, z - a);
    *w += z - a;
}

static void finish(ctx *c, gw_html *out) {
    char *o = c->o.p;
    uint32_t m = main_box(c);
    for (uint32_t i = m; i != NONE; i = c->bx[i].parent)
        c->bx[i].flags |= B_KEEP;
    for (size_t i = 0; i < c->nbx; i++) {
        box *b = &c->bx[i];
        if (!(b->flags & B_KEEP) && ((b->flags & B_CHROME) || link_dense(b))) b->flags |= B_REMOVE;
    }
    /* a heading removed only for its links (a title linking to itself) may
     * still be the title */
    uint32_t h = heading_box(c, m);
    if (h != NONE) c->bx[h].flags &= (uint8_t)~B_REMOVE;
    size_t hb = 0, he = 0, nhb = 0, nhe = 0;
    if (h != NONE) box_text(c, &c->bx[h], &hb, &he);
    mapped mp[2] = {{hb, &nhb}, {he, &nhe}};
    int nmp = h != NONE ? 2 : 0;
    /* cut the removed boxes out, in place */
    size_t w = 0, r = 0;
    for (size_t i = 0; i < c->nbx; i++) {
        const box *b = &c->bx[i];
        if (!(b->flags & B_REMOVE) || b->start < r) continue;
        keep(o, r, b->start, &w, mp, nmp);
        r = b->end;
    }
    keep(o, r, c->o.n, &w, mp, nmp);
    while (w > 0 && (o[w - 1] == '\n' || o[w - 1] == ' '))
        w--;
    c->o.n = w;
    o[w] = 0;
    /* the <title> as the first line */
    size_t tn = 0, tb = 0, te = 0;
    if (c->title.n) {
        /* collapse its whitespace in place */
        char *t = c->title.p;
        size_t k = 0;
        for (size_t i = 0; i < c->title.n; i++) {
            if (is_ws((unsigned char)t[i])) {
                if (k && t[k - 1] != ' ') t[k++] = ' ';
            } else {
                t[k++] = t[i];
            }
        }
        while (k && t[k - 1] == ' ')
            k--;
        tn = k;
        c->title.n = k;
    }
    if (tn) {
        size_t add = tn + (w ? 1 : 0);
        gw_buf_add(&c->o, c->title.p, add); /* grows the buffer; the bytes are overwritten */
        if (c->o.oom) {
            c->oom = 1;
            return;
        }
        o = c->o.p;
        memmove(o + add, o, w);
        memcpy(o, c->title.p, tn);
        if (w) o[tn] = '\n';
        c->o.n = w + add;
        o[c->o.n] = 0;
        nhb += add;
        nhe += add;
        site_title(o, tn, &tb, &te);
    }
    out->title_line = tn;
    if (h != NONE && nhe > nhb) {
        out->title_b = nhb;
        out->title_e = nhe;
    } else if (te > tb) {
        out->title_b = tb;
        out->title_e = te;
    }
    memcpy(out->published, c->published, sizeof out->published);
}

/* ---- the entry points ------------------------------------------------------- */

/* libxml2 compares each attribute of a tag with every one before it, so a
 * tag with 10^5 attributes takes it minutes: such a tag (one '<' followed by
 * a letter and more than ATTRS_MAX '=' before the next '>') is refused before
 * the parse. Real tags hold a few dozen; the bound errs far on their side. */
#define ATTRS_MAX 10000
static int attr_bomb(const char *s, size_t n, size_t *at) {
    const char *end = s + n;
    for (const char *q = s; (q = memchr(q, '<', (size_t)(end - q))) != NULL;) {
        const char *t = q++;
        if (q >= end || !((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z'))) continue;
        size_t eq = 0;
        while (q < end && *q != '>')
            eq += *q++ == '=';
        if (eq > ATTRS_MAX) {
            *at = (size_t)(t - s);
            return 1;
        }
    }
    return 0;
}

static pthread_once_t libxml_once = PTHREAD_ONCE_INIT;
static void libxml_init(void) {
    xmlInitParser();
}

int gw_html_text(const char *s, size_t n, gw_html *out, gw_error *err) {
    memset(out, 0, sizeof *out);
    if (n > HTML_MAX) {
        err->code = GW_EBIG;
        snprintf(err->msg, sizeof err->msg, "a page of more than 2 GiB");
        return GW_EBIG;
    }
    size_t at;
    if (attr_bomb(s, n, &at)) {
        err->code = GW_EARG;
        err->at = at;
        snprintf(err->msg, sizeof err->msg,
                 "a tag with more than %d attributes at byte %zu; no browser shows such a page",
                 ATTRS_MAX, at);
        return GW_EARG;
    }
    pthread_once(&libxml_once, libxml_init);
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) { /* a BOM */
        s += 3;
        n -= 3;
    }
    ctx c;
    memset(&c, 0, sizeof c);
    c.cur = NONE;
    /* the text is rarely longer than the page: room for it at once (pages
     * never touched cost no memory), so the buffer is never copied to grow */
    gw_buf_add(&c.o, "", 0);
    if (c.o.p && n > c.o.cap) {
        char *big = realloc(c.o.p, n + 4096);
        if (big) {
            c.o.p = big;
            c.o.cap = n + 4096;
        }
    }
    int rc = GW_OK;
    htmlParserCtxtPtr x = htmlCreateMemoryParserCtxt(n ? s : " ", n ? (int)n : 1);
    if (!x) goto nomem;
    htmlSAXHandler *sax = (htmlSAXHandler *)x->sax;
    memset(sax, 0, sizeof *sax);
    sax->startElement = on_start;
    sax->endElement = on_end;
    sax->characters = on_text;
    sax->ignorableWhitespace = on_text;
    sax->cdataBlock = on_cdata;
    x->userData = &c;
    htmlCtxtUseOptions(x, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                              HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD);
    /* the bytes are UTF-8 whatever a <meta> says */
    xmlSwitchEncoding(x, XML_CHAR_ENCODING_UTF8);
    htmlParseDocument(x);
    while (c.nst)
        close_el(&c, &c.st[--c.nst]);
    if (c.oom || c.o.oom || c.title.oom) goto nomem;
    if (!c.o.p) gw_buf_add(&c.o, "", 0);
    finish(&c, out);
    if (c.oom || c.o.oom) goto nomem;
    out->text = gw_buf_take(&c.o, &out->n);
    if (!out->text) goto nomem;
    goto done;
nomem:
    memset(out, 0, sizeof *out);
    err->code = GW_ENOMEM;
    rc = GW_ENOMEM;
done:
    if (x) htmlFreeParserCtxt(x);
    gw_buf_free(&c.o);
    gw_buf_free(&c.title);
    free(c.bx);
    free(c.st);
    return rc;
}

/* ---- bytes of any ASCII-compatible charset ---------------------------------- */

static int lower(int c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int starts_ci(const char *s, size_t i, size_t n, const char *w) {
    size_t l = strlen(w);
    if (i + l > n) return 0;
    for (size_t k = 0; k < l; k++)
        if (lower((unsigned char)s[i + k]) != w[k]) return 0;
    return 1;
}

int gw_html_detect(const char *s, size_t n) {
    size_t i = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) i = 3;
    for (;;) {
        while (i < n && is_ws((unsigned char)s[i]))
            i++;
        if (starts_ci(s, i, n, "<!--")) {
            const char *e = NULL;
            for (size_t k = i + 4; k + 2 < n && !e; k++)
                if (s[k] == '-' && s[k + 1] == '-' && s[k + 2] == '>') e = s + k;
            if (!e) return 0;
            i = (size_t)(e - s) + 3;
            continue;
        }
        if (starts_ci(s, i, n, "<?xml")) {
            const char *e = memchr(s + i, '>', n - i);
            if (!e) return 0;
            i = (size_t)(e - s) + 1;
            continue;
        }
        break;
    }
    static const char *const opens[] = {"<!doctype html", "<html", "<head", "<body"};
    for (size_t k = 0; k < sizeof opens / sizeof opens[0]; k++) {
        size_t l = strlen(opens[k]);
        if (!starts_ci(s, i, n, opens[k])) continue;
        if (i + l == n) return 1;
        unsigned char c = (unsigned char)s[i + l];
        if (c == '>' || c == '/' || is_ws(c)) return 1;
    }
    return 0;
}

#define META_SCAN 8192 /* bytes: how far a page's charset declaration is looked for */

int gw_html_meta_charset(const char *s, size_t n, char *name, size_t size) {
    if (n > META_SCAN) n = META_SCAN;
    for (size_t i = 0; i + 5 < n; i++) {
        if (s[i] != '<' || !starts_ci(s, i, n, "<meta")) continue;
        size_t end = i + 5;
        while (end < n && s[end] != '>')
            end++;
        for (size_t k = i + 5; k + 7 < end; k++) {
            if (!starts_ci(s, k, end, "charset")) continue;
            size_t j = k + 7;
            while (j < end && is_ws((unsigned char)s[j]))
                j++;
            if (j >= end || s[j] != '=') continue;
            j++;
            while (j < end && (is_ws((unsigned char)s[j]) || s[j] == '"' || s[j] == '\''))
                j++;
            size_t l = 0;
            while (j + l < end && l + 1 < size) {
                unsigned char c = (unsigned char)s[j + l];
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                      c == '-' || c == '_' || c == '.' || c == ':'))
                    break;
                name[l] = (char)c;
                l++;
            }
            if (!l) continue;
            name[l] = 0;
            return 1;
        }
        i = end;
    }
    return 0;
}
