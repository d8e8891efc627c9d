use crate::finance::schedule::Instalment;
use crate::i18n::{Locale, Msg, format_date, format_money};
use crate::simulation::chart::num_text;
use crate::simulation::summary::{Grouping, PRINT_ROWS, PrintedSchedule, printable};
use crate::ui::components::printed_schedule::PrintedScheduleTable;
use crate::ui::locale::{LocaleContext, tr};
use crate::ui::state::SimState;
use leptos::prelude::*;

/// Height of a table row in CSS pixels (fixed in `style/main.css`, `.schedule tr`).
const ROW_HEIGHT: f64 = 40.0;
/// Rows rendered above and below the visible ones.
const OVERSCAN: usize = 8;
/// Height of the scrolling area in CSS pixels (`.schedule-scroll`).
const VIEWPORT: f64 = 480.0;

/// The full amortisation table. Only the rows in view (plus a margin) are in the document, so it
/// stays smooth at 360 rows or more; `aria-rowcount` and `aria-rowindex` tell assistive technology
/// the whole size. When printing, every row is rendered if they fit on the sheet; otherwise the
/// payments are added up by month, quarter or year ([`PrintedScheduleTable`]).
#[component]
pub fn ScheduleTable() -> impl IntoView {
    let state = SimState::get();
    let locale = LocaleContext::get();
    // Grouping cannot fail on a schedule the engine has already totalled (the sums are bounded by
    // its totals); if it ever did, the full table is printed instead.
    let grouped = Memo::new(move |_| -> Option<PrintedSchedule> {
        if !state.printing.get() {
            return None;
        }
        state.settled.with(|q| match q {
            Some(Ok(q)) => printable(&q.schedule, PRINT_ROWS)
                .ok()
                .filter(|p| p.grouping != Grouping::Payment),
            _ => None,
        })
    });
    let scroll_top = RwSignal::new(0.0f64);
    let rows = Memo::new(move |_| {
        state.settled.with(|q| match q {
            Some(Ok(q)) => q.schedule.rows.clone(),
            _ => Vec::new(),
        })
    });
    let currency = move || {
        state
            .product
            .with(|p| p.as_ref().map(|p| p.currency.clone()))
            .unwrap_or_default()
    };
    let window = move || {
        let n = rows.with(Vec::len);
        if state.printing.get() && grouped.with(Option::is_none) {
            return (0, n);
        }
        let first = ((scroll_top.get() / ROW_HEIGHT) as usize)
            .saturating_sub(OVERSCAN)
            .min(n);
        let count = (VIEWPORT / ROW_HEIGHT) as usize + 2 * OVERSCAN;
        (first, (first + count).min(n))
    };
    let body = move || {
        let (start, end) = window();
        let n = rows.with(Vec::len);
        let l = locale.get();
        let c = currency();
        let top = start as f64 * ROW_HEIGHT;
        let bottom = (n - end) as f64 * ROW_HEIGHT;
        let visible = rows.with(|r| {
            r[start..end]
                .iter()
                .map(|row| row_view(row, &c, l))
                .collect::<Vec<_>>()
        });
        view! {
            <tr class="spacer" aria-hidden="true" style:height=format!("{}px", num_text(top))></tr>
            {visible}
            <tr class="spacer" aria-hidden="true" style:height=format!("{}px", num_text(bottom))></tr>
        }
    };
    let col = move |m: Msg| view! { <th scope="col">{tr(locale, m)}</th> };
    view! {
        <section class="schedule" aria-labelledby="schedule-title">
            <h2 id="schedule-title">{tr(locale, Msg::ScheduleTitle)}</h2>
            {move || grouped.get().map(|printed| view! {
                <PrintedScheduleTable printed currency=currency() locale=locale.get() />
            })}
            <div class="schedule-scroll" class:grouped-away=move || grouped.with(Option::is_some) tabindex="0" role="region" aria-labelledby="schedule-title"
                on:scroll=move |ev| {
                    let el: web_sys::Element = event_target(&ev);
                    scroll_top.set(f64::from(el.scroll_top()));
                }>
                <table aria-rowcount=move || rows.with(Vec::len) + 1>
                    <thead>
                        <tr aria-rowindex="1">
                            {col(Msg::ColNumber)}{col(Msg::ColDate)}{col(Msg::ColPayment)}
                            {col(Msg::ColInterest)}{col(Msg::ColPrincipal)}{col(Msg::ColCharges)}
                            {col(Msg::ColVat)}{col(Msg::ColBalance)}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </section>
    }
}

fn row_view(r: &Instalment, currency: &str, l: Locale) -> impl IntoView + use<> {
    let m = |v| format_money(v, currency, l);
    // A row the engine built always sums (see `Instalment::charges`); a dash would mark one that did not.
    let charges = r.charges().map_or_else(|_| "—".to_string(), m);
    view! {
        <tr aria-rowindex=r.number + 1>
            <th scope="row">{r.number}</th>
            <td>{format_date(r.date, l)}</td>
            <td>{m(r.payment)}</td>
            <td>{m(r.interest)}</td>
            <td>{m(r.principal)}</td>
            <td>{charges}</td>
            <td>{m(r.vat)}</td>
            <td>{m(r.balance)}</td>
        </tr>
    }
}
