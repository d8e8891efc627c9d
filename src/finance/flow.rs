//! Dated cash flows, the common input of every rate (XNPV, XIRR and all APR conventions).

use super::date::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One payment on one date, seen from the borrower: money received is positive, money paid negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flow {
    /// The civil date the money changes hands.
    pub date: Date,
    /// Signed amount in the loan's currency.
    pub amount: Decimal,
}

impl Flow {
    /// A flow of `amount` on `date`.
    pub fn new(date: Date, amount: Decimal) -> Flow {
        Flow { date, amount }
    }
}
