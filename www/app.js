// The claimlens page: input, the analysis worker, the marked view, summaries,
// filters, keyboard navigation and exports. User text reaches the DOM only as
// text nodes (see render.js).

import {
  announcement,
  articleSummary,
  buildMarkedTextAsync,
  claimDetails,
  el,
  highlightsOf,
  markSource,
  paintHighlights,
} from "./render.js";
import { toCsv, toJson, toMarkdown, toSourcesCsv } from "./export.js";
import { claimReviewPanel } from "./claimreview.js";

const LIVE_LIMIT = 20_000; // characters: live analysis only for texts below this
const DEBOUNCE_MS = 300;

const $ = (selector) => document.querySelector(selector);
const ui = {
  text: $("#text"),
  analyze: $("#analyze"),
  example: $("#example"),
  file: $("#file"),
  live: $("#live"),
  progress: $("#progress"),
  elapsed: $("#elapsed"),
  cancel: $("#cancel"),
  status: $("#status"),
  error: $("#error"),
  results: $("#results"),
  summaries: $("#summaries"),
  view: $("#view"),
  details: $("#details"),
  detailsBody: $("#details-body"),
  toggleSkipped: $("#toggle-skipped"),
};

/** What is on screen: the text analysed, its document and the view's nodes. */
const state = { text: "", doc: null, claimNodes: [], selected: -1, source: -1 };
/** The article's URL, headline and date for ClaimReview drafts, as the user fills them in. */
const articleInfo = { url: "", headline: "", datePublished: "" };

// ---------------------------------------------------------------- the worker

/** Runs analyses in a module worker; one at a time, the newest wins. */
class Analyzer {
  constructor() {
    this.nextId = 1;
    this.pending = null; // { id, resolve, reject }
    this.start();
  }

  start() {
    this.worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module", name: "claimlens" });
    this.worker.addEventListener("message", (event) => this.receive(event.data));
    this.worker.addEventListener("error", (event) => {
      event.preventDefault();
      this.fail(new Error(`the analysis worker failed: ${event.message || "could not start"}`));
    });
  }

  receive(message) {
    if (message.type === "ready") return;
    const pending = this.pending;
    if (message.type === "error" && message.id === null) return this.fail(new Error(message.message));
    if (!pending || message.id !== pending.id) return; // a superseded request
    if (message.type === "result" && message.parts) {
      pending.partial = { doc: message.doc, ms: message.ms };
      return;
    }
    if (message.type === "claims" || message.type === "skipped") {
      const list = pending.partial.doc[message.type];
      for (const item of message.items) list.push(item);
      return;
    }
    this.pending = null;
    if (message.type === "end") pending.resolve(pending.partial);
    else if (message.type === "result") pending.resolve({ doc: message.doc, ms: message.ms });
    else pending.reject(new Error(message.message));
  }

  fail(error) {
    const pending = this.pending;
    this.pending = null;
    if (pending) pending.reject(error);
  }

  analyze(text, blocks) {
    if (this.pending) this.cancel(); // a running analysis is stale now
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending = { id, resolve, reject };
      this.worker.postMessage({ id, text, blocks, options: { offsetUnit: "utf16" } });
    });
  }

  /** Stops the running analysis: the worker is ended and a fresh one started. */
  cancel() {
    this.worker.terminate();
    const pending = this.pending;
    this.pending = null;
    if (pending) pending.reject(Object.assign(new Error("analysis cancelled"), { cancelled: true }));
    this.start();
  }

  get busy() {
    return this.pending !== null;
  }
}

const analyzer = new Analyzer();
let timer = null;

function showProgress(on) {
  ui.progress.hidden = !on;
  ui.analyze.disabled = false;
  clearInterval(timer);
  if (on) {
    const started = performance.now();
    ui.elapsed.textContent = "0.0 s";
    timer = setInterval(() => {
      ui.elapsed.textContent = `${((performance.now() - started) / 1000).toFixed(1)} s`;
    }, 100);
  }
}

function showError(message) {
  ui.error.hidden = !message;
  ui.error.textContent = message || "";
}

async function run() {
  let text = ui.text.value;
  if (!/\S/.test(text)) {
    showError("The text is empty: paste an article to analyse.");
    return;
  }
  // Lone surrogates cannot cross into Rust; U+FFFD keeps every UTF-16 offset.
  if (typeof text.isWellFormed === "function" && !text.isWellFormed()) text = text.toWellFormed();
  showError("");
  ui.status.textContent = "Analysing…";
  showProgress(true);
  try {
    // A page read from HTML keeps its block hints while its text is unedited.
    const blocks = page && page.text === text ? page.blocks : undefined;
    const { doc, ms } = await analyzer.analyze(text, blocks);
    const shown = await show(text, doc);
    if (!shown) return; // a newer analysis took over while this one was drawn
    showProgress(false);
    ui.status.textContent = `${announcement(doc)} (${Math.round(ms)} ms)`;
  } catch (error) {
    if (error.cancelled) {
      if (!analyzer.busy) {
        showProgress(false);
        ui.status.textContent = "Analysis cancelled.";
      }
      return;
    }
    showProgress(false);
    ui.status.textContent = "";
    showError(`Could not analyse the text: ${error.message}`);
  }
}

// ---------------------------------------------------------------- the view

let drawing = 0;

/** Draws the results; resolves false when a newer analysis superseded it. */
async function show(text, doc) {
  const draw = ++drawing;
  const { root, claimNodes } = await buildMarkedTextAsync(text, doc);
  if (draw !== drawing || analyzer.busy) return false;
  state.text = text;
  state.doc = doc;
  state.selected = -1;
  state.claimNodes = claimNodes;
  root.addEventListener("click", (event) => {
    const mark = event.target.closest(".cl-claim");
    if (mark) select(+mark.dataset.index, { open: true, focus: false });
  });
  ui.view.replaceChildren(root);
  state.source = -1;
  ui.summaries.replaceChildren(
    ...doc.articles.map((article) =>
      articleSummary(article, doc, { onPick: (i) => select(i, { open: true }), onPickSource: pickSource }),
    ),
  );
  if (!doc.articles.length) ui.summaries.append(el("p", null, "No article found in this text."));
  ui.detailsBody.replaceChildren(el("p", null, "Select a claim to see its source, cue, quote and the reasons for each label."));
  applyFilters();
  ui.results.hidden = false;
  return true;
}

/** Marks the claims of a cited source; choosing it again clears the marks. */
function pickSource(id) {
  state.source = state.source === id ? -1 : id;
  const marked = markSource(state.claimNodes, state.doc, state.source, ui.summaries);
  const first = marked.find((i) => visible(i));
  if (first !== undefined) select(first, { open: true, focus: false });
  ui.status.textContent =
    state.source < 0 ? "Source marks cleared." : `${marked.length} claims of ${state.doc.sources[state.source].name.text} marked.`;
}

function filters() {
  const checked = (name) =>
    new Set([...document.querySelectorAll(`input[name=${name}]:checked`)].map((input) => input.value));
  return { kinds: checked("kind"), stances: checked("stance") };
}

function visible(index) {
  const node = state.claimNodes[index];
  return node && !node.classList.contains("cl-filtered");
}

function applyFilters() {
  const { kinds, stances } = filters();
  let shown = 0;
  for (const node of state.claimNodes) {
    if (!node) continue;
    const on = kinds.has(node.dataset.kind) && stances.has(node.dataset.stance);
    node.classList.toggle("cl-filtered", !on);
    if (on) shown++;
  }
  ui.view.dataset.shown = String(shown);
  if (state.selected >= 0 && !visible(state.selected)) select(-1);
}

function select(index, { open = false, focus = true } = {}) {
  const previous = state.claimNodes[state.selected];
  if (previous) {
    previous.classList.remove("cl-selected");
    previous.removeAttribute("aria-current");
    previous.tabIndex = -1;
  }
  state.selected = index;
  const claim = state.doc && state.doc.claims[index];
  const node = state.claimNodes[index];
  if (!claim || !node) {
    paintHighlights(ui.view.firstChild, state.text, []);
    return;
  }
  paintHighlights(ui.view.firstChild, state.text, highlightsOf(claim));
  node.classList.add("cl-selected");
  node.setAttribute("aria-current", "true");
  node.tabIndex = 0;
  node.scrollIntoView({ block: "nearest" });
  if (focus) node.focus({ preventScroll: true });
  ui.detailsBody.replaceChildren(claimDetails(claim), claimReviewPanel(claim, articleInfo, { editable: true, sources: state.doc.sources }));
  if (open) ui.details.classList.add("open");
}

function step(delta) {
  if (!state.doc) return;
  const n = state.claimNodes.length;
  for (let i = 1; i <= n; i++) {
    const at = state.selected < 0 ? (delta > 0 ? i - 1 : n - i) : state.selected + delta * i;
    if (at < 0 || at >= n) return;
    if (visible(at)) return select(at);
  }
}

// ---------------------------------------------------------------- exports

const EXPORTS = {
  json: { make: toJson, type: "application/json", ext: "json" },
  csv: { make: toCsv, type: "text/csv", ext: "csv" },
  md: { make: toMarkdown, type: "text/markdown", ext: "md" },
  "sources-csv": { make: toSourcesCsv, type: "text/csv", ext: "csv", name: "claimlens-sources" },
};

async function exportAs(format, action) {
  if (!state.doc) return;
  const { make, type, ext, name = "claimlens-report" } = EXPORTS[format];
  const content = make(state.doc);
  if (action === "copy") {
    try {
      await navigator.clipboard.writeText(content);
      ui.status.textContent = `Copied the ${ext.toUpperCase()} export to the clipboard.`;
    } catch (error) {
      showError(`Could not copy to the clipboard: ${error.message}`);
    }
    return;
  }
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const link = el("a");
  link.href = url;
  link.download = `${name}.${ext}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ---------------------------------------------------------------- input

let debounce = null;

function onInput() {
  clearTimeout(debounce);
  if (!ui.live.checked || ui.text.value.length >= LIVE_LIMIT || !ui.text.value.trim()) return;
  debounce = setTimeout(run, DEBOUNCE_MS);
}

// ---------------------------------------------------------------- HTML in

/** The page read from HTML ({ text, blocks }), while the box shows its text. */
let page = null;
let pageReader = null;

/** Reads HTML into text and block hints: the browser's DOMParser parses it
 *  into a detached document (nothing in it runs or loads) and the engine
 *  walks that DOM. Loaded on the first HTML paste or file only, so the page
 *  itself loads nothing more on the main thread. */
async function readHtml(html) {
  pageReader ||= import(new URL("./claimlens.js", import.meta.url).href).then(async (module) => {
    await module.default();
    return module.readHtml;
  });
  return (await pageReader)(html);
}

/** Shows a page's text in the box and analyses it with its block hints.
 *  Pasted into the middle of other text, its text is inserted there instead,
 *  and the box is analysed as text. */
async function showPage(html, { insert = false } = {}) {
  let read;
  try {
    read = await readHtml(html);
  } catch (error) {
    showError(`Could not read the HTML: ${error.message}`);
    return;
  }
  if (insert) {
    page = null;
    ui.text.setRangeText(read.text, ui.text.selectionStart, ui.text.selectionEnd, "end");
  } else {
    page = read;
    ui.text.value = read.text;
  }
  run();
}

function isHtmlFile(file) {
  return file.type === "text/html" || /\.html?$/i.test(file.name);
}

async function loadFile(file) {
  if (!file) return;
  const content = await file.text();
  if (isHtmlFile(file)) return showPage(content);
  page = null;
  ui.text.value = content;
  run();
}

// A copy from a browser carries the page's markup: read its structure rather
// than the flattened text.
ui.text.addEventListener("paste", (event) => {
  const html = event.clipboardData && event.clipboardData.getData("text/html");
  if (!html || !html.trim()) return; // plain text: the textarea inserts it
  event.preventDefault();
  const { value, selectionStart, selectionEnd } = ui.text;
  const whole = !value.trim() || (selectionStart === 0 && selectionEnd === value.length);
  showPage(html, { insert: !whole });
});

ui.text.addEventListener("input", onInput);
ui.analyze.addEventListener("click", () => {
  clearTimeout(debounce);
  run();
});
ui.cancel.addEventListener("click", () => {
  analyzer.cancel();
  ui.text.focus();
});
ui.example.addEventListener("click", async () => {
  const response = await fetch(new URL("./example.txt", import.meta.url));
  page = null;
  ui.text.value = await response.text();
  run();
});
ui.file.addEventListener("change", () => loadFile(ui.file.files[0]));
ui.text.addEventListener("dragover", (event) => {
  event.preventDefault();
  ui.text.classList.add("dragging");
});
ui.text.addEventListener("dragleave", () => ui.text.classList.remove("dragging"));
ui.text.addEventListener("drop", (event) => {
  ui.text.classList.remove("dragging");
  const file = event.dataTransfer && event.dataTransfer.files[0];
  if (!file) return; // dropped text: the textarea inserts it and "input" fires
  event.preventDefault();
  loadFile(file);
});

for (const input of document.querySelectorAll("input[name=kind], input[name=stance]")) {
  input.addEventListener("change", applyFilters);
}
ui.toggleSkipped.addEventListener("click", () => {
  const hide = ui.toggleSkipped.getAttribute("aria-pressed") !== "true";
  ui.toggleSkipped.setAttribute("aria-pressed", String(hide));
  ui.view.classList.toggle("hide-skipped", hide);
});
for (const button of document.querySelectorAll("[data-export]")) {
  button.addEventListener("click", () => exportAs(button.dataset.export, button.dataset.action));
}

document.addEventListener("keydown", (event) => {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target;
  if (target.closest("textarea, input, select, button, a, [contenteditable]")) return;
  if (!state.doc) return;
  switch (event.key) {
    case "j":
    case "ArrowDown":
      step(1);
      break;
    case "k":
    case "ArrowUp":
      step(-1);
      break;
    case "Enter":
      if (state.selected < 0) return;
      ui.details.classList.add("open");
      ui.details.focus();
      break;
    case "Escape":
      select(-1);
      ui.details.classList.remove("open");
      ui.view.focus();
      break;
    default:
      return;
  }
  event.preventDefault();
});
