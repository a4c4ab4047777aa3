#!/usr/bin/env bash
# The shipped module's size, as trunk ships it: the `wasm-release` build,
# wasm-bindgen's output, names stripped; raw bytes and gzip -9.
#
#   bench/wasm-size.sh [OUT_DIR]     (default target/bench/wasm-size)
#
# Needs the wasm32 target and wasm-bindgen-cli (scripts/setup installs both).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
target=${CARGO_TARGET_DIR:-$PWD/target}
out=${1:-$target/bench/wasm-size}
rm -rf "$out" && mkdir -p "$out"
cargo build --quiet --lib --target wasm32-unknown-unknown --no-default-features --profile wasm-release
wasm-bindgen --target web --out-dir "$out" "$target/wasm32-unknown-unknown/wasm-release/claimlens.wasm"
node scripts/strip-wasm-names.mjs "$out/claimlens_bg.wasm" >/dev/null
python3 -c "import gzip,sys; b=open(sys.argv[1],'rb').read(); print('raw', len(b), 'gzip', len(gzip.compress(b, 9)))" "$out/claimlens_bg.wasm"
