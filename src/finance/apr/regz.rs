//! US annual percentage rate: Regulation Z (12 CFR 1026) §1026.22(a) and Appendix J, actuarial
//! method.
//!
//! General equation (b)(8), advances `A` and payments `P` at `t` full unit-periods plus a fraction
//! `f` from the start of the term: `Σ A / ((1 + f·i)(1+i)^t) = Σ P / ((1 + f·i)(1+i)^t)`. The
//! fractional unit-period earns simple interest (`1 + f·i`, (b)(6)); the APR is the unit-period rate
//! times the number of unit-periods in a year, `I = i·w` ((b)(1)). The engine solves directly for
//! `I` (so the guess 0.1 means 10% a year) with `i = I / w`.

use super::super::error::{FinResult, FinanceError};
use super::super::flow::Flow;
use super::super::num;
use super::super::solve::{RateEquation, UNIT_ROUNDOFF};
use super::annex1::months_back;
use super::power::{PowerTerm, Powers, SumsF64, TermsF64, power_sums};
use super::proof::{ProofRow, ProofTable, UnitPeriodCount};
use super::regz_count::{RegZTime, count};
use super::regz_infer::infer_unit_period;
use super::{
    AprConvention, Problem, ProvableEquation, US_METHODOLOGY, UnitPeriod, series_day, validate,
};
use rust_decimal::Decimal;

/// Unit-periods per year as a ratio `num / den` (365/255 for a 255-day single-payment term).
#[derive(Debug, Clone, Copy)]
struct PerYear {
    num: i64,
    den: i64,
}

/// The Regulation Z APR of `flows` (see [`super::apr`]).
pub(crate) fn apr_regz(flows: &[Flow], unit_period: Option<UnitPeriod>) -> FinResult<Problem<'_>> {
    let start = validate(flows)?;
    let anchor = series_day(flows);
    let (unit, per_year, times) = match unit_period {
        Some(u) => regular(u, flows, anchor)?,
        None => match single_payment_term(flows, anchor)? {
            Some(term) => term,
            None => regular(infer_unit_period(start, flows), flows, anchor)?,
        },
    };
    let equation = RegZEquation::new(flows, times, per_year)?;
    Ok(Problem {
        convention: AprConvention::UsRegZ,
        unit_period: unit,
        unit_periods_per_year: equation.w,
        methodology: US_METHODOLOGY,
        equation: Box::new(equation),
    })
}

fn counts(unit: UnitPeriod, flows: &[Flow], anchor: u8) -> FinResult<Vec<RegZTime>> {
    let start = flows
        .first()
        .map(|f| f.date)
        .ok_or(FinanceError::invalid("flows", "must not be empty"))?;
    flows
        .iter()
        .map(|f| count(unit, start, f.date, anchor))
        .collect()
}

/// A unit-period, its count per year and each flow's `t` and `f`.
type Counted = (UnitPeriod, PerYear, Vec<RegZTime>);

/// Any transaction counted in `unit`, (b)(5).
fn regular(unit: UnitPeriod, flows: &[Flow], anchor: u8) -> FinResult<Counted> {
    let per_year = PerYear {
        num: unit.per_year(),
        den: 1,
    };
    Ok((unit, per_year, counts(unit, flows, anchor)?))
}

/// A single advance, single payment transaction (all flows on two dates): (b)(4)(ii) the unit-period
/// is the term, but not over a year. A term under a year is one unit-period, with 12 ÷ months
/// unit-periods a year when it is a whole number of months ((b)(5)(vi)) and 365 ÷ days otherwise
/// ((b)(5)(vii)); a longer term is counted in years ((b)(5)(v)).
fn single_payment_term(flows: &[Flow], anchor: u8) -> FinResult<Option<Counted>> {
    let Some(start) = flows.first().map(|f| f.date) else {
        return Ok(None);
    };
    let Some(end) = flows.iter().map(|f| f.date).find(|d| *d != start) else {
        return Ok(None);
    };
    if flows.iter().any(|f| f.date != start && f.date != end) {
        return Ok(None);
    }
    let (months, back) = months_back(start, end, 1, super::month_anchor(end, anchor))?;
    if months >= 12 {
        let times = counts(UnitPeriod::Year, flows, anchor)?;
        return Ok(Some((UnitPeriod::Year, PerYear { num: 1, den: 1 }, times)));
    }
    let times = flows
        .iter()
        .map(|f| RegZTime::new(i64::from(f.date != start), 0, 1))
        .collect();
    if back == start && months > 0 {
        return Ok(Some((
            UnitPeriod::Month,
            PerYear {
                num: 12,
                den: months,
            },
            times,
        )));
    }
    let days = start.days_until(end);
    Ok(Some((
        UnitPeriod::Day,
        PerYear {
            num: 365,
            den: days,
        },
        times,
    )))
}

/// Flows sharing the fraction `f` of a unit-period.
struct Stream {
    fraction: Decimal,
    terms: Vec<PowerTerm>,
    fraction_f: f64,
    terms_f: TermsF64,
}

struct RegZEquation<'a> {
    flows: &'a [Flow],
    times: Vec<RegZTime>,
    streams: Vec<Stream>,
    /// Unit-periods per year, `w`.
    w: Decimal,
    w_f: f64,
    scale: f64,
}

impl<'a> RegZEquation<'a> {
    fn new(
        flows: &'a [Flow],
        times: Vec<RegZTime>,
        per_year: PerYear,
    ) -> FinResult<RegZEquation<'a>> {
        let mut streams: Vec<(i64, i64, Stream)> = Vec::new();
        for (flow, t) in flows.iter().zip(&times) {
            let term = PowerTerm::new(t.whole, flow.amount);
            let key = (t.fraction_num, t.fraction_den);
            match streams.iter_mut().find(|(n, d, _)| (*n, *d) == key) {
                Some((_, _, st)) => st.terms.push(term),
                None => streams.push((
                    key.0,
                    key.1,
                    Stream {
                        fraction: t.fraction()?,
                        terms: vec![term],
                        fraction_f: t.fraction_num as f64 / t.fraction_den as f64,
                        terms_f: TermsF64::default(),
                    },
                )),
            }
        }
        let mut streams: Vec<Stream> = streams.into_iter().map(|(_, _, st)| st).collect();
        for st in &mut streams {
            st.terms.sort_by_key(|t| t.n);
            st.terms_f = TermsF64::new(&st.terms);
        }
        Ok(RegZEquation {
            flows,
            times,
            streams,
            w: num::div(
                Decimal::from(per_year.num),
                Decimal::from(per_year.den),
                "term in days",
            )?,
            w_f: per_year.num as f64 / per_year.den as f64,
            scale: flows.iter().map(|f| num::to_f64(f.amount).abs()).sum(),
        })
    }

    /// The unit-period rate `i = I / w` and `v = 1 / (1+i)`.
    fn unit_rate(&self, annual: Decimal) -> FinResult<(Decimal, Decimal)> {
        let i = num::div(annual, self.w, "unit-periods per year")?;
        let base = num::add(Decimal::ONE, i)?;
        if base <= Decimal::ZERO {
            return Err(FinanceError::invalid(
                "rate",
                "must exceed -1 per unit-period",
            ));
        }
        Ok((i, num::div(Decimal::ONE, base, "1 + i")?))
    }

    /// The proof table at `rate`: discount factor `v^t / (1 + f·i)` for each flow.
    fn table(&self, rate: Decimal) -> FinResult<ProofTable> {
        let (flows, times) = (self.flows, &self.times);
        let (i, v) = self.unit_rate(rate)?;
        let mut powers = Powers::new(v);
        let mut rows = Vec::with_capacity(flows.len());
        for (flow, t) in flows.iter().zip(times) {
            let fraction = t.fraction()?;
            let simple = num::add(Decimal::ONE, num::mul(fraction, i)?)?;
            let factor = num::div(powers.power(t.whole)?, simple, "1 + f·i")?;
            let periods = num::add(Decimal::from(t.whole), fraction)?;
            rows.push(ProofRow {
                date: flow.date,
                amount: flow.amount,
                time_years: num::div(periods, self.w, "unit-periods per year")?,
                time_expression: t.expression(),
                unit_periods: Some(UnitPeriodCount {
                    whole: t.whole,
                    fraction,
                }),
                discount_factor: factor,
                discounted: num::mul(flow.amount, factor)?,
            });
        }
        ProofTable::new(rows)
    }
}

impl RegZEquation<'_> {
    /// For each stream at the annual rate `annual`: the stream, `(i, v)` with `i = I/w` and
    /// `v = 1/(1+i)`, the simple-interest factor `1 + f·i` and the power sums at `v`. `None` where
    /// the equation is undefined (`i ≤ -1` or a factor `≤ 0`).
    fn each_stream_f64(
        &self,
        annual: f64,
        mut each: impl FnMut(&Stream, (f64, f64), f64, SumsF64),
    ) -> Option<()> {
        let i = annual / self.w_f;
        if i <= -1.0 {
            return None;
        }
        let v = 1.0 / (1.0 + i);
        for st in &self.streams {
            let simple = 1.0 + st.fraction_f * i;
            if simple <= 0.0 {
                return None;
            }
            each(st, (i, v), simple, st.terms_f.sums(v));
        }
        Some(())
    }
}

impl ProvableEquation for RegZEquation<'_> {
    fn proof(&self, rate: Decimal) -> FinResult<ProofTable> {
        self.table(rate)
    }
}

impl RateEquation for RegZEquation<'_> {
    /// Per stream, as [`RateEquation::eval_dec`] below, in floating point.
    fn eval_f64(&self, annual: f64) -> Option<(f64, f64)> {
        let (mut f, mut slope) = (0.0, 0.0);
        self.each_stream_f64(annual, |st, (_, v), simple, sums| {
            let value = sums.s / simple;
            f += value;
            slope += (v * sums.w + st.fraction_f * value) / simple;
        })?;
        Some((f, -slope / self.w_f))
    }

    /// Error bound (first-order analysis, doubled): `i = I/w` is within `2u` (w itself rounded),
    /// `v = 1/(1+i)` within `u·(2 + 3|i|/(1+i))`, so the stepped `v^n` within
    /// `u·n·(3 + 3|i|/(1+i))`; `1 + f·i` within `u·3(1+|f·i|)/(1+f·i)`; conversions, the division
    /// and the summation add `u·(count + 6)`.
    fn value_f64_bounded(&self, annual: f64) -> Option<(f64, f64)> {
        let (mut f, mut bound) = (0.0, 0.0);
        self.each_stream_f64(annual, |st, (i, _), simple, sums| {
            f += sums.s / simple;
            let growth = 3.0 * i.abs() / (1.0 + i);
            let relative = st.terms_f.n_max() as f64 * (3.0 + growth)
                + 3.0 * (1.0 + (st.fraction_f * i).abs()) / simple
                + st.terms_f.len() as f64
                + 6.0;
            bound += 2.0 * sums.magnitude / simple * relative * UNIT_ROUNDOFF;
        })?;
        (f.is_finite() && bound.is_finite()).then_some((f, bound))
    }

    /// Per stream of equal `f`: `S = Σ A v^t`, `W = Σ t·A v^t`; then
    /// `f(I) = Σ S / (1 + f·i)` and `f'(I) = -Σ (v·W / (1 + f·i) + f·S / (1 + f·i)²) / w`.
    fn eval_dec(&self, annual: Decimal) -> FinResult<(Decimal, Decimal)> {
        let (i, v) = self.unit_rate(annual)?;
        let (mut f, mut slope) = (Decimal::ZERO, Decimal::ZERO);
        for st in &self.streams {
            let (s, w) = power_sums(v, &st.terms)?;
            let simple = num::add(Decimal::ONE, num::mul(st.fraction, i)?)?;
            let value = num::div(s, simple, "1 + f·i")?;
            f = num::add(f, value)?;
            let inner = num::add(num::mul(v, w)?, num::mul(st.fraction, value)?)?;
            slope = num::add(slope, num::div(inner, simple, "1 + f·i")?)?;
        }
        Ok((f, -num::div(slope, self.w, "unit-periods per year")?))
    }

    fn scale(&self) -> f64 {
        self.scale
    }
}
