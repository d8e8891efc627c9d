use crate::config::Site;
use crate::config::campaign::Campaign;
use crate::i18n::{Msg, SiteMsg, format_date_long, text};
use crate::simulation::campaign::{CampaignExample, paragraphs, title};
use crate::simulation::route::Route;
use crate::ui::browser;
use crate::ui::locale::{LocaleContext, tr};
use leptos::prelude::*;

/// The home page: the live campaigns, then every product with a link to simulate it, and the
/// comparison.
#[component]
pub fn HomePage(
    /// The validated configuration.
    site: Site,
) -> impl IntoView {
    let locale = LocaleContext::get();
    let site = StoredValue::new(site);
    let compare = move || Route::Compare.link(&browser::location_search(), locale.get().tag(), &[]);
    view! {
        <h1 class="page-title">{tr(locale, Msg::Site(SiteMsg::HomeTitle))}</h1>
        <section class="offers" aria-labelledby="offers-title">
            <h2 id="offers-title">{tr(locale, Msg::Site(SiteMsg::OffersHeading))}</h2>
            <OfferList site=site />
        </section>
        <section class="catalogue" aria-labelledby="products-title">
            <h2 id="products-title">{tr(locale, Msg::Site(SiteMsg::ProductsHeading))}</h2>
            <ProductList site=site />
            <p><a href=compare>{tr(locale, Msg::Site(SiteMsg::NavCompare))}</a></p>
        </section>
    }
}

/// The campaigns live today, each with its headline, first paragraph, last day and the disclosure
/// its figures need; or a line saying there are none.
#[component]
fn OfferList(site: StoredValue<Site>) -> impl IntoView {
    let locale = LocaleContext::get();
    let today = browser::today();
    // Each live campaign with its example, quoted once (the language only changes the wording).
    let live: Vec<(Campaign, Option<CampaignExample>)> = site.with_value(|s| {
        s.campaigns
            .live(today)
            .map(|c| (c.clone(), CampaignExample::of(c, &s.catalog, today)))
            .collect()
    });
    let query = browser::location_search();
    move || {
        let l = locale.get();
        if live.is_empty() {
            return view! { <p class="offers-empty">{text(l, &Msg::Site(SiteMsg::NoOffers))}</p> }
                .into_any();
        }
        let cards = live
            .iter()
            .map(|(c, example)| {
                let figures = example.as_ref().map(|e| e.figures(l));
                let lead = paragraphs(c, figures.as_ref(), l).into_iter().next();
                let until = SiteMsg::OfferUntil(format_date_long(c.ends, l));
                let legal = example
                    .as_ref()
                    .map(|e| e.disclosure(l))
                    .unwrap_or_default()
                    .into_iter()
                    .map(|t| view! { <p class="offer-legal">{t}</p> })
                    .collect_view();
                view! {
                    <li class="offer-card" data-testid="offer">
                        <h3><a href=Route::Campaign(c.slug.clone()).link(&query, l.tag(), &[])>
                            {title(c, figures.as_ref(), l)}
                        </a></h3>
                        <p>{lead}</p>
                        <p class="offer-until">{text(l, &Msg::Site(until))}</p>
                        {legal}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="offer-list">{cards}</ul> }.into_any()
    }
}

/// Every product of the catalogue with its summary and a link to simulate it.
#[component]
fn ProductList(site: StoredValue<Site>) -> impl IntoView {
    let locale = LocaleContext::get();
    let query = browser::location_search();
    let cards = move || {
        let l = locale.get();
        site.with_value(|s| {
            s.catalog
                .products
                .iter()
                .map(|p| {
                    let name = p.name.get(l).to_string();
                    let href = Route::Simulator.link(&query, l.tag(), &[("product", &p.id)]);
                    let link = text(l, &Msg::Site(SiteMsg::SimulateProduct(name.clone())));
                    view! {
                        <li class="product-card">
                            <h3>{name}</h3>
                            <p>{p.summary.get(l).to_string()}</p>
                            <a class="button" href=href>{link}</a>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! { <ul class="product-list">{cards}</ul> }
}
