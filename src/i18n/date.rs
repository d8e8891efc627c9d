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

/// A month and year: `nov 2026` (Spanish), `Nov 2026` (en-US) — CLDR `MMM y` with the abbreviated
/// month names of CLDR (Spanish `sept` for September).
pub fn format_month_year(date: Date, locale: Locale) -> String {
    const SHORT_ES: [&str; 12] = [
        "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
    ];
    const SHORT_EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let m = usize::from(date.month().clamp(1, 12)) - 1;
    let y = date.year();
    match locale {
        Locale::EnUs => format!("{} {y}", SHORT_EN[m]),
        Locale::EsMx | Locale::EsEs => format!("{} {y}", SHORT_ES[m]),
    }
}

/// A calendar quarter: `T4 2026` (Spanish, trimestre), `Q4 2026` (en-US) — CLDR `QQQ y`.
pub fn format_quarter(date: Date, locale: Locale) -> String {
    let q = date.month().clamp(1, 12).div_ceil(3);
    let y = date.year();
    match locale {
        Locale::EnUs => format!("Q{q} {y}"),
        Locale::EsMx | Locale::EsEs => format!("T{q} {y}"),
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

    #[test]
    fn months_and_quarters_are_named_as_cldr_does() {
        let sept = Date::new(2027, 9, 30).unwrap();
        assert_eq!(format_month_year(sept, Locale::EsEs), "sept 2027");
        assert_eq!(format_month_year(sept, Locale::EnUs), "Sep 2027");
        assert_eq!(format_quarter(sept, Locale::EsMx), "T3 2027");
        assert_eq!(format_quarter(sept, Locale::EnUs), "Q3 2027");
        let jan = Date::new(2027, 1, 1).unwrap();
        assert_eq!(format_month_year(jan, Locale::EsMx), "ene 2027");
        assert_eq!(format_quarter(jan, Locale::EnUs), "Q1 2027");
        let dec = Date::new(2027, 12, 31).unwrap();
        assert_eq!(format_quarter(dec, Locale::EsEs), "T4 2027");
    }
}
