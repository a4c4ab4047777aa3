// The main thread's share of the first HTML paste (issue 16): a Worker has
// no DOMParser, so the page loads the engine on the main thread the first
// time HTML arrives (www/app.js, readHtml), parses the HTML into a detached
// document and walks it in Rust through web-sys (src/dom_walk.rs). Measured
// on real news pages, whole (../shared/eval/pages/*/source.html, read at run
// time, never copied into the repository): the load of the engine, the
// first parse and walk (readHtml parses with DOMParser, then walks), a warm
// one, and the longest task the main thread ran for the first paste.
// Prints one JSON line per page; the figures are in docs/benchmark.md.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ROOT, start } from "./harness.js";

/** Real pages, when the shared evaluation data is beside the repository. */
function realPages() {
  for (const dir of [resolve(ROOT, "../shared/eval/pages"), "/work/shared/eval/pages"]) {
    if (!existsSync(dir)) continue;
    return readdirSync(dir)
      .filter((name) => existsSync(join(dir, name, "source.html")))
      .sort()
      .map((name) => ({ name, html: readFileSync(join(dir, name, "source.html"), "utf8") }));
  }
  return [];
}

/** A bound on one warm walk (parse and walk) of a whole page, in
 *  milliseconds: far above what a quiet machine takes (docs/benchmark.md),
 *  low enough to catch a walk that freezes the page. */
const MOST_WARM_WALK_MS = 500;

const pages = realPages();

describe("the main thread's cost of reading HTML", { skip: pages.length === 0 && "no real pages beside the repository" }, () => {
  let env;
  before(async () => {
    env = await start();
  });
  after(() => env.close());

  test("the first paste of a real page: engine load, first walk, warm walk, longest task", async () => {
    const rows = [];
    for (const { name, html } of pages) {
      // A fresh page each time: the engine is not loaded yet, as on a first paste.
      const page = await env.newPage("/");
      const row = await page.evaluate(async (html) => {
        const longTasks = [];
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) longTasks.push(e.duration);
        });
        observer.observe({ type: "longtask" });
        const t0 = performance.now();
        const engine = await import("/claimlens.js");
        await engine.default();
        const t1 = performance.now();
        const read = engine.readHtml(html);
        const t2 = performance.now();
        // Let the observer deliver the first paste's tasks before the warm walks.
        await new Promise((r) => setTimeout(r, 50));
        observer.disconnect();
        const warm = [];
        for (let i = 0; i < 5; i++) {
          await new Promise((r) => setTimeout(r, 0));
          const s = performance.now();
          engine.readHtml(html);
          warm.push(performance.now() - s);
        }
        warm.sort((a, b) => a - b);
        // The browser's own parse alone, to tell it from the Rust walk.
        const parse = [];
        for (let i = 0; i < 5; i++) {
          await new Promise((r) => setTimeout(r, 0));
          const s = performance.now();
          new DOMParser().parseFromString(html, "text/html");
          parse.push(performance.now() - s);
        }
        parse.sort((a, b) => a - b);
        return {
          htmlBytes: html.length,
          textChars: read.text.length,
          blocks: read.blocks.length,
          engineLoadMs: t1 - t0,
          firstWalkMs: t2 - t1,
          warmWalkMs: warm[2],
          parseOnlyMs: parse[2],
          longestTaskMs: Math.max(0, ...longTasks),
        };
      }, html);
      await page.close();
      rows.push({ name, ...row });
      console.log(JSON.stringify({ name, ...row, ...Object.fromEntries(Object.entries(row).filter(([k]) => k.endsWith("Ms")).map(([k, v]) => [k, Math.round(v * 10) / 10])) }));
    }
    const median = (key) => {
      const v = rows.map((r) => r[key]).sort((a, b) => a - b);
      return Math.round(v[Math.floor(v.length / 2)] * 10) / 10;
    };
    console.log(
      JSON.stringify({
        pages: rows.length,
        median: Object.fromEntries(["engineLoadMs", "firstWalkMs", "warmWalkMs", "parseOnlyMs", "longestTaskMs"].map((k) => [k, median(k)])),
        max: Object.fromEntries(["engineLoadMs", "firstWalkMs", "warmWalkMs", "parseOnlyMs", "longestTaskMs"].map((k) => [k, Math.round(Math.max(...rows.map((r) => r[k])) * 10) / 10])),
      }),
    );
    for (const r of rows) {
      assert.ok(r.textChars > 0 && r.blocks > 0, `${r.name}: the walk found text`);
      assert.ok(r.warmWalkMs < MOST_WARM_WALK_MS, `${r.name}: a warm walk took ${r.warmWalkMs} ms`);
    }
  });
});
