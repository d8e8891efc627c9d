//! The published JSON Schemas (`public/schemas/`) are current, and real requests and responses of
//! `cuota quote` validate against them with an independent validator (Python `jsonschema`, draft
//! 2020-12, run under `$CUOTA_PYTHON` like the other oracles).

use cuota::cli::schema::{SCHEMAS, schema};
use std::io::Write;
use std::process::{Command, Stdio};

fn committed(name: &str) -> String {
    let path = format!(
        "{}/public/schemas/{name}.schema.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn committed_schemas_are_current() {
    for name in SCHEMAS {
        assert!(
            committed(name) == schema(name).unwrap(),
            "public/schemas/{name}.schema.json is stale: run `cargo run --bin cuota -- schema {name} > public/schemas/{name}.schema.json`"
        );
    }
}

const REQUEST: &str = r#"{"version": 1, "loan": {"principal": 25000, "annual_rate": "0.95", "payments": 16,
  "frequency": "weekly", "disbursement": "2025-03-03", "interest_basis": "actual360",
  "opening_fee": {"amount": {"percent": "0.03"}}, "insurance": {"fixed": "12.50"},
  "guarantee_percent": "0.10", "vat": {"rate": "0.16"}}, "convention": "mx_cat"}"#;

#[test]
fn requests_and_responses_validate_against_the_schemas() {
    let Ok(python) = std::env::var("CUOTA_PYTHON") else {
        assert!(
            std::env::var("CUOTA_REQUIRE_ORACLES").as_deref() != Ok("1"),
            "CUOTA_PYTHON is not set: run `make test`"
        );
        eprintln!("schemas: CUOTA_PYTHON not set, validation not run");
        return;
    };
    let quote = cuota::cli::quote::quote_json(REQUEST).expect("the example request is valid");
    let script = r#"
import json, sys
from jsonschema import Draft202012Validator
docs = json.load(sys.stdin)
for name, doc in docs:
    schema = json.load(open(f"public/schemas/{name}.schema.json"))
    Draft202012Validator.check_schema(schema)
    errors = [e.message for e in Draft202012Validator(schema).iter_errors(doc)]
    print(name, len(errors), errors[:3])
    if errors: sys.exit(1)
for name in ["products", "leads", "lender", "campaigns"]:
    schema = json.load(open(f"public/schemas/{name}.schema.json"))
    Draft202012Validator.check_schema(schema)
    errors = [e.message for e in Draft202012Validator(schema).iter_errors(json.load(open(f"public/config/{name}.json")))]
    print(name, len(errors), errors[:3])
    if errors: sys.exit(1)
lead = dict(docs[2][1]); del lead["consent"]
if Draft202012Validator(json.load(open("public/schemas/lead.schema.json"))).is_valid(lead):
    sys.exit("a lead without consent passed the schema")
bad = json.loads('{"loan": {"principal": 1}, "convention": "xx"}')
schema = json.load(open("public/schemas/quote-request.schema.json"))
if Draft202012Validator(schema).is_valid(bad): sys.exit("an invalid request passed the schema")
"#;
    let lead = serde_json::to_string(&example_lead()).unwrap();
    let docs =
        format!(r#"[["quote-request", {REQUEST}], ["quote-response", {quote}], ["lead", {lead}]]"#);
    let mut child = Command::new(python)
        .args(["-c", script])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(docs.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A lead built through the public API from the shipped catalogue, as the site builds one.
fn example_lead() -> cuota::leads::lead::Lead {
    use cuota::config::{LoanChoice, parse_catalog};
    use cuota::finance::Date;
    use cuota::finance::schedule::Frequency;
    use cuota::i18n::Locale;
    use cuota::leads::{attribution, consent, contact, submit};
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/config/products.json");
    let catalog = parse_catalog(&std::fs::read_to_string(path).unwrap()).unwrap();
    let product = catalog.product("es-prestamo-personal").unwrap();
    let choice = LoanChoice {
        principal: 12000.into(),
        payments: 48,
        frequency: Frequency::Monthly,
        disbursement: Date::new(2026, 11, 23).unwrap(),
        first_payment: None,
        extra_payments: Vec::new(),
        segment: None,
    };
    let quote = cuota::simulation::loan::quote_choice(product, &choice).unwrap();
    let lender_path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/config/lender.json");
    let lender =
        cuota::config::lender::parse_lender(&std::fs::read_to_string(lender_path).unwrap())
            .unwrap();
    let input = contact::ContactInput {
        name: "Lucía <b>Pérez</b>".into(),
        email: "lucia@example.es".into(),
        ..Default::default()
    };
    let choice_consent = consent::ConsentChoice {
        contact: true,
        marketing: false,
    };
    submit::build_lead(submit::Submission {
        product,
        choice: &choice,
        quote: &quote,
        contact: contact::check_contact(&input, Locale::EsEs).unwrap(),
        consent: consent::record(
            choice_consent,
            Locale::EsEs,
            &lender.privacy_notice,
            "2026-11-23T09:30:00Z",
        )
        .unwrap(),
        household: None,
        assessment: None,
        attribution: attribution::attribution(
            "?utm_source=newsletter&gclid=abc",
            "https://example.es/",
        ),
        locale: Locale::EsEs,
        link: "https://cuota.example/simulator?product=es-prestamo-personal".into(),
        now: "2026-11-23T09:30:00Z".into(),
        random: [42; 32],
    })
}
