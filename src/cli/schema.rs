//! The published JSON Schemas (`public/schemas/`), generated from the Rust types so they cannot
//! drift: `cuota schema NAME` prints one; a test fails when a committed file is stale.

use crate::config::Catalog;
use crate::config::campaign::Campaigns;
use crate::config::lender::Lender;
use crate::finance::quote::{AuditedQuote, QuoteRequest};
use crate::leads::config::LeadsConfig;
use crate::leads::lead::Lead;

/// Names of the published schemas: the engine's request and response, the lead payload, and the
/// configuration files of `public/config/` (`products.json`, `leads.json`, `lender.json`,
/// `campaigns.json`).
pub const SCHEMAS: [&str; 7] = [
    "quote-request",
    "quote-response",
    "lead",
    "products",
    "leads",
    "lender",
    "campaigns",
];

/// The pretty-printed JSON Schema called `name`, or `None` for an unknown name.
pub fn schema(name: &str) -> Option<String> {
    let schema = match name {
        "quote-request" => schemars::schema_for!(QuoteRequest),
        "quote-response" => schemars::schema_for!(AuditedQuote),
        "lead" => schemars::schema_for!(Lead),
        "products" => schemars::schema_for!(Catalog),
        "leads" => schemars::schema_for!(LeadsConfig),
        "lender" => schemars::schema_for!(Lender),
        "campaigns" => schemars::schema_for!(Campaigns),
        _ => return None,
    };
    serde_json::to_string_pretty(&schema).ok().map(|s| s + "\n")
}
