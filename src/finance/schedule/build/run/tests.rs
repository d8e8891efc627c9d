//! The regular runs against the general row: the same schedules, value and scale of every amount,
//! and the same errors, on random loans of every shape that decides where a run starts and ends.

use super::super::build_rows;
use crate::finance::date::Date;
use crate::finance::schedule::LoanTerms;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{Value, json};

/// Builds `terms` both ways; the schedules print identically (scales included) or fail alike, and
/// the totals summed while building are the totals of the rows built (value and scale).
fn same_both_ways(terms: &Value) -> Result<(), TestCaseError> {
    let terms: LoanTerms = serde_json::from_value(terms.clone()).expect("valid JSON terms");
    let print = |runs| match build_rows(&terms, runs) {
        Ok((s, sums)) => {
            let built = sums.totals(&s).map(|t| format!("{t:?}"));
            let read = s.totals().map(|t| format!("{t:?}"));
            assert_eq!(built, read, "totals summed while building");
            serde_json::to_string(&s).expect("a schedule serialises")
        }
        Err(e) => format!("error: {e:?}"),
    };
    prop_assert_eq!(print(true), print(false));
    Ok(())
}

prop_compose! {
    fn loan()(
        method in prop_oneof![Just("french"), Just("german"), Just("balloon"), Just("interest_only")],
        frequency in prop_oneof![Just("weekly"), Just("biweekly"), Just("monthly"), Just("quarterly")],
        principal in 1i64..5_000_000_000,
        // Rates whose periodic rate ends within 18 digits and rates whose does not (0.0749 / 12).
        rate in prop_oneof![0i64..30_000, Just(749), Just(7500), Just(8600), Just(0)],
        payments in 1u32..400,
        decimals in 0u32..4,
        mode in prop_oneof![Just("half_up"), Just("half_even"), Just("up")],
        multiple in prop::option::of(prop_oneof![Just("5"), Just("0.5"), Just("5.00")]),
        fee in prop::option::of((0i64..5_000, 0u32..3)),
        insurance in prop::option::of((0u8..3, 0i64..5_000)),
        vat in prop::option::of((0i64..2_500, any::<bool>(), any::<bool>(), any::<bool>())),
        grace in prop::option::of((1u32..6, any::<bool>())),
        promotion in prop::option::of((1u32..12, 0i64..3_000)),
        extra in prop::option::of((1u32..30, 1i64..1_000_000, prop::option::of(0u32..12), any::<bool>())),
        first_offset in prop::option::of(1i64..60),
    ) -> Value {
        let money = |cents: i64| Decimal::new(cents, 2).round_dp(decimals);
        let mut t = json!({
            "principal": money(principal), "annual_rate": Decimal::new(rate, 4),
            "payments": payments, "method": method, "frequency": frequency,
            "disbursement": "2024-01-31",
            "rounding": { "decimals": decimals, "mode": mode, "instalment_multiple": multiple },
        });
        if method == "balloon" { t["balloon"] = json!({ "percent": "0.3" }); }
        if let Some((cents, scale)) = fee {
            // A fee of "0", "0.0" or "0.00": a zero's scale decides whether it shows in the payment.
            t["periodic_fee"] = json!(Decimal::new(cents, scale.min(decimals)));
        }
        if let Some((kind, value)) = insurance {
            let key = ["fixed", "percent_of_principal", "percent_of_balance"][kind as usize];
            t["insurance"] = json!({ key: if kind == 0 { money(value) } else { Decimal::new(value, 5) } });
        }
        if let Some((rate, on_interest, on_fees, on_insurance)) = vat {
            t["vat"] = json!({ "rate": Decimal::new(rate, 4), "on_interest": on_interest,
                               "on_fees": on_fees, "on_insurance": on_insurance });
        }
        if let Some((periods, capitalised)) = grace.filter(|(p, _)| *p < payments) {
            t["grace"] = json!({ "periods": periods,
                                 "kind": if capitalised { "capitalised" } else { "interest_only" } });
        }
        if let Some((periods, rate)) = promotion {
            t["promotion"] = json!({ "periods": periods, "annual_rate": Decimal::new(rate, 4) });
        }
        if let Some((at, cents, every, lower)) = extra.filter(|(at, ..)| *at <= payments) {
            t["extra_payments"] = json!([{ "at_payment": at, "amount": money(cents).max(Decimal::ONE),
                "every": every.filter(|e| *e > 0),
                "effect": if lower { "lower_instalment" } else { "shorten_term" } }]);
        }
        if let Some(days) = first_offset {
            t["first_payment"] = json!(Date::new(2024, 1, 31).and_then(|d| d.add_days(days)).expect("a date"));
        }
        t
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn runs_compute_what_the_general_row_computes(terms in loan()) {
        same_both_ways(&terms)?;
    }
}

#[test]
fn a_run_ends_where_the_general_row_reports_a_runaway_balance() {
    // 300% a year repaid over 360 months with the instalment rounded to 0.5: payments fall short of
    // the interest by rounding, the balance grows, and the error comes from the general row.
    let terms = json!({
        "principal": "1000000", "annual_rate": "3", "payments": 360, "disbursement": "2024-01-31",
        "rounding": { "decimals": 0, "mode": "half_even", "instalment_multiple": "0.5" }
    });
    same_both_ways(&terms).expect("same outcome");
}
