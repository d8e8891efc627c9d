use super::*;
use crate::finance::schedule::LoanTerms;
use rust_decimal_macros::dec;

fn schedule(payments: u32) -> Schedule {
    let terms: LoanTerms = serde_json::from_str(&format!(
        r#"{{"principal": 10000, "annual_rate": 0.08, "payments": {payments}, "disbursement": "2026-01-15"}}"#
    ))
    .unwrap();
    Schedule::build(&terms).unwrap()
}

#[test]
fn the_balance_line_runs_from_top_left_to_bottom_right() {
    let c = balance_chart(&schedule(12), 600.0, 200.0);
    assert!(c.line.starts_with("M0 0L50 "), "{}", c.line);
    assert!(c.line.ends_with("L600 200"), "{}", c.line);
    assert_eq!(c.line.matches('L').count(), 12);
    assert!(c.area.ends_with("L600 200L0 200Z"));
    assert_eq!(c.max, dec!(10000));
    let values: Vec<Decimal> = c.y_ticks.iter().map(|t| t.value).collect();
    assert_eq!(
        values,
        vec![
            dec!(0),
            dec!(2000),
            dec!(4000),
            dec!(6000),
            dec!(8000),
            dec!(10000)
        ]
    );
    assert_eq!(c.y_ticks.last().unwrap().pos, 0.0);
    let xs: Vec<Decimal> = c.x_ticks.iter().map(|t| t.value).collect();
    assert_eq!(
        xs,
        vec![
            dec!(1),
            dec!(2),
            dec!(4),
            dec!(6),
            dec!(8),
            dec!(10),
            dec!(12)
        ]
    );
}

#[test]
fn each_payment_is_one_bar_per_series_up_to_sixty() {
    let c = split_chart(&schedule(12), 600.0, 200.0);
    assert_eq!(c.principal.matches('M').count(), 12);
    assert_eq!(c.interest.matches('M').count(), 12);
    assert!(
        c.charges.is_empty(),
        "no fees, insurance or VAT: {}",
        c.charges
    );
    // The first bar: 50 px wide slots with a 4 px gap; principal 803.21 of a payment of 869.88.
    assert!(c.principal.starts_with("M2 "), "{}", c.principal);
}

#[test]
fn long_loans_draw_stacked_areas() {
    let s = schedule(360);
    let c = split_chart(&s, 600.0, 200.0);
    assert_eq!(c.principal.matches('M').count(), 1);
    assert_eq!(
        c.principal.matches('L').count(),
        361,
        "one point per payment and the closing corner"
    );
    assert!(c.principal.starts_with("M0 200L0.8 ") && c.principal.ends_with("L600 200Z"));
    for path in [&c.principal, &c.interest] {
        assert!(!path.contains("NaN") && !path.contains("inf"));
    }
    let xs: Vec<Decimal> = c.x_ticks.iter().map(|t| t.value).collect();
    assert_eq!(
        xs,
        vec![
            dec!(1),
            dec!(60),
            dec!(120),
            dec!(180),
            dec!(240),
            dec!(300),
            dec!(360)
        ]
    );
}

#[test]
fn facts_for_the_text_alternatives() {
    let s = schedule(12);
    let b = balance_facts(&s);
    assert_eq!((b.start, b.payments), (dec!(10000), 12));
    // The schedule's own balances decide where half is repaid: the first row at or below 5,000.
    let expected = s.rows.iter().position(|r| r.balance <= dec!(5000)).unwrap() as u32 + 1;
    assert!(s.rows[expected as usize - 2].balance > dec!(5000));
    assert_eq!(b.half_paid_at, Some(expected));
    let f = split_facts(&s);
    assert_eq!(f.first_interest_share, dec!(0.077));
    assert!(f.last_interest_share < dec!(0.01));
}

#[test]
fn an_empty_schedule_draws_nothing() {
    let mut s = schedule(12);
    s.rows.clear();
    s.amount_financed = Decimal::ZERO;
    let c = balance_chart(&s, 600.0, 200.0);
    assert!(c.line.is_empty() && c.area.is_empty() && c.x_ticks.is_empty());
    assert_eq!(split_chart(&s, 600.0, 200.0).principal, "");
    assert_eq!(balance_facts(&s).half_paid_at, None);
}
