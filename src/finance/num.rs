//! Checked decimal arithmetic. `rust_decimal`'s operators panic on overflow; the engine uses these
//! wrappers wherever an input can make a value large, so overflow becomes [`FinanceError::Overflow`].

use super::error::{FinResult, FinanceError};
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use rust_decimal::{Decimal, MathematicalOps, RoundingStrategy};

/// `a + b`, or [`FinanceError::Overflow`]. Two amounts of one scale whose mantissas fit 62 bits
/// (cents of any realistic loan) are added as 64-bit integers: the same value and scale as the
/// decimal addition, without its general path.
pub fn add(a: Decimal, b: Decimal) -> FinResult<Decimal> {
    if let Some((x, y, scale)) = short_pair(a, b) {
        return Ok(decimal_of(x + y, scale));
    }
    a.checked_add(b).ok_or(FinanceError::Overflow)
}

/// `a - b`, or [`FinanceError::Overflow`] (64-bit integers as in [`add`]).
pub fn sub(a: Decimal, b: Decimal) -> FinResult<Decimal> {
    if let Some((x, y, scale)) = short_pair(a, b) {
        return Ok(decimal_of(x - y, scale));
    }
    a.checked_sub(b).ok_or(FinanceError::Overflow)
}

/// The mantissas of `a` and `b` and their common scale, when they share one and both fit 62 bits
/// (so their sum or difference fits an `i64`).
fn short_pair(a: Decimal, b: Decimal) -> Option<(i64, i64, u32)> {
    let scale = a.scale();
    if b.scale() != scale {
        return None;
    }
    let x = mantissa_i64(a)?;
    let y = mantissa_i64(b)?;
    (significant_bits(x) <= 62 && significant_bits(y) <= 62).then_some((x, y, scale))
}

/// `a * b`, or [`FinanceError::Overflow`]. Products too small to represent round toward zero.
pub fn mul(a: Decimal, b: Decimal) -> FinResult<Decimal> {
    a.checked_mul(b).ok_or(FinanceError::Overflow)
}

/// `a × b` rounded once to `places` decimal places with `strategy`: the exact product of the two
/// decimals, rounded (e.g. interest = balance × periodic rate, to the cent). Computed on the
/// integer mantissas when their product fits 127 bits, which is both faster and exact where
/// [`mul`] followed by a rounding would first round the product to 28 digits; otherwise (or for
/// a strategy other than the three money modes) by [`mul`] and a rounding.
pub fn mul_round(
    a: Decimal,
    b: Decimal,
    places: u32,
    strategy: RoundingStrategy,
) -> FinResult<Decimal> {
    let scale = a.scale() + b.scale();
    let (am, bm) = (a.mantissa(), b.mantissa());
    // Operands of at most 62 bits together (cents times a short rate) multiply on 64 bits, a single
    // instruction in wasm too (a 128-bit product is a library call there).
    let product = match (i64::try_from(am), i64::try_from(bm)) {
        (Ok(x), Ok(y)) if significant_bits(x) + significant_bits(y) <= 62 => {
            Some(i128::from(x * y))
        }
        _ => am.checked_mul(bm),
    };
    if let Some(rounded) = product.and_then(|p| round_mantissa(p, scale, places, strategy)) {
        return Ok(rounded);
    }
    Ok(mul(a, b)?.round_dp_with_strategy(places, strategy))
}

/// `10^k` for `k` in `0..=18`, the powers of ten an `i64` holds (a table: `checked_pow` multiplies
/// with overflow checks, library calls in wasm).
pub(crate) const POW10_I64: [i64; 19] = {
    let mut table = [1i64; 19];
    let mut k = 1;
    while k < 19 {
        table[k] = table[k - 1] * 10;
        k += 1;
    }
    table
};

pub(crate) fn significant_bits(x: i64) -> u32 {
    64 - x.unsigned_abs().leading_zeros()
}

/// Whether a quotient truncated toward zero moves one unit away from zero under `strategy`: `odd`
/// is its parity, `rem` the magnitude of the remainder and `divisor` the (positive) divisor.
fn away_from_zero(odd: bool, rem: i128, divisor: i128, strategy: RoundingStrategy) -> Option<bool> {
    let half_or_more = rem >= divisor - rem;
    match strategy {
        RoundingStrategy::MidpointAwayFromZero => Some(half_or_more),
        RoundingStrategy::MidpointNearestEven => Some(rem > divisor - rem || (half_or_more && odd)),
        RoundingStrategy::AwayFromZero => Some(rem != 0),
        _ => None,
    }
}

/// The decimal `mantissa × 10^-scale` rounded to `places` with `strategy`, or `None` when it does
/// not fit a decimal or the strategy is not one of the money modes.
fn round_mantissa(
    mantissa: i128,
    scale: u32,
    places: u32,
    strategy: RoundingStrategy,
) -> Option<Decimal> {
    let (q, scale) = round_integer(mantissa, scale, places, strategy)?;
    Decimal::try_from_i128_with_scale(q, scale).ok()
}

/// `mantissa × 10^-scale` rounded to `places` with `strategy`, as a mantissa and its scale (the
/// scale is kept when it is already at most `places`); `None` for a strategy other than the three
/// money modes.
pub(crate) fn round_integer(
    mantissa: i128,
    scale: u32,
    places: u32,
    strategy: RoundingStrategy,
) -> Option<(i128, u32)> {
    if scale <= places {
        return Some((mantissa, scale));
    }
    if let Ok(m) = i64::try_from(mantissa)
        && let Some(q) = round_short(m, scale - places, strategy)
    {
        return Some((i128::from(q), places));
    }
    let d = 10i128.checked_pow(scale - places)?;
    let (q, rem) = (mantissa / d, (mantissa % d).abs());
    let away = away_from_zero(q % 2 != 0, rem, d, strategy)?;
    Some((if away { q + mantissa.signum() } else { q }, places))
}

/// `m × 10^-dropped` rounded to an integer with `strategy`, on 64 bits (a 128-bit division is a
/// library call in wasm); `None` when `10^dropped` exceeds an `i64` or the strategy is not one of
/// the money modes.
#[inline(always)]
pub(crate) fn round_short(m: i64, dropped: u32, strategy: RoundingStrategy) -> Option<i64> {
    let d = *POW10_I64.get(dropped as usize)?;
    let (q, rem) = (m / d, (m % d).abs());
    let away = away_from_zero(q % 2 != 0, i128::from(rem), i128::from(d), strategy)?;
    Some(if away { q + m.signum() } else { q })
}

/// `a / b`; `what` names the divisor for the error when `b` is zero.
pub fn div(a: Decimal, b: Decimal, what: &'static str) -> FinResult<Decimal> {
    if b.is_zero() {
        return Err(FinanceError::DivisionByZero(what));
    }
    a.checked_div(b).ok_or(FinanceError::Overflow)
}

/// `base^exp` for an integer exponent (exact repeated squaring, checked).
pub fn powi(base: Decimal, exp: i64) -> FinResult<Decimal> {
    if exp < 0 {
        let p = powi(base, exp.checked_neg().ok_or(FinanceError::Overflow)?)?;
        return div(Decimal::ONE, p, "a zero base raised to a negative power");
    }
    base.checked_powi(exp).ok_or(FinanceError::Overflow)
}

/// `base^exp` for any decimal exponent. Integer exponents take the exact [`powi`] path; others need
/// `base > 0` and use `exp(exp·ln(base))`.
pub fn powd(base: Decimal, exp: Decimal) -> FinResult<Decimal> {
    if exp.fract().is_zero() {
        if let Some(e) = exp.to_i64() {
            return powi(base, e);
        }
        return Err(FinanceError::Overflow);
    }
    if base <= Decimal::ZERO {
        return Err(FinanceError::invalid(
            "base",
            "must be greater than zero for a fractional power",
        ));
    }
    let ln = base.checked_ln().ok_or(FinanceError::Overflow)?;
    let x = mul(ln, exp)?;
    x.checked_exp().ok_or(FinanceError::Overflow)
}

/// `10^k` for `k` in `0..=28` (the decimal scales): exact up to `10^22`, correctly rounded after.
const POW10: [f64; 29] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28,
];

/// `d` as an `f64`, for the floating-point passes of the root searches: the mantissa converted and
/// divided by the power of ten of the scale, at most three roundings (within 1.5 units in the last
/// place; the error bounds of `solve` allow for them).
#[inline(always)]
pub fn to_f64(d: Decimal) -> f64 {
    // A 128-bit integer's conversion is a library call in wasm: only for the mantissas that need it.
    let m = mantissa_i64(d).map_or_else(|| d.mantissa() as f64, |m| m as f64);
    m / POW10[(d.scale() as usize).min(28)]
}

/// The decimal `mantissa × 10^-scale`, exactly as `Decimal::new` makes it (no negative zero), for
/// a `scale` of at most 28 (every caller's is a decimal's scale): built from its parts, a smaller
/// call in the size-tuned wasm than `Decimal::new` with its panic message.
#[inline(always)]
pub fn decimal_of(mantissa: i64, scale: u32) -> Decimal {
    let magnitude = mantissa.unsigned_abs();
    Decimal::from_parts(
        magnitude as u32,
        (magnitude >> 32) as u32,
        0,
        mantissa < 0,
        scale,
    )
}

/// The mantissa of `d` as an `i64` when it fits, read from the decimal's 32-bit parts (without the
/// 128-bit integer of [`Decimal::mantissa`]: 128-bit arithmetic is library calls in wasm).
#[inline(always)]
pub fn mantissa_i64(d: Decimal) -> Option<i64> {
    let b = d.serialize();
    let part = |k: usize| u32::from_le_bytes([b[k], b[k + 1], b[k + 2], b[k + 3]]);
    if part(12) != 0 {
        return None;
    }
    let magnitude = i64::try_from(u64::from(part(8)) << 32 | u64::from(part(4))).ok()?;
    Some(if d.is_sign_negative() {
        -magnitude
    } else {
        magnitude
    })
}

/// A finite `f64` as a decimal, or [`FinanceError::Overflow`] when it is NaN, infinite or out of range.
pub fn from_f64(x: f64) -> FinResult<Decimal> {
    if !x.is_finite() {
        return Err(FinanceError::Overflow);
    }
    Decimal::from_f64(x).ok_or(FinanceError::Overflow)
}

/// Sum of a slice, checked (see [`total`]).
pub fn sum(values: &[Decimal]) -> FinResult<Decimal> {
    total(values.iter().copied())
}

/// The sum of `values`, checked, exactly as adding them one by one (value and scale). When they
/// share one scale and every partial sum fits a decimal's 96 bits (a schedule's cents), the
/// mantissas are added as integers, where adding one by one is exact too; otherwise (28-digit
/// terms of mixed scales, whose partial sums round) one by one.
pub fn total<I>(values: I) -> FinResult<Decimal>
where
    I: IntoIterator<Item = Decimal>,
    I::IntoIter: Clone,
{
    let values = values.into_iter();
    match total_of_one_scale(values.clone()) {
        Some(sum) => Ok(sum),
        None => values.into_iter().try_fold(Decimal::ZERO, add),
    }
}

/// A [`total`] kept while the values come one at a time (a schedule's columns, all in one pass over
/// its rows): while every value has one scale and the mantissas and their partial sums fit 64 bits
/// (a schedule's amounts), the mantissas are added as integers — exactly what adding the decimals
/// one by one gives, as in [`total`]; otherwise [`RunningTotal::finish`] totals the values again
/// by [`total`].
#[derive(Debug, Clone, Copy)]
pub struct RunningTotal {
    sum: i64,
    scale: u32,
    started: bool,
    plain: bool,
}

impl RunningTotal {
    /// No values yet.
    pub const NONE: RunningTotal = RunningTotal {
        sum: 0,
        scale: 0,
        started: false,
        plain: true,
    };

    /// Counts `d` in.
    #[inline(always)]
    pub fn add(&mut self, d: Decimal) {
        match mantissa_i64(d) {
            Some(m) => self.add_many(m, d.scale(), 1),
            None => self.plain = false,
        }
    }

    /// Counts in `d` `count` times.
    pub fn add_repeated(&mut self, d: Decimal, count: u32) {
        match mantissa_i64(d).and_then(|m| m.checked_mul(i64::from(count))) {
            Some(sum) => self.add_many(sum, d.scale(), count),
            None => self.plain = false,
        }
    }

    /// Counts in `count` values of `scale` whose mantissas add up to `sum` (each value fitting 64
    /// bits, as their running sums did).
    #[inline(always)]
    pub fn add_many(&mut self, sum: i64, scale: u32, count: u32) {
        if count == 0 {
            return;
        }
        if self.started && scale != self.scale {
            self.plain = false;
            return;
        }
        self.scale = scale;
        self.started = true;
        match self.sum.checked_add(sum) {
            Some(total) => self.sum = total,
            None => self.plain = false,
        }
    }

    /// The total of the values counted, which `values` gives again in the same order (used only
    /// when they were not all of one scale and 64 bits).
    pub fn finish<I>(self, values: impl FnOnce() -> I) -> FinResult<Decimal>
    where
        I: IntoIterator<Item = Decimal>,
        I::IntoIter: Clone,
    {
        if self.plain && self.scale <= 28 {
            return Ok(decimal_of(self.sum, self.scale));
        }
        total(values())
    }
}

/// [`total`] on integer mantissas; `None` unless every value has the same scale and every partial
/// sum fits 96 bits.
fn total_of_one_scale(values: impl Iterator<Item = Decimal>) -> Option<Decimal> {
    const WIDTH: i128 = 1 << 96;
    let (mut sum, mut scale) = (0i128, None);
    for v in values {
        if *scale.get_or_insert(v.scale()) != v.scale() {
            return None;
        }
        let m = mantissa_i64(v).map_or_else(|| v.mantissa(), i128::from);
        sum = sum.checked_add(m)?;
        if sum.abs() >= WIDTH {
            return None;
        }
    }
    Decimal::try_from_i128_with_scale(sum, scale.unwrap_or(0)).ok()
}

/// `d > 0` without a comparison (sign and zero tests only).
#[inline(always)]
pub fn is_positive(d: Decimal) -> bool {
    !d.is_zero() && d.is_sign_positive()
}

/// `d < 0` without a comparison (sign and zero tests only).
#[inline(always)]
pub fn is_negative(d: Decimal) -> bool {
    !d.is_zero() && d.is_sign_negative()
}

#[cfg(test)]
mod tests;
