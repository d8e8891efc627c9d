//! Schedules against published amortisation tables.

use cuota::finance::schedule::{LoanTerms, Schedule};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn terms(json: serde_json::Value) -> LoanTerms {
    serde_json::from_value(json).expect("valid terms")
}

#[test]
fn numpy_financial_ipmt_documentation_table() {
    // numpy-financial documentation, numpy_financial.ipmt example: 2,500 at 8.24% a year over one year,
    // monthly; the table prints (principal, interest, balance) per payment from unrounded values:
    let published: [(Decimal, Decimal, Decimal); 12] = [
        (dec!(200.58), dec!(17.17), dec!(2299.42)),
        (dec!(201.96), dec!(15.79), dec!(2097.46)),
        (dec!(203.35), dec!(14.40), dec!(1894.11)),
        (dec!(204.74), dec!(13.01), dec!(1689.37)),
        (dec!(206.15), dec!(11.60), dec!(1483.22)),
        (dec!(207.56), dec!(10.18), dec!(1275.66)),
        (dec!(208.99), dec!(8.76), dec!(1066.67)),
        (dec!(210.42), dec!(7.32), dec!(856.25)),
        (dec!(211.87), dec!(5.88), dec!(644.38)),
        (dec!(213.32), dec!(4.42), dec!(431.05)),
        (dec!(214.79), dec!(2.96), dec!(216.26)),
        (dec!(216.26), dec!(1.49), dec!(0.00)),
    ];
    let s = Schedule::build(&terms(serde_json::json!({
        "principal": "2500", "annual_rate": "0.0824", "payments": 12, "disbursement": "2024-01-01"
    })))
    .unwrap();
    // Cent rounding: the instalment is 217.75 (PMT = 217.7486…, numpy's rows add up to it), so each
    // principal part is 0.0014 larger than numpy's unrounded one and each interest is rounded: rows
    // agree to a cent or two and the rounded schedule ends at exactly zero.
    for (row, (principal, interest, balance)) in s.rows.iter().zip(published) {
        assert!((row.interest - interest).abs() <= dec!(0.01), "{row:?}");
        assert!((row.principal - principal).abs() <= dec!(0.02), "{row:?}");
        assert!((row.balance - balance).abs() <= dec!(0.02), "{row:?}");
    }
    assert_eq!(s.rows[0].payment, dec!(217.75));
    // Same page: the total interest is -112.98.
    assert!((s.total_interest().unwrap() - dec!(112.98)).abs() <= dec!(0.02));
    assert_eq!(s.rows.last().unwrap().balance, Decimal::ZERO);
}

#[test]
fn german_method_matches_excel_ispmt() {
    // Microsoft Support, "ISPMT function": interest of a loan with even principal payments,
    // =ISPMT(10%/12, 1, 3*12, 8000000) = -64,814.8 (the interest of the second month, after one
    // principal payment: per is counted from 0).
    let monthly = Schedule::build(&terms(serde_json::json!({
        "principal": "8000000", "annual_rate": "0.1", "payments": 36, "method": "german",
        "disbursement": "2024-01-01"
    })))
    .unwrap();
    assert_eq!(monthly.rows[1].interest.round_dp(1), dec!(64814.8));
    // Constant principal: every principal part but the last is equal, and ISPMT's formula
    // pv·rate·(per/nper - 1) (magnitude) holds to the cent in every row (the principal part is rounded
    // to 222,222.22, so the balance drifts by at most 36 × 0.0023 and its interest by far less).
    let part = monthly.rows[0].principal;
    assert!(monthly.rows[..35].iter().all(|r| r.principal == part));
    for (k, row) in monthly.rows.iter().enumerate() {
        let ispmt =
            dec!(8000000) * dec!(0.1) / dec!(12) * (Decimal::ONE - Decimal::from(k) / dec!(36));
        assert!(
            (row.interest - ispmt).abs() <= dec!(0.01),
            "{row:?} vs {ispmt}"
        );
    }
}
