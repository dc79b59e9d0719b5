/*
 * test_cancel.c — every long parser stops when its cancellation check says so
 * (text.h, gw_cancelled): on a page of some MiB, a check that says "stop" on
 * its n-th consultation makes the parser return GW_EINTR, for several n; a
 * check that never says stop changes nothing.
 */
#include "check.h"
#include "decode.h"
#include "directives.h"
#include "env.h"
#include "fold.h"
#include "numbers.h"
#include "quotes.h"
#include "reuse.h"
#include "segment.h"
#include "speeches.h"
#include "tokens.h"
#include "words.h"

#include <stdlib.h>

/* Says stop on its `at`-th consultation (0: never). */
typedef struct counter {
    int calls;
    int at;
} counter;

static int count_check(void *ctx) {
    counter *c = ctx;
    return ++c->calls == c->at;
}

typedef int (*parse_fn)(const gw_args *, gw_rows *, gw_error *);

/* Runs parse with a check that stops at consultation `at`; returns its code
 * and the number of rows in *rows. */
static int run(parse_fn parse, size_t row_size, const gw_arg *v, int nargs, gw_env *env, int at,
               size_t *rows, int *calls) {
    counter c = {0, at};
    gw_cancel cancel;
    gw_cancel_push(&cancel, count_check, &c);
    gw_rows out;
    gw_rows_init(&out, row_size);
    gw_args in = {v, nargs, env, NULL};
    gw_error err = {0, 0, {0}};
    int rc = parse(&in, &out, &err);
    int stopped = gw_cancel_pop(&cancel);
    if (rc == GW_EINTR) CHECK_INT(err.code, GW_EINTR);
    if (rc == GW_EINTR) CHECK(stopped);
    *rows = out.n;
    *calls = c.calls;
    gw_rows_free(&out);
    return rc;
}

static void test_tables(const char *s, size_t n, gw_env *env) {
    struct {
        const char *name;
        parse_fn parse;
        size_t size;
        int nargs;
    } t[] = {
        {"speeches", gw_parse_speeches, sizeof(gw_speech), 1},
        {"directives", gw_parse_directives, sizeof(gw_directive), 1},
        {"numbers", gw_parse_numbers, sizeof(gw_number), 1},
        {"quotes", gw_parse_quotes, sizeof(gw_quote), 1},
        {"sentences", gw_parse_sentences, sizeof(gw_sentence), 1},
        {"words", gw_parse_words, sizeof(gw_word), 1},
        {"tokens", gw_parse_tokens, sizeof(gw_token), 1},
        {"overlap", gw_parse_overlap, sizeof(gw_passage), 2},
    };
    gw_arg v[2] = {{1, s, n, 0}, {1, s, n, 0}};
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        size_t rows, rows0;
        int calls, calls0;
        /* never stopped: the check is consulted, the rows are all there */
        int rc = run(t[i].parse, t[i].size, v, t[i].nargs, env, 0, &rows0, &calls0);
        CHECK_INT(rc, GW_OK);
        if (calls0 < 2) printf("FAIL %s: the check was consulted %d times\n", t[i].name, calls0);
        CHECK(calls0 >= 2);
        CHECK(rows0 > 0);
        /* stopped at the first, a middle and the last consultation */
        int ats[3] = {1, calls0 / 2 > 1 ? calls0 / 2 : 1, calls0};
        for (int k = 0; k < 3; k++) {
            rc = run(t[i].parse, t[i].size, v, t[i].nargs, env, ats[k], &rows, &calls);
            if (rc != GW_EINTR) printf("FAIL %s stopped at %d: rc %d\n", t[i].name, ats[k], rc);
            CHECK_INT(rc, GW_EINTR);
            CHECK_INT(calls, ats[k]); /* not consulted again once it said stop */
        }
    }
}

/* Runs a text → text function under a check stopping at `at`. */
static void test_scalars(const char *s, size_t n) {
    for (int f = 0; f < 5; f++) {
        for (int at = 0; at < 2; at++) {
            counter c = {0, at};
            gw_cancel cancel;
            gw_cancel_push(&cancel, count_check, &c);
            gw_error err = {0, 0, {0}};
            size_t on = 0, *map = NULL;
            char *out = NULL;
            unsigned char sig[GW_MINHASH_BYTES];
            int rc = GW_OK;
            if (f == 0) out = gw_normalize(s, n, &on, &err);
            if (f == 1) out = gw_fold(s, n, &on, &map, &err);
            if (f == 2) out = gw_outline(s, n, &on, &err);
            if (f == 3) out = gw_decode(s, n, NULL, &on, &err);
            if (f == 4) rc = gw_minhash(s, n, sig, &err);
            gw_cancel_pop(&cancel);
            if (f < 4) rc = out ? GW_OK : err.code;
            if (at) {
                if (rc != GW_EINTR) printf("FAIL scalar %d: rc %d\n", f, rc);
                CHECK_INT(rc, GW_EINTR);
                CHECK(out == NULL);
            } else {
                CHECK_INT(rc, GW_OK);
                CHECK(c.calls >= 2);
            }
            free(out);
            free(map);
        }
    }
}

/* The check counts distance moved, forwards or backwards, and nests. */
static void test_mechanism(void) {
    CHECK_INT(gw_cancelled(1 << 30), 0); /* no check installed */
    counter c = {0, 0}, inner = {0, 1};
    gw_cancel a, b;
    gw_cancel_push(&a, count_check, &c);
    CHECK_INT(gw_cancelled(GW_CANCEL_BYTES - 1), 0);
    CHECK_INT(c.calls, 0);
    CHECK_INT(gw_cancelled(GW_CANCEL_BYTES), 0);
    CHECK_INT(c.calls, 1);
    CHECK_INT(gw_cancelled(0), 0); /* back to the start: a distance too */
    CHECK_INT(c.calls, 2);
    gw_cancel_push(&b, count_check, &inner);
    CHECK_INT(gw_cancelled(GW_CANCEL_BYTES), 1);
    CHECK_INT(gw_cancelled(0), 1); /* stays stopped */
    CHECK_INT(inner.calls, 1);
    CHECK_INT(gw_cancel_pop(&b), 1);
    CHECK_INT(gw_cancelled(GW_CANCEL_BYTES * 3), 0); /* the outer one answers again */
    CHECK_INT(c.calls, 3);
    CHECK_INT(gw_cancel_pop(&a), 0);
    CHECK_INT(gw_cancelled(1 << 30), 0);
}

int main(void) {
    size_t npages;
    const char *const *pages = check_pages(&npages);
    test_mechanism();
    /* a page of about 2 MiB: the fixtures over and over */
    size_t cap = (size_t)2 << 20, n = 0;
    char *s = malloc(cap + 200000);
    for (int r = 0; s && n < cap; r++) {
        size_t k;
        char *p = check_read(pages[r % npages], &k);
        if (!p) break;
        memcpy(s + n, p, k);
        n += k;
        s[n++] = '\n';
        free(p);
    }
    CHECK(s && n >= cap);
    if (s && n >= cap) {
        s[n] = 0;
        gw_env *env = gw_env_new();
        test_tables(s, n, env);
        test_scalars(s, n);
        gw_env_free(env);
    }
    free(s);
    return check_done("cancel");
}
