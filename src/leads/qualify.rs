//! Whether a lead qualifies: the product's eligibility rules (minimum income, age bounds) and the
//! affordability verdict the simulator computed for the loan asked for. A lead that does not
//! qualify carries every reason; the configuration decides whether it is still sent (flagged).

use crate::config::Product;
use crate::finance::affordability::{self, Assessment, Household, Verdict};
use crate::i18n::{Locale, Msg, format_money};
use crate::simulation::afford::reason_msg;
use rust_decimal::Decimal;
use serde::Serialize;

/// Qualified or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Meets every rule.
    Qualified,
    /// Fails at least one rule, or a rule could not be checked.
    NotQualified,
}

/// Why a lead does not qualify.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Reason {
    /// No household figures were given, so affordability could not be checked.
    AffordabilityNotChecked,
    /// Net monthly income below the product's minimum.
    IncomeBelowMinimum {
        /// The minimum.
        min: Decimal,
    },
    /// The instalment does not fit the affordability rules.
    NotAffordable {
        /// The assessment's reasons (`no_income`, `dti_above_max`, `residual_below_min`).
        reasons: Vec<affordability::Reason>,
    },
    /// The product has age limits and no age was given.
    AgeNotGiven,
    /// Younger than the product allows.
    AgeBelowMinimum {
        /// The minimum.
        min: u8,
    },
    /// Older than the product allows.
    AgeAboveMaximum {
        /// The maximum.
        max: u8,
    },
}

/// The qualification of a lead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Qualification {
    /// Qualified or not.
    pub status: Status,
    /// Why not (empty when qualified).
    pub reasons: Vec<Reason>,
}

/// Qualifies a lead for `product` from the household the person gave (monthly figures), the
/// affordability assessment of the loan they asked for, and their age.
pub fn qualify(
    product: &Product,
    household: Option<&Household>,
    assessment: Option<&Assessment>,
    age: Option<u8>,
) -> Qualification {
    let mut reasons = Vec::new();
    let rules = &product.eligibility;
    match (household, assessment) {
        (Some(h), Some(a)) => {
            if let Some(min) = rules.min_monthly_income.filter(|m| h.net_income < *m) {
                reasons.push(Reason::IncomeBelowMinimum { min });
            }
            if a.verdict == Verdict::NotAffordable {
                reasons.push(Reason::NotAffordable {
                    reasons: a.reasons.clone(),
                });
            }
        }
        _ => reasons.push(Reason::AffordabilityNotChecked),
    }
    match age {
        None if rules.min_age.is_some() || rules.max_age.is_some() => {
            reasons.push(Reason::AgeNotGiven);
        }
        Some(age) => {
            if let Some(min) = rules.min_age.filter(|m| age < *m) {
                reasons.push(Reason::AgeBelowMinimum { min });
            }
            if let Some(max) = rules.max_age.filter(|m| age > *m) {
                reasons.push(Reason::AgeAboveMaximum { max });
            }
        }
        None => {}
    }
    Qualification {
        status: if reasons.is_empty() {
            Status::Qualified
        } else {
            Status::NotQualified
        },
        reasons,
    }
}

/// The messages that explain `q` to the person, amounts in `currency`.
pub fn reason_msgs(q: &Qualification, currency: &str, l: Locale) -> Vec<Msg> {
    let mut out = Vec::new();
    for r in &q.reasons {
        match r {
            Reason::AffordabilityNotChecked => out.push(Msg::QualifyNoHousehold),
            Reason::IncomeBelowMinimum { min } => {
                out.push(Msg::QualifyIncome(format_money(*min, currency, l)))
            }
            Reason::NotAffordable { reasons } => {
                out.extend(reasons.iter().map(|r| reason_msg(r, currency, l)))
            }
            Reason::AgeNotGiven => out.push(Msg::QualifyAgeMissing),
            Reason::AgeBelowMinimum { min } => out.push(Msg::QualifyTooYoung(*min)),
            Reason::AgeAboveMaximum { max } => out.push(Msg::QualifyTooOld(*max)),
        }
    }
    out
}

#[cfg(test)]
mod tests;
