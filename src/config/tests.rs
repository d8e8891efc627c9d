use super::*;

const DEMO: &str = include_str!("../../public/config/products.json");

#[test]
fn the_demo_catalogue_is_valid() {
    let catalog = parse_catalog(DEMO).expect("demo catalogue");
    let currencies: Vec<&str> = catalog
        .products
        .iter()
        .map(|p| p.currency.as_str())
        .collect();
    assert!(
        currencies.contains(&"MXN") && currencies.contains(&"EUR") && currencies.contains(&"USD")
    );
    let mx = catalog.product("mx-crece-semanal").expect("mx product");
    assert_eq!(mx.name.get(crate::i18n::Locale::EsMx), "Crédito Crece");
    assert_eq!(mx.name.get(crate::i18n::Locale::EnUs), "Crece microloan");
}

#[test]
fn shape_errors_name_the_path() {
    let broken = DEMO.replacen("\"min\": \"3000\"", "\"minimum\": \"3000\"", 1);
    let problems = parse_catalog(&broken).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "products[0].amount.minimum");
    assert!(
        matches!(&problems[0].problem, Problem::Syntax { detail, .. } if detail.contains("unknown field `minimum`")),
        "{problems:?}"
    );
    let not_json = parse_catalog("{\"version\": 1, \"products\": [").unwrap_err();
    assert!(matches!(
        not_json[0].problem,
        Problem::Syntax { line: 1, .. }
    ));
}

#[test]
fn every_rule_violation_is_reported_with_its_path() {
    let mut catalog = parse_catalog(DEMO).unwrap();
    catalog.version = 2;
    catalog.products[1].id = catalog.products[0].id.clone();
    catalog.products[0].currency = "mxn".into();
    catalog.products[0].amount.min = catalog.products[0].amount.max + rust_decimal::Decimal::ONE;
    catalog.products[2].pricing.annual_rate = rust_decimal::Decimal::from(11);
    catalog.products[2].terms[0].default_payments = 1;
    catalog.products[3].terms.clear();
    let json = serde_json::to_string(&catalog).unwrap();
    let problems = parse_catalog(&json).unwrap_err();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        vec![
            "version",
            "products[0].currency",
            "products[0].amount.max",
            "products[1].id",
            "products[2].pricing.annual_rate",
            "products[2].terms[0].default_payments",
            "products[3].terms",
            "products[3].representative.frequency",
        ]
    );
    assert_eq!(problems[0].problem, Problem::UnsupportedVersion(2));
}

#[test]
fn eligibility_rules_are_checked() {
    let mut catalog = parse_catalog(DEMO).unwrap();
    catalog.products[0].eligibility = Eligibility {
        min_monthly_income: Some(rust_decimal::Decimal::NEGATIVE_ONE),
        min_age: Some(70),
        max_age: Some(18),
    };
    let json = serde_json::to_string(&catalog).unwrap();
    let problems = parse_catalog(&json).unwrap_err();
    let found: Vec<(&str, &Problem)> = problems
        .iter()
        .map(|p| (p.path.as_str(), &p.problem))
        .collect();
    assert_eq!(
        found,
        vec![
            (
                "products[0].eligibility.min_monthly_income",
                &Problem::NotPositive
            ),
            ("products[0].eligibility.max_age", &Problem::MinAboveMax),
        ]
    );
}

#[test]
fn a_product_cannot_be_shown_without_the_disclosure_its_jurisdiction_requires() {
    let mut catalog = parse_catalog(DEMO).unwrap();
    catalog.products[0].jurisdiction = Some(Jurisdiction::Mx);
    catalog.products[0].convention = crate::finance::apr::AprConvention::Eu;
    catalog.products[2].jurisdiction = Some(Jurisdiction::Us);
    let json = serde_json::to_string(&catalog).unwrap();
    let problems = parse_catalog(&json).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "products[0].convention");
    assert_eq!(
        problems[0].problem,
        Problem::DisclosureMismatch {
            jurisdiction: Jurisdiction::Mx,
            required: crate::finance::apr::AprConvention::MxCat
        }
    );
    assert_eq!(
        crate::i18n::text(
            crate::i18n::Locale::EnUs,
            &crate::i18n::Msg::ConfigProblem(problems[0].problem.clone())
        ),
        "a product offered in Mexico must disclose its CAT (excl. VAT) (convention \"mx_cat\"); it would be shown without the rate its law requires"
    );
}

#[test]
fn rates_follow_the_amount_and_the_segment() {
    use rust_decimal_macros::dec;
    let catalog = parse_catalog(DEMO).unwrap();
    let es = catalog.product("es-prestamo-personal").unwrap();
    assert_eq!(es.annual_rate_for(dec!(29999.99), None), dec!(0.0795));
    assert_eq!(es.annual_rate_for(dec!(30000), None), dec!(0.0745));
    assert_eq!(
        es.annual_rate_for(dec!(12000), Some("nomina")),
        dec!(0.0595)
    );
    assert_eq!(
        es.annual_rate_for(dec!(30000), Some("nomina")),
        dec!(0.0550)
    );
    // A segment the product does not have is priced as everyone.
    assert_eq!(es.annual_rate_for(dec!(12000), Some("vip")), dec!(0.0795));
    assert_eq!(es.rate_range(), (dec!(0.0550), dec!(0.0795)));
    let choice = |segment: Option<&str>| LoanChoice {
        principal: dec!(12000),
        payments: 48,
        frequency: crate::finance::schedule::Frequency::Monthly,
        disbursement: crate::finance::Date::new(2026, 11, 23).unwrap(),
        first_payment: None,
        extra_payments: Vec::new(),
        segment: segment.map(str::to_string),
    };
    assert_eq!(
        es.loan_terms(choice(Some("nomina"))).annual_rate,
        dec!(0.0595)
    );
    assert_eq!(es.loan_terms(choice(None)).annual_rate, dec!(0.0795));
}

#[test]
fn broken_tiers_and_segments_are_reported_with_their_path() {
    let mut catalog = parse_catalog(DEMO).unwrap();
    let es = &mut catalog.products[1];
    es.pricing.rate_tiers[0].annual_rate = rust_decimal::Decimal::from(12);
    es.pricing.rate_tiers[1].segment = Some("funcionarios".into());
    es.pricing.rate_tiers[2].from_amount = rust_decimal::Decimal::new(-1, 0);
    es.pricing.rate_tiers.push(es.pricing.rate_tiers[0].clone());
    es.segments.push(es.segments[0].clone());
    es.segments[0].id = "Nómina".into();
    let json = serde_json::to_string(&catalog).unwrap();
    let problems = parse_catalog(&json).unwrap_err();
    let got: Vec<(&str, &Problem)> = problems
        .iter()
        .map(|p| (p.path.as_str(), &p.problem))
        .collect();
    assert_eq!(
        got,
        vec![
            ("products[1].segments[0].id", &Problem::BadId),
            (
                "products[1].pricing.rate_tiers[0].annual_rate",
                &Problem::RateOutOfBounds {
                    min: rust_decimal::Decimal::ZERO,
                    max: MAX_RATE_FOR_TESTS
                }
            ),
            (
                "products[1].pricing.rate_tiers[1].segment",
                &Problem::UnknownSegment("funcionarios".into())
            ),
            (
                "products[1].pricing.rate_tiers[2].from_amount",
                &Problem::NotPositive
            ),
            (
                "products[1].pricing.rate_tiers[3].annual_rate",
                &Problem::RateOutOfBounds {
                    min: rust_decimal::Decimal::ZERO,
                    max: MAX_RATE_FOR_TESTS
                }
            ),
            (
                "products[1].pricing.rate_tiers[3].from_amount",
                &Problem::DuplicateTier
            ),
        ]
    );
}

const MAX_RATE_FOR_TESTS: rust_decimal::Decimal =
    rust_decimal::Decimal::from_parts(10, 0, 0, false, 0);

#[test]
fn the_lender_default_jurisdiction_applies_to_products_that_name_none() {
    let products = DEMO.replace("\"jurisdiction\": \"us\",", "");
    let lender_json = include_str!("../../public/config/lender.json");
    let mut lender: serde_json::Value = serde_json::from_str(lender_json).unwrap();
    lender["defaults"] = serde_json::json!({ "jurisdiction": "eu", "currency": "GBP" });
    let texts = [
        Ok(products),
        Ok(lender.to_string()),
        Ok(include_str!("../../public/config/campaigns.json").to_string()),
    ];
    let Err(SiteConfigError::Invalid(problems)) = site_config(&texts) else {
        panic!("US products under an EU default were accepted");
    };
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    // The two US products (APR) would be shown in the EU without their TAE; no product is in GBP.
    assert_eq!(
        paths,
        vec![
            "products[2].convention",
            "products[3].convention",
            "lender.json: defaults.currency"
        ]
    );
    lender["defaults"] = serde_json::json!({ "jurisdiction": "us", "currency": "EUR" });
    let products = DEMO.replace("\"jurisdiction\": \"us\",", "");
    let site = site_config(&[
        Ok(products),
        Ok(lender.to_string()),
        Ok(include_str!("../../public/config/campaigns.json").to_string()),
    ])
    .unwrap();
    assert_eq!(
        site.catalog.products[2].jurisdiction,
        Some(Jurisdiction::Us)
    );
    assert_eq!(
        site.lender.preferred_currency(crate::i18n::Locale::EnUs),
        "EUR"
    );
}
