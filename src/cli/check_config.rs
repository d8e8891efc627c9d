//! `cuota check-config DIR`: the site's own validation of the configuration files (lender.json,
//! products.json, leads.json), natively, for marketing's pipeline — every problem with its file and
//! JSON path, in the chosen language.

use crate::config::lender::parse_lender;
use crate::config::{ConfigProblem, parse_catalog};
use crate::i18n::{Locale, Msg, text};
use crate::leads::config::parse_leads_config;
use serde::Serialize;
use std::path::Path;

/// The files checked, in order, with their validation.
const FILES: [(&str, Check); 3] = [
    ("lender.json", |t| parse_lender(t).map(|_| 1)),
    ("products.json", |t| {
        parse_catalog(t).map(|c| c.products.len())
    }),
    ("leads.json", |t| {
        parse_leads_config(t).map(|c| c.endpoints.len())
    }),
];

type Check = fn(&str) -> Result<usize, Vec<ConfigProblem>>;

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

/// Checks every configuration file of `dir`; an unreadable or missing file is a finding too.
pub fn check_dir(dir: &Path, locale: Locale) -> Vec<Finding> {
    let mut out = Vec::new();
    for (file, check) in FILES {
        let text_of = std::fs::read_to_string(dir.join(file));
        let problems = match text_of {
            Err(e) => {
                out.push(Finding {
                    file: file.into(),
                    path: String::new(),
                    message: text(locale, &Msg::ConfigFileUnreadable(e.to_string())),
                });
                continue;
            }
            Ok(t) => check(&t).err().unwrap_or_default(),
        };
        out.extend(problems.into_iter().map(|p| Finding {
            file: file.into(),
            message: text(locale, &Msg::ConfigProblem(p.problem)),
            path: p.path,
        }));
    }
    out
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
        assert_eq!(check_dir(&dir, Locale::EnUs), Vec::new());
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
        let dir = dir_with(&[("products.json", &products), ("lender.json", lender)]);
        let findings = check_dir(&dir, Locale::EsEs);
        assert_eq!(findings.len(), 2, "{findings:?}");
        assert_eq!(
            (findings[0].file.as_str(), findings[0].path.as_str()),
            ("products.json", "products[0].currency")
        );
        assert_eq!(
            findings[0].message,
            "usa un código ISO 4217 de tres letras, como MXN, EUR o USD"
        );
        assert_eq!(findings[1].file, "leads.json");
        assert!(findings[1].path.is_empty());
        let report = report_text(&findings, Locale::EsEs);
        assert!(report.starts_with("products.json: products[0].currency: usa un código"));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
