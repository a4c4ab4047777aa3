#!/usr/bin/env node
// Removes the "name" custom section (function names for debuggers, about a
// sixth of the module) from a .wasm file, in place. Trunk runs it after its
// build (Trunk.toml, post_build hook); scripts/bench on its own build.
// Rust's `strip = true` would remove it too, but also the target_features
// section wasm-bindgen reads.
//
//   node scripts/strip-wasm-names.mjs FILE.wasm...
import { readFileSync, writeFileSync } from "node:fs";

function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

for (const file of process.argv.slice(2)) {
  const wasm = readFileSync(file);
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error(`${file}: not a WebAssembly module`);
  const kept = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const start = at;
    const id = wasm[at++];
    const [size, body] = leb(wasm, at);
    at = body + size;
    if (id === 0) {
      const [length, name] = leb(wasm, body);
      if (wasm.toString("utf8", name, name + length) === "name") continue;
    }
    kept.push(wasm.subarray(start, at));
  }
  writeFileSync(file, Buffer.concat(kept));
}
