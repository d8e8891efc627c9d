//! A real lead for tests: the shipped catalogue's Mexican microcredit, quoted by the engine.

use super::{Submission, build_lead};
use crate::config::{Catalog, LoanChoice, parse_catalog};
use crate::finance::Date;
use crate::finance::quote::Quote;
use crate::finance::schedule::Frequency;
use crate::i18n::Locale;
use crate::leads::attribution::attribution;
use crate::leads::config::PrivacyNotice;
use crate::leads::consent::{ConsentChoice, record};
use crate::leads::contact::{ContactInput, ContactTime, check_contact};
use crate::leads::lead::Lead;
use crate::simulation::loan::quote_choice;
use rust_decimal::Decimal;

pub(crate) fn catalog() -> Catalog {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/config/products.json");
    parse_catalog(&std::fs::read_to_string(path).expect("products.json")).expect("valid")
}

pub(crate) fn choice() -> LoanChoice {
    LoanChoice {
        principal: Decimal::new(10_000, 0),
        payments: 16,
        frequency: Frequency::Weekly,
        disbursement: Date::new(2026, 11, 23).expect("date"),
        first_payment: None,
        extra_payments: Vec::new(),
        segment: None,
    }
}

pub(crate) fn notice() -> PrivacyNotice {
    serde_json::from_str(r#"{"url": {"es": "https://example.com/aviso"}, "version": "2026-11-01"}"#)
        .expect("notice")
}

/// A lead for `name`, with both consents, from a promoter at an event.
pub(crate) fn lead(name: &str, message: &str) -> (Lead, Quote) {
    let catalog = catalog();
    let product = catalog.product("mx-crece-semanal").expect("product");
    let choice = choice();
    let quote = quote_choice(product, &choice).expect("quote");
    let input = ContactInput {
        name: name.into(),
        phone: "+52 55 1234 5678".into(),
        email: "ana@example.com".into(),
        contact_time: ContactTime::Morning,
        message: message.into(),
        age: "34".into(),
    };
    let both = ConsentChoice {
        contact: true,
        marketing: true,
    };
    let lead = build_lead(Submission {
        product,
        choice: &choice,
        quote: &quote,
        contact: check_contact(&input, Locale::EsMx).expect("contact"),
        consent: record(both, Locale::EsMx, &notice(), "2026-11-23T10:00:00Z").expect("consent"),
        household: None,
        assessment: None,
        attribution: attribution(
            "?utm_source=feria&utm_campaign=buen-fin&promoter=P-017&campaign=buen-fin",
            "",
        ),
        locale: Locale::EsMx,
        link: "https://cuota.example/?product=mx-crece-semanal&amount=10000".into(),
        now: "2026-11-23T10:00:00Z".into(),
        random: [7; 32],
    });
    (lead, quote)
}
