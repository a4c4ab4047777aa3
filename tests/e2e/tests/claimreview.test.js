// The page and the widget load with no error in the console and no failed
// request (the favicon is shipped), and the page's claim details offer a
// ClaimReview draft that takes the article fields the user fills in.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { analyse, cspViolations, start } from "./harness.js";

describe("a clean load and ClaimReview drafts on the page", () => {
  let env;
  before(async () => {
    env = await start();
  });
  after(() => env.close());

  /** Opens `path`, recording every response of 400 or more. */
  async function open(path) {
    const page = await env.newPage(null);
    page.failed = [];
    page.on("response", (response) => {
      if (response.status() >= 400) page.failed.push(`${response.status()} ${response.url()}`);
    });
    page.on("requestfailed", (request) => page.failed.push(`failed ${request.url()}`));
    await page.goto(env.base + path, { waitUntil: "networkidle" });
    return page;
  }

  for (const path of ["/", "/embed-example.html"]) {
    test(`${path} loads its icon, with no failed request and nothing in the console`, async () => {
      const page = await open(path);
      if (path !== "/") await page.waitForFunction(() => document.querySelector("claim-lens").result);
      const icon = await page.evaluate(() => document.querySelector("link[rel=icon]").href);
      assert.equal(icon, `${env.base}/favicon.svg`);
      const response = await page.request.get(icon);
      assert.equal(response.status(), 200);
      assert.match(response.headers()["content-type"], /image\/svg\+xml/);
      assert.ok(!env.requests.some((u) => u.endsWith("/favicon.ico")), "the browser asked for /favicon.ico");
      assert.deepEqual(page.failed, []);
      assert.deepEqual(page.record.console, []);
      assert.deepEqual(page.record.errors, []);
      assert.deepEqual(await cspViolations(page), []);
      await page.close();
    });
  }

  test("a claim's details hold its ClaimReview draft, with the article fields the user gives", async () => {
    const page = await open("/");
    const text = await analyse(
      page,
      "Harbour Bridge to close\n\nThe bridge will close for six weeks, the city's Department of Transportation said on Thursday.\n\nThe bridge carries about 48,000 vehicles a day.",
    );
    await page.locator("#view .cl-claim").first().click();
    const panel = page.locator("#details .cl-claimreview");
    await panel.locator("summary").click();
    const draft = async () => JSON.parse(await panel.locator(".cl-jsonld").textContent());
    const claim = await page.locator("#view .cl-claim").first().evaluate((m) => ({
      text: m.textContent,
      start: Number(m.dataset.start),
      end: Number(m.dataset.end),
    }));
    let review = await draft();
    assert.equal(review.claimReviewed, claim.text);
    assert.equal(review.claimReviewed, text.slice(claim.start, claim.end));
    assert.equal(review.itemReviewed.appearance, undefined, "no article fields until the user gives them");
    assert.equal(review.reviewRating.ratingValue, "");

    await panel.locator("input[name=url]").fill("https://news.example/bridge");
    await panel.locator("input[name=headline]").fill("Harbour Bridge to close");
    await panel.locator("input[name=datePublished]").fill("2026-03-05");
    review = await draft();
    assert.deepEqual(review.itemReviewed.appearance, {
      "@type": "NewsArticle",
      url: "https://news.example/bridge",
      headline: "Harbour Bridge to close",
      datePublished: "2026-03-05",
    });
    assert.equal(review.itemReviewed.datePublished, "2026-03-05");

    // The fields stay filled for the next claim.
    await page.locator("#view .cl-claim").nth(1).click();
    await page.locator("#details .cl-claimreview summary").click();
    review = await draft();
    assert.equal(review.itemReviewed.appearance.url, "https://news.example/bridge");
    assert.equal(review.claimReviewed, await page.locator("#view .cl-claim").nth(1).textContent());
    assert.deepEqual(page.record.console, []);
    await page.close();
  });
});
