/*
 * interrupt.c — sqlite3_interrupt() stops any call inside it, not only
 * between rows: each function runs on a 64 MiB page (the fixture pages over
 * and over) while a second thread watches the CPU time the call has used;
 * once it has used INTERRUPT_AT, the thread calls sqlite3_interrupt(). The
 * call must then end with SQLITE_INTERRUPT having used at most LIMIT more
 * CPU time. CPU time of the calling thread, not wall time, so a busy machine
 * does not make the test fail. A call that ends before INTERRUPT_AT has
 * nothing to stop and is reported as such (and one that ends on its own
 * within LIMIT of the interrupt is as good as stopped). Each call is
 * interrupted twice: early (reading its argument) and later (inside the
 * parser).
 *
 * usage: interrupt path/to/gongwen page…; prints "interrupt: N passed, N failed"
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu_watch.h"

#define PAGE_BYTES ((size_t)64 << 20)
#define LIMIT      0.1 /* seconds of CPU allowed after the interrupt */

/* Seconds of CPU before the interrupt: while the argument is read, and
 * inside the parser. */
static const double interrupt_at[] = {0.04, 0.3};

/* Text results are only tested for NULL: what SQLite does with a 64 MiB
 * result after the call (length() counting its characters) is not the call. */
static const char *calls[] = {
    "SELECT count(*) FROM gw_speeches(?1)",
    "SELECT count(*) FROM gw_directives(?1)",
    "SELECT count(*) FROM gw_numbers(?1)",
    "SELECT count(*) FROM gw_quotes(?1)",
    "SELECT count(*) FROM gw_sentences(?1)",
    "SELECT count(*) FROM gw_words(?1)",
    "SELECT count(*) FROM gw_keywords(?1)",
    "SELECT count(*) FROM gw_tokens(?1)",
    "SELECT count(*) FROM gw_tokens(?1, 'query')",
    "SELECT count(*) FROM gw_overlap(?1, ?1)",
    "SELECT gw_normalize(?1) IS NULL",
    "SELECT gw_simplify(?1) IS NULL",
    "SELECT gw_fold(?1) IS NULL",
    "SELECT gw_outline(?1) IS NULL",
    "SELECT length(gw_minhash(?1))",
    "SELECT gw_decode(CAST(?1 AS BLOB)) IS NULL",
    "SELECT gw_script(?1)",
};

static char *page(int npaths, char **paths, size_t *n) {
    char *p = malloc(PAGE_BYTES + 1);
    size_t k = 0;
    if (!p) return NULL;
    for (int round = 0; k < PAGE_BYTES; round++) {
        FILE *f = fopen(paths[round % npaths], "rb");
        if (!f) {
            free(p);
            return NULL;
        }
        size_t got = fread(p + k, 1, PAGE_BYTES - k, f);
        fclose(f);
        k += got;
        if (!got && round > npaths) break;
        /* end on a whole character */
        while (k > 0 && ((unsigned char)p[k - 1] & 0xC0) == 0x80)
            k--;
        if (k > 0 && (unsigned char)p[k - 1] >= 0xC0) k--;
        if (k < PAGE_BYTES) p[k++] = '\n';
    }
    p[k] = 0;
    *n = k;
    return p;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: interrupt path/to/gongwen page…\n");
        return 2;
    }
    size_t n = 0;
    char *text = page(argc - 2, argv + 2, &n);
    if (!text) {
        fprintf(stderr, "interrupt: cannot read the pages\n");
        return 2;
    }
    sqlite3 *db;
    char *err = NULL;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) return 2;
    sqlite3_enable_load_extension(db, 1);
    if (sqlite3_load_extension(db, argv[1], NULL, &err) != SQLITE_OK) {
        fprintf(stderr, "interrupt: %s\n", err ? err : "cannot load");
        return 2;
    }
    int passed = 0, failed = 0;
    for (size_t r = 0; r < sizeof calls / sizeof calls[0] * 2; r++) {
        size_t i = r / 2;
        sqlite3_stmt *st;
        if (sqlite3_prepare_v2(db, calls[i], -1, &st, NULL) != SQLITE_OK) {
            printf("FAIL %s: %s\n", calls[i], sqlite3_errmsg(db));
            failed++;
            continue;
        }
        sqlite3_bind_text(st, 1, text, (int)n, SQLITE_STATIC);
        cpu_watch w;
        cpu_watch_start(&w, db, interrupt_at[r % 2]);
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        }
        double end = cpu_watch_stop(&w);
        sqlite3_finalize(st);
        if (!w.fired) {
            printf("ok   %s: done in less than %.2f s (rc %d)\n", calls[i], w.after, rc);
            passed++;
        } else if ((rc == SQLITE_INTERRUPT || rc == SQLITE_DONE) && end - w.at <= LIMIT) {
            /* stopped, or done anyway before its next check */
            printf("ok   %s: interrupted at %.2f s, stopped %.3f s later\n", calls[i], w.after,
                   end - w.at);
            passed++;
        } else {
            printf("FAIL %s: interrupted at %.2f s: rc %d, %.3f s of CPU later\n", calls[i],
                   w.after, rc, end - w.at);
            failed++;
        }
    }
    sqlite3_close(db);
    free(text);
    printf("interrupt: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
