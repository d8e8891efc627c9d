use crate::config::ConfigProblem;
use crate::i18n::{Msg, text};
use crate::ui::locale::{LocaleContext, tr};
use leptos::prelude::*;

/// Shown when the catalogue cannot be downloaded: what happened and a retry button.
#[component]
pub fn CatalogFetchError(
    /// The browser's description of the failure.
    detail: String,
    /// Called by the retry button.
    on_retry: Callback<()>,
) -> impl IntoView {
    let locale = LocaleContext::get();
    let detail = StoredValue::new(detail);
    view! {
        <section class="page-error" role="alert">
            <p>{move || text(locale.get(), &Msg::CatalogFetchFailed(detail.get_value()))}</p>
            <button type="button" class="button" on:click=move |_| on_retry.run(())>
                {tr(locale, Msg::Retry)}
            </button>
        </section>
    }
}

/// Shown when the catalogue is not valid: every problem with its JSON path, in the person's language.
#[component]
pub fn CatalogInvalid(
    /// The problems found.
    problems: Vec<ConfigProblem>,
) -> impl IntoView {
    let locale = LocaleContext::get();
    view! {
        <section class="page-error" role="alert">
            <h1>{tr(locale, Msg::CatalogInvalid)}</h1>
            <ProblemList problems=problems />
        </section>
    }
}

/// Configuration problems, each with its file and JSON path, in the person's language.
#[component]
pub fn ProblemList(
    /// The problems.
    problems: Vec<ConfigProblem>,
) -> impl IntoView {
    let locale = LocaleContext::get();
    let problems = StoredValue::new(problems);
    view! {
        <ul class="problems">
            {move || {
                let l = locale.get();
                problems.with_value(|ps| {
                    ps.iter()
                        .map(|p| {
                            let msg = Msg::ConfigProblemAt { path: p.path.clone(), problem: p.problem.clone() };
                            view! { <li><code>{text(l, &msg)}</code></li> }
                        })
                        .collect_view()
                })
            }}
        </ul>
    }
}
