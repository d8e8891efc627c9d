//! Properties of whole quotes: schedule → borrower flows → regulatory rate.

use cuota::finance::quote::{QuoteRequest, audited_quote, quote};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde_json::json;

fn request(principal: i64, rate_bp: i64, months: u32, convention: &str) -> QuoteRequest {
    serde_json::from_value(json!({
        "loan": { "principal": Decimal::from(principal), "annual_rate": Decimal::new(rate_bp, 4),
                  "payments": months, "disbursement": "2025-01-15" },
        "convention": convention
    }))
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    /// Without charges the borrower's flows are the loan itself, so the EU, UK and MX rates are the
    /// effective annual rate of the nominal rate, (1 + r/12)^12 - 1, and Regulation Z's APR is the
    /// nominal rate r (Appendix J: unit-period rate × 12). Cent rounding of the instalment moves the
    /// rate by less than 5e-5 for loans of 10,000 or more.
    #[test]
    fn no_charges_means_the_nominal_rates_effective_rate(
        principal in 10_000i64..2_000_000, rate_bp in 1i64..4_000, months in 2u32..361,
    ) {
        let r = rate_bp as f64 / 10_000.0;
        let effective = (1.0 + r / 12.0).powi(12) - 1.0;
        for (convention, expected) in [("eu", effective), ("uk", effective), ("mx_cat", effective), ("us_regz", r)] {
            let req = request(principal, rate_bp, months, convention);
            let q = audited_quote(&req).unwrap();
            // The simulator's quote is the audited one without the audit.
            let plain = quote(&req).unwrap();
            prop_assert_eq!(plain.rate.disclosed(), q.rate.apr.disclosed());
            prop_assert!((plain.rate.rate - q.rate.apr.rate).abs() <= Decimal::new(5, 12));
            prop_assert_eq!(&plain.totals, &q.totals);
            prop_assert_eq!(&plain.schedule, &q.schedule);
            let got = q.rate.apr.rate.to_f64().unwrap();
            prop_assert!((got - expected).abs() < 5e-5, "{convention}: {got} vs {expected}");
            let ear = q.effective_annual_rate.to_f64().unwrap();
            prop_assert!((ear - effective).abs() < 5e-5, "effective rate {ear} vs {effective}");
            // The proof table's discounted values sum to zero at the rate found.
            prop_assert!(q.rate.proof.sum.abs() < Decimal::new(1, 12), "{}", q.rate.proof.sum);
        }
    }

    #[test]
    fn absurd_requests_never_panic(text in "[ -~]{0,200}", principal in any::<i64>(), months in any::<u32>()) {
        let _ = cuota::cli::quote::quote_json(&text);
        let body = json!({ "loan": { "principal": principal, "annual_rate": "0.1", "payments": months,
            "disbursement": "9999-12-01" }, "convention": "us_regz" });
        let _ = cuota::cli::quote::quote_json(&body.to_string());
    }
}
