//! Annual rates against worked examples published by the regulators (or, where none could be found,
//! by a named secondary source). Each vector carries its citation; where the source states a rate to
//! a precision, the assertion uses that precision.

use cuota::finance::Date;
use cuota::finance::Flow;
use cuota::finance::apr::{AprConvention, UnitPeriod, apr};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn flow(date: &str, amount: Decimal) -> Flow {
    Flow::new(d(date), amount)
}

/// `count` equal payments of `amount`, the first on `first`, then every `months` months on the same
/// day of the month.
fn monthly(first: &str, months: i32, count: i32, amount: Decimal) -> Vec<Flow> {
    let first = d(first);
    (0..count)
        .map(|k| Flow::new(first.add_months(k * months).unwrap(), -amount))
        .collect()
}

/// `count` equal payments of `amount`, the first on `first`, then every `days` days.
fn every_days(first: &str, days: i64, count: i64, amount: Decimal) -> Vec<Flow> {
    let first = d(first);
    (0..count)
        .map(|k| Flow::new(first.add_days(k * days).unwrap(), -amount))
        .collect()
}

fn loan(advance: (&str, Decimal), payments: Vec<Vec<Flow>>) -> Vec<Flow> {
    let mut flows = vec![flow(advance.0, advance.1)];
    flows.extend(payments.into_iter().flatten());
    flows
}

/// The rate in percent, rounded half away from zero to `places`.
fn percent(rate: Decimal, places: u32) -> Decimal {
    (rate * dec!(100))
        .round_dp_with_strategy(places, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

// ---------------------------------------------------------------------------------------------
// Regulation Z, 12 CFR part 1026, Appendix J, part (c) "Examples for the actuarial method".
// https://www.ecfr.gov/current/title-12/chapter-X/part-1026/appendix-Appendix%20J%20to%20Part%201026
// (also https://www.consumerfinance.gov/rules-policy/regulations/1026/j/). Appendix J states that
// its rates "when rounded to 2 decimals" are correct, so each is asserted to two decimals of a
// percent. Each example states the amounts, the unit-period, and the full unit-periods `t` and
// fraction `f` of the first payment; the dates below reproduce that `t` and `f` under (b)(5) (the
// proof table's unit-period count is asserted too), and the unit-period is inferred, not given.
// ---------------------------------------------------------------------------------------------

fn regz(flows: &[Flow], unit: UnitPeriod, first: (i64, Decimal), published: Decimal) {
    let result = apr(AprConvention::UsRegZ, flows, None).unwrap();
    assert_eq!(result.unit_period, unit, "inferred unit-period");
    let count = result.proof.rows[1].unit_periods.clone().unwrap();
    assert_eq!(
        (count.whole, count.fraction.round_dp(20)),
        (first.0, first.1.round_dp(20))
    );
    assert_eq!(percent(result.rate, 2), published, "{}", result.rate);
    assert_eq!(result.disclosed(), published / dec!(100));
}

#[test]
fn appendix_j_c1_i_monthly_regular_first_period() {
    // (c)(1)(i): $5,000 advanced, 24 monthly payments of $230, regular first period: 9.69%.
    let flows = loan(
        ("1978-01-10", dec!(5000)),
        vec![monthly("1978-02-10", 1, 24, dec!(230))],
    );
    regz(&flows, UnitPeriod::Month, (1, dec!(0)), dec!(9.69));
}

#[test]
fn appendix_j_c1_ii_monthly_long_first_period() {
    // (c)(1)(ii): $6,000 advanced, 36 monthly payments of $200; t = 1, f = 19/30: 11.82%.
    let flows = loan(
        ("1978-02-10", dec!(6000)),
        vec![monthly("1978-04-01", 1, 36, dec!(200))],
    );
    regz(
        &flows,
        UnitPeriod::Month,
        (1, dec!(19) / dec!(30)),
        dec!(11.82),
    );
}

#[test]
fn appendix_j_c1_iii_semimonthly_short_first_period() {
    // (c)(1)(iii): $5,000 advanced, 24 semimonthly payments of $219.17; t = 0, f = 6/15: 10.34%.
    let mut payments = Vec::new();
    for k in 0..12 {
        let month = d("1978-03-01").add_months(k).unwrap();
        payments.push(Flow::new(month, dec!(-219.17)));
        payments.push(Flow::new(month.add_days(15).unwrap(), dec!(-219.17)));
    }
    let flows = loan(("1978-02-23", dec!(5000)), vec![payments]);
    regz(
        &flows,
        UnitPeriod::Semimonth,
        (0, dec!(6) / dec!(15)),
        dec!(10.34),
    );
}

#[test]
fn appendix_j_c1_iv_quarterly_long_first_period() {
    // (c)(1)(iv): $10,000 advanced, 40 quarterly payments of $385; t = 1, f = 39/90: 8.97%.
    let flows = loan(
        ("1978-05-23", dec!(10000)),
        vec![monthly("1978-10-01", 3, 40, dec!(385))],
    );
    regz(
        &flows,
        UnitPeriod::Quarter,
        (1, dec!(39) / dec!(90)),
        dec!(8.97),
    );
}

#[test]
fn appendix_j_c1_v_weekly_long_first_period() {
    // (c)(1)(v): $500 advanced, 30 weekly payments of $17.60; t = 4, f = 4/7: 14.96%.
    let flows = loan(
        ("1978-03-20", dec!(500)),
        vec![every_days("1978-04-21", 7, 30, dec!(17.60))],
    );
    regz(
        &flows,
        UnitPeriod::Week,
        (4, dec!(4) / dec!(7)),
        dec!(14.96),
    );
}

#[test]
fn appendix_j_c2_i_monthly_irregular_first_payment() {
    // (c)(2)(i): $5,000 advanced, first payment $250, then 23 monthly payments of $230: 10.08%.
    let first = vec![flow("1978-02-10", dec!(-250))];
    let flows = loan(
        ("1978-01-10", dec!(5000)),
        vec![first, monthly("1978-03-10", 1, 23, dec!(230))],
    );
    regz(&flows, UnitPeriod::Month, (1, dec!(0)), dec!(10.08));
}

#[test]
fn appendix_j_c2_ii_four_weekly_long_first_period_irregular_first_payment() {
    // (c)(2)(ii): $400 advanced, first payment $39.50, then 11 payments of $38.31 every 4 weeks
    // (13 unit-periods a year); t = 1, f = 5/28: 28.50%.
    let first = vec![flow("1978-04-20", dec!(-39.50))];
    let rest = every_days("1978-05-18", 28, 11, dec!(38.31));
    let flows = loan(("1978-03-18", dec!(400)), vec![first, rest]);
    regz(
        &flows,
        UnitPeriod::Fourweek,
        (1, dec!(5) / dec!(28)),
        dec!(28.50),
    );
}

#[test]
fn appendix_j_c3_i_monthly_irregular_final_payment() {
    // (c)(3)(i): $5,000 advanced, 23 monthly payments of $230 and a final payment of $280: 10.50%.
    let last = vec![flow("1980-01-10", dec!(-280))];
    let flows = loan(
        ("1978-01-10", dec!(5000)),
        vec![monthly("1978-02-10", 1, 23, dec!(230)), last],
    );
    regz(&flows, UnitPeriod::Month, (1, dec!(0)), dec!(10.50));
}

#[test]
fn appendix_j_c3_ii_biweekly_short_first_period_irregular_final_payment() {
    // (c)(3)(ii): $200 advanced, 19 payments of $9.50 every 2 weeks, final payment $30;
    // t = 0, f = 8/14: 12.22%.
    let regular = every_days("1978-04-11", 14, 19, dec!(9.50));
    let last = vec![Flow::new(
        d("1978-04-11").add_days(19 * 14).unwrap(),
        dec!(-30),
    )];
    let flows = loan(("1978-04-03", dec!(200)), vec![regular, last]);
    regz(
        &flows,
        UnitPeriod::Biweek,
        (0, dec!(8) / dec!(14)),
        dec!(12.22),
    );
}

#[test]
fn appendix_j_c4_i_monthly_irregular_first_and_final_payments() {
    // (c)(4)(i): $5,000 advanced, first payment $250, 22 payments of $230, final $280: 10.90%.
    let first = vec![flow("1978-02-10", dec!(-250))];
    let last = vec![flow("1980-01-10", dec!(-280))];
    let middle = monthly("1978-03-10", 1, 22, dec!(230));
    let flows = loan(("1978-01-10", dec!(5000)), vec![first, middle, last]);
    regz(&flows, UnitPeriod::Month, (1, dec!(0)), dec!(10.90));
}

#[test]
fn appendix_j_c4_ii_bimonthly_short_first_period_irregular_first_and_final() {
    // (c)(4)(ii): $8,000 advanced, first payment $449.36, 18 payments of $465 every 2 months, final
    // payment $200 (6 unit-periods a year); t = 0, f = 52/60: 7.30%.
    let first = vec![flow("1978-03-01", dec!(-449.36))];
    let middle = monthly("1978-05-01", 2, 18, dec!(465));
    let last = vec![flow("1981-05-01", dec!(-200))];
    let flows = loan(("1978-01-10", dec!(8000)), vec![first, middle, last]);
    regz(
        &flows,
        UnitPeriod::Bimonth,
        (0, dec!(52) / dec!(60)),
        dec!(7.30),
    );
}

#[test]
fn appendix_j_c5_single_advance_single_payment() {
    // (c)(5)(i): term of 255 days, $1,000 advanced, $1,080 repaid; 365/255 unit-periods a year: 11.45%.
    let r = apr(
        AprConvention::UsRegZ,
        &[
            flow("1978-01-03", dec!(1000)),
            flow("1978-09-15", dec!(-1080)),
        ],
        None,
    )
    .unwrap();
    assert_eq!(
        (r.unit_period, percent(r.rate, 2)),
        (UnitPeriod::Day, dec!(11.45))
    );
    // (c)(5)(ii): term of 6 months, $1,000 advanced, $1,044 repaid; 2 unit-periods a year: 8.80%.
    let r = apr(
        AprConvention::UsRegZ,
        &[
            flow("1978-07-15", dec!(1000)),
            flow("1979-01-15", dec!(-1044)),
        ],
        None,
    )
    .unwrap();
    assert_eq!(
        (r.unit_periods_per_year, percent(r.rate, 2)),
        (dec!(2), dec!(8.80))
    );
    // (c)(5)(iii): term of 18 months, $1,000 advanced, $1,135.19 repaid; unit-period a year,
    // t = 1, f = 6/12: 8.76%.
    let r = apr(
        AprConvention::UsRegZ,
        &[
            flow("1978-01-01", dec!(1000)),
            flow("1979-07-01", dec!(-1135.19)),
        ],
        None,
    )
    .unwrap();
    assert_eq!(
        (r.unit_period, percent(r.rate, 2)),
        (UnitPeriod::Year, dec!(8.76))
    );
    // (c)(5)(iv): term of 2 years, $1,000 advanced, $1,240 repaid; t = 2: 11.36%.
    let r = apr(
        AprConvention::UsRegZ,
        &[
            flow("1978-01-01", dec!(1000)),
            flow("1980-01-01", dec!(-1240)),
        ],
        None,
    )
    .unwrap();
    assert_eq!(
        (r.unit_period, percent(r.rate, 2)),
        (UnitPeriod::Year, dec!(11.36))
    );
}

#[test]
fn appendix_j_c6_i_skipped_payments_four_weekly() {
    // (c)(6)(i): $2,135 advanced, 24 payments of $100 every 4 weeks with skipped payments:
    // 9 payments from t = 0, f = 26/28; 6 from t = 10, f = 12/28; 6 from t = 16, f = 26/28;
    // 3 from t = 23, f = 12/28 (13 unit-periods a year): 12.00%. The example is a page image in the
    // CFR; its series of t and f are as transcribed in a public third-party oracle script
    // (regz_appJ.py, "Pre-check: Regulation Z Appendix J actuarial-method APR against all 16
    // published examples"); only the published 12.00% is asserted.
    let start = d("1978-01-02");
    let series = |offset: i64, count: i64| -> Vec<Flow> {
        (0..count)
            .map(|k| Flow::new(start.add_days(offset + 28 * k).unwrap(), dec!(-100)))
            .collect()
    };
    let flows = loan(
        ("1978-01-02", dec!(2135)),
        vec![
            series(26, 9),
            series(292, 6),
            series(474, 6),
            series(656, 3),
        ],
    );
    regz(
        &flows,
        UnitPeriod::Fourweek,
        (0, dec!(26) / dec!(28)),
        dec!(12.00),
    );
}

#[test]
fn appendix_j_c6_ii_skipped_payments_and_single_payments_monthly() {
    // (c)(6)(ii): $7,350 advanced; 3 payments of $1,000 from t = 6, f = 12/30; $2,000 at t = 12;
    // 3 payments of $750 from t = 18 (all f = 12/30); $1,000 at t = 22, f = 29/30: 10.22%.
    let payments = vec![
        monthly("1978-08-01", 1, 3, dec!(1000)),
        vec![flow("1979-02-01", dec!(-2000))],
        monthly("1979-08-01", 1, 3, dec!(750)),
        vec![flow("1979-12-18", dec!(-1000))],
    ];
    let flows = loan(("1978-01-20", dec!(7350)), payments);
    regz(
        &flows,
        UnitPeriod::Month,
        (6, dec!(12) / dec!(30)),
        dec!(10.22),
    );
}

// ---------------------------------------------------------------------------------------------
// EU: Directive 2008/48/EC Annex I (as amended by Directive 2011/90/EU), with the Commission's
// guidelines SWD(2012) 128 final, "Guidelines on the application of Directive 2008/48/EC (Consumer
// Credit Directive) in relation to costs and the Annual Percentage Rate of charge", 8.5.2012,
// section 4.1.1 (remark (c), measurement of time intervals) and 4.1.2 (remark (d), rounding).
// ---------------------------------------------------------------------------------------------

/// The proof table's times (years) of the flows after the first, for an EU loan of 1000 repaid in
/// `payments` equal instalments on `dates`.
fn eu_times(start: &str, dates: &[&str], unit: UnitPeriod) -> Vec<Decimal> {
    let mut flows = vec![flow(start, dec!(1000))];
    let each = dec!(1050) / Decimal::from(dates.len());
    flows.extend(dates.iter().map(|s| flow(s, -each)));
    let result = apr(AprConvention::Eu, &flows, Some(unit)).unwrap();
    result.proof.rows[1..]
        .iter()
        .map(|r| r.time_years)
        .collect()
}

fn years(parts: &[(i64, i64)]) -> Decimal {
    parts
        .iter()
        .map(|(n, d)| Decimal::from(*n) / Decimal::from(*d))
        .sum()
}

fn assert_times(got: Vec<Decimal>, want: Vec<Decimal>) {
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(&want) {
        assert!((g - w).abs() < dec!(1e-24), "{g} != {w}");
    }
}

#[test]
fn eu_guidelines_monthly_payments_on_the_15th() {
    // SWD(2012) 128 §4.1.1: drawdown 12/01/2012, payments 15 February, March, April 2012:
    // 3/365 + 1/12, 3/365 + 2/12, 3/365 + 3/12.
    let got = eu_times(
        "2012-01-12",
        &["2012-02-15", "2012-03-15", "2012-04-15"],
        UnitPeriod::Month,
    );
    let want = vec![
        years(&[(3, 365), (1, 12)]),
        years(&[(3, 365), (2, 12)]),
        years(&[(3, 365), (3, 12)]),
    ];
    assert_times(got, want);
    // Same section: signed one year later, 12/01/2013: 3/366 + 1/12, 3/366 + 2/12, 3/366 + 3/12.
    let got = eu_times(
        "2013-01-12",
        &["2013-02-15", "2013-03-15", "2013-04-15"],
        UnitPeriod::Month,
    );
    let want = vec![
        years(&[(3, 366), (1, 12)]),
        years(&[(3, 366), (2, 12)]),
        years(&[(3, 366), (3, 12)]),
    ];
    assert_times(got, want);
}

#[test]
fn eu_guidelines_annual_payments() {
    // SWD(2012) 128 §4.1.1: signed 12/01/2012, annual payments on 15 February 2012, 2013, 2014:
    // 34/365, 34/365 + 1, 34/365 + 2.
    let got = eu_times(
        "2012-01-12",
        &["2012-02-15", "2013-02-15", "2014-02-15"],
        UnitPeriod::Year,
    );
    let want = vec![
        years(&[(34, 365)]),
        years(&[(34, 365), (1, 1)]),
        years(&[(34, 365), (2, 1)]),
    ];
    assert_times(got, want);
}

#[test]
fn eu_guidelines_end_of_february_and_leap_years() {
    // SWD(2012) 128 §4.1.1, treatment of leap years:
    // signed 25/02/2013, first payment 28/03/2013: 1/12 + 3/366;
    assert_times(
        eu_times("2013-02-25", &["2013-03-28"], UnitPeriod::Month),
        vec![years(&[(1, 12), (3, 366)])],
    );
    // signed 26/02/2013, first payment 29/03/2013: 1/12 + 2/366;
    assert_times(
        eu_times("2013-02-26", &["2013-03-29"], UnitPeriod::Month),
        vec![years(&[(1, 12), (2, 366)])],
    );
    // signed 26/02/2012, first payment 29/03/2012: 1/12 + 3/366;
    assert_times(
        eu_times("2012-02-26", &["2012-03-29"], UnitPeriod::Month),
        vec![years(&[(1, 12), (3, 366)])],
    );
    // concluded 01/12/2012, first payment 02/02/2013: 2/12 + 1/366.
    assert_times(
        eu_times("2012-12-01", &["2013-02-02"], UnitPeriod::Month),
        vec![years(&[(2, 12), (1, 366)])],
    );
}

#[test]
fn eu_guidelines_rounding_of_the_disclosed_rate() {
    // SWD(2012) 128 §4.1.2 (remark (d)): 3.055% is 3.1% to one decimal and 3.06% to two;
    // 3.054% is 3.1% to one decimal and 3.05% to two. (Two places: the same rule, as the US
    // convention discloses it.)
    assert_eq!(
        AprConvention::Eu.round_for_disclosure(dec!(0.03055)),
        dec!(0.031)
    );
    assert_eq!(
        AprConvention::Eu.round_for_disclosure(dec!(0.03054)),
        dec!(0.031)
    );
    assert_eq!(
        AprConvention::UsRegZ.round_for_disclosure(dec!(0.03055)),
        dec!(0.0306)
    );
    assert_eq!(
        AprConvention::UsRegZ.round_for_disclosure(dec!(0.03054)),
        dec!(0.0305)
    );
}

#[test]
fn eu_directive_98_7_annex_iii_first_example_calendar_basis() {
    // Directive 98/7/EC Annex III (examples of calculation), part A "calendar basis", first example,
    // as proposed in COM(1996) 79 (annexes, https://parlementairemonitor.nl/9353000/1/j4nvirkkkr58fyw_j9tvgajcor7dxyk_j9vvij5epmj1ey0/vi8rm2xukhzg):
    // ECU 1 000 lent on 1 January 1994, repaid by a single payment of ECU 1 200 on 1 July 1995,
    // 546 days later: "rounded to 13 % (or 12,96 % if an accuracy of two decimal places is
    // preferred)". The calendar basis (days over 365) is the `Day` unit.
    let flows = [
        flow("1994-01-01", dec!(1000)),
        flow("1995-07-01", dec!(-1200)),
    ];
    let result = apr(AprConvention::Eu, &flows, Some(UnitPeriod::Day)).unwrap();
    assert_eq!(percent(result.rate, 2), dec!(12.96));
    assert_eq!(result.disclosed(), dec!(0.130));
}

// ---------------------------------------------------------------------------------------------
// Mexico: Banco de México, CAT (Circular 21/2009).
// ---------------------------------------------------------------------------------------------

#[test]
fn mx_cat_banxico_monthly_example() {
    // Secondary source: the worked example attributed to Banco de México's explanatory material on
    // Circular 21/2009, as reproduced in a public Mexican finance engine's CAT module ("un crédito
    // de $15,000 que se liquida en 24 pagos mensuales de $962.33, con una comisión de $100
    // pagadera al firmar, tiene CAT = 57.4%"). The primary Banxico document could not be retrieved;
    // asserted to the one decimal the CAT is published with.
    let mut flows = vec![
        flow("2024-01-15", dec!(15000)),
        flow("2024-01-15", dec!(-100)),
    ];
    flows.extend(monthly("2024-02-15", 1, 24, dec!(962.33)));
    let result = apr(AprConvention::MxCat, &flows, None).unwrap();
    assert_eq!(percent(result.rate, 1), dec!(57.4));
    assert_eq!(result.disclosed(), dec!(0.574));
}
