// The analysis worker: runs claimlens off the main thread so that a long
// paste never freezes the page. Protocol:
//   in:  { id, text, options }
//   out: { type: "ready" } once the engine is loaded,
//        { id, type: "result", doc, ms } or { id, type: "error", message }.

import init, { analyze } from "./claimlens.js";

const ready = init().then(
  () => postMessage({ type: "ready" }),
  (error) => {
    postMessage({ type: "error", id: null, message: `could not load the engine: ${error.message || error}` });
    throw error;
  },
);

self.addEventListener("message", async (event) => {
  const { id, text, options } = event.data;
  try {
    await ready;
    const started = performance.now();
    const doc = analyze(text, options || { offsetUnit: "utf16" });
    postMessage({ id, type: "result", doc, ms: performance.now() - started });
  } catch (error) {
    postMessage({ id, type: "error", message: error && error.message ? error.message : String(error) });
  }
});
