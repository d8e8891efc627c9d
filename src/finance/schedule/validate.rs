//! Validation of [`LoanTerms`]: every rule names the field it is about.

use super::terms::{Amount, Insurance, InterestBasis, LoanTerms, Method, OpeningFee};
use crate::finance::error::{FinResult, FinanceError};
use rust_decimal::Decimal;

/// Largest number of payments accepted (weekly for 38 years).
pub const MAX_PAYMENTS: u32 = 2000;
const MAX_RATE: Decimal = Decimal::from_parts(10, 0, 0, false, 0);
const MAX_AMOUNT: Decimal = Decimal::from_parts(0, 0x0001_0000, 0, false, 0); // ≈ 2.8e14

fn check(ok: bool, field: &'static str, problem: &'static str) -> FinResult<()> {
    if ok {
        Ok(())
    } else {
        Err(FinanceError::invalid(field, problem))
    }
}

fn fraction(v: Decimal) -> bool {
    v >= Decimal::ZERO && v <= Decimal::ONE
}

impl LoanTerms {
    /// Rejects terms no schedule can honour, naming the field: amounts must be positive and below
    /// about 2.8e14, rates between 0 and 1000%, 1 to 2000 payments, the first payment after the
    /// disbursement and within a year of it, grace and promotions shorter than the loan.
    pub fn validate(&self) -> FinResult<()> {
        check(
            self.principal > Decimal::ZERO,
            "principal",
            "must be greater than zero",
        )?;
        check(self.principal <= MAX_AMOUNT, "principal", "is too large")?;
        self.validate_minor_units()?;
        check(
            self.annual_rate >= Decimal::ZERO && self.annual_rate <= MAX_RATE,
            "annual_rate",
            "must be between 0 and 10 (1000%)",
        )?;
        check(
            (1..=MAX_PAYMENTS).contains(&self.payments),
            "payments",
            "must be between 1 and 2000",
        )?;
        check(
            (0..=3).contains(&self.rounding.decimals),
            "rounding.decimals",
            "must be 0, 1, 2 or 3",
        )?;
        check(
            self.rounding
                .instalment_multiple
                .is_none_or(|m| m > Decimal::ZERO && m <= MAX_AMOUNT),
            "rounding.instalment_multiple",
            "must be greater than zero",
        )?;
        check(
            self.periodic_fee >= Decimal::ZERO && self.periodic_fee <= MAX_AMOUNT,
            "periodic_fee",
            "must be zero or positive",
        )?;
        check(
            fraction(self.guarantee_percent),
            "guarantee_percent",
            "must be between 0 and 1",
        )?;
        if let Some(first) = self.first_payment {
            let days = self.disbursement.days_until(first);
            check(
                days > 0,
                "first_payment",
                "must be after the disbursement date",
            )?;
            check(
                days <= 366,
                "first_payment",
                "must be within a year of the disbursement date",
            )?;
        }
        self.validate_charges()?;
        self.validate_shape()
    }

    /// Money amounts may not be finer than the currency's minor unit (`rounding.decimals`): a
    /// principal of 100.01 in a currency without decimals is an error, never silently rounded.
    fn validate_minor_units(&self) -> FinResult<()> {
        let decimals = self.rounding.decimals;
        let fits = |v: Decimal| v.normalize().scale() <= decimals;
        let problem = "has more decimals than the currency's minor unit (rounding.decimals)";
        check(fits(self.principal), "principal", problem)?;
        check(fits(self.periodic_fee), "periodic_fee", problem)?;
        if let Some(OpeningFee {
            amount: Amount::Fixed(v),
            ..
        }) = self.opening_fee
        {
            check(fits(v), "opening_fee.amount", problem)?;
        }
        if let Some(Insurance::Fixed(v)) = self.insurance {
            check(fits(v), "insurance", problem)?;
        }
        if let Some(Amount::Fixed(v)) = self.balloon {
            check(fits(v), "balloon", problem)?;
        }
        for extra in &self.extra_payments {
            check(fits(extra.amount), "extra_payments.amount", problem)?;
        }
        Ok(())
    }

    fn validate_charges(&self) -> FinResult<()> {
        if let Some(fee) = self.opening_fee {
            let ok = match fee.amount {
                Amount::Percent(p) => fraction(p),
                Amount::Fixed(f) => f >= Decimal::ZERO && f < self.principal,
            };
            check(
                ok,
                "opening_fee.amount",
                "must be a fraction between 0 and 1, or a fixed sum below the principal",
            )?;
        }
        if let Some(ins) = self.insurance {
            let ok = match ins {
                Insurance::Fixed(v) => v >= Decimal::ZERO && v <= MAX_AMOUNT,
                Insurance::PercentOfPrincipal(p) | Insurance::PercentOfBalance(p) => fraction(p),
            };
            check(
                ok,
                "insurance",
                "must be zero or positive (a fraction between 0 and 1 for percentages)",
            )?;
        }
        if let Some(vat) = self.vat {
            check(fraction(vat.rate), "vat.rate", "must be between 0 and 1")?;
        }
        Ok(())
    }

    /// A balloon is required by, and only allowed with, the balloon method, and lies strictly between
    /// zero and the principal.
    fn validate_balloon(&self) -> FinResult<()> {
        match (self.method, self.balloon) {
            (Method::Balloon, None) => {
                return Err(FinanceError::invalid(
                    "balloon",
                    "is required for the balloon method",
                ));
            }
            (Method::Balloon, Some(b)) => {
                let ok = match b {
                    Amount::Percent(p) => p > Decimal::ZERO && p < Decimal::ONE,
                    Amount::Fixed(f) => f > Decimal::ZERO && f < self.principal,
                };
                check(
                    ok,
                    "balloon",
                    "must be more than zero and less than the principal",
                )?;
            }
            (_, Some(_)) => {
                return Err(FinanceError::invalid(
                    "balloon",
                    "is only for the balloon method",
                ));
            }
            _ => {}
        }
        Ok(())
    }

    fn validate_shape(&self) -> FinResult<()> {
        let grace = self.grace.map_or(0, |g| g.periods);
        if self.method == Method::FlatAddOn {
            let plain = grace == 0 && self.promotion.is_none() && self.extra_payments.is_empty();
            check(
                plain,
                "method",
                "flat_add_on does not combine with grace, promotions or extra payments",
            )?;
            check(
                self.interest_basis == InterestBasis::Periodic,
                "interest_basis",
                "must be periodic for flat_add_on",
            )?;
        }
        check(
            grace < self.payments,
            "grace.periods",
            "must be fewer than the payments",
        )?;
        if let Some(p) = self.promotion {
            check(
                p.annual_rate >= Decimal::ZERO && p.annual_rate <= MAX_RATE,
                "promotion.annual_rate",
                "must be between 0 and 10 (1000%)",
            )?;
        }
        self.validate_balloon()?;
        for extra in &self.extra_payments {
            check(
                extra.at_payment >= 1 && extra.at_payment <= self.payments,
                "extra_payments.at_payment",
                "must be between 1 and the number of payments",
            )?;
            check(
                extra.amount > Decimal::ZERO && extra.amount <= MAX_AMOUNT,
                "extra_payments.amount",
                "must be greater than zero",
            )?;
            check(
                extra.every.is_none_or(|e| e >= 1),
                "extra_payments.every",
                "must be at least 1",
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn rejected_field(changes: Value) -> &'static str {
        let mut t = json!({ "principal": "1000", "annual_rate": "0.1", "payments": 12, "disbursement": "2025-01-31" });
        for (k, v) in changes.as_object().unwrap() {
            t[k] = v.clone();
        }
        let terms: LoanTerms = serde_json::from_value(t).unwrap();
        match terms.validate() {
            Err(FinanceError::InvalidInput { field, .. }) => field,
            other => panic!("expected a rejection, got {other:?}"),
        }
    }

    #[test]
    fn each_rule_names_its_field() {
        assert_eq!(rejected_field(json!({ "principal": "0" })), "principal");
        assert_eq!(
            rejected_field(json!({ "principal": "100.01", "rounding": { "decimals": 0 } })),
            "principal"
        );
        assert_eq!(
            rejected_field(json!({ "annual_rate": "-0.01" })),
            "annual_rate"
        );
        assert_eq!(rejected_field(json!({ "payments": 2001 })), "payments");
        assert_eq!(
            rejected_field(json!({ "first_payment": "2025-01-31" })),
            "first_payment"
        );
        assert_eq!(
            rejected_field(json!({ "first_payment": "2026-03-01" })),
            "first_payment"
        );
        assert_eq!(rejected_field(json!({ "method": "balloon" })), "balloon");
        assert_eq!(
            rejected_field(json!({ "balloon": { "percent": "0.2" } })),
            "balloon"
        );
        assert_eq!(
            rejected_field(json!({ "grace": { "periods": 12, "kind": "capitalised" } })),
            "grace.periods"
        );
        assert_eq!(
            rejected_field(
                json!({ "method": "flat_add_on", "grace": { "periods": 1, "kind": "interest_only" } })
            ),
            "method"
        );
        assert_eq!(
            rejected_field(json!({ "vat": { "rate": "1.5" } })),
            "vat.rate"
        );
        assert_eq!(
            rejected_field(json!({ "extra_payments": [{ "at_payment": 13, "amount": "5" }] })),
            "extra_payments.at_payment"
        );
        assert_eq!(
            rejected_field(json!({ "opening_fee": { "amount": { "fixed": "1000" } } })),
            "opening_fee.amount"
        );
    }
}
