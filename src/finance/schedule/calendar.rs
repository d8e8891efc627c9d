//! Payment dates.
//!
//! Rules:
//! - Monthly and quarterly payments fall on the first payment's day of the month, or on the month's
//!   last day when it is shorter; a first payment on a month's last day keeps later payments on the
//!   last day (31 Jan, 29 Feb, 31 Mar, …).
//! - Weekly and biweekly payments fall every 7 or 14 days from the first payment.
//! - Semimonthly payments fall on the 15th and on the last day of each month.
//! - Without a first payment date, the first payment is one regular period after disbursement
//!   (semimonthly: the first 15th or month end at least 15 days after it).
//! - Odd first period: when a first payment date is given and differs from that regular date, the
//!   first period is odd. Its interest accrues for its actual days (see [`super::terms::InterestBasis`]);
//!   the level instalment is still computed on regular periods, so the first payment carries the
//!   difference between the odd and the regular interest (the principal part stays regular).

use super::terms::{Frequency, LoanTerms};
use crate::finance::date::{Date, days_in_month};
use crate::finance::error::{FinResult, FinanceError};

/// The first payment date when none is chosen: one regular period after `disbursement` (a week, two
/// weeks, the next 15th or month end, a month or three months, months anchored to the day).
pub fn regular_first_payment(disbursement: Date, frequency: Frequency) -> FinResult<Date> {
    next_regular(frequency, disbursement)
}

/// The payment dates of `terms` and whether the first period is odd.
pub fn payment_dates(terms: &LoanTerms) -> FinResult<(Vec<Date>, bool)> {
    let regular_first = next_regular(terms.frequency, terms.disbursement)?;
    let first = terms.first_payment.unwrap_or(regular_first);
    if terms.frequency == Frequency::Semimonthly && first.day() != 15 && !first.is_month_end() {
        return Err(FinanceError::invalid(
            "first_payment",
            "must be the 15th or the last day of a month for semimonthly payments",
        ));
    }
    let n = terms.payments as usize;
    let mut dates = Vec::with_capacity(n);
    dates.push(first);
    let anchor = if first.is_month_end() {
        31
    } else {
        first.day()
    };
    let later = terms.payments.saturating_sub(1);
    match terms.frequency {
        Frequency::Monthly => first.push_month_series(1, anchor, later, &mut dates)?,
        Frequency::Quarterly => first.push_month_series(3, anchor, later, &mut dates)?,
        Frequency::Weekly | Frequency::Biweekly | Frequency::Semimonthly => {
            for k in 1..=i64::from(later) {
                dates.push(match terms.frequency {
                    Frequency::Weekly => first.add_days(7 * k)?,
                    Frequency::Biweekly => first.add_days(14 * k)?,
                    _ => next_half_month(*dates.last().unwrap_or(&first))?,
                });
            }
        }
    }
    Ok((dates, first != regular_first))
}

/// One regular period after `from`.
fn next_regular(frequency: Frequency, from: Date) -> FinResult<Date> {
    match frequency {
        Frequency::Weekly => from.add_days(7),
        Frequency::Biweekly => from.add_days(14),
        Frequency::Monthly => from.add_months(1),
        Frequency::Quarterly => from.add_months(3),
        Frequency::Semimonthly => {
            let mut d = next_half_month(from)?;
            while from.days_until(d) < 15 {
                d = next_half_month(d)?;
            }
            Ok(d)
        }
    }
}

/// The next 15th or month end strictly after `d`.
fn next_half_month(d: Date) -> FinResult<Date> {
    let last = days_in_month(d.year(), d.month());
    if d.day() < 15 {
        Date::new(d.year(), d.month(), 15)
    } else if d.day() < last {
        Date::new(d.year(), d.month(), last)
    } else {
        let next = d.add_days(1)?;
        Date::new(next.year(), next.month(), 15)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finance::schedule::terms::LoanTerms;

    fn terms(freq: Frequency, disb: &str, first: Option<&str>, n: u32) -> LoanTerms {
        let json = serde_json::json!({
            "principal": "1000", "annual_rate": "0.1", "payments": n, "frequency": freq,
            "disbursement": disb, "first_payment": first,
        });
        serde_json::from_value(json).unwrap()
    }

    fn iso(v: &[Date]) -> Vec<String> {
        v.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn month_end_schedules_stay_at_month_end() {
        let (d, odd) = payment_dates(&terms(Frequency::Monthly, "2023-12-31", None, 4)).unwrap();
        assert_eq!(
            iso(&d),
            ["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"]
        );
        assert!(!odd);
    }

    #[test]
    fn semimonthly_alternates_15th_and_month_end() {
        let (d, _) = payment_dates(&terms(Frequency::Semimonthly, "2024-01-03", None, 4)).unwrap();
        assert_eq!(
            iso(&d),
            ["2024-01-31", "2024-02-15", "2024-02-29", "2024-03-15"]
        );
        assert!(
            payment_dates(&terms(
                Frequency::Semimonthly,
                "2024-01-03",
                Some("2024-01-20"),
                2
            ))
            .is_err()
        );
    }

    #[test]
    fn weekly_and_odd_first_period() {
        let (d, odd) = payment_dates(&terms(
            Frequency::Weekly,
            "2024-01-01",
            Some("2024-01-10"),
            3,
        ))
        .unwrap();
        assert_eq!(iso(&d), ["2024-01-10", "2024-01-17", "2024-01-24"]);
        assert!(odd);
        let (_, odd) = payment_dates(&terms(
            Frequency::Quarterly,
            "2024-01-01",
            Some("2024-04-01"),
            2,
        ))
        .unwrap();
        assert!(!odd);
    }
}
