#!/usr/bin/env bash
# Every test, in order: formatting and lints, native core tests, wasm tests in headless
# Chromium, the release build, then end-to-end tests against it in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "Formatting (cargo fmt --check)"
cargo fmt --all -- --check

step "Lints (clippy -D warnings): core natively, app for wasm32"
cargo clippy -q -p timeline-core -p timeline-cli --all-targets -- -D warnings
cargo clippy -q -p purge-timeline --target wasm32-unknown-unknown --all-targets -- -D warnings
cargo clippy -q -p purge-timeline --target wasm32-unknown-unknown --features split -- -D warnings

step "Native tests: dates, scale, ticks, layout, link codec, validation, shipped data, CLI"
cargo test -p timeline-core -p timeline-cli

step "Wasm tests: components mounted in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test -p purge-timeline --target wasm32-unknown-unknown

step "Release build (trunk build --release)"
trunk build --release

step "End-to-end tests: the release build in Chromium"
node --test tests/e2e/
