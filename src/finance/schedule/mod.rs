//! Amortisation schedules: every payment's date, interest, principal, charges, VAT and balance.
//!
//! # Rounding convention
//! Each row's interest, insurance and VAT are rounded to the currency's minor unit with the
//! configured mode ([`Rounding`]); the level instalment is rounded the same way (then up to a
//! multiple, if set), and each row's principal is what remains of it after interest. The last
//! payment takes whatever balance remains, so the balance always ends at exactly zero, the principal
//! repaid always equals the amount financed plus any capitalised interest, and every row reconciles
//! exactly: `payment = interest + principal + fees + insurance + vat`.
//!
//! Interest: see [`InterestBasis`]; odd first periods: see [`calendar`]. Promotions and extra
//! payments that lower the instalment recompute the level instalment over the remaining payments
//! from the balance at that point; extra payments that shorten the term keep it, and the schedule
//! ends when the balance reaches zero.

mod build;
pub mod calendar;
mod terms;
mod totals;
mod validate;

use crate::finance::date::Date;
use crate::finance::error::FinResult;
use crate::finance::flow::Flow;
use crate::finance::num::{add, sub};
use rust_decimal::Decimal;
use serde::Serialize;
pub use terms::{
    Amount, ExtraEffect, ExtraPayment, Frequency, Grace, GraceKind, Insurance, InterestBasis,
    LoanTerms, Method, OpeningFee, Promotion, Rounding, RoundingMode, Vat,
};
pub use totals::ScheduleTotals;
pub use validate::MAX_PAYMENTS;

/// One payment of the schedule. All amounts are rounded to the minor unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Instalment {
    /// 1-based payment number.
    pub number: u32,
    /// Due date.
    pub date: Date,
    /// Everything the borrower pays that day: interest + principal + fees + insurance + vat.
    pub payment: Decimal,
    /// Interest of the period (capitalised during a capitalised grace period).
    pub interest: Decimal,
    /// Principal repaid (negative when interest is capitalised).
    pub principal: Decimal,
    /// Periodic fees.
    pub fees: Decimal,
    /// Mandatory insurance premium.
    pub insurance: Decimal,
    /// VAT on interest and charges.
    pub vat: Decimal,
    /// Balance outstanding after this payment.
    pub balance: Decimal,
}

impl Instalment {
    /// Periodic fees plus insurance: the schedule's "fees and insurance" column. Cannot overflow for
    /// a row the engine built (both are parts of the payment, which was summed with checked
    /// arithmetic); checked all the same.
    pub fn charges(&self) -> FinResult<Decimal> {
        add(self.fees, self.insurance)
    }
}

/// A loan's full schedule and what happens at disbursement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Schedule {
    /// Disbursement date.
    pub disbursement: Date,
    /// The amount lent.
    pub principal: Decimal,
    /// The balance at disbursement: the principal plus any financed opening fee (and its VAT).
    pub amount_financed: Decimal,
    /// Opening fee.
    pub opening_fee: Decimal,
    /// VAT on the opening fee.
    pub opening_fee_vat: Decimal,
    /// Opening fee and its VAT when deducted at disbursement (0 when financed).
    pub upfront_charges: Decimal,
    /// Cash guarantee held at disbursement and returned on the last payment date.
    pub guarantee: Decimal,
    /// What the borrower receives: principal − upfront charges − guarantee.
    pub net_disbursed: Decimal,
    /// The payments.
    pub rows: Vec<Instalment>,
}

/// Which costs count in the cash flows of a regulatory rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CostInclusion {
    /// Count VAT (EU/UK: taxes are part of the total cost of credit, Directive 2008/48/EC art. 3(g);
    /// Mexico's CAT excludes it).
    pub vat: bool,
    /// Count mandatory insurance (included by every convention supported).
    pub insurance: bool,
    /// Count the cash guarantee held and returned.
    pub guarantee: bool,
}

impl Schedule {
    /// Builds the schedule of `terms` (see the module documentation for the rules).
    pub fn build(terms: &LoanTerms) -> FinResult<Schedule> {
        build::build(terms).map(|(schedule, _)| schedule)
    }

    /// Builds the schedule of `terms` and what it adds up to (the same figures as
    /// [`Schedule::totals`], summed while the rows are built).
    pub fn build_with_totals(terms: &LoanTerms) -> FinResult<(Schedule, ScheduleTotals)> {
        let (schedule, sums) = build::build(terms)?;
        let totals = sums.totals(&schedule)?;
        Ok((schedule, totals))
    }

    /// The regular instalment: the most frequent payment amount (on a tie, the one that comes first
    /// in the schedule). Counted in one pass over the few distinct amounts of a usual schedule (a
    /// level payment, an odd first one, an adjusted last one, a promotion's), or on a sorted copy,
    /// O(n log n), when there are many.
    pub fn instalment(&self) -> Decimal {
        const FEW: usize = 8;
        let mut counts: Vec<(Decimal, usize)> = Vec::with_capacity(FEW);
        for row in &self.rows {
            if let Some((_, c)) = counts.iter_mut().find(|(p, _)| *p == row.payment) {
                *c += 1;
            } else if counts.len() < FEW {
                counts.push((row.payment, 1));
            } else {
                return self.instalment_by_sorting();
            }
        }
        let mut best = (Decimal::ZERO, 0usize);
        for (payment, c) in counts {
            if c > best.1 {
                best = (payment, c);
            }
        }
        best.0
    }

    fn instalment_by_sorting(&self) -> Decimal {
        let mut sorted: Vec<Decimal> = self.rows.iter().map(|r| r.payment).collect();
        sorted.sort_unstable();
        let count =
            |p: &Decimal| sorted.partition_point(|x| x <= p) - sorted.partition_point(|x| x < p);
        let mut best = (Decimal::ZERO, 0usize);
        for row in &self.rows {
            let c = count(&row.payment);
            if c > best.1 {
                best = (row.payment, c);
            }
        }
        best.0
    }
    /// Date of the last payment.
    pub fn last_payment_date(&self) -> Date {
        self.rows.last().map_or(self.disbursement, |r| r.date)
    }

    /// The borrower's cash flows for a regulatory rate: what is received on the disbursement date
    /// (positive) and each payment (negative), counting the costs `include` says.
    pub fn borrower_flows(&self, include: CostInclusion) -> FinResult<Vec<Flow>> {
        let mut received = sub(self.principal, self.upfront_charges)?;
        if !include.vat && self.upfront_charges > Decimal::ZERO {
            received = add(received, self.opening_fee_vat)?;
        }
        if include.guarantee {
            received = sub(received, self.guarantee)?;
        }
        let first = Flow::new(self.disbursement, received);
        let mut flows: Vec<Flow> = if include.vat && include.insurance {
            // Every payment counts whole: one collect of known length, no push per flow (collecting
            // fallible flows in one pass instead measured 12 µs slower at 360 payments in wasm).
            std::iter::once(first)
                .chain(self.rows.iter().map(|r| Flow::new(r.date, -r.payment)))
                .collect()
        } else {
            let mut flows = Vec::with_capacity(self.rows.len() + 1);
            flows.push(first);
            for row in &self.rows {
                let mut paid = row.payment;
                if !include.vat {
                    paid = sub(paid, row.vat)?;
                }
                if !include.insurance {
                    paid = sub(paid, row.insurance)?;
                }
                flows.push(Flow::new(row.date, -paid));
            }
            flows
        };
        // The guarantee comes back with the last payment.
        if include.guarantee
            && !self.rows.is_empty()
            && let Some(last) = flows.last_mut()
        {
            last.amount = -sub(-last.amount, self.guarantee)?;
        }
        Ok(flows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn schedule(payments: &[i64]) -> Schedule {
        let day = Date::new(2025, 1, 15).unwrap();
        let row = |(i, p): (usize, &i64)| Instalment {
            number: i as u32 + 1,
            date: day,
            payment: Decimal::new(*p, 2),
            interest: Decimal::ZERO,
            principal: Decimal::new(*p, 2),
            fees: Decimal::ZERO,
            insurance: Decimal::ZERO,
            vat: Decimal::ZERO,
            balance: Decimal::ZERO,
        };
        Schedule {
            disbursement: day,
            principal: Decimal::ZERO,
            amount_financed: Decimal::ZERO,
            opening_fee: Decimal::ZERO,
            opening_fee_vat: Decimal::ZERO,
            upfront_charges: Decimal::ZERO,
            guarantee: Decimal::ZERO,
            net_disbursed: Decimal::ZERO,
            rows: payments.iter().enumerate().map(row).collect(),
        }
    }

    #[test]
    fn the_instalment_is_the_most_frequent_payment_first_on_a_tie() {
        assert_eq!(
            schedule(&[900, 500, 500, 700]).instalment(),
            Decimal::new(500, 2)
        );
        assert_eq!(
            schedule(&[700, 500, 500, 700]).instalment(),
            Decimal::new(700, 2)
        );
        assert_eq!(schedule(&[]).instalment(), Decimal::ZERO);
        // Many distinct payments (insurance on the balance): counted on a sorted copy.
        let many: Vec<i64> = (0..40).chain([17, 17]).collect();
        assert_eq!(schedule(&many).instalment(), Decimal::new(17, 2));
    }

    #[test]
    fn capitalising_no_interest_repays_zero_not_minus_zero() {
        let terms: LoanTerms = serde_json::from_value(serde_json::json!({
            "principal": "1200.00", "annual_rate": "0", "payments": 12, "method": "french",
            "frequency": "monthly", "disbursement": "2025-01-15",
            "grace": { "periods": 2, "kind": "capitalised" }
        }))
        .unwrap();
        let s = Schedule::build(&terms).unwrap();
        for row in &s.rows[..2] {
            // A decimal's negation keeps a sign on zero ("-0.00"); a schedule never shows one.
            assert_eq!(row.principal.to_string(), "0.00");
            assert_eq!(row.payment.to_string(), "0.00");
        }
        assert_eq!(s.rows[2].payment, Decimal::new(120, 0));
    }

    #[test]
    fn zero_charges_follow_the_decimal_zero_rule() {
        // In decimals `x + 0.00` is `x` as written, but `0 + 0.00` is `0.00`: a zero fee shows only
        // on a zero payment, with or without the shortcut for rows whose charges are all zero.
        let terms = |fee: Option<&str>| -> LoanTerms {
            let mut t = serde_json::json!({
                "principal": "1200", "annual_rate": "0", "payments": 12, "method": "french",
                "frequency": "monthly", "disbursement": "2025-01-15",
                "grace": { "periods": 1, "kind": "interest_only" }
            });
            if let Some(fee) = fee {
                t["periodic_fee"] = serde_json::json!(fee);
            }
            serde_json::from_value(t).unwrap()
        };
        let payments = |fee| {
            let s = Schedule::build(&terms(fee)).unwrap();
            (s.rows[0].payment.to_string(), s.rows[1].payment.to_string())
        };
        assert_eq!(payments(None), ("0".into(), "109.09".into()));
        assert_eq!(payments(Some("0")), ("0".into(), "109.09".into()));
        assert_eq!(payments(Some("0.00")), ("0.00".into(), "109.09".into()));
        assert_eq!(payments(Some("0.50")), ("0.50".into(), "109.59".into()));
    }

    proptest! {
        /// Counting the few distinct amounts and sorting agree.
        #[test]
        fn both_countings_agree(payments in prop::collection::vec(0i64..12, 0..60)) {
            let s = schedule(&payments);
            prop_assert_eq!(s.instalment(), s.instalment_by_sorting());
        }
    }
}
