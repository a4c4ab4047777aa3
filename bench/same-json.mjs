// Checks that the browser module and the native command line give the same
// documents: the browser build runs another regex engine (regex-lite, see
// Cargo.toml), so the two must be shown to agree, byte for byte, on every
// fixture text.
//
//   node bench/same-json.mjs PKG_DIR CLAIMLENS_BIN [TEXT_OR_DIR...]
//
// PKG_DIR holds wasm-bindgen's `--target web` output (bench/wasm-size.sh
// writes one); CLAIMLENS_BIN is the native `claimlens` (cargo build
// --release). The texts default to every `.txt` under tests/fixtures, with
// www/example.txt and docs/example.txt. Each text is analysed in the three
// offset units by `analyze` in the module and by `claimlens analyze --jsonl
// --input text` (the whole set on its standard input, one record a text),
// and the two JSON texts compared (the module's through JSON.stringify, the
// CLI's parsed and written again, so that only values count, not spacing).
// Prints one line per unit and the first differences; exits 1 on any.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [pkg, bin, ...given] = process.argv.slice(2);
if (!pkg || !bin) {
  console.error("usage: node bench/same-json.mjs PKG_DIR CLAIMLENS_BIN [TEXT_OR_DIR...]");
  process.exit(2);
}
const root = resolve(new URL("..", import.meta.url).pathname);

function texts(paths) {
  const out = [];
  const walk = (p) => {
    if (statSync(p).isDirectory()) {
      for (const e of readdirSync(p).sort()) walk(join(p, e));
    } else if (p.endsWith(".txt")) {
      out.push(p);
    }
  };
  for (const p of paths) if (existsSync(p)) walk(p);
  return out;
}

const files = texts(
  given.length
    ? given
    : [join(root, "tests/fixtures"), join(root, "www/example.txt"), join(root, "docs/example.txt")],
);
const inputs = files.map((f) => ({ id: relative(root, f), text: readFileSync(f, "utf8") }));

const engine = await import(pathToFileURL(resolve(pkg, "claimlens.js")));
engine.initSync({ module: readFileSync(join(pkg, "claimlens_bg.wasm")) });

let failed = 0;
for (const unit of ["utf16", "char", "utf8"]) {
  const records = inputs.map((i) => JSON.stringify({ id: i.id, text: i.text })).join("\n") + "\n";
  const out = execFileSync(bin, ["analyze", "--jsonl", "--input", "text", "--offset-unit", unit, "-"], {
    input: records,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    stdio: ["pipe", "pipe", "ignore"],
  });
  const native = new Map();
  for (const line of out.split("\n")) {
    if (!line) continue;
    const r = JSON.parse(line);
    native.set(r.id, r.error !== undefined ? { error: r.error } : { json: JSON.stringify(r.result) });
  }
  let same = 0;
  let refused = 0;
  let chars = 0;
  const differ = [];
  for (const { id, text } of inputs) {
    const theirs = native.get(id);
    let ours;
    try {
      ours = { json: JSON.stringify(engine.analyze(text, { offsetUnit: unit })) };
    } catch (e) {
      ours = { error: String(e.message ?? e) };
    }
    chars += text.length;
    if (ours.error !== undefined || theirs?.error !== undefined) {
      // Both refuse (an empty text): the messages are each front end's own.
      if (ours.error !== undefined && theirs?.error !== undefined) refused++;
      else differ.push({ id, ours, theirs });
    } else if (ours.json === theirs?.json) {
      same++;
    } else {
      differ.push({ id, ours, theirs });
    }
  }
  console.log(
    JSON.stringify({ unit, texts: inputs.length, chars, same, both_refused: refused, differ: differ.length }),
  );
  for (const d of differ.slice(0, 5)) {
    const a = d.ours.json ?? d.ours.error ?? "";
    const b = d.theirs?.json ?? d.theirs?.error ?? "(missing)";
    let at = 0;
    while (at < a.length && a[at] === b[at]) at++;
    console.log(`  ${d.id} at ${at}:\n    wasm   ${a.slice(Math.max(0, at - 80), at + 120)}\n    native ${b.slice(Math.max(0, at - 80), at + 120)}`);
  }
  failed += differ.length;
}
process.exit(failed ? 1 : 0);
