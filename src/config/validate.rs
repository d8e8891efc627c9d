//! The rules a catalogue must follow beyond its JSON shape. Each problem names its JSON path.

use super::Catalog;
use super::product::{Product, TermOption};
use crate::finance::schedule::MAX_PAYMENTS;
use rust_decimal::Decimal;
use std::collections::HashSet;

/// What is wrong at a place of the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The text is not valid JSON or does not have the expected shape (an unknown field, a wrong
    /// type, a missing field); `detail` is the parser's English description.
    Syntax {
        /// Line of the problem (1-based).
        line: usize,
        /// Column of the problem (1-based).
        column: usize,
        /// The parser's description.
        detail: String,
    },
    /// The format version is not one this site reads.
    UnsupportedVersion(u32),
    /// The catalogue has no products.
    NoProducts,
    /// Two products share an id.
    DuplicateId(String),
    /// An id is empty or has characters other than a–z, 0–9 and `-`.
    BadId,
    /// The currency is not three capital letters.
    BadCurrency,
    /// A minimum is greater than its maximum.
    MinAboveMax,
    /// A default lies outside its minimum and maximum.
    DefaultOutOfRange,
    /// An amount must be greater than zero.
    NotPositive,
    /// A rate or fraction lies outside the bounds this site accepts (shown as percent).
    RateOutOfBounds {
        /// Lowest accepted, as a fraction.
        min: Decimal,
        /// Highest accepted, as a fraction.
        max: Decimal,
    },
    /// A product offers no payment frequency.
    NoTerms,
    /// A frequency is listed twice.
    DuplicateFrequency,
    /// A number of payments outside 1..=2000.
    PaymentsOutOfRange,
    /// The representative example uses a frequency the product does not offer.
    ExampleFrequencyNotOffered,
    /// The product would be shown without the disclosure its jurisdiction requires.
    DisclosureMismatch {
        /// The jurisdiction.
        jurisdiction: super::product::Jurisdiction,
        /// The convention it requires.
        required: crate::finance::apr::AprConvention,
    },
    /// A colour that is not `#rrggbb`.
    BadColour,
    /// Text on the brand colour would be hard to read: the contrast ratio (shown) is below 4.5:1.
    LowContrast(String),
    /// A phone number or email address that is not well formed.
    BadContact,
    /// A required value is missing or empty.
    Missing,
    /// An address is not HTTPS (plain HTTP is accepted only for this machine).
    NotHttps,
    /// An HTTP method other than POST or PUT.
    BadMethod,
    /// A timeout outside the accepted range, in milliseconds.
    TimeoutOutOfRange {
        /// Shortest accepted.
        min: u32,
        /// Longest accepted.
        max: u32,
    },
    /// A header name that is not an HTTP token.
    BadHeaderName,
    /// A header that would carry a secret (or one only the browser may set): the browser keeps none.
    SecretHeader,
    /// A campaign names a product the catalogue does not have.
    UnknownProduct(String),
    /// A campaign sets a rate or default for a product it does not feature.
    NotFeatured(String),
    /// A promotional rate that is not lower than the product's own rate (shown, as a fraction).
    PromotionNotLower(Decimal),
    /// A campaign's last day is before its first.
    EndsBeforeStart,
    /// A campaign has ended (its last day).
    CampaignEnded(crate::finance::Date),
    /// A default currency that no product uses.
    CurrencyNotOffered(String),
    /// A rate tier names a segment the product does not have.
    UnknownSegment(String),
    /// Two rate tiers start at the same amount for the same segment.
    DuplicateTier,
    /// A `{placeholder}` the site does not know (or a brace left open).
    UnknownPlaceholder(String),
    /// Copy types a figure about the loan (shown) instead of a placeholder.
    LiteralFigure(String),
    /// Copy states a payment, number of payments, amount or total without the legal rate
    /// (`{rate}`) in the same language.
    TriggerWithoutRate,
}

/// A problem and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblem {
    /// JSON path, e.g. `products[1].amount.max` (empty for the whole document).
    pub path: String,
    /// What is wrong.
    pub problem: Problem,
}

/// Highest annual rate accepted in a catalogue: 1000% (the engine's own limit).
const MAX_RATE: Decimal = Decimal::from_parts(10, 0, 0, false, 0);

/// Every problem of `catalog`.
pub fn catalog(catalog: &Catalog) -> Vec<ConfigProblem> {
    let mut out = Vec::new();
    if catalog.version != super::CATALOG_FORMAT_VERSION {
        push(
            &mut out,
            "version".into(),
            Problem::UnsupportedVersion(catalog.version),
        );
    }
    if catalog.products.is_empty() {
        push(&mut out, "products".into(), Problem::NoProducts);
    }
    let mut ids = HashSet::new();
    for (i, p) in catalog.products.iter().enumerate() {
        let at = format!("products[{i}]");
        if !ids.insert(p.id.as_str()) {
            push(
                &mut out,
                format!("{at}.id"),
                Problem::DuplicateId(p.id.clone()),
            );
        }
        product(p, &at, &mut out);
    }
    out
}

fn push(out: &mut Vec<ConfigProblem>, path: String, problem: Problem) {
    out.push(ConfigProblem { path, problem });
}

/// An identifier: not empty, only a–z, 0–9 and `-`.
pub(super) fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn product(p: &Product, at: &str, out: &mut Vec<ConfigProblem>) {
    if !is_id(&p.id) {
        push(out, format!("{at}.id"), Problem::BadId);
    }
    if p.currency.len() != 3 || !p.currency.chars().all(|c| c.is_ascii_uppercase()) {
        push(out, format!("{at}.currency"), Problem::BadCurrency);
    }
    let a = &p.amount;
    if a.min <= Decimal::ZERO {
        push(out, format!("{at}.amount.min"), Problem::NotPositive);
    }
    if a.step <= Decimal::ZERO {
        push(out, format!("{at}.amount.step"), Problem::NotPositive);
    }
    if a.min > a.max {
        push(out, format!("{at}.amount.max"), Problem::MinAboveMax);
    } else if a.default < a.min || a.default > a.max {
        push(
            out,
            format!("{at}.amount.default"),
            Problem::DefaultOutOfRange,
        );
    }
    rate(
        p.pricing.annual_rate,
        MAX_RATE,
        format!("{at}.pricing.annual_rate"),
        out,
    );
    rate(
        p.affordability.max_dti,
        Decimal::ONE,
        format!("{at}.affordability.max_dti"),
        out,
    );
    terms(p, at, out);
    tiers(p, at, out);
    if let Some(j) = p.jurisdiction
        && p.convention != j.required_convention()
    {
        push(
            out,
            format!("{at}.convention"),
            Problem::DisclosureMismatch {
                jurisdiction: j,
                required: j.required_convention(),
            },
        );
    }
    let e = &p.eligibility;
    if e.min_monthly_income.is_some_and(|m| m < Decimal::ZERO) {
        push(
            out,
            format!("{at}.eligibility.min_monthly_income"),
            Problem::NotPositive,
        );
    }
    if let (Some(min), Some(max)) = (e.min_age, e.max_age)
        && min > max
    {
        push(
            out,
            format!("{at}.eligibility.max_age"),
            Problem::MinAboveMax,
        );
    }
}

fn rate(value: Decimal, max: Decimal, path: String, out: &mut Vec<ConfigProblem>) {
    if value < Decimal::ZERO || value > max {
        push(
            out,
            path,
            Problem::RateOutOfBounds {
                min: Decimal::ZERO,
                max,
            },
        );
    }
}

fn terms(p: &Product, at: &str, out: &mut Vec<ConfigProblem>) {
    if p.terms.is_empty() {
        push(out, format!("{at}.terms"), Problem::NoTerms);
    }
    let mut seen = HashSet::new();
    for (j, t) in p.terms.iter().enumerate() {
        let tat = format!("{at}.terms[{j}]");
        if !seen.insert(t.frequency) {
            push(out, format!("{tat}.frequency"), Problem::DuplicateFrequency);
        }
        term(t, &tat, out);
    }
    if p.term_option(p.representative.frequency).is_none() {
        push(
            out,
            format!("{at}.representative.frequency"),
            Problem::ExampleFrequencyNotOffered,
        );
    }
}

fn term(t: &TermOption, at: &str, out: &mut Vec<ConfigProblem>) {
    let valid = |n: u32| (1..=MAX_PAYMENTS).contains(&n);
    if !valid(t.min_payments) || !valid(t.max_payments) {
        push(
            out,
            format!("{at}.max_payments"),
            Problem::PaymentsOutOfRange,
        );
    } else if t.min_payments > t.max_payments {
        push(out, format!("{at}.max_payments"), Problem::MinAboveMax);
    } else if !(t.min_payments..=t.max_payments).contains(&t.default_payments) {
        push(
            out,
            format!("{at}.default_payments"),
            Problem::DefaultOutOfRange,
        );
    }
}

fn tiers(p: &Product, at: &str, out: &mut Vec<ConfigProblem>) {
    let mut segments = HashSet::new();
    for (j, s) in p.segments.iter().enumerate() {
        if !is_id(&s.id) {
            push(out, format!("{at}.segments[{j}].id"), Problem::BadId);
        } else if !segments.insert(s.id.as_str()) {
            let problem = Problem::DuplicateId(s.id.clone());
            push(out, format!("{at}.segments[{j}].id"), problem);
        }
    }
    let mut starts = HashSet::new();
    for (j, t) in p.pricing.rate_tiers.iter().enumerate() {
        let tat = format!("{at}.pricing.rate_tiers[{j}]");
        rate(t.annual_rate, MAX_RATE, format!("{tat}.annual_rate"), out);
        if t.from_amount < Decimal::ZERO {
            push(out, format!("{tat}.from_amount"), Problem::NotPositive);
        }
        if let Some(s) = t.segment.as_deref().filter(|s| !segments.contains(s)) {
            push(
                out,
                format!("{tat}.segment"),
                Problem::UnknownSegment(s.to_string()),
            );
        }
        if !starts.insert((t.segment.as_deref(), t.from_amount.normalize())) {
            push(out, format!("{tat}.from_amount"), Problem::DuplicateTier);
        }
    }
}
