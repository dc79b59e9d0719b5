/*
 * fuzz_one.c — one libFuzzer target per parser: the same source built once
 * per parser with -DGW_TARGET=n (make fuzz builds build/fuzz/fuzz_NAME for
 * each NAME of targets[] below). Small inputs (make fuzz passes -max_len),
 * so that millions of runs go by; whatever the bytes: no crash, no leak, no
 * out-of-bounds access, every row's span inside its input, and a second run
 * on the same input giving the same rows.
 *
 * The bytes are read as UTF-8 when they are valid (else the target returns:
 * the decode target is the one that takes any bytes). The first byte picks
 * an option where a parser has one (the mode of gw_tokens, where gw_overlap's
 * second text starts and its min_chars, the terms of gw_match).
 */
#include "decode.h"
#include "directives.h"
#include "env.h"
#include "fold.h"
#include "html.h"
#include "match.h"
#include "numbers.h"
#include "numeral.h"
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

#ifndef GW_TARGET
#define GW_TARGET 0
#endif

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static void bad(const char *what) {
    fprintf(stderr, "fuzz: %s\n", what);
    abort();
}

typedef int (*parse_fn)(const gw_args *, gw_rows *, gw_error *);

/* Runs a table parser twice; checks the spans (pos, len at span_offset) of
 * every row against nchars and that both runs agree on the row count. */
static void table(parse_fn parse, size_t row_size, size_t span_offset, const gw_arg *v, int nargs,
                  size_t nchars) {
    static gw_env *env;
    if (!env) env = gw_env_new(); /* one per process: opening ICU costs */
    size_t count[2] = {0, 0};
    for (int r = 0; r < 2; r++) {
        gw_rows rows;
        gw_rows_init(&rows, row_size);
        gw_error err;
        memset(&err, 0, sizeof err);
        gw_args in = {v, nargs, env, NULL};
        if (parse(&in, &rows, &err) == GW_OK) {
            for (size_t i = 0; span_offset != (size_t)-1 && i < rows.n; i++) {
                const char *row = gw_rows_at(&rows, i);
                int64_t pos, len;
                memcpy(&pos, row + span_offset, sizeof pos);
                memcpy(&len, row + span_offset + sizeof pos, sizeof len);
                if (pos < 1 || len < 0 || (size_t)(pos - 1 + len) > nchars) bad("a span outside");
            }
            count[r] = rows.n;
        } else {
            count[r] = (size_t)-1;
        }
        gw_rows_free(&rows);
    }
    if (count[0] != count[1]) bad("two runs differ");
}

static void text(const char *s, size_t n, unsigned opt) {
    size_t nchars = gw_char_count(s, n);
    gw_arg v[3];
    memset(v, 0, sizeof v);
    v[0].present = 1;
    v[0].s = s;
    v[0].n = n;
    gw_error err;
    memset(&err, 0, sizeof err);
    size_t on = 0, *map = NULL;
    char *out = NULL;
    switch (GW_TARGET) {
    case 0:
        table(gw_parse_speeches, sizeof(gw_speech), offsetof(gw_speech, pos), v, 1, nchars);
        break;
    case 1:
        table(gw_parse_directives, sizeof(gw_directive), offsetof(gw_directive, pos), v, 1, nchars);
        free(gw_outline(s, n, &on, &err));
        break;
    case 2:
        table(gw_parse_numbers, sizeof(gw_number), offsetof(gw_number, pos), v, 1, nchars);
        break;
    case 3:
        table(gw_parse_quotes, sizeof(gw_quote), offsetof(gw_quote, pos), v, 1, nchars);
        break;
    case 4: /* numeral: every start */
        for (size_t i = 0; i < n; i++) {
            if (((unsigned char)s[i] & 0xC0) == 0x80) continue;
            gw_numeral r = gw_numeral_scan(s + i, n - i);
            if (r.len > n - i) bad("gw_numeral_scan length");
        }
        (void)gw_number_value(s, n);
        break;
    case 5:
        v[1].present = opt & 1;
        v[1].s = (opt & 2) ? "query" : "document";
        v[1].n = strlen(v[1].s);
        table(gw_parse_tokens, sizeof(gw_token), offsetof(gw_token, pos), v, 2, nchars);
        break;
    case 7:
        out = gw_fold(s, n, &on, &map, &err);
        if (out && map)
            for (size_t i = 0; i <= on; i++)
                if (map[i] > n) bad("gw_fold map");
        free(out);
        free(map);
        free(gw_normalize(s, n, &on, &err));
        free(gw_simplify(s, n, &on, &err));
        (void)gw_script(s, n);
        break;
    case 8: { /* overlap: the text against a part of itself */
        size_t from = n ? (opt * 131u) % (n + 1) : 0;
        while (from < n && ((unsigned char)s[from] & 0xC0) == 0x80)
            from++;
        v[1].present = 1;
        v[1].s = s + from;
        v[1].n = n - from;
        v[2].present = 1;
        v[2].i = 1 + opt % 16;
        table(gw_parse_overlap, sizeof(gw_passage), offsetof(gw_passage, a_pos), v, 3, nchars);
        unsigned char sig[GW_MINHASH_BYTES];
        if (gw_minhash(s, n, sig, &err) == GW_OK &&
            gw_similarity(sig, sizeof sig, sig, sizeof sig) != 1.0)
            bad("gw_similarity of a signature with itself");
        break;
    }
    case 9: {
        gw_html h;
        memset(&h, 0, sizeof h);
        if (gw_html_text(s, n, &h, &err) == GW_OK) {
            size_t at;
            if (gw_utf8_check(h.text, h.n, &at) != GW_OK) bad("gw_html_text: invalid UTF-8");
            if (h.title_e > h.n || h.title_b > h.title_e) bad("gw_html_text: title");
        }
        free(h.text);
        (void)gw_html_detect(s, n);
        break;
    }
    case 10:
        table(gw_parse_words, sizeof(gw_word), offsetof(gw_word, pos), v, 1, nchars);
        table(gw_parse_sentences, sizeof(gw_sentence), offsetof(gw_sentence, pos), v, 1, nchars);
        break;
    case 11:
        table(gw_parse_places, sizeof(gw_place), offsetof(gw_place, pos), v, 1, nchars);
        break;
    case 12: { /* match: the terms are the text's first lines */
        size_t cut = n ? (opt * 37u) % (n + 1) : 0;
        while (cut < n && ((unsigned char)s[cut] & 0xC0) == 0x80)
            cut++;
        v[1].present = 1;
        v[1].s = s;
        v[1].n = cut;
        table(gw_parse_match, sizeof(gw_match_row), offsetof(gw_match_row, pos), v, 2, nchars);
        break;
    }
    default:
        break;
    }
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    unsigned opt = size ? data[0] : 0;
    if (GW_TARGET == 6) { /* decode: any bytes, detected and forced */
        static const char *charsets[] = {NULL,       "GB18030", "Big5",    "UTF-16LE",
                                         "UTF-16BE", "UTF-8",   "nonsense"};
        for (size_t i = 0; i < sizeof charsets / sizeof charsets[0]; i++) {
            gw_error err;
            memset(&err, 0, sizeof err);
            size_t n = 0, at;
            char *t = gw_decode(data, size, charsets[i], &n, &err);
            if (t && gw_utf8_check(t, n, &at) != GW_OK) bad("gw_decode returned invalid UTF-8");
            free(t);
        }
        return 0;
    }
    size_t at;
    if (gw_utf8_check((const char *)data, size, &at) != GW_OK) return 0;
    char *copy = malloc(size + 1);
    if (!copy) return 0;
    memcpy(copy, data, size);
    copy[size] = 0;
    text(copy, size, opt);
    free(copy);
    return 0;
}
