// The installed package (tests/npm/run installs the tarball into a fresh
// folder): its manifest, its files, and Node importing it by name.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { test } from "node:test";

const consumer = process.env.CLAIMLENS_CONSUMER;
const tgz = process.env.CLAIMLENS_TGZ;
assert.ok(consumer && tgz, "run through tests/npm/run");
const installed = join(consumer, "node_modules/claimlens");
const pkg = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
const root = new URL("../..", import.meta.url).pathname;

/** Every file path named in an exports tree. */
function targets(node) {
  if (typeof node === "string") return [node];
  return Object.values(node).flatMap(targets);
}

test("the manifest: Cargo's version, no dependencies, no install scripts", () => {
  const cargo = readFileSync(join(root, "Cargo.toml"), "utf8").match(/^version = "(.*)"$/m)[1];
  assert.equal(pkg.name, "claimlens");
  assert.equal(pkg.version, cargo);
  assert.ok(tgz.endsWith(`claimlens-${cargo}.tgz`), tgz);
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies", "bundleDependencies", "scripts", "gypfile"]) {
    assert.equal(pkg[field], undefined, `package.json has ${field}`);
  }
  assert.equal(pkg.type, "module");
  assert.equal(pkg.types, "./claimlens.d.ts");
  const dot = pkg.exports["."];
  assert.equal(dot.browser, "./claimlens.js");
  assert.equal(dot.node, "./node.js");
  assert.equal(Object.keys(dot)[0], "types", "types comes first in the conditions");
  assert.ok(pkg.exports["./element"] && pkg.exports["./claimreview"]);
});

test("every exported file, type and relative import is in the tarball", () => {
  const listed = execFileSync("tar", ["-tzf", tgz], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((f) => f.replace(/^package\//, ""));
  const files = new Set(listed);
  for (const target of [...targets(pkg.exports), pkg.types, pkg.main, pkg.browser]) {
    assert.ok(files.has(target.replace(/^\.\//, "")), `${target} is exported but not shipped`);
  }
  // Relative imports and the files the modules load beside themselves.
  for (const file of listed.filter((f) => f.endsWith(".js") || f.endsWith(".d.ts"))) {
    const source = readFileSync(join(installed, file), "utf8");
    const named = [
      ...source.matchAll(/(?:from|import)\s*\(?\s*["'](\.\.?\/[^"']+)["']/g),
      ...source.matchAll(/new URL\(\s*["'](\.\.?\/[^"']+|[\w.-]+\.(?:wasm|css))["']\s*,\s*import\.meta\.url/g),
    ].map((m) => m[1]);
    for (const name of named) {
      const resolved = normalize(join(dirname(file), name));
      assert.ok(files.has(resolved), `${file} refers to ${name}, which is not shipped`);
    }
  }
  for (const css of ["marks.css", "claim-lens.css"]) assert.ok(files.has(css), `${css} is not shipped`);
  assert.ok(!listed.some((f) => f.includes("node_modules") || f.startsWith("tests/")), "stray files in the tarball");
});

test("Node imports the package by name, init() reads the wasm from disk, analyze works", () => {
  const script = join(consumer, "node-check.mjs");
  writeFileSync(
    script,
    `import init, { analyze, schema } from "claimlens";
import { claimReview } from "claimlens/claimreview";
await init();
const text = "Maria Okafor, who chairs the city council's transport committee, said the bridge would reopen in May.";
const doc = analyze(text);
console.log(JSON.stringify({ schema: schema(), text, doc, review: claimReview(doc.claims[0], {}, doc.sources) }));
`,
  );
  const out = JSON.parse(execFileSync(process.execPath, [script], { cwd: consumer, encoding: "utf8" }));
  assert.equal(out.doc.schema, out.schema);
  assert.equal(out.doc.claims.length, 1);
  const [claim] = out.doc.claims;
  assert.equal(out.text.slice(claim.start, claim.end), claim.text);
  assert.equal(claim.attribution.kind, "named");
  assert.match(claim.attribution.source.text, /Okafor/);
  assert.equal(out.review.claimReviewed, claim.text);
  assert.deepEqual(out.review.itemReviewed.author, { "@type": "Person", name: "Maria Okafor" });
  assert.ok(existsSync(join(installed, "claimlens_bg.wasm")));
});
