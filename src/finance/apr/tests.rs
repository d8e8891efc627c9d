//! Unit tests and property tests of the annual-rate conventions.

use super::*;
use crate::finance::num;
use crate::finance::tvm::{PaymentTiming, pmt};
use proptest::prelude::*;
use rust_decimal_macros::dec;

const ALL_CONVENTIONS: [AprConvention; 4] = [
    AprConvention::Eu,
    AprConvention::Uk,
    AprConvention::UsRegZ,
    AprConvention::MxCat,
];

pub(super) fn d(s: &str) -> Date {
    s.parse().unwrap()
}

pub(super) fn flow(date: &str, amount: Decimal) -> Flow {
    Flow::new(d(date), amount)
}

/// A loan of `principal` at nominal `annual` rate repaid in `n` level monthly instalments (the
/// unrounded PMT), the first one month after `start`, on `start`'s day of the month.
fn level_loan(start: Date, principal: Decimal, annual: Decimal, n: i32) -> Vec<Flow> {
    let monthly = annual / dec!(12);
    let payment = pmt(
        monthly,
        Decimal::from(n),
        principal,
        Decimal::ZERO,
        PaymentTiming::End,
    )
    .unwrap();
    let mut flows = vec![Flow::new(start, principal)];
    flows.extend((1..=n).map(|k| Flow::new(start.add_months(k).unwrap(), payment)));
    flows
}

fn is_typed(e: &FinanceError) -> bool {
    [
        "invalid_input",
        "division_by_zero",
        "overflow",
        "no_solution",
        "invalid_date",
    ]
    .contains(&e.code())
}

#[test]
fn bad_flows_are_invalid_input() {
    let cases: Vec<Vec<Flow>> = vec![
        vec![],
        vec![flow("2024-01-01", dec!(100))],
        vec![flow("2024-01-01", dec!(100)), flow("2024-02-01", dec!(50))],
        vec![
            flow("2024-01-01", dec!(-100)),
            flow("2024-02-01", dec!(-50)),
        ],
        vec![
            flow("2024-01-01", dec!(-5)),
            flow("2024-02-01", dec!(100)),
            flow("2024-03-01", dec!(-110)),
        ],
        vec![
            flow("2024-02-01", dec!(100)),
            flow("2024-01-01", dec!(-110)),
        ],
        vec![
            flow("2024-01-01", dec!(100)),
            flow("2024-01-01", dec!(-110)),
        ],
        vec![flow("2024-01-01", dec!(0)), flow("2024-02-01", dec!(-110))],
    ];
    for flows in &cases {
        for c in ALL_CONVENTIONS {
            let err = apr(c, flows, None).unwrap_err();
            assert_eq!(err.code(), "invalid_input", "{c:?} {flows:?}");
        }
    }
}

#[test]
fn units_other_than_day_week_month_year_are_refused_outside_regulation_z() {
    let flows = [
        flow("2024-01-01", dec!(100)),
        flow("2024-02-01", dec!(-101)),
    ];
    for c in [AprConvention::Eu, AprConvention::Uk, AprConvention::MxCat] {
        let err = apr(c, &flows, Some(UnitPeriod::Semimonth)).unwrap_err();
        assert_eq!(
            err,
            FinanceError::invalid(
                "unit_period",
                "must be day, week, month or year for the eu, uk and mx_cat conventions"
            )
        );
    }
    assert!(apr(AprConvention::UsRegZ, &flows, Some(UnitPeriod::Semimonth)).is_ok());
}

#[test]
fn absurd_inputs_give_typed_errors_or_results_never_panics() {
    let huge = Decimal::MAX / dec!(2);
    let cases: Vec<Vec<Flow>> = vec![
        vec![
            flow("9999-12-30", dec!(100)),
            flow("9999-12-31", dec!(-101)),
        ],
        vec![
            flow("0001-01-01", dec!(100)),
            flow("9999-12-31", dec!(-101)),
        ],
        vec![
            flow("0001-01-01", dec!(100)),
            flow("9999-12-31", dec!(-1e27)),
        ],
        vec![
            flow("2024-01-01", huge),
            flow("2024-02-01", -huge),
            flow("2024-03-01", -huge),
        ],
        vec![
            flow("2024-01-01", Decimal::MAX),
            flow("2025-01-01", Decimal::MIN),
        ],
        vec![
            flow("2024-01-01", dec!(1e-28)),
            flow("2124-01-01", dec!(-1e27)),
        ],
        vec![
            flow("2024-01-01", dec!(100)),
            flow("2024-01-02", dec!(-1e25)),
        ],
        vec![
            flow("2024-01-01", dec!(100)),
            flow("2024-02-01", dec!(-1)),
            flow("2024-03-01", dec!(1)),
        ],
    ];
    for flows in &cases {
        for c in ALL_CONVENTIONS {
            for unit in [None, Some(UnitPeriod::Day), Some(UnitPeriod::Year)] {
                if let Err(e) = apr(c, flows, unit) {
                    assert!(is_typed(&e), "{e:?}");
                }
            }
        }
    }
}

#[test]
fn a_loan_to_the_end_of_the_calendar_is_solved() {
    let flows = [
        flow("9999-11-30", dec!(1000)),
        flow("9999-12-31", dec!(-1010)),
    ];
    for c in ALL_CONVENTIONS {
        let r = audited_apr(c, &flows, None).unwrap();
        assert!(
            r.apr.rate > Decimal::ZERO && r.proof.sum.abs() < dec!(1e-18),
            "{c:?} {r:?}"
        );
    }
}

#[test]
fn the_result_serializes_with_decimals_as_strings_and_stable_names() {
    let flows = [
        flow("2024-01-15", dec!(1000)),
        flow("2024-07-15", dec!(-1044)),
    ];
    let r = audited_apr(AprConvention::UsRegZ, &flows, None).unwrap();
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["convention"], "us_regz");
    assert_eq!(json["unit_period"], "month");
    assert!(json["rate"].is_string());
    assert_eq!(json["proof"]["rows"][1]["unit_periods"]["whole"], 1);
    assert_eq!(json["proof"]["rows"][1]["date"], "2024-07-15");
    let eu = audited_apr(AprConvention::Eu, &flows, None).unwrap();
    let json = serde_json::to_value(&eu).unwrap();
    assert_eq!(json["convention"], "eu");
    assert!(json["proof"]["rows"][1].get("unit_periods").is_none());
    assert_eq!(json["proof"]["rows"][1]["time_expression"], "6/12");
    // The rate alone is the same rate to 12 places, without the table.
    let plain = apr(AprConvention::Eu, &flows, None).unwrap();
    assert_eq!(plain.rate, eu.apr.rate.round_dp(12));
    assert_eq!(plain.disclosed(), eu.apr.disclosed());
    assert!(serde_json::to_value(&plain).unwrap().get("proof").is_none());
    let parsed: Vec<UnitPeriod> =
        serde_json::from_str(r#"["fourweek","halfyear","semimonth"]"#).unwrap();
    assert_eq!(
        parsed,
        [
            UnitPeriod::Fourweek,
            UnitPeriod::Halfyear,
            UnitPeriod::Semimonth
        ]
    );
    let parsed: AprConvention = serde_json::from_str(r#""mx_cat""#).unwrap();
    assert_eq!(parsed, AprConvention::MxCat);
}

#[test]
fn uk_and_eu_differ_only_in_how_odd_days_are_placed() {
    // Drawdown 20 Dec 2023, instalments on the 25th: the EU counts back from each instalment
    // (months, then the 5 days from 20 to 25 December 2023, over the 365-day year counted back from
    // 25/12/2023); the UK counts forward from the drawdown (months to the 20th, then the 5 days to
    // the 25th, which fall in 2024: over 366).
    let flows = [
        flow("2023-12-20", dec!(1000)),
        flow("2024-01-25", dec!(-510)),
        flow("2024-02-25", dec!(-510)),
    ];
    let eu = audited_apr(AprConvention::Eu, &flows, None).unwrap();
    let uk = audited_apr(AprConvention::Uk, &flows, None).unwrap();
    assert_eq!(eu.proof.rows[1].time_expression, "1/12 + 5/365");
    assert_eq!(uk.proof.rows[1].time_expression, "1/12 + 5/366");
    let late = [
        flow("2023-11-25", dec!(1000)),
        flow("2024-01-03", dec!(-1010)),
    ];
    let eu = audited_apr(AprConvention::Eu, &late, None).unwrap();
    let uk = audited_apr(AprConvention::Uk, &late, None).unwrap();
    assert_eq!(eu.proof.rows[1].time_expression, "1/12 + 8/365");
    assert_eq!(uk.proof.rows[1].time_expression, "1/12 + 6/365 + 3/366");
    assert!(eu.apr.rate != uk.apr.rate);
}

#[test]
fn regulation_z_unit_period_can_be_forced() {
    let flows = [
        flow("2024-01-15", dec!(1000)),
        flow("2024-07-15", dec!(-1044)),
    ];
    let term = apr(AprConvention::UsRegZ, &flows, None).unwrap();
    assert_eq!(term.unit_periods_per_year, dec!(2));
    let monthly = audited_apr(AprConvention::UsRegZ, &flows, Some(UnitPeriod::Month)).unwrap();
    assert_eq!(monthly.apr.unit_periods_per_year, dec!(12));
    assert_eq!(monthly.proof.rows[1].time_expression, "6");
    // Compounded monthly the same payment needs a lower nominal rate than simple over one period.
    assert!(monthly.apr.rate < term.rate);
}

#[test]
fn cat_methodology_is_versioned() {
    let flows = [
        flow("2024-01-15", dec!(1000)),
        flow("2025-01-15", dec!(-1100)),
    ];
    let via_apr = apr(AprConvention::MxCat, &flows, None).unwrap();
    let via_cat = cat(&flows, None, CatMethodology::Circular21_2009).unwrap();
    assert_eq!(via_apr, via_cat);
    assert_eq!(CatMethodology::CURRENT, CatMethodology::Circular21_2009);
    assert_eq!(via_apr.methodology, CatMethodology::CURRENT.citation());
    assert_eq!(via_apr.disclosed(), dec!(0.1));
}

fn date_strategy() -> impl Strategy<Value = Date> {
    (1950i32..2100, 1u8..=12, 1u8..=31).prop_map(|(y, m, day)| {
        let last = crate::finance::date::days_in_month(y, m);
        Date::new(y, m, day.min(last)).unwrap()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Without charges, level instalments at the nominal rate `r/12` give an EU/UK/MX effective
    /// rate `(1 + r/12)^12 − 1` and a Regulation Z APR of `r` (Appendix J (b)(1): unit-period rate
    /// times unit-periods per year).
    #[test]
    fn a_loan_without_charges_has_the_borrowing_rate(
        start in date_strategy(),
        cents in 10_000i64..100_000_000,
        basis_points in 10i64..4_000,
        n in 1i32..=360,
    ) {
        let annual = Decimal::new(basis_points, 4);
        let flows = level_loan(start, Decimal::new(cents, 2), annual, n);
        let effective = num::powi(Decimal::ONE + annual / dec!(12), 12).unwrap() - Decimal::ONE;
        for c in [AprConvention::Eu, AprConvention::Uk, AprConvention::MxCat] {
            let r = audited_apr(c, &flows, None).unwrap().apr;
            prop_assert!((r.rate - effective).abs() < dec!(1e-14), "{:?} {} {}", c, r.rate, effective);
            let fast = apr(c, &flows, None).unwrap();
            prop_assert!((fast.rate - effective).abs() < dec!(1e-11), "{:?} {} {}", c, fast.rate, effective);
        }
        let us = audited_apr(AprConvention::UsRegZ, &flows, None).unwrap().apr;
        prop_assert_eq!(us.unit_period, UnitPeriod::Month);
        prop_assert!((us.rate - annual).abs() < dec!(1e-14), "{} {}", us.rate, annual);
        let fast = apr(AprConvention::UsRegZ, &flows, None).unwrap();
        prop_assert!((fast.rate - annual).abs() < dec!(1e-11), "{} {}", fast.rate, annual);
    }

    /// The proof table's present values sum to zero, to within 1e-15 of the flows' magnitude.
    #[test]
    fn the_proof_table_sums_to_zero(
        start in date_strategy(),
        principal in 1_000i64..10_000_000,
        payments in prop::collection::vec((30i64..3_000, 1i64..1_000), 1..40),
    ) {
        let principal = Decimal::from(principal);
        let weight: i64 = payments.iter().map(|(_, w)| w).sum();
        let total = principal * dec!(1.5);
        let mut flows = vec![Flow::new(start, principal)];
        for (days, w) in &payments {
            let amount = total * Decimal::from(*w) / Decimal::from(weight);
            flows.push(Flow::new(start.add_days(*days).unwrap(), -amount));
        }
        let magnitude: Decimal = flows.iter().map(|f| f.amount.abs()).sum();
        for c in ALL_CONVENTIONS {
            let r = audited_apr(c, &flows, None).unwrap();
            prop_assert!(r.apr.rate > Decimal::ZERO);
            prop_assert!(r.proof.sum.abs() <= magnitude * dec!(1e-15), "{:?} {}", c, r.proof.sum);
            let rows: Decimal = r.proof.rows.iter().map(|row| row.discounted).sum();
            prop_assert_eq!(rows, r.proof.sum);
        }
    }

    /// Whatever the flows, every convention returns a result or a typed error.
    #[test]
    fn arbitrary_flows_never_panic(
        flows in prop::collection::vec(
            (1i32..=9999, 1u8..=12, 1u8..=28, any::<i64>(), 0u32..=28),
            0..12,
        ),
        unit in prop::option::of(prop::sample::select(UnitPeriod::ALL.to_vec())),
    ) {
        let flows: Vec<Flow> = flows
            .into_iter()
            .map(|(y, m, day, mantissa, scale)| {
                Flow::new(Date::new(y, m, day).unwrap(), Decimal::new(mantissa, scale))
            })
            .collect();
        for c in ALL_CONVENTIONS {
            if let Err(e) = apr(c, &flows, unit) {
                prop_assert!(is_typed(&e));
            }
        }
    }

    /// Valid-looking flows with extreme amounts and dates (up to 9999-12-31) reach the solver and
    /// the proof table: still a result or a typed error.
    #[test]
    fn extreme_valid_flows_never_panic(
        start in (1i32..=9999, 1u8..=12, 1u8..=28),
        drawdown in (1i64..=i64::MAX, 0u32..=28),
        rest in prop::collection::vec((0i64..3_000_000, any::<i64>(), 0u32..=28), 1..8),
        unit in prop::option::of(prop::sample::select(UnitPeriod::ALL.to_vec())),
    ) {
        let start = Date::new(start.0, start.1, start.2).unwrap();
        let mut flows = vec![Flow::new(start, Decimal::new(drawdown.0, drawdown.1))];
        for (days, mantissa, scale) in rest {
            let date = start.add_days(days).unwrap_or(d("9999-12-31"));
            flows.push(Flow::new(date, -Decimal::new(mantissa, scale).abs()));
        }
        for c in ALL_CONVENTIONS {
            match apr(c, &flows, unit) {
                Ok(r) => prop_assert!(r.rate > dec!(-1)),
                Err(e) => prop_assert!(is_typed(&e)),
            }
            match audited_apr(c, &flows, unit) {
                Ok(r) => prop_assert!(r.apr.rate > dec!(-1)),
                Err(e) => prop_assert!(is_typed(&e)),
            }
        }
    }
}

#[test]
fn convention_keys_are_the_json_names() {
    for c in [
        AprConvention::Eu,
        AprConvention::Uk,
        AprConvention::UsRegZ,
        AprConvention::MxCat,
    ] {
        assert_eq!(serde_json::to_value(c).unwrap(), c.key());
    }
}
