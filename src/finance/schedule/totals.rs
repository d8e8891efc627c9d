//! What a schedule adds up to: its columns' totals, summed while the rows are built (the quote) or
//! over the rows (any schedule), each exactly as adding the rows' amounts one by one.

use super::{Instalment, Schedule};
use crate::finance::error::FinResult;
use crate::finance::num::{RunningTotal, add, total};
use rust_decimal::Decimal;

/// What a schedule adds up to (see [`Schedule::totals`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleTotals {
    /// Total interest.
    pub interest: Decimal,
    /// Total VAT, including VAT on the opening fee.
    pub vat: Decimal,
    /// Charges other than interest and VAT: opening fee, periodic fees and insurance.
    pub charges: Decimal,
    /// Everything the borrower pays: all payments plus upfront charges.
    pub paid: Decimal,
}

/// The running sums of a schedule's columns.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ColumnSums {
    pub payment: RunningTotal,
    pub interest: RunningTotal,
    pub fees: RunningTotal,
    pub insurance: RunningTotal,
    pub vat: RunningTotal,
}

impl ColumnSums {
    /// No rows yet.
    pub const NONE: ColumnSums = ColumnSums {
        payment: RunningTotal::NONE,
        interest: RunningTotal::NONE,
        fees: RunningTotal::NONE,
        insurance: RunningTotal::NONE,
        vat: RunningTotal::NONE,
    };

    /// Counts `row` in.
    #[inline(always)]
    pub fn add_row(&mut self, row: &Instalment) {
        self.payment.add(row.payment);
        self.interest.add(row.interest);
        self.fees.add(row.fees);
        self.insurance.add(row.insurance);
        self.vat.add(row.vat);
    }

    /// The totals of `schedule`, whose rows are the rows counted.
    pub fn totals(self, schedule: &Schedule) -> FinResult<ScheduleTotals> {
        let column = |sum: RunningTotal, part: fn(&Instalment) -> Decimal| {
            sum.finish(|| schedule.rows.iter().map(part))
        };
        Ok(ScheduleTotals {
            interest: column(self.interest, |r| r.interest)?,
            vat: add(column(self.vat, |r| r.vat)?, schedule.opening_fee_vat)?,
            charges: add(
                add(
                    column(self.fees, |r| r.fees)?,
                    column(self.insurance, |r| r.insurance)?,
                )?,
                schedule.opening_fee,
            )?,
            paid: add(
                column(self.payment, |r| r.payment)?,
                schedule.upfront_charges,
            )?,
        })
    }
}

impl Schedule {
    /// What the schedule adds up to, in one pass over its rows (each sum exactly as adding the rows
    /// one by one: [`RunningTotal`]).
    pub fn totals(&self) -> FinResult<ScheduleTotals> {
        let mut sums = ColumnSums::NONE;
        for row in &self.rows {
            sums.add_row(row);
        }
        sums.totals(self)
    }

    /// Total interest over the loan.
    pub fn total_interest(&self) -> FinResult<Decimal> {
        Ok(self.totals()?.interest)
    }
    /// Total principal repaid: the amount financed plus capitalised interest, net of
    /// capitalisation.
    pub fn total_principal(&self) -> FinResult<Decimal> {
        total(self.rows.iter().map(|r| r.principal))
    }
    /// Total VAT, including VAT on the opening fee.
    pub fn total_vat(&self) -> FinResult<Decimal> {
        Ok(self.totals()?.vat)
    }
    /// Total charges other than interest and VAT: opening fee, periodic fees and insurance.
    pub fn total_charges(&self) -> FinResult<Decimal> {
        Ok(self.totals()?.charges)
    }
    /// Everything the borrower pays: all payments plus upfront charges.
    pub fn total_paid(&self) -> FinResult<Decimal> {
        Ok(self.totals()?.paid)
    }
}
