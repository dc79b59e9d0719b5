/*
 * rows.h — what a parser hands back: an array of row structs, plus an arena
 * for any text the rows own (text that is not a slice of the input).
 *
 * Every parser has the same shape:
 *
 *     int gw_parse_x(const gw_args *in, gw_rows *out, gw_error *err);
 *
 * It pushes one struct per row with gw_rows_push() (zero-filled), and returns
 * GW_OK or a GW_E* code with err filled in. The caller owns `out` and frees it
 * with gw_rows_free(), whatever the result.
 *
 * Field types a row struct may hold (tvf.c knows how to show each in SQL):
 *   int64_t  — an integer; GW_NULL_INT stands for SQL NULL
 *   gw_num   — an integer or a real, or NULL (a numeral's value)
 *   gw_str   — text: a slice of the input or of the arena; p == NULL is NULL
 *   gw_blob  — bytes; p == NULL is NULL
 */
#ifndef GW_ROWS_H
#define GW_ROWS_H

#include <stddef.h>
#include <stdint.h>

#define GW_NULL_INT INT64_MIN

typedef struct gw_str {
    const char *p; /* first byte, or NULL for SQL NULL */
    size_t n;      /* length in bytes */
} gw_str;

typedef gw_str gw_blob;

enum { GW_NUM_NULL = 0, GW_NUM_INT = 1, GW_NUM_REAL = 2 };
typedef struct gw_num {
    int type;  /* GW_NUM_NULL, GW_NUM_INT or GW_NUM_REAL */
    int64_t i; /* the value when GW_NUM_INT */
    double d;  /* the value when GW_NUM_REAL */
} gw_num;

/* One argument of a table-valued function, already checked by the glue. */
typedef struct gw_arg {
    int present;   /* 0 when the argument was not given (optional ones) */
    const char *s; /* TEXT arguments: valid UTF-8 without NUL, NUL-terminated;
                      BLOB arguments: the bytes, followed by a NUL */
    size_t n;      /* its length in bytes */
    int64_t i;     /* INTEGER arguments */
} gw_arg;

/* The arguments of one call, plus per-connection state for parsers that
 * need it (ICU break iterators live there; see env.h). */
typedef struct gw_args {
    const gw_arg *v;      /* the arguments in declaration order */
    int n;                /* how many */
    struct gw_env *env;   /* the connection's state; never NULL */
    const void *compiled; /* the compiled form of the descriptor's compiled argument
                             (tvf.h, gw_compiler), or NULL when it was not given */
} gw_args;

typedef struct gw_chunk gw_chunk;

typedef struct gw_rows {
    char *data;       /* n rows of size bytes each */
    size_t n;         /* rows pushed */
    size_t cap;       /* rows allocated */
    size_t size;      /* sizeof the row struct */
    gw_chunk *chunks; /* arena chunks, newest first */
} gw_rows;

void gw_rows_init(gw_rows *r, size_t row_size);
/* A new zero-filled row at the end, or NULL when out of memory. The pointer
 * is valid until the next push. */
void *gw_rows_push(gw_rows *r);
/* Row i (0-based). */
static inline void *gw_rows_at(const gw_rows *r, size_t i) {
    return r->data + i * r->size;
}
/* n bytes owned by the rows (freed by gw_rows_free), or NULL. */
char *gw_rows_alloc(gw_rows *r, size_t n);
/* A copy of s[0..n) owned by the rows, as a gw_str; p is NULL when out of memory. */
gw_str gw_rows_strdup(gw_rows *r, const char *s, size_t n);
void gw_rows_free(gw_rows *r);

/* A growable byte buffer, for parsers that build text. */
typedef struct gw_buf {
    char *p;    /* the bytes, NUL-terminated when not NULL */
    size_t n;   /* used */
    size_t cap; /* allocated */
    int oom;    /* set once an allocation failed; later appends do nothing */
} gw_buf;

void gw_buf_init(gw_buf *b);
void gw_buf_add(gw_buf *b, const char *s, size_t n);
void gw_buf_addc(gw_buf *b, uint32_t cp);
/* Hands the bytes over (caller frees with free()); the buffer is reset. */
char *gw_buf_take(gw_buf *b, size_t *n);
void gw_buf_free(gw_buf *b);

#endif
