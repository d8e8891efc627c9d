//! English texts of [`SiteMsg`].

use super::en::adjective;
use super::site::SiteMsg;
use crate::simulation::compare::SortKey;

/// The English text of `msg`.
pub fn text(msg: &SiteMsg) -> String {
    use SiteMsg::*;
    match msg {
        NavLabel => "Site".into(),
        NavHome => "Offers".into(),
        NavSimulator => "Simulator".into(),
        NavCompare => "Compare loans".into(),
        HomeTitle => "Loans and current offers".into(),
        OffersHeading => "Current offers".into(),
        NoOffers => "There are no offers right now; every loan is below.".into(),
        OfferUntil(day) => format!("Until {day}"),
        SeeOffer(title) => format!("See the offer: {title}"),
        ProductsHeading => "Our loans".into(),
        SimulateProduct(name) => format!("Simulate {name}"),
        OfferValid { from, to } => format!("Offer valid from {from} to {to}."),
        PromoRate { now, was } => format!("Promotional rate {now} instead of {was}"),
        CompareThese => "Compare these loans side by side".into(),
        LegalNotes => "Legal notes".into(),
        OfferEnded => "This offer has ended".into(),
        OfferEndedOn(day) => format!("This offer ended on {day}."),
        OfferStartsOn(day) => format!("This offer starts on {day}."),
        OfferNotFound => "There is no offer at this address.".into(),
        PageNotFound => "There is no page at this address.".into(),
        SeeOffers => "See the current offers".into(),
        CompareTitle => "Compare loans".into(),
        CompareIntro => "Tell us the amount and the term: every loan is quoted for them, side by \
             side. Add your monthly income to see which ones you can afford."
            .into(),
        MonthsLabel => "Term in months".into(),
        CurrencyLabel => "Currency".into(),
        SortLabel => "Sort by".into(),
        SortName(k) => match k {
            SortKey::Cost => "Lowest total cost",
            SortKey::Instalment => "Lowest monthly payment",
            SortKey::Rate => "Lowest legal rate",
        }
        .into(),
        BestForYou => "Best for you".into(),
        BestWhy => "The loan you can have that costs least in total.".into(),
        Eligible => "Fits your request".into(),
        NotEligible => "Not for this request".into(),
        NoneEligible => "No loan fits this request; the reasons are under each one.".into(),
        ComparedCount(n) => match n {
            1 => "1 loan compared".into(),
            n => format!("{n} loans compared"),
        },
        SimulateThis(name) => format!("Simulate {name} with these figures"),
        PerMonth(v) => format!("about {v} a month"),
        PaymentsCount(n, f) => match n {
            1 => format!("1 {} payment", adjective(*f)),
            n => format!("{n} {} payments", adjective(*f)),
        },
        CostOfCredit => "Cost of credit".into(),
        Charges => "Fees, insurance and VAT".into(),
        CatNote(day) => format!(
            "CAT: annual total cost, excluding VAT, for information and comparison only. \
             Calculated on {day}."
        ),
        AmountOutside { min, max } => format!("The amount must be between {min} and {max}."),
        TermOutside { min, max } => {
            format!("The term must be between {min} and {max} months.")
        }
        MonthsTooLong(n) => format!("Enter at most {n} months."),
        LinkUnknownCurrency(c) => {
            format!("The link asked for “{c}”, which no loan here uses; showing another currency.")
        }
        LinkUnknownSort(s) => format!("The link asked to sort by “{s}”; sorting by total cost."),
        LinkUnknownSegment(s) => {
            format!("The link named the customer type “{s}”, which this loan does not have.")
        }
        SegmentLegend => "Customer type".into(),
        SegmentNone => "General".into(),
    }
}
