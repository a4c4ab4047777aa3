// The cost of the first analysis after the engine is ready: the rules'
// patterns and word lists are built on first use, so the first call pays
// for them and the second shows the analysis alone. The page's worker calls
// warm() once the engine is loaded, before the reader's first article: the
// first analysis after it is timed too, in a fresh engine of its own.
//
//   node bench/first-run.mjs PKG_DIR ARTICLE [RUNS]
//
// Each run is a fresh Node process (a fresh engine). One JSON line: the
// median first and second analysis of ARTICLE, the warm-up and the first
// analysis after it, in seconds.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const [pkg, article, runs = "7", child] = process.argv.slice(2);

if (child === "--child") {
  const engine = await import(pathToFileURL(resolve(pkg, "claimlens.js")));
  engine.initSync({ module: readFileSync(resolve(pkg, "claimlens_bg.wasm")) });
  const text = readFileSync(article, "utf8");
  const time = () => {
    const t = performance.now();
    engine.analyze(text, { offsetUnit: "utf16" });
    return (performance.now() - t) / 1000;
  };
  if (process.argv.includes("--warm")) {
    const t = performance.now();
    engine.warm();
    const warm = (performance.now() - t) / 1000;
    console.log(JSON.stringify({ warm, warmed: time() }));
  } else {
    const first = time();
    const second = time();
    console.log(JSON.stringify({ first, second }));
  }
} else {
  const self = fileURLToPath(import.meta.url);
  const samples = [];
  for (let i = 0; i < Number(runs); i++) {
    const child = (...flags) =>
      JSON.parse(execFileSync(process.execPath, [self, pkg, article, runs, "--child", ...flags], { encoding: "utf8" }));
    samples.push({ ...child(), ...child("--warm") });
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    JSON.stringify({
      runtime: "node",
      task: "first_analysis",
      file: article.split("/").pop(),
      bytes: Buffer.byteLength(readFileSync(article, "utf8")),
      first_seconds: median(samples.map((s) => s.first)),
      second_seconds: median(samples.map((s) => s.second)),
      warm_seconds: median(samples.map((s) => s.warm)),
      warmed_first_seconds: median(samples.map((s) => s.warmed)),
    }),
  );
}
