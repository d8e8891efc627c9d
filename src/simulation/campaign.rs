//! A campaign's copy made ready to show: its placeholders filled with the engine's representative
//! example of its lead product (promotional rate applied), in the reader's language. The figures
//! come from the same quote as the representative example the page shows, so copy and disclosure
//! cannot disagree.

use super::disclosure::{Representative, representative, representative_msg, warning_msg};
use crate::config::campaign::Campaign;
use crate::config::copy::fill;
use crate::config::{Catalog, Product};
use crate::finance::Date;
use crate::finance::apr::AprConvention;
use crate::finance::num::sub;
use crate::i18n::{Locale, Msg, SiteMsg, format_date_long, format_money, format_percent, text};

/// The values of the copy placeholders (see `config::copy::PLACEHOLDERS`), formatted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    /// The example's amount.
    pub amount: String,
    /// Its regular instalment.
    pub instalment: String,
    /// Its number of payments.
    pub payments: String,
    /// The legal rate with its name: "TAE 7,9 %", "CAT 105,3 % sin IVA", "APR 12.95%".
    pub rate: String,
    /// The annual nominal rate.
    pub nominal: String,
    /// The total the borrower pays (for Regulation Z, the total of payments).
    pub total: String,
}

impl Figures {
    /// The figures of `product`'s representative example `rep`, in `locale`.
    pub fn of(product: &Product, rep: &Representative, locale: Locale) -> Figures {
        let q = &rep.quote;
        let money = |v| format_money(v, &product.currency, locale);
        let convention = q.rate.convention;
        let legal = format_percent(q.rate.disclosed(), convention.disclosure_places(), locale);
        let total = match convention {
            AprConvention::UsRegZ => sub(q.totals.paid, q.schedule.upfront_charges)
                .map_or_else(|_| money(q.totals.paid), money),
            _ => money(q.totals.paid),
        };
        Figures {
            amount: money(q.schedule.principal),
            instalment: money(q.instalment),
            payments: q.payments.to_string(),
            rate: format!("{} {legal}", text(locale, &Msg::RateLabel(convention))),
            nominal: format_percent(product.pricing.annual_rate, 2, locale),
            total,
        }
    }

    /// The value of the placeholder `name`.
    pub fn get(&self, name: &str) -> Option<String> {
        Some(
            match name {
                "amount" => &self.amount,
                "instalment" => &self.instalment,
                "payments" => &self.payments,
                "rate" => &self.rate,
                "nominal" => &self.nominal,
                "total" => &self.total,
                _ => return None,
            }
            .clone(),
        )
    }
}

/// A campaign's representative example: the quote, on a given day, of its first product as it
/// offers it (see [`Campaign::catalog`]). Computed once; its figures and disclosure are formatted per
/// language from it, so the copy and the disclosure beside it come from the same quote.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignExample {
    product: Product,
    rep: Representative,
}

impl CampaignExample {
    /// The example of `campaign` on `today`; `None` when it has no product or the engine cannot
    /// quote it (the copy then shows no figures and needs no disclosure).
    pub fn of(campaign: &Campaign, catalog: &Catalog, today: Date) -> Option<CampaignExample> {
        let product = campaign.catalog(catalog).products.into_iter().next()?;
        let rep = representative(&product, today).ok()?;
        Some(CampaignExample { product, rep })
    }

    /// The copy placeholders' values in `locale`.
    pub fn figures(&self, locale: Locale) -> Figures {
        Figures::of(&self.product, &self.rep, locale)
    }

    /// What must stand beside the figures wherever they are shown (an offer card, the campaign's
    /// page): the representative example in the words its jurisdiction requires, after the EU
    /// warning (Directive (EU) 2023/2225 art. 8(1)) for EU products.
    pub fn disclosure(&self, locale: Locale) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(w) = warning_msg(&self.product) {
            out.push(text(locale, &w));
        }
        out.push(text(
            locale,
            &representative_msg(&self.product, &self.rep, locale),
        ));
        out
    }
}

/// Each promotional rate as the product's name and "Promotional rate X instead of Y", in `locale`.
pub fn promotions(campaign: &Campaign, base: &Catalog, locale: Locale) -> Vec<(String, String)> {
    campaign
        .promotional_rates
        .iter()
        .filter_map(|promo| {
            let product = base.product(&promo.product)?;
            let msg = SiteMsg::PromoRate {
                now: format_percent(promo.annual_rate, 2, locale),
                was: format_percent(product.pricing.annual_rate, 2, locale),
            };
            Some((
                product.name.get(locale).to_string(),
                text(locale, &Msg::Site(msg)),
            ))
        })
        .collect()
}

/// "Offer valid from … to …", in `locale`.
pub fn validity(campaign: &Campaign, locale: Locale) -> String {
    let msg = SiteMsg::OfferValid {
        from: format_date_long(campaign.starts, locale),
        to: format_date_long(campaign.ends, locale),
    };
    text(locale, &Msg::Site(msg))
}

/// The campaign's title in `locale`, filled.
pub fn title(c: &Campaign, figures: Option<&Figures>, locale: Locale) -> String {
    filled(c.title.get(locale), figures)
}

/// The campaign's copy in `locale`, filled, as paragraphs (split at blank lines).
pub fn paragraphs(c: &Campaign, figures: Option<&Figures>, locale: Locale) -> Vec<String> {
    filled(c.copy.get(locale), figures)
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// `text` with its placeholders filled; without figures (the example could not be computed) each
/// placeholder is dropped rather than shown raw or guessed.
fn filled(text: &str, figures: Option<&Figures>) -> String {
    fill(text, |name| {
        Some(figures.and_then(|f| f.get(name)).unwrap_or_default())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::campaign::parse_campaigns;
    use crate::config::parse_catalog;

    #[test]
    fn copy_figures_are_the_representative_example_at_the_promotional_rate() {
        let catalog = parse_catalog(include_str!("../../public/config/products.json")).unwrap();
        let campaigns =
            parse_campaigns(include_str!("../../public/config/campaigns.json"), &catalog).unwrap();
        let (_, c) = campaigns.by_slug("prestamo-nomina").unwrap();
        let offered = c.catalog(&catalog);
        let product = &offered.products[0];
        assert_eq!(product.pricing.annual_rate.to_string(), "0.0695");
        let today = Date::new(2026, 11, 23).unwrap();
        let rep = representative(product, today).unwrap();
        let f = Figures::of(product, &rep, Locale::EsEs);
        // The figures are the representative example's own, formatted for Spain.
        assert_eq!(
            f.instalment,
            format_money(rep.quote.instalment, "EUR", Locale::EsEs)
        );
        assert_eq!(f.payments, "48");
        assert!(f.rate.starts_with("TAE "), "{}", f.rate);
        assert_eq!(f.nominal, "6,95\u{a0}%");
        let text = paragraphs(c, Some(&f), Locale::EsEs).join("\n");
        assert!(
            text.contains(&f.instalment) && text.contains(&f.rate),
            "{text}"
        );
        assert!(!text.contains('{'), "{text}");
        let without = paragraphs(c, None, Locale::EnUs).join("\n");
        assert!(!without.contains('{'), "{without}");
        // Beside the figures: the CCD2 warning and the representative example with the same TAE.
        let example = CampaignExample::of(c, &catalog, today).unwrap();
        assert_eq!(example.figures(Locale::EsEs), f);
        let legal = example.disclosure(Locale::EsEs);
        assert_eq!(legal[0], "¡Atención! Pedir dinero prestado cuesta dinero.");
        let tae = f.rate.trim_start_matches("TAE ");
        assert!(legal[1].contains(tae), "{legal:?} {tae}");
        let (_, us) = campaigns.by_slug("debt-consolidation").unwrap();
        let legal = CampaignExample::of(us, &catalog, today)
            .unwrap()
            .disclosure(Locale::EnUs);
        assert_eq!(legal.len(), 1);
        assert!(
            legal[0].contains("annual percentage rate (APR)"),
            "{legal:?}"
        );
    }
}
