//! Sending the lead form: the anti-spam check, the contact and consent rules, building the lead
//! from the simulation, and storing it in the outbox (see [`crate::leads`]); the component only
//! calls [`submit`].

use super::lead_status::Submitted;
use crate::i18n::{Locale, Msg};
use crate::leads::attribution::attribution;
use crate::leads::config::LeadsConfig;
use crate::leads::consent::{ConsentChoice, record};
use crate::leads::contact::{Contact, ContactInput, check_contact};
use crate::leads::lead::Lead;
use crate::leads::outbox::Entry;
use crate::leads::spam::looks_automated;
use crate::leads::submit::{Decision, Submission, build_lead, decide};
use crate::simulation::{Field, FieldMessage};
use crate::ui::browser;
use crate::ui::browser::now_ms;
use crate::ui::outbox::OutboxContext;
use crate::ui::state::SimState;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The form's signals.
#[derive(Clone, Copy)]
pub struct FormState {
    /// The fields as typed.
    pub input: RwSignal<ContactInput>,
    /// The consent boxes.
    pub consent: RwSignal<ConsentChoice>,
    /// The hidden field.
    pub honeypot: RwSignal<String>,
    /// Problems to show beside the fields.
    pub errors: RwSignal<Vec<FieldMessage>>,
    /// What became of the last submission.
    pub submitted: RwSignal<Option<Submitted>>,
    /// When the form was shown (milliseconds since the epoch).
    pub opened_at: i64,
}

/// Handles a submission of form `f` for the simulation in `state`.
pub fn submit(
    f: FormState,
    state: SimState,
    config: StoredValue<LeadsConfig>,
    outbox: OutboxContext,
    l: Locale,
) {
    let elapsed = (now_ms() - f.opened_at) as f64;
    if looks_automated(&f.honeypot.get_untracked(), elapsed) {
        f.submitted.set(Some(Submitted::Ignored));
        f.input.set(ContactInput::default());
        return;
    }
    let Some((contact, choice)) = checked(f, l) else {
        return;
    };
    let (Some(product), Some(loan), Some(Ok(quote))) = (
        state.product.get_untracked(),
        state.loan.with_untracked(|c| c.value.clone()),
        state.quote.get_untracked(),
    ) else {
        f.submitted.set(Some(Submitted::NoSimulation));
        return;
    };
    let random = match browser::random_bytes() {
        Ok(r) => r,
        Err(e) => return f.submitted.set(Some(Submitted::StorageFailed(e))),
    };
    let now = browser::now_rfc3339();
    let notice = crate::ui::SiteLender::get().privacy_notice;
    // `checked` returned only with the contact box ticked, so there is a record.
    let Some(consent) = record(choice, l, &notice, &now) else {
        return;
    };
    let household = state.household.with_untracked(|h| h.value).flatten();
    let assessment = state.verdict.get_untracked().and_then(Result::ok);
    let lead = build_lead(Submission {
        product: &product,
        choice: &loan,
        quote: &quote,
        contact,
        consent,
        household: household.as_ref(),
        assessment: assessment.as_ref(),
        attribution: page_attribution(),
        locale: l,
        link: state.link.get_untracked(),
        now,
        random,
    });
    match config.with_value(|c| decide(&lead, c, now_ms())) {
        Err(e) => f
            .submitted
            .set(Some(Submitted::StorageFailed(e.to_string()))),
        Ok(Decision::Advise(q)) => f
            .submitted
            .set(Some(Submitted::Advised(q, product.currency))),
        Ok(Decision::Send(entries)) => store(f, outbox, &lead, entries),
    }
}

/// The contact details and consent if they pass the rules; otherwise shows every problem beside
/// its field (keeping what was typed) and returns `None`.
fn checked(f: FormState, l: Locale) -> Option<(Contact, ConsentChoice)> {
    let contact = check_contact(&f.input.get_untracked(), l);
    let choice = f.consent.get_untracked();
    let mut problems = contact.as_ref().err().cloned().unwrap_or_default();
    if !choice.contact {
        problems.push(FieldMessage::error(
            Field::LeadConsent,
            Msg::ErrConsentRequired,
        ));
    }
    f.errors.set(problems);
    match (contact, choice.contact) {
        (Ok(c), true) => Some((c, choice)),
        _ => None,
    }
}

/// Stores `entries` in the outbox (which starts delivering), then clears the form; the status
/// follows the outbox.
fn store(f: FormState, outbox: OutboxContext, lead: &Lead, entries: Vec<Entry>) {
    let export = match serde_json::to_string(lead) {
        Ok(json) => json,
        Err(e) => {
            return f
                .submitted
                .set(Some(Submitted::StorageFailed(e.to_string())));
        }
    };
    f.submitted.set(Some(Submitted::Saving));
    spawn_local(async move {
        let ids: Vec<String> = entries.iter().map(|e| e.id.clone()).collect();
        for entry in entries {
            if let Err(e) = outbox.submit(entry).await {
                f.submitted.set(Some(Submitted::StorageFailed(e)));
                return;
            }
        }
        f.submitted.set(Some(Submitted::Stored { ids, export }));
        f.input.set(ContactInput::default());
        f.consent.set(ConsentChoice::default());
    });
}

/// Where the person came from: the page's query and referrer, and the campaign whose page this is
/// when the link did not name one.
fn page_attribution() -> crate::leads::attribution::Attribution {
    let mut a = attribution(&browser::location_search(), &browser::referrer());
    if a.campaign.is_none() {
        a.campaign = use_context::<crate::ui::CampaignId>().map(|c| c.0);
    }
    a
}
