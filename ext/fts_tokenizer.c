/*
 * fts_tokenizer.c — the FTS5 tokenizer `gongwen` (contract §7): glue only,
 * the tokens come from tokens.c.
 *
 *   CREATE VIRTUAL TABLE t USING fts5(body, tokenize='gongwen');
 *   SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH '核酸';   -- 抓好[核酸]检测
 *
 * Options, written after the name as key/value pairs; anything else is an
 * error (FTS5 reports it only as "error in tokenizer constructor"):
 *
 *   bigrams 1   the default: Han unigrams plus colocated bigrams (exact
 *               substring search at every query length, fast)
 *   bigrams 0   Han unigrams only, with a gap token wherever punctuation or
 *               space falls between two tokens: a smaller index, still
 *               exact for a query of Han characters, slower for long ones
 *
 * Registered through the connection's fts5_api, obtained with
 * SELECT fts5(?1) and a pointer bound as "fts5_api_ptr". When the SQLite in
 * use has no FTS5, nothing is registered and the rest of the extension works.
 */
#include "sql_glue.h"
SQLITE_EXTENSION_INIT3

#include "fts5_api.h"
#include "tokens.h"

#include <string.h>

/* One tokenizer instance: its options. */
typedef struct gw_fts {
    int flags; /* GW_TOK_* applied to every call */
} gw_fts;

static int fts_create(void *user, const char **argv, int argc, Fts5Tokenizer **out) {
    (void)user;
    int flags = 0;
    if (argc % 2) return SQLITE_ERROR; /* a key without a value */
    for (int i = 0; i < argc; i += 2) {
        if (strcmp(argv[i], "bigrams") != 0) return SQLITE_ERROR;
        if (strcmp(argv[i + 1], "1") == 0)
            flags &= ~GW_TOK_UNIGRAM;
        else if (strcmp(argv[i + 1], "0") == 0)
            flags |= GW_TOK_UNIGRAM;
        else
            return SQLITE_ERROR;
    }
    gw_fts *t = sqlite3_malloc(sizeof *t);
    if (!t) return SQLITE_NOMEM;
    t->flags = flags;
    *out = (Fts5Tokenizer *)t;
    return SQLITE_OK;
}

static void fts_delete(Fts5Tokenizer *t) {
    sqlite3_free(t);
}

/* Carries FTS5's callback through gw_tokenize. */
typedef struct relay {
    void *ctx;                                               /* FTS5's context */
    int (*xToken)(void *, int, const char *, int, int, int); /* FTS5's callback */
} relay;

static int relay_token(void *ctx, const char *tok, size_t n, size_t start, size_t end,
                       int colocated) {
    relay *r = ctx;
    return r->xToken(r->ctx, colocated ? FTS5_TOKEN_COLOCATED : 0, tok, (int)n, (int)start,
                     (int)end);
}

static int fts_tokenize(Fts5Tokenizer *tok, void *ctx, int flags, const char *text, int n,
                        int (*xToken)(void *, int, const char *, int, int, int)) {
    const gw_fts *t = (const gw_fts *)tok;
    int mode = t->flags | ((flags & FTS5_TOKENIZE_QUERY) ? GW_TOK_QUERY : 0);
    relay r = {ctx, xToken};
    gw_error err = {0, 0, {0}};
    if (!text || n <= 0) return SQLITE_OK;
    /* text that holds invalid UTF-8 or a NUL is refused, as every function
     * refuses it (FTS5 words the error from the code alone) */
    size_t at;
    if (gw_utf8_check(text, (size_t)n, &at) != GW_OK) return SQLITE_MISMATCH;
    int rc = gw_tokenize(text, (size_t)n, mode, relay_token, &r, &err);
    if (rc == -1) return err.code == GW_ENOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
    return rc;
}

/* The connection's fts5_api in *api, NULL when its SQLite has no FTS5 (no
 * function fts5); any other failure (out of memory) is returned. */
static int fts5_api_of(sqlite3 *db, fts5_api **api) {
    sqlite3_stmt *st = NULL;
    *api = NULL;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(st);
        return rc == SQLITE_ERROR ? SQLITE_OK : rc; /* SQLITE_ERROR: no such function */
    }
    rc = sqlite3_bind_pointer(st, 1, (void *)api, "fts5_api_ptr", NULL);
    if (rc == SQLITE_OK) rc = sqlite3_step(st);
    int fin = sqlite3_finalize(st);
    if (rc == SQLITE_ROW || rc == SQLITE_DONE) rc = SQLITE_OK;
    return rc != SQLITE_OK ? rc : fin;
}

int gw_register_fts(sqlite3 *db, gw_env *env) {
    (void)env;
    fts5_api *api = NULL;
    int rc = fts5_api_of(db, &api);
    if (rc != SQLITE_OK) return rc;
    if (!api || api->iVersion < 2) return SQLITE_OK;
    static fts5_tokenizer gongwen = {fts_create, fts_delete, fts_tokenize};
    return api->xCreateTokenizer(api, "gongwen", NULL, &gongwen, NULL);
}
