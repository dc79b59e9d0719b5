/*
 * cpu_watch.h — a second thread that stops a call after it has used some
 * CPU time: the interrupt test and the scaling test both run a statement
 * under one. CPU time of the calling thread, not wall time, so a busy
 * machine does not change what is measured.
 *
 *   cpu_watch w;
 *   cpu_watch_start(&w, db, 0.3);        // sqlite3_interrupt(db) after 0.3 s of CPU
 *   while (sqlite3_step(st) == SQLITE_ROW) {}
 *   double end = cpu_watch_stop(&w);     // w.fired, w.at: whether and when it fired
 */
#ifndef GW_CPU_WATCH_H
#define GW_CPU_WATCH_H

#include <pthread.h>
#include <sqlite3.h>
#include <time.h>

typedef struct cpu_watch {
    sqlite3 *db;        /* the connection running the call */
    clockid_t clock;    /* the CPU clock of the thread running it */
    double after;       /* CPU seconds after which it is interrupted; 0: never */
    double at;          /* CPU time of that thread when it was interrupted */
    int done;           /* set by cpu_watch_stop */
    int fired;          /* set by the watcher when it interrupted */
    pthread_mutex_t mu; /* guards done, fired and at */
    pthread_t thread;
} cpu_watch;

/* The CPU time of a clock, in seconds. */
double cpu_now(clockid_t c);

/* Starts watching the calling thread's CPU time. */
void cpu_watch_start(cpu_watch *w, sqlite3 *db, double after);

/* Stops the watcher and returns the calling thread's CPU time at that moment. */
double cpu_watch_stop(cpu_watch *w);

#endif
