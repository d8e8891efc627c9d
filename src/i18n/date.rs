//! Dates as each locale writes them (CLDR Gregorian patterns, with a four-digit year).

use super::Locale;
use crate::finance::Date;

const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A numeric date: `23/11/2026` (es-MX, es-ES: `dd/MM/y`), `11/23/2026` (en-US: `M/d/y`).
pub fn format_date(date: Date, locale: Locale) -> String {
    let (y, m, d) = (date.year(), date.month(), date.day());
    match locale {
        Locale::EnUs => format!("{m}/{d}/{y}"),
        Locale::EsMx | Locale::EsEs => format!("{d:02}/{m:02}/{y}"),
    }
}

/// A long date: `23 de noviembre de 2026` (Spanish, CLDR `d 'de' MMMM 'de' y`), `November 23, 2026`
/// (en-US, `MMMM d, y`).
pub fn format_date_long(date: Date, locale: Locale) -> String {
    let (y, d) = (date.year(), date.day());
    let m = usize::from(date.month().clamp(1, 12)) - 1;
    match locale {
        Locale::EnUs => format!("{} {d}, {y}", MONTHS_EN[m]),
        Locale::EsMx | Locale::EsEs => format!("{d} de {} de {y}", MONTHS_ES[m]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_locale_writes_dates_its_way() {
        let d = Date::new(2026, 3, 5).unwrap();
        assert_eq!(format_date(d, Locale::EsMx), "05/03/2026");
        assert_eq!(format_date(d, Locale::EsEs), "05/03/2026");
        assert_eq!(format_date(d, Locale::EnUs), "3/5/2026");
        assert_eq!(format_date_long(d, Locale::EsEs), "5 de marzo de 2026");
        assert_eq!(format_date_long(d, Locale::EnUs), "March 5, 2026");
        let end = Date::new(2026, 12, 31).unwrap();
        assert_eq!(format_date(end, Locale::EnUs), "12/31/2026");
        assert_eq!(
            format_date_long(end, Locale::EsMx),
            "31 de diciembre de 2026"
        );
    }
}
