//! Power sums `Σ A·x^n` over the flows of a stream (flows one period apart share one factor `x`
//! per period): in decimals by Horner's scheme, and in floating point with the powers stepped from
//! one flow to the next — term by term, or by runs of equal amounts for the early steps of a root
//! search.

use super::super::error::FinResult;
use super::super::num;
use rust_decimal::Decimal;

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
    /// The same terms as runs of consecutive powers with one amount (a level instalment's), when
    /// there are few enough for [`TermsF64::coarse_slope_sums`] to pay; empty otherwise.
    runs: Vec<Run>,
}

/// Terms `A·x^n` for `n` in `first..first + count`.
#[derive(Debug, Clone, Copy)]
struct Run {
    first: i64,
    count: i64,
    amount: f64,
}

/// Runs kept however few terms they group.
const FEW_RUNS: usize = 8;

/// Below this distance of the per-period factor from 1 a run's closed forms lose too many digits
/// (the weighted one divides by `(1 − x)²`): the terms are summed one by one.
const RUN_MIN_DISTANCE: f64 = 1e-3;

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
        let mut t = TermsF64::with_capacity(terms.len());
        for term in terms {
            t.push(term.n, num::to_f64(term.amount));
        }
        t.finish();
        t
    }

    /// No terms yet, room for `capacity`.
    pub fn with_capacity(capacity: usize) -> TermsF64 {
        TermsF64 {
            terms: Vec::with_capacity(capacity),
            runs: Vec::new(),
        }
    }

    /// Adds the term `amount·x^n` (call [`TermsF64::finish`] after the last).
    #[inline(always)]
    pub fn push(&mut self, n: i64, amount: f64) {
        self.terms.push((n, amount));
    }

    /// Sorts the terms by power, keeping the order of equal powers (as the decimal terms are).
    pub fn finish(&mut self) {
        if !self.terms.is_sorted_by_key(|t| t.0) {
            self.terms.sort_by_key(|t| t.0);
        }
    }

    /// Groups the (finished) terms into runs for [`TermsF64::coarse_slope_sums`], when there are
    /// at most a quarter as many runs as terms (or a few).
    pub fn group_runs(&mut self) {
        let mut runs: Vec<Run> = Vec::new();
        for &(n, amount) in &self.terms {
            match runs.last_mut() {
                Some(r) if r.amount.to_bits() == amount.to_bits() && r.first + r.count == n => {
                    r.count += 1;
                }
                _ => {
                    if runs.len() >= FEW_RUNS && runs.len() * 4 >= self.terms.len() {
                        return;
                    }
                    runs.push(Run {
                        first: n,
                        count: 1,
                        amount,
                    });
                }
            }
        }
        self.runs = runs;
    }

    /// `Σ |A|` over the terms, in their order.
    pub fn magnitude(&self) -> f64 {
        let mut total = 0.0;
        for t in &self.terms {
            total += t.1.abs();
        }
        total
    }

    /// `Σ A x^n` and `Σ n·A x^n` (as [`TermsF64::slope_sums`], not bit for bit) from the runs'
    /// closed forms — `Σ_{j<m} x^j = (1 − x^m)/(1 − x)` and
    /// `Σ_{j<m} j·x^j = (x − m·x^m + (m − 1)·x^{m+1})/(1 − x)²` — a few operations per run instead
    /// of per term; `None` without runs or with `x` within [`RUN_MIN_DISTANCE`] of 1. For the early
    /// steps of a root search, whose result the term-by-term sums then refine.
    pub fn coarse_slope_sums(&self, x: f64) -> Option<SumsF64> {
        let d = 1.0 - x;
        // (A NaN `x` fails the comparison too.)
        if self.runs.is_empty() || d.abs().is_nan() || d.abs() < RUN_MIN_DISTANCE {
            return None;
        }
        let (mut s, mut w) = (0.0, 0.0);
        for r in &self.runs {
            let power = x.powi(i32::try_from(r.first).ok()?);
            let m = r.count as f64;
            let xm = x.powi(i32::try_from(r.count).ok()?);
            let geometric = (1.0 - xm) / d;
            let weighted = (x - m * xm + (m - 1.0) * xm * x) / (d * d);
            s += r.amount * power * geometric;
            w += r.amount * power * (r.first as f64 * geometric + weighted);
        }
        Some(SumsF64 {
            s,
            w,
            magnitude: 0.0,
        })
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
        self.accumulate::<true, true>(x)
    }

    /// [`TermsF64::sums`] without the magnitude (a Newton step's value and slope; the same `s`
    /// and `w`, bit for bit).
    pub fn slope_sums(&self, x: f64) -> SumsF64 {
        self.accumulate::<true, false>(x)
    }

    /// [`TermsF64::sums`] without the weighted sum (a value and its error bound; the same `s`
    /// and `magnitude`, bit for bit).
    pub fn bounded_sums(&self, x: f64) -> SumsF64 {
        self.accumulate::<false, true>(x)
    }

    #[inline(always)]
    fn accumulate<const WEIGHTED: bool, const MAGNITUDE: bool>(&self, x: f64) -> SumsF64 {
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
            if WEIGHTED {
                w += n as f64 * v;
            }
            if MAGNITUDE {
                magnitude += v.abs();
            }
        }
        SumsF64 { s, w, magnitude }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A level-payment loan's terms: `+principal` at 0, `count` payments, a different last one.
    fn loan(count: i64) -> TermsF64 {
        let mut t = TermsF64::with_capacity(count as usize + 1);
        t.push(0, 250_000.0);
        for n in 1..count {
            t.push(n, -1_748.04);
        }
        t.push(count, -1_750.31);
        t.finish();
        t.group_runs();
        t
    }

    #[test]
    fn runs_sum_as_the_terms_do() {
        for count in [2, 12, 60, 360] {
            let t = loan(count);
            assert_eq!(t.runs.len(), 3, "{count}");
            for x in [0.5, 0.9, 0.99, 0.998, 1.002, 1.05] {
                let exact = t.slope_sums(x);
                let coarse = t.coarse_slope_sums(x).expect("runs away from 1");
                // Within 1e-9 of the terms' magnitude at `x` (times the largest power, for `w`).
                let size = t.sums(x).magnitude * count as f64;
                let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * size;
                assert!(
                    close(coarse.s, exact.s),
                    "s at {x}: {} vs {}",
                    coarse.s,
                    exact.s
                );
                assert!(
                    close(coarse.w, exact.w),
                    "w at {x}: {} vs {}",
                    coarse.w,
                    exact.w
                );
            }
            assert!(t.coarse_slope_sums(0.9995).is_none(), "too close to 1");
        }
    }

    #[test]
    fn irregular_terms_have_no_runs() {
        let mut t = TermsF64::with_capacity(40);
        for n in 0..40 {
            t.push(n, n as f64 + 1.0);
        }
        t.finish();
        t.group_runs();
        assert!(t.runs.is_empty());
        assert!(t.coarse_slope_sums(0.9).is_none());
    }
}
