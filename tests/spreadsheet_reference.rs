//! Spreadsheet functions against published values.
//!
//! Sources:
//! - MS: Microsoft Support function pages ("PMT function", "IPMT function", …), the "Example" table of
//!   each page; values as the page shows them, compared at the precision shown.
//! - NPF: numpy-financial 1.0.0, `numpy_financial/tests/test_financial.py` (test name given). Its
//!   `*_decimal` tests run the same formulas in Python's 28-digit `Decimal`, so those are compared to
//!   within 1e-20 relative (the last digits depend on the order of operations).

use cuota::finance::Date;
use cuota::finance::cashflow::{irr, mirr, npv, xirr, xnpv};
use cuota::finance::tvm::{
    PaymentTiming::{Begin, End},
    cumipmt, cumprinc, effect, fv, ipmt, nominal, nper, pmt, ppmt, pv, rate,
};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// `actual` rounded half away from zero to `places` equals `shown`.
fn shown(actual: Decimal, places: u32, expected: Decimal) {
    let rounded =
        actual.round_dp_with_strategy(places, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    assert_eq!(
        rounded, expected,
        "{actual} rounds to {rounded}, expected {expected}"
    );
}

/// `actual` within 1e-20 relative of a 28-digit reference.
fn exact(actual: Decimal, expected: Decimal) {
    let tolerance = expected.abs() * dec!(1e-20) + dec!(1e-26);
    assert!(
        (actual - expected).abs() <= tolerance,
        "{actual} vs {expected}"
    );
}

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

const G: Decimal = dec!(0.1);
const Z: Decimal = Decimal::ZERO;

#[test]
fn pmt_ms_and_npf() {
    // MS PMT: =PMT(8%/12, 10, 10000) = ($1,037.03); =PMT(8%/12, 10, 10000, 0, 1) = ($1,030.16).
    shown(
        pmt(dec!(0.08) / dec!(12), dec!(10), dec!(10000), Z, End).unwrap(),
        2,
        dec!(-1037.03),
    );
    shown(
        pmt(dec!(0.08) / dec!(12), dec!(10), dec!(10000), Z, Begin).unwrap(),
        2,
        dec!(-1030.16),
    );
    // MS PMT: =PMT(6%/12, 18*12, 0, 50000) = ($129.08).
    shown(
        pmt(dec!(0.06) / dec!(12), dec!(216), Z, dec!(50000), End).unwrap(),
        2,
        dec!(-129.08),
    );
    // NPF test_pmt: pmt(0.08/12, 5*12, 15000) = -304.145914 (assert_allclose, rtol 1e-7).
    shown(
        pmt(dec!(0.08) / dec!(12), dec!(60), dec!(15000), Z, End).unwrap(),
        6,
        dec!(-304.145914),
    );
}

#[test]
fn ipmt_ppmt_ms_and_npf() {
    // MS IPMT: =IPMT(10%/12, 1, 3, 8000) = ($66.67); =IPMT(10%, 3, 3, 8000) = ($292.45).
    shown(
        ipmt(dec!(0.1) / dec!(12), dec!(1), dec!(3), dec!(8000), Z, End).unwrap(),
        2,
        dec!(-66.67),
    );
    shown(
        ipmt(dec!(0.1), dec!(3), dec!(3), dec!(8000), Z, End).unwrap(),
        2,
        dec!(-292.45),
    );
    // MS PPMT: =PPMT(10%/12, 1, 2*12, 2000) = ($75.62); =PPMT(8%, 10, 10, 200000) = ($27,598.05).
    shown(
        ppmt(dec!(0.1) / dec!(12), dec!(1), dec!(24), dec!(2000), Z, End).unwrap(),
        2,
        dec!(-75.62),
    );
    shown(
        ppmt(dec!(0.08), dec!(10), dec!(10), dec!(200000), Z, End).unwrap(),
        2,
        dec!(-27598.05),
    );
    // NPF test_ipmt_decimal: ipmt(0.1/12, 1, 24, 2000) = -16.66666666666666666666666667.
    exact(
        ipmt(dec!(0.1) / dec!(12), dec!(1), dec!(24), dec!(2000), Z, End).unwrap(),
        dec!(-16.66666666666666666666666667),
    );
    // NPF test_ppmt_decimal and test_ppmt_special_rate_decimal.
    exact(
        ppmt(dec!(0.1) / dec!(12), dec!(1), dec!(60), dec!(55000), Z, End).unwrap(),
        dec!(-710.2541257864217612489830917),
    );
    exact(
        ppmt(
            dec!(0.23) / dec!(12),
            dec!(1),
            dec!(60),
            dec!(10000000000),
            Z,
            End,
        )
        .unwrap(),
        dec!(-90238044.2322778884413969909),
    );
}

#[test]
fn ipmt_with_payments_at_the_beginning() {
    // NPF test_when / the spreadsheet rule: with type 1 the first payment carries no interest.
    assert_eq!(
        ipmt(dec!(0.1), dec!(1), dec!(3), dec!(8000), Z, Begin).unwrap(),
        Z
    );
    let total = pmt(dec!(0.1), dec!(3), dec!(8000), Z, Begin).unwrap();
    for per in [dec!(1), dec!(2), dec!(3)] {
        let sum = ipmt(dec!(0.1), per, dec!(3), dec!(8000), Z, Begin).unwrap()
            + ppmt(dec!(0.1), per, dec!(3), dec!(8000), Z, Begin).unwrap();
        exact(sum, total);
    }
}

#[test]
fn fv_pv_ms_and_npf() {
    // MS FV: =FV(6%/12, 10, -200, -500, 1) = $2,581.40; =FV(12%/12, 12, -1000) = $12,682.50;
    // =FV(11%/12, 35, -2000, , 1) = $82,846.25.
    shown(
        fv(
            dec!(0.06) / dec!(12),
            dec!(10),
            dec!(-200),
            dec!(-500),
            Begin,
        )
        .unwrap(),
        2,
        dec!(2581.40),
    );
    shown(
        fv(dec!(0.12) / dec!(12), dec!(12), dec!(-1000), Z, End).unwrap(),
        2,
        dec!(12682.50),
    );
    shown(
        fv(dec!(0.11) / dec!(12), dec!(35), dec!(-2000), Z, Begin).unwrap(),
        2,
        dec!(82846.25),
    );
    // MS PV: =PV(8%/12, 12*20, 500, , 0) = ($59,777.15).
    shown(
        pv(dec!(0.08) / dec!(12), dec!(240), dec!(500), Z, End).unwrap(),
        2,
        dec!(-59777.15),
    );
    // NPF test_pv_decimal and test_fv_decimal.
    exact(
        pv(dec!(0.07), dec!(20), dec!(12000), Z, End).unwrap(),
        dec!(-127128.1709461939327295222005),
    );
    exact(
        fv(dec!(0.075), dec!(20), dec!(-2000), Z, End).unwrap(),
        dec!(86609.36267304300040536731624),
    );
}

#[test]
fn nper_ms_and_npf() {
    // MS NPER: =NPER(12%/12, -100, -1000, 10000, 1) = 59.6738657; same with type 0 = 60.0821229;
    // =NPER(12%/12, -100, -1000) = -9.57859404.
    let r = dec!(0.01);
    shown(
        nper(r, dec!(-100), dec!(-1000), dec!(10000), Begin).unwrap(),
        7,
        dec!(59.6738657),
    );
    shown(
        nper(r, dec!(-100), dec!(-1000), dec!(10000), End).unwrap(),
        7,
        dec!(60.0821229),
    );
    shown(
        nper(r, dec!(-100), dec!(-1000), Z, End).unwrap(),
        8,
        dec!(-9.57859404),
    );
    // NPF test_nper: nper(0.075, -2000, 0, 100000) = 21.54 (2 places); test_nper2 at rate 0 = 50.
    shown(
        nper(dec!(0.075), dec!(-2000), Z, dec!(100000), End).unwrap(),
        2,
        dec!(21.54),
    );
    assert_eq!(
        nper(Z, dec!(-2000), Z, dec!(100000), End).unwrap(),
        dec!(50)
    );
}

#[test]
fn rate_ms_and_npf() {
    // MS RATE: =RATE(4*12, -200, 8000) = 1% per month (0.77% shown to two places: 0.0077).
    shown(
        rate(dec!(48), dec!(-200), dec!(8000), Z, End, G).unwrap(),
        4,
        dec!(0.0077),
    );
    // NPF test_rate: rate(10, 0, -3500, 10000) = 0.1107 (4 places). Its test_rate_decimal expects
    // 0.1106908537142689284704528100, but numpy-financial's Newton loop stops once a step is below
    // 1e-6, which leaves that value 3.5e-12 away from the root: with no payments the equation
    // -3500·(1+r)^10 + 10000 = 0 has the closed form r = (10000/3500)^(1/10) - 1
    // = 0.110690853710752806253825900…, which is what the exact solver returns.
    let r = rate(dec!(10), Z, dec!(-3500), dec!(10000), End, G).unwrap();
    shown(r, 4, dec!(0.1107));
    exact(r, dec!(0.1106908537107528062538259006));
    let residual =
        cuota::finance::num::powi(Decimal::ONE + r, 10).unwrap() * dec!(3500) - dec!(10000);
    assert!(residual.abs() < dec!(1e-20), "{residual}");
}

#[test]
fn npv_ms_and_npf() {
    // MS NPV: =NPV(10%, -10000, 3000, 4200, 6800) = $1,188.44.
    shown(
        npv(
            dec!(0.1),
            &[dec!(-10000), dec!(3000), dec!(4200), dec!(6800)],
        )
        .unwrap(),
        2,
        dec!(1188.44),
    );
    // MS NPV example 2: =NPV(8%, 8000, 9200, 10000, 12000, 14500) + (-40000) = $1,922.06.
    let flows = [
        dec!(8000),
        dec!(9200),
        dec!(10000),
        dec!(12000),
        dec!(14500),
    ];
    shown(
        npv(dec!(0.08), &flows).unwrap() - dec!(40000),
        2,
        dec!(1922.06),
    );
    // NPF test_npv_decimal: numpy's npv discounts the first value at t = 0, so it equals the
    // spreadsheet NPV of the rest plus the first value: 122.894854950942692161628715.
    let rest = [dec!(1500), dec!(2500), dec!(3500), dec!(4500), dec!(6000)];
    exact(
        npv(dec!(0.05), &rest).unwrap() - dec!(15000),
        dec!(122.894854950942692161628715),
    );
}

#[test]
fn irr_ms_and_npf() {
    // MS IRR: values -70000, 12000, 15000, 18000, 21000 → -2.1%; with 26000 added → 8.7%;
    // first three with guess -10% → -44.4%.
    let v = [
        dec!(-70000),
        dec!(12000),
        dec!(15000),
        dec!(18000),
        dec!(21000),
        dec!(26000),
    ];
    shown(irr(&v[..5], G).unwrap(), 3, dec!(-0.021));
    shown(irr(&v, G).unwrap(), 3, dec!(0.087));
    shown(irr(&v[..3], dec!(-0.1)).unwrap(), 3, dec!(-0.444));
    // NPF test_irr (assert_almost_equal to 2 places of the rate).
    let cases: [(&[Decimal], Decimal); 6] = [
        (
            &[
                dec!(-150000),
                dec!(15000),
                dec!(25000),
                dec!(35000),
                dec!(45000),
                dec!(60000),
            ],
            dec!(0.0524),
        ),
        (&[dec!(-100), Z, Z, dec!(74)], dec!(-0.0955)),
        (
            &[dec!(-100), dec!(39), dec!(59), dec!(55), dec!(20)],
            dec!(0.28095),
        ),
        (&[dec!(-100), dec!(100), Z, dec!(-7)], dec!(-0.0833)),
        (&[dec!(-100), dec!(100), Z, dec!(7)], dec!(0.06206)),
        (
            &[dec!(-5), dec!(10.5), dec!(1), dec!(-8), dec!(1)],
            dec!(0.0886),
        ),
    ];
    for (values, expected) in cases {
        let r = irr(values, G).unwrap();
        assert!(
            (r - expected).abs() < dec!(0.005),
            "{values:?}: {r} vs {expected}"
        );
    }
    // NPF test_irr: no sign change → no IRR (numpy returns nan).
    assert!(irr(&[dec!(-1), dec!(-2), dec!(-3)], G).is_err());
}

#[test]
fn mirr_ms_and_npf() {
    // MS MIRR: loan -120000 and returns 39000, 30000, 21000, 37000, 46000 at 10% / 12% → 12.6%;
    // first five years → -4.8%; at a 14% reinvestment rate → 13.5%.
    let v = [
        dec!(-120000),
        dec!(39000),
        dec!(30000),
        dec!(21000),
        dec!(37000),
        dec!(46000),
    ];
    shown(mirr(&v, dec!(0.1), dec!(0.12)).unwrap(), 3, dec!(0.126));
    shown(
        mirr(&v[..4], dec!(0.1), dec!(0.12)).unwrap(),
        3,
        dec!(-0.048),
    );
    shown(mirr(&v, dec!(0.1), dec!(0.14)).unwrap(), 3, dec!(0.135));
    // NPF test_mirr_decimal.
    let a = [-4500, -800, 800, 800, 600, 600, 800, 800, 700, 3000].map(Decimal::from);
    exact(
        mirr(&a, dec!(0.08), dec!(0.055)).unwrap(),
        dec!(0.066597175031553548874239618),
    );
    exact(
        mirr(&v, dec!(0.10), dec!(0.12)).unwrap(),
        dec!(0.126094130365905145828421880),
    );
    let c = [100, 200, -50, 300, -200].map(Decimal::from);
    exact(
        mirr(&c, dec!(0.05), dec!(0.06)).unwrap(),
        dec!(0.342823387842176663647819868),
    );
    // NPF test_mirr: all positive → no MIRR (nan).
    assert!(mirr(&v[1..], dec!(0.1), dec!(0.12)).is_err());
}

#[test]
fn xnpv_xirr_ms() {
    // MS XNPV and XIRR: -10000 on 2008-01-01, 2750 on 2008-03-01, 4250 on 2008-10-30, 3250 on
    // 2009-02-15, 2750 on 2009-04-01: XNPV at 9% = $2,086.65; XIRR = 0.373362535 (37.34%).
    let values = [dec!(-10000), dec!(2750), dec!(4250), dec!(3250), dec!(2750)];
    let dates = [
        d("2008-01-01"),
        d("2008-03-01"),
        d("2008-10-30"),
        d("2009-02-15"),
        d("2009-04-01"),
    ];
    shown(xnpv(dec!(0.09), &values, &dates).unwrap(), 2, dec!(2086.65));
    // Excel's XIRR iterates only until the result is accurate to 0.000001% (MS XIRR remarks), so its
    // shown 0.373362535 is compared to within 1e-8.
    assert!((xirr(&values, &dates, G).unwrap() - dec!(0.373362535)).abs() < dec!(1e-8));
    // The rate XIRR returns makes XNPV zero.
    let r = xirr(&values, &dates, G).unwrap();
    assert!(xnpv(r, &values, &dates).unwrap().abs() < dec!(1e-18));
    // MS XNPV/XIRR rules: a date before the first, or unequal lengths → #NUM!.
    let early = [
        d("2008-01-01"),
        d("2007-03-01"),
        d("2008-10-30"),
        d("2009-02-15"),
        d("2009-04-01"),
    ];
    assert!(xirr(&values, &early, G).is_err());
    assert!(xnpv(dec!(0.09), &values[..4], &dates).is_err());
}

#[test]
fn cumulative_ms() {
    // MS CUMIPMT: =CUMIPMT(9%/12, 30*12, 125000, 13, 24, 0) = -11135.23213; (…, 1, 1, 0) = -937.50.
    let r = dec!(0.09) / dec!(12);
    shown(
        cumipmt(r, dec!(360), dec!(125000), dec!(13), dec!(24), End).unwrap(),
        5,
        dec!(-11135.23213),
    );
    shown(
        cumipmt(r, dec!(360), dec!(125000), dec!(1), dec!(1), End).unwrap(),
        2,
        dec!(-937.50),
    );
    // MS CUMPRINC: =CUMPRINC(9%/12, 30*12, 125000, 13, 24, 0) = -934.1071234; (…, 1, 1, 0) = -68.27827118.
    shown(
        cumprinc(r, dec!(360), dec!(125000), dec!(13), dec!(24), End).unwrap(),
        7,
        dec!(-934.1071234),
    );
    shown(
        cumprinc(r, dec!(360), dec!(125000), dec!(1), dec!(1), End).unwrap(),
        8,
        dec!(-68.27827118),
    );
    // MS: rate ≤ 0, pv ≤ 0, start < 1 or start > end → #NUM!.
    assert!(cumipmt(Z, dec!(360), dec!(125000), dec!(1), dec!(1), End).is_err());
    assert!(cumipmt(r, dec!(360), dec!(-1), dec!(1), dec!(1), End).is_err());
    assert!(cumprinc(r, dec!(360), dec!(125000), dec!(5), dec!(4), End).is_err());
    assert!(cumprinc(r, dec!(360), dec!(125000), dec!(0), dec!(4), End).is_err());
}

#[test]
fn effect_nominal_ms() {
    // MS EFFECT: =EFFECT(5.25%, 4) = 0.0535427 (5.35%). MS NOMINAL: =NOMINAL(5.3543%, 4) = 0.05250032.
    shown(effect(dec!(0.0525), dec!(4)).unwrap(), 7, dec!(0.0535427));
    shown(
        nominal(dec!(0.053543), dec!(4)).unwrap(),
        8,
        dec!(0.05250032),
    );
    // MS: npery is truncated; npery < 1 or a rate ≤ 0 → #NUM!.
    assert_eq!(
        effect(dec!(0.0525), dec!(4.9)).unwrap(),
        effect(dec!(0.0525), dec!(4)).unwrap()
    );
    assert!(effect(dec!(0.0525), dec!(0.5)).is_err());
    assert!(nominal(Z, dec!(4)).is_err());
}
