//! The descriptions of configuration problems ([`Problem`]), in each language: what is wrong and
//! what to do, as the error page and `cuota check-config` show them after the JSON path.

use crate::config::{Jurisdiction, Problem};

/// The English description of a configuration problem.
pub(super) fn en(p: &Problem) -> String {
    use Problem::*;
    match p {
        Syntax {
            line,
            column,
            detail,
        } => format!("line {line}, column {column}: {detail}"),
        UnsupportedVersion(v) => format!("version {v} is not supported; this site reads version 1"),
        NoProducts => "there are no products".into(),
        DuplicateId(id) => format!("“{id}” is already used above"),
        BadId => "use only lower-case letters, digits and hyphens".into(),
        BadCurrency => "use a three-letter ISO 4217 code such as MXN, EUR or USD".into(),
        MinAboveMax => "the minimum is greater than the maximum".into(),
        DefaultOutOfRange => "the default is outside the minimum and maximum".into(),
        NotPositive => "must be greater than zero".into(),
        RateOutOfBounds { min, max } => format!(
            "must be between {} and {} (as a fraction: 0.12 is 12%)",
            min, max
        ),
        NoTerms => "list at least one payment frequency".into(),
        DuplicateFrequency => "this frequency is listed twice".into(),
        PaymentsOutOfRange => "the number of payments must be between 1 and 2000".into(),
        ExampleFrequencyNotOffered => "the product does not offer this frequency".into(),
        DisclosureMismatch {
            jurisdiction,
            required,
        } => format!(
            "a product offered in {} must disclose its {} (convention \"{}\"); it would be shown \
             without the rate its law requires",
            match jurisdiction {
                Jurisdiction::Mx => "Mexico",
                Jurisdiction::Eu => "the EU",
                Jurisdiction::Uk => "the UK",
                Jurisdiction::Us => "the US",
            },
            super::en::rate_label(*required),
            required.key()
        ),
        BadColour => "use a colour written #rrggbb, such as #0b5f55".into(),
        LowContrast(ratio) => format!(
            "text on the brand colour would be hard to read: contrast {ratio}:1, at least 4.5:1 is needed"
        ),
        BadContact => "is not a well-formed phone number or email address".into(),
        Missing => "is required".into(),
        NotHttps => "use an https:// address (http:// only for localhost)".into(),
        BadMethod => "use POST or PUT".into(),
        TimeoutOutOfRange { min, max } => {
            format!("must be between {min} and {max} milliseconds")
        }
        BadHeaderName => "is not a valid HTTP header name".into(),
        SecretHeader => "a web page cannot keep a secret: send leads to a public form endpoint or \
            to your own proxy that adds credentials"
            .into(),
        UnknownProduct(id) => format!("there is no product “{id}” in products.json"),
        NotFeatured(id) => format!("the campaign does not feature “{id}”: add it to its products"),
        PromotionNotLower(rate) => format!(
            "a promotional rate must be lower than the product's own rate ({rate}) and not negative"
        ),
        EndsBeforeStart => "the last day is before the first day".into(),
        CurrencyNotOffered(c) => format!("no product is in {c}: use the currency of a product"),
        CampaignEnded(day) => {
            format!("the campaign ended on {day}: remove it or move its last day")
        }
        UnknownSegment(id) => format!("the product has no segment “{id}”: list it in its segments"),
        DuplicateTier => "another tier starts at the same amount for the same segment".into(),
        UnknownPlaceholder(name) => format!(
            "“{name}” is not a placeholder; use {{amount}}, {{instalment}}, {{payments}}, {{rate}}, \
             {{nominal}} or {{total}}"
        ),
        LiteralFigure(figure) => format!(
            "“{figure}” types a figure about the loan; write it as a placeholder such as {{instalment}} \
             or {{payments}}, so the site computes it and shows the legal rate beside it \
             (12 CFR 1026.24(d); Directive 2008/48/EC art. 4)"
        ),
        TriggerWithoutRate => {
            "copy that states a payment, a number of payments, an amount or a total \
            must also state the legal rate: add {rate} (12 CFR 1026.24(d)(2); Directive 2008/48/EC \
            art. 4)"
                .into()
        }
    }
}

/// The Spanish description of a configuration problem.
pub(super) fn es(p: &Problem) -> String {
    use Problem::*;
    match p {
        Syntax {
            line,
            column,
            detail,
        } => format!("línea {line}, columna {column}: {detail}"),
        UnsupportedVersion(v) => {
            format!("la versión {v} no es compatible; este sitio lee la versión 1")
        }
        NoProducts => "no hay productos".into(),
        DuplicateId(id) => format!("«{id}» ya se usa más arriba"),
        BadId => "usa solo minúsculas, cifras y guiones".into(),
        BadCurrency => "usa un código ISO 4217 de tres letras, como MXN, EUR o USD".into(),
        MinAboveMax => "el mínimo es mayor que el máximo".into(),
        DefaultOutOfRange => "el valor inicial está fuera del mínimo y el máximo".into(),
        NotPositive => "debe ser mayor que cero".into(),
        RateOutOfBounds { min, max } => {
            format!("debe estar entre {min} y {max} (como fracción: 0.12 es 12 %)")
        }
        NoTerms => "indica al menos una periodicidad de pago".into(),
        DuplicateFrequency => "esta periodicidad aparece dos veces".into(),
        PaymentsOutOfRange => "el número de pagos debe estar entre 1 y 2000".into(),
        ExampleFrequencyNotOffered => "el producto no ofrece esta periodicidad".into(),
        DisclosureMismatch {
            jurisdiction,
            required,
        } => format!(
            "un producto ofrecido en {} debe mostrar su {} (convención \"{}\"); se mostraría sin la \
             tasa que exige su ley",
            match jurisdiction {
                Jurisdiction::Mx => "México",
                Jurisdiction::Eu => "la UE",
                Jurisdiction::Uk => "el Reino Unido",
                Jurisdiction::Us => "EE. UU.",
            },
            super::es::rate_label(*required),
            required.key()
        ),
        BadColour => "usa un color escrito #rrggbb, como #0b5f55".into(),
        LowContrast(ratio) => format!(
            "el texto sobre el color de marca se leería mal: contraste {ratio}:1, hace falta al menos 4.5:1"
        ),
        BadContact => "no es un teléfono o un correo bien escrito".into(),
        Missing => "es obligatorio".into(),
        NotHttps => "usa una dirección https:// (http:// solo para localhost)".into(),
        BadMethod => "usa POST o PUT".into(),
        TimeoutOutOfRange { min, max } => {
            format!("debe estar entre {min} y {max} milisegundos")
        }
        BadHeaderName => "no es un nombre de cabecera HTTP válido".into(),
        SecretHeader => {
            "una página web no puede guardar secretos: envía los datos a un formulario \
            público o a un proxy propio que añada las credenciales"
                .into()
        }
        UnknownProduct(id) => format!("no hay ningún producto «{id}» en products.json"),
        NotFeatured(id) => format!("la campaña no incluye «{id}»: añádelo a sus productos"),
        PromotionNotLower(rate) => format!(
            "una tasa promocional debe ser menor que la del producto ({rate}) y no negativa"
        ),
        EndsBeforeStart => "el último día es anterior al primero".into(),
        CurrencyNotOffered(c) => {
            format!("ningún producto está en {c}: usa la moneda de un producto")
        }
        CampaignEnded(day) => {
            format!("la campaña terminó el {day}: quítala o cambia su último día")
        }
        UnknownSegment(id) => {
            format!("el producto no tiene el segmento «{id}»: añádelo a sus segmentos")
        }
        DuplicateTier => "otro tramo empieza en el mismo importe para el mismo segmento".into(),
        UnknownPlaceholder(name) => format!(
            "«{name}» no es un marcador; usa {{amount}}, {{instalment}}, {{payments}}, {{rate}}, \
             {{nominal}} o {{total}}"
        ),
        LiteralFigure(figure) => format!(
            "«{figure}» escribe una cifra del préstamo; usa un marcador como {{instalment}} o \
             {{payments}}, para que el sitio la calcule y muestre la tasa legal a su lado \
             (12 CFR 1026.24(d); Directiva 2008/48/CE art. 4)"
        ),
        TriggerWithoutRate => "un texto que indica un pago, un número de pagos, un importe o un \
            total debe indicar también la tasa legal: añade {rate} (12 CFR 1026.24(d)(2); \
            Directiva 2008/48/CE art. 4)"
            .into(),
    }
}
