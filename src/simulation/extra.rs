//! The extra-payment scenario: a one-off or recurring payment of principal beyond the instalment,
//! shortening the term or lowering the instalment, compared with the loan without it.

use super::fields::{Field, FieldMessage, parse_money, parse_whole};
use super::input::ExtraInput;
use super::loan::{Checked, engine_message};
use crate::config::{LoanChoice, Product};
use crate::finance::Date;
use crate::finance::num::sub;
use crate::finance::quote::Quote;
use crate::finance::schedule::{ExtraEffect, ExtraPayment, Schedule};
use crate::i18n::{Locale, Msg};
use rust_decimal::Decimal;

/// Reads the scenario for a loan of `payments` payments: `None` when no extra amount is typed.
/// The payment it goes with defaults to the first; `every` empty means once.
pub fn check_extra(
    input: &ExtraInput,
    payments: u32,
    locale: Locale,
    decimals: u32,
) -> Checked<Option<ExtraPayment>> {
    let mut messages = Vec::new();
    if input.amount.trim().is_empty() {
        return Checked {
            value: Some(None),
            messages,
        };
    }
    let mut err = |field, msg| messages.push(FieldMessage::error(field, msg));
    let amount = match parse_money(&input.amount, locale, decimals) {
        Ok(v) if v.is_zero() => {
            err(Field::ExtraAmount, Msg::ErrNotPositive);
            None
        }
        Ok(v) => Some(v),
        Err(m) => {
            err(Field::ExtraAmount, m);
            None
        }
    };
    let in_term = |field, text: &str, err: &mut dyn FnMut(Field, Msg)| -> Option<u32> {
        match parse_whole(text, locale) {
            Ok(n) if (1..=payments).contains(&n) => Some(n),
            Ok(_) => {
                err(field, Msg::ErrPaymentNumber(payments));
                None
            }
            Err(m) => {
                err(field, m);
                None
            }
        }
    };
    let at = if input.at_payment.trim().is_empty() {
        Some(1)
    } else {
        in_term(Field::ExtraAt, &input.at_payment, &mut err)
    };
    let every = if input.every.trim().is_empty() {
        Some(None)
    } else {
        in_term(Field::ExtraEvery, &input.every, &mut err).map(Some)
    };
    let value = match (amount, at, every) {
        (Some(amount), Some(at_payment), Some(every)) => Some(Some(ExtraPayment {
            at_payment,
            amount,
            every,
            effect: input.effect,
        })),
        _ => None,
    };
    Checked { value, messages }
}

/// The loan with the extra payments, compared with the quote without them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtraOutcome {
    /// Payments with the extras.
    pub payments: usize,
    /// Payments saved.
    pub fewer_payments: usize,
    /// The new last payment date.
    pub last_payment_date: Date,
    /// Total interest with the extras.
    pub interest: Decimal,
    /// Interest saved.
    pub interest_saved: Decimal,
    /// The regular payment after the first extra (lower when the effect lowers the instalment).
    pub instalment_after: Decimal,
    /// What the extras do.
    pub effect: ExtraEffect,
}

/// Builds the schedule of `choice` with `extra` and compares it with `base` (the same loan without).
pub fn simulate_extra(
    product: &Product,
    choice: &LoanChoice,
    extra: ExtraPayment,
    base: &Quote,
) -> Result<ExtraOutcome, Msg> {
    let mut with = choice.clone();
    with.extra_payments = vec![extra];
    let schedule = Schedule::build(&product.loan_terms(with)).map_err(|e| engine_message(&e))?;
    let interest = schedule.total_interest().map_err(|e| engine_message(&e))?;
    let saved = sub(base.totals.interest, interest).map_err(|e| engine_message(&e))?;
    let after = usize::try_from(extra.at_payment).unwrap_or(usize::MAX);
    let instalment_after = schedule
        .rows
        .get(after)
        .or(schedule.rows.last())
        .map_or(Decimal::ZERO, |r| r.payment);
    Ok(ExtraOutcome {
        payments: schedule.rows.len(),
        fewer_payments: base.payments.saturating_sub(schedule.rows.len()),
        last_payment_date: schedule.last_payment_date(),
        interest,
        interest_saved: saved,
        instalment_after,
        effect: extra.effect,
    })
}
