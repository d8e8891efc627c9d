//! EFFECT and NOMINAL: converting between nominal and effective annual rates.

use super::cumulative::truncated;
use crate::finance::error::{FinResult, FinanceError};
use crate::finance::num::{self, add, div, mul, sub};
use rust_decimal::Decimal;

/// EFFECT: the effective annual rate of a nominal annual rate compounded `npery` times a year,
/// `(1 + nominal_rate/npery)^npery - 1` (Excel EFFECT; OpenFormula 6.12.17). As in Excel, `npery` is
/// truncated to an integer and must be ≥ 1, and the nominal rate must be > 0.
pub fn effect(nominal_rate: Decimal, npery: Decimal) -> FinResult<Decimal> {
    if nominal_rate <= Decimal::ZERO {
        return Err(FinanceError::invalid(
            "nominal_rate",
            "must be greater than zero",
        ));
    }
    let n = truncated(npery, "npery")?;
    let per_period = div(nominal_rate, n, "npery")?;
    sub(num::powd(add(Decimal::ONE, per_period)?, n)?, Decimal::ONE)
}

/// NOMINAL: the nominal annual rate compounded `npery` times a year whose effective rate is
/// `effect_rate`, `npery·((1 + effect_rate)^(1/npery) - 1)` (Excel NOMINAL; OpenFormula 6.12.28).
/// As in Excel, `npery` is truncated to an integer and must be ≥ 1, and the rate must be > 0.
pub fn nominal(effect_rate: Decimal, npery: Decimal) -> FinResult<Decimal> {
    if effect_rate <= Decimal::ZERO {
        return Err(FinanceError::invalid(
            "effect_rate",
            "must be greater than zero",
        ));
    }
    let n = truncated(npery, "npery")?;
    let root = num::powd(
        add(Decimal::ONE, effect_rate)?,
        div(Decimal::ONE, n, "npery")?,
    )?;
    mul(n, sub(root, Decimal::ONE)?)
}
