/*
 * gongwen.c — the extension's entry point: creates the connection's state and
 * registers every function; nothing else.
 *
 *   .load build/gongwen                      -- sqlite3 shell
 *   SELECT load_extension('build/gongwen');  -- any client
 */
#include "sql_glue.h"
SQLITE_EXTENSION_INIT1

/* The one symbol the shared library exports (it is built with
 * -fvisibility=hidden). */
#ifdef _WIN32
#define GW_EXPORT __declspec(dllexport)
#else
#define GW_EXPORT __attribute__((visibility("default")))
#endif

GW_EXPORT int sqlite3_gongwen_init(sqlite3 *db, char **err, const sqlite3_api_routines *api) {
#ifndef SQLITE_CORE
    /* Every connection that loads the extension hands the same routines;
     * writing them only once keeps loads in concurrent threads race-free. */
    if (sqlite3_api != api) SQLITE_EXTENSION_INIT2(api);
#else
    (void)api;
#endif
    (void)err;
    gw_env *env = gw_env_new();
    if (!env) return SQLITE_NOMEM;
    int rc = gw_register_tables(db, env); /* owns env from here on */
    if (rc == SQLITE_OK) rc = gw_register_scalars(db, env);
    if (rc == SQLITE_OK) rc = gw_register_fts(db, env);
    return rc;
}
