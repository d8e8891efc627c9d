//! The quick simulation: amount, term in months and annual nominal rate in, level monthly instalment
//! out (French amortisation, payments at the end of each month, interest at rate/12 per month).

use crate::finance::{self, FinanceError};
use crate::i18n::{Locale, Msg, NumberError, format_decimal, parse_decimal};
use rust_decimal::{Decimal, RoundingStrategy};

/// The quick simulation's fields, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuickSimulation {
    /// Loan amount, in the person's locale.
    pub amount: String,
    /// Term in months (a whole number).
    pub months: String,
    /// Annual nominal interest rate in percent.
    pub annual_rate_percent: String,
}

/// A field of the quick simulation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Loan amount.
    Amount,
    /// Term in months.
    Months,
    /// Annual rate in percent.
    AnnualRate,
}

/// What is wrong with a field, ready to be shown beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// Which field.
    pub field: Field,
    /// The message, rendered with [`crate::i18n::text`].
    pub message: Msg,
}

/// The result of evaluating the typed fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuickOutcome {
    /// Every field is valid: the monthly instalment (rounded half-up to cents), the number of
    /// payments and the total repaid (instalment × payments).
    Quote {
        /// Level monthly instalment, rounded to cents.
        instalment: Decimal,
        /// Number of monthly payments.
        payments: u32,
        /// Instalment × payments.
        total: Decimal,
    },
    /// One or more fields are invalid (all of them are reported), or the engine refused the terms.
    Invalid(Vec<FieldError>),
}

/// Limits of the quick simulation (the product catalogue will set its own).
const AMOUNT_MIN: Decimal = Decimal::ONE;
const AMOUNT_MAX: Decimal = Decimal::from_parts(10_000_000, 0, 0, false, 0);
const MONTHS_MIN: u32 = 1;
const MONTHS_MAX: u32 = 480;
const RATE_MAX_PERCENT: Decimal = Decimal::from_parts(200, 0, 0, false, 0);

impl QuickSimulation {
    /// Defaults shown on first load: 10,000 over 10 months at 8% (Microsoft's PMT example).
    pub fn example() -> QuickSimulation {
        QuickSimulation {
            amount: "10000".into(),
            months: "10".into(),
            annual_rate_percent: "8".into(),
        }
    }

    /// Validates every field and computes the instalment with [`finance::tvm::pmt`].
    pub fn evaluate(&self, locale: Locale) -> QuickOutcome {
        let mut errors = Vec::new();
        let amount = checked_number(
            &self.amount,
            locale,
            AMOUNT_MIN,
            AMOUNT_MAX,
            Field::Amount,
            &mut errors,
        );
        let months = checked_number(
            &self.months,
            locale,
            MONTHS_MIN.into(),
            MONTHS_MAX.into(),
            Field::Months,
            &mut errors,
        )
        .and_then(|m| whole(m, Field::Months, &mut errors));
        let rate = checked_number(
            &self.annual_rate_percent,
            locale,
            Decimal::ZERO,
            RATE_MAX_PERCENT,
            Field::AnnualRate,
            &mut errors,
        );
        match (amount, months, rate) {
            (Some(amount), Some(months), Some(rate)) if errors.is_empty() => {
                quote(amount, months, rate).unwrap_or_else(|_| {
                    QuickOutcome::Invalid(vec![FieldError {
                        field: Field::Amount,
                        message: Msg::ErrEngine,
                    }])
                })
            }
            _ => QuickOutcome::Invalid(errors),
        }
    }
}

fn quote(
    amount: Decimal,
    months: u32,
    rate_percent: Decimal,
) -> Result<QuickOutcome, FinanceError> {
    let monthly_rate = finance::num::div(rate_percent, Decimal::from(1200), "12")?;
    let payment = finance::tvm::pmt(
        monthly_rate,
        Decimal::from(months),
        amount,
        Decimal::ZERO,
        finance::tvm::PaymentTiming::End,
    )?;
    let instalment = (-payment).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let total = finance::num::mul(instalment, Decimal::from(months))?;
    Ok(QuickOutcome::Quote {
        instalment,
        payments: months,
        total,
    })
}

fn checked_number(
    text: &str,
    locale: Locale,
    min: Decimal,
    max: Decimal,
    field: Field,
    errors: &mut Vec<FieldError>,
) -> Option<Decimal> {
    let fail = |errors: &mut Vec<FieldError>, message| {
        errors.push(FieldError { field, message });
        None
    };
    match parse_decimal(text, locale) {
        Err(e) => fail(errors, number_message(e)),
        Ok(v) if v < min => fail(errors, Msg::ErrBelowMin(format_decimal(min, 0, locale))),
        Ok(v) if v > max => fail(errors, Msg::ErrAboveMax(format_decimal(max, 0, locale))),
        Ok(v) => Some(v),
    }
}

fn whole(value: Decimal, field: Field, errors: &mut Vec<FieldError>) -> Option<u32> {
    if !value.fract().is_zero() {
        errors.push(FieldError {
            field,
            message: Msg::ErrNotWhole,
        });
        return None;
    }
    u32::try_from(value.mantissa() / 10i128.pow(value.scale())).ok()
}

/// The message for a number that does not parse.
pub(crate) fn number_message(error: NumberError) -> Msg {
    match error {
        NumberError::Empty => Msg::ErrEmpty,
        NumberError::InvalidCharacter(c) => Msg::ErrInvalidCharacter(c),
        NumberError::MisplacedGrouping => Msg::ErrMisplacedGrouping,
        NumberError::MisplacedDecimal => Msg::ErrMisplacedDecimal,
        NumberError::TooLong => Msg::ErrTooLong,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn sim(amount: &str, months: &str, rate: &str) -> QuickSimulation {
        QuickSimulation {
            amount: amount.into(),
            months: months.into(),
            annual_rate_percent: rate.into(),
        }
    }

    #[test]
    fn microsoft_pmt_example() {
        // Microsoft Support, "PMT function", example: =PMT(8%/12, 10, 10000) = ($1,037.03).
        let out = QuickSimulation::example().evaluate(Locale::EnUs);
        assert_eq!(
            out,
            QuickOutcome::Quote {
                instalment: dec!(1037.03),
                payments: 10,
                total: dec!(10370.30)
            }
        );
    }

    #[test]
    fn spanish_spain_input_is_parsed_in_its_locale() {
        let out = sim("10.000", "10", "8,0").evaluate(Locale::EsEs);
        assert!(
            matches!(out, QuickOutcome::Quote { instalment, .. } if instalment == dec!(1037.03))
        );
    }

    #[test]
    fn zero_rate_divides_evenly() {
        let out = sim("1200", "12", "0").evaluate(Locale::EnUs);
        assert!(matches!(out, QuickOutcome::Quote { instalment, .. } if instalment == dec!(100)));
    }

    #[test]
    fn every_bad_field_is_reported() {
        let out = sim("abc", "2.5", "-1").evaluate(Locale::EnUs);
        let QuickOutcome::Invalid(errors) = out else {
            panic!("expected errors")
        };
        assert_eq!(
            errors,
            vec![
                FieldError {
                    field: Field::Amount,
                    message: Msg::ErrInvalidCharacter('a')
                },
                FieldError {
                    field: Field::Months,
                    message: Msg::ErrNotWhole
                },
                FieldError {
                    field: Field::AnnualRate,
                    message: Msg::ErrBelowMin("0".into())
                },
            ]
        );
        let huge = sim("99999999999", "481", "201").evaluate(Locale::EnUs);
        let QuickOutcome::Invalid(errors) = huge else {
            panic!("expected errors")
        };
        assert_eq!(errors.len(), 3);
    }
}
