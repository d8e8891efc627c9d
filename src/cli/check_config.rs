//! `cuota check-config DIR`: the site's own validation of the configuration files (lender.json,
//! products.json, campaigns.json, leads.json), natively, for marketing's pipeline — every problem with its file and
//! JSON path, in the chosen language.

use crate::config::campaign::{Campaigns, parse_campaigns};
use crate::config::lender::{Lender, apply_defaults, parse_lender};
use crate::config::{Catalog, ConfigProblem, ended_campaigns, parse_catalog, parse_json};
use crate::finance::Date;
use crate::i18n::{Locale, Msg, text};
use crate::leads::config::parse_leads_config;
use serde::Serialize;
use std::path::Path;

/// The files checked, in order.
pub const FILES: [&str; 4] = [
    "lender.json",
    "products.json",
    "campaigns.json",
    "leads.json",
];

/// A problem found, ready to print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The file, relative to the directory.
    pub file: String,
    /// JSON path inside it (empty for the whole document).
    pub path: String,
    /// The problem in words, in the chosen language.
    pub message: String,
}

/// Checks every configuration file of `dir` as the site does, and also that no campaign has ended
/// by `today` (the site stops showing it; marketing should remove it or move its last day). An
/// unreadable or missing file is a finding too. Campaigns are checked against the products as
/// written, even when those break a rule.
pub fn check_dir(dir: &Path, locale: Locale, today: Date) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut products: Option<Catalog> = None;
    let mut lender: Option<Lender> = None;
    for file in FILES {
        let problems = match std::fs::read_to_string(dir.join(file)) {
            Err(e) => {
                out.push(Finding {
                    file: file.into(),
                    path: String::new(),
                    message: text(locale, &Msg::ConfigFileUnreadable(e.to_string())),
                });
                continue;
            }
            Ok(t) => match file {
                "lender.json" => parse_lender(&t).map(|l| lender = Some(l)).err(),
                "products.json" => {
                    products = parse_json::<Catalog>(&t).ok();
                    match (parse_catalog(&t), &lender) {
                        (Ok(mut catalog), Some(l)) => {
                            let found = apply_defaults(l, &mut catalog);
                            out.extend(findings("lender.json", found.lender, locale));
                            Some(found.products)
                        }
                        (result, _) => result.err(),
                    }
                }
                "campaigns.json" => campaigns(&t, products.as_ref(), today).err(),
                _ => parse_leads_config(&t).err(),
            },
        };
        out.extend(findings(file, problems.unwrap_or_default(), locale));
    }
    out
}

fn findings(file: &str, problems: Vec<ConfigProblem>, locale: Locale) -> Vec<Finding> {
    problems
        .into_iter()
        .map(|p| Finding {
            file: file.into(),
            message: text(locale, &Msg::ConfigProblem(p.problem)),
            path: p.path,
        })
        .collect()
}

fn campaigns(
    json: &str,
    products: Option<&Catalog>,
    today: Date,
) -> Result<Campaigns, Vec<ConfigProblem>> {
    let campaigns = match products {
        Some(catalog) => parse_campaigns(json, catalog)?,
        None => parse_json::<Campaigns>(json)?,
    };
    let ended = ended_campaigns(&campaigns, today);
    if ended.is_empty() {
        Ok(campaigns)
    } else {
        Err(ended)
    }
}

/// Today's date in UTC, from the system clock (the Unix epoch if the clock is before it).
pub fn today_utc() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(seconds / 86_400).unwrap_or(0);
    Date::from_days(days).unwrap_or(Date::UNIX_EPOCH)
}

/// The report as lines of text: `file: path: message`, or one line saying all is well.
pub fn report_text(findings: &[Finding], locale: Locale) -> String {
    if findings.is_empty() {
        return text(locale, &Msg::ConfigOk) + "\n";
    }
    findings
        .iter()
        .map(|f| {
            if f.path.is_empty() {
                format!("{}: {}\n", f.file, f.message)
            } else {
                format!("{}: {}: {}\n", f.file, f.path, f.message)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u8, d: u8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    fn dir_with(files: &[(&str, &str)]) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "cuota-check-config-{}-{}",
            std::process::id(),
            files.len() * 31 + files.first().map_or(0, |f| f.1.len())
        ));
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in files {
            std::fs::write(dir.join(name), text).unwrap();
        }
        dir
    }

    #[test]
    fn the_shipped_configuration_passes() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/config");
        assert_eq!(check_dir(&dir, Locale::EnUs, day(2026, 12, 1)), Vec::new());
        // The same files months later: the demo campaigns have ended, and say so.
        let later = check_dir(&dir, Locale::EnUs, day(2027, 7, 1));
        assert_eq!(later.len(), 6, "{later:?}");
        assert_eq!(
            (
                later[0].file.as_str(),
                later[0].path.as_str(),
                later[0].message.as_str()
            ),
            (
                "campaigns.json",
                "campaigns[0].ends",
                "the campaign ended on 2027-01-31: remove it or move its last day"
            )
        );
        assert_eq!(
            report_text(&[], Locale::EsMx),
            text(Locale::EsMx, &Msg::ConfigOk) + "\n"
        );
    }

    #[test]
    fn every_problem_of_every_file_is_listed_with_its_path_in_the_chosen_language() {
        let products = include_str!("../../public/config/products.json").replacen(
            "\"currency\": \"MXN\"",
            "\"currency\": \"pesos\"",
            1,
        );
        let lender = include_str!("../../public/config/lender.json");
        let campaigns = include_str!("../../public/config/campaigns.json").replacen(
            "\"mx-grupal\"]",
            "\"mx-grupo\"]",
            1,
        );
        let dir = dir_with(&[
            ("products.json", &products),
            ("lender.json", lender),
            ("campaigns.json", &campaigns),
        ]);
        let findings = check_dir(&dir, Locale::EsEs, day(2026, 12, 1));
        assert_eq!(findings.len(), 3, "{findings:?}");
        assert_eq!(
            (findings[0].file.as_str(), findings[0].path.as_str()),
            ("products.json", "products[0].currency")
        );
        assert_eq!(
            findings[0].message,
            "usa un código ISO 4217 de tres letras, como MXN, EUR o USD"
        );
        assert_eq!(
            (
                findings[1].file.as_str(),
                findings[1].path.as_str(),
                findings[1].message.as_str()
            ),
            (
                "campaigns.json",
                "campaigns[0].products[1]",
                "no hay ningún producto «mx-grupo» en products.json"
            )
        );
        assert_eq!(findings[2].file, "leads.json");
        assert!(findings[2].path.is_empty());
        let report = report_text(&findings, Locale::EsEs);
        assert!(report.starts_with("products.json: products[0].currency: usa un código"));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
