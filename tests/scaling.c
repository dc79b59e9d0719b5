/*
 * scaling.c — every function takes time in proportion to its input, on the
 * inputs that make a careless parser quadratic: lines ending in a lone CR or
 * U+2028, one long line, deep nesting, marks never closed, long numerals.
 *
 * Each function runs on each input at 256 KiB and at 1 MiB; its CPU time
 * (of this thread, best of RUNS, so a busy machine does not fail it) must
 * grow at most GROWTH times more than the input does: at most 4 × 3 = 12
 * times from 256 KiB to 1 MiB, where a quadratic one grows 16 times. A
 * call at 1 MiB that runs past that bound is stopped with sqlite3_interrupt
 * (so a quadratic function fails in seconds, not minutes). Ratios inside
 * one run, never a time limit: the figures are printed for the record.
 *
 * usage: scaling path/to/gongwen; prints "scaling: N passed, N failed"
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu_watch.h"

#define SMALL  ((size_t)256 << 10)
#define LARGE  ((size_t)1 << 20)
#define RUNS   3
#define GROWTH 3.0 /* allowed growth of the time per byte */
#define FLOOR                                                                                      \
    0.01 /* seconds: below this at 256 KiB (where caches and page faults weigh                     \
          * more than the work), the 1 MiB time is held to 12 × this */

/* The inputs: a unit repeated to the size (whole units only). */
static const struct {
    const char *name;
    const char *unit;
} inputs[] = {
    {"lone CR", "\r"},
    {"lines ending in a lone CR", "一、加强领导。3人\r"},
    {"lines ending in U+2028", "“坚持”2.3亿元\xE2\x80\xA8"},
    {"lines ending in U+0085", "第一，落实\xC2\x85"},
    {"one long line", "习近平总书记强调，要抓好疫情防控，确诊病例3例、无症状5人；"},
    {"nested brackets", "（"},
    {"nested quotes", "“《「"},
    {"unclosed quotes", "“甲"},
    {"nested directives", "一、（一）1.（1）①一是"},
    {"long Han numeral", "九"},
    {"long digits", "9"},
    {"numeral chain", "一万"},
    {"ranges", "5-"},
};

static const char *calls[] = {
    "SELECT count(*) FROM gw_speeches(?1)",
    "SELECT count(*) FROM gw_directives(?1)",
    "SELECT count(*) FROM gw_numbers(?1)",
    "SELECT count(*) FROM gw_quotes(?1)",
    "SELECT count(*) FROM gw_sentences(?1)",
    "SELECT count(*) FROM gw_words(?1)",
    "SELECT count(*) FROM gw_keywords(?1)",
    "SELECT count(*) FROM gw_tokens(?1)",
    "SELECT count(*) FROM gw_overlap(?1, ?1)",
    "SELECT length(gw_normalize(?1)) + length(gw_simplify(?1)) + length(gw_fold(?1))",
    "SELECT length(gw_outline(?1))",
    "SELECT length(gw_minhash(?1)), gw_script(?1), gw_number(?1)",
    "SELECT length(gw_decode(CAST(?1 AS BLOB)))",
};

/* CPU seconds of one call on text; -1 when it failed, -2 when it was stopped. */
static double run(sqlite3 *db, const char *sql, const char *text, size_t n, double limit) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) return -1;
    sqlite3_bind_text(st, 1, text, (int)n, SQLITE_STATIC);
    cpu_watch w;
    cpu_watch_start(&w, db, limit);
    double t0 = cpu_now(w.clock);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    }
    double t1 = cpu_watch_stop(&w);
    sqlite3_finalize(st);
    if (w.fired) return -2;
    if (rc != SQLITE_DONE) {
        printf("     %s: %s\n", sql, sqlite3_errmsg(db));
        return -1;
    }
    return t1 - t0;
}

static char *repeat(const char *unit, size_t size, size_t *n) {
    size_t l = strlen(unit), count = size / l;
    char *p = malloc(count * l + 1);
    if (!p) return NULL;
    for (size_t i = 0; i < count; i++)
        memcpy(p + i * l, unit, l);
    p[count * l] = 0;
    *n = count * l;
    return p;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: scaling path/to/gongwen\n");
        return 2;
    }
    sqlite3 *db;
    char *err = NULL;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) return 2;
    sqlite3_enable_load_extension(db, 1);
    if (sqlite3_load_extension(db, argv[1], NULL, &err) != SQLITE_OK) {
        fprintf(stderr, "scaling: %s\n", err ? err : "cannot load");
        return 2;
    }
    int passed = 0, failed = 0;
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        size_t ns, nl;
        char *small = repeat(inputs[i].unit, SMALL, &ns);
        char *large = repeat(inputs[i].unit, LARGE, &nl);
        if (!small || !large) return 2;
        for (size_t c = 0; c < sizeof calls / sizeof calls[0]; c++) {
            double ts = -1, tl = -1;
            for (int r = 0; r < RUNS; r++) {
                double t = run(db, calls[c], small, ns, 0);
                if (t < 0) break;
                if (ts < 0 || t < ts) ts = t;
            }
            /* the most 1 MiB may take: 12 × the 256 KiB time (at least 12 × FLOOR) */
            double growth = (double)nl / (double)ns * GROWTH;
            double bound = growth * (ts > FLOOR ? ts : FLOOR);
            for (int r = 0; ts >= 0 && r < RUNS; r++) {
                double t = run(db, calls[c], large, nl, bound * 1.5 + 0.05);
                if (t == -2) { /* far past the bound: no need to try again */
                    tl = -2;
                    break;
                }
                if (t < 0) break;
                if (tl < 0 || t < tl) tl = t;
                if (tl <= bound) break; /* good enough */
            }
            int ok = ts >= 0 && tl >= 0 && tl <= bound;
            printf("%s %-76s %-26s 256 KiB %8.4f s  1 MiB %8.4f s%s\n", ok ? "ok  " : "FAIL",
                   calls[c], inputs[i].name, ts, tl, tl == -2 ? " (stopped)" : "");
            ok ? passed++ : failed++;
        }
        free(small);
        free(large);
    }
    sqlite3_close(db);
    printf("scaling: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
