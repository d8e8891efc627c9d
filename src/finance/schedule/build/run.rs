//! Regular runs: consecutive rows at one periodic rate, with no grace, odd first period, extra
//! payment or rate change among them, whose amounts all have the currency's scale — the rows of
//! almost every schedule after its first. A run computes them on the amounts' integer mantissas.
//!
//! Each step is the decimal operation the general row ([`super::row`]) does, on amounts of one
//! scale, where it is plain integer arithmetic: a sum or difference of mantissas, and a product
//! rounded once to the minor unit. The values **and scales** are therefore the general row's (tested
//! on random loans of every shape against it). Whatever a run cannot take as such — a zero interest
//! where VAT is charged, a value beyond 64 bits, a balance outrunning the payments — ends the run
//! before that row, and the general row computes it.

use super::{Amortiser, ColumnSums, Instalment};
use crate::finance::date::Date;
use crate::finance::money::Money;
use crate::finance::num::{decimal_of, mantissa_i64, round_integer, round_short, significant_bits};
use crate::finance::schedule::terms::{InterestBasis, Method};
use rust_decimal::{Decimal, RoundingStrategy};

/// Computes the regular run of rows starting at payment `k`, if there is one, appending them to
/// `rows`; returns how many it computed (0: payment `k` is for the general row).
pub(super) fn regular(
    a: &mut Amortiser,
    k: u32,
    rows: &mut Vec<Instalment>,
    sums: &mut ColumnSums,
) -> u32 {
    let Some(plan) = Plan::new(a, k) else {
        return 0;
    };
    let Some(mut balance) = a.balance.mantissa_at(plan.scale) else {
        return 0;
    };
    let (n, dates, before) = (a.n, &a.dates, rows.len());
    let mut j = k;
    // Rows appended by one `extend` (a loop the size-tuned wasm keeps inline, where a `push` per
    // row is a call), until the run's end, a paid-off balance or a row for the general path.
    rows.extend(std::iter::from_fn(|| {
        if j > plan.end || balance == 0 {
            return None;
        }
        let row = plan.row(j, n, balance)?;
        let instalment = plan.instalment(j, *dates.get(j as usize - 1)?, &row);
        // The columns computed here are summed as the integers they are.
        sums.payment.add_many(row.payment, plan.scale, 1);
        sums.interest.add_many(row.interest, plan.scale, 1);
        if plan.vat.is_some() {
            sums.vat.add_many(row.vat, plan.scale, 1);
        }
        balance = row.balance;
        j += 1;
        Some(instalment)
    }));
    let done = j - k;
    debug_assert_eq!(rows.len() - before, done as usize);
    // The columns every row of the run shares.
    sums.fees.add_repeated(plan.fee, done);
    sums.insurance.add_repeated(plan.insurance, done);
    if plan.vat.is_none() {
        sums.vat.add_repeated(Decimal::ZERO, done);
    }
    if done > 0
        && let Some(b) = Money::at_scale(balance, plan.scale)
    {
        a.balance = b;
    }
    done
}

/// A decimal factor (a periodic rate, a VAT rate) that multiplies amounts of the minor unit, the
/// product rounded once back to the minor unit.
#[derive(Clone, Copy)]
struct Factor {
    mantissa: i128,
    short: Option<i64>,
    scale: u32,
}

impl Factor {
    fn of(d: Decimal) -> Factor {
        Factor {
            mantissa: d.mantissa(),
            short: mantissa_i64(d),
            scale: d.scale(),
        }
    }

    /// The mantissa of `x × factor` rounded to `places` decimals, `x` being the mantissa of an
    /// amount with `places` decimals: the exact product rounded once, as `Money::mul_round` does
    /// (on 64 bits when the operands allow, else on 128). `None` when the product leaves 128 bits
    /// (where the decimal path first rounds it to 28 digits) or the result leaves 64.
    #[inline(always)]
    fn times(self, x: i64, places: u32, strategy: RoundingStrategy) -> Option<i64> {
        if let Some(f) = self.short
            && significant_bits(x) + significant_bits(f) <= 62
        {
            let product = x * f;
            if self.scale == 0 {
                return Some(product);
            }
            if let Some(q) = round_short(product, self.scale, strategy) {
                return Some(q);
            }
        }
        self.times_wide(x, places, strategy)
    }

    #[inline(never)]
    fn times_wide(self, x: i64, places: u32, strategy: RoundingStrategy) -> Option<i64> {
        let product = i128::from(x).checked_mul(self.mantissa)?;
        let (q, _) = round_integer(product, places + self.scale, places, strategy)?;
        i64::try_from(q).ok()
    }
}

/// How a run's rows repay principal.
#[derive(Clone, Copy)]
enum Repayment {
    /// French and balloon: the level instalment less the interest.
    Level(i64),
    /// German: a constant part.
    Constant(i64),
}

/// What every row of a run shares; amounts are mantissas at `scale`, the currency's decimals.
struct Plan {
    /// The run's last payment number.
    end: u32,
    scale: u32,
    strategy: RoundingStrategy,
    rate: Factor,
    repayment: Repayment,
    /// Periodic fee plus constant insurance, and the two as the rows show them.
    charges: i64,
    fee: Decimal,
    insurance: Decimal,
    /// VAT's rate and the taxed charges added to the interest it taxes.
    vat: Option<(Factor, i64)>,
    /// The runaway limit (see `Amortiser::runaway`).
    limit: i64,
}

/// A row's amounts, as mantissas at the run's scale.
struct Row {
    interest: i64,
    principal: i64,
    vat: i64,
    payment: i64,
    balance: i64,
}

impl Plan {
    /// The run from payment `k`, when payment `k` starts one: see the module documentation.
    fn new(a: &mut Amortiser, k: u32) -> Option<Plan> {
        let t = a.t;
        let scale = t.rounding.decimals;
        if t.interest_basis != InterestBasis::Periodic
            || (a.odd && k == 1)
            || a.flat.is_some()
            || a.grace(k).is_some()
        {
            return None;
        }
        let end = run_end(a, k)?;
        let part = |m: Money| m.mantissa_at(scale);
        // A charge whose zero is no wider than the payment adds nothing to it (see `plus_part`).
        let charge = |m: Money| match part(m) {
            Some(x) if x >= 0 => Some(x),
            _ => (m.is_zero() && m.scale() <= scale).then_some(0),
        };
        let fee = charge(a.fee.0)?;
        let (insurance, insurance_shown) = a.constant_insurance?;
        let insurance = charge(insurance)?;
        let vat = match t.vat {
            None => None,
            // The taxed base is the interest plus charges (positive, at the run's scale).
            Some(v) if v.on_interest => {
                let taxed = [(v.on_fees, fee), (v.on_insurance, insurance)]
                    .iter()
                    .filter(|(on, _)| *on)
                    .try_fold(0i64, |sum, (_, x)| sum.checked_add(*x))?;
                Some((Factor::of(v.rate), taxed))
            }
            Some(_) => return None,
        };
        let repayment = match t.method {
            Method::French | Method::Balloon => Repayment::Level(part(a.level(k).ok()?)?),
            Method::German => Repayment::Constant(part(a.german_part(k).ok()?)?),
            Method::InterestOnly | Method::FlatAddOn => return None,
        };
        Some(Plan {
            end,
            scale,
            strategy: t.rounding.strategy(),
            rate: Factor::of(a.nominal_periodic(k)),
            repayment,
            charges: fee.checked_add(insurance)?,
            fee: a.fee.1,
            insurance: insurance_shown,
            vat,
            limit: part(a.runaway)?,
        })
    }

    /// Payment `j` of `n` on `balance`, or `None` for the general row.
    #[inline(always)]
    fn row(&self, j: u32, n: u32, balance: i64) -> Option<Row> {
        let interest = self.rate.times(balance, self.scale, self.strategy)?;
        if self.vat.is_some() && interest <= 0 {
            return None;
        }
        let mut principal = match self.repayment {
            Repayment::Level(level) => level.checked_sub(interest)?,
            Repayment::Constant(part) => part,
        };
        if j == n || principal > balance {
            principal = balance;
        }
        let after = balance.checked_sub(principal)?;
        if after > self.limit {
            return None;
        }
        let vat = match self.vat {
            None => 0,
            Some((rate, taxed)) => {
                rate.times(interest.checked_add(taxed)?, self.scale, self.strategy)?
            }
        };
        let payment = interest
            .checked_add(principal)?
            .checked_add(self.charges)?
            .checked_add(vat)?;
        Some(Row {
            interest,
            principal,
            vat,
            payment,
            balance: after,
        })
    }

    #[inline(always)]
    fn instalment(&self, number: u32, date: Date, row: &Row) -> Instalment {
        let scale = self.scale;
        Instalment {
            number,
            date,
            payment: decimal_of(row.payment, scale),
            interest: decimal_of(row.interest, scale),
            principal: decimal_of(row.principal, scale),
            fees: self.fee,
            insurance: self.insurance,
            // Without VAT the row shows the absent part's zero (see `ABSENT`).
            vat: match self.vat {
                Some(_) => decimal_of(row.vat, scale),
                None => Decimal::ZERO,
            },
            balance: decimal_of(row.balance, scale),
        }
    }
}

/// The last payment of a run from `k` at one rate: before the next extra payment, at the end of a
/// promotion, or the last payment date. `None` when an extra payment is due at `k`.
fn run_end(a: &Amortiser, k: u32) -> Option<u32> {
    let mut end = u32::try_from(a.dates.len()).ok()?.min(a.n);
    if let Some(p) = a.t.promotion
        && k <= p.periods
    {
        end = end.min(p.periods);
    }
    for e in &a.t.extra_payments {
        let next = if k <= e.at_payment {
            Some(e.at_payment)
        } else {
            e.every.filter(|every| *every > 0).and_then(|every| {
                let since = k - e.at_payment;
                e.at_payment
                    .checked_add(since.div_ceil(every).checked_mul(every)?)
            })
        };
        if let Some(next) = next {
            end = end.min(next.checked_sub(1)?);
        }
    }
    (end >= k).then_some(end)
}

#[cfg(test)]
mod tests;
