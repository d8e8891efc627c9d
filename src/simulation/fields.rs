//! The fields a person fills in, and the rules that turn their text into values: parse in the
//! person's locale, then either refuse with a reason or accept, clamping to the product's limits with
//! a notice (never silently).

use crate::i18n::{Locale, Msg, NumberError, parse_decimal};
use rust_decimal::Decimal;

/// A field of the simulator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The product chosen.
    Product,
    /// Amount lent.
    Amount,
    /// Number of payments.
    Term,
    /// Payment frequency.
    Frequency,
    /// Customer segment (decides the rate tier).
    Segment,
    /// First payment date.
    FirstPayment,
    /// Extra payment amount.
    ExtraAmount,
    /// Payment the (first) extra payment goes with.
    ExtraAt,
    /// Repeat the extra payment every this many payments.
    ExtraEvery,
    /// Net monthly income.
    Income,
    /// Monthly living expenses.
    Expenses,
    /// Monthly payments on other debts.
    Debts,
    /// Lead form: full name.
    LeadName,
    /// Lead form: phone.
    LeadPhone,
    /// Lead form: email.
    LeadEmail,
    /// Lead form: message.
    LeadMessage,
    /// Lead form: age.
    LeadAge,
    /// Lead form: consent to be contacted.
    LeadConsent,
}

/// How serious a field message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The value cannot be used; no result is shown until it is corrected.
    Error,
    /// The value was replaced (e.g. clamped to a limit) and the result uses the replacement.
    Notice,
}

/// A message about a field, shown beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldMessage {
    /// Which field.
    pub field: Field,
    /// Error or notice.
    pub severity: Severity,
    /// The message.
    pub msg: Msg,
}

impl FieldMessage {
    /// An error about `field`.
    pub fn error(field: Field, msg: Msg) -> Self {
        FieldMessage {
            field,
            severity: Severity::Error,
            msg,
        }
    }

    /// A notice about `field`.
    pub fn notice(field: Field, msg: Msg) -> Self {
        FieldMessage {
            field,
            severity: Severity::Notice,
            msg,
        }
    }
}

/// The message for a number that does not parse.
pub fn number_message(error: NumberError) -> Msg {
    match error {
        NumberError::Empty => Msg::ErrEmpty,
        NumberError::InvalidCharacter(c) => Msg::ErrInvalidCharacter(c),
        NumberError::MisplacedGrouping => Msg::ErrMisplacedGrouping,
        NumberError::MisplacedDecimal => Msg::ErrMisplacedDecimal,
        NumberError::TooLong => Msg::ErrTooLong,
    }
}

/// Parses an amount of money typed in `locale`: a number, not negative, with at most `decimals`
/// decimals (the currency's minor unit).
pub fn parse_money(text: &str, locale: Locale, decimals: u32) -> Result<Decimal, Msg> {
    let value = parse_decimal(text, locale).map_err(number_message)?;
    if value.is_sign_negative() && !value.is_zero() {
        return Err(Msg::ErrNegative);
    }
    if value.normalize().scale() > decimals {
        return Err(Msg::ErrTooManyDecimals(decimals));
    }
    Ok(value)
}

/// Parses a whole number typed in `locale` (at most 9 digits).
pub fn parse_whole(text: &str, locale: Locale) -> Result<u32, Msg> {
    let value = parse_decimal(text, locale).map_err(number_message)?;
    if value.is_sign_negative() && !value.is_zero() {
        return Err(Msg::ErrNegative);
    }
    if !value.fract().is_zero() {
        return Err(Msg::ErrNotWhole);
    }
    u32::try_from(value.trunc().mantissa() / 10i128.pow(value.trunc().scale()))
        .ok()
        .filter(|v| *v < 1_000_000_000)
        .ok_or(Msg::ErrTooLong)
}

/// An optional money field: empty text is `Ok(None)`.
pub fn parse_optional_money(
    text: &str,
    locale: Locale,
    decimals: u32,
) -> Result<Option<Decimal>, Msg> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse_money(text, locale, decimals).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn money_follows_the_locale_and_the_minor_unit() {
        assert_eq!(parse_money("1,234.56", Locale::EsMx, 2), Ok(dec!(1234.56)));
        assert_eq!(parse_money("1.234,56", Locale::EsEs, 2), Ok(dec!(1234.56)));
        assert_eq!(parse_money("1,234.50", Locale::EnUs, 2), Ok(dec!(1234.50)));
        assert_eq!(
            parse_money("1,234.567", Locale::EnUs, 2),
            Err(Msg::ErrTooManyDecimals(2))
        );
        assert_eq!(parse_money("-5", Locale::EnUs, 2), Err(Msg::ErrNegative));
        assert_eq!(
            parse_money("12a", Locale::EnUs, 2),
            Err(Msg::ErrInvalidCharacter('a'))
        );
        assert_eq!(parse_money("", Locale::EnUs, 2), Err(Msg::ErrEmpty));
        assert_eq!(parse_optional_money("  ", Locale::EnUs, 2), Ok(None));
    }

    #[test]
    fn whole_numbers_refuse_fractions_and_huge_values() {
        assert_eq!(parse_whole("36", Locale::EnUs), Ok(36));
        assert_eq!(parse_whole("2.5", Locale::EnUs), Err(Msg::ErrNotWhole));
        assert_eq!(parse_whole("2,5", Locale::EsEs), Err(Msg::ErrNotWhole));
        assert_eq!(parse_whole("36,0", Locale::EsEs), Ok(36));
        assert_eq!(parse_whole("-1", Locale::EnUs), Err(Msg::ErrNegative));
        assert_eq!(
            parse_whole("99999999999999", Locale::EnUs),
            Err(Msg::ErrTooLong)
        );
    }
}
