//! Campaigns: what marketing launches by editing `public/config/campaigns.json` — a landing page at
//! `/c/<slug>` with its copy, colours, featured products, promotional rates, dates, default loan and
//! legal footnotes. Validated against the catalogue (see [`super::campaign_rules`]).

use super::lender::Colours;
use super::product::Localized;
use super::{Catalog, ConfigProblem, parse_json};
use crate::finance::Date;
use crate::finance::schedule::Frequency;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Version of the campaigns file format.
pub const CAMPAIGNS_FORMAT_VERSION: u32 = 1;

/// Where the site fetches the campaigns, relative to its root.
pub const CAMPAIGNS_PATH: &str = "config/campaigns.json";

/// The campaigns file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Campaigns {
    /// Format version; must be [`CAMPAIGNS_FORMAT_VERSION`].
    pub version: u32,
    /// The campaigns, in the order the home page lists them.
    pub campaigns: Vec<Campaign>,
}

/// A lower rate a campaign offers on one of its products.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PromotionalRate {
    /// Id of a product the campaign features.
    pub product: String,
    /// Annual nominal rate during the campaign, as a fraction; it must be lower than the product's
    /// own rate, and it caps every tier of the product.
    pub annual_rate: Decimal,
}

/// The loan a campaign page shows first.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CampaignDefaults {
    /// Product shown first (one the campaign features; default: the first featured).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product: Option<String>,
    /// Amount shown first, within that product's limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Decimal>,
    /// Frequency shown first, one the product offers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Frequency>,
    /// Number of payments shown first, within the limits of that frequency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payments: Option<u32>,
    /// Customer segment chosen first (one of that product's `segments`), e.g. a payroll campaign.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segment: Option<String>,
}

/// A campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Campaign {
    /// Stable identifier, sent with leads as their campaign (a–z, 0–9, `-`).
    pub id: String,
    /// The page's address: `/c/<slug>` (a–z, 0–9, `-`).
    pub slug: String,
    /// Headline per locale.
    pub title: Localized,
    /// Body per locale; paragraphs are separated by a blank line. Figures about the loan are written
    /// as placeholders (`{instalment}`, `{payments}`, `{amount}`, `{rate}`, `{nominal}`, `{total}`)
    /// so the engine computes them and the legal rate is shown beside them.
    #[serde(default)]
    pub copy: Localized,
    /// Featured products' ids, in the order shown.
    pub products: Vec<String>,
    /// Promotional rates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub promotional_rates: Vec<PromotionalRate>,
    /// First day the campaign is live.
    pub starts: Date,
    /// Last day the campaign is live (inclusive).
    pub ends: Date,
    /// Colours of the campaign page, instead of the lender's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<Colours>,
    /// The loan shown first.
    #[serde(default)]
    pub defaults: CampaignDefaults,
    /// Legal footnotes per locale, shown under the page.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnotes: Vec<Localized>,
}

/// Where a campaign is in its life on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CampaignStatus {
    /// Before its first day.
    Upcoming,
    /// Between its first and last day.
    Live,
    /// After its last day.
    Ended,
}

impl Campaigns {
    /// The campaign at `/c/<slug>`, with its index in the file.
    pub fn by_slug(&self, slug: &str) -> Option<(usize, &Campaign)> {
        self.campaigns
            .iter()
            .enumerate()
            .find(|(_, c)| c.slug == slug)
    }

    /// The campaigns live on `today`, in file order.
    pub fn live(&self, today: Date) -> impl Iterator<Item = &Campaign> {
        self.campaigns
            .iter()
            .filter(move |c| c.status(today) == CampaignStatus::Live)
    }
}

impl Campaign {
    /// Its status on `today`.
    pub fn status(&self, today: Date) -> CampaignStatus {
        if today < self.starts {
            CampaignStatus::Upcoming
        } else if today > self.ends {
            CampaignStatus::Ended
        } else {
            CampaignStatus::Live
        }
    }

    /// The promotional rate for `product`, if the campaign has one.
    pub fn promotional_rate(&self, product: &str) -> Option<Decimal> {
        self.promotional_rates
            .iter()
            .find(|p| p.product == product)
            .map(|p| p.annual_rate)
    }

    /// The catalogue as this campaign offers it: its featured products in its order (the default
    /// product first), each promotional rate capping the product's rate and every tier, and the
    /// default amount, frequency and payments as the product's defaults. Products the catalogue
    /// lacks are left out (validation reports them).
    pub fn catalog(&self, base: &Catalog) -> Catalog {
        let mut ids: Vec<&String> = self.products.iter().collect();
        if let Some(first) = self.defaults.product.as_ref() {
            ids.sort_by_key(|id| *id != first);
        }
        let products = ids
            .into_iter()
            .filter_map(|id| base.product(id))
            .map(|p| {
                let mut p = p.clone();
                if let Some(rate) = self.promotional_rate(&p.id) {
                    p.pricing.annual_rate = p.pricing.annual_rate.min(rate);
                    for t in &mut p.pricing.rate_tiers {
                        t.annual_rate = t.annual_rate.min(rate);
                    }
                }
                self.apply_defaults(&mut p);
                p
            })
            .collect();
        Catalog {
            version: base.version,
            products,
        }
    }

    fn apply_defaults(&self, p: &mut super::Product) {
        let d = &self.defaults;
        if d.product.as_ref().is_some_and(|id| *id != p.id) {
            return;
        }
        if let Some(a) = d
            .amount
            .filter(|a| (p.amount.min..=p.amount.max).contains(a))
        {
            p.amount.default = a;
        }
        if let Some(i) = d
            .frequency
            .and_then(|f| p.terms.iter().position(|t| t.frequency == f))
        {
            p.terms.swap(0, i);
        }
        if let (Some(n), Some(t)) = (d.payments, p.terms.first_mut())
            && (t.min_payments..=t.max_payments).contains(&n)
        {
            t.default_payments = n;
        }
    }
}

/// Parses and validates `campaigns.json` against `catalog`; every problem is returned with its JSON
/// path. Whether a campaign has ended is not checked here (see [`super::campaign_rules::ended`]):
/// an ended campaign stops being shown, it does not stop the site.
pub fn parse_campaigns(json: &str, catalog: &Catalog) -> Result<Campaigns, Vec<ConfigProblem>> {
    let campaigns: Campaigns = parse_json(json)?;
    let problems = super::campaign_rules::campaigns(&campaigns, catalog);
    if problems.is_empty() {
        Ok(campaigns)
    } else {
        Err(problems)
    }
}
