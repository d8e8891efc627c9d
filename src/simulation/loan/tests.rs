use super::*;
use crate::config::parse_catalog;
use crate::simulation::Severity;
use rust_decimal_macros::dec;

fn product(id: &str) -> Product {
    parse_catalog(include_str!("../../../public/config/products.json"))
        .unwrap()
        .product(id)
        .unwrap()
        .clone()
}

fn today() -> Date {
    Date::new(2026, 11, 23).unwrap()
}

#[test]
fn out_of_range_values_are_clamped_with_a_notice() {
    let p = product("us-personal-loan");
    let mut input = SimulationInput::defaults(&p, Locale::EnUs);
    input.amount = "99,999".into();
    input.term = "12".into();
    let checked = check_loan(&p, &input, Locale::EnUs, today());
    let choice = checked.value.expect("usable");
    assert_eq!(choice.principal, dec!(40000));
    assert_eq!(choice.payments, 24);
    assert_eq!(
        checked.messages,
        vec![
            FieldMessage::notice(Field::Amount, Msg::ClampedToMax("$40,000.00".into())),
            FieldMessage::notice(Field::Term, Msg::ClampedToMin("24".into())),
        ]
    );
}

#[test]
fn unreadable_values_are_errors_and_give_no_loan() {
    let p = product("es-prestamo-personal");
    let mut input = SimulationInput::defaults(&p, Locale::EsEs);
    input.amount = "12.000,555".into();
    input.term = "doce".into();
    input.first_payment = "2027-05-01".into();
    let checked = check_loan(&p, &input, Locale::EsEs, today());
    assert!(checked.value.is_none());
    let errors: Vec<(Field, Severity)> = checked
        .messages
        .iter()
        .map(|m| (m.field, m.severity))
        .collect();
    assert_eq!(
        errors,
        vec![
            (Field::Amount, Severity::Error),
            (Field::Term, Severity::Error),
            (Field::FirstPayment, Severity::Error),
        ]
    );
    assert_eq!(
        checked.messages[2].msg,
        Msg::ErrDateRange {
            from: "24/11/2026".into(),
            to: "23/01/2027".into()
        }
    );
}

#[test]
fn the_default_simulation_quotes_with_the_products_legal_rate() {
    for id in [
        "mx-crece-semanal",
        "es-prestamo-personal",
        "us-personal-loan",
        "us-home-equity",
    ] {
        let p = product(id);
        let input = SimulationInput::defaults(&p, Locale::EsMx);
        let choice = check_loan(&p, &input, Locale::EsMx, today()).value.unwrap();
        let quote = quote_choice(&p, &choice).unwrap();
        assert_eq!(quote.rate.convention, p.convention);
        assert!(
            quote.rate.rate > p.pricing.annual_rate,
            "{id}: costs raise the legal rate"
        );
    }
}
