//! The Leptos application (wasm32 only). Components read signals and call [`crate::simulation`] and
//! [`crate::i18n`]; they hold no business rules.

mod browser;
mod components;
mod locale;
mod outbox;
mod pages;
mod state;

use crate::config::{CATALOG_PATH, parse_catalog};
use crate::i18n::{Msg, text};
use components::{SiteFooter, SiteHeader};
use leptos::prelude::*;
use leptos_meta::{Html, Title, provide_meta_context};
pub use locale::LocaleContext;
use pages::{CatalogFetchError, CatalogInvalid, SimulatorPage};

/// The whole site: document metadata, header, the page and the footer. The catalogue is fetched at
/// run time; while it loads a message says so, and a failure shows what happened instead of a blank
/// page.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale = LocaleContext::provide();
    outbox::OutboxContext::provide();
    let title = move || {
        let l = locale.get();
        format!("{} — {}", text(l, &Msg::AppName), text(l, &Msg::Tagline))
    };
    let catalog = LocalResource::new(|| browser::fetch_text(CATALOG_PATH));
    let page = move || {
        match catalog.get() {
        None => view! { <p class="loading" role="status">{move || text(locale.get(), &Msg::Loading)}</p> }
            .into_any(),
        Some(Err(detail)) => view! {
            <CatalogFetchError detail=detail on_retry=Callback::new(move |()| catalog.refetch()) />
        }
        .into_any(),
        Some(Ok(json)) => match parse_catalog(&json) {
            Ok(c) => view! { <SimulatorPage catalog=c /> }.into_any(),
            Err(problems) => view! { <CatalogInvalid problems=problems /> }.into_any(),
        },
    }
    };
    view! {
        <Html attr:lang=move || locale.get().tag() />
        <Title text=title />
        <a class="skip-link" href="#main">{move || text(locale.get(), &Msg::SkipToContent)}</a>
        <SiteHeader />
        <main id="main" class="site-main" tabindex="-1">{page}</main>
        <SiteFooter />
    }
}
