//! The engine's full quote compiled to wasm for the peer benchmark (`make bench`,
//! `tools/engine-peers.mjs`): the same work unit as `benches/quote.rs` and
//! `../shared/perf-anchors.md` — the schedule and the APR (EU convention) of a level-payment loan
//! with a 1% opening fee — built with the release profile the site ships (opt-level "z") and run in
//! the same Chromium as the JavaScript peer. Natively this example is empty.

#[cfg(target_arch = "wasm32")]
mod wasm {
    use cuota::finance::apr::apr;
    use cuota::finance::quote::{benchmark_request, cost_inclusion, quote};
    use cuota::finance::schedule::Schedule;
    use wasm_bindgen::prelude::wasm_bindgen;

    /// Quotes the `months`-payment work unit `iterations` times; returns the last instalment and
    /// APR (`"1748.04 0.0787…"`) so the caller can check the work was done, or the error. Only the
    /// last result is formatted: the loop times the quotes.
    #[wasm_bindgen]
    pub fn full_quotes(months: u32, iterations: u32) -> Result<String, String> {
        let req = benchmark_request(months)?;
        let mut last = None;
        for _ in 0..iterations {
            last = Some(quote(&req).map_err(|e| e.to_string())?);
        }
        Ok(last.map_or_else(String::new, |q| format!("{} {}", q.instalment, q.rate.rate)))
    }

    /// The schedule alone of the work unit, `iterations` times; returns its instalment.
    #[wasm_bindgen]
    pub fn schedules(months: u32, iterations: u32) -> Result<String, String> {
        let req = benchmark_request(months)?;
        let mut last = None;
        for _ in 0..iterations {
            last = Some(
                Schedule::build(&req.loan)
                    .map_err(|e| e.to_string())?
                    .instalment(),
            );
        }
        Ok(last.map(|i| i.to_string()).unwrap_or_default())
    }

    /// The rate alone of the work unit's flows, `iterations` times; returns it.
    #[wasm_bindgen]
    pub fn rates(months: u32, iterations: u32) -> Result<String, String> {
        let req = benchmark_request(months)?;
        let flows = Schedule::build(&req.loan)
            .and_then(|s| s.borrower_flows(cost_inclusion(req.convention)))
            .map_err(|e| e.to_string())?;
        let mut last = None;
        for _ in 0..iterations {
            last = Some(apr(req.convention, &flows, req.unit_period).map_err(|e| e.to_string())?);
        }
        Ok(last.map(|r| r.rate.to_string()).unwrap_or_default())
    }
}
