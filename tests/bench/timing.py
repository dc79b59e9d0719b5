"""timing.py — how every part of make bench times a piece of work."""
import statistics
import time


def best_median(fn, runs=3):
    """Runs fn() runs times; the shortest and the median time, in seconds."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times), statistics.median(times)
