/*
 * decode.c — bytes of any charset a scraped page comes in, to UTF-8
 * (contract §2 gw_decode):
 *
 *   gw_decode(X'D2DFC7E9B7C0BFD8')          -- 疫情防控 (GB18030, detected)
 *   gw_decode(X'C160AED1B04F', 'Big5')      -- 總書記
 *
 * A BOM wins; else valid UTF-8 is UTF-8 (whatever a page declares); else
 * the charset an HTML page declares in its <meta> (gw_html_meta_charset),
 * when the bytes are valid in it; else ICU's charset detector chooses
 * between GB18030 and Big5. ICU recognises UTF-16 only by its BOM, so UTF-16
 * without one is told here by its code units (nearly all ASCII or CJK in one
 * byte order); when neither is sure, the bytes are read as GB18030, the
 * commonest charset of mainland pages. Conversion is strict: the first undecodable byte
 * stops it with an error naming the charset and the byte offset. ICU
 * converters and detectors are opened per call, so nothing is shared.
 */
#include "decode.h"

#include "html.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#define CHUNK ((size_t)1 << 20) /* bytes converted between two gw_cancelled() checks */

/* The charsets gw_decode knows: the name a user may give, and ICU's name of
 * the converter used. GBK and GB2312 are read as GB18030, their superset. */
typedef struct gw_charset {
    const char *name; /* as given in SQL (case-insensitive) and named in errors */
    const char *icu;  /* ICU converter */
} gw_charset;

static const gw_charset charsets[] = {
    {"UTF-8", "UTF-8"}, {"GB18030", "GB18030"}, {"GBK", "GB18030"},       {"GB2312", "GB18030"},
    {"Big5", "Big5"},   {"UTF-16", "UTF-16"},   {"UTF-16LE", "UTF-16LE"}, {"UTF-16BE", "UTF-16BE"},
};
#define NCHARSETS (sizeof charsets / sizeof charsets[0])

static const gw_charset *charset_named(const char *name) {
    for (size_t i = 0; i < NCHARSETS; i++)
        if (strcasecmp(name, charsets[i].name) == 0) return &charsets[i];
    /* common spellings without the hyphen */
    if (strcasecmp(name, "UTF8") == 0) return &charsets[0];
    if (strcasecmp(name, "UTF16") == 0) return &charsets[5];
    if (strcasecmp(name, "UTF16LE") == 0) return &charsets[6];
    if (strcasecmp(name, "UTF16BE") == 0) return &charsets[7];
    /* other names pages declare in <meta charset> for the same charsets */
    static const char *const gb[] = {"cp936",      "euc-cn",      "gb_2312",
                                     "gb_2312-80", "windows-936", "x-gbk"};
    for (size_t i = 0; i < sizeof gb / sizeof gb[0]; i++)
        if (strcasecmp(name, gb[i]) == 0) return &charsets[1];
    if (strcasecmp(name, "big5-hkscs") == 0 || strcasecmp(name, "cp950") == 0) return &charsets[4];
    return NULL;
}

static char *fail(gw_error *err, int code, const char *fmt, const char *a, size_t at) {
    err->code = code;
    err->at = at;
    if (code != GW_ENOMEM) snprintf(err->msg, sizeof err->msg, fmt, a, at);
    return NULL;
}

/* Strict conversion of p[0..n) from charset cs (the name for errors) to
 * UTF-8. base is the byte offset of p in the caller's input (after a BOM). */
static char *convert(const char *p, size_t n, size_t base, const gw_charset *cs, size_t *out_n,
                     gw_error *err) {
    UErrorCode st = U_ZERO_ERROR;
    UConverter *cv = ucnv_open(cs->icu, &st);
    if (U_FAILURE(st) || !cv) {
        if (cv) ucnv_close(cv);
        if (st == U_MEMORY_ALLOCATION_ERROR || U_SUCCESS(st)) { /* ICU's allocator failed */
            err->code = GW_ENOMEM;
            return NULL;
        }
        return fail(err, GW_EARG, "cannot open a %s converter", cs->name, 0);
    }
    ucnv_setToUCallBack(cv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &st);
    /* UTF-16 code units plus, for each, the offset of its source bytes */
    size_t cap = n + 1;
    UChar *u = malloc(cap * sizeof *u);
    int32_t *off = malloc(cap * sizeof *off);
    char *out = NULL;
    if (!u || !off || n > INT32_MAX) {
        ucnv_close(cv);
        free(u);
        free(off);
        if (n > INT32_MAX) return fail(err, GW_EBIG, "more than 2 GiB", "", 0);
        err->code = GW_ENOMEM;
        return NULL;
    }
    /* a chunk at a time, so that a long conversion can be cancelled; the
     * offsets ICU writes are from the start of each call */
    const char *src = p;
    UChar *dst = u;
    while (U_SUCCESS(st)) {
        if (gw_cancelled((size_t)(src - p))) {
            ucnv_close(cv);
            free(u);
            free(off);
            err->code = GW_EINTR;
            return NULL;
        }
        const char *from = src, *limit = (size_t)(p + n - src) > CHUNK ? src + CHUNK : p + n;
        UChar *d0 = dst;
        ucnv_toUnicode(cv, &dst, u + cap, &src, limit, off + (d0 - u), limit == p + n, &st);
        for (UChar *d = d0; d < dst; d++)
            if (off[d - u] >= 0) off[d - u] += (int32_t)(from - p);
        if (limit == p + n) break;
    }
    size_t nu = (size_t)(dst - u);
    if (st == U_MEMORY_ALLOCATION_ERROR) {
        ucnv_close(cv);
        free(u);
        free(off);
        err->code = GW_ENOMEM;
        return NULL;
    }
    if (U_FAILURE(st)) {
        char bad[32];
        int8_t blen = (int8_t)sizeof bad;
        UErrorCode st2 = U_ZERO_ERROR;
        ucnv_getInvalidChars(cv, bad, &blen, &st2);
        size_t at = (size_t)(src - p);
        if (U_SUCCESS(st2) && blen > 0 && (size_t)blen <= at) at -= (size_t)blen;
        ucnv_close(cv);
        free(u);
        free(off);
        return fail(err, GW_EARG, "not valid %s at byte %zu", cs->name, base + at);
    }
    ucnv_close(cv);
    /* UTF-16 to UTF-8; a NUL character is an error */
    out = malloc(nu * 3 + 1);
    if (!out) {
        free(u);
        free(off);
        err->code = GW_ENOMEM;
        return NULL;
    }
    size_t k = 0;
    for (size_t i = 0; i < nu; i++) {
        uint32_t c = u[i];
        if (c == 0) {
            size_t at = base + (size_t)(off[i] < 0 ? 0 : off[i]);
            free(u);
            free(off);
            free(out);
            return fail(err, GW_EARG, "%s text contains a NUL character at byte %zu", cs->name, at);
        }
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < nu && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (u[i + 1] - 0xDC00);
            i++;
        } else if (c >= 0xD800 && c <= 0xDFFF) { /* unpaired surrogate (UTF-16 input) */
            size_t at = base + (size_t)(off[i] < 0 ? 0 : off[i]);
            free(u);
            free(off);
            free(out);
            return fail(err, GW_EARG, "not valid %s at byte %zu", cs->name, at);
        }
        k += gw_utf8_put(c, out + k);
    }
    free(u);
    free(off);
    out[k] = 0;
    *out_n = k;
    return out;
}

static char *copy_utf8(const char *p, size_t n, size_t *out_n, gw_error *err) {
    char *out = malloc(n + 1);
    if (!out) {
        err->code = GW_ENOMEM;
        return NULL;
    }
    for (size_t i = 0; i < n; i += CHUNK) {
        if (gw_cancelled(i)) {
            free(out);
            err->code = GW_EINTR;
            return NULL;
        }
        memcpy(out + i, p + i, n - i > CHUNK ? CHUNK : n - i);
    }
    out[n] = 0;
    *out_n = n;
    return out;
}

/* The charset ICU's detector is sure of (confidence at least SURE) among
 * GB18030 and Big5; NULL when it is not sure of either. Below SURE are its
 * guesses on a few bytes of Chinese. */
#define SURE 50
static const gw_charset *detect(const char *p, size_t n, int *nomem) {
    UErrorCode st = U_ZERO_ERROR;
    UCharsetDetector *d = ucsdet_open(&st);
    const gw_charset *cs = NULL;
    /* ICU returns NULL without an error when its allocator fails */
    if (U_FAILURE(st) || !d) {
        if (d) ucsdet_close(d);
        *nomem = !d || st == U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    ucsdet_setText(d, p, n > INT32_MAX ? INT32_MAX : (int32_t)n, &st);
    int32_t found = 0;
    const UCharsetMatch **m = U_SUCCESS(st) ? ucsdet_detectAll(d, &found, &st) : NULL;
    if (st == U_MEMORY_ALLOCATION_ERROR) *nomem = 1;
    for (int32_t i = 0; U_SUCCESS(st) && i < found && !cs; i++) {
        const char *name = ucsdet_getName(m[i], &st);
        int32_t conf = ucsdet_getConfidence(m[i], &st);
        if (U_FAILURE(st) || !name || conf < SURE) break;
        if (strcmp(name, "GB18030") == 0 || strcmp(name, "Big5") == 0) cs = charset_named(name);
    }
    ucsdet_close(d);
    return cs;
}

/* UTF-8 text with a few bad bytes (a page cut short inside a character, a
 * stray byte) rather than text in another charset: the offset of its first
 * bad byte, or n when the bytes are not that. Text in GB18030 or Big5 forms
 * a valid multibyte UTF-8 character only now and then, so UTF-8 is when at
 * least 32 bytes of valid multibyte characters stand for every bad byte. */
static size_t mostly_utf8(const char *p, size_t n) {
    size_t good = 0, bad = 0, first = n;
    for (size_t i = 0; i < n;) {
        size_t at = 0;
        int rc = gw_utf8_check(p + i, n - i, &at);
        size_t e = rc == GW_OK ? n : i + at;
        for (size_t k = i; k < e; k++)
            good += (unsigned char)p[k] >= 0x80;
        if (rc == GW_OK) break;
        if (rc == GW_EUTF8) {
            bad++;
            if (first == n) first = e;
        }
        i = e + 1;
    }
    return bad && good >= 8 && good >= bad * 32 ? first : n;
}

/* Whether a UTF-16 code unit is what Chinese text is made of: ASCII and
 * Latin-1, general punctuation, CJK punctuation, ideographs, full-width forms. */
static int chinese_unit(unsigned c) {
    return c == 9 || c == 10 || c == 13 || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF) ||
           (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xFF00 && c <= 0xFFEF);
}

/* UTF-16 without a BOM (ICU's detector only recognizes it with one): the
 * byte order under which at least 95% of the code units are Chinese text's. */
static const gw_charset *detect_utf16(const unsigned char *u, size_t n) {
    if (n < 2 || n % 2) return NULL;
    size_t le = 0, be = 0, units = n / 2;
    for (size_t i = 0; i + 1 < n; i += 2) {
        le += chinese_unit(u[i] | (unsigned)u[i + 1] << 8);
        be += chinese_unit((unsigned)u[i] << 8 | u[i + 1]);
    }
    if (le * 20 >= units * 19 && le > be) return charset_named("UTF-16LE");
    if (be * 20 >= units * 19 && be > le) return charset_named("UTF-16BE");
    return NULL;
}

/* Binary data, not text: a NUL byte (text has none, once UTF-16 is ruled
 * out), or more than 1 in 20 of the first 64 KiB being control bytes other
 * than tab, line and page breaks and escape (text has next to none; random or
 * compressed bytes have about 1 in 9). err says which. */
#define BINARY_SPAN 65536
static int binary(const unsigned char *u, size_t n, gw_error *err) {
    const unsigned char *nul = memchr(u, 0, n);
    size_t span = n < BINARY_SPAN ? n : BINARY_SPAN, controls = 0;
    if (!nul) {
        for (size_t i = 0; i < span; i++)
            controls += (u[i] < 0x20 && (u[i] < 9 || u[i] > 13) && u[i] != 0x1B) || u[i] == 0x7F;
        if (controls * 20 <= span) return 0;
    }
    err->code = GW_EARG;
    err->at = nul ? (size_t)(nul - u) : 0;
    if (nul)
        snprintf(err->msg, sizeof err->msg, "binary data, not text (a NUL byte at byte %zu)",
                 err->at);
    else
        snprintf(err->msg, sizeof err->msg,
                 "binary data, not text (%zu control bytes in the first %zu)", controls, span);
    return 1;
}

static int is_utf16(const gw_charset *cs) {
    return cs && strncmp(cs->name, "UTF-16", 6) == 0;
}

char *gw_decode(const void *p, size_t n, const char *charset, size_t *out_n, gw_error *err) {
    return gw_decode_used(p, n, charset, out_n, NULL, err);
}

char *gw_decode_used(const void *pv, size_t n, const char *charset, size_t *out_n,
                     const char **used, gw_error *err) {
    const char *p = pv;
    const unsigned char *u = pv;
    const gw_charset *cs = NULL;
    size_t bom = 0;

    if (charset) {
        cs = charset_named(charset);
        if (!cs) {
            err->code = GW_EARG;
            int k =
                snprintf(err->msg, sizeof err->msg, "unknown charset '%.40s'; use one of", charset);
            for (size_t i = 0; i < NCHARSETS && k > 0 && (size_t)k < sizeof err->msg; i++)
                k += snprintf(err->msg + k, sizeof err->msg - (size_t)k, "%s %s", i ? "," : "",
                              charsets[i].name);
            return NULL;
        }
    }
    /* a BOM wins, unless a charset is forced */
    if (!cs) {
        if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
            cs = charset_named("UTF-8"), bom = 3;
        else if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE)
            cs = charset_named("UTF-16LE"), bom = 2;
        else if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF)
            cs = charset_named("UTF-16BE"), bom = 2;
        else if (n >= 4 && u[0] == 0x84 && u[1] == 0x31 && u[2] == 0x95 && u[3] == 0x33)
            cs = charset_named("GB18030"), bom = 4;
    } else if (strcmp(cs->name, "UTF-8") == 0 && n >= 3 && u[0] == 0xEF && u[1] == 0xBB &&
               u[2] == 0xBF) {
        bom = 3;
    }
    size_t at = 0;
    if (!cs) {
        int rc = gw_utf8_check_stoppable(p, n, &at);
        if (rc == GW_EINTR) {
            err->code = GW_EINTR;
            return NULL;
        }
        if (rc == GW_OK) {
            if (used) *used = "UTF-8";
            return copy_utf8(p, n, out_n, err);
        }
        /* an HTML page read in the charset its <meta> declares, when the
         * bytes are valid in it */
        char name[40];
        const gw_charset *meta =
            gw_html_meta_charset(p, n, name, sizeof name) ? charset_named(name) : NULL;
        if (meta && strcmp(meta->name, "UTF-8") != 0 && !is_utf16(meta) && !memchr(p, 0, n)) {
            gw_error tried = {0, 0, {0}};
            char *out = convert(p, n, 0, meta, out_n, &tried);
            if (out || tried.code == GW_ENOMEM) {
                if (used) *used = meta->name;
                if (!out) err->code = GW_ENOMEM;
                return out;
            }
        }
        size_t bad = mostly_utf8(p, n);
        if (bad < n)
            return fail(err, GW_EARG,
                        "not valid UTF-8 at byte %s%zu; remove the byte, or name the charset as "
                        "in gw_decode(x, 'GB18030')",
                        "", bad);
        int nomem = 0;
        cs = detect(p, n, &nomem);
        if (nomem) {
            err->code = GW_ENOMEM;
            return NULL;
        }
        if (!cs) cs = detect_utf16(u, n);
        if (!is_utf16(cs) && binary(u, n, err)) return NULL;
        if (!cs) cs = charset_named("GB18030"); /* unsure: the commonest */
    }
    if (used) *used = cs->name;
    if (strcmp(cs->name, "UTF-8") == 0) {
        int rc = gw_utf8_check_stoppable(p + bom, n - bom, &at);
        if (rc == GW_EINTR) {
            err->code = GW_EINTR;
            return NULL;
        }
        if (rc == GW_EUTF8)
            return fail(err, GW_EARG, "not valid %s at byte %zu", "UTF-8", bom + at);
        if (rc == GW_ENUL)
            return fail(err, GW_EARG, "%s text contains a NUL character at byte %zu", "UTF-8",
                        bom + at);
        return copy_utf8(p + bom, n - bom, out_n, err);
    }
    return convert(p + bom, n - bom, bom, cs, out_n, err);
}
