#!/usr/bin/env bash
# Builds the WordPress plugin from a release build of claimlens:
#
#   wordpress/package.sh DIST    (from the repository's root; DIST = dist)
#
# writes target/wordpress/claimlens.zip: the plugin folder `claimlens/` with
# the engine (claimlens.js, claimlens_bg.wasm, worker.js) and the
# <claim-lens> element (claim-lens.js and the modules it imports, marks.css,
# claim-lens.css) copied from DIST into claimlens/engine/. scripts/package calls it after
# `trunk build --release`. Needs python3 (the zip).
set -euo pipefail

say() { printf 'wordpress/package.sh: %s\n' "$*" >&2; }

dist=${1:?usage: wordpress/package.sh DIST}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dist=$(cd "$dist" && pwd)
source_dir=$root/wordpress
out=$root/target/wordpress

# The plugin's version is the crate's: the header, the constant and the
# readme's stable tag must all say it.
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$root/Cargo.toml" | head -n 1)
for check in "Version: *$version\$" "'CLAIMLENS_VERSION', '$version'"; do
    grep -q "$check" "$source_dir/claimlens.php" || { say "claimlens.php does not say version $version ($check)"; exit 1; }
done
grep -q "^Stable tag: $version\$" "$source_dir/readme.txt" || { say "readme.txt's stable tag is not $version"; exit 1; }

stage=$out/stage/claimlens
rm -rf "$out"
mkdir -p "$stage"
cp -R "$source_dir/claimlens.php" "$source_dir/uninstall.php" "$source_dir/readme.txt" \
    "$source_dir/includes" "$source_dir/assets" "$source_dir/engine" "$stage/"
# The element and the worker, with every module they import (followed
# through `from "./x.js"`, so a new import in www/ is packaged too), the
# wasm, and the element's stylesheets.
files=(claimlens_bg.wasm marks.css claim-lens.css)
queue=(claim-lens.js worker.js)
while ((${#queue[@]} > 0)); do
    file=${queue[0]}
    queue=("${queue[@]:1}")
    [[ " ${files[*]} " == *" $file "* ]] && continue
    [[ -f $dist/$file ]] || { say "missing $dist/$file: build the release first (trunk build --release)"; exit 1; }
    files+=("$file")
    while read -r imported; do
        queue+=("$imported")
    done < <(sed -n 's/.*from "\.\/\([A-Za-z0-9_.-]*\.js\)".*/\1/p' "$dist/$file")
done
for file in "${files[@]}"; do
    [[ -f $dist/$file ]] || { say "missing $dist/$file: build the release first (trunk build --release)"; exit 1; }
    cp "$dist/$file" "$stage/engine/$file"
done

(cd "$out/stage" && python3 -m zipfile -c "$out/claimlens.zip" claimlens)
rm -rf "$out/stage"
say "wrote target/wordpress/claimlens.zip ($(wc -c <"$out/claimlens.zip") bytes)"
