//! RATE: solving the annuity equation for the periodic rate.

use super::PaymentTiming;
use super::growth;
use crate::finance::error::{FinResult, FinanceError};
use crate::finance::num::{self, add, div, mul, sub};
use crate::finance::solve::{RateEquation, solve_rate};
use rust_decimal::Decimal;

/// The annuity equation `pv·(1+r)^n + pmt·(1+r·type)·((1+r)^n - 1)/r + fv = 0`, solved by [`rate`].
struct Annuity {
    nper: Decimal,
    pmt: Decimal,
    pv: Decimal,
    fv: Decimal,
    when: PaymentTiming,
}

impl RateEquation for Annuity {
    fn eval_f64(&self, r: f64) -> Option<(f64, f64)> {
        let (n, p, pv, fv) = (
            num::to_f64(self.nper),
            num::to_f64(self.pmt),
            num::to_f64(self.pv),
            num::to_f64(self.fv),
        );
        let t = if self.when == PaymentTiming::Begin {
            1.0
        } else {
            0.0
        };
        if r.abs() < 1e-12 {
            // Limits at r = 0: f = pv + pmt·n + fv; f' = pv·n + pmt·(n(n-1)/2 + t·n).
            return Some((pv + p * n + fv, pv * n + p * (n * (n - 1.0) / 2.0 + t * n)));
        }
        let g = (1.0 + r).powf(n);
        let dg = n * (1.0 + r).powf(n - 1.0);
        let a = (g - 1.0) / r;
        let da = (dg * r - (g - 1.0)) / (r * r);
        let f = pv * g + p * (1.0 + r * t) * a + fv;
        let df = pv * dg + p * (t * a + (1.0 + r * t) * da);
        Some((f, df))
    }

    fn eval_dec(&self, r: Decimal) -> FinResult<(Decimal, Decimal)> {
        if r.is_zero() {
            return Err(FinanceError::DivisionByZero("rate"));
        }
        let t = self.when.as_decimal();
        let base = add(Decimal::ONE, r)?;
        let g = growth(r, self.nper)?;
        let dg = div(mul(self.nper, g)?, base, "1 + rate")?;
        let a = div(sub(g, Decimal::ONE)?, r, "rate")?;
        let da = div(sub(dg, a)?, r, "rate")?;
        let due = add(Decimal::ONE, mul(r, t)?)?;
        let f = add(
            add(mul(self.pv, g)?, mul(mul(self.pmt, due)?, a)?)?,
            self.fv,
        )?;
        let df = add(
            mul(self.pv, dg)?,
            mul(self.pmt, add(mul(t, a)?, mul(due, da)?)?)?,
        )?;
        Ok((f, df))
    }

    fn scale(&self) -> f64 {
        num::to_f64(self.pv).abs()
            + num::to_f64(self.fv).abs()
            + (num::to_f64(self.pmt) * num::to_f64(self.nper)).abs()
    }
}

/// RATE: the rate per period at which `nper` payments `pmt` take `pv` to `fv` (OpenFormula 6.12.40).
///
/// Solved with [`solve_rate`]: Newton's method from `guess` (spreadsheets default to 0.1); when that
/// fails, the smallest root ≥ 0, else the largest negative root above -1; [`FinanceError::NoSolution`]
/// when the cash flows have no rate (e.g. all of one sign).
pub fn rate(
    nper: Decimal,
    pmt: Decimal,
    pv: Decimal,
    fv: Decimal,
    when: PaymentTiming,
    guess: Decimal,
) -> FinResult<Decimal> {
    if nper <= Decimal::ZERO {
        return Err(FinanceError::invalid("nper", "must be greater than zero"));
    }
    let eq = Annuity {
        nper,
        pmt,
        pv,
        fv,
        when,
    };
    if add(add(pv, mul(pmt, nper)?)?, fv)?.is_zero() {
        return Ok(Decimal::ZERO);
    }
    solve_rate(&eq, guess)
}
