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

/// One term of a power sum: the power `n` and the amount `A`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PowerTerm {
    pub n: i64,
    pub amount: Decimal,
}

impl PowerTerm {
    pub fn new(n: i64, amount: Decimal) -> PowerTerm {
        PowerTerm { n, amount }
    }
}

/// `(Σ A x^n, Σ n·A x^n)` over `terms` sorted by increasing `n ≥ 0`, by Horner's scheme from the
/// largest power down.
pub(crate) fn power_sums(x: Decimal, terms: &[PowerTerm]) -> FinResult<(Decimal, Decimal)> {
    horner(x, terms, true)
}

/// `Σ A x^n` alone (half the work of [`power_sums`]).
pub(crate) fn power_sum(x: Decimal, terms: &[PowerTerm]) -> FinResult<Decimal> {
    horner(x, terms, false).map(|(s, _)| s)
}

/// Horner's scheme for `Σ A x^n` and, when `weighted`, `Σ n·A x^n` (else zero).
fn horner(x: Decimal, terms: &[PowerTerm], weighted: bool) -> FinResult<(Decimal, Decimal)> {
    let (mut s, mut w) = (Decimal::ZERO, Decimal::ZERO);
    let mut at = terms.last().map_or(0, |t| t.n);
    let scale = |s: &mut Decimal, w: &mut Decimal, step: Decimal| -> FinResult<()> {
        *s = num::mul(*s, step)?;
        if weighted {
            *w = num::mul(*w, step)?;
        }
        Ok(())
    };
    for t in terms.iter().rev() {
        if t.n != at {
            let step = if at - t.n == 1 {
                x
            } else {
                num::powi(x, at - t.n)?
            };
            scale(&mut s, &mut w, step)?;
            at = t.n;
        }
        s = num::add(s, t.amount)?;
        if weighted {
            w = num::add(w, num::mul(Decimal::from(t.n), t.amount)?)?;
        }
    }
    if at != 0 {
        scale(&mut s, &mut w, num::powi(x, at)?)?;
    }
    Ok((s, w))
}

/// The terms of a power sum in floating point, `(n, A)` sorted by increasing `n ≥ 0`.
#[derive(Debug, Clone, Default)]
pub(crate) struct TermsF64 {
    terms: Vec<(i64, f64)>,
}

/// `Σ A x^n`, `Σ n·A x^n` and `Σ |A x^n|` in floating point.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SumsF64 {
    pub s: f64,
    pub w: f64,
    pub magnitude: f64,
}

impl TermsF64 {
    /// The terms of `terms` (same order) in floating point.
    pub fn new(terms: &[PowerTerm]) -> TermsF64 {
        TermsF64 {
            terms: terms.iter().map(|t| (t.n, num::to_f64(t.amount))).collect(),
        }
    }

    /// How many terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// The largest power.
    pub fn n_max(&self) -> i64 {
        self.terms.last().map_or(0, |t| t.0)
    }

    /// The sums at `x`, each power stepped from the previous one. The stepped power `x^n` carries
    /// at most `n + 1` rounding errors (one per step, a gap's `powi` taking fewer than the gap).
    pub fn sums(&self, x: f64) -> SumsF64 {
        let (mut s, mut w, mut magnitude) = (0.0, 0.0, 0.0);
        let (mut at, mut power) = (0i64, 1.0f64);
        for &(n, a) in &self.terms {
            if n != at {
                power *= match n - at {
                    1 => x,
                    gap => i32::try_from(gap).map_or_else(|_| x.powf(gap as f64), |g| x.powi(g)),
                };
                at = n;
            }
            let v = a * power;
            s += v;
            w += n as f64 * v;
            magnitude += v.abs();
        }
        SumsF64 { s, w, magnitude }
    }
}

/// Flows sharing a period length and a leftover-day fraction.
struct Stream {
    per_year: i64,
    parts: [DayPart; 2],
    fraction: Decimal,
    terms: Vec<PowerTerm>,
    fraction_f: f64,
    terms_f: TermsF64,
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
            let term = PowerTerm::new(s.whole, flow.amount);
            let same = |st: &Stream| st.per_year == s.per_year && st.parts == s.parts;
            if !streams.get(last).is_some_and(same) {
                last = streams.iter().position(same).unwrap_or(streams.len());
            }
            match streams.get_mut(last) {
                Some(st) => st.terms.push(term),
                None => {
                    let fraction = s.day_fraction()?;
                    streams.push(Stream {
                        per_year: s.per_year,
                        parts: s.parts,
                        fraction,
                        terms: vec![term],
                        fraction_f: num::to_f64(fraction),
                        terms_f: TermsF64::default(),
                    })
                }
            }
        }
        let mut scale = 0.0;
        for st in &mut streams {
            if !st.terms.is_sorted_by_key(|t| t.n) {
                st.terms.sort_by_key(|t| t.n);
            }
            st.terms_f = TermsF64::new(&st.terms);
            scale += st.terms_f.terms.iter().map(|t| t.1.abs()).sum::<f64>();
        }
        Ok(AnnualEquation {
            flows,
            years_max: spans.iter().map(YearSpan::years_f64).fold(0.0, f64::max),
            spans,
            streams,
            scale,
        })
    }

    /// For each stream: `r = (1+X)^-frac`, the per-period factor `q = (1+X)^(-1/p)` and its sums.
    fn streams_f64(&self, ln: f64) -> impl Iterator<Item = (&Stream, f64, SumsF64)> {
        self.streams.iter().map(move |st| {
            let p = st.per_year as f64;
            let r = (-ln * st.fraction_f).exp();
            (st, r, st.terms_f.sums((-ln / p).exp()))
        })
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
        let (flows, spans) = (self.flows, &self.spans);
        let ln = Self::log_growth(rate)?;
        let mut streams: Vec<(i64, [DayPart; 2], Decimal, Decimal, Powers)> = Vec::new();
        let mut rows = Vec::with_capacity(flows.len());
        for (flow, span) in flows.iter().zip(spans) {
            let at = match streams
                .iter()
                .position(|(p, parts, ..)| *p == span.per_year && *parts == span.parts)
            {
                Some(at) => at,
                None => {
                    let per_year = Decimal::from(span.per_year);
                    let q = exp_or_zero(-num::div(ln, per_year, "per year")?)?;
                    let fraction = span.day_fraction()?;
                    let r = exp_or_zero(-num::mul(ln, fraction)?)?;
                    streams.push((span.per_year, span.parts, fraction, r, Powers::new(q)));
                    streams.len() - 1
                }
            };
            let (per_year, _, fraction, r, powers) = &mut streams[at];
            let factor = num::mul(powers.power(span.whole)?, *r)?;
            let whole = num::div(
                Decimal::from(span.whole),
                Decimal::from(*per_year),
                "per year",
            )?;
            rows.push(ProofRow {
                date: flow.date,
                amount: flow.amount,
                time_years: num::add(whole, *fraction)?,
                time_expression: span.expression(),
                unit_periods: None,
                discount_factor: factor,
                discounted: num::mul(flow.amount, factor)?,
            });
        }
        ProofTable::new(rows)
    }
}

/// Integer powers of one base, each stepped from the previous one when the exponents increase
/// (one multiplication per flow of a regular schedule).
pub(crate) struct Powers {
    base: Decimal,
    n: i64,
    power: Decimal,
}

impl Powers {
    pub fn new(base: Decimal) -> Powers {
        Powers {
            base,
            n: 0,
            power: Decimal::ONE,
        }
    }

    /// `base^n` for `n ≥ 0`.
    pub fn power(&mut self, n: i64) -> FinResult<Decimal> {
        self.power = match n - self.n {
            0 => self.power,
            1 => num::mul(self.power, self.base)?,
            step if step > 0 => num::mul(self.power, num::powi(self.base, step)?)?,
            _ => num::powi(self.base, n)?,
        };
        self.n = n;
        Ok(self.power)
    }
}

impl super::ProvableEquation for AnnualEquation<'_> {
    fn proof(&self, rate: Decimal) -> FinResult<ProofTable> {
        self.table(rate)
    }
}

impl RateEquation for AnnualEquation<'_> {
    fn eval_f64(&self, rate: f64) -> Option<(f64, f64)> {
        if rate <= -1.0 {
            return None;
        }
        let ln = rate.ln_1p();
        let (mut f, mut df) = (0.0, 0.0);
        for (st, r, sums) in self.streams_f64(ln) {
            f += r * sums.s;
            df -= r * (sums.w / st.per_year as f64 + st.fraction_f * sums.s);
        }
        Some((f, df / (1.0 + rate)))
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
        for (st, r, sums) in self.streams_f64(ln) {
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
            let (s, w) = power_sums(q, &st.terms)?;
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
            f = num::add(f, num::mul(r, power_sum(q, &st.terms)?)?)?;
        }
        Ok(f)
    }

    fn scale(&self) -> f64 {
        self.scale
    }
}
