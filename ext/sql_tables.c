/*
 * sql_tables.c — the descriptors of every table-valued function: its name,
 * columns (fields of the parser's row struct), arguments and parser.
 * Adding a function is adding a descriptor here and a parser beside it;
 * tvf.c serves them all.
 */
#include "tvf.h"
SQLITE_EXTENSION_INIT3

#include "directives.h"
#include "match.h"
#include "numbers.h"
#include "page.h"
#include "places.h"
#include "quotes.h"
#include "reuse.h"
#include "segment.h"
#include "speeches.h"
#include "tokens.h"
#include "words.h"

static const gw_param text_only[] = {{"input", GW_PARAM_TEXT, 1}};

/* gw_speeches(page [, format]) — contract §3 and §11, page.c */
static const gw_param page_params[] = {{"input", GW_PARAM_TEXT, 1}, {"format", GW_PARAM_TEXT, 0}};
static const gw_column speech_cols[] = {
    GW_COL(gw_speech, idx, GW_COL_INT),       GW_COL(gw_speech, title, GW_COL_STR),
    GW_COL(gw_speech, speaker, GW_COL_STR),   GW_COL(gw_speech, occasion, GW_COL_STR),
    GW_COL(gw_speech, published, GW_COL_STR), GW_COL(gw_speech, level, GW_COL_STR),
    GW_COL(gw_speech, script, GW_COL_STR),    GW_COL(gw_speech, truncated, GW_COL_INT),
    GW_COL(gw_speech, body, GW_COL_STR),      GW_COL(gw_speech, pos, GW_COL_INT),
    GW_COL(gw_speech, len, GW_COL_INT),
};

/* gw_directives(text) — contract §4, directives.c */
static const gw_column directive_cols[] = {
    GW_COL(gw_directive, id, GW_COL_INT),      GW_COL(gw_directive, parent, GW_COL_INT),
    GW_COL(gw_directive, depth, GW_COL_INT),   GW_COL(gw_directive, path, GW_COL_STR),
    GW_COL(gw_directive, marker, GW_COL_STR),  GW_COL(gw_directive, style, GW_COL_STR),
    GW_COL(gw_directive, ordinal, GW_COL_INT), GW_COL(gw_directive, heading, GW_COL_STR),
    GW_COL(gw_directive, body, GW_COL_STR),    GW_COL(gw_directive, pos, GW_COL_INT),
    GW_COL(gw_directive, len, GW_COL_INT),
};

/* gw_numbers(text) — contract §5, numbers.c */
static const gw_column number_cols[] = {
    GW_COL(gw_number, id, GW_COL_INT),       GW_COL(gw_number, text, GW_COL_STR),
    GW_COL(gw_number, value, GW_COL_NUM),    GW_COL(gw_number, low, GW_COL_NUM),
    GW_COL(gw_number, high, GW_COL_NUM),     GW_COL(gw_number, unit, GW_COL_STR),
    GW_COL(gw_number, kind, GW_COL_STR),     GW_COL(gw_number, approx, GW_COL_STR),
    GW_COL(gw_number, redacted, GW_COL_INT), GW_COL(gw_number, date, GW_COL_STR),
    GW_COL(gw_number, in_quote, GW_COL_INT), GW_COL(gw_number, clause, GW_COL_STR),
    GW_COL(gw_number, pos, GW_COL_INT),      GW_COL(gw_number, len, GW_COL_INT),
};

/* gw_quotes(text) — contract §6, quotes.c */
static const gw_column quote_cols[] = {
    GW_COL(gw_quote, id, GW_COL_INT),   GW_COL(gw_quote, kind, GW_COL_STR),
    GW_COL(gw_quote, text, GW_COL_STR), GW_COL(gw_quote, numeral, GW_COL_NUM),
    GW_COL(gw_quote, pos, GW_COL_INT),  GW_COL(gw_quote, len, GW_COL_INT),
};

/* gw_sentences(text) — contract §7, segment.c */
static const gw_column sentence_cols[] = {
    GW_COL(gw_sentence, id, GW_COL_INT),
    GW_COL(gw_sentence, sentence, GW_COL_STR),
    GW_COL(gw_sentence, pos, GW_COL_INT),
    GW_COL(gw_sentence, len, GW_COL_INT),
};

/* gw_words(text [, terms]), gw_keywords(text [, k [, terms]]) — contract §7, words.c */
static const gw_column word_cols[] = {
    GW_COL(gw_word, id, GW_COL_INT),   GW_COL(gw_word, word, GW_COL_STR),
    GW_COL(gw_word, norm, GW_COL_STR), GW_COL(gw_word, tag, GW_COL_STR),
    GW_COL(gw_word, pos, GW_COL_INT),  GW_COL(gw_word, len, GW_COL_INT),
};
static const gw_param word_params[] = {{"input", GW_PARAM_TEXT, 1}, {"terms", GW_PARAM_TEXT, 0}};
static const gw_compiler word_terms = {1, gw_terms_compile, gw_terms_release};
static const gw_column keyword_cols[] = {
    GW_COL(gw_keyword, id, GW_COL_INT),
    GW_COL(gw_keyword, word, GW_COL_STR),
    GW_COL(gw_keyword, weight, GW_COL_NUM),
    GW_COL(gw_keyword, count, GW_COL_INT),
};
static const gw_param keyword_params[] = {
    {"input", GW_PARAM_TEXT, 1}, {"k", GW_PARAM_INT, 0}, {"terms", GW_PARAM_TEXT, 0}};
static const gw_compiler keyword_terms = {2, gw_terms_compile, gw_terms_release};

/* gw_tokens(text [, mode]) — contract §7, tokens.c */
static const gw_column token_cols[] = {
    GW_COL(gw_token, id, GW_COL_INT),        GW_COL(gw_token, token, GW_COL_STR),
    GW_COL(gw_token, pos, GW_COL_INT),       GW_COL(gw_token, len, GW_COL_INT),
    GW_COL(gw_token, colocated, GW_COL_INT),
};
static const gw_param token_params[] = {{"input", GW_PARAM_TEXT, 1}, {"mode", GW_PARAM_TEXT, 0}};

/* gw_overlap(a, b [, min_chars]) — contract §8, reuse.c */
static const gw_column passage_cols[] = {
    GW_COL(gw_passage, a_pos, GW_COL_INT), GW_COL(gw_passage, a_len, GW_COL_INT),
    GW_COL(gw_passage, b_pos, GW_COL_INT), GW_COL(gw_passage, b_len, GW_COL_INT),
    GW_COL(gw_passage, text, GW_COL_STR),
};
static const gw_param overlap_params[] = {
    {"input_a", GW_PARAM_TEXT, 1}, {"input_b", GW_PARAM_TEXT, 1}, {"min_chars", GW_PARAM_INT, 0}};

/* gw_minhash_bands(sig [, bands]) — contract §8, reuse.c */
static const gw_column band_cols[] = {
    GW_COL(gw_band, band, GW_COL_INT),
    GW_COL(gw_band, bucket, GW_COL_INT),
};
static const gw_param band_params[] = {{"sig", GW_PARAM_BLOB, 1}, {"bands", GW_PARAM_INT, 0}};

/* gw_match(text, terms) — contract §10, match.c: the terms become one
 * automaton per distinct value, reused for every row of a statement */
static const gw_column match_cols[] = {
    GW_COL(gw_match_row, id, GW_COL_INT),   GW_COL(gw_match_row, term, GW_COL_STR),
    GW_COL(gw_match_row, text, GW_COL_STR), GW_COL(gw_match_row, pos, GW_COL_INT),
    GW_COL(gw_match_row, len, GW_COL_INT),
};
static const gw_param match_params[] = {{"input", GW_PARAM_TEXT, 1}, {"terms", GW_PARAM_TEXT, 1}};
static const gw_compiler match_compiler = {1, gw_match_compile, gw_match_release};

/* gw_places(text), gw_regions — contract §9, places.c */
static const gw_column place_cols[] = {
    GW_COL(gw_place, id, GW_COL_INT),         GW_COL(gw_place, name, GW_COL_STR),
    GW_COL(gw_place, code, GW_COL_STR),       GW_COL(gw_place, level, GW_COL_STR),
    GW_COL(gw_place, canonical, GW_COL_STR),  GW_COL(gw_place, province, GW_COL_STR),
    GW_COL(gw_place, candidates, GW_COL_INT), GW_COL(gw_place, pos, GW_COL_INT),
    GW_COL(gw_place, len, GW_COL_INT),
};
static const gw_column region_cols[] = {
    GW_COL(gw_region_row, code, GW_COL_STR),
    GW_COL(gw_region_row, name, GW_COL_STR),
    {"short", GW_COL_STR, offsetof(gw_region_row, short_)},
    GW_COL(gw_region_row, level, GW_COL_STR),
    GW_COL(gw_region_row, parent, GW_COL_STR),
    GW_COL(gw_region_row, province, GW_COL_STR),
};

#define GW_TABLE(name, cols, params, st, parse)                                                    \
    { name, cols, GW_COUNT(cols), params, GW_COUNT(params), sizeof(st), parse, NULL }
/* A function with an argument compiled once per distinct value (tvf.h). */
#define GW_TABLE_COMPILED(name, cols, params, st, parse, compiler)                                 \
    { name, cols, GW_COUNT(cols), params, GW_COUNT(params), sizeof(st), parse, compiler }

static const gw_table tables[] = {
    GW_TABLE("gw_speeches", speech_cols, page_params, gw_speech, gw_parse_page_speeches),
    GW_TABLE("gw_directives", directive_cols, text_only, gw_directive, gw_parse_directives),
    GW_TABLE("gw_numbers", number_cols, text_only, gw_number, gw_parse_numbers),
    GW_TABLE("gw_quotes", quote_cols, text_only, gw_quote, gw_parse_quotes),
    GW_TABLE("gw_sentences", sentence_cols, text_only, gw_sentence, gw_parse_sentences),
    GW_TABLE_COMPILED("gw_words", word_cols, word_params, gw_word, gw_parse_words, &word_terms),
    GW_TABLE_COMPILED("gw_keywords", keyword_cols, keyword_params, gw_keyword, gw_parse_keywords,
                      &keyword_terms),
    GW_TABLE("gw_tokens", token_cols, token_params, gw_token, gw_parse_tokens),
    GW_TABLE("gw_overlap", passage_cols, overlap_params, gw_passage, gw_parse_overlap),
    GW_TABLE("gw_minhash_bands", band_cols, band_params, gw_band, gw_parse_minhash_bands),
    GW_TABLE("gw_places", place_cols, text_only, gw_place, gw_parse_places),
    /* a table without arguments: the gazetteer */
    {"gw_regions", region_cols, GW_COUNT(region_cols), NULL, 0, sizeof(gw_region_row),
     gw_parse_regions, NULL},
    GW_TABLE_COMPILED("gw_match", match_cols, match_params, gw_match_row, gw_parse_match,
                      &match_compiler),
};

/* The first module owns env: it is freed when the connection closes. */
int gw_register_tables(sqlite3 *db, gw_env *env) {
    int rc = SQLITE_OK;
    for (int i = 0; rc == SQLITE_OK && i < GW_COUNT(tables); i++)
        rc = gw_tvf_register(db, &tables[i], env, i == 0);
    return rc;
}
