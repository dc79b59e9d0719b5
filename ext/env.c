/*
 * env.c — the per-connection state (env.h): created by gongwen.c, freed with
 * the connection. ICU break iterators are costly to open (their rules), so
 * each connection opens one template and every call works on a clone.

 *
 * ICU keeps process-wide caches of what it loaded (break rules, the
 * dictionary); the extension is linked with -z nodelete (Makefile) so that it,
 * and ICU with it, stays loaded after the last connection closes.
 */
#include "env.h"

#include <stdlib.h>
#include <unicode/ubrk.h>

static void *open_break(UBreakIteratorType type) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(type, "zh", NULL, 0, &status);
    if (U_FAILURE(status)) {
        if (bi) ubrk_close(bi);
        return NULL;
    }
    return bi;
}

gw_env *gw_env_new(void) {
    gw_env *env = calloc(1, sizeof(gw_env));
    if (!env) return NULL;
    env->sentence_break = open_break(UBRK_SENTENCE);
    return env;
}

void gw_env_free(gw_env *env) {
    if (!env) return;
    if (env->sentence_break) ubrk_close(env->sentence_break);
    free(env);
}

/* A new iterator of the template's kind, not a clone: ICU's clone of a rule
 * based break iterator crashes when an allocation inside it fails (ICU 72
 * copies into a dictionary cache it could not allocate), while opening one
 * reports the failure; and opening costs a few microseconds once ICU has its
 * rules and dictionary cached (the template keeps them loaded). */
void *gw_env_clone_break(const gw_env *env, const void *tmpl) {
    if (!tmpl) return NULL;
    return open_break(tmpl == env->sentence_break ? UBRK_SENTENCE : UBRK_WORD);
}
