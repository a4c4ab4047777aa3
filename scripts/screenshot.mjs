// Retakes docs/screenshot.png: the page with the example article analysed,
// the whole article marked and one claim's details open, in headless
// Chromium (tests/e2e's playwright-core; build dist/ first):
//
//   trunk build --release && node scripts/screenshot.mjs [out.png]
import { join } from "node:path";
import { ROOT, start } from "../tests/e2e/tests/harness.js";

const out = process.argv[2] || join(ROOT, "docs/screenshot.png");
const env = await start();
try {
  const page = await env.newPage("/", { width: 1440, height: 1000 });
  await page.click("#example");
  await page.waitForFunction(() => /claims? found/.test(document.querySelector("#status").textContent));
  // The anonymous claim, with its source and cue painted.
  await page.locator("#view .cl-claim.cl-anonymous").first().click();
  // A window tall enough that the marked view (at most 75% of it high) holds
  // the whole article.
  const needed = await page.evaluate(() => document.querySelector("#view").scrollHeight);
  await page.setViewportSize({ width: 1440, height: Math.ceil(needed / 0.75) + 40 });
  const scrolls = await page.evaluate(() => {
    const view = document.querySelector("#view");
    return view.scrollHeight > view.clientHeight;
  });
  if (scrolls) throw new Error("the article does not fit in the view");
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await env.close();
}
