use super::fixture::{self, lead};
use super::*;
use crate::finance::quote::quote;
use crate::leads::config::parse_leads_config;
use crate::leads::qualify::Reason;

#[test]
fn a_lead_carries_the_request_that_recomputes_its_quote() {
    let (lead, original) = lead("Ana López", "");
    assert_eq!(lead.version, 1);
    assert_eq!(lead.lead_id, "07070707-0707-4707-8707-070707070707");
    assert_eq!(lead.simulation.instalment, original.instalment);
    // What the back office does with `cuota quote`: the same request gives the same quote.
    let again = quote(&lead.simulation.request).unwrap();
    assert_eq!(again.instalment, lead.simulation.instalment);
    assert_eq!(again.totals, lead.simulation.totals);
    assert_eq!(again.rate.disclosed(), lead.simulation.rate);
    assert_eq!(lead.simulation.product_name, "Crédito Crece");
    assert_eq!(lead.attribution.promoter.as_deref(), Some("P-017"));
    // No household was given: not qualified, with the reason.
    assert_eq!(
        lead.qualification.reasons,
        vec![Reason::AffordabilityNotChecked]
    );
}

fn config(send_not_qualified: bool) -> LeadsConfig {
    let json = format!(
        r#"{{"version": 1,
        "send_not_qualified": {send_not_qualified},
        "endpoints": [{{"url": "http://127.0.0.1:8787/leads", "format": {{"type": "json"}}}},
                      {{"url": "https://api.hsforms.com/submissions/v3/integration/submit/1/g",
                        "format": {{"type": "hubspot"}}}}]}}"#
    );
    parse_leads_config(&json).unwrap()
}

#[test]
fn not_qualified_leads_are_sent_flagged_or_answered_with_advice_as_configured() {
    let (lead, _) = lead("Ana", "");
    match decide(&lead, &config(true), 5).unwrap() {
        Decision::Send(entries) => {
            assert_eq!(entries.len(), 2, "one entry per endpoint");
            assert_eq!(entries[0].id, format!("{}#0", lead.lead_id));
            assert_eq!(entries[1].id, format!("{}#1", lead.lead_id));
            assert!(entries.iter().all(|e| e.is_due(5)));
            let body: serde_json::Value = serde_json::from_str(&entries[0].request.body).unwrap();
            assert_eq!(body["qualification"]["status"], "not_qualified");
        }
        other => panic!("expected entries, got {other:?}"),
    }
    assert_eq!(
        decide(&lead, &config(false), 5).unwrap(),
        Decision::Advise(lead.qualification.clone())
    );
}

#[test]
fn the_catalogue_fixture_is_the_shipped_one() {
    assert!(fixture::catalog().product("mx-crece-semanal").is_some());
}
