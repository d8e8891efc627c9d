//! The simulator's state: the typed input in one signal, and every derived answer in a memo that
//! calls [`crate::simulation`]. Provided as context so each panel reads only what it shows.

use crate::config::{Catalog, LoanChoice, Product};
use crate::finance::Date;
use crate::finance::affordability::{Assessment, Household, highest_regular_payment};
use crate::finance::quote::Quote;
use crate::finance::schedule::ExtraPayment;
use crate::i18n::{Locale, Msg};
use crate::simulation::afford::{Capacity, capacity, check_household, verdict};
use crate::simulation::disclosure::{Representative, representative};
use crate::simulation::extra::{ExtraOutcome, check_extra, simulate_extra};
use crate::simulation::loan::{check_loan, quote_choice};
use crate::simulation::{Checked, Field, FieldMessage, SimulationInput};
use leptos::prelude::*;

/// Copies every new quote into `settled` right after the next frame has been painted
/// ([`crate::ui::browser::after_next_paint`]), dropping any quote superseded in the meantime: while
/// someone drags a slider, the result repaints on every frame and the charts and table keep up
/// without delaying it.
fn settle(quote: Memo<Option<Result<Quote, Msg>>>, settled: RwSignal<Option<Result<Quote, Msg>>>) {
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        let latest = quote.get();
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        crate::ui::browser::after_next_paint(move || {
            if generation.get_value() == mine {
                settled.set(latest);
            }
        });
    });
}

/// Everything the simulator's panels read.
#[derive(Clone, Copy)]
pub struct SimState {
    /// The catalogue.
    pub catalog: StoredValue<Catalog>,
    /// What the person typed.
    pub input: RwSignal<SimulationInput>,
    /// The locale the numbers in `input` are typed in (follows the language switch).
    pub typed_in: RwSignal<Locale>,
    /// Notices about the link the page was opened with.
    pub link_notices: RwSignal<Vec<FieldMessage>>,
    /// Today (the disbursement date of every simulation).
    pub today: Date,
    /// The chosen product.
    pub product: Memo<Option<Product>>,
    /// The loan asked for.
    pub loan: Memo<Checked<LoanChoice>>,
    /// Its quote.
    pub quote: Memo<Option<Result<Quote, Msg>>>,
    /// The quote the charts and the schedule show: [`SimState::quote`] one frame later, so the
    /// instalment and totals paint first and the heavier views follow (see `settle`).
    pub settled: RwSignal<Option<Result<Quote, Msg>>>,
    /// The extra-payment scenario, read.
    pub extra: Memo<Checked<Option<ExtraPayment>>>,
    /// Its outcome.
    pub extra_outcome: Memo<Option<Result<ExtraOutcome, Msg>>>,
    /// The household, read.
    pub household: Memo<Checked<Option<Household>>>,
    /// Borrowing capacity for the chosen term.
    pub capacity: Memo<Option<Result<Capacity, Msg>>>,
    /// Verdict on the chosen loan.
    pub verdict: Memo<Option<Result<Assessment, Msg>>>,
    /// The product's representative example.
    pub representative: Memo<Option<Result<Representative, Msg>>>,
    /// True while the page is being printed.
    pub printing: RwSignal<bool>,
    /// The link to this simulation, updated shortly after the person stops typing.
    pub link: RwSignal<String>,
}

impl SimState {
    /// Creates the state for `catalog` and `input` and provides it as context.
    pub fn provide(catalog: Catalog, input: SimulationInput, locale: Locale, today: Date) -> Self {
        let catalog = StoredValue::new(catalog);
        let input = RwSignal::new(input);
        let typed_in = RwSignal::new(locale);
        let product = Memo::new(move |_| {
            let id = input.with(|i| i.product.clone());
            catalog.with_value(|c| c.product(&id).cloned())
        });
        let loan = Memo::new(move |_| match product.get() {
            Some(p) => input.with(|i| check_loan(&p, i, typed_in.get(), today)),
            None => Checked {
                value: None,
                messages: Vec::new(),
            },
        });
        let quote = Memo::new(move |_| {
            let p = product.get()?;
            let choice = loan.with(|l| l.value.clone())?;
            Some(quote_choice(&p, &choice))
        });
        let extra = Memo::new(move |_| {
            let payments = loan.with(|l| l.value.as_ref().map_or(0, |c| c.payments));
            let decimals = product.with(|p| p.as_ref().map_or(2, |p| p.minor_unit_decimals()));
            input.with(|i| check_extra(&i.extra, payments, typed_in.get(), decimals))
        });
        let extra_outcome = Memo::new(move |_| {
            let x = extra.with(|x| x.value).flatten()?;
            let p = product.get()?;
            let choice = loan.with(|l| l.value.clone())?;
            quote.with(|q| match q.as_ref()? {
                Ok(base) => Some(simulate_extra(&p, &choice, x, base)),
                Err(_) => None,
            })
        });
        let household = Memo::new(move |_| {
            let decimals = product.with(|p| p.as_ref().map_or(2, |p| p.minor_unit_decimals()));
            input.with(|i| check_household(&i.household, typed_in.get(), decimals))
        });
        let template = Memo::new(move |_| {
            loan.with(|l| l.value.clone()).map(|mut c| {
                c.principal = rust_decimal::Decimal::ZERO;
                c
            })
        });
        let capacity = Memo::new(move |_| {
            let h = household.with(|h| h.value).flatten()?;
            let p = product.get()?;
            let t = template.get()?;
            Some(capacity(&p, &h, &t))
        });
        let verdict = Memo::new(move |_| {
            let h = household.with(|h| h.value).flatten()?;
            let p = product.get()?;
            let f = loan.with(|l| l.value.as_ref().map(|c| c.frequency))?;
            quote.with(|q| match q.as_ref()? {
                Ok(q) => {
                    let highest = highest_regular_payment(&q.schedule, p.pricing.method);
                    Some(verdict(&p, &h, f, highest))
                }
                Err(_) => None,
            })
        });
        let representative = Memo::new(move |_| product.get().map(|p| representative(&p, today)));
        let settled = RwSignal::new(quote.get_untracked());
        settle(quote, settled);
        let state = SimState {
            catalog,
            input,
            typed_in,
            link_notices: RwSignal::new(Vec::new()),
            today,
            product,
            loan,
            quote,
            settled,
            extra,
            extra_outcome,
            household,
            capacity,
            verdict,
            representative,
            printing: RwSignal::new(false),
            link: RwSignal::new(String::new()),
        };
        provide_context(state);
        state
    }

    /// The state provided by the simulator page.
    pub fn get() -> Self {
        expect_context::<SimState>()
    }

    /// A typed text of the input as a read signal (memoised: it changes only when that text does)
    /// and a callback that writes it.
    pub fn text(
        &self,
        get: fn(&SimulationInput) -> &String,
        set: fn(&mut SimulationInput) -> &mut String,
    ) -> (Signal<String>, Callback<String>) {
        let input = self.input;
        let read = Memo::new(move |_| input.with(|i| get(i).clone()));
        (
            read.into(),
            Callback::new(move |v| input.update(|i| *set(i) = v)),
        )
    }

    /// The messages about `field`, errors first: from the link, the loan, the extra payment and the
    /// household.
    pub fn messages_for(&self, field: Field) -> Vec<FieldMessage> {
        let mut out: Vec<FieldMessage> = Vec::new();
        let mut take = |list: &Vec<FieldMessage>| {
            out.extend(list.iter().filter(|m| m.field == field).cloned());
        };
        self.link_notices.with(&mut take);
        self.loan.with(|l| take(&l.messages));
        self.extra.with(|x| take(&x.messages));
        self.household.with(|h| take(&h.messages));
        out
    }
}
