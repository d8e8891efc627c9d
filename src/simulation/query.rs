//! The simulation in the URL query, so a link or a QR code reopens exactly the same simulation.
//!
//! Numbers travel in a canonical form independent of the language (`amount=12000.50`) and are shown
//! in the reader's locale; text that is not a number travels as typed, so the reopened page shows the
//! same field with the same message. Parameters that are not the simulator's (UTM tags, `gclid`, …)
//! are kept as they came.

use super::fields::{Field, FieldMessage};
use super::input::{ExtraInput, HouseholdInput, NO_SEGMENT, SimulationInput, input_text};
use crate::config::Catalog;
use crate::finance::schedule::{ExtraEffect, Frequency};
use crate::i18n::{Locale, Msg, parse_decimal};
use rust_decimal::Decimal;
use std::str::FromStr;

/// The query keys the simulator owns (plus `lang`, owned by the language switch).
pub const KEYS: [&str; 13] = [
    "product",
    "amount",
    "term",
    "frequency",
    "first",
    "segment",
    "extra",
    "extra_at",
    "extra_every",
    "extra_effect",
    "income",
    "expenses",
    "debts",
];
const DEBTS: &str = "debts";

/// The last value of `key` in decoded `pairs` (a repeated parameter: the last one wins, as in
/// `URLSearchParams` readers that keep the latest).
pub fn last_value<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .rev()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// Decodes `application/x-www-form-urlencoded` text (`a=1&b=x+y`), as browsers do: `+` is a space,
/// invalid percent escapes are kept literally, invalid UTF-8 is replaced.
pub fn decode_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Encodes pairs as `application/x-www-form-urlencoded` (unreserved characters kept, space as `+`).
pub fn encode_query(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The canonical form of a number typed in `locale`, or the text as typed when it is not one.
pub(crate) fn canonical(text: &str, locale: Locale) -> String {
    parse_decimal(text, locale)
        .map(|v| v.normalize().to_string())
        .unwrap_or_else(|_| text.trim().to_string())
}

/// A canonical number from a link shown in `locale`; other text is kept as it came.
pub(crate) fn localized(text: &str, locale: Locale) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '-');
    match Decimal::from_str(text) {
        Ok(v) if plain => input_text(v, locale),
        _ => text.to_string(),
    }
}

/// The query for `input` (typed in `locale`), keeping `current`'s parameters that are not the
/// simulator's, in their order, before the simulator's own.
pub fn to_query(input: &SimulationInput, locale: Locale, current: &str) -> String {
    let mut pairs: Vec<(String, String)> = decode_query(current)
        .into_iter()
        .filter(|(k, _)| !KEYS.contains(&k.as_str()) && k != "lang")
        .collect();
    let mut put = |k: &str, v: String| {
        if !v.is_empty() {
            pairs.push((k.to_string(), v));
        }
    };
    put("lang", locale.tag().to_string());
    put("product", input.product.clone());
    put("amount", canonical(&input.amount, locale));
    put("term", canonical(&input.term, locale));
    put("frequency", frequency_key(input.frequency).to_string());
    put("first", input.first_payment.trim().to_string());
    put("segment", input.segment.clone());
    let x = &input.extra;
    if !x.amount.trim().is_empty() {
        put("extra", canonical(&x.amount, locale));
        put("extra_at", canonical(&x.at_payment, locale));
        put("extra_every", canonical(&x.every, locale));
        put("extra_effect", effect_key(x.effect).to_string());
    }
    let h = &input.household;
    put("income", canonical(&h.income, locale));
    put("expenses", canonical(&h.expenses, locale));
    put(DEBTS, canonical(&h.debts, locale));
    encode_query(&pairs)
}

/// The simulation a link describes, for a reader in `locale`, with a notice for every parameter
/// that could not be used as it came (an unknown product, a frequency the product does not offer).
/// Without a product, the first in the `preferred` currency is shown (the lender's default, else
/// the reader's: MXN for es-MX, EUR for es-ES, USD for en-US), else the first. Missing parameters take the product's defaults; numbers that do not read are kept as text so the
/// fields show them with their message.
pub fn from_query(
    query: &str,
    catalog: &Catalog,
    locale: Locale,
    preferred: &str,
) -> (SimulationInput, Vec<FieldMessage>) {
    let pairs = decode_query(query);
    let get = |k: &str| last_value(&pairs, k);
    let mut notices = Vec::new();
    let Some(first) = catalog.products.first() else {
        return (empty_input(), notices);
    };
    let local = catalog
        .products
        .iter()
        .find(|p| p.currency == preferred)
        .unwrap_or(first);
    let product = match get("product") {
        None => local,
        Some(id) => catalog.product(id).unwrap_or_else(|| {
            notices.push(FieldMessage::notice(
                Field::Product,
                Msg::LinkUnknownProduct(id.chars().take(40).collect()),
            ));
            local
        }),
    };
    let mut input = SimulationInput::defaults(product, locale);
    if let Some(f) = get("frequency") {
        match parse_frequency(f).filter(|f| product.term_option(*f).is_some()) {
            Some(freq) => input = input.with_frequency(product, freq, locale),
            None => notices.push(FieldMessage::notice(
                Field::Frequency,
                Msg::LinkFrequencyNotOffered(f.chars().take(20).collect()),
            )),
        }
    }
    let text =
        |k: &str, default: &str| get(k).map_or(default.to_string(), |v| localized(v, locale));
    input.amount = text("amount", &input.amount);
    input.term = text("term", &input.term);
    input.first_payment = get("first").unwrap_or_default().to_string();
    input.extra = ExtraInput {
        amount: text("extra", ""),
        at_payment: text("extra_at", ""),
        every: text("extra_every", ""),
        effect: match get("extra_effect") {
            None | Some("shorten_term") => ExtraEffect::ShortenTerm,
            Some("lower_instalment") => ExtraEffect::LowerInstalment,
            Some(other) => {
                notices.push(FieldMessage::notice(
                    Field::ExtraAmount,
                    Msg::LinkUnknownExtraEffect(other.chars().take(20).collect()),
                ));
                ExtraEffect::ShortenTerm
            }
        },
    };
    input.household = HouseholdInput {
        income: text("income", ""),
        expenses: text("expenses", ""),
        debts: text(DEBTS, ""),
    };
    if let Some(s) = get("segment").filter(|s| !s.is_empty()) {
        if s == NO_SEGMENT || product.segment(s).is_some() {
            input.segment = s.to_string();
        } else {
            notices.push(FieldMessage::notice(
                Field::Segment,
                Msg::Site(crate::i18n::SiteMsg::LinkUnknownSegment(
                    s.chars().take(40).collect(),
                )),
            ));
        }
    }
    (input, notices)
}

fn empty_input() -> SimulationInput {
    SimulationInput {
        product: String::new(),
        amount: String::new(),
        term: String::new(),
        frequency: Frequency::Monthly,
        first_payment: String::new(),
        extra: ExtraInput::default(),
        household: HouseholdInput::default(),
        segment: String::new(),
    }
}

/// The query value of a frequency.
pub fn frequency_key(f: Frequency) -> &'static str {
    match f {
        Frequency::Weekly => "weekly",
        Frequency::Biweekly => "biweekly",
        Frequency::Semimonthly => "semimonthly",
        Frequency::Monthly => "monthly",
        Frequency::Quarterly => "quarterly",
    }
}

/// The frequency of a query value.
pub fn parse_frequency(key: &str) -> Option<Frequency> {
    [
        Frequency::Weekly,
        Frequency::Biweekly,
        Frequency::Semimonthly,
        Frequency::Monthly,
        Frequency::Quarterly,
    ]
    .into_iter()
    .find(|f| frequency_key(*f) == key)
}

fn effect_key(e: ExtraEffect) -> &'static str {
    match e {
        ExtraEffect::ShortenTerm => "shorten_term",
        ExtraEffect::LowerInstalment => "lower_instalment",
    }
}

#[cfg(test)]
mod tests;
