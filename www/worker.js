// The analysis worker: runs claimlens off the main thread so that a long
// paste never freezes the page. Protocol:
//   in:  { id, text, options, blocks? } (blocks: a page's block hints, from
//        readHtml on the main thread, which has the DOM)
//   out: { type: "ready" } once the engine is loaded (it then warms up),
//        { id, type: "result", doc, ms } or { id, type: "error", message }.
// A large document comes in parts (a "result" whose doc has empty claims and
// skipped, then { id, type: "claims" | "skipped", items } messages, then
// { id, type: "end" }), so that the page receives it in many short tasks
// rather than one long one.

import init, { analyze, analyzePage, warm } from "./claimlens.js";

const PART = 1000; // claims or skipped items per message

// Once loaded, the engine warms up on a built-in sample while the reader is
// still pasting: its word lists and patterns get built, and its code
// compiled, before the first article. An article sent meanwhile waits for
// the warm-up, which costs about what its own first analysis would have.
const ready = init().then(
  () => {
    postMessage({ type: "ready" });
    try {
      warm();
    } catch {
      // Warming is an optimisation: the first analysis builds what it needs.
    }
  },
  (error) => {
    postMessage({ type: "error", id: null, message: `could not load the engine: ${error.message || error}` });
    throw error;
  },
);

self.addEventListener("message", async (event) => {
  const { id, text, options, blocks } = event.data;
  try {
    await ready;
    const started = performance.now();
    const doc = blocks
      ? analyzePage(text, blocks, options || { offsetUnit: "utf16" })
      : analyze(text, options || { offsetUnit: "utf16" });
    const ms = performance.now() - started;
    if (doc.claims.length + doc.skipped.length <= PART) {
      postMessage({ id, type: "result", doc, ms });
      return;
    }
    const { claims, skipped } = doc;
    postMessage({ id, type: "result", doc: { ...doc, claims: [], skipped: [] }, ms, parts: true });
    for (let i = 0; i < claims.length; i += PART) postMessage({ id, type: "claims", items: claims.slice(i, i + PART) });
    for (let i = 0; i < skipped.length; i += PART) postMessage({ id, type: "skipped", items: skipped.slice(i, i + PART) });
    postMessage({ id, type: "end" });
  } catch (error) {
    postMessage({ id, type: "error", message: error && error.message ? error.message : String(error) });
  }
});
