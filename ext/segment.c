/*
 * segment.c — gw_sentences(text) (contract §7) on ICU's sentence break
 * iterator, cloned per call from the connection's template (env.h) and run
 * straight over the UTF-8 (utext_openUTF8), so ICU's boundaries are byte
 * offsets into the original text. (Words are words.c's, on jieba's lexicon.)
 *
 *   SELECT sentence FROM gw_sentences('抓好核酸检测。疫情防控要慎终如始!');
 *   -- 抓好核酸检测。  疫情防控要慎终如始!
 *
 * Sentences: ICU's sentence boundaries (。！？ and ASCII ! ? end a sentence,
 * with any closing quotes after them; a line break always does; ；and ; do
 * not: in Chinese they join the clauses of one sentence). Two corrections:
 * an opening quote or bracket ICU leaves at the end of a sentence (`！“`)
 * starts the next one instead; and
 * ICU ends a sentence after a full stop '.' or '．' followed by a Han
 * character, so `1.加强组织领导。` would give `1.` alone: a boundary after '.'
 * with a Han character next on the same line is dropped. Sentences are
 * trimmed of spaces; blank ones are skipped.
 */
#include "segment.h"

#include "env.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

/* A break iterator for one call, set on s[0..n). */
typedef struct breaker {
    UBreakIterator *bi; /* the clone */
    UText *ut;          /* the text */
} breaker;

static int breaker_open(breaker *b, const gw_env *env, const void *tmpl, const char *s, size_t n,
                        const char *what, gw_error *err) {
    b->bi = NULL;
    b->ut = NULL;
    if (n > INT32_MAX) {
        err->code = GW_EBIG;
        snprintf(err->msg, sizeof err->msg, "ICU breaks texts of at most 2 GiB");
        return err->code;
    }
    if (!tmpl) {
        err->code = GW_EARG;
        snprintf(err->msg, sizeof err->msg, "ICU could not open its %s break iterator", what);
        return err->code;
    }
    b->bi = gw_env_clone_break(env, tmpl);
    if (!b->bi) {
        err->code = GW_ENOMEM;
        return err->code;
    }
    UErrorCode status = U_ZERO_ERROR;
    b->ut = utext_openUTF8(NULL, s, (int64_t)n, &status);
    if (U_SUCCESS(status)) ubrk_setUText(b->bi, b->ut, &status);
    if (U_FAILURE(status)) {
        err->code = status == U_MEMORY_ALLOCATION_ERROR ? GW_ENOMEM : GW_EARG;
        snprintf(err->msg, sizeof err->msg, "ICU: %s", u_errorName(status));
        return err->code;
    }
    return GW_OK;
}

static void breaker_close(breaker *b) {
    if (b->bi) ubrk_close(b->bi);
    if (b->ut) utext_close(b->ut);
}

static int is_blank(uint32_t cp) {
    return gw_is_space(cp) || gw_is_line_end(cp);
}

/* A full stop that ICU takes for a sentence end even inside Chinese text. */
static int is_full_stop(uint32_t cp) {
    return cp == '.' || cp == 0xFF0E;
}

/* Whether ICU's boundary at byte `end` follows a full stop that only
 * numbers a list item or abbreviates, inside Chinese text: the sentence
 * before it ends in '.' (closing quotes aside), no line break stands between,
 * and a Han character comes next (`1.加强`, `2. 落实`). */
static int false_stop(const char *s, size_t n, size_t start, size_t end) {
    uint32_t cp = 0;
    if (end >= n) return 0;
    gw_utf8_next(s + end, n - end, &cp);
    if (!gw_is_han(cp)) return 0;
    size_t k = end;
    while (k > start) {
        size_t l = gw_utf8_prev(s, k, &cp);
        if (gw_is_line_end(cp)) return 0;
        if (!gw_is_space(cp) && !gw_is_close_quote(cp)) break;
        k -= l;
    }
    return k > start && is_full_stop(cp);
}

/* ICU counts opening quotes as closing punctuation, so after `！` it keeps
 * the `“` that opens the next sentence; the boundary moves back before
 * opening marks (full-width ones: ASCII quotes are ambiguous). */
static size_t before_openers(const char *s, size_t start, size_t end) {
    size_t k = end, cut = end;
    uint32_t cp;
    while (k > start) {
        size_t l = gw_utf8_prev(s, k, &cp);
        if (gw_is_space(cp)) {
            k -= l;
            continue;
        }
        if (cp < 0x80 || !gw_is_open_quote(cp)) break;
        k -= l;
        cut = k;
    }
    return cut > start ? cut : end;
}

int gw_parse_sentences(const gw_args *in, gw_rows *out, gw_error *err) {
    const char *s = in->v[0].s;
    size_t n = in->v[0].n;
    breaker b;
    int rc = breaker_open(&b, in->env, in->env->sentence_break, s, n, "sentence", err);
    gw_pos pos;
    gw_pos_init(&pos, s);
    size_t start = 0;
    for (int32_t e = rc == GW_OK ? ubrk_first(b.bi) : UBRK_DONE; e != UBRK_DONE;
         e = ubrk_next(b.bi)) {
        size_t end = (size_t)e;
        if (gw_cancelled(end)) {
            rc = err->code = GW_EINTR;
            break;
        }
        if (end <= start || false_stop(s, n, start, end)) continue;
        end = before_openers(s, start, end);
        size_t tb = start, te = end;
        start = end;
        uint32_t cp;
        while (tb < te) {
            size_t l = gw_utf8_next(s + tb, te - tb, &cp);
            if (!is_blank(cp)) break;
            tb += l;
        }
        while (te > tb) {
            size_t l = gw_utf8_prev(s, te, &cp);
            if (!is_blank(cp)) break;
            te -= l;
        }
        if (te == tb) continue;
        gw_sentence *r = gw_rows_push(out);
        if (!r) {
            rc = err->code = GW_ENOMEM;
            break;
        }
        r->id = (int64_t)out->n;
        r->sentence = (gw_str){s + tb, te - tb};
        r->pos = (int64_t)gw_pos_char(&pos, tb);
        r->len = (int64_t)gw_char_count(s + tb, te - tb);
    }
    breaker_close(&b);
    return rc;
}
