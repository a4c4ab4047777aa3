// The cost of the first analysis after the engine is ready: the rules'
// patterns and word lists are built on first use, so the first call pays
// for them and the second shows the analysis alone.
//
//   node bench/first-run.mjs PKG_DIR ARTICLE [RUNS]
//
// Each run is a fresh Node process (a fresh engine). One JSON line: the
// median first and second analysis of ARTICLE, in seconds.
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
  const first = time();
  const second = time();
  console.log(JSON.stringify({ first, second }));
} else {
  const self = fileURLToPath(import.meta.url);
  const samples = [];
  for (let i = 0; i < Number(runs); i++) {
    const out = execFileSync(process.execPath, [self, pkg, article, runs, "--child"], { encoding: "utf8" });
    samples.push(JSON.parse(out));
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
    }),
  );
}
