//! The annual-rate equation shared by the EU, UK and MX CAT conventions:
//! `f(X) = Σ A_k (1+X)^-t_k = 0` (Directive 2008/48/EC Annex I part I, in the single-sum form of
//! remark (e); Circular 21/2009's formula is the same equation).
//!
//! Evaluation cost: the `f64` pass takes one `exp` per flow. The decimal pass takes one logarithm
//! per rate, one exponential per distinct period length and per distinct leftover-day fraction, and
//! reaches each flow's whole periods by multiplying the previous flow's power (flows are visited in
//! increasing order of whole periods), so a 360-instalment loan needs no per-flow `powd`.

use super::super::error::{FinResult, FinanceError};
use super::super::flow::Flow;
use super::super::num;
use super::super::solve::RateEquation;
use super::annex1::{DayPart, YearSpan};
use super::proof::{ProofRow, ProofTable};
use rust_decimal::{Decimal, MathematicalOps};

/// Below this exponent `e^x` is smaller than the smallest 28-digit decimal and is taken as zero.
const EXP_FLOOR: i64 = -66;

/// `e^x`, with underflow to zero instead of an error.
pub(crate) fn exp_or_zero(x: Decimal) -> FinResult<Decimal> {
    if x < Decimal::from(EXP_FLOOR) {
        return Ok(Decimal::ZERO);
    }
    x.checked_exp().ok_or(FinanceError::Overflow)
}

/// Flows with the same number of periods per year, in increasing order of whole periods.
struct PowerGroup {
    per_year: i64,
    members: Vec<(usize, i64)>,
}

pub(crate) struct AnnualEquation {
    amounts: Vec<Decimal>,
    amounts_f: Vec<f64>,
    years: Vec<Decimal>,
    years_f: Vec<f64>,
    groups: Vec<PowerGroup>,
    fractions: Vec<([DayPart; 2], Decimal)>,
    fraction_of: Vec<usize>,
    scale: f64,
}

impl AnnualEquation {
    pub fn new(flows: &[Flow], spans: &[YearSpan]) -> FinResult<AnnualEquation> {
        let mut groups: Vec<PowerGroup> = Vec::new();
        let mut fractions: Vec<([DayPart; 2], Decimal)> = Vec::new();
        let mut fraction_of = Vec::with_capacity(spans.len());
        for (k, s) in spans.iter().enumerate() {
            match groups.iter_mut().find(|g| g.per_year == s.per_year) {
                Some(g) => g.members.push((k, s.whole)),
                None => groups.push(PowerGroup {
                    per_year: s.per_year,
                    members: vec![(k, s.whole)],
                }),
            }
            let at = match fractions.iter().position(|(p, _)| *p == s.parts) {
                Some(i) => i,
                None => {
                    fractions.push((s.parts, s.day_fraction()?));
                    fractions.len() - 1
                }
            };
            fraction_of.push(at);
        }
        for g in &mut groups {
            g.members.sort_by_key(|&(_, whole)| whole);
        }
        Ok(AnnualEquation {
            amounts: flows.iter().map(|f| f.amount).collect(),
            amounts_f: flows.iter().map(|f| num::to_f64(f.amount)).collect(),
            years: spans
                .iter()
                .map(YearSpan::years)
                .collect::<FinResult<_>>()?,
            years_f: spans.iter().map(YearSpan::years_f64).collect(),
            groups,
            fractions,
            fraction_of,
            scale: flows.iter().map(|f| num::to_f64(f.amount).abs()).sum(),
        })
    }

    /// `(1+X)^-t_k` for every flow, in decimals.
    fn discount_factors(&self, rate: Decimal) -> FinResult<Vec<Decimal>> {
        let base = num::add(Decimal::ONE, rate)?;
        if base <= Decimal::ZERO {
            return Err(FinanceError::invalid("rate", "must be greater than -1"));
        }
        let ln = base.checked_ln().ok_or(FinanceError::Overflow)?;
        let mut factors = vec![Decimal::ZERO; self.amounts.len()];
        for g in &self.groups {
            let per_period = exp_or_zero(-num::div(ln, Decimal::from(g.per_year), "per year")?)?;
            let (mut power, mut at) = (Decimal::ONE, 0i64);
            for &(k, whole) in &g.members {
                if whole != at {
                    power = num::mul(power, num::powi(per_period, whole - at)?)?;
                    at = whole;
                }
                factors[k] = power;
            }
        }
        let day_factors = self
            .fractions
            .iter()
            .map(|(_, f)| exp_or_zero(-num::mul(ln, *f)?))
            .collect::<FinResult<Vec<_>>>()?;
        for (k, factor) in factors.iter_mut().enumerate() {
            *factor = num::mul(*factor, day_factors[self.fraction_of[k]])?;
        }
        Ok(factors)
    }

    /// The proof table at `rate`: each flow's time, discount factor and present value.
    pub fn proof(
        &self,
        flows: &[Flow],
        spans: &[YearSpan],
        rate: Decimal,
    ) -> FinResult<ProofTable> {
        let factors = self.discount_factors(rate)?;
        let rows = flows
            .iter()
            .zip(spans)
            .zip(factors)
            .zip(&self.years)
            .map(|(((flow, span), factor), years)| {
                Ok(ProofRow {
                    date: flow.date,
                    amount: flow.amount,
                    time_years: *years,
                    time_expression: span.expression(),
                    unit_periods: None,
                    discount_factor: factor,
                    discounted: num::mul(flow.amount, factor)?,
                })
            })
            .collect::<FinResult<Vec<_>>>()?;
        ProofTable::new(rows)
    }
}

impl RateEquation for AnnualEquation {
    fn eval_f64(&self, rate: f64) -> Option<(f64, f64)> {
        if rate <= -1.0 {
            return None;
        }
        let ln = rate.ln_1p();
        let (mut f, mut df) = (0.0, 0.0);
        for (a, t) in self.amounts_f.iter().zip(&self.years_f) {
            let pv = a * (-t * ln).exp();
            f += pv;
            df -= t * pv;
        }
        Some((f, df / (1.0 + rate)))
    }

    fn eval_dec(&self, rate: Decimal) -> FinResult<(Decimal, Decimal)> {
        let factors = self.discount_factors(rate)?;
        let (mut f, mut df) = (Decimal::ZERO, Decimal::ZERO);
        for ((a, t), v) in self.amounts.iter().zip(&self.years).zip(factors) {
            let pv = num::mul(*a, v)?;
            f = num::add(f, pv)?;
            df = num::sub(df, num::mul(*t, pv)?)?;
        }
        let base = num::add(Decimal::ONE, rate)?;
        Ok((f, num::div(df, base, "1 + rate")?))
    }

    fn scale(&self) -> f64 {
        self.scale
    }
}
