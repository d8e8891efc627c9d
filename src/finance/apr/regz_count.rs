//! Regulation Z Appendix J (b)(5): the number of full unit-periods `t` and the fraction of a
//! unit-period `f` between the start of the term and a given date.

use super::super::date::Date;
use super::super::error::{FinResult, FinanceError};
use super::super::num;
use super::annex1::months_back;
use super::{UnitPeriod, month_anchor};
use rust_decimal::Decimal;

/// Full unit-periods `t` and the fraction `f = fraction_num / fraction_den` of (b)(5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RegZTime {
    pub whole: i64,
    pub fraction_num: i64,
    pub fraction_den: i64,
}

impl RegZTime {
    pub fn new(whole: i64, fraction_num: i64, fraction_den: i64) -> RegZTime {
        RegZTime {
            whole,
            fraction_num,
            fraction_den,
        }
    }

    /// `f` as a decimal.
    pub fn fraction(&self) -> FinResult<Decimal> {
        num::div(
            Decimal::from(self.fraction_num),
            Decimal::from(self.fraction_den),
            "days per unit-period",
        )
    }

    /// `t + f` written as the appendix writes it: `1 + 19/30`.
    pub fn expression(&self) -> String {
        if self.fraction_num == 0 {
            format!("{}", self.whole)
        } else {
            format!(
                "{} + {}/{}",
                self.whole, self.fraction_num, self.fraction_den
            )
        }
    }
}

/// `t` and `f` from `start` to `date` with `unit` as the unit-period (Appendix J (b)(5)).
///
/// - (i) days between two dates: calendar days (24-hour intervals).
/// - (ii) month: full months measured back from the later date (on the schedule's day, clamped to
///   month ends: (b)(3)(iv)); the remaining days, measured forward from the earlier date to the
///   first full month, divided by 30.
/// - (iii) semimonth and multiples of a month up to 11: 30 × full months measured back plus the
///   remaining days, divided by 15 or by 30 × the months in the unit-period.
/// - (iv) day, week and multiples of a week: calendar days divided by the days in the unit-period.
/// - (v) year: full years (12 months each) measured back; the rest is whole months ÷ 12 when it is
///   a whole number of months, otherwise its days ÷ 365.
pub(crate) fn count(
    unit: UnitPeriod,
    start: Date,
    date: Date,
    series_day: u8,
) -> FinResult<RegZTime> {
    let days = start.days_until(date);
    let anchor = month_anchor(date, series_day);
    let thirty_day = |per: i64| -> FinResult<RegZTime> {
        let (months, back) = months_back(start, date, 1, anchor)?;
        let total = num_days(months, 30)? + start.days_until(back);
        Ok(RegZTime::new(total / per, total % per, per))
    };
    match unit {
        UnitPeriod::Day => Ok(RegZTime::new(days, 0, 1)),
        UnitPeriod::Week => Ok(RegZTime::new(days / 7, days % 7, 7)),
        UnitPeriod::Biweek => Ok(RegZTime::new(days / 14, days % 14, 14)),
        UnitPeriod::Fourweek => Ok(RegZTime::new(days / 28, days % 28, 28)),
        UnitPeriod::Month => {
            let (months, back) = months_back(start, date, 1, anchor)?;
            Ok(RegZTime::new(months, start.days_until(back), 30))
        }
        UnitPeriod::Semimonth => thirty_day(15),
        UnitPeriod::Bimonth => thirty_day(60),
        UnitPeriod::Quarter => thirty_day(90),
        UnitPeriod::Halfyear => thirty_day(180),
        UnitPeriod::Year => years(start, date, anchor),
    }
}

fn num_days(months: i64, per_month: i64) -> FinResult<i64> {
    months.checked_mul(per_month).ok_or(FinanceError::Overflow)
}

/// (b)(5)(v): full years measured back from `date`, then whole months ÷ 12 or days ÷ 365.
fn years(start: Date, date: Date, anchor: u8) -> FinResult<RegZTime> {
    let (months, back) = months_back(start, date, 1, anchor)?;
    let whole = months / 12;
    if back == start {
        return Ok(RegZTime::new(whole, months % 12, 12));
    }
    let (_, year_back) = months_back(start, date, 12, anchor)?;
    Ok(RegZTime::new(whole, start.days_until(year_back), 365))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn monthly_odd_days_are_thirtieths() {
        // Appendix J (c)(1)(ii): advance 2/10/78, first payment 4/1/78 -> t = 1, f = 19/30.
        let t = count(UnitPeriod::Month, d("1978-02-10"), d("1978-04-01"), 10).unwrap();
        assert_eq!(t, RegZTime::new(1, 19, 30));
    }

    #[test]
    fn multimonthly_periods_use_thirty_day_months() {
        // Appendix J (c)(1)(iv): quarterly, f = 39/90 for a first period of 4 months and 9 days.
        let t = count(UnitPeriod::Quarter, d("1978-05-23"), d("1978-10-01"), 23).unwrap();
        assert_eq!(t, RegZTime::new(1, 39, 90));
    }

    #[test]
    fn years_keep_whole_months_or_fall_back_to_days() {
        let t = count(UnitPeriod::Year, d("1978-01-01"), d("1979-07-01"), 1).unwrap();
        assert_eq!(t, RegZTime::new(1, 6, 12));
        let t = count(UnitPeriod::Year, d("1978-01-01"), d("1979-01-11"), 11).unwrap();
        assert_eq!(t, RegZTime::new(1, 10, 365));
    }
}
