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
