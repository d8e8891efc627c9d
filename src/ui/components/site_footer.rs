use crate::finance::ENGINE_VERSION;
use crate::i18n::Msg;
use crate::ui::locale::{LocaleContext, tr};
use leptos::prelude::*;

/// The site's footer: the version of the site and engine, and the estimate disclaimer.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let locale = LocaleContext::get();
    view! {
        <footer class="site-footer">
            <p>{tr(locale, Msg::EstimateDisclaimer)}</p>
            <p class="version">{tr(locale, Msg::Version(ENGINE_VERSION.to_string()))}</p>
        </footer>
    }
}
