//! Geometry of the two schedule charts, as SVG path data in a `width × height` plot area: the balance
//! over time, and the split of each payment into principal, interest and charges. Pixel coordinates
//! are `f64` (drawing only; no money is computed here), rounded to two decimals to keep paths short.

use crate::finance::schedule::{Instalment, Schedule};
use rust_decimal::Decimal;
use std::fmt::Write;

/// A labelled position on an axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Position in the plot area (x from the left, y from the top).
    pub pos: f64,
    /// The value at that position (an amount on y, a payment number on x).
    pub value: Decimal,
}

/// The balance chart: a line and the area under it.
#[derive(Debug, Clone, PartialEq)]
pub struct BalanceChart {
    /// Path of the balance line, from the amount financed at x = 0 to the last payment at x = width.
    pub line: String,
    /// The same path closed down to the baseline.
    pub area: String,
    /// The top of the y axis.
    pub max: Decimal,
    /// Amount ticks, from 0 up.
    pub y_ticks: Vec<Tick>,
    /// Payment-number ticks.
    pub x_ticks: Vec<Tick>,
}

/// The payment split chart: stacked bars, one path per series.
#[derive(Debug, Clone, PartialEq)]
pub struct SplitChart {
    /// Principal (bottom of each bar).
    pub principal: String,
    /// Interest (middle).
    pub interest: String,
    /// Fees, insurance and VAT (top).
    pub charges: String,
    /// The top of the y axis.
    pub max: Decimal,
    /// Amount ticks.
    pub y_ticks: Vec<Tick>,
    /// Payment-number ticks.
    pub x_ticks: Vec<Tick>,
}

/// A Decimal as f64 for drawing: mantissa over a power of ten (cheaper than a general conversion;
/// exact to the precision a pixel needs).
fn f(v: Decimal) -> f64 {
    const POW10: [f64; 29] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28,
    ];
    v.mantissa() as f64 / POW10[(v.scale() as usize).min(28)]
}

/// `v` as an SVG or CSS number, rounded to one decimal (see [`push_num`]): the views print their
/// coordinates with it, so the site's wasm carries no floating-point formatting at all.
pub fn num_text(v: f64) -> String {
    let mut out = String::new();
    push_num(&mut out, v);
    out
}

/// Appends `v` rounded to one decimal, without a trailing ".0": integer formatting only (float
/// formatting is several times slower in wasm and this runs for every point of every chart).
fn push_num(out: &mut String, v: f64) {
    let tenths = if v.is_finite() {
        (v * 10.0).round() as i64
    } else {
        0
    };
    if tenths < 0 {
        out.push('-');
    }
    let abs = tenths.unsigned_abs();
    let _ = write!(out, "{}", abs / 10);
    if abs % 10 != 0 {
        out.push('.');
        out.push(char::from(b'0' + (abs % 10) as u8));
    }
}

/// A "nice" step (1, 2, 2.5 or 5 × 10^k) giving at most 5 intervals up to `max`.
fn nice_step(max: Decimal) -> Decimal {
    if max <= Decimal::ZERO {
        return Decimal::ONE;
    }
    let mut unit = Decimal::new(1, 2);
    while unit * Decimal::from(50) < max && unit < Decimal::from(1_000_000_000_000i64) {
        unit *= Decimal::TEN;
    }
    [1, 2, 5, 10]
        .iter()
        .map(|k| unit * Decimal::from(*k))
        .chain([unit * Decimal::new(25, 1)])
        .filter(|s| *s * Decimal::from(5) >= max)
        .min()
        .unwrap_or(max)
}

fn y_ticks(max: Decimal, height: f64) -> Vec<Tick> {
    let step = nice_step(max);
    let mut out = Vec::new();
    let mut v = Decimal::ZERO;
    while v <= max && out.len() < 12 {
        let pos = if max.is_zero() {
            height
        } else {
            height - f(v) / f(max) * height
        };
        out.push(Tick { pos, value: v });
        v += step;
    }
    out
}

fn x_ticks(n: usize, width: f64) -> Vec<Tick> {
    if n == 0 {
        return Vec::new();
    }
    let step = [1usize, 2, 3, 4, 6, 12, 24, 60, 120]
        .into_iter()
        .find(|s| n / s <= 6)
        .unwrap_or(n.div_ceil(6).max(1));
    (1..=n)
        .filter(|k| *k % step == 0 || *k == 1)
        .map(|k| Tick {
            pos: k as f64 / n as f64 * width,
            value: Decimal::from(k),
        })
        .collect()
}

/// The balance chart of `schedule`. Capitalised interest can make the balance grow, so the top of
/// the axis is the largest balance, not only the amount financed.
pub fn balance_chart(schedule: &Schedule, width: f64, height: f64) -> BalanceChart {
    let n = schedule.rows.len();
    let max = schedule
        .rows
        .iter()
        .map(|r| r.balance)
        .chain([schedule.amount_financed])
        .max()
        .unwrap_or_default()
        .max(Decimal::ZERO);
    let y = |v: Decimal| {
        if max.is_zero() {
            height
        } else {
            height - f(v.max(Decimal::ZERO)) / f(max) * height
        }
    };
    let mut line = String::with_capacity(n * 12 + 16);
    if n > 0 {
        line.push_str("M0 ");
        push_num(&mut line, y(schedule.amount_financed));
        for (i, r) in schedule.rows.iter().enumerate() {
            line.push('L');
            push_num(&mut line, (i + 1) as f64 / n as f64 * width);
            line.push(' ');
            push_num(&mut line, y(r.balance));
        }
    }
    let area = if line.is_empty() {
        String::new()
    } else {
        let mut area = line.clone();
        for (cmd, x, y) in [('L', width, height), ('L', 0.0, height)] {
            area.push(cmd);
            push_num(&mut area, x);
            area.push(' ');
            push_num(&mut area, y);
        }
        area.push('Z');
        area
    };
    BalanceChart {
        line,
        area,
        max,
        y_ticks: y_ticks(max, height),
        x_ticks: x_ticks(n, width),
    }
}

fn charges(r: &Instalment) -> Decimal {
    r.fees
        .checked_add(r.insurance)
        .and_then(|v| v.checked_add(r.vat))
        .unwrap_or_default()
}

/// Up to this many payments the split chart draws one bar per payment; beyond, bars would be
/// thinner than two pixels, so it draws stacked areas.
pub const MAX_BARS: usize = 60;

/// The payment split chart of `schedule`: principal at the bottom (a negative principal, interest
/// capitalised during grace, draws nothing), interest, then charges; one bar per payment up to
/// [`MAX_BARS`] payments, stacked areas beyond.
pub fn split_chart(schedule: &Schedule, width: f64, height: f64) -> SplitChart {
    let n = schedule.rows.len();
    let max = schedule
        .rows
        .iter()
        .map(|r| r.payment)
        .max()
        .unwrap_or_default()
        .max(Decimal::ZERO);
    let scale = if max.is_zero() { 0.0 } else { height / f(max) };
    let stacks: Vec<[f64; 3]> = schedule
        .rows
        .iter()
        .map(|r| {
            let p = f(r.principal.max(Decimal::ZERO)) * scale;
            let i = p + f(r.interest.max(Decimal::ZERO)) * scale;
            [p, i, i + f(charges(r).max(Decimal::ZERO)) * scale]
        })
        .collect();
    let [principal, interest, charges] = if n <= MAX_BARS {
        bars(&stacks, width, height)
    } else {
        areas(&stacks, width, height)
    };
    SplitChart {
        principal,
        interest,
        charges,
        max,
        y_ticks: y_ticks(max, height),
        x_ticks: x_ticks(n, width),
    }
}

/// One rectangle per payment and series, from the series' lower to its upper stacked height.
fn bars(stacks: &[[f64; 3]], width: f64, height: f64) -> [String; 3] {
    let slot = width / stacks.len().max(1) as f64;
    let gap = if slot > 3.0 {
        (slot * 0.2).min(4.0)
    } else {
        0.0
    };
    let mut out: [String; 3] = Default::default();
    for (i, tops) in stacks.iter().enumerate() {
        let x = i as f64 * slot + gap / 2.0;
        let mut low = 0.0;
        for (path, top) in out.iter_mut().zip(tops) {
            let h = top - low;
            if h > 0.0 {
                path.push('M');
                push_num(path, x);
                path.push(' ');
                push_num(path, height - top);
                path.push('h');
                push_num(path, slot - gap);
                path.push('v');
                push_num(path, h);
                path.push('h');
                push_num(path, gap - slot);
                path.push('Z');
            }
            low = *top;
        }
    }
    out
}

/// Each series as the area under its upper stacked height, drawn principal last so it covers the
/// lower part of the interest area, which covers the lower part of the charges area.
fn areas(stacks: &[[f64; 3]], width: f64, height: f64) -> [String; 3] {
    let slot = width / stacks.len().max(1) as f64;
    let mut out: [String; 3] = Default::default();
    for (k, path) in out.iter_mut().enumerate() {
        path.push_str("M0 ");
        push_num(path, height);
        for (i, tops) in stacks.iter().enumerate() {
            path.push('L');
            push_num(path, (i as f64 + 0.5) * slot);
            path.push(' ');
            push_num(path, height - tops[k]);
        }
        path.push('L');
        push_num(path, width);
        path.push(' ');
        push_num(path, height);
        path.push('Z');
    }
    out
}

/// Facts for the balance chart's text alternative.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BalanceFacts {
    /// The balance at disbursement.
    pub start: Decimal,
    /// The first payment after which at most half the amount financed is owed.
    pub half_paid_at: Option<u32>,
    /// Number of payments.
    pub payments: u32,
}

/// The facts the balance chart shows, for its text alternative.
pub fn balance_facts(schedule: &Schedule) -> BalanceFacts {
    let half = schedule.amount_financed / Decimal::TWO;
    BalanceFacts {
        start: schedule.amount_financed,
        half_paid_at: schedule
            .rows
            .iter()
            .find(|r| r.balance <= half)
            .map(|r| r.number),
        payments: u32::try_from(schedule.rows.len()).unwrap_or(u32::MAX),
    }
}

/// Interest as a share of the first and last payments (fractions, 3 decimals; 0 for no payment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitFacts {
    /// Interest / payment of the first payment.
    pub first_interest_share: Decimal,
    /// Interest / payment of the last payment.
    pub last_interest_share: Decimal,
}

fn share(r: Option<&Instalment>) -> Decimal {
    r.and_then(|r| r.interest.checked_div(r.payment))
        .map(|v| v.round_dp(3))
        .unwrap_or_default()
}

/// The facts the split chart shows, for its text alternative.
pub fn split_facts(schedule: &Schedule) -> SplitFacts {
    SplitFacts {
        first_interest_share: share(schedule.rows.first()),
        last_interest_share: share(schedule.rows.last()),
    }
}

#[cfg(test)]
mod tests;
