//! Locale-aware decimal numbers: parsing what a person types and formatting what the engine returns.
//! Separators and grouping follow CLDR: es-MX and en-US use "1,234.56"; es-ES uses "1.234,56" but does
//! not group four-digit integers ("1234,56"; CLDR `minimumGroupingDigits` = 2 for Spanish).

use super::Locale;
use rust_decimal::{Decimal, RoundingStrategy};
use std::str::FromStr;

/// Why typed text is not a number in the person's locale. The UI maps each to a translated message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing but spaces.
    Empty,
    /// A character that is neither a digit nor a separator of this locale.
    InvalidCharacter(char),
    /// Grouping separators not in groups of three digits, or after the decimal separator.
    MisplacedGrouping,
    /// The decimal separator appears more than once, or with no digit around it.
    MisplacedDecimal,
    /// More than 28 significant digits.
    TooLong,
}

/// Parses a number as typed in `locale`: optional leading minus, digits, the locale's grouping
/// separator in groups of three, one decimal separator. Spaces (including no-break spaces) are
/// ignored. "1,234.56" (en-US, es-MX), "1.234,56" and "1234,56" (es-ES).
pub fn parse_decimal(text: &str, locale: Locale) -> Result<Decimal, NumberError> {
    let (dec_sep, group_sep) = locale.separators();
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}')
        .collect();
    let (negative, body) = match cleaned.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest),
        None => (false, cleaned.as_str()),
    };
    if body.is_empty() {
        return Err(if negative {
            NumberError::MisplacedDecimal
        } else {
            NumberError::Empty
        });
    }
    if let Some(bad) = body
        .chars()
        .find(|c| !c.is_ascii_digit() && *c != dec_sep && *c != group_sep)
    {
        return Err(NumberError::InvalidCharacter(bad));
    }
    let mut parts = body.split(dec_sep);
    let int_part = parts.next().unwrap_or_default();
    let frac_part = parts.next();
    if parts.next().is_some() {
        return Err(NumberError::MisplacedDecimal);
    }
    let digits = integer_digits(int_part, group_sep)?;
    let frac = frac_part.unwrap_or("");
    if frac.contains(group_sep) {
        return Err(NumberError::MisplacedGrouping);
    }
    if digits.is_empty() && frac.is_empty() {
        return Err(NumberError::MisplacedDecimal);
    }
    let canonical = format!(
        "{}{}.{}",
        if negative { "-" } else { "" },
        if digits.is_empty() { "0" } else { &digits },
        if frac.is_empty() { "0" } else { frac }
    );
    Decimal::from_str(&canonical).map_err(|_| NumberError::TooLong)
}

/// The integer digits with grouping removed, checking groups of three after the first.
fn integer_digits(int_part: &str, group_sep: char) -> Result<String, NumberError> {
    if !int_part.contains(group_sep) {
        return Ok(int_part.to_string());
    }
    let groups: Vec<&str> = int_part.split(group_sep).collect();
    let first_ok = (1..=3).contains(&groups[0].len());
    if !first_ok || groups[1..].iter().any(|g| g.len() != 3) {
        return Err(NumberError::MisplacedGrouping);
    }
    Ok(groups.concat())
}

/// Formats `value` with exactly `decimals` decimals (rounded half away from zero) in `locale`.
pub fn format_decimal(value: Decimal, decimals: u32, locale: Locale) -> String {
    let (dec_sep, group_sep) = locale.separators();
    let rounded = value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    let text = format!("{:.*}", decimals as usize, rounded.abs());
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let min_grouping = if locale == Locale::EsEs { 5 } else { 4 };
    let mut out = String::with_capacity(text.len() + 8);
    if rounded.is_sign_negative() && !rounded.is_zero() {
        out.push('-');
    }
    if int_part.len() >= min_grouping {
        for (i, c) in int_part.chars().enumerate() {
            if i > 0 && (int_part.len() - i) % 3 == 0 {
                out.push(group_sep);
            }
            out.push(c);
        }
    } else {
        out.push_str(int_part);
    }
    if !frac_part.is_empty() {
        out.push(dec_sep);
        out.push_str(frac_part);
    }
    out
}

/// Formats an amount of money in `currency` (ISO 4217) for `locale`, with the currency's minor unit:
/// `$1,037.03` (es-MX MXN, en-US USD), `1037,03 €` (es-ES EUR), `€1,037.03` (en-US EUR), with CLDR's
/// symbols for the other currencies of the catalogue (`MX$`, `US$`); other currencies show their code.
pub fn format_money(value: Decimal, currency: &str, locale: Locale) -> String {
    let decimals = match currency {
        "JPY" | "CLP" | "KRW" | "PYG" => 0,
        _ => 2,
    };
    let number = format_decimal(value, decimals, locale);
    match (locale, currency) {
        (Locale::EsMx, "MXN") | (Locale::EnUs, "USD") => prefix_symbol("$", &number),
        (Locale::EsEs, "EUR") => format!("{number}\u{a0}€"),
        (Locale::EsMx, "USD") => prefix_symbol("US$", &number),
        (Locale::EsMx, _) => format!("{currency}\u{a0}{number}"),
        (Locale::EnUs, "MXN") => prefix_symbol("MX$", &number),
        (Locale::EnUs, "EUR") => prefix_symbol("€", &number),
        _ => format!("{number}\u{a0}{currency}"),
    }
}

/// Formats a rate given as a fraction (0.0902) as a percentage with `places` decimals in `locale`,
/// per CLDR's percent patterns: `9.02%` (en-US), `9.02 %` (es-MX) and `9,02 %` (es-ES), with a
/// no-break space.
pub fn format_percent(fraction: Decimal, places: u32, locale: Locale) -> String {
    let Some(percent) = fraction.checked_mul(Decimal::ONE_HUNDRED) else {
        return "—".into();
    };
    let number = format_decimal(percent, places, locale);
    match locale {
        Locale::EnUs => format!("{number}%"),
        Locale::EsMx | Locale::EsEs => format!("{number}\u{a0}%"),
    }
}

fn prefix_symbol(symbol: &str, number: &str) -> String {
    match number.strip_prefix('-') {
        Some(abs) => format!("-{symbol}{abs}"),
        None => format!("{symbol}{number}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn parses_each_locales_conventions() {
        assert_eq!(parse_decimal("1,234.56", Locale::EnUs), Ok(dec!(1234.56)));
        assert_eq!(parse_decimal("1,234.56", Locale::EsMx), Ok(dec!(1234.56)));
        assert_eq!(parse_decimal("1.234,56", Locale::EsEs), Ok(dec!(1234.56)));
        assert_eq!(parse_decimal("1234,56", Locale::EsEs), Ok(dec!(1234.56)));
        assert_eq!(parse_decimal(" 12 000 ", Locale::EnUs), Ok(dec!(12000)));
        assert_eq!(parse_decimal(".5", Locale::EnUs), Ok(dec!(0.5)));
        assert_eq!(parse_decimal("-7", Locale::EnUs), Ok(dec!(-7)));
    }

    #[test]
    fn rejects_what_is_not_a_number_in_the_locale() {
        use NumberError::*;
        assert_eq!(parse_decimal("", Locale::EnUs), Err(Empty));
        assert_eq!(
            parse_decimal("12a", Locale::EnUs),
            Err(InvalidCharacter('a'))
        );
        assert_eq!(parse_decimal("1,23", Locale::EnUs), Err(MisplacedGrouping));
        assert_eq!(
            parse_decimal("1.234,56", Locale::EnUs),
            Err(MisplacedGrouping)
        );
        assert_eq!(parse_decimal("1.2.3", Locale::EnUs), Err(MisplacedDecimal));
        assert_eq!(
            parse_decimal("1,234.5,6", Locale::EnUs),
            Err(MisplacedGrouping)
        );
        assert_eq!(parse_decimal(".", Locale::EnUs), Err(MisplacedDecimal));
        assert_eq!(
            parse_decimal("99999999999999999999999999999999", Locale::EnUs),
            Err(TooLong)
        );
    }

    #[test]
    fn formats_with_cldr_grouping() {
        assert_eq!(format_decimal(dec!(1234.56), 2, Locale::EnUs), "1,234.56");
        assert_eq!(format_decimal(dec!(1234.56), 2, Locale::EsEs), "1234,56");
        assert_eq!(
            format_decimal(dec!(12345.678), 2, Locale::EsEs),
            "12.345,68"
        );
        assert_eq!(
            format_decimal(dec!(-1234567), 0, Locale::EsMx),
            "-1,234,567"
        );
        assert_eq!(format_decimal(dec!(0.005), 2, Locale::EnUs), "0.01");
        assert_eq!(format_decimal(dec!(-0.001), 2, Locale::EnUs), "0.00");
    }

    #[test]
    fn formats_money_per_locale() {
        assert_eq!(
            format_money(dec!(1037.03), "USD", Locale::EnUs),
            "$1,037.03"
        );
        assert_eq!(
            format_money(dec!(1037.03), "EUR", Locale::EsEs),
            "1037,03\u{a0}€"
        );
        assert_eq!(format_money(dec!(-5), "MXN", Locale::EsMx), "-$5.00");
        assert_eq!(format_money(dec!(5), "EUR", Locale::EnUs), "€5.00");
        assert_eq!(format_money(dec!(5), "GBP", Locale::EnUs), "5.00\u{a0}GBP");
        assert_eq!(format_money(dec!(5), "EUR", Locale::EsMx), "EUR\u{a0}5.00");
    }

    #[test]
    fn formats_percentages_per_cldr() {
        assert_eq!(format_percent(dec!(0.0902), 2, Locale::EnUs), "9.02%");
        assert_eq!(format_percent(dec!(0.0902), 2, Locale::EsEs), "9,02\u{a0}%");
        assert_eq!(
            format_percent(dec!(1.5021), 1, Locale::EsMx),
            "150.2\u{a0}%"
        );
    }
}
