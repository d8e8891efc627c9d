//! Where a lead came from: the campaign, UTM parameters (Google Analytics' campaign URL builder
//! names), ad click ids, the referrer, and at events the promoter, event and device ids. Read from
//! the page's URL query and `document.referrer`, kept as given.

use crate::simulation::query::decode_query;
use serde::{Deserialize, Serialize};

/// Longest value kept per parameter, in characters (longer values are cut: a link is not a store).
pub const MAX_VALUE: usize = 500;

/// A lead's attribution. Absent parameters are left out of the JSON.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Attribution {
    /// Campaign id or slug (`campaign`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<String>,
    /// `utm_source`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utm_source: Option<String>,
    /// `utm_medium`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utm_medium: Option<String>,
    /// `utm_campaign`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utm_campaign: Option<String>,
    /// `utm_term`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utm_term: Option<String>,
    /// `utm_content`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utm_content: Option<String>,
    /// Google Ads click id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gclid: Option<String>,
    /// Meta (Facebook) click id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fbclid: Option<String>,
    /// The page that linked here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referrer: Option<String>,
    /// Promoter id (`promoter`), when a credit promoter captured the lead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoter: Option<String>,
    /// Event id (`event`), e.g. a fair.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// Device id (`device`), e.g. a promoter's tablet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
}

/// The query keys attribution reads (beside the referrer), which links between the site's pages
/// carry along so a lead keeps where the person came from.
pub const KEYS: [&str; 11] = [
    "campaign",
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_term",
    "utm_content",
    "gclid",
    "fbclid",
    "promoter",
    "event",
    "device",
];

/// The attribution of a page opened with `query` (with or without `?`) from `referrer`.
pub fn attribution(query: &str, referrer: &str) -> Attribution {
    let pairs = decode_query(query);
    let get = |key: &str| {
        pairs
            .iter()
            .find(|(k, v)| k == key && !v.trim().is_empty())
            .map(|(_, v)| v.chars().take(MAX_VALUE).collect::<String>())
    };
    Attribution {
        campaign: get("campaign"),
        utm_source: get("utm_source"),
        utm_medium: get("utm_medium"),
        utm_campaign: get("utm_campaign"),
        utm_term: get("utm_term"),
        utm_content: get("utm_content"),
        gclid: get("gclid"),
        fbclid: get("fbclid"),
        referrer: Some(referrer.chars().take(MAX_VALUE).collect::<String>())
            .filter(|r| !r.is_empty()),
        promoter: get("promoter"),
        event: get("event"),
        device: get("device"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utm_click_ids_and_promoter_are_read_from_the_link() {
        let a = attribution(
            "?lang=es-MX&utm_source=facebook&utm_medium=cpc&utm_campaign=buen+fin&gclid=&fbclid=IwAR1&promoter=P-017&event=expo-gdl&device=tab-3&amount=5000",
            "https://www.example.com/blog",
        );
        assert_eq!(a.utm_source.as_deref(), Some("facebook"));
        assert_eq!(a.utm_campaign.as_deref(), Some("buen fin"));
        assert_eq!(a.gclid, None, "an empty parameter is absent");
        assert_eq!(a.fbclid.as_deref(), Some("IwAR1"));
        assert_eq!(a.promoter.as_deref(), Some("P-017"));
        assert_eq!(a.event.as_deref(), Some("expo-gdl"));
        assert_eq!(a.device.as_deref(), Some("tab-3"));
        assert_eq!(a.referrer.as_deref(), Some("https://www.example.com/blog"));
        let json = serde_json::to_value(&a).unwrap();
        assert!(json.get("gclid").is_none() && json.get("utm_term").is_none());
    }

    #[test]
    fn values_are_kept_as_given_but_not_without_limit() {
        let long = "x".repeat(MAX_VALUE + 50);
        let a = attribution(&format!("utm_content=%3Cscript%3E&utm_term={long}"), "");
        assert_eq!(a.utm_content.as_deref(), Some("<script>"));
        assert_eq!(a.utm_term.map(|t| t.len()), Some(MAX_VALUE));
        assert_eq!(a.referrer, None);
    }
}
