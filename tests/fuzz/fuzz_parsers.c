/*
 * fuzz_parsers.c — one fuzz target for every parser: whatever the bytes, no
 * crash, no hang, no leak, no out-of-bounds access, and every row's position
 * inside its input.
 *
 * Built two ways:
 *   make fuzz                 libFuzzer (clang -fsanitize=fuzzer), seeded with fixtures/pages
 *   make test                 replay.c drives it over the fixtures, mutations of them and
 *                             pathological inputs, under ASan + UBSan
 */
#include "decode.h"
#include "directives.h"
#include "env.h"
#include "fold.h"
#include "html.h"
#include "match.h"
#include "numbers.h"
#include "numeral.h"
#include "page.h"
#include "places.h"
#include "quotes.h"
#include "reuse.h"
#include "segment.h"
#include "speeches.h"
#include "tokens.h"
#include "words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

/* A row's span must lie inside the input of nchars characters. */
#define SPAN_OK(row, nchars)                                                                       \
    ((row)->pos >= 1 && (row)->len >= 0 && (row)->pos - 1 + (row)->len <= (int64_t)(nchars))

static void bad(const char *what) {
    fprintf(stderr, "fuzz: %s\n", what);
    abort();
}

/* How many checks passed (replay.c reports them); a failed one aborts. */
long fuzz_checks;

/* One check: what must hold, and what failed when it does not. */
#define EXPECT(ok, what)                                                                           \
    do {                                                                                           \
        if (!(ok)) bad(what);                                                                      \
        fuzz_checks++;                                                                             \
    } while (0)

/* Runs parse over text and checks every row's span with check(). */
typedef int (*parse_fn)(const gw_args *, gw_rows *, gw_error *);

static void run_table(parse_fn parse, size_t row_size, const gw_arg *args, int nargs, gw_env *env,
                      size_t nchars, size_t span_offset, const char *name) {
    gw_rows rows;
    gw_error err;
    memset(&err, 0, sizeof err);
    gw_rows_init(&rows, row_size);
    gw_args in = {args, nargs, env, NULL};
    int rc = parse(&in, &rows, &err);
    if (rc == GW_OK) {
        for (size_t i = 0; i < rows.n; i++) {
            const char *row = gw_rows_at(&rows, i);
            int64_t pos, len;
            memcpy(&pos, row + span_offset, sizeof pos);
            memcpy(&len, row + span_offset + sizeof pos, sizeof len);
            EXPECT(pos >= 1 && len >= 0 && (size_t)(pos - 1 + len) <= nchars, name);
        }
    }
    gw_rows_free(&rows);
}

static void run_text(const char *s, size_t n) {
    size_t nchars = gw_char_count(s, n);
    gw_env *env = gw_env_new();
    if (!env) return;
    gw_arg args[2];
    memset(args, 0, sizeof args);
    args[0].present = 1;
    args[0].s = s;
    args[0].n = n;
    run_table(gw_parse_speeches, sizeof(gw_speech), args, 1, env, nchars, offsetof(gw_speech, pos),
              "gw_speeches span");
    run_table(gw_parse_directives, sizeof(gw_directive), args, 1, env, nchars,
              offsetof(gw_directive, pos), "gw_directives span");
    run_table(gw_parse_numbers, sizeof(gw_number), args, 1, env, nchars, offsetof(gw_number, pos),
              "gw_numbers span");
    run_table(gw_parse_quotes, sizeof(gw_quote), args, 1, env, nchars, offsetof(gw_quote, pos),
              "gw_quotes span");
    run_table(gw_parse_sentences, sizeof(gw_sentence), args, 1, env, nchars,
              offsetof(gw_sentence, pos), "gw_sentences span");
    run_table(gw_parse_words, sizeof(gw_word), args, 1, env, nchars, offsetof(gw_word, pos),
              "gw_words span");
    {
        /* the input as a list of terms too, and the words of the input with them */
        gw_error terr;
        memset(&terr, 0, sizeof terr);
        void *terms = gw_terms_compile(s, n, &terr);
        if (terms) {
            gw_rows rows;
            gw_rows_init(&rows, sizeof(gw_word));
            gw_args in = {args, 1, env, terms};
            if (gw_parse_words(&in, &rows, &terr) == GW_OK)
                for (size_t i = 0; i < rows.n; i++) {
                    const gw_word *w = gw_rows_at(&rows, i);
                    if (!SPAN_OK(w, nchars)) bad("gw_words with terms span");
                }
            gw_rows_free(&rows);
            gw_rows_init(&rows, sizeof(gw_keyword));
            gw_parse_keywords(&in, &rows, &terr);
            gw_rows_free(&rows);
            gw_terms_release(terms);
        }
    }
    run_table(gw_parse_tokens, sizeof(gw_token), args, 1, env, nchars, offsetof(gw_token, pos),
              "gw_tokens span");
    args[1].present = 1;
    args[1].s = "query";
    args[1].n = 5;
    run_table(gw_parse_tokens, sizeof(gw_token), args, 2, env, nchars, offsetof(gw_token, pos),
              "gw_tokens query span");
    gw_arg pair[3];
    memset(pair, 0, sizeof pair);
    pair[0] = args[0];
    pair[1].present = 1; /* the text against its second half */
    pair[1].s = s + n / 2;
    pair[1].n = n - n / 2;
    while (pair[1].n && ((unsigned char)*pair[1].s & 0xC0) == 0x80)
        pair[1].s++, pair[1].n--;
    pair[2].present = 1;
    pair[2].i = 4;
    run_table(gw_parse_overlap, sizeof(gw_passage), pair, 3, env, nchars,
              offsetof(gw_passage, a_pos), "gw_overlap span");
    /* the HTML path: the visible text and its hints, and the speeches on it
     * (spans on the visible text) */
    gw_html h;
    gw_error herr0;
    memset(&herr0, 0, sizeof herr0);
    if (gw_html_text(s, n, &h, &herr0) == GW_OK) {
        size_t hat;
        EXPECT(gw_utf8_check(h.text, h.n, &hat) == GW_OK, "gw_html_text returned invalid UTF-8");
        EXPECT(!(h.title_b > h.title_e || h.title_e > h.n || h.title_line > h.n),
               "gw_html_text title");
        gw_arg ha[2];
        memset(ha, 0, sizeof ha);
        ha[0] = args[0];
        ha[1].present = 1;
        ha[1].s = "html";
        ha[1].n = 4;
        run_table(gw_parse_page_speeches, sizeof(gw_speech), ha, 2, env, gw_char_count(h.text, h.n),
                  offsetof(gw_speech, pos), "gw_speeches html span");
        free(h.text);
    }
    run_table(gw_parse_places, sizeof(gw_place), args, 1, env, nchars, offsetof(gw_place, pos),
              "gw_places span");
    pair[1].present = 1; /* the text's second half as terms, one a line */
    run_table(gw_parse_match, sizeof(gw_match_row), pair, 2, env, nchars,
              offsetof(gw_match_row, pos), "gw_match span");
    gw_env_free(env);
    unsigned char sig[GW_MINHASH_BYTES];
    memset(sig, 0, sizeof sig);
    gw_error herr;
    memset(&herr, 0, sizeof herr);
    if (gw_minhash(s, n, sig, &herr) == GW_OK)
        EXPECT(gw_similarity(sig, sizeof sig, sig, sizeof sig) == 1.0,
               "gw_similarity of a signature with itself");
    /* the bands of the signature, and of the input's own bytes as a would-be signature */
    gw_arg band_args[2];
    memset(band_args, 0, sizeof band_args);
    band_args[0].present = 1;
    band_args[0].s = (const char *)sig;
    band_args[0].n = sizeof sig;
    band_args[1].present = 1;
    band_args[1].i = n % 2 ? 16 : (int64_t)n % 130;
    for (int pass = 0; pass < 2; pass++) {
        gw_rows rows;
        gw_rows_init(&rows, sizeof(gw_band));
        gw_args in = {band_args, 2, NULL, NULL};
        memset(&herr, 0, sizeof herr);
        gw_parse_minhash_bands(&in, &rows, &herr);
        gw_rows_free(&rows);
        band_args[0].s = s;
        band_args[0].n = n;
    }

    gw_error err;
    size_t out_n;
    char *out;
    memset(&err, 0, sizeof err);
    out = gw_normalize(s, n, &out_n, &err);
    free(out);
    out = gw_simplify(s, n, &out_n, &err);
    free(out);
    size_t *map = NULL;
    out = gw_fold(s, n, &out_n, &map, &err);
    if (out && map)
        for (size_t i = 0; i <= out_n; i++)
            EXPECT(map[i] <= n, "gw_fold map");
    free(out);
    free(map);
    out = gw_outline(s, n, &out_n, &err);
    free(out);
    (void)gw_script(s, n);
    (void)gw_number_value(s, n);
    for (size_t i = 0; i < n && i < 64; i++) {
        gw_numeral r = gw_numeral_scan(s + i, n - i);
        EXPECT(r.len <= n - i, "gw_numeral_scan length");
    }
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    gw_error err;
    memset(&err, 0, sizeof err);
    size_t n = 0;
    char *text = gw_decode(data, size, NULL, &n, &err);
    if (text) {
        size_t at;
        EXPECT(gw_utf8_check(text, n, &at) == GW_OK, "gw_decode returned invalid UTF-8");
        run_text(text, n);
        free(text);
    }
    /* the bytes themselves, when they are valid UTF-8 without NUL */
    size_t at;
    if (gw_utf8_check((const char *)data, size, &at) == GW_OK) {
        char *copy = malloc(size + 1);
        if (!copy) return 0;
        memcpy(copy, data, size);
        copy[size] = 0;
        run_text(copy, size);
        free(copy);
    }
    static const char *charsets[] = {"GB18030", "Big5", "UTF-16LE", "UTF-8", "nonsense"};
    for (size_t i = 0; i < sizeof charsets / sizeof charsets[0]; i++) {
        memset(&err, 0, sizeof err);
        free(gw_decode(data, size, charsets[i], &n, &err));
    }
    return 0;
}
