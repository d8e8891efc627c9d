//! The annual-rate equation shared by the EU, UK and MX CAT conventions:
//! `f(X) = Σ A_k (1+X)^-t_k = 0` (Directive 2008/48/EC Annex I part I, in the single-sum form of
//! remark (e); Circular 21/2009's formula is the same equation).
//!
//! Evaluation cost. The `f64` pass takes one `exp` per flow. The decimal pass groups the flows into
//! streams with the same period length and the same leftover-day fraction (a regular loan has one
//! or two), so `(1+X)^-t_k = r^{frac} · q^{n_k}` with one logarithm per rate, one exponential per
//! period length and per stream, and the sums `Σ A q^n` and `Σ n·A q^n` taken by Horner's scheme:
//! two multiplications and two additions per flow, no per-flow `powd`.

use super::super::error::{FinResult, FinanceError};
use super::super::flow::Flow;
use super::super::num;
use super::super::solve::{RateEquation, UNIT_ROUNDOFF};
use super::annex1::{DayPart, YearSpan};
use super::power::{PowerTerm, Powers, SumsF64, TermsF64, power_sum, power_sums};
use super::proof::{ProofRow, ProofTable};
use rust_decimal::{Decimal, MathematicalOps};
use std::cell::OnceCell;

/// Below this exponent `e^x` is smaller than the smallest 28-digit decimal and is taken as zero.
const EXP_FLOOR: i64 = -66;

/// `e^x`, with underflow to zero instead of an error.
pub(crate) fn exp_or_zero(x: Decimal) -> FinResult<Decimal> {
    if x < Decimal::from(EXP_FLOOR) {
        return Ok(Decimal::ZERO);
    }
    x.checked_exp().ok_or(FinanceError::Overflow)
}

/// Flows sharing a period length and a leftover-day fraction.
struct Stream {
    per_year: i64,
    parts: [DayPart; 2],
    fraction: Decimal,
    fraction_f: f64,
    terms_f: TermsF64,
    /// The largest whole number of periods among the stream's flows.
    whole_max: i64,
    /// The terms in decimals, in the order of `terms_f`: built when a decimal evaluation first
    /// needs them (the audited rate, or a root at the edge of its rounding interval).
    terms: OnceCell<Vec<PowerTerm>>,
}

impl Stream {
    /// Whether a flow at `span` belongs to this stream.
    #[inline(always)]
    fn takes(&self, span: &YearSpan) -> bool {
        self.per_year == span.per_year
            && self.parts[0] == span.parts[0]
            && self.parts[1] == span.parts[1]
    }
}

/// The equation of a set of flows and their times.
pub(crate) struct AnnualEquation<'a> {
    flows: &'a [Flow],
    spans: Vec<YearSpan>,
    streams: Vec<Stream>,
    years_max: f64,
    scale: f64,
}

impl<'a> AnnualEquation<'a> {
    pub fn new(flows: &'a [Flow], spans: Vec<YearSpan>) -> FinResult<AnnualEquation<'a>> {
        let mut streams: Vec<Stream> = Vec::new();
        // The stream of the previous flow: a regular schedule's flows follow one another in it.
        let mut last = 0;
        for (flow, s) in flows.iter().zip(&spans) {
            if last >= streams.len() || !streams[last].takes(s) {
                last = match streams.iter().position(|st| st.takes(s)) {
                    Some(at) => at,
                    None => {
                        let fraction = s.day_fraction()?;
                        // The first stream usually takes every flow.
                        let capacity = if streams.is_empty() { flows.len() } else { 1 };
                        streams.push(Stream {
                            per_year: s.per_year,
                            parts: s.parts,
                            fraction,
                            fraction_f: num::to_f64(fraction),
                            terms_f: TermsF64::with_capacity(capacity),
                            whole_max: s.whole,
                            terms: OnceCell::new(),
                        });
                        streams.len() - 1
                    }
                };
            }
            let st = &mut streams[last];
            st.terms_f.push(s.whole, num::to_f64(flow.amount));
            st.whole_max = st.whole_max.max(s.whole);
        }
        let (mut scale, mut years_max) = (0.0, 0.0f64);
        for st in &mut streams {
            st.terms_f.finish();
            st.terms_f.group_runs();
            scale += st.terms_f.magnitude();
            // Every span of a stream has its parts: the latest is the one with the most periods.
            let latest = YearSpan {
                whole: st.whole_max,
                per_year: st.per_year,
                parts: st.parts,
            };
            years_max = years_max.max(latest.years_f64());
        }
        Ok(AnnualEquation {
            flows,
            years_max,
            spans,
            streams,
            scale,
        })
    }

    /// A stream's terms in decimals (see [`Stream::terms`]).
    fn terms<'s>(&'s self, st: &'s Stream) -> &'s [PowerTerm] {
        st.terms.get_or_init(|| {
            let mut terms: Vec<PowerTerm> = self
                .flows
                .iter()
                .zip(&self.spans)
                .filter(|(_, s)| st.takes(s))
                .map(|(flow, s)| PowerTerm::new(s.whole, flow.amount))
                .collect();
            if !terms.is_sorted_by_key(|t| t.n) {
                terms.sort_by_key(|t| t.n);
            }
            terms
        })
    }

    /// For each stream: `r = (1+X)^-frac`, the per-period factor `q = (1+X)^(-1/p)` and its sums.
    fn streams_f64(&self, ln: f64) -> impl Iterator<Item = (&Stream, f64, f64)> {
        self.streams.iter().map(move |st| {
            let p = st.per_year as f64;
            let r = (-ln * st.fraction_f).exp();
            (st, r, (-ln / p).exp())
        })
    }

    /// `f(X)` and `f'(X)` from each stream's value-and-slope sums at its factor `q` (`None` where
    /// `sums` has none for a stream).
    fn value_and_slope(
        &self,
        rate: f64,
        sums: impl Fn(&TermsF64, f64) -> Option<SumsF64>,
    ) -> Option<(f64, f64)> {
        if rate <= -1.0 {
            return None;
        }
        let ln = rate.ln_1p();
        let (mut f, mut df) = (0.0, 0.0);
        for (st, r, q) in self.streams_f64(ln) {
            let sums = sums(&st.terms_f, q)?;
            f += r * sums.s;
            df -= r * (sums.w / st.per_year as f64 + st.fraction_f * sums.s);
        }
        Some((f, df / (1.0 + rate)))
    }

    /// `ln(1+X)`, or an error outside the domain.
    fn log_growth(rate: Decimal) -> FinResult<Decimal> {
        let base = num::add(Decimal::ONE, rate)?;
        if base <= Decimal::ZERO {
            return Err(FinanceError::invalid("rate", "must be greater than -1"));
        }
        base.checked_ln().ok_or(FinanceError::Overflow)
    }

    /// The proof table at `rate`: each flow's time, discount factor `(1+X)^-t` and present value.
    /// The per-period and leftover-day factors are computed once per stream, and whole-period
    /// powers are stepped from the previous flow of the stream.
    fn table(&self, rate: Decimal) -> FinResult<ProofTable> {
        let ln = Self::log_growth(rate)?;
        // Stream by stream (`r = (1+X)^-frac`, powers of `q = (1+X)^(-1/p)`), each row kept with
        // its flow's position, then laid out in the flows' order.
        let mut rows: Vec<(usize, ProofRow)> = Vec::with_capacity(self.flows.len());
        for st in &self.streams {
            let q = exp_or_zero(-num::div(ln, Decimal::from(st.per_year), "per year")?)?;
            let r = exp_or_zero(-num::mul(ln, st.fraction)?)?;
            let mut powers = Powers::new(q);
            let flows = self.flows.iter().zip(&self.spans).enumerate();
            for (i, (flow, span)) in flows.filter(|(_, (_, span))| st.takes(span)) {
                let factor = num::mul(powers.power(span.whole)?, r)?;
                let whole = num::div(
                    Decimal::from(span.whole),
                    Decimal::from(st.per_year),
                    "per year",
                )?;
                rows.push((
                    i,
                    ProofRow {
                        date: flow.date,
                        amount: flow.amount,
                        time_years: num::add(whole, st.fraction)?,
                        time_expression: span.expression(),
                        unit_periods: None,
                        discount_factor: factor,
                        discounted: num::mul(flow.amount, factor)?,
                    },
                ));
            }
        }
        rows.sort_by_key(|(i, _)| *i);
        ProofTable::new(rows.into_iter().map(|(_, row)| row).collect())
    }
}

impl super::ProvableEquation for AnnualEquation<'_> {
    fn proof(&self, rate: Decimal) -> FinResult<ProofTable> {
        self.table(rate)
    }
}

impl RateEquation for AnnualEquation<'_> {
    fn eval_f64(&self, rate: f64) -> Option<(f64, f64)> {
        self.value_and_slope(rate, |terms, q| Some(terms.slope_sums(q)))
    }

    fn eval_f64_coarse(&self, rate: f64) -> Option<(f64, f64)> {
        self.value_and_slope(rate, TermsF64::coarse_slope_sums)
            .filter(|(f, df)| f.is_finite() && df.is_finite())
    }

    /// Error bound (first-order analysis, doubled): `ln(1+X)` and each `exp` are within 2 units
    /// of roundoff `u`, the exponent `-ln/p` adds `3u·|ln|/p` to `q`'s relative error, so `q^n`
    /// (stepped: `n + 1` more roundings) is within `u·(3n + 3n·|ln|/p)`; `r` within
    /// `u·(2 + 3·|ln|·frac)`; each amount's conversion, product and the summation add
    /// `u·(count + 4)`. With `t = n/p + frac ≤ t_max`: each term is within
    /// `u·(3·n_max + 3·|ln|·t_max + count + 10)` of its magnitude.
    fn value_f64_bounded(&self, rate: f64) -> Option<(f64, f64)> {
        if rate <= -1.0 {
            return None;
        }
        let ln = rate.ln_1p();
        let (mut f, mut bound) = (0.0, 0.0);
        for (st, r, q) in self.streams_f64(ln) {
            let sums = st.terms_f.bounded_sums(q);
            f += r * sums.s;
            let n_max = st.terms_f.n_max() as f64;
            let relative =
                3.0 * n_max + 3.0 * ln.abs() * self.years_max + st.terms_f.len() as f64 + 10.0;
            bound += 2.0 * r * sums.magnitude * relative * UNIT_ROUNDOFF;
        }
        (f.is_finite() && bound.is_finite()).then_some((f, bound))
    }

    /// `f(X) = Σ_streams r·S` and `f'(X) = -Σ_streams r·(W/p + frac·S) / (1+X)`, where
    /// `S = Σ A q^n`, `W = Σ n·A q^n`, `q = (1+X)^(-1/p)` and `r = (1+X)^-frac`.
    fn eval_dec(&self, rate: Decimal) -> FinResult<(Decimal, Decimal)> {
        let ln = Self::log_growth(rate)?;
        let (mut f, mut df) = (Decimal::ZERO, Decimal::ZERO);
        for st in &self.streams {
            let per_year = Decimal::from(st.per_year);
            let q = exp_or_zero(-num::div(ln, per_year, "per year")?)?;
            let r = exp_or_zero(-num::mul(ln, st.fraction)?)?;
            let (s, w) = power_sums(q, self.terms(st))?;
            f = num::add(f, num::mul(r, s)?)?;
            let slope = num::add(
                num::div(w, per_year, "per year")?,
                num::mul(st.fraction, s)?,
            )?;
            df = num::sub(df, num::mul(r, slope)?)?;
        }
        let base = num::add(Decimal::ONE, rate)?;
        Ok((f, num::div(df, base, "1 + rate")?))
    }

    fn value_dec(&self, rate: Decimal) -> FinResult<Decimal> {
        let ln = Self::log_growth(rate)?;
        let mut f = Decimal::ZERO;
        for st in &self.streams {
            let per_year = Decimal::from(st.per_year);
            let q = exp_or_zero(-num::div(ln, per_year, "per year")?)?;
            let r = exp_or_zero(-num::mul(ln, st.fraction)?)?;
            f = num::add(f, num::mul(r, power_sum(q, self.terms(st))?)?)?;
        }
        Ok(f)
    }

    fn scale(&self) -> f64 {
        self.scale
    }
}
