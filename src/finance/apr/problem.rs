//! A rate equation ready to solve, and the two ways of solving it: the disclosed figure proved
//! ([`Problem::rate`], what the simulator shows) or every digit and the proof table
//! ([`Problem::audited`], what `cuota quote` prints).

use super::super::error::FinResult;
use super::super::solve::{RateEquation, solve_rate, solve_rate_rounded};
use super::{Apr, AprConvention, AuditedApr, ProofTable, UnitPeriod};
use rust_decimal::Decimal;

/// A rate equation that can also lay out its proof table.
pub(crate) trait ProvableEquation: RateEquation {
    /// The proof table at `rate`: each flow's time, discount factor and present value.
    fn proof(&self, rate: Decimal) -> FinResult<ProofTable>;
}

/// The equation of one convention over one set of flows, ready to solve, with what the result
/// states about it.
pub(crate) struct Problem<'a> {
    pub convention: AprConvention,
    pub unit_period: UnitPeriod,
    pub unit_periods_per_year: Decimal,
    pub methodology: &'static str,
    pub equation: Box<dyn ProvableEquation + 'a>,
}

impl Problem<'_> {
    /// Every convention's root search starts from 10% a year.
    fn guess() -> Decimal {
        Decimal::new(1, 1)
    }

    fn result(&self, rate: Decimal) -> Apr {
        Apr {
            rate,
            convention: self.convention,
            unit_period: self.unit_period,
            unit_periods_per_year: self.unit_periods_per_year,
            methodology: self.methodology,
        }
    }

    /// The rate with its disclosed rounding proved ([`solve_rate_rounded`]): what a disclosure
    /// shows, without the cost of every digit.
    pub fn rate(&self) -> FinResult<Apr> {
        let places = self.convention.disclosure_places() + 2;
        let rate = solve_rate_rounded(&*self.equation, Self::guess(), places)?;
        Ok(self.result(rate))
    }

    /// The rate to 28 digits ([`solve_rate`]) and its proof table.
    pub fn audited(&self) -> FinResult<AuditedApr> {
        let rate = solve_rate(&*self.equation, Self::guess())?;
        Ok(AuditedApr {
            apr: self.result(rate),
            proof: self.equation.proof(rate)?,
        })
    }
}
