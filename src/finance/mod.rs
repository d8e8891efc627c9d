//! The loan engine: exact decimal money arithmetic, schedules, regulatory rates and affordability.
//!
//! Pure Rust on `rust_decimal`; no web, configuration or language concerns. Every public function is
//! total: bad input returns a [`FinanceError`], never a panic.

pub mod affordability;
pub mod apr;
pub mod cashflow;
pub mod date;
pub mod error;
pub mod flow;
pub mod money;
pub mod num;
pub mod quote;
pub mod schedule;
pub mod solve;
pub mod tvm;

pub use date::Date;
pub use error::{FinResult, FinanceError};
pub use flow::Flow;

/// Version of the engine, carried in every quote so a back office can re-run the same rules.
pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");
