use super::fields::TextField;
use crate::finance::affordability::{Reason, Verdict};
use crate::i18n::{Msg, format_money, format_percent, text};
use crate::simulation::Field;
use crate::simulation::afford::reason_msg;
use crate::simulation::input::input_text;
use crate::ui::locale::{LocaleContext, tr};
use crate::ui::state::SimState;
use leptos::prelude::*;

/// "Can I afford it?": monthly income, expenses and debts in; the largest instalment and amount the
/// product allows for this term, the debt-to-income ratio and a verdict with reasons out, with a
/// one-tap "use this amount".
#[component]
pub fn AffordabilityPanel() -> impl IntoView {
    let state = SimState::get();
    let locale = LocaleContext::get();
    let (income, set_income) = state.text(|i| &i.household.income, |i| &mut i.household.income);
    let (expenses, set_expenses) =
        state.text(|i| &i.household.expenses, |i| &mut i.household.expenses);
    let (debts, set_debts) = state.text(|i| &i.household.debts, |i| &mut i.household.debts);
    view! {
        <section class="panel afford" aria-labelledby="afford-title">
            <h2 id="afford-title">{tr(locale, Msg::AffordTitle)}</h2>
            <div class="panel-fields">
                <TextField id="income" field=Field::Income label=Signal::derive(tr(locale, Msg::IncomeLabel))
                    value=income on_input=set_income />
                <TextField id="expenses" field=Field::Expenses label=Signal::derive(tr(locale, Msg::ExpensesLabel))
                    value=expenses on_input=set_expenses />
                <TextField id="debts" field=Field::Debts label=Signal::derive(tr(locale, Msg::DebtsLabel))
                    value=debts on_input=set_debts />
            </div>
            <div class="panel-result" aria-live="polite" data-testid="afford-result">
                <AffordabilityResult />
            </div>
        </section>
    }
}

#[component]
fn AffordabilityResult() -> impl IntoView {
    let state = SimState::get();
    let locale = LocaleContext::get();
    move || {
        let l = locale.get();
        let currency = state
            .product
            .with(|p| p.as_ref().map(|p| p.currency.clone()))
            .unwrap_or_default();
        let money = |v| format_money(v, &currency, l);
        let frequency = state
            .loan
            .with(|c| c.value.as_ref().map(|c| c.frequency))
            .unwrap_or_default();
        let capacity = match state.capacity.get() {
            None => {
                return view! { <p class="panel-prompt">{text(l, &Msg::AffordPrompt)}</p> }
                    .into_any();
            }
            Some(Err(m)) => return view! { <p role="alert">{text(l, &m)}</p> }.into_any(),
            Some(Ok(c)) => c,
        };
        let min = state
            .product
            .with(|p| p.as_ref().map(|p| p.amount.min))
            .unwrap_or_default();
        let use_amount = match capacity.usable_amount {
            Some(a) => {
                let label = text(l, &Msg::UseThisAmount(money(a)));
                view! {
                    <button type="button" class="button" on:click=move |_| {
                        let t = input_text(a, state.typed_in.get_untracked());
                        state.input.update(|i| i.amount = t.clone());
                    }>{label}</button>
                }
                .into_any()
            }
            None => view! { <p>{text(l, &Msg::BelowProductMin(money(min)))}</p> }.into_any(),
        };
        let verdict = state.verdict.get().map(|v| match v {
            Ok(a) => {
                let dti = a.dti.map(|d| format_percent(d, 1, l)).unwrap_or_else(|| "—".into());
                let (class, head) = match a.verdict {
                    Verdict::Affordable => ("verdict ok", Msg::VerdictAffordable),
                    Verdict::NotAffordable => ("verdict no", Msg::VerdictNotAffordable),
                };
                let reasons = a.reasons.iter().map(|r| view! { <li>{reason_text(r, &currency, l)}</li> }).collect_view();
                view! {
                    <dl class="facts"><div class="fact"><dt>{text(l, &Msg::Dti)}</dt><dd data-testid="dti">{dti}</dd></div></dl>
                    <p class=class data-testid="verdict">{text(l, &head)}</p>
                    <ul class="reasons">{reasons}</ul>
                }.into_any()
            }
            Err(m) => view! { <p role="alert">{text(l, &m)}</p> }.into_any(),
        });
        view! {
            <dl class="facts">
                <div class="fact"><dt>{text(l, &Msg::MaxInstalment(frequency))}</dt>
                    <dd data-testid="max-instalment">{money(capacity.max_instalment)}</dd></div>
                <div class="fact"><dt>{text(l, &Msg::MaxAmount)}</dt>
                    <dd data-testid="max-amount">{money(capacity.max_amount)}</dd></div>
            </dl>
            {verdict}
            {use_amount}
        }
        .into_any()
    }
}

fn reason_text(r: &Reason, currency: &str, l: crate::i18n::Locale) -> String {
    text(l, &reason_msg(r, currency, l))
}
