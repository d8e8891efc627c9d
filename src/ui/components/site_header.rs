use crate::i18n::{Locale, Msg};
use crate::ui::locale::{LocaleContext, tr};
use leptos::prelude::*;

/// The site's header: name, tagline and the language switch.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let locale = LocaleContext::get();
    let on_change = move |ev| {
        if let Some(l) = Locale::from_tag(&event_target_value(&ev)) {
            locale.set(l);
        }
    };
    view! {
        <header class="site-header">
            <div class="brand">
                <span class="brand-name">{tr(locale, Msg::AppName)}</span>
                <span class="brand-tagline">{tr(locale, Msg::Tagline)}</span>
            </div>
            <div class="language">
                <label for="language">{tr(locale, Msg::LanguageLabel)}</label>
                <select id="language" on:change=on_change prop:value=move || locale.get().tag()>
                    {Locale::ALL
                        .into_iter()
                        .map(|l| view! { <option value=l.tag() lang=l.tag()>{l.endonym()}</option> })
                        .collect_view()}
                </select>
            </div>
        </header>
    }
}
