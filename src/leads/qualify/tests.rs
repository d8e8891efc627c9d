use super::*;
use crate::config::Eligibility;
use crate::finance::affordability::{Policy, assess};
use crate::leads::submit::fixture::catalog;
use rust_decimal_macros::dec;

fn product(eligibility: Eligibility) -> Product {
    let mut p = catalog().products.remove(0);
    p.eligibility = eligibility;
    p
}

fn household(income: Decimal) -> Household {
    Household {
        net_income: income,
        living_expenses: dec!(0),
        existing_debt_payments: dec!(0),
    }
}

fn assessment(h: &Household, instalment: Decimal) -> Assessment {
    let policy = Policy {
        max_dti: dec!(0.35),
        min_residual_income: None,
    };
    assess(h, &policy, instalment).unwrap()
}

#[test]
fn meeting_every_rule_qualifies() {
    let p = product(Eligibility {
        min_monthly_income: Some(dec!(6000)),
        min_age: Some(18),
        max_age: Some(70),
    });
    let h = household(dec!(12000));
    let q = qualify(&p, Some(&h), Some(&assessment(&h, dec!(1000))), Some(30));
    assert_eq!(
        q,
        Qualification {
            status: Status::Qualified,
            reasons: vec![]
        }
    );
}

#[test]
fn every_failed_rule_is_a_reason() {
    let p = product(Eligibility {
        min_monthly_income: Some(dec!(6000)),
        min_age: Some(18),
        max_age: Some(70),
    });
    let h = household(dec!(5000));
    let q = qualify(&p, Some(&h), Some(&assessment(&h, dec!(2000))), Some(17));
    assert_eq!(q.status, Status::NotQualified);
    assert_eq!(q.reasons.len(), 3);
    assert_eq!(q.reasons[0], Reason::IncomeBelowMinimum { min: dec!(6000) });
    assert!(
        matches!(&q.reasons[1], Reason::NotAffordable { reasons } if reasons[0].code() == "dti_above_max")
    );
    assert_eq!(q.reasons[2], Reason::AgeBelowMinimum { min: 18 });
    let old = qualify(&p, Some(&h), None, Some(71));
    assert_eq!(
        old.reasons,
        vec![
            Reason::AffordabilityNotChecked,
            Reason::AgeAboveMaximum { max: 70 }
        ]
    );
}

#[test]
fn an_age_is_needed_only_where_the_product_has_limits() {
    let h = household(dec!(12000));
    let a = assessment(&h, dec!(1000));
    let none = product(Eligibility::default());
    assert_eq!(
        qualify(&none, Some(&h), Some(&a), None).status,
        Status::Qualified
    );
    let limited = product(Eligibility {
        min_age: Some(18),
        ..Eligibility::default()
    });
    assert_eq!(
        qualify(&limited, Some(&h), Some(&a), None).reasons,
        vec![Reason::AgeNotGiven]
    );
}
