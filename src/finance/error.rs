//! The engine's one error type. Every public engine function is total: bad input, overflow or an
//! equation without a solution comes back as a [`FinanceError`], never as a panic.

use thiserror::Error;

/// Why the engine could not produce a result. Each variant has a stable machine [`code`](Self::code)
/// (used by `cuota eval` and mapped by the UI to translated text) and an English message a person can
/// act on.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FinanceError {
    /// An argument is outside the domain of the function (e.g. a negative number of periods).
    #[error("`{field}` {problem}")]
    InvalidInput {
        /// The argument's name, as the caller spelled it (snake case).
        field: &'static str,
        /// What is wrong with it, phrased to follow the name: "must be greater than zero".
        problem: &'static str,
    },
    /// A division by zero the formula cannot avoid (e.g. PMT with `rate = -1`).
    #[error("division by zero: {0}")]
    DivisionByZero(&'static str),
    /// The result or an intermediate value is outside the range of 28-digit decimals (about ±7.9e28).
    #[error(
        "the calculation exceeds the range of exact decimals (about ±7.9e28); use smaller amounts, rates or terms"
    )]
    Overflow,
    /// A rate equation (IRR, XIRR, RATE, APR) has no root, or no root could be bracketed.
    #[error("no rate solves this equation: {0}")]
    NoSolution(&'static str),
    /// A calendar date that does not exist or is outside years 1..=9999.
    #[error("invalid date `{0}`: expected an existing date as YYYY-MM-DD between years 1 and 9999")]
    InvalidDate(String),
}

impl FinanceError {
    /// Stable machine code for this error: `invalid_input`, `division_by_zero`, `overflow`,
    /// `no_solution` or `invalid_date`.
    pub fn code(&self) -> &'static str {
        match self {
            FinanceError::InvalidInput { .. } => "invalid_input",
            FinanceError::DivisionByZero(_) => "division_by_zero",
            FinanceError::Overflow => "overflow",
            FinanceError::NoSolution(_) => "no_solution",
            FinanceError::InvalidDate(_) => "invalid_date",
        }
    }

    /// Shorthand for [`FinanceError::InvalidInput`].
    pub fn invalid(field: &'static str, problem: &'static str) -> Self {
        FinanceError::InvalidInput { field, problem }
    }
}

/// Result type of every fallible engine function.
pub type FinResult<T> = Result<T, FinanceError>;
