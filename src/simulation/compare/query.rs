//! The comparison's link: every input in the URL query, so a comparison can be reloaded, shared and
//! bookmarked, and each row links to the simulator with the same loan.

use super::{CompareInput, Row, SortKey, currencies};
use crate::config::Catalog;
use crate::i18n::{Locale, Msg, SiteMsg};
use crate::simulation::fields::{Field, FieldMessage};
use crate::simulation::input::{HouseholdInput, SimulationInput, input_text};
use crate::simulation::query::{
    canonical, decode_query, encode_query, last_value, localized, to_query as simulator_query,
};

/// The comparison's query keys (plus `lang`).
pub const KEYS: [&str; 8] = [
    "amount", "months", "currency", "income", "expenses", "debts", "segment", "sort",
];

/// The comparison `query` describes, for a reader in `locale`, with a notice for each parameter
/// that could not be used. Without parameters: the `preferred` currency (the lender's default, else
/// the reader's) when the catalogue has it (else the first product's), and the first such product's
/// default amount and term.
pub fn from_query(
    query: &str,
    catalog: &Catalog,
    locale: Locale,
    preferred: &str,
) -> (CompareInput, Vec<FieldMessage>) {
    let pairs = decode_query(query);
    let get = |k: &str| last_value(&pairs, k);
    let mut notices = Vec::new();
    let currency = currency_from(get("currency"), catalog, preferred, &mut notices);
    let first = catalog.products.iter().find(|p| p.currency == currency);
    let default_amount = first.map_or(String::new(), |p| input_text(p.amount.default, locale));
    let default_months = first
        .and_then(|p| p.default_term())
        .map_or(String::new(), |t| {
            let months = u64::from(t.default_payments) * 12 / u64::from(t.frequency.per_year());
            months.max(1).to_string()
        });
    let text =
        |k: &str, default: &str| get(k).map_or(default.to_string(), |v| localized(v, locale));
    let sort = sort_from(get("sort"), &mut notices);
    let input = CompareInput {
        amount: text("amount", &default_amount),
        months: text("months", &default_months),
        currency,
        household: HouseholdInput {
            income: text("income", ""),
            expenses: text("expenses", ""),
            debts: text("debts", ""),
        },
        segment: get("segment")
            .unwrap_or_default()
            .chars()
            .take(40)
            .collect(),
        sort,
    };
    (input, notices)
}

/// The currency a link asks for when a product uses it; else (with a notice if it asked for
/// another) `preferred` when a product uses it, else the first product's.
fn currency_from(
    asked: Option<&str>,
    catalog: &Catalog,
    preferred: &str,
    notices: &mut Vec<FieldMessage>,
) -> String {
    let known = currencies(catalog);
    if let Some(c) = asked {
        if known.iter().any(|k| k == c) {
            return c.to_string();
        }
        let shown = c.chars().take(10).collect();
        let msg = Msg::Site(SiteMsg::LinkUnknownCurrency(shown));
        notices.push(FieldMessage::notice(Field::Product, msg));
    }
    if known.iter().any(|k| k == preferred) {
        preferred.to_string()
    } else {
        known
            .first()
            .cloned()
            .unwrap_or_else(|| preferred.to_string())
    }
}

/// The order a link asks for; an unknown one is the default, with a notice.
fn sort_from(asked: Option<&str>, notices: &mut Vec<FieldMessage>) -> SortKey {
    let Some(s) = asked else {
        return SortKey::default();
    };
    SortKey::ALL
        .into_iter()
        .find(|k| k.key() == s)
        .unwrap_or_else(|| {
            let shown = s.chars().take(20).collect();
            let msg = Msg::Site(SiteMsg::LinkUnknownSort(shown));
            notices.push(FieldMessage::notice(Field::Product, msg));
            SortKey::default()
        })
}

/// The query for `input` typed in `locale`, keeping `current`'s other parameters (UTM, campaign,
/// promoter) before the comparison's own.
pub fn to_query(input: &CompareInput, locale: Locale, current: &str) -> String {
    let mut pairs: Vec<(String, String)> = decode_query(current)
        .into_iter()
        .filter(|(k, _)| !KEYS.contains(&k.as_str()) && k != "lang")
        .collect();
    let mut put = |k: &str, v: String| {
        if !v.trim().is_empty() {
            pairs.push((k.to_string(), v));
        }
    };
    put("lang", locale.tag().to_string());
    put("amount", canonical(&input.amount, locale));
    put("months", canonical(&input.months, locale));
    put("currency", input.currency.clone());
    put("income", canonical(&input.household.income, locale));
    put("expenses", canonical(&input.household.expenses, locale));
    put("debts", canonical(&input.household.debts, locale));
    put("segment", input.segment.clone());
    if input.sort != SortKey::default() {
        put("sort", input.sort.key().to_string());
    }
    encode_query(&pairs)
}

/// The simulator's query for a row: the same product, amount, payments, frequency, household and
/// segment, so "simulate this loan" opens exactly what was compared.
pub fn simulate_query(
    row: &Row,
    input: &CompareInput,
    locale: Locale,
    current: &str,
) -> Option<String> {
    let choice = row.choice.as_ref()?;
    let sim = SimulationInput {
        product: row.product.id.clone(),
        amount: input.amount.clone(),
        term: choice.payments.to_string(),
        frequency: choice.frequency,
        first_payment: String::new(),
        extra: Default::default(),
        household: input.household.clone(),
        segment: choice.segment.clone().unwrap_or_default(),
    };
    let others: Vec<(String, String)> = decode_query(current)
        .into_iter()
        .filter(|(k, _)| !KEYS.contains(&k.as_str()))
        .collect();
    Some(simulator_query(&sim, locale, &encode_query(&others)))
}
