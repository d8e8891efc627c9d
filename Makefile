# Cuota — the two commands of the README, and their parts.
#   make dev   serve the site with live reload on http://127.0.0.1:8080
#   make test  run every test (what CI runs)
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
WASM := --target wasm32-unknown-unknown

.PHONY: dev test tools tools-dev fmt-check clippy unit receiver-test build size-ceiling e2e sizes bench bench-ui

# The site, and the local lead receiver the shipped config/leads.json sends leads to (stored in .leads/).
dev: tools-dev
	node tools/lead-receiver.mjs --port 8787 --dir .leads & receiver=$$!; \
	trap 'kill $$receiver' EXIT INT TERM; \
	trunk serve --address 127.0.0.1 --port 8080

test: tools fmt-check clippy unit receiver-test build size-ceiling e2e
	@echo "make test: all stages passed (fmt, clippy native + wasm32, cargo test, lead receiver, trunk build, size ceiling, e2e)"

tools:
	@tools/ensure.sh test

tools-dev:
	@tools/ensure.sh dev

fmt-check:
	cargo fmt --check

clippy:
	cargo clippy --all-targets -- -D warnings
	cargo clippy --lib --bin cuota-web --example wasm_bench $(WASM) -- -D warnings

# Native unit, integration and property tests; the differential tests must find their oracles.
unit:
	CUOTA_PYTHON=$(CURDIR)/.venv/bin/python CUOTA_REQUIRE_ORACLES=1 cargo test

# The local lead receiver (tools/lead-receiver.mjs), tested over real HTTP.
receiver-test:
	node --test tools/lead-receiver.test.mjs

build:
	trunk build --release

e2e:
	cd tests/e2e && npx playwright test

# The first load may not grow past its ceiling in tools/budgets.json (deterministic; the 200 KB goal is
# reported by `make bench`).
size-ceiling:
	@node tools/size-report.mjs dist --ceiling > /dev/null

# Raw and gzip size of every file of dist/ (after `make build`).
sizes:
	@tools/sizes.sh dist

# The performance report (docs/perf/report.md): sizes against tools/budgets.json, input → paint in the
# real UI, Lighthouse, and the engine benchmarks (divan, native). Exits non-zero over a budget.
# Not part of `make test`: timings are noisy.
bench: tools build
	tools/bench.sh

# In-browser benchmark of the real UI: input event on the amount field to the painted result, at 12, 60
# and 360 payments (headless Chromium, after a release build). Prints a Markdown table.
bench-ui: tools build
	cd tests/e2e && node bench/input-latency.mjs ../../dist 150 --markdown
