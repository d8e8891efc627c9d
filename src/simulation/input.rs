//! What the person has chosen and typed, kept as text exactly as typed so nothing is lost while they
//! correct it. [`crate::simulation::query`] round-trips it through the URL.

use crate::config::Product;
use crate::finance::schedule::{ExtraEffect, Frequency};
use crate::i18n::{Locale, format_decimal, parse_decimal};
use rust_decimal::Decimal;

/// The extra-payment scenario, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ExtraInput {
    /// Extra principal paid (empty: no scenario).
    pub amount: String,
    /// The payment number it is made with.
    pub at_payment: String,
    /// Repeat every this many payments (empty: once).
    pub every: String,
    /// Shorten the term or lower the instalment.
    pub effect: ExtraEffect,
}

/// The household's monthly figures for the affordability check, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HouseholdInput {
    /// Net monthly income (empty: no check).
    pub income: String,
    /// Monthly living expenses.
    pub expenses: String,
    /// Monthly payments on other debts.
    pub debts: String,
}

/// Everything the simulator's inputs hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimulationInput {
    /// Id of the chosen product.
    pub product: String,
    /// Amount, as typed in the person's locale.
    pub amount: String,
    /// Number of payments, as typed.
    pub term: String,
    /// Payment frequency.
    pub frequency: Frequency,
    /// First payment date as `YYYY-MM-DD` (empty: one regular period after today).
    pub first_payment: String,
    /// Extra-payment scenario.
    pub extra: ExtraInput,
    /// Affordability figures.
    pub household: HouseholdInput,
    /// Id of the customer segment the person chose (see `Product::segments`): empty when they have
    /// not chosen, [`NO_SEGMENT`] when they chose none ("General"), which a campaign's default
    /// segment does not override.
    pub segment: String,
}

/// The segment value of a person who chose no customer segment ("General"), kept in links as
/// `segment=none`.
pub const NO_SEGMENT: &str = "none";

/// `value` as a person would type it in `locale`: grouped, with decimals only when it has some.
pub fn input_text(value: Decimal, locale: Locale) -> String {
    let decimals = if value.fract().is_zero() { 0 } else { 2 };
    let decimals = decimals.max(value.normalize().scale().min(3));
    format_decimal(value, decimals, locale)
}

/// Re-writes a number typed in `from` for `to` ("12.000,5" es-ES → "12,000.50" en-US). Text that is
/// not a number in `from` is left as it is.
pub fn relocalize_text(text: &str, from: Locale, to: Locale) -> String {
    match parse_decimal(text, from) {
        Ok(v) if from != to => input_text(v, to),
        _ => text.to_string(),
    }
}

impl SimulationInput {
    /// The product's defaults: its default amount, first frequency and default term.
    pub fn defaults(product: &Product, locale: Locale) -> SimulationInput {
        let term = product.default_term();
        SimulationInput {
            product: product.id.clone(),
            amount: input_text(product.amount.default, locale),
            term: term.map_or(String::new(), |t| t.default_payments.to_string()),
            frequency: term.map_or_else(Frequency::default, |t| t.frequency),
            first_payment: String::new(),
            extra: ExtraInput::default(),
            household: HouseholdInput::default(),
            segment: String::new(),
        }
    }

    /// Switches to `product`: its default amount, frequency and term; the household, the extra
    /// scenario and the segment (when the new product has it) are kept.
    pub fn with_product(&self, product: &Product, locale: Locale) -> SimulationInput {
        let keep = product.segment(&self.segment).is_some();
        SimulationInput {
            extra: self.extra.clone(),
            household: self.household.clone(),
            segment: if keep {
                self.segment.clone()
            } else {
                String::new()
            },
            ..SimulationInput::defaults(product, locale)
        }
    }

    /// With `segment` chosen when none is and `product` (the one chosen) has it: a campaign's
    /// default customer type, which a link's own `segment` overrides.
    pub fn with_default_segment(self, product: &Product, segment: Option<&str>) -> SimulationInput {
        match segment.filter(|s| self.segment.is_empty() && product.segment(s).is_some()) {
            Some(s) => SimulationInput {
                segment: s.to_string(),
                ..self
            },
            None => self,
        }
    }

    /// Switches the frequency keeping about the same duration: the number of payments is scaled by
    /// the ratio of payments per year, rounded, and kept within the product's limits for the new
    /// frequency. An unreadable term becomes the new frequency's default.
    pub fn with_frequency(&self, product: &Product, frequency: Frequency, locale: Locale) -> Self {
        let Some(option) = product.term_option(frequency) else {
            return self.clone();
        };
        let scaled = crate::simulation::fields::parse_whole(&self.term, locale)
            .ok()
            .map(|n| {
                let years = u64::from(n) * u64::from(frequency.per_year());
                let per_year = u64::from(self.frequency.per_year());
                let n = (years + per_year / 2) / per_year;
                u32::try_from(n).unwrap_or(u32::MAX)
            })
            .map_or(option.default_payments, |n| {
                n.clamp(option.min_payments, option.max_payments)
            });
        SimulationInput {
            frequency,
            term: scaled.to_string(),
            ..self.clone()
        }
    }

    /// The same input with every typed number re-written from `from` to `to`.
    pub fn relocalized(&self, from: Locale, to: Locale) -> SimulationInput {
        let r = |t: &String| relocalize_text(t, from, to);
        SimulationInput {
            amount: r(&self.amount),
            term: r(&self.term),
            extra: ExtraInput {
                amount: r(&self.extra.amount),
                at_payment: r(&self.extra.at_payment),
                every: r(&self.extra.every),
                effect: self.extra.effect,
            },
            household: HouseholdInput {
                income: r(&self.household.income),
                expenses: r(&self.household.expenses),
                debts: r(&self.household.debts),
            },
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn a_default_segment_applies_only_where_the_product_has_it_and_none_is_chosen() {
        let catalog =
            crate::config::parse_catalog(include_str!("../../public/config/products.json"))
                .unwrap();
        let es = catalog.product("es-prestamo-personal").unwrap();
        let mx = catalog.product("mx-crece-semanal").unwrap();
        let input = SimulationInput::defaults(es, Locale::EsEs);
        assert_eq!(
            input
                .clone()
                .with_default_segment(es, Some("nomina"))
                .segment,
            "nomina"
        );
        assert_eq!(
            input.clone().with_default_segment(es, Some("vip")).segment,
            ""
        );
        let mx_input = SimulationInput::defaults(mx, Locale::EsMx);
        assert_eq!(
            mx_input.with_default_segment(mx, Some("nomina")).segment,
            ""
        );
        let chosen = SimulationInput {
            segment: "otro".into(),
            ..input
        };
        assert_eq!(
            chosen.with_default_segment(es, Some("nomina")).segment,
            "otro"
        );
    }

    #[test]
    fn typed_numbers_follow_the_locale() {
        assert_eq!(input_text(dec!(12000), Locale::EnUs), "12,000");
        assert_eq!(input_text(dec!(12000), Locale::EsEs), "12.000");
        assert_eq!(input_text(dec!(1234.5), Locale::EsMx), "1,234.50");
        assert_eq!(input_text(dec!(1234.5), Locale::EsEs), "1234,50");
        assert_eq!(
            relocalize_text("12.000,5", Locale::EsEs, Locale::EnUs),
            "12,000.50"
        );
        assert_eq!(relocalize_text("abc", Locale::EsEs, Locale::EnUs), "abc");
    }
}
