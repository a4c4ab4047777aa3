// Checks the shipped module (dist/claimlens.js + claimlens_bg.wasm, as trunk
// built it) through its real JavaScript glue, in Node, and times it:
//   node scripts/check-dist.mjs [dist]
// The seed articles come from ../shared/seeds when present.
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = resolve(process.argv[2] ?? join(root, "dist"));
const claimlens = await import(pathToFileURL(join(dist, "claimlens.js")).href);
claimlens.initSync({ module: readFileSync(join(dist, "claimlens_bg.wasm")) });
const { analyze, sentences, schema } = claimlens;

function throws(call, pattern) {
  try {
    call();
  } catch (error) {
    assert.ok(error instanceof Error, `not an Error: ${error}`);
    assert.match(error.message, pattern);
    return;
  }
  assert.fail(`did not throw ${pattern}`);
}

// Offsets slice the JavaScript string, past emoji and Persian script.
const text =
  "Iran’s foreign minister, Abbas Araghchi (عباس عراقچی), said “the door is open” 🕊️ on Monday.\n\n" +
  "Two officials who spoke on condition of anonymity said talks 🗓️ could resume within weeks.";
const doc = analyze(text);
assert.equal(doc.schema, schema());
assert.equal(doc.offset_unit, "utf16");
assert.ok(doc.claims.length > 0, "no claims");
for (const claim of doc.claims) {
  assert.equal(text.slice(claim.start, claim.end), claim.text);
  for (const span of [claim.attribution.source, claim.attribution.cue, claim.attribution.quote]) {
    if (span) assert.equal(text.slice(span.start, span.end), span.text);
  }
}
for (const s of sentences(text)) assert.equal(text.slice(s.start, s.end), s.text);
assert.equal(analyze(text, { offsetUnit: "char" }).offset_unit, "char");

// Errors are Errors, and the module keeps working after them.
throws(() => analyze(""), /empty/);
throws(() => analyze(text, { offsetUnit: "bytes" }), /offsetUnit.*bytes/);
throws(() => analyze(text, { offsetunit: "utf16" }), /offsetunit/);
throws(() => analyze("ab\uD800cd"), /UTF-16 index 2.*toWellFormed/);
throws(() => analyze(42), /expected the text as a string/);
assert.ok(analyze(text).claims.length > 0);

// Speed on the seed articles, when ../shared is beside the repository.
const seeds = join(root, "..", "shared", "seeds");
let speed = "";
if (existsSync(seeds)) {
  const article = readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(seeds, f), "utf8"))
    .join("\n\n");
  analyze(article);
  const started = performance.now();
  let runs = 0;
  while (performance.now() - started < 1000 || runs < 3) {
    analyze(article);
    runs += 1;
  }
  const ms = (performance.now() - started) / runs;
  speed = `; the seeds (${article.length} UTF-16 units) in ${ms.toFixed(1)} ms`;
}
console.log(`dist/claimlens.js: all checks passed${speed}`);
