/*
 * env.h — per-connection state that parsers may need (ICU objects opened once
 * per connection and cloned per call). Owned by gongwen.c.
 *
 * A connection is used by one thread at a time, so its templates are only
 * ever read (cloned) by one call at a time; each call works on its own clone,
 * so nothing mutable is shared between threads.
 */
#ifndef GW_ENV_H
#define GW_ENV_H

typedef struct gw_env {
    void *sentence_break; /* ICU sentence break iterator template (UBreakIterator *), or NULL */
} gw_env;

/* A new state with the ICU templates opened (locale "zh"); a template that ICU cannot open is left
 * NULL and the function that needs it reports an error. NULL when out of memory. */
gw_env *gw_env_new(void);
void gw_env_free(gw_env *env);

/* A private copy of a template for one call (UBreakIterator *), or NULL;
 * close it with ubrk_close. */
/* A new iterator of the template's kind (a new one, not a clone: see env.c). */
void *gw_env_clone_break(const gw_env *env, const void *tmpl);

#endif
