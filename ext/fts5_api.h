/*
 * fts5_api.h — the parts of SQLite's FTS5 extension API that a tokenizer
 * needs, declared from FTS5's documentation ("Custom Tokenizers", "Extending
 * FTS5"): Debian's libsqlite3-dev ships no fts5.h.
 *
 * This is the version 1 tokenizer API (fts5_tokenizer), the one SQLite 3.40
 * offers. The fts5_api object is obtained from a connection with
 *
 *     SELECT fts5(?1)   -- ?1 bound with sqlite3_bind_pointer(…, "fts5_api_ptr", 0)
 *
 * Some builds of sqlite3.h carry these declarations themselves (inside
 * `#ifndef _FTS5_H`); then they are used and the ones below are skipped.
 * Only glue files include this header, after sqlite3ext.h.
 */
#ifndef GW_FTS5_API_H
#define GW_FTS5_API_H

#include "sqlite3ext.h"

#ifndef _FTS5_H

/* A tokenizer instance, made by xCreate; opaque to FTS5. */
typedef struct Fts5Tokenizer Fts5Tokenizer;

typedef struct fts5_tokenizer {
    /* Makes an instance from the options written after the tokenizer's name
     * in tokenize='name opt val …'. Returns SQLITE_OK or an error code. */
    int (*xCreate)(void *user, const char **argv, int argc, Fts5Tokenizer **out);
    void (*xDelete)(Fts5Tokenizer *tok);
    /* Calls xToken once per token of text[0..n), with the byte offsets of
     * the text it stands for; stops early when xToken returns non-zero and
     * returns that value. flags is one of FTS5_TOKENIZE_*. */
    int (*xTokenize)(Fts5Tokenizer *tok, void *ctx, int flags, const char *text, int n,
                     int (*xToken)(void *ctx, int tflags, const char *token, int ntoken, int start,
                                   int end));
} fts5_tokenizer;

/* flags of xTokenize: why the text is being tokenized */
#define FTS5_TOKENIZE_QUERY    0x0001 /* a query string (MATCH) */
#define FTS5_TOKENIZE_PREFIX   0x0002 /* with QUERY: the token is followed by * */
#define FTS5_TOKENIZE_DOCUMENT 0x0004 /* a document being indexed */
#define FTS5_TOKENIZE_AUX      0x0008 /* for an auxiliary function (highlight …) */

/* tflags of xToken: the token shares the position of the previous one */
#define FTS5_TOKEN_COLOCATED 0x0001

typedef struct fts5_api fts5_api;
struct fts5_api {
    int iVersion; /* 2 in SQLite 3.40 */
    int (*xCreateTokenizer)(fts5_api *api, const char *name, void *user, fts5_tokenizer *tok,
                            void (*destroy)(void *));
    int (*xFindTokenizer)(fts5_api *api, const char *name, void **user, fts5_tokenizer *tok);
    /* Auxiliary functions are not used here; the pointer type only keeps
     * the layout. */
    int (*xCreateFunction)(fts5_api *api, const char *name, void *user, void (*fn)(void),
                           void (*destroy)(void *));
};

#endif /* _FTS5_H */
#endif
