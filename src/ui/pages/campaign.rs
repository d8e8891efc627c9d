use super::catalog_error::ProblemList;
use super::{ComparePage, NotFoundPage, SimulatorPage};
use crate::config::campaign::{Campaign, CampaignStatus};
use crate::config::{Catalog, ConfigProblem, Site, ended_campaigns};
use crate::i18n::{Msg, SiteMsg, format_date_long, text};
use crate::simulation::campaign::{CampaignExample, paragraphs, promotions, title, validity};
use crate::simulation::route::Route;
use crate::ui::CampaignId;
use crate::ui::browser;
use crate::ui::locale::{LocaleContext, tr};
use leptos::prelude::*;

/// A campaign's page (`/c/<slug>`), or the comparison of its products (`/c/<slug>/compare`). A
/// campaign that has ended shows why, with the configuration problem by its path; one that has not
/// started says when it will.
#[component]
pub fn CampaignPage(
    /// The validated configuration.
    site: Site,
    /// The campaign's slug from the address.
    slug: String,
    /// Show the comparison of its products instead of its landing page.
    compare: bool,
) -> impl IntoView {
    let today = browser::today();
    let Some((index, campaign)) = site.campaigns.by_slug(&slug) else {
        return view! { <NotFoundPage message=SiteMsg::OfferNotFound /> }.into_any();
    };
    let campaign = campaign.clone();
    match campaign.status(today) {
        CampaignStatus::Ended => {
            let problems: Vec<ConfigProblem> = ended_campaigns(&site.campaigns, today)
                .into_iter()
                .filter(|p| p.path.starts_with(&format!("campaigns[{index}]")))
                .map(|p| ConfigProblem {
                    path: format!("campaigns.json: {}", p.path),
                    problem: p.problem,
                })
                .collect();
            view! { <CampaignEnded campaign=campaign problems=problems /> }.into_any()
        }
        CampaignStatus::Upcoming => view! { <CampaignUpcoming campaign=campaign /> }.into_any(),
        CampaignStatus::Live => {
            provide_context(CampaignId(campaign.id.clone()));
            let offered = campaign.catalog(&site.catalog);
            if compare {
                let back = Route::Campaign(slug);
                view! { <ComparePage catalog=offered campaign=back /> }.into_any()
            } else {
                view! { <CampaignLanding campaign=campaign base=site.catalog offered=offered /> }
                    .into_any()
            }
        }
    }
}

/// The landing page of a live campaign: its headline, copy and offer, the simulator on its products,
/// and the legal notes.
#[component]
fn CampaignLanding(
    /// The campaign.
    campaign: Campaign,
    /// The catalogue (for the rates a promotion replaces).
    base: Catalog,
    /// The catalogue as the campaign offers it.
    offered: Catalog,
) -> impl IntoView {
    let segment = campaign.defaults.segment.clone();
    let c = StoredValue::new(campaign);
    // The hero paints first; the simulator and the notes below it are built in the task after
    // that frame (one long task split in two: docs/perf/changes.md).
    let below_hero = RwSignal::new(false);
    browser::after_next_paint(move || {
        // `try_set` does nothing when the visitor has already left the page (as the simulator's
        // sections do); there is nothing left to build then.
        let _ = below_hero.try_set(true);
    });
    let rest = move || {
        below_hero.get().then(|| {
            view! {
                <SimulatorPage catalog=offered.clone() embedded=true default_segment=segment.clone() />
                <CampaignNotes c=c />
            }
        })
    };
    view! {
        <article class="campaign" data-testid="campaign">
            <CampaignHero c=c base=base />
            {rest}
        </article>
    }
}

/// Headline and copy (figures from the engine), promotional rates, dates, and the link to compare
/// the campaign's products when it has several.
#[component]
fn CampaignHero(c: StoredValue<Campaign>, base: Catalog) -> impl IntoView {
    let locale = LocaleContext::get();
    let today = browser::today();
    let base = StoredValue::new(base);
    let example = c.with_value(|c| base.with_value(|b| CampaignExample::of(c, b, today)));
    let figures = Memo::new(move |_| example.as_ref().map(|e| e.figures(locale.get())));
    let heading = move || c.with_value(|c| title(c, figures.read().as_ref(), locale.get()));
    let body = move || {
        c.with_value(|c| paragraphs(c, figures.read().as_ref(), locale.get()))
            .into_iter()
            .map(|p| view! { <p>{p}</p> })
            .collect_view()
    };
    let promotions = move || {
        let l = locale.get();
        c.with_value(|c| base.with_value(|b| promotions(c, b, l)))
            .into_iter()
            .map(|(name, line)| view! { <li><strong>{name}</strong>": "{line}</li> })
            .collect_view()
    };
    let dates = move || c.with_value(|c| validity(c, locale.get()));
    let compare_href = move || {
        let slug = c.with_value(|c| c.slug.clone());
        Route::CampaignCompare(slug).link(&browser::location_search(), locale.get().tag(), &[])
    };
    let several = c.with_value(|c| c.products.len() > 1);
    view! {
        <header class="campaign-hero">
            <h1 class="campaign-title">{heading}</h1>
            <div class="campaign-copy">{body}</div>
            <ul class="campaign-promos">{promotions}</ul>
            <p class="campaign-dates">{dates}</p>
            {several.then(|| view! {
                <p><a class="button" href=compare_href>{tr(locale, Msg::Site(SiteMsg::CompareThese))}</a></p>
            })}
        </header>
    }
}

/// The campaign's legal footnotes, when it has any.
#[component]
fn CampaignNotes(c: StoredValue<Campaign>) -> impl IntoView {
    let locale = LocaleContext::get();
    let notes = move || {
        let l = locale.get();
        c.with_value(|c| {
            c.footnotes
                .iter()
                .map(|n| view! { <li>{n.get(l).to_string()}</li> })
                .collect_view()
        })
    };
    c.with_value(|c| !c.footnotes.is_empty()).then(|| {
        view! {
            <section class="campaign-notes" aria-labelledby="notes-title">
                <h2 id="notes-title">{tr(locale, Msg::Site(SiteMsg::LegalNotes))}</h2>
                <ol>{notes}</ol>
            </section>
        }
    })
}

/// An ended campaign: says so to the visitor, and lists the configuration problem by its path for
/// whoever maintains the site.
#[component]
fn CampaignEnded(
    /// The campaign.
    campaign: Campaign,
    /// Its problems (its last day has passed).
    problems: Vec<ConfigProblem>,
) -> impl IntoView {
    let locale = LocaleContext::get();
    let ends = campaign.ends;
    view! {
        <section class="page-error" role="alert" data-testid="campaign-ended">
            <h1>{tr(locale, Msg::Site(SiteMsg::OfferEnded))}</h1>
            <p>{move || { let l = locale.get(); text(l, &Msg::Site(SiteMsg::OfferEndedOn(format_date_long(ends, l)))) }}</p>
            <ProblemList problems=problems />
            <p><a href="./">{tr(locale, Msg::Site(SiteMsg::SeeOffers))}</a></p>
        </section>
    }
}

/// A campaign that has not started: when it will.
#[component]
fn CampaignUpcoming(
    /// The campaign.
    campaign: Campaign,
) -> impl IntoView {
    let locale = LocaleContext::get();
    let starts = campaign.starts;
    view! {
        <section class="page-missing" aria-labelledby="missing-title">
            <h1 id="missing-title">{move || { let l = locale.get(); text(l, &Msg::Site(SiteMsg::OfferStartsOn(format_date_long(starts, l)))) }}</h1>
            <p><a href="./">{tr(locale, Msg::Site(SiteMsg::SeeOffers))}</a></p>
        </section>
    }
}
