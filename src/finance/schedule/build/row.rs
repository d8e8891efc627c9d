//! The general row: any payment of any schedule — grace, odd first period, promotion, extra
//! payment, charges and VAT — computed from the balance before it on [`Money`] amounts.

use super::{ABSENT, Amortiser, runaway};
use crate::finance::date::Date;
use crate::finance::error::{FinResult, FinanceError};
use crate::finance::money::Money;
use crate::finance::schedule::Instalment;
use crate::finance::schedule::terms::{GraceKind, Insurance, InterestBasis, LoanTerms};
use std::cmp::Ordering;

/// `sum + part`, except that a zero part no wider than the sum is not added: with a decimal's zero
/// rule (`0 + x = x`) it would turn a zero payment of 0.000 into 0.
fn plus_part(sum: Money, part: Money) -> FinResult<Money> {
    if part.is_zero() && part.scale() <= sum.scale() {
        return Ok(sum);
    }
    sum.plus(part)
}

/// Payment `k`, due on `date` for the period that started on `start`, appended to `rows`.
pub(super) fn row(
    a: &mut Amortiser,
    k: u32,
    (start, date): (Date, Date),
    rows: &mut Vec<Instalment>,
) -> FinResult<()> {
    let t = a.t;
    let r = t.rounding;
    let odd = a.odd;
    let rate = a.period_rate(k, start, date, odd)?;
    let interest = a.interest(k, rate)?;
    let regular_interest = if odd && k == 1 && t.interest_basis == InterestBasis::Periodic {
        r.money_of(a.balance, a.nominal_periodic(k))?
    } else {
        interest
    };
    let balance_before = a.balance;
    let mut principal = a.principal_part(k, interest, regular_interest)?;
    if k == a.n || principal.compare(a.balance) == Ordering::Greater {
        principal = a.balance;
    }
    if !t.extra_payments.is_empty() {
        // Only a payment with an extra adds one: adding a zero would give a zero principal the
        // zero's scale (`0.00 + 0 = 0`), as if the extra were part of every row.
        let extra = a.extras(k)?;
        if !extra.is_zero() {
            principal = principal.plus(extra.min(a.balance.minus(principal)?))?;
        }
    }
    a.balance = a.balance.minus(principal)?;
    let capitalised = a.grace(k) == Some(GraceKind::Capitalised);
    if capitalised && a.balance.compare(a.ceiling) == Ordering::Greater {
        // Capitalised interest is meant to grow the balance: the runaway check measures against
        // the balance the payments start from once grace ends.
        a.ceiling = a.balance;
        a.runaway = runaway(a.ceiling.decimal(), r.decimals)?;
    }
    if a.balance.compare(a.runaway) == Ordering::Greater {
        return Err(FinanceError::invalid(
            "annual_rate",
            "is too high for this term: the payments would not cover the interest",
        ));
    }
    let insurance = match (a.constant_insurance, t.insurance) {
        (Some(constant), _) => constant,
        (None, Some(Insurance::PercentOfBalance(p))) => {
            let premium = r.money_of(balance_before, p)?;
            (premium, premium.decimal())
        }
        (None, _) => ABSENT,
    };
    let fees = a.fee;
    let vat = match t.vat {
        None => ABSENT,
        Some(_) => {
            let paid_interest = if capitalised { Money::ZERO } else { interest };
            let vat = vat(t, paid_interest, fees.0, insurance.0)?;
            (vat, vat.decimal())
        }
    };
    let mut payment = interest.plus(principal)?;
    if a.quiet_charges.is_none_or(|s| s > payment.scale()) {
        for part in [fees.0, insurance.0, vat.0] {
            payment = plus_part(payment, part)?;
        }
    }
    rows.push(Instalment {
        number: k,
        date,
        payment: payment.decimal(),
        interest: interest.decimal(),
        principal: principal.decimal(),
        fees: fees.1,
        insurance: insurance.1,
        vat: vat.1,
        balance: a.balance.decimal(),
    });
    Ok(())
}

/// VAT of a row: the rate times the taxed parts (interest actually paid, fees, insurance), rounded.
fn vat(t: &LoanTerms, interest: Money, fees: Money, insurance: Money) -> FinResult<Money> {
    let Some(v) = t.vat else {
        return Ok(Money::ZERO);
    };
    let mut base = Money::ZERO;
    for (taxed, part) in [
        (v.on_interest, interest),
        (v.on_fees, fees),
        (v.on_insurance, insurance),
    ] {
        if taxed {
            base = base.plus(part)?;
        }
    }
    t.rounding.money_of(base, v.rate)
}
