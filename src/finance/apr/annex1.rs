//! Time measurement for the annual-rate equations (EU, UK, MX CAT): the interval from the first
//! drawdown to each flow, "expressed in years or in fractions of a year. A year is presumed to have
//! 365 days (or 366 days for leap years), 52 weeks or 12 equal months" (Directive 2008/48/EC Annex I,
//! remark (c); CONC App 1.2.6 R).
//!
//! An interval is kept exact, as whole periods plus at most two runs of leftover days, each over the
//! length of a year: `whole / per_year + Σ days / year_len`.

use super::super::date::{Date, is_leap_year};
use super::super::error::{FinResult, FinanceError};
use super::super::flow::Flow;
use super::super::num;
use super::{UnitPeriod, month_anchor};
use rust_decimal::Decimal;

/// A run of leftover days expressed in years: `days / year_len` (`year_len` is 365 or 366).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub(crate) struct DayPart {
    pub days: i64,
    pub year_len: i64,
}

/// An interval in years: `whole / per_year` plus the day parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct YearSpan {
    pub whole: i64,
    pub per_year: i64,
    pub parts: [DayPart; 2],
}

impl YearSpan {
    fn periods(whole: i64, per_year: i64) -> YearSpan {
        YearSpan {
            whole,
            per_year,
            parts: [DayPart::default(); 2],
        }
    }

    /// The day parts as a fraction of a year (0 when there are none).
    pub fn day_fraction(&self) -> FinResult<Decimal> {
        let mut total = Decimal::ZERO;
        for p in self.parts.iter().filter(|p| p.days != 0) {
            let part = num::div(
                Decimal::from(p.days),
                Decimal::from(p.year_len),
                "year length",
            )?;
            total = num::add(total, part)?;
        }
        Ok(total)
    }

    /// The whole interval in years, in floating point (for the fast first pass only).
    pub fn years_f64(&self) -> f64 {
        let parts: f64 = self
            .parts
            .iter()
            .map(|p| p.days as f64 / p.year_len.max(1) as f64)
            .sum();
        self.whole as f64 / self.per_year as f64 + parts
    }

    /// The interval written as the guidelines write it, e.g. `2/12 + 3/365`.
    pub fn expression(&self) -> String {
        let mut terms = Vec::new();
        if self.whole != 0 {
            terms.push(format!("{}/{}", self.whole, self.per_year));
        }
        for p in self.parts.iter().filter(|p| p.days != 0) {
            terms.push(format!("{}/{}", p.days, p.year_len));
        }
        if terms.is_empty() {
            "0".to_string()
        } else {
            terms.join(" + ")
        }
    }
}

/// How a convention counts an interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TimeRule {
    /// EU: Commission guidelines SWD(2012) 128 §4.1.1. Whole periods are counted **backwards** from
    /// the flow's date to the first drawdown; the leftover days come first in the interval and are
    /// divided by the days (365 or 366) of the year counted back from the last of those days.
    EuBackward,
    /// MX CAT: whole periods counted backwards as for the EU; leftover days over 365 (assumption
    /// documented in [`super::CatMethodology`]).
    CatBackward365,
    /// UK: whole periods counted **forward** from the first drawdown (the "relevant date"), the
    /// leftover days at the end of the interval, each day over the length (365 or 366) of the
    /// calendar year it falls in.
    UkForward,
}

/// The interval from `start` (first drawdown) to `date` under `rule`, counting whole `unit`s.
/// `series_day` is the schedule's day of the month (see [`super::series_day`]).
///
/// Month steps keep the day of the month, or the month's last day when it is shorter
/// (SWD(2012) 128 §4.1.1: 29/03/2013 back one month is 28/02/2013; a flow on a month's last day is
/// stepped back on the schedule's day, so 28/02 in a schedule on the 31st goes back to 31/01).
/// `Day` counts plain actual days: over 365 for EU and MX; for the UK each day over the length of
/// its calendar year.
pub(crate) fn span(
    rule: TimeRule,
    unit: UnitPeriod,
    start: Date,
    date: Date,
    series_day: u8,
) -> FinResult<YearSpan> {
    match rule {
        TimeRule::UkForward => forward(unit, start, date),
        TimeRule::EuBackward | TimeRule::CatBackward365 => {
            backward(rule, unit, start, date, series_day)
        }
    }
}

/// The interval from `start` to each flow's date, as [`span`] gives it. Under the backward rules a
/// monthly flow one month after the previous flow on the same anchor day has the previous flow's
/// interval plus one month: stepping both back on that anchor, the later flow `m + 1` months back
/// lands on the very date the earlier one does `m` months back, so both count back to the same
/// period start and leftover days. Those flows (a regular schedule's) skip the counting.
pub(crate) fn spans(
    rule: TimeRule,
    unit: UnitPeriod,
    start: Date,
    flows: &[Flow],
    series_day: u8,
) -> FinResult<Vec<YearSpan>> {
    let stepped = rule != TimeRule::UkForward && unit == UnitPeriod::Month;
    let mut spans: Vec<YearSpan> = Vec::with_capacity(flows.len());
    let mut previous: Option<(Date, u8)> = None;
    for flow in flows {
        let anchor = month_anchor(flow.date, series_day);
        let next = match (previous, spans.last()) {
            (Some((date, a)), Some(last))
                if stepped && a == anchor && date.is_month_before(flow.date, anchor) =>
            {
                YearSpan {
                    whole: last.whole + 1,
                    ..*last
                }
            }
            _ => span(rule, unit, start, flow.date, series_day)?,
        };
        spans.push(next);
        previous = Some((flow.date, anchor));
    }
    Ok(spans)
}

fn backward(
    rule: TimeRule,
    unit: UnitPeriod,
    start: Date,
    date: Date,
    series_day: u8,
) -> FinResult<YearSpan> {
    let days = || start.days_until(date);
    let (whole, per_year, period_start) = match unit {
        UnitPeriod::Day => return Ok(YearSpan::periods(days(), 365)),
        UnitPeriod::Week => (days() / 7, 52, date.add_days(-(days() / 7) * 7)?),
        UnitPeriod::Month | UnitPeriod::Year => {
            let step = if unit == UnitPeriod::Month { 1 } else { 12 };
            let anchor = month_anchor(date, series_day);
            let (n, back) = months_back(start, date, step, anchor)?;
            (n, 12 / step, back)
        }
        _ => return Err(unsupported_unit()),
    };
    let left = start.days_until(period_start);
    let year_len = match rule {
        TimeRule::CatBackward365 => 365,
        _ => year_counted_back(period_start),
    };
    let mut span = YearSpan::periods(whole, per_year);
    span.parts[0] = DayPart {
        days: left,
        year_len,
    };
    Ok(span)
}

/// The largest `n` such that `date` stepped back `n·step` months (on day `anchor`, clamped to month
/// ends) is not before `start`, with that date.
pub(crate) fn months_back(
    start: Date,
    date: Date,
    step: i64,
    anchor: u8,
) -> FinResult<(i64, Date)> {
    let total = i64::from(date.year() - start.year()) * 12 + i64::from(date.month())
        - i64::from(start.month());
    let mut n = total.max(0) / step;
    loop {
        let months = i32::try_from(n * step).map_err(|_| FinanceError::Overflow)?;
        let back = date.add_months_anchored(-months, anchor)?;
        if back >= start || n == 0 {
            return Ok((n, back.max(start)));
        }
        n -= 1;
    }
}

/// Days (365 or 366) of the complete year counted back from `end` to the same day of the previous
/// year (SWD(2012) 128 §4.1.1 (iii)): 366 when that year contains a 29 February. Counting back from
/// 28/02/2013 reaches 28/02/2012 and includes 29/02/2012 (366); from 29/02/2012 it reaches
/// 28/02/2011 (366); from 15/01/2012 it reaches 15/01/2011 (365).
pub(crate) fn year_counted_back(end: Date) -> i64 {
    let y = end.year();
    let this_year = is_leap_year(y) && (end.month() > 2 || (end.month() == 2 && end.day() == 29));
    let previous = is_leap_year(y - 1) && (end.month() < 2 || (end.month() == 2 && end.day() < 29));
    if this_year || previous { 366 } else { 365 }
}

fn forward(unit: UnitPeriod, start: Date, date: Date) -> FinResult<YearSpan> {
    let days = start.days_until(date);
    let (whole, per_year, period_end) = match unit {
        UnitPeriod::Day => return calendar_years(start, date),
        UnitPeriod::Week => (days / 7, 52, start.add_days((days / 7) * 7)?),
        UnitPeriod::Month | UnitPeriod::Year => {
            let step = if unit == UnitPeriod::Month { 1 } else { 12 };
            let (n, end) = months_forward(start, date, step)?;
            (n, 12 / step, end)
        }
        _ => return Err(unsupported_unit()),
    };
    let mut span = calendar_years(period_end, date)?;
    if span.whole != 0 {
        // Leftover days are shorter than one unit period, so at most one year boundary.
        return Err(FinanceError::Overflow);
    }
    span.whole = whole;
    span.per_year = per_year;
    Ok(span)
}

/// The largest `n` such that `start` stepped forward `n·step` months (on `start`'s day, clamped to
/// month ends) is not after `date`, with that date.
fn months_forward(start: Date, date: Date, step: i64) -> FinResult<(i64, Date)> {
    let total = i64::from(date.year() - start.year()) * 12 + i64::from(date.month())
        - i64::from(start.month());
    let mut n = total.max(0) / step;
    loop {
        let months = i32::try_from(n * step).map_err(|_| FinanceError::Overflow)?;
        let end = start.add_months_anchored(months, start.day())?;
        if end <= date || n == 0 {
            return Ok((n, end.min(date)));
        }
        n -= 1;
    }
}

/// The days after `from` up to and including `to`, each over the length of its calendar year:
/// whole calendar years in between count one year each (`per_year = 1`), the partial first and last
/// years are the two day parts.
fn calendar_years(from: Date, to: Date) -> FinResult<YearSpan> {
    let year_len = |y: i32| if is_leap_year(y) { 366 } else { 365 };
    let mut span = YearSpan::periods(0, 1);
    if from.year() == to.year() {
        span.parts[0] = DayPart {
            days: from.days_until(to),
            year_len: year_len(to.year()),
        };
        return Ok(span);
    }
    let first_end = Date::new(from.year(), 12, 31)?;
    let last_start = Date::new(to.year() - 1, 12, 31)?;
    span.whole = i64::from(to.year() - from.year() - 1);
    span.parts[0] = DayPart {
        days: from.days_until(first_end),
        year_len: year_len(from.year()),
    };
    span.parts[1] = DayPart {
        days: last_start.days_until(to),
        year_len: year_len(to.year()),
    };
    Ok(span)
}

fn unsupported_unit() -> FinanceError {
    FinanceError::invalid(
        "unit_period",
        "must be day, week, month or year for the eu, uk and mx_cat conventions",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn eu(start: &str, date: &str) -> String {
        span(
            TimeRule::EuBackward,
            UnitPeriod::Month,
            d(start),
            d(date),
            d(date).day(),
        )
        .unwrap()
        .expression()
    }

    #[test]
    fn eu_intervals_are_counted_backwards() {
        assert_eq!(eu("2012-01-12", "2012-03-15"), "2/12 + 3/365");
        assert_eq!(eu("2013-01-12", "2013-02-15"), "1/12 + 3/366");
        assert_eq!(eu("2013-02-25", "2013-03-28"), "1/12 + 3/366");
        assert_eq!(eu("2013-02-26", "2013-03-29"), "1/12 + 2/366");
        assert_eq!(eu("2012-12-01", "2013-02-02"), "2/12 + 1/366");
        assert_eq!(eu("2024-01-15", "2024-01-15"), "0");
    }

    #[test]
    fn uk_intervals_are_counted_forward_and_split_by_calendar_year() {
        let s = span(
            TimeRule::UkForward,
            UnitPeriod::Month,
            d("2023-12-20"),
            d("2024-02-25"),
            25,
        );
        assert_eq!(s.unwrap().expression(), "2/12 + 5/366");
        let s = span(
            TimeRule::UkForward,
            UnitPeriod::Month,
            d("2023-11-25"),
            d("2024-01-03"),
            25,
        );
        assert_eq!(s.unwrap().expression(), "1/12 + 6/365 + 3/366");
        let s = span(
            TimeRule::UkForward,
            UnitPeriod::Day,
            d("2023-07-01"),
            d("2025-03-01"),
            1,
        );
        assert_eq!(s.unwrap().expression(), "1/1 + 183/365 + 60/365");
    }

    #[test]
    fn stepped_spans_are_the_counted_spans() {
        use rust_decimal::Decimal;
        let rules = [
            TimeRule::EuBackward,
            TimeRule::CatBackward365,
            TimeRule::UkForward,
        ];
        for start in (0..800)
            .step_by(7)
            .map(|k| d("2023-01-01").add_days(k).unwrap())
        {
            for (delay, anchor) in [(0, 0u8), (3, 0), (17, 31), (40, 30), (1, 29)] {
                let first = start.add_months(1).unwrap().add_days(delay).unwrap();
                let anchor = if anchor == 0 { first.day() } else { anchor };
                let mut flows = vec![Flow::new(start, Decimal::ONE)];
                flows.extend((0..30).map(|k| {
                    let date = first.add_months_anchored(k, anchor).unwrap();
                    Flow::new(date, Decimal::NEGATIVE_ONE)
                }));
                // An irregular flow in the middle and two on one day.
                flows.insert(
                    12,
                    Flow::new(flows[11].date.add_days(3).unwrap(), Decimal::ONE),
                );
                flows.insert(20, flows[19]);
                let series = super::super::series_day(&flows);
                for rule in rules {
                    let counted: Vec<YearSpan> = flows
                        .iter()
                        .map(|f| span(rule, UnitPeriod::Month, start, f.date, series).unwrap())
                        .collect();
                    let stepped = spans(rule, UnitPeriod::Month, start, &flows, series).unwrap();
                    assert_eq!(stepped, counted, "{rule:?} from {start}, first {first}");
                }
            }
        }
    }

    #[test]
    fn month_end_schedules_step_back_to_month_ends() {
        let s = span(
            TimeRule::EuBackward,
            UnitPeriod::Month,
            d("2024-01-31"),
            d("2024-02-29"),
            31,
        );
        assert_eq!(s.unwrap().expression(), "1/12");
        let s = span(
            TimeRule::EuBackward,
            UnitPeriod::Month,
            d("2024-01-30"),
            d("2024-04-30"),
            30,
        );
        assert_eq!(s.unwrap().expression(), "3/12");
    }
}
