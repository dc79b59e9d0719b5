/*
 * test_tokens.c — the search tokens: what the FTS5 tokenizer `gongwen`
 * indexes (document mode) and looks up (query mode), with original offsets.
 */
#include "check.h"
#include "env.h"
#include "tokens.h"

#include <stdlib.h>
#include <string.h>

/* Tokens of s as one string "token@start-end[c]" joined by spaces. */
typedef struct sink {
    char buf[4096];
    size_t n;
    int count;
    int stop_after; /* stop when count reaches it (0: never) */
} sink;

static int put(void *ctx, const char *tok, size_t n, size_t start, size_t end, int colocated) {
    sink *k = ctx;
    k->count++;
    if (k->n + n + 40 < sizeof k->buf)
        k->n += (size_t)snprintf(k->buf + k->n, sizeof k->buf - k->n, "%s%.*s@%zu-%zu%s",
                                 k->n ? " " : "", (int)n, tok, start, end, colocated ? "c" : "");
    return k->stop_after && k->count >= k->stop_after ? 99 : 0;
}

static const char *toks(const char *s, size_t n, int flags) {
    static sink k;
    memset(&k, 0, sizeof k);
    gw_error err = {0, 0, {0}};
    CHECK_INT(gw_tokenize(s, n, flags, put, &k, &err), 0);
    return k.buf;
}
#define TOKS(s, flags) toks(s, sizeof(s) - 1, flags)

static void test_document(void) {
    /* the contract's example: unigrams at their own characters, bigrams colocated */
    CHECK_STR(TOKS("抓好核酸", 0), strlen(TOKS("抓好核酸", 0)),
              "抓@0-3 抓好@0-6c 好@3-6 好核@3-9c 核@6-9 核酸@6-12c 酸@9-12");
    /* no gram crosses punctuation, space, Latin or digits */
    CHECK_STR(TOKS("防控，疫情", 0), strlen(TOKS("防控，疫情", 0)),
              "防@0-3 防控@0-6c 控@3-6 疫@9-12 疫情@9-15c 情@12-15");
    CHECK_STR(TOKS("GDP增长2.3%", 0), strlen(TOKS("GDP增长2.3%", 0)),
              "gdp@0-3 增@3-6 增长@3-9c 长@6-9 2@9-10 3@11-12");
    CHECK_STR(TOKS("核 酸", 0), strlen(TOKS("核 酸", 0)), "核@0-3 酸@4-7");
    /* words of other scripts are whole tokens, lower-cased */
    CHECK_STR(TOKS("COVID-19 Ärzte", 0), strlen(TOKS("COVID-19 Ärzte", 0)),
              "covid@0-5 19@6-8 ärzte@9-15");
    CHECK_STR(TOKS("", 0), 0, "");
    CHECK_STR(TOKS("，。！", 0), 0, "");
}

static void test_query(void) {
    /* n−1 bigrams, then the last character's unigram */
    CHECK_STR(TOKS("核酸检测", GW_TOK_QUERY), strlen(TOKS("核酸检测", GW_TOK_QUERY)),
              "核酸@0-6 酸检@3-9 检测@6-12 测@9-12");
    CHECK_STR(TOKS("检", GW_TOK_QUERY), strlen(TOKS("检", GW_TOK_QUERY)), "检@0-3");
    CHECK_STR(TOKS("防控 gdp", GW_TOK_QUERY), strlen(TOKS("防控 gdp", GW_TOK_QUERY)),
              "防控@0-6 控@3-6 gdp@7-10");
}

static void test_unigram(void) {
    /* the smaller scheme: unigrams, and a gap token where a separator falls */
    CHECK_STR(TOKS("防控，疫情", GW_TOK_UNIGRAM), strlen(TOKS("防控，疫情", GW_TOK_UNIGRAM)),
              "防@0-3 控@3-6 |@6-9 疫@9-12 情@12-15");
    CHECK_STR(TOKS("，防控", GW_TOK_UNIGRAM), strlen(TOKS("，防控", GW_TOK_UNIGRAM)),
              "防@3-6 控@6-9");
}

static void test_bad_bytes(void) {
    /* invalid UTF-8 and NUL separate runs, and are never read as text */
    CHECK_STR(TOKS("核\xFF酸", 0), strlen(TOKS("核\xFF酸", 0)), "核@0-3 酸@4-7");
    CHECK_STR(TOKS("ab\0cd", 0), strlen(TOKS("ab\0cd", 0)), "ab@0-2 cd@3-5");
    CHECK_STR(TOKS("核\xE4\xB8", 0), strlen(TOKS("核\xE4\xB8", 0)), "核@0-3");
    CHECK_STR(TOKS("\xE4", 0), 0, "");
}

static void test_stop(void) {
    /* the callback's non-zero value stops the scan and is returned */
    sink k;
    memset(&k, 0, sizeof k);
    k.stop_after = 2;
    gw_error err = {0, 0, {0}};
    CHECK_INT(gw_tokenize("核酸检测", strlen("核酸检测"), 0, put, &k, &err), 99);
    CHECK_INT(k.count, 2);
}

static void test_big(void) {
    /* a long unbroken Han run and a long word: linear, no crash */
    size_t n = 3 * 200000;
    char *s = malloc(n + 1);
    for (size_t i = 0; i < n; i += 3)
        memcpy(s + i, "疫", 3);
    s[n] = 0;
    sink k;
    memset(&k, 0, sizeof k);
    gw_error err = {0, 0, {0}};
    CHECK_INT(gw_tokenize(s, n, 0, put, &k, &err), 0);
    CHECK_INT(k.count, 2 * 200000 - 1);
    memset(s, 'x', n);
    memset(&k, 0, sizeof k);
    CHECK_INT(gw_tokenize(s, n, 0, put, &k, &err), 0);
    CHECK_INT(k.count, 1);
    free(s);
}

static void test_rows(void) {
    /* gw_tokens: positions in characters, 1-based */
    gw_env *env = gw_env_new();
    gw_arg a[2] = {{1, "GDP增长", strlen("GDP增长"), 0}, {1, "query", 5, 0}};
    gw_args in = {a, 2, env, NULL};
    gw_rows rows;
    gw_rows_init(&rows, sizeof(gw_token));
    gw_error err = {0, 0, {0}};
    CHECK_INT(gw_parse_tokens(&in, &rows, &err), GW_OK);
    CHECK_INT(rows.n, 3);
    if (rows.n == 3) {
        const gw_token *t = gw_rows_at(&rows, 1);
        CHECK_STR(t->token.p, t->token.n, "增长");
        CHECK_INT(t->pos, 4);
        CHECK_INT(t->len, 2);
        CHECK_INT(t->colocated, 0);
    }
    gw_rows_free(&rows);
    gw_rows_init(&rows, sizeof(gw_token));
    a[1].s = "Query";
    a[1].n = 5;
    CHECK_INT(gw_parse_tokens(&in, &rows, &err), GW_EARG);
    CHECK(strstr(err.msg, "'document' or 'query'") != NULL);
    gw_rows_free(&rows);
    gw_env_free(env);
}

int main(void) {
    test_document();
    test_query();
    test_unigram();
    test_bad_bytes();
    test_stop();
    test_big();
    test_rows();
    return check_done("test_tokens");
}
