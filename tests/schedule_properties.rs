//! Properties every schedule must have, over random loans of every method, frequency, charge,
//! rounding mode, grace period, promotion and extra payment.

use cuota::finance::schedule::{LoanTerms, Method, Schedule};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{Value, json};

fn method() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just("french"),
        Just("german"),
        Just("interest_only"),
        Just("flat_add_on"),
        Just("balloon")
    ]
}

fn frequency() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just("weekly"),
        Just("biweekly"),
        Just("semimonthly"),
        Just("monthly"),
        Just("quarterly")
    ]
}

prop_compose! {
    fn loan()(
        method in method(),
        frequency in frequency(),
        principal_cents in 10_000i64..500_000_000,
        rate_bp in 0i64..15_000,
        payments in 1u32..400,
        basis in prop_oneof![Just("periodic"), Just("actual365"), Just("actual360")],
        fee_bp in prop::option::of(0i64..800),
        fee_financed in any::<bool>(),
        insurance in prop::option::of((0u8..3, 0i64..50)),
        periodic_fee_cents in prop::option::of(0i64..5_000),
        vat in prop::option::of(0i64..2_500),
        guarantee_bp in prop::option::of(0i64..2_000),
        grace in prop::option::of((1u32..6, any::<bool>())),
        promotion in prop::option::of(1u32..6),
        extra in prop::option::of((1u32..30, 1i64..100_000, prop::option::of(1u32..12), any::<bool>())),
        decimals in 0u32..4,
        mode in prop_oneof![Just("half_up"), Just("half_even"), Just("up")],
        multiple in prop::option::of(prop_oneof![Just("5"), Just("0.5"), Just("10")]),
        first_offset in prop::option::of(1i64..60),
    ) -> Value {
        let plain = method == "flat_add_on";
        // Realistic terms: at most 30 years (the absurd ones are in `absurd_terms_never_panic`).
        let per_year = match frequency { "weekly" => 52, "biweekly" => 26, "semimonthly" => 24, "monthly" => 12, _ => 4 };
        // ... and rounding residues amplified at most 10^4 times by compounding: (1 + r/ppy)^n ≤ 10^4
        // (a 30-year mortgage at 7.5%: 9.4; weekly microcredit at 120% for a year: 3.3). Beyond
        // that half a minor unit of instalment rounding compounds into payments that no longer
        // cover interest, which the engine reports as an error.
        let periodic = rate_bp as f64 / 10_000.0 / per_year as f64;
        let mut payments = payments.min(30 * per_year);
        while payments > 1 && (1.0 + periodic * 1.1).powi(payments as i32) > 1e4 { payments -= 1; }
        let mut t = json!({
            "principal": Decimal::new(principal_cents, 2).round_dp(decimals), "annual_rate": Decimal::new(rate_bp, 4),
            "payments": payments, "method": method, "frequency": frequency, "disbursement": "2024-01-31",
            "interest_basis": if plain { "periodic" } else { basis },
            "rounding": { "decimals": decimals, "mode": mode, "instalment_multiple": multiple },
        });
        if method == "balloon" { t["balloon"] = json!({ "percent": "0.3" }); }
        if let Some(bp) = fee_bp { t["opening_fee"] = json!({ "amount": { "percent": Decimal::new(bp, 4) }, "financed": fee_financed }); }
        if let Some((kind, bp)) = insurance {
            let key = ["fixed", "percent_of_principal", "percent_of_balance"][kind as usize];
            let value = if kind == 0 { Decimal::new(bp, 2).round_dp(decimals) } else { Decimal::new(bp, 4) };
            t["insurance"] = json!({ key: value });
        }
        if let Some(c) = periodic_fee_cents { t["periodic_fee"] = json!(Decimal::new(c, 2).round_dp(decimals)); }
        if let Some(v) = vat { t["vat"] = json!({ "rate": Decimal::new(v, 4), "on_insurance": true }); }
        if let Some(g) = guarantee_bp { t["guarantee_percent"] = json!(Decimal::new(g, 4)); }
        if !plain {
            if let Some((periods, capitalised)) = grace.filter(|(p, _)| *p < payments) {
                t["grace"] = json!({ "periods": periods, "kind": if capitalised { "capitalised" } else { "interest_only" } });
            }
            if let Some(p) = promotion { t["promotion"] = json!({ "periods": p, "annual_rate": "0" }); }
            if let Some((at, cents, every, lower)) = extra.filter(|(at, ..)| *at <= payments) {
                let amount = Decimal::new(cents, 2).round_dp(decimals).max(Decimal::ONE);
                t["extra_payments"] = json!([{ "at_payment": at, "amount": amount, "every": every,
                    "effect": if lower { "lower_instalment" } else { "shorten_term" } }]);
            }
        }
        if let Some(days) = first_offset.filter(|_| frequency != "semimonthly") {
            t["first_payment"] = json!(cuota::finance::Date::parse_iso("2024-01-31").unwrap().add_days(days).unwrap());
        }
        t
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_schedule_balances_and_reconciles(json in loan()) {
        let terms: LoanTerms = serde_json::from_value(json.clone()).unwrap();
        let s = Schedule::build(&terms);
        prop_assert!(s.is_ok(), "{:?} for {}", s.err(), json);
        let s = s.unwrap();
        prop_assert!(!s.rows.is_empty());
        prop_assert_eq!(s.rows.last().unwrap().balance, Decimal::ZERO, "{}", json);
        let capitalised: Decimal = s.rows.iter().filter(|r| r.principal < Decimal::ZERO).map(|r| -r.principal).sum();
        let repaid: Decimal = s.rows.iter().filter(|r| r.principal > Decimal::ZERO).map(|r| r.principal).sum();
        prop_assert_eq!(repaid, s.amount_financed + capitalised);
        let mut previous = s.disbursement;
        for row in &s.rows {
            prop_assert_eq!(row.payment, row.interest + row.principal + row.fees + row.insurance + row.vat);
            prop_assert!(row.balance >= Decimal::ZERO, "negative balance in {:?}", row);
            prop_assert!(row.date > previous);
            for money in [row.payment, row.interest, row.principal, row.fees, row.insurance, row.vat, row.balance] {
                prop_assert!(money.normalize().scale() <= terms.rounding.decimals, "{} has more than {} decimals in {:?}", money, terms.rounding.decimals, row);
            }
            previous = row.date;
        }
        prop_assert_eq!(s.total_interest().unwrap(), s.rows.iter().map(|r| r.interest).sum::<Decimal>());
        if terms.method == Method::French && terms.extra_payments.is_empty() && terms.promotion.is_none() {
            prop_assert!(s.rows.len() as u32 <= terms.payments);
        }
    }

    #[test]
    fn absurd_terms_never_panic(
        principal in any::<i64>(), scale in 0u32..28, rate in any::<i64>(), payments in any::<u32>(),
        method in method(), frequency in frequency(), day in 1i64..3_000_000,
    ) {
        let date = cuota::finance::Date::from_days(day - 719_162).unwrap();
        let json = json!({
            "principal": Decimal::new(principal, scale), "annual_rate": Decimal::new(rate, scale),
            "payments": payments, "method": method, "frequency": frequency, "disbursement": date,
            "balloon": if method == "balloon" { json!({"percent": "0.5"}) } else { Value::Null },
        });
        let terms: LoanTerms = serde_json::from_value(json).unwrap();
        let _ = Schedule::build(&terms);
    }
}
