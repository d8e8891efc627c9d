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
