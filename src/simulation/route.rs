//! The site's pages and their addresses, relative to where the site is published (its `<base>`):
//! `/` lists live campaigns, `/simulator` is the simulator, `/compare` the comparison, `/c/<slug>`
//! a campaign's landing page and `/c/<slug>/compare` the comparison of its products. A tiny
//! hand-written router: the site's few pages do not justify a router crate's weight in the wasm.

use super::query::{KEYS, decode_query, encode_query};

/// A page of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// Live campaigns and the catalogue.
    Home,
    /// The simulator.
    Simulator,
    /// The comparison of every product.
    Compare,
    /// A campaign's landing page (its slug).
    Campaign(String),
    /// The comparison of a campaign's products (its slug).
    CampaignCompare(String),
    /// No such page.
    NotFound,
}

impl Route {
    /// The page at `path` (the URL's path) for a site published at `base` (the path of its
    /// `<base href>`, ending in `/`). A link to `/` that carries the simulator's parameters (as
    /// links made before campaigns existed do) opens the simulator.
    pub fn parse(path: &str, base: &str, query: &str) -> Route {
        let rest = path
            .strip_prefix(base)
            .or_else(|| (path.len() + 1 == base.len() && base.starts_with(path)).then_some(""));
        let Some(rest) = rest else {
            return Route::NotFound;
        };
        let parts: Vec<&str> = rest.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] | ["index.html"] => {
                let simulation = decode_query(query)
                    .iter()
                    .any(|(k, _)| KEYS.contains(&k.as_str()));
                if simulation {
                    Route::Simulator
                } else {
                    Route::Home
                }
            }
            ["simulator"] => Route::Simulator,
            ["compare"] => Route::Compare,
            ["c", slug] => Route::Campaign((*slug).to_string()),
            ["c", slug, "compare"] => Route::CampaignCompare((*slug).to_string()),
            _ => Route::NotFound,
        }
    }

    /// Its address relative to the site's base (`""`, `simulator`, `c/<slug>/compare`).
    pub fn href(&self) -> String {
        match self {
            Route::Home | Route::NotFound => String::new(),
            Route::Simulator => "simulator".into(),
            Route::Compare => "compare".into(),
            Route::Campaign(slug) => format!("c/{slug}"),
            Route::CampaignCompare(slug) => format!("c/{slug}/compare"),
        }
    }

    /// A link to this page from a page opened with `current` (its query), in the language `lang`:
    /// the attribution parameters (UTM, click ids, promoter, event, device, campaign) and `extra`
    /// pairs are carried along, so a lead sent from any page keeps where the person came from.
    pub fn link(&self, current: &str, lang: &str, extra: &[(&str, &str)]) -> String {
        let mut pairs: Vec<(String, String)> = decode_query(current)
            .into_iter()
            .filter(|(k, _)| crate::leads::attribution::KEYS.contains(&k.as_str()))
            .collect();
        pairs.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        pairs.push(("lang".into(), lang.into()));
        let href = match self.href() {
            h if h.is_empty() => "./".to_string(),
            h => h,
        };
        format!("{href}?{}", encode_query(&pairs))
    }

    /// The campaign this page belongs to.
    pub fn campaign(&self) -> Option<&str> {
        match self {
            Route::Campaign(s) | Route::CampaignCompare(s) => Some(s),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_their_pages_under_any_base() {
        let cases = [
            ("/", "/", "", Route::Home),
            ("/", "/", "?utm_source=x", Route::Home),
            (
                "/",
                "/",
                "?product=es-prestamo-personal&amount=9000",
                Route::Simulator,
            ),
            ("/simulator", "/", "", Route::Simulator),
            ("/simulator/", "/", "", Route::Simulator),
            ("/compare", "/", "", Route::Compare),
            ("/c/verano", "/", "", Route::Campaign("verano".into())),
            (
                "/c/verano/compare",
                "/",
                "",
                Route::CampaignCompare("verano".into()),
            ),
            (
                "/loans/c/verano",
                "/loans/",
                "",
                Route::Campaign("verano".into()),
            ),
            ("/loans", "/loans/", "", Route::Home),
            ("/other/simulator", "/loans/", "", Route::NotFound),
            ("/c", "/", "", Route::NotFound),
            ("/c/a/b", "/", "", Route::NotFound),
            ("/wp-admin", "/", "", Route::NotFound),
        ];
        for (path, base, query, expected) in cases {
            assert_eq!(
                Route::parse(path, base, query),
                expected,
                "{path} under {base}"
            );
        }
    }

    #[test]
    fn links_carry_attribution_and_the_language() {
        let current = "?utm_source=feria&amount=9000&promoter=P-17&lang=es-ES";
        assert_eq!(
            Route::Campaign("juntas".into()).link(current, "es-MX", &[]),
            "c/juntas?utm_source=feria&promoter=P-17&lang=es-MX"
        );
        assert_eq!(
            Route::Home.link("", "en-US", &[("product", "mx-grupal")]),
            "./?product=mx-grupal&lang=en-US"
        );
    }

    #[test]
    fn every_page_links_back_to_itself() {
        for r in [
            Route::Home,
            Route::Simulator,
            Route::Compare,
            Route::Campaign("x-1".into()),
            Route::CampaignCompare("x-1".into()),
        ] {
            assert_eq!(Route::parse(&format!("/app/{}", r.href()), "/app/", ""), r);
        }
    }
}
