// Pages given as HTML: a paste carrying text/html, a dropped .html file and
// <claim-lens for> over a CMS-like article read the page's structure, so
// captions, teasers and menus written as sentences stay out of the claims,
// and nothing in the pasted markup runs or loads.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { readFile } from "node:fs/promises";
import { cspViolations, start } from "./harness.js";

const BODY = [
  "The port authority approved the sale of the container terminal on Monday, its chairman said.",
  "The buyer, Brightwater Holdings, agreed to keep all 420 jobs for at least five years, according to the contract.",
  "Unions said they would study the terms before the vote next month.",
];
const FURNITURE = [
  "Dock workers unload a ship at the container terminal after the sale was announced on Monday.",
  "The mayor opened a new cycle bridge over the river on Sunday.",
  "House prices in the city fell for the third month in a row.",
  "Sign up for our morning newsletter and never miss a story.",
];

/** A news page as a browser puts it on the clipboard, with a script, an
 *  event handler and a remote image that must neither run nor load. */
const PASTED = `<html><head><style>p{color:red}</style><script>window.__ran = "script";</script></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<h1>Port authority approves terminal sale</h1>
<p class="byline">By Ann Lee</p>
<p>${BODY[0]}</p>
<figure><img src="/__fixtures__/never-loaded.png" onerror="window.__ran = 'onerror'"><figcaption>${FURNITURE[0]}</figcaption></figure>
<p>${BODY[1]}</p>
<aside><h3>More stories</h3><ul><li><a href="/a">${FURNITURE[1]}</a></li><li><a href="/b">${FURNITURE[2]}</a></li></ul></aside>
<p>${BODY[2]}</p>
<iframe src="/__fixtures__/never-framed.html"></iframe>
<div class="newsletter-signup"><p>${FURNITURE[3]}</p></div>
<footer><p>© The Port Gazette</p></footer>
</body></html>`;

async function paste(page, html, text) {
  await page.locator("#text").focus();
  await page.evaluate(
    ([html, text]) => {
      const data = new DataTransfer();
      data.setData("text/html", html);
      data.setData("text/plain", text);
      document.querySelector("#text").dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [html, text],
  );
  await page.waitForFunction(() => /claims? found/.test(document.querySelector("#status").textContent), null, { timeout: 30_000 });
}

describe("pages given as HTML", () => {
  let env;
  before(async () => {
    env = await start();
  });
  after(() => env.close());

  test("a paste carrying text/html: no furniture in the claims, the body whole in the JSON export, nothing runs or loads", async () => {
    const page = await env.newPage("/");
    await paste(page, PASTED, [...BODY, ...FURNITURE].join("\n"));
    const text = await page.locator("#text").inputValue();
    assert.ok(!/[<>]/.test(text), "the box shows the page's text, not its markup");
    assert.ok(!text.includes("color:red") && !text.includes("__ran"), "no style or script text");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("button[data-export=json][data-action=download]")]);
    const doc = JSON.parse(await readFile(await download.path(), "utf8"));
    const claims = doc.claims.map((c) => c.text).join(" ");
    for (const sentence of BODY) assert.ok(claims.includes(sentence), `body sentence kept: ${sentence}`);
    for (const sentence of FURNITURE) {
      assert.ok(!claims.includes(sentence), `furniture not a claim: ${sentence}`);
      assert.ok(doc.skipped.some((s) => s.text.includes(sentence)), `furniture skipped: ${sentence}`);
    }
    for (const c of doc.claims) assert.equal(text.slice(c.start, c.end), c.text, "offsets refer to the box's text");
    assert.equal(await page.evaluate(() => window.__ran), undefined);
    assert.ok(!env.requests.some((u) => /never-(loaded|framed)/.test(u)), "nothing in the paste loaded");
    assert.deepEqual(page.record.dialogs, []);
    // The detached document inherits the page's CSP: Chromium reports the
    // pasted inline style and handler as blocked while parsing. Nothing else.
    for (const v of await cspViolations(page)) assert.match(v, /^(style-src-elem|script-src-attr) inline /);
    assert.deepEqual(page.record.errors, []);
    await page.close();
  });

  test("a dropped .html file is read the same way", async () => {
    const page = await env.newPage("/");
    await page.evaluate((html) => {
      const data = new DataTransfer();
      data.items.add(new File([html], "story.html", { type: "text/html" }));
      document.querySelector("#text").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, PASTED);
    await page.waitForFunction(() => /claims? found/.test(document.querySelector("#status").textContent), null, { timeout: 30_000 });
    const claims = await page.evaluate(() => [...document.querySelectorAll("#view .cl-claim")].map((m) => m.textContent).join(" "));
    for (const sentence of BODY) assert.ok(claims.includes(sentence), sentence);
    for (const sentence of FURNITURE) assert.ok(!claims.includes(sentence), sentence);
    assert.equal(await page.evaluate(() => window.__ran), undefined);
    await page.close();
  });

  test("plain text pasted is analysed as text", async () => {
    const page = await env.newPage("/");
    await page.locator("#text").fill(BODY.join("\n\n"));
    await page.click("#analyze");
    await page.waitForFunction(() => /claims? found/.test(document.querySelector("#status").textContent), null, { timeout: 30_000 });
    assert.equal(await page.locator("#text").inputValue(), BODY.join("\n\n"));
    await page.close();
  });

  test("<claim-lens for> walks the article's DOM: its <figure> and <aside> stay out of the claims", async () => {
    const page = await env.newPage(null);
    await page.addInitScript(() => {
      document.addEventListener("claimlens:result", (e) => (window.__result = e.detail));
    });
    await page.goto(`${env.base}/__fixtures__/cms-article.html`);
    await page.waitForFunction(() => window.__result, null, { timeout: 30_000 });
    const doc = await page.evaluate(() => window.__result);
    const claims = doc.claims.map((c) => c.text);
    const all = claims.join(" ");
    for (const p of ["Ferry fares will rise by 20% from June", "season tickets would be frozen", "publish its accounts."]) {
      assert.ok(all.includes(p), `body kept: ${p}`);
    }
    assert.ok(claims.every((c) => !/Passengers board|terminal after|Bus drivers|Related|Lena Ito/.test(c)), claims.join(" | "));
    const skipped = Object.fromEntries(doc.skipped.map((s) => [s.text, s.reason]));
    assert.equal(skipped["Passengers board the morning ferry at Pier 3 after the timetable changed on Monday."], "caption");
    assert.equal(doc.articles[0].headline.text, "Ferry fares to rise by a fifth from June, operator says");
    assert.deepEqual(page.record.errors, []);
    await page.close();
  });
});
