use super::*;

const GOOD: &str = r#"{
  "version": 1,
  "send_not_qualified": true,
  "endpoints": [
    {"url": "http://127.0.0.1:8787/leads", "format": {"type": "json"}},
    {"url": "https://api.hsforms.com/submissions/v3/integration/submit/123/abc", "timeout_ms": 8000,
     "format": {"type": "hubspot", "marketing_subscription_type_id": 999}},
    {"url": "https://webto.salesforce.com/servlet/servlet.WebToLead?encoding=UTF-8",
     "format": {"type": "salesforce", "oid": "00D000000000001", "custom_fields": {"product": "00N01"}}}
  ]
}"#;

fn problems(json: &str) -> Vec<(String, Problem)> {
    parse_leads_config(json)
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|p| (p.path, p.problem))
        .collect()
}

#[test]
fn the_shipped_configuration_is_valid() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/config/leads.json");
    let text = std::fs::read_to_string(path).expect("public/config/leads.json");
    let c = parse_leads_config(&text).expect("valid");
    assert!(
        c.endpoints
            .iter()
            .any(|e| e.url == "http://127.0.0.1:8787/leads")
    );
}

#[test]
fn a_good_configuration_reads_with_its_defaults() {
    let c = parse_leads_config(GOOD).unwrap();
    assert_eq!(c.endpoints[0].method, "POST");
    assert_eq!(c.endpoints[0].timeout_ms, 10_000);
    assert!(c.send_not_qualified);
}

#[test]
fn only_https_or_this_machine() {
    for ok in [
        "https://crm.example.com/leads",
        "http://localhost:8787/x",
        "http://127.0.0.1/",
        "http://[::1]:9/",
    ] {
        assert!(is_https_or_local(ok), "{ok}");
    }
    for bad in [
        "http://crm.example.com/leads",
        "http://127.0.0.1.evil.example/",
        "http://localhost@evil.example/",
        "ftp://example.com",
        "https://",
        "//example.com",
        "javascript:alert(1)",
    ] {
        assert!(!is_https_or_local(bad), "{bad}");
    }
}

#[test]
fn every_problem_is_reported_with_its_path() {
    let bad = r#"{
      "version": 2,
      "endpoints": [
        {"url": "http://crm.example.com/leads", "method": "GET", "timeout_ms": 100, "format": {"type": "json"},
         "headers": {"Authorization": "Bearer abc", "X-Api-Key": "k", "Bad Header": "x", "X-Campaign": "ok"}},
        {"url": "https://webto.salesforce.com/x", "format": {"type": "salesforce", "oid": ""}}
      ]
    }"#;
    assert_eq!(
        problems(bad),
        vec![
            ("version".into(), Problem::UnsupportedVersion(2)),
            ("endpoints[0].url".into(), Problem::NotHttps),
            ("endpoints[0].method".into(), Problem::BadMethod),
            (
                "endpoints[0].timeout_ms".into(),
                Problem::TimeoutOutOfRange {
                    min: 1000,
                    max: 60000
                }
            ),
            (
                "endpoints[0].headers.Authorization".into(),
                Problem::SecretHeader
            ),
            (
                "endpoints[0].headers.Bad Header".into(),
                Problem::BadHeaderName
            ),
            (
                "endpoints[0].headers.X-Api-Key".into(),
                Problem::SecretHeader
            ),
            ("endpoints[1].format.oid".into(), Problem::Missing),
        ]
    );
}

#[test]
fn no_endpoint_and_unknown_fields_are_refused() {
    let none = r#"{"version": 1, "endpoints": []}"#;
    assert_eq!(problems(none), vec![("endpoints".into(), Problem::Missing)]);
    let unknown = r#"{"version": 1, "endpoints": [], "secret": 1}"#;
    let p = problems(unknown);
    assert_eq!(p.len(), 1);
    assert!(
        matches!(&p[0].1, Problem::Syntax { detail, .. } if detail.contains("unknown field `secret`"))
    );
    let bad_format = r#"{"version": 1,
        "endpoints": [{"url": "https://e.com", "format": {"type": "fax"}}]}"#;
    assert_eq!(problems(bad_format)[0].0, "endpoints[0].format.type");
}
