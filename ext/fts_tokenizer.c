/*
 * fts_tokenizer.c — the FTS5 tokenizer `gongwen`: not written yet.
 */
#include "sql_glue.h"
SQLITE_EXTENSION_INIT3

int gw_register_fts(sqlite3 *db, gw_env *env) {
    (void)db;
    (void)env;
    return SQLITE_OK;
}
