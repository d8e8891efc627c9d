//! The terms of a loan: what a product and a person's choices fix before any schedule is built.
//! This is the core of the `cuota quote` request and of product configuration (JSON, snake_case).

use crate::finance::date::Date;
use crate::finance::error::FinResult;
use crate::finance::money::Money;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

/// How principal is repaid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Level payment (French amortisation): equal instalments of interest plus principal.
    #[default]
    French,
    /// Constant principal (German amortisation): equal principal parts, decreasing instalments.
    German,
    /// Interest only, with the whole principal repaid with the last payment (bullet).
    InterestOnly,
    /// Flat add-on interest: interest on the original principal for the whole term, spread evenly
    /// over the payments with the principal (common in microfinance).
    FlatAddOn,
    /// Level payments on all but a final lump sum (`balloon`), repaid with the last payment.
    Balloon,
}

/// How often payments fall due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    /// Every 7 days (52 a year).
    Weekly,
    /// Every 14 days (26 a year).
    Biweekly,
    /// On the 15th and the last day of each month (24 a year).
    Semimonthly,
    /// Once a month on the same day (12 a year).
    #[default]
    Monthly,
    /// Every three months (4 a year).
    Quarterly,
}

impl Frequency {
    /// Payments per year.
    pub fn per_year(self) -> u32 {
        match self {
            Frequency::Weekly => 52,
            Frequency::Biweekly => 26,
            Frequency::Semimonthly => 24,
            Frequency::Monthly => 12,
            Frequency::Quarterly => 4,
        }
    }
}

/// How each period's interest rate is derived from the annual nominal rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum InterestBasis {
    /// `annual_rate / payments per year` for every regular period (the usual contract rule). An odd
    /// first period (see [`super::calendar`]) accrues `annual_rate · days / 365`.
    #[default]
    Periodic,
    /// `annual_rate · days / 365` on the actual days of each period.
    Actual365,
    /// `annual_rate · days / 360` on the actual days of each period (common in Mexican microcredit).
    Actual360,
}

/// An amount given either as a percentage of a base or as a fixed sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Amount {
    /// A fraction of the base (0.02 = 2%).
    Percent(Decimal),
    /// A fixed sum in the loan's currency.
    Fixed(Decimal),
}

impl Amount {
    /// The amount for `base`.
    pub fn of(self, base: Decimal) -> FinResult<Decimal> {
        match self {
            Amount::Percent(p) => crate::finance::num::mul(p, base),
            Amount::Fixed(f) => Ok(f),
        }
    }
}

/// The opening fee (comisión por apertura).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OpeningFee {
    /// Percentage of the principal or a fixed sum.
    pub amount: Amount,
    /// `true`: added to the amount financed; `false` (default): deducted from what is disbursed.
    #[serde(default)]
    pub financed: bool,
}

/// What mandatory insurance charges per period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Insurance {
    /// A fixed premium per payment.
    Fixed(Decimal),
    /// A fraction of the original principal per payment.
    PercentOfPrincipal(Decimal),
    /// A fraction of the balance outstanding at the start of each period.
    PercentOfBalance(Decimal),
}

/// Value-added tax on the cost of credit, shown in its own column (Mexico: IVA 16% on interest and
/// on fees, Ley del IVA art. 1 and 18-A).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Vat {
    /// The tax rate as a fraction (0.16).
    pub rate: Decimal,
    /// Tax the interest (default true).
    #[serde(default = "yes")]
    pub on_interest: bool,
    /// Tax the opening and periodic fees (default true).
    #[serde(default = "yes")]
    pub on_fees: bool,
    /// Tax the insurance premium (default false: insurance is usually exempt).
    #[serde(default)]
    pub on_insurance: bool,
}

fn yes() -> bool {
    true
}

/// A grace period at the start of the loan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Grace {
    /// Number of payment periods of grace.
    pub periods: u32,
    /// What is paid during grace.
    pub kind: GraceKind,
}

/// What happens to interest during a grace period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum GraceKind {
    /// Interest (and charges) are paid; no principal.
    InterestOnly,
    /// Nothing is paid; interest is added to the balance (charges still fall due).
    Capitalised,
}

/// A promotional rate for the first periods (e.g. 0% for the first 3 months).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Promotion {
    /// Number of payment periods at the promotional rate.
    pub periods: u32,
    /// The promotional annual nominal rate (0 for interest-free).
    #[serde(default)]
    pub annual_rate: Decimal,
}

/// What an extra payment does to the rest of the loan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ExtraEffect {
    /// Keep the instalment; the loan ends sooner.
    #[default]
    ShortenTerm,
    /// Keep the end date; later instalments are recomputed lower.
    LowerInstalment,
}

/// A payment of principal beyond the instalment, made with payment number `at_payment` and, when
/// `every` is set, every `every` payments after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ExtraPayment {
    /// The (1-based) payment it is made with.
    pub at_payment: u32,
    /// The extra principal paid.
    pub amount: Decimal,
    /// Repeat every this many payments.
    #[serde(default)]
    pub every: Option<u32>,
    /// Shorten the term (default) or lower the instalment.
    #[serde(default)]
    pub effect: ExtraEffect,
}

/// How money is rounded (see [`super`] for the convention).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RoundingMode {
    /// Half away from zero (commercial rounding).
    #[default]
    HalfUp,
    /// Half to even (banker's rounding).
    HalfEven,
    /// Always away from zero (up, for amounts charged).
    Up,
}

/// Rounding of the schedule's amounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Rounding {
    /// Decimals of the currency's minor unit (0, 2 or 3; default 2).
    #[serde(default = "two")]
    pub decimals: u32,
    /// Rounding mode (default half_up).
    #[serde(default)]
    pub mode: RoundingMode,
    /// Round the level instalment up to a multiple of this amount (e.g. 5.00).
    #[serde(default)]
    pub instalment_multiple: Option<Decimal>,
}

fn two() -> u32 {
    2
}

impl Default for Rounding {
    fn default() -> Self {
        Rounding {
            decimals: 2,
            mode: RoundingMode::HalfUp,
            instalment_multiple: None,
        }
    }
}

impl Rounding {
    /// `value` rounded to the minor unit with the configured mode.
    pub fn money(&self, value: Decimal) -> Decimal {
        value.round_dp_with_strategy(self.decimals, self.strategy())
    }

    /// `a × b` rounded once to the minor unit with the configured mode (see
    /// [`crate::finance::num::mul_round`]): interest, VAT and insurance of a row.
    #[inline]
    pub fn money_of(&self, a: Money, b: Decimal) -> FinResult<Money> {
        a.mul_round(b, self.decimals, self.strategy())
    }

    /// The rounding strategy of the configured mode.
    pub(crate) fn strategy(&self) -> RoundingStrategy {
        match self.mode {
            RoundingMode::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            RoundingMode::HalfEven => RoundingStrategy::MidpointNearestEven,
            RoundingMode::Up => RoundingStrategy::AwayFromZero,
        }
    }

    /// The level instalment: rounded to the minor unit, then up to the multiple if one is set.
    pub fn instalment(&self, value: Decimal) -> FinResult<Decimal> {
        let minor = self.money(value);
        match self.instalment_multiple {
            Some(m) if m > Decimal::ZERO => {
                let units = crate::finance::num::div(minor, m, "instalment_multiple")?.ceil();
                crate::finance::num::mul(units, m)
            }
            _ => Ok(minor),
        }
    }
}

/// Everything that defines a loan's schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LoanTerms {
    /// The amount lent (before any financed fee).
    pub principal: Decimal,
    /// Annual nominal interest rate as a fraction (0.12 = 12%).
    pub annual_rate: Decimal,
    /// Number of payments.
    pub payments: u32,
    /// Payment frequency (default monthly).
    #[serde(default)]
    pub frequency: Frequency,
    /// Repayment method (default french).
    #[serde(default)]
    pub method: Method,
    /// The date the money is disbursed.
    pub disbursement: Date,
    /// The first payment date; default one regular period after disbursement.
    #[serde(default)]
    pub first_payment: Option<Date>,
    /// How period interest is derived (default periodic).
    #[serde(default)]
    pub interest_basis: InterestBasis,
    /// The final lump sum of a balloon loan (percent of principal or fixed).
    #[serde(default)]
    pub balloon: Option<Amount>,
    /// Opening fee.
    #[serde(default)]
    pub opening_fee: Option<OpeningFee>,
    /// A fixed fee charged with every payment.
    #[serde(default)]
    pub periodic_fee: Decimal,
    /// Mandatory insurance.
    #[serde(default)]
    pub insurance: Option<Insurance>,
    /// Cash guarantee (garantía líquida) held at disbursement as a fraction of the principal, and
    /// returned on the last payment date.
    #[serde(default)]
    pub guarantee_percent: Decimal,
    /// VAT on interest and charges.
    #[serde(default)]
    pub vat: Option<Vat>,
    /// Grace period at the start.
    #[serde(default)]
    pub grace: Option<Grace>,
    /// Promotional rate for the first periods.
    #[serde(default)]
    pub promotion: Option<Promotion>,
    /// Extra payments.
    #[serde(default)]
    pub extra_payments: Vec<ExtraPayment>,
    /// Rounding rules.
    #[serde(default)]
    pub rounding: Rounding,
}
