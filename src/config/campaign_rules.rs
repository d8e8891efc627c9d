//! The rules a campaigns file must follow beyond its JSON shape, checked against the catalogue. Each
//! problem names its JSON path.

use super::campaign::{CAMPAIGNS_FORMAT_VERSION, Campaign, CampaignStatus, Campaigns};
use super::copy::{CopyProblem, check};
use super::lender::check_colours;
use super::product::Localized;
use super::validate::{ConfigProblem, Problem, is_id};
use super::{Catalog, Product};
use crate::finance::Date;
use rust_decimal::Decimal;
use std::collections::HashSet;

/// Every problem of `campaigns` (ended campaigns aside: see [`ended`]).
pub fn campaigns(file: &Campaigns, catalog: &Catalog) -> Vec<ConfigProblem> {
    let mut out = Vec::new();
    if file.version != CAMPAIGNS_FORMAT_VERSION {
        push(
            &mut out,
            "version",
            Problem::UnsupportedVersion(file.version),
        );
    }
    let mut ids = HashSet::new();
    let mut slugs = HashSet::new();
    for (i, c) in file.campaigns.iter().enumerate() {
        let at = format!("campaigns[{i}]");
        if !is_id(&c.id) {
            push(&mut out, &format!("{at}.id"), Problem::BadId);
        } else if !ids.insert(c.id.as_str()) {
            push(
                &mut out,
                &format!("{at}.id"),
                Problem::DuplicateId(c.id.clone()),
            );
        }
        if !is_id(&c.slug) {
            push(&mut out, &format!("{at}.slug"), Problem::BadId);
        } else if !slugs.insert(c.slug.as_str()) {
            push(
                &mut out,
                &format!("{at}.slug"),
                Problem::DuplicateId(c.slug.clone()),
            );
        }
        campaign(c, catalog, &at, &mut out);
    }
    out
}

/// The campaigns that have ended by `today`, as problems at their `ends` (for `cuota check-config`
/// and for the page of an ended campaign).
pub fn ended(file: &Campaigns, today: Date) -> Vec<ConfigProblem> {
    file.campaigns
        .iter()
        .enumerate()
        .filter(|(_, c)| c.status(today) == CampaignStatus::Ended)
        .map(|(i, c)| ConfigProblem {
            path: format!("campaigns[{i}].ends"),
            problem: Problem::CampaignEnded(c.ends),
        })
        .collect()
}

fn push(out: &mut Vec<ConfigProblem>, path: &str, problem: Problem) {
    out.push(ConfigProblem {
        path: path.to_string(),
        problem,
    });
}

fn campaign(c: &Campaign, catalog: &Catalog, at: &str, out: &mut Vec<ConfigProblem>) {
    if c.title.0.values().all(|t| t.trim().is_empty()) {
        push(out, &format!("{at}.title"), Problem::Missing);
    }
    if c.ends < c.starts {
        push(out, &format!("{at}.ends"), Problem::EndsBeforeStart);
    }
    if c.products.is_empty() {
        push(out, &format!("{at}.products"), Problem::Missing);
    }
    let mut seen = HashSet::new();
    for (j, id) in c.products.iter().enumerate() {
        let path = format!("{at}.products[{j}]");
        if catalog.product(id).is_none() {
            push(out, &path, Problem::UnknownProduct(id.clone()));
        } else if !seen.insert(id.as_str()) {
            push(out, &path, Problem::DuplicateId(id.clone()));
        }
    }
    for (j, promo) in c.promotional_rates.iter().enumerate() {
        let path = format!("{at}.promotional_rates[{j}]");
        match featured(c, catalog, &promo.product) {
            Err(p) => push(out, &format!("{path}.product"), p),
            Ok(product) => {
                let rate = promo.annual_rate;
                if rate < Decimal::ZERO || rate >= product.pricing.annual_rate {
                    push(
                        out,
                        &format!("{path}.annual_rate"),
                        Problem::PromotionNotLower(product.pricing.annual_rate),
                    );
                }
            }
        }
    }
    if let Some(theme) = &c.theme {
        check_colours(theme, &format!("{at}.theme"), out);
    }
    defaults(c, catalog, at, out);
    copy(&c.title, &format!("{at}.title"), out);
    copy(&c.copy, &format!("{at}.copy"), out);
    trigger_terms(c, at, out);
    for (j, note) in c.footnotes.iter().enumerate() {
        copy(note, &format!("{at}.footnotes[{j}]"), out);
    }
}

/// The product `id` if the campaign features it and the catalogue has it.
fn featured<'a>(c: &Campaign, catalog: &'a Catalog, id: &str) -> Result<&'a Product, Problem> {
    if !c.products.iter().any(|p| p == id) {
        return Err(Problem::NotFeatured(id.to_string()));
    }
    catalog
        .product(id)
        .ok_or_else(|| Problem::UnknownProduct(id.to_string()))
}

fn defaults(c: &Campaign, catalog: &Catalog, at: &str, out: &mut Vec<ConfigProblem>) {
    let d = &c.defaults;
    let product = match &d.product {
        Some(id) => match featured(c, catalog, id) {
            Ok(p) => Some(p),
            Err(p) => {
                push(out, &format!("{at}.defaults.product"), p);
                None
            }
        },
        None => c.products.first().and_then(|id| catalog.product(id)),
    };
    let Some(product) = product else { return };
    if let Some(a) = d.amount
        && !(product.amount.min..=product.amount.max).contains(&a)
    {
        push(
            out,
            &format!("{at}.defaults.amount"),
            Problem::DefaultOutOfRange,
        );
    }
    let term = match d.frequency {
        Some(f) => {
            let t = product.term_option(f);
            if t.is_none() {
                let path = format!("{at}.defaults.frequency");
                push(out, &path, Problem::ExampleFrequencyNotOffered);
            }
            t
        }
        None => product.default_term(),
    };
    if let (Some(n), Some(t)) = (d.payments, term)
        && !(t.min_payments..=t.max_payments).contains(&n)
    {
        push(
            out,
            &format!("{at}.defaults.payments"),
            Problem::DefaultOutOfRange,
        );
    }
    if let Some(s) = d
        .segment
        .as_deref()
        .filter(|s| product.segment(s).is_none())
    {
        let path = format!("{at}.defaults.segment");
        push(out, &path, Problem::UnknownSegment(s.to_string()));
    }
}

/// A payment, a number of payments, an amount or a total stated in the copy of a language needs the
/// legal rate stated in that language's title or copy too (12 CFR 1026.24(d)(2): the APR must
/// accompany a trigger term; Directive 2008/48/EC art. 4: a cost figure brings the APRC).
fn trigger_terms(c: &Campaign, at: &str, out: &mut Vec<ConfigProblem>) {
    let locales: std::collections::BTreeSet<&String> =
        c.title.0.keys().chain(c.copy.0.keys()).collect();
    for locale in locales {
        let title = c.title.0.get(locale).map_or("", String::as_str);
        let copy = c.copy.0.get(locale).map_or("", String::as_str);
        let both = format!("{title} {copy}");
        let triggers = ["{instalment}", "{payments}", "{amount}", "{total}"];
        if triggers.iter().any(|t| both.contains(t)) && !both.contains("{rate}") {
            let field = if c.copy.0.contains_key(locale) {
                "copy"
            } else {
                "title"
            };
            push(
                out,
                &format!("{at}.{field}.{locale}"),
                Problem::TriggerWithoutRate,
            );
        }
    }
}

fn copy(text: &Localized, at: &str, out: &mut Vec<ConfigProblem>) {
    for (locale, t) in &text.0 {
        for p in check(t) {
            let problem = match p {
                CopyProblem::UnknownPlaceholder(name) => Problem::UnknownPlaceholder(name),
                CopyProblem::LiteralFigure(figure) => Problem::LiteralFigure(figure),
            };
            push(out, &format!("{at}.{locale}"), problem);
        }
    }
}

#[cfg(test)]
mod tests;
