// The Node.js entry of the claimlens package: the browser entry's API
// (claimlens.js, wasm-bindgen's glue), with an init() that reads the wasm
// from disk beside this file, since Node's fetch() cannot read file: URLs.
//
//   import init, { analyze } from "claimlens";
//   await init();
//   const doc = analyze(text);

import initWeb from "./claimlens.js";
import { readFile } from "node:fs/promises";

export * from "./claimlens.js";

/** Loads the engine once. With no argument it reads claimlens_bg.wasm from
 *  the package; any argument is passed on as to the browser entry's init(). */
export default async function init(moduleOrPath) {
  if (moduleOrPath !== undefined) return initWeb(moduleOrPath);
  const bytes = await readFile(new URL("./claimlens_bg.wasm", import.meta.url));
  return initWeb({ module_or_path: bytes });
}
