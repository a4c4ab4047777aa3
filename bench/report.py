#!/usr/bin/env python3
"""Turns the benchmark's measurements into tables and the growth plot.

    bench/report.py RESULTS_DIR SVG_PATH

Reads RESULTS_DIR/*.jsonl (one measurement per line, from benches/speed.rs,
bench/node.mjs, bench/browser.mjs and bench/peers.py), RESULTS_DIR/corpus.json
and RESULTS_DIR/sizes.json; writes RESULTS_DIR/report.md (printed too) and
the growth plot SVG_PATH.
"""

import glob
import json
import os
import sys

FILES = ["1k", "10k", "100k", "1m", "10m"]


def load(results):
    rows = []
    for path in sorted(glob.glob(os.path.join(results, "*.jsonl"))):
        with open(path) as f:
            rows += [json.loads(line) for line in f if line.startswith("{")]
    return rows


def mbs(row):
    return row["bytes"] / max(row["seconds"], 1e-9) / 1e6


def fmt_time(seconds):
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds:.2f} s"


def main():
    results, svg_path = sys.argv[1], sys.argv[2]
    rows = load(results)
    with open(os.path.join(results, "corpus.json")) as f:
        corpus = json.load(f)
    sizes_path = os.path.join(results, "sizes.json")
    sizes = json.load(open(sizes_path)) if os.path.exists(sizes_path) else {}

    def get(runtime, tool, task, file):
        for r in rows:
            if (r.get("runtime"), r.get("tool", "claimlens"), r.get("task"), r.get("file")) == (runtime, tool, task, file):
                return r
        return None

    out = []
    say = out.append
    for r in rows:
        if r.get("task") == "machine":
            say(f"Machine: {r['cores']} cores, load average {r['load']:.1f} when the run began "
                "(timings stretch with the load; instruction counts do not).\n")
    # Speed: every (runtime, tool, task) on every file.
    combos = []
    for r in rows:
        if "seconds" in r and "file" in r:
            key = (r["runtime"], r.get("tool", "claimlens"), r["task"])
            if key not in combos:
                combos.append(key)
    say("### Speed (median of several runs after a warm-up)\n")
    say("| runtime | tool | task | " + " | ".join(FILES) + " | 1,000-word article |")
    say("|---|---|---|" + "---:|" * (len(FILES) + 1))
    for runtime, tool, task in combos:
        cells = []
        for name in FILES:
            r = get(runtime, tool, task, name)
            cells.append(f"{mbs(r):.2f} MB/s" if r else "—")
        r = get(runtime, tool, task, "article")
        cells.append(fmt_time(r["seconds"]) if r else "—")
        say(f"| {runtime} | {tool} | {task} | " + " | ".join(cells) + " |")

    # Ratios: claimlens over each peer, same runtime where possible, same file.
    say("\n### claimlens against the peers (how many times faster; same corpus file)\n")
    say("| claimlens | peer | task | " + " | ".join(FILES[:4]) + " | article |")
    say("|---|---|---|" + "---:|" * 5)
    pairs = [
        (("node", "claimlens", "analyze"), ("node", "compromise", "analyze")),
        (("node", "claimlens", "analyze"), ("node", "wink", "analyze")),
        (("native", "claimlens", "analyze"), ("node", "compromise", "analyze")),
        (("native", "claimlens", "analyze"), ("node", "wink", "analyze")),
        (("node", "claimlens", "sentences"), ("node", "compromise", "sentences")),
        (("node", "claimlens", "sentences"), ("node", "wink", "sentences")),
        (("native", "claimlens", "sentences"), ("python", "pysbd", "sentences")),
        (("native", "claimlens", "sentences"), ("python", "sentencex", "sentences")),
    ]
    ratios = {}
    for ours, theirs in pairs:
        cells = []
        for name in FILES[:4] + ["article"]:
            a, b = get(*ours, name), get(*theirs, name)
            if a and b:
                ratio = b["seconds"] / max(a["seconds"], 1e-9)
                ratios.setdefault((ours, theirs), []).append(ratio)
                cells.append(f"{ratio:,.1f}×")
            else:
                cells.append("—")
        say(f"| {ours[0]} {ours[2]} | {theirs[1]} ({theirs[0]}) | {theirs[2]} | " + " | ".join(cells) + " |")

    # Growth: time against size.
    say("\n### Growth (time against input size)\n")
    say("| runtime | task | " + " | ".join(FILES) + " | 10 MB ÷ (10 × 1 MB) |")
    say("|---|---|" + "---:|" * (len(FILES) + 1))
    series = []
    for runtime, tool, task in combos:
        if tool != "claimlens":
            continue
        pts = [(corpus[n]["bytes"], get(runtime, tool, task, n)) for n in FILES]
        pts = [(b, r["seconds"]) for b, r in pts if r]
        if not pts:
            continue
        series.append((f"{runtime} {task}", pts))
        one, ten = get(runtime, tool, task, "1m"), get(runtime, tool, task, "10m")
        linear = f"{ten['seconds'] / (10 * one['seconds'] * corpus['10m']['bytes'] / (10 * corpus['1m']['bytes'])):.2f}" if one and ten else "—"
        say(f"| {runtime} | {task} | " + " | ".join(fmt_time(s) for _, s in pts) + f" | {linear} |")
    write_svg(svg_path, series)

    # Sizes, memory, readiness.
    say("\n### Size, memory, page readiness\n")
    say("| what | measured | target |")
    say("|---|---:|---:|")
    kb = lambda n: f"{n / 1024:.1f} KB"
    for key, label, target in [
        ("wasm", "release .wasm (wasm-bindgen output)", "≤ 250 KB gzip"),
        ("glue", "JS glue (claimlens.js)", ""),
        ("page_js", "page JS (app, render, export, worker, claim-lens)", ""),
        ("css", "CSS (app, marks, claim-lens)", ""),
        ("glue_css", "JS glue + CSS", "≤ 30 KB gzip"),
    ]:
        if key in sizes:
            s = sizes[key]
            say(f"| {label} | {kb(s['raw'])} raw, {kb(s['gzip'])} gzip | {target} |")
    for r in rows:
        if r.get("task") == "instructions":
            say(f"| instructions per input byte, full analysis of the 100 KB file (callgrind) | {r['instructions'] / r['bytes']:.0f} | ≤ 400 |")
        if r.get("task") == "one_sentence":
            say(f"| `claimlens analyze` of one sentence, whole process (median) | {fmt_time(r['seconds'])} | ≤ 10 ms |")
        if r.get("task") == "first_analysis":
            say(f"| first analysis after the engine is ready, 1,000-word article, wasm in Node (fresh engine each run; median) | {fmt_time(r['first_seconds'])} (the second: {fmt_time(r['second_seconds'])}) | ≤ 30 ms |")
            if "warmed_first_seconds" in r:
                say(f"| the same after the page's warm-up (`warm()`, {fmt_time(r['warm_seconds'])}, run by the worker once the engine is loaded) | {fmt_time(r['warmed_first_seconds'])} | ≤ 30 ms |")
    heap = [r for r in rows if r.get("task") == "peak_heap"]
    for r in [r for r in rows if r.get("task") == "peak_heap_analysis"]:
        say(f"| peak heap, `analyze_text` on the 10 MB file (counting allocator) | {r['peak_bytes'] / 1e6:.0f} MB = {r['peak_bytes'] / r['bytes']:.1f}× input | ≤ 8× |")
    for r in heap:
        say(f"| peak heap, `analyze` (analysis + output document) on the 10 MB file |  {r['peak_bytes'] / 1e6:.0f} MB = {r['peak_bytes'] / r['bytes']:.1f}× input | ≤ 8× |")
    for r in rows:
        if r.get("task") == "max_rss":
            say(f"| max RSS of `claimlens analyze` on the 10 MB file (JSON out) | {r['rss_bytes'] / 1e6:.0f} MB = {r['rss_bytes'] / r['bytes']:.1f}× input | ≤ 8× |")
        if r.get("task") == "page_ready":
            say(f"| page: engine ready after navigation (median of {r['runs']} loads) | {r['ready_ms']:.0f} ms (DOMContentLoaded {r['dom_ms']:.0f} ms) | ≤ 300 ms |")
    text = "\n".join(out) + "\n"
    with open(os.path.join(results, "report.md"), "w") as f:
        f.write(text)
    print(text)


def write_svg(path, series):
    """A log-log plot of time against size, with the linear guide through 1 MB."""
    import math
    w, h, left, bottom, top, right = 560, 340, 70, 40, 20, 150
    xs = [b for _, pts in series for b, _ in pts]
    ys = [s for _, pts in series for _, s in pts]
    if not xs:
        return
    x0, x1 = math.log10(min(xs)), math.log10(max(xs))
    y0, y1 = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))
    px = lambda b: left + (math.log10(b) - x0) / (x1 - x0) * (w - left - right)
    py = lambda s: h - bottom - (math.log10(s) - y0) / (y1 - y0) * (h - top - bottom)
    colours = ["#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df", "#bc4c00"]
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="sans-serif" font-size="11">',
             f'<rect width="{w}" height="{h}" fill="#fff"/>',
             f'<text x="{left}" y="13" font-size="12">claimlens: time against input size (log–log scales; linear growth is one decade of time per decade of size)</text>']
    for e in range(y0, y1 + 1):
        y = py(10 ** e)
        label = fmt_time(10 ** e)
        parts.append(f'<line x1="{left}" x2="{w - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{label}</text>')
    for b, label in [(1e3, "1 KB"), (1e4, "10 KB"), (1e5, "100 KB"), (1e6, "1 MB"), (1e7, "10 MB")]:
        if min(xs) * 0.7 <= b <= max(xs) * 1.3:
            x = px(min(max(b, min(xs)), max(xs)))
            parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top}" y2="{h - bottom}" stroke="#eee"/>')
            parts.append(f'<text x="{x:.1f}" y="{h - bottom + 15}" text-anchor="middle">{label}</text>')
    parts.append(f'<text x="{(left + w - right) / 2}" y="{h - 6}" text-anchor="middle">input size</text>')
    for k, (name, pts) in enumerate(series):
        c = colours[k % len(colours)]
        d = " ".join(f"{'M' if i == 0 else 'L'}{px(b):.1f},{py(s):.1f}" for i, (b, s) in enumerate(pts))
        parts.append(f'<path d="{d}" fill="none" stroke="{c}" stroke-width="2"/>')
        for b, s in pts:
            parts.append(f'<circle cx="{px(b):.1f}" cy="{py(s):.1f}" r="3" fill="{c}"/>')
        ly = top + 14 + 16 * k
        parts.append(f'<line x1="{w - right + 10}" x2="{w - right + 28}" y1="{ly - 4}" y2="{ly - 4}" stroke="{c}" stroke-width="2"/>')
        parts.append(f'<text x="{w - right + 32}" y="{ly}">{name}</text>')
    parts.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(parts) + "\n")


if __name__ == "__main__":
    main()
