//! The Leptos application (wasm32 only). Components read signals and call [`crate::simulation`] and
//! [`crate::i18n`]; they hold no business rules.

mod components;
mod locale;

use crate::i18n::{Msg, text};
use components::{QuickSimulator, SiteFooter, SiteHeader};
use leptos::prelude::*;
use leptos_meta::{Html, Title, provide_meta_context};
pub use locale::LocaleContext;

/// The whole site: document metadata, header, the simulator and the footer.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale = LocaleContext::provide();
    let title = move || {
        let l = locale.get();
        format!("{} — {}", text(l, &Msg::AppName), text(l, &Msg::Tagline))
    };
    view! {
        <Html attr:lang=move || locale.get().tag() />
        <Title text=title />
        <SiteHeader />
        <main id="main" class="site-main">
            <QuickSimulator />
        </main>
        <SiteFooter />
    }
}
