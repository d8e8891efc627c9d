//! The pages of the site, and which one an address shows.

mod campaign;
mod catalog_error;
mod compare;
mod home;
mod not_found;
mod simulator;

use crate::config::Site;
use crate::config::campaign::CampaignStatus;
use crate::i18n::{Locale, Msg, SiteMsg, text};
use crate::simulation::route::Route;
use crate::ui::browser;
use leptos::prelude::*;

pub use campaign::CampaignPage;
pub use catalog_error::{CatalogFetchError, CatalogInvalid};
pub use compare::ComparePage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use simulator::SimulatorPage;

/// The page for `route`.
#[component]
pub fn Page(
    /// The validated configuration.
    site: Site,
    /// The page asked for.
    route: Route,
) -> impl IntoView {
    provide_context(crate::ui::SiteLender(site.lender.clone()));
    match route {
        Route::Home => view! { <HomePage site=site /> }.into_any(),
        Route::Simulator => view! { <SimulatorPage catalog=site.catalog /> }.into_any(),
        Route::Compare => view! { <ComparePage catalog=site.catalog /> }.into_any(),
        Route::Campaign(slug) => {
            view! { <CampaignPage site=site slug=slug compare=false /> }.into_any()
        }
        Route::CampaignCompare(slug) => {
            view! { <CampaignPage site=site slug=slug compare=true /> }.into_any()
        }
        Route::NotFound => view! { <NotFoundPage message=SiteMsg::PageNotFound /> }.into_any(),
    }
}

/// The document title of `route`'s page in `locale` (before the site's name), when it has its own.
pub fn title(site: &Site, route: &Route, locale: Locale) -> Option<String> {
    let msg = match route {
        Route::Home => return None,
        Route::Simulator => Msg::SimulatorTitle,
        Route::Compare => Msg::Site(SiteMsg::CompareTitle),
        Route::NotFound => Msg::Site(SiteMsg::PageNotFound),
        Route::Campaign(slug) | Route::CampaignCompare(slug) => {
            let (_, c) = site.campaigns.by_slug(slug)?;
            if c.status(browser::today()) != CampaignStatus::Live {
                return None;
            }
            return Some(crate::simulation::campaign::title(c, None, locale));
        }
    };
    Some(text(locale, &msg))
}
