/*
 * env.c — the per-connection state (env.h): created by gongwen.c, freed with
 * the connection.
 */
#include "env.h"

#include <stdlib.h>

gw_env *gw_env_new(void) {
    return calloc(1, sizeof(gw_env));
}

void gw_env_free(gw_env *env) {
    free(env);
}
