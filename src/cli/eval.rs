//! `cuota eval`: JSON Lines in, one JSON line out per request, in order. A bad line yields an error
//! line and the next line is still evaluated.

use super::args::{Args, RequestError};
use super::functions;
use serde_json::{Value, json};
use std::io::{self, BufRead, Write};

/// Evaluates one request line and returns the response line (without the newline).
pub fn eval_line(line: &str) -> String {
    let response = match evaluate(line) {
        Ok(value) => json!({ "value": value.normalize().to_string() }),
        Err(e) => json!({ "error": { "code": e.code, "message": e.message } }),
    };
    response.to_string()
}

fn evaluate(line: &str) -> Result<rust_decimal::Decimal, RequestError> {
    let request: Value = serde_json::from_str(line).map_err(|e| {
        RequestError::new("invalid_json", format!("the line is not valid JSON: {e}"))
    })?;
    let Value::Object(map) = &request else {
        return Err(RequestError::new(
            "invalid_json",
            "each line must be a JSON object with a \"fn\" key",
        ));
    };
    let name = match map.get("fn") {
        Some(Value::String(name)) => name.as_str(),
        Some(_) => {
            return Err(RequestError::new(
                "invalid_argument",
                "`fn` must be a string",
            ));
        }
        None => {
            return Err(RequestError::new(
                "missing_argument",
                "`fn` is required (e.g. \"pmt\")",
            ));
        }
    };
    let mut args = Args::new(map);
    let value = functions::call(name, &mut args)?;
    args.finish()?;
    Ok(value)
}

/// Reads JSON Lines from `input` and writes one response line per non-blank line to `output`.
/// Blank lines are skipped. Only I/O errors stop the loop.
pub fn run(input: impl BufRead, mut output: impl Write) -> io::Result<()> {
    for line in input.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        writeln!(output, "{}", eval_line(&line))?;
    }
    output.flush()
}
