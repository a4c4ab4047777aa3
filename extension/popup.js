// The toolbar panel: reads the active tab's article (page.js), analyses it
// here with the engine, marks the claims in the page and shows the summary
// and a chosen claim's details. The text never leaves the browser: the engine
// runs in this panel, and the only messages are to the tab itself.

import init, { analyzePage, readHtml } from "./claimlens.js";
import { claimReviewPanel } from "./claimreview.js";
import { articleSummary, claimDetails, el } from "./render.js";

const api = globalThis.browser ?? globalThis.chrome;
const $ = (selector) => document.querySelector(selector);
// The marks' look, added to the page while they are there (nothing of the page's).
const CSS = ["marks.css", "page.css"];

/** Runs `func(...args)` in the tab's page side; resolves to its result. */
async function inPage(tabId, func, args = []) {
  const [first] = await api.scripting.executeScript({ target: { tabId }, func, args });
  return first ? first.result : undefined;
}

function status(message) {
  $("#status").textContent = message;
}

/** Reads, analyses and marks the article of tab `tabId`. */
export async function run(tabId) {
  await api.scripting.executeScript({ target: { tabId }, files: ["page.js"] });
  const page = await inPage(tabId, () => globalThis.claimlensPage.read());
  await init();
  // The engine's DOM walk reads the article's markup as <claim-lens for>
  // reads its element: the text, and what each block is (a caption, an aside, a heading).
  const read = readHtml(page.html);
  if (!read.text.trim()) {
    status("No article text found on this page.");
    return;
  }
  const doc = analyzePage(read.text, read.blocks, { offsetUnit: "utf16" });
  await api.scripting.removeCSS({ target: { tabId }, files: CSS }); // from an earlier press
  await api.scripting.insertCSS({ target: { tabId }, files: CSS });
  const marked = await inPage(tabId, (d, t) => globalThis.claimlensPage.mark(d, t), [doc, read.text]);
  if (marked.error) {
    status(marked.error);
    return;
  }
  status(`${marked.marked} of ${doc.claims.length} claims marked in the page's <${page.where}>.`);

  const show = async (index) => {
    const claim = doc.claims[index];
    $("#details").replaceChildren(claimDetails(claim), claimReviewPanel(claim, page.context, { sources: doc.sources }));
    await inPage(tabId, (i) => globalThis.claimlensPage.focus(i), [index]);
  };
  // A cited source (the roster): its first claim.
  const pickSource = (id) => {
    const first = doc.sources[id] && doc.sources[id].claims[0];
    if (first !== undefined) show(first);
  };
  $("#summaries").replaceChildren(
    ...doc.articles.map((a) => articleSummary(a, doc, { compact: true, onPick: show, onPickSource: pickSource })),
  );
  if (!doc.articles.length) $("#summaries").append(el("p", null, "No article found in this text."));
  const clear = $("#clear");
  clear.hidden = false;
  clear.onclick = async () => {
    await inPage(tabId, () => globalThis.claimlensPage.clear());
    await api.scripting.removeCSS({ target: { tabId }, files: CSS });
    clear.hidden = true;
    $("#details").replaceChildren();
    status("Marks removed.");
  };
  document.body.dataset.done = "true";
}

/** The tab to read: the active one (the toolbar press grants it, activeTab). */
async function activeTab() {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab.id;
}

// `?tab=ID` names the tab when the panel is opened as a page (the tests).
const named = Number(new URLSearchParams(location.search).get("tab"));
(named ? Promise.resolve(named) : activeTab())
  .then(run)
  .catch((error) => {
    status(`claimlens could not read this page: ${error.message}`);
    document.body.dataset.done = "error";
  });
