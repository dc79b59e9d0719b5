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

#endif
