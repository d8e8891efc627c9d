//! Time value of money with spreadsheet semantics (OpenDocument OpenFormula §6.12, Microsoft Excel):
//! the same argument names, the same sign convention (money paid out negative, received positive) and
//! the same `type` argument ([`PaymentTiming`]).

use crate::finance::error::{FinResult, FinanceError};
use crate::finance::num::{self, add, div, mul, sub};
use rust_decimal::{Decimal, MathematicalOps};
use serde::{Deserialize, Serialize};

mod cumulative;
mod effective;
mod rate;

pub use cumulative::{cumipmt, cumprinc};
pub use effective::{effect, nominal};
pub use rate::rate;

/// When in each period payments fall: the spreadsheet `type` argument (0 = end, 1 = beginning).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentTiming {
    /// Payments at the end of each period (ordinary annuity, `type = 0`).
    #[default]
    End,
    /// Payments at the beginning of each period (annuity due, `type = 1`).
    Begin,
}

impl PaymentTiming {
    /// 0 for `End`, 1 for `Begin`, as the spreadsheet formulas use it.
    pub fn as_decimal(self) -> Decimal {
        match self {
            PaymentTiming::End => Decimal::ZERO,
            PaymentTiming::Begin => Decimal::ONE,
        }
    }
}

/// PMT: the level payment per period that takes a present value `pv` to a future value `fv` over
/// `nper` periods at `rate` per period. Spreadsheet sign convention: a loan received (`pv > 0`) gives
/// a negative payment.
///
/// Formula (OpenFormula 6.12.37): for `rate = 0`, `-(pv + fv) / nper`; otherwise
/// `-(fv + pv·(1+rate)^nper) · rate / ((1 + rate·type) · ((1+rate)^nper - 1))`.
pub fn pmt(
    rate: Decimal,
    nper: Decimal,
    pv: Decimal,
    fv: Decimal,
    when: PaymentTiming,
) -> FinResult<Decimal> {
    if nper.is_zero() {
        return Err(FinanceError::invalid("nper", "must not be zero"));
    }
    if rate.is_zero() {
        return num::div(-num::add(pv, fv)?, nper, "nper");
    }
    if rate <= -Decimal::ONE {
        return Err(FinanceError::invalid("rate", "must be greater than -1"));
    }
    let due = num::add(Decimal::ONE, num::mul(rate, when.as_decimal())?)?;
    let growth = match num::powd(num::add(Decimal::ONE, rate)?, nper) {
        // Beyond 7.9e28 the discount factor below is 0 to 28 digits.
        Err(FinanceError::Overflow) if rate > Decimal::ZERO && nper > Decimal::ZERO => None,
        other => Some(other?),
    };
    match growth {
        // Growth above 1: the same formula multiplied through by d = (1+rate)^-nper, which cannot
        // overflow: -(pv + fv·d)·rate / ((1 + rate·type)·(1 - d)).
        Some(g) if g <= Decimal::ONE => {
            let numerator = num::mul(-num::add(fv, num::mul(pv, g)?)?, rate)?;
            let denominator = num::mul(due, num::sub(g, Decimal::ONE)?)?;
            num::div(numerator, denominator, "(1 + rate)^nper - 1")
        }
        _ => {
            let d = match growth {
                Some(g) => num::div(Decimal::ONE, g, "(1 + rate)^nper")?,
                None => Decimal::ZERO,
            };
            let numerator = num::mul(-num::add(pv, num::mul(fv, d)?)?, rate)?;
            let denominator = num::mul(due, num::sub(Decimal::ONE, d)?)?;
            num::div(numerator, denominator, "1 - (1 + rate)^-nper")
        }
    }
}

/// `(1 + rate)^nper`, the growth factor of every annuity formula.
pub(crate) fn growth(rate: Decimal, nper: Decimal) -> FinResult<Decimal> {
    if rate <= -Decimal::ONE {
        return Err(FinanceError::invalid("rate", "must be greater than -1"));
    }
    num::powd(add(Decimal::ONE, rate)?, nper)
}

/// The growth factor `(1+rate)^nper` and the future value of the payments,
/// `pmt·(1 + rate·type)·((1+rate)^nper - 1)/rate`, shared by FV and PV; `None` at `rate = 0`, where
/// both formulas take their limit.
fn annuity(
    rate: Decimal,
    nper: Decimal,
    pmt: Decimal,
    when: PaymentTiming,
) -> FinResult<Option<(Decimal, Decimal)>> {
    if rate.is_zero() {
        return Ok(None);
    }
    let g = growth(rate, nper)?;
    let due = add(Decimal::ONE, mul(rate, when.as_decimal())?)?;
    let paid = div(mul(mul(pmt, due)?, sub(g, Decimal::ONE)?)?, rate, "rate")?;
    Ok(Some((g, paid)))
}

/// FV: the future value after `nper` periods of payments `pmt` on a present value `pv` at `rate`.
///
/// Formula (OpenFormula 6.12.20): for `rate = 0`, `-(pv + pmt·nper)`; otherwise
/// `-(pv·(1+rate)^nper + pmt·(1 + rate·type)·((1+rate)^nper - 1)/rate)`.
pub fn fv(
    rate: Decimal,
    nper: Decimal,
    pmt: Decimal,
    pv: Decimal,
    when: PaymentTiming,
) -> FinResult<Decimal> {
    match annuity(rate, nper, pmt, when)? {
        None => Ok(-add(pv, mul(pmt, nper)?)?),
        Some((g, paid)) => Ok(-add(mul(pv, g)?, paid)?),
    }
}

/// PV: the present value of `nper` payments `pmt` and a final `fv` at `rate` per period.
///
/// Formula (OpenFormula 6.12.41): for `rate = 0`, `-(fv + pmt·nper)`; otherwise
/// `-(fv + pmt·(1 + rate·type)·((1+rate)^nper - 1)/rate) / (1+rate)^nper`.
pub fn pv(
    rate: Decimal,
    nper: Decimal,
    pmt: Decimal,
    fv: Decimal,
    when: PaymentTiming,
) -> FinResult<Decimal> {
    match annuity(rate, nper, pmt, when)? {
        None => Ok(-add(fv, mul(pmt, nper)?)?),
        Some((g, paid)) => div(-add(fv, paid)?, g, "(1 + rate)^nper"),
    }
}

/// NPER: the number of periods for payments `pmt` to take `pv` to `fv` at `rate` (may be fractional).
///
/// Formula (OpenFormula 6.12.29): for `rate = 0`, `-(pv + fv)/pmt`; otherwise
/// `ln((pmt·(1+rate·type) - fv·rate) / (pmt·(1+rate·type) + pv·rate)) / ln(1+rate)`. When the ratio is
/// not positive no number of periods reaches `fv` (spreadsheets: #NUM!): [`FinanceError::NoSolution`].
pub fn nper(
    rate: Decimal,
    pmt: Decimal,
    pv: Decimal,
    fv: Decimal,
    when: PaymentTiming,
) -> FinResult<Decimal> {
    if rate.is_zero() {
        return div(-add(pv, fv)?, pmt, "pmt");
    }
    if rate <= -Decimal::ONE {
        return Err(FinanceError::invalid("rate", "must be greater than -1"));
    }
    let z = mul(pmt, add(Decimal::ONE, mul(rate, when.as_decimal())?)?)?;
    let ratio = div(
        sub(z, mul(fv, rate)?)?,
        add(z, mul(pv, rate)?)?,
        "pmt·(1+rate·type) + pv·rate",
    )?;
    if ratio <= Decimal::ZERO {
        return Err(FinanceError::NoSolution(
            "these payments never reach the future value at this rate",
        ));
    }
    let ln_ratio = ratio.checked_ln().ok_or(FinanceError::Overflow)?;
    let ln_growth = add(Decimal::ONE, rate)?
        .checked_ln()
        .ok_or(FinanceError::Overflow)?;
    div(ln_ratio, ln_growth, "ln(1 + rate)")
}

/// Checks the period number of IPMT/PPMT: spreadsheets require `1 ≤ per ≤ nper` (#NUM! otherwise).
fn check_period(per: Decimal, nper: Decimal) -> FinResult<()> {
    if per < Decimal::ONE || per > nper {
        return Err(FinanceError::invalid("per", "must be between 1 and nper"));
    }
    Ok(())
}

/// IPMT: the interest part of payment number `per` (1-based) of the level payment [`pmt`].
///
/// Rule (OpenFormula 6.12.24; numpy-financial `ipmt`): the interest of period `per` is `rate` times
/// the balance after `per - 1` payments, `FV(rate, per-1, PMT, pv, type)·rate`. With payments at the
/// beginning, payment `per` carries the interest of the previous period, so that value is discounted
/// one period (`/(1+rate)`) and the first payment carries none (IPMT = 0 for `per = 1`, as in Excel).
pub fn ipmt(
    rate: Decimal,
    per: Decimal,
    nper: Decimal,
    pv: Decimal,
    fv: Decimal,
    when: PaymentTiming,
) -> FinResult<Decimal> {
    check_period(per, nper)?;
    let payment = pmt(rate, nper, pv, fv, when)?;
    if when == PaymentTiming::Begin && per == Decimal::ONE {
        return Ok(Decimal::ZERO);
    }
    let balance = self::fv(rate, sub(per, Decimal::ONE)?, payment, pv, when)?;
    let interest = mul(balance, rate)?;
    match when {
        PaymentTiming::End => Ok(interest),
        PaymentTiming::Begin => div(interest, add(Decimal::ONE, rate)?, "1 + rate"),
    }
}

/// PPMT: the principal part of payment number `per`: `PMT - IPMT` (OpenFormula 6.12.36).
pub fn ppmt(
    rate: Decimal,
    per: Decimal,
    nper: Decimal,
    pv: Decimal,
    fv: Decimal,
    when: PaymentTiming,
) -> FinResult<Decimal> {
    let payment = pmt(rate, nper, pv, fv, when)?;
    sub(payment, ipmt(rate, per, nper, pv, fv, when)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn pmt_matches_the_spreadsheet_example() {
        // Microsoft Excel PMT documentation, example 1: =PMT(8%/12, 10, 10000) = -1,037.03.
        let p = pmt(
            dec!(0.08) / dec!(12),
            dec!(10),
            dec!(10000),
            Decimal::ZERO,
            PaymentTiming::End,
        )
        .unwrap();
        assert_eq!(p.round_dp(2), dec!(-1037.03));
        // Same page: =PMT(8%/12, 10, 10000, 0, 1) = -1,030.16.
        let due = pmt(
            dec!(0.08) / dec!(12),
            dec!(10),
            dec!(10000),
            Decimal::ZERO,
            PaymentTiming::Begin,
        )
        .unwrap();
        assert_eq!(due.round_dp(2), dec!(-1030.16));
    }

    #[test]
    fn pmt_rejects_what_has_no_answer() {
        assert!(
            pmt(
                dec!(0.1),
                Decimal::ZERO,
                dec!(1),
                Decimal::ZERO,
                PaymentTiming::End
            )
            .is_err()
        );
        assert_eq!(
            pmt(
                Decimal::ZERO,
                dec!(4),
                dec!(100),
                Decimal::ZERO,
                PaymentTiming::End
            )
            .unwrap(),
            dec!(-25)
        );
        // (1+5)^1000 is beyond the decimal range; 6^-1000 is 0 to 28 digits, so PMT is the
        // perpetuity -pv·rate = -5.
        let perpetuity = pmt(
            dec!(5),
            dec!(1000),
            dec!(1),
            Decimal::ZERO,
            PaymentTiming::End,
        );
        assert_eq!(perpetuity.unwrap(), dec!(-5));
    }
}
