//! The message catalogue: every user-visible string, per locale. A message is a [`Msg`] value (with
//! its parameters); [`text`] renders it. Adding a locale is a compile error until every message has it.

use super::Locale;

/// A user-visible message and its parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    /// Site name shown in the header and the document title.
    AppName,
    /// One-line description under the site name.
    Tagline,
    /// Heading of the quick simulation.
    QuickTitle,
    /// Label of the loan amount field.
    AmountLabel,
    /// Label of the term field (months).
    TermMonthsLabel,
    /// Label of the annual nominal rate field (percent).
    AnnualRateLabel,
    /// Label of the result: the monthly instalment.
    MonthlyInstalment,
    /// Shown while the result cannot be computed.
    FixFieldsToSeeResult,
    /// Sentence under the result: `n` monthly payments, `total` repaid.
    PaymentsSummary {
        /// Number of payments.
        n: u32,
        /// Total repaid, already formatted.
        total: String,
    },
    /// A field is empty.
    ErrEmpty,
    /// A field has a character that is not part of a number.
    ErrInvalidCharacter(char),
    /// Thousands separators in the wrong place.
    ErrMisplacedGrouping,
    /// Decimal separator in the wrong place or repeated.
    ErrMisplacedDecimal,
    /// Too many digits.
    ErrTooLong,
    /// Value below the allowed minimum (already formatted).
    ErrBelowMin(String),
    /// Value above the allowed maximum (already formatted).
    ErrAboveMax(String),
    /// A whole number was expected.
    ErrNotWhole,
    /// The engine could not compute a result.
    ErrEngine,
    /// Footer: version of the site and engine.
    Version(String),
    /// Footer: the figures are estimates.
    EstimateDisclaimer,
    /// Label of the language switch.
    LanguageLabel,
}

/// The text of `msg` in `locale`.
pub fn text(locale: Locale, msg: &Msg) -> String {
    match locale.language() {
        "en" => english(msg),
        _ => spanish(msg),
    }
}

fn english(msg: &Msg) -> String {
    use Msg::*;
    match msg {
        AppName => "Cuota".into(),
        Tagline => "Exact loan simulator".into(),
        QuickTitle => "Simulate your loan".into(),
        AmountLabel => "Amount".into(),
        TermMonthsLabel => "Term (months)".into(),
        AnnualRateLabel => "Annual interest rate (%)".into(),
        MonthlyInstalment => "Monthly payment".into(),
        FixFieldsToSeeResult => "Correct the highlighted fields to see your payment.".into(),
        PaymentsSummary { n, total } => format!("{n} monthly payments, {total} in total."),
        ErrEmpty => "Enter a value.".into(),
        ErrInvalidCharacter(c) => format!("“{c}” is not part of a number."),
        ErrMisplacedGrouping => "Thousands separators must group three digits, e.g. 12,500.".into(),
        ErrMisplacedDecimal => "Use one decimal point, with a digit before or after it.".into(),
        ErrTooLong => "This number has too many digits.".into(),
        ErrBelowMin(min) => format!("The minimum is {min}."),
        ErrAboveMax(max) => format!("The maximum is {max}."),
        ErrNotWhole => "Enter a whole number.".into(),
        ErrEngine => "This combination cannot be calculated; try other values.".into(),
        Version(v) => format!("Version {v}"),
        EstimateDisclaimer => "Figures are an estimate and not an offer of credit.".into(),
        LanguageLabel => "Language".into(),
    }
}

fn spanish(msg: &Msg) -> String {
    use Msg::*;
    match msg {
        AppName => "Cuota".into(),
        Tagline => "Simulador de préstamos exacto".into(),
        QuickTitle => "Simula tu préstamo".into(),
        AmountLabel => "Monto".into(),
        TermMonthsLabel => "Plazo (meses)".into(),
        AnnualRateLabel => "Tasa de interés anual (%)".into(),
        MonthlyInstalment => "Pago mensual".into(),
        FixFieldsToSeeResult => "Corrige los campos señalados para ver tu pago.".into(),
        PaymentsSummary { n, total } => format!("{n} pagos mensuales, {total} en total."),
        ErrEmpty => "Escribe un valor.".into(),
        ErrInvalidCharacter(c) => format!("«{c}» no forma parte de un número."),
        ErrMisplacedGrouping => "Los separadores de miles deben agrupar tres cifras.".into(),
        ErrMisplacedDecimal => {
            "Usa un solo separador decimal, con una cifra antes o después.".into()
        }
        ErrTooLong => "Este número tiene demasiadas cifras.".into(),
        ErrBelowMin(min) => format!("El mínimo es {min}."),
        ErrAboveMax(max) => format!("El máximo es {max}."),
        ErrNotWhole => "Escribe un número entero.".into(),
        ErrEngine => "Esta combinación no se puede calcular; prueba otros valores.".into(),
        Version(v) => format!("Versión {v}"),
        EstimateDisclaimer => {
            "Las cifras son una estimación y no constituyen una oferta de crédito.".into()
        }
        LanguageLabel => "Idioma".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_renders_parameters() {
        let msg = Msg::PaymentsSummary {
            n: 10,
            total: "$10,370.30".into(),
        };
        assert_eq!(
            text(Locale::EnUs, &msg),
            "10 monthly payments, $10,370.30 in total."
        );
        assert_eq!(
            text(Locale::EsMx, &msg),
            "10 pagos mensuales, $10,370.30 en total."
        );
        assert_ne!(
            text(Locale::EsEs, &Msg::AmountLabel),
            text(Locale::EnUs, &Msg::AmountLabel)
        );
    }
}
