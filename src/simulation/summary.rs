//! The schedule as it fits on one printed page: every payment when there are few, otherwise the
//! payments grouped by calendar month, quarter or year — the coarsest grouping that is needed and no
//! coarser — with the sums of each column and the balance after the group's last payment.
//!
//! Sums are exact (checked decimal addition of the engine's rounded rows), so the groups add up to
//! the schedule's totals to the cent.

use crate::finance::num::add;
use crate::finance::schedule::{Instalment, Schedule};
use crate::finance::{Date, FinResult};
use rust_decimal::Decimal;

/// Most schedule rows the printed simulation sheet holds (with the inputs, results, legal text and
/// QR code on the same A4 page).
pub const PRINT_ROWS: usize = 36;

/// How rows are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// One row per payment.
    Payment,
    /// Payments due in the same calendar month.
    Month,
    /// Payments due in the same calendar quarter.
    Quarter,
    /// Payments due in the same calendar year.
    Year,
}

impl Grouping {
    /// The key of the group `date` falls in: (year, sub-period), or a payment's own number.
    fn key(self, row: &Instalment) -> (i32, u32) {
        let (y, m) = (row.date.year(), u32::from(row.date.month()));
        match self {
            Grouping::Payment => (0, row.number),
            Grouping::Month => (y, m),
            Grouping::Quarter => (y, m.div_ceil(3)),
            Grouping::Year => (y, 0),
        }
    }
}

/// One printed row: a payment, or the payments due in one month, quarter or year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryRow {
    /// Number of the group's first payment.
    pub first_number: u32,
    /// Number of its last payment.
    pub last_number: u32,
    /// Due date of its first payment (names the month, quarter or year).
    pub first_date: Date,
    /// Sum of the payments.
    pub payment: Decimal,
    /// Sum of the interest.
    pub interest: Decimal,
    /// Sum of the principal repaid.
    pub principal: Decimal,
    /// Sum of the periodic fees and insurance.
    pub charges: Decimal,
    /// Sum of the VAT.
    pub vat: Decimal,
    /// Balance after the group's last payment.
    pub balance: Decimal,
}

/// The printable schedule: its grouping and rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintedSchedule {
    /// How the rows are grouped.
    pub grouping: Grouping,
    /// The rows, in date order.
    pub rows: Vec<SummaryRow>,
}

/// Groups `rows` by `grouping`.
pub fn group(rows: &[Instalment], grouping: Grouping) -> FinResult<Vec<SummaryRow>> {
    let mut out: Vec<SummaryRow> = Vec::new();
    let mut current_key = None;
    for row in rows {
        let key = grouping.key(row);
        let charges = row.charges()?;
        match out.last_mut() {
            Some(last) if current_key == Some(key) => {
                last.last_number = row.number;
                last.payment = add(last.payment, row.payment)?;
                last.interest = add(last.interest, row.interest)?;
                last.principal = add(last.principal, row.principal)?;
                last.charges = add(last.charges, charges)?;
                last.vat = add(last.vat, row.vat)?;
                last.balance = row.balance;
            }
            _ => out.push(SummaryRow {
                first_number: row.number,
                last_number: row.number,
                first_date: row.date,
                payment: row.payment,
                interest: row.interest,
                principal: row.principal,
                charges,
                vat: row.vat,
                balance: row.balance,
            }),
        }
        current_key = Some(key);
    }
    Ok(out)
}

/// The finest grouping of `schedule` that fits in `max_rows` rows: each payment, else by month,
/// quarter or year (a year grouping is used even when it does not fit, as for a 40-year loan).
pub fn printable(schedule: &Schedule, max_rows: usize) -> FinResult<PrintedSchedule> {
    let mut grouped = None;
    for grouping in [
        Grouping::Payment,
        Grouping::Month,
        Grouping::Quarter,
        Grouping::Year,
    ] {
        let rows = group(&schedule.rows, grouping)?;
        let fits = rows.len() <= max_rows;
        grouped = Some(PrintedSchedule { grouping, rows });
        if fits {
            break;
        }
    }
    Ok(grouped.unwrap_or(PrintedSchedule {
        grouping: Grouping::Payment,
        rows: Vec::new(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finance::schedule::LoanTerms;

    fn schedule(json: serde_json::Value) -> Schedule {
        let terms: LoanTerms = serde_json::from_value(json).expect("terms");
        Schedule::build(&terms).expect("schedule")
    }

    fn monthly(payments: u32) -> Schedule {
        schedule(
            serde_json::json!({"principal": "250000", "annual_rate": "0.0749",
            "payments": payments, "disbursement": "2026-11-23"}),
        )
    }

    fn sum(rows: &[SummaryRow], f: fn(&SummaryRow) -> Decimal) -> Decimal {
        rows.iter().map(f).sum()
    }

    #[test]
    fn a_short_schedule_is_printed_in_full() {
        let s = monthly(36);
        let p = printable(&s, PRINT_ROWS).unwrap();
        assert_eq!(p.grouping, Grouping::Payment);
        assert_eq!(p.rows.len(), 36);
        assert_eq!(p.rows[35].first_number, 36);
        assert_eq!(p.rows[35].balance, Decimal::ZERO);
    }

    #[test]
    fn thirty_years_of_payments_are_grouped_by_calendar_year_and_add_up_to_the_totals() {
        let s = monthly(360);
        let p = printable(&s, PRINT_ROWS).unwrap();
        assert_eq!(p.grouping, Grouping::Year);
        // First payment 23 Dec 2026, last 23 Nov 2056: 2026 has one payment, 2056 eleven.
        assert_eq!(p.rows.len(), 31);
        assert_eq!((p.rows[0].first_number, p.rows[0].last_number), (1, 1));
        assert_eq!((p.rows[1].first_number, p.rows[1].last_number), (2, 13));
        assert_eq!(
            (p.rows[30].first_number, p.rows[30].last_number),
            (350, 360)
        );
        assert_eq!(sum(&p.rows, |r| r.interest), s.total_interest().unwrap());
        assert_eq!(sum(&p.rows, |r| r.principal), s.principal);
        let paid: Decimal = s.rows.iter().map(|r| r.payment).sum();
        assert_eq!(sum(&p.rows, |r| r.payment), paid);
        assert_eq!(p.rows[30].balance, Decimal::ZERO);
        assert_eq!(p.rows[1].balance, s.rows[12].balance);
    }

    #[test]
    fn five_years_are_grouped_by_quarter_and_weekly_loans_by_month() {
        let p = printable(&monthly(60), PRINT_ROWS).unwrap();
        assert_eq!(p.grouping, Grouping::Quarter);
        assert!(p.rows.len() <= PRINT_ROWS);
        assert_eq!(p.rows.last().unwrap().last_number, 60);

        let weekly = schedule(
            serde_json::json!({"principal": "20000", "annual_rate": "0.86",
            "payments": 52, "frequency": "weekly", "disbursement": "2026-11-23",
            "insurance": {"fixed": "12.00"}, "vat": {"rate": "0.16"}}),
        );
        let p = printable(&weekly, PRINT_ROWS).unwrap();
        assert_eq!(p.grouping, Grouping::Month);
        // 30 Nov 2026 to 22 Nov 2027: thirteen calendar months.
        assert_eq!(p.rows.len(), 13);
        let charges: Decimal = weekly.rows.iter().map(|r| r.fees + r.insurance).sum();
        assert_eq!(sum(&p.rows, |r| r.charges), charges);
        assert_eq!(
            sum(&p.rows, |r| r.vat),
            weekly.total_vat().unwrap(),
            "VAT adds up"
        );
    }

    #[test]
    fn an_empty_schedule_prints_no_rows() {
        assert_eq!(group(&[], Grouping::Year).unwrap(), Vec::new());
    }
}
