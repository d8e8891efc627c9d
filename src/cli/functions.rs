//! `cuota eval`'s function table: each request names a spreadsheet function (or `apr`) in `"fn"` and
//! passes the spreadsheet's arguments in snake case.

use super::args::{Args, RequestError};
use crate::finance::apr::{self, AprConvention, UnitPeriod};
use crate::finance::{Flow, cashflow, tvm};
use rust_decimal::Decimal;
use serde_json::Value;

/// The functions `cuota eval` knows, as listed in the README.
pub const FUNCTIONS: [&str; 17] = [
    "pmt", "ipmt", "ppmt", "nper", "rate", "pv", "fv", "npv", "irr", "mirr", "xnpv", "xirr",
    "effect", "nominal", "cumipmt", "cumprinc", "apr",
];

const DEFAULT_GUESS: Decimal = Decimal::from_parts(1, 0, 0, false, 1);

/// Evaluates one request with the arguments in `a`.
pub fn call(name: &str, a: &mut Args) -> Result<Decimal, RequestError> {
    match time_value(name, a)? {
        Some(value) => Ok(value),
        None => cash_flows(name, a),
    }
}

/// The time-value-of-money functions (`tvm`), or `None` when `name` is not one of them.
fn time_value(name: &str, a: &mut Args) -> Result<Option<Decimal>, RequestError> {
    let zero = Decimal::ZERO;
    let value = match name {
        "pmt" => tvm::pmt(
            a.decimal("rate")?,
            a.decimal("nper")?,
            a.decimal("pv")?,
            a.decimal_or("fv", zero)?,
            a.timing("when")?,
        )?,
        "ipmt" => tvm::ipmt(
            a.decimal("rate")?,
            a.decimal("per")?,
            a.decimal("nper")?,
            a.decimal("pv")?,
            a.decimal_or("fv", zero)?,
            a.timing("when")?,
        )?,
        "ppmt" => tvm::ppmt(
            a.decimal("rate")?,
            a.decimal("per")?,
            a.decimal("nper")?,
            a.decimal("pv")?,
            a.decimal_or("fv", zero)?,
            a.timing("when")?,
        )?,
        "nper" => tvm::nper(
            a.decimal("rate")?,
            a.decimal("pmt")?,
            a.decimal("pv")?,
            a.decimal_or("fv", zero)?,
            a.timing("when")?,
        )?,
        "rate" => tvm::rate(
            a.decimal("nper")?,
            a.decimal("pmt")?,
            a.decimal("pv")?,
            a.decimal_or("fv", zero)?,
            a.timing("when")?,
            a.decimal_or("guess", DEFAULT_GUESS)?,
        )?,
        "pv" => tvm::pv(
            a.decimal("rate")?,
            a.decimal("nper")?,
            a.decimal("pmt")?,
            a.decimal_or("fv", zero)?,
            a.timing("when")?,
        )?,
        "fv" => tvm::fv(
            a.decimal("rate")?,
            a.decimal("nper")?,
            a.decimal("pmt")?,
            a.decimal_or("pv", zero)?,
            a.timing("when")?,
        )?,
        "effect" => tvm::effect(a.decimal("nominal_rate")?, a.decimal("npery")?)?,
        "nominal" => tvm::nominal(a.decimal("effect_rate")?, a.decimal("npery")?)?,
        "cumipmt" => cumulative(a, tvm::cumipmt)?,
        "cumprinc" => cumulative(a, tvm::cumprinc)?,
        _ => return Ok(None),
    };
    Ok(Some(value))
}

/// The cash-flow functions and `apr`.
fn cash_flows(name: &str, a: &mut Args) -> Result<Decimal, RequestError> {
    let value = match name {
        "npv" => cashflow::npv(a.decimal("rate")?, &a.decimals("values")?)?,
        "irr" => cashflow::irr(
            &a.decimals("values")?,
            a.decimal_or("guess", DEFAULT_GUESS)?,
        )?,
        "mirr" => cashflow::mirr(
            &a.decimals("values")?,
            a.decimal("finance_rate")?,
            a.decimal("reinvest_rate")?,
        )?,
        "xnpv" => cashflow::xnpv(
            a.decimal("rate")?,
            &a.decimals("values")?,
            &a.dates("dates")?,
        )?,
        "xirr" => cashflow::xirr(
            &a.decimals("values")?,
            &a.dates("dates")?,
            a.decimal_or("guess", DEFAULT_GUESS)?,
        )?,
        "apr" => regulatory_rate(a)?,
        other => return Err(unknown_function(other)),
    };
    Ok(value)
}

type Cumulative = fn(
    Decimal,
    Decimal,
    Decimal,
    Decimal,
    Decimal,
    tvm::PaymentTiming,
) -> crate::finance::FinResult<Decimal>;

fn cumulative(a: &mut Args, f: Cumulative) -> Result<Decimal, RequestError> {
    let (rate, nper, pv) = (a.decimal("rate")?, a.decimal("nper")?, a.decimal("pv")?);
    let (start, end) = (a.decimal("start_period")?, a.decimal("end_period")?);
    Ok(f(rate, nper, pv, start, end, a.timing("when")?)?)
}

fn regulatory_rate(a: &mut Args) -> Result<Decimal, RequestError> {
    let convention: AprConvention = enum_arg(
        a.opt_str("convention")?,
        "convention",
        "\"eu\", \"uk\", \"us_regz\" or \"mx_cat\"",
    )?
    .ok_or_else(|| RequestError::new("missing_argument", "`convention` is required"))?;
    let unit: Option<UnitPeriod> = enum_arg(
        a.opt_str("unit_period")?,
        "unit_period",
        "\"day\", \"week\", \"biweek\", \"fourweek\", \"semimonth\", \"month\", \"bimonth\", \"quarter\", \"halfyear\" or \"year\"",
    )?;
    let flows = a
        .array("flows")?
        .iter()
        .enumerate()
        .map(|(i, v)| flow(i, v))
        .collect::<Result<Vec<Flow>, _>>()?;
    Ok(apr::apr(convention, &flows, unit)?.rate)
}

fn flow(i: usize, v: &Value) -> Result<Flow, RequestError> {
    let Value::Object(map) = v else {
        return Err(RequestError::new(
            "invalid_argument",
            format!("`flows[{i}]` must be an object {{\"date\", \"amount\"}}"),
        ));
    };
    let mut fa = Args::new(map);
    let prefix =
        |e: RequestError| RequestError::new(e.code, format!("in `flows[{i}]`: {}", e.message));
    let date = fa
        .opt_str("date")
        .map_err(prefix)?
        .ok_or_else(|| prefix(RequestError::new("missing_argument", "`date` is required")))?;
    let date = crate::finance::Date::parse_iso(date).map_err(|e| prefix(e.into()))?;
    let amount = fa.decimal("amount").map_err(prefix)?;
    fa.finish().map_err(prefix)?;
    Ok(Flow::new(date, amount))
}

fn enum_arg<T: serde::de::DeserializeOwned>(
    text: Option<&str>,
    name: &str,
    expected: &str,
) -> Result<Option<T>, RequestError> {
    text.map(|t| {
        serde_json::from_value(Value::String(t.to_string())).map_err(|_| {
            RequestError::new(
                "invalid_argument",
                format!("`{name}` must be {expected}, not \"{t}\""),
            )
        })
    })
    .transpose()
}

fn unknown_function(name: &str) -> RequestError {
    RequestError::new(
        "unknown_function",
        format!(
            "unknown function \"{name}\"; known: {}",
            FUNCTIONS.join(", ")
        ),
    )
}
