use crate::config::Catalog;
use crate::i18n::Msg;
use crate::simulation::SimulationInput;
use crate::simulation::query::{from_query, to_query};
use crate::ui::browser;
use crate::ui::components::{
    AffordabilityPanel, Charts, ExtraPanel, LeadPanel, LoanForm, ProductPicker, Representative,
    Results, ScheduleTable, SharePanel,
};
use crate::ui::locale::{LocaleContext, follow_language, tr};
use crate::ui::state::SimState;
use leptos::prelude::*;
use std::time::Duration;

/// How long after the last keystroke the URL and the QR code follow the simulation.
const LINK_DELAY: Duration = Duration::from_millis(250);

/// The simulator: product, loan and results side by side, then charts, the schedule, affordability,
/// extra payments and sharing. Opened from a link, it shows exactly the linked simulation.
#[component]
pub fn SimulatorPage(
    /// The validated catalogue (on a campaign page, as the campaign offers it).
    catalog: Catalog,
    /// Shown inside another page (a campaign's): its heading is a level lower.
    #[prop(optional)]
    embedded: bool,
    /// The customer segment chosen first (a campaign's default), unless the link names one.
    #[prop(default = None)]
    default_segment: Option<String>,
) -> impl IntoView {
    let locale = LocaleContext::get();
    let start = locale.get_untracked();
    let preferred = crate::ui::SiteLender::get().preferred_currency(start);
    let (input, notices) = from_query(&browser::location_search(), &catalog, start, &preferred);
    let input = match catalog.product(&input.product).cloned() {
        Some(p) => input.with_default_segment(&p, default_segment.as_deref()),
        None => input,
    };
    let state = SimState::provide(catalog, input, start, browser::today());
    state.link_notices.set(notices);
    follow_language(
        locale,
        state.input,
        state.typed_in,
        SimulationInput::relocalized,
    );
    keep_link(state);
    let _ = window_event_listener(leptos::ev::beforeprint, move |_| state.printing.set(true));
    let _ = window_event_listener(leptos::ev::afterprint, move |_| state.printing.set(false));
    // What lies below the first screen is built after the first frame has been painted, one
    // section per frame: the product, the loan and its result appear in one shorter task, and no
    // later task holds the page for long (docs/perf/changes.md).
    let shown = RwSignal::new(BelowFold::NONE);
    BelowFold::NONE.reveal_next(shown);
    let below = move |section: BelowFold| move || shown.get().includes(section);
    let heading = if embedded {
        view! { <h2 class="page-title">{tr(locale, Msg::SimulatorTitle)}</h2> }.into_any()
    } else {
        view! { <h1 class="page-title">{tr(locale, Msg::SimulatorTitle)}</h1> }.into_any()
    };
    view! {
        {heading}
        <div class="sim-layout">
            <form class="sim-inputs" on:submit=|ev| ev.prevent_default()>
                <ProductPicker />
                <LoanForm />
            </form>
            <div class="sim-results">
                <Results />
                <Representative />
            </div>
        </div>
        <Show when=below(BelowFold::CHARTS)>
            <Charts />
        </Show>
        <Show when=below(BelowFold::SCHEDULE)>
            <ScheduleTable />
        </Show>
        <Show when=below(BelowFold::PANELS)>
            <div class="panels">
                <AffordabilityPanel />
                <ExtraPanel />
            </div>
        </Show>
        <Show when=below(BelowFold::LEAD)>
            <LeadPanel />
        </Show>
        <Show when=below(BelowFold::SHARE)>
            <SharePanel />
        </Show>
    }
}

/// How many of the simulator's sections below the first screen are built, in page order: each is
/// built in its own task after a frame (see [`browser::after_next_paint`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct BelowFold(u8);

impl BelowFold {
    const NONE: BelowFold = BelowFold(0);
    const CHARTS: BelowFold = BelowFold(1);
    const SCHEDULE: BelowFold = BelowFold(2);
    const PANELS: BelowFold = BelowFold(3);
    const LEAD: BelowFold = BelowFold(4);
    const SHARE: BelowFold = BelowFold(5);

    /// Whether `section` is built.
    fn includes(self, section: BelowFold) -> bool {
        self >= section
    }

    /// After the next frame, builds the next section, and so on to the last (or until the page
    /// that holds `shown` is gone).
    fn reveal_next(self, shown: RwSignal<BelowFold>) {
        if self >= Self::SHARE {
            return;
        }
        browser::after_next_paint(move || {
            let next = BelowFold(self.0 + 1);
            if shown.try_set(next).is_none() {
                next.reveal_next(shown);
            }
        });
    }
}

/// Keeps the URL's query (and the share link) in step with the simulation, shortly after typing
/// stops, so reloading or sharing reopens it.
fn keep_link(state: SimState) {
    let generation = StoredValue::new(0u64);
    Effect::new(move |previous: Option<()>| {
        let query = state
            .input
            .with(|i| to_query(i, state.typed_in.get(), &browser::location_search()));
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        let apply = move || {
            if generation.get_value() != mine {
                return;
            }
            if let Err(e) = browser::replace_query(&query) {
                leptos::logging::warn!("the address bar could not be updated: {e}");
            }
            state
                .link
                .set(format!("{}?{query}", browser::location_base()));
        };
        if previous.is_none() {
            apply();
        } else {
            set_timeout(apply, LINK_DELAY);
        }
    });
}
