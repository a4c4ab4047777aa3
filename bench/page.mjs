// The benchmark page: times claimlens's WebAssembly build on the main thread
// of the browser, with the same rule as Node (timing.mjs).
import init, * as engine from "/pkg/claimlens.js";
import { claimlensTasks, medianTime } from "./timing.mjs";

window.runBench = async (files) => {
  await init({ module_or_path: "/pkg/claimlens_bg.wasm" });
  const tasks = claimlensTasks(engine);
  const out = [];
  for (const name of files) {
    const text = await (await fetch(`/corpus/${name}.txt`)).text();
    const bytes = new TextEncoder().encode(text).length;
    for (const [task, run] of Object.entries(tasks)) {
      const { seconds, runs } = medianTime(() => run(text));
      out.push({ runtime: "chromium", tool: "claimlens", task, file: name, bytes, seconds, runs });
    }
  }
  return out;
};
window.benchReady = true;
