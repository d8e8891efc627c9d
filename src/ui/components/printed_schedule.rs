use crate::i18n::{Locale, Msg, format_money, format_month_year, format_quarter, text};
use crate::simulation::summary::{Grouping, PrintedSchedule, SummaryRow};
use leptos::prelude::*;

/// The schedule on the printed sheet when it has more rows than one page holds: payments added up
/// by calendar month, quarter or year (see [`crate::simulation::summary`]), with a note saying so.
#[component]
pub fn PrintedScheduleTable(
    /// The grouped schedule.
    printed: PrintedSchedule,
    /// The loan's currency.
    currency: String,
    /// The page's locale.
    locale: Locale,
) -> impl IntoView {
    let col = |m: Msg| view! { <th scope="col">{text(locale, &m)}</th> };
    let note = match printed.grouping {
        Grouping::Month => Msg::PrintedByMonth,
        Grouping::Quarter => Msg::PrintedByQuarter,
        Grouping::Year | Grouping::Payment => Msg::PrintedByYear,
    };
    let rows = printed
        .rows
        .iter()
        .map(|r| summary_row(r, printed.grouping, &currency, locale))
        .collect_view();
    view! {
        <table class="printed-schedule" data-testid="printed-schedule">
            <caption>{text(locale, &note)}</caption>
            <thead>
                <tr>
                    {col(Msg::ColPeriod)}{col(Msg::ColPayments)}{col(Msg::ColPayment)}
                    {col(Msg::ColInterest)}{col(Msg::ColPrincipal)}{col(Msg::ColCharges)}
                    {col(Msg::ColVat)}{col(Msg::ColBalance)}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn summary_row(r: &SummaryRow, g: Grouping, currency: &str, l: Locale) -> impl IntoView + use<> {
    let m = |v| format_money(v, currency, l);
    let period = match g {
        Grouping::Month => format_month_year(r.first_date, l),
        Grouping::Quarter => format_quarter(r.first_date, l),
        Grouping::Year | Grouping::Payment => r.first_date.year().to_string(),
    };
    let payments = if r.first_number == r.last_number {
        r.first_number.to_string()
    } else {
        format!("{}–{}", r.first_number, r.last_number)
    };
    view! {
        <tr>
            <th scope="row">{period}</th>
            <td>{payments}</td>
            <td>{m(r.payment)}</td>
            <td>{m(r.interest)}</td>
            <td>{m(r.principal)}</td>
            <td>{m(r.charges)}</td>
            <td>{m(r.vat)}</td>
            <td>{m(r.balance)}</td>
        </tr>
    }
}
