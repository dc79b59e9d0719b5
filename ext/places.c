/*
 * places.c — gw_places(text) and gw_regions (contract §9; places.h states
 * the rules, regions.h the gazetteer).
 *
 * How it works. The text is read once into its folded characters (each
 * through gw_fold_char, with its byte offset), numbered by sentence. At each
 * character that starts a name of the gazetteer, every name found there is a
 * candidate. Each candidate goes through the refusals of rule 3 (words,
 * ordinary words, ethnic groups, lower places); of those left, the longest
 * leftmost ones are kept (rule 4), and each keeps the divisions it may name:
 * counties by their short name only as rule 2 allows, then rule 4's larger
 * division, then rule 5's nearest parent.
 */
#include "places.h"
#include "fold.h"
#include "fold_tables.h"
#include "lexicon.h"
#include "regions.h"

#include <math.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ word lists */

/* Short names that are ordinary words (rule 3: 和平发展, 东方 as a direction,
 * 红旗, 解放思想, 会同有关部门, 富民政策). Sorted by bytes. */
static const char *const ordinary_short[] = {
    "七星", "万年", "三元", "上街", "东方", "东风", "中原", "中方", "丰满", "九龙", "二七", "二道",
    "互助", "五峰", "交通", "会同", "元宝", "光明", "光泽", "公安", "六合", "共和", "凤凰", "前进",
    "前锋", "南岸", "南部", "博爱", "友好", "友谊", "双桥", "台前", "合作", "同心", "名山", "向阳",
    "和平", "四会", "回民", "国家", "城东", "城中", "城关", "城北", "城南", "城西", "复兴", "大兴",
    "大名", "大方", "大观", "天涯", "太和", "太平", "太白", "威信", "安全", "安定", "安居", "宏伟",
    "宝塔", "富民", "富裕", "小店", "工农", "市中", "市北", "市南", "平和", "平安", "平定", "平房",
    "延长", "建安", "惠民", "振兴", "新兴", "新华", "新城", "新建", "新星", "新民", "方城", "方正",
    "无为", "木兰", "来宾", "桃源", "比如", "民权", "永和", "江北", "江南", "江山", "江岸", "河东",
    "河西", "泰山", "洞口", "海棠", "清新", "清水", "清流", "温泉", "港口", "湖里", "灯塔", "爱民",
    "白云", "白玉", "石棉", "石门", "红旗", "老城", "芙蓉", "莲花", "解放", "资源", "运河", "通道",
    "金山", "钟楼", "长子", "长安", "长寿", "青山", "高台", "高明", "麒麟", "黑水",
};

/* Full names that are ordinary words (rule 3): a division only right after
 * its prefecture (阳泉市城区). Sorted. */
static const char *const ordinary_full[] = {
    "城区",
    "新区",
    "矿区",
    "郊区",
};

/* One-character stems of full names that are function words (和县 after a
 * noun: 县委政法委和县卫生健康委 is 和 + 县…): such a name counts only right
 * after a division above it (安徽和县). Sorted. */
static const char *const function_stems[] = {
    "与",
    "及",
    "和",
    "并",
};

/* Words that open a lower place's name after a place name (rule 3: 长寿路街道,
 * 黄石街, 中山社区, 芒市镇, 合作镇). Sorted. */
static const char *const lower_places[] = {
    "乡", "大街", "大道", "小区", "巷", "村", "社区", "胡同", "街", "街道", "路", "镇",
};

/* Words starting with a lower place's first character that are no lower
 * place (浙江乡村振兴, 江苏乡镇, 路线). Sorted. */
static const char *const not_lower_places[] = {
    "乡亲", "乡村", "乡镇", "村庄", "村民", "村级", "村镇", "路子", "路径", "路线", "镇村",
};

/* Deictic forms (rule 3: 全省, 我市, 本县, 该区): they name no particular
 * division, also where a name begins with one (全州 in 全州上下). Sorted. */
static const char *const deictic[] = {
    "全区", "全县", "全州", "全市", "全旗", "全盟", "全省", "各区", "各县", "各州", "各市",
    "各旗", "各盟", "各省", "我区", "我县", "我州", "我市", "我旗", "我盟", "我省", "本区",
    "本县", "本州", "本市", "本旗", "本盟", "本省", "此区", "此县", "此州", "此市", "此旗",
    "此盟", "此省", "该区", "该县", "该州", "该市", "该旗", "该盟", "该省",
};

/* Words of an organisation of the place named right before them (rule 3:
 * 浙江省委, 杭州市政府 name the place). Sorted. */
static const char *const org_words[] = {
    "区委", "区政府", "区长", "县委", "县政府", "县长", "州委",   "州政府", "州长",
    "市委", "市政府", "市长", "旗委", "盟委",   "省委", "省政府", "省长",
};

/* Is s one of the sorted list's words? */
static int in_words(gw_words w, const char *s) {
    return gw_words_index(&w, s, strlen(s)) >= 0;
}
#define IN_LIST(list, s) in_words(GW_WORDS(list), s)

/* ------------------------------------------------------------ the text */

#define CUT_MARGIN 8 /* characters cut on each side of a name */
#define CUT_SPAN   (2 * CUT_MARGIN + 32)

enum {
    WORD_ORG = 1,  /* an organisation's word: 省委, or tagged nt (北京大学) */
    WORD_PLACE = 2 /* a place's word: tagged ns (青海湖) */
};

typedef struct text {
    uint32_t *cp;   /* folded characters */
    uint32_t *off;  /* byte offset of each, off[nc] = n */
    uint32_t *sent; /* sentence number of each */
    /* the words around the name being read (cut_around), from character w0 on */
    size_t w0;                  /* the first character cut */
    uint32_t wstart[CUT_SPAN];  /* the first character of the word holding each */
    uint32_t wend[CUT_SPAN];    /* one past its last */
    uint8_t worg[CUT_SPAN];     /* WORD_ORG, WORD_PLACE or 0: what that word is */
    double route[CUT_SPAN + 1]; /* the cut's best log probability from each on */
    uint32_t next[CUT_SPAN];    /* and where the word starting there ends */
    size_t nc;                  /* characters */
    const char *s;              /* the text */
} text;

/* The characters of s (folded UTF-8), or 0 when they differ from t at i. */
static size_t key_at(const text *t, size_t i, const char *s, size_t n) {
    size_t k = 0, j = i;
    while (k < n) {
        uint32_t c;
        k += gw_utf8_next(s + k, n - k, &c);
        if (j >= t->nc || t->cp[j] != c) return 0;
        j++;
    }
    return j - i;
}

/* The folded UTF-8 of characters [b, e) into buf (room for 4 × 16 + 1). */
static const char *folded(const text *t, size_t b, size_t e, char *buf) {
    size_t o = 0;
    for (size_t i = b; i < e && i - b < 16; i++)
        o += gw_utf8_put(t->cp[i], buf + o);
    buf[o] = 0;
    return buf;
}

/* The words around the name [b, e) (rule 3), cut as jieba cuts a sentence
 * without its HMM: the route through the lexicon's words of greatest summed
 * log frequency, ties to the longer word, over the name and CUT_MARGIN
 * characters on each side within its sentence (a word of the lexicon is
 * rarely longer, so the cut there is the sentence's); every character of
 * that stretch gets the bounds of its word. */
static void cut_around(text *t, size_t b, size_t e) {
    size_t sb = b, se = e;
    while (sb > 0 && b - sb < CUT_MARGIN && t->sent[sb - 1] == t->sent[b])
        sb--;
    while (se < t->nc && se - e < CUT_MARGIN && t->sent[se] == t->sent[b])
        se++;
    t->w0 = sb;
    const double logtotal = log((double)gw_lex_total());
    t->route[(se)-t->w0] = 0;
    for (size_t p = se; p-- > sb;) {
        double best = -INFINITY;
        size_t end = p + 1;
        uint32_t node = GW_LEX_ROOT;
        for (size_t q = p; q < se; q++) {
            node = gw_lex_next(node, t->cp[q]);
            if (!node) break;
            if (q > p && !gw_lex_freq(node)) continue;
            double v = gw_lex_logfreq(node) - logtotal + t->route[(q + 1) - t->w0];
            if (v >= best) {
                best = v;
                end = q + 1;
            }
        }
        if (best == -INFINITY)
            best = -logtotal + t->route[(p + 1) - t->w0]; /* a character it lacks */
        t->route[(p)-t->w0] = best;
        t->next[(p)-t->w0] = (uint32_t)end;
    }
    char buf[80];
    for (size_t p = sb; p < se;) {
        size_t e = t->next[(p)-t->w0];
        uint32_t node = GW_LEX_ROOT;
        for (size_t q = p; q < e && (q == p || node); q++)
            node = gw_lex_next(node, t->cp[q]);
        const char *tag = e - p > 1 && node ? gw_lex_tag(node) : NULL;
        int org = 0;
        if (e - p > 1 && ((tag && !strcmp(tag, "nt")) || IN_LIST(org_words, folded(t, p, e, buf))))
            org = WORD_ORG;
        else if (e - p > 1 && tag && !strcmp(tag, "ns"))
            org = WORD_PLACE;
        for (size_t k = p; k < e; k++) {
            t->wstart[(k)-t->w0] = (uint32_t)p;
            t->wend[(k)-t->w0] = (uint32_t)e;
            t->worg[(k)-t->w0] = (uint8_t)org;
        }
        p = e;
    }
}

/* Does the name [b, e) split a word: does a word hold characters both inside
 * and outside it? */
static int splits_word(const text *t, size_t b, size_t e) {
    return t->wstart[(b)-t->w0] != b || t->wend[(e - 1) - t->w0] != e;
}

/* ------------------------------------------------------------ candidates */

typedef struct cand {
    uint32_t b, e;   /* characters [b, e) */
    uint16_t key;    /* gw_region_keys index */
    uint8_t refused; /* rule 3 said no */
} cand;

typedef struct cands {
    cand *v;
    size_t n, cap;
} cands;

static int push(cands *c, cand x) {
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 64;
        cand *v = realloc(c->v, cap * sizeof *v);
        if (!v) return 0;
        c->v = v;
        c->cap = cap;
    }
    c->v[c->n++] = x;
    return 1;
}

/* Rule 1: every name of the gazetteer starting at character i. */
static int names_at(const text *t, size_t i, cands *out) {
    size_t lo, hi;
    if (i + 1 >= t->nc || !gw_region_keys_of(t->cp[i], t->cp[i + 1], &lo, &hi)) return 1;
    for (size_t j = lo; j < hi; j++) {
        const gw_region_key *rk = &gw_region_keys[j];
        if (i + rk->chars > t->nc) continue;
        size_t l = key_at(t, i, rk->key, rk->len);
        if (!l || t->sent[i] != t->sent[i + l - 1]) continue;
        if (!push(out, (cand){(uint32_t)i, (uint32_t)(i + l), (uint16_t)j, 0})) return 0;
    }
    return 1;
}

static int has_form(const gw_region_key *k, int form) {
    for (size_t j = 0; j < k->count; j++)
        if (gw_region_names[k->first + j].form == form) return 1;
    return 0;
}

/* The short name of a division in folded characters. */
static size_t short_chars(const gw_region *r) {
    return gw_char_count(r->short_, strlen(r->short_));
}

/* Rule 3: a name inside a word of the sentence. A full name whose suffix
 * begins an organisation's word (浙江省委, 杭州市政府) still names the place:
 * its short name ends where that word begins; so does a name that begins an
 * organisation's name (北京大学), a place's (青海湖: a lower place such as
 * 南京路 is refused by its own rule) or a demonym (浙江人). */
static int refuse_split(text *t, const cand *c) {
    cut_around(t, c->b, c->e);
    if (!splits_word(t, c->b, c->e)) return 0;
    if (t->wstart[(c->b) - t->w0] != c->b) return 1;
    size_t w = t->wstart[(c->e - 1) - t->w0];
    if (w == c->b) /* the word goes on past the name */
        return !t->worg[(c->b) - t->w0] &&
               !(t->wend[(c->b) - t->w0] == c->e + 1 && t->cp[c->e] == 0x4EBA); /* 人 */
    if (t->worg[(c->e - 1) - t->w0] != WORD_ORG) return 1;
    const gw_region_key *k = &gw_region_keys[c->key];
    for (size_t j = 0; j < k->count; j++) {
        const gw_region_name *nm = &gw_region_names[k->first + j];
        const gw_region *r = &gw_regions[nm->region];
        if (nm->form != GW_FORM_FULL || !*r->short_) continue;
        size_t se = c->b + short_chars(r);
        if (se == w && !splits_word(t, c->b, se)) return 0;
    }
    return 1;
}

/* Rule 3: a deictic form. */
static int refuse_deictic(const text *t, const cand *c) {
    char buf[80];
    return IN_LIST(deictic, folded(t, c->b, c->b + 2, buf));
}

/* Rule 3: a short name used as an ordinary word or an ethnic group. */
static int refuse_ordinary(const text *t, const cand *c) {
    const gw_region_key *k = &gw_region_keys[c->key];
    if (has_form(k, GW_FORM_FULL) || has_form(k, GW_FORM_ABBR)) return 0;
    if (IN_LIST(ordinary_short, k->key)) return 1;
    return c->e < t->nc && t->cp[c->e] == 0x65CF; /* 族: 东乡族 */
}

/* Does a name start at character i? (all is in text order) */
static int starts_at(const cands *all, size_t i) {
    size_t lo = 0, hi = all->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (all->v[mid].b < i)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < all->n && all->v[lo].b == i;
}

/* Rule 3: the name opens a lower place's (长寿路街道, 芒市镇) — unless what
 * follows is itself a place name (南京镇江). */
static int refuse_lower_place(const text *t, const cand *c, const cands *all) {
    if (c->e >= t->nc) return 0;
    char buf[80];
    for (size_t l = 2; l > 0; l--) {
        if (c->e + l > t->nc) continue;
        const char *w = folded(t, c->e, c->e + l, buf);
        if (l == 2 && IN_LIST(not_lower_places, w)) return 0;
        if (IN_LIST(lower_places, w)) {
            return !starts_at(all, c->e);
        }
    }
    return 0;
}

/* ------------------------------------------------------------ mentions */

#define MAX_CHOICES 16

typedef struct mention {
    uint32_t b, e;                    /* characters */
    uint16_t key;                     /* the name */
    uint8_t n;                        /* divisions it may name */
    uint8_t could;                    /* divisions the name could name (rules 1, 2 and 4) */
    uint8_t ordinary_full;            /* 城区: only right after its prefecture */
    int16_t region[MAX_CHOICES];      /* gw_regions indexes */
    uint8_t conditional[MAX_CHOICES]; /* a county by its short name, rule 2 undecided */
    int16_t chosen;                   /* the division, or -1 */
    int16_t province;                 /* the province of every choice, or -1 */
} mention;

static int is_ancestor(int a, int r) {
    for (int p = gw_regions[r].parent; p >= 0; p = gw_regions[p].parent)
        if (p == a) return 1;
    return 0;
}

/* Rule 2 (for counties by their short name): does the name belong to one
 * division only? */
static int unique_name(const gw_region_key *k) {
    return k->count == 1;
}

/* Rule 3: a full name of a function word and its suffix, after a Han
 * character (和县 in 县委政法委和县卫生健康委). */
static int function_name(const text *t, const mention *m) {
    char buf[80];
    return m->e - m->b == 2 && m->b > 0 && gw_is_han(t->cp[m->b - 1]) &&
           IN_LIST(function_stems, folded(t, m->b, m->b + 1, buf));
}

/* The divisions a kept name may name, before context. A county named by a
 * short name it shares with other divisions is conditional (rule 2): also
 * where the name is a prefecture's too (西安: 西安市, and 西安区 in Liaoyuan
 * and Mudanjiang, is Xi'an unless the text names Jilin or Mudanjiang). */
static void choices(mention *m) {
    const gw_region_key *k = &gw_region_keys[m->key];
    m->n = 0;
    m->ordinary_full = (uint8_t)IN_LIST(ordinary_full, k->key);
    for (size_t j = 0; j < k->count && m->n < MAX_CHOICES; j++) {
        const gw_region_name *nm = &gw_region_names[k->first + j];
        const gw_region *r = &gw_regions[nm->region];
        int cond = nm->form == GW_FORM_SHORT && r->level == GW_COUNTY && !unique_name(k);
        m->region[m->n] = (int16_t)nm->region;
        m->conditional[m->n] = (uint8_t)cond;
        m->n++;
    }
}

/* Rule 4: a name a division shares with one inside it names the larger. */
static void prefer_larger(mention *m) {
    uint8_t k = 0;
    for (uint8_t i = 0; i < m->n; i++) {
        int inside = 0;
        for (uint8_t j = 0; j < m->n && !inside; j++)
            if (j != i && is_ancestor(m->region[j], m->region[i])) inside = 1;
        if (inside) continue;
        m->region[k] = m->region[i];
        m->conditional[k] = m->conditional[i];
        k++;
    }
    m->n = k;
}

/* Does mention o (already decided: one division) support division r of a
 * mention in the same or another sentence: r's prefecture or province? */
static int supports_parent(const mention *o, int r) {
    return o->chosen >= 0 && is_ancestor(o->chosen, r);
}

/* Another county of r's prefecture among o's choices. */
static int supports_sibling(const mention *o, int r) {
    int parent = gw_regions[r].parent;
    if (parent < 0 || gw_regions[parent].level != GW_PREFECTURE) return 0;
    for (uint8_t j = 0; j < o->n; j++) {
        int x = o->region[j];
        if (x != r && gw_regions[x].level == GW_COUNTY && gw_regions[x].parent == parent) return 1;
    }
    return 0;
}

/* Rule 5: the distance to the nearest mention supporting division r, before
 * m (negative: -1 right before), else after (positive), else 0. */
static long nearest_support(const mention *ms, size_t nm, size_t i, int r, const text *t) {
    for (size_t j = i; j-- > 0;) {
        if (supports_parent(&ms[j], r) ||
            (t->sent[ms[j].b] == t->sent[ms[i].b] && supports_sibling(&ms[j], r)))
            return -(long)(ms[i].b - ms[j].e) - 1;
    }
    for (size_t j = i + 1; j < nm; j++) {
        if (supports_parent(&ms[j], r) ||
            (t->sent[ms[j].b] == t->sent[ms[i].b] && supports_sibling(&ms[j], r)))
            return (long)(ms[j].b - ms[i].e) + 1;
    }
    return 0;
}

static void decide(mention *ms, size_t nm, size_t i, const text *t) {
    mention *m = &ms[i];
    /* rule 3: 城区, 和县… only right after a division above them */
    if (m->ordinary_full) {
        const mention *prev = i ? &ms[i - 1] : NULL;
        m->chosen = -1;
        m->n = 0;
        if (prev && prev->e == m->b && prev->chosen >= 0) {
            const gw_region_key *k = &gw_region_keys[m->key];
            for (size_t j = 0; j < k->count && m->n < MAX_CHOICES; j++) {
                int r = gw_region_names[k->first + j].region;
                if (!is_ancestor(prev->chosen, r)) continue;
                m->region[m->n] = (int16_t)r;
                m->conditional[m->n] = 0;
                m->n++;
            }
            if (m->n == 1) m->chosen = m->region[0];
        }
        return;
    }
    /* rule 2: a county by its short name needs its prefecture, its
     * province, or a county of its prefecture in the sentence */
    uint8_t k = 0;
    for (uint8_t j = 0; j < m->n; j++) {
        if (m->conditional[j] && !nearest_support(ms, nm, i, m->region[j], t)) continue;
        m->region[k] = m->region[j];
        m->conditional[k] = 0;
        k++;
    }
    m->n = k;
    if (m->n == 1) {
        m->chosen = m->region[0];
        return;
    }
    /* rule 5: the nearest support before, else after */
    long best = 0;
    int who = -1, tie = 0;
    for (uint8_t j = 0; j < m->n; j++) {
        long d = nearest_support(ms, nm, i, m->region[j], t);
        if (!d) continue;
        /* before (d < 0) beats after; nearer beats farther */
        long key = d < 0 ? -d : d + (1L << 40);
        if (who < 0 || key < best) {
            best = key;
            who = m->region[j];
            tie = 0;
        } else if (key == best) {
            tie = 1;
        }
    }
    if (who >= 0 && !tie) {
        m->chosen = (int16_t)who;
        return;
    }
    /* a province's name shared with divisions elsewhere names the province
     * when nothing decides (海南: the province, not 海南藏族自治州) */
    int prov = -1, nprov = 0;
    for (uint8_t j = 0; j < m->n; j++)
        if (gw_regions[m->region[j]].level == GW_PROVINCE) {
            prov = m->region[j];
            nprov++;
        }
    m->chosen = nprov == 1 ? (int16_t)prov : -1;
}

/* ------------------------------------------------------------ the parser */

static int by_start_longest(const void *x, const void *y) {
    const cand *a = x, *b = y;
    if (a->b != b->b) return a->b < b->b ? -1 : 1;
    if (a->e != b->e) return a->e > b->e ? -1 : 1;
    return 0;
}

static const char *const level_names[] = {"", "province", "prefecture", "county"};

static gw_str code_str(gw_rows *out, int r) {
    char buf[8];
    snprintf(buf, sizeof buf, "%06d", (int)gw_regions[r].code);
    return gw_rows_strdup(out, buf, 6);
}

static gw_str cstr(const char *s) {
    return (gw_str){s, strlen(s)};
}

static int emit(gw_rows *out, const char *s, const text *t, const mention *m, int64_t id) {
    gw_place *row = gw_rows_push(out);
    if (!row) return 0;
    row->id = id;
    row->name.p = s + t->off[m->b];
    row->name.n = t->off[m->e] - t->off[m->b];
    row->candidates = m->could > m->n ? m->could : m->n;
    row->pos = (int64_t)m->b + 1;
    row->len = (int64_t)(m->e - m->b);
    int prov = -1, level = -1;
    for (uint8_t j = 0; j < m->n; j++) {
        const gw_region *r = &gw_regions[m->region[j]];
        prov = j == 0 ? r->province : (prov == r->province ? prov : -2);
        level = j == 0 ? r->level : (level == r->level ? level : -2);
    }
    if (m->chosen >= 0) {
        const gw_region *r = &gw_regions[m->chosen];
        prov = r->province;
        level = r->level;
        row->code = code_str(out, m->chosen);
        row->canonical = cstr(r->name);
        if (!row->code.p) return 0;
    }
    if (level > 0) row->level = cstr(level_names[level]);
    if (prov >= 0) {
        row->province = code_str(out, prov);
        if (!row->province.p) return 0;
    }
    return 1;
}

/* Reads s into folded characters with offsets and sentence numbers. */
static int read_text(const char *s, size_t n, text *t) {
    size_t cap = n + 1;
    t->cp = malloc(cap * sizeof *t->cp);
    t->off = malloc(cap * sizeof *t->off);
    t->sent = malloc(cap * sizeof *t->sent);
    t->s = s;
    if (!t->cp || !t->off || !t->sent) return 0;
    uint32_t sent = 0;
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        uint32_t c;
        size_t l = gw_utf8_next(s + i, n - i, &c);
        /* most characters are ideographs that fold to themselves: one bit */
        t->cp[k] = c >= 0x4E00 && c <= 0x9FFF && !gw_cjk_bit(GW_BIT_FOLD, c) ? c : gw_fold_char(c);
        t->off[k] = (uint32_t)i;
        t->sent[k] = sent;
        if ((c < 0x3400 || c > 0x9FFF) && (gw_is_sentence_end(c) || gw_is_line_end(c))) sent++;
        k++;
        i += l;
    }
    t->off[k] = (uint32_t)n;
    t->nc = k;
    return 1;
}

int gw_parse_places(const gw_args *in, gw_rows *out, gw_error *err) {
    const char *s = in->v[0].s;
    size_t n = in->v[0].n;
    if (n >= UINT32_MAX) {
        err->code = GW_EBIG;
        snprintf(err->msg, sizeof err->msg, "the text is over 4 GB; split it");
        return GW_EBIG;
    }
    text t = {0};
    cands all = {0};
    mention *ms = NULL;
    int rc = GW_ENOMEM;
    if (!read_text(s, n, &t)) goto done;
    for (size_t i = 0; i < t.nc; i++) {
        if ((i & 4095) == 0 && gw_cancelled(t.off[i])) {
            rc = GW_EINTR;
            goto done;
        }
        if (t.cp[i] >= 0x3400 && !names_at(&t, i, &all)) goto done;
    }
    /* rule 3 */
    for (size_t j = 0; j < all.n; j++) {
        cand *c = &all.v[j];
        if ((j & 1023) == 0 && gw_cancelled(t.off[c->b])) {
            rc = GW_EINTR;
            goto done;
        }
        /* the cheap refusals first: the words are cut only for what is left */
        c->refused = (uint8_t)(refuse_deictic(&t, c) || refuse_ordinary(&t, c) ||
                               refuse_lower_place(&t, c, &all) || refuse_split(&t, c));
    }
    /* rule 4: the longest leftmost names that are left */
    if (all.n) qsort(all.v, all.n, sizeof *all.v, by_start_longest);
    ms = malloc((all.n ? all.n : 1) * sizeof *ms);
    if (!ms) goto done;
    size_t nm = 0, last_end = 0;
    for (size_t j = 0; j < all.n; j++) {
        const cand *c = &all.v[j];
        if (c->refused || c->b < last_end) continue;
        mention *m = &ms[nm];
        memset(m, 0, sizeof *m);
        m->b = c->b;
        m->e = c->e;
        m->key = c->key;
        m->chosen = -1;
        choices(m);
        if (function_name(&t, m)) m->ordinary_full = 1;
        prefer_larger(m);
        if (m->n == 0) continue;
        m->could = m->n;
        nm++;
        last_end = c->e;
    }
    /* mentions that name one division whatever the context decide first */
    for (size_t i = 0; i < nm; i++) {
        mention *m = &ms[i];
        if (!m->ordinary_full && m->n == 1 && !m->conditional[0]) m->chosen = m->region[0];
    }
    for (size_t i = 0; i < nm; i++)
        if (ms[i].chosen < 0) decide(ms, nm, i, &t);
    int64_t id = 0;
    for (size_t i = 0; i < nm; i++) {
        if (ms[i].n == 0) continue;
        if (!emit(out, s, &t, &ms[i], ++id)) goto done;
    }
    rc = GW_OK;
done:
    free(t.cp);
    free(t.off);
    free(t.sent);
    free(all.v);
    free(ms);
    if (rc != GW_OK) err->code = rc;
    return rc;
}

/* ------------------------------------------------------------ gw_regions */

int gw_parse_regions(const gw_args *in, gw_rows *out, gw_error *err) {
    (void)in;
    for (size_t i = 0; i < gw_nregions; i++) {
        const gw_region *r = &gw_regions[i];
        gw_region_row *row = gw_rows_push(out);
        if (!row) goto nomem;
        row->code = code_str(out, (int)i);
        row->name = cstr(r->name);
        if (*r->short_) row->short_ = cstr(r->short_);
        row->level = cstr(level_names[r->level]);
        if (r->parent >= 0) row->parent = code_str(out, r->parent);
        row->province = code_str(out, r->province);
        if (!row->code.p || !row->province.p || (r->parent >= 0 && !row->parent.p)) goto nomem;
    }
    return GW_OK;
nomem:
    err->code = GW_ENOMEM;
    return GW_ENOMEM;
}
