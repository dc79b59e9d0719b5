/*
 * segment.c — gw_sentences(text) and gw_words(text) (contract §7) on ICU's
 * break iterators, cloned per call from the connection's templates (env.h)
 * and run straight over the UTF-8 (utext_openUTF8), so ICU's boundaries are
 * byte offsets into the original text.
 *
 *   SELECT word, norm FROM gw_words('習近平總書記強調');
 *   -- 習近平|习近平  總書記|总书记  強調|强调   (ICU's dictionary decides the cuts)
 *   SELECT sentence FROM gw_sentences('抓好核酸检测。疫情防控要慎终如始!');
 *   -- 抓好核酸检测。  疫情防控要慎终如始!
 *
 * Words: ICU's word boundaries with its Chinese dictionary; a piece whose
 * rule status is "none" (spaces, punctuation, symbols) is skipped. norm is
 * gw_fold(word), cut from one fold of the whole text.
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
#include "fold.h"

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

/* The end of the original text behind folded bytes [.., fe) (fe > 0): where
 * the next folded character from another original character starts, less
 * any spaces the fold removed. */
static size_t orig_end(const char *s, size_t n, const size_t *map, size_t fn, size_t fe,
                       size_t ob) {
    size_t j = fe;
    while (j < fn && map[j] == map[fe - 1])
        j++;
    size_t oe = j < fn ? map[j] : n;
    uint32_t cp;
    while (oe > ob) {
        size_t l = gw_utf8_prev(s, oe, &cp);
        if (!is_blank(cp)) break;
        oe -= l;
    }
    return oe;
}

int gw_parse_words(const gw_args *in, gw_rows *out, gw_error *err) {
    const char *s = in->v[0].s;
    size_t n = in->v[0].n;
    size_t fn = 0, *map = NULL;
    /* ICU reads the folded text, so traditional and simplified text are cut
     * alike (its dictionary knows simplified words best); each word is then
     * the original characters its folded characters came from */
    char *folded = NULL;
    char *f = gw_fold(s, n, &fn, &map, err);
    if (!f) return err->code ? err->code : GW_ENOMEM;
    folded = gw_rows_alloc(out, fn + 1);
    if (folded) memcpy(folded, f, fn + 1);
    free(f);
    breaker b = {NULL, NULL};
    int rc = folded ? breaker_open(&b, in->env, in->env->word_break, folded, fn, "word", err)
                    : (err->code = GW_ENOMEM);
    gw_pos pos;
    gw_pos_init(&pos, s);
    size_t start = 0, last_oe = 0;
    for (int32_t e = rc == GW_OK ? ubrk_first(b.bi) : UBRK_DONE; e != UBRK_DONE;
         e = ubrk_next(b.bi)) {
        size_t end = (size_t)e;
        if (gw_cancelled(end)) {
            rc = err->code = GW_EINTR;
            break;
        }
        if (end <= start) continue;
        size_t fb = start;
        start = end;
        if (ubrk_getRuleStatus(b.bi) < UBRK_WORD_NONE_LIMIT) continue;
        size_t ob = map[fb];
        size_t oe = orig_end(s, n, map, fn, end, ob);
        if (oe <= ob || ob < last_oe) continue; /* inside one character's expansion */
        last_oe = oe;
        gw_word *r = gw_rows_push(out);
        if (!r) {
            rc = err->code = GW_ENOMEM;
            break;
        }
        r->id = (int64_t)out->n;
        r->word = (gw_str){s + ob, oe - ob};
        r->norm = (gw_str){folded + fb, end - fb};
        r->pos = (int64_t)gw_pos_char(&pos, ob);
        r->len = (int64_t)gw_char_count(s + ob, oe - ob);
    }
    free(map);
    breaker_close(&b);
    return rc;
}
