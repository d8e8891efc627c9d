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
