//! A full quote: the schedule, its totals, the equivalent effective rate and the regulatory rate
//! with its proof table — what `cuota quote` prints and the simulator shows.

use super::apr::{self, Apr, AprConvention, AuditedApr, UnitPeriod};
use super::cashflow::irr;
use super::date::Date;
use super::error::{FinResult, FinanceError};
use super::num::{self, add, sub};
use super::schedule::{CostInclusion, LoanTerms, Schedule, ScheduleTotals};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Version of the quote request and response shapes (`schemas/quote-*.schema.json`).
pub const QUOTE_FORMAT_VERSION: u32 = 1;

/// A request for a quote: the loan and the rate convention to disclose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QuoteRequest {
    /// Format version; must be 1 when given.
    #[serde(default = "format_version")]
    pub version: u32,
    /// The loan's terms.
    pub loan: LoanTerms,
    /// Which regulatory rate to compute: `eu` (TAE/APRC), `uk` (APRC), `us_regz` (APR) or `mx_cat`.
    pub convention: AprConvention,
    /// Unit period for the rate (see `apr::apr`); default per convention.
    #[serde(default)]
    pub unit_period: Option<UnitPeriod>,
}

fn format_version() -> u32 {
    QUOTE_FORMAT_VERSION
}

/// Totals of a quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Totals {
    /// Total interest.
    pub interest: Decimal,
    /// Opening fee, periodic fees and insurance.
    pub charges: Decimal,
    /// VAT on interest and charges.
    pub vat: Decimal,
    /// Everything the borrower pays (payments plus upfront charges).
    pub paid: Decimal,
    /// What the credit costs: everything paid minus the principal.
    pub cost_of_credit: Decimal,
}

/// A quote as the simulator shows it: the instalment, totals, legal rate and schedule.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Quote {
    /// Format version of this response.
    pub version: u32,
    /// Version of the engine that computed it.
    pub engine_version: &'static str,
    /// The regular instalment.
    pub instalment: Decimal,
    /// Number of payments.
    pub payments: usize,
    /// Date of the last payment.
    pub last_payment_date: Date,
    /// Totals.
    pub totals: Totals,
    /// The regulatory rate.
    pub rate: Apr,
    /// The full schedule.
    pub schedule: Schedule,
}

/// The answer to a [`QuoteRequest`] as `cuota quote` prints it for the back office: the
/// [`Quote`] plus what an auditor checks — the rate's proof table and the effective annual rate of
/// interest alone.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "Quote"))]
pub struct AuditedQuote {
    /// Format version of this response.
    pub version: u32,
    /// Version of the engine that computed it.
    pub engine_version: &'static str,
    /// The regular instalment.
    pub instalment: Decimal,
    /// Number of payments.
    pub payments: usize,
    /// Date of the last payment.
    pub last_payment_date: Date,
    /// Totals.
    pub totals: Totals,
    /// The effective annual rate of interest alone, `(1 + i)^m - 1` where `i` is the rate per period
    /// at which the interest and principal payments repay the amount financed and `m` the payments
    /// per year: for flat add-on loans, the true rate behind the flat rate.
    pub effective_annual_rate: Decimal,
    /// The regulatory rate with its proof table.
    pub rate: AuditedApr,
    /// The full schedule.
    pub schedule: Schedule,
}

/// Which costs each convention counts: EU and UK count every cost the consumer pays, taxes included
/// (Directive 2008/48/EC art. 3(g) and 19(2); CONC App 1.2); Mexico's CAT counts interest, fees and
/// mandatory insurance but not VAT (Banxico Circular 21/2009); Regulation Z's finance charge counts
/// interest, fees and required insurance (12 CFR 1026.4), while a required deposit (the guarantee)
/// need not be reflected in the APR (1026.18(r)). EU, UK and CAT count the guarantee as money the
/// borrower does not receive until the end.
pub fn cost_inclusion(convention: AprConvention) -> CostInclusion {
    match convention {
        AprConvention::Eu | AprConvention::Uk => CostInclusion {
            vat: true,
            insurance: true,
            guarantee: true,
        },
        AprConvention::MxCat => CostInclusion {
            vat: false,
            insurance: true,
            guarantee: true,
        },
        AprConvention::UsRegZ => CostInclusion {
            vat: true,
            insurance: true,
            guarantee: false,
        },
    }
}

/// Computes the quote of `request` (what the simulator shows).
pub fn quote(request: &QuoteRequest) -> FinResult<Quote> {
    let (schedule, totals) = build(request)?;
    let flows = schedule.borrower_flows(cost_inclusion(request.convention))?;
    let rate = apr::apr(request.convention, &flows, request.unit_period)?;
    assemble(schedule, &totals, rate)
}

/// Computes the quote of `request` with its proof table and effective annual rate (what
/// `cuota quote` prints). Its figures are those of [`quote`].
pub fn audited_quote(request: &QuoteRequest) -> FinResult<AuditedQuote> {
    let (schedule, totals) = build(request)?;
    let flows = schedule.borrower_flows(cost_inclusion(request.convention))?;
    let rate = apr::audited_apr(request.convention, &flows, request.unit_period)?;
    let effective = effective_annual_rate(&schedule, request.loan.frequency.per_year())?;
    let q = assemble(schedule, &totals, rate.apr.clone())?;
    Ok(AuditedQuote {
        version: q.version,
        engine_version: q.engine_version,
        instalment: q.instalment,
        payments: q.payments,
        last_payment_date: q.last_payment_date,
        totals: q.totals,
        effective_annual_rate: effective,
        rate,
        schedule: q.schedule,
    })
}

fn build(request: &QuoteRequest) -> FinResult<(Schedule, ScheduleTotals)> {
    if request.version != QUOTE_FORMAT_VERSION {
        return Err(FinanceError::invalid("version", "must be 1"));
    }
    Schedule::build_with_totals(&request.loan)
}

fn assemble(schedule: Schedule, totals: &ScheduleTotals, rate: Apr) -> FinResult<Quote> {
    Ok(Quote {
        version: QUOTE_FORMAT_VERSION,
        engine_version: super::ENGINE_VERSION,
        instalment: schedule.instalment(),
        payments: schedule.rows.len(),
        last_payment_date: schedule.last_payment_date(),
        totals: Totals {
            cost_of_credit: sub(totals.paid, schedule.principal)?,
            interest: totals.interest,
            charges: totals.charges,
            vat: totals.vat,
            paid: totals.paid,
        },
        rate,
        schedule,
    })
}

/// `(1 + i)^m - 1` with `i` the IRR of the amount financed against interest + principal per period.
fn effective_annual_rate(schedule: &Schedule, per_year: u32) -> FinResult<Decimal> {
    let mut values = Vec::with_capacity(schedule.rows.len() + 1);
    values.push(-schedule.amount_financed);
    for row in &schedule.rows {
        values.push(add(row.interest, row.principal)?);
    }
    if values[1..].iter().all(|v| v.is_zero()) {
        return Ok(Decimal::ZERO);
    }
    let periodic = irr(&values, Decimal::new(1, 2))?;
    sub(
        num::powi(add(Decimal::ONE, periodic)?, i64::from(per_year))?,
        Decimal::ONE,
    )
}

/// The work unit of the performance benchmarks (`benches/quote.rs` natively, `examples/wasm_bench.rs`
/// in the browser, and the peers of `../shared/perf-anchors.md`): a level-payment loan with a 1%
/// opening fee under the EU convention — 250000 at 7.5% over 360 months, else 10000 at 24% over
/// `months`.
pub fn benchmark_request(months: u32) -> Result<QuoteRequest, String> {
    let (principal, rate) = if months == 360 {
        ("250000", "0.075")
    } else {
        ("10000", "0.24")
    };
    serde_json::from_value(serde_json::json!({
        "loan": { "principal": principal, "annual_rate": rate, "payments": months,
                  "disbursement": "2025-01-15", "opening_fee": { "amount": { "percent": "0.01" } } },
        "convention": "eu"
    }))
    .map_err(|e| e.to_string())
}
