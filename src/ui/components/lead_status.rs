use crate::i18n::{Msg, text};
use crate::leads::outbox::Status;
use crate::leads::qualify::{Qualification, reason_msgs};
use crate::ui::browser;
use crate::ui::locale::{LocaleContext, tr};
use crate::ui::outbox::OutboxContext;
use leptos::prelude::*;

/// What became of the last submission.
#[derive(Debug, Clone, PartialEq)]
pub enum Submitted {
    /// Being stored.
    Saving,
    /// Stored in the outbox as these entries (one per endpoint); `export` is the lead's JSON.
    Stored {
        /// Outbox entry ids.
        ids: Vec<String>,
        /// The lead, for download if it fails.
        export: String,
    },
    /// Looked automated: answered as if sent, nothing stored.
    Ignored,
    /// Not qualified and not taken: advice with the reasons (amounts in this currency).
    Advised(Qualification, String),
    /// There is no valid simulation to send.
    NoSimulation,
    /// Could not be stored: nothing was sent.
    StorageFailed(String),
}

/// The honest status of a submission: sent, queued (it will go when online), failed (with what to
/// do and the lead to download), or advice when the loan does not qualify.
#[component]
pub fn LeadStatus(
    /// The submission.
    submitted: Submitted,
) -> impl IntoView {
    let locale = LocaleContext::get();
    let outbox = OutboxContext::get();
    match submitted {
        Submitted::Saving => view! { <p>{tr(locale, Msg::LeadSaving)}</p> }.into_any(),
        Submitted::Ignored => view! { <p class="lead-sent">{tr(locale, Msg::LeadSent)}</p> }.into_any(),
        Submitted::NoSimulation => {
            view! { <p role="alert">{tr(locale, Msg::FixFieldsToSeeResult)}</p> }.into_any()
        }
        Submitted::StorageFailed(detail) => {
            view! { <p role="alert">{tr(locale, Msg::LeadStorageFailed(detail))}</p> }.into_any()
        }
        Submitted::Advised(q, currency) => view! {
            <div class="lead-advice">
                <p>{tr(locale, Msg::LeadNotSent)}</p>
                <ul>{move || {
                    let l = locale.get();
                    reason_msgs(&q, &currency, l).iter().map(|m| view! { <li>{text(l, m)}</li> }).collect_view()
                }}</ul>
                <p>{tr(locale, Msg::LeadAdvice)}</p>
            </div>
        }
        .into_any(),
        Submitted::Stored { ids, export } => {
            let status = move || Status::combined(&outbox.0.with(|m| ids.iter().map(|id| m.get(id).cloned()).collect::<Vec<_>>()));
            let href = browser::json_data_url(&export);
            view! {
                {move || match status() {
                    Status::Sent => view! { <p class="lead-sent">{tr(locale, Msg::LeadSent)}</p> }.into_any(),
                    Status::Queued { .. } => view! { <p class="lead-queued">{tr(locale, Msg::LeadQueued)}</p> }.into_any(),
                    Status::Failed { status } => view! {
                        <div class="lead-failed" role="alert">
                            <p>{tr(locale, Msg::LeadFailed(status))}</p>
                            <a class="button button-secondary" href=href.clone() download="lead.json">
                                {tr(locale, Msg::LeadDownload)}
                            </a>
                        </div>
                    }
                    .into_any(),
                }}
            }
            .into_any()
        }
    }
}
