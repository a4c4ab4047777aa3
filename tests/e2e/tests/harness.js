// Shared set-up of the browser tests: the static server over the built site,
// Chromium through playwright-core, and pages that record every request,
// dialog, CSP violation and page error.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../server.js";
import { CHROMIUM_FLAGS } from "../../chromium-flags.mjs";

export const E2E = resolve(new URL("..", import.meta.url).pathname);
export const ROOT = resolve(E2E, "../..");
export const DIST = resolve(process.env.CLAIMLENS_DIST || join(ROOT, "dist"));


/** Starts the server and a browser; returns { base, browser, newPage, close }. */
export async function start() {
  const server = await serve(DIST, join(E2E, "fixtures"));
  const base = `http://127.0.0.1:${server.address().port}`;
  const profile = mkdtempSync(join(tmpdir(), "claimlens-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: CHROMIUM_FLAGS,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });

  const requests = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(`${base}/`) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    return route.abort();
  });
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });

  async function newPage(path = "/", { colorScheme = "light", width = 1280, height = 900 } = {}) {
    const page = await context.newPage();
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    const record = { dialogs: [], errors: [], console: [] };
    page.on("dialog", (dialog) => {
      record.dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    });
    page.on("pageerror", (error) => record.errors.push(String(error)));
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") record.console.push(message.text());
    });
    page.record = record;
    if (path !== null) await page.goto(base + path);
    return page;
  }

  async function close() {
    await context.close();
    await new Promise((r) => server.close(r));
    rmSync(profile, { recursive: true, force: true });
  }

  return { base, context, requests, newPage, close };
}

/** CSP violations seen by the page so far (from the securitypolicyviolation listener). */
export async function cspViolations(page) {
  return page.evaluate(() => window.__csp || []);
}

/** Pastes `text` into the page's box and analyses it; waits for the results. */
export async function analyse(page, text) {
  await page.evaluate((value) => {
    const box = document.querySelector("#text");
    box.value = value;
  }, text);
  const before = await page.locator("#status").textContent();
  await page.click("#analyze");
  await page.waitForFunction(
    (prev) => {
      const s = document.querySelector("#status").textContent;
      const e = document.querySelector("#error");
      return (!e.hidden && e.textContent) || (/claims? found/.test(s) && s !== prev) || /claims? found/.test(s);
    },
    before,
    { timeout: 60_000 },
  );
  const error = await page.locator("#error").evaluate((e) => (e.hidden ? "" : e.textContent));
  if (error) throw new Error(`page error: ${error}`);
  return page.evaluate(() => document.querySelector("#text").value);
}

/** The reference document for `text`: the command line's ($CLAIMLENS_CLI, set by
 *  tests/e2e/run when it builds), else the JS API's in `page`. */
export async function reference(page, text, { html = false } = {}) {
  const cli = process.env.CLAIMLENS_CLI;
  if (cli) {
    const dir = mkdtempSync(join(tmpdir(), "claimlens-ref-"));
    try {
      const file = join(dir, "input.txt");
      writeFileSync(file, text);
      const out = execFileSync(cli, ["analyze", "--offset-unit", "utf16", "--input", html ? "html" : "text", file], { encoding: "utf8" });
      return { source: "cli", doc: JSON.parse(out) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const doc = await page.evaluate(
    async ([value, html]) => {
      const engine = await import("/claimlens.js");
      await engine.default();
      if (!html) return engine.analyze(value, { offsetUnit: "utf16" });
      const read = engine.readHtml(value);
      return engine.analyzePage(read.text, read.blocks, { offsetUnit: "utf16" });
    },
    [text, html],
  );
  return { source: "js", doc };
}

export function readSeeds() {
  const dirs = [join(ROOT, "tests/fixtures/seeds"), resolve(ROOT, "../shared/seeds"), "/work/shared/seeds"];
  for (const dir of dirs) {
    try {
      const names = readdirSync(dir)
        .filter((n) => n.endsWith(".txt"))
        .sort();
      if (names.length) return names.map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
    } catch {
      // try the next place
    }
  }
  throw new Error(`no seeds found in ${dirs.join(", ")}`);
}
