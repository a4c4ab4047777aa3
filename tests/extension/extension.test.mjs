// The browser extension in Chromium (--load-extension, new headless mode)
// against a CMS-like article page: the claims are marked in place in the
// article (not in the rail's teasers), the panel shows the summary, the page's
// own scripts, styles and elements are untouched, removing the marks restores
// the article's HTML exactly, and nothing is requested or sent.
//
// A toolbar press cannot be scripted, so the test build (a copy of
// target/extension/) grants the test origin as a host permission and names
// the tab in the panel's URL; the shipped manifest asks for activeTab only.

import assert from "node:assert/strict";
import { createHash, generateKeyPairSync } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { chromium } from "../e2e/node_modules/playwright-core/index.mjs";
import { serve } from "../e2e/server.js";

const HERE = new URL(".", import.meta.url).pathname;
const BUILT = resolve(process.env.CLAIMLENS_EXTENSION || join(HERE, "../../target/extension"));
const shipped = JSON.parse(readFileSync(join(BUILT, "manifest.json"), "utf8"));

/** A copy of the build that may script the test origin, with a key fixing its id. */
function testBuild(dir) {
  cpSync(BUILT, dir, { recursive: true });
  const { publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const der = publicKey.export({ type: "spki", format: "der" });
  const manifest = { ...shipped, key: der.toString("base64"), host_permissions: ["http://127.0.0.1/*"] };
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
  // Chromium's extension id: the key's SHA-256, first 32 hex digits as a-p.
  const hex = createHash("sha256").update(der).digest("hex").slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join("");
}

/** What must not change on the page: its scripts, styles, head and elements. */
function snapshot() {
  const story = document.querySelector("#story");
  window.__elements ||= [...document.body.querySelectorAll("*")];
  return {
    scripts: [...document.scripts].map((s) => s.outerHTML),
    sheets: [...document.styleSheets].map((s) => [s.href, [...s.cssRules].map((r) => r.cssText)]),
    head: document.head.innerHTML,
    bodyClass: document.body.className,
    elements: window.__elements.every((e) => e.isConnected) && window.__elements.length,
    others: [...document.body.querySelectorAll("*:not(mark[data-claimlens])")].length,
    h1: getComputedStyle(story.querySelector("h1")).color,
    paragraph: getComputedStyle(story.querySelector(".story-body p")).lineHeight,
    font: getComputedStyle(document.body).fontFamily,
    storyText: story.innerText,
    storyHtml: story.innerHTML,
  };
}

const unspaced = (s) => s.replace(/\s+/g, "");

describe("the browser extension", () => {
  let server;
  let base;
  let context;
  let profile;
  let build;
  let id;
  const requests = [];

  before(async () => {
    build = mkdtempSync(join(tmpdir(), "claimlens-extension-"));
    profile = mkdtempSync(join(tmpdir(), "claimlens-profile-"));
    id = testBuild(build);
    server = await serve(join(HERE, "fixtures"), join(HERE, "fixtures"));
    base = `http://127.0.0.1:${server.address().port}`;
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      headless: true,
      ignoreDefaultArgs: ["--disable-extensions"],
      args: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        `--disable-extensions-except=${build}`,
        `--load-extension=${build}`,
      ],
      viewport: { width: 1280, height: 900 },
    });
    context.on("request", (request) => requests.push(request.url()));
  });

  after(async () => {
    await context?.close();
    await new Promise((r) => server?.close(r) ?? r());
    rmSync(build, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  test("the shipped manifest asks for activeTab and scripting only", () => {
    assert.equal(shipped.manifest_version, 3);
    assert.deepEqual(shipped.permissions, ["activeTab", "scripting"]);
    for (const field of ["host_permissions", "optional_host_permissions", "content_scripts", "web_accessible_resources", "background", "externally_connectable"]) {
      assert.equal(shipped[field], undefined, `the manifest has ${field}`);
    }
    assert.match(shipped.content_security_policy.extension_pages, /^script-src 'self' 'wasm-unsafe-eval'; object-src 'self'$/);
    const cargo = readFileSync(join(HERE, "../../Cargo.toml"), "utf8").match(/^version = "(.*)"$/m)[1];
    assert.equal(shipped.version, cargo);
  });

  test("marks the article's claims in place and leaves the page's own scripts and styles alone", async () => {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    await page.goto(`${base}/cms.html`, { waitUntil: "networkidle" });
    const before = await page.evaluate(snapshot);
    const loaded = requests.length;

    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${id}/popup.html?tab=-1`);
    await panel.waitForFunction(() => document.body.dataset.done);
    const tabId = await panel.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id, `${base}/cms.html`);
    await panel.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
    await panel.waitForFunction(() => document.body.dataset.done, null, { timeout: 30_000 });
    assert.equal(await panel.evaluate(() => document.body.dataset.done), "true", await panel.locator("#status").textContent());

    // The reference: the engine's claims for the article, read by its DOM walk.
    const doc = await panel.evaluate(async (html) => {
      const engine = await import("./claimlens.js");
      await engine.default();
      const read = engine.readHtml(html);
      return engine.analyzePage(read.text, read.blocks);
    }, await page.evaluate(() => document.querySelector("#story").outerHTML));
    assert.ok(doc.claims.length >= 6, `${doc.claims.length} claims`);
    assert.equal(
      await panel.locator("#status").textContent(),
      `${doc.claims.length} of ${doc.claims.length} claims marked in the page's <article#story>.`,
    );

    // Every claim is marked, in the story only, with its kind and stance.
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll("mark[data-claimlens]")].map((m) => ({
        index: Number(m.getAttribute("data-claimlens")),
        kind: m.dataset.kind,
        stance: m.dataset.stance,
        text: m.textContent,
        inStory: Boolean(m.closest("#story .story-body")) && !m.closest("[aria-hidden]"),
        first: !m.classList.contains("cl-cont"),
      })),
    );
    assert.ok(marks.every((m) => m.inStory), "a mark outside the story body, or in its hidden ad slot");
    for (const claim of doc.claims) {
      const pieces = marks.filter((m) => m.index === claim.index);
      assert.ok(pieces.length >= 1, `claim ${claim.index} is not marked`);
      // The pieces hold the claim's characters in order (spaces are the page's).
      assert.equal(unspaced(pieces.map((m) => m.text).join("")), unspaced(claim.text));
      assert.deepEqual(
        [...new Set(pieces.map((m) => `${m.kind}/${m.stance}`))],
        [`${claim.attribution.kind}/${claim.stance.kind}`],
      );
      assert.equal(pieces.filter((m) => m.first).length, 1, "one badge per claim");
    }
    assert.ok(new Set(marks.map((m) => m.kind)).size >= 3, "several kinds");
    assert.ok(marks.some((m) => !m.first), "a claim across elements is marked piece by piece");
    // The marks look like the legend's, over the page's own `mark` style.
    const look = await page.evaluate(() => {
      const m = document.querySelector("mark[data-claimlens]");
      return { background: getComputedStyle(m).backgroundColor, badge: getComputedStyle(m, "::before").content };
    });
    assert.notEqual(look.background, "rgb(255, 255, 0)");
    assert.notEqual(look.badge, "none");

    // The page's own scripts, styles, head and elements are as they were.
    const during = await page.evaluate(snapshot);
    assert.deepEqual({ ...during, storyHtml: null }, { ...before, storyHtml: null });
    await page.click("#subscribe");
    assert.deepEqual(await page.evaluate(() => window.__cms), { ran: true, clicks: 1 });

    // The panel: summary counts and a claim's details select it in the page.
    const counted = await panel.$$eval(".cl-summary tr[data-count]", (rows) =>
      rows.slice(0, 4).reduce((n, r) => n + Number(r.querySelector("td").textContent), 0),
    );
    assert.equal(counted, doc.claims.length);
    // The sources roster: who is cited, as the page shows it.
    const cited = await panel.locator(".cl-cited summary").first().textContent();
    assert.equal(cited, `Who is cited (${doc.sources.filter((x) => x.article === 0).length})`);
    assert.ok(doc.sources.length >= 3, `${doc.sources.length} sources`);
    const pick = doc.claims.find((c) => c.attribution.kind === "unattributed" && c.stance.kind === "reporting");
    await panel.locator(".cl-unattributed summary").first().click();
    await panel.locator(`.cl-unattributed .cl-link[data-index="${pick.index}"]`).click();
    await page.waitForFunction((i) => document.querySelector(`mark[data-claimlens="${i}"].cl-selected`), pick.index);
    const draft = JSON.parse(await panel.locator("#details .cl-jsonld").textContent());
    assert.equal(draft.claimReviewed, pick.text);
    assert.deepEqual(draft.itemReviewed.appearance, {
      "@type": "NewsArticle",
      url: "https://bay-courier.example/news/2026/03/05/harbour-bridge-to-close",
      headline: "Harbour Bridge to close for six weeks after inspectors find corroded cables",
      datePublished: "2026-03-05T07:30:00Z",
    });

    // Removing the marks gives back the article's HTML exactly.
    await panel.click("#clear");
    await panel.waitForFunction(() => document.querySelector("#status").textContent === "Marks removed.");
    const cleared = await page.evaluate(snapshot);
    assert.deepEqual(cleared, before);
    assert.equal(await page.locator("mark[data-claimlens]").count(), 0);

    // Nothing was requested from the network after the page itself loaded.
    const later = requests.slice(loaded).filter((u) => !u.startsWith("chrome-extension://"));
    assert.deepEqual(later, []);
    assert.ok(requests.every((u) => u.startsWith(base) || /^(chrome-extension|data):/.test(u)), requests.join("\n"));
    assert.deepEqual(errors, []);
  });
});
