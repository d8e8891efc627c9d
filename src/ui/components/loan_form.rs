use super::fields::{FieldMessages, RangeField};
use crate::finance::schedule::Frequency;
use crate::i18n::{Msg, SiteMsg, format_date, format_money, text};
use crate::simulation::Field;
use crate::simulation::input::{NO_SEGMENT, input_text};
use crate::simulation::query::{frequency_key, parse_frequency};
use crate::ui::locale::{LocaleContext, tr};
use crate::ui::state::SimState;
use leptos::prelude::*;
use rust_decimal::Decimal;
use std::str::FromStr;

/// The products of the catalogue as a radio group; choosing one loads its defaults.
#[component]
pub fn ProductPicker() -> impl IntoView {
    let state = SimState::get();
    let locale = LocaleContext::get();
    let products = state.catalog.with_value(|c| c.products.clone());
    let choose = move |id: String| {
        let Some(p) = state.catalog.with_value(|c| c.product(&id).cloned()) else {
            return;
        };
        state.link_notices.set(Vec::new());
        state
            .input
            .update(|i| *i = i.with_product(&p, state.typed_in.get_untracked()));
    };
    let messages = Signal::derive(move || state.messages_for(Field::Product));
    view! {
        <fieldset class="product-picker">
            <legend>{tr(locale, Msg::ProductLegend)}</legend>
            <FieldMessages id="product-msg".to_string() messages=messages />
            <div class="product-options">
                {products
                    .into_iter()
                    .map(|p| {
                        let id = p.id.clone();
                        let value = p.id.clone();
                        let checked = move || state.input.with(|i| i.product == id);
                        let name = p.name.clone();
                        let summary = p.summary.clone();
                        view! {
                            <label class="product-option">
                                <input type="radio" name="product" value=value.clone()
                                    prop:checked=checked
                                    on:change=move |_| choose(value.clone()) />
                                <span class="product-name">{move || name.get(locale.get()).to_string()}</span>
                                <span class="product-summary">{move || summary.get(locale.get()).to_string()}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// Amount, number of payments, frequency and first payment date.
#[component]
pub fn LoanForm() -> impl IntoView {
    view! {
        <div class="loan-form">
            <AmountField />
            <TermField />
            <FrequencyPicker />
            <SegmentPicker />
            <FirstPaymentField />
        </div>
    }
}

#[component]
fn AmountField() -> impl IntoView {
    let state = SimState::get();
    let locale = LocaleContext::get();
    let (value, set_value) = state.text(|i| &i.amount, |i| &mut i.amount);
    let currency = move || {
        state
            .product
            .with(|p| p.as_ref().map(|p| p.currency.clone()))
            .unwrap_or_default()
    };
    let limits = move || state.product.with(|p| p.as_ref().map(|p| p.amount));
    let hint = Signal::derive(move || {
        let l = locale.get();
        limits().map_or(String::new(), |a| {
            text(
                l,
                &Msg::RangeHint {
                    min: format_money(a.min, &currency(), l),
                    max: format_money(a.max, &currency(), l),
                },
            )
        })
    });
    let bounds = Signal::derive(move || {
        limits().map_or_else(Default::default, |a| {
            (a.min.to_string(), a.max.to_string(), a.step.to_string())
        })
    });
    let in_use = Signal::derive(move || state.loan.with(|l| l.value.as_ref().map(|c| c.principal)));
    view! {
        <RangeField
            id="amount"
            field=Field::Amount
            label=Signal::derive(tr(locale, Msg::AmountLabel))
            hint=hint
            value=value
            on_input=set_value
            bounds=bounds
            in_use=Signal::derive(move || in_use.get().map(|v| v.to_string()))
            in_use_text=Signal::derive(move || in_use.get().map(|v| format_money(v, &currency(), locale.get())).unwrap_or_default())
            on_slide=Callback::new(move |v: String| {
                if let Ok(d) = Decimal::from_str(&v) {
                    set_value.run(input_text(d, state.typed_in.get_untracked()));
                }
            })
        />
    }
}

#[component]
fn TermField() -> impl IntoView {
    let state = SimState::get();
    let locale = LocaleContext::get();
    let (value, set_value) = state.text(|i| &i.term, |i| &mut i.term);
    let option = move || {
        let f = state.input.with(|i| i.frequency);
        state
            .product
            .with(|p| p.as_ref().and_then(|p| p.term_option(f).copied()))
    };
    let label = Signal::derive(move || {
        text(
            locale.get(),
            &Msg::TermLabel(state.input.with(|i| i.frequency)),
        )
    });
    let hint = Signal::derive(move || {
        option().map_or(String::new(), |o| {
            text(
                locale.get(),
                &Msg::RangeHint {
                    min: o.min_payments.to_string(),
                    max: o.max_payments.to_string(),
                },
            )
        })
    });
    let bounds = Signal::derive(move || {
        option().map_or_else(Default::default, |o| {
            (
                o.min_payments.to_string(),
                o.max_payments.to_string(),
                "1".to_string(),
            )
        })
    });
    let in_use = Signal::derive(move || {
        state
            .loan
            .with(|l| l.value.as_ref().map(|c| c.payments.to_string()))
    });
    view! {
        <RangeField
            id="term"
            field=Field::Term
            label=label
            hint=hint
            value=value
            on_input=set_value
            bounds=bounds
            in_use=in_use
            in_use_text=Signal::derive(move || in_use.get().unwrap_or_default())
            on_slide=Callback::new(move |v: String| set_value.run(v))
            inputmode="numeric"
        />
    }
}

#[component]
fn FrequencyPicker() -> impl IntoView {
    let state = SimState::get();
    let locale = LocaleContext::get();
    let offered = move || -> Vec<Frequency> {
        state.product.with(|p| {
            p.as_ref()
                .map(|p| p.terms.iter().map(|t| t.frequency).collect())
                .unwrap_or_default()
        })
    };
    let choose = move |key: String| {
        let (Some(f), Some(p)) = (parse_frequency(&key), state.product.get_untracked()) else {
            return;
        };
        state
            .input
            .update(|i| *i = i.with_frequency(&p, f, state.typed_in.get_untracked()));
    };
    let messages = Signal::derive(move || state.messages_for(Field::Frequency));
    view! {
        <fieldset class="frequency-picker" class:single=move || offered().len() < 2>
            <legend>{tr(locale, Msg::FrequencyLegend)}</legend>
            <div class="segmented">
                {move || offered()
                    .into_iter()
                    .map(|f| {
                        let key = frequency_key(f);
                        view! {
                            <label class="segment">
                                <input type="radio" name="frequency" value=key
                                    prop:checked=move || state.input.with(|i| i.frequency == f)
                                    on:change=move |_| choose(key.to_string()) />
                                <span>{move || text(locale.get(), &Msg::FrequencyName(f))}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            <FieldMessages id="frequency-msg".to_string() messages=messages />
        </fieldset>
    }
}

/// The customer segments the product prices differently (e.g. payroll customers), when it has any:
/// choosing one applies its rate tier.
#[component]
fn SegmentPicker() -> impl IntoView {
    let state = SimState::get();
    let locale = LocaleContext::get();
    let segments = move || {
        state
            .product
            .with(|p| p.as_ref().map(|p| p.segments.clone()))
            .unwrap_or_default()
    };
    let choose = move |id: String| state.input.update(|i| i.segment = id);
    let messages = Signal::derive(move || state.messages_for(Field::Segment));
    move || {
        let list = segments();
        (!list.is_empty()).then(|| {
            let option = move |id: String, name: Signal<String>| {
                let value = id.clone();
                view! {
                    <label class="segment">
                        <input type="radio" name="customer-segment" value=value.clone()
                            prop:checked=move || state.input.with(|i| shown_segment(&i.segment) == id)
                            on:change=move |_| choose(value.clone()) />
                        <span>{name}</span>
                    </label>
                }
            };
            view! {
                <fieldset class="segment-picker">
                    <legend>{tr(locale, Msg::Site(SiteMsg::SegmentLegend))}</legend>
                    <div class="segmented">
                        {option(NO_SEGMENT.to_string(), Signal::derive(tr(locale, Msg::Site(SiteMsg::SegmentNone))))}
                        {list
                            .into_iter()
                            .map(|s| {
                                let name = s.name.clone();
                                option(s.id, Signal::derive(move || name.get(locale.get()).to_string()))
                            })
                            .collect_view()}
                    </div>
                    <FieldMessages id="segment-msg".to_string() messages=messages />
                </fieldset>
            }
        })
    }
}

/// The radio a segment value checks: not chosen and "none" both show "General".
fn shown_segment(segment: &str) -> &str {
    if segment.is_empty() {
        NO_SEGMENT
    } else {
        segment
    }
}

#[component]
fn FirstPaymentField() -> impl IntoView {
    let state = SimState::get();
    let locale = LocaleContext::get();
    let (value, set_value) = state.text(|i| &i.first_payment, |i| &mut i.first_payment);
    let default_date = move || {
        let f = state.input.with(|i| i.frequency);
        crate::finance::schedule::calendar::regular_first_payment(state.today, f).ok()
    };
    let hint = Signal::derive(move || {
        default_date().map_or(String::new(), |d| {
            text(
                locale.get(),
                &Msg::FirstPaymentHint(format_date(d, locale.get())),
            )
        })
    });
    let min = state
        .today
        .add_days(1)
        .map(|d| d.to_string())
        .unwrap_or_default();
    let max = move || {
        let f = state.input.with(|i| i.frequency);
        crate::simulation::loan::latest_first_payment(state.today, f)
            .map(|d| d.to_string())
            .unwrap_or_default()
    };
    view! {
        <DateInput value=value on_input=set_value hint=hint min=min max=Signal::derive(max)
            label=Signal::derive(tr(locale, Msg::FirstPaymentLabel)) />
    }
}

/// A labelled native date input (the browser shows it in the person's locale and gives ISO text).
#[component]
fn DateInput(
    value: Signal<String>,
    on_input: Callback<String>,
    hint: Signal<String>,
    label: Signal<String>,
    min: String,
    max: Signal<String>,
) -> impl IntoView {
    let state = SimState::get();
    let messages = Signal::derive(move || state.messages_for(Field::FirstPayment));
    let invalid = move || !messages.with(Vec::is_empty);
    view! {
        <div class="field" class:field-invalid=invalid class:field-empty=move || value.with(String::is_empty)>
            <label for="first-payment">{label}</label>
            <p class="field-hint" id="first-payment-hint">{hint}</p>
            <input id="first-payment" name="first-payment" type="date" min=min max=max
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
                aria-invalid=move || if invalid() { "true" } else { "false" }
                aria-describedby="first-payment-hint first-payment-msg" />
            <FieldMessages id="first-payment-msg".to_string() messages=messages />
        </div>
    }
}
