//! The lender: its name, brand colours and contact, loaded at run time from
//! `public/config/lender.json` and validated as a whole. Colours must keep text readable: the brand
//! colour and the text drawn on it need a contrast ratio of at least 4.5:1 (WCAG 2.2 SC 1.4.3).

use super::validate::{ConfigProblem, Problem};
use super::{Jurisdiction, Localized, parse_json};
use crate::leads::config::is_https_or_local;
use crate::leads::contact::{is_email, is_phone};
use serde::{Deserialize, Serialize};

/// Version of the lender file format.
pub const LENDER_FORMAT_VERSION: u32 = 1;

/// Where the site fetches the lender, relative to its root.
pub const LENDER_PATH: &str = "config/lender.json";

/// Least contrast between the brand colour and text on it (WCAG 2.2 SC 1.4.3, normal text).
pub const MIN_CONTRAST: f64 = 4.5;

/// Brand colours, as `#rrggbb`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Colours {
    /// Main colour (header, buttons, highlights).
    pub brand: String,
    /// Text on the main colour.
    pub brand_ink: String,
    /// A light tint of the main colour for selected options.
    pub brand_soft: String,
}

/// How to reach the lender.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LenderContact {
    /// Phone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// Email address.
    #[serde(default)]
    pub email: Option<String>,
    /// Opening hours per locale.
    #[serde(default)]
    pub hours: Localized,
}

/// The lender's privacy notice, linked beside the consent boxes of the lead form; its version is
/// recorded with every consent (GDPR art. 7(1) and 13; Mexico's LFPDPPP art. 15–16).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PrivacyNotice {
    /// Its address per locale (HTTPS).
    pub url: Localized,
    /// Its version.
    pub version: String,
}

/// The lender.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Lender {
    /// Format version; must be [`LENDER_FORMAT_VERSION`].
    pub version: u32,
    /// Its name as people know it.
    pub name: String,
    /// Brand colours.
    pub colours: Colours,
    /// Contact.
    #[serde(default)]
    pub contact: LenderContact,
    /// The logo shown in the header: an image of the site (`logo.svg`) or an HTTPS address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
    /// The privacy notice.
    pub privacy_notice: PrivacyNotice,
    /// What the lender's products default to.
    #[serde(default)]
    pub defaults: LenderDefaults,
}

/// The lender's defaults.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LenderDefaults {
    /// Where its products are offered when a product does not say: decides the disclosure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jurisdiction: Option<Jurisdiction>,
    /// The currency whose products are shown first (ISO 4217), whatever the reader's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
}

impl Lender {
    /// The currency to show first to a reader in `locale`: the lender's default, else the locale's.
    pub fn preferred_currency(&self, locale: crate::i18n::Locale) -> String {
        self.defaults
            .currency
            .clone()
            .unwrap_or_else(|| locale.default_currency().to_string())
    }
}

/// Problems found by [`apply_defaults`], by the file they are in.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DefaultsProblems {
    /// In `products.json`.
    pub products: Vec<ConfigProblem>,
    /// In `lender.json`.
    pub lender: Vec<ConfigProblem>,
}

/// Gives the lender's default jurisdiction to the products that name none, and reports each
/// product whose rate convention is not the one that jurisdiction requires (it would be shown
/// without its legal disclosure), and a default currency no product uses.
pub fn apply_defaults(lender: &Lender, catalog: &mut super::Catalog) -> DefaultsProblems {
    let mut found = DefaultsProblems::default();
    let out = &mut found.products;
    if let Some(j) = lender.defaults.jurisdiction {
        for (i, p) in catalog.products.iter_mut().enumerate() {
            if p.jurisdiction.is_none() {
                p.jurisdiction = Some(j);
                if p.convention != j.required_convention() {
                    out.push(ConfigProblem {
                        path: format!("products[{i}].convention"),
                        problem: Problem::DisclosureMismatch {
                            jurisdiction: j,
                            required: j.required_convention(),
                        },
                    });
                }
            }
        }
    }
    if let Some(c) = &lender.defaults.currency
        && !catalog.products.iter().any(|p| &p.currency == c)
    {
        found.lender.push(ConfigProblem {
            path: "defaults.currency".into(),
            problem: Problem::CurrencyNotOffered(c.clone()),
        });
    }
    found
}

/// Parses and validates `lender.json`; every problem is returned with its JSON path.
pub fn parse_lender(json: &str) -> Result<Lender, Vec<ConfigProblem>> {
    let lender: Lender = parse_json(json)?;
    let mut out = Vec::new();
    let mut push = |path: &str, problem| {
        out.push(ConfigProblem {
            path: path.into(),
            problem,
        })
    };
    if lender.version != LENDER_FORMAT_VERSION {
        push("version", Problem::UnsupportedVersion(lender.version));
    }
    if lender.name.trim().is_empty() {
        push("name", Problem::Missing);
    }
    let mut colours = Vec::new();
    check_colours(&lender.colours, "colours", &mut colours);
    for p in colours {
        push(&p.path, p.problem);
    }
    if lender
        .contact
        .phone
        .as_deref()
        .is_some_and(|p| !is_phone(p))
    {
        push("contact.phone", Problem::BadContact);
    }
    if lender
        .contact
        .email
        .as_deref()
        .is_some_and(|e| !is_email(e))
    {
        push("contact.email", Problem::BadContact);
    }
    if lender.logo.as_deref().is_some_and(|l| !is_image_address(l)) {
        out.push(ConfigProblem {
            path: "logo".into(),
            problem: Problem::NotHttps,
        });
    }
    privacy_notice(&lender.privacy_notice, &mut out);
    if out.is_empty() { Ok(lender) } else { Err(out) }
}

/// The notice needs an HTTPS address in at least one language and a version.
fn privacy_notice(n: &PrivacyNotice, out: &mut Vec<ConfigProblem>) {
    let mut push = |path: String, problem| out.push(ConfigProblem { path, problem });
    if n.url.0.is_empty() {
        push("privacy_notice.url".into(), Problem::Missing);
    }
    for (locale, url) in &n.url.0 {
        if !is_https_or_local(url) {
            push(format!("privacy_notice.url.{locale}"), Problem::NotHttps);
        }
    }
    if n.version.trim().is_empty() {
        push("privacy_notice.version".into(), Problem::Missing);
    }
}

/// A logo address: a path inside the site (no scheme, no `//`) or an HTTPS address.
fn is_image_address(address: &str) -> bool {
    let inside = !address.is_empty()
        && !address.contains("://")
        && !address.starts_with("//")
        && !address.contains(':');
    inside || is_https_or_local(address)
}

/// The problems of a set of colours at `at` (`colours`, `campaigns[0].theme`): each must be
/// `#rrggbb`, and text on the brand colour must contrast at least [`MIN_CONTRAST`].
pub fn check_colours(c: &Colours, at: &str, out: &mut Vec<ConfigProblem>) {
    let rgb: Vec<Option<[u8; 3]>> = [&c.brand, &c.brand_ink, &c.brand_soft]
        .iter()
        .map(|t| hex_colour(t))
        .collect();
    for (name, value) in ["brand", "brand_ink", "brand_soft"].iter().zip(&rgb) {
        if value.is_none() {
            out.push(ConfigProblem {
                path: format!("{at}.{name}"),
                problem: Problem::BadColour,
            });
        }
    }
    if let (Some(a), Some(b)) = (rgb[0], rgb[1]) {
        let ratio = contrast(a, b);
        if ratio < MIN_CONTRAST {
            out.push(ConfigProblem {
                path: format!("{at}.brand_ink"),
                problem: Problem::LowContrast(hundredths_below(ratio)),
            });
        }
    }
}

/// A ratio for a message saying it is too low, cut (not rounded) to two decimals, so 4.497 reads
/// 4.49 and never 4.50 (integer formatting: the site's wasm carries no floating-point formatting).
fn hundredths_below(ratio: f64) -> String {
    let hundredths = (ratio * 100.0).floor().max(0.0) as u64;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// `#rrggbb` as its three bytes.
pub fn hex_colour(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#').filter(|h| h.len() == 6)?;
    let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// WCAG 2.2 contrast ratio `(L1 + 0.05) / (L2 + 0.05)` of two sRGB colours, from their relative
/// luminance (WCAG 2.2, "relative luminance" definition).
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let luminance = |c: [u8; 3]| {
        let channel = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.04045 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../public/config/lender.json");

    #[test]
    fn the_shipped_lender_is_valid() {
        let l = parse_lender(SHIPPED).unwrap();
        assert!(!l.name.is_empty());
        assert_eq!(l.logo.as_deref(), Some("logo.svg"));
        for inside in ["logo.svg", "img/brand.png", "https://cdn.example.com/l.svg"] {
            assert!(is_image_address(inside), "{inside}");
        }
        for outside in [
            "http://cdn.example.com/l.svg",
            "javascript:alert(1)",
            "//evil.example/x.svg",
            "",
        ] {
            assert!(!is_image_address(outside), "{outside}");
        }
    }

    #[test]
    fn contrast_follows_wcag() {
        // WCAG's extremes: black on white is 21:1, a colour on itself 1:1.
        assert_eq!(hundredths_below(4.4999), "4.49");
        assert_eq!(hundredths_below(1.0), "1.00");
        assert_eq!(hundredths_below(12.345), "12.34");
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
        assert!((contrast([11, 95, 85], [11, 95, 85]) - 1.0).abs() < 1e-9);
        // #767676 on white is the well-known lightest grey that passes 4.5:1 (4.54:1).
        let grey = contrast([0x76, 0x76, 0x76], [255, 255, 255]);
        assert!((grey - 4.54).abs() < 0.01, "{grey}");
        assert_eq!(hex_colour("#0b5f55"), Some([11, 95, 85]));
        assert_eq!(hex_colour("0b5f55"), None);
        assert_eq!(hex_colour("#0b5f5"), None);
        assert_eq!(hex_colour("#zz5f55"), None);
    }

    #[test]
    fn every_problem_is_reported_with_its_path() {
        let bad = r##"{"version": 3, "name": " ",
            "colours": {"brand": "#ffff00", "brand_ink": "#ffffff", "brand_soft": "teal"},
            "contact": {"phone": "12", "email": "info@"}, "logo": "http://cdn.example.com/logo.png",
            "privacy_notice": {"url": {"es": "http://example.com/aviso"}, "version": " "}}"##;
        let found: Vec<(String, Problem)> = parse_lender(bad)
            .unwrap_err()
            .into_iter()
            .map(|p| (p.path, p.problem))
            .collect();
        assert_eq!(
            found,
            vec![
                ("version".into(), Problem::UnsupportedVersion(3)),
                ("name".into(), Problem::Missing),
                ("colours.brand_soft".into(), Problem::BadColour),
                (
                    "colours.brand_ink".into(),
                    Problem::LowContrast("1.07".into())
                ),
                ("contact.phone".into(), Problem::BadContact),
                ("contact.email".into(), Problem::BadContact),
                ("logo".into(), Problem::NotHttps),
                ("privacy_notice.url.es".into(), Problem::NotHttps),
                ("privacy_notice.version".into(), Problem::Missing),
            ]
        );
    }
}
