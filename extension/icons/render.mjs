// Renders www/favicon.svg to the extension's PNG icons (16, 32, 48, 128 px)
// in headless Chromium (tests/e2e's playwright-core):
//   node extension/icons/render.mjs
import { readFileSync } from "node:fs";
import { chromium } from "../../tests/e2e/node_modules/playwright-core/index.mjs";

const svg = readFileSync(new URL("../../www/favicon.svg", import.meta.url), "utf8");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  const page = await browser.newPage();
  for (const size of [16, 32, 48, 128]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: new URL(`./${size}.png`, import.meta.url).pathname, omitBackground: true });
  }
} finally {
  await browser.close();
}
