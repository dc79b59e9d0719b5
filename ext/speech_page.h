/*
 * speech_page.h — what the three files of gw_speeches share (not a public
 * header): a page cut into lines and each line's features (speeches.c), the
 * chrome cut out of a body line (chrome.c), and a title's decoration, speaker,
 * occasion and a body's level (title.c).
 */
#ifndef GW_SPEECH_PAGE_H
#define GW_SPEECH_PAGE_H

#include "speeches.h"

#include <string.h>

#define SHORT_LINE 64  /* characters: what "a short line" means for chrome */
#define TITLE_MAX  64  /* characters: the longest title line */
#define LONG_PARA  20  /* characters: a line this long with clause punctuation is a paragraph */
#define LEADIN_MAX 400 /* characters: the longest line that can be an editor's lead-in */
#define MAX_INPUT  0x7FFFFFFFu

/* Line features. */
enum {
    F_BLANK = 1u << 0,    /* nothing but spaces */
    F_SENT = 1u << 1,     /* holds a sentence end 。！？!? */
    F_COLON = 1u << 2,    /* ends with a colon (同志们：) */
    F_CLAUSE = 1u << 3,   /* holds clause punctuation ，、；： */
    F_HAN = 1u << 4,      /* holds a Han character */
    F_MARKER = 1u << 5,   /* opens with a directive marker */
    F_CHROME = 1u << 6,   /* site chrome wherever it stands */
    F_EDGE = 1u << 7,     /* chrome outside a body (a cue word, but a sentence too) */
    F_STOP = 1u << 8,     /* a list heading: the speech ends before it */
    F_NOTICE = 1u << 9,   /* a truncation notice */
    F_TITLE = 1u << 10,   /* could be a title line */
    F_NAMES = 1u << 11,   /* ... that names a speech */
    F_OUTLINE = 1u << 12, /* 目录 / 提纲 */
    F_ELLIPS = 1u << 13,  /* ends with ... or … */
    F_HEAD = 1u << 14,    /* a collection heading 【篇N】 */
};

typedef struct line {
    uint32_t b, e; /* the trimmed line */
    uint32_t tb;   /* where its title text starts (after 【篇N】 and decoration) */
    uint32_t te;   /* where its title text ends */
    uint32_t nch;  /* characters in [b, e) */
    uint32_t f;    /* F_* */
    int32_t head;  /* N of a collection heading */
} line;

typedef struct page {
    const char *s;  /* the page */
    size_t n;       /* its length */
    line *l;        /* its lines */
    size_t nl;      /* how many */
    gw_rows *out;   /* where rows go */
    gw_str date;    /* the page's date, YYYY-MM-DD, or NULL */
    gw_pos pos;     /* byte offsets → character positions */
    gw_lines lines; /* line ends */
    /* Filters on the low 12 bits of a code point (a character passes when its
     * bit is set; what passes is then checked exactly): */
    uint64_t trig[64];                       /* characters that may start inline chrome */
    uint64_t second[64];                     /* second characters of the inline cue words */
    gw_wordset kind, notice, chrome, leadin; /* the word lists searched in every line */
    gw_wordset decor, bracket;               /* title decoration, bracketed notices */
    gw_buf scratch;                          /* a line copied to see what is left of it */
    const gw_speech_hints *hints;            /* what an HTML page's markup says, or NULL */
    size_t hint_line;                        /* the line holding the hinted title, or SIZE_MAX */
} page;

/* ---- small text helpers ---- */

static inline int is_ascii_alnum(uint32_t c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The length of the longest word of list w at s[i..e), or 0. */
static inline size_t word_len(gw_words w, const char *s, size_t i, size_t e) {
    size_t l = 0;
    return gw_words_at(&w, s, i, e, &l) >= 0 ? l : 0;
}

/* ---- chrome.c: the chrome cut out of a body line ---- */

/* Fills the page's filters and word sets (before any line is classified). */
void gw_speech_chrome_init(page *p);
/* Copies line L into o with inline chrome cut out; sets *trunc on a notice.
 * Returns 1 when something with a Han character was written. */
int gw_speech_copy_line(page *p, const line *L, gw_buf *o, int *trunc);

/* ---- title.c: titles and levels ---- */

/* Strips site decoration from the title text [*b, *e): 【篇N】 and short
 * bracketed labels before, 范文 (通用9篇) 【优秀范文】 集合3篇 after. */
void gw_speech_strip_decoration(const gw_wordset *decor_set, const char *s, size_t *b, size_t *e);
/* The speaker and the occasion a title names (县长在全县…大会上的讲话). */
void gw_speech_speaker_occasion(const gw_wordset *kinds, const char *s, size_t b, size_t e,
                                gw_str *speaker, gw_str *occ);
/* 省 市 州 县 区 旗: the level of government a body speaks for, or NULL. */
gw_str gw_speech_level(const char *s, size_t n);

#endif
