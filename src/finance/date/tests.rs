use super::*;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

#[test]
fn day_numbers_round_trip_over_the_whole_range() {
    for days in (MIN_DAYS..=MAX_DAYS).step_by(97) {
        assert_eq!(Date::from_days(days).unwrap().to_days(), days);
    }
    assert_eq!(d("1970-01-01").to_days(), 0);
    assert_eq!(d("2000-03-01").to_days(), 11_017);
    assert_eq!(Date::from_days(MIN_DAYS).unwrap(), d("0001-01-01"));
    assert_eq!(Date::from_days(MAX_DAYS).unwrap(), d("9999-12-31"));
    assert!(Date::from_days(MAX_DAYS + 1).is_err());
}

#[test]
fn dates_compare_in_calendar_order() {
    // Dates spread over the whole range, compared as (year, month, day) and as day numbers.
    let dates: Vec<Date> = (MIN_DAYS..=MAX_DAYS)
        .step_by(7_919)
        .chain([MIN_DAYS, MAX_DAYS, 0, 31, 59, 365])
        .map(|n| Date::from_days(n).unwrap())
        .collect();
    for a in &dates {
        for b in dates.iter().step_by(13) {
            let fields = (a.year, a.month, a.day).cmp(&(b.year, b.month, b.day));
            assert_eq!(a.cmp(b), fields, "{a} against {b}");
            assert_eq!(a.cmp(b), a.to_days().cmp(&b.to_days()), "{a} against {b}");
            assert_eq!(a == b, fields.is_eq());
        }
    }
}

#[test]
fn rejects_dates_that_do_not_exist() {
    for bad in [
        "2023-02-29",
        "2024-13-01",
        "2024-00-10",
        "2024-1-01",
        "24-01-01",
        "2024-01-32",
        "+024-01-01",
        "2024/01/01",
        "",
        "0000-01-01",
    ] {
        assert!(Date::parse_iso(bad).is_err(), "{bad}");
    }
    assert_eq!(d("2024-02-29").day(), 29);
    assert!(d("1900-02-28").add_days(1).unwrap() == d("1900-03-01"));
}

#[test]
fn month_steps_clamp_to_month_end_and_keep_the_anchor() {
    assert_eq!(d("2024-01-31").add_months(1).unwrap(), d("2024-02-29"));
    assert_eq!(d("2023-01-31").add_months(1).unwrap(), d("2023-02-28"));
    assert_eq!(
        d("2023-02-28").add_months_anchored(1, 31).unwrap(),
        d("2023-03-31")
    );
    assert_eq!(d("2024-03-15").add_months(-3).unwrap(), d("2023-12-15"));
    assert_eq!(d("2024-11-30").add_months(14).unwrap(), d("2026-01-30"));
    assert!(d("9999-12-01").add_months(1).is_err());
    assert!(d("0001-01-15").add_months(-1).is_err());
    assert_eq!(d("0001-02-15").add_months(-1).unwrap(), d("0001-01-15"));
    assert_eq!(
        d("9999-11-30").add_months_anchored(1, 31).unwrap(),
        d("9999-12-31")
    );
    assert!(d("2024-01-15").add_months(i32::MAX).is_err());
    assert!(d("2024-01-15").add_months(i32::MIN).is_err());
}

#[test]
fn a_month_series_is_each_month_step_from_the_first() {
    for start in [
        "2023-01-31",
        "2024-02-29",
        "2024-01-15",
        "2023-11-30",
        "9990-03-28",
    ] {
        for (step, anchor) in [(1, 31), (1, 15), (3, 30), (3, 31), (12, 29), (1, 0)] {
            let first = d(start);
            let mut series = Vec::new();
            let stepped = first.push_month_series(step, anchor, 130, &mut series);
            let one_by_one: Vec<FinResult<Date>> = (1..=130)
                .map(|k| first.add_months_anchored(k * i32::from(step), anchor))
                .collect();
            let ok = one_by_one.iter().take_while(|r| r.is_ok()).count();
            assert_eq!(series.len(), ok, "{start} every {step} on {anchor}");
            for (got, expected) in series.iter().zip(&one_by_one) {
                assert_eq!(Ok(*got), *expected, "{start} every {step} on {anchor}");
            }
            // Past year 9999: the error a single step gives.
            assert_eq!(
                stepped.err(),
                one_by_one.get(ok).cloned().and_then(Result::err)
            );
        }
    }
}

#[test]
fn the_month_after_is_one_month_step() {
    for start in (0..900)
        .step_by(3)
        .map(|k| d("2023-01-01").add_days(k).unwrap())
    {
        for anchor in [0, 1, 15, 28, 29, 30, 31, 40] {
            for later in (25..36).map(|k| start.add_days(k).unwrap()) {
                let stepped = start.add_months_anchored(1, anchor).ok() == Some(later);
                assert_eq!(
                    start.is_month_before(later, anchor),
                    stepped,
                    "{start} {later} {anchor}"
                );
            }
        }
    }
    let last = d("9999-12-31");
    assert!(!last.is_month_before(last, 31));
}

#[test]
fn leap_years_follow_the_gregorian_rule() {
    let rule = |y: i32| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    assert!((1..=9999).all(|y| is_leap_year(y) == rule(y)));
    assert!(is_leap_year(2000) && !is_leap_year(1900) && is_leap_year(2024));
}

#[test]
fn days_between_dates() {
    assert_eq!(d("2024-01-01").days_until(d("2025-01-01")), 366);
    assert_eq!(d("2023-01-01").days_until(d("2024-01-01")), 365);
    assert_eq!(d("2024-03-01").days_until(d("2024-02-01")), -29);
}
