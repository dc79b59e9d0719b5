/*
 * check.h — the smallest unit-test harness: CHECK(cond) and friends count
 * passes and failures; check_done() prints "N passed, N failed" and returns
 * the exit status. Failures print file:line and what was expected.
 */
#ifndef GW_CHECK_H
#define GW_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (cond) {                                                                                \
            check_passed++;                                                                        \
        } else {                                                                                   \
            check_failed++;                                                                        \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);                                 \
        }                                                                                          \
    } while (0)

#define CHECK_INT(got, want)                                                                       \
    do {                                                                                           \
        long long g_ = (long long)(got), w_ = (long long)(want);                                   \
        if (g_ == w_) {                                                                            \
            check_passed++;                                                                        \
        } else {                                                                                   \
            check_failed++;                                                                        \
            printf("FAIL %s:%d: %s = %lld, want %lld\n", __FILE__, __LINE__, #got, g_, w_);        \
        }                                                                                          \
    } while (0)

/* Compares a (pointer, length) string with a C string; NULL means SQL NULL. */
#define CHECK_STR(p, n, want)                                                                      \
    do {                                                                                           \
        const char *p_ = (p), *w_ = (want);                                                        \
        size_t n_ = (n);                                                                           \
        int ok_ = (!p_ && !w_) || (p_ && w_ && n_ == strlen(w_) && memcmp(p_, w_, n_) == 0);       \
        if (ok_) {                                                                                 \
            check_passed++;                                                                        \
        } else {                                                                                   \
            check_failed++;                                                                        \
            printf("FAIL %s:%d: %s = \"%.*s\", want \"%s\"\n", __FILE__, __LINE__, #p,             \
                   p_ ? (int)n_ : 4, p_ ? p_ : "NULL", w_ ? w_ : "NULL");                          \
        }                                                                                          \
    } while (0)

/* The fixture pages, for a test that runs over every one:
 *     static const char *const pages[] = CHECK_PAGES;  */
#define CHECK_PAGES                                                                                \
    {                                                                                              \
        "fixtures/pages/000_499d58337f0f9ea4.txt", "fixtures/pages/001_cb69c79a23f59179.txt",      \
            "fixtures/pages/002_97d2d2bd06bfd8b1.txt", "fixtures/pages/003_7fc5e4630ff442c7.txt",  \
            "fixtures/pages/004_0971c2d1573ab3b5.txt"                                              \
    }

/* The whole file at path (tests run from the repository root), NUL-terminated,
 * malloc'd; its length in *n when n is not NULL. NULL when it cannot be read. */
static inline char *check_read(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, len = 0, k;
    char *p = malloc(cap + 1);
    while (p && (k = fread(p + len, 1, cap - len, f)) > 0) {
        len += k;
        if (len == cap) {
            char *q = realloc(p, cap * 2 + 1);
            if (!q) {
                free(p);
                p = NULL;
            }
            p = q;
            cap *= 2;
        }
    }
    fclose(f);
    if (!p) return NULL;
    p[len] = 0;
    if (n) *n = len;
    return p;
}

static int check_done(const char *name) {
    printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
    return check_failed ? 1 : 0;
}

#endif
