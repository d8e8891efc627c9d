use super::fields::{FieldMessages, TextField};
use super::lead_status::{LeadStatus, Submitted};
use crate::i18n::Msg;
use crate::leads::attribution::attribution;
use crate::leads::config::LeadsConfig;
use crate::leads::consent::{ConsentChoice, record};
use crate::leads::contact::{ContactInput, ContactTime, check_contact};
use crate::leads::spam::looks_automated;
use crate::leads::submit::{Decision, Submission, build_lead, decide};
use crate::simulation::{Field, FieldMessage};
use crate::ui::browser;
use crate::ui::locale::{LocaleContext, tr};
use crate::ui::outbox::{OutboxContext, now_ms};
use crate::ui::state::SimState;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The lead form: contact fields, the consent boxes (never pre-ticked) with the privacy notice, a
/// hidden honeypot, and the honest status of what was sent. Nothing typed is lost on an error; a
/// stored lead clears the form (a promoter's tablet keeps no one's details on screen).
#[component]
pub fn LeadForm(
    /// The validated leads configuration.
    config: LeadsConfig,
) -> impl IntoView {
    let state = SimState::get();
    let locale = LocaleContext::get();
    let outbox = OutboxContext::get();
    let config = StoredValue::new(config);
    let opened_at = now_ms();
    let input = RwSignal::new(ContactInput::default());
    let consent = RwSignal::new(ConsentChoice::default());
    let honeypot = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldMessage>::new());
    let submitted = RwSignal::new(None::<Submitted>);
    let field = |get: fn(&ContactInput) -> &String, set: fn(&mut ContactInput) -> &mut String| {
        let read = Signal::derive(move || input.with(|i| get(i).clone()));
        (read, Callback::new(move |v| input.update(|i| *set(i) = v)))
    };
    let messages = move |f: Field| {
        Signal::derive(move || {
            errors.with(|e| e.iter().filter(|m| m.field == f).cloned().collect())
        })
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let l = locale.get_untracked();
        if looks_automated(
            &honeypot.get_untracked(),
            now_ms() as f64 - opened_at as f64,
        ) {
            submitted.set(Some(Submitted::Ignored));
            input.set(ContactInput::default());
            return;
        }
        let contact = check_contact(&input.get_untracked(), l);
        let choice = consent.get_untracked();
        let mut problems = contact.as_ref().err().cloned().unwrap_or_default();
        if !choice.contact {
            problems.push(FieldMessage::error(
                Field::LeadConsent,
                Msg::ErrConsentRequired,
            ));
        }
        errors.set(problems);
        let (Ok(contact), true) = (contact, choice.contact) else {
            return;
        };
        let (Some(product), Some(choice_loan), Some(Ok(quote))) = (
            state.product.get_untracked(),
            state.loan.with_untracked(|c| c.value.clone()),
            state.quote.get_untracked(),
        ) else {
            submitted.set(Some(Submitted::NoSimulation));
            return;
        };
        let random = match browser::random_bytes() {
            Ok(r) => r,
            Err(e) => return submitted.set(Some(Submitted::StorageFailed(e))),
        };
        let now = browser::now_rfc3339();
        let notice = config.with_value(|c| c.privacy_notice.clone());
        let Some(consent_record) = record(choice, l, &notice, &now) else {
            return;
        };
        let household = state.household.with_untracked(|h| h.value).flatten();
        let assessment = state.verdict.get_untracked().and_then(Result::ok);
        let lead = build_lead(Submission {
            product: &product,
            choice: &choice_loan,
            quote: &quote,
            contact,
            consent: consent_record,
            household: household.as_ref(),
            assessment: assessment.as_ref(),
            attribution: attribution(&browser::location_search(), &browser::referrer()),
            locale: l,
            link: state.link.get_untracked(),
            now,
            random,
        });
        let decision = config.with_value(|c| decide(&lead, c, now_ms()));
        match decision {
            Err(e) => submitted.set(Some(Submitted::StorageFailed(e.to_string()))),
            Ok(Decision::Advise(q)) => {
                submitted.set(Some(Submitted::Advised(q, product.currency.clone())))
            }
            Ok(Decision::Send(entries)) => {
                submitted.set(Some(Submitted::Saving));
                spawn_local(async move {
                    let ids: Vec<String> = entries.iter().map(|e| e.id.clone()).collect();
                    let export = serde_json::to_string_pretty(&lead).unwrap_or_default();
                    for entry in entries {
                        if let Err(e) = outbox.submit(entry).await {
                            submitted.set(Some(Submitted::StorageFailed(e)));
                            return;
                        }
                    }
                    submitted.set(Some(Submitted::Stored { ids, export }));
                    input.set(ContactInput::default());
                    consent.set(ConsentChoice::default());
                });
            }
        }
    };
    let (name, set_name) = field(|i| &i.name, |i| &mut i.name);
    let (phone, set_phone) = field(|i| &i.phone, |i| &mut i.phone);
    let (email, set_email) = field(|i| &i.email, |i| &mut i.email);
    let (age, set_age) = field(|i| &i.age, |i| &mut i.age);
    let label = move |m: Msg| Signal::derive(tr(locale, m));
    let privacy_url =
        move || config.with_value(|c| c.privacy_notice.url.get(locale.get()).to_string());
    view! {
        <form class="lead-form" novalidate on:submit=on_submit>
            <div class="panel-fields">
                <TextField id="lead-name" field=Field::LeadName label=label(Msg::NameLabel) value=name
                    on_input=set_name inputmode="text" autocomplete="name" messages=messages(Field::LeadName) />
                <TextField id="lead-phone" field=Field::LeadPhone label=label(Msg::PhoneLabel)
                    hint=label(Msg::ContactHint) value=phone on_input=set_phone inputmode="tel"
                    autocomplete="tel" kind="tel" messages=messages(Field::LeadPhone) />
                <TextField id="lead-email" field=Field::LeadEmail label=label(Msg::EmailLabel) value=email
                    on_input=set_email inputmode="email" autocomplete="email" kind="email"
                    messages=messages(Field::LeadEmail) />
                <div class="field">
                    <label for="lead-time">{tr(locale, Msg::ContactTimeLabel)}</label>
                    <select id="lead-time" name="lead-time"
                        on:change=move |ev| {
                            let t = ContactTime::from_key(&event_target_value(&ev));
                            input.update(|i| i.contact_time = t);
                        }>
                        {ContactTime::ALL.into_iter().map(|t| view! {
                            <option value=t.key() selected=move || input.with(|i| i.contact_time == t)>
                                {tr(locale, Msg::ContactTimeOption(t))}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
                <TextField id="lead-age" field=Field::LeadAge label=label(Msg::AgeLabel) value=age
                    on_input=set_age inputmode="numeric" messages=messages(Field::LeadAge) />
            </div>
            <div class="field">
                <label for="lead-message">{tr(locale, Msg::MessageLabel)}</label>
                <textarea id="lead-message" name="lead-message" rows="3"
                    aria-describedby="lead-message-msg"
                    prop:value=move || input.with(|i| i.message.clone())
                    on:input=move |ev| input.update(|i| i.message = event_target_value(&ev))></textarea>
                <FieldMessages id="lead-message-msg".to_string() messages=messages(Field::LeadMessage) />
            </div>
            <div class="honeypot" aria-hidden="true">
                <label for="lead-website">{tr(locale, Msg::HoneypotLabel)}</label>
                <input id="lead-website" name="website" type="text" tabindex="-1" autocomplete="off"
                    prop:value=move || honeypot.get()
                    on:input=move |ev| honeypot.set(event_target_value(&ev)) />
            </div>
            <fieldset class="consent">
                <label class="check">
                    <input type="checkbox" name="consent-contact" aria-describedby="lead-consent-msg"
                        prop:checked=move || consent.with(|c| c.contact)
                        on:change=move |ev| consent.update(|c| c.contact = event_target_checked(&ev)) />
                    <span>{tr(locale, Msg::ConsentContact)}</span>
                </label>
                <FieldMessages id="lead-consent-msg".to_string() messages=messages(Field::LeadConsent) />
                <label class="check">
                    <input type="checkbox" name="consent-marketing"
                        prop:checked=move || consent.with(|c| c.marketing)
                        on:change=move |ev| consent.update(|c| c.marketing = event_target_checked(&ev)) />
                    <span>{tr(locale, Msg::ConsentMarketing)}</span>
                </label>
                <p class="consent-privacy">
                    {tr(locale, Msg::ConsentPrivacy)}" "
                    <a href=privacy_url target="_blank" rel="noopener">{tr(locale, Msg::PrivacyLink)}</a>
                </p>
            </fieldset>
            <button type="submit" class="button">{tr(locale, Msg::SendLead)}</button>
            <div class="lead-status" role="status" aria-live="polite" data-testid="lead-status">
                {move || submitted.get().map(|s| view! { <LeadStatus submitted=s /> })}
            </div>
        </form>
    }
}
