/*
 * check.h — the smallest unit-test harness: CHECK(cond) and friends count
 * passes and failures; check_done() prints "N passed, N failed" and returns
 * the exit status. Failures print file:line and what was expected.
 */
#ifndef GW_CHECK_H
#define GW_CHECK_H

#include <dirent.h>
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

/* The fixture pages, for a test that runs over every one: the paths of the
 * *.txt files in fixtures/pages/, found by listing the folder, in name order
 * (so a page added there is tested everywhere); their number in *n.
 *     size_t npages;
 *     const char *const *pages = check_pages(&npages);  */
static inline const char *const *check_pages(size_t *n) {
    static char paths[256][300];
    static const char *list[257];
    static size_t count;
    if (!count) {
        DIR *d = opendir("fixtures/pages");
        struct dirent *e;
        while (d && (e = readdir(d)) != NULL && count < 256) {
            size_t l = strlen(e->d_name);
            if (l < 5 || l > 250 || strcmp(e->d_name + l - 4, ".txt") != 0) continue;
            snprintf(paths[count], sizeof paths[count], "fixtures/pages/%s", e->d_name);
            list[count] = paths[count];
            count++;
        }
        if (d) closedir(d);
        for (size_t i = 1; i < count; i++) /* in name order */
            for (size_t j = i; j > 0 && strcmp(list[j - 1], list[j]) > 0; j--) {
                const char *t = list[j];
                list[j] = list[j - 1];
                list[j - 1] = t;
            }
    }
    *n = count;
    return list;
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
