//! The Leptos application (wasm32 only). Components read signals and call [`crate::simulation`] and
//! [`crate::i18n`]; they hold no business rules.

mod browser;
mod components;
mod locale;
mod outbox;
mod pages;
mod state;

use crate::config::{SITE_FILES, Site, SiteConfigError, site_config};
use crate::i18n::{Msg, text};
use crate::simulation::route::Route;
use components::{SiteFooter, SiteHeader};
use leptos::prelude::*;
use leptos_meta::{Html, Title, provide_meta_context};
pub use locale::LocaleContext;
use pages::{CatalogFetchError, CatalogInvalid, Page};

/// The page this document shows, read once from its address (links between pages load a new
/// document, so the route never changes under a page).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurrentRoute(pub Route);

/// The lender of the site, provided once the configuration is valid: its privacy notice goes with
/// every consent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteLender(pub crate::config::lender::Lender);

impl SiteLender {
    /// The lender (pages exist only once the configuration is valid, so it is always provided there).
    pub fn get() -> crate::config::lender::Lender {
        expect_context::<SiteLender>().0
    }
}

/// The id of the campaign whose page is shown (provided by its page): leads sent from it name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CampaignId(pub String);

/// The whole site: document metadata, header, the page and the footer. The configuration is
/// fetched at run time; while it loads a message says so, and a failure shows what happened instead
/// of a blank page.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale = LocaleContext::provide();
    outbox::OutboxContext::provide();
    let route = browser::route();
    provide_context(CurrentRoute(route.clone()));
    let files = LocalResource::new(|| browser::fetch_texts(&SITE_FILES));
    let config = Memo::new(move |_| files.get().map(|texts| site_config(&texts)));
    let site = move || config.with(|c| c.as_ref().and_then(|r| r.as_ref().ok()).cloned());
    let lender = Signal::derive(move || site().map(|s| s.lender));
    let route_for_theme = route.clone();
    let theme = move || site().map(|s| theme_style(&s, &route_for_theme));
    let route_for_title = route.clone();
    let title = move || {
        let l = locale.get();
        let page = site().and_then(|s| pages::title(&s, &route_for_title, l));
        let site_name = text(l, &Msg::AppName);
        match page {
            Some(p) => format!("{p} — {site_name}"),
            None => format!("{site_name} — {}", text(l, &Msg::Tagline)),
        }
    };
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
            Ok(site) => view! { <Page site=site route=route.clone() /> }.into_any(),
        }
    };
    view! {
        <Html attr:lang=move || locale.get().tag() attr:style=theme />
        <Title text=title />
        <a class="skip-link" href="#main" on:click=skip_to_main>{move || text(locale.get(), &Msg::SkipToContent)}</a>
        <SiteHeader lender=lender />
        <main id="main" class="site-main" tabindex="-1">{page}</main>
        <SiteFooter lender=lender />
    }
}

/// The page's colours as CSS custom properties (validated `#rrggbb` values): a live campaign's
/// theme on its pages, else the lender's.
fn theme_style(site: &Site, route: &Route) -> String {
    let campaign = route
        .campaign()
        .and_then(|slug| site.campaigns.by_slug(slug))
        .and_then(|(_, c)| c.theme.as_ref());
    let c = campaign.unwrap_or(&site.lender.colours);
    format!(
        "--brand: {}; --brand-ink: {}; --brand-soft: {};",
        c.brand, c.brand_ink, c.brand_soft
    )
}

/// The skip link moves the focus to the main content itself: with a `<base href>`, `#main` would
/// resolve against the base and load the home page instead.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = document().get_element_by_id("main") {
        use wasm_bindgen::JsCast;
        if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
            if let Err(e) = main.focus() {
                leptos::logging::warn!(
                    "the main content could not take the focus: {}",
                    browser::js_text(e)
                );
            }
            main.scroll_into_view();
        }
    }
}
