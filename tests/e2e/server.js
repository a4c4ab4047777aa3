// A tiny static file server for the built site (dist/), for the browser
// tests: 127.0.0.1 only, a free port, GET and HEAD only, no directory
// listings, nothing outside the root. Also answers /__fixtures__/* from
// tests/e2e/fixtures so rendering tests can load their test doubles.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ts": "text/plain; charset=utf-8",
};

/** Resolves `urlPath` under `root`, or null when it would leave it. */
function inside(root, urlPath) {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  return path === root || path.startsWith(root + sep) ? path : null;
}

export function serve(dist, fixtures) {
  // "/claimlens/" serves the same site under a sub-path, as a newsroom would host it.
  const roots = { "/": resolve(dist), "/claimlens/": resolve(dist), "/__fixtures__/": resolve(fixtures) };
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405).end();
        return;
      }
      const url = new URL(req.url, "http://127.0.0.1");
      const pathname = url.pathname;
      const prefix = ["/__fixtures__/", "/claimlens/"].find((p) => pathname.startsWith(p)) || "/";
      let file = inside(roots[prefix], pathname.slice(prefix.length));
      if (!file) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] || "application/octet-stream",
        "cache-control": "no-store",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((resolveListen) => {
    server.listen(0, "127.0.0.1", () => resolveListen(server));
  });
}

// Standalone: node tests/e2e/server.js DIST -> prints the URL.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] || "dist";
  const server = await serve(dist, new URL("./fixtures", import.meta.url).pathname);
  console.log(`http://127.0.0.1:${server.address().port}/`);
}
