use crate::config::lender::Lender;
use crate::finance::ENGINE_VERSION;
use crate::i18n::Msg;
use crate::ui::locale::{LocaleContext, tr};
use leptos::prelude::*;

/// The site's footer: the lender and how to reach it (once its file has loaded), the estimate
/// disclaimer, and the version of the site and engine.
#[component]
pub fn SiteFooter(
    /// The lender, when `lender.json` has loaded and passed validation.
    #[prop(into)]
    lender: Signal<Option<Lender>>,
) -> impl IntoView {
    let locale = LocaleContext::get();
    let contact = move || {
        lender.get().map(|l| {
            let phone = l.contact.phone.clone().map(|p| {
                let href = format!("tel:{}", p.replace([' ', '(', ')', '.', '-'], ""));
                view! { <a href=href>{p}</a> }
            });
            let email = l.contact.email.clone().map(|e| {
                let href = format!("mailto:{e}");
                view! { <a href=href>{e}</a> }
            });
            let hours = move || l.contact.hours.get(locale.get()).to_string();
            view! {
                <p class="lender" data-testid="lender">
                    <strong>{l.name.clone()}</strong>" "{phone}" "{email}" "<span>{hours}</span>
                </p>
            }
        })
    };
    view! {
        <footer class="site-footer">
            {contact}
            <p>{tr(locale, Msg::EstimateDisclaimer)}</p>
            <p class="version">{tr(locale, Msg::Version(ENGINE_VERSION.to_string()))}</p>
        </footer>
    }
}
