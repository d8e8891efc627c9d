//! The disclosed rate proved instead of polished ([`apr`] against [`audited_apr`]): the error bound
//! of the floating-point evaluation holds against the 28-digit decimal evaluation, the proved
//! figure is the audited one, and a root on the edge of its rounding interval falls back to the
//! decimal polish.

use super::tests::{d, flow};
use super::*;
use crate::finance::num;
use proptest::prelude::*;
use rust_decimal_macros::dec;

const ALL: [AprConvention; 4] = [
    AprConvention::Eu,
    AprConvention::Uk,
    AprConvention::UsRegZ,
    AprConvention::MxCat,
];

/// A loan of `principal` drawn on `start` and repaid by `n` instalments of `payment` a month apart,
/// the first one month and `odd_days` after `start` (an odd first period when `odd_days > 0`).
fn loan(start: &str, odd_days: i64, principal: Decimal, payment: Decimal, n: i32) -> Vec<Flow> {
    let start = d(start);
    let first = start.add_months(1).unwrap().add_days(odd_days).unwrap();
    let mut flows = vec![Flow::new(start, principal)];
    flows.extend((0..n).map(|k| Flow::new(first.add_months(k).unwrap(), -payment)));
    flows
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// `value_f64_bounded` is within its bound of the decimal value (right to ~1e-25 of the
    /// flows' magnitude, far inside any bound), at rates from -50% to 300%.
    #[test]
    fn the_floating_point_error_bound_holds(
        principal in 100_000i64..50_000_000,
        payment in 1_000i64..2_000_000,
        n in 1i32..=360,
        odd_days in 0i64..40,
        rate_bp in -5_000i64..30_000,
    ) {
        let flows = loan("2024-01-31", odd_days, Decimal::new(principal, 2), Decimal::new(payment, 2), n);
        let rate = Decimal::new(rate_bp, 4);
        for c in ALL {
            let problem = problem(c, &flows, None).unwrap();
            let (value, bound) = problem.equation.value_f64_bounded(num::to_f64(rate)).unwrap();
            let exact = num::to_f64(problem.equation.value_dec(rate).unwrap());
            let magnitude: f64 = flows.iter().map(|f| num::to_f64(f.amount).abs()).sum();
            prop_assert!(
                (value - exact).abs() <= bound + 1e-20 * magnitude,
                "{c:?} at {rate}: {value} vs {exact}, bound {bound}"
            );
            // The bound is tight enough to decide: at rates ≥ 0 (discount factors ≤ 1) far below
            // the flows' magnitude.
            if rate >= Decimal::ZERO {
                prop_assert!(bound < 1e-9 * magnitude, "{c:?}: bound {bound} for {magnitude}");
            }
        }
    }

    /// The proved rate discloses the same figure as the 28-digit audited rate and agrees with it
    /// to its 12 places.
    #[test]
    fn the_proved_figure_is_the_audited_figure(
        principal in 100_000i64..50_000_000,
        markup_bp in 100i64..20_000,
        n in 1i32..=360,
        odd_days in 0i64..40,
    ) {
        let principal = Decimal::new(principal, 2);
        let total = principal * (Decimal::ONE + Decimal::new(markup_bp, 4));
        let payment = (total / Decimal::from(n)).round_dp(2);
        let flows = loan("2025-03-15", odd_days, principal, payment, n);
        for c in ALL {
            let fast = apr(c, &flows, None).unwrap();
            let audited = audited_apr(c, &flows, None).unwrap().apr;
            prop_assert_eq!(fast.disclosed(), audited.disclosed(), "{:?}", c);
            prop_assert!((fast.rate - audited.rate).abs() <= dec!(5e-12), "{:?} {} {}", c, fast.rate, audited.rate);
        }
    }
}

/// 1000 repaid by 1078.50 one year later is exactly 7.85%, the edge between the figures 7.8% and
/// 7.9%: the floating-point root cannot prove either, so the rate is the decimal polish, the same
/// 28 digits as the audited rate.
#[test]
fn a_root_on_the_edge_of_its_rounding_falls_back_to_the_decimal_polish() {
    let flows = [
        flow("2024-01-15", dec!(1000)),
        flow("2025-01-15", dec!(-1078.50)),
    ];
    for c in [AprConvention::Eu, AprConvention::Uk, AprConvention::MxCat] {
        let fast = apr(c, &flows, None).unwrap();
        let audited = audited_apr(c, &flows, None).unwrap().apr;
        assert_eq!(fast.rate, audited.rate, "{c:?}");
        assert!(
            (fast.rate - dec!(0.0785)).abs() < dec!(1e-20),
            "{c:?} {}",
            fast.rate
        );
    }
    // A rate well inside its interval is proved: 12 places, not 28 digits.
    let inside = [
        flow("2024-01-15", dec!(1000)),
        flow("2025-01-15", dec!(-1076)),
    ];
    let fast = apr(AprConvention::Eu, &inside, None).unwrap();
    assert_eq!(fast.rate, dec!(0.076000000000));
    assert_eq!(fast.disclosed(), dec!(0.076));
}
