// <claim-lens>: the embeddable claimlens widget.
//
//   <script type="module" src="/claimlens/claim-lens.js"></script>
//   <claim-lens for="#article-body"></claim-lens>
//
// Analyses the element named by `for` (a CSS selector), or the text given by
// the `text` attribute or property, and shows the claims marked
// by source with a compact summary. Everything it loads (claimlens.js, the
// wasm, its stylesheets) is found relative to this file's own URL, so the
// widget works from any sub-path. The `for` element's DOM is walked by the
// engine (readElement): what its markup says each block is (a <figure>, an
// <aside>, a <nav>, a heading) is weighed with the words, and the page's
// <h1>, when it stands outside the element, is the article's headline. Styles live in a shadow root: the host
// page's CSS does not leak in, the widget's does not leak out.
//
// Events (bubbling, composed): `claimlens:result` (detail: the Document) and
// `claimlens:error` (detail: { message }).
//
// `lens.claimReview(index)` gives a schema.org ClaimReview draft of a claim,
// with the host page's URL, <h1> and publication date (see claimreview.js).

import { claimReview, claimReviewPanel, pageContext } from "./claimreview.js";
import { articleSummary, buildMarkedText, claimDetails, el, highlightsOf, markSource, paintHighlights } from "./render.js";

const BASE = import.meta.url;
let engine = null;

/** Loads the engine once per page; resolves to the module. */
function loadEngine() {
  // A literal specifier, resolved beside this file, that bundlers follow too.
  engine ||= import("./claimlens.js").then(async (module) => {
    await module.default(); // finds claimlens_bg.wasm beside claimlens.js
    return module;
  });
  return engine;
}

export class ClaimLens extends HTMLElement {
  static observedAttributes = ["for", "text"];

  #root;
  #text = null;
  #doc = null;
  #scheduled = false;
  #run = 0;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: "open" });
    for (const name of ["marks.css", "claim-lens.css"]) {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = new URL(`./${name}`, BASE).href;
      this.#root.append(link);
    }
    this.#root.append(el("div", "frame"));
  }

  /** The text given to analyse (property or attribute), or null: `for` is read then. */
  get text() {
    return this.#text ?? this.getAttribute("text");
  }
  set text(value) {
    this.#text = value === null || value === undefined ? null : String(value);
    this.#schedule();
  }

  /** The last Document, or null. */
  get result() {
    return this.#doc;
  }

  connectedCallback() {
    this.#schedule();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#schedule();
  }

  /** Analyses the current text again (e.g. after the article changed). */
  refresh() {
    return this.#analyze();
  }

  /** A ClaimReview draft of claim `index` of the last result (throws when there is none). */
  claimReview(index) {
    const claim = this.#doc && this.#doc.claims[index];
    if (!claim) throw new RangeError(`no claim ${index} in the last result`);
    return claimReview(claim, this.#article(), this.#doc.sources);
  }

  /** What the host page says about the article: URL, <h1>, publication date. */
  #article() {
    return pageContext(this.ownerDocument, this.#target() || this);
  }

  #target() {
    const selector = this.getAttribute("for");
    return selector ? this.ownerDocument.querySelector(selector) : null;
  }

  #schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    // After the parser has seen the rest of the page, so `for` can find its target.
    const go = () => {
      this.#scheduled = false;
      this.#analyze();
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", go, { once: true });
    else queueMicrotask(go);
  }

  async #analyze() {
    const run = ++this.#run;
    const frame = this.#root.querySelector(".frame");
    const given = this.text;
    const target = given === null ? this.#target() : null;
    const none = () => {
      frame.replaceChildren(el("p", "note", "claimlens: no article text to analyse."));
      return this.#fail(new Error("no text: set `for` to the article element or give `text`"));
    };
    if (given === null ? !target || !target.textContent.trim() : !given.trim()) return none();
    frame.replaceChildren(el("p", "note", "claimlens is reading the article…"));
    try {
      const engine = await loadEngine();
      const options = { offsetUnit: "utf16" };
      let input;
      let doc;
      if (given === null) {
        const page = engine.readElement(target);
        if (!page.text.trim()) return none();
        input = page.text;
        doc = engine.analyzePage(input, page.blocks, options);
      } else {
        input = given.isWellFormed && !given.isWellFormed() ? given.toWellFormed() : given;
        doc = engine.analyze(input, options);
      }
      if (run !== this.#run) return; // superseded
      this.#doc = doc;
      this.#render(input, doc);
      this.dispatchEvent(new CustomEvent("claimlens:result", { detail: doc, bubbles: true, composed: true }));
    } catch (error) {
      if (run !== this.#run) return;
      frame.replaceChildren(el("p", "note error", `claimlens could not analyse this text: ${error.message}`));
      this.#fail(error);
    }
  }

  #fail(error) {
    this.dispatchEvent(
      new CustomEvent("claimlens:error", { detail: { message: error.message }, bubbles: true, composed: true }),
    );
  }

  #render(text, doc) {
    const frame = this.#root.querySelector(".frame");
    const header = el("header", "head");
    header.append(el("strong", "brand", "claimlens"), el("span", "sub", `${doc.claims.length} claims · who says so?`));

    const summaries = el("div", "summaries");
    const { root, claimNodes } = buildMarkedText(text, doc);
    const details = el("div", "details");
    details.setAttribute("aria-live", "polite");
    let selected = -1;
    const select = (index) => {
      if (claimNodes[selected]) claimNodes[selected].classList.remove("cl-selected");
      selected = index;
      const claim = doc.claims[index];
      if (!claim) return;
      claimNodes[index].classList.add("cl-selected");
      paintHighlights(root, text, highlightsOf(claim));
      details.replaceChildren(claimDetails(claim), claimReviewPanel(claim, this.#article(), { sources: doc.sources }));
      claimNodes[index].scrollIntoView({ block: "nearest" });
      body.open = true;
    };
    let source = -1;
    const pickSource = (id) => {
      source = source === id ? -1 : id;
      const marked = markSource(claimNodes, doc, source, summaries);
      if (marked.length) select(marked[0]);
    };
    for (const article of doc.articles) {
      summaries.append(articleSummary(article, doc, { compact: true, onPick: select, onPickSource: pickSource }));
    }

    root.addEventListener("click", (event) => {
      const mark = event.target.closest(".cl-claim");
      if (mark) select(+mark.dataset.index);
    });
    root.addEventListener("keydown", (event) => {
      const step = { j: 1, ArrowDown: 1, k: -1, ArrowUp: -1 }[event.key];
      if (!step) return;
      event.preventDefault();
      const next = Math.min(doc.claims.length - 1, Math.max(0, selected + step));
      select(next);
    });
    root.tabIndex = 0;
    root.setAttribute("role", "region");
    root.setAttribute("aria-label", "Article with claims marked by source (j/k to move)");

    const body = el("details", "marked");
    body.append(el("summary", null, "Show the article with its claims marked"), root);
    frame.replaceChildren(header, summaries, body, details);
  }
}

if (!customElements.get("claim-lens")) customElements.define("claim-lens", ClaimLens);
