#!/usr/bin/env python3
"""Times the Python sentence splitters on the benchmark corpus.

    bench/peers.py CORPUS_DIR FILE...

Prints one JSON line per (tool, file): the median time of several runs after
a warm-up run, with the rule of bench/timing.mjs. Run with the virtual
environment scripts/bench makes (pySBD and sentencex, pinned in
bench/peers/requirements.txt).
"""

import json
import os
import statistics
import sys
import time

import pysbd
from sentencex import segment

MIN_RUNS, BUDGET, SLOW = 5, 1.0, 5.0


def median_time(run):
    started = time.perf_counter()
    run()
    if time.perf_counter() - started > SLOW:
        return time.perf_counter() - started, 1
    times, started = [], time.perf_counter()
    while len(times) < MIN_RUNS or (time.perf_counter() - started < BUDGET and len(times) < 200):
        t = time.perf_counter()
        run()
        times.append(time.perf_counter() - t)
        if times[-1] > SLOW and len(times) >= 2:
            break
    return statistics.median(times), len(times)


def main():
    corpus, files = sys.argv[1], sys.argv[2:]
    segmenter = pysbd.Segmenter(language="en", clean=False)
    tools = {
        "pysbd": lambda text: segmenter.segment(text),
        "sentencex": lambda text: list(segment("en", text)),
    }
    # The largest file each tool is timed on: pySBD takes seconds per 100 KB.
    limit = {"pysbd": 200_000, "sentencex": float("inf")}
    for name in files:
        with open(os.path.join(corpus, f"{name}.txt"), encoding="utf-8") as f:
            text = f.read()
        for tool, split in tools.items():
            if len(text.encode("utf-8")) > limit[tool]:
                continue
            seconds, runs = median_time(lambda: split(text))
            print(json.dumps({"runtime": "python", "tool": tool, "task": "sentences", "file": name,
                              "bytes": len(text.encode("utf-8")), "seconds": seconds, "runs": runs,
                              "sentences": len(split(text)) if runs > 1 else None}), flush=True)


if __name__ == "__main__":
    main()
