//! The comparison's link: every input in the URL query, so a comparison can be reloaded, shared and
//! bookmarked, and each row links to the simulator with the same loan.

use super::{CompareInput, Row, SortKey, currencies};
use crate::config::Catalog;
use crate::i18n::{Locale, Msg, SiteMsg};
use crate::simulation::fields::{Field, FieldMessage};
use crate::simulation::input::{HouseholdInput, SimulationInput, input_text};
use crate::simulation::query::{
    canonical, decode_query, encode_query, localized, to_query as simulator_query,
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
    let get = |k: &str| {
        pairs
            .iter()
            .rev()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
    };
    let mut notices = Vec::new();
    let known = currencies(catalog);
    let local = preferred.to_string();
    let fallback = if known.contains(&local) {
        local
    } else {
        known.first().cloned().unwrap_or(local)
    };
    let currency = match get("currency") {
        Some(c) if known.iter().any(|k| k == c) => c.to_string(),
        Some(c) => {
            let shown = c.chars().take(10).collect();
            notices.push(FieldMessage::notice(
                Field::Product,
                Msg::Site(SiteMsg::LinkUnknownCurrency(shown)),
            ));
            fallback
        }
        None => fallback,
    };
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
    let sort = match get("sort") {
        None => SortKey::default(),
        Some(s) => SortKey::ALL
            .into_iter()
            .find(|k| k.key() == s)
            .unwrap_or_else(|| {
                let shown = s.chars().take(20).collect();
                notices.push(FieldMessage::notice(
                    Field::Product,
                    Msg::Site(SiteMsg::LinkUnknownSort(shown)),
                ));
                SortKey::default()
            }),
    };
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
