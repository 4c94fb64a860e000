#!/usr/bin/env bash
# Trunk post-build hook (see Trunk.toml): builds the app's WebAssembly and puts it in the
# staging directory in a folder named by its content hash, `app-<hash>/`, which the
# module script in index.html then loads.
#   1. cargo builds the wasm module with the `split` feature, keeping relocations;
#   2. wasm-split moves each split point of src/chunks/mod.rs into its own chunk
#      (split_<name>.wasm; code that several chunks share goes to chunk_<n>.wasm) and
#      writes the loader they share (__wasm_split.js, given a yield before each fetch);
#   3. wasm-bindgen generates the JS bindings of the main module;
#   4. wasm-opt optimises every module for size;
#   5. timeline-cli packs the shipped data for the app (app-<hash>/timeline.bin) and
#      pre-renders the first view from it: index.html gets the page as it first paints and
#      its stylesheet; app-<hash>/first/ each event's page and the list
#      (timeline_core::pack, timeline_core::prerender); the interface's catalogues go to
#      app-<hash>/lang/;
#   6. finish-build.mjs hashes index.html's inline scripts into its Content-Security-Policy
#      and lists the build's files for the service worker; precompress.mjs writes .br/.gz.
# Needs what scripts/setup.sh installs (wasm-split-cli, wasm-bindgen, npm's wasm-opt).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
staging="${TRUNK_STAGING_DIR:?run this as the post_build hook of trunk}"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
target="$root/target/split"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A target directory of its own: the extra linker flag would otherwise rebuild every
# dependency whenever clippy or the wasm tests build without it.
RUSTFLAGS="${RUSTFLAGS:-} -C link-args=--emit-relocs" \
  cargo build --release --target wasm32-unknown-unknown -p purge-timeline --features split \
  --target-dir "$target"
wasm-split-cli "$target/wasm32-unknown-unknown/release/purge-timeline.wasm" "$work/split" \
  --out-name purge-timeline --target web
wasm-bindgen --target web --keep-lld-exports --no-demangle --no-typescript \
  --out-dir "$work/app" "$work/split/purge-timeline.wasm"
# The chunks' loader fetches a chunk and every chunk it needs at once, in one task: some
# fifty fetch() calls, tens of milliseconds of a phone's main thread. Each file's fetch is
# put in a task of its own, so that loading a chunk (ahead of use, chunks::prefetch_all)
# never blocks a tap for long.
split_js="$work/split/__wasm_split.js"
yield_line='        const parallelStuff = deps.map(d => d());'
grep -qxF "$yield_line" "$split_js" || { echo "wasm.sh: __wasm_split.js has changed: no '$yield_line'" >&2; exit 1; }
sed "s|^$yield_line\$|        await new Promise((next) => setTimeout(next, 0));\n&|" "$split_js" > "$work/app/__wasm_split.js"
features=(--enable-bulk-memory --enable-mutable-globals --enable-nontrapping-float-to-int
  --enable-sign-ext --enable-reference-types --enable-multivalue)
# wasm-opt warns about a name subsection the splitter writes; it is dropped anyway.
opt() { wasm-opt -Oz ${WASM_OPT_DEBUG:-} "${features[@]}" "$1" -o "$2" 2> >(grep -v 'unknown name subsection' >&2); }
opt "$work/app/purge-timeline_bg.wasm" "$work/app/purge-timeline_bg.wasm"
for chunk in "$work"/split/*.wasm; do
  [ "$(basename "$chunk")" = purge-timeline.wasm ] && continue
  opt "$chunk" "$work/app/$(basename "$chunk")"
done

# The first view, pre-rendered from the shipped data (timeline_core::prerender): the page
# paints it before the app has arrived, and reads without it.
cargo run -q --release -p timeline-cli -- prerender "$root/data/events.json" "$work/pre"
cp -r "$work/pre/first" "$work/app/first"
cp "$work/pre/timeline.bin" "$work/app/timeline.bin"
# The interface's languages, one file each, English too (no words are built into the
# app's code): i18n/<code>/*.ftl joined, without the translators' comments, as
# app-<hash>/lang/<code>.ftl (timeline_core::i18n, src/first/lang.rs).
mkdir -p "$work/app/lang"
for dir in "$root"/i18n/*/; do
  code=$(basename "$dir")
  for f in "$dir"*.ftl; do grep -v '^#' "$f"; echo; done > "$work/app/lang/$code.ftl"
done

# The folder is named by what it holds and by the data the first view comes from.
hash=$( (cd "$work/app" && find . -type f | sort | xargs cat; cat "$root/data/events.json") | sha256sum | cut -c1-16)
rm -rf "$staging"/app-*
mv "$work/app" "$staging/app-$hash"
chmod 755 "$staging/app-$hash"
# The event panel's chunk and the shared chunks it needs, for index.html to fetch early
# when a link opens an event.
panel=$(sed -n '/__wasm_split_load_panel/,/^, \[/p' "$staging/app-$hash/__wasm_split.js" |
  grep -o 'split_panel\.wasm\|__chunk_[0-9]*' | sed 's/^__\(chunk_[0-9]*\)$/\1.wasm/' |
  sed "s|^|'app-$hash/|; s|$|'|" | paste -sd, -)
sed -i -e "s/app-HASH/app-$hash/g" -e "s|'PANEL-CHUNKS'|$panel|" "$staging/index.html"
# The first view and its stylesheet into the page; event ids in links are checked against
# the one slug rule (data/link-params.json, generated from timeline_core::slug).
node -e '
  const fs = require("fs");
  const [page, pre, params, langDir] = process.argv.slice(1);
  const html = fs.readFileSync(page, "utf8");
  const parts = html.split("<!--FIRST-VIEW-->");
  if (parts.length !== 2 || html.split("FIRST-VIEW-STYLE").length !== 2 || !html.includes("ID-REGEX") || !html.includes("EVENT-IDS") || !html.includes("LANG-CODES") || !html.includes("PAGE-WORDS") || !html.includes("LOADING-TIMELINE")) {
    throw new Error("index.html: needs one <!--FIRST-VIEW-->, one FIRST-VIEW-STYLE and the ID-REGEX, EVENT-IDS and LANG-CODES placeholders");
  }
  const id = JSON.parse(fs.readFileSync(params, "utf8")).id_pattern;
  const events = fs.readdirSync(pre + "/first").filter((f) => f.endsWith(".strip.html")).map((f) => f.slice(0, -11)).sort();
  // The page speaks the language the first view was written in.
  const [lang, dir] = fs.readFileSync(pre + "/lang", "utf8").split(" ");
  if (!html.includes("<html lang=\"en\">")) throw new Error("index.html: needs <html lang=\"en\">");
  fs.writeFileSync(page, parts.join(fs.readFileSync(pre + "/first-view.html", "utf8"))
    .replace("<html lang=\"en\">", () => `<html lang="${lang}" dir="${dir}">`)
    .replace("FIRST-VIEW-STYLE", () => fs.readFileSync(pre + "/first-view.css", "utf8"))
    .replace("ID-REGEX", () => id)
    .replace("EVENT-IDS", () => JSON.stringify(events))
    .replace("PAGE-WORDS", () => fs.readFileSync(pre + "/words.json", "utf8").replace(/</g, "\\u003c"))
    .replace("LOADING-TIMELINE", () => JSON.parse(fs.readFileSync(pre + "/words.json", "utf8"))["loading-timeline"].replace(/&/g, "&amp;").replace(/</g, "&lt;"))
    .replace("LANG-CODES", () => JSON.stringify(fs.readdirSync(langDir).map((f) => f.replace(/\.ftl$/, "")).sort())));
' "$staging/index.html" "$work/pre" "$root/data/link-params.json" "$staging/app-$hash/lang"
for f in "$staging/app-$hash"/*.*; do
  echo "wasm.sh: app-$hash/$(basename "$f"): $(($(gzip -9c "$f" | wc -c) / 1024)) KB gzip"
done
node "$root/scripts/finish-build.mjs" "$staging"
node "$root/scripts/precompress.mjs" "$staging"
