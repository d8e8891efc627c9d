//! A product of the catalogue: who it is for, its limits, and its pricing, which together with the
//! person's choices make the engine's [`LoanTerms`].

use super::rate::{RateTier, Segment};
use crate::finance::affordability::Policy;
use crate::finance::apr::AprConvention;
use crate::finance::schedule::{
    Frequency, Grace, Insurance, InterestBasis, LoanTerms, Method, OpeningFee, Promotion, Rounding,
    Vat,
};
use crate::finance::{Date, schedule::ExtraPayment};
use crate::i18n::Locale;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A text in several languages, keyed by locale tag (`es-MX`) or language (`es`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct Localized(pub std::collections::BTreeMap<String, String>);

impl Localized {
    /// The text for `locale`: its exact tag first, then its language, then English, then any text.
    pub fn get(&self, locale: Locale) -> &str {
        let map = &self.0;
        map.get(locale.tag())
            .or_else(|| map.get(locale.language()))
            .or_else(|| map.get("en"))
            .or_else(|| map.values().next())
            .map_or("", String::as_str)
    }
}

/// The amounts a product lends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AmountLimits {
    /// Smallest amount lent.
    pub min: Decimal,
    /// Largest amount lent.
    pub max: Decimal,
    /// Slider step.
    pub step: Decimal,
    /// Amount shown first.
    pub default: Decimal,
}

/// One payment frequency a product offers, with its limits on the number of payments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TermOption {
    /// How often payments fall due.
    pub frequency: Frequency,
    /// Fewest payments.
    pub min_payments: u32,
    /// Most payments.
    pub max_payments: u32,
    /// Payments shown first.
    pub default_payments: u32,
}

/// A product's pricing: every [`LoanTerms`] field the lender fixes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Pricing {
    /// Annual nominal interest rate as a fraction (0.12 = 12%): the rate when no tier applies.
    pub annual_rate: Decimal,
    /// Rates by amount and by customer segment (see [`Product::annual_rate_for`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rate_tiers: Vec<RateTier>,
    /// Repayment method (default french).
    #[serde(default)]
    pub method: Method,
    /// How period interest is derived (default periodic).
    #[serde(default)]
    pub interest_basis: InterestBasis,
    /// Opening fee.
    #[serde(default)]
    pub opening_fee: Option<OpeningFee>,
    /// A fixed fee charged with every payment.
    #[serde(default)]
    pub periodic_fee: Decimal,
    /// Mandatory insurance.
    #[serde(default)]
    pub insurance: Option<Insurance>,
    /// Cash guarantee as a fraction of the principal.
    #[serde(default)]
    pub guarantee_percent: Decimal,
    /// VAT on interest and charges.
    #[serde(default)]
    pub vat: Option<Vat>,
    /// Grace period.
    #[serde(default)]
    pub grace: Option<Grace>,
    /// Promotional rate.
    #[serde(default)]
    pub promotion: Option<Promotion>,
    /// Rounding rules.
    #[serde(default)]
    pub rounding: Rounding,
}

/// The loan the lender uses for its representative example (CCD art. 4(2); Banxico's CAT
/// disclosures; Regulation Z §1026.24(d)), computed by the engine from the product's own pricing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RepresentativeExample {
    /// Amount of the example.
    pub amount: Decimal,
    /// Number of payments of the example.
    pub payments: u32,
    /// Frequency of the example.
    pub frequency: Frequency,
}

/// Who a product is for, beyond affordability: the lender's eligibility rules that decide whether a
/// lead qualifies (see `leads::qualify`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Eligibility {
    /// Least net monthly income.
    #[serde(default)]
    pub min_monthly_income: Option<Decimal>,
    /// Youngest age, in years.
    #[serde(default)]
    pub min_age: Option<u8>,
    /// Oldest age, in years.
    #[serde(default)]
    pub max_age: Option<u8>,
}

/// Where a product is offered: decides the disclosure the law requires beside its price.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Jurisdiction {
    /// Mexico: the CAT "sin IVA" with its calculation date (Banxico Circular 21/2009; LTOSF art. 8).
    Mx,
    /// Spain and the rest of the EU: the TAE/APRC and the representative example (Directive
    /// 2008/48/EC art. 4; Directive (EU) 2023/2225 art. 8).
    Eu,
    /// The United Kingdom: the APRC (CONC 3.5, App 1.2).
    Uk,
    /// The United States: the APR with the terms a trigger term requires (12 CFR 1026.24(d)).
    Us,
}

impl Jurisdiction {
    /// The rate convention this jurisdiction requires.
    pub fn required_convention(self) -> AprConvention {
        match self {
            Jurisdiction::Mx => AprConvention::MxCat,
            Jurisdiction::Eu => AprConvention::Eu,
            Jurisdiction::Uk => AprConvention::Uk,
            Jurisdiction::Us => AprConvention::UsRegZ,
        }
    }
}

/// A loan product.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Product {
    /// Stable identifier, used in links (`?product=`).
    pub id: String,
    /// Name per locale.
    pub name: Localized,
    /// One-line description per locale.
    #[serde(default)]
    pub summary: Localized,
    /// ISO 4217 currency code.
    pub currency: String,
    /// Where it is offered; when given, its `convention` must be the one that jurisdiction requires.
    #[serde(default)]
    pub jurisdiction: Option<Jurisdiction>,
    /// The legal rate its jurisdiction discloses.
    pub convention: AprConvention,
    /// Amounts lent.
    pub amount: AmountLimits,
    /// Frequencies offered, the first being the default.
    pub terms: Vec<TermOption>,
    /// Pricing.
    pub pricing: Pricing,
    /// Affordability rules; `min_residual_income` is per month.
    pub affordability: Policy,
    /// Who may borrow: minimum income and age bounds (used to qualify leads).
    #[serde(default)]
    pub eligibility: Eligibility,
    /// Customer segments with their own rates (`pricing.rate_tiers` names them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<Segment>,
    /// The representative example.
    pub representative: RepresentativeExample,
}

/// The person's choices that, with a product, make a loan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoanChoice {
    /// Amount lent.
    pub principal: Decimal,
    /// Number of payments.
    pub payments: u32,
    /// Payment frequency.
    pub frequency: Frequency,
    /// Disbursement date (today).
    pub disbursement: Date,
    /// First payment date, when the person chose one.
    pub first_payment: Option<Date>,
    /// Extra payments.
    pub extra_payments: Vec<ExtraPayment>,
    /// The customer segment the person says they belong to (decides the rate tier).
    pub segment: Option<String>,
}

impl Product {
    /// The term option for `frequency`, if the product offers it.
    pub fn term_option(&self, frequency: Frequency) -> Option<&TermOption> {
        self.terms.iter().find(|t| t.frequency == frequency)
    }

    /// The default term option (the first listed).
    pub fn default_term(&self) -> Option<&TermOption> {
        self.terms.first()
    }

    /// Decimals of the currency's minor unit, from the product's rounding.
    pub fn minor_unit_decimals(&self) -> u32 {
        self.pricing.rounding.decimals
    }

    /// The engine's terms for `choice` under this product's pricing, at the rate of its amount and
    /// segment.
    pub fn loan_terms(&self, choice: LoanChoice) -> LoanTerms {
        let p = &self.pricing;
        LoanTerms {
            principal: choice.principal,
            annual_rate: self.annual_rate_for(choice.principal, choice.segment.as_deref()),
            payments: choice.payments,
            frequency: choice.frequency,
            method: p.method,
            disbursement: choice.disbursement,
            first_payment: choice.first_payment,
            interest_basis: p.interest_basis,
            balloon: None,
            opening_fee: p.opening_fee,
            periodic_fee: p.periodic_fee,
            insurance: p.insurance,
            guarantee_percent: p.guarantee_percent,
            vat: p.vat,
            grace: p.grace,
            promotion: p.promotion,
            extra_payments: choice.extra_payments,
            rounding: p.rounding,
        }
    }
}
