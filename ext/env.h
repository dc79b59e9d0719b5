/*
 * env.h — per-connection state that parsers may need (ICU objects opened once
 * per connection and cloned per call). Owned by gongwen.c.
 */
#ifndef GW_ENV_H
#define GW_ENV_H

typedef struct gw_env {
    void *word_break;     /* ICU word break iterator template (UBreakIterator *) */
    void *sentence_break; /* ICU sentence break iterator template (UBreakIterator *) */
} gw_env;

gw_env *gw_env_new(void);
void gw_env_free(gw_env *env);

#endif
