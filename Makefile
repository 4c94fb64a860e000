# Two commands do everything on a fresh machine (they install what is missing first):
#   make serve   build and serve the app on http://127.0.0.1:8080
#   make test    run every test (native, wasm in Chromium, end-to-end in Chromium)
.PHONY: serve test build bench setup

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

serve:
	scripts/setup.sh build
	trunk serve --release

test:
	scripts/setup.sh test
	scripts/test.sh

build:
	scripts/setup.sh build
	trunk build --release

bench:
	scripts/setup.sh test
	trunk build --release
	node bench/run.mjs
	cargo run -q --release -p timeline-core --example pipeline -- bench/out/events-10000.json
	test -x node_modules/.bin/lighthouse || npm install --no-save --no-audit --no-fund lighthouse@12
	node bench/lighthouse.mjs
