//! Regulatory annual rates of charge, each with a proof table a person can check by hand.
//!
//! | Convention | Rule | Unknown solved for |
//! |---|---|---|
//! | [`AprConvention::Eu`] | Directive 2008/48/EC Annex I (as amended by Directive 2011/90/EU), time intervals per the Commission guidelines SWD(2012) 128 §4.1.1 | effective annual rate `X` in `Σ A·(1+X)^-t = 0` |
//! | [`AprConvention::Uk`] | FCA Handbook CONC App 1.2 (the Annex I equation, as retained in UK rules; time counted forward) | same |
//! | [`AprConvention::UsRegZ`] | 12 CFR 1026 (Regulation Z) Appendix J, actuarial method | nominal rate `I = i·w` in `Σ A / ((1+f·i)(1+i)^t) = 0` |
//! | [`AprConvention::MxCat`] | Banco de México Circular 21/2009 (see [`CatMethodology`]) | effective annual rate, as EU |
//!
//! Every convention takes dated [`Flow`]s seen from the borrower: money received (drawdowns) positive,
//! money paid (instalments, fees, insurance) negative. Which payments belong in the rate is the
//! caller's decision: the total cost of credit (Article 3(g) of the Directive; Appendix J's finance
//! charge; for the CAT, interest, fees and mandatory insurance **excluding VAT**, Circular 21/2009).
//!
//! The first flow's date is the start of the calculation (Annex I remark (b): "the starting date
//! shall be that of the first drawdown"; Appendix J (b)(2): the term begins at consummation), so the
//! first date must carry a drawdown and no flow may be dated before it.
//!
//! Roots are found from a guess of 0.1 by a floating-point Newton pass (one logarithm and one
//! exponential per rate and stream of flows, powers stepped per flow). [`apr`] then proves the
//! figure the rule discloses ([`solve_rate_rounded`]: the equation's sign, beyond a rigorous bound
//! on its rounding error, at both ends of the figure's rounding interval) and keeps 12 places;
//! [`audited_apr`] polishes the root to 28 digits in decimals ([`solve_rate`]) and lays out the
//! proof table. Both disclose the same figure. The decimal polish evaluates `(1+X)^-t` from one
//! logarithm per rate: whole periods as integer powers of one per-period factor, and one exponential
//! per distinct leftover-day fraction, never one fractional power per flow.

mod annex1;
mod annual;
mod cat;
mod power;
mod problem;
mod proof;
mod regz;
mod regz_count;
mod regz_infer;

pub use cat::{CatMethodology, cat};
pub(crate) use problem::{Problem, ProvableEquation};
pub use proof::{ProofRow, ProofTable, UnitPeriodCount};

use super::date::Date;
use super::error::{FinResult, FinanceError};
use super::flow::Flow;
use super::num;
use annex1::TimeRule;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

/// The regulation whose annual rate is wanted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub enum AprConvention {
    /// EU annual percentage rate of charge (APRC, Spanish "TAE"): Directive 2008/48/EC Annex I.
    #[serde(rename = "eu")]
    Eu,
    /// UK APR for consumer credit not secured on land: FCA Handbook CONC App 1.2.
    #[serde(rename = "uk")]
    Uk,
    /// US annual percentage rate: Regulation Z (12 CFR 1026) §1026.22 and Appendix J.
    #[serde(rename = "us_regz")]
    UsRegZ,
    /// Mexican Costo Anual Total (CAT): Banco de México Circular 21/2009.
    #[serde(rename = "mx_cat")]
    MxCat,
}

impl AprConvention {
    /// Its key in JSON and configuration files (`eu`, `uk`, `us_regz`, `mx_cat`).
    pub fn key(self) -> &'static str {
        match self {
            AprConvention::Eu => "eu",
            AprConvention::Uk => "uk",
            AprConvention::UsRegZ => "us_regz",
            AprConvention::MxCat => "mx_cat",
        }
    }

    /// Decimal places of the **percentage** the rule discloses.
    ///
    /// - EU and UK: one (Annex I remark (d): "expressed with an accuracy of at least one decimal
    ///   place"; guidelines SWD(2012) 128 §4.1.2; the UK rules reproduce the Annex I formula).
    /// - MX CAT: one, as CATs are published (e.g. "CAT 57.4%"); the one-decimal rule is taken from
    ///   published CAT disclosures, the circular's text on rounding could not be consulted.
    /// - US: two. §1026.22(a)(2) deems a disclosed APR accurate within 1/8 of a percentage point of
    ///   the exact rate (regular transactions; 1/4 irregular), and Appendix J states its examples'
    ///   rates "when rounded to 2 decimals"; two places stay 200 times inside the tolerance.
    pub fn disclosure_places(self) -> u32 {
        match self {
            AprConvention::Eu | AprConvention::Uk | AprConvention::MxCat => 1,
            AprConvention::UsRegZ => 2,
        }
    }

    /// `rate` (a fraction, 0.0725 = 7.25%) rounded as this rule discloses it, still a fraction.
    /// Half away from zero: Annex I remark (d) raises the last kept figure when the following one is
    /// 5 or more (SWD(2012) 128 §4.1.2: 3.055% gives 3.1% and 3.06%; 3.054% gives 3.1% and 3.05%).
    pub fn round_for_disclosure(self, rate: Decimal) -> Decimal {
        rate.round_dp_with_strategy(
            self.disclosure_places() + 2,
            RoundingStrategy::MidpointAwayFromZero,
        )
    }
}

/// The period in which time is counted.
///
/// For [`AprConvention::UsRegZ`] it is Appendix J's unit-period ((b)(4)); every value is allowed.
/// For EU, UK and MX CAT it is the regular period counted in whole units before leftover days
/// (Annex I remark (c): "365 days …, 52 weeks or 12 equal months"): only `Day`, `Week`, `Month`
/// and `Year`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum UnitPeriod {
    /// One day (365 a year).
    Day,
    /// Seven days (52 a year).
    Week,
    /// Fourteen days (26 a year).
    Biweek,
    /// Half a month (24 a year).
    Semimonth,
    /// Twenty-eight days (13 a year).
    Fourweek,
    /// One month (12 a year).
    Month,
    /// Two months (6 a year).
    Bimonth,
    /// Three months (4 a year).
    Quarter,
    /// Six months (2 a year).
    Halfyear,
    /// Twelve months.
    Year,
}

impl UnitPeriod {
    /// Every unit period, shortest first.
    pub const ALL: [UnitPeriod; 10] = [
        UnitPeriod::Day,
        UnitPeriod::Week,
        UnitPeriod::Biweek,
        UnitPeriod::Semimonth,
        UnitPeriod::Fourweek,
        UnitPeriod::Month,
        UnitPeriod::Bimonth,
        UnitPeriod::Quarter,
        UnitPeriod::Halfyear,
        UnitPeriod::Year,
    ];

    /// Unit periods in a year (Appendix J (b)(5)(iii)–(v): 365 days, 52 divided by the weeks in the
    /// period, 24 semimonths, 12 divided by the months in the period).
    pub fn per_year(self) -> i64 {
        match self {
            UnitPeriod::Day => 365,
            UnitPeriod::Week => 52,
            UnitPeriod::Biweek => 26,
            UnitPeriod::Semimonth => 24,
            UnitPeriod::Fourweek => 13,
            UnitPeriod::Month => 12,
            UnitPeriod::Bimonth => 6,
            UnitPeriod::Quarter => 4,
            UnitPeriod::Halfyear => 2,
            UnitPeriod::Year => 1,
        }
    }
}

/// A computed annual rate and the rule it follows: what a disclosure shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Apr {
    /// The annual rate as a decimal fraction (0.0725 = 7.25%), unrounded: from [`apr`] to 12
    /// places with its disclosed figure proved (28 digits when the proof falls back to the polish),
    /// from [`audited_apr`] the decimal root to 28 digits.
    pub rate: Decimal,
    /// The rule applied.
    pub convention: AprConvention,
    /// The unit period used (given by the caller, the default, or inferred for Regulation Z).
    pub unit_period: UnitPeriod,
    /// Unit periods per year. Equals [`UnitPeriod::per_year`] except for a Regulation Z single
    /// advance, single payment transaction shorter than a year, whose unit period is the term itself
    /// (Appendix J (b)(5)(vi)–(vii): 12 ÷ months or 365 ÷ days).
    pub unit_periods_per_year: Decimal,
    /// The text and version of the rule, e.g. "12 CFR 1026 Appendix J (actuarial method)".
    pub methodology: &'static str,
}

/// An annual rate with everything needed to audit it: the proof table of every flow (what
/// `cuota quote` prints for the back office; the simulator, which shows only the rate, does not pay
/// for it).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct AuditedApr {
    /// The rate and its rule.
    #[serde(flatten)]
    pub apr: Apr,
    /// Every flow with its time, discount factor and present value at `rate`.
    pub proof: ProofTable,
}

impl Apr {
    /// The rate rounded as the rule discloses it, as a fraction: see
    /// [`AprConvention::round_for_disclosure`].
    pub fn disclosed(&self) -> Decimal {
        self.convention.round_for_disclosure(self.rate)
    }
}

/// Methodology text for the EU convention.
pub const EU_METHODOLOGY: &str = "Directive 2008/48/EC Annex I as amended by Directive 2011/90/EU; \
     time intervals per Commission guidelines SWD(2012) 128 section 4.1.1 (counted backwards)";
/// Methodology text for the UK convention.
pub const UK_METHODOLOGY: &str = "FCA Handbook CONC App 1.2.6 R (Directive 2008/48/EC Annex I \
     formula); time counted forward from the first drawdown, each leftover day over its calendar year";
/// Methodology text for the US convention.
pub const US_METHODOLOGY: &str =
    "12 CFR 1026 (Regulation Z) section 1026.22 and Appendix J, actuarial method";

/// The annual rate of `flows` under `convention`, its disclosed figure proved (see the module
/// documentation): what the simulator shows.
///
/// `unit_period`: for EU, UK and MX CAT, `None` means [`UnitPeriod::Month`] and only day, week,
/// month and year are accepted; for Regulation Z, `None` infers the unit period from the flow dates
/// (Appendix J (b)(4)).
///
/// Errors: [`FinanceError::InvalidInput`] for flows without both a positive and a negative amount,
/// a first date without a drawdown, a flow dated before the first, a single date, or a unit period
/// the rule does not know; [`FinanceError::NoSolution`] when no rate above -100% balances the flows;
/// [`FinanceError::Overflow`] when amounts or terms exceed 28-digit decimals.
pub fn apr(
    convention: AprConvention,
    flows: &[Flow],
    unit_period: Option<UnitPeriod>,
) -> FinResult<Apr> {
    problem(convention, flows, unit_period)?.rate()
}

/// The annual rate of `flows` under `convention` with its proof table (see [`apr`] for the
/// arguments and errors).
pub fn audited_apr(
    convention: AprConvention,
    flows: &[Flow],
    unit_period: Option<UnitPeriod>,
) -> FinResult<AuditedApr> {
    problem(convention, flows, unit_period)?.audited()
}

fn problem<'a>(
    convention: AprConvention,
    flows: &'a [Flow],
    unit_period: Option<UnitPeriod>,
) -> FinResult<Problem<'a>> {
    match convention {
        AprConvention::Eu => annual_rate(
            AprConvention::Eu,
            flows,
            unit_period,
            (TimeRule::EuBackward, EU_METHODOLOGY),
        ),
        AprConvention::Uk => annual_rate(
            AprConvention::Uk,
            flows,
            unit_period,
            (TimeRule::UkForward, UK_METHODOLOGY),
        ),
        AprConvention::MxCat => cat::cat_problem(flows, unit_period, CatMethodology::CURRENT),
        AprConvention::UsRegZ => regz::apr_regz(flows, unit_period),
    }
}

/// The EU, UK and MX CAT equation: `Σ A_k (1+X)^-t_k = 0` with `t_k` in years, under a time rule
/// and its methodology text.
pub(crate) fn annual_rate<'a>(
    convention: AprConvention,
    flows: &'a [Flow],
    unit_period: Option<UnitPeriod>,
    (rule, methodology): (TimeRule, &'static str),
) -> FinResult<Problem<'a>> {
    let start = validate(flows)?;
    let unit = match unit_period.unwrap_or(UnitPeriod::Month) {
        u @ (UnitPeriod::Day | UnitPeriod::Week | UnitPeriod::Month | UnitPeriod::Year) => u,
        _ => {
            return Err(FinanceError::invalid(
                "unit_period",
                "must be day, week, month or year for the eu, uk and mx_cat conventions",
            ));
        }
    };
    let anchor = series_day(flows);
    let spans = annex1::spans(rule, unit, start, flows, anchor)?;
    Ok(Problem {
        convention,
        unit_period: unit,
        unit_periods_per_year: Decimal::from(unit.per_year()),
        methodology,
        equation: Box::new(annual::AnnualEquation::new(flows, spans)?),
    })
}

/// Checks the flows every convention needs and returns the start date (the first flow's date).
pub(crate) fn validate(flows: &[Flow]) -> FinResult<Date> {
    let first = flows
        .first()
        .ok_or(FinanceError::invalid("flows", "must not be empty"))?;
    // One pass: what the rules below ask of the flows.
    let (mut received, mut paid, mut before, mut drawdown, mut later) =
        (false, false, false, false, false);
    for f in flows {
        let positive = num::is_positive(f.amount);
        received |= positive;
        paid |= num::is_negative(f.amount);
        before |= f.date < first.date;
        drawdown |= positive && f.date == first.date;
        later |= f.date != first.date;
    }
    if !received || !paid {
        return Err(FinanceError::invalid(
            "flows",
            "must contain an amount received (positive) and an amount paid (negative)",
        ));
    }
    if before {
        return Err(FinanceError::invalid(
            "flows",
            "must not be dated before the first flow (the first drawdown)",
        ));
    }
    if !drawdown {
        return Err(FinanceError::invalid(
            "flows",
            "must start with a drawdown: the first date must carry a positive amount",
        ));
    }
    if !later {
        return Err(FinanceError::invalid(
            "flows",
            "must span more than one date",
        ));
    }
    Ok(first.date)
}

/// The schedule's day of the month: the latest day of month among the flow dates after the first
/// date, or 31 when the first date and every later date are the last days of their months (a
/// month-end schedule). A flow on the last day of a shorter month stands for this day when months
/// are counted (Appendix J (b)(3)(iv): "if payments are scheduled for the 29th or 30th of each month,
/// the last day of February shall be used when applicable", and month-end schedules are measured
/// from last day to last day; SWD(2012) 128 §4.1.1: a reference to a day that does not exist in a
/// month is a reference to its last day).
pub(crate) fn series_day(flows: &[Flow]) -> u8 {
    let Some(start) = flows.first().map(|f| f.date) else {
        return 1;
    };
    // One pass: whether every later date ends its month, and the latest day of the month.
    let (mut month_ends, mut day, mut any) = (start.is_month_end(), 0, false);
    for f in flows {
        if f.date > start {
            month_ends &= f.date.is_month_end();
            day = day.max(f.date.day());
            any = true;
        }
    }
    if month_ends {
        31
    } else if any {
        day
    } else {
        start.day()
    }
}

/// The day to step months back from `date` with: its own day, or the schedule's day when `date` is
/// the last day of a month shorter than the schedule's day.
#[inline(always)]
pub(crate) fn month_anchor(date: Date, series_day: u8) -> u8 {
    if date.is_month_end() {
        date.day().max(series_day)
    } else {
        date.day()
    }
}

#[cfg(test)]
mod rounding_tests;
#[cfg(test)]
mod tests;
