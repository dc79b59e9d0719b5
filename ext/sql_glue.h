/*
 * sql_glue.h — what the SQL glue files share: reading arguments, wording
 * errors, and the registration entry of each glue file.
 *
 * Only glue files (prefixed sql_, plus gongwen.c, tvf.c, fts_tokenizer.c)
 * include sqlite3ext.h; parsers never do.
 */
#ifndef GW_SQL_GLUE_H
#define GW_SQL_GLUE_H

#include "sqlite3ext.h"

#include "env.h"
#include "rows.h"
#include "text.h"

#include <stddef.h>

/* A TEXT argument as a parser wants it: valid UTF-8 without NUL, NUL-terminated. */
typedef struct gw_text {
    const char *s; /* the text */
    size_t n;      /* its length in bytes */
    char *owned;   /* non-NULL when s was decoded from a BLOB: free() it */
} gw_text;

enum { GW_TEXT_OK = 0, GW_TEXT_NULL = 1, GW_TEXT_ERROR = 2 };

/* Reads value v as text for function fname: TEXT is checked for UTF-8 and
 * NUL, a BLOB is decoded as gw_decode() does, NULL gives GW_TEXT_NULL, any
 * other type is an error. On GW_TEXT_ERROR, *msg is an sqlite3_malloc'd
 * message naming fname (sqlite3_free it) or NULL when out of memory. */
int gw_sql_text(sqlite3_value *v, const char *fname, gw_text *out, char **msg);

/* "fname: what is wrong; what to do" for a parser's error; sqlite3_malloc'd,
 * NULL when out of memory. */
char *gw_sql_errmsg(const char *fname, const gw_error *err);

/* Returns a numeral's value: INTEGER, REAL or NULL. */
void gw_sql_result_num(sqlite3_context *ctx, const gw_num *v);

/* Reports a parser's error on a scalar function's context. */
void gw_sql_result_error(sqlite3_context *ctx, const char *fname, const gw_error *err);

/* The cancellation check the glue installs around every parser call
 * (gw_cancel_push, text.h): 1 when sqlite3_interrupt() was called on the
 * connection db (a sqlite3 *) while the statement runs. */
int gw_sql_interrupted(void *db);

int gw_register_scalars(sqlite3 *db, gw_env *env);
/* Registers the table-valued functions; takes ownership of env. */
int gw_register_tables(sqlite3 *db, gw_env *env);
int gw_register_fts(sqlite3 *db, gw_env *env);

#endif
