// Times claimlens's WebAssembly build and the JavaScript peers in Node.
//
//   node bench/node.mjs CORPUS_DIR PKG_DIR PEERS_DIR FILE...
//
// PKG_DIR holds wasm-bindgen's `--target web` output (claimlens.js and
// claimlens_bg.wasm); PEERS_DIR the peers' node_modules (bench/peers). One
// JSON line per (tool, task, file).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { claimlensTasks, medianTime } from "./timing.mjs";

const [corpus, pkg, peers, ...files] = process.argv.slice(2);
const require = createRequire(resolve(peers, "package.json"));

// The largest corpus file each tool is timed on: compromise takes seconds
// per 100 KB, so it stops there.
const LIMIT = { claimlens: Infinity, compromise: 200_000, wink: 2_000_000 };

const only = process.env.BENCH_TOOLS ? process.env.BENCH_TOOLS.split(",") : ["claimlens", "compromise", "wink"];
let engine = null;
if (only.includes("claimlens")) {
  engine = await import(pathToFileURL(resolve(pkg, "claimlens.js")));
  engine.initSync({ module: readFileSync(join(pkg, "claimlens_bg.wasm")) });
}

// The peers load only when asked for (`--quick` runs claimlens alone,
// without installing them).
const tools = { claimlens: engine && claimlensTasks(engine) };
if (only.includes("compromise")) {
  const nlp = require("compromise");
  // compromise: the parse, its sentences and its quotations.
  tools.compromise = {
    analyze: (text) => {
      const doc = nlp(text);
      return [doc.sentences().out("array"), doc.quotations().out("array")];
    },
    sentences: (text) => nlp(text).sentences().out("array"),
  };
}
if (only.includes("wink")) {
  const wink = require("wink-nlp")(require("wink-eng-lite-web-model"));
  const its = wink.its;
  // wink-nlp with its English lite web model: the parse, sentences and entities.
  tools.wink = {
    analyze: (text) => {
      const doc = wink.readDoc(text);
      return [doc.sentences().out(its.span), doc.entities().out(its.detail)];
    },
    sentences: (text) => wink.readDoc(text).sentences().out(its.span),
  };
}

for (const name of files) {
  const text = readFileSync(join(corpus, `${name}.txt`), "utf8");
  const bytes = Buffer.byteLength(text);
  for (const tool of only) {
    for (const [task, run] of Object.entries(tools[tool])) {
      if (bytes > LIMIT[tool]) continue;
      const { seconds, runs } = medianTime(() => run(text));
      console.log(JSON.stringify({ runtime: "node", tool, task, file: name, bytes, seconds, runs }));
    }
  }
}
