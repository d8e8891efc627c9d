use crate::config::Site;
use crate::config::campaign::Campaign;
use crate::i18n::{Msg, SiteMsg, format_date_long, text};
use crate::simulation::campaign::{Figures, disclosure, paragraphs, title};
use crate::simulation::route::Route;
use crate::ui::browser;
use crate::ui::locale::{LocaleContext, tr};
use leptos::prelude::*;

/// The home page: the live campaigns, each with its headline, first paragraph and last day, then
/// every product with a link to simulate it, and the comparison.
#[component]
pub fn HomePage(
    /// The validated configuration.
    site: Site,
) -> impl IntoView {
    let locale = LocaleContext::get();
    let today = browser::today();
    let live: Vec<Campaign> = site.campaigns.live(today).cloned().collect();
    let site = StoredValue::new(site);
    let query = browser::location_search();
    let q = query.clone();
    let offers = move || {
        let l = locale.get();
        if live.is_empty() {
            return view! { <p class="offers-empty">{text(l, &Msg::Site(SiteMsg::NoOffers))}</p> }
                .into_any();
        }
        let cards = live
            .iter()
            .map(|c| {
                let figures = site.with_value(|s| Figures::for_campaign(c, &s.catalog, today, l));
                let heading = title(c, figures.as_ref(), l);
                let lead = paragraphs(c, figures.as_ref(), l)
                    .into_iter()
                    .next()
                    .unwrap_or_default();
                let href = Route::Campaign(c.slug.clone()).link(&q, l.tag(), &[]);
                let until = text(
                    l,
                    &Msg::Site(SiteMsg::OfferUntil(format_date_long(c.ends, l))),
                );
                let legal = site
                    .with_value(|s| disclosure(c, &s.catalog, today, l))
                    .into_iter()
                    .map(|t| view! { <p class="offer-legal">{t}</p> })
                    .collect_view();
                view! {
                    <li class="offer-card" data-testid="offer">
                        <h3><a href=href>{heading}</a></h3>
                        <p>{lead}</p>
                        <p class="offer-until">{until}</p>
                        {legal}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="offer-list">{cards}</ul> }.into_any()
    };
    let products = move || {
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
    let compare = move || Route::Compare.link(&browser::location_search(), locale.get().tag(), &[]);
    view! {
        <h1 class="page-title">{tr(locale, Msg::Site(SiteMsg::HomeTitle))}</h1>
        <section class="offers" aria-labelledby="offers-title">
            <h2 id="offers-title">{tr(locale, Msg::Site(SiteMsg::OffersHeading))}</h2>
            {offers}
        </section>
        <section class="catalogue" aria-labelledby="products-title">
            <h2 id="products-title">{tr(locale, Msg::Site(SiteMsg::ProductsHeading))}</h2>
            <ul class="product-list">{products}</ul>
            <p><a href=compare>{tr(locale, Msg::Site(SiteMsg::NavCompare))}</a></p>
        </section>
    }
}
