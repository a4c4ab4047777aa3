// Times claimlens's WebAssembly build in headless Chromium, and how soon the
// page is ready to analyse after it loads.
//
//   node bench/browser.mjs CORPUS_DIR PKG_DIR PEERS_DIR DIST_DIR|- FILE...
//
// Serves the benchmark page (bench/page.html), the wasm-bindgen output and
// the corpus on 127.0.0.1, runs the page in /usr/bin/chromium through
// playwright-core (from PEERS_DIR), and prints one JSON line per (task, file).
// With a DIST_DIR (trunk's build of the page), also loads the real page five
// times and reports the median time from navigation to the analysis worker's
// "ready" message (the engine is loaded) and to DOMContentLoaded.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const [corpus, pkg, peers, dist, ...files] = process.argv.slice(2);
const require = createRequire(resolve(peers, "package.json"));
const { chromium } = require("playwright-core");
const here = dirname(fileURLToPath(import.meta.url));

const types = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};
const roots = { "/pkg/": pkg, "/corpus/": corpus, "/bench/": here, "/": dist === "-" ? here : dist };

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const prefix = Object.keys(roots).find((p) => path.startsWith(p));
  let file = resolve(roots[prefix], "." + path.slice(prefix.length - 1));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream", "cache-control": "no-store" });
  createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  const page = await browser.newPage();
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
  await page.goto(`${origin}/bench/page.html`);
  await page.waitForFunction(() => window.benchReady === true);
  const results = await page.evaluate((names) => window.runBench(names), files);
  for (const r of results) console.log(JSON.stringify(r));
  await page.close();

  if (dist !== "-") {
    const loads = [];
    for (let i = 0; i < 6; i++) {
      const context = await browser.newContext();
      // Notes when the analysis worker reports the engine loaded.
      await context.addInitScript(() => {
        const Original = window.Worker;
        window.Worker = class extends Original {
          constructor(...args) {
            super(...args);
            this.addEventListener("message", (e) => {
              if (e.data && e.data.type === "ready" && !window.__engineReady) window.__engineReady = performance.now();
            });
          }
        };
      });
      const p = await context.newPage();
      await p.goto(`${origin}/index.html`);
      await p.waitForFunction(() => window.__engineReady && !document.querySelector("#analyze").disabled);
      const t = await p.evaluate(() => {
        const nav = performance.getEntriesByType("navigation")[0];
        return { ready: window.__engineReady, dom: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
      });
      if (i > 0) loads.push(t); // the first load warms the browser itself
      await context.close();
    }
    const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
    console.log(JSON.stringify({
      runtime: "chromium", task: "page_ready", runs: loads.length,
      ready_ms: median(loads.map((l) => l.ready)),
      dom_ms: median(loads.map((l) => l.dom)),
      load_ms: median(loads.map((l) => l.load)),
    }));
  }
} finally {
  await browser.close();
  server.close();
}
