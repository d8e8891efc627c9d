//! Differential test: the exact engine against numpy-financial 1.0.0 (PyPI, float64) on a few hundred
//! deterministic pseudo-random loans and cash-flow series.
//!
//! numpy-financial runs under `$CUOTA_PYTHON` (`make test` installs it into `.venv` from
//! `tests/oracles/requirements.txt`). Without it the test says so and passes, unless
//! `CUOTA_REQUIRE_ORACLES=1` (set by `make test`), where a missing oracle is a failure.
//!
//! Tolerance: numpy computes in float64 (about 1e-16 relative per operation); the closed forms are
//! compared to 1e-9 relative. numpy's `rate` stops its Newton loop once a step is below 1e-6 (error
//! up to ~1e-11) and its `irr` takes polynomial roots by eigenvalues, so solved rates are compared to
//! 1e-8 absolute. numpy's `npv` discounts the first value at t = 0 (the spreadsheet NPV discounts it
//! one period), so the engine's value is converted: `npv_np = values[0] + NPV(rate, values[1..])`.

use cuota::finance::cashflow::{irr, mirr, npv};
use cuota::finance::num::to_f64;
use cuota::finance::tvm::{PaymentTiming, fv, ipmt, nper, pmt, ppmt, pv, rate};
use rust_decimal::Decimal;
use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

/// xorshift64*: deterministic inputs, the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A decimal in [lo, hi] with `scale` decimals.
    fn decimal(&mut self, lo: i64, hi: i64, scale: u32) -> Decimal {
        let span = (hi - lo) as u64 * 10u64.pow(scale) + 1;
        let raw = (self.next() % span) as i64 + lo * 10i64.pow(scale);
        Decimal::new(raw, scale)
    }
}

struct Case {
    name: &'static str,
    args: Vec<Value>,
    ours: Decimal,
    tolerance: Tolerance,
}

enum Tolerance {
    Relative(f64),
    Absolute(f64),
}

fn f(d: Decimal) -> Value {
    json!(to_f64(d))
}

fn loan_cases(rng: &mut Rng, out: &mut Vec<Case>) {
    let end = PaymentTiming::End;
    for _ in 0..60 {
        let r = rng.decimal(0, 3, 4) / Decimal::from(100); // 0 .. 3% per period
        let n = rng.decimal(1, 480, 0);
        let p = rng.decimal(100, 1_000_000, 2);
        let per = (rng.decimal(1, 480, 0)).min(n);
        let payment = pmt(r, n, p, Decimal::ZERO, end).unwrap();
        let rel = Tolerance::Relative(1e-9);
        let base = vec![f(r), f(n), f(p)];
        out.push(Case {
            name: "pmt",
            args: base.clone(),
            ours: payment,
            tolerance: Tolerance::Relative(1e-9),
        });
        out.push(Case {
            name: "pv",
            args: vec![f(r), f(n), f(payment)],
            ours: pv(r, n, payment, Decimal::ZERO, end).unwrap(),
            tolerance: Tolerance::Relative(1e-9),
        });
        out.push(Case {
            name: "fv",
            args: vec![f(r), f(n), f(payment), f(p)],
            ours: fv(r, n, payment, p, end).unwrap(),
            tolerance: Tolerance::Absolute(1e-6),
        });
        out.push(Case {
            name: "ipmt",
            args: vec![f(r), f(per), f(n), f(p)],
            ours: ipmt(r, per, n, p, Decimal::ZERO, end).unwrap(),
            tolerance: Tolerance::Relative(1e-8),
        });
        out.push(Case {
            name: "ppmt",
            args: vec![f(r), f(per), f(n), f(p)],
            ours: ppmt(r, per, n, p, Decimal::ZERO, end).unwrap(),
            tolerance: rel,
        });
        out.push(Case {
            name: "nper",
            args: vec![f(r), f(payment), f(p)],
            ours: nper(r, payment, p, Decimal::ZERO, end).unwrap(),
            tolerance: Tolerance::Absolute(1e-6),
        });
        if !r.is_zero() {
            out.push(Case {
                name: "rate",
                args: vec![f(n), f(payment), f(p), json!(0.0)],
                ours: rate(n, payment, p, Decimal::ZERO, end, Decimal::new(1, 1)).unwrap(),
                tolerance: Tolerance::Absolute(1e-8),
            });
        }
    }
}

fn cashflow_cases(rng: &mut Rng, out: &mut Vec<Case>) {
    for _ in 0..60 {
        let len = (rng.next() % 30 + 2) as usize;
        // One outflow then inflows: a single sign change, so the IRR is unique (Descartes' rule).
        let mut values = vec![-rng.decimal(1000, 100_000, 2)];
        values.extend((1..len).map(|_| rng.decimal(0, 20_000, 2)));
        if values[1..].iter().all(|v| v.is_zero()) {
            values[1] = Decimal::ONE;
        }
        let r = rng.decimal(0, 30, 3) / Decimal::from(100);
        let series: Vec<Value> = values.iter().map(|v| f(*v)).collect();
        let npv_np = values[0] + npv(r, &values[1..]).unwrap();
        out.push(Case {
            name: "npv",
            args: vec![f(r), json!(series)],
            ours: npv_np,
            tolerance: Tolerance::Absolute(1e-6),
        });
        if let Ok(ours) = irr(&values, Decimal::new(1, 1)) {
            out.push(Case {
                name: "irr",
                args: vec![json!(series)],
                ours,
                tolerance: Tolerance::Absolute(1e-8),
            });
        }
        let reinvest = rng.decimal(0, 20, 3) / Decimal::from(100);
        let ours = mirr(&values, r, reinvest).unwrap();
        out.push(Case {
            name: "mirr",
            args: vec![json!(series), f(r), f(reinvest)],
            ours,
            tolerance: Tolerance::Absolute(1e-9),
        });
    }
}

/// Flat add-on loans: the quote's effective annual rate against numpy's `rate` on the same flat
/// payments. The engine's rows are rounded to cents (up to 3e-5 of the smallest payments here), and
/// annualising over 52 weeks amplifies that: compared to 2e-4 relative — a wrong flat-interest rule
/// would be off by whole percents.
fn flat_add_on_cases(rng: &mut Rng, out: &mut Vec<Case>) {
    for _ in 0..20 {
        let principal = rng.decimal(1_000, 50_000, 0);
        let rate = rng.decimal(10, 120, 0) / Decimal::from(100);
        let (frequency, per_year, payments) = if rng.next().is_multiple_of(2) {
            ("weekly", 52, rng.decimal(8, 52, 0))
        } else {
            ("monthly", 12, rng.decimal(3, 36, 0))
        };
        let request: cuota::finance::quote::QuoteRequest = serde_json::from_value(json!({
            "loan": { "principal": principal, "annual_rate": rate, "payments": payments.to_string().parse::<u32>().unwrap(),
                      "frequency": frequency, "method": "flat_add_on", "disbursement": "2025-01-06" },
            "convention": "eu"
        }))
        .unwrap();
        let ours = cuota::finance::quote::audited_quote(&request)
            .unwrap()
            .effective_annual_rate;
        let args = vec![f(principal), f(rate), f(payments), json!(per_year)];
        out.push(Case {
            name: "flat_ear",
            args,
            ours,
            tolerance: Tolerance::Relative(2e-4),
        });
    }
}

#[test]
fn engine_agrees_with_numpy_financial() {
    let Ok(python) = std::env::var("CUOTA_PYTHON") else {
        let required = std::env::var("CUOTA_REQUIRE_ORACLES").is_ok_and(|v| v == "1");
        assert!(
            !required,
            "CUOTA_PYTHON is not set: run `make test`, or install the oracle with \
            `python3 -m venv .venv && .venv/bin/pip install -r tests/oracles/requirements.txt` and set \
            CUOTA_PYTHON=.venv/bin/python"
        );
        eprintln!("numpy_financial_diff: CUOTA_PYTHON not set, differential test not run");
        return;
    };
    let mut cases = Vec::new();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    loan_cases(&mut rng, &mut cases);
    cashflow_cases(&mut rng, &mut cases);
    flat_add_on_cases(&mut rng, &mut cases);

    let mut child = Command::new(&python)
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/oracles/npf_oracle.py"
        ))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {python}: {e}"));
    let mut stdin = child.stdin.take().unwrap();
    for c in &cases {
        writeln!(stdin, "{}", json!({ "fn": c.name, "args": c.args })).unwrap();
    }
    drop(stdin);
    let answers: Vec<Value> = BufReader::new(child.stdout.take().unwrap())
        .lines()
        .map(|l| serde_json::from_str(&l.unwrap()).unwrap())
        .collect();
    assert!(child.wait().unwrap().success(), "the oracle failed");
    assert_eq!(
        answers.len(),
        cases.len(),
        "the oracle answered {} of {}",
        answers.len(),
        cases.len()
    );

    let mut failures = Vec::new();
    for (c, a) in cases.iter().zip(&answers) {
        let theirs = a["value"].as_f64().unwrap_or(f64::NAN);
        let ours = to_f64(c.ours);
        let ok = match c.tolerance {
            Tolerance::Relative(t) => (ours - theirs).abs() <= t * theirs.abs().max(1e-12),
            Tolerance::Absolute(t) => (ours - theirs).abs() <= t,
        };
        if !ok {
            failures.push(format!(
                "{}({:?}): ours {} numpy {}",
                c.name, c.args, c.ours, theirs
            ));
        }
    }
    eprintln!("numpy_financial_diff: {} comparisons", cases.len());
    assert!(
        failures.is_empty(),
        "{} disagreements:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
