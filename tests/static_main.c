/*
 * static_main.c — the -DSQLITE_CORE build: gongwen compiled into a program,
 * registered with sqlite3_auto_extension, then called once through SQL.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

int sqlite3_gongwen_init(sqlite3 *db, char **err, const sqlite3_api_routines *api);

int main(void) {
    sqlite3 *db;
    sqlite3_stmt *st;
    sqlite3_auto_extension((void (*)(void))sqlite3_gongwen_init);
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) return 1;
    if (sqlite3_prepare_v2(db, "SELECT gw_version()", -1, &st, NULL) != SQLITE_OK) {
        printf("static: %s\n", sqlite3_errmsg(db));
        return 1;
    }
    int ok = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) != NULL;
    printf("static: gw_version() = %s\n", ok ? (const char *)sqlite3_column_text(st, 0) : "?");
    sqlite3_finalize(st);
    sqlite3_close(db);
    return ok ? 0 : 1;
}
