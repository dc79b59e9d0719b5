/*
 * tokens.c — the search tokens (tokens.h): what the FTS5 tokenizer `gongwen`
 * indexes and queries, and what gw_tokens(text [, mode]) shows.
 *
 *   SELECT token, pos, len, colocated FROM gw_tokens('核酸检测');
 *   -- 核 1 1 0 | 核酸 1 2 1 | 酸 2 1 0 | 酸检 2 2 1 | 检 3 1 0 | 检测 3 2 1 | 测 4 1 0
 *   SELECT token FROM gw_tokens('總書記', 'query');
 *   -- 总书 | 书记 | 记
 *
 * How it works: each stretch of valid UTF-8 is folded once with gw_fold,
 * which hands back a map from every folded byte to the original character it
 * came from; one pass over the folded bytes cuts Han runs and word runs and
 * emits their tokens with the original byte spans. No allocation per token.
 */
#include "tokens.h"

#include "fold.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

enum { CLS_SEP = 0, CLS_HAN = 1, CLS_WORD = 2 };

/* What a folded character is for search: a Han character, part of a word
 * (letters, marks and digits of any other script), or a separator. */
static int char_class(uint32_t cp) {
    if (cp < 0x80) {
        if ((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
            return CLS_WORD;
        return CLS_SEP;
    }
    if (gw_is_han(cp)) return CLS_HAN;
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return CLS_WORD;
    default:
        return CLS_SEP;
    }
}

/* One folded character: its bytes in the folded text and the span of the
 * original text it came from. */
typedef struct unit {
    size_t fb, fe; /* folded bytes [fb, fe) */
    size_t ob, oe; /* original bytes [ob, oe) */
} unit;

/* The state of one pass. */
typedef struct scan {
    const char *s;  /* the original text */
    const char *f;  /* the folded text of the current stretch */
    int flags;      /* GW_TOK_* */
    gw_token_fn fn; /* where tokens go */
    void *ctx;      /* its context */
    int have_han;   /* 1 when han holds the previous character of the current Han run */
    unit han;       /* that character */
    int have_word;  /* 1 inside a word run */
    unit word;      /* the word run so far */
    int emitted;    /* 1 once a primary token was emitted (for gap tokens) */
    int gap;        /* 1 when a separator came after the last primary token */
    size_t gap_b;   /* where that separator started (original bytes) */
} scan;

static int emit(scan *sc, size_t fb, size_t fe, size_t ob, size_t oe, int colocated) {
    if (!colocated && (sc->flags & GW_TOK_UNIGRAM) && !(sc->flags & GW_TOK_QUERY)) {
        if (sc->gap && sc->emitted) {
            int rc = sc->fn(sc->ctx, "|", 1, sc->gap_b, ob, 0);
            if (rc) return rc;
        }
        sc->gap = 0;
        sc->emitted = 1;
    }
    return sc->fn(sc->ctx, sc->f + fb, fe - fb, ob, oe, colocated);
}

/* Ends the Han run: in query mode its last character is still owed. */
static int end_han(scan *sc) {
    int rc = 0;
    if (sc->have_han && (sc->flags & GW_TOK_QUERY) && !(sc->flags & GW_TOK_UNIGRAM))
        rc = emit(sc, sc->han.fb, sc->han.fe, sc->han.ob, sc->han.oe, 0);
    sc->have_han = 0;
    return rc;
}

static int end_word(scan *sc) {
    int rc = 0;
    if (sc->have_word) rc = emit(sc, sc->word.fb, sc->word.fe, sc->word.ob, sc->word.oe, 0);
    sc->have_word = 0;
    return rc;
}

static int add_han(scan *sc, const unit *u) {
    int rc = 0;
    if (sc->flags & GW_TOK_UNIGRAM) {
        rc = emit(sc, u->fb, u->fe, u->ob, u->oe, 0);
    } else if (sc->flags & GW_TOK_QUERY) {
        if (sc->have_han) rc = emit(sc, sc->han.fb, u->fe, sc->han.ob, u->oe, 0);
    } else {
        /* the bigram belongs to the previous character's position */
        if (sc->have_han) rc = emit(sc, sc->han.fb, u->fe, sc->han.ob, u->oe, 1);
        if (!rc) rc = emit(sc, u->fb, u->fe, u->ob, u->oe, 0);
    }
    sc->han = *u;
    sc->have_han = 1;
    return rc;
}

/* The end of the original span of the folded character at f[i..): up to the
 * original character of the next folded character that comes from elsewhere,
 * without trailing spaces the fold removed. */
static size_t orig_end(const char *s, size_t base, const size_t *map, size_t fn, size_t i,
                       size_t seg_end) {
    size_t ob = base + map[i];
    size_t j = i + 1;
    while (j < fn && map[j] == map[i])
        j++;
    size_t oe = j < fn ? base + map[j] : seg_end;
    uint32_t cp;
    size_t first = gw_utf8_next(s + ob, seg_end - ob, &cp);
    while (oe > ob + first) {
        size_t l = gw_utf8_prev(s, oe, &cp);
        if (!gw_is_space(cp) && !gw_is_line_end(cp)) break;
        oe -= l;
    }
    if (oe < ob + first) oe = ob + first;
    return oe;
}

/* Tokenizes the valid stretch s[b..e). */
static int stretch(scan *sc, size_t b, size_t e, gw_error *err) {
    size_t fn = 0, *map = NULL;
    char *f = gw_fold(sc->s + b, e - b, &fn, &map, err);
    if (!f) return -1;
    sc->f = f;
    int rc = 0;
    for (size_t i = 0; i < fn && !rc;) {
        if (gw_cancelled(i)) {
            err->code = GW_EINTR;
            rc = -1;
            break;
        }
        uint32_t cp;
        size_t l = gw_utf8_next(f + i, fn - i, &cp);
        int cls = char_class(cp);
        if (cls != CLS_HAN) rc = end_han(sc);
        if (!rc && cls != CLS_WORD) rc = end_word(sc);
        if (rc) break;
        if (cls == CLS_SEP) {
            if (!sc->gap) sc->gap_b = b + map[i];
            sc->gap = 1;
            i += l;
            continue;
        }
        unit u = {i, i + l, b + map[i], orig_end(sc->s, b, map, fn, i, e)};
        if (cls == CLS_HAN) {
            rc = add_han(sc, &u);
        } else if (sc->have_word) {
            sc->word.fe = u.fe;
            sc->word.oe = u.oe;
        } else {
            sc->word = u;
            sc->have_word = 1;
        }
        i += l;
    }
    if (!rc) rc = end_han(sc);
    if (!rc) rc = end_word(sc);
    sc->have_han = sc->have_word = 0;
    free(f);
    free(map);
    sc->f = NULL;
    return rc;
}

int gw_tokenize(const char *s, size_t n, int flags, gw_token_fn fn, void *ctx, gw_error *err) {
    scan sc;
    memset(&sc, 0, sizeof sc);
    sc.s = s;
    sc.flags = flags;
    sc.fn = fn;
    sc.ctx = ctx;
    size_t b = 0;
    while (b < n) {
        size_t at = 0;
        size_t e = gw_utf8_check(s + b, n - b, &at) == GW_OK ? n : b + at;
        if (e > b) {
            int rc = stretch(&sc, b, e, err);
            if (rc) return rc;
        }
        if (e < n) { /* an invalid byte or a NUL: a separator */
            if (!sc.gap) sc.gap_b = e;
            sc.gap = 1;
        }
        b = e + 1;
    }
    return 0;
}

/* ---- gw_tokens(text [, mode]) ---- */

typedef struct collect {
    gw_rows *out;  /* the rows */
    const char *s; /* the original text */
    gw_pos pos;    /* byte → character positions */
} collect;

static int collect_token(void *ctx, const char *tok, size_t n, size_t start, size_t end,
                         int colocated) {
    collect *c = ctx;
    gw_token *t = gw_rows_push(c->out);
    if (!t) return GW_ENOMEM;
    t->id = (int64_t)c->out->n;
    t->token = gw_rows_strdup(c->out, tok, n);
    if (!t->token.p) return GW_ENOMEM;
    t->pos = (int64_t)gw_pos_char(&c->pos, start);
    t->len = (int64_t)gw_char_count(c->s + start, end - start);
    t->colocated = colocated;
    return 0;
}

int gw_parse_tokens(const gw_args *in, gw_rows *out, gw_error *err) {
    int flags = 0;
    if (in->n > 1 && in->v[1].present) {
        const char *m = in->v[1].s;
        if (strcmp(m, "query") == 0) {
            flags = GW_TOK_QUERY;
        } else if (strcmp(m, "document") != 0) {
            err->code = GW_EARG;
            snprintf(err->msg, sizeof err->msg, "unknown mode '%.60s'; use 'document' or 'query'",
                     m);
            return GW_EARG;
        }
    }
    collect c = {out, in->v[0].s, {0}};
    gw_pos_init(&c.pos, in->v[0].s);
    int rc = gw_tokenize(in->v[0].s, in->v[0].n, flags, collect_token, &c, err);
    if (rc == -1) return err->code ? err->code : GW_ENOMEM;
    if (rc) {
        err->code = rc;
        return rc;
    }
    return GW_OK;
}
