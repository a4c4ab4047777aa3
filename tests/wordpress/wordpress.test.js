// The claimlens plugin in the WordPress that tests/wordpress/run started
// (WP_BASE, WP_USER, WP_PASSWORD, WP_ZIP, WP_DIST, WP_SQL), in headless
// Chromium. The steps run in order, each on the site the previous one left:
// upload and activate the zip, check the settings page, write a post from a
// fixture article, read the sidebar, type, publish, read the reader's widget,
// place it by hand, turn it off, delete the plugin.
//
// Every page is watched: a console error, an uncaught exception or a request
// to anywhere but the site fails the run.

import assert from "node:assert/strict";
import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, test } from "node:test";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS } from "../chromium-flags.mjs";

const BASE = process.env.WP_BASE;
const ROOT = new URL("../..", import.meta.url).pathname;
const SCREENSHOT = join(ROOT, "docs/wordpress-sidebar.png");
const SIDEBAR_BUTTON = 'button[aria-label="claimlens: who says so?"]';

// The engine, in Node, from the same release build the zip carries: the
// reference every result in the browser is compared to.
const engine = await import(pathToFileURL(join(process.env.WP_DIST, "claimlens.js")).href);
let loaded = false;
const analyze = (text) => {
  if (!loaded) engine.initSync({ module: readFileSync(join(process.env.WP_DIST, "claimlens_bg.wasm")) });
  loaded = true;
  return engine.analyze(text, { offsetUnit: "utf16" });
};

// The fixture: its first line is the title, its blank-line separated
// paragraphs the body, as an editor pasting it would have them.
const fixture = readFileSync(join(ROOT, "www/example.txt"), "utf8").replace(/\r\n/g, "\n").trim();
const [title, ...paragraphs] = fixture.split(/\n\s*\n/).map((p) => p.trim());
const body = paragraphs.join("\n\n");

let browser;
let context;
const outside = []; // requests that would have left the site
const problems = []; // console errors and uncaught exceptions, with the page's URL
const wasmTypes = new Set();

function sql(query) {
  return execSync(`${process.env.WP_SQL} -e ${JSON.stringify(query)}`, { encoding: "utf8" }).trim();
}

async function newPage() {
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${page.url()}: console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error}`));
  page.on("dialog", (dialog) => dialog.accept());
  page.on("response", (response) => {
    if (response.url().endsWith(".wasm")) wasmTypes.add(response.headers()["content-type"]);
  });
  return page;
}

/** The sidebar's claims in the list `panel` (a PanelBody class): text and labels. */
async function listedClaims(page, panel) {
  return page.$$eval(`.${panel} .claimlens-claim`, (items) =>
    items.map((li) => ({
      index: Number(li.dataset.claimIndex),
      text: li.querySelector(".claimlens-claim-text").textContent,
      kind: li.dataset.kind,
      stance: li.dataset.stance,
    })),
  );
}

/** Opens (or closes) a PanelBody of the sidebar. */
async function openPanel(page, panel, open = true) {
  const toggle = page.locator(`.${panel} .components-panel__body-toggle`);
  if (((await toggle.getAttribute("aria-expanded")) === "true") !== open) await toggle.click();
}

async function waitForAnalysis(page, predicate = null, arg = null) {
  await page.waitForFunction(
    ({ predicate, arg }) => {
      const status = document.querySelector(".claimlens-status");
      if (!status || status.dataset.status !== "done") return false;
      return predicate ? new Function("arg", predicate)(arg) : true;
    },
    { predicate, arg },
    { timeout: 30_000 },
  );
}

/** The post editor for a new post, the welcome guide out of the way. */
async function openEditor(page, path = "/wp-admin/post-new.php") {
  await page.goto(BASE + path);
  await page.waitForFunction(() => window.wp && wp.data && wp.data.select("core/block-editor") && document.querySelector(".edit-post-header"), null, {
    timeout: 60_000,
  });
  await page.evaluate(() => {
    const prefs = wp.data.select("core/edit-post");
    if (prefs.isFeatureActive("welcomeGuide")) wp.data.dispatch("core/edit-post").toggleFeature("welcomeGuide");
  });
}

before(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_FLAGS, headless: true });
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${BASE}/`) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    outside.push(url);
    return route.abort();
  });
});

after(async () => {
  await browser?.close();
});

test("logs in, uploads the zip through Plugins → Add New and activates it", async () => {
  const page = await newPage();
  await page.goto(`${BASE}/wp-login.php`);
  await page.fill("#user_login", process.env.WP_USER);
  await page.fill("#user_pass", process.env.WP_PASSWORD);
  await Promise.all([page.waitForURL(/\/wp-admin\/?$/), page.click("#wp-submit")]);

  await page.goto(`${BASE}/wp-admin/plugin-install.php?tab=upload`);
  await page.setInputFiles("#pluginzip", process.env.WP_ZIP);
  await Promise.all([page.waitForLoadState("load"), page.click("#install-plugin-submit")]);
  await page.waitForSelector("text=Plugin installed successfully.");
  await Promise.all([page.waitForURL(/plugins\.php/), page.click("a.button-primary:has-text('Activate Plugin')")]);
  await page.waitForSelector("#message:has-text('Plugin activated.')");
  const row = page.locator('tr[data-plugin="claimlens/claimlens.php"]');
  assert.equal(await row.getAttribute("class").then((c) => c.includes("active")), true, "the plugin's row is active");
  assert.ok(await row.locator("a:has-text('Settings')").count(), "a Settings link on the plugin's row");
  await page.close();
});

test("the settings page: the Settings API form with its nonce; a save without the nonce is refused", async () => {
  const page = await newPage();
  await page.goto(`${BASE}/wp-admin/options-general.php?page=claimlens`);
  assert.equal(await page.locator('input[name="option_page"]').inputValue(), "claimlens");
  assert.ok((await page.locator('input[name="_wpnonce"]').inputValue()).length > 5, "a nonce in the form");
  assert.equal(await page.locator('input[name="claimlens_options[placement]"]:checked').inputValue(), "after", "default placement");
  assert.ok(await page.locator('input[name="claimlens_options[post_types][]"][value="post"]').isChecked());

  const forged = await context.request.post(`${BASE}/wp-admin/options.php`, {
    form: { option_page: "claimlens", action: "update", "claimlens_options[placement]": "off" },
    maxRedirects: 0,
  });
  assert.ok(forged.status() >= 400, `a save without a nonce answered ${forged.status()}`);
  assert.equal(sql("SELECT COUNT(*) FROM wp_options WHERE option_name = 'claimlens_options'"), "0", "nothing saved");

  // Saved through the form, with its nonce (unchanged from the defaults, so
  // WordPress stores nothing yet).
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click("#submit")]);
  await page.close();
});

let postUrl;
let typingReport;

test("the sidebar analyses the post being written: the claims and labels are the engine's", async () => {
  const page = await newPage();
  await openEditor(page);
  assert.ok(await page.evaluate(() => Boolean(wp.plugins && wp.editPost && wp.plugins.getPlugin("claimlens"))), "the plugin registered");

  // The title typed, the body pasted, as an editor would.
  await page.click(".editor-post-title__input");
  await page.keyboard.type(title);
  await page.keyboard.press("Enter");
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    document.activeElement.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, body);
  await page.waitForFunction((n) => wp.data.select("core/block-editor").getBlocks().length >= n, paragraphs.length);

  await page.click(SIDEBAR_BUTTON);
  await waitForAnalysis(page);

  const expected = analyze(`${title}\n\n${body}`);
  assert.ok(expected.claims.length >= 10, `the fixture has ${expected.claims.length} claims`);
  await openPanel(page, "claimlens-panel-all");
  const all = await listedClaims(page, "claimlens-panel-all");
  assert.deepEqual(
    all,
    expected.claims.map((c) => ({ index: c.index, text: c.text, kind: c.attribution.kind, stance: c.stance.kind })),
  );

  const factual = expected.claims.filter((c) => c.attribution.kind === "unattributed" && c.stance.kind === "reporting");
  assert.ok(factual.length > 0, "the fixture has unattributed factual claims");
  assert.deepEqual(
    (await listedClaims(page, "claimlens-panel-unattributed")).map((c) => c.index),
    factual.map((c) => c.index),
  );

  const article = expected.articles[0];
  const counts = await page.$$eval(".claimlens-counts tr[data-count]", (rows) =>
    Object.fromEntries(rows.map((r) => [r.dataset.count, Number(r.querySelector("td").textContent)])),
  );
  for (const key of ["named", "official", "anonymous", "unattributed", "reporting", "opinion"]) {
    assert.equal(counts[key], article.counts[key], `count of ${key}`);
  }
  assert.equal(await page.locator(".claimlens-verdict .claimlens-badge").textContent(), article.kind);

  // The sources roster: who is cited, with each source's kind and claims.
  assert.ok(Array.isArray(expected.sources) && expected.sources.length > 0, "the engine reports sources");
  const roster = await page.$$eval(".claimlens-sources > li", (items) =>
    items.map((li) => ({ name: li.querySelector("button").textContent, kind: li.querySelector(".claimlens-badge").textContent, text: li.textContent })),
  );
  assert.deepEqual(
    roster.map(({ name, kind }) => ({ name, kind })),
    expected.sources.map((s) => ({ name: s.name.text, kind: s.kind })),
  );
  expected.sources.forEach((s, i) => assert.match(roster[i].text, new RegExp(`${s.claims.length} claims?$`)));

  // Choosing a claim selects the block it is in.
  const pick = factual[factual.length - 1];
  await page.click(`.claimlens-panel-unattributed [data-claim-index="${pick.index}"] .claimlens-claim-text`);
  const selected = await page.evaluate(() => {
    const block = wp.data.select("core/block-editor").getSelectedBlock();
    return block && new DOMParser().parseFromString(block.attributes.content, "text/html").body.textContent;
  });
  assert.ok(selected && selected.includes(pick.text), `selected block: ${selected}`);
  assert.equal(await page.locator(".claimlens-panel-claim blockquote").textContent(), pick.text);

  // The sidebar as docs/wordpress.md shows it.
  await openPanel(page, "claimlens-panel-all", false); // the summary and the claims to check fill the picture
  await page.setViewportSize({ width: 1400, height: 1500 });
  await page.evaluate(() => {
    wp.data.dispatch("core/block-editor").clearSelectedBlock();
    for (let node = document.querySelector(".claimlens-sidebar"); node; node = node.parentElement) node.scrollTop = 0;
    for (const node of document.querySelectorAll(".interface-interface-skeleton__content")) node.scrollTop = 0;
    document.activeElement?.blur();
  });
  await page.screenshot({ path: SCREENSHOT });
  await page.setViewportSize({ width: 1400, height: 1000 });

  // Typing with the sidebar open: the sidebar catches up once typing pauses,
  // and the keystrokes are handled as fast as with the sidebar closed.
  typingReport = {};
  const sentence = " A spokesperson for the mayor said the review would report by September.";
  // A first round warms the editor up (its first keystrokes are the slowest).
  for (const sidebar of ["warm-up", "closed", "open"]) {
    if ((await page.locator(`${SIDEBAR_BUTTON}[aria-expanded="true"]`).count()) !== (sidebar === "closed" ? 0 : 1)) {
      await page.click(SIDEBAR_BUTTON);
      if (sidebar !== "closed") await waitForAnalysis(page);
    }
    await page.evaluate(() => {
      window.__slow = [];
      window.__observer?.disconnect();
      window.__observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__slow.push({ type: entry.entryType, name: entry.name, ms: entry.duration });
      });
      window.__observer.observe({ type: "event", durationThreshold: 16, buffered: false });
      window.__observer.observe({ type: "longtask", buffered: false });
    });
    // The caret at the end of the block that mentions the mayor's review.
    const clientId = await page.evaluate(() => {
      wp.data.dispatch("core/block-editor").clearSelectedBlock(); // no block toolbar in the way
      const blocks = wp.data.select("core/block-editor").getBlocks();
      return blocks.find((b) => /independent review/.test(b.attributes.content || "")).clientId;
    });
    const paragraph = page.locator(`[data-block="${clientId}"]`);
    const box = await paragraph.boundingBox();
    await paragraph.click({ position: { x: box.width - 4, y: box.height - 6 } });
    await page.keyboard.press("Control+End");
    await page.keyboard.type(sentence, { delay: 25 });
    await page.waitForTimeout(300);
    const slow = await page.evaluate(() => window.__slow);
    typingReport[sidebar] = {
      slowestEvent: Math.max(0, ...slow.filter((e) => e.type === "event").map((e) => e.ms)),
      longTasks: slow.filter((e) => e.type === "longtask").map((e) => Math.round(e.ms)),
    };
  }
  delete typingReport["warm-up"];
  // The sentence was typed three times: the sidebar ends with its claims.
  const expectedAfter = analyze(
    await page.evaluate(() => {
      const text = (html) => new DOMParser().parseFromString(html, "text/html").body.textContent;
      const title = wp.data.select("core/editor").getEditedPostAttribute("title");
      return [title, ...wp.data.select("core/block-editor").getBlocks().map((b) => text(b.attributes.content))].join("\n\n");
    }),
  );
  await openPanel(page, "claimlens-panel-all");
  await waitForAnalysis(page, "return document.querySelectorAll('.claimlens-panel-all .claimlens-claim').length === arg", expectedAfter.claims.length).catch(
    async (error) => {
      const shown = await listedClaims(page, "claimlens-panel-all");
      const status = await page.locator(".claimlens-status").textContent();
      throw new Error(
        `${error.message}\nsidebar (${status}): ${JSON.stringify(shown.map((c) => c.text))}\nexpected: ${JSON.stringify(expectedAfter.claims.map((c) => c.text))}`,
      );
    },
  );
  assert.ok(expectedAfter.claims.length > expected.claims.length, "the typed sentences are claims");
  const typed = expectedAfter.claims.filter((c) => c.text.includes("review would report by September"));
  assert.ok(typed.length >= 1);
  for (const claim of typed) {
    assert.ok(
      (await listedClaims(page, "claimlens-panel-all")).some((c) => c.text === claim.text && c.kind === claim.attribution.kind),
      `the sidebar shows the typed claim: ${claim.text}`,
    );
  }
  console.log(`typing, slowest keystroke event and long tasks: ${JSON.stringify(typingReport)}`);
  assert.ok(
    typingReport.open.slowestEvent <= Math.max(200, 2 * typingReport.closed.slowestEvent),
    `typing with the sidebar open is slower: ${JSON.stringify(typingReport)}`,
  );

  // Publish.
  await page.click(".editor-post-publish-panel__toggle");
  await page.click(".editor-post-publish-panel .editor-post-publish-button");
  await page.waitForFunction(() => wp.data.select("core/editor").isCurrentPostPublished() && !wp.data.select("core/editor").isSavingPost());
  postUrl = await page.evaluate(() => wp.data.select("core/editor").getPermalink());
  assert.ok(postUrl.startsWith(BASE), postUrl);
  await page.close();
});

/** The widget on a public page: waits for its result and returns it with the
 *  text of the element it reads. */
async function readWidget(page) {
  await page.waitForFunction(() => document.querySelector("claim-lens")?.result, null, { timeout: 30_000 });
  return page.evaluate(() => {
    const lens = document.querySelector("claim-lens");
    const target = document.querySelector(lens.getAttribute("for"));
    return { doc: lens.result, text: target.innerText, count: document.querySelectorAll("claim-lens").length };
  });
}

test("the published post: the widget after the content, from the plugin's folder, the engine's result", async () => {
  const page = await newPage();
  await page.goto(postUrl);
  const script = page.locator("script#claimlens-element-js");
  assert.equal(await script.getAttribute("type"), "module");
  assert.match(await script.getAttribute("src"), new RegExp(`^${BASE}/wp-content/plugins/claimlens/engine/claim-lens\\.js`));
  const { doc, text, count } = await readWidget(page);
  assert.equal(count, 1);
  assert.ok(text.includes("Harbour Bridge will close"), "the widget reads the post's content");
  const expected = analyze(text);
  assert.deepEqual(
    doc.claims.map((c) => [c.text, c.attribution.kind, c.stance.kind]),
    expected.claims.map((c) => [c.text, c.attribution.kind, c.stance.kind]),
  );
  // After the content, not inside it.
  assert.ok(await page.evaluate(() => document.querySelector(".claimlens-article + .claimlens-widget claim-lens") !== null));
  const shown = await page.evaluate(() => document.querySelector("claim-lens").shadowRoot.textContent);
  assert.match(shown, new RegExp(`${expected.claims.length} claims`));
  assert.deepEqual([...wasmTypes], ["application/wasm"]);
  await page.close();
});

test("placement by hand: the [claimlens] shortcode and the block; placement off shows nothing", async () => {
  const page = await newPage();
  await page.goto(`${BASE}/wp-admin/options-general.php?page=claimlens`);
  await page.check('input[name="claimlens_options[placement]"][value="manual"]');
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click("#submit")]);
  assert.match(sql("SELECT option_value FROM wp_options WHERE option_name = 'claimlens_options'"), /"placement";s:6:"manual"/);

  await page.goto(postUrl);
  assert.equal(await page.locator("claim-lens").count(), 0, "no widget after the content in manual mode");
  assert.equal(await page.locator("script#claimlens-element-js").count(), 0, "nor its script");

  // Two posts written through the REST API, as the editor would save them.
  const posts = await page.evaluate(
    async ({ base, paragraphs }) => {
      const nonce = await fetch(`${base}/wp-admin/admin-ajax.php?action=rest-nonce`, { credentials: "same-origin" }).then((r) => r.text());
      const create = (title, content) =>
        fetch(`${base}/?rest_route=/wp/v2/posts`, {
          method: "POST",
          credentials: "same-origin",
          headers: { "content-type": "application/json", "x-wp-nonce": nonce },
          body: JSON.stringify({ title, content, status: "publish" }),
        }).then((r) => r.json());
      const html = paragraphs.map((p) => `<!-- wp:paragraph -->\n<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>\n<!-- /wp:paragraph -->`);
      const shortcode = await create("By shortcode", [html[0], "<!-- wp:shortcode -->\n[claimlens]\n<!-- /wp:shortcode -->", ...html.slice(1)].join("\n\n"));
      const block = await create("By block", [...html, "<!-- wp:claimlens/widget /-->"].join("\n\n"));
      return [shortcode.link, block.link];
    },
    { base: BASE, paragraphs: paragraphs.slice(0, 6) },
  );
  for (const url of posts) {
    assert.ok(url && url.startsWith(BASE), `a post: ${url}`);
    await page.goto(url);
    const { doc, text, count } = await readWidget(page);
    assert.equal(count, 1);
    assert.ok(text.includes(paragraphs[1].slice(0, 40)), "the widget reads the post");
    assert.ok(!/who says so|claims? ·/.test(text), "the widget does not read itself");
    assert.equal(doc.claims.length, analyze(text).claims.length);
  }
  assert.ok(await page.evaluate(() => document.querySelector(".claimlens-article .claimlens-widget claim-lens") !== null), "the block's widget in place");

  await page.goto(`${BASE}/wp-admin/options-general.php?page=claimlens`);
  await page.check('input[name="claimlens_options[placement]"][value="off"]');
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click("#submit")]);
  for (const url of [postUrl, ...posts]) {
    await page.goto(url);
    assert.equal(await page.locator("claim-lens").count(), 0, `no widget at ${url} when off`);
    assert.equal(await page.locator(".claimlens-article").count(), 0);
  }
  await page.close();
});

test("deleting the plugin removes its option", async () => {
  assert.equal(sql("SELECT COUNT(*) FROM wp_options WHERE option_name = 'claimlens_options'"), "1");
  const page = await newPage();
  await page.goto(`${BASE}/wp-admin/plugins.php`);
  const row = page.locator('tr[data-plugin="claimlens/claimlens.php"]');
  await Promise.all([page.waitForURL(/deactivate=true/), row.locator("a:has-text('Deactivate')").click()]);
  await row.locator("a.delete").click(); // confirms (the dialog is accepted), then deletes over Ajax
  await page.waitForSelector("text=claimlens was successfully deleted.", { timeout: 30_000 });
  assert.equal(sql("SELECT COUNT(*) FROM wp_options WHERE option_name = 'claimlens_options'"), "0");
  await page.close();
});

test("no console error, no uncaught exception, no request beyond the site", () => {
  assert.deepEqual(outside, []);
  assert.deepEqual(problems, []);
});
