//! The affordability panel: the household's monthly figures, turned into the loan's payment period,
//! give the largest instalment and amount the product allows and a verdict on the chosen loan.

use super::fields::{Field, FieldMessage, parse_money, parse_optional_money};
use super::input::HouseholdInput;
use super::loan::{Checked, engine_message};
use crate::config::{LoanChoice, Product};
use crate::finance::affordability::{
    Assessment, Household, Policy, Reason, assess, max_instalment, max_principal,
};
use crate::finance::num::{div, mul};
use crate::finance::schedule::Frequency;
use crate::i18n::{Locale, Msg, format_money, format_percent};
use rust_decimal::Decimal;

/// Reads the household's monthly figures: `None` while no income is typed; expenses and debts
/// default to zero.
pub fn check_household(
    input: &HouseholdInput,
    locale: Locale,
    decimals: u32,
) -> Checked<Option<Household>> {
    let mut messages = Vec::new();
    let mut read = |field, text: &str, required: bool| {
        let parsed = if required {
            parse_money(text, locale, decimals).map(Some)
        } else {
            parse_optional_money(text, locale, decimals)
        };
        parsed
            .map_err(|m| messages.push(FieldMessage::error(field, m)))
            .ok()
            .map(|v| v.unwrap_or(Decimal::ZERO))
    };
    let has_income = !input.income.trim().is_empty();
    let income = read(Field::Income, &input.income, has_income);
    let expenses = read(Field::Expenses, &input.expenses, false);
    let debts = read(Field::Debts, &input.debts, false);
    let value = match (income, expenses, debts) {
        (Some(_), Some(_), Some(_)) if !has_income => Some(None),
        (Some(net_income), Some(living_expenses), Some(existing_debt_payments)) => {
            Some(Some(Household {
                net_income,
                living_expenses,
                existing_debt_payments,
            }))
        }
        _ => None,
    };
    Checked { value, messages }
}

/// A monthly amount expressed per payment period of `frequency` (`× 12 / payments per year`).
pub fn per_period(monthly: Decimal, frequency: Frequency) -> Result<Decimal, Msg> {
    let yearly = mul(monthly, Decimal::from(12)).map_err(|e| engine_message(&e))?;
    div(
        yearly,
        Decimal::from(frequency.per_year()),
        "payments per year",
    )
    .map_err(|e| engine_message(&e))
}

fn household_per_period(h: &Household, f: Frequency) -> Result<Household, Msg> {
    Ok(Household {
        net_income: per_period(h.net_income, f)?,
        living_expenses: per_period(h.living_expenses, f)?,
        existing_debt_payments: per_period(h.existing_debt_payments, f)?,
    })
}

fn policy_per_period(p: &Policy, f: Frequency) -> Result<Policy, Msg> {
    Ok(Policy {
        max_dti: p.max_dti,
        min_residual_income: p
            .min_residual_income
            .map(|m| per_period(m, f))
            .transpose()?,
    })
}

/// How much the household can borrow under the product, for the chosen term and frequency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capacity {
    /// The largest instalment per payment period.
    pub max_instalment: Decimal,
    /// The largest amount whose highest regular payment fits, before the product's limits.
    pub max_amount: Decimal,
    /// The amount to offer with "use this amount": `max_amount` capped at the product's maximum,
    /// `None` when it is below the product's minimum.
    pub usable_amount: Option<Decimal>,
}

/// The household's borrowing capacity for `template` (its term, frequency and dates; its principal
/// is ignored). Independent of the amount typed, so the UI recomputes it only when those change.
pub fn capacity(
    product: &Product,
    household: &Household,
    template: &LoanChoice,
) -> Result<Capacity, Msg> {
    let h = household_per_period(household, template.frequency)?;
    let p = policy_per_period(&product.affordability, template.frequency)?;
    let max_instalment = max_instalment(&h, &p).map_err(|e| engine_message(&e))?;
    let terms = product.loan_terms(template.clone());
    let max_amount = max_principal(&h, &p, &terms).map_err(|e| engine_message(&e))?;
    let capped = max_amount.min(product.amount.max);
    Ok(Capacity {
        max_instalment,
        max_amount,
        usable_amount: (capped >= product.amount.min).then_some(capped),
    })
}

/// The verdict on an instalment (the loan's highest regular payment) for the household.
pub fn verdict(
    product: &Product,
    household: &Household,
    frequency: Frequency,
    instalment: Decimal,
) -> Result<Assessment, Msg> {
    let h = household_per_period(household, frequency)?;
    let p = policy_per_period(&product.affordability, frequency)?;
    assess(&h, &p, instalment).map_err(|e| engine_message(&e))
}

/// The message for an affordability reason, amounts in `currency`.
pub fn reason_msg(r: &Reason, currency: &str, l: Locale) -> Msg {
    match r {
        Reason::NoIncome => Msg::ReasonNoIncome,
        Reason::DtiAboveMax { dti, max } => Msg::ReasonDti {
            dti: format_percent(*dti, 1, l),
            max: format_percent(*max, 1, l),
        },
        Reason::ResidualBelowMin { residual, min } => Msg::ReasonResidual {
            residual: format_money(*residual, currency, l),
            min: format_money(*min, currency, l),
        },
    }
}
