/*
 * oom.c — every allocation failure is an error, never a wrong result, a
 * crash or a leak.
 *
 * The extension is compiled into this program (-DSQLITE_CORE) under
 * AddressSanitizer. Every allocation is counted, wherever it comes from:
 * SQLite's through SQLITE_CONFIG_MALLOC, ICU's through u_setMemoryFunctions,
 * libxml2's through xmlMemSetup,
 * the extension's own malloc/calloc/realloc and utf8proc_map through the
 * linker's --wrap. For each case (a function over a fixture page, or loading
 * the extension), a run without faults gives the number of allocations N and
 * a digest of every row; then for n in 1..N the n-th allocation fails and
 * the run must end with SQLITE_NOMEM or with the same digest. ASan reports
 * any bad access, LeakSanitizer any leak at exit.
 *
 * usage: oom [-sample K] page…   K: only every K-th n (and the last ones);
 *        prints "oom: N passed, N failed" (each case is one check)
 */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/xmlmemory.h>
#include <unicode/uclean.h>
#include <unicode/ucsdet.h>
#include <unicode/utypes.h>
#include <utf8proc.h>

int sqlite3_gongwen_init(sqlite3 *db, char **err, const sqlite3_api_routines *api);

/* ---- the fault: the n-th allocation from now fails -------------------- */

static long alloc_count; /* allocations since the fault was armed */
static long fail_at;     /* the one to fail (1-based); 0: none */
static int armed;        /* counting */
static int fired;        /* the fault happened */
static int icu_faults;   /* 0: ICU's allocations are not made to fail (see below) */

static int fault(void) {
    if (!armed) return 0;
    if (++alloc_count == fail_at) {
        fired = 1;
        return 1;
    }
    return 0;
}

void *__real_malloc(size_t n);
void *__real_calloc(size_t k, size_t n);
void *__real_realloc(void *p, size_t n);
utf8proc_ssize_t __real_utf8proc_map(const utf8proc_uint8_t *s, utf8proc_ssize_t n,
                                     utf8proc_uint8_t **out, utf8proc_option_t options);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t k, size_t n);
void *__wrap_realloc(void *p, size_t n);
utf8proc_ssize_t __wrap_utf8proc_map(const utf8proc_uint8_t *s, utf8proc_ssize_t n,
                                     utf8proc_uint8_t **out, utf8proc_option_t options);

void *__wrap_malloc(size_t n) {
    return fault() ? NULL : __real_malloc(n);
}
void *__wrap_calloc(size_t k, size_t n) {
    return fault() ? NULL : __real_calloc(k, n);
}
void *__wrap_realloc(void *p, size_t n) {
    return fault() ? NULL : __real_realloc(p, n);
}
utf8proc_ssize_t __wrap_utf8proc_map(const utf8proc_uint8_t *s, utf8proc_ssize_t n,
                                     utf8proc_uint8_t **out, utf8proc_option_t options) {
    if (fault()) {
        *out = NULL;
        return UTF8PROC_ERROR_NOMEM;
    }
    return __real_utf8proc_map(s, n, out, options);
}

/* SQLite's allocator, with the fault in front. */
static sqlite3_mem_methods sqlite_mem;
static void *sq_malloc(int n) {
    return fault() ? NULL : sqlite_mem.xMalloc(n);
}
static void *sq_realloc(void *p, int n) {
    return fault() ? NULL : sqlite_mem.xRealloc(p, n);
}

/* ICU's allocator. */
static void *U_CALLCONV icu_alloc(const void *ctx, size_t n) {
    (void)ctx;
    return icu_faults && fault() ? NULL : __real_malloc(n);
}
static void *U_CALLCONV icu_realloc(const void *ctx, void *p, size_t n) {
    (void)ctx;
    return icu_faults && fault() ? NULL : __real_realloc(p, n);
}
static void U_CALLCONV icu_free(const void *ctx, void *p) {
    (void)ctx;
    free(p);
}

/* ICU 72's charset detector cannot be tested so either: when the allocation
 * of its input buffer fails, ucsdet_open() returns a detector and no error,
 * and the first ucsdet_setText() crashes. ICU's allocations do not fail
 * while it opens one. */
#define GW_CAT2(a, b) a##b
#define GW_CAT(a, b)  GW_CAT2(a, b)
#define WRAP(f)       GW_CAT(__wrap_##f, U_ICU_VERSION_SUFFIX)
#define REAL(f)       GW_CAT(__real_##f, U_ICU_VERSION_SUFFIX)
UCharsetDetector *REAL(ucsdet_open)(UErrorCode *status);
UCharsetDetector *WRAP(ucsdet_open)(UErrorCode *status);
UCharsetDetector *WRAP(ucsdet_open)(UErrorCode *status) {
    int saved = icu_faults;
    icu_faults = 0;
    UCharsetDetector *d = REAL(ucsdet_open)(status);
    icu_faults = saved;
    return d;
}

/* libxml2's allocator. */
static void *xml_malloc(size_t n) {
    return fault() ? NULL : __real_malloc(n);
}
static void *xml_realloc(void *p, size_t n) {
    return fault() ? NULL : __real_realloc(p, n);
}
static char *xml_strdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *p = fault() ? NULL : __real_malloc(n);
    if (p) memcpy(p, s, n);
    return p;
}

/* ---- the cases --------------------------------------------------------- */

/* What each case runs on a page (?1, as TEXT) — every function. ICU's
 * break iterators cannot be tested so: ubrk_next() has no error code, and
 * when an allocation fails inside it, ICU 72 either cuts the text elsewhere
 * without a word or crashes (CjkBreakEngine); the cases of gw_sentences and
 * gw_words (the first two, below) make only SQLite's, libc's and utf8proc's
 * allocations fail. */
#define ICU_BREAK_CASES 2
static const char *queries[] = {
    "SELECT * FROM gw_sentences(?1)",
    "SELECT * FROM gw_words(?1)",
    "SELECT * FROM gw_speeches(?1)",
    "SELECT * FROM gw_directives(?1)",
    "SELECT * FROM gw_numbers(?1)",
    "SELECT * FROM gw_quotes(?1)",
    "SELECT * FROM gw_tokens(?1, 'query')",
    "SELECT * FROM gw_tokens(?1)",
    "SELECT * FROM gw_overlap(?1, substr(?1, length(?1) / 3))",
    "SELECT gw_normalize(?1), gw_simplify(?1), gw_fold(?1), gw_script(?1), gw_number(?1)",
    "SELECT gw_outline(?1), hex(gw_minhash(?1)), gw_similarity(gw_minhash(?1), "
    "gw_minhash(substr(?1, 9)))",
    "SELECT gw_decode(CAST(?1 AS BLOB)), gw_decode_error(CAST(?1 AS BLOB))",
};

/* Loading: every registration, then a use of each kind. */
static const char *load_query = "CREATE VIRTUAL TABLE temp.f USING fts5(body, tokenize='gongwen'); "
                                "INSERT INTO temp.f VALUES (?1); "
                                "SELECT count(*) FROM temp.f WHERE f MATCH '核酸'";

static uint64_t fnv(uint64_t h, const void *p, size_t n) {
    const unsigned char *u = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ u[i]) * 0x100000001B3ULL;
    return h;
}

/* One run of sql (one or more statements) on text; the last result code and
 * the digest of every row. */
static int run_sql(sqlite3 *db, const char *sql, const char *text, size_t n, int blob,
                   uint64_t *digest) {
    const char *tail = sql;
    uint64_t h = 0xCBF29CE484222325ULL;
    int rc = SQLITE_OK;
    while (rc == SQLITE_OK && tail && *tail) {
        sqlite3_stmt *st = NULL;
        rc = sqlite3_prepare_v2(db, tail, -1, &st, &tail);
        if (rc != SQLITE_OK || !st) break;
        if (blob)
            rc = sqlite3_bind_blob(st, 1, text, (int)n, SQLITE_STATIC);
        else if (sqlite3_bind_parameter_count(st) > 0)
            rc = sqlite3_bind_text(st, 1, text, (int)n, SQLITE_STATIC);
        while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
            rc = SQLITE_OK;
            for (int c = 0; c < sqlite3_column_count(st); c++) {
                const void *v = sqlite3_column_blob(st, c);
                int k = sqlite3_column_bytes(st, c);
                int t = sqlite3_column_type(st, c);
                if (!v && k > 0) { /* the value could not be had: out of memory */
                    rc = SQLITE_NOMEM;
                    break;
                }
                h = fnv(h, &t, sizeof t);
                h = fnv(h, v ? v : "", (size_t)k);
            }
        }
        if (rc == SQLITE_DONE) rc = SQLITE_OK;
        int fin = sqlite3_finalize(st);
        if (rc == SQLITE_OK) rc = fin;
    }
    *digest = h;
    return rc;
}

typedef struct outcome {
    int rc;          /* SQLITE_OK or the error */
    uint64_t digest; /* of the rows, when SQLITE_OK */
    char msg[200];   /* the error message */
} outcome;

/* A run: open a connection, load the extension (faults armed before it when
 * at_load), run the case. */
static outcome one_run(const char *sql, const char *text, size_t n, int blob, int at_load,
                       long n_fail) {
    outcome o = {SQLITE_OK, 0, {0}};
    sqlite3 *db = NULL;
    alloc_count = 0;
    fail_at = n_fail;
    fired = 0;
    armed = 0;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
        o.rc = SQLITE_CANTOPEN;
        sqlite3_close(db);
        return o;
    }
    armed = at_load;
    char *err = NULL;
    o.rc = sqlite3_gongwen_init(db, &err, NULL);
    if (err) {
        snprintf(o.msg, sizeof o.msg, "%s", err);
        sqlite3_free(err);
    }
    armed = 1;
    if (o.rc == SQLITE_OK) {
        o.rc = run_sql(db, sql, text, n, blob, &o.digest);
        if (o.rc != SQLITE_OK) snprintf(o.msg, sizeof o.msg, "%s", sqlite3_errmsg(db));
    }
    armed = 0;
    sqlite3_close(db);
    return o;
}

static int passed, failed;

/* Every fault point of one case (every sample-th, plus the last few). */
static void one_case(const char *name, const char *sql, const char *text, size_t n, int blob,
                     int at_load, long sample) {
    outcome want = one_run(sql, text, n, blob, at_load, 0);
    long total = alloc_count;
    if (want.rc != SQLITE_OK) {
        printf("FAIL %s: without faults: %s\n", name, want.msg);
        failed++;
        return;
    }
    long bad = 0, nomem = 0, same = 0, runs = 0;
    for (long k = 1; k <= total; k++) {
        if (sample > 1 && k % sample != 1 && k < total - 3) continue;
        outcome got = one_run(sql, text, n, blob, at_load, k);
        runs++;
        if (!fired) continue; /* the run took another path and allocated less */
        if (got.rc == SQLITE_NOMEM) {
            nomem++;
        } else if (got.rc == SQLITE_OK && got.digest == want.digest) {
            same++;
        } else {
            if (bad++ < 5)
                printf("     %s: allocation %ld of %ld failed: %s (rc %d)\n", name, k, total,
                       got.rc == SQLITE_OK ? "a different result" : got.msg, got.rc);
        }
    }
    if (bad) {
        printf("FAIL %s: %ld of %ld runs wrong\n", name, bad, runs);
        failed++;
    } else {
        if (getenv("VERBOSE"))
            printf("ok   %s: %ld allocations, %ld runs: %ld out of memory, %ld right\n", name,
                   total, runs, nomem, same);
        passed++;
    }
}

static char *read_file(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *p = malloc((size_t)len + 1);
    if (p && fread(p, 1, (size_t)len, f) != (size_t)len) {
        free(p);
        p = NULL;
    }
    fclose(f);
    if (p) {
        p[len] = 0;
        *n = (size_t)len;
    }
    return p;
}

int main(int argc, char **argv) {
    long sample = 1;
    int first = 1;
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (argc > 2 && strcmp(argv[1], "-sample") == 0) {
        sample = atol(argv[2]);
        first = 3;
    }
    /* the allocators, before anything allocates */
    UErrorCode st = U_ZERO_ERROR;
    icu_faults = 1;
    u_setMemoryFunctions(NULL, icu_alloc, icu_realloc, icu_free, &st);
    if (U_FAILURE(st)) {
        fprintf(stderr, "oom: u_setMemoryFunctions: %s\n", u_errorName(st));
        return 2;
    }
    xmlMemSetup(free, xml_malloc, xml_realloc, xml_strdup);
    sqlite3_config(SQLITE_CONFIG_GETMALLOC, &sqlite_mem);
    sqlite3_mem_methods m = sqlite_mem;
    m.xMalloc = sq_malloc;
    m.xRealloc = sq_realloc;
    sqlite3_config(SQLITE_CONFIG_MALLOC, &m);
    sqlite3_initialize();

    for (int i = first; i < argc; i++) {
        size_t n = 0;
        char *text = read_file(argv[i], &n);
        if (!text) {
            printf("FAIL cannot read %s\n", argv[i]);
            failed++;
            continue;
        }
        const char *base = strrchr(argv[i], '/') ? strrchr(argv[i], '/') + 1 : argv[i];
        char name[300];
        if (strstr(argv[i], "encodings/")) { /* bytes in another charset: decoded */
            snprintf(name, sizeof name, "%s gw_decode", base);
            one_case(name,
                     "SELECT gw_decode(?1), gw_decode_error(?1), count(*) FROM "
                     "gw_speeches(?1)",
                     text, n, 1, 0, sample);
            free(text);
            continue;
        }
        if (i == first) {
            snprintf(name, sizeof name, "%s load", base);
            one_case(name, load_query, text, n, 0, 1, sample);
        }
        for (size_t q = 0; q < sizeof queries / sizeof queries[0]; q++) {
            snprintf(name, sizeof name, "%s %s", base, queries[q]);
            icu_faults = q >= ICU_BREAK_CASES;
            one_case(name, queries[q], text, n, 0, 0, sample);
        }
        icu_faults = 1;
        free(text);
    }
    u_cleanup();
    sqlite3_shutdown();
    printf("oom: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
