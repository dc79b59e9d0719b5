/*
 * sql_scalars.c — the scalar functions of contract §2, each a thin wrapper
 * around a parser: read the text argument (sql_args.c), call, return.
 *
 *   SELECT gw_simplify('總書記');        -- 总书记
 *   SELECT gw_number('4298.8亿');        -- 429880000000
 */
#include "sql_glue.h"
SQLITE_EXTENSION_INIT3

#include "decode.h"
#include "directives.h"
#include "fold.h"
#include "html.h"
#include "numeral.h"
#include "reuse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GW_VERSION "0.1.0"

/* Reads argument i of a scalar as text; 0 when the caller should return
 * (NULL argument, or an error already reported). */
static int text_arg(sqlite3_context *ctx, sqlite3_value **argv, int i, gw_text *t) {
    const char *fname = *(const char *const *)sqlite3_user_data(ctx);
    char *msg;
    int rc = gw_sql_text(argv[i], fname, t, &msg);
    if (rc == GW_TEXT_NULL) {
        sqlite3_result_null(ctx);
        return 0;
    }
    if (rc == GW_TEXT_ERROR) {
        if (msg)
            sqlite3_result_error(ctx, msg, -1);
        else
            sqlite3_result_error_nomem(ctx);
        sqlite3_free(msg);
        return 0;
    }
    return 1;
}

/* Returns a malloc'd result of a text → text parser, or its error. */
static void text_result(sqlite3_context *ctx, char *out, size_t n, const gw_error *err) {
    if (!out) {
        gw_sql_result_error(ctx, *(const char *const *)sqlite3_user_data(ctx), err);
        return;
    }
    sqlite3_result_text64(ctx, out, n, free, SQLITE_UTF8);
}

/* gw_version() → '0.1.0' */
static void fn_version(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    (void)argv;
    sqlite3_result_text(ctx, GW_VERSION, -1, SQLITE_STATIC);
}

/* Decodes argument 0 with the optional charset of argument 1; returns the
 * UTF-8 or NULL with err set (or nothing to do when *skip). */
static char *decode_args(sqlite3_context *ctx, int argc, sqlite3_value **argv, size_t *n,
                         const char **used, gw_error *err, int *skip) {
    *skip = 0;
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        *skip = 1;
        return NULL;
    }
    int type = sqlite3_value_type(argv[0]);
    if (type != SQLITE_BLOB && type != SQLITE_TEXT) { /* contract §1: another type is an error */
        err->code = GW_EARG;
        snprintf(err->msg, sizeof err->msg, "argument must be a blob or text, not %s",
                 type == SQLITE_INTEGER ? "an integer" : "a real");
        return NULL;
    }
    const char *charset = NULL;
    if (argc > 1 && sqlite3_value_type(argv[1]) != SQLITE_NULL)
        charset = (const char *)sqlite3_value_text(argv[1]);
    const void *p;
    size_t len;
    if (sqlite3_value_type(argv[0]) == SQLITE_BLOB) {
        p = sqlite3_value_blob(argv[0]);
    } else {
        p = sqlite3_value_text(argv[0]);
    }
    len = (size_t)sqlite3_value_bytes(argv[0]);
    (void)ctx;
    return gw_decode_used(p ? p : "", len, charset, n, used, err);
}

/* gw_decode(x [, charset]) → UTF-8 text */
static void fn_decode(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    gw_error err = {0, 0, {0}};
    size_t n = 0;
    int skip;
    char *out = decode_args(ctx, argc, argv, &n, NULL, &err, &skip);
    if (skip) {
        sqlite3_result_null(ctx);
        return;
    }
    text_result(ctx, out, n, &err);
}

/* gw_decode_error(x [, charset]) → NULL when gw_decode(x) succeeds, else its
 * error message: lets a load skip undecodable pages instead of stopping. */
static void fn_decode_error(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    gw_error err = {0, 0, {0}};
    size_t n = 0;
    int skip;
    char *out = decode_args(ctx, argc, argv, &n, NULL, &err, &skip);
    if (skip || out) {
        free(out);
        sqlite3_result_null(ctx);
        return;
    }
    if (err.code == GW_ENOMEM || err.code == GW_EINTR) {
        gw_sql_result_error(ctx, "gw_decode", &err);
        return;
    }
    char *msg = gw_sql_errmsg("gw_decode", &err);
    if (!msg) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    sqlite3_result_text(ctx, msg, -1, sqlite3_free);
}

/* gw_charset(x) → the charset gw_decode(x) reads x in ('UTF-8',
 * 'GB18030', 'Big5', 'UTF-16LE' …), NULL when x cannot be decoded: what a
 * load reports of each page. */
static void fn_charset(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    gw_error err = {0, 0, {0}};
    size_t n = 0;
    int skip;
    const char *used = NULL;
    char *out = decode_args(ctx, argc, argv, &n, &used, &err, &skip);
    if (!skip && !out && err.code == GW_ENOMEM) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    if (skip || !out || !used)
        sqlite3_result_null(ctx);
    else
        sqlite3_result_text(ctx, used, -1, SQLITE_STATIC);
    free(out);
}

/* gw_normalize(t), gw_simplify(t), gw_fold(t): text → text */
static void fn_normalize(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    gw_text t;
    if (!text_arg(ctx, argv, 0, &t)) return;
    gw_error err = {0, 0, {0}};
    size_t n = 0;
    char *out = gw_normalize(t.s, t.n, &n, &err);
    free(t.owned);
    text_result(ctx, out, n, &err);
}

static void fn_simplify(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    gw_text t;
    if (!text_arg(ctx, argv, 0, &t)) return;
    gw_error err = {0, 0, {0}};
    size_t n = 0;
    char *out = gw_simplify_changed(t.s, t.n, &n, &err);
    if (!out && err.code == GW_OK) { /* unchanged: no copy */
        if (t.owned)
            sqlite3_result_text64(ctx, t.owned, t.n, free, SQLITE_UTF8);
        else
            sqlite3_result_value(ctx, argv[0]);
        return;
    }
    free(t.owned);
    text_result(ctx, out, n, &err);
}

static void fn_fold(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    gw_text t;
    if (!text_arg(ctx, argv, 0, &t)) return;
    gw_error err = {0, 0, {0}};
    size_t n = 0;
    char *out = gw_fold(t.s, t.n, &n, NULL, &err);
    free(t.owned);
    text_result(ctx, out, n, &err);
}

/* gw_html_text(html) → the page's visible text (contract §11) */
static void fn_html_text(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    gw_text t = {NULL, 0, NULL};
    size_t bad;
    if (sqlite3_value_type(argv[0]) == SQLITE_BLOB) { /* UTF-8 bytes are read where they are */
        t.s = sqlite3_value_blob(argv[0]);
        t.n = (size_t)sqlite3_value_bytes(argv[0]);
        if (!t.s || gw_utf8_check(t.s, t.n, &bad) != GW_OK) t.s = NULL;
    }
    if (!t.s && !text_arg(ctx, argv, 0, &t)) return;
    gw_error err = {0, 0, {0}};
    gw_html h;
    int rc = gw_html_text(t.s, t.n, &h, &err);
    free(t.owned);
    if (rc != GW_OK) err.code = rc;
    text_result(ctx, rc == GW_OK ? h.text : NULL, h.n, &err);
}

/* gw_script(t) → 'Hans' | 'Hant' | NULL */
static void fn_script(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    gw_text t;
    if (!text_arg(ctx, argv, 0, &t)) return;
    const char *s = gw_script(t.s, t.n);
    free(t.owned);
    if (s)
        sqlite3_result_text(ctx, s, -1, SQLITE_STATIC);
    else
        sqlite3_result_null(ctx);
}

/* gw_number(t) → the value of one numeral expression, or NULL */
static void fn_number(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    gw_text t;
    if (!text_arg(ctx, argv, 0, &t)) return;
    gw_num v = gw_number_value(t.s, t.n);
    free(t.owned);
    gw_sql_result_num(ctx, &v);
}

/* gw_outline(t) → the directive tree as indented text */
static void fn_outline(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    gw_text t;
    if (!text_arg(ctx, argv, 0, &t)) return;
    gw_error err = {0, 0, {0}};
    size_t n = 0;
    char *out = gw_outline(t.s, t.n, &n, &err);
    free(t.owned);
    text_result(ctx, out, n, &err);
}

/* gw_minhash(t) → a signature BLOB; NULL when t has nothing to shingle */
static void fn_minhash(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    gw_text t;
    if (!text_arg(ctx, argv, 0, &t)) return;
    gw_error err = {0, 0, {0}};
    unsigned char sig[GW_MINHASH_BYTES];
    int rc = gw_minhash(t.s, t.n, sig, &err);
    free(t.owned);
    if (rc == GW_EARG)
        sqlite3_result_null(ctx);
    else if (rc != GW_OK)
        gw_sql_result_error(ctx, "gw_minhash", &err);
    else
        sqlite3_result_blob(ctx, sig, sizeof sig, SQLITE_TRANSIENT);
}

/* gw_similarity(sig_a, sig_b) → estimated Jaccard similarity, 0 to 1 */
static void fn_similarity(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    double s = -1;
    if (sqlite3_value_type(argv[0]) == SQLITE_BLOB && sqlite3_value_type(argv[1]) == SQLITE_BLOB)
        s = gw_similarity(sqlite3_value_blob(argv[0]), (size_t)sqlite3_value_bytes(argv[0]),
                          sqlite3_value_blob(argv[1]), (size_t)sqlite3_value_bytes(argv[1]));
    if (s < 0) {
        sqlite3_result_error(
            ctx, "gw_similarity: arguments must be signatures made by gw_minhash()", -1);
        return;
    }
    sqlite3_result_double(ctx, s);
}

/* gw_load_gongwen_first() → 1. The triggers of sql/schema_search.sql call it
 * before a change to speeches reaches the search index: a client without the
 * extension cannot tokenize, and stops on "no such function:
 * gw_load_gongwen_first" — which says what to do — instead of "no such
 * tokenizer: gongwen". */
static void fn_load_first(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    (void)argv;
    sqlite3_result_int(ctx, 1);
}

typedef struct gw_scalar {
    const char *name;                                     /* SQL name */
    int nargs;                                            /* argument count, -1 for any */
    void (*fn)(sqlite3_context *, int, sqlite3_value **); /* implementation */
} gw_scalar;

static const gw_scalar scalars[] = {
    {"gw_version", 0, fn_version},
    {"gw_decode", 1, fn_decode},
    {"gw_decode", 2, fn_decode},
    {"gw_decode_error", 1, fn_decode_error},
    {"gw_decode_error", 2, fn_decode_error},
    {"gw_charset", 1, fn_charset},
    {"gw_load_gongwen_first", 0, fn_load_first},
    {"gw_normalize", 1, fn_normalize},
    {"gw_simplify", 1, fn_simplify},
    {"gw_fold", 1, fn_fold},
    {"gw_script", 1, fn_script},
    {"gw_number", 1, fn_number},
    {"gw_html_text", 1, fn_html_text},
    {"gw_outline", 1, fn_outline},
    {"gw_minhash", 1, fn_minhash},
    {"gw_similarity", 2, fn_similarity},
};

/* Every scalar runs through here: stoppable by sqlite3_interrupt (text.h). */
static void fn_cancellable(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    const gw_scalar *f = sqlite3_user_data(ctx);
    gw_cancel cancel;
    gw_cancel_push(&cancel, gw_sql_interrupted, sqlite3_context_db_handle(ctx));
    f->fn(ctx, argc, argv);
    if (gw_cancel_pop(&cancel)) sqlite3_result_error_code(ctx, SQLITE_INTERRUPT);
}

int gw_register_scalars(sqlite3 *db, gw_env *env) {
    (void)env;
    int rc = SQLITE_OK;
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    for (size_t i = 0; rc == SQLITE_OK && i < sizeof scalars / sizeof scalars[0]; i++)
        rc = sqlite3_create_function(db, scalars[i].name, scalars[i].nargs, flags,
                                     (void *)&scalars[i], fn_cancellable, NULL, NULL);
    return rc;
}
