/*
 * units.h — the closed word lists of gw_numbers (contract §5), as data.
 *
 * The tables are written once, in simplified characters, in ext/units.txt;
 * ext/gen_words.py completes each with its traditional twins at build time
 * (build/gen/units_gen.h) and sorts it by the bytes of its first field
 * (strcmp order), so a lookup is a binary search. tests/unit/test_numbers.c
 * checks the order, tests/unit/test_words.c that every table is closed under
 * simplified ⇄ traditional. The second field is what gw_numbers shows,
 * always simplified.
 */
#ifndef GW_UNITS_H
#define GW_UNITS_H

/* A unit or measure word after a number: written form, unit shown, kind. */
typedef struct gw_unit {
    const char *text; /* as written */
    const char *unit; /* in simplified characters */
    const char *kind; /* count money duration percent ordinal */
} gw_unit;

/* A qualifier: written form and simplified form. */
typedef struct gw_word {
    const char *text; /* as written */
    const char *simp; /* in simplified characters */
} gw_word;

#include "units_gen.h"

#endif
