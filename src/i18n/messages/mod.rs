//! The message catalogue: every user-visible string, per locale. A message is a [`Msg`] value (with
//! its parameters, numbers already formatted for the locale); [`text`] renders it. Adding a message
//! is a compile error until every language has it.

mod en;
mod es;
mod problems;
mod site;
mod site_en;
mod site_es;

pub use site::SiteMsg;

use super::Locale;
use crate::config::Problem;
use crate::finance::apr::AprConvention;
use crate::finance::schedule::Frequency;

/// A user-visible message and its parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    /// Site name.
    AppName,
    /// One-line description under the site name.
    Tagline,
    /// Link that skips to the main content.
    SkipToContent,
    /// Label of the language switch.
    LanguageLabel,
    /// Footer: version of the site and engine.
    Version(String),
    /// Footer: the figures are estimates.
    EstimateDisclaimer,
    /// Heading of the simulator.
    SimulatorTitle,
    /// While the catalogue loads.
    Loading,
    /// The catalogue could not be fetched (detail from the browser).
    CatalogFetchFailed(String),
    /// Heading of the configuration error page.
    CatalogInvalid,
    /// One configuration problem at a JSON path.
    ConfigProblemAt {
        /// JSON path.
        path: String,
        /// The problem.
        problem: Problem,
    },
    /// Button that tries loading again.
    Retry,
    /// Legend of the product choice.
    ProductLegend,
    /// Label of the amount.
    AmountLabel,
    /// Hint under a field: the accepted range.
    RangeHint {
        /// Minimum, formatted.
        min: String,
        /// Maximum, formatted.
        max: String,
    },
    /// Label of the number of payments for a frequency.
    TermLabel(Frequency),
    /// Legend of the frequency choice.
    FrequencyLegend,
    /// Name of a frequency.
    FrequencyName(Frequency),
    /// Label of the first payment date.
    FirstPaymentLabel,
    /// Hint: the default first payment date.
    FirstPaymentHint(String),
    /// A field is empty.
    ErrEmpty,
    /// A character that is not part of a number.
    ErrInvalidCharacter(char),
    /// Thousands separators in the wrong place.
    ErrMisplacedGrouping,
    /// Decimal separator in the wrong place or repeated.
    ErrMisplacedDecimal,
    /// Too many digits.
    ErrTooLong,
    /// A whole number was expected.
    ErrNotWhole,
    /// A negative number where none is allowed.
    ErrNegative,
    /// Zero where a positive amount is needed.
    ErrNotPositive,
    /// More decimals than the currency has.
    ErrTooManyDecimals(u32),
    /// Not a date.
    ErrDate,
    /// A date outside the accepted range (formatted bounds).
    ErrDateRange {
        /// Earliest.
        from: String,
        /// Latest.
        to: String,
    },
    /// A payment number outside 1..=n.
    ErrPaymentNumber(u32),
    /// Below the minimum: the minimum is used.
    ClampedToMin(String),
    /// Above the maximum: the maximum is used.
    ClampedToMax(String),
    /// The product does not offer the frequency: its default is used.
    FrequencyNotOffered,
    /// A link named a product that does not exist.
    LinkUnknownProduct(String),
    /// A link named a frequency the product does not offer.
    LinkFrequencyNotOffered(String),
    /// A link named an unknown extra-payment effect.
    LinkUnknownExtraEffect(String),
    /// The engine refused the terms (its English detail).
    ErrEngine(String),
    /// The numbers are too large to compute exactly.
    ErrOverflow,
    /// No rate balances the payments.
    ErrNoRate,
    /// Shown while the result cannot be computed.
    FixFieldsToSeeResult,
    /// Heading of the results.
    ResultsTitle,
    /// Label of the instalment for a frequency.
    InstalmentLabel(Frequency),
    /// The payments vary (VAT on decreasing interest, a final adjustment).
    PaymentsVary {
        /// Smallest payment.
        min: String,
        /// Largest payment.
        max: String,
    },
    /// Number of payments.
    NumberOfPayments,
    /// Last payment date.
    LastPayment,
    /// What the borrower receives after deductions.
    AmountReceived,
    /// Total to repay.
    TotalToRepay,
    /// Total interest.
    TotalInterest,
    /// Fees and insurance.
    TotalCharges,
    /// VAT.
    TotalVat,
    /// The annual nominal rate.
    NominalRate,
    /// Short name of the legal rate ("TAE", "APR", "CAT sin IVA").
    RateLabel(AprConvention),
    /// Long name of the legal rate.
    RateName(AprConvention),
    /// Heading of the representative example.
    RepresentativeTitle,
    /// EU representative example (CCD art. 4(2)).
    RepresentativeEu(Box<EuExample>),
    /// US representative example (Reg Z §1026.24(d)).
    RepresentativeUs(Box<UsExample>),
    /// Mexican CAT disclosure.
    RepresentativeMx(Box<MxExample>),
    /// Heading of the charts.
    ChartsTitle,
    /// Title of the balance chart.
    BalanceChartTitle,
    /// Text alternative of the balance chart.
    BalanceChartDesc {
        /// Starting balance.
        start: String,
        /// Number of payments.
        payments: u32,
        /// Payment after which half is repaid.
        half_at: Option<u32>,
    },
    /// Title of the payment split chart.
    SplitChartTitle,
    /// Text alternative of the split chart.
    SplitChartDesc {
        /// Interest share of the first payment.
        first: String,
        /// Interest share of the last payment.
        last: String,
    },
    /// Legend: principal.
    LegendPrincipal,
    /// Legend: interest.
    LegendInterest,
    /// Legend: fees, insurance and VAT.
    LegendCharges,
    /// Heading of the schedule.
    ScheduleTitle,
    /// Column: payment number.
    ColNumber,
    /// Column: date.
    ColDate,
    /// Column: payment.
    ColPayment,
    /// Column: interest.
    ColInterest,
    /// Column: principal.
    ColPrincipal,
    /// Column: fees and insurance.
    ColCharges,
    /// Column: VAT.
    ColVat,
    /// Column: balance.
    ColBalance,
    /// Column of the printed, grouped schedule: the month, quarter or year.
    ColPeriod,
    /// Column of the printed, grouped schedule: which payments the row sums ("1–12").
    ColPayments,
    /// Note under a printed schedule grouped by month.
    PrintedByMonth,
    /// Note under a printed schedule grouped by quarter.
    PrintedByQuarter,
    /// Note under a printed schedule grouped by year.
    PrintedByYear,
    /// Heading of the affordability panel.
    AffordTitle,
    /// Net monthly income.
    IncomeLabel,
    /// Monthly living expenses.
    ExpensesLabel,
    /// Monthly payments on other debts.
    DebtsLabel,
    /// Prompt while no income is given.
    AffordPrompt,
    /// Largest instalment for the frequency.
    MaxInstalment(Frequency),
    /// Largest amount.
    MaxAmount,
    /// Debt-to-income ratio.
    Dti,
    /// Verdict: affordable.
    VerdictAffordable,
    /// Verdict: not affordable.
    VerdictNotAffordable,
    /// Reason: no income.
    ReasonNoIncome,
    /// Reason: DTI above the product's maximum.
    ReasonDti {
        /// DTI, formatted.
        dti: String,
        /// Maximum, formatted.
        max: String,
    },
    /// Reason: residual income below the product's minimum.
    ReasonResidual {
        /// Residual per period, formatted.
        residual: String,
        /// Minimum per period, formatted.
        min: String,
    },
    /// Button: use the affordable amount.
    UseThisAmount(String),
    /// The affordable amount is below the product's minimum.
    BelowProductMin(String),
    /// Heading of the extra-payment scenario.
    ExtraTitle,
    /// Extra amount.
    ExtraAmountLabel,
    /// Payment it goes with.
    ExtraAtLabel,
    /// Repeat every.
    ExtraEveryLabel,
    /// Hint for "repeat every".
    ExtraEveryHint,
    /// Legend of the effect.
    ExtraEffectLegend,
    /// Effect: shorten the term.
    EffectShorten,
    /// Effect: lower the instalment.
    EffectLower,
    /// Prompt while no extra amount is given.
    ExtraPrompt,
    /// Payments with the extras.
    ExtraPayments {
        /// Payments.
        n: usize,
        /// Fewer than without.
        fewer: usize,
    },
    /// Interest saved.
    InterestSaved,
    /// The payment after the extra.
    InstalmentAfter,
    /// Heading of the share panel.
    ShareTitle,
    /// Label of the link.
    ShareLinkLabel,
    /// Button: copy the link.
    CopyLink,
    /// The link was copied.
    Copied,
    /// The link could not be copied.
    CopyFailed,
    /// Text alternative of the QR code.
    QrAlt,
    /// Button: print.
    Print,
    /// Title of the printed sheet.
    PrintTitle,
    /// Date the sheet was printed.
    PrintedOn(String),
    /// Lead form: no name.
    ErrNameRequired,
    /// Lead form: text longer than this many characters.
    ErrTextTooLong(usize),
    /// Lead form: neither phone nor email.
    ErrContactRequired,
    /// Lead form: not a phone number.
    ErrPhone,
    /// Lead form: not an email address.
    ErrEmail,
    /// Lead form: age outside 1–120.
    ErrAge,
    /// Lead form: the contact consent is not ticked.
    ErrConsentRequired,
    /// Consent box: be contacted about this simulation.
    ConsentContact,
    /// Consent box: offers and news.
    ConsentMarketing,
    /// Consent sentence about the privacy notice.
    ConsentPrivacy,
    /// Link to the privacy notice.
    PrivacyLink,
    /// Heading of the lead form.
    LeadTitle,
    /// Introduction of the lead form.
    LeadIntro,
    /// Label: full name.
    NameLabel,
    /// Label: phone.
    PhoneLabel,
    /// Label: email.
    EmailLabel,
    /// Hint: one contact is enough.
    ContactHint,
    /// Label: preferred contact time.
    ContactTimeLabel,
    /// A contact time choice.
    ContactTimeOption(crate::leads::contact::ContactTime),
    /// Label: message.
    MessageLabel,
    /// Label: age.
    AgeLabel,
    /// Label of the honeypot field (hidden from people).
    HoneypotLabel,
    /// Button: send the lead.
    SendLead,
    /// Status: saving.
    LeadSaving,
    /// Status: delivered.
    LeadSent,
    /// Status: stored, will be sent.
    LeadQueued,
    /// Status: refused by the endpoint (with its HTTP status).
    LeadFailed(Option<u16>),
    /// Button: download a failed lead.
    LeadDownload,
    /// The lead could not be stored on the device.
    LeadStorageFailed(String),
    /// The loan does not qualify and the lender does not take such leads: advice follows.
    LeadNotSent,
    /// Advice after a lead that was not sent.
    LeadAdvice,
    /// Qualification reason: no household figures.
    QualifyNoHousehold,
    /// Qualification reason: income below the minimum (formatted).
    QualifyIncome(String),
    /// Qualification reason: age needed.
    QualifyAgeMissing,
    /// Qualification reason: below the minimum age.
    QualifyTooYoung(u8),
    /// Qualification reason: above the maximum age.
    QualifyTooOld(u8),
    /// The lead form's configuration has problems.
    LeadsConfigInvalid,
    /// `cuota check-config`: a configuration file cannot be read.
    ConfigFileUnreadable(String),
    /// `cuota check-config`: every file passed.
    ConfigOk,
    /// CCD2 art. 8(1): the warning that borrowing money costs money.
    BorrowingCostsMoney,
    /// A configuration problem, without its place.
    ConfigProblem(Problem),
    /// The lead form's configuration could not be downloaded.
    LeadsConfigFetchFailed(String),
    /// A message of the home, campaign and comparison pages.
    Site(SiteMsg),
}

/// The figures of a Eu representative example, formatted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EuExample {
    /// TAE / APRC.
    pub apr: String,
    /// Borrowing rate (TIN).
    pub nominal: String,
    /// Amount of credit.
    pub amount: String,
    /// Number of payments.
    pub payments: u32,
    /// Their frequency.
    pub frequency: Frequency,
    /// Instalment.
    pub instalment: String,
    /// Opening fee.
    pub fee: String,
    /// Total amount payable.
    pub total: String,
    /// Total cost of credit.
    pub cost: String,
}

/// The figures of a Us representative example, formatted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsExample {
    /// APR.
    pub apr: String,
    /// Amount.
    pub amount: String,
    /// Number of payments.
    pub payments: u32,
    /// Their frequency.
    pub frequency: Frequency,
    /// Payment amount.
    pub instalment: String,
    /// Origination fee.
    pub fee: String,
    /// Total of payments.
    pub total: String,
}

/// The figures of a Mx representative example, formatted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MxExample {
    /// CAT.
    pub cat: String,
    /// Annual nominal rate.
    pub nominal: String,
    /// Amount.
    pub amount: String,
    /// Number of payments.
    pub payments: u32,
    /// Their frequency.
    pub frequency: Frequency,
    /// Payment with VAT.
    pub instalment: String,
    /// Calculation date.
    pub date: String,
}

/// The text of `msg` in `locale`.
pub fn text(locale: Locale, msg: &Msg) -> String {
    match locale {
        Locale::EnUs => en::text(msg),
        Locale::EsMx | Locale::EsEs => es::text(msg, locale),
    }
}

#[cfg(test)]
mod tests;
