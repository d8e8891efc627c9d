//! The Leptos application (wasm32 only). Components read signals and call [`crate::simulation`] and
//! [`crate::i18n`]; they hold no business rules.

mod browser;
mod components;
mod locale;
mod outbox;
mod pages;
mod state;

use crate::config::lender::LENDER_PATH;
use crate::config::{CATALOG_PATH, SiteConfigError, site_config};
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
    let files = LocalResource::new(|| browser::fetch_texts(&[CATALOG_PATH, LENDER_PATH]));
    let config = Memo::new(move |_| files.get().map(|texts| site_config(&texts)));
    let lender = Signal::derive(move || {
        config.with(|c| {
            c.as_ref()
                .and_then(|r| r.as_ref().ok())
                .map(|(_, l)| l.clone())
        })
    });
    let theme = move || lender.with(|l| l.as_ref().map(|l| theme_style(&l.colours)));
    let page = move || {
        let Some(result) = config.get() else {
            return view! { <p class="loading" role="status">{move || text(locale.get(), &Msg::Loading)}</p> }
                .into_any();
        };
        let retry = Callback::new(move |()| files.refetch());
        match result {
            Err(SiteConfigError::Fetch(detail)) => {
                view! { <CatalogFetchError detail=detail on_retry=retry /> }.into_any()
            }
            Err(SiteConfigError::Invalid(problems)) => {
                view! { <CatalogInvalid problems=problems /> }.into_any()
            }
            Ok((catalog, _)) => view! { <SimulatorPage catalog=catalog /> }.into_any(),
        }
    };
    view! {
        <Html attr:lang=move || locale.get().tag() attr:style=theme />
        <Title text=title />
        <a class="skip-link" href="#main">{move || text(locale.get(), &Msg::SkipToContent)}</a>
        <SiteHeader />
        <main id="main" class="site-main" tabindex="-1">{page}</main>
        <SiteFooter lender=lender />
    }
}

/// The lender's colours as CSS custom properties (validated `#rrggbb` values).
fn theme_style(c: &crate::config::lender::Colours) -> String {
    format!(
        "--brand: {}; --brand-ink: {}; --brand-soft: {};",
        c.brand, c.brand_ink, c.brand_soft
    )
}
