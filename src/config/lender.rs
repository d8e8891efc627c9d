//! The lender: its name, brand colours and contact, loaded at run time from
//! `public/config/lender.json` and validated as a whole. Colours must keep text readable: the brand
//! colour and the text drawn on it need a contrast ratio of at least 4.5:1 (WCAG 2.2 SC 1.4.3).

use super::validate::{ConfigProblem, Problem};
use super::{Localized, parse_json};
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
    if out.is_empty() { Ok(lender) } else { Err(out) }
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
                problem: Problem::LowContrast(format!("{ratio:.2}")),
            });
        }
    }
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
    }

    #[test]
    fn contrast_follows_wcag() {
        // WCAG's extremes: black on white is 21:1, a colour on itself 1:1.
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
            "contact": {"phone": "12", "email": "info@"}}"##;
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
            ]
        );
    }
}
