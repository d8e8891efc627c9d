//! What is settled before the first payment: the opening fee and its VAT, the amount financed,
//! what is charged up front, the guarantee held, and a flat add-on loan's fixed parts.

use crate::finance::error::FinResult;
use crate::finance::money::Money;
use crate::finance::num::{add, div, mul};
use crate::finance::schedule::terms::{LoanTerms, Method};
use rust_decimal::Decimal;

/// What the loan owes before the first payment.
pub(super) struct Opening {
    pub(super) fee: Decimal,
    pub(super) fee_vat: Decimal,
    pub(super) financed: Decimal,
    pub(super) upfront: Decimal,
    pub(super) guarantee: Decimal,
}

pub(super) fn opening(t: &LoanTerms) -> FinResult<Opening> {
    let r = t.rounding;
    let fee = match t.opening_fee {
        Some(f) => r.money(f.amount.of(t.principal)?),
        None => Decimal::ZERO,
    };
    let fee_vat = match t.vat {
        Some(v) if v.on_fees => r.money(mul(fee, v.rate)?),
        _ => Decimal::ZERO,
    };
    let charged = add(fee, fee_vat)?;
    let financed_fee = t.opening_fee.is_some_and(|f| f.financed);
    Ok(Opening {
        fee,
        fee_vat,
        financed: if financed_fee {
            add(t.principal, charged)?
        } else {
            t.principal
        },
        upfront: if financed_fee { Decimal::ZERO } else { charged },
        guarantee: r.money(mul(t.principal, t.guarantee_percent)?),
    })
}

/// Flat add-on interest: `principal · annual rate · payments / payments per year`.
fn flat_total(t: &LoanTerms, financed: Decimal) -> FinResult<Decimal> {
    let years = div(
        Decimal::from(t.payments),
        Decimal::from(t.frequency.per_year()),
        "payments per year",
    )?;
    mul(mul(financed, t.annual_rate)?, years)
}

/// A flat add-on loan's (principal per payment, interest per payment, total interest); `None` for
/// the other methods.
pub(super) fn flat(t: &LoanTerms, financed: Decimal) -> FinResult<Option<(Money, Money, Decimal)>> {
    if t.method != Method::FlatAddOn {
        return Ok(None);
    }
    let r = t.rounding;
    let n = Decimal::from(t.payments);
    let total = r.money(flat_total(t, financed)?);
    let per_interest = r.money(div(total, n, "payments")?);
    Ok(Some((
        Money::of(r.money(div(financed, n, "payments")?)),
        Money::of(per_interest),
        total,
    )))
}
