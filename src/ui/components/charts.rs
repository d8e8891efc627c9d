use crate::finance::quote::Quote;
use crate::i18n::{Locale, Msg, format_decimal, format_money, format_percent, text};
use crate::simulation::chart::{
    Tick, balance_chart, balance_facts, num_text, split_chart, split_facts,
};
use crate::ui::locale::{LocaleContext, tr};
use crate::ui::state::SimState;
use leptos::prelude::*;

const WIDTH: f64 = 560.0;
const HEIGHT: f64 = 180.0;
/// Room for the amount labels on the left and payment numbers below.
const LEFT: f64 = 72.0;
const BOTTOM: f64 = 24.0;
/// Room above the plot for the top label.
const TOP: f64 = 12.0;

/// The balance over time and the split of each payment, as SVG with a text alternative each (the
/// table below holds every number).
#[component]
pub fn Charts() -> impl IntoView {
    let state = SimState::get();
    let locale = LocaleContext::get();
    let charts = move || {
        let l = locale.get();
        let currency = state
            .product
            .with(|p| p.as_ref().map(|p| p.currency.clone()))
            .unwrap_or_default();
        state.settled.with(|q| match q {
            Some(Ok(q)) => Some(view! {
                {balance_view(q, &currency, l)}
                {split_view(q, l)}
            }),
            _ => None,
        })
    };
    view! {
        <section class="charts" aria-labelledby="charts-title">
            <h2 id="charts-title">{tr(locale, Msg::ChartsTitle)}</h2>
            <div class="chart-grid">{charts}</div>
        </section>
    }
}

fn axes(y: &[Tick], x: &[Tick], l: Locale) -> impl IntoView + use<> {
    let y_labels = y
        .iter()
        .map(|t| {
            let label = format_decimal(t.value, 0, l);
            view! {
                <line class="grid" x1="0" x2=num_text(WIDTH) y1=num_text(t.pos) y2=num_text(t.pos) />
                <text class="tick" x="-6" y=num_text(t.pos + 4.0) text-anchor="end">{label}</text>
            }
        })
        .collect_view();
    let x_labels = x
        .iter()
        .map(|t| view! {
            <text class="tick" x=num_text(t.pos) y=num_text(HEIGHT + 16.0) text-anchor="middle">{t.value.to_string()}</text>
        })
        .collect_view();
    view! { {y_labels}{x_labels} }
}

fn frame(
    id: &'static str,
    title: String,
    desc: String,
    inner: impl IntoView,
    legend: Option<AnyView>,
) -> impl IntoView {
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    view! {
        <figure class="chart">
            <svg role="img" viewBox=[-LEFT, -TOP, WIDTH + LEFT + 8.0, HEIGHT + BOTTOM + TOP].map(num_text).join(" ")
                aria-labelledby=format!("{title_id} {desc_id}") data-testid=id>
                <title id=title_id.clone()>{title.clone()}</title>
                <desc id=desc_id.clone()>{desc.clone()}</desc>
                {inner}
            </svg>
            {legend}
            <figcaption><strong>{title}</strong>" "{desc}</figcaption>
        </figure>
    }
}

fn balance_view(q: &Quote, currency: &str, l: Locale) -> impl IntoView + use<> {
    let c = balance_chart(&q.schedule, WIDTH, HEIGHT);
    let facts = balance_facts(&q.schedule);
    let desc = text(
        l,
        &Msg::BalanceChartDesc {
            start: format_money(facts.start, currency, l),
            payments: facts.payments,
            half_at: facts.half_paid_at,
        },
    );
    let inner = view! {
        {axes(&c.y_ticks, &c.x_ticks, l)}
        <path class="balance-area" d=c.area />
        <path class="balance-line" d=c.line />
    };
    frame(
        "balance-chart",
        text(l, &Msg::BalanceChartTitle),
        desc,
        inner,
        None,
    )
}

fn split_view(q: &Quote, l: Locale) -> impl IntoView + use<> {
    let c = split_chart(&q.schedule, WIDTH, HEIGHT);
    let facts = split_facts(&q.schedule);
    let desc = text(
        l,
        &Msg::SplitChartDesc {
            first: format_percent(facts.first_interest_share, 1, l),
            last: format_percent(facts.last_interest_share, 1, l),
        },
    );
    let key = |class: &'static str, m: Msg| {
        view! { <li><span class=format!("swatch {class}") aria-hidden="true"></span>{text(l, &m)}</li> }
    };
    let legend = view! {
        <ul class="chart-legend">
            {key("bar-principal", Msg::LegendPrincipal)}
            {key("bar-interest", Msg::LegendInterest)}
            {key("bar-charges", Msg::LegendCharges)}
        </ul>
    }
    .into_any();
    let inner = view! {
        {axes(&c.y_ticks, &c.x_ticks, l)}
        <path class="bar-principal" d=c.principal />
        <path class="bar-interest" d=c.interest />
        <path class="bar-charges" d=c.charges />
    };
    frame(
        "split-chart",
        text(l, &Msg::SplitChartTitle),
        desc,
        inner,
        Some(legend),
    )
}
