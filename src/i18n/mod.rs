//! Languages and locales: which locale a person gets, locale-aware numbers, and the message catalogue.
//!
//! Pure Rust, tested natively; the UI only asks it for text.

mod date;
mod messages;
mod number;

pub use date::{format_date, format_date_long, format_month_year, format_quarter};
pub use messages::{EuExample, Msg, MxExample, SiteMsg, UsExample, text};
pub use number::{NumberError, format_decimal, format_money, format_percent, parse_decimal};

/// A supported locale. Spanish for Mexico and Spain, English for the United States.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    /// Spanish (Mexico): "1,234.56", `$1,234.56`.
    #[default]
    EsMx,
    /// Spanish (Spain): "1234,56", "12.345,67" (CLDR: no grouping of four-digit numbers), `12.345,67 €`.
    EsEs,
    /// English (United States): "1,234.56", `$1,234.56`.
    EnUs,
}

impl Locale {
    /// Every supported locale, in the order the language switch shows them.
    pub const ALL: [Locale; 3] = [Locale::EsMx, Locale::EsEs, Locale::EnUs];

    /// BCP 47 tag: `es-MX`, `es-ES`, `en-US`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::EsMx => "es-MX",
            Locale::EsEs => "es-ES",
            Locale::EnUs => "en-US",
        }
    }

    /// Language subtag for `<html lang>`-level choices: `es` or `en`.
    pub fn language(self) -> &'static str {
        match self {
            Locale::EsMx | Locale::EsEs => "es",
            Locale::EnUs => "en",
        }
    }

    /// The locale for a BCP 47 tag (case-insensitive, `_` accepted for `-`): an exact match first, then
    /// by language (`es-AR` → es-MX, `en-GB` → en-US). `None` for a language not offered.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
        let exact = Locale::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(&tag));
        exact.or_else(|| match tag.split('-').next() {
            Some("es") => Some(Locale::EsMx),
            Some("en") => Some(Locale::EnUs),
            _ => None,
        })
    }

    /// The first supported locale among the browser's preferred languages, else the default (es-MX).
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred
            .into_iter()
            .find_map(Locale::from_tag)
            .unwrap_or_default()
    }

    /// The currency shown when no product sets one: MXN, EUR or USD.
    pub fn default_currency(self) -> &'static str {
        match self {
            Locale::EsMx => "MXN",
            Locale::EsEs => "EUR",
            Locale::EnUs => "USD",
        }
    }

    /// The name of this locale in its own language, for the language switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::EsMx => "Español (México)",
            Locale::EsEs => "Español (España)",
            Locale::EnUs => "English (US)",
        }
    }

    /// (decimal separator, grouping separator) per CLDR.
    pub(crate) fn separators(self) -> (char, char) {
        match self {
            Locale::EsEs => (',', '.'),
            Locale::EsMx | Locale::EnUs => ('.', ','),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_from_browser_preferences() {
        assert_eq!(Locale::negotiate(["fr-FR", "en-GB"]), Locale::EnUs);
        assert_eq!(Locale::negotiate(["es-ES", "en-US"]), Locale::EsEs);
        assert_eq!(Locale::negotiate(["es-AR"]), Locale::EsMx);
        assert_eq!(Locale::negotiate(["de"]), Locale::EsMx);
        assert_eq!(Locale::from_tag("EN_us"), Some(Locale::EnUs));
    }
}
