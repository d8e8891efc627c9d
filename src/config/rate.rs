//! Rates that depend on who borrows and how much: customer segments (payroll customers, existing
//! customers) and rate tiers by amount. The rate a loan gets is decided here, once, and handed to
//! the engine as the loan's annual rate.

use super::product::{Localized, Product};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A group of customers the lender prices differently (e.g. those who have their salary paid into
/// the lender: "clientes con nómina domiciliada").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Segment {
    /// Stable identifier (a–z, 0–9, `-`), used in links (`?segment=`).
    pub id: String,
    /// Name per locale, as the person picks it ("I have my salary paid here").
    pub name: Localized,
}

/// The annual rate from an amount up, for everyone or for one segment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RateTier {
    /// The smallest amount this rate applies to (inclusive).
    #[serde(default)]
    pub from_amount: Decimal,
    /// The segment it is for; absent: every customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segment: Option<String>,
    /// Annual nominal interest rate as a fraction.
    pub annual_rate: Decimal,
}

impl Product {
    /// The annual nominal rate for `amount` and `segment`: among the tiers of that segment whose
    /// `from_amount` the amount reaches, the one starting highest; when none applies, the same among
    /// the tiers for everyone; when none applies either, `pricing.annual_rate`. An unknown segment is
    /// priced as everyone.
    pub fn annual_rate_for(&self, amount: Decimal, segment: Option<&str>) -> Decimal {
        let tiers = &self.pricing.rate_tiers;
        let best = |of: Option<&str>| {
            tiers
                .iter()
                .filter(|t| t.segment.as_deref() == of && t.from_amount <= amount)
                .max_by_key(|t| t.from_amount)
                .map(|t| t.annual_rate)
        };
        segment
            .and_then(|s| best(Some(s)))
            .or_else(|| best(None))
            .unwrap_or(self.pricing.annual_rate)
    }

    /// The segment with `id`, if the product has it.
    pub fn segment(&self, id: &str) -> Option<&Segment> {
        self.segments.iter().find(|s| s.id == id)
    }

    /// The lowest and highest annual rates the product can charge (its base rate and every tier).
    pub fn rate_range(&self) -> (Decimal, Decimal) {
        let base = self.pricing.annual_rate;
        self.pricing
            .rate_tiers
            .iter()
            .fold((base, base), |(lo, hi), t| {
                (lo.min(t.annual_rate), hi.max(t.annual_rate))
            })
    }
}
