use crate::config::campaign::{CampaignStatus, parse_campaigns};
use crate::config::{Catalog, ConfigProblem, Problem, SiteConfigError, parse_catalog, site_config};
use crate::finance::Date;
use rust_decimal_macros::dec;
use serde_json::{Value, json};

const PRODUCTS: &str = include_str!("../../../public/config/products.json");
const CAMPAIGNS: &str = include_str!("../../../public/config/campaigns.json");
const LENDER: &str = include_str!("../../../public/config/lender.json");

fn catalog() -> Catalog {
    parse_catalog(PRODUCTS).expect("demo catalogue")
}

fn day(y: i32, m: u8, d: u8) -> Date {
    Date::new(y, m, d).unwrap()
}

fn paths(problems: &[ConfigProblem]) -> Vec<&str> {
    problems.iter().map(|p| p.path.as_str()).collect()
}

#[test]
fn the_demo_has_two_live_campaigns_per_market() {
    let campaigns = parse_campaigns(CAMPAIGNS, &catalog()).expect("demo campaigns");
    let live: Vec<&str> = campaigns
        .live(day(2026, 12, 1))
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(live.len(), 6);
    for market in ["mx-", "es-", "us-"] {
        assert_eq!(
            live.iter().filter(|id| id.starts_with(market)).count(),
            2,
            "{market}"
        );
    }
    let (i, c) = campaigns.by_slug("tus-proyectos").unwrap();
    assert_eq!(i, 3);
    assert_eq!(c.status(day(2026, 11, 14)), CampaignStatus::Upcoming);
    assert_eq!(c.status(day(2026, 11, 15)), CampaignStatus::Live);
    assert_eq!(c.status(day(2027, 4, 30)), CampaignStatus::Live);
    assert_eq!(c.status(day(2027, 5, 1)), CampaignStatus::Ended);
}

fn broken() -> Value {
    let mut doc: Value = serde_json::from_str(CAMPAIGNS).unwrap();
    let c = &mut doc["campaigns"];
    c[0]["products"] = json!(["mx-crece-semanal", "mx-nope"]);
    c[0]["promotional_rates"] = json!([
        { "product": "mx-crece-semanal", "annual_rate": "0.95" },
        { "product": "us-personal-loan", "annual_rate": "0.05" }
    ]);
    c[0]["theme"]["brand_ink"] = json!("#8a1539");
    c[1]["slug"] = json!("crece-tu-negocio");
    c[1]["copy"]["es"] = json!("Paga solo $150 a la semana durante 16 semanas. {precio}");
    c[2]["slug"] = json!("Préstamo Nómina");
    c[2]["ends"] = json!("2026-10-31");
    c[2]["defaults"] = json!({ "amount": "100", "frequency": "weekly", "payments": 60 });
    c[3]["defaults"] = json!({ "product": "us-personal-loan" });
    c[0]["defaults"]["segment"] = json!("nomina");
    c[4]["title"] = json!({ "en": " " });
    c[5]["footnotes"][0]["en"] = json!("0% APR for 12 months");
    doc
}

#[test]
fn every_campaign_rule_violation_is_reported_with_its_path() {
    let problems = parse_campaigns(&broken().to_string(), &catalog()).unwrap_err();
    assert_eq!(
        paths(&problems),
        vec![
            "campaigns[0].products[1]",
            "campaigns[0].promotional_rates[0].annual_rate",
            "campaigns[0].promotional_rates[1].product",
            "campaigns[0].theme.brand_ink",
            "campaigns[0].defaults.segment",
            "campaigns[1].slug",
            "campaigns[1].copy.es",
            "campaigns[1].copy.es",
            "campaigns[1].copy.es",
            "campaigns[2].slug",
            "campaigns[2].ends",
            "campaigns[2].defaults.amount",
            "campaigns[2].defaults.frequency",
            "campaigns[3].defaults.product",
            "campaigns[4].title",
            "campaigns[5].footnotes[0].en",
            "campaigns[5].footnotes[0].en",
        ],
        "{problems:#?}"
    );
    let of = |i: usize| &problems[i].problem;
    assert_eq!(of(0), &Problem::UnknownProduct("mx-nope".into()));
    assert_eq!(of(1), &Problem::PromotionNotLower(dec!(0.86)));
    assert_eq!(of(2), &Problem::NotFeatured("us-personal-loan".into()));
    assert!(matches!(of(3), Problem::LowContrast(r) if r == "1.00"));
    assert_eq!(of(4), &Problem::UnknownSegment("nomina".into()));
    assert_eq!(of(5), &Problem::DuplicateId("crece-tu-negocio".into()));
    assert_eq!(of(6), &Problem::UnknownPlaceholder("{precio}".into()));
    assert_eq!(of(7), &Problem::LiteralFigure("$150".into()));
    assert_eq!(of(8), &Problem::LiteralFigure("16 semanas".into()));
    assert_eq!(of(9), &Problem::BadId);
    assert_eq!(of(10), &Problem::EndsBeforeStart);
    assert_eq!(of(11), &Problem::DefaultOutOfRange);
    assert_eq!(of(12), &Problem::ExampleFrequencyNotOffered);
    assert_eq!(of(13), &Problem::NotFeatured("us-personal-loan".into()));
    assert_eq!(of(14), &Problem::Missing);
    assert_eq!(of(15), &Problem::LiteralFigure("0%".into()));
    assert_eq!(of(16), &Problem::LiteralFigure("12 months".into()));
}

#[test]
fn ended_campaigns_are_named_with_their_last_day() {
    let campaigns = parse_campaigns(CAMPAIGNS, &catalog()).unwrap();
    assert!(crate::config::ended_campaigns(&campaigns, day(2026, 12, 1)).is_empty());
    let ended = crate::config::ended_campaigns(&campaigns, day(2027, 3, 1));
    assert_eq!(
        paths(&ended),
        vec!["campaigns[0].ends", "campaigns[2].ends"]
    );
    assert_eq!(ended[1].problem, Problem::CampaignEnded(day(2027, 2, 28)));
}

#[test]
fn a_wrong_shape_names_its_path_and_the_site_reports_every_file() {
    let mut doc: Value = serde_json::from_str(CAMPAIGNS).unwrap();
    doc["campaigns"][1]["colour"] = json!("red");
    let problems = parse_campaigns(&doc.to_string(), &catalog()).unwrap_err();
    assert_eq!(paths(&problems), vec!["campaigns[1].colour"]);

    let products = PRODUCTS
        .replacen("\"BadCurrencyMarker\"", "", 1)
        .replacen("\"MXN\"", "\"mxn\"", 1);
    let texts = [
        Ok(products),
        Ok(LENDER.to_string()),
        Ok(broken().to_string()),
    ];
    let Err(SiteConfigError::Invalid(all)) = site_config(&texts) else {
        panic!("the broken files were accepted");
    };
    let all = paths(&all);
    assert_eq!(all[0], "products[0].currency");
    // Campaigns are still checked against the products as written.
    assert!(
        all.contains(&"campaigns.json: campaigns[0].products[1]"),
        "{all:?}"
    );
    let missing = [
        Ok(PRODUCTS.into()),
        Ok(LENDER.into()),
        Err("HTTP 404".into()),
    ];
    assert_eq!(
        site_config(&missing).unwrap_err(),
        SiteConfigError::Fetch("campaigns.json: HTTP 404".into())
    );
}

#[test]
fn a_campaign_offers_its_products_at_its_rates_and_defaults() {
    let catalog = catalog();
    let campaigns = parse_campaigns(CAMPAIGNS, &catalog).unwrap();
    let (_, crece) = campaigns.by_slug("crece-tu-negocio").unwrap();
    let offered = crece.catalog(&catalog);
    let ids: Vec<&str> = offered.products.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, vec!["mx-crece-semanal", "mx-grupal"]);
    let p = &offered.products[0];
    assert_eq!(p.pricing.annual_rate, dec!(0.79));
    assert_eq!(p.amount.default, dec!(12000));
    assert_eq!(p.terms[0].default_payments, 20);
    // The second product keeps its own rate and defaults.
    assert_eq!(offered.products[1], *catalog.product("mx-grupal").unwrap());

    let (_, nomina) = campaigns.by_slug("prestamo-nomina").unwrap();
    let es = &nomina.catalog(&catalog).products[0];
    // The promotional rate caps every tier, but a lower tier stays lower.
    assert_eq!(es.annual_rate_for(dec!(12000), None), dec!(0.0695));
    assert_eq!(es.annual_rate_for(dec!(40000), None), dec!(0.0695));
    assert_eq!(
        es.annual_rate_for(dec!(12000), Some("nomina")),
        dec!(0.0595)
    );
    assert_eq!(
        es.annual_rate_for(dec!(40000), Some("nomina")),
        dec!(0.0550)
    );
}

#[test]
fn a_trigger_term_needs_the_legal_rate_in_the_same_language() {
    let mut doc: Value = serde_json::from_str(CAMPAIGNS).unwrap();
    doc["campaigns"][4]["copy"]["en"] = json!("One payment of {instalment} a month.");
    doc["campaigns"][4]["title"]["es"] = json!("Paga {instalment} al mes");
    doc["campaigns"][4]["copy"]["es"] = json!("Reúne tus tarjetas. {rate}.");
    let problems = parse_campaigns(&doc.to_string(), &catalog()).unwrap_err();
    assert_eq!(
        problems,
        vec![ConfigProblem {
            path: "campaigns[4].copy.en".into(),
            problem: Problem::TriggerWithoutRate,
        }]
    );
}

#[test]
fn a_campaign_without_products_and_an_unknown_version_are_refused() {
    let mut doc: Value = serde_json::from_str(CAMPAIGNS).unwrap();
    doc["version"] = json!(2);
    doc["campaigns"][1]["products"] = json!([]);
    let problems = parse_campaigns(&doc.to_string(), &catalog()).unwrap_err();
    let got: Vec<(&str, &Problem)> = problems
        .iter()
        .map(|p| (p.path.as_str(), &p.problem))
        .collect();
    assert_eq!(
        got,
        vec![
            ("version", &Problem::UnsupportedVersion(2)),
            ("campaigns[1].products", &Problem::Missing),
        ]
    );
}
