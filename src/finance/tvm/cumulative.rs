//! CUMIPMT and CUMPRINC: interest and principal summed over a range of periods.

use super::PaymentTiming;
use super::{ipmt, ppmt};
use crate::finance::error::{FinResult, FinanceError};
use crate::finance::num::add;
use rust_decimal::Decimal;

/// Integer part of a spreadsheet count argument, which spreadsheets truncate (Excel: "npery is
/// truncated to an integer"; CUMIPMT/CUMPRINC periods likewise).
pub(super) fn truncated(value: Decimal, field: &'static str) -> FinResult<Decimal> {
    let t = value.trunc();
    if t < Decimal::ONE {
        return Err(FinanceError::invalid(field, "must be at least 1"));
    }
    Ok(t)
}

/// Sum of `f(rate, per, …)` over whole periods `start_period..=end_period` with the domain rules of
/// Excel's CUMIPMT/CUMPRINC: rate, nper and pv > 0, 1 ≤ start ≤ end ≤ nper (#NUM! otherwise).
fn cumulative(
    rate: Decimal,
    nper: Decimal,
    pv: Decimal,
    start_period: Decimal,
    end_period: Decimal,
    when: PaymentTiming,
    part: fn(Decimal, Decimal, Decimal, Decimal, Decimal, PaymentTiming) -> FinResult<Decimal>,
) -> FinResult<Decimal> {
    if rate <= Decimal::ZERO {
        return Err(FinanceError::invalid("rate", "must be greater than zero"));
    }
    if nper <= Decimal::ZERO {
        return Err(FinanceError::invalid("nper", "must be greater than zero"));
    }
    if pv <= Decimal::ZERO {
        return Err(FinanceError::invalid("pv", "must be greater than zero"));
    }
    let start = truncated(start_period, "start_period")?;
    let end = truncated(end_period, "end_period")?;
    if start > end {
        return Err(FinanceError::invalid(
            "start_period",
            "must not be after end_period",
        ));
    }
    if end > nper {
        return Err(FinanceError::invalid(
            "end_period",
            "must not be after nper",
        ));
    }
    let mut total = Decimal::ZERO;
    let mut per = start;
    while per <= end {
        total = add(total, part(rate, per, nper, pv, Decimal::ZERO, when)?)?;
        per = add(per, Decimal::ONE)?;
    }
    Ok(total)
}

/// CUMIPMT: total interest paid from `start_period` to `end_period` inclusive (Excel CUMIPMT;
/// OpenFormula 6.12.13), the sum of [`ipmt`] over those periods, with Excel's argument rules.
pub fn cumipmt(
    rate: Decimal,
    nper: Decimal,
    pv: Decimal,
    start_period: Decimal,
    end_period: Decimal,
    when: PaymentTiming,
) -> FinResult<Decimal> {
    cumulative(rate, nper, pv, start_period, end_period, when, ipmt)
}

/// CUMPRINC: total principal repaid from `start_period` to `end_period` inclusive (Excel CUMPRINC;
/// OpenFormula 6.12.14), the sum of [`ppmt`] over those periods, with Excel's argument rules.
pub fn cumprinc(
    rate: Decimal,
    nper: Decimal,
    pv: Decimal,
    start_period: Decimal,
    end_period: Decimal,
    when: PaymentTiming,
) -> FinResult<Decimal> {
    cumulative(rate, nper, pv, start_period, end_period, when, ppmt)
}
