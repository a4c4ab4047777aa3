// The <claim-lens> element on a CMS-like page: it analyses the article body,
// dispatches its events, keeps its styles to itself and works under a
// sub-path.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { cspViolations, reference, start } from "./harness.js";

describe("the embeddable widget", () => {
  let env;
  before(async () => {
    env = await start();
  });
  after(() => env.close());

  for (const prefix of ["/", "/claimlens/"]) {
    test(`analyses the article body (hosted at ${prefix})`, async () => {
      const page = await env.newPage(null);
      await page.addInitScript(() => {
        window.__events = [];
        document.addEventListener("claimlens:result", (e) => window.__events.push(["result", e.detail.claims.length]));
        document.addEventListener("claimlens:error", (e) => window.__events.push(["error", e.detail.message]));
      });
      await page.goto(`${env.base}${prefix}embed-example.html`);
      await page.waitForFunction(() => window.__events.length > 0, null, { timeout: 30_000 });
      const events = await page.evaluate(() => window.__events);
      assert.equal(events[0][0], "result", `first event: ${events[0]}`);

      // The widget walks the article's DOM, with the page's <h1> as its
      // headline: the native HTML reader, given the same markup, agrees.
      const html = await page.evaluate(() => document.querySelector("h1").outerHTML + document.querySelector("#article-body").outerHTML);
      const { doc } = await reference(page, html, { html: true });
      const lens = page.locator("claim-lens");
      assert.equal(events[0][1], doc.claims.length);
      assert.ok(doc.claims.length >= 5);
      const marked = await lens.evaluate((el) =>
        [...el.shadowRoot.querySelectorAll(".cl-claim")].map((m) => [m.dataset.kind, m.dataset.stance, m.textContent]),
      );
      assert.deepEqual(marked, doc.claims.map((c) => [c.attribution.kind, c.stance.kind, c.text]));
      const counts = await lens.evaluate((el) =>
        [...el.shadowRoot.querySelectorAll(".cl-summary tr[data-count]")].map((r) => [r.dataset.count, Number(r.querySelector("td").textContent)]),
      );
      const { claims, ...expected } = doc.articles[0].counts;
      assert.deepEqual(Object.fromEntries(counts.slice(0, 6)), expected);

      // Who is cited: the roster with each source's kind and claim count.
      const cited = await lens.evaluate((el) =>
        [...el.shadowRoot.querySelectorAll(".cl-cited li")].map((li) => [
          Number(li.dataset.source),
          li.querySelector(".cl-source-kind").textContent,
          Number(li.querySelector(".cl-source-meta").textContent.match(/(\d+) claims?/)[1]),
        ]),
      );
      const roster = doc.sources.filter((s) => s.article === 0);
      assert.deepEqual(
        cited.sort((a, b) => a[0] - b[0]),
        roster.map((s) => [s.id, s.kind, s.claims.length]),
      );
      if (roster.length) {
        const chosen = roster[0];
        await lens.evaluate((el, id) => el.shadowRoot.querySelector(`.cl-cited button[data-source='${id}']`).click(), chosen.id);
        const markedBySource = await lens.evaluate((el) =>
          [...el.shadowRoot.querySelectorAll(".cl-of-source")].map((m) => Number(m.dataset.index)),
        );
        assert.deepEqual(markedBySource, chosen.claims);
      }

      // Everything it loaded came from under the prefix it was served from.
      const loaded = env.requests.filter((u) => /claimlens(_bg)?\.(js|wasm)$|render\.js$|marks\.css$/.test(u));
      assert.ok(loaded.some((u) => u.startsWith(`${env.base}${prefix}claimlens_bg.wasm`)));
      assert.deepEqual(await cspViolations(page), []);
      assert.deepEqual(page.record.errors, []);
      await page.close();
    });
  }

  test("the host's styles do not reach inside, the widget's do not leak out", async () => {
    const page = await env.newPage("/embed-example.html");
    await page.waitForFunction(() => document.querySelector("claim-lens").result);
    // The host styles every <mark> yellow; the widget's marks keep their own colours.
    const inside = await page.evaluate(() => getComputedStyle(document.querySelector("claim-lens").shadowRoot.querySelector(".cl-claim")).backgroundColor);
    assert.notEqual(inside, "rgb(255, 255, 0)");
    await page.evaluate(() => {
      const probe = document.createElement("p");
      probe.className = "cl-summary cl-text";
      probe.id = "probe";
      document.body.append(probe);
    });
    const outside = await page.$eval("#probe", (p) => getComputedStyle(p).borderTopStyle);
    assert.equal(outside, "none");
  });

  test("text can be set as a property and errors are events", async () => {
    const page = await env.newPage("/embed-example.html");
    await page.waitForFunction(() => document.querySelector("claim-lens").result);
    const result = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const lens = document.createElement("claim-lens");
          lens.addEventListener("claimlens:result", (e) => resolve(e.detail.claims.map((c) => c.attribution.kind)));
          lens.text = "The ministry said in a statement that the port will reopen on Monday.";
          document.body.append(lens);
        }),
    );
    assert.deepEqual(result, ["official"]);
    const message = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const lens = document.createElement("claim-lens");
          lens.addEventListener("claimlens:error", (e) => resolve(e.detail.message));
          lens.setAttribute("for", "#no-such-element");
          document.body.append(lens);
        }),
    );
    assert.match(message, /no text/);
  });
});
