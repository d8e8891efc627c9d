//! Root finding for rate equations (IRR, XIRR, RATE, every APR convention).
//!
//! # Which root is returned
//! Spreadsheets solve these equations by Newton's method from a guess (0.1 by default), so when an
//! equation has several roots the one they return depends on the guess. [`solve_rate`] does the same:
//! 1. Newton's method in `f64` from the guess. If it converges to a point inside the domain
//!    (rate > -1) where the equation is satisfied, that root is taken.
//! 2. Otherwise the smallest root ≥ 0 is taken, found by scanning rates upward from 0 for a sign change
//!    and bisecting it.
//! 3. Otherwise the largest negative root above -1, scanning downward from 0.
//! 4. Otherwise [`FinanceError::NoSolution`].
//!
//! [`solve_rate`] then polishes the `f64` root with Newton steps in 28-digit decimals, so the value
//! returned satisfies the exact (decimal) equation, not only its floating-point shadow.
//!
//! [`solve_rate_rounded`] is for a rate that is disclosed rounded: instead of polishing, it proves
//! the rounding. It evaluates the equation in floating point, with a rigorous bound on the rounding
//! error, at both ends of the rounding interval around the `f64` root; when both values are
//! farther from zero than their error bounds and of opposite signs, a root of the exact equation
//! lies inside the interval, so the rounded figure is right whatever digits follow. Only when the
//! root is too close to the edge of its interval to decide does it fall back to the decimal polish.
//! Every loop is bounded: the search always terminates.

use super::error::{FinResult, FinanceError};
use super::num;
use rust_decimal::{Decimal, RoundingStrategy};

/// An equation `f(rate) = 0` over rates greater than -1.
pub trait RateEquation {
    /// `f(r)` and `f'(r)` in floating point for the fast search; `None` where undefined.
    fn eval_f64(&self, rate: f64) -> Option<(f64, f64)>;
    /// `f(r)` and `f'(r)` in exact decimals.
    fn eval_dec(&self, rate: Decimal) -> FinResult<(Decimal, Decimal)>;
    /// `f(r)` alone in exact decimals, for the final polish (whose Newton steps take the slope in
    /// floating point: from a root already right to ~1e-15, a slope right to ~1e-15 still brings
    /// the step's error under 1e-28). By default from [`RateEquation::eval_dec`].
    fn value_dec(&self, rate: Decimal) -> FinResult<Decimal> {
        self.eval_dec(rate).map(|(f, _)| f)
    }
    /// `f(r)` in floating point and a bound on its error: `|computed − exact f(r)| ≤ bound`, the
    /// exact `f` being the equation with real numbers. `None` where undefined or when no bound is
    /// known (the default), which makes [`solve_rate_rounded`] polish in decimals.
    fn value_f64_bounded(&self, _rate: f64) -> Option<(f64, f64)> {
        None
    }
    /// `f(r)` and `f'(r)` in floating point by a cheaper, less exact route (closed forms over runs
    /// of equal flows), for the Newton steps far from the root; `None` (the default) where there
    /// is none, and the steps use [`RateEquation::eval_f64`].
    fn eval_f64_coarse(&self, _rate: f64) -> Option<(f64, f64)> {
        None
    }
    /// Magnitude of the terms of `f` (e.g. the sum of absolute cash flows), to judge when `f(r)` is
    /// zero to within rounding.
    fn scale(&self) -> f64;
}

/// Unit roundoff of `f64` (2^-53): the largest relative error of one correctly rounded operation.
pub const UNIT_ROUNDOFF: f64 = f64::EPSILON / 2.0;

const NEWTON_STEPS: usize = 100;
const BISECT_STEPS: usize = 200;
const POLISH_STEPS: usize = 8;
const LOWER: f64 = -1.0;

/// Solves `eq` for a rate, starting from `guess`, following the rule in the module documentation.
pub fn solve_rate(eq: &(impl RateEquation + ?Sized), guess: Decimal) -> FinResult<Decimal> {
    f64_root(eq, guess).map(|root| polish(eq, root))
}

/// Decimal places kept in the rate [`solve_rate_rounded`] returns when it proves the rounding: the
/// floating-point root is right to about 1e-13, so the twelfth place is off by one unit at most.
pub const PROVED_PLACES: u32 = 12;

/// Solves `eq` like [`solve_rate`] for a rate that will be disclosed rounded to `places` decimal
/// places (half away from zero), proving the rounding instead of polishing every digit (see the
/// module documentation). The rate returned rounds to the same `places` figure as the decimal root
/// of [`solve_rate`]; it has [`PROVED_PLACES`] places when the proof succeeds, 28 digits when it
/// falls back to the polish.
pub fn solve_rate_rounded(
    eq: &(impl RateEquation + ?Sized),
    guess: Decimal,
    places: u32,
) -> FinResult<Decimal> {
    let root = f64_root(eq, guess)?;
    Ok(prove_rounding(eq, root, places).unwrap_or_else(|| polish(eq, root)))
}

/// The root `root` to [`PROVED_PLACES`] places when its rounding to `places` is proved: it lies
/// well inside its rounding interval (1e-9 from either end) and the equation changes sign, beyond
/// its error bounds, between the interval's ends.
fn prove_rounding(eq: &(impl RateEquation + ?Sized), root: f64, places: u32) -> Option<Decimal> {
    let x = num::from_f64(root).ok()?;
    let figure = x.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero);
    let half = Decimal::new(5, places.checked_add(1)?);
    let lo = num::to_f64(figure.checked_sub(half)?);
    let hi = num::to_f64(figure.checked_add(half)?);
    let margin = 1e-9 * (1.0 + root.abs());
    if !(root - lo > margin && hi - root > margin) || lo <= LOWER {
        return None;
    }
    let (f_lo, bound_lo) = eq.value_f64_bounded(lo)?;
    let (f_hi, bound_hi) = eq.value_f64_bounded(hi)?;
    let decided = f_lo.abs() > bound_lo && f_hi.abs() > bound_hi;
    (decided && f_lo.signum() != f_hi.signum()).then(|| x.round_dp(PROVED_PLACES))
}

/// The floating-point root, by the rule of the module documentation.
fn f64_root(eq: &(impl RateEquation + ?Sized), guess: Decimal) -> FinResult<f64> {
    let guess_f = num::to_f64(guess);
    if !guess_f.is_finite() || guess_f <= LOWER {
        return Err(FinanceError::invalid("guess", "must be greater than -1"));
    }
    newton_f64(eq, guess_f)
        .or_else(|| smallest_nonnegative_root(eq))
        .or_else(|| largest_negative_root(eq))
        .ok_or(FinanceError::NoSolution(
            "the cash flows do not change sign in value at any rate above -100%",
        ))
}

fn is_zero(eq: &(impl RateEquation + ?Sized), value: f64) -> bool {
    value.abs() <= 1e-9 * eq.scale().max(1e-300)
}

/// Newton's steps whose size is below this (relative to `1 + |x|`) are taken on the full
/// evaluation: the coarse one has done its part.
const COARSE_STEP: f64 = 1e-9;

fn newton_f64(eq: &(impl RateEquation + ?Sized), mut x: f64) -> Option<f64> {
    let mut coarse = true;
    for _ in 0..NEWTON_STEPS {
        // Far from the root, the coarse evaluation's steps; the first one that is small, fails or
        // leaves the domain hands over to the full evaluation from where it stands.
        if coarse {
            if let Some((f, df)) = eq.eval_f64_coarse(x)
                && df != 0.0
            {
                let next = x - f / df;
                if next.is_finite() && next > LOWER {
                    let far = (next - x).abs() > COARSE_STEP * (1.0 + x.abs());
                    x = next;
                    if far {
                        continue;
                    }
                }
            }
            coarse = false;
        }
        let (f, df) = eq.eval_f64(x)?;
        if !f.is_finite() || !df.is_finite() {
            return None;
        }
        if f == 0.0 {
            return Some(x);
        }
        if df == 0.0 {
            return None;
        }
        let next = x - f / df;
        if !next.is_finite() || next <= LOWER {
            return None;
        }
        if (next - x).abs() <= 1e-14 * (1.0 + x.abs()) {
            // Converged: the equation is satisfied at the point just evaluated, a step of at most
            // 1e-14 away (no further evaluation at `next` needed).
            return is_zero(eq, f).then_some(next);
        }
        x = next;
    }
    None
}

/// Rates to scan upward from 0: fine steps near usual rates, then geometric up to 10^6 (100,000,000%).
fn upward_grid() -> impl Iterator<Item = f64> {
    let fine = (0..=200).map(|k| f64::from(k) * 0.005);
    let coarse = (1..=300)
        .map(|k| 1.0 * 1.05f64.powi(k))
        .take_while(|x| *x <= 1e6);
    fine.chain(coarse)
}

/// Rates to scan downward from 0 toward -1.
fn downward_grid() -> impl Iterator<Item = f64> {
    let fine = (0..=198).map(|k| -f64::from(k) * 0.005);
    let near_minus_one = (3..=15).map(|k| -1.0 + 10f64.powi(-k));
    fine.chain(near_minus_one)
}

fn first_root_along(
    eq: &(impl RateEquation + ?Sized),
    grid: impl Iterator<Item = f64>,
) -> Option<f64> {
    let mut prev: Option<(f64, f64)> = None;
    for x in grid {
        let Some((f, _)) = eq.eval_f64(x) else {
            prev = None;
            continue;
        };
        if !f.is_finite() {
            prev = None;
            continue;
        }
        if f == 0.0 {
            return Some(x);
        }
        if let Some((px, pf)) = prev
            && pf.signum() != f.signum()
        {
            return bisect(eq, px, pf, x);
        }
        prev = Some((x, f));
    }
    None
}

fn smallest_nonnegative_root(eq: &(impl RateEquation + ?Sized)) -> Option<f64> {
    first_root_along(eq, upward_grid())
}

fn largest_negative_root(eq: &(impl RateEquation + ?Sized)) -> Option<f64> {
    first_root_along(eq, downward_grid().skip(1)).filter(|r| *r < 0.0)
}

fn bisect(eq: &(impl RateEquation + ?Sized), mut a: f64, mut fa: f64, mut b: f64) -> Option<f64> {
    for _ in 0..BISECT_STEPS {
        let m = 0.5 * (a + b);
        if m == a || m == b {
            break;
        }
        let (fm, _) = eq.eval_f64(m)?;
        if fm == 0.0 {
            return Some(m);
        }
        if fm.signum() == fa.signum() {
            a = m;
            fa = fm;
        } else {
            b = m;
        }
    }
    Some(0.5 * (a + b))
}

/// Newton steps in decimals from the floating-point root: `f` exact, its slope in floating point
/// (exact when floating point cannot give one); keeps the best point seen. If decimals cannot
/// evaluate the equation there (overflow), the floating-point root stands.
fn polish(eq: &(impl RateEquation + ?Sized), root: f64) -> Decimal {
    let Ok(mut x) = num::from_f64(root) else {
        return Decimal::ZERO;
    };
    let Ok(mut fx) = eq.value_dec(x) else {
        return x;
    };
    for _ in 0..POLISH_STEPS {
        if fx.is_zero() {
            break;
        }
        let Some(dfx) = slope(eq, x) else {
            break;
        };
        let Some(step) = fx.checked_div(dfx) else {
            break;
        };
        let Some(next) = x.checked_sub(step) else {
            break;
        };
        if next <= -Decimal::ONE {
            break;
        }
        // Newton converges quadratically: after a step below 1e-13 the next one would be below
        // 1e-26, under the 28-digit precision, so the point needs no further evaluation.
        if step.abs() < Decimal::new(1, 13) {
            return next;
        }
        let Ok(fn_) = eq.value_dec(next) else {
            break;
        };
        if fn_.abs() > fx.abs() {
            break;
        }
        let done = step.abs() < Decimal::new(1, 26);
        (x, fx) = (next, fn_);
        if done {
            break;
        }
    }
    x
}

/// `f'(x)` for a Newton step: in floating point, or in decimals where floating point gives none.
fn slope(eq: &(impl RateEquation + ?Sized), x: Decimal) -> Option<Decimal> {
    let fast = eq
        .eval_f64(num::to_f64(x))
        .map(|(_, d)| d)
        .filter(|d| d.is_finite() && *d != 0.0)
        .and_then(|d| num::from_f64(d).ok());
    fast.or_else(|| eq.eval_dec(x).ok().map(|(_, d)| d))
        .filter(|d| !d.is_zero())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    /// NPV of flows at whole periods 0, 1, 2, … as a rate equation.
    struct Flows(Vec<f64>);

    impl RateEquation for Flows {
        fn eval_f64(&self, r: f64) -> Option<(f64, f64)> {
            let v = 1.0 / (1.0 + r);
            let (mut f, mut df, mut p) = (0.0, 0.0, 1.0);
            for (k, c) in self.0.iter().enumerate() {
                f += c * p;
                df -= k as f64 * c * p * v;
                p *= v;
            }
            Some((f, df))
        }
        fn eval_dec(&self, r: Decimal) -> FinResult<(Decimal, Decimal)> {
            let v = num::div(Decimal::ONE, num::add(Decimal::ONE, r)?, "1 + rate")?;
            let (mut f, mut df, mut p) = (Decimal::ZERO, Decimal::ZERO, Decimal::ONE);
            for (k, c) in self.0.iter().enumerate() {
                let c = num::from_f64(*c)?;
                f = num::add(f, num::mul(c, p)?)?;
                df = num::sub(
                    df,
                    num::mul(num::mul(Decimal::from(k), c)?, num::mul(p, v)?)?,
                )?;
                p = num::mul(p, v)?;
            }
            Ok((f, df))
        }
        fn scale(&self) -> f64 {
            self.0.iter().map(|c| c.abs()).sum()
        }
    }

    #[test]
    fn newton_from_the_guess_finds_the_nearest_root() {
        // -100 + 230/(1+r) - 132/(1+r)^2 = 0 has roots 10% and 20%.
        let eq = Flows(vec![-100.0, 230.0, -132.0]);
        let low = solve_rate(&eq, dec!(0.05)).unwrap();
        let high = solve_rate(&eq, dec!(0.25)).unwrap();
        assert!((low - dec!(0.1)).abs() < dec!(1e-20), "{low}");
        assert!((high - dec!(0.2)).abs() < dec!(1e-20), "{high}");
    }

    #[test]
    fn no_sign_change_is_no_solution() {
        let eq = Flows(vec![100.0, 50.0, 25.0]);
        assert!(matches!(
            solve_rate(&eq, dec!(0.1)),
            Err(FinanceError::NoSolution(_))
        ));
    }

    #[test]
    fn negative_roots_are_found_when_no_positive_one_exists() {
        // -100 + 50 + 40 = -10: the IRR is negative.
        let eq = Flows(vec![-100.0, 50.0, 40.0]);
        let r = solve_rate(&eq, dec!(0.1)).unwrap();
        let (f, _) = eq.eval_dec(r).unwrap();
        assert!(r < Decimal::ZERO && f.abs() < dec!(1e-18), "{r} {f}");
    }

    #[test]
    fn guess_outside_the_domain_is_rejected() {
        let eq = Flows(vec![-100.0, 110.0]);
        assert!(solve_rate(&eq, dec!(-1)).is_err());
    }
}
