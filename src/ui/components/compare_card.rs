use crate::finance::num::add;
use crate::finance::schedule::Frequency;
use crate::i18n::{Locale, Msg, SiteMsg, format_money, format_percent, text};
use crate::simulation::compare::Row;
use crate::ui::locale::LocaleContext;
use leptos::prelude::*;

/// One product of the comparison: whether the person can have it and why not, and when it could be
/// quoted, its instalment, payments, total, cost, legal rate and charges, with a link to simulate
/// exactly this loan. The best one carries a visible, announced mark.
#[component]
pub fn CompareCard(
    /// The product's answer.
    row: Row,
    /// The link to the simulator with this loan, when it could be quoted.
    simulate: Option<String>,
) -> impl IntoView {
    let locale = LocaleContext::get();
    let row = StoredValue::new(row);
    let id = row.with_value(|r| r.product.id.clone());
    let best = row.with_value(|r| r.best);
    let eligible = row.with_value(Row::eligible);
    let body = move || {
        let l = locale.get();
        row.with_value(|r| {
            let name = r.product.name.get(l).to_string();
            let facts = facts(r, l);
            let reasons = r.reasons.iter().map(|m| view! { <li>{text(l, m)}</li> }).collect_view();
            let verdict = if r.eligible() { SiteMsg::Eligible } else { SiteMsg::NotEligible };
            let link = simulate.clone().map(|href| {
                view! { <a class="button" href=href>{text(l, &Msg::Site(SiteMsg::SimulateThis(name.clone())))}</a> }
            });
            view! {
                <h2 class="compare-name">{name.clone()}</h2>
                {r.best.then(|| view! {
                    <p class="best-mark" data-testid="best">
                        <strong>{text(l, &Msg::Site(SiteMsg::BestForYou))}</strong>
                        " "<span>{text(l, &Msg::Site(SiteMsg::BestWhy))}</span>
                    </p>
                })}
                <p class="compare-verdict" data-testid="compare-verdict">{text(l, &Msg::Site(verdict))}</p>
                {facts}
                <ul class="compare-reasons">{reasons}</ul>
                {link}
            }
        })
    };
    view! {
        <li class="compare-card" class:best=best class:ineligible=!eligible
            data-testid="compare-row" data-product=id>
            {body}
        </li>
    }
}

/// The figures of a quoted row: instalment (and about how much a month when not monthly),
/// payments, total, cost of credit, legal rate and charges; nothing when it could not be quoted.
fn facts(r: &Row, l: Locale) -> Option<impl IntoView + use<>> {
    let (q, c) = r.quote.as_ref()?.as_ref().ok().zip(r.choice.as_ref())?;
    let money = |v| format_money(v, &r.product.currency, l);
    let per_month = r.per_month.filter(|_| c.frequency != Frequency::Monthly).map(|m| {
        view! { <span class="per-month">{text(l, &Msg::Site(SiteMsg::PerMonth(money(m))))}</span> }
    });
    let convention = q.rate.convention;
    let legal = format_percent(q.rate.disclosed(), convention.disclosure_places(), l);
    let rate = format!("{} {legal}", text(l, &Msg::RateLabel(convention)));
    let charges = add(q.totals.charges, q.totals.vat).unwrap_or(q.totals.charges);
    let payments = text(
        l,
        &Msg::Site(SiteMsg::PaymentsCount(c.payments, c.frequency)),
    );
    Some(view! {
        <dl class="compare-facts">
            <div><dt>{text(l, &Msg::InstalmentLabel(c.frequency))}</dt>
                <dd data-testid="compare-instalment">{money(q.instalment)} {per_month}</dd></div>
            <div><dt>{text(l, &Msg::NumberOfPayments)}</dt><dd>{payments}</dd></div>
            <div><dt>{text(l, &Msg::TotalToRepay)}</dt><dd>{money(q.totals.paid)}</dd></div>
            <div><dt>{text(l, &Msg::Site(SiteMsg::CostOfCredit))}</dt>
                <dd data-testid="compare-cost">{money(q.totals.cost_of_credit)}</dd></div>
            <div><dt>{text(l, &Msg::RateName(convention))}</dt><dd data-testid="compare-rate">{rate}</dd></div>
            <div><dt>{text(l, &Msg::Site(SiteMsg::Charges))}</dt><dd>{money(charges)}</dd></div>
        </dl>
    })
}
