//! Cash-flow functions with spreadsheet semantics (Excel, OpenFormula §6.12): NPV, IRR, MIRR, XNPV,
//! XIRR. Values follow the spreadsheet sign convention (paid out negative, received positive).

use super::date::Date;
use super::error::{FinResult, FinanceError};
use super::num::{self, add, div, mul, sub};
use super::solve::{RateEquation, solve_rate};
use rust_decimal::{Decimal, MathematicalOps};

/// `Σ values[i]·(1+rate)^-(i + shift)`, discounting by repeated division (exact steps, no powers).
fn discounted_sum(rate: Decimal, values: &[Decimal], shift: u32) -> FinResult<Decimal> {
    let base = add(Decimal::ONE, rate)?;
    if base.is_zero() {
        return Err(FinanceError::DivisionByZero("1 + rate"));
    }
    let v = div(Decimal::ONE, base, "1 + rate")?;
    let mut factor = num::powi(v, i64::from(shift))?;
    let mut total = Decimal::ZERO;
    for value in values {
        total = add(total, mul(*value, factor)?)?;
        factor = mul(factor, v)?;
    }
    Ok(total)
}

/// NPV: `Σ values[i] / (1+rate)^(i+1)` — the first value is discounted one full period, as Excel's and
/// OpenFormula's NPV do (OpenFormula 6.12.29). `rate = -1` is a division by zero.
pub fn npv(rate: Decimal, values: &[Decimal]) -> FinResult<Decimal> {
    if values.is_empty() {
        return Err(FinanceError::invalid("values", "must not be empty"));
    }
    discounted_sum(rate, values, 1)
}

/// Requires at least one positive and one negative value (Excel IRR, MIRR and XIRR: #NUM!).
fn require_sign_change(values: &[Decimal]) -> FinResult<()> {
    let pos = values.iter().any(|v| v.is_sign_positive() && !v.is_zero());
    let neg = values.iter().any(|v| v.is_sign_negative() && !v.is_zero());
    if pos && neg {
        Ok(())
    } else {
        Err(FinanceError::invalid(
            "values",
            "must contain at least one positive and one negative value",
        ))
    }
}

/// The IRR equation `Σ values[i]·(1+r)^-i = 0` (first value at time 0).
struct Periodic<'a> {
    values: &'a [Decimal],
    values_f: Vec<f64>,
    /// `i · values[i]`, for the derivative.
    weighted: Vec<Decimal>,
}

impl RateEquation for Periodic<'_> {
    fn eval_f64(&self, r: f64) -> Option<(f64, f64)> {
        let v = 1.0 / (1.0 + r);
        let (mut f, mut df, mut p) = (0.0, 0.0, 1.0);
        for (i, c) in self.values_f.iter().enumerate() {
            f += c * p;
            df -= i as f64 * c * p * v;
            p *= v;
        }
        Some((f, df))
    }

    /// Horner's scheme in `v = 1/(1+r)`: `f = Σ c_i v^i`, `f' = -v · Σ i·c_i v^i`.
    fn eval_dec(&self, r: Decimal) -> FinResult<(Decimal, Decimal)> {
        let v = div(Decimal::ONE, add(Decimal::ONE, r)?, "1 + rate")?;
        let (mut f, mut w) = (Decimal::ZERO, Decimal::ZERO);
        for (c, ic) in self.values.iter().zip(&self.weighted).rev() {
            f = add(mul(f, v)?, *c)?;
            w = add(mul(w, v)?, *ic)?;
        }
        Ok((f, -mul(v, w)?))
    }

    fn value_dec(&self, r: Decimal) -> FinResult<Decimal> {
        let v = div(Decimal::ONE, add(Decimal::ONE, r)?, "1 + rate")?;
        let mut f = Decimal::ZERO;
        for c in self.values.iter().rev() {
            f = add(mul(f, v)?, *c)?;
        }
        Ok(f)
    }

    fn scale(&self) -> f64 {
        self.values_f.iter().map(|c| c.abs()).sum()
    }
}

/// IRR: the rate per period at which the net present value of `values` (the first at time 0, then
/// one per period) is zero (Excel IRR; OpenFormula 6.12.24).
///
/// Which root: Newton's method from `guess` (spreadsheets default to 0.1); when it fails, the smallest
/// root ≥ 0, else the largest negative one above -1 ([`solve_rate`]); no root is
/// [`FinanceError::NoSolution`].
pub fn irr(values: &[Decimal], guess: Decimal) -> FinResult<Decimal> {
    require_sign_change(values)?;
    let weighted = values
        .iter()
        .enumerate()
        .map(|(i, v)| mul(Decimal::from(i), *v))
        .collect::<FinResult<Vec<_>>>()?;
    let eq = Periodic {
        values,
        values_f: values.iter().map(|v| num::to_f64(*v)).collect(),
        weighted,
    };
    solve_rate(&eq, guess)
}

/// MIRR: the modified internal rate of return (Excel MIRR; OpenFormula 6.12.27):
/// `(-NPV₀(reinvest, positives)·(1+reinvest)^(n-1) / NPV₀(finance, negatives))^(1/(n-1)) - 1`,
/// where `NPV₀` discounts the first value at time 0 and `n` is the number of values.
pub fn mirr(
    values: &[Decimal],
    finance_rate: Decimal,
    reinvest_rate: Decimal,
) -> FinResult<Decimal> {
    require_sign_change(values)?;
    let n = values.len();
    let positives: Vec<Decimal> = values.iter().map(|v| (*v).max(Decimal::ZERO)).collect();
    let negatives: Vec<Decimal> = values.iter().map(|v| (*v).min(Decimal::ZERO)).collect();
    let grown = num::powi(add(Decimal::ONE, reinvest_rate)?, (n - 1) as i64)?;
    let numer = mul(discounted_sum(reinvest_rate, &positives, 0)?.abs(), grown)?;
    let denom = discounted_sum(finance_rate, &negatives, 0)?.abs();
    let ratio = div(numer, denom, "NPV of the negative values")?;
    let exponent = div(Decimal::ONE, Decimal::from(n - 1), "n - 1")?;
    sub(num::powd(ratio, exponent)?, Decimal::ONE)
}

/// Days from the first date to each date, checking Excel's rules for XNPV/XIRR: as many dates as
/// values, and no date before the first (#NUM!).
fn day_offsets(values: &[Decimal], dates: &[Date]) -> FinResult<Vec<i64>> {
    if values.is_empty() {
        return Err(FinanceError::invalid("values", "must not be empty"));
    }
    if values.len() != dates.len() {
        return Err(FinanceError::invalid(
            "dates",
            "must have one date per value",
        ));
    }
    let first = dates[0];
    let offsets: Vec<i64> = dates.iter().map(|d| first.days_until(*d)).collect();
    if offsets.iter().any(|d| *d < 0) {
        return Err(FinanceError::invalid(
            "dates",
            "must not precede the first date",
        ));
    }
    Ok(offsets)
}

const DAYS_PER_YEAR: Decimal = Decimal::from_parts(365, 0, 0, false, 0);

/// `(1+rate)^-(days/365)` for each offset, with one logarithm and one exponential per distinct offset.
fn year_discount_factors(rate: Decimal, offsets: &[i64]) -> FinResult<Vec<Decimal>> {
    let base = add(Decimal::ONE, rate)?;
    if base <= Decimal::ZERO {
        return Err(FinanceError::invalid("rate", "must be greater than -1"));
    }
    let ln = base.checked_ln().ok_or(FinanceError::Overflow)?;
    let mut cache: Vec<(i64, Decimal)> = Vec::new();
    offsets
        .iter()
        .map(|d| {
            if let Some((_, f)) = cache.iter().find(|(k, _)| k == d) {
                return Ok(*f);
            }
            let x = -div(mul(ln, Decimal::from(*d))?, DAYS_PER_YEAR, "365")?;
            let f = if x < Decimal::from(-66) {
                Decimal::ZERO
            } else {
                x.checked_exp().ok_or(FinanceError::Overflow)?
            };
            cache.push((*d, f));
            Ok(f)
        })
        .collect()
}

/// XNPV: `Σ values[i] / (1+rate)^((dates[i] - dates[0])/365)` (Excel XNPV; OpenFormula 6.12.48).
pub fn xnpv(rate: Decimal, values: &[Decimal], dates: &[Date]) -> FinResult<Decimal> {
    let offsets = day_offsets(values, dates)?;
    let factors = year_discount_factors(rate, &offsets)?;
    values
        .iter()
        .zip(&factors)
        .try_fold(Decimal::ZERO, |acc, (v, f)| add(acc, mul(*v, *f)?))
}

/// The XIRR equation `Σ values[i]·(1+r)^-(days_i/365) = 0`.
struct Dated<'a> {
    values: &'a [Decimal],
    offsets: Vec<i64>,
}

impl RateEquation for Dated<'_> {
    fn eval_f64(&self, r: f64) -> Option<(f64, f64)> {
        let (mut f, mut df) = (0.0, 0.0);
        for (v, d) in self.values.iter().zip(&self.offsets) {
            let t = *d as f64 / 365.0;
            let term = num::to_f64(*v) * (1.0 + r).powf(-t);
            f += term;
            df -= t * term / (1.0 + r);
        }
        Some((f, df))
    }

    fn eval_dec(&self, r: Decimal) -> FinResult<(Decimal, Decimal)> {
        let factors = year_discount_factors(r, &self.offsets)?;
        let base = add(Decimal::ONE, r)?;
        let (mut f, mut df) = (Decimal::ZERO, Decimal::ZERO);
        for ((v, d), k) in self.values.iter().zip(&self.offsets).zip(&factors) {
            let term = mul(*v, *k)?;
            f = add(f, term)?;
            let t = div(Decimal::from(*d), DAYS_PER_YEAR, "365")?;
            df = sub(df, div(mul(t, term)?, base, "1 + rate")?)?;
        }
        Ok((f, df))
    }

    fn scale(&self) -> f64 {
        self.values.iter().map(|v| num::to_f64(*v).abs()).sum()
    }
}

/// XIRR: the annual rate at which [`xnpv`] of the values is zero (Excel XIRR; OpenFormula 6.12.47),
/// with the same root rule as [`irr`] (Newton from `guess`, spreadsheets' default 0.1).
pub fn xirr(values: &[Decimal], dates: &[Date], guess: Decimal) -> FinResult<Decimal> {
    let offsets = day_offsets(values, dates)?;
    require_sign_change(values)?;
    solve_rate(&Dated { values, offsets }, guess)
}
