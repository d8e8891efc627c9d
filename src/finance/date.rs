//! Civil calendar dates (proleptic Gregorian, no time zone), as schedules and APR rules count them.
//!
//! The engine needs only day arithmetic, month stepping and ISO 8601 text, so it carries its own small
//! date type instead of a calendar library: fewer bytes in the wasm and every operation total.

use super::error::{FinResult, FinanceError};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar date between 0001-01-01 and 9999-12-31. Dates compare in calendar order.
#[derive(Debug, Clone, Copy)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// One integer in calendar order (`year·512 + month·32 + day`: a month's 31 days and a year's
    /// 12 months fit below the next unit), so that comparing dates is comparing integers.
    #[inline(always)]
    fn key(self) -> i32 {
        (self.year << 9) | (i32::from(self.month) << 5) | i32::from(self.day)
    }
}

impl PartialEq for Date {
    #[inline(always)]
    fn eq(&self, other: &Date) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Date {}

impl PartialOrd for Date {
    #[inline(always)]
    fn partial_cmp(&self, other: &Date) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
    #[inline(always)]
    fn lt(&self, other: &Date) -> bool {
        self.key() < other.key()
    }
    #[inline(always)]
    fn le(&self, other: &Date) -> bool {
        self.key() <= other.key()
    }
    #[inline(always)]
    fn gt(&self, other: &Date) -> bool {
        self.key() > other.key()
    }
    #[inline(always)]
    fn ge(&self, other: &Date) -> bool {
        self.key() >= other.key()
    }
}

impl Ord for Date {
    #[inline(always)]
    fn cmp(&self, other: &Date) -> std::cmp::Ordering {
        self.key().cmp(&other.key())
    }
}

impl std::hash::Hash for Date {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

/// Whether `year` has 366 days (Gregorian rule: divisible by 4, except centuries not divisible by 400).
#[inline(always)]
pub fn is_leap_year(year: i32) -> bool {
    // Three years in four are settled by the low bits alone, without a division.
    year & 3 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// The year and month `step` months (at most 12) after `month` of `year`.
#[inline(always)]
fn months_after(year: i32, month: u8, step: u8) -> (i32, u8) {
    let month = month + step;
    if month > 12 {
        (year + 1, month - 12)
    } else {
        (year, month)
    }
}

/// The date on `anchor_day` of a month, or the month's last day when it is shorter (the rule of
/// [`Date::add_months_anchored`]).
#[inline(always)]
fn anchored(year: i32, month: u8, anchor_day: u8) -> Date {
    let day = anchor_day.clamp(1, 31).min(days_in_month(year, month));
    Date { year, month, day }
}

/// Days in `month` (1..=12) of `year`; 0 for a month outside 1..=12.
#[inline(always)]
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

const MIN_DAYS: i64 = -719_162; // 0001-01-01
const MAX_DAYS: i64 = 2_932_896; // 9999-12-31

impl Date {
    /// 1970-01-01, a date that always exists (a fallback for callers that must have one).
    pub const UNIX_EPOCH: Date = Date {
        year: 1970,
        month: 1,
        day: 1,
    };

    /// The date `year-month-day`, or [`FinanceError::InvalidDate`] if it does not exist or is outside
    /// years 1..=9999.
    pub fn new(year: i32, month: u8, day: u8) -> FinResult<Date> {
        if !(1..=9999).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return Err(FinanceError::InvalidDate(format!(
                "{year:04}-{month:02}-{day:02}"
            )));
        }
        Ok(Date { year, month, day })
    }

    /// Parses strict ISO 8601 calendar dates: `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> FinResult<Date> {
        let bad = || FinanceError::InvalidDate(text.chars().take(40).collect());
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            text.get(r.clone())
                .filter(|s| s.bytes().all(|c| c.is_ascii_digit()))
                .and_then(|s| s.parse().ok())
        };
        let (y, m, d) = (digits(0..4), digits(5..7), digits(8..10));
        match (y, m, d) {
            (Some(y), Some(m), Some(d)) if m <= 12 && d <= 31 => {
                Date::new(y as i32, m as u8, d as u8).map_err(|_| bad())
            }
            _ => Err(bad()),
        }
    }

    /// Year (1..=9999).
    pub fn year(self) -> i32 {
        self.year
    }
    /// Month (1..=12).
    pub fn month(self) -> u8 {
        self.month
    }
    /// Day of the month (1..=31).
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`.
    pub fn to_days(self) -> i64 {
        // In 32 bits (years 1..=9999 keep every term far from overflow): cheaper divisions in wasm.
        let y = self.year - i32::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i32::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i32::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        i64::from(era * 146_097 + doe - 719_468)
    }

    /// The date `days` after 1970-01-01 (Hinnant's `civil_from_days`), if within years 1..=9999.
    pub fn from_days(days: i64) -> FinResult<Date> {
        if !(MIN_DAYS..=MAX_DAYS).contains(&days) {
            return Err(FinanceError::InvalidDate(format!("day number {days}")));
        }
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Ok(Date { year, month, day })
    }

    /// Signed number of days from `self` to `later` (positive when `later` is after `self`).
    pub fn days_until(self, later: Date) -> i64 {
        if self.year == later.year && self.month == later.month {
            // The same month (a regular schedule's start and period start): no day numbers.
            return i64::from(later.day) - i64::from(self.day);
        }
        later.to_days() - self.to_days()
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i64) -> FinResult<Date> {
        let days = self
            .to_days()
            .checked_add(n)
            .ok_or_else(|| FinanceError::InvalidDate(format!("{self} + {n} days")))?;
        Date::from_days(days)
    }

    /// The date `n` calendar months later (earlier when negative), on day `anchor_day` of that month,
    /// or on its last day when the month is shorter (31 Jan + 1 month = 28/29 Feb; with anchor 31,
    /// 28 Feb + 1 month = 31 Mar). Schedules pass the first payment's day as the anchor so a month-end
    /// schedule stays at month end.
    pub fn add_months_anchored(self, n: i32, anchor_day: u8) -> FinResult<Date> {
        // Months since year 0 in 32 bits: year 9999 is month 120,000, far from overflow, and
        // dates before year 1 are refused before any division of a negative index.
        let index = (self.year * 12 + i32::from(self.month) - 1)
            .checked_add(n)
            .filter(|i| (12..=9999 * 12 + 11).contains(i))
            .ok_or_else(|| self.months_error(n))?;
        Ok(anchored(index / 12, (index % 12 + 1) as u8, anchor_day))
    }

    fn months_error(self, n: i32) -> FinanceError {
        FinanceError::InvalidDate(format!("{self} + {n} months"))
    }

    /// Whether `later` is the date one month after this one on `anchor_day` (or the month's last
    /// day when shorter): `self.add_months_anchored(1, anchor_day) == Ok(later)`, without the month
    /// number's division.
    #[inline(always)]
    pub fn is_month_before(self, later: Date, anchor_day: u8) -> bool {
        let (year, month) = months_after(self.year, self.month, 1);
        later == anchored(year, month, anchor_day)
    }

    /// Appends to `out` the `count` dates `step`, `2·step`, … months after this one, each the date
    /// [`Date::add_months_anchored`] gives (on `anchor_day`, or the month's last day when shorter):
    /// the month is stepped from one date to the next, without a month number to divide per date.
    pub fn push_month_series(
        self,
        step: u8,
        anchor_day: u8,
        count: u32,
        out: &mut Vec<Date>,
    ) -> FinResult<()> {
        let (mut year, mut month) = (self.year, self.month);
        let step = step.min(12);
        for k in 1..=count {
            (year, month) = months_after(year, month, step);
            if year > 9999 {
                let months = i64::from(k) * i64::from(step);
                return Err(self.months_error(i32::try_from(months).unwrap_or(i32::MAX)));
            }
            out.push(anchored(year, month, anchor_day));
        }
        Ok(())
    }

    /// The date `n` calendar months later, keeping this date's day where the month has it
    /// (see [`Date::add_months_anchored`]).
    pub fn add_months(self, n: i32) -> FinResult<Date> {
        self.add_months_anchored(n, self.day)
    }

    /// Whether this is the last day of its month.
    #[inline(always)]
    pub fn is_month_end(self) -> bool {
        self.day == days_in_month(self.year, self.month)
    }

    /// Whether this date's year is a leap year.
    pub fn in_leap_year(self) -> bool {
        is_leap_year(self.year)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = FinanceError;
    fn from_str(s: &str) -> FinResult<Date> {
        Date::parse_iso(s)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse_iso(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A civil date, YYYY-MM-DD, between 0001-01-01 and 9999-12-31."
        })
    }
}

#[cfg(test)]
mod tests;
