#!/usr/bin/env python3
"""Which of the project's lines call the regex engine, and what it costs.

callgrind names the function a search was called from, not the pattern: a
rule's pattern is searched from a helper (`LinePattern::matches`) or inlined
into a caller that searches several. With the call sites' addresses and the
binary's line tables, `addr2line -i` names the source line of each call,
inlined frames and all, and so the pattern.

    CARGO_PROFILE_BENCH_DEBUG=line-tables-only cargo bench --bench speed --no-run
    valgrind --tool=callgrind --dump-instr=yes --toggle-collect='speed::profiled' \\
        --callgrind-out-file=OUT EXE --profile CORPUS/100k.txt
    bench/regex-callers.py OUT EXE [CALLEE_SUBSTRING]

prints, per call site into a function whose name holds CALLEE_SUBSTRING
(default: the regex crates' functions, from outside them), the inclusive
instructions, the number of calls and the chain of the project's source lines.
"""

import collections
import re
import subprocess
import sys


def main():
    out_file, exe = sys.argv[1], sys.argv[2]
    callee = sys.argv[3] if len(sys.argv) > 3 else None
    names = {}

    def name(field):
        m = re.match(r"\((\d+)\)(?: (.*))?", field)
        if not m:
            return field
        if m.group(2):
            names[m.group(1)] = m.group(2)
        return names[m.group(1)]

    def is_regex(fn):
        return fn.startswith(("regex", "<regex"))

    addr = 0

    def position(token):
        nonlocal addr
        if token.startswith("+"):
            addr += int(token[1:], 16)
        elif token.startswith("-"):
            addr -= int(token[1:], 16)
        elif token != "*":
            addr = int(token, 16)
        return addr

    cost, calls = collections.Counter(), collections.Counter()
    fn = cfn = None
    pending = None
    files = {}
    for line in open(out_file):
        line = line.rstrip("\n")
        if not line:
            continue
        head = line.split()[0]
        if "=" in head:
            key, value = line.split("=", 1)
            if key == "fn":
                fn = name(value)
            elif key == "cfn":
                cfn = name(value)
            elif key == "calls":
                pending = int(value.split()[0])
            elif key in ("fl", "fi", "fe", "cfi", "cfl"):
                m = re.match(r"\((\d+)\)(?: (.*))?", value)
                if m and m.group(2):
                    files[m.group(1)] = m.group(2)
            continue
        if line[0] in "0123456789+-*":
            tokens = line.split()
            at = position(tokens[0])
            if pending is not None:
                n, pending = pending, None
                wanted = (callee in cfn) if callee else (is_regex(cfn) and not is_regex(fn) and not fn.startswith("core::"))
                if wanted:
                    cost[at] += int(tokens[-1]) if len(tokens) > 2 else 0
                    calls[at] += n
    top = cost.most_common(40)
    lines = subprocess.run(
        ["addr2line", "-a", "-i", "-f", "-C", "-e", exe] + [hex(a) for a, _ in top],
        capture_output=True,
        text=True,
    ).stdout
    blocks = re.split(r"^0x[0-9a-f]+\n", lines, flags=re.M)[1:]
    for (at, c), block in zip(top, blocks):
        frames = block.strip().split("\n")
        places = [frames[i + 1] for i in range(0, len(frames) - 1, 2)]
        ours = [p.split("/src/", 1)[-1] for p in places if "/.cargo/" not in p and "/rustc/" not in p and "/src/" in p]
        print(f"{c:>12,} {calls[at]:>7}  " + " < ".join("src/" + p for p in ours))
    print(f"{sum(cost.values()):>12,} in all")


if __name__ == "__main__":
    main()
