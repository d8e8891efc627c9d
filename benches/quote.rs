//! `make bench`: a full quote natively — the schedule (interest, principal, balance per period) and
//! the APR as the root of the borrower's cash flows (principal less a 1% fee at t0, then the
//! payments) — the work unit of `../shared/perf-anchors.md`: 250000 at 7.5% over 360 months and
//! 10000 at 24% over 12 and 60 months. Also the parts (schedule alone, APR alone) and the audited
//! quote `cuota quote` prints (with the proof table and the effective annual rate).

use cuota::finance::apr::{AprConvention, apr};
use cuota::finance::quote::{
    QuoteRequest, audited_quote, benchmark_request, cost_inclusion, quote,
};
use cuota::finance::schedule::Schedule;
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

fn request(months: u32) -> QuoteRequest {
    benchmark_request(months).expect("valid request")
}

#[divan::bench(args = [12, 60, 360])]
fn full_quote(bencher: Bencher, months: u32) {
    let req = request(months);
    bencher.bench(|| quote(black_box(&req)).expect("quote"));
}

#[divan::bench(args = [12, 60, 360])]
fn audited(bencher: Bencher, months: u32) {
    let req = request(months);
    bencher.bench(|| audited_quote(black_box(&req)).expect("audited quote"));
}

#[divan::bench(args = [12, 60, 360])]
fn schedule_only(bencher: Bencher, months: u32) {
    let req = request(months);
    bencher.bench(|| Schedule::build(black_box(&req.loan)).expect("schedule"));
}

#[divan::bench(args = [12, 60, 360])]
fn apr_only(bencher: Bencher, months: u32) {
    let req = request(months);
    let flows = Schedule::build(&req.loan)
        .and_then(|s| s.borrower_flows(cost_inclusion(AprConvention::Eu)))
        .expect("flows");
    bencher.bench(|| apr(AprConvention::Eu, black_box(&flows), None).expect("apr"));
}
