use crate::i18n::{Msg, SiteMsg, text};
use crate::ui::locale::LocaleContext;
use leptos::prelude::*;

/// No page (or no live campaign) at this address: says so and links to the live campaigns.
#[component]
pub fn NotFoundPage(
    /// What is missing.
    message: SiteMsg,
) -> impl IntoView {
    let locale = LocaleContext::get();
    let message = StoredValue::new(message);
    view! {
        <section class="page-missing" aria-labelledby="missing-title">
            <h1 id="missing-title">{move || text(locale.get(), &Msg::Site(message.get_value()))}</h1>
            <p><a href="./">{move || text(locale.get(), &Msg::Site(SiteMsg::SeeOffers))}</a></p>
        </section>
    }
}
