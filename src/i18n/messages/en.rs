//! English (United States).

use super::Msg;

use crate::finance::apr::AprConvention;
use crate::finance::schedule::Frequency;
use crate::leads::contact::ContactTime;

pub(super) fn adjective(f: Frequency) -> &'static str {
    match f {
        Frequency::Weekly => "weekly",
        Frequency::Biweekly => "biweekly",
        Frequency::Semimonthly => "semimonthly",
        Frequency::Monthly => "monthly",
        Frequency::Quarterly => "quarterly",
    }
}

fn frequency_name(f: Frequency) -> &'static str {
    match f {
        Frequency::Weekly => "Weekly",
        Frequency::Biweekly => "Every two weeks",
        Frequency::Semimonthly => "Twice a month",
        Frequency::Monthly => "Monthly",
        Frequency::Quarterly => "Quarterly",
    }
}

pub(super) fn rate_label(c: AprConvention) -> &'static str {
    match c {
        AprConvention::Eu => "APRC",
        AprConvention::Uk | AprConvention::UsRegZ => "APR",
        AprConvention::MxCat => "CAT (excl. VAT)",
    }
}

fn rate_name(c: AprConvention) -> &'static str {
    match c {
        AprConvention::Eu => "Annual percentage rate of charge (TAE)",
        AprConvention::Uk => "Annual percentage rate of charge",
        AprConvention::UsRegZ => "Annual percentage rate",
        AprConvention::MxCat => "Total annual cost (Costo Anual Total), excluding VAT",
    }
}

/// The English text of `msg`: the catalogue is one exhaustive table, so a new message does not
/// compile until it is translated.
pub fn text(msg: &Msg) -> String {
    use Msg::*;
    match msg {
        AppName => "Cuota".into(),
        Tagline => "Exact loan simulator".into(),
        SkipToContent => "Skip to the content".into(),
        LanguageLabel => "Language".into(),
        Version(v) => format!("Version {v}"),
        EstimateDisclaimer => "Figures are an estimate and not an offer of credit.".into(),
        SimulatorTitle => "Simulate your loan".into(),
        Loading => "Loading products…".into(),
        CatalogFetchFailed(detail) => format!(
            "The products could not be loaded ({detail}). Check your connection and try again."
        ),
        CatalogInvalid => {
            "The site's configuration (products, lender and campaigns) has problems and cannot be shown:"
                .into()
        }
        ConfigProblemAt { path, problem: p } => {
            let at = if path.is_empty() { "document" } else { path };
            format!("{at}: {}", super::problems::en(p))
        }
        Retry => "Try again".into(),
        ProductLegend => "Product".into(),
        AmountLabel => "Amount".into(),
        RangeHint { min, max } => format!("From {min} to {max}."),
        TermLabel(f) => format!("Number of {} payments", adjective(*f)),
        FrequencyLegend => "Payment frequency".into(),
        FrequencyName(f) => frequency_name(*f).into(),
        FirstPaymentLabel => "First payment date (optional)".into(),
        FirstPaymentHint(d) => format!("If left empty: {d}."),
        ErrEmpty => "Enter a value.".into(),
        ErrInvalidCharacter(c) => format!("“{c}” is not part of a number."),
        ErrMisplacedGrouping => "Thousands separators must group three digits, e.g. 12,500.".into(),
        ErrMisplacedDecimal => "Use one decimal point, with a digit before or after it.".into(),
        ErrTooLong => "This number has too many digits.".into(),
        ErrNotWhole => "Enter a whole number.".into(),
        ErrNegative => "Enter a number that is not negative.".into(),
        ErrNotPositive => "Enter an amount greater than zero.".into(),
        ErrTooManyDecimals(0) => "This currency has no cents: enter a whole amount.".into(),
        ErrTooManyDecimals(d) => format!("Use at most {d} decimals."),
        ErrDate => "Enter a valid date.".into(),
        ErrDateRange { from, to } => format!("Choose a date from {from} to {to}."),
        ErrPaymentNumber(n) => format!("Enter a payment number from 1 to {n}."),
        ClampedToMin(min) => format!("The minimum for this product is {min}; simulating {min}."),
        ClampedToMax(max) => format!("The maximum for this product is {max}; simulating {max}."),
        FrequencyNotOffered => {
            "This product does not offer that frequency; showing its usual one.".into()
        }
        LinkUnknownProduct(id) => {
            format!("The link's product “{id}” is not offered; showing another product.")
        }
        LinkFrequencyNotOffered(f) => {
            format!("The link's payment frequency “{f}” is not offered; showing the usual one.")
        }
        LinkUnknownExtraEffect(e) => {
            format!("The link's extra-payment option “{e}” is unknown; shortening the term.")
        }
        ErrEngine(detail) => format!("This loan cannot be calculated: {detail}."),
        ErrOverflow => "These numbers are too large to calculate exactly; try smaller ones.".into(),
        ErrNoRate => "No annual rate matches these payments; try other values.".into(),
        FixFieldsToSeeResult => "Correct the highlighted fields to see your payment.".into(),
        ResultsTitle => "Your loan".into(),
        InstalmentLabel(f) => format!("{} payment", frequency_name(*f)),
        PaymentsVary { min, max } => {
            format!("Payments vary from {min} to {max}; the schedule shows each one.")
        }
        NumberOfPayments => "Number of payments".into(),
        LastPayment => "Last payment".into(),
        AmountReceived => "You receive".into(),
        TotalToRepay => "Total to repay".into(),
        TotalInterest => "Total interest".into(),
        TotalCharges => "Fees and insurance".into(),
        TotalVat => "VAT".into(),
        NominalRate => "Annual interest rate".into(),
        RateLabel(c) => rate_label(*c).into(),
        RateName(c) => rate_name(*c).into(),
        RepresentativeTitle => "Representative example".into(),
        RepresentativeEu(example) => {
            let super::EuExample {
                apr,
                nominal,
                amount,
                payments,
                frequency,
                instalment,
                fee,
                total,
                cost,
            } = &**example;
            format!(
                "Representative example: for a loan of {amount} over {payments} {} payments of \
                 {instalment}, fixed borrowing rate {nominal}, opening fee {fee}, APRC {apr}. Total \
                 amount payable {total}; total cost of credit {cost}.",
                adjective(*frequency)
            )
        }
        RepresentativeUs(example) => {
            let super::UsExample {
                apr,
                amount,
                payments,
                frequency,
                instalment,
                fee,
                total,
            } = &**example;
            format!(
                "Representative example: a {amount} loan repaid in {payments} {} payments of \
                 {instalment} has an annual percentage rate (APR) of {apr}, including an origination \
                 fee of {fee} deducted from the loan proceeds. Total of payments: {total}.",
                adjective(*frequency)
            )
        }
        RepresentativeMx(example) => {
            let super::MxExample {
                cat,
                nominal,
                amount,
                payments,
                frequency,
                instalment,
                date,
            } = &**example;
            format!(
                "AVERAGE CAT {cat} excluding VAT, for information and comparison purposes only. Fixed \
                 annual interest rate {nominal} excluding VAT. Example: a loan of {amount} in \
                 {payments} {} payments of {instalment} including VAT. Calculated on {date}.",
                adjective(*frequency)
            )
        }
        ChartsTitle => "Charts".into(),
        BalanceChartTitle => "Balance over time".into(),
        BalanceChartDesc {
            start,
            payments,
            half_at,
        } => match half_at {
            Some(k) => format!(
                "The balance falls from {start} to zero over {payments} payments; half is repaid \
                 after payment {k}."
            ),
            None => {
                format!("The balance starts at {start} and is repaid over {payments} payments.")
            }
        },
        SplitChartTitle => "What each payment repays".into(),
        SplitChartDesc { first, last } => format!(
            "Interest is {first} of the first payment and {last} of the last; the rest repays \
             principal and charges."
        ),
        LegendPrincipal => "Principal".into(),
        LegendInterest => "Interest".into(),
        LegendCharges => "Fees, insurance and VAT".into(),
        ScheduleTitle => "Payment schedule".into(),
        ColNumber => "No.".into(),
        ColDate => "Date".into(),
        ColPayment => "Payment".into(),
        ColInterest => "Interest".into(),
        ColPrincipal => "Principal".into(),
        ColCharges => "Fees and insurance".into(),
        ColVat => "VAT".into(),
        ColBalance => "Balance".into(),
        ColPeriod => "Period".into(),
        ColPayments => "Payments".into(),
        PrintedByMonth => {
            "Payments added up by calendar month, with the balance at the end of each; \
            the link and QR code open every payment."
                .into()
        }
        PrintedByQuarter => {
            "Payments added up by calendar quarter, with the balance at the end of \
            each; the link and QR code open every payment."
                .into()
        }
        PrintedByYear => {
            "Payments added up by calendar year, with the balance at the end of each; \
            the link and QR code open every payment."
                .into()
        }
        AffordTitle => "Can I afford it?".into(),
        IncomeLabel => "Net monthly income".into(),
        ExpensesLabel => "Monthly living expenses".into(),
        DebtsLabel => "Monthly payments on other debts".into(),
        AffordPrompt => "Enter your income to see how much you can borrow.".into(),
        MaxInstalment(f) => format!("Largest {} payment", adjective(*f)),
        MaxAmount => "Largest amount for this term".into(),
        Dti => "Debt payments / income".into(),
        VerdictAffordable => "This loan fits your budget under the lender's rules.".into(),
        VerdictNotAffordable => {
            "This loan does not fit your budget under the lender's rules:".into()
        }
        ReasonNoIncome => "There is no income to repay the loan from.".into(),
        ReasonDti { dti, max } => {
            format!("debt payments would take {dti} of your income; the maximum is {max}.")
        }
        ReasonResidual { residual, min } => format!(
            "{residual} would be left per payment period after expenses and debts; at least {min} is required."
        ),
        UseThisAmount(a) => format!("Use {a}"),
        BelowProductMin(min) => {
            format!("What fits your budget is below this product's minimum of {min}.")
        }
        ExtraTitle => "Pay more than the instalment".into(),
        ExtraAmountLabel => "Extra amount".into(),
        ExtraAtLabel => "With payment number".into(),
        ExtraEveryLabel => "Repeat every (payments, optional)".into(),
        ExtraEveryHint => "Leave empty for a one-off payment.".into(),
        ExtraEffectLegend => "Then".into(),
        EffectShorten => "Finish sooner (same payment)".into(),
        EffectLower => "Lower the payment (same end date)".into(),
        ExtraPrompt => "Enter an extra amount to see what you save.".into(),
        ExtraPayments { n, fewer } => format!("{n} payments ({fewer} fewer)"),
        InterestSaved => "Interest saved".into(),
        InstalmentAfter => "Payment after the extra".into(),
        ShareTitle => "Share or print".into(),
        ShareLinkLabel => "Link to this simulation".into(),
        CopyLink => "Copy link".into(),
        Copied => "Link copied.".into(),
        CopyFailed => "The link could not be copied; select it and copy it by hand.".into(),
        QrAlt => "QR code that opens this simulation on a phone".into(),
        Print => "Print simulation".into(),
        PrintTitle => "Loan simulation".into(),
        PrintedOn(d) => {
            format!("Simulated on {d}. Figures are an estimate, not an offer of credit.")
        }
        ErrNameRequired => "Enter your name.".into(),
        ErrTextTooLong(n) => format!("Use at most {n} characters."),
        ErrContactRequired => "Give a phone number or an email so the lender can reach you.".into(),
        ErrPhone => "Enter a phone number of 7 to 15 digits, such as (555) 123-4567.".into(),
        ErrEmail => "Enter an email address such as name@example.com.".into(),
        ErrAge => "Enter an age in whole years, between 1 and 120.".into(),
        ErrConsentRequired => {
            "Tick this box to be contacted; without it your details cannot be sent.".into()
        }
        ConsentContact => "Contact me about this simulation.".into(),
        ConsentMarketing => "Send me offers and news (optional).".into(),
        ConsentPrivacy => "My details are used as the privacy notice explains.".into(),
        PrivacyLink => "Privacy notice".into(),
        LeadTitle => "Interested? Leave your details".into(),
        LeadIntro => "Your details go to the lender with this simulation, and the lender contacts \
            you. Nothing is sent without your consent."
            .into(),
        NameLabel => "Full name".into(),
        PhoneLabel => "Phone".into(),
        EmailLabel => "Email".into(),
        ContactHint => "A phone number or an email is enough.".into(),
        ContactTimeLabel => "Best time to call".into(),
        ContactTimeOption(t) => match t {
            ContactTime::Any => "Any time",
            ContactTime::Morning => "Morning",
            ContactTime::Afternoon => "Afternoon",
            ContactTime::Evening => "Evening",
        }
        .into(),
        MessageLabel => "Message (optional)".into(),
        AgeLabel => "Age (optional)".into(),
        HoneypotLabel => "Leave this field empty".into(),
        SendLead => "Send my details".into(),
        LeadSaving => "Saving your details…".into(),
        LeadSent => "Sent. The lender has your details and will contact you.".into(),
        LeadQueued => "Saved on this device. It will be sent by itself as soon as there is a \
            connection; you can close this page."
            .into(),
        LeadFailed(status) => format!(
            "Not sent: the lender's system refused it{}. Your details are kept on this device: \
             download them to send them another way, or call the lender.",
            status.map(|s| format!(" (HTTP {s})")).unwrap_or_default()
        ),
        LeadDownload => "Download my details".into(),
        LeadStorageFailed(detail) => format!(
            "Your details could not be saved on this device ({detail}), so nothing was sent. Try \
             again, or use another browser."
        ),
        LeadNotSent => {
            "Your details were not sent: this loan does not fit what you told us.".into()
        }
        LeadAdvice => "Try a smaller amount or more payments, then send your details again.".into(),
        QualifyNoHousehold => "Fill in “Can I afford it?” with your income and expenses.".into(),
        QualifyIncome(min) => {
            format!("This product asks for a net monthly income of at least {min}.")
        }
        QualifyAgeMissing => "This product has age limits: give your age.".into(),
        QualifyTooYoung(min) => format!("The minimum age for this product is {min}."),
        QualifyTooOld(max) => format!("The maximum age for this product is {max}."),
        ConfigFileUnreadable(e) => format!("cannot be read ({e})"),
        ConfigOk => "The configuration is valid.".into(),
        BorrowingCostsMoney => "Attention! Borrowing money costs money.".into(),
        ConfigProblem(p) => super::problems::en(p),
        LeadsConfigFetchFailed(detail) => format!(
            "The contact form could not load its configuration ({detail}). Check the connection and try again."
        ),
        LeadsConfigInvalid => {
            "The contact form is not available: its configuration (config/leads.json) has problems:"
                .into()
        }
        Site(m) => super::site_en::text(m),
    }
}
