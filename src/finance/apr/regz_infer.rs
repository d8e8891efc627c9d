//! Regulation Z Appendix J (b)(3)–(b)(4): which unit-period a transaction has.
//!
//! (b)(3)(i) a period is the interval between advances or between payments, including the interval
//! from the start of the term to the first advance or payment after it; (ii) a common period is one
//! that occurs more than once; (iii) standard intervals are a day, week, semimonth, month, or a
//! multiple of a week or a month up to one year. (b)(4)(i): the unit-period is the common period,
//! not over a year, that occurs most frequently; on a tie the smaller; with no common period, the
//! average of all periods rounded to the nearest standard interval (the lower when equally near).

use super::super::date::Date;
use super::super::flow::Flow;
use super::UnitPeriod;
use rust_decimal::Decimal;

/// The unit-period of a transaction starting at `start`, per (b)(4)(i).
///
/// Only the standard intervals that [`UnitPeriod`] names are recognised (a five-week or a
/// four-month period counts as no standard interval).
pub(crate) fn infer_unit_period(start: Date, flows: &[Flow]) -> UnitPeriod {
    let periods = periods(start, flows);
    let counts = UnitPeriod::ALL.map(|u| {
        periods
            .iter()
            .filter(|(a, b)| is_period_of(u, *a, *b))
            .count()
    });
    let best = (0..UnitPeriod::ALL.len())
        .filter(|&i| counts[i] >= 2)
        .max_by(|&i, &j| counts[i].cmp(&counts[j]).then(j.cmp(&i)));
    match best {
        Some(i) => UnitPeriod::ALL[i],
        None => nearest_standard(&periods),
    }
}

/// The periods of (b)(3)(i): the chain of payment dates and the chain of advance dates, each
/// starting at the start of the term.
fn periods(start: Date, flows: &[Flow]) -> Vec<(Date, Date)> {
    let chain = |paid: bool| -> Vec<Date> {
        let mut dates: Vec<Date> = flows
            .iter()
            .filter(|f| f.date > start && (f.amount < Decimal::ZERO) == paid)
            .filter(|f| !f.amount.is_zero())
            .map(|f| f.date)
            .collect();
        dates.sort();
        dates.dedup();
        dates
    };
    let mut out = Vec::new();
    for dates in [chain(true), chain(false)] {
        let mut previous = start;
        for date in dates {
            out.push((previous, date));
            previous = date;
        }
    }
    out
}

/// Whether `a → b` is exactly one `unit`.
fn is_period_of(unit: UnitPeriod, a: Date, b: Date) -> bool {
    let days = a.days_until(b);
    match unit {
        UnitPeriod::Day => days == 1,
        UnitPeriod::Week => days == 7,
        UnitPeriod::Biweek => days == 14,
        UnitPeriod::Fourweek => days == 28,
        UnitPeriod::Semimonth => is_semimonth(a, b),
        UnitPeriod::Month => is_months(a, b, 1),
        UnitPeriod::Bimonth => is_months(a, b, 2),
        UnitPeriod::Quarter => is_months(a, b, 3),
        UnitPeriod::Halfyear => is_months(a, b, 6),
        UnitPeriod::Year => is_months(a, b, 12),
    }
}

/// `b` is `k` months after `a` on `a`'s day, or (when `a` is a month's last day, standing for a
/// later day of the schedule) on `b`'s later day (Appendix J (b)(3)(iv)).
fn is_months(a: Date, b: Date, k: i32) -> bool {
    let same_day = a.add_months_anchored(k, a.day()).is_ok_and(|x| x == b);
    let month_end = a.is_month_end()
        && b.day() > a.day()
        && a.add_months_anchored(k, b.day()).is_ok_and(|x| x == b);
    same_day || month_end
}

/// Semimonthly pairs: day `d ≤ 15` to day `d + 15` of the same month (clamped to its end), day
/// `d > 15` to day `d − 15` of the next month, and the 15th to and from the last day of a month.
fn is_semimonth(a: Date, b: Date) -> bool {
    let next_month = a.add_months_anchored(1, 1).ok();
    let same_month = a.year() == b.year() && a.month() == b.month();
    let following = next_month.is_some_and(|n| n.year() == b.year() && n.month() == b.month());
    if a.day() == 15 && same_month && b.is_month_end() {
        return true;
    }
    if a.is_month_end() && following && b.day() == 15 {
        return true;
    }
    if a.day() <= 15 {
        same_month && (b.day() == a.day() + 15 || (b.is_month_end() && b.day() < a.day() + 15))
    } else {
        following && u16::from(b.day()) + 15 == u16::from(a.day())
    }
}

/// (b)(4)(i)(B): the average period rounded to the nearest standard interval, the lower on a tie.
fn nearest_standard(periods: &[(Date, Date)]) -> UnitPeriod {
    let count = periods.len().max(1) as i64;
    let total: i64 = periods.iter().map(|(a, b)| a.days_until(*b)).sum();
    // Compare |total/count − 365/per_year| scaled by count·per_year to stay in integers; the
    // common scale for two candidates is the product of their per_year values.
    let distance = |u: UnitPeriod| -> (i64, i64) {
        let py = u.per_year();
        ((total * py - 365 * count).abs(), count * py)
    };
    let mut best = UnitPeriod::Day;
    for u in UnitPeriod::ALL {
        let (dn, dd) = distance(u);
        let (bn, bd) = distance(best);
        if i128::from(dn) * i128::from(bd) < i128::from(bn) * i128::from(dd) {
            best = u;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn semimonthly_pairs() {
        assert!(is_semimonth(d("1978-03-01"), d("1978-03-16")));
        assert!(is_semimonth(d("1978-03-16"), d("1978-04-01")));
        assert!(is_semimonth(d("1978-01-15"), d("1978-01-31")));
        assert!(is_semimonth(d("1978-02-28"), d("1978-03-15")));
        assert!(is_semimonth(d("1978-02-14"), d("1978-02-28")));
        assert!(!is_semimonth(d("1978-03-01"), d("1978-03-15")));
    }

    #[test]
    fn month_end_schedules_are_monthly() {
        assert!(is_months(d("1978-01-31"), d("1978-02-28"), 1));
        assert!(is_months(d("1978-02-28"), d("1978-03-31"), 1));
        assert!(is_months(d("1978-02-28"), d("1978-03-30"), 1));
        assert!(!is_months(d("1978-01-15"), d("1978-02-16"), 1));
    }

    #[test]
    fn no_common_period_takes_the_nearest_standard_interval() {
        let periods = [
            (d("2024-01-01"), d("2024-01-31")),
            (d("2024-01-31"), d("2024-03-05")),
        ];
        // Average 32 days: nearest to a month (30.4) rather than four weeks (28).
        assert_eq!(nearest_standard(&periods), UnitPeriod::Month);
    }
}
