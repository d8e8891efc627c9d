//! [`Money`]: the amounts of a schedule's row loop, kept as a 64-bit mantissa and a scale while they
//! fit (the cents of any realistic loan) and as a [`Decimal`] otherwise. Every operation gives
//! exactly the value **and scale** the decimal operation gives (so a schedule prints the same
//! whichever form its amounts took; only a zero never carries a sign), on plain integers in the
//! common case: in wasm a decimal addition or comparison costs a general 96-bit routine, an integer
//! one a single instruction.

use super::error::FinResult;
use super::num::{self, POW10_I64, round_short, significant_bits};
use rust_decimal::{Decimal, RoundingStrategy};
use std::cmp::Ordering;

/// A decimal amount: `mantissa × 10^-scale` in 64 bits, or a [`Decimal`] when that does not fit.
#[derive(Debug, Clone, Copy)]
pub struct Money(Repr);

/// Private so that every short amount has a decimal's scale (at most 28): each one is made from a
/// decimal's scale, the larger of two such scales, or a rounding checked to be at most 28.
#[derive(Debug, Clone, Copy)]
enum Repr {
    Short { mantissa: i64, scale: u32 },
    Long(Decimal),
}

use Repr::{Long, Short};

impl Money {
    /// Zero with no decimal places (as `Decimal::ZERO`).
    pub const ZERO: Money = Money(Short {
        mantissa: 0,
        scale: 0,
    });

    /// The decimal as it is, value and scale (a negative zero becomes zero).
    pub fn of(d: Decimal) -> Money {
        Money(match num::mantissa_i64(d) {
            Some(mantissa) => Short {
                mantissa,
                scale: d.scale(),
            },
            None => Long(d),
        })
    }

    /// The amount as a decimal, value and scale.
    pub fn decimal(self) -> Decimal {
        match self.0 {
            // A short scale is at most 28 (see `Repr`): `Decimal::new` accepts it.
            Short { mantissa, scale } => num::decimal_of(mantissa, scale),
            Long(d) => d,
        }
    }

    fn short(mantissa: i64, scale: u32) -> Money {
        Money(Short { mantissa, scale })
    }

    /// Both mantissas when both amounts are short with one scale: the common case of a row's
    /// arithmetic, done inline; everything else takes an out-of-line general path.
    #[inline(always)]
    fn one_scale(self, other: Money) -> Option<(i64, i64, u32)> {
        match (self.0, other.0) {
            (
                Short { mantissa: a, scale },
                Short {
                    mantissa: b,
                    scale: s,
                },
            ) if scale == s => Some((a, b, scale)),
            _ => None,
        }
    }

    /// Both amounts' mantissas at their common (larger) scale, when both are short and the aligned
    /// mantissas still fit 64 bits.
    fn aligned(self, other: Money) -> Option<(i64, i64, u32)> {
        let (
            Short {
                mantissa: a,
                scale: sa,
            },
            Short {
                mantissa: b,
                scale: sb,
            },
        ) = (self.0, other.0)
        else {
            return None;
        };
        let widen = |m: i64, by: u32| m.checked_mul(*POW10_I64.get(by as usize)?);
        match sa.cmp(&sb) {
            Ordering::Equal => Some((a, b, sa)),
            Ordering::Less => Some((widen(a, sb - sa)?, b, sb)),
            Ordering::Greater => Some((a, widen(b, sa - sb)?, sa)),
        }
    }

    /// `self + other` (see [`num::add`]), or [`FinanceError::Overflow`]. As with decimals, adding
    /// to a zero gives the other amount unchanged, its scale included (`0.00 + 5.0 = 5.0`; for one
    /// scale that is plain addition).
    ///
    /// [`FinanceError::Overflow`]: super::error::FinanceError::Overflow
    #[inline(always)]
    pub fn plus(self, other: Money) -> FinResult<Money> {
        if let Some((a, b, scale)) = self.one_scale(other)
            && let Some(mantissa) = a.checked_add(b)
        {
            return Ok(Money::short(mantissa, scale));
        }
        self.add_general(other)
    }

    #[inline(never)]
    fn add_general(self, other: Money) -> FinResult<Money> {
        if self.is_zero() {
            return Ok(other);
        }
        if other.is_zero() {
            return Ok(self);
        }
        if let Some((a, b, scale)) = self.aligned(other)
            && let Some(mantissa) = a.checked_add(b)
        {
            return Ok(Money::short(mantissa, scale));
        }
        num::add(self.decimal(), other.decimal()).map(Money::of)
    }

    /// `self - other` (see [`num::sub`]), or [`FinanceError::Overflow`]: `self + (-other)`, which
    /// decimals compute the same way (value, scale and zero rule: `5.0 - 0.00 = 5.0`,
    /// `0.00 - 5.0 = -5.0`).
    ///
    /// [`FinanceError::Overflow`]: super::error::FinanceError::Overflow
    #[inline(always)]
    pub fn minus(self, other: Money) -> FinResult<Money> {
        self.plus(other.negated())
    }

    /// `-self` (the negation of zero is zero: money has no negative zero, which a decimal would
    /// print as "-0.00").
    #[inline(always)]
    pub fn negated(self) -> Money {
        match self.0 {
            Short { mantissa, scale } if mantissa != i64::MIN => Money::short(-mantissa, scale),
            _ => Money::of(-self.decimal()),
        }
    }

    /// Compares the values (as decimals compare: `1.50 == 1.5`).
    #[inline(always)]
    pub fn compare(self, other: Money) -> Ordering {
        match self.one_scale(other) {
            Some((a, b, _)) => a.cmp(&b),
            None => self.compare_general(other),
        }
    }

    #[inline(never)]
    fn compare_general(self, other: Money) -> Ordering {
        match self.aligned(other) {
            Some((a, b, _)) => a.cmp(&b),
            None => self.decimal().cmp(&other.decimal()),
        }
    }

    /// The smaller of the two values (`self` when equal, as [`Ord::min`] keeps the first).
    pub fn min(self, other: Money) -> Money {
        if other.compare(self) == Ordering::Less {
            other
        } else {
            self
        }
    }

    /// The mantissa when the amount is short and has exactly `scale` decimal places (the form in
    /// which a run of rows computes on plain integers: see `schedule::build::run`).
    pub fn mantissa_at(self, scale: u32) -> Option<i64> {
        match self.0 {
            Short { mantissa, scale: s } if s == scale => Some(mantissa),
            _ => None,
        }
    }

    /// An amount of `mantissa × 10^-scale` (`scale` at most 28, as every decimal's), as
    /// [`Money::of`] gives for the decimal of that mantissa and scale.
    pub fn at_scale(mantissa: i64, scale: u32) -> Option<Money> {
        (scale <= 28).then_some(Money::short(mantissa, scale))
    }

    /// Decimal places, as the decimal has them.
    pub fn scale(self) -> u32 {
        match self.0 {
            Short { scale, .. } => scale,
            Long(d) => d.scale(),
        }
    }

    /// Whether the value is zero.
    #[inline(always)]
    pub fn is_zero(self) -> bool {
        match self.0 {
            Short { mantissa, .. } => mantissa == 0,
            Long(d) => d.is_zero(),
        }
    }

    /// `self × factor` rounded once to `places` with `strategy`, exactly as
    /// [`num::mul_round`] (interest = balance × periodic rate, to the minor unit): on 64 bits when
    /// the two mantissas together have at most 62 bits.
    #[inline(always)]
    pub fn mul_round(
        self,
        factor: Decimal,
        places: u32,
        strategy: RoundingStrategy,
    ) -> FinResult<Money> {
        if let Short { mantissa, scale } = self.0
            && let Some(f) = num::mantissa_i64(factor)
            && significant_bits(mantissa) + significant_bits(f) <= 62
        {
            let (product, scale) = (mantissa * f, scale + factor.scale());
            if scale <= places && scale <= 28 {
                return Ok(Money::short(product, scale));
            }
            if places <= 28
                && let Some(q) = round_short(product, scale - places, strategy)
            {
                return Ok(Money::short(q, places));
            }
        }
        self.mul_round_general(factor, places, strategy)
    }

    #[inline(never)]
    fn mul_round_general(
        self,
        factor: Decimal,
        places: u32,
        strategy: RoundingStrategy,
    ) -> FinResult<Money> {
        num::mul_round(self.decimal(), factor, places, strategy).map(Money::of)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finance::error::FinanceError;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    fn same(got: FinResult<Money>, expected: Option<Decimal>) -> Result<(), TestCaseError> {
        match (got, expected) {
            (Ok(g), Some(e)) => {
                // Money has no negative zero.
                let e = if e.is_zero() { e.abs() } else { e };
                let g = g.decimal();
                prop_assert_eq!(g, e);
                prop_assert_eq!(g.scale(), e.scale());
                prop_assert_eq!(g.to_string(), e.to_string());
            }
            (Err(FinanceError::Overflow), None) => {}
            (got, expected) => prop_assert!(false, "{:?} vs {:?}", got, expected),
        }
        Ok(())
    }

    fn decimal() -> impl Strategy<Value = Decimal> {
        prop_oneof![
            (0u32..4, any::<bool>()).prop_map(|(s, negative)| {
                let zero = Decimal::new(0, s);
                if negative { -zero } else { zero }
            }),
            (any::<i64>(), 0u32..29).prop_map(|(m, s)| Decimal::new(m, s)),
            (-10_000_000_000i64..10_000_000_000, 0u32..4).prop_map(|(m, s)| Decimal::new(m, s)),
            (any::<i128>(), 0u32..29).prop_map(|(m, s)| {
                Decimal::try_from_i128_with_scale(m >> 32, s).unwrap_or(Decimal::MAX)
            }),
        ]
    }

    proptest! {
        /// Sums, differences, comparisons and once-rounded products equal the decimal ones in value
        /// and scale, in either form, with overflow reported where decimals overflow.
        #[test]
        fn money_computes_as_decimals_do(a in decimal(), b in decimal(), places in 0u32..5) {
            let (x, y) = (Money::of(a), Money::of(b));
            same(x.plus(y), a.checked_add(b))?;
            same(x.minus(y), a.checked_sub(b))?;
            same(Ok(x.negated()), Some(-a))?;
            prop_assert_eq!(x.compare(y), a.cmp(&b));
            same(Ok(x.min(y)), Some(a.min(b)))?;
            prop_assert_eq!(x.is_zero(), a.is_zero());
            for strategy in [
                RoundingStrategy::MidpointAwayFromZero,
                RoundingStrategy::MidpointNearestEven,
                RoundingStrategy::AwayFromZero,
            ] {
                let expected = num::mul_round(a, b, places, strategy).ok();
                same(x.mul_round(b, places, strategy), expected)?;
            }
        }
    }

    #[test]
    fn scales_follow_decimals() {
        let sum = Money::of(dec!(250000))
            .minus(Money::of(dec!(1598.04)))
            .unwrap();
        assert_eq!(sum.decimal().to_string(), "248401.96");
        let zero = Money::of(dec!(5.00)).minus(Money::of(dec!(5))).unwrap();
        assert_eq!(zero.decimal().to_string(), "0.00");
        assert!(zero.is_zero());
        let wide = Money::of(Decimal::new(i64::MAX, 0))
            .plus(Money::of(Decimal::new(i64::MAX, 0)))
            .unwrap();
        assert!(matches!(wide.0, Long(_)));
        assert_eq!(wide.decimal(), Decimal::new(i64::MAX, 0) * dec!(2));
        assert_eq!(
            Money::of(Decimal::MAX).plus(Money::of(Decimal::ONE)).err(),
            Some(FinanceError::Overflow)
        );
    }
}
