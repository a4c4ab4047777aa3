// Hostile text: markup, script, URLs, SVG, styles and mutation-XSS strings
// are shown as typed, and nothing runs (no dialog, no `window.__pwned`, no
// CSP violation) in the page or the widget.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { analyse, cspViolations, start } from "./harness.js";

const PAYLOADS = [
  `<img src=x onerror="alert(1);window.__pwned=1">`,
  `<script>alert(1);window.__pwned=1</script>`,
  `Read more at javascript:alert(1) or <a href="javascript:window.__pwned=1">here</a>.`,
  `<svg onload="window.__pwned=1;alert(1)"><circle r=10 /></svg>`,
  `<style>body{display:none}*{background:url(https://evil.example/x)}</style><div style="position:fixed;inset:0">`,
  `<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">`,
  `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img src=1 onerror=window.__pwned=1&gt;">`,
  `<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>`,
  `"><details open ontoggle=window.__pwned=1>`,
  `{{constructor.constructor('window.__pwned=1')()}} \${window.__pwned=1}`,
];

const ARTICLE = (payload) =>
  `City Hall Says Budget Is Balanced\n\nThe mayor said the budget was balanced on Tuesday. ${payload}\n\n` +
  `Officials said, speaking on condition of anonymity, that ${payload} was in the report.\n`;

describe("hostile text stays text", () => {
  let env;
  let page;
  before(async () => {
    env = await start();
    page = await env.newPage("/");
  });
  after(() => env.close());

  for (const payload of PAYLOADS) {
    test(`page: ${payload.slice(0, 40)}`, async () => {
      const text = await analyse(page, ARTICLE(payload));
      assert.equal(await page.locator("#view .cl-text").textContent(), text);
      // Selecting each claim repaints it; still text only.
      const n = await page.locator("#view .cl-claim").count();
      for (let i = 0; i < n; i++) await page.click(`#view .cl-claim[data-index='${i}']`);
      assert.equal(await page.locator("#view .cl-text").textContent(), text);
      const injected = await page.evaluate(
        () => document.querySelectorAll("#view img, #view script, #view svg, #view iframe, #view style, #view a, #view details, #details img, #summaries img").length,
      );
      assert.equal(injected, 0);
      await page.waitForTimeout(50);
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.deepEqual(page.record.dialogs, []);
    });
  }

  test("widget: hostile text given through the `text` property", async () => {
    const widget = await env.newPage("/embed-example.html");
    await widget.waitForFunction(() => document.querySelector("claim-lens").result);
    for (const payload of PAYLOADS) {
      const text = ARTICLE(payload);
      await widget.evaluate((t) => {
        const lens = document.querySelector("claim-lens");
        return new Promise((resolve) => {
          lens.addEventListener("claimlens:result", resolve, { once: true });
          lens.text = t;
        });
      }, text);
      const shown = await widget.evaluate(() => document.querySelector("claim-lens").shadowRoot.querySelector(".cl-text").textContent);
      assert.equal(shown, text);
    }
    const injected = await widget.evaluate(() => document.querySelector("claim-lens").shadowRoot.querySelectorAll(".cl-text img, .cl-text script, .cl-text svg, .cl-text iframe").length);
    assert.equal(injected, 0);
    assert.equal(await widget.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(widget.record.dialogs, []);
    assert.deepEqual(await cspViolations(widget), []);
  });

  test("no CSP violation, no request outside the origin", async () => {
    assert.deepEqual(await cspViolations(page), []);
    const outside = env.requests.filter((url) => !url.startsWith(`${env.base}/`) && !url.startsWith("blob:"));
    assert.deepEqual(outside, []);
  });
});
