//! Where leads go, loaded at run time from `public/config/leads.json` and validated as a whole:
//! whether not-qualified leads are sent, and the endpoints. (The privacy notice the form links to is
//! the lender's: `config/lender.json`.)
//!
//! The browser can keep no secret: an endpoint must be a public form endpoint (HubSpot Forms,
//! Salesforce Web-to-Lead) or the lender's own proxy. So only HTTPS is accepted (plain HTTP only on
//! this machine: `localhost`, `127.0.0.1`, `[::1]`), and credential headers are refused.

pub use crate::config::lender::PrivacyNotice;
use crate::config::{ConfigProblem, Problem, parse_json};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Version of the leads configuration format.
pub const LEADS_FORMAT_VERSION: u32 = 1;

/// Where the site fetches the leads configuration, relative to its root.
pub const LEADS_CONFIG_PATH: &str = "config/leads.json";

/// Shortest and longest timeout of one attempt, in milliseconds.
pub const TIMEOUT_RANGE_MS: (u32, u32) = (1_000, 60_000);

/// The wire format an endpoint reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Format {
    /// The lead as JSON (`schemas/lead.schema.json`), with an `Idempotency-Key` header.
    Json,
    /// HubSpot Forms submission API v3 (`api.hsforms.com/submissions/v3/integration/submit/…`).
    Hubspot {
        /// The HubSpot subscription type id for marketing consent, if the form has one.
        #[serde(default)]
        marketing_subscription_type_id: Option<u64>,
    },
    /// Salesforce Web-to-Lead (`webto.salesforce.com/servlet/servlet.WebToLead`).
    Salesforce {
        /// The organisation id (`oid`).
        oid: String,
        /// `lead_source` value.
        #[serde(default)]
        lead_source: Option<String>,
        /// Custom field ids (`00N…`) for lead fields: keys `idempotency_key`, `product`, `amount`,
        /// `term`, `instalment`, `rate`, `qualified`, `campaign`, `promoter`, `utm_source`,
        /// `utm_medium`, `utm_campaign`, `consent_marketing`.
        #[serde(default)]
        custom_fields: BTreeMap<String, String>,
    },
}

/// One place leads are delivered to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Endpoint {
    /// Address.
    pub url: String,
    /// `POST` (default) or `PUT`.
    #[serde(default = "post")]
    pub method: String,
    /// Extra headers (no credentials: see the module's documentation).
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    /// How long one attempt may take.
    #[serde(default = "default_timeout")]
    pub timeout_ms: u32,
    /// Wire format.
    pub format: Format,
}

fn post() -> String {
    "POST".into()
}

fn default_timeout() -> u32 {
    10_000
}

/// The leads configuration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LeadsConfig {
    /// Format version; must be [`LEADS_FORMAT_VERSION`].
    pub version: u32,
    /// Whether leads that do not qualify are sent (flagged `not_qualified`) or only answered with
    /// advice on the page.
    #[serde(default)]
    pub send_not_qualified: bool,
    /// Where leads go: each lead is delivered to every endpoint.
    pub endpoints: Vec<Endpoint>,
}

/// Parses and validates `leads.json`; every problem is returned with its JSON path.
pub fn parse_leads_config(json: &str) -> Result<LeadsConfig, Vec<ConfigProblem>> {
    let config: LeadsConfig = parse_json(json)?;
    let mut out = Vec::new();
    let mut push = |path: String, problem| out.push(ConfigProblem { path, problem });
    if config.version != LEADS_FORMAT_VERSION {
        push(
            "version".into(),
            Problem::UnsupportedVersion(config.version),
        );
    }
    if config.endpoints.is_empty() {
        push("endpoints".into(), Problem::Missing);
    }
    for (i, e) in config.endpoints.iter().enumerate() {
        for (path, problem) in endpoint_problems(e) {
            push(format!("endpoints[{i}].{path}"), problem);
        }
    }
    if out.is_empty() { Ok(config) } else { Err(out) }
}

fn endpoint_problems(e: &Endpoint) -> Vec<(String, Problem)> {
    let mut out = Vec::new();
    if !is_https_or_local(&e.url) {
        out.push(("url".into(), Problem::NotHttps));
    }
    if e.method != "POST" && e.method != "PUT" {
        out.push(("method".into(), Problem::BadMethod));
    }
    let (min, max) = TIMEOUT_RANGE_MS;
    if !(min..=max).contains(&e.timeout_ms) {
        out.push(("timeout_ms".into(), Problem::TimeoutOutOfRange { min, max }));
    }
    for name in e.headers.keys() {
        let token = !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
        if !token {
            out.push((format!("headers.{name}"), Problem::BadHeaderName));
        } else if is_secret_header(name) {
            out.push((format!("headers.{name}"), Problem::SecretHeader));
        }
    }
    if let Format::Salesforce { oid, .. } = &e.format
        && oid.trim().is_empty()
    {
        out.push(("format.oid".into(), Problem::Missing));
    }
    out
}

/// Whether a header would carry a credential, or is one the browser sets itself (and refuses).
fn is_secret_header(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    [
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "host",
        "origin",
        "content-length",
    ]
    .contains(&n.as_str())
        || ["secret", "token", "api-key", "apikey", "password"]
            .iter()
            .any(|w| n.contains(w))
}

/// `https://host/…`, or `http://` to this machine only.
pub fn is_https_or_local(url: &str) -> bool {
    let host_of = |rest: &str| {
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        let host = authority.rsplit('@').next().unwrap_or("");
        if host.starts_with('[') {
            host.split(']')
                .next()
                .map(|h| format!("{h}]"))
                .unwrap_or_default()
        } else {
            host.split(':').next().unwrap_or("").to_ascii_lowercase()
        }
    };
    if let Some(rest) = url.strip_prefix("https://") {
        return !host_of(rest).is_empty() && !url.contains(char::is_whitespace);
    }
    match url.strip_prefix("http://") {
        Some(rest) => matches!(host_of(rest).as_str(), "localhost" | "127.0.0.1" | "[::1]"),
        None => false,
    }
}

#[cfg(test)]
mod tests;
