/* cpu_watch.c — see cpu_watch.h. */
#include "cpu_watch.h"

#include <string.h>

double cpu_now(clockid_t c) {
    struct timespec ts;
    clock_gettime(c, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void *watcher(void *arg) {
    cpu_watch *w = arg;
    double start = cpu_now(w->clock);
    for (;;) {
        pthread_mutex_lock(&w->mu);
        int done = w->done;
        if (!done && w->after > 0 && cpu_now(w->clock) - start >= w->after) {
            w->at = cpu_now(w->clock);
            w->fired = 1;
            sqlite3_interrupt(w->db);
            done = 1;
        }
        pthread_mutex_unlock(&w->mu);
        if (done) return NULL;
        nanosleep(&(struct timespec){0, 1000000}, NULL);
    }
}

void cpu_watch_start(cpu_watch *w, sqlite3 *db, double after) {
    memset(w, 0, sizeof *w);
    w->db = db;
    w->after = after;
    pthread_mutex_init(&w->mu, NULL);
    pthread_getcpuclockid(pthread_self(), &w->clock);
    pthread_create(&w->thread, NULL, watcher, w);
}

double cpu_watch_stop(cpu_watch *w) {
    pthread_mutex_lock(&w->mu);
    double end = cpu_now(w->clock);
    w->done = 1;
    pthread_mutex_unlock(&w->mu);
    pthread_join(w->thread, NULL);
    pthread_mutex_destroy(&w->mu);
    return end;
}
