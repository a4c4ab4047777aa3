// Filters, keyboard navigation, claim details and exports, on the hand-made
// document: the engine module is replaced by fixtures/fake-claimlens.js so
// that every assertion is about the page, whatever the engine finds.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { document as sample, text as sampleText } from "../fixtures/sample.js";
import { toCsv, toJson, toMarkdown } from "../../../www/export.js";
import { E2E, analyse, cspViolations, start } from "./harness.js";

describe("interacting with the results", () => {
  let env;
  let page;
  before(async () => {
    env = await start();
    page = await env.newPage(null);
    await page.route("**/claimlens.js", (route) =>
      route.fulfill({ path: join(E2E, "fixtures/fake-claimlens.js"), contentType: "text/javascript" }),
    );
    await page.goto(`${env.base}/`);
    await analyse(page, sampleText);
  });
  after(() => env.close());

  const marks = () => page.$$eval("#view .cl-claim:not(.cl-filtered)", (m) => m.map((x) => Number(x.dataset.index)));
  const selected = () => page.$$eval("#view .cl-selected", (m) => m.map((x) => Number(x.dataset.index)));

  test("the summary and the live region report the results", async () => {
    assert.equal(await page.locator("#summaries .cl-summary").count(), 1);
    assert.match(await page.locator("#status").textContent(), /^6 claims found in 1 article: 1 anonymous, 1 opinion; 2 skipped\./);
    assert.equal(await page.locator("#status").getAttribute("aria-live"), "polite");
  });

  test("filters by attribution kind and stance", async () => {
    assert.deepEqual(await marks(), [0, 1, 2, 3, 4, 5]);
    await page.uncheck("input[name=kind][value=named]");
    assert.deepEqual(await marks(), [0, 3, 4, 5]);
    await page.uncheck("input[name=stance][value=reporting]");
    assert.deepEqual(await marks(), [5]);
    await page.check("input[name=kind][value=named]");
    await page.check("input[name=stance][value=reporting]");
    await page.uncheck("input[name=stance][value=opinion]");
    assert.deepEqual(await marks(), [0, 1, 2, 3, 4]);
    await page.check("input[name=stance][value=opinion]");
    // The text stays whole whatever is filtered.
    assert.equal(await page.locator("#view .cl-text").textContent(), sampleText);
  });

  test("keyboard: j/k and arrows move between visible claims, Enter opens details", async () => {
    await page.locator("#view").focus();
    await page.keyboard.press("j");
    assert.deepEqual(await selected(), [0]);
    await page.keyboard.press("j");
    await page.keyboard.press("ArrowDown");
    assert.deepEqual(await selected(), [2]);
    await page.keyboard.press("k");
    assert.deepEqual(await selected(), [1]);
    // Source, cue and quote are marked in the text itself.
    const painted = await page.$$eval("#view .cl-hl", (n) => n.map((x) => [x.dataset.role, x.textContent]));
    assert.deepEqual(painted, [
      ["quote", "We simply cannot afford three buildings,"],
      ["cue", "said"],
      ["source", "Councillor Ana Ruiz"],
    ]);
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement.id), "details");
    const details = await page.locator("#details").textContent();
    assert.match(details, /Councillor Ana Ruiz/);
    assert.match(details, /named-person/);
    // Filtered claims are skipped over.
    await page.locator("#view").focus();
    await page.uncheck("input[name=kind][value=anonymous]");
    await page.locator("#view").focus();
    await page.keyboard.press("ArrowDown"); // 2
    await page.keyboard.press("ArrowDown"); // 3 is hidden: 4
    assert.deepEqual(await selected(), [4]);
    await page.keyboard.press("ArrowDown");
    assert.deepEqual(await selected(), [5]);
    const signals = await page.$$eval("#view .cl-hl", (n) => n.map((x) => x.textContent));
    assert.deepEqual(signals, ["short-sighted mistake", "will regret"]);
    await page.check("input[name=kind][value=anonymous]");
    await page.locator("#view .cl-selected").focus();
    await page.keyboard.press("Escape");
    assert.deepEqual(await selected(), []);
    assert.equal(await page.locator("#view .cl-hl").count(), 0);
  });

  test("clicking a claim or an unattributed fact selects it", async () => {
    await page.click("#view .cl-claim[data-index='3']");
    assert.deepEqual(await selected(), [3]);
    assert.match(await page.locator("#details").textContent(), /two employees who asked not to be named/);
    await page.click("#summaries .cl-unattributed-list button");
    assert.deepEqual(await selected(), [4]);
  });

  test("skipped furniture can be hidden and shown", async () => {
    const skipped = page.locator("#view .cl-skipped").first();
    assert.ok(await skipped.isVisible());
    await page.click("#toggle-skipped");
    assert.equal(await page.locator("#toggle-skipped").getAttribute("aria-pressed"), "true");
    assert.ok(!(await skipped.isVisible()));
    await page.click("#toggle-skipped");
    assert.ok(await skipped.isVisible());
  });

  for (const [format, make, name] of [
    ["json", toJson, "claimlens-report.json"],
    ["csv", toCsv, "claimlens-report.csv"],
    ["md", toMarkdown, "claimlens-report.md"],
  ]) {
    test(`export ${format}: download and copy`, async () => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.click(`button[data-export=${format}][data-action=download]`),
      ]);
      assert.equal(download.suggestedFilename(), name);
      const saved = await readFile(await download.path(), "utf8");
      assert.equal(saved, make(sample));
      await page.click(`button[data-export=${format}][data-action=copy]`);
      await page.waitForFunction(() => /^Copied/.test(document.querySelector("#status").textContent));
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), make(sample));
    });
  }

  test("the JSON export is the engine's document", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("button[data-export=json][data-action=download]")]);
    assert.deepEqual(JSON.parse(await readFile(await download.path(), "utf8")), sample);
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(page.record.errors, []);
  });
});
