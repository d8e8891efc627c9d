//! The proof table: every flow with the time the rule assigns it, its discount factor at the
//! computed rate and its present value. The present values sum to (almost exactly) zero, which is
//! the defining equation of every convention (Annex I part I; Appendix J (b)(8); Circular 21/2009).

use super::super::date::Date;
use super::super::error::FinResult;
use super::super::num;
use rust_decimal::Decimal;
use serde::Serialize;

/// Whole and fractional unit-periods from the start of the term to a flow (Regulation Z
/// Appendix J (b)(5): `t` and `f` of the general equation (b)(8)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct UnitPeriodCount {
    /// Full unit-periods, `t`.
    pub whole: i64,
    /// The fraction of a unit-period, `f` (e.g. 19/30 for 19 odd days in a monthly transaction).
    pub fraction: Decimal,
}

/// One flow of the proof.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct ProofRow {
    /// The flow's date.
    pub date: Date,
    /// The flow's amount, from the borrower's view (received positive, paid negative).
    pub amount: Decimal,
    /// Time from the start in years. EU, UK and MX: the exponent `t` of `(1+X)^-t`. Regulation Z:
    /// `(t + f) / w`, for information (the discounting uses `unit_periods`).
    pub time_years: Decimal,
    /// The time as the rule writes it: `2/12 + 3/365` (years) or `1 + 19/30` (Regulation Z
    /// unit-periods).
    pub time_expression: String,
    /// Regulation Z only: whole and fractional unit-periods.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_periods: Option<UnitPeriodCount>,
    /// `(1+X)^-t`, or `1 / ((1 + f·i)(1+i)^t)` for Regulation Z.
    pub discount_factor: Decimal,
    /// `amount × discount_factor`.
    pub discounted: Decimal,
}

/// All the flows of the proof and the sum of their present values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct ProofTable {
    /// One row per flow, in the order given.
    pub rows: Vec<ProofRow>,
    /// `Σ discounted`: zero up to rounding when the rate is right.
    pub sum: Decimal,
}

impl ProofTable {
    /// A table from its rows, summing their present values (checked).
    pub fn new(rows: Vec<ProofRow>) -> FinResult<ProofTable> {
        let values: Vec<Decimal> = rows.iter().map(|r| r.discounted).collect();
        let sum = num::sum(&values)?;
        Ok(ProofTable { rows, sum })
    }
}
