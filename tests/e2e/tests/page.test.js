// The page with the real engine: each seed's counts and marked claims equal
// the command line's (or, without it, the JS API's) document for the same
// text; the example article; live analysis; no request leaves the origin;
// no CSP violation.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { analyse, cspViolations, readSeeds, reference, start } from "./harness.js";

/** What the page shows: per-article counts and every marked claim. */
async function shown(page) {
  return page.evaluate(() => ({
    summaries: [...document.querySelectorAll("#summaries .cl-summary")].map((s) => ({
      kind: s.querySelector(".cl-verdict").textContent,
      counts: Object.fromEntries(
        [...s.querySelectorAll("tr[data-count]")].map((r) => [r.dataset.count, Number(r.querySelector("td").textContent)]),
      ),
    })),
    claims: [...document.querySelectorAll("#view .cl-claim")].map((m) => ({
      index: Number(m.dataset.index),
      start: Number(m.dataset.start),
      end: Number(m.dataset.end),
      kind: m.dataset.kind,
      stance: m.dataset.stance,
      text: m.textContent,
    })),
    skipped: [...document.querySelectorAll("#view .cl-skipped")].map((s) => s.dataset.reason),
    viewText: document.querySelector("#view .cl-text").textContent,
  }));
}

describe("the page with the engine", () => {
  let env;
  let page;
  before(async () => {
    env = await start();
    page = await env.newPage("/");
  });
  after(() => env.close());

  for (const seed of readSeeds()) {
    test(`seed ${seed.name}: the page shows the reference document`, async () => {
      const text = await analyse(page, seed.text);
      const { source, doc } = await reference(page, text);
      const view = await shown(page);
      assert.ok(doc.claims.length > 0, `the ${source} reference found no claims`);
      assert.equal(view.viewText, text, "the view shows the text as pasted");
      assert.deepEqual(
        view.summaries,
        doc.articles.map((a) => {
          const { claims, ...counts } = a.counts;
          return { kind: a.kind, counts };
        }),
        `summaries equal the ${source} document's articles`,
      );
      assert.deepEqual(
        view.claims,
        doc.claims.map((c) => ({
          index: c.index,
          start: c.start,
          end: c.end,
          kind: c.attribution.kind,
          stance: c.stance.kind,
          text: c.text,
        })),
        `marked claims equal the ${source} document's claims`,
      );
      assert.deepEqual(view.skipped, doc.skipped.map((s) => s.reason));
      const status = await page.locator("#status").textContent();
      assert.match(status, new RegExp(`^${doc.claims.length} claims? found in ${doc.articles.length} article`));
    });
  }

  test("the example article loads with one click and is analysed", async () => {
    await page.click("#example");
    await page.waitForFunction(() => /claims? found/.test(document.querySelector("#status").textContent) && document.querySelector("#text").value.startsWith("Harbour Bridge"));
    const kinds = await page.$$eval("#view .cl-claim", (m) => new Set(m.map((x) => x.dataset.kind)).size);
    assert.ok(kinds >= 3, `the example shows at least three attribution kinds, saw ${kinds}`);
  });

  test("the page lists who is cited, and choosing a source marks its claims", async () => {
    await page.click("#example");
    await page.waitForFunction(() => /claims? found/.test(document.querySelector("#status").textContent) && document.querySelector("#text").value.startsWith("Harbour Bridge"));
    const buttons = page.locator("#summaries .cl-cited button[data-source]");
    assert.ok((await buttons.count()) >= 2, "the example cites at least two sources");
    const first = buttons.first();
    const id = Number(await first.getAttribute("data-source"));
    await first.click();
    const marked = await page.$$eval("#view .cl-of-source", (nodes) => nodes.map((n) => Number(n.dataset.index)));
    assert.ok(marked.length >= 1, "the source's claims are marked");
    assert.equal(await first.getAttribute("aria-pressed"), "true");
    await first.click();
    assert.equal(await page.locator("#view .cl-of-source").count(), 0, `choosing source ${id} again clears the marks`);
  });

  test("typing analyses live after a pause", async () => {
    await page.fill("#text", "");
    await page.locator("#text").pressSequentially("The mayor said the bridge will reopen in June. ", { delay: 5 });
    await page.waitForFunction(() => document.querySelector("#status").textContent.startsWith("1 claim found"), null, { timeout: 10_000 });
    assert.equal(await page.locator("#view .cl-claim").count(), 1);
  });

  test("an empty text is refused with a message", async () => {
    await page.fill("#text", "   ");
    await page.click("#analyze");
    await page.waitForSelector("#error:not([hidden])");
    assert.match(await page.locator("#error").textContent(), /empty/);
  });

  test("no request leaves the page's origin and nothing violates the CSP", async () => {
    const outside = env.requests.filter((url) => !url.startsWith(`${env.base}/`) && !url.startsWith("blob:"));
    assert.deepEqual(outside, []);
    assert.ok(env.requests.some((u) => u.endsWith("/claimlens_bg.wasm")), "the engine was loaded");
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(page.record.errors, []);
    assert.deepEqual(page.record.dialogs, []);
  });
});
