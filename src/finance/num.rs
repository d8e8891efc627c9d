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
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn overflow_is_an_error_not_a_panic() {
        assert_eq!(mul(Decimal::MAX, dec!(2)), Err(FinanceError::Overflow));
        assert_eq!(add(Decimal::MAX, Decimal::ONE), Err(FinanceError::Overflow));
        assert_eq!(powi(dec!(10), 40), Err(FinanceError::Overflow));
    }

    #[test]
    fn division_by_zero_names_the_divisor() {
        assert_eq!(
            div(Decimal::ONE, Decimal::ZERO, "rate"),
            Err(FinanceError::DivisionByZero("rate"))
        );
    }

    proptest::proptest! {
        /// The product rounded once equals the product of exact rationals rounded by decimals,
        /// where the 28-digit product is itself exact (short operands), for every money mode.
        #[test]
        fn products_round_like_decimals_where_decimals_are_exact(
            a in -10_000_000_000i64..10_000_000_000, a_scale in 0u32..4,
            b in -100_000_000i64..100_000_000, b_scale in 0u32..20,
            places in 0u32..5,
        ) {
            let (a, b) = (Decimal::new(a, a_scale), Decimal::new(b, b_scale));
            for strategy in [
                RoundingStrategy::MidpointAwayFromZero,
                RoundingStrategy::MidpointNearestEven,
                RoundingStrategy::AwayFromZero,
            ] {
                let expected = (a * b).round_dp_with_strategy(places, strategy);
                proptest::prop_assert_eq!(mul_round(a, b, places, strategy).unwrap(), expected);
            }
        }
    }

    proptest::proptest! {
        /// Additions and subtractions on 64-bit integers equal the decimal ones, value and scale.
        #[test]
        fn short_additions_are_decimal_additions(
            a in proptest::num::i64::ANY, b in proptest::num::i64::ANY, scale in 0u32..29,
            other_scale in 0u32..29,
        ) {
            for (x, y) in [(Decimal::new(a, scale), Decimal::new(b, scale)),
                           (Decimal::new(a >> 3, scale), Decimal::new(b >> 3, scale)),
                           (Decimal::new(a >> 3, scale), Decimal::new(b >> 3, other_scale))] {
                for (got, expected) in [(add(x, y), x.checked_add(y)), (sub(x, y), x.checked_sub(y))] {
                    let expected = expected.ok_or(FinanceError::Overflow);
                    proptest::prop_assert_eq!(&got, &expected);
                    if let (Ok(g), Ok(e)) = (got, expected) {
                        proptest::prop_assert_eq!(g.scale(), e.scale());
                        proptest::prop_assert_eq!(g.to_string(), e.to_string());
                    }
                }
            }
        }

        /// The total equals adding one by one, value and scale, whatever the mix of scales.
        #[test]
        fn totals_add_like_decimals(values in proptest::collection::vec((-1_000_000_000i64..1_000_000_000, 0u32..4), 0..40)) {
            let mixed: Vec<Decimal> = values.iter().map(|(m, s)| Decimal::new(*m, *s)).collect();
            // The same mantissas at one scale: the integer path.
            let cents: Vec<Decimal> = values.iter().map(|(m, _)| Decimal::new(*m, 2)).collect();
            for values in [mixed, cents] {
                let one_by_one = values.iter().fold(Decimal::ZERO, |a, v| a + v);
                let got = total(values.iter().copied()).unwrap();
                proptest::prop_assert_eq!(got, one_by_one);
                proptest::prop_assert_eq!(got.scale(), one_by_one.scale());
            }
        }

        /// `decimal_of` is `Decimal::new`, sign, zero and scale included.
        #[test]
        fn decimals_of_parts_are_decimal_new(m in proptest::num::i64::ANY, scale in 0u32..29) {
            proptest::prop_assert_eq!(decimal_of(m, scale).serialize(), Decimal::new(m, scale).serialize());
            for edge in [0, -1, 1, i64::MIN, i64::MAX] {
                proptest::prop_assert_eq!(decimal_of(edge, scale).serialize(), Decimal::new(edge, scale).serialize());
            }
        }

        /// A running total equals [`total`], value and scale, whether the values have one scale,
        /// several, or some are wider than 64 bits.
        #[test]
        fn running_totals_are_totals(
            values in proptest::collection::vec((proptest::num::i64::ANY, 0u32..3), 0..30),
            one_scale in proptest::bool::ANY,
            wide in proptest::option::of((-(1i128 << 90)..(1i128 << 90), 0usize..30)),
        ) {
            let mut values: Vec<Decimal> = values
                .iter()
                .map(|(m, s)| Decimal::new(*m, if one_scale { 2 } else { *s }))
                .collect();
            if let Some((m, at)) = wide {
                values.insert(at.min(values.len()), Decimal::from_i128_with_scale(m, 2));
            }
            let mut running = RunningTotal::NONE;
            for v in &values {
                running.add(*v);
            }
            let got = running.finish(|| values.iter().copied());
            let expected = total(values.iter().copied());
            proptest::prop_assert_eq!(&got, &expected);
            if let (Ok(g), Ok(e)) = (got, expected) {
                proptest::prop_assert_eq!(g.scale(), e.scale());
            }
        }

        /// Sums that leave 64 bits, and mantissas wider than 64 bits, total as decimals add.
        #[test]
        fn wide_totals_add_like_decimals(
            values in proptest::collection::vec(proptest::num::i64::ANY, 0..12),
            wide in proptest::option::of((-(1i128 << 90)..(1i128 << 90), 0usize..12)),
        ) {
            let mut values: Vec<Decimal> = values.iter().map(|m| Decimal::new(*m, 2)).collect();
            if let Some((m, at)) = wide {
                values.insert(at.min(values.len()), Decimal::from_i128_with_scale(m, 2));
            }
            let one_by_one = values.iter().fold(Decimal::ZERO, |a, v| a + v);
            let got = total(values.iter().copied()).unwrap();
            proptest::prop_assert_eq!(got, one_by_one);
            proptest::prop_assert_eq!(got.scale(), one_by_one.scale());
        }
    }

    #[test]
    fn zero_sums_print_as_decimals_print_them() {
        for (a, b) in [
            (dec!(5.00), dec!(-5.00)),
            (dec!(-5.00), dec!(5.00)),
            (dec!(0.00), dec!(0.00)),
        ] {
            assert_eq!(
                add(a, b).unwrap().to_string(),
                (a + b).to_string(),
                "{a} + {b}"
            );
            assert_eq!(
                sub(a, a).unwrap().to_string(),
                (a - a).to_string(),
                "{a} - {a}"
            );
        }
    }

    #[test]
    fn signs_without_comparisons() {
        for (d, pos, neg) in [
            (dec!(0.01), true, false),
            (dec!(-0.01), false, true),
            (dec!(0), false, false),
            (-dec!(0.00), false, false),
        ] {
            assert_eq!((is_positive(d), is_negative(d)), (pos, neg), "{d}");
        }
        assert_eq!(
            total([Decimal::MAX, Decimal::MAX]),
            Err(FinanceError::Overflow)
        );
    }

    #[test]
    fn a_product_is_rounded_once() {
        // 0.07 / 12 to 28 digits times a balance: the product has 34 digits; rounded once.
        let rate = dec!(0.07) / dec!(12);
        let cents = |d: Decimal| mul_round(d, rate, 2, RoundingStrategy::MidpointAwayFromZero);
        assert_eq!(cents(dec!(123456.78)).unwrap(), dec!(720.16));
        // Ties under each mode.
        let half = RoundingStrategy::MidpointNearestEven;
        assert_eq!(
            mul_round(dec!(0.25), dec!(0.1), 2, half).unwrap(),
            dec!(0.02)
        );
        assert_eq!(
            mul_round(dec!(0.35), dec!(0.1), 2, half).unwrap(),
            dec!(0.04)
        );
        let up = RoundingStrategy::AwayFromZero;
        assert_eq!(
            mul_round(dec!(-0.001), dec!(1), 2, up).unwrap(),
            dec!(-0.01)
        );
        // Too wide for 127 bits: the decimal path.
        assert_eq!(
            mul_round(Decimal::MAX, dec!(0.5), 0, half).unwrap(),
            (Decimal::MAX * dec!(0.5)).round_dp_with_strategy(0, half)
        );
        assert_eq!(
            mul_round(Decimal::MAX, dec!(2), 0, half),
            Err(FinanceError::Overflow)
        );
        // More places than a decimal has: the product as it is, no panic.
        assert_eq!(
            mul_round(dec!(1.5), dec!(0.25), 40, half).unwrap(),
            dec!(0.375)
        );
    }

    proptest::proptest! {
        /// The 64-bit mantissa is the decimal's mantissa whenever that fits an `i64`.
        #[test]
        fn short_mantissas_are_the_mantissas(m in proptest::num::i128::ANY, scale in 0u32..29) {
            let d = Decimal::try_from_i128_with_scale(m >> 32, scale).unwrap_or(Decimal::MIN);
            proptest::prop_assert_eq!(mantissa_i64(d), i64::try_from(d.mantissa()).ok());
            let short = Decimal::new((m >> 64) as i64, scale);
            proptest::prop_assert_eq!(mantissa_i64(short), Some((m >> 64) as i64));
        }
    }

    #[test]
    fn conversion_to_f64_is_within_an_ulp_and_a_half() {
        for d in [
            dec!(0.1),
            dec!(-1748.04),
            dec!(0.0787356372680000000000000001),
            Decimal::MAX,
            Decimal::MIN,
            Decimal::new(1, 28),
            dec!(123456789012345678.9),
        ] {
            let reference = d.to_f64().unwrap();
            let got = to_f64(d);
            assert!(
                (got - reference).abs() <= 1.5 * f64::EPSILON * reference.abs(),
                "{d}: {got} vs {reference}"
            );
        }
        assert_eq!(to_f64(dec!(2.5)), 2.5);
    }

    #[test]
    fn integer_and_fractional_powers() {
        assert_eq!(powd(dec!(1.5), dec!(2)).unwrap(), dec!(2.25));
        assert_eq!(powi(dec!(2), -2).unwrap(), dec!(0.25));
        let root = powd(dec!(1.21), dec!(0.5)).unwrap();
        assert!((root - dec!(1.1)).abs() < dec!(0.000000000001), "{root}");
        assert!(powd(dec!(-1), dec!(0.5)).is_err());
    }
}
