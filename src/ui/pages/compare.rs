use crate::config::Catalog;
use crate::i18n::{Locale, Msg, SiteMsg, text};
use crate::simulation::compare::query::{from_query, simulate_query, to_query};
use crate::simulation::compare::{
    CompareInput, Request, Row, SortKey, check_request, compare, compare_notes,
};
use crate::simulation::route::Route;
use crate::simulation::{Checked, Field, FieldMessage};
use crate::ui::browser;
use crate::ui::components::{CompareCard, SelectField, TextField};
use crate::ui::locale::{LocaleContext, follow_language, tr};
use leptos::prelude::*;

/// The comparison's state: the typed input, the locale its numbers are typed in, and the rows.
#[derive(Clone, Copy)]
struct CompareState {
    input: RwSignal<CompareInput>,
    typed_in: RwSignal<Locale>,
    notices: RwSignal<Vec<FieldMessage>>,
    request: Memo<Checked<Request>>,
    rows: Memo<Vec<Row>>,
}

/// Every product (of a currency) side by side for the person's amount, term and household, with the
/// best for them marked and the order they choose; every input is kept in the address.
#[component]
pub fn ComparePage(
    /// The products compared (on a campaign's page, as it offers them).
    catalog: Catalog,
    /// The campaign page this comparison belongs to, when it does.
    #[prop(optional)]
    campaign: Option<Route>,
) -> impl IntoView {
    let locale = LocaleContext::get();
    let start = locale.get_untracked();
    let preferred = crate::ui::SiteLender::get().preferred_currency(start);
    let (input, notices) = from_query(&browser::location_search(), &catalog, start, &preferred);
    let catalog = StoredValue::new(catalog);
    let input = RwSignal::new(input);
    let typed_in = RwSignal::new(start);
    let request = Memo::new(move |_| input.with(|i| check_request(i, typed_in.get())));
    let today = browser::today();
    let rows = Memo::new(move |_| {
        let Some(req) = request.with(|r| r.value.clone()) else {
            return Vec::new();
        };
        let l = locale.get();
        input.with(|i| {
            catalog.with_value(|c| compare(c, &i.currency, &i.segment, &req, i.sort, today, l))
        })
    });
    let state = CompareState {
        input,
        typed_in,
        notices: RwSignal::new(notices),
        request,
        rows,
    };
    follow_language(
        locale,
        state.input,
        state.typed_in,
        CompareInput::relocalized,
    );
    keep_link(state);
    let back = campaign.clone().map(|r| {
        let href = r.link(&browser::location_search(), start.tag(), &[]);
        view! { <p class="back-link"><a href=href>{tr(locale, Msg::Site(SiteMsg::SeeOffers))}</a></p> }
    });
    let target = campaign.unwrap_or(Route::Simulator);
    view! {
        <h1 class="page-title">{tr(locale, Msg::Site(SiteMsg::CompareTitle))}</h1>
        {back}
        <p class="page-intro">{tr(locale, Msg::Site(SiteMsg::CompareIntro))}</p>
        <form class="compare-form" on:submit=|ev| ev.prevent_default()>
            <CompareFields state=state catalog=catalog />
        </form>
        <CompareResults state=state target=target />
    }
}

/// The request's fields: amount, months, currency and segment when there is a choice, the
/// household, and the order.
#[component]
fn CompareFields(state: CompareState, catalog: StoredValue<Catalog>) -> impl IntoView {
    let locale = LocaleContext::get();
    let input = state.input;
    let messages = move |field: Field| {
        Signal::derive(move || {
            let mut out: Vec<FieldMessage> = state
                .notices
                .with(|n| n.iter().filter(|m| m.field == field).cloned().collect());
            state
                .request
                .with(|r| out.extend(r.messages.iter().filter(|m| m.field == field).cloned()));
            out
        })
    };
    let text_of = move |get: fn(&CompareInput) -> &String| {
        Signal::derive(move || input.with(|i| get(i).clone()))
    };
    let set = move |put: fn(&mut CompareInput) -> &mut String| {
        Callback::new(move |v: String| input.update(|i| *put(i) = v))
    };
    let currencies = catalog.with_value(crate::simulation::compare::currencies);
    let several = currencies.len() > 1;
    let currency_options = currencies
        .into_iter()
        .map(|c| (c.clone(), c))
        .collect::<Vec<_>>();
    let currency_select = several.then(|| {
        view! {
            <SelectField id="currency" label=Signal::derive(tr(locale, Msg::Site(SiteMsg::CurrencyLabel)))
                options=Signal::derive(move || currency_options.clone())
                value=Signal::derive(move || input.with(|i| i.currency.clone()))
                on_change=Callback::new(move |v| input.update(|i| i.currency = v)) />
        }
    });
    let segment_options = Signal::derive(move || {
        let l = locale.get();
        let list = input.with(|i| catalog.with_value(|c| i.segments(c)));
        if list.is_empty() {
            return Vec::new();
        }
        let none = (String::new(), text(l, &Msg::Site(SiteMsg::SegmentNone)));
        std::iter::once(none)
            .chain(
                list.into_iter()
                    .map(|s| (s.id.clone(), s.name.get(l).to_string())),
            )
            .collect()
    });
    let segment_select = move || {
        (!segment_options.with(Vec::is_empty)).then(|| {
            view! {
                <SelectField id="segment" label=Signal::derive(tr(locale, Msg::Site(SiteMsg::SegmentLegend)))
                    options=segment_options
                    value=Signal::derive(move || input.with(|i| i.segment.clone()))
                    on_change=Callback::new(move |v| input.update(|i| i.segment = v)) />
            }
        })
    };
    let sort_options = Signal::derive(move || {
        let l = locale.get();
        SortKey::ALL
            .into_iter()
            .map(|k| {
                (
                    k.key().to_string(),
                    text(l, &Msg::Site(SiteMsg::SortName(k))),
                )
            })
            .collect::<Vec<_>>()
    });
    let set_sort = Callback::new(move |v: String| {
        if let Some(k) = SortKey::ALL.into_iter().find(|k| k.key() == v) {
            input.update(|i| i.sort = k);
        }
    });
    view! {
        <div class="compare-fields">
            <TextField id="amount" field=Field::Amount label=Signal::derive(tr(locale, Msg::AmountLabel))
                value=text_of(|i| &i.amount) on_input=set(|i| &mut i.amount) messages=messages(Field::Amount) />
            <TextField id="months" field=Field::Term label=Signal::derive(tr(locale, Msg::Site(SiteMsg::MonthsLabel)))
                value=text_of(|i| &i.months) on_input=set(|i| &mut i.months) messages=messages(Field::Term) inputmode="numeric" />
            {currency_select}
            {segment_select}
            <TextField id="income" field=Field::Income label=Signal::derive(tr(locale, Msg::IncomeLabel))
                value=text_of(|i| &i.household.income) on_input=set(|i| &mut i.household.income) messages=messages(Field::Income) />
            <TextField id="expenses" field=Field::Expenses label=Signal::derive(tr(locale, Msg::ExpensesLabel))
                value=text_of(|i| &i.household.expenses) on_input=set(|i| &mut i.household.expenses) messages=messages(Field::Expenses) />
            <TextField id="debts" field=Field::Debts label=Signal::derive(tr(locale, Msg::DebtsLabel))
                value=text_of(|i| &i.household.debts) on_input=set(|i| &mut i.household.debts) messages=messages(Field::Debts) />
            <SelectField id="sort" label=Signal::derive(tr(locale, Msg::Site(SiteMsg::SortLabel)))
                options=sort_options value=Signal::derive(move || input.with(|i| i.sort.key().to_string()))
                on_change=set_sort />
        </div>
    }
}

/// The rows, best first among those the person can have, with a live summary.
#[component]
fn CompareResults(state: CompareState, target: Route) -> impl IntoView {
    let locale = LocaleContext::get();
    let target = StoredValue::new(target);
    let summary = move || {
        let l = locale.get();
        state.rows.with(|rows| {
            if rows.is_empty() {
                return String::new();
            }
            let mut s = text(l, &Msg::Site(SiteMsg::ComparedCount(rows.len())));
            if !rows.iter().any(Row::eligible) {
                s = format!("{s}. {}", text(l, &Msg::Site(SiteMsg::NoneEligible)));
            }
            s
        })
    };
    let cards = move || {
        let input = state.input.get();
        let l = state.typed_in.get();
        state
            .rows
            .get()
            .into_iter()
            .map(|row| {
                let href = simulate_query(&row, &input, l, &browser::location_search())
                    .map(|q| format!("{}?{q}", target.with_value(Route::href)));
                view! { <CompareCard row=row simulate=href /> }
            })
            .collect_view()
    };
    let legal = move || {
        let l = locale.get();
        state
            .rows
            .with(|rows| compare_notes(rows, today_label(l), l))
            .into_iter()
            .map(|t| view! { <p>{t}</p> })
            .collect_view()
    };
    view! {
        <p class="compare-summary" role="status" aria-live="polite" data-testid="compare-summary">{summary}</p>
        <ol class="compare-list" data-testid="compare-list">{cards}</ol>
        <div class="compare-legal" data-testid="compare-legal">{legal}</div>
    }
}

/// Today, formatted, for the date of calculation.
fn today_label(l: Locale) -> String {
    crate::i18n::format_date(browser::today(), l)
}

/// Keeps the address in step with the comparison, so it can be reloaded and shared.
fn keep_link(state: CompareState) {
    Effect::new(move |_| {
        let query = state
            .input
            .with(|i| to_query(i, state.typed_in.get(), &browser::location_search()));
        if let Err(e) = browser::replace_query(&query) {
            leptos::logging::warn!("the address bar could not be updated: {e}");
        }
    });
}
