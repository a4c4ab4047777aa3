// A plain page loads the installed package from node_modules through a static
// server, with no bundler: the bare names resolve through an import map built
// from the package's own `exports` (browser conditions), the engine fetches
// its wasm beside its module, and <claim-lens> renders with its CSS.

import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { cspViolations, start } from "../e2e/tests/harness.js";

const consumer = process.env.CLAIMLENS_CONSUMER;
const pkg = JSON.parse(readFileSync(join(consumer, "node_modules/claimlens/package.json"), "utf8"));

/** The file a browser gets for an export: its "browser" condition, else "default". */
function browserTarget(entry) {
  const target = typeof entry === "string" ? entry : entry.browser || entry.default;
  return `./node_modules/claimlens/${target.replace(/^\.\//, "")}`;
}

const BODY = [
  "The Harbour Bridge will close for six weeks, the city's Department of Transportation said in a statement on Thursday.",
  "Two people familiar with the inspection said engineers had flagged the same cables three years ago.",
  'Maria Okafor, who chairs the transport committee, said she had not been told. "We will be asking for every page of that report," Okafor said.',
  "The bridge, which opened in 1962, carries about 48,000 vehicles a day.",
];

function writePage() {
  const imports = {
    claimlens: browserTarget(pkg.exports["."]),
    "claimlens/element": browserTarget(pkg.exports["./element"]),
    "claimlens/claimreview": browserTarget(pkg.exports["./claimreview"]),
  };
  writeFileSync(
    join(consumer, "index.html"),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Consumer</title>
<link rel="icon" href="data:,">
<link rel="canonical" href="https://news.example/2026/03/bridge">
<meta property="article:published_time" content="2026-03-05T09:00:00Z">
<script type="importmap">${JSON.stringify({ imports })}</script>
<script type="module" src="./main.js"></script>
</head>
<body>
<article>
<h1>Harbour Bridge to close for six weeks</h1>
<div id="body">${BODY.map((p) => `<p>${p}</p>`).join("\n")}</div>
</article>
<claim-lens for="#body"></claim-lens>
</body>
</html>
`,
  );
  writeFileSync(
    join(consumer, "main.js"),
    `import init, { analyze, schema } from "claimlens";
import "claimlens/element";
import { claimReview } from "claimlens/claimreview";
window.__lens = new Promise((resolve, reject) => {
  document.addEventListener("claimlens:result", (event) => resolve(event.detail.claims.length));
  document.addEventListener("claimlens:error", (event) => reject(new Error(event.detail.message)));
});
await init();
const doc = analyze("Two officials said the talks would resume.");
window.__engine = { schema: schema(), docSchema: doc.schema, claims: doc.claims.length, review: claimReview(doc.claims[0], {}, doc.sources) };
`,
  );
}

describe("the package in a browser, from node_modules", () => {
  let env;
  let page;
  before(async () => {
    writePage();
    env = await start();
    page = await env.newPage("/index.html");
    await page.waitForFunction(() => window.__engine, null, { timeout: 30_000 });
    await page.evaluate(() => window.__lens);
  });
  after(() => env.close());

  test("the engine loads and analyses through the bare name", async () => {
    const engine = await page.evaluate(() => window.__engine);
    assert.match(engine.schema, /^claimlens\/\d+$/);
    assert.equal(engine.docSchema, engine.schema);
    assert.equal(engine.claims, 1);
    assert.equal(engine.review.claimReviewed, "Two officials said the talks would resume.");
    const wasm = env.requests.filter((u) => u.endsWith(".wasm"));
    assert.deepEqual(wasm, [`${env.base}/node_modules/claimlens/claimlens_bg.wasm`]);
  });

  test("<claim-lens> renders the article with the package's CSS", async () => {
    const lens = page.locator("claim-lens");
    const expected = await page.evaluate(async () => {
      // What the element does: walk its target's DOM, analyse the page read.
      const { readElement, analyzePage } = await import("claimlens");
      const page = readElement(document.querySelector("#body"));
      return analyzePage(page.text, page.blocks).claims.map((c) => [c.attribution.kind, c.text]);
    });
    const marked = await lens.evaluate((el) =>
      [...el.shadowRoot.querySelectorAll(".cl-claim")].map((m) => [m.dataset.kind, m.textContent]),
    );
    assert.deepEqual(marked, expected);
    assert.ok(new Set(marked.map(([kind]) => kind)).size >= 3, "several kinds marked");
    // marks.css (the kinds' underline) and claim-lens.css (the frame) are applied.
    const styles = await lens.evaluate((el) => ({
      underline: getComputedStyle(el.shadowRoot.querySelector(".cl-claim")).borderBottomStyle,
      radius: getComputedStyle(el).borderTopLeftRadius,
    }));
    assert.notEqual(styles.underline, "none");
    assert.equal(styles.radius, "10px");
  });

  test("the element's ClaimReview drafts carry the host page's article", async () => {
    const draft = await page.evaluate(() => document.querySelector("claim-lens").claimReview(0));
    assert.equal(draft.itemReviewed.appearance.url, "https://news.example/2026/03/bridge");
    assert.equal(draft.itemReviewed.appearance.headline, "Harbour Bridge to close for six weeks");
    assert.equal(draft.itemReviewed.datePublished, "2026-03-05T09:00:00Z");
    assert.equal(draft.claimReviewed, await page.evaluate(() => document.querySelector("claim-lens").result.claims[0].text));
    // The same draft in the claim's details, as JSON-LD text.
    const shown = await page.evaluate(() => {
      const root = document.querySelector("claim-lens").shadowRoot;
      root.querySelector(".cl-claim").click();
      return JSON.parse(root.querySelector(".cl-claimreview .cl-jsonld").textContent);
    });
    assert.deepEqual(shown, draft);
  });

  test("nothing failed: no page error, console error or CSP violation", async () => {
    assert.deepEqual(page.record.errors, []);
    assert.deepEqual(page.record.console, []);
    assert.deepEqual(await cspViolations(page), []);
  });
});
