// Rendering of a hand-made Document (fixtures/sample.js) by www/render.js,
// and the exports of www/export.js: no engine needed.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { document as sample, text as sampleText } from "../fixtures/sample.js";
import { csvCell, toCsv, toMarkdown, toSourcesCsv } from "../../../www/export.js";
import { cspViolations, start } from "./harness.js";

/** Parses RFC 4180 CSV (CRLF rows, quoted fields) back into rows. */
function parseCsv(csv) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\r" && csv[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe("exports", () => {
  test("CSV cells: formula prefixes neutralised, RFC 4180 quoting", () => {
    assert.equal(csvCell("=1+2"), "'=1+2");
    assert.equal(csvCell("+cmd"), "'+cmd");
    assert.equal(csvCell("-2"), "'-2");
    assert.equal(csvCell("@SUM(A1)"), "'@SUM(A1)");
    assert.equal(csvCell("\tx"), "'\tx");
    assert.equal(csvCell('say "hi", then'), '"say ""hi"", then"');
    assert.equal(csvCell("two\nlines"), '"two\nlines"');
    assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvCell(null), "");
    assert.equal(csvCell(7), "7");
  });

  test("CSV has one row per claim and round-trips the claim text", () => {
    const doc = structuredClone(sample);
    doc.claims[0].text = '=cmd|"/c calc"!A1, "quoted"\nnext line';
    const rows = parseCsv(toCsv(doc));
    assert.equal(rows.length, doc.claims.length + 1);
    assert.deepEqual(rows[0].slice(0, 3), ["index", "article", "paragraph"]);
    assert.ok(rows.every((r) => r.length === rows[0].length));
    const textColumn = rows[0].indexOf("text");
    assert.equal(rows[1][textColumn], `'${doc.claims[0].text}`);
    assert.equal(rows[2][textColumn], doc.claims[1].text);
    assert.equal(rows[2][rows[0].indexOf("attribution")], "named");
    assert.equal(rows[2][rows[0].indexOf("source")], "Councillor Ana Ruiz");
  });

  test("Markdown report: verdict, counts, anonymous share, unattributed facts", () => {
    const report = toMarkdown(sample);
    assert.match(report, /^# Sourcing report/);
    assert.match(report, /\*\*Verdict:\*\* reporting/);
    assert.match(report, /\| anonymous \| 1 \|/);
    assert.match(report, /anonymous sources: 17%/);
    assert.match(report, /### Unattributed factual claims \(1\)\n\n- The branch opened in 1931\./);
    assert.match(report, /\| caption \| Photo: The Elm Street branch on Tuesday\. \(City Press\) \|/);
  });

  test("sources CSV: one row per source with kind, type, claims and mentions", () => {
    const rows = parseCsv(toSourcesCsv(sample));
    assert.equal(rows.length, sample.sources.length + 1);
    assert.deepEqual(rows[0], ["id", "article", "name", "kind", "type", "claims", "claim_indexes", "mentions"]);
    assert.deepEqual(rows[2], ["1", "0", "Councillor Ana Ruiz", "named", "person", "2", "1 2", "Councillor Ana Ruiz"]);
    const doc = structuredClone(sample);
    doc.sources[0].name.text = "=HYPERLINK(1)";
    assert.equal(parseCsv(toSourcesCsv(doc))[1][2], "'=HYPERLINK(1)");
  });

  test("Markdown report: who is cited, most claims first", () => {
    const report = toMarkdown(sample);
    assert.match(report, /### Who is cited \(3\)\n\n\| source \| kind \| type \| claims \| mentions \|/);
    assert.match(report, /\| source[^\n]*\n[^\n]*\n\| Councillor Ana Ruiz \| named \| person \| 2 \|/);
  });
});

describe("rendering the hand-made document", () => {
  let env;
  let page;
  before(async () => {
    env = await start();
    page = await env.newPage("/__fixtures__/render.html");
    await page.waitForSelector("body[data-ready=true]");
  });
  after(() => env.close());

  test("the view's text is the input, character for character", async () => {
    const shown = await page.evaluate(() => window.__fixture.root.textContent);
    assert.equal(shown, sampleText);
  });

  test("every claim is marked with its kind as text, opinion distinct", async () => {
    const marks = await page.$$eval(".cl-claim", (nodes) =>
      nodes.map((n) => ({ text: n.textContent, badge: n.dataset.badge, cls: n.className, before: getComputedStyle(n, "::before").content })),
    );
    assert.equal(marks.length, sample.claims.length);
    for (const [i, claim] of sample.claims.entries()) {
      assert.equal(marks[i].text, claim.text);
      assert.ok(marks[i].before.includes(claim.attribution.kind), `badge of claim ${i}: ${marks[i].before}`);
    }
    assert.equal(marks[5].badge, "unattributed · opinion");
    assert.match(marks[5].cls, /cl-opinion/);
    const outline = await page.$eval(".cl-opinion", (n) => getComputedStyle(n).outlineStyle);
    assert.equal(outline, "dashed");
  });

  test("skipped furniture is muted and carries its reason", async () => {
    const skipped = await page.$$eval(".cl-skipped", (nodes) => nodes.map((n) => [n.dataset.reason, n.textContent]));
    assert.deepEqual(skipped, sample.skipped.map((s) => [s.reason, s.text]));
  });

  test("selecting a claim marks its source, cue and quote in place", async () => {
    await page.evaluate(() => window.__fixture.select(1));
    const marked = await page.$$eval(".cl-hl[data-role]", (nodes) => nodes.map((n) => [n.dataset.role, n.textContent]));
    assert.deepEqual(marked, [
      ["quote", "We simply cannot afford three buildings,"],
      ["cue", "said"],
      ["source", "Councillor Ana Ruiz"],
    ]);
    assert.equal(await page.evaluate(() => window.__fixture.root.textContent), sampleText);
    const details = await page.locator("#details").textContent();
    assert.match(details, /Councillor Ana Ruiz/);
    assert.match(details, /named-person/);

    // A carried-forward source lies outside the claim: it is marked where it is.
    await page.evaluate(() => window.__fixture.select(2));
    const carried = await page.$$eval(".cl-hl[data-role]", (nodes) => nodes.map((n) => [n.dataset.role, n.textContent]));
    assert.deepEqual(carried, [
      ["source", "Councillor Ana Ruiz"],
      ["cue", "added"],
    ]);

    await page.evaluate(() => window.__fixture.select(5));
    const signals = await page.$$eval(".cl-hl[data-role]", (nodes) => nodes.map((n) => [n.dataset.role, n.textContent]));
    assert.deepEqual(signals, [
      ["signal", "short-sighted mistake"],
      ["signal", "will regret"],
    ]);
  });

  test("the summary shows verdict, counts, chart and unattributed facts", async () => {
    const summary = page.locator(".cl-summary");
    assert.equal(await summary.count(), 1);
    assert.equal(await summary.locator(".cl-verdict").textContent(), "reporting");
    const counts = await summary.locator("tr[data-count]").evaluateAll((rows) =>
      Object.fromEntries(rows.map((r) => [r.dataset.count, Number(r.querySelector("td").textContent)])),
    );
    const { claims, ...expected } = sample.articles[0].counts;
    assert.deepEqual(counts, expected);
    assert.equal(await summary.locator("svg rect.cl-bar").count(), 4);
    assert.match(await summary.locator(".cl-anonymous-share").textContent(), /^17% of claims/);
    assert.deepEqual(await summary.locator(".cl-unattributed-list li").allTextContents(), ["The branch opened in 1931."]);
    assert.deepEqual(await cspViolations(page), []);
  });

  test("who is cited: each source with kind and claim count; choosing one marks its claims", async () => {
    const cited = page.locator(".cl-summary .cl-cited");
    assert.match(await cited.locator("h3").textContent(), /^Who is cited \(3\)$/);
    const items = await cited.locator("li").allTextContents();
    assert.equal(items.length, 3);
    assert.match(items[0], /^Councillor Ana Ruiz named person · 2 claims$/);
    await cited.locator("button[data-source='1']").click();
    const marked = await page.$$eval(".cl-of-source", (nodes) => nodes.map((n) => Number(n.dataset.index)));
    assert.deepEqual(marked, [1, 2]);
    assert.equal(await cited.locator("button[data-source='1']").getAttribute("aria-pressed"), "true");
    assert.equal(await cited.locator("button[data-source='2']").getAttribute("aria-pressed"), "false");
    await cited.locator("button[data-source='2']").click();
    assert.deepEqual(await page.$$eval(".cl-of-source", (nodes) => nodes.map((n) => Number(n.dataset.index))), [3]);
    assert.equal(await page.evaluate(() => window.__fixture.root.textContent), sampleText);
  });
});
