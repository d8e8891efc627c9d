use crate::i18n::{Locale, Msg, SiteMsg};
use crate::simulation::route::Route;
use crate::ui::CurrentRoute;
use crate::ui::browser;
use crate::ui::locale::{LocaleContext, tr};
use leptos::prelude::*;

/// The site's header: name, tagline, the pages and the language switch.
#[component]
pub fn SiteHeader(
    /// The lender, once its file is loaded: its logo leads the header.
    lender: Signal<Option<crate::config::lender::Lender>>,
) -> impl IntoView {
    let locale = LocaleContext::get();
    let logo = move || {
        lender.with(|l| {
            let l = l.as_ref()?;
            let src = l.logo.clone()?;
            Some(view! { <img class="brand-logo" src=src alt=l.name.clone() width="40" height="40" /> })
        })
    };
    let on_change = move |ev| {
        if let Some(l) = Locale::from_tag(&event_target_value(&ev)) {
            locale.set(l);
        }
    };
    view! {
        <header class="site-header">
            {logo}
            <div class="brand">
                <span class="brand-name">{tr(locale, Msg::AppName)}</span>
                <span class="brand-tagline">{tr(locale, Msg::Tagline)}</span>
            </div>
            <SiteNav />
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

/// Links to the site's pages; the current one is marked for assistive technology. Links carry the
/// language and the attribution parameters along.
#[component]
fn SiteNav() -> impl IntoView {
    let locale = LocaleContext::get();
    let current = use_context::<CurrentRoute>().map(|c| c.0);
    let link = move |route: Route, msg: SiteMsg| {
        let here = current.as_ref() == Some(&route);
        let href = {
            let route = route.clone();
            move || route.link(&browser::location_search(), locale.get().tag(), &[])
        };
        view! {
            <li><a href=href aria-current=here.then_some("page")>{tr(locale, Msg::Site(msg))}</a></li>
        }
    };
    view! {
        <nav class="site-nav" aria-label=tr(locale, Msg::Site(SiteMsg::NavLabel))>
            <ul>
                {link(Route::Home, SiteMsg::NavHome)}
                {link(Route::Simulator, SiteMsg::NavSimulator)}
                {link(Route::Compare, SiteMsg::NavCompare)}
            </ul>
        </nav>
    }
}
