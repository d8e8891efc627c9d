//! The representative example each jurisdiction requires beside advertised figures, computed by the
//! engine from the product's own pricing and the example loan the lender chose.
//!
//! - EU (Spain): Directive 2008/48/EC art. 4(2) — borrowing rate, total amount of credit, APRC (TAE),
//!   duration, total amount payable and instalments, "by means of a representative example".
//! - US: Regulation Z §1026.24(d) — stating a payment amount triggers the terms of repayment and the
//!   "annual percentage rate" using that term.
//! - Mexico: Banxico's CAT disclosure — "CAT promedio X% sin IVA, para fines informativos y de
//!   comparación", with the date of calculation.

use super::loan::{engine_message, quote_choice};
use crate::config::{LoanChoice, Product};
use crate::finance::Date;
use crate::finance::apr::AprConvention;
use crate::finance::num::add;
use crate::finance::quote::Quote;
use crate::i18n::{
    EuExample, Locale, Msg, MxExample, UsExample, format_date, format_money, format_percent,
};

/// The representative example of a product: its quote, calculated on `calculated_on`.
#[derive(Debug, Clone, PartialEq)]
pub struct Representative {
    /// The quote of the example loan.
    pub quote: Quote,
    /// The date of calculation (the disbursement date of the example).
    pub calculated_on: Date,
}

/// Computes the product's representative example as of `today`.
pub fn representative(product: &Product, today: Date) -> Result<Representative, Msg> {
    let ex = product.representative;
    let choice = LoanChoice {
        principal: ex.amount,
        payments: ex.payments,
        frequency: ex.frequency,
        disbursement: today,
        first_payment: None,
        extra_payments: Vec::new(),
        segment: None,
    };
    Ok(Representative {
        quote: quote_choice(product, &choice)?,
        calculated_on: today,
    })
}

/// The sentence the product's jurisdiction requires, in `locale`.
pub fn representative_msg(product: &Product, rep: &Representative, locale: Locale) -> Msg {
    let q = &rep.quote;
    let money = |v| format_money(v, &product.currency, locale);
    let places = product.convention.disclosure_places();
    let legal = format_percent(q.rate.disclosed(), places, locale);
    let nominal = format_percent(product.pricing.annual_rate, 2, locale);
    let fee = add(q.schedule.opening_fee, q.schedule.opening_fee_vat)
        .map_err(|e| engine_message(&e))
        .map_or_else(|_| money(q.schedule.opening_fee), money);
    let payments = q.payments as u32;
    let frequency = product.representative.frequency;
    let amount = money(q.schedule.principal);
    let instalment = money(q.instalment);
    match product.convention {
        AprConvention::MxCat => Msg::RepresentativeMx(Box::new(MxExample {
            cat: legal,
            nominal,
            amount,
            payments,
            frequency,
            instalment,
            date: format_date(rep.calculated_on, locale),
        })),
        AprConvention::UsRegZ => Msg::RepresentativeUs(Box::new(UsExample {
            apr: legal,
            amount,
            payments,
            frequency,
            instalment,
            fee,
            total: crate::finance::num::sub(q.totals.paid, q.schedule.upfront_charges)
                .map_or_else(|_| money(q.totals.paid), money),
        })),
        AprConvention::Eu | AprConvention::Uk => Msg::RepresentativeEu(Box::new(EuExample {
            apr: legal,
            nominal,
            amount,
            payments,
            frequency,
            instalment,
            fee,
            total: money(q.totals.paid),
            cost: money(q.totals.cost_of_credit),
        })),
    }
}

/// The warning the product's advertising must carry, if any: in the EU, "Borrowing money costs
/// money" (Directive (EU) 2023/2225, art. 8(1)), in the page's language.
pub fn warning_msg(product: &Product) -> Option<Msg> {
    (product.convention == crate::finance::apr::AprConvention::Eu)
        .then_some(Msg::BorrowingCostsMoney)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::parse_catalog;
    use crate::i18n::text;

    #[test]
    fn only_eu_products_carry_the_ccd2_warning_in_the_page_language() {
        let catalog = parse_catalog(include_str!("../../public/config/products.json")).unwrap();
        let warned: Vec<&str> = catalog
            .products
            .iter()
            .filter(|p| warning_msg(p).is_some())
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(warned, vec!["es-prestamo-personal"]);
        let m = Msg::BorrowingCostsMoney;
        assert_eq!(
            text(Locale::EsEs, &m),
            "¡Atención! Pedir dinero prestado cuesta dinero."
        );
        assert_eq!(
            text(Locale::EnUs, &m),
            "Attention! Borrowing money costs money."
        );
    }
}
