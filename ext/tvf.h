/*
 * tvf.h — the one adapter that turns any parser into an eponymous
 * table-valued function.
 *
 * A table-valued function is a descriptor: its name, its columns (each a
 * field of the parser's row struct), its arguments (hidden columns) and the
 * parser. tvf.c builds the schema from the descriptor, so columns and schema
 * cannot drift, and serves xBestIndex/xFilter/xColumn for all of them.
 */
#ifndef GW_TVF_H
#define GW_TVF_H

#include "sql_glue.h"

#include "rows.h"

#include <stddef.h>

/* How a row struct's field shows in SQL. */
typedef enum gw_coltype {
    GW_COL_INT, /* int64_t; GW_NULL_INT is NULL */
    GW_COL_NUM, /* gw_num: INTEGER, REAL or NULL */
    GW_COL_STR, /* gw_str as TEXT; p == NULL is NULL */
    GW_COL_BLOB /* gw_str as BLOB; p == NULL is NULL */
} gw_coltype;

typedef struct gw_column {
    const char *name; /* column name */
    gw_coltype type;  /* field type */
    size_t offset;    /* offsetof(row struct, field) */
} gw_column;

/* How an argument (hidden column) is read. */
typedef enum gw_paramtype {
    GW_PARAM_TEXT, /* checked UTF-8 text, or a BLOB decoded; NULL gives no rows */
    GW_PARAM_INT,  /* an integer; NULL means "not given" */
    GW_PARAM_BLOB  /* the bytes of a BLOB (or TEXT) as they are; NULL gives no rows */
} gw_paramtype;

typedef struct gw_param {
    const char *name;  /* hidden column name */
    gw_paramtype type; /* how it is read */
    int required;      /* 1 when the function cannot run without it */
} gw_param;

/* An argument worth compiling once, such as a list of terms that becomes an
 * automaton. The adapter keeps the last compiled value of each function per
 * connection and hands it to the parser as gw_args.compiled for as long as the
 * argument's text stays the same, so a statement over ten thousand rows with
 * one list compiles the list once. */
typedef struct gw_compiler {
    int param; /* which argument (an index into the descriptor's params) */
    /* The compiled form of s[0..n) (valid UTF-8), or NULL with err set. */
    void *(*compile)(const char *s, size_t n, gw_error *err);
    void (*release)(void *compiled); /* frees what compile returned */
} gw_compiler;

typedef struct gw_table {
    const char *name;                                             /* gw_x */
    const gw_column *cols;                                        /* visible columns, in order */
    int ncols;                                                    /* how many */
    const gw_param *params;                                       /* arguments, in order */
    int nparams;                                                  /* how many */
    size_t row_size;                                              /* sizeof the row struct */
    int (*parse)(const gw_args *in, gw_rows *out, gw_error *err); /* the parser */
    const gw_compiler *compiler; /* an argument compiled once, or NULL */
} gw_table;

#define GW_COL(st, field, type)                                                                    \
    { #field, type, offsetof(st, field) }
#define GW_COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* Registers t as an eponymous virtual table on db. When owns_env is 1, env
 * is freed with the module (when the connection closes, or at once if
 * registering fails). */
int gw_tvf_register(sqlite3 *db, const gw_table *t, gw_env *env, int owns_env);

#endif
