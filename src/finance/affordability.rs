//! Affordability: how large an instalment and a loan a household can carry, and a verdict with
//! reasons a person can read.
//!
//! Definitions (all amounts per payment period of the loan, e.g. per week for a weekly product):
//! - debt-to-income ratio (DTI) = (existing debt payments + the new instalment) / net income;
//! - residual income = net income − living expenses − existing debt payments − the new instalment;
//! - the maximum instalment is the largest that keeps the DTI at or below the product's maximum and,
//!   when the product sets one, the residual income at or above its minimum.

use super::error::{FinResult, FinanceError};
use super::num::{add, div, mul, sub};
use super::schedule::{LoanTerms, Method, Schedule};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What the household earns and spends per payment period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Household {
    /// Net income per period.
    pub net_income: Decimal,
    /// Living expenses per period.
    pub living_expenses: Decimal,
    /// Payments on existing debts per period.
    pub existing_debt_payments: Decimal,
}

/// The product's affordability rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Maximum debt-to-income ratio as a fraction (0.4 = 40%).
    pub max_dti: Decimal,
    /// Minimum residual income per period, if the product sets one.
    #[serde(default)]
    pub min_residual_income: Option<Decimal>,
}

/// The outcome of an assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The instalment fits the product's rules.
    Affordable,
    /// It does not; see the reasons.
    NotAffordable,
}

/// Why an instalment is not affordable. [`Reason::code`] is stable; the UI translates by code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Reason {
    /// There is no income to pay from.
    NoIncome,
    /// The DTI with this instalment is above the product's maximum.
    DtiAboveMax {
        /// The DTI the loan would produce.
        dti: Decimal,
        /// The product's maximum.
        max: Decimal,
    },
    /// What is left after expenses, debts and this instalment is below the product's minimum.
    ResidualBelowMin {
        /// Residual income with the instalment.
        residual: Decimal,
        /// The product's minimum.
        min: Decimal,
    },
}

impl Reason {
    /// Stable code: `no_income`, `dti_above_max`, `residual_below_min`.
    pub fn code(&self) -> &'static str {
        match self {
            Reason::NoIncome => "no_income",
            Reason::DtiAboveMax { .. } => "dti_above_max",
            Reason::ResidualBelowMin { .. } => "residual_below_min",
        }
    }

    /// An English sentence a person can act on.
    pub fn message(&self) -> String {
        match self {
            Reason::NoIncome => "There is no income to repay the loan from.".into(),
            Reason::DtiAboveMax { dti, max } => format!(
                "Debt payments would take {}% of income; this product allows at most {}%.",
                (dti * Decimal::ONE_HUNDRED).round_dp(1),
                (max * Decimal::ONE_HUNDRED).round_dp(1)
            ),
            Reason::ResidualBelowMin { residual, min } => format!(
                "After expenses and debts {} would be left each period; this product requires at least {}.",
                residual.round_dp(2),
                min.round_dp(2)
            ),
        }
    }
}

/// An affordability assessment of one instalment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    /// The largest instalment the rules allow (0 when none).
    pub max_instalment: Decimal,
    /// The DTI with the assessed instalment (`None` without income).
    pub dti: Option<Decimal>,
    /// Residual income with the assessed instalment.
    pub residual_income: Decimal,
    /// The verdict.
    pub verdict: Verdict,
    /// Why it is not affordable (empty when affordable).
    pub reasons: Vec<Reason>,
}

fn check(h: &Household, p: &Policy) -> FinResult<()> {
    let non_negative = [h.net_income, h.living_expenses, h.existing_debt_payments];
    if non_negative.iter().any(|v| *v < Decimal::ZERO) {
        return Err(FinanceError::invalid(
            "household",
            "amounts must be zero or positive",
        ));
    }
    if p.max_dti <= Decimal::ZERO || p.max_dti > Decimal::ONE {
        return Err(FinanceError::invalid(
            "max_dti",
            "must be greater than 0 and at most 1",
        ));
    }
    if p.min_residual_income.is_some_and(|m| m < Decimal::ZERO) {
        return Err(FinanceError::invalid(
            "min_residual_income",
            "must be zero or positive",
        ));
    }
    Ok(())
}

/// The largest instalment within the product's DTI and residual-income rules (never negative).
pub fn max_instalment(h: &Household, p: &Policy) -> FinResult<Decimal> {
    check(h, p)?;
    let by_dti = sub(mul(p.max_dti, h.net_income)?, h.existing_debt_payments)?;
    let by_residual = match p.min_residual_income {
        Some(min) => sub(
            sub(
                sub(h.net_income, h.living_expenses)?,
                h.existing_debt_payments,
            )?,
            min,
        )?,
        None => by_dti,
    };
    Ok(by_dti.min(by_residual).max(Decimal::ZERO))
}

/// Assesses an `instalment` for the household under the product's rules.
pub fn assess(h: &Household, p: &Policy, instalment: Decimal) -> FinResult<Assessment> {
    let max = max_instalment(h, p)?;
    let debts = add(h.existing_debt_payments, instalment)?;
    let residual = sub(sub(h.net_income, h.living_expenses)?, debts)?;
    let dti = if h.net_income.is_zero() {
        None
    } else {
        Some(div(debts, h.net_income, "net income")?)
    };
    let mut reasons = Vec::new();
    match dti {
        None => reasons.push(Reason::NoIncome),
        Some(dti) if dti > p.max_dti => reasons.push(Reason::DtiAboveMax {
            dti,
            max: p.max_dti,
        }),
        Some(_) => {}
    }
    if let Some(min) = p.min_residual_income.filter(|m| residual < *m) {
        reasons.push(Reason::ResidualBelowMin { residual, min });
    }
    let verdict = if reasons.is_empty() {
        Verdict::Affordable
    } else {
        Verdict::NotAffordable
    };
    Ok(Assessment {
        max_instalment: max,
        dti,
        residual_income: residual,
        verdict,
        reasons,
    })
}

/// The highest regular payment of a schedule: the largest payment, leaving out the final bullet or
/// balloon of interest-only and balloon loans.
pub fn highest_regular_payment(s: &Schedule, method: Method) -> Decimal {
    let bullet = matches!(method, Method::InterestOnly | Method::Balloon) && s.rows.len() > 1;
    let rows = if bullet {
        &s.rows[..s.rows.len() - 1]
    } else {
        &s.rows[..]
    };
    rows.iter().map(|r| r.payment).max().unwrap_or_default()
}

/// The largest principal, in whole minor units, whose schedule under `template` (its term, rate,
/// frequency and charges; its principal is ignored) has a highest regular payment within the
/// household's maximum instalment. Found by bisection: charges and rounding make the payment
/// non-linear in the principal. Terms the engine rejects at a principal count as not affordable.
pub fn max_principal(h: &Household, p: &Policy, template: &LoanTerms) -> FinResult<Decimal> {
    let limit = max_instalment(h, p)?;
    let unit = Decimal::new(1, template.rounding.decimals);
    let fits = |units: i64| -> bool {
        let mut terms = template.clone();
        terms.principal = Decimal::from(units) * unit;
        Schedule::build(&terms).is_ok_and(|s| highest_regular_payment(&s, terms.method) <= limit)
    };
    let (mut low, mut high) = (0i64, 1i64);
    while fits(high) {
        low = high;
        high = high
            .checked_mul(2)
            .filter(|h| *h < 1 << 50)
            .ok_or(FinanceError::Overflow)?;
    }
    while high - low > 1 {
        let mid = low + (high - low) / 2;
        if fits(mid) { low = mid } else { high = mid }
    }
    Ok(Decimal::from(low) * unit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn household() -> Household {
        Household {
            net_income: dec!(2000),
            living_expenses: dec!(900),
            existing_debt_payments: dec!(300),
        }
    }

    #[test]
    fn max_instalment_takes_the_stricter_rule() {
        let by_dti = Policy {
            max_dti: dec!(0.4),
            min_residual_income: None,
        };
        assert_eq!(max_instalment(&household(), &by_dti).unwrap(), dec!(500));
        let by_residual = Policy {
            max_dti: dec!(0.4),
            min_residual_income: Some(dec!(600)),
        };
        assert_eq!(
            max_instalment(&household(), &by_residual).unwrap(),
            dec!(200)
        );
    }

    #[test]
    fn verdicts_carry_reasons() {
        let policy = Policy {
            max_dti: dec!(0.4),
            min_residual_income: Some(dec!(600)),
        };
        let a = assess(&household(), &policy, dec!(600)).unwrap();
        assert_eq!(a.verdict, Verdict::NotAffordable);
        assert_eq!(a.dti, Some(dec!(0.45)));
        assert_eq!(
            a.reasons.iter().map(Reason::code).collect::<Vec<_>>(),
            ["dti_above_max", "residual_below_min"]
        );
        assert!(a.reasons[0].message().contains("45.0%"));
        let ok = assess(&household(), &policy, dec!(150)).unwrap();
        assert_eq!((ok.verdict, ok.reasons.len()), (Verdict::Affordable, 0));
        let none = assess(
            &Household {
                net_income: dec!(0),
                ..household()
            },
            &policy,
            dec!(1),
        )
        .unwrap();
        assert_eq!(none.reasons[0], Reason::NoIncome);
    }

    #[test]
    fn max_principal_is_the_largest_that_fits() {
        let policy = Policy {
            max_dti: dec!(0.4),
            min_residual_income: None,
        };
        let template: LoanTerms = serde_json::from_value(serde_json::json!({
            "principal": "1", "annual_rate": "0.12", "payments": 24, "disbursement": "2025-01-01",
            "opening_fee": { "amount": { "percent": "0.02" }, "financed": true }
        }))
        .unwrap();
        let best = max_principal(&household(), &policy, &template).unwrap();
        let payment_at = |principal: Decimal| {
            let mut t = template.clone();
            t.principal = principal;
            highest_regular_payment(&Schedule::build(&t).unwrap(), t.method)
        };
        assert!(payment_at(best) <= dec!(500));
        assert!(payment_at(best + dec!(0.01)) > dec!(500));
        // Without the financed fee, 500 a month for 24 months at 1% a month repays PV = 10,621.69
        // (=PV(1%, 24, -500)); the financed 2% fee lowers what can be lent.
        assert!(best < dec!(10621.69) && best > dec!(10300));
    }

    #[test]
    fn nonsense_is_an_error() {
        let bad = Policy {
            max_dti: dec!(1.5),
            min_residual_income: None,
        };
        assert!(max_instalment(&household(), &bad).is_err());
        let negative = Household {
            net_income: dec!(-1),
            ..household()
        };
        assert!(
            assess(
                &negative,
                &Policy {
                    max_dti: dec!(0.4),
                    min_residual_income: None
                },
                dec!(1)
            )
            .is_err()
        );
    }
}
