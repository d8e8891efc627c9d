use super::fields::{FieldMessages, TextField};
use super::lead_status::{LeadStatus, Submitted};
use super::lead_submit::{FormState, submit};
use crate::i18n::Msg;
use crate::leads::config::LeadsConfig;
use crate::leads::consent::ConsentChoice;
use crate::leads::contact::{ContactInput, ContactTime};
use crate::simulation::{Field, FieldMessage};
use crate::ui::browser::now_ms;
use crate::ui::locale::{LocaleContext, tr};
use crate::ui::outbox::OutboxContext;
use crate::ui::state::SimState;
use leptos::prelude::*;

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
    let form = FormState {
        input,
        consent,
        honeypot,
        errors,
        submitted,
        opened_at,
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submit(form, state, config, outbox, locale.get_untracked());
    };
    let (name, set_name) = field(|i| &i.name, |i| &mut i.name);
    let (phone, set_phone) = field(|i| &i.phone, |i| &mut i.phone);
    let (email, set_email) = field(|i| &i.email, |i| &mut i.email);
    let (age, set_age) = field(|i| &i.age, |i| &mut i.age);
    let label = move |m: Msg| Signal::derive(tr(locale, m));
    let notice = crate::ui::SiteLender::get().privacy_notice;
    let privacy_url = move || notice.url.get(locale.get()).to_string();
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
