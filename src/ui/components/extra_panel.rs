use super::fields::TextField;
use crate::finance::schedule::ExtraEffect;
use crate::i18n::{Msg, format_date_long, format_money, text};
use crate::simulation::Field;
use crate::ui::locale::{LocaleContext, tr};
use crate::ui::state::SimState;
use leptos::prelude::*;

/// "Pay more than the instalment": a one-off or recurring extra amount that shortens the term or
/// lowers the instalment, with the interest saved against the loan without it.
#[component]
pub fn ExtraPanel() -> impl IntoView {
    let state = SimState::get();
    let locale = LocaleContext::get();
    let (amount, set_amount) = state.text(|i| &i.extra.amount, |i| &mut i.extra.amount);
    let (at, set_at) = state.text(|i| &i.extra.at_payment, |i| &mut i.extra.at_payment);
    let (every, set_every) = state.text(|i| &i.extra.every, |i| &mut i.extra.every);
    let effect_option = move |effect: ExtraEffect, key: &'static str, label: Msg| {
        view! {
            <label class="segment">
                <input type="radio" name="extra-effect" value=key
                    prop:checked=move || state.input.with(|i| i.extra.effect == effect)
                    on:change=move |_| state.input.update(|i| i.extra.effect = effect) />
                <span>{tr(locale, label)}</span>
            </label>
        }
    };
    view! {
        <section class="panel extra" aria-labelledby="extra-title">
            <h2 id="extra-title">{tr(locale, Msg::ExtraTitle)}</h2>
            <div class="panel-fields">
                <TextField id="extra-amount" field=Field::ExtraAmount
                    label=Signal::derive(tr(locale, Msg::ExtraAmountLabel))
                    value=amount on_input=set_amount />
                <TextField id="extra-at" field=Field::ExtraAt
                    label=Signal::derive(tr(locale, Msg::ExtraAtLabel))
                    value=at on_input=set_at inputmode="numeric" />
                <TextField id="extra-every" field=Field::ExtraEvery
                    label=Signal::derive(tr(locale, Msg::ExtraEveryLabel))
                    hint=Signal::derive(tr(locale, Msg::ExtraEveryHint))
                    value=every on_input=set_every inputmode="numeric" />
                <fieldset class="effect">
                    <legend>{tr(locale, Msg::ExtraEffectLegend)}</legend>
                    <div class="segmented">
                        {effect_option(ExtraEffect::ShortenTerm, "shorten_term", Msg::EffectShorten)}
                        {effect_option(ExtraEffect::LowerInstalment, "lower_instalment", Msg::EffectLower)}
                    </div>
                </fieldset>
            </div>
            <div class="panel-result" aria-live="polite" data-testid="extra-result">
                <ExtraResult />
            </div>
        </section>
    }
}

#[component]
fn ExtraResult() -> impl IntoView {
    let state = SimState::get();
    let locale = LocaleContext::get();
    move || {
        let l = locale.get();
        let currency = state
            .product
            .with(|p| p.as_ref().map(|p| p.currency.clone()))
            .unwrap_or_default();
        let money = |v| format_money(v, &currency, l);
        match state.extra_outcome.get() {
            None => view! { <p class="panel-prompt">{text(l, &Msg::ExtraPrompt)}</p> }.into_any(),
            Some(Err(m)) => view! { <p role="alert">{text(l, &m)}</p> }.into_any(),
            Some(Ok(x)) => view! {
                <dl class="facts">
                    <div class="fact"><dt>{text(l, &Msg::NumberOfPayments)}</dt>
                        <dd data-testid="extra-payments">{text(l, &Msg::ExtraPayments { n: x.payments, fewer: x.fewer_payments })}</dd></div>
                    <div class="fact"><dt>{text(l, &Msg::LastPayment)}</dt>
                        <dd>{format_date_long(x.last_payment_date, l)}</dd></div>
                    <div class="fact"><dt>{text(l, &Msg::InstalmentAfter)}</dt>
                        <dd data-testid="instalment-after">{money(x.instalment_after)}</dd></div>
                    <div class="fact fact-strong"><dt>{text(l, &Msg::InterestSaved)}</dt>
                        <dd data-testid="interest-saved">{money(x.interest_saved)}</dd></div>
                </dl>
            }.into_any(),
        }
    }
}
