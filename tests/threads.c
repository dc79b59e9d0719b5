/*
 * threads.c — any number of connections in any number of threads may call
 * any function at once (contract §1).
 *
 * Computes a digest of every function's output on every fixture page in one
 * thread, then has THREADS threads, each with its own connection, compute the
 * same digests ROUNDS times at once; every digest must equal the first. Run
 * plain by `make test`, and built with -fsanitize=thread against a
 * ThreadSanitizer build of the extension, which also reports data races.
 *
 * usage: threads path/to/gongwen [page …]
 */
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define THREADS   6
#define ROUNDS    4
#define MAX_PAGES 16

static const char *digest_sql =
    "WITH s AS (SELECT body FROM gw_speeches(?1)) SELECT "
    "(SELECT count(*) || ':' || total(length(body)) FROM s) || '|' || "
    "(SELECT count(*) || ':' || total(d.pos + d.len + d.depth) FROM s, gw_directives(s.body) d)"
    " || '|' || "
    "(SELECT count(*) || ':' || total(n.pos) FROM s, gw_numbers(s.body) n) || '|' || "
    "(SELECT count(*) || ':' || total(q.len) FROM s, gw_quotes(s.body) q) || '|' || "
    "(SELECT count(*) FROM s, gw_words(s.body)) || '|' || "
    "(SELECT count(*) FROM s, gw_sentences(s.body)) || '|' || "
    "(SELECT count(*) FROM s, gw_tokens(s.body)) || '|' || "
    "(SELECT count(*) || ':' || total(p.pos) || ':' || count(p.code) FROM s, gw_places(s.body) p)"
    " || '|' || "
    "(SELECT count(*) || ':' || total(m.pos) FROM s, gw_match(s.body, '疫情' || char(10) || '防控'"
    " || char(10) || '總書記' || char(10) || '新冠肺炎疫情') m) || '|' || "
    "(SELECT total(length(gw_simplify(body)) + length(gw_fold(body)) + "
    "length(gw_normalize(body)) + length(gw_outline(body)) + length(gw_script(body))) FROM s)";

static const char *fts_sql =
    "WITH m AS MATERIALIZED (SELECT highlight(t, 0, '[', ']') AS h FROM t WHERE t MATCH ?1) "
    "SELECT count(*) || ':' || total(length(h)) FROM m";

typedef struct job {
    const char *lib;        /* the extension */
    int npages;             /* pages */
    char *pages[MAX_PAGES]; /* their text */
    char *want[MAX_PAGES];  /* digests computed in one thread */
    char *want_fts[3];      /* FTS digests */
    int failures;           /* mismatches seen (under mu) */
    pthread_mutex_t mu;     /* guards failures */
} job;

static const char *queries[3] = {"\"核酸\"", "\"疫\"", "\"防控\" OR \"總書記\""};

static char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *p = malloc((size_t)n + 1);
    if (p && fread(p, 1, (size_t)n, f) != (size_t)n) {
        free(p);
        p = NULL;
    }
    if (p) p[n] = 0;
    fclose(f);
    return p;
}

static sqlite3 *open_db(const char *lib) {
    sqlite3 *db;
    char *err = NULL;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) return NULL;
    sqlite3_enable_load_extension(db, 1);
    if (sqlite3_load_extension(db, lib, NULL, &err) != SQLITE_OK) {
        fprintf(stderr, "threads: cannot load %s: %s\n", lib, err ? err : "?");
        sqlite3_free(err);
        sqlite3_close(db);
        return NULL;
    }
    return db;
}

/* One text value of sql with ?1 bound to arg; malloc'd, or NULL on error. */
static char *one(sqlite3 *db, const char *sql, const char *arg) {
    sqlite3_stmt *st;
    char *out = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        fprintf(stderr, "threads: %s\n", sqlite3_errmsg(db));
        return NULL;
    }
    sqlite3_bind_text(st, 1, arg, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        out = strdup((const char *)sqlite3_column_text(st, 0));
    else
        fprintf(stderr, "threads: %s\n", sqlite3_errmsg(db));
    sqlite3_finalize(st);
    return out;
}

/* Builds an FTS5 table of the pages' speech bodies on db. */
static int fill_fts(sqlite3 *db, job *j) {
    if (sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='gongwen')", NULL, NULL,
                     NULL) != SQLITE_OK)
        return 0;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "INSERT INTO t(body) SELECT body FROM gw_speeches(?1)", -1, &st,
                           NULL) != SQLITE_OK)
        return 0;
    for (int i = 0; i < j->npages; i++) {
        sqlite3_bind_text(st, 1, j->pages[i], -1, SQLITE_STATIC);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    return 1;
}

static void fail(job *j, const char *what, const char *got, const char *want) {
    pthread_mutex_lock(&j->mu);
    j->failures++;
    printf("FAIL %s: got %s, want %s\n", what, got ? got : "(error)", want ? want : "(error)");
    pthread_mutex_unlock(&j->mu);
}

static void *worker(void *arg) {
    job *j = arg;
    for (int r = 0; r < ROUNDS; r++) {
        sqlite3 *db = open_db(j->lib);
        if (!db) {
            fail(j, "open", NULL, "a connection");
            return NULL;
        }
        for (int i = 0; i < j->npages; i++) {
            char *got = one(db, digest_sql, j->pages[i]);
            if (!got || strcmp(got, j->want[i]) != 0) fail(j, "digest", got, j->want[i]);
            free(got);
        }
        if (fill_fts(db, j)) {
            for (int q = 0; q < 3; q++) {
                char *got = one(db, fts_sql, queries[q]);
                if (!got || strcmp(got, j->want_fts[q]) != 0)
                    fail(j, queries[q], got, j->want_fts[q]);
                free(got);
            }
        } else {
            fail(j, "fts5 table", NULL, "created");
        }
        sqlite3_close(db);
    }
    return NULL;
}

int main(int argc, char **argv) {
    static job j;
    if (argc < 3) {
        fprintf(stderr, "usage: threads path/to/gongwen page…\n");
        return 2;
    }
    j.lib = argv[1];
    pthread_mutex_init(&j.mu, NULL);
    for (int i = 2; i < argc && j.npages < MAX_PAGES; i++) {
        j.pages[j.npages] = read_file(argv[i]);
        if (!j.pages[j.npages]) {
            fprintf(stderr, "threads: cannot read %s\n", argv[i]);
            return 2;
        }
        j.npages++;
    }
    sqlite3 *db = open_db(j.lib);
    if (!db) return 2;
    int passed = 0;
    for (int i = 0; i < j.npages; i++) {
        j.want[i] = one(db, digest_sql, j.pages[i]);
        if (!j.want[i]) return 2;
    }
    if (!fill_fts(db, &j)) {
        fprintf(stderr, "threads: %s\n", sqlite3_errmsg(db));
        return 2;
    }
    for (int q = 0; q < 3; q++)
        if (!(j.want_fts[q] = one(db, fts_sql, queries[q]))) return 2;
    sqlite3_close(db);

    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++)
        pthread_create(&t[i], NULL, worker, &j);
    for (int i = 0; i < THREADS; i++)
        pthread_join(t[i], NULL);
    passed = THREADS * ROUNDS * (j.npages + 3) - j.failures;
    for (int i = 0; i < j.npages; i++)
        free(j.pages[i]), free(j.want[i]);
    for (int q = 0; q < 3; q++)
        free(j.want_fts[q]);
    printf("threads: %d passed, %d failed\n", passed, j.failures);
    return j.failures ? 1 : 0;
}
