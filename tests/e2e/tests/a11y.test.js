// Accessibility with results on screen, light and dark, wide and 360 px:
// axe-core finds no WCAG 2.1 A/AA violation. (docs/screenshot.png is taken
// by scripts/screenshot.mjs.)

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { after, before, describe, test } from "node:test";
import { analyse, readSeeds, start } from "./harness.js";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

async function axe(page, context = null) {
  // Evaluated through the DevTools protocol, so the page's CSP still holds for
  // the page itself while the checker runs.
  await page.evaluate(`${AXE}\n;0`);
  const results = await page.evaluate(
    (ctx) => window.axe.run(ctx || document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
    context,
  );
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

describe("accessibility", () => {
  let env;
  let seed;
  before(async () => {
    env = await start();
    seed = readSeeds().find((s) => s.name.startsWith("000")) || readSeeds()[0];
  });
  after(() => env.close());

  for (const colorScheme of ["light", "dark"]) {
    test(`the page with results, ${colorScheme}`, async () => {
      const page = await env.newPage("/", { colorScheme });
      assert.deepEqual(await axe(page), [], "before analysis");
      await analyse(page, seed.text);
      await page.locator("#view").focus();
      await page.keyboard.press("j");
      await page.keyboard.press("j");
      await page.keyboard.press("Enter");
      assert.ok((await page.locator("#view .cl-claim").count()) > 0);
      assert.deepEqual(await axe(page), []);
      await page.close();
    });

    test(`rendering of the hand-made document, ${colorScheme}`, async () => {
      const page = await env.newPage("/__fixtures__/render.html", { colorScheme });
      await page.waitForSelector("body[data-ready=true]");
      await page.evaluate(() => window.__fixture.select(1));
      assert.deepEqual(await axe(page), []);
      await page.close();
    });

    test(`the embedded widget, ${colorScheme}`, async () => {
      const page = await env.newPage("/embed-example.html", { colorScheme });
      await page.waitForFunction(() => document.querySelector("claim-lens").result);
      await page.evaluate(() => {
        const root = document.querySelector("claim-lens").shadowRoot;
        root.querySelector("details.marked").open = true;
        root.querySelector(".cl-claim").click();
      });
      assert.deepEqual(await axe(page), []);
      await page.close();
    });
  }

  test("usable at 360 px: nothing wider than the screen", async () => {
    const page = await env.newPage("/", { width: 360, height: 740 });
    await analyse(page, seed.text);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(overflow <= 360, `page is ${overflow}px wide`);
    assert.deepEqual(await axe(page), []);
    await page.screenshot({ path: "/tmp/claimlens-360.png", fullPage: false });
    await page.close();
  });
});
