/*
 * text.h — the ground every parser stands on: UTF-8 over byte strings.
 *
 * Parsers read the original text, never a normalized copy, so the character
 * classes here accept both the full-width and the ASCII form of punctuation:
 * the contract counts `,` `;` `:` `!` `?` `(` `)` as `，` `；` `：` `！` `？`
 * `（` `）` everywhere (but `.` is never a sentence end: `1.3亿`).
 *
 * Positions handed to SQL are in characters, 1-based; inside C everything is a
 * byte offset, and gw_pos converts increasing byte offsets to characters
 * without rescanning.
 *
 * Nothing here allocates, and nothing includes sqlite3.h.
 */
#ifndef GW_TEXT_H
#define GW_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* Result codes shared by every parser. The glue turns them into SQL errors. */
enum {
    GW_OK = 0,
    GW_EUTF8 = 1,  /* invalid UTF-8 at gw_error.at */
    GW_ENUL = 2,   /* a NUL character at gw_error.at */
    GW_ENOMEM = 3, /* out of memory */
    GW_EARG = 4,   /* a bad argument; gw_error.msg says which */
    GW_EBIG = 5,   /* input larger than a parser accepts */
    GW_EINTR = 6,  /* stopped: gw_cancelled() said so (the glue answers SQLITE_INTERRUPT) */
};

/* What went wrong and where; filled by parsers, worded by the glue. */
typedef struct gw_error {
    int code;      /* one of GW_E* */
    size_t at;     /* byte offset into the input the error is about */
    char msg[160]; /* optional detail, without the function's name */
} gw_error;

/* 0 when s[0..n) is valid UTF-8 without NUL; else GW_EUTF8 or GW_ENUL with the
 * byte offset of the first offending byte in *at. Overlong forms, surrogates
 * and code points above U+10FFFF are invalid. */
int gw_utf8_check(const char *s, size_t n, size_t *at);

/* gw_utf8_check a MiB at a time, with gw_cancelled() between: the same
 * answer, or GW_EINTR when the call was cancelled. For whole arguments. */
int gw_utf8_check_stoppable(const char *s, size_t n, size_t *at);

/* Decodes the character at s (which must be valid UTF-8 with n > 0); stores
 * the code point in *cp and returns its length in bytes (1..4). */
static inline size_t gw_utf8_next(const char *s, size_t n, uint32_t *cp) {
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    size_t len = u[0] < 0xE0 ? 2 : u[0] < 0xF0 ? 3 : 4;
    if (len > n) { /* only on invalid input: never read past the end */
        *cp = 0xFFFD;
        return 1;
    }
    if (len == 2)
        *cp = ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
    else if (len == 3)
        *cp = ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    else
        *cp = ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) |
              ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
    return len;
}

/* The character at s[i] when i < e, with its length in *len; 0, and *len
 * 0, at or past e. s[i..e) must be valid UTF-8. */
static inline uint32_t gw_cp_at(const char *s, size_t i, size_t e, size_t *len) {
    uint32_t cp = 0;
    *len = i < e ? gw_utf8_next(s + i, e - i, &cp) : 0;
    return cp;
}

/* Decodes the character that ends just before s[i] (i > 0, valid UTF-8);
 * returns its length in bytes. */
size_t gw_utf8_prev(const char *s, size_t i, uint32_t *cp);

/* The character ending just before s[i] when i > lb, else 0. */
static inline uint32_t gw_cp_before(const char *s, size_t lb, size_t i) {
    uint32_t cp = 0;
    if (i > lb) gw_utf8_prev(s, i, &cp);
    return cp;
}

/* Writes cp as UTF-8 into out (room for 4 bytes); returns the length. */
size_t gw_utf8_put(uint32_t cp, char *out);

/* Number of characters in s[0..n). */
size_t gw_char_count(const char *s, size_t n);

/* Converts byte offsets into 1-based character positions, counting only the
 * bytes between the offset asked for and the one asked for last (forwards or
 * backwards). Offsets must fall on the start of a character. */
typedef struct gw_pos {
    const char *s; /* the text */
    size_t byte;   /* last byte offset asked for */
    size_t chr;    /* number of characters before it */
} gw_pos;

void gw_pos_init(gw_pos *p, const char *s);
/* 1-based character position of the character starting at byte offset b. */
size_t gw_pos_char(gw_pos *p, size_t b);

/* Character classes. Each takes a code point. */
int gw_is_space(uint32_t cp);        /* space, tab, U+3000, NBSP, other Unicode spaces, BOM, ZW* */
int gw_is_han(uint32_t cp);          /* CJK ideographs (all blocks) and 〇 */
int gw_is_line_end(uint32_t cp);     /* \n \r U+2028 U+2029 U+0085 */
int gw_is_sentence_end(uint32_t cp); /* 。！？ and ! ? (not .) */
int gw_is_clause_end(uint32_t cp);   /* sentence ends plus ，；：、 and , ; : */
int gw_is_open_quote(uint32_t cp);   /* “ ‘ 「 『 《 〈 ( （ 【 [ */
int gw_is_close_quote(uint32_t cp);  /* ” ’ 」 』 》 〉 ) ） 】 ] and ASCII " ' */
int gw_is_punct(uint32_t cp);        /* any punctuation or symbol, ASCII or CJK */

/* The full-width form the contract reads an ASCII punctuation mark as:
 * ',' → '，', ';' → '；', ':' → '：', '!' → '！', '?' → '？', '(' → '（',
 * ')' → '）'; any other code point is returned unchanged. */
uint32_t gw_punct_canon(uint32_t cp);

/* A full-width ASCII variant (U+FF01..U+FF5E) as ASCII; else cp. */
uint32_t gw_halfwidth(uint32_t cp);

/* Skips leading / trailing spaces (gw_is_space) of s[*b..*e). */
void gw_trim(const char *s, size_t *b, size_t *e);

/* Skips spaces (gw_is_space) forwards from i before e / backwards from i
 * down to b; returns where they stop. */
size_t gw_skip_spaces(const char *s, size_t i, size_t e);
size_t gw_back_spaces(const char *s, size_t b, size_t i);

/* ':' or '：'. */
static inline int gw_is_colon(uint32_t cp) {
    return cp == ':' || cp == 0xFF1A;
}

/* ---- sorted tables ---- */

/* The entry of a table sorted by code point whose first member is a
 * uint32_t code point (n entries, stride bytes apart): its index, or -1. A
 * plain sorted uint32_t array is a set: gw_cpset_has. */
long gw_cp_find(const void *table, size_t n, size_t stride, uint32_t cp);
#define GW_CPSET(t) (t), sizeof(t) / sizeof((t)[0])
static inline int gw_cpset_has(const uint32_t *t, size_t n, uint32_t cp) {
    return gw_cp_find(t, n, sizeof *t, cp) >= 0;
}

/* A word list: a table sorted in byte order whose entries' first member is
 * the word, a UTF-8 C string (a table of strings, or of structs). A word
 * ending in ':' must be followed by a colon (':' or '：') where it is found;
 * the colon then counts in the match. */
typedef struct gw_words {
    const void *t; /* the table */
    size_t n;      /* its entries */
    size_t stride; /* bytes from one entry to the next */
} gw_words;
#define GW_WORDS(table)                                                                            \
    ((gw_words){(table), sizeof(table) / sizeof((table)[0]), sizeof((table)[0])})

/* Length of the word wd at s[i..e) (i <= e), or 0; a word ending in ':'
 * wants a colon there, as in a word list. */
size_t gw_word_at(const char *s, size_t i, size_t e, const char *wd);

/* The word of entry k. */
static inline const char *gw_words_word(const gw_words *w, size_t k) {
    return *(const char *const *)((const char *)w->t + k * w->stride);
}
/* The entry whose word is exactly s[0..n), or -1. */
long gw_words_index(const gw_words *w, const char *s, size_t n);
/* The entry with the longest word at s[i..e) (i < e), or -1; its length in
 * *len (colon included). The words sharing the first character are found by
 * bisection and stand together. */
long gw_words_at(const gw_words *w, const char *s, size_t i, size_t e, size_t *len);
/* The entry whose word ends exactly at i and starts at or after lo, the
 * longest of at most maxc characters first, or -1; its start in *b. */
long gw_words_ending(const gw_words *w, const char *s, size_t lo, size_t i, int maxc, size_t *b);

/* Filters of 4096 bits on the low 12 bits of a code point: a character
 * passes when its bit is set; what passes is then checked exactly. */
static inline void gw_bits_add(uint64_t *m, uint32_t c) {
    c &= 4095;
    m[c >> 6] |= (uint64_t)1 << (c & 63);
}
static inline int gw_bits_has(const uint64_t *m, uint32_t c) {
    c &= 4095;
    return (m[c >> 6] >> (c & 63)) & 1;
}

/* A word list searched through running text: characters whose low 12 bits
 * are no word's first character are passed over without a look-up, read
 * from the bytes without decoding them. */
typedef struct gw_wordset {
    gw_words w;         /* the list */
    uint64_t first[64]; /* low 12 bits of its words' first characters */
} gw_wordset;

void gw_wordset_init(gw_wordset *ws, gw_words w);
/* The first place in s[b..e) where a word of the set starts, or e; the
 * longest word's length there in *len (when len is not NULL). */
size_t gw_wordset_find(const gw_wordset *ws, const char *s, size_t b, size_t e, size_t *len);

/* Line ends found line after line in one pass: however the lines end (\n,
 * \r, U+2028, U+2029, U+0085), no byte is looked at twice while the offsets
 * asked for do not decrease (one that does starts the search again). */
typedef struct gw_lines {
    const char *s; /* the text */
    size_t n;      /* its length */
    size_t at;     /* the last offset asked for */
    size_t lf;     /* the first \n at or after it, or n */
    size_t other;  /* the first other line break at or after it, or GW_LINES_UNSEEN */
    size_t done;   /* while other is unseen: no other break lies in [at, done) */
} gw_lines;
#define GW_LINES_UNSEEN ((size_t)-1)

void gw_lines_init(gw_lines *L, const char *s, size_t n);
/* The end of the line holding byte b: the offset of the first line break at
 * or after b, or n. */
size_t gw_lines_end(gw_lines *L, size_t b);

/* The same for one line: the end of the line holding byte b. */
size_t gw_line_end(const char *s, size_t n, size_t b);
/* Where the next line starts after a line ending at e (skips \r\n, \n, \r, U+2028/9, U+0085). */
size_t gw_line_next(const char *s, size_t n, size_t e);

/* ---- Cancellation: how a long call stops when the user interrupts it ----
 *
 * A parser that may run long calls gw_cancelled(at) in its main loop with the
 * byte offset it has reached (of any text it works on). When it returns 1, the
 * parser frees what it holds and returns GW_EINTR with err->code = GW_EINTR;
 * once it has returned 1 it keeps returning 1 for the rest of the call.
 *
 * It is cheap: it counts the distance `at` has moved since the last call
 * (forwards or backwards) and consults the glue only once per
 * GW_CANCEL_BYTES of it, so calling it once a line, a token or a character
 * is fine. Nothing changes in the parsers' signatures: the glue installs a
 * check for the current thread around each parser call,
 *
 *     gw_cancel c;
 *     gw_cancel_push(&c, is_interrupted, db);   // fn(ctx) != 0: stop
 *     rc = gw_parse_x(&in, &rows, &err);
 *     gw_cancel_pop(&c);
 *
 * (checks nest; the innermost one is consulted). With no check installed
 * (unit tests, the fuzzer) gw_cancelled() is always 0. */
#define GW_CANCEL_BYTES ((size_t)256 << 10)

typedef struct gw_cancel {
    int (*fn)(void *ctx);    /* non-zero: stop */
    void *ctx;               /* its argument */
    size_t last;             /* the offset passed last */
    size_t moved;            /* distance moved since fn was consulted */
    int stop;                /* 1 once fn said stop */
    struct gw_cancel *outer; /* the check installed before this one */
} gw_cancel;

/* Installs c (the caller's, on its stack) as this thread's check. */
void gw_cancel_push(gw_cancel *c, int (*fn)(void *ctx), void *ctx);
/* Removes c, which must be the innermost check; returns 1 when it said stop. */
int gw_cancel_pop(gw_cancel *c);
/* 1 when the running call must stop (see above). */
int gw_cancelled(size_t at);

#endif
