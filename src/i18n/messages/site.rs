//! The messages of the pages around the simulator: home, campaigns, the comparison, navigation and
//! customer segments. A [`SiteMsg`] is shown through [`super::Msg::Site`].

use crate::finance::schedule::Frequency;
use crate::simulation::compare::SortKey;

/// A message of the home, campaign and comparison pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SiteMsg {
    /// Name of the site's navigation.
    NavLabel,
    /// Link to the home page.
    NavHome,
    /// Link to the simulator.
    NavSimulator,
    /// Link to the comparison.
    NavCompare,
    /// Heading of the home page.
    HomeTitle,
    /// Heading of the live campaigns.
    OffersHeading,
    /// No campaign is live.
    NoOffers,
    /// A campaign's last day (formatted).
    OfferUntil(String),
    /// Link to a campaign's page (its title).
    SeeOffer(String),
    /// Heading of the catalogue on the home page.
    ProductsHeading,
    /// Link to simulate a product (its name).
    SimulateProduct(String),
    /// A campaign's dates (formatted).
    OfferValid {
        /// First day.
        from: String,
        /// Last day.
        to: String,
    },
    /// A promotional rate and the rate it replaces (formatted).
    PromoRate {
        /// The campaign's rate.
        now: String,
        /// The product's own rate.
        was: String,
    },
    /// Link to compare a campaign's products.
    CompareThese,
    /// Heading of a campaign's footnotes.
    LegalNotes,
    /// Heading: the campaign has ended.
    OfferEnded,
    /// The campaign ended on a day (formatted).
    OfferEndedOn(String),
    /// The campaign starts on a day (formatted).
    OfferStartsOn(String),
    /// No campaign at this address.
    OfferNotFound,
    /// No page at this address.
    PageNotFound,
    /// Link to the live campaigns.
    SeeOffers,
    /// Heading of the comparison.
    CompareTitle,
    /// What the comparison does.
    CompareIntro,
    /// Label of the term in months.
    MonthsLabel,
    /// Label of the currency choice.
    CurrencyLabel,
    /// Label of the order choice.
    SortLabel,
    /// Name of an order.
    SortName(SortKey),
    /// The "best for you" mark.
    BestForYou,
    /// Why a loan is marked best.
    BestWhy,
    /// The person can apply.
    Eligible,
    /// The person cannot have this loan for this request.
    NotEligible,
    /// No loan fits the request.
    NoneEligible,
    /// How many loans are compared.
    ComparedCount(usize),
    /// Link to simulate a row (the product's name).
    SimulateThis(String),
    /// A payment as a monthly amount (formatted).
    PerMonth(String),
    /// A number of payments of a frequency.
    PaymentsCount(u32, Frequency),
    /// Label of the total cost of credit.
    CostOfCredit,
    /// Label of the fees, insurance and VAT.
    Charges,
    /// Under a comparison with Mexican loans: what the CAT is, with its date of calculation.
    CatNote(String),
    /// The amount is outside the product's limits (formatted).
    AmountOutside {
        /// Smallest amount.
        min: String,
        /// Largest amount.
        max: String,
    },
    /// The term is outside the product's limits, in months (formatted).
    TermOutside {
        /// Shortest term.
        min: String,
        /// Longest term.
        max: String,
    },
    /// More months than the comparison accepts.
    MonthsTooLong(u32),
    /// A link named a currency no product has.
    LinkUnknownCurrency(String),
    /// A link named an unknown order.
    LinkUnknownSort(String),
    /// A link named a segment the product does not have.
    LinkUnknownSegment(String),
    /// Legend of the customer segment choice.
    SegmentLegend,
    /// The choice of no segment.
    SegmentNone,
}
