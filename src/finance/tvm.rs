//! Time value of money with spreadsheet semantics (OpenDocument OpenFormula §6.12, Microsoft Excel):
//! the same argument names, the same sign convention (money paid out negative, received positive) and
//! the same `type` argument ([`PaymentTiming`]).

use super::error::{FinResult, FinanceError};
use super::num;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// When in each period payments fall: the spreadsheet `type` argument (0 = end, 1 = beginning).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentTiming {
    /// Payments at the end of each period (ordinary annuity, `type = 0`).
    #[default]
    End,
    /// Payments at the beginning of each period (annuity due, `type = 1`).
    Begin,
}

impl PaymentTiming {
    /// 0 for `End`, 1 for `Begin`, as the spreadsheet formulas use it.
    pub fn as_decimal(self) -> Decimal {
        match self {
            PaymentTiming::End => Decimal::ZERO,
            PaymentTiming::Begin => Decimal::ONE,
        }
    }
}

/// PMT: the level payment per period that takes a present value `pv` to a future value `fv` over
/// `nper` periods at `rate` per period. Spreadsheet sign convention: a loan received (`pv > 0`) gives
/// a negative payment.
///
/// Formula (OpenFormula 6.12.37): for `rate = 0`, `-(pv + fv) / nper`; otherwise
/// `-(fv + pv·(1+rate)^nper) · rate / ((1 + rate·type) · ((1+rate)^nper - 1))`.
pub fn pmt(
    rate: Decimal,
    nper: Decimal,
    pv: Decimal,
    fv: Decimal,
    when: PaymentTiming,
) -> FinResult<Decimal> {
    if nper.is_zero() {
        return Err(FinanceError::invalid("nper", "must not be zero"));
    }
    if rate.is_zero() {
        return num::div(-num::add(pv, fv)?, nper, "nper");
    }
    if rate <= -Decimal::ONE {
        return Err(FinanceError::invalid("rate", "must be greater than -1"));
    }
    let growth = num::powd(num::add(Decimal::ONE, rate)?, nper)?;
    let numerator = num::mul(-num::add(fv, num::mul(pv, growth)?)?, rate)?;
    let due = num::add(Decimal::ONE, num::mul(rate, when.as_decimal())?)?;
    let denominator = num::mul(due, num::sub(growth, Decimal::ONE)?)?;
    num::div(numerator, denominator, "(1 + rate)^nper - 1")
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn pmt_matches_the_spreadsheet_example() {
        // Microsoft Excel PMT documentation, example 1: =PMT(8%/12, 10, 10000) = -1,037.03.
        let p = pmt(
            dec!(0.08) / dec!(12),
            dec!(10),
            dec!(10000),
            Decimal::ZERO,
            PaymentTiming::End,
        )
        .unwrap();
        assert_eq!(p.round_dp(2), dec!(-1037.03));
        // Same page: =PMT(8%/12, 10, 10000, 0, 1) = -1,030.16.
        let due = pmt(
            dec!(0.08) / dec!(12),
            dec!(10),
            dec!(10000),
            Decimal::ZERO,
            PaymentTiming::Begin,
        )
        .unwrap();
        assert_eq!(due.round_dp(2), dec!(-1030.16));
    }

    #[test]
    fn pmt_rejects_what_has_no_answer() {
        assert!(
            pmt(
                dec!(0.1),
                Decimal::ZERO,
                dec!(1),
                Decimal::ZERO,
                PaymentTiming::End
            )
            .is_err()
        );
        assert_eq!(
            pmt(
                Decimal::ZERO,
                dec!(4),
                dec!(100),
                Decimal::ZERO,
                PaymentTiming::End
            )
            .unwrap(),
            dec!(-25)
        );
        assert!(
            pmt(
                dec!(5),
                dec!(1000),
                dec!(1),
                Decimal::ZERO,
                PaymentTiming::End
            )
            .is_err()
        );
    }
}
