use super::NumberField;
use crate::i18n::{Msg, format_money, text};
use crate::simulation::{Field, QuickOutcome, QuickSimulation};
use crate::ui::locale::{LocaleContext, tr};
use leptos::prelude::*;

/// The quick simulation: amount, term and rate in; the monthly payment out, recomputed on every
/// keystroke and announced politely to screen readers.
#[component]
pub fn QuickSimulator() -> impl IntoView {
    let locale = LocaleContext::get();
    let example = QuickSimulation::example();
    let amount = RwSignal::new(example.amount);
    let months = RwSignal::new(example.months);
    let rate = RwSignal::new(example.annual_rate_percent);
    let outcome = Memo::new(move |_| {
        QuickSimulation {
            amount: amount.get(),
            months: months.get(),
            annual_rate_percent: rate.get(),
        }
        .evaluate(locale.get())
    });
    let error_for = move |field: Field| {
        Signal::derive(move || match outcome.get() {
            QuickOutcome::Invalid(errors) => errors
                .iter()
                .find(|e| e.field == field)
                .map(|e| text(locale.get(), &e.message)),
            QuickOutcome::Quote { .. } => None,
        })
    };
    view! {
        <section class="quick" aria-labelledby="quick-title">
            <h1 id="quick-title">{tr(locale, Msg::QuickTitle)}</h1>
            <form class="quick-form" on:submit=|ev| ev.prevent_default()>
                <NumberField id="amount" label=tr(locale, Msg::AmountLabel) value=amount
                    error=error_for(Field::Amount) inputmode="decimal" />
                <NumberField id="months" label=tr(locale, Msg::TermMonthsLabel) value=months
                    error=error_for(Field::Months) inputmode="numeric" />
                <NumberField id="rate" label=tr(locale, Msg::AnnualRateLabel) value=rate
                    error=error_for(Field::AnnualRate) inputmode="decimal" />
            </form>
            <QuickResult outcome=outcome />
        </section>
    }
}

/// The result panel: the instalment in large type with the number of payments and the total, or a
/// prompt to correct the fields.
#[component]
fn QuickResult(
    /// The evaluated simulation.
    outcome: Memo<QuickOutcome>,
) -> impl IntoView {
    let locale = LocaleContext::get();
    let body = move || {
        let l = locale.get();
        let currency = l.default_currency();
        match outcome.get() {
            QuickOutcome::Quote { instalment, payments, total } => view! {
                <p class="result-label">{text(l, &Msg::MonthlyInstalment)}</p>
                <p class="result-value" data-testid="instalment">{format_money(instalment, currency, l)}</p>
                <p class="result-summary">
                    {text(l, &Msg::PaymentsSummary { n: payments, total: format_money(total, currency, l) })}
                </p>
            }
            .into_any(),
            QuickOutcome::Invalid(_) => view! {
                <p class="result-pending">{text(l, &Msg::FixFieldsToSeeResult)}</p>
            }
            .into_any(),
        }
    };
    view! {
        <output class="result" aria-live="polite" aria-atomic="true" for="amount months rate">
            {body}
        </output>
    }
}
