#!/usr/bin/env bash
# Installs what building (and, with "test", testing) needs on a fresh Debian machine that
# has only rustup/cargo and node: the wasm32 target, trunk 0.21, wasm-split-cli, the
# wasm-bindgen CLI at exactly Cargo.lock's version, npm packages (binaryen's wasm-opt,
# playwright-core) and, for tests, Debian's Chromium and ChromeDriver. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-build}"
say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown Rust target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
  say "Installing trunk 0.21 (takes about 7 minutes; 0.22 needs a newer rustc)"
  cargo install trunk --version '~0.21' --locked
fi

# The splitter that moves what the first view does not need into chunks loaded on demand
# (scripts/wasm.sh). Its binary needs the crate's "build-binary" feature.
wsplit=0.2.4
if ! cargo install --list | grep -qx "wasm_split_cli_support v$wsplit:"; then
  say "Installing wasm-split-cli $wsplit (about 2 minutes)"
  cargo install wasm_split_cli_support --version "$wsplit" --features build-binary --locked
fi

wbg=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wbg" ]; then
  say "Installing wasm-bindgen-cli $wbg (must equal Cargo.lock's wasm-bindgen)"
  # Not --locked: one of its locked dependencies is missing from the registry.
  cargo install wasm-bindgen-cli --version "$wbg" --force
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing npm packages (binaryen for wasm-opt 132, playwright-core, jsqr and pngjs for tests)"
  npm ci --no-audit --no-fund
fi

if [ "$mode" = test ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "Installing Debian's chromium and chromium-driver for browser tests"
    export DEBIAN_FRONTEND=noninteractive
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -q
    $sudo_cmd apt-get install -y -q chromium chromium-driver
  fi
fi
say "Tools ready: $(trunk --version), wasm-bindgen $wbg, $(node_modules/.bin/wasm-opt --version | cut -d' ' -f1-3)"
