//! The loan the person asks for: their typed amount, term, frequency and first date checked against
//! the product, then quoted by the engine.

use super::fields::{Field, FieldMessage, parse_money, parse_whole};
use super::input::SimulationInput;
use crate::config::{LoanChoice, Product};
use crate::finance::apr::{AprConvention, UnitPeriod};
use crate::finance::quote::{QUOTE_FORMAT_VERSION, Quote, QuoteRequest, quote};
use crate::finance::schedule::Frequency;
use crate::finance::{Date, FinanceError};
use crate::i18n::{Locale, Msg, format_date, format_money};

/// A value with the messages found while reading it; `value` is `None` when an error prevents it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked<T> {
    /// The value, when every error-free.
    pub value: Option<T>,
    /// Errors and notices, in field order.
    pub messages: Vec<FieldMessage>,
}

/// Reads the loan the person asks for: the amount (clamped to the product's limits with a notice),
/// the number of payments (clamped likewise), the frequency and the first payment date, disbursed
/// `today`. Extra payments are not part of it (see [`super::extra`]).
pub fn check_loan(
    product: &Product,
    input: &SimulationInput,
    locale: Locale,
    today: Date,
) -> Checked<LoanChoice> {
    let mut messages = Vec::new();
    let principal = amount(product, &input.amount, locale, &mut messages);
    let (frequency, option) = match product.term_option(input.frequency) {
        Some(o) => (input.frequency, Some(o)),
        None => {
            let o = product.default_term();
            if let Some(o) = o {
                let msg = Msg::FrequencyNotOffered;
                messages.push(FieldMessage::notice(Field::Frequency, msg));
                (o.frequency, Some(o))
            } else {
                (input.frequency, None)
            }
        }
    };
    let payments = option.and_then(|o| {
        let n = parse_whole(&input.term, locale)
            .map_err(|m| messages.push(FieldMessage::error(Field::Term, m)))
            .ok()?;
        Some(clamp_payments(
            n,
            o.min_payments,
            o.max_payments,
            &mut messages,
        ))
    });
    let first_payment = first_payment(&input.first_payment, frequency, today, locale);
    let first_payment = first_payment
        .map_err(|m| messages.push(FieldMessage::error(Field::FirstPayment, m)))
        .ok();
    let value = match (principal, payments, first_payment) {
        (Some(principal), Some(payments), Some(first_payment)) => Some(LoanChoice {
            principal,
            payments,
            frequency,
            disbursement: today,
            first_payment,
            extra_payments: Vec::new(),
            segment: product.segment(&input.segment).map(|s| s.id.clone()),
        }),
        _ => None,
    };
    Checked { value, messages }
}

fn amount(
    product: &Product,
    text: &str,
    locale: Locale,
    messages: &mut Vec<FieldMessage>,
) -> Option<rust_decimal::Decimal> {
    let limits = product.amount;
    let value = parse_money(text, locale, product.minor_unit_decimals())
        .map_err(|m| messages.push(FieldMessage::error(Field::Amount, m)))
        .ok()?;
    let money = |v| format_money(v, &product.currency, locale);
    if value < limits.min {
        messages.push(FieldMessage::notice(
            Field::Amount,
            Msg::ClampedToMin(money(limits.min)),
        ));
        Some(limits.min)
    } else if value > limits.max {
        messages.push(FieldMessage::notice(
            Field::Amount,
            Msg::ClampedToMax(money(limits.max)),
        ));
        Some(limits.max)
    } else {
        Some(value)
    }
}

fn clamp_payments(n: u32, min: u32, max: u32, messages: &mut Vec<FieldMessage>) -> u32 {
    if n < min {
        messages.push(FieldMessage::notice(
            Field::Term,
            Msg::ClampedToMin(min.to_string()),
        ));
        min
    } else if n > max {
        messages.push(FieldMessage::notice(
            Field::Term,
            Msg::ClampedToMax(max.to_string()),
        ));
        max
    } else {
        n
    }
}

/// The latest first payment date accepted: two regular periods after the disbursement.
pub fn latest_first_payment(today: Date, frequency: Frequency) -> Result<Date, FinanceError> {
    match frequency {
        Frequency::Weekly => today.add_days(14),
        Frequency::Biweekly => today.add_days(28),
        Frequency::Semimonthly => today.add_months(1),
        Frequency::Monthly => today.add_months(2),
        Frequency::Quarterly => today.add_months(6),
    }
}

/// Reads the optional first payment date (`YYYY-MM-DD`, as a date input gives it): after `today`
/// and no later than [`latest_first_payment`].
pub fn first_payment(
    text: &str,
    frequency: Frequency,
    today: Date,
    locale: Locale,
) -> Result<Option<Date>, Msg> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let date = Date::parse_iso(text).map_err(|_| Msg::ErrDate)?;
    let earliest = today.add_days(1).map_err(|_| Msg::ErrDate)?;
    let latest = latest_first_payment(today, frequency).map_err(|_| Msg::ErrDate)?;
    if date < earliest || date > latest {
        return Err(Msg::ErrDateRange {
            from: format_date(earliest, locale),
            to: format_date(latest, locale),
        });
    }
    Ok(Some(date))
}

/// The unit period of the legal rate: Regulation Z infers it from the payments (Appendix J (b)(4));
/// EU, UK and CAT count weeks for weekly and biweekly payments (Annex I remark (c): "52 weeks") and
/// months otherwise.
pub fn unit_period(convention: AprConvention, frequency: Frequency) -> Option<UnitPeriod> {
    match (convention, frequency) {
        (AprConvention::UsRegZ, _) => None,
        (_, Frequency::Weekly | Frequency::Biweekly) => Some(UnitPeriod::Week),
        _ => Some(UnitPeriod::Month),
    }
}

/// The engine's quote for `choice` under `product` (its legal rate with its convention).
pub fn quote_choice(product: &Product, choice: &LoanChoice) -> Result<Quote, Msg> {
    quote(&quote_request(product, choice)).map_err(|e| engine_message(&e))
}

/// The engine request for `choice` of `product`: what `cuota quote` reads to recompute the quote.
pub fn quote_request(product: &Product, choice: &LoanChoice) -> QuoteRequest {
    QuoteRequest {
        version: QUOTE_FORMAT_VERSION,
        loan: product.loan_terms(choice.clone()),
        convention: product.convention,
        unit_period: unit_period(product.convention, choice.frequency),
    }
}

/// The message for an engine error.
pub fn engine_message(error: &FinanceError) -> Msg {
    match error {
        FinanceError::Overflow => Msg::ErrOverflow,
        FinanceError::NoSolution(_) => Msg::ErrNoRate,
        other => Msg::ErrEngine(other.to_string()),
    }
}

#[cfg(test)]
mod tests;
