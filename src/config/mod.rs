//! Run-time configuration: the product catalogue, loaded from `public/config/` and validated as a
//! whole, with every problem reported by its JSON path.
//!
//! Pure Rust, tested natively; the UI fetches the file and hands its text to [`parse_catalog`].

pub mod campaign;
mod campaign_rules;
pub mod copy;
mod json_path;
pub mod lender;
mod product;
mod rate;
mod validate;

pub use campaign_rules::ended as ended_campaigns;
pub use product::{
    AmountLimits, Eligibility, Jurisdiction, LoanChoice, Localized, Pricing, Product,
    RepresentativeExample, TermOption,
};
pub use rate::{RateTier, Segment};
pub use validate::{ConfigProblem, Problem};

use serde::{Deserialize, Serialize};

/// Version of the catalogue format (`version` in `products.json`).
pub const CATALOG_FORMAT_VERSION: u32 = 1;

/// Where the site fetches the catalogue, relative to its root.
pub const CATALOG_PATH: &str = "config/products.json";

/// The product catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// Format version; must be [`CATALOG_FORMAT_VERSION`].
    pub version: u32,
    /// The products, in the order they are offered.
    pub products: Vec<Product>,
}

impl Catalog {
    /// The product with `id`.
    pub fn product(&self, id: &str) -> Option<&Product> {
        self.products.iter().find(|p| p.id == id)
    }
}

/// Parses and validates the catalogue's JSON text. On failure every problem found is returned, each
/// with its JSON path (`products[1].amount.max`).
pub fn parse_catalog(json: &str) -> Result<Catalog, Vec<ConfigProblem>> {
    let catalog: Catalog = parse_json(json)?;
    let problems = validate::catalog(&catalog);
    if problems.is_empty() {
        Ok(catalog)
    } else {
        Err(problems)
    }
}

/// Parses a configuration file's JSON text into `T`; a syntax or shape error is one problem with
/// the JSON path where it was found.
pub fn parse_json<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, Vec<ConfigProblem>> {
    serde_json::from_str(json).map_err(|e| {
        vec![ConfigProblem {
            path: json_path::path_at(json, e.line(), e.column()),
            problem: Problem::Syntax {
                line: e.line(),
                column: e.column(),
                detail: strip_position(&e.to_string()),
            },
        }]
    })
}

/// Why the site's configuration cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SiteConfigError {
    /// A file could not be downloaded (the browser's or server's reason).
    Fetch(String),
    /// The files have problems; lender problems are prefixed `lender.json: `.
    Invalid(Vec<ConfigProblem>),
}

/// Everything the site is configured with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    /// The product catalogue.
    pub catalog: Catalog,
    /// The lender.
    pub lender: lender::Lender,
    /// The campaigns.
    pub campaigns: campaign::Campaigns,
}

/// The files the site reads at start, in the order [`site_config`] takes their texts.
pub const SITE_FILES: [&str; 3] = [CATALOG_PATH, lender::LENDER_PATH, campaign::CAMPAIGNS_PATH];

/// The site's configuration from the texts of [`SITE_FILES`], as fetched; every problem of every
/// file is reported, those of `lender.json` and `campaigns.json` prefixed with the file's name.
pub fn site_config(texts: &[Result<String, String>]) -> Result<Site, SiteConfigError> {
    let [products, lender, campaigns] = texts else {
        return Err(SiteConfigError::Fetch("configuration files missing".into()));
    };
    let (products, lender, campaigns) = match (products, lender, campaigns) {
        (Ok(p), Ok(l), Ok(c)) => (p, l, c),
        (Err(e), _, _) => return Err(SiteConfigError::Fetch(e.clone())),
        (_, Err(e), _) => return Err(SiteConfigError::Fetch(format!("lender.json: {e}"))),
        (_, _, Err(e)) => return Err(SiteConfigError::Fetch(format!("campaigns.json: {e}"))),
    };
    let catalog = parse_catalog(products);
    // Campaigns are checked against the products as written, even when those break a rule.
    let shape = catalog
        .as_ref()
        .ok()
        .cloned()
        .or_else(|| parse_json::<Catalog>(products).ok());
    let campaigns = match &shape {
        Some(c) => campaign::parse_campaigns(campaigns, c),
        None => parse_json::<campaign::Campaigns>(campaigns),
    };
    let mut lender = lender::parse_lender(lender);
    let mut catalog = catalog;
    let mut defaults = lender::DefaultsProblems::default();
    if let (Ok(l), Ok(c)) = (&lender, &mut catalog) {
        defaults = lender::apply_defaults(l, c);
    }
    if !defaults.products.is_empty() {
        catalog = Err(defaults.products);
    }
    if !defaults.lender.is_empty() {
        lender = Err(defaults.lender);
    }
    match (catalog, lender, campaigns) {
        (Ok(catalog), Ok(lender), Ok(campaigns)) => Ok(Site {
            catalog,
            lender,
            campaigns,
        }),
        (c, l, k) => {
            let mut problems = c.err().unwrap_or_default();
            problems.extend(prefixed("lender.json", l.err()));
            problems.extend(prefixed("campaigns.json", k.err()));
            Err(SiteConfigError::Invalid(problems))
        }
    }
}

/// `problems` with their paths prefixed by the file they are in.
fn prefixed(file: &str, problems: Option<Vec<ConfigProblem>>) -> Vec<ConfigProblem> {
    problems
        .unwrap_or_default()
        .into_iter()
        .map(|p| ConfigProblem {
            path: format!("{file}: {}", p.path),
            problem: p.problem,
        })
        .collect()
}

/// serde_json appends " at line L column C"; the problem carries those separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests;
