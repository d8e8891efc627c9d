use super::*;
use crate::config::parse_catalog;

fn catalog() -> Catalog {
    parse_catalog(include_str!("../../../public/config/products.json")).unwrap()
}

#[test]
fn form_encoding_round_trips() {
    let pairs = vec![
        ("a b".to_string(), "x&y=z/ñ".to_string()),
        ("utm_source".to_string(), "news letter".to_string()),
    ];
    let encoded = encode_query(&pairs);
    assert_eq!(encoded, "a+b=x%26y%3Dz%2F%C3%B1&utm_source=news+letter");
    assert_eq!(decode_query(&format!("?{encoded}")), pairs);
    // Broken escapes are kept literally, as browsers do.
    assert_eq!(
        decode_query("amount=%zz1%2"),
        vec![("amount".into(), "%zz1%2".into())]
    );
}

#[test]
fn every_input_round_trips_across_locales() {
    let c = catalog();
    let product = c.product("es-prestamo-personal").unwrap();
    let mut input = SimulationInput::defaults(product, Locale::EsEs);
    input.amount = "15.250,50".into();
    input.term = "60".into();
    input.first_payment = "2026-12-20".into();
    input.extra = ExtraInput {
        amount: "1000".into(),
        at_payment: "12".into(),
        every: "12".into(),
        effect: ExtraEffect::LowerInstalment,
    };
    input.household.income = "2400".into();
    input.household.debts = "150".into();
    let query = to_query(&input, Locale::EsEs, "?utm_source=feria&amount=1");
    assert_eq!(
        query,
        "utm_source=feria&lang=es-ES&product=es-prestamo-personal&amount=15250.5&term=60\
         &frequency=monthly&first=2026-12-20&extra=1000&extra_at=12&extra_every=12\
         &extra_effect=lower_instalment&income=2400&debts=150"
    );
    let (back, notices) = from_query(&query, &c, Locale::EsEs, Locale::EsEs.default_currency());
    assert!(notices.is_empty());
    assert_eq!(back, input);
    let (en, _) = from_query(&query, &c, Locale::EnUs, Locale::EnUs.default_currency());
    assert_eq!(en.amount, "15,250.50");
    assert_eq!(en.household.income, "2,400");
}

#[test]
fn garbage_in_a_link_is_kept_visible_or_explained() {
    let c = catalog();
    let (input, notices) = from_query(
        "product=nope&frequency=daily&amount=abc<script>&term=-3&extra_effect=zzz",
        &c,
        Locale::EnUs,
        Locale::EnUs.default_currency(),
    );
    assert_eq!(
        input.product, "us-personal-loan",
        "the first product in the reader's currency"
    );
    assert_eq!(input.amount, "abc<script>");
    assert_eq!(input.term, "-3");
    let kinds: Vec<Field> = notices.iter().map(|n| n.field).collect();
    assert_eq!(
        kinds,
        vec![Field::Product, Field::Frequency, Field::ExtraAmount]
    );
    assert_eq!(notices[0].msg, Msg::LinkUnknownProduct("nope".into()));
}

#[test]
fn a_frequency_from_the_link_keeps_the_duration() {
    let c = catalog();
    let (input, _) = from_query(
        "product=mx-crece-semanal&frequency=biweekly",
        &c,
        Locale::EsMx,
        Locale::EsMx.default_currency(),
    );
    assert_eq!(input.frequency, Frequency::Biweekly);
    assert_eq!(input.term, "8");
}

#[test]
fn the_segment_round_trips_replacing_the_previous_one() {
    let c = catalog();
    let current = "?utm_source=x&segment=nomina&product=es-prestamo-personal";
    let (mut input, notices) = from_query(current, &c, Locale::EsEs, "EUR");
    assert!(notices.is_empty());
    assert_eq!(input.segment, "nomina");
    input.segment = crate::simulation::input::NO_SEGMENT.into();
    let query = to_query(&input, Locale::EsEs, current);
    assert_eq!(
        decode_query(&query)
            .iter()
            .filter(|(k, _)| k == "segment")
            .count(),
        1
    );
    let (back, notices) = from_query(&query, &c, Locale::EsEs, "EUR");
    assert!(notices.is_empty());
    assert_eq!(back.segment, "none");
}
