//! Arguments of a JSON request, read strictly: numbers as JSON numbers or decimal strings (parsed
//! exactly, never through f64), dates as "YYYY-MM-DD", and every unknown key reported.

use crate::finance::Date;
use crate::finance::tvm::PaymentTiming;
use rust_decimal::Decimal;
use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::str::FromStr;

/// A request error, printed as `{"error": {"code", "message"}}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestError {
    /// Stable machine code: `invalid_json`, `unknown_function`, `missing_argument`,
    /// `invalid_argument`, `unknown_argument`, or an engine code (`FinanceError::code`).
    pub code: &'static str,
    /// What to fix, in English.
    pub message: String,
}

impl RequestError {
    /// An error with `code` and `message`.
    pub fn new(code: &'static str, message: impl Into<String>) -> RequestError {
        RequestError {
            code,
            message: message.into(),
        }
    }
}

impl From<crate::finance::FinanceError> for RequestError {
    fn from(e: crate::finance::FinanceError) -> Self {
        RequestError::new(e.code(), e.to_string())
    }
}

/// The arguments of one request; remembers which keys were read so [`Args::finish`] can reject the
/// others.
pub struct Args<'a> {
    map: &'a Map<String, Value>,
    used: BTreeSet<&'static str>,
}

impl<'a> Args<'a> {
    /// Wraps the request object; `fn` counts as read.
    pub fn new(map: &'a Map<String, Value>) -> Args<'a> {
        let mut used = BTreeSet::new();
        used.insert("fn");
        Args { map, used }
    }

    fn get(&mut self, name: &'static str) -> Option<&'a Value> {
        self.used.insert(name);
        self.map.get(name).filter(|v| !v.is_null())
    }

    /// A required decimal.
    pub fn decimal(&mut self, name: &'static str) -> Result<Decimal, RequestError> {
        self.opt_decimal(name)?.ok_or_else(|| missing(name))
    }

    /// An optional decimal.
    pub fn opt_decimal(&mut self, name: &'static str) -> Result<Option<Decimal>, RequestError> {
        self.get(name).map(|v| to_decimal(name, v)).transpose()
    }

    /// An optional decimal with a default.
    pub fn decimal_or(
        &mut self,
        name: &'static str,
        default: Decimal,
    ) -> Result<Decimal, RequestError> {
        Ok(self.opt_decimal(name)?.unwrap_or(default))
    }

    /// A required non-empty array of decimals.
    pub fn decimals(&mut self, name: &'static str) -> Result<Vec<Decimal>, RequestError> {
        let items = self.array(name)?;
        items
            .iter()
            .enumerate()
            .map(|(i, v)| to_decimal(name, v).map_err(|e| at_index(e, name, i)))
            .collect()
    }

    /// A required array of "YYYY-MM-DD" dates.
    pub fn dates(&mut self, name: &'static str) -> Result<Vec<Date>, RequestError> {
        let items = self.array(name)?;
        items
            .iter()
            .enumerate()
            .map(|(i, v)| to_date(name, v).map_err(|e| at_index(e, name, i)))
            .collect()
    }

    /// A required array of raw values.
    pub fn array(&mut self, name: &'static str) -> Result<&'a Vec<Value>, RequestError> {
        match self.get(name) {
            Some(Value::Array(items)) => Ok(items),
            Some(_) => Err(invalid(name, "must be an array")),
            None => Err(missing(name)),
        }
    }

    /// An optional string.
    pub fn opt_str(&mut self, name: &'static str) -> Result<Option<&'a str>, RequestError> {
        match self.get(name) {
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(invalid(name, "must be a string")),
            None => Ok(None),
        }
    }

    /// The spreadsheet `type`/`when` argument: "end" (default, or 0) or "begin" (or 1).
    pub fn timing(&mut self, name: &'static str) -> Result<PaymentTiming, RequestError> {
        match self.get(name) {
            None => Ok(PaymentTiming::End),
            Some(Value::String(s)) if s == "end" => Ok(PaymentTiming::End),
            Some(Value::String(s)) if s == "begin" => Ok(PaymentTiming::Begin),
            Some(v) => match to_decimal(name, v) {
                Ok(d) if d.is_zero() => Ok(PaymentTiming::End),
                Ok(d) if d == Decimal::ONE => Ok(PaymentTiming::Begin),
                _ => Err(invalid(name, "must be \"end\" or \"begin\" (or 0 or 1)")),
            },
        }
    }

    /// Rejects keys that were never read (typos, arguments of another function).
    pub fn finish(self) -> Result<(), RequestError> {
        let unknown: Vec<&str> = self
            .map
            .keys()
            .map(String::as_str)
            .filter(|k| !self.used.contains(k))
            .collect();
        if unknown.is_empty() {
            return Ok(());
        }
        let expected: Vec<&str> = self.used.iter().copied().filter(|k| *k != "fn").collect();
        Err(RequestError::new(
            "unknown_argument",
            format!(
                "unknown argument(s) {}; this function takes: {}",
                quoted(&unknown),
                quoted(&expected)
            ),
        ))
    }
}

fn quoted(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn missing(name: &str) -> RequestError {
    RequestError::new("missing_argument", format!("`{name}` is required"))
}

fn invalid(name: &str, problem: &str) -> RequestError {
    RequestError::new("invalid_argument", format!("`{name}` {problem}"))
}

fn at_index(e: RequestError, name: &str, i: usize) -> RequestError {
    RequestError::new(
        e.code,
        e.message
            .replacen(&format!("`{name}`"), &format!("`{name}[{i}]`"), 1),
    )
}

/// A JSON number (read from its exact text) or a decimal string, as a [`Decimal`].
pub fn to_decimal(name: &str, v: &Value) -> Result<Decimal, RequestError> {
    let text = match v {
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.trim().to_string(),
        _ => return Err(invalid(name, "must be a number or a decimal string")),
    };
    parse_decimal_text(&text).ok_or_else(|| {
        invalid(
            name,
            "must be a decimal number within ±7.9e28 (e.g. 0.075, \"1250.50\" or 1e-3)",
        )
    })
}

/// Parses plain (`-12.5`) or scientific (`1.5e-3`) decimal text.
pub fn parse_decimal_text(text: &str) -> Option<Decimal> {
    if text.contains(['e', 'E']) {
        Decimal::from_scientific(text).ok()
    } else {
        Decimal::from_str(text).ok()
    }
}

fn to_date(name: &str, v: &Value) -> Result<Date, RequestError> {
    match v {
        Value::String(s) => {
            Date::parse_iso(s).map_err(|e| invalid(name, &format!("is not a date: {e}")))
        }
        _ => Err(invalid(name, "must be a date string \"YYYY-MM-DD\"")),
    }
}
