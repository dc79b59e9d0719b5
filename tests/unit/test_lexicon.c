/*
 * test_lexicon.c — the probes of lexicon.h over the tables generated from
 * jieba's dict.txt, idf.txt and finalseg (values read in those files).
 */
#include "check.h"
#include "lexicon.h"

#include <math.h>
#include <string.h>

/* A tag (a C string, or NULL) against the one expected. */
#define CHECK_TAG(tag, want)                                                                       \
    do {                                                                                           \
        const char *t_ = (tag);                                                                    \
        CHECK_STR(t_, t_ ? strlen(t_) : 0, want);                                                  \
    } while (0)

static uint32_t find(const char *s) {
    return gw_lex_find(s, strlen(s));
}

static void test_find(void) {
    /* dict.txt: "总书记 1104 n", "的 318825 uj", "防控 74 vn", "C++ 3 nz", "T恤 4 n" */
    uint32_t n = find("总书记");
    CHECK(n != 0);
    CHECK_INT(gw_lex_freq(n), 1104);
    CHECK_TAG(gw_lex_tag(n), "n");
    CHECK(gw_lex_prefix(n));
    CHECK(fabs(gw_lex_logfreq(n) - log(1104.0)) == 0);
    CHECK_INT(gw_lex_freq(find("的")), 318825);
    CHECK_TAG(gw_lex_tag(find("的")), "uj");
    CHECK_TAG(gw_lex_tag(find("防控")), "vn");
    CHECK_INT(gw_lex_freq(find("C++")), 3);
    CHECK_TAG(gw_lex_tag(find("C++")), "nz");
    CHECK_INT(gw_lex_freq(find("T恤")), 4);
    /* "总书" starts a word but is none */
    n = find("总书");
    CHECK(n != 0);
    CHECK_INT(gw_lex_freq(n), 0);
    CHECK(gw_lex_tag(n) == NULL);
    CHECK(gw_lex_prefix(n));
    CHECK(gw_lex_logfreq(n) == 0);
    /* neither a word nor the start of one */
    CHECK_INT(find("总书记强"), 0);
    CHECK_INT(find("GDP"), 0);
    CHECK_INT(find("𠀀"), 0); /* outside the BMP */
    CHECK_INT(find(""), GW_LEX_ROOT);
    CHECK(!gw_lex_prefix(GW_LEX_ROOT));
    /* the B超 of dict.txt's two lines */
    CHECK_INT(gw_lex_freq(find("B超")), 3);
}

static void test_idf(void) {
    /* idf.txt: "总书记 8.1417758781", "的 0.88474202619"; "奥萨贝尔 13.900677652" */
    CHECK(gw_lex_idf(find("总书记"), -1) == 8.1417758781);
    CHECK(gw_lex_idf(find("的"), -1) == 0.88474202619);
    CHECK(gw_lex_idf(find("奥萨贝尔"), -1) == 13.900677652);
    CHECK(gw_lex_idf(find("总书"), -1) == -1);
    /* the median of idf.txt is 11.9547675029 */
    CHECK(gw_lex_median_idf() == 11.9547675029);
    /* 60,101,967: the sum of dict.txt's second column, plus the 67,158 of
     * ext/lexicon_supplement.txt's */
    CHECK_INT(gw_lex_total(), 60101967 + 67158);
}

static void test_words_at(void) {
    /* 总 (23585 b) and 总书记; 总书 is no word */
    const char *s = "总书记强调";
    gw_lex_hit h[4];
    size_t k = gw_lex_words_at(s, strlen(s), h, 4);
    CHECK_INT(k, 2);
    CHECK_INT(h[0].bytes, 3);
    CHECK_INT(h[0].chars, 1);
    CHECK_INT(gw_lex_freq(h[0].node), 23585);
    CHECK_TAG(gw_lex_tag(h[0].node), "b");
    CHECK_INT(h[1].bytes, 9);
    CHECK_INT(h[1].chars, 3);
    CHECK_INT(gw_lex_freq(h[1].node), 1104);
    /* more words than room: the count, the first ones stored */
    CHECK_INT(gw_lex_words_at(s, strlen(s), h, 1), 2);
    CHECK_INT(h[0].chars, 1);
    /* words that do not fit in n are not counted */
    CHECK_INT(gw_lex_words_at(s, 6, h, 4), 1);
    CHECK_INT(gw_lex_words_at("，", 3, h, 4), 0);
    CHECK_INT(gw_lex_words_at(s, 0, h, 4), 0);
}

static void test_hmm(void) {
    /* prob_start.py: B -0.26268660809250016, E -3.14e+100 */
    CHECK(gw_hmm_start[0] == -0.26268660809250016);
    CHECK(gw_hmm_start[1] == -3.14e+100);
    /* prob_trans.py: B → E -0.510825623765990; B → B absent */
    CHECK(gw_hmm_trans[0][1] == -0.510825623765990);
    CHECK(gw_hmm_trans[0][0] == -3.14e100);
    /* prob_emit.py: B 一 -3.6544978750449433 */
    uint32_t r = gw_lex_u16(gw_hmm_emit_index, 0x4E00 - GW_HMM_LO);
    CHECK(r != 0);
    CHECK(gw_hmm_emit[r][0] == -3.6544978750449433);
}

int main(void) {
    test_find();
    test_idf();
    test_words_at();
    test_hmm();
    return check_done("test_lexicon");
}
