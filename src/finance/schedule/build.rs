//! Building the rows: one pass over the payment dates, each row computed from the balance before it.

mod opening;
mod row;
mod run;

use opening::{Opening, flat, opening};
use row::row;

use super::calendar::payment_dates;
use super::terms::{ExtraEffect, GraceKind, Insurance, InterestBasis, LoanTerms, Method};
use super::totals::ColumnSums;
use super::{Instalment, Schedule};
use crate::finance::date::Date;
use crate::finance::error::FinResult;
use crate::finance::money::Money;
use crate::finance::num::{add, div, mul, sub};
use crate::finance::tvm::{PaymentTiming, pmt};
use rust_decimal::Decimal;

/// The running state of the amortisation. The row loop's amounts are [`Money`]: integers while they
/// fit, with the same values and scales as decimals.
struct Amortiser<'a> {
    t: &'a LoanTerms,
    n: u32,
    balance: Money,
    /// The level instalment and the phase it was computed for (see [`Amortiser::phase`]).
    level: Option<(Money, bool)>,
    german_part: Option<Money>,
    balloon: Decimal,
    /// Payment dates, and whether the first period is odd.
    dates: Vec<Date>,
    odd: bool,
    /// The amount financed, or the balance after capitalised grace: a balance four times larger
    /// (`runaway`) means interest is outrunning the payments.
    ceiling: Money,
    runaway: Money,
    /// The periodic fee, rounded once (and as the row shows it).
    fee: (Money, Decimal),
    /// Insurance that is the same every row (fixed, or a percentage of the principal), rounded once.
    constant_insurance: Option<(Money, Decimal)>,
    /// When every row's fee, insurance and VAT are zero: the widest scale among those zeros. A
    /// payment at least that wide is then interest + principal as it stands (see [`plus_part`]).
    quiet_charges: Option<u32>,
    /// Flat add-on: (principal per payment, interest per payment, total interest).
    flat: Option<(Money, Money, Decimal)>,
    /// The nominal periodic rates (annual / payments per year), during a promotion and after it:
    /// divided once, not once per row.
    periodic: (Decimal, Decimal),
    /// Whether the promotion's periodic rate differs from the regular one (the level instalment is
    /// recomputed where the rate changes, not where it stays).
    promotion_changes_rate: bool,
}

impl<'a> Amortiser<'a> {
    /// The state before the first payment of `t`, paid on `dates` (`odd`: the first period is odd).
    fn new(
        t: &'a LoanTerms,
        open: &Opening,
        dates: Vec<Date>,
        odd: bool,
    ) -> FinResult<Amortiser<'a>> {
        let r = t.rounding;
        let periodic = {
            let per_year = Decimal::from(t.frequency.per_year());
            let promo = t.promotion.map_or(t.annual_rate, |p| p.annual_rate);
            (
                div(promo, per_year, "payments per year")?,
                div(t.annual_rate, per_year, "payments per year")?,
            )
        };
        let fee = both(r.money(t.periodic_fee));
        let constant_insurance = match t.insurance {
            None => Some(both(Decimal::ZERO)),
            Some(Insurance::Fixed(v)) => Some(both(r.money(v))),
            Some(Insurance::PercentOfPrincipal(p)) => Some(both(r.money(mul(p, t.principal)?))),
            Some(Insurance::PercentOfBalance(_)) => None,
        };
        Ok(Amortiser {
            t,
            n: t.payments,
            balance: Money::of(open.financed),
            dates,
            odd,
            ceiling: Money::of(open.financed),
            runaway: runaway(open.financed, r.decimals)?,
            quiet_charges: match constant_insurance {
                Some(insurance) if t.vat.is_none() && fee.0.is_zero() && insurance.0.is_zero() => {
                    Some(fee.0.scale().max(insurance.0.scale()))
                }
                _ => None,
            },
            fee,
            constant_insurance,
            level: None,
            german_part: None,
            balloon: match (t.method, t.balloon) {
                (Method::Balloon, Some(b)) => r.money(b.of(t.principal)?),
                _ => Decimal::ZERO,
            },
            flat: flat(t, open.financed)?,
            promotion_changes_rate: periodic.0 != periodic.1,
            periodic,
        })
    }
}

impl Amortiser<'_> {
    fn annual_rate(&self, k: u32) -> Decimal {
        match self.t.promotion {
            Some(p) if k <= p.periods => p.annual_rate,
            _ => self.t.annual_rate,
        }
    }

    /// The nominal periodic rate (annual / payments per year) of period `k`.
    fn nominal_periodic(&self, k: u32) -> Decimal {
        match self.t.promotion {
            Some(p) if k <= p.periods => self.periodic.0,
            _ => self.periodic.1,
        }
    }

    /// The rate of a regular period of `k`'s phase under the interest basis: the level instalment is
    /// computed with it. Periodic: annual / payments per year; actual/365 and actual/360: annual ×
    /// the regular period's days (7, 14, or 365 / payments per year) / 365 or 360.
    fn regular_rate(&self, k: u32) -> FinResult<Decimal> {
        if self.t.interest_basis == InterestBasis::Periodic {
            return Ok(self.nominal_periodic(k));
        }
        let days = match self.t.frequency {
            super::terms::Frequency::Weekly => Decimal::from(7),
            super::terms::Frequency::Biweekly => Decimal::from(14),
            f => div(
                Decimal::from(365),
                Decimal::from(f.per_year()),
                "payments per year",
            )?,
        };
        let year = match self.t.interest_basis {
            InterestBasis::Actual360 => Decimal::from(360),
            _ => Decimal::from(365),
        };
        div(mul(self.annual_rate(k), days)?, year, "days in the year")
    }

    /// The rate charged for period `k` running from `start` to `end` (see `InterestBasis`).
    fn period_rate(&self, k: u32, start: Date, end: Date, odd: bool) -> FinResult<Decimal> {
        let days = || Decimal::from(start.days_until(end));
        let annual = self.annual_rate(k);
        match self.t.interest_basis {
            InterestBasis::Periodic if !(odd && k == 1) => Ok(self.nominal_periodic(k)),
            InterestBasis::Periodic | InterestBasis::Actual365 => {
                div(mul(annual, days())?, Decimal::from(365), "365")
            }
            InterestBasis::Actual360 => div(mul(annual, days())?, Decimal::from(360), "360"),
        }
    }

    /// Which level instalment applies to payment `k`: on the periodic basis the level follows the
    /// periodic rate, so it has one phase during a promotion that changes the rate and one after;
    /// on actual-day bases one level covers all the remaining periods, promotion included.
    fn phase(&self, k: u32) -> bool {
        self.promotion_changes_rate
            && self.t.interest_basis == InterestBasis::Periodic
            && self.t.promotion.is_some_and(|p| k <= p.periods)
    }

    fn grace(&self, k: u32) -> Option<GraceKind> {
        self.t.grace.filter(|g| k <= g.periods).map(|g| g.kind)
    }

    /// The level instalment over the remaining periods. Periodic basis: PMT at the periodic rate,
    /// recomputed when the rate changes (end of a promotion). Actual-day bases: the payment that
    /// exactly amortises the balance at each remaining period's own rate (its actual days, the odd
    /// first period and any promotion included), `(B − balloon·D_n) / Σ D_m` with
    /// `D_m = Π_{j ≤ m} 1/(1 + r_j)`. Both are recomputed after an extra payment that lowers it.
    fn level(&mut self, k: u32) -> FinResult<Money> {
        let phase = self.phase(k);
        if let Some((level, at)) = self.level
            && at == phase
        {
            return Ok(level);
        }
        let raw = if self.t.interest_basis == InterestBasis::Periodic {
            let remaining = Decimal::from(self.n - k + 1);
            -pmt(
                self.regular_rate(k)?,
                remaining,
                self.balance.decimal(),
                -self.balloon,
                PaymentTiming::End,
            )?
        } else {
            self.actual_level(k)?
        };
        let level = Money::of(self.t.rounding.instalment(raw)?);
        self.level = Some((level, phase));
        Ok(level)
    }

    fn actual_level(&self, k: u32) -> FinResult<Decimal> {
        let (mut discount, mut annuity) = (Decimal::ONE, Decimal::ZERO);
        for m in k..=self.n {
            let i = m as usize - 1;
            let start = if i == 0 {
                self.t.disbursement
            } else {
                self.dates[i - 1]
            };
            let rate = self.period_rate(m, start, self.dates[i], self.odd)?;
            discount = div(discount, add(Decimal::ONE, rate)?, "1 + rate")?;
            annuity = add(annuity, discount)?;
        }
        div(
            sub(self.balance.decimal(), mul(self.balloon, discount)?)?,
            annuity,
            "annuity factor",
        )
    }

    /// The scheduled principal part of payment `k` (before extras and the final adjustment).
    fn principal_part(
        &mut self,
        k: u32,
        interest: Money,
        regular_interest: Money,
    ) -> FinResult<Money> {
        if let Some(kind) = self.grace(k) {
            return Ok(match kind {
                GraceKind::InterestOnly => Money::ZERO,
                GraceKind::Capitalised => interest.negated(),
            });
        }
        match self.t.method {
            Method::French | Method::Balloon => self.level(k)?.minus(regular_interest),
            Method::German => self.german_part(k),
            Method::InterestOnly => Ok(Money::ZERO),
            Method::FlatAddOn => Ok(self.flat.map_or(Money::ZERO, |(p, _, _)| p)),
        }
    }

    /// German method: the constant principal part, the balance over the remaining periods
    /// (recomputed after an extra payment that lowers it).
    fn german_part(&mut self, k: u32) -> FinResult<Money> {
        if let Some(part) = self.german_part {
            return Ok(part);
        }
        let remaining = Decimal::from(self.n - k + 1);
        let part = self
            .t
            .rounding
            .money(div(self.balance.decimal(), remaining, "periods")?);
        let part = Money::of(part);
        self.german_part = Some(part);
        Ok(part)
    }

    /// Extra principal paid with payment `k`; an extra that lowers the instalment forces a
    /// recomputation of the level (or constant principal) from the next payment.
    fn extras(&mut self, k: u32) -> FinResult<Money> {
        let mut total = Money::ZERO;
        for e in &self.t.extra_payments {
            let due = k == e.at_payment
                || e.every.is_some_and(|every| {
                    k > e.at_payment && (k - e.at_payment).is_multiple_of(every)
                });
            if due {
                total = total.plus(Money::of(e.amount))?;
                if e.effect == ExtraEffect::LowerInstalment {
                    self.level = None;
                    self.german_part = None;
                }
            }
        }
        Ok(total)
    }

    /// Interest of payment `k`: the balance times the period rate, rounded; flat add-on interest is
    /// the same each payment, the last one taking the rounding residue of the total.
    fn interest(&self, k: u32, rate: Decimal) -> FinResult<Money> {
        match self.flat {
            Some((_, per_payment, _)) if k < self.n => Ok(per_payment),
            Some((_, per_payment, total)) => Ok(Money::of(sub(
                total,
                mul(per_payment.decimal(), Decimal::from(self.n - 1))?,
            )?)),
            None => self.t.rounding.money_of(self.balance, rate),
        }
    }
}

/// Builds the schedule of `t` (validated first), with the sums of its columns.
pub fn build(t: &LoanTerms) -> FinResult<(Schedule, ColumnSums)> {
    build_rows(t, true)
}

/// [`build`], with the regular runs on integers (see [`run`]) or every row by the general [`row`]
/// (which the runs must equal: tested).
fn build_rows(t: &LoanTerms, regular_runs: bool) -> FinResult<(Schedule, ColumnSums)> {
    t.validate()?;
    let (dates, odd) = payment_dates(t)?;
    let open = opening(t)?;
    let mut a = Amortiser::new(t, &open, dates, odd)?;
    let mut rows = Vec::with_capacity(a.dates.len());
    let mut sums = ColumnSums::NONE;
    let mut k = 1;
    while k as usize <= a.dates.len() && !a.balance.is_zero() {
        let done = if regular_runs {
            run::regular(&mut a, k, &mut rows, &mut sums)
        } else {
            0
        };
        if done == 0 {
            let start = if k == 1 {
                t.disbursement
            } else {
                a.dates[k as usize - 2]
            };
            let date = a.dates[k as usize - 1];
            row(&mut a, k, (start, date), &mut rows)?;
            if let Some(last) = rows.last() {
                sums.add_row(last);
            }
            k += 1;
        } else {
            k += done;
        }
    }
    let schedule = Schedule {
        disbursement: t.disbursement,
        principal: t.principal,
        amount_financed: open.financed,
        opening_fee: open.fee,
        opening_fee_vat: open.fee_vat,
        upfront_charges: open.upfront,
        guarantee: open.guarantee,
        net_disbursed: sub(sub(t.principal, open.upfront)?, open.guarantee)?,
        rows,
    };
    Ok((schedule, sums))
}

/// A part the row does not have (`both(Decimal::ZERO)`).
const ABSENT: (Money, Decimal) = (Money::ZERO, Decimal::ZERO);

/// An amount as the row loop keeps it and as the schedule shows it.
fn both(d: Decimal) -> (Money, Decimal) {
    (Money::of(d), d)
}

/// Four times `balance` (see `Amortiser::runaway`), at the schedule's scale so that comparing it
/// with the balance is a comparison of integers.
fn runaway(balance: Decimal, decimals: u32) -> FinResult<Money> {
    let mut limit = mul(balance, Decimal::from(4))?;
    if limit.scale() < decimals {
        limit.rescale(decimals);
    }
    Ok(Money::of(limit))
}
