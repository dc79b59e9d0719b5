/*
 * sql_args.c — how every SQL function reads its text arguments and words its
 * errors (contract §1): TEXT must be valid UTF-8, a BLOB is decoded as
 * gw_decode() does, NULL is NULL, anything else is an error naming the
 * function, e.g.
 *
 *   gw_directives: argument is not valid UTF-8 at byte 1043; decode it with gw_decode()
 */
#include "sql_glue.h"
SQLITE_EXTENSION_INIT3

#include "decode.h"

#include <stdlib.h>

static const char *type_name(int t) {
    switch (t) {
    case SQLITE_INTEGER:
        return "an integer";
    case SQLITE_FLOAT:
        return "a real";
    case SQLITE_BLOB:
        return "a blob";
    default:
        return "text";
    }
}

char *gw_sql_errmsg(const char *fname, const gw_error *err) {
    switch (err->code) {
    case GW_EUTF8:
        return sqlite3_mprintf("%s: argument is not valid UTF-8 at byte %llu; decode it with "
                               "gw_decode()",
                               fname, (unsigned long long)err->at);
    case GW_ENUL:
        return sqlite3_mprintf("%s: argument contains a NUL character at byte %llu; remove it "
                               "with replace(x, char(0), '')",
                               fname, (unsigned long long)err->at);
    case GW_ENOMEM:
        return NULL;
    case GW_EINTR:
        return sqlite3_mprintf("interrupted");
    case GW_EBIG:
        return sqlite3_mprintf("%s: input too large%s%s", fname, err->msg[0] ? ": " : "", err->msg);
    default:
        return sqlite3_mprintf("%s: %s", fname, err->msg[0] ? err->msg : "invalid argument");
    }
}

void gw_sql_result_num(sqlite3_context *ctx, const gw_num *v) {
    if (v->type == GW_NUM_INT)
        sqlite3_result_int64(ctx, v->i);
    else if (v->type == GW_NUM_REAL)
        sqlite3_result_double(ctx, v->d);
    else
        sqlite3_result_null(ctx);
}

void gw_sql_result_error(sqlite3_context *ctx, const char *fname, const gw_error *err) {
    if (err->code == GW_EINTR) {
        sqlite3_result_error_code(ctx, SQLITE_INTERRUPT);
        return;
    }
    char *msg = gw_sql_errmsg(fname, err);
    if (!msg) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    sqlite3_result_error(ctx, msg, -1);
    sqlite3_free(msg);
}

int gw_sql_text(sqlite3_value *v, const char *fname, gw_text *out, char **msg) {
    out->s = NULL;
    out->n = 0;
    out->owned = NULL;
    *msg = NULL;
    int t = sqlite3_value_type(v);
    if (t == SQLITE_NULL) return GW_TEXT_NULL;
    gw_error err = {0, 0, {0}};
    if (t == SQLITE_BLOB) {
        const void *p = sqlite3_value_blob(v);
        size_t n = (size_t)sqlite3_value_bytes(v);
        out->owned = gw_decode(p ? p : "", n, NULL, &out->n, &err);
        if (!out->owned) {
            *msg = gw_sql_errmsg(fname, &err);
            return GW_TEXT_ERROR;
        }
        out->s = out->owned;
        return GW_TEXT_OK;
    }
    if (t != SQLITE_TEXT) {
        *msg = sqlite3_mprintf("%s: argument must be text (or a blob to decode), not %s", fname,
                               type_name(t));
        return GW_TEXT_ERROR;
    }
    const char *s = (const char *)sqlite3_value_text(v);
    size_t n = (size_t)sqlite3_value_bytes(v);
    if (!s) {
        if (n) return GW_TEXT_ERROR; /* out of memory: *msg stays NULL */
        s = "";
    }
    err.code = gw_utf8_check_stoppable(s, n, &err.at);
    if (err.code != GW_OK) {
        *msg = gw_sql_errmsg(fname, &err);
        return GW_TEXT_ERROR;
    }
    out->s = s;
    out->n = n;
    return GW_TEXT_OK;
}

/* SQLite 3.41 and later say whether the connection was interrupted. Before
 * (Debian 12 has 3.40), preparing a statement on an interrupted connection
 * fails with SQLITE_INTERRUPT while the interrupted statement still runs:
 * that is the question asked, once per GW_CANCEL_BYTES of progress. */
int gw_sql_interrupted(void *pdb) {
    sqlite3 *db = pdb;
#if SQLITE_VERSION_NUMBER >= 3041000
    if (sqlite3_libversion_number() >= 3041000) return sqlite3_is_interrupted(db);
#endif
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db, "SELECT 1", -1, &st, NULL);
    sqlite3_finalize(st);
    return rc == SQLITE_INTERRUPT;
}
