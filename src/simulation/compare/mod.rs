//! Products side by side for one request: the person's amount, term in months and (optionally)
//! household. Every product in the chosen currency is quoted by the engine on the same request; each
//! row says whether the person can have it and, when not, every reason; the eligible loan that costs
//! least is marked best. Comparing loans on their total cost over the same term is the comparison the
//! APR exists for (Directive 2008/48/EC recital 19; 12 CFR 1026.22), and the legal rate is shown
//! beside it.

pub mod query;

use super::afford::{reason_msg, verdict};
use super::fields::{Field, FieldMessage, parse_money, parse_whole};
use super::input::{HouseholdInput, relocalize_text};
use super::loan::{Checked, quote_choice};
use crate::config::{Catalog, LoanChoice, Product, TermOption};
use crate::finance::Date;
use crate::finance::affordability::{Household, Verdict, highest_regular_payment};
use crate::finance::num::{div, mul};
use crate::finance::quote::Quote;
use crate::finance::schedule::Frequency;
use crate::i18n::{Locale, Msg, SiteMsg, format_decimal, format_money};
use crate::simulation::afford::check_household;
use rust_decimal::Decimal;

/// Longest term the comparison accepts, in months (50 years).
pub const MAX_MONTHS: u32 = 600;

/// How the rows are ordered (eligible loans always first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// Total cost of credit, lowest first.
    #[default]
    Cost,
    /// Instalment per month (weekly and biweekly payments converted), lowest first.
    Instalment,
    /// Legal rate (TAE/APRC, APR, CAT), lowest first.
    Rate,
}

impl SortKey {
    /// Every key, in the order offered.
    pub const ALL: [SortKey; 3] = [SortKey::Cost, SortKey::Instalment, SortKey::Rate];

    /// Its value in links (`sort=`).
    pub fn key(self) -> &'static str {
        match self {
            SortKey::Cost => "cost",
            SortKey::Instalment => "instalment",
            SortKey::Rate => "rate",
        }
    }
}

/// What the person typed on the comparison page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CompareInput {
    /// Amount, as typed.
    pub amount: String,
    /// Term in months, as typed.
    pub months: String,
    /// ISO 4217 code of the products compared.
    pub currency: String,
    /// Household figures (empty income: no affordability check).
    pub household: HouseholdInput,
    /// Customer segment id, applied to the products that have it.
    pub segment: String,
    /// Order of the rows.
    pub sort: SortKey,
}

impl CompareInput {
    /// The same input with every typed number re-written from `from` to `to`.
    pub fn relocalized(&self, from: Locale, to: Locale) -> CompareInput {
        let r = |t: &String| relocalize_text(t, from, to);
        CompareInput {
            amount: r(&self.amount),
            months: r(&self.months),
            household: HouseholdInput {
                income: r(&self.household.income),
                expenses: r(&self.household.expenses),
                debts: r(&self.household.debts),
            },
            ..self.clone()
        }
    }

    /// The segments the products of its currency offer, each once (by id), in catalogue order.
    pub fn segments(&self, catalog: &Catalog) -> Vec<crate::config::Segment> {
        let mut out: Vec<crate::config::Segment> = Vec::new();
        for p in catalog
            .products
            .iter()
            .filter(|p| p.currency == self.currency)
        {
            for s in &p.segments {
                if !out.iter().any(|o| o.id == s.id) {
                    out.push(s.clone());
                }
            }
        }
        out
    }
}

/// The request read from [`CompareInput`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// Amount.
    pub amount: Decimal,
    /// Term in months.
    pub months: u32,
    /// Household, when an income was typed.
    pub household: Option<Household>,
}

/// One product's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The product (as offered in this scope: a campaign's promotional rate applied).
    pub product: Product,
    /// The loan quoted, when the request fits the product's limits.
    pub choice: Option<LoanChoice>,
    /// Its quote, or why the engine could not quote it.
    pub quote: Option<Result<Quote, Msg>>,
    /// The highest regular payment converted to a month (`× payments per year / 12`).
    pub per_month: Option<Decimal>,
    /// Why the person cannot have it (empty: they can).
    pub reasons: Vec<Msg>,
    /// Marked "best for you".
    pub best: bool,
}

impl Row {
    /// True when nothing stands in the way.
    pub fn eligible(&self) -> bool {
        self.reasons.is_empty() && matches!(self.quote, Some(Ok(_)))
    }

    fn ok_quote(&self) -> Option<&Quote> {
        self.quote.as_ref().and_then(|q| q.as_ref().ok())
    }
}

/// The currencies of `catalog`, in first-seen order.
pub fn currencies(catalog: &Catalog) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in &catalog.products {
        if !out.contains(&p.currency) {
            out.push(p.currency.clone());
        }
    }
    out
}

/// Reads the request: amount and months are required (whole months, 1 to [`MAX_MONTHS`]); the
/// household is read as on the simulator.
pub fn check_request(input: &CompareInput, locale: Locale) -> Checked<Request> {
    let mut messages = Vec::new();
    let amount = parse_money(&input.amount, locale, 2)
        .and_then(|a| {
            if a > Decimal::ZERO {
                Ok(a)
            } else {
                Err(Msg::ErrNotPositive)
            }
        })
        .map_err(|m| messages.push(FieldMessage::error(Field::Amount, m)))
        .ok();
    let months = parse_whole(&input.months, locale)
        .and_then(|m| match m {
            0 => Err(Msg::ErrNotPositive),
            m if m > MAX_MONTHS => Err(Msg::Site(SiteMsg::MonthsTooLong(MAX_MONTHS))),
            m => Ok(m),
        })
        .map_err(|m| messages.push(FieldMessage::error(Field::Term, m)))
        .ok();
    let household = check_household(&input.household, locale, 2);
    messages.extend(household.messages);
    let value = match (amount, months, household.value) {
        (Some(amount), Some(months), Some(household)) => Some(Request {
            amount,
            months,
            household,
        }),
        _ => None,
    };
    Checked { value, messages }
}

/// Compares every product of `catalog` in `currency` for `request`, disbursed `today`, in `locale`
/// (for the reasons' amounts), ordered by `sort` with eligible rows first; the eligible row with the
/// lowest total cost (then legal rate) is marked best.
pub fn compare(
    catalog: &Catalog,
    currency: &str,
    segment: &str,
    request: &Request,
    sort: SortKey,
    today: Date,
    locale: Locale,
) -> Vec<Row> {
    let mut rows: Vec<Row> = catalog
        .products
        .iter()
        .filter(|p| p.currency == currency)
        .map(|p| row(p, segment, request, today, locale))
        .collect();
    let best = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.eligible())
        .filter_map(|(i, r)| r.ok_quote().map(|q| (i, q)))
        .min_by_key(|(_, q)| (q.totals.cost_of_credit, q.rate.disclosed(), q.instalment))
        .map(|(i, _)| i);
    if let Some(i) = best {
        rows[i].best = true;
    }
    rows.sort_by_key(|r| (!r.eligible(), r.ok_quote().is_none(), sort_value(r, sort)));
    rows
}

fn sort_value(r: &Row, sort: SortKey) -> Decimal {
    let q = r.ok_quote();
    match sort {
        SortKey::Cost => q.map(|q| q.totals.cost_of_credit),
        SortKey::Instalment => r.per_month,
        SortKey::Rate => q.map(|q| q.rate.disclosed()),
    }
    .unwrap_or(Decimal::MAX)
}

fn row(p: &Product, segment: &str, req: &Request, today: Date, l: Locale) -> Row {
    let mut reasons = Vec::new();
    let money = |v| format_money(v, &p.currency, l);
    if !(p.amount.min..=p.amount.max).contains(&req.amount) {
        reasons.push(Msg::Site(SiteMsg::AmountOutside {
            min: money(p.amount.min),
            max: money(p.amount.max),
        }));
    }
    let term = fitting_term(p, req.months);
    if term.is_none() {
        let (lo, hi) = months_range(p);
        reasons.push(Msg::Site(SiteMsg::TermOutside {
            min: format_decimal(lo, 1, l),
            max: format_decimal(hi, 1, l),
        }));
    }
    let choice = term
        .filter(|_| reasons.is_empty())
        .map(|(t, n)| LoanChoice {
            principal: req.amount,
            payments: n,
            frequency: t.frequency,
            disbursement: today,
            first_payment: None,
            extra_payments: Vec::new(),
            segment: p.segment(segment).map(|s| s.id.clone()),
        });
    let quote = choice.as_ref().map(|c| quote_choice(p, c));
    let mut per_month = None;
    if let (Some(c), Some(Ok(q))) = (&choice, &quote) {
        let highest = highest_regular_payment(&q.schedule, p.pricing.method);
        per_month = monthly(highest, c.frequency);
        if let Some(h) = &req.household {
            judge(p, h, c.frequency, highest, &mut reasons, l);
        }
    }
    if let Some(Err(m)) = &quote {
        reasons.push(m.clone());
    }
    Row {
        product: p.clone(),
        choice,
        quote,
        per_month,
        reasons,
        best: false,
    }
}

/// The reasons the household cannot have the loan: the product's minimum income, then the
/// affordability verdict on its highest regular payment.
fn judge(
    p: &Product,
    h: &Household,
    f: Frequency,
    highest: Decimal,
    out: &mut Vec<Msg>,
    l: Locale,
) {
    let money = |v| format_money(v, &p.currency, l);
    if let Some(min) = p
        .eligibility
        .min_monthly_income
        .filter(|m| h.net_income < *m)
    {
        out.push(Msg::QualifyIncome(money(min)));
    }
    match verdict(p, h, f, highest) {
        Ok(a) if a.verdict == Verdict::NotAffordable => {
            out.extend(a.reasons.iter().map(|r| reason_msg(r, &p.currency, l)));
        }
        Ok(_) => {}
        Err(m) => out.push(m),
    }
}

/// The notes the rows' jurisdictions require under a comparison, in `locale`: the EU warning when an
/// EU loan is shown (Directive (EU) 2023/2225 art. 8(1)), and for Mexican loans that the CAT is
/// without VAT, for information and comparison only, with its date of calculation `today` (Banxico
/// Circular 21/2009).
pub fn compare_notes(rows: &[Row], today: String, locale: Locale) -> Vec<String> {
    use crate::finance::apr::AprConvention;
    let has = |c: AprConvention| rows.iter().any(|r| r.product.convention == c);
    let mut out = Vec::new();
    if has(AprConvention::Eu) {
        out.push(crate::i18n::text(locale, &Msg::BorrowingCostsMoney));
    }
    if has(AprConvention::MxCat) {
        out.push(crate::i18n::text(
            locale,
            &Msg::Site(SiteMsg::CatNote(today)),
        ));
    }
    out
}

/// The first term option whose limits hold `months` (converted to its payments, rounded), with
/// that number of payments.
fn fitting_term(p: &Product, months: u32) -> Option<(&TermOption, u32)> {
    p.terms.iter().find_map(|t| {
        let n = payments_for(months, t.frequency);
        (t.min_payments..=t.max_payments)
            .contains(&n)
            .then_some((t, n))
    })
}

/// `months` as a number of payments of `f`, rounded half up (12 months = 52 weekly payments).
pub fn payments_for(months: u32, f: Frequency) -> u32 {
    let scaled = u64::from(months) * u64::from(f.per_year());
    u32::try_from((scaled + 6) / 12).unwrap_or(u32::MAX)
}

/// The shortest and longest term the product offers, in months.
fn months_range(p: &Product) -> (Decimal, Decimal) {
    let months =
        |n: u32, f: Frequency| Decimal::from(n) * Decimal::from(12) / Decimal::from(f.per_year());
    let lo = p
        .terms
        .iter()
        .map(|t| months(t.min_payments, t.frequency))
        .min();
    let hi = p
        .terms
        .iter()
        .map(|t| months(t.max_payments, t.frequency))
        .max();
    (lo.unwrap_or_default(), hi.unwrap_or_default())
}

/// A payment of `f` as a monthly amount, rounded to cents.
fn monthly(payment: Decimal, f: Frequency) -> Option<Decimal> {
    let yearly = mul(payment, Decimal::from(f.per_year())).ok()?;
    div(yearly, Decimal::from(12), "months")
        .ok()
        .map(|m| m.round_dp(2))
}

#[cfg(test)]
mod tests;
