/*
 * gen_regions.c — a build-time program (not part of the extension): turns
 * ext/regions.tsv into build/gen/regions_table.c, the tables of regions.h.
 *
 *   gen_regions ext/regions.tsv build/gen/regions_table.c
 *
 * Each division gets its full name, its short name (when the TSV has one) and,
 * for autonomous prefectures, counties and banners, the short name with the
 * shortened suffix of its level (甘南藏族自治州 → 甘南州, 积石山…自治县 → 积石山县).
 * The names are folded with gw_fold_char, so 乾安县 is found as 乾安縣 and
 * as 干安县, grouped into distinct keys sorted by their bytes, and indexed by
 * their first two characters.
 */
#include "fold.h"
#include "regions.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_REGIONS 4096
#define MAX_NAMES   (MAX_REGIONS * 3)

typedef struct region {
    int code;
    char name[96], short_[96], level[16];
    int parent_code, province_code;
    int parent, province;
} region;

typedef struct name {
    char key[128]; /* folded */
    int region;
    int form;
} name;

static region regions[MAX_REGIONS];
static int nregions;
static name names[MAX_NAMES];
static int nnames;

static int by_key(const void *a, const void *b) {
    const name *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c) return c;
    return x->region - y->region;
}

static void fold_into(const char *s, char *out) {
    size_t n = strlen(s), o = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += gw_utf8_next(s + i, n - i, &cp);
        o += gw_utf8_put(gw_fold_char(cp), out + o);
    }
    out[o] = 0;
}

static int ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

static void add_name(const char *s, int region, int form) {
    if (!*s) return;
    if (nnames == MAX_NAMES) {
        fprintf(stderr, "gen_regions: too many names\n");
        exit(1);
    }
    fold_into(s, names[nnames].key);
    names[nnames].region = region;
    names[nnames].form = form;
    nnames++;
}

static int find_code(int code) {
    for (int i = 0; i < nregions; i++)
        if (regions[i].code == code) return i;
    return -1;
}

static void put_str(FILE *f, const char *s) {
    fputc('"', f);
    fputs(s, f);
    fputc('"', f);
}

/* Splits a line into its six tab-separated fields; 0 when it has another count. */
static int split6(char *line, char *field[6]) {
    int k = 0;
    char *p = line;
    for (; k < 6; k++) {
        field[k] = p;
        char *tab = strchr(p, '\t');
        if (!tab) {
            k++;
            break;
        }
        *tab = 0;
        p = tab + 1;
    }
    return k == 6;
}

/* Reads the TSV into regions[]; 0 on success. */
static int read_tsv(const char *path) {
    FILE *in = fopen(path, "r");
    if (!in) {
        perror(path);
        return 1;
    }
    char line[512];
    while (fgets(line, sizeof line, in)) {
        line[strcspn(line, "\n")] = 0;
        if (!*line) continue;
        char *field[6];
        if (!split6(line, field) || nregions == MAX_REGIONS) {
            fprintf(stderr, "gen_regions: bad line %d\n", nregions + 1);
            fclose(in);
            return 1;
        }
        region *r = &regions[nregions++];
        r->code = atoi(field[0]);
        snprintf(r->name, sizeof r->name, "%s", field[1]);
        snprintf(r->short_, sizeof r->short_, "%s", field[2]);
        snprintf(r->level, sizeof r->level, "%s", field[3]);
        r->parent_code = *field[4] ? atoi(field[4]) : -1;
        r->province_code = atoi(field[5]);
    }
    fclose(in);
    return 0;
}

/* Links each region to its parent and province, and lists its names
 * (full, short, abbreviated) in names[], sorted; 0 on success. */
static int link_and_name(void) {
    static const char *const abbr[][2] = {{"自治州", "州"}, {"自治县", "县"}, {"自治旗", "旗"}};
    for (int i = 0; i < nregions; i++) {
        region *r = &regions[i];
        r->parent = r->parent_code < 0 ? -1 : find_code(r->parent_code);
        r->province = find_code(r->province_code);
        if ((r->parent_code >= 0 && r->parent < 0) || r->province < 0) {
            fprintf(stderr, "gen_regions: %d: unknown parent or province\n", r->code);
            return 1;
        }
        add_name(r->name, i, GW_FORM_FULL);
        add_name(r->short_, i, GW_FORM_SHORT);
        for (size_t a = 0; a < sizeof abbr / sizeof abbr[0]; a++) {
            if (*r->short_ && ends_with(r->name, abbr[a][0])) {
                char s[128];
                snprintf(s, sizeof s, "%s%s", r->short_, abbr[a][1]);
                add_name(s, i, GW_FORM_ABBR);
            }
        }
    }
    qsort(names, (size_t)nnames, sizeof names[0], by_key);
    return 0;
}

/* The end of the group of names with the same key as names[i]. */
static int key_end(int i) {
    int j = i;
    while (j < nnames && !strcmp(names[j].key, names[i].key))
        j++;
    return j;
}

/* gw_regions[] and gw_region_names[]. */
static void write_regions(FILE *f) {
    fprintf(f, "const gw_region gw_regions[] = {\n");
    for (int i = 0; i < nregions; i++) {
        const region *r = &regions[i];
        int level = !strcmp(r->level, "province")     ? GW_PROVINCE
                    : !strcmp(r->level, "prefecture") ? GW_PREFECTURE
                                                      : GW_COUNTY;
        fprintf(f, "    {%d, ", r->code);
        put_str(f, r->name);
        fputs(", ", f);
        put_str(f, r->short_);
        fprintf(f, ", %d, %d, %d},\n", level, r->parent, r->province);
    }
    fprintf(f, "};\nconst size_t gw_nregions = %d;\n\n", nregions);

    fprintf(f, "const gw_region_name gw_region_names[] = {\n");
    for (int i = 0; i < nnames; i++)
        fprintf(f, "    {%d, %d},\n", names[i].region, names[i].form);
    fprintf(f, "};\n\n");
}

/* gw_region_keys[]: the distinct keys; 0 on success. */
static int write_keys(FILE *f) {
    size_t maxchars = 0;
    int nkeys = 0;
    fprintf(f, "const gw_region_key gw_region_keys[] = {\n");
    for (int i = 0; i < nnames;) {
        int j = key_end(i);
        const char *k = names[i].key;
        size_t len = strlen(k), chars = gw_char_count(k, len);
        uint32_t c1;
        gw_utf8_next(k, len, &c1);
        if (c1 >= 0x10000 || chars < 2 || len > 255 || j - i > 255) {
            fprintf(stderr, "gen_regions: key %s out of range\n", k);
            return 1;
        }
        if (chars > maxchars) maxchars = chars;
        fputs("    {", f);
        put_str(f, k);
        fprintf(f, ", %zu, %zu, %d, %d},\n", len, chars, i, j - i);
        nkeys++;
        i = j;
    }
    fprintf(f, "};\nconst size_t gw_nregion_keys = %d;\n", nkeys);
    fprintf(f, "const size_t gw_region_key_max = %zu;\n\n", maxchars);
    return 0;
}

/* gw_region_pairs[], the ranges of keys sharing their first two characters,
 * and gw_region_pair_at[], the first pair of each first character. */
static void write_pairs(FILE *f) {
    static int pair_at[65536];
    /* keys are sorted by bytes, so those sharing two first characters are
     * contiguous; walk the distinct keys again */
    fprintf(f, "const gw_region_pair gw_region_pairs[] = {\n");
    int npairs = 0, key = 0, lo = 0;
    uint32_t p1 = 0, p2 = 0;
    for (int i = 0; i <= nnames;) {
        uint32_t c1 = 0, c2 = 0;
        if (i < nnames) {
            const char *k = names[i].key;
            size_t len = strlen(k), a = gw_utf8_next(k, len, &c1);
            gw_utf8_next(k + a, len - a, &c2);
        }
        if (i == nnames || c1 != p1 || c2 != p2) {
            if (key > lo) {
                fprintf(f, "    {0x%X, 0x%X, %d, %d},\n", p1, p2, lo, key);
                if (!pair_at[p1]) pair_at[p1] = npairs + 1;
                npairs++;
            }
            lo = key;
            p1 = c1;
            p2 = c2;
        }
        if (i == nnames) break;
        key++;
        i = key_end(i);
    }
    fprintf(f, "};\nconst size_t gw_nregion_pairs = %d;\n\n", npairs);

    fprintf(f, "const uint16_t gw_region_pair_at[65536] = {\n");
    for (int i = 0; i < 65536; i++)
        fprintf(f, "%d,%s", pair_at[i], i % 16 == 15 ? "\n" : " ");
    fprintf(f, "};\n");
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: gen_regions regions.tsv out.c\n");
        return 2;
    }
    if (read_tsv(argv[1]) || link_and_name()) return 1;
    FILE *f = fopen(argv[2], "w");
    if (!f) {
        perror(argv[2]);
        return 1;
    }
    fprintf(f, "/* Generated by ext/gen_regions.c from ext/regions.tsv: do not edit. */\n");
    fprintf(f, "#include \"regions.h\"\n\n");
    write_regions(f);
    if (write_keys(f)) {
        fclose(f);
        return 1;
    }
    write_pairs(f);
    if (fclose(f) != 0) {
        perror(argv[2]);
        return 1;
    }
    return 0;
}
