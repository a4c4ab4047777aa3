#!/usr/bin/env python3
"""Where a WebAssembly module's bytes are: code by crate and by function, data.

    bench/wasm-bloat.py MODULE [TOP]

MODULE must still hold its name section: cargo's own output
(target/wasm32-unknown-unknown/wasm-release/claimlens.wasm), not the module
bench/wasm-size.sh ships (wasm-bindgen's output with the names stripped).
Prints the sections, then the code grouped by crate (the first path segment
of each function's name, read through `<... as ...>` and `drop_in_place<...>`),
each group's raw bytes and its bytes gzipped alone (so the groups add up to
more than the whole), then the TOP largest functions (default 40).
"""

import gzip
import re
import sys
from collections import defaultdict


def leb(b, i):
    n = shift = 0
    while True:
        x = b[i]
        i += 1
        n |= (x & 0x7F) << shift
        shift += 7
        if x < 0x80:
            return n, i


def name_of(b, i):
    n, i = leb(b, i)
    return b[i : i + n].decode("utf-8", "replace"), i + n


def sections(b):
    assert b[:4] == b"\0asm", "not a wasm module"
    i = 8
    while i < len(b):
        sid = b[i]
        size, j = leb(b, i + 1)
        yield sid, b[j : j + size]
        i = j + size


SECTION = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
           6: "global", 7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount"}


ESCAPES = {"$LT$": "<", "$GT$": ">", "$RF$": "&", "$BP$": "*", "$C$": ",", "$u20$": " ",
           "$u27$": "'", "$u5b$": "[", "$u5d$": "]", "$u7b$": "{", "$u7d$": "}", "$u3b$": ";",
           "$u2b$": "+", "$u22$": '"', "$SP$": "@", "$LP$": "(", "$RP$": ")"}


def demangle(name):
    """Rust's legacy mangling (`_ZN...E`) read back, the hash dropped; the v0
    mangling (`_R...`) only as far as its crate's name (`crate::...`)."""
    if name.startswith("_ZN") and name.endswith("E"):
        i, parts = 3, []
        body = name[3:-1]
        i = 0
        while i < len(body):
            m = re.match(r"\d+", body[i:])
            if not m:
                break
            n = int(m.group(0))
            i += len(m.group(0))
            part = body[i : i + n]
            i += n
            if re.fullmatch(r"h[0-9a-f]{16}", part):
                continue
            if part.startswith("_$"):
                part = part[1:]
            for k, v in ESCAPES.items():
                part = part.replace(k, v)
            parts.append(part.replace("..", "::"))
        return "::".join(parts)
    if name.startswith("_R"):
        m = re.search(r"Cs[0-9A-Za-z]*_\d+([A-Za-z_][A-Za-z0-9_]*)", name)
        if m:
            tail = re.findall(r"\d+([A-Za-z_][A-Za-z0-9_]*)", name[m.end():])
            return "::".join([m.group(1)] + tail[-2:]) + " (v0)"
    return name


def crate(name):
    """The crate a function's (demangled) name belongs to."""
    s = name
    # Generic shims: name the type they are for.
    for shim in ("core::ptr::drop_in_place<", "<&", "<", "&", "*const ", "*mut ", "dyn ", "["):
        while s.startswith(shim):
            s = s[len(shim):]
    m = re.match(r"[A-Za-z_][A-Za-z0-9_]*", s)
    return m.group(0) if m else name[:20]


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    b = open(path, "rb").read()
    imported = 0
    bodies = []
    names = {}
    print(f"{path}: {len(b):,} B raw, {len(gzip.compress(b, 9)):,} B gzip")
    for sid, body in sections(b):
        label = SECTION.get(sid, str(sid))
        if sid == 0:
            cname, _ = name_of(body, 0)
            label = f"custom {cname}"
        print(f"  section {label:24} {len(body):>10,} B  gzip {len(gzip.compress(bytes(body), 9)):>9,} B")
        if sid == 2:
            count, i = leb(body, 0)
            for _ in range(count):
                _, i = name_of(body, i)
                _, i = name_of(body, i)
                kind = body[i]
                i += 1
                if kind == 0:
                    _, i = leb(body, i)
                    imported += 1
                elif kind == 1:
                    i += 1
                    flags, i = leb(body, i)
                    _, i = leb(body, i)
                    if flags & 1:
                        _, i = leb(body, i)
                elif kind == 2:
                    flags, i = leb(body, i)
                    _, i = leb(body, i)
                    if flags & 1:
                        _, i = leb(body, i)
                elif kind == 3:
                    i += 2
        elif sid == 10:
            count, i = leb(body, 0)
            for _ in range(count):
                size, j = leb(body, i)
                bodies.append(bytes(body[j : j + size]))
                i = j + size
        elif sid == 0:
            cname, i = name_of(body, 0)
            if cname != "name":
                continue
            while i < len(body):
                sub = body[i]
                size, j = leb(body, i + 1)
                if sub == 1:
                    count, k = leb(body, j)
                    for _ in range(count):
                        idx, k = leb(body, k)
                        fname, k = name_of(body, k)
                        names[idx] = fname
                i = j + size
    if not names:
        print("no name section: use cargo's module, before wasm-bindgen strips it")
        return
    groups = defaultdict(list)
    funcs = []
    for n, code in enumerate(bodies):
        fname = demangle(names.get(imported + n, f"func{imported + n}"))
        groups[crate(fname)].append(code)
        funcs.append((len(code), fname))
    print(f"\ncode by crate ({len(bodies):,} functions; each group gzipped alone)")
    rows = sorted(groups.items(), key=lambda kv: -sum(map(len, kv[1])))
    for g, codes in rows[:30]:
        raw = sum(map(len, codes))
        print(f"  {g:32} {len(codes):>6} fns {raw:>10,} B  gzip {len(gzip.compress(b''.join(codes), 9)):>9,} B")
    print(f"\nthe {top} largest functions")
    for size, fname in sorted(funcs, reverse=True)[:top]:
        print(f"  {size:>8,} B  {fname[:150]}")


if __name__ == "__main__":
    main()
