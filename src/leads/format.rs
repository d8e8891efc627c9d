//! The lead on the wire, per endpoint format: the lead JSON with an `Idempotency-Key` header; the
//! HubSpot Forms submission API v3 body; Salesforce Web-to-Lead form encoding.

use super::config::{Endpoint, Format};
use super::consent::Purpose;
use super::lead::Lead;
use super::outbox::Request;
use crate::simulation::query::encode_query;
use serde_json::{Value, json};

/// Encodes `lead` for `endpoint`.
pub fn encode(lead: &Lead, endpoint: &Endpoint) -> Result<Request, serde_json::Error> {
    let (content_type, body, opaque) = match &endpoint.format {
        Format::Json => ("application/json", serde_json::to_string(lead)?, false),
        Format::Hubspot {
            marketing_subscription_type_id,
        } => (
            "application/json",
            serde_json::to_string(&hubspot(lead, *marketing_subscription_type_id))?,
            false,
        ),
        Format::Salesforce {
            oid,
            lead_source,
            custom_fields,
        } => (
            "application/x-www-form-urlencoded; charset=UTF-8",
            salesforce(lead, oid, lead_source.as_deref(), custom_fields),
            true,
        ),
    };
    let mut headers = vec![("Content-Type".to_string(), content_type.to_string())];
    if endpoint.format == Format::Json {
        headers.push(("Idempotency-Key".into(), lead.idempotency_key.clone()));
    }
    headers.extend(endpoint.headers.iter().map(|(k, v)| (k.clone(), v.clone())));
    Ok(Request {
        method: endpoint.method.clone(),
        url: endpoint.url.clone(),
        headers,
        body,
        timeout_ms: endpoint.timeout_ms,
        opaque,
    })
}

/// First and last name: the first word, then the rest (Salesforce requires a last name, so a single
/// word is the last name).
pub fn split_name(name: &str) -> (String, String) {
    let name = name.trim();
    match name.split_once(char::is_whitespace) {
        Some((first, rest)) => (first.to_string(), rest.trim().to_string()),
        None => (String::new(), name.to_string()),
    }
}

/// The HubSpot Forms API v3 submission body (developers.hubspot.com, "Submit data to a form"):
/// contact fields as `{objectTypeId: "0-1", name, value}`, the page as `context`, and the consent
/// as `legalConsentOptions.consent`.
pub fn hubspot(lead: &Lead, marketing_subscription: Option<u64>) -> Value {
    let (first, last) = split_name(&lead.contact.name);
    let mut fields = vec![("firstname", first), ("lastname", last)];
    if let Some(e) = &lead.contact.email {
        fields.push(("email", e.clone()));
    }
    if let Some(p) = &lead.contact.phone {
        fields.push(("phone", p.clone()));
    }
    if let Some(m) = &lead.contact.message {
        fields.push(("message", m.clone()));
    }
    let fields: Vec<Value> = fields
        .into_iter()
        .map(|(name, value)| json!({"objectTypeId": "0-1", "name": name, "value": value}))
        .collect();
    let lines: Vec<&str> = lead.consent.text.lines().collect();
    let mut consent = json!({
        "consentToProcess": true,
        "text": lines.first().copied().unwrap_or_default(),
    });
    if let Some(id) = marketing_subscription {
        consent["communications"] = json!([{
            "value": lead.consent.purposes.contains(&Purpose::Marketing),
            "subscriptionTypeId": id,
            "text": lines.get(1).copied().unwrap_or_default(),
        }]);
    }
    json!({
        "fields": fields,
        "context": {
            "pageUri": lead.simulation.link,
            "pageName": lead.simulation.product_name,
        },
        "legalConsentOptions": { "consent": consent },
    })
}

/// The Salesforce Web-to-Lead form (help.salesforce.com, "Generate Leads from Your Website"):
/// `oid`, `first_name`, `last_name`, `email`, `phone`, `description`, `lead_source`, and the
/// configured custom fields by their ids.
pub fn salesforce(
    lead: &Lead,
    oid: &str,
    lead_source: Option<&str>,
    custom: &std::collections::BTreeMap<String, String>,
) -> String {
    let (first, last) = split_name(&lead.contact.name);
    let s = &lead.simulation;
    let a = &lead.attribution;
    let mut pairs: Vec<(String, String)> = vec![
        ("oid".into(), oid.into()),
        ("first_name".into(), first),
        ("last_name".into(), last),
    ];
    let mut put = |k: &str, v: Option<String>| {
        if let Some(v) = v {
            pairs.push((k.into(), v));
        }
    };
    put("email", lead.contact.email.clone());
    put("phone", lead.contact.phone.clone());
    put("description", lead.contact.message.clone());
    put("lead_source", lead_source.map(str::to_string));
    let qualified = serde_json::to_value(lead.qualification.status)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string));
    let values: [(&str, Option<String>); 13] = [
        ("idempotency_key", Some(lead.idempotency_key.clone())),
        ("product", Some(s.product_id.clone())),
        ("amount", Some(s.request.loan.principal.to_string())),
        ("term", Some(s.payments.to_string())),
        ("instalment", Some(s.instalment.to_string())),
        ("rate", Some(s.rate.to_string())),
        ("qualified", qualified),
        ("campaign", a.campaign.clone()),
        ("promoter", a.promoter.clone()),
        ("utm_source", a.utm_source.clone()),
        ("utm_medium", a.utm_medium.clone()),
        ("utm_campaign", a.utm_campaign.clone()),
        (
            "consent_marketing",
            Some((lead.consent.purposes.contains(&Purpose::Marketing) as u8).to_string()),
        ),
    ];
    for (key, value) in values {
        if let Some(id) = custom.get(key) {
            put(id, value);
        }
    }
    encode_query(&pairs)
}

#[cfg(test)]
mod tests;
