//! The native `cuota` command, run as a real process.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cuota"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cuota runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

#[test]
fn eval_answers_every_line_in_order_and_survives_bad_ones() {
    let input = [
        // Microsoft Support, "PMT function": =PMT(8%/12, 10, 10000) = ($1,037.03).
        r#"{"fn": "pmt", "rate": "0.0066666666666666666666666667", "nper": 10, "pv": 10000}"#,
        "not json",
        r#"{"fn": "nope"}"#,
        r#"{"fn": "pmt", "rate": 0.1, "nper": 0, "pv": 1}"#,
        "",
        r#"{"fn": "pmt", "rate": 0.1, "nper": 10, "pv": 100, "fv_typo": 1}"#,
        // Microsoft Support, "IRR function": 8.7% for -70000, 12000, 15000, 18000, 21000, 26000.
        r#"{"fn": "irr", "values": ["-70000", 12000, 15000, 18000, 21000, 26000]}"#,
        r#"{"fn": "apr", "convention": "eu", "flows": [{"date": "2025-01-15", "amount": 1000}, {"date": "2026-01-15", "amount": -1100}]}"#,
        r#"{"fn": "xirr", "values": [-1, 2], "dates": ["2025-01-01"]}"#,
    ]
    .join("\n");
    let out = run(&["eval"], &input);
    assert!(out.status.success());
    let got = lines(&out);
    assert_eq!(got.len(), 8, "one answer per non-blank line");
    let value = |i: usize| got[i]["value"].as_str().unwrap().parse::<f64>().unwrap();
    assert!((value(0) + 1037.03).abs() < 0.005);
    assert_eq!(got[1]["error"]["code"], "invalid_json");
    assert_eq!(got[2]["error"]["code"], "unknown_function");
    assert_eq!(got[3]["error"]["code"], "invalid_input");
    assert_eq!(got[4]["error"]["code"], "unknown_argument");
    assert!((value(5) - 0.087).abs() < 0.0005);
    // A year at 10%: 1000 now, 1100 in a year → APRC exactly 10%.
    assert!((value(6) - 0.1).abs() < 1e-20);
    assert_eq!(got[7]["error"]["code"], "invalid_input");
    assert!(
        got[7]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("one date per value")
    );
}

#[test]
fn quote_prints_schedule_rate_and_proof() {
    let request = r#"{"loan": {"principal": "10000", "annual_rate": "0.08", "payments": 10,
        "disbursement": "2025-01-15"}, "convention": "eu"}"#;
    let out = run(&["quote"], request);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let q: Value = serde_json::from_slice(&out.stdout).unwrap();
    // Microsoft Support, "PMT function": 10,000 at 8% a year over 10 months → 1,037.03.
    assert_eq!(q["instalment"], "1037.03");
    assert_eq!(q["schedule"]["rows"].as_array().unwrap().len(), 10);
    assert_eq!(q["schedule"]["rows"][9]["balance"], "0.00");
    // No charges: the APRC is the effective rate of 8% nominal monthly, (1 + 0.08/12)^12 - 1 = 8.30%.
    let rate: f64 = q["rate"]["rate"].as_str().unwrap().parse().unwrap();
    assert!((rate - 0.0830).abs() < 0.0005, "{rate}");
    assert_eq!(q["rate"]["proof"]["rows"].as_array().unwrap().len(), 11);
    assert_eq!(q["engine_version"], env!("CARGO_PKG_VERSION"));
}

#[test]
fn quote_reports_bad_requests_as_json() {
    let out = run(
        &["quote"],
        r#"{"loan": {"principal": -5}, "convention": "eu"}"#,
    );
    assert!(!out.status.success());
    let e: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(e["error"]["code"], "invalid_request");
    let out = run(
        &["quote"],
        r#"{"loan": {"principal": "-5", "annual_rate": 0.1, "payments": 3, "disbursement": "2025-01-01"}, "convention": "eu"}"#,
    );
    let e: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(e["error"]["code"], "invalid_input");
    assert!(
        e["error"]["message"]
            .as_str()
            .unwrap()
            .contains("principal")
    );
}

#[test]
fn unknown_commands_explain_usage() {
    let out = run(&["frobnicate"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cuota eval"));
}

#[test]
fn check_config_passes_the_shipped_files_and_lists_problems_with_exit_1() {
    let shipped = concat!(env!("CARGO_MANIFEST_DIR"), "/public/config");
    let ok = run(&["check-config", shipped, "--today", "2026-12-01"], "");
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stdout)
    );
    assert_eq!(
        String::from_utf8_lossy(&ok.stdout),
        "The configuration is valid.\n"
    );

    let dir = std::env::temp_dir().join(format!("cuota-cli-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("products.json"),
        "{\"version\": 1, \"products\": []}",
    )
    .unwrap();
    let out = run(
        &[
            "check-config",
            dir.to_str().unwrap(),
            "--json",
            "--lang",
            "es-ES",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["ok"], false);
    let problems: Vec<(String, String)> = doc["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["file"].as_str().unwrap().into(),
                p["path"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        problems,
        vec![
            ("lender.json".into(), String::new()),
            ("products.json".into(), "products".into()),
            ("campaigns.json".into(), String::new()),
            ("leads.json".into(), String::new())
        ]
    );
    assert_eq!(doc["problems"][1]["message"], "no hay productos");
    let bad = run(&["check-config", dir.to_str().unwrap(), "--lang", "fr"], "");
    assert_eq!(bad.status.code(), Some(2));
    let bad_day = run(&["check-config", shipped, "--today", "2026-13-01"], "");
    assert_eq!(bad_day.status.code(), Some(2));
    // The shipped campaigns end in 2027: after that, check-config says so and fails.
    let later = run(&["check-config", shipped, "--today", "2027-07-01"], "");
    assert_eq!(later.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&later.stdout)
            .starts_with("campaigns.json: campaigns[0].ends: the campaign ended on 2027-01-31")
    );
    std::fs::remove_dir_all(dir).unwrap();
}
