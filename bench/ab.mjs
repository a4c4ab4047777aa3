// Two builds of the browser module timed in Node, in turn, each run in fresh
// processes: what a change to the module (another regex engine, another
// opt-level) costs where it runs.
//
//   node bench/ab.mjs PKG_A PKG_B ARTICLE CORPUS_DIR [ROUNDS]
//
// PKG_A and PKG_B hold wasm-bindgen's `--target web` output (bench/wasm-size.sh
// writes one). ARTICLE is the first article (the page's seed 000);
// CORPUS_DIR holds bench/corpus.py's 100k.txt and 1m.txt. Each round runs,
// for A and then B (B first in odd rounds), two fresh processes:
// - cold: `initSync` (the module compiled), the first analysis of ARTICLE
//   with no warm-up, and a second one;
// - warm: `initSync`, `warm()` (the page's worker calls it once the engine
//   is loaded), the first and second analyses of ARTICLE after it, then (unless
//   AB_QUICK is set) the 100 KB and
//   1 MB analyses (the median of 7 and of 5 runs, each after one warm-up).
// Each is timed by the wall clock and by the process's CPU time (the
// `_cpu` measures), which a loaded machine's waits for a core do not move.
// Prints one JSON line per process, then, per build and measure, the median
// of the rounds with their range, and B against A.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const [a, b, article, corpus, rounds = "5", child] = process.argv.slice(2);

async function load(pkg) {
  const engine = await import(pathToFileURL(resolve(pkg, "claimlens.js")));
  const bytes = readFileSync(join(pkg, "claimlens_bg.wasm"));
  const t = performance.now();
  engine.initSync({ module: bytes });
  return { engine, init: (performance.now() - t) / 1000 };
}

// Wall time, and the process's CPU time (user and system, all its threads):
// on a loaded machine the wall time holds the waits for a core, the CPU
// time does not.
const once = (run) => {
  const c = process.cpuUsage();
  const t = performance.now();
  run();
  const wall = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(c);
  return { wall, cpu: (cpu.user + cpu.system) / 1e6 };
};

// One warm-up run, then `n` runs: the median of each.
const medianOf = (run, n) => {
  once(run);
  const xs = Array.from({ length: n }, () => once(run));
  const mid = (k) => xs.map((x) => x[k]).sort((p, q) => p - q)[n >> 1];
  return { wall: mid("wall"), cpu: mid("cpu") };
};

const flat = (name, m) => ({ [name]: m.wall, [`${name}_cpu`]: m.cpu });

if (child === "--cold" || child === "--warm") {
  const { engine, init } = await load(a);
  const text = readFileSync(article, "utf8");
  const analyze = (s) => () => engine.analyze(s, { offsetUnit: "utf16" });
  if (child === "--cold") {
    const first = once(analyze(text));
    const second = once(analyze(text));
    console.log(JSON.stringify({ init, ...flat("first", first), ...flat("second", second) }));
  } else {
    const out = { ...flat("warm", once(() => engine.warm())), ...flat("warmed_first", once(analyze(text))) };
    Object.assign(out, flat("warmed_second", once(analyze(text))));
    // AB_QUICK=1: the start-up measures alone, without the corpus's.
    const sizes = process.env.AB_QUICK ? [] : [["100k", 7], ["1m", 5]];
    for (const [name, runs] of sizes) {
      const s = readFileSync(join(corpus, `${name}.txt`), "utf8");
      const m = medianOf(analyze(s), runs);
      Object.assign(out, flat(`s_${name}`, m));
      out[`mbps_${name}`] = Buffer.byteLength(s) / m.wall / 1e6;
      out[`mbps_${name}_cpu`] = Buffer.byteLength(s) / m.cpu / 1e6;
    }
    console.log(JSON.stringify(out));
  }
} else {
  const self = fileURLToPath(import.meta.url);
  const run = (pkg, mode) =>
    JSON.parse(execFileSync(process.execPath, [self, pkg, "-", article, corpus, rounds, mode], { encoding: "utf8" }));
  const samples = { A: [], B: [] };
  for (let r = 0; r < Number(rounds); r++) {
    const order = r % 2 ? ["B", "A"] : ["A", "B"];
    for (const which of order) {
      const pkg = which === "A" ? a : b;
      const s = { ...run(pkg, "--cold"), ...run(pkg, "--warm") };
      // The cold process's init is reported; the warm one's is the same work.
      console.log(JSON.stringify({ round: r, build: which, pkg, ...s }));
      samples[which].push(s);
    }
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  const keys = Object.keys(samples.A[0]);
  for (const k of keys) {
    const row = {};
    for (const w of ["A", "B"]) {
      const xs = samples[w].map((s) => s[k]);
      row[w] = { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
    }
    row.b_vs_a = row.B.median / row.A.median - 1;
    console.log(JSON.stringify({ measure: k, ...row }));
  }
}
