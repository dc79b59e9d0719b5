/*
 * match.c — gw_match(text, terms): a user's lexicon found in a text
 * (contract §10; see match.h for the rules).
 *
 * How it works. The folded terms, sorted and without duplicates, make a trie
 * (children in byte order, built in one pass over the sorted keys); a
 * breadth-first walk gives each node its failure link (the longest proper
 * suffix of its string that is also in the trie) and its output link (the
 * nearest node on that chain that ends a term). The text is folded once with
 * its map back to the original offsets and run through the automaton, one
 * byte a step.
 *
 * Leftmost-longest: at each step the longest term ending here whose start
 * lies after the last match is a candidate; the best candidate so far (the
 * leftmost start, then the longest) is final as soon as the automaton's
 * depth shows that no string still being read can start at or before it.
 * Then the search starts again from the root right after that match, so the
 * next match may begin anywhere after it.
 */
#include "match.h"
#include "fold.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One term as given and as folded. */
typedef struct term {
    size_t given, given_n; /* the term as given: offset and bytes in ac.given */
    size_t key, key_n;     /* its fold: offset and bytes in ac.keys */
} term;

typedef struct ac {
    char *given;        /* the terms' text, as given (a copy) */
    char *keys;         /* the folds of the terms, one after another */
    term *terms;        /* the distinct terms, sorted by key */
    size_t nterms;      /* how many */
    size_t nnodes;      /* trie nodes; 0 is the root */
    uint32_t *edge0;    /* per node: first edge */
    uint16_t *nedges;   /* per node: how many edges (children) */
    uint32_t *fail;     /* per node: failure link */
    uint32_t *out;      /* per node: nearest node on the failure chain ending a term, 0 if none */
    uint32_t *depth;    /* per node: bytes from the root */
    int32_t *term;      /* per node: the term it ends, or -1 */
    uint8_t *ebyte;     /* per edge: its byte */
    uint32_t *eto;      /* per edge: its child */
    uint32_t root[256]; /* the root's children, direct (0: none) */
} ac;

size_t gw_match_terms(const void *automaton) {
    return ((const ac *)automaton)->nterms;
}

void gw_match_release(void *automaton) {
    ac *a = automaton;
    if (!a) return;
    free(a->given);
    free(a->keys);
    free(a->terms);
    free(a->edge0);
    free(a->nedges);
    free(a->fail);
    free(a->out);
    free(a->depth);
    free(a->term);
    free(a->ebyte);
    free(a->eto);
    free(a);
}

/* The child of node v by byte c, or 0. */
static inline uint32_t child(const ac *a, uint32_t v, unsigned char c) {
    if (v == 0) return a->root[c];
    uint32_t lo = a->edge0[v], hi = lo + a->nedges[v];
    if (hi - lo <= 8) {
        for (uint32_t e = lo; e < hi; e++)
            if (a->ebyte[e] == c) return a->eto[e];
        return 0;
    }
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (a->ebyte[mid] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < a->edge0[v] + a->nedges[v] && a->ebyte[lo] == c ? a->eto[lo] : 0;
}

static inline uint32_t step(const ac *a, uint32_t v, unsigned char c) {
    for (;;) {
        uint32_t w = child(a, v, c);
        if (w || v == 0) return w;
        v = a->fail[v];
    }
}

/* qsort context: the keys live in one buffer. */
typedef struct sort_item {
    const char *key;
    size_t n;
    size_t index; /* order given, to keep the first of equal keys */
} sort_item;

static int by_key(const void *x, const void *y) {
    const sort_item *a = x, *b = y;
    size_t n = a->n < b->n ? a->n : b->n;
    int c = memcmp(a->key, b->key, n);
    if (c) return c;
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    return a->index < b->index ? -1 : a->index > b->index;
}

/* Reads the terms: one a line, trimmed, blank ones skipped; folds them. */
static int read_terms(ac *a, const char *s, size_t n, sort_item **items_out, gw_error *err) {
    a->given = malloc(n + 1);
    if (!a->given) return GW_ENOMEM;
    memcpy(a->given, s, n);
    a->given[n] = 0;
    size_t cap = 16, count = 0, keys_n = 0, keys_cap = n + 16;
    term *terms = malloc(cap * sizeof *terms);
    a->keys = malloc(keys_cap);
    if (!terms || !a->keys) goto nomem;
    for (size_t b = 0; b < n;) {
        size_t e = gw_line_end(s, n, b), tb = b, te = e;
        b = gw_line_next(s, n, e);
        gw_trim(s, &tb, &te);
        if (tb == te) continue;
        size_t fn;
        char *f = gw_fold(s + tb, te - tb, &fn, NULL, err);
        if (!f) goto nomem;
        if (fn == 0) { /* nothing left once folded (zero-width characters) */
            free(f);
            continue;
        }
        if (keys_n + fn > GW_MATCH_MAX_BYTES) {
            free(f);
            free(terms);
            err->code = GW_EBIG;
            snprintf(err->msg, sizeof err->msg,
                     "the terms are too many (over %zu bytes once folded); split the lexicon",
                     GW_MATCH_MAX_BYTES);
            return GW_EBIG;
        }
        if (keys_n + fn > keys_cap) {
            while (keys_n + fn > keys_cap)
                keys_cap *= 2;
            char *k = realloc(a->keys, keys_cap);
            if (!k) {
                free(f);
                goto nomem;
            }
            a->keys = k;
        }
        memcpy(a->keys + keys_n, f, fn);
        free(f);
        if (count == cap) {
            cap *= 2;
            term *t = realloc(terms, cap * sizeof *terms);
            if (!t) goto nomem;
            terms = t;
        }
        terms[count++] = (term){tb, te - tb, keys_n, fn};
        keys_n += fn;
    }
    sort_item *items = malloc((count ? count : 1) * sizeof *items);
    if (!items) goto nomem;
    for (size_t i = 0; i < count; i++)
        items[i] = (sort_item){a->keys + terms[i].key, terms[i].key_n, i};
    qsort(items, count, sizeof *items, by_key);
    /* distinct keys, each with the first term given for it */
    size_t k = 0;
    for (size_t i = 0; i < count; i++) {
        if (k && items[k - 1].n == items[i].n &&
            !memcmp(items[k - 1].key, items[i].key, items[i].n))
            continue;
        items[k++] = items[i];
    }
    a->terms = malloc((k ? k : 1) * sizeof *a->terms);
    if (!a->terms) {
        free(items);
        goto nomem;
    }
    for (size_t i = 0; i < k; i++)
        a->terms[i] = terms[items[i].index];
    a->nterms = k;
    free(terms);
    *items_out = items;
    return GW_OK;
nomem:
    free(terms);
    err->code = GW_ENOMEM;
    return GW_ENOMEM;
}

/* The trie while it is built: first-child / next-sibling lists, children in
 * byte order since the keys come sorted. */
typedef struct trie {
    uint32_t *first; /* first child of each node, 0 when none */
    uint32_t *next;  /* next sibling, 0 when none */
    uint32_t *last;  /* last child, where the next one is appended */
    uint8_t *byte;   /* the byte of the edge into each node */
} trie;

static void trie_free(trie *t) {
    free(t->first);
    free(t->next);
    free(t->last);
    free(t->byte);
}

/* The trie of the sorted keys (a->depth and a->term filled beside it).
 * Returns GW_OK or GW_ENOMEM. */
static int build_trie(ac *a, trie *t) {
    size_t total = 1;
    for (size_t i = 0; i < a->nterms; i++)
        total += a->terms[i].key_n;
    t->first = calloc(total, sizeof *t->first);
    t->next = calloc(total, sizeof *t->next);
    t->last = calloc(total, sizeof *t->last);
    t->byte = calloc(total, 1);
    a->depth = calloc(total, sizeof *a->depth);
    a->term = malloc(total * sizeof *a->term);
    uint32_t *path = calloc(total, sizeof *path); /* nodes of the previous key, by depth */
    if (!t->first || !t->next || !t->last || !t->byte || !a->depth || !a->term || !path) {
        free(path);
        return GW_ENOMEM;
    }
    a->term[0] = -1;
    size_t nnodes = 1, prev_n = 0;
    const char *prev = "";
    for (size_t i = 0; i < a->nterms; i++) {
        const char *k = a->keys + a->terms[i].key;
        size_t kn = a->terms[i].key_n, l = 0;
        while (l < kn && l < prev_n && k[l] == prev[l])
            l++;
        uint32_t v = l ? path[l - 1] : 0;
        for (size_t d = l; d < kn; d++) {
            uint32_t w = (uint32_t)nnodes++;
            t->byte[w] = (uint8_t)k[d];
            a->depth[w] = (uint32_t)(d + 1);
            a->term[w] = -1;
            if (t->last[v])
                t->next[t->last[v]] = w;
            else
                t->first[v] = w;
            t->last[v] = w;
            path[d] = w;
            v = w;
        }
        a->term[v] = (int32_t)i;
        prev = k;
        prev_n = kn;
    }
    free(path);
    a->nnodes = nnodes;
    return GW_OK;
}

/* The trie's edges as compact arrays, in node order, and the root's table. */
static int compact_edges(ac *a, const trie *t) {
    size_t nnodes = a->nnodes;
    a->edge0 = malloc(nnodes * sizeof *a->edge0);
    a->nedges = calloc(nnodes, sizeof *a->nedges);
    a->ebyte = malloc(nnodes);
    a->eto = malloc(nnodes * sizeof *a->eto);
    if (!a->edge0 || !a->nedges || !a->ebyte || !a->eto) return GW_ENOMEM;
    size_t ne = 0;
    for (size_t v = 0; v < nnodes; v++) {
        a->edge0[v] = (uint32_t)ne;
        for (uint32_t w = t->first[v]; w; w = t->next[w]) {
            a->ebyte[ne] = t->byte[w];
            a->eto[ne++] = w;
            a->nedges[v]++;
        }
    }
    for (uint32_t w = t->first[0]; w; w = t->next[w])
        a->root[t->byte[w]] = w;
    return GW_OK;
}

/* Failure and output links, breadth first from the root's children. */
static int link_failures(ac *a, const trie *t) {
    a->fail = calloc(a->nnodes, sizeof *a->fail);
    a->out = calloc(a->nnodes, sizeof *a->out);
    uint32_t *queue = malloc(a->nnodes * sizeof *queue);
    if (!a->fail || !a->out || !queue) {
        free(queue);
        return GW_ENOMEM;
    }
    size_t qh = 0, qt = 0;
    for (uint32_t w = t->first[0]; w; w = t->next[w])
        queue[qt++] = w; /* fail = root, out = 0 */
    while (qh < qt) {
        uint32_t v = queue[qh++];
        for (uint32_t e = a->edge0[v]; e < a->edge0[v] + a->nedges[v]; e++) {
            uint32_t w = a->eto[e];
            unsigned char c = a->ebyte[e];
            uint32_t f = a->fail[v], g;
            for (;;) {
                g = child(a, f, c);
                if (g || f == 0) break;
                f = a->fail[f];
            }
            a->fail[w] = g;
            a->out[w] = a->term[g] >= 0 ? g : a->out[g];
            queue[qt++] = w;
        }
    }
    free(queue);
    return GW_OK;
}

void *gw_match_compile(const char *s, size_t n, gw_error *err) {
    ac *a = calloc(1, sizeof *a);
    sort_item *items = NULL;
    trie t = {NULL, NULL, NULL, NULL};
    if (!a) goto nomem;
    if (read_terms(a, s, n, &items, err) != GW_OK) {
        gw_match_release(a);
        return NULL;
    }
    if (build_trie(a, &t) != GW_OK || compact_edges(a, &t) != GW_OK ||
        link_failures(a, &t) != GW_OK)
        goto nomem;
    trie_free(&t);
    free(items);
    return a;
nomem:
    trie_free(&t);
    free(items);
    gw_match_release(a);
    err->code = GW_ENOMEM;
    return NULL;
}

/* The original span of the folded bytes [fb, fe). */
static void span(const char *s, size_t n, const size_t *map, size_t fb, size_t fe, size_t *ob,
                 size_t *oe) {
    *ob = map[fb];
    size_t end = map[fe];
    if (end <= map[fe - 1]) { /* the match ends inside one character's fold */
        uint32_t cp;
        end = map[fe - 1] + gw_utf8_next(s + map[fe - 1], n - map[fe - 1], &cp);
    }
    *oe = end;
}

int gw_parse_match(const gw_args *in, gw_rows *out, gw_error *err) {
    const char *s = in->v[0].s;
    size_t n = in->v[0].n;
    const ac *a = in->compiled;
    ac *own = NULL;
    if (!a) {
        own = gw_match_compile(in->v[1].s, in->v[1].n, err);
        if (!own) return err->code;
        a = own;
    }
    int rc = GW_OK;
    size_t fn = 0, *map = NULL;
    char *f = NULL;
    if (a->nterms == 0 || n == 0) goto done;
    f = gw_fold(s, n, &fn, &map, err);
    if (!f) {
        rc = GW_ENOMEM;
        goto done;
    }
    gw_pos pos;
    gw_pos_init(&pos, s);
    int64_t id = 0;
    const unsigned char *u = (const unsigned char *)f;
    size_t i = 0, best_s = 0, best_e = 0;
    int32_t best_t = -1;
    uint32_t v = 0;
    for (;;) {
        if ((i & 65535) == 0 && gw_cancelled(map[i < fn ? i : fn])) {
            rc = GW_EINTR;
            goto done;
        }
        int at_end = i >= fn;
        if (!at_end) {
            v = step(a, v, u[i]);
            i++;
        }
        /* the best candidate is final once nothing being read can start at
         * or before it */
        if (best_t >= 0 && (at_end || i - a->depth[v] > best_s)) {
            size_t ob, oe;
            span(s, n, map, best_s, best_e, &ob, &oe);
            gw_match_row *row = gw_rows_push(out);
            if (!row) {
                rc = GW_ENOMEM;
                goto done;
            }
            const term *t = &a->terms[best_t];
            row->id = ++id;
            if (own) /* the automaton goes with this call: the rows keep a copy */
                row->term = gw_rows_strdup(out, a->given + t->given, t->given_n);
            else
                row->term = (gw_str){a->given + t->given, t->given_n};
            if (!row->term.p) {
                rc = GW_ENOMEM;
                goto done;
            }
            row->text.p = s + ob;
            row->text.n = oe - ob;
            row->pos = (int64_t)gw_pos_char(&pos, ob);
            row->len = (int64_t)gw_char_count(s + ob, oe - ob);
            /* start again right after it */
            i = best_e;
            v = 0;
            best_t = -1;
            continue;
        }
        if (at_end) break;
        /* the longest term ending here (all of them start after the last match:
         * the search restarted there) */
        uint32_t o = a->term[v] >= 0 ? v : a->out[v];
        if (o) {
            size_t start = i - a->depth[o];
            if (best_t < 0 || start < best_s || (start == best_s && i > best_e)) {
                best_s = start;
                best_e = i;
                best_t = a->term[o];
            }
        }
    }
done:
    free(f);
    free(map);
    gw_match_release(own);
    if (rc != GW_OK) err->code = rc;
    return rc;
}
