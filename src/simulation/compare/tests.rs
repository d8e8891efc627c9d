use super::query::{from_query, simulate_query, to_query};
use super::*;
use crate::config::parse_catalog;
use crate::i18n::text;
use rust_decimal_macros::dec;

fn catalog() -> Catalog {
    parse_catalog(include_str!("../../../public/config/products.json")).unwrap()
}

fn today() -> Date {
    Date::new(2026, 11, 23).unwrap()
}

/// The comparison of `c`'s products on `req`, disbursed on the tests' day.
fn compared(
    c: &Catalog,
    currency: &str,
    segment: &str,
    req: &Request,
    sort: SortKey,
    l: Locale,
) -> Vec<Row> {
    compare(c, currency, segment, req, sort, today(), l)
}

fn request(amount: Decimal, months: u32, household: Option<Household>) -> Request {
    Request {
        amount,
        months,
        household,
    }
}

#[test]
fn months_become_payments_of_each_frequency() {
    assert_eq!(payments_for(12, Frequency::Weekly), 52);
    assert_eq!(payments_for(4, Frequency::Weekly), 17); // 17.33
    assert_eq!(payments_for(4, Frequency::Biweekly), 9); // 8.67
    assert_eq!(payments_for(6, Frequency::Semimonthly), 12);
    assert_eq!(payments_for(36, Frequency::Monthly), 36);
    assert_eq!(payments_for(7, Frequency::Quarterly), 2); // 2.33
}

#[test]
fn each_product_is_quoted_by_the_engine_on_the_same_request() {
    let c = catalog();
    let rows = compared(
        &c,
        "MXN",
        "",
        &request(dec!(6000), 4, None),
        SortKey::Cost,
        Locale::EsMx,
    );
    assert_eq!(rows.len(), 2);
    for row in &rows {
        let choice = row.choice.as_ref().expect("both fit 4 months");
        assert_eq!((choice.frequency, choice.payments), (Frequency::Weekly, 17));
        let direct = quote_choice(&row.product, choice).unwrap();
        assert_eq!(row.quote, Some(Ok(direct)));
    }
    // The lower rate costs less and is marked best; the rows are sorted by cost.
    assert_eq!(rows[0].product.id, "mx-grupal");
    assert!(rows[0].best && !rows[1].best);
    let cost = |r: &Row| r.ok_quote().unwrap().totals.cost_of_credit;
    assert!(cost(&rows[0]) < cost(&rows[1]));
}

#[test]
fn a_product_outside_its_limits_says_why_and_is_never_best() {
    let c = catalog();
    let rows = compared(
        &c,
        "MXN",
        "",
        &request(dec!(35000), 12, None),
        SortKey::Cost,
        Locale::EnUs,
    );
    let grupal = rows.iter().find(|r| r.product.id == "mx-grupal").unwrap();
    let reasons: Vec<String> = grupal
        .reasons
        .iter()
        .map(|m| text(Locale::EnUs, m))
        .collect();
    assert_eq!(
        reasons,
        vec![
            "The amount must be between MX$2,000.00 and MX$30,000.00.",
            "The term must be between 2.8 and 5.5 months.",
        ]
    );
    assert!(grupal.quote.is_none() && !grupal.best);
    assert!(
        rows.iter().all(|r| !r.eligible()),
        "12 months is longer than both offer"
    );
}

#[test]
fn the_household_decides_who_can_afford_what() {
    let c = catalog();
    let tight = Household {
        net_income: dec!(9000),
        living_expenses: dec!(0),
        existing_debt_payments: dec!(2000),
    };
    let rows = compared(
        &c,
        "MXN",
        "",
        &request(dec!(12000), 4, Some(tight)),
        SortKey::Cost,
        Locale::EsMx,
    );
    assert!(rows.iter().all(|r| !r.eligible() && !r.best), "{rows:#?}");
    assert!(
        rows.iter()
            .all(|r| r.reasons.iter().any(|m| matches!(m, Msg::ReasonDti { .. })))
    );
    let comfortable = Household {
        net_income: dec!(40000),
        ..tight
    };
    let rows = compared(
        &c,
        "MXN",
        "",
        &request(dec!(12000), 4, Some(comfortable)),
        SortKey::Cost,
        Locale::EsMx,
    );
    assert!(rows.iter().all(Row::eligible));
    assert_eq!(rows.iter().filter(|r| r.best).count(), 1);
}

#[test]
fn sorting_keeps_eligible_loans_first() {
    let c = catalog();
    let req = request(dec!(30000), 60, None);
    let by_rate = compared(&c, "USD", "", &req, SortKey::Rate, Locale::EnUs);
    let ids: Vec<&str> = by_rate.iter().map(|r| r.product.id.as_str()).collect();
    // The home equity loan starts at $25,000 and 60 payments: both fit; its APR is lower.
    assert_eq!(ids, vec!["us-home-equity", "us-personal-loan"]);
    let small = compared(
        &c,
        "USD",
        "",
        &request(dec!(5000), 36, None),
        SortKey::Instalment,
        Locale::EnUs,
    );
    assert_eq!(small[0].product.id, "us-personal-loan");
    assert!(small[0].eligible() && small[0].best);
    assert!(
        !small[1].eligible(),
        "home equity lends from $25,000 and 60 payments"
    );
}

#[test]
fn the_segment_lowers_the_rate_where_the_product_has_it() {
    let c = catalog();
    let req = request(dec!(12000), 48, None);
    let general = compared(&c, "EUR", "", &req, SortKey::Cost, Locale::EsEs);
    let payroll = compared(&c, "EUR", "nomina", &req, SortKey::Cost, Locale::EsEs);
    let rate = |rows: &[Row]| rows[0].ok_quote().unwrap().schedule.rows.len();
    assert_eq!(rate(&general), 48);
    let cost = |rows: &[Row]| rows[0].ok_quote().unwrap().totals.cost_of_credit;
    assert!(cost(&payroll) < cost(&general));
    assert_eq!(
        payroll[0].choice.as_ref().unwrap().segment.as_deref(),
        Some("nomina")
    );
}

#[test]
fn a_comparison_link_round_trips_and_opens_the_simulator_on_the_same_loan() {
    let c = catalog();
    let (input, notices) = from_query("", &c, Locale::EsEs, Locale::EsEs.default_currency());
    assert!(notices.is_empty());
    assert_eq!(
        (
            input.currency.as_str(),
            input.amount.as_str(),
            input.months.as_str()
        ),
        ("EUR", "12.000", "48")
    );
    let mut typed = input.clone();
    typed.amount = "15.000".into();
    typed.household.income = "2400".into(); // es-ES does not group four digits (CLDR)
    typed.sort = SortKey::Rate;
    let query = to_query(&typed, Locale::EsEs, "?utm_source=feria&amount=1");
    assert_eq!(
        query,
        "utm_source=feria&lang=es-ES&amount=15000&months=48&currency=EUR&income=2400&sort=rate"
    );
    let (back, notices) = from_query(&query, &c, Locale::EsEs, Locale::EsEs.default_currency());
    assert!(notices.is_empty());
    assert_eq!(back, typed);
    let req = check_request(&back, Locale::EsEs).value.unwrap();
    let rows = compare(
        &c,
        &back.currency,
        "",
        &req,
        back.sort,
        today(),
        Locale::EsEs,
    );
    let sim = simulate_query(&rows[0], &back, Locale::EsEs, &format!("?{query}")).unwrap();
    assert_eq!(
        sim,
        "utm_source=feria&lang=es-ES&product=es-prestamo-personal&amount=15000&term=48&frequency=monthly&income=2400"
    );
}

#[test]
fn bad_requests_and_links_say_what_is_wrong() {
    let c = catalog();
    let (_, notices) = from_query(
        "currency=GBP&sort=cheapest",
        &c,
        Locale::EnUs,
        Locale::EnUs.default_currency(),
    );
    let shown: Vec<String> = notices.iter().map(|n| text(Locale::EnUs, &n.msg)).collect();
    assert_eq!(
        shown,
        vec![
            "The link asked for “GBP”, which no loan here uses; showing another currency.",
            "The link asked to sort by “cheapest”; sorting by total cost.",
        ]
    );
    let input = CompareInput {
        amount: "12,5x".into(),
        months: "601".into(),
        ..CompareInput::default()
    };
    let checked = check_request(&input, Locale::EnUs);
    assert!(checked.value.is_none());
    let fields: Vec<(Field, String)> = checked
        .messages
        .iter()
        .map(|m| (m.field, text(Locale::EnUs, &m.msg)))
        .collect();
    assert_eq!(fields[0].0, Field::Amount);
    assert_eq!(
        fields[1],
        (Field::Term, "Enter at most 600 months.".to_string())
    );
}

#[test]
fn the_notes_follow_the_jurisdictions_shown() {
    let c = catalog();
    let mx = compared(
        &c,
        "MXN",
        "",
        &request(dec!(6000), 4, None),
        SortKey::Cost,
        Locale::EsMx,
    );
    assert_eq!(
        compare_notes(&mx, "23/11/2026".into(), Locale::EsMx),
        vec![
            "CAT: costo anual total sin IVA, para fines informativos y de comparación exclusivamente. Fecha de cálculo: 23/11/2026."
        ]
    );
    let eu = compared(
        &c,
        "EUR",
        "",
        &request(dec!(12000), 48, None),
        SortKey::Cost,
        Locale::EsEs,
    );
    assert_eq!(
        compare_notes(&eu, String::new(), Locale::EsEs),
        vec!["¡Atención! Pedir dinero prestado cuesta dinero."]
    );
    let us = compared(
        &c,
        "USD",
        "",
        &request(dec!(5000), 36, None),
        SortKey::Cost,
        Locale::EnUs,
    );
    assert!(compare_notes(&us, String::new(), Locale::EnUs).is_empty());
}
