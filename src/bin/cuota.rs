//! `cuota`: the engine on the command line, for back offices and tests. JSON in, JSON out.
//! See `cuota --help` and the README.

use std::io::{self, Write};
use std::process::ExitCode;

const HELP: &str = "\
cuota — the Cuota loan engine on the command line (JSON in, JSON out)

USAGE:
    cuota eval       read JSON Lines requests on stdin, write one JSON line per request
    cuota quote      read one loan request (JSON) on stdin, write the full quote (JSON)
    cuota schema NAME   print a published JSON Schema: quote-request | quote-response | lead |
                        products | leads | lender | campaigns
    cuota check-config DIR [--lang es-MX|es-ES|en-US] [--json] [--today YYYY-MM-DD]
                     validate the configuration files of DIR (lender, products, campaigns,
                     leads) as the site does, and that no campaign has ended by today (UTC,
                     or --today); every problem with its file and JSON path; exit 1 if any
    cuota --version  print the engine version
    cuota --help     print this help

EXAMPLES:
    echo '{\"fn\": \"pmt\", \"rate\": \"0.00625\", \"nper\": 360, \"pv\": 250000}' | cuota eval
    cuota quote < request.json
";

/// `cuota quote`: the quote on stdout (exit 0), or an error document on stdout (exit 1).
fn quote(mut stdin: impl io::Read) -> io::Result<ExitCode> {
    let mut input = String::new();
    stdin.read_to_string(&mut input)?;
    let (text, code) = match cuota::cli::quote::quote_json(&input) {
        Ok(text) => (text, ExitCode::SUCCESS),
        Err(text) => (text, ExitCode::FAILURE),
    };
    writeln!(io::stdout(), "{text}")?;
    Ok(code)
}

/// `cuota check-config DIR [--lang L] [--json] [--today D]`: exit 0 when every file is valid, 1 otherwise, 2 on
/// bad arguments.
fn check_config(dir: &str, options: &[&str]) -> io::Result<ExitCode> {
    let mut locale = cuota::i18n::Locale::EnUs;
    let mut json = false;
    let mut today = cuota::cli::check_config::today_utc();
    let mut rest = options.iter();
    while let Some(option) = rest.next() {
        match (*option, rest.clone().next()) {
            ("--json", _) => json = true,
            ("--today", Some(day)) => match cuota::finance::Date::parse_iso(day) {
                Ok(d) => {
                    today = d;
                    rest.next();
                }
                Err(e) => {
                    eprintln!("cuota: --today \"{day}\": {e}; write it as YYYY-MM-DD");
                    return Ok(ExitCode::from(2));
                }
            },
            ("--lang", Some(tag)) => match cuota::i18n::Locale::from_tag(tag) {
                Some(l) => {
                    locale = l;
                    rest.next();
                }
                None => {
                    eprintln!("cuota: unknown language \"{tag}\"; use es-MX, es-ES or en-US");
                    return Ok(ExitCode::from(2));
                }
            },
            _ => {
                eprint!("cuota: unknown option \"{option}\"\n\n{HELP}");
                return Ok(ExitCode::from(2));
            }
        }
    }
    let findings = cuota::cli::check_config::check_dir(std::path::Path::new(dir), locale, today);
    if json {
        let doc = serde_json::json!({ "ok": findings.is_empty(), "problems": findings });
        writeln!(io::stdout(), "{doc}")?;
    } else {
        write!(
            io::stdout(),
            "{}",
            cuota::cli::check_config::report_text(&findings, locale)
        )?;
    }
    Ok(if findings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stdin = io::stdin().lock();
    let stdout = io::stdout().lock();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["eval"] => cuota::cli::eval::run(stdin, stdout).map(|()| ExitCode::SUCCESS),
        ["quote"] => quote(stdin),
        ["schema", name] => match cuota::cli::schema::schema(name) {
            Some(text) => write!(io::stdout(), "{text}").map(|()| ExitCode::SUCCESS),
            None => {
                let names = cuota::cli::schema::SCHEMAS.join(", ");
                eprintln!("cuota: unknown schema \"{name}\"; known: {names}");
                Ok(ExitCode::from(2))
            }
        },
        ["check-config", dir, rest @ ..] => check_config(dir, rest),
        ["--version" | "-V"] => writeln!(io::stdout(), "cuota {}", cuota::finance::ENGINE_VERSION)
            .map(|()| ExitCode::SUCCESS),
        ["--help" | "-h" | "help"] => write!(io::stdout(), "{HELP}").map(|()| ExitCode::SUCCESS),
        _ => {
            eprint!("cuota: unknown or missing command {args:?}\n\n{HELP}");
            Ok(ExitCode::from(2))
        }
    };
    result.unwrap_or_else(|e| {
        eprintln!("cuota: {e}");
        ExitCode::FAILURE
    })
}
