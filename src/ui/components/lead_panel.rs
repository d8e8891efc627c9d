use super::lead_form::LeadForm;
use crate::i18n::Msg;
use crate::leads::config::{LEADS_CONFIG_PATH, parse_leads_config};
use crate::ui::browser;
use crate::ui::locale::{LocaleContext, tr};
use leptos::prelude::*;

/// "Interested? Leave your details": the lead form, once its configuration (`config/leads.json`)
/// has loaded and passed validation. A configuration that cannot be loaded or has problems is
/// shown as such here, in the page's language; the simulator around it keeps working.
#[component]
pub fn LeadPanel() -> impl IntoView {
    let locale = LocaleContext::get();
    let config = LocalResource::new(|| browser::fetch_text(LEADS_CONFIG_PATH));
    let body = move || match config.get() {
        None => view! { <p role="status">{tr(locale, Msg::Loading)}</p> }.into_any(),
        Some(Err(detail)) => {
            let msg = Msg::LeadsConfigFetchFailed(detail);
            view! {
                <div role="alert">
                    <p>{tr(locale, msg)}</p>
                    <button type="button" class="button" on:click=move |_| config.refetch()>
                        {tr(locale, Msg::Retry)}
                    </button>
                </div>
            }
            .into_any()
        }
        Some(Ok(json)) => match parse_leads_config(&json) {
            Ok(c) => view! { <LeadForm config=c /> }.into_any(),
            Err(problems) => view! {
                <div role="alert" data-testid="leads-config-problems">
                    <p>{tr(locale, Msg::LeadsConfigInvalid)}</p>
                    <ul class="problems">
                        {problems
                            .into_iter()
                            .map(|p| {
                                let msg = Msg::ConfigProblemAt { path: p.path, problem: p.problem };
                                view! { <li><code>{tr(locale, msg)}</code></li> }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
            .into_any(),
        },
    };
    view! {
        <section class="panel lead" aria-labelledby="lead-title">
            <h2 id="lead-title">{tr(locale, Msg::LeadTitle)}</h2>
            <p class="panel-prompt">{tr(locale, Msg::LeadIntro)}</p>
            {body}
        </section>
    }
}
