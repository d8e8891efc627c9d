//! The engine's full quote compiled to wasm for the peer benchmark (`make bench`,
//! `tools/engine-peers.mjs`): the same work unit as `benches/quote.rs` and
//! `../shared/perf-anchors.md` — the schedule and the APR (EU convention) of a level-payment loan
//! with a 1% opening fee — built with the release profile the site ships (opt-level "z") and run in
//! the same Chromium as the JavaScript peer. Natively this example is empty.

#[cfg(target_arch = "wasm32")]
mod wasm {
    use cuota::finance::quote::{benchmark_request, quote};
    use wasm_bindgen::prelude::wasm_bindgen;

    /// Quotes the `months`-payment work unit `iterations` times; returns the last instalment and
    /// APR (`"1748.04 0.0787…"`) so the caller can check the work was done, or the error.
    #[wasm_bindgen]
    pub fn full_quotes(months: u32, iterations: u32) -> Result<String, String> {
        let req = benchmark_request(months)?;
        let mut last = String::new();
        for _ in 0..iterations {
            let q = quote(&req).map_err(|e| e.to_string())?;
            last = format!("{} {}", q.instalment, q.rate.rate);
        }
        Ok(last)
    }
}
