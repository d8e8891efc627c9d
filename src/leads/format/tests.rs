use super::*;
use crate::leads::config::parse_leads_config;
use crate::leads::submit::fixture::lead;
use crate::simulation::query::decode_query;

fn endpoint(format: &str) -> Endpoint {
    let json = format!(
        r#"{{"version": 1,
        "endpoints": [{{"url": "https://crm.example.com/in", "headers": {{"X-Source": "cuota"}}, "format": {format}}}]}}"#
    );
    parse_leads_config(&json).unwrap().endpoints.remove(0)
}

fn header<'a>(r: &'a Request, name: &str) -> Option<&'a str> {
    r.headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

#[test]
fn json_is_the_lead_itself_with_an_idempotency_key_header() {
    let (lead, _) = lead("Ana López", "<script>alert('x')</script>");
    let r = encode(&lead, &endpoint(r#"{"type": "json"}"#)).unwrap();
    assert_eq!((r.method.as_str(), r.opaque), ("POST", false));
    assert_eq!(header(&r, "Content-Type"), Some("application/json"));
    assert_eq!(
        header(&r, "Idempotency-Key"),
        Some(lead.idempotency_key.as_str())
    );
    assert_eq!(header(&r, "X-Source"), Some("cuota"));
    let body: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(body, serde_json::to_value(&lead).unwrap());
    assert_eq!(
        body["contact"]["message"], "<script>alert('x')</script>",
        "kept verbatim"
    );
    assert_eq!(
        body["consent"]["purposes"],
        serde_json::json!(["contact", "marketing"])
    );
}

// The documented shape: https://developers.hubspot.com/docs/api/marketing/forms (v3 "Submit data
// to a form"): {"fields": [{"objectTypeId": "0-1", "name": "email", "value": "…"}], "context":
// {"pageUri", "pageName"}, "legalConsentOptions": {"consent": {"consentToProcess": true, "text",
// "communications": [{"value": true, "subscriptionTypeId": 999, "text"}]}}}
#[test]
fn hubspot_gets_the_forms_api_v3_body() {
    let (lead, _) = lead("Ana María López", "Llamar después de las 5");
    let r = encode(
        &lead,
        &endpoint(r#"{"type": "hubspot", "marketing_subscription_type_id": 999}"#),
    )
    .unwrap();
    assert_eq!(header(&r, "Idempotency-Key"), None);
    let body: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    let fields: Vec<(String, String)> = body["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            assert_eq!(f["objectTypeId"], "0-1");
            (
                f["name"].as_str().unwrap().into(),
                f["value"].as_str().unwrap().into(),
            )
        })
        .collect();
    let expect = |n: &str, v: &str| (n.to_string(), v.to_string());
    assert_eq!(
        fields,
        vec![
            expect("firstname", "Ana"),
            expect("lastname", "María López"),
            expect("email", "ana@example.com"),
            expect("phone", "+52 55 1234 5678"),
            expect("message", "Llamar después de las 5"),
        ]
    );
    assert_eq!(body["context"]["pageUri"], lead.simulation.link);
    let consent = &body["legalConsentOptions"]["consent"];
    assert_eq!(consent["consentToProcess"], true);
    assert_eq!(
        consent["text"],
        "Quiero que me contacten sobre esta simulación."
    );
    assert_eq!(consent["communications"][0]["subscriptionTypeId"], 999);
    assert_eq!(consent["communications"][0]["value"], true);
}

// The documented form: https://help.salesforce.com/s/articleView?id=sf.setting_up_web-to-lead.htm —
// an HTML form posting `oid`, `first_name`, `last_name`, `email`, `phone`, `description`,
// `lead_source` and custom fields by their 00N… ids to servlet.WebToLead?encoding=UTF-8.
#[test]
fn salesforce_gets_the_web_to_lead_form() {
    let (lead, _) = lead("López", "Hola & adiós");
    let r = encode(
        &lead,
        &endpoint(
            r#"{"type": "salesforce", "oid": "00D5g000000XyZ", "lead_source": "Simulador",
                "custom_fields": {"idempotency_key": "00N01", "product": "00N02", "promoter": "00N03"}}"#,
        ),
    )
    .unwrap();
    assert!(r.opaque, "Web-to-Lead answers no CORS: sent without it");
    assert_eq!(
        header(&r, "Content-Type"),
        Some("application/x-www-form-urlencoded; charset=UTF-8")
    );
    let form = decode_query(&r.body);
    let get = |k: &str| form.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    assert_eq!(get("oid"), Some("00D5g000000XyZ"));
    assert_eq!(
        (get("first_name"), get("last_name")),
        (Some(""), Some("López"))
    );
    assert_eq!(get("email"), Some("ana@example.com"));
    assert_eq!(get("description"), Some("Hola & adiós"));
    assert_eq!(get("lead_source"), Some("Simulador"));
    assert_eq!(get("00N01"), Some(lead.idempotency_key.as_str()));
    assert_eq!(get("00N02"), Some("mx-crece-semanal"));
    assert_eq!(get("00N03"), Some("P-017"));
    assert_eq!(get("00N04"), None);
}

#[test]
fn names_split_into_first_and_last() {
    assert_eq!(
        split_name("  Ana  María López "),
        ("Ana".into(), "María López".into())
    );
    assert_eq!(split_name("Cher"), (String::new(), "Cher".into()));
}
