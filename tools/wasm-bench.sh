#!/usr/bin/env bash
# Builds the engine's peer benchmark for the browser (examples/wasm_bench.rs) into target/wasm-bench/:
# the site's release profile, wasm-bindgen (the CLI Trunk uses, same version) and wasm-opt -Oz (the
# npm binaryen Trunk uses), so the wasm measured is built as the site's is.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet --release --target wasm32-unknown-unknown --example wasm_bench
mkdir -p target/wasm-bench
wasm-bindgen --target web --out-dir target/wasm-bench \
  target/wasm32-unknown-unknown/release/examples/wasm_bench.wasm
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  target/wasm-bench/wasm_bench_bg.wasm -o target/wasm-bench/wasm_bench_bg.wasm
