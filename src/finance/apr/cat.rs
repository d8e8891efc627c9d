//! Mexico's Costo Anual Total (CAT), Banco de México.
//!
//! Ley para la Transparencia y Ordenamiento de los Servicios Financieros, article 8, empowers Banco de
//! México to set the CAT's formula, components and methodology; it did so in Circular 21/2009
//! ("Disposiciones de carácter general que establecen la metodología de cálculo, fórmula, componentes
//! y supuestos del Costo Anual Total"). The formula is
//!
//! `Σ_{j=1..M} A_j / (1+i)^{t_j} = Σ_{k=1..N} B_k / (1+i)^{s_k}`
//!
//! with `i` the CAT as a decimal, `A_j` the drawdowns ("disposiciones"), `B_k` the payments, and
//! `t_j`, `s_k` the intervals "expresado[s] en años y fracciones de año" from the date the contract
//! takes effect to each flow.
//!
//! Components: interest, fees ("comisiones") and mandatory insurance premiums, **without VAT**. The
//! engine does not know which is which: the caller passes the flows that belong in the CAT (amounts
//! net of IVA).

use super::super::error::FinResult;
use super::super::flow::Flow;
use super::annex1::TimeRule;
use super::{Apr, AprConvention, Problem, UnitPeriod, annual_rate};
use serde::{Deserialize, Serialize};

/// A version of Banco de México's CAT methodology. A new circular (or an amendment that changes the
/// calculation) is a new variant, so a quote can be re-run under the rules it was made with.
///
/// Banco de México put a draft amendment of Circular 21/2009 to public consultation in November 2025
/// (mainly components, advertising and revolving credit); when it is published and in force, it
/// becomes a new variant here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CatMethodology {
    /// Circular 21/2009 as compiled with its amendments to date.
    ///
    /// Time measurement: the circular fixes `t_j`, `s_k` in years and fractions of a year but this
    /// implementation could not find (in the texts available to it) how leftover days are turned
    /// into a fraction of a year. **Assumption**: whole unit periods of the payment periodicity
    /// (month = 1/12, week = 1/52, year = 1) counted back from each flow to the effective date, as
    /// the EU guidelines do, and leftover days over 365 (a calendar-day year, no leap-year
    /// adjustment). With regular payments on the contract's day of the month there are no leftover
    /// days and the assumption does not matter.
    #[serde(rename = "circular_21_2009")]
    Circular21_2009,
}

impl CatMethodology {
    /// The methodology in force.
    pub const CURRENT: CatMethodology = CatMethodology::Circular21_2009;

    /// The citation printed with the result.
    pub fn citation(self) -> &'static str {
        match self {
            CatMethodology::Circular21_2009 => {
                "Banco de México Circular 21/2009 (Costo Anual Total), compiled text; leftover days \
                 over 365 (documented assumption)"
            }
        }
    }

    fn time_rule(self) -> TimeRule {
        match self {
            CatMethodology::Circular21_2009 => TimeRule::CatBackward365,
        }
    }
}

/// The CAT of `flows` under a given methodology version (see [`super::apr`] for the flow rules and
/// errors). `unit_period`: `None` means month; day, week, month or year are accepted.
pub fn cat(
    flows: &[Flow],
    unit_period: Option<UnitPeriod>,
    methodology: CatMethodology,
) -> FinResult<Apr> {
    cat_problem(flows, unit_period, methodology)?.rate()
}

/// The CAT equation of `flows` under a methodology version, ready to solve.
pub(crate) fn cat_problem(
    flows: &[Flow],
    unit_period: Option<UnitPeriod>,
    methodology: CatMethodology,
) -> FinResult<Problem<'_>> {
    annual_rate(
        AprConvention::MxCat,
        flows,
        unit_period,
        (methodology.time_rule(), methodology.citation()),
    )
}
