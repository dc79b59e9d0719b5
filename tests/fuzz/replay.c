/*
 * replay.c — drives fuzz_parsers.c without libFuzzer, deterministically: each
 * file named on the command line as it is, cut short at several points, with
 * bytes flipped by a fixed-seed generator, and a set of pathological inputs
 * (deep nesting, absurd numerals, huge lines, lone marks, HTML bombs). Run by make test
 * under ASan + UBSan; prints "fuzz: N passed, N failed", N passed being the
 * checks the target made (a failed check aborts the run).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

/* The checks the fuzz target made and passed (a failed one aborts). */
extern long fuzz_checks;

static int runs;

static void one(const unsigned char *p, size_t n) {
    LLVMFuzzerTestOneInput(p, n);
    runs++;
}

/* s repeated until n bytes (whole copies only), plus tail. */
static void repeat(const char *s, size_t n, const char *tail) {
    size_t l = strlen(s), t = strlen(tail);
    size_t count = n / l;
    unsigned char *p = malloc(count * l + t + 1);
    if (!p) return;
    for (size_t i = 0; i < count; i++)
        memcpy(p + i * l, s, l);
    memcpy(p + count * l, tail, t);
    one(p, count * l + t);
    free(p);
}

static void pathological(void) {
    repeat("（", 300000, "一");
    repeat("“", 300000, "");
    repeat("《", 100000, "》");
    repeat("一、（一）1.（1）①一是第一，首先，一方面，\n", 200000, "同志们");
    repeat("——", 100000, "");
    repeat("\n——一是。", 100000, "");
    repeat("九", 30000, "亿元");
    repeat("亿", 30000, "");
    repeat("一万", 20000, "人");
    repeat("9", 100000, ".5%");
    repeat("1,", 50000, "000");
    repeat("零点", 10000, "五");
    repeat("百分之", 10000, "十");
    repeat("X", 50000, "年X月X日");
    repeat("5-", 50000, "7天");
    repeat("3人", 300000, ""); /* many mentions in one clause-less line */
    repeat("1 ", 300000, "");
    repeat("X年", 300000, "");
    repeat("【篇1】", 50000, "");
    repeat("\xE3\x80\x80", 300000, "讲话");
    repeat("阅读全文\n", 100000, "");
    repeat("a", 1000000, "");
    repeat("習近平總書記", 600000, "");
    repeat("\r", 100000, "\n");
    repeat("\xEF\xBB\xBF", 3000, "");
    repeat("\xFF\xFE", 10000, "");
    repeat("\xD2\xDF\xC7\xE9", 200000, "\x80");
    /* HTML */
    repeat("<div>", 200000, "底");
    repeat("<font><p>", 200000, "x");
    repeat("</div></p>", 200000, "x");
    repeat("<p a=1", 60000, ">");
    repeat("<!--", 100000, "");
    repeat("<html><script>", 50000, "");
    repeat("&#x110000;&#0;&#xD800;&bogus;", 50000, "");
    repeat("<li><a href=x>链接</a>", 100000, "");
    repeat("<html><title>", 50000, "");
    one((const unsigned char *)"", 0);
    one((const unsigned char *)"\0", 1);
}

static int replay_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return 0;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *p = malloc((size_t)n + 1);
    if (!p || fread(p, 1, (size_t)n, f) != (size_t)n) {
        fclose(f);
        free(p);
        return 0;
    }
    fclose(f);
    one(p, (size_t)n);
    for (int k = 1; k < 8; k++) /* cut short, often inside a character */
        one(p, (size_t)n * (size_t)k / 8 + (size_t)k);
    unsigned long seed = 12345;
    for (int k = 0; k < 12; k++) { /* bytes flipped */
        unsigned char *q = malloc((size_t)n + 1);
        if (!q) break;
        memcpy(q, p, (size_t)n);
        for (int j = 0; j < 1 + k * 3 && n > 0; j++) {
            seed = seed * 6364136223846793005UL + 1442695040888963407UL;
            q[(seed >> 33) % (unsigned long)n] ^= (unsigned char)(1u << ((seed >> 20) & 7));
        }
        one(q, (size_t)n);
        free(q);
    }
    free(p);
    return 1;
}

int main(int argc, char **argv) {
    int failed = 0;
    for (int i = 1; i < argc; i++)
        if (!replay_file(argv[i])) {
            fprintf(stderr, "fuzz: cannot read %s\n", argv[i]);
            failed++;
        }
    pathological();
    /* passes are checks, not runs: a run that checked nothing passed nothing */
    fprintf(stderr, "fuzz: %d inputs\n", runs);
    printf("fuzz: %ld passed, %d failed\n", fuzz_checks, failed);
    return failed ? 1 : 0;
}
