//! `cuota quote`: one loan request (JSON) on stdin, the full quote (JSON) on stdout.

use super::args::RequestError;
use crate::finance::quote::{QuoteRequest, audited_quote};
use serde_json::json;

/// Computes the quote for the request text; `Err` carries the JSON error document.
pub fn quote_json(input: &str) -> Result<String, String> {
    let outcome = serde_json::from_str::<QuoteRequest>(input)
        .map_err(|e| {
            RequestError::new(
                "invalid_request",
                format!("the request does not match the quote request schema: {e}"),
            )
        })
        .and_then(|request| audited_quote(&request).map_err(RequestError::from));
    match outcome {
        Ok(q) => serde_json::to_string_pretty(&q)
            .map_err(|e| error_document(&RequestError::new("internal", e.to_string()))),
        Err(e) => Err(error_document(&e)),
    }
}

fn error_document(e: &RequestError) -> String {
    json!({ "error": { "code": e.code, "message": e.message } }).to_string()
}
