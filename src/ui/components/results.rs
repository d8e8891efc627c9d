use crate::finance::quote::Quote;
use crate::finance::schedule::Frequency;
use crate::i18n::{Locale, Msg, format_date_long, format_money, format_percent, text};
use crate::simulation::disclosure::{representative_msg, warning_msg};
use crate::ui::locale::{LocaleContext, tr};
use crate::ui::state::SimState;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The answer: the instalment in large type (announced politely to screen readers), then the number
/// of payments, the last date, what the person receives and repays, interest, charges, VAT and the
/// legal rate with its proper name.
#[component]
pub fn Results() -> impl IntoView {
    let state = SimState::get();
    let locale = LocaleContext::get();
    let body = move || {
        let l = locale.get();
        match state.quote.get() {
            Some(Ok(q)) => {
                let currency = state
                    .product
                    .with(|p| p.as_ref().map(|p| p.currency.clone()))
                    .unwrap_or_default();
                let nominal = state
                    .product
                    .with(|p| p.as_ref().map(|p| p.pricing.annual_rate))
                    .unwrap_or_default();
                let frequency = state
                    .loan
                    .with(|c| c.value.as_ref().map(|c| c.frequency))
                    .unwrap_or_default();
                quote_view(&q, frequency, &currency, nominal, l).into_any()
            }
            Some(Err(msg)) => {
                view! { <p class="result-pending" role="alert">{text(l, &msg)}</p> }.into_any()
            }
            None => view! { <p class="result-pending">{text(l, &Msg::FixFieldsToSeeResult)}</p> }
                .into_any(),
        }
    };
    view! {
        <section class="results" aria-labelledby="results-title">
            <h2 id="results-title">{tr(locale, Msg::ResultsTitle)}</h2>
            {body}
        </section>
    }
}

fn quote_view(
    q: &Quote,
    frequency: Frequency,
    currency: &str,
    nominal: Decimal,
    l: Locale,
) -> impl IntoView {
    let money = |v| format_money(v, currency, l);
    let payments = || q.schedule.rows.iter().map(|r| r.payment);
    let varies = match (payments().min(), payments().max()) {
        (Some(a), Some(b)) if a != b => Some(text(
            l,
            &Msg::PaymentsVary {
                min: money(a),
                max: money(b),
            },
        )),
        _ => None,
    };
    let rate = format_percent(q.rate.disclosed(), q.rate.convention.disclosure_places(), l);
    let row = |label: Msg, value: String, id: &'static str| {
        view! { <div class="fact"><dt>{text(l, &label)}</dt><dd data-testid=id>{value}</dd></div> }
    };
    view! {
        <output class="result" aria-live="polite" aria-atomic="true" for="amount term">
            <span class="result-label">{text(l, &Msg::InstalmentLabel(frequency))}</span>
            <span class="result-value" data-testid="instalment">{money(q.instalment)}</span>
            <span class="result-rate" data-testid="legal-rate">
                {format!("{} {rate}", text(l, &Msg::RateLabel(q.rate.convention)))}
            </span>
        </output>
        {varies.map(|v| view! { <p class="result-note">{v}</p> })}
        <dl class="facts">
            {row(Msg::NumberOfPayments, q.payments.to_string(), "payments")}
            {row(Msg::LastPayment, format_date_long(q.last_payment_date, l), "last-payment")}
            {row(Msg::AmountReceived, money(q.schedule.net_disbursed), "received")}
            {row(Msg::TotalToRepay, money(q.totals.paid), "total")}
            {row(Msg::TotalInterest, money(q.totals.interest), "interest")}
            {row(Msg::TotalCharges, money(q.totals.charges), "charges")}
            {row(Msg::TotalVat, money(q.totals.vat), "vat")}
            {row(Msg::NominalRate, format_percent(nominal, 2, l), "nominal-rate")}
            <div class="fact fact-rate">
                <dt>{text(l, &Msg::RateName(q.rate.convention))}</dt>
                <dd data-testid="legal-rate-detail">{format!("{} {rate}", text(l, &Msg::RateLabel(q.rate.convention)))}</dd>
            </div>
        </dl>
    }
}

/// The product's representative example, in the words its jurisdiction requires.
#[component]
pub fn Representative() -> impl IntoView {
    let state = SimState::get();
    let locale = LocaleContext::get();
    let sentence = move || {
        let l = locale.get();
        let product = state.product.get()?;
        Some(match state.representative.get()? {
            Ok(rep) => text(l, &representative_msg(&product, &rep, l)),
            Err(msg) => text(l, &msg),
        })
    };
    let warning = move || {
        let msg = state.product.with(|p| p.as_ref().and_then(warning_msg))?;
        Some(
            view! { <p class="legal-warning" data-testid="legal-warning">{text(locale.get(), &msg)}</p> },
        )
    };
    view! {
        <section class="representative" aria-labelledby="representative-title">
            <h2 id="representative-title">{tr(locale, Msg::RepresentativeTitle)}</h2>
            {warning}
            <p data-testid="representative">{sentence}</p>
        </section>
    }
}
