//! Spanish: Mexico (es-MX) and Spain (es-ES). The two share most text; where usage differs (monto /
//! importe, pago / cuota, catorcenal) the locale decides.

use super::Msg;

use crate::finance::apr::AprConvention;
use crate::finance::schedule::Frequency;
use crate::i18n::Locale;
use crate::leads::contact::ContactTime;

pub(super) fn adjective(f: Frequency, spain: bool) -> &'static str {
    match f {
        Frequency::Weekly => "semanales",
        Frequency::Biweekly if spain => "bisemanales",
        Frequency::Biweekly => "catorcenales",
        Frequency::Semimonthly => "quincenales",
        Frequency::Monthly => "mensuales",
        Frequency::Quarterly => "trimestrales",
    }
}

fn frequency_name(f: Frequency, spain: bool) -> &'static str {
    match f {
        Frequency::Weekly => "Semanal",
        Frequency::Biweekly if spain => "Cada dos semanas",
        Frequency::Biweekly => "Catorcenal",
        Frequency::Semimonthly => "Quincenal",
        Frequency::Monthly => "Mensual",
        Frequency::Quarterly => "Trimestral",
    }
}

pub(super) fn rate_label(c: AprConvention) -> &'static str {
    match c {
        AprConvention::Eu | AprConvention::Uk => "TAE",
        AprConvention::UsRegZ => "APR (tasa de porcentaje anual)",
        AprConvention::MxCat => "CAT sin IVA",
    }
}

fn rate_name(c: AprConvention) -> &'static str {
    match c {
        AprConvention::Eu | AprConvention::Uk => "Tasa anual equivalente",
        AprConvention::UsRegZ => "Tasa de porcentaje anual (Annual Percentage Rate)",
        AprConvention::MxCat => "Costo anual total, sin IVA",
    }
}

/// The Spanish text of `msg` for `locale` (es-MX or es-ES): one exhaustive table, so a new message
/// does not compile until it is translated.
pub fn text(msg: &Msg, locale: Locale) -> String {
    use Msg::*;
    let es = locale == Locale::EsEs;
    let pago = if es { "cuota" } else { "pago" };
    let pagos = if es { "cuotas" } else { "pagos" };
    match msg {
        AppName => "Cuota".into(),
        Tagline => "Simulador de préstamos exacto".into(),
        SkipToContent => "Ir al contenido".into(),
        LanguageLabel => "Idioma".into(),
        Version(v) => format!("Versión {v}"),
        EstimateDisclaimer => {
            "Las cifras son una estimación y no constituyen una oferta de crédito.".into()
        }
        SimulatorTitle => "Simula tu préstamo".into(),
        Loading => "Cargando productos…".into(),
        CatalogFetchFailed(detail) => format!(
            "No se pudieron cargar los productos ({detail}). Revisa tu conexión e inténtalo de nuevo."
        ),
        CatalogInvalid => "La configuración del sitio (productos, entidad y campañas) tiene problemas y no se puede mostrar:".into(),
        ConfigProblemAt { path, problem: p } => {
            let at = if path.is_empty() { "documento" } else { path };
            format!("{at}: {}", super::problems::es(p))
        }
        Retry => "Reintentar".into(),
        ProductLegend => "Producto".into(),
        AmountLabel => if es { "Importe" } else { "Monto" }.into(),
        RangeHint { min, max } => format!("De {min} a {max}."),
        TermLabel(f) => format!("Número de {pagos} {}", adjective(*f, es)),
        FrequencyLegend => "Periodicidad de pago".into(),
        FrequencyName(f) => frequency_name(*f, es).into(),
        FirstPaymentLabel => if es {
            "Fecha de la primera cuota (opcional)"
        } else {
            "Fecha del primer pago (opcional)"
        }
        .into(),
        FirstPaymentHint(d) => format!("Si la dejas vacía: {d}."),
        ErrEmpty => "Escribe un valor.".into(),
        ErrInvalidCharacter(c) => format!("«{c}» no forma parte de un número."),
        ErrMisplacedGrouping => "Los separadores de miles deben agrupar tres cifras.".into(),
        ErrMisplacedDecimal => {
            "Usa un solo separador decimal, con una cifra antes o después.".into()
        }
        ErrTooLong => "Este número tiene demasiadas cifras.".into(),
        ErrNotWhole => "Escribe un número entero.".into(),
        ErrNegative => "Escribe un número que no sea negativo.".into(),
        ErrNotPositive => "Escribe un importe mayor que cero.".into(),
        ErrTooManyDecimals(0) => "Esta moneda no tiene centavos: escribe un importe entero.".into(),
        ErrTooManyDecimals(d) => format!("Usa como máximo {d} decimales."),
        ErrDate => "Escribe una fecha válida.".into(),
        ErrDateRange { from, to } => format!("Elige una fecha del {from} al {to}."),
        ErrPaymentNumber(n) => format!("Escribe un número de {pago} del 1 al {n}."),
        ClampedToMin(min) => format!("El mínimo de este producto es {min}; se simula con {min}."),
        ClampedToMax(max) => format!("El máximo de este producto es {max}; se simula con {max}."),
        FrequencyNotOffered => {
            "Este producto no ofrece esa periodicidad; se muestra la habitual.".into()
        }
        LinkUnknownProduct(id) => {
            format!("El producto «{id}» del enlace no existe; se muestra otro producto.")
        }
        LinkFrequencyNotOffered(f) => {
            format!("La periodicidad «{f}» del enlace no se ofrece; se muestra la habitual.")
        }
        LinkUnknownExtraEffect(e) => {
            format!("La opción de pago adicional «{e}» del enlace no existe; se reduce el plazo.")
        }
        ErrEngine(detail) => format!("Este préstamo no se puede calcular: {detail}."),
        ErrOverflow => {
            "Estas cifras son demasiado grandes para calcularlas con exactitud; prueba otras."
                .into()
        }
        ErrNoRate => "Ninguna tasa anual cuadra con estos pagos; prueba otros valores.".into(),
        FixFieldsToSeeResult => format!("Corrige los campos señalados para ver tu {pago}."),
        ResultsTitle => "Tu préstamo".into(),
        InstalmentLabel(f) => {
            let name = frequency_name(*f, es).to_lowercase();
            if es {
                format!("Cuota {name}")
            } else {
                format!("Pago {name}")
            }
        }
        PaymentsVary { min, max } => {
            format!("Los {pagos} varían de {min} a {max}; la tabla muestra cada uno.")
        }
        NumberOfPayments => format!("Número de {pagos}"),
        LastPayment => if es { "Última cuota" } else { "Último pago" }.into(),
        AmountReceived => "Recibes".into(),
        TotalToRepay => "Total a pagar".into(),
        TotalInterest => "Intereses totales".into(),
        TotalCharges => "Comisiones y seguros".into(),
        TotalVat => "IVA".into(),
        NominalRate => if es {
            "Tipo de interés nominal (TIN)"
        } else {
            "Tasa de interés anual"
        }
        .into(),
        RateLabel(c) => rate_label(*c).into(),
        RateName(c) => rate_name(*c).into(),
        RepresentativeTitle => "Ejemplo representativo".into(),
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
                "Ejemplo representativo: para un préstamo de {amount} a devolver en {payments} {pagos} \
                 {} de {instalment}, con un tipo deudor fijo (TIN) del {nominal} y una comisión de \
                 apertura de {fee}, la TAE es del {apr}. Importe total adeudado: {total}; coste total \
                 del crédito: {cost}.",
                adjective(*frequency, es)
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
                "Ejemplo representativo: un préstamo de {amount} a pagar en {payments} {pagos} {} de \
                 {instalment} tiene una tasa de porcentaje anual (APR) del {apr}, que incluye una \
                 comisión de apertura de {fee} descontada del importe entregado. Total de los {pagos}: \
                 {total}.",
                adjective(*frequency, es)
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
                "CAT PROMEDIO {cat} sin IVA, para fines informativos y de comparación exclusivamente. \
                 Tasa de interés anual fija {nominal} sin IVA. Ejemplo: crédito de {amount} en \
                 {payments} pagos {} de {instalment} con IVA. Fecha de cálculo: {date}.",
                adjective(*frequency, es)
            )
        }
        ChartsTitle => "Gráficas".into(),
        BalanceChartTitle => "Saldo a lo largo del préstamo".into(),
        BalanceChartDesc {
            start,
            payments,
            half_at,
        } => match half_at {
            Some(k) => format!(
                "El saldo baja de {start} a cero en {payments} {pagos}; la mitad queda pagada tras \
                 {} {k}.",
                if es { "la cuota" } else { "el pago" }
            ),
            None => format!("El saldo empieza en {start} y se paga en {payments} {pagos}."),
        },
        SplitChartTitle => format!("Qué paga cada {pago}"),
        SplitChartDesc { first, last } => format!(
            "Los intereses son el {first} {} y el {last} {}; el resto paga capital y cargos.",
            if es {
                "de la primera cuota"
            } else {
                "del primer pago"
            },
            if es { "de la última" } else { "del último" }
        ),
        LegendPrincipal => "Capital".into(),
        LegendInterest => "Intereses".into(),
        LegendCharges => "Comisiones, seguros e IVA".into(),
        ScheduleTitle => "Tabla de amortización".into(),
        ColNumber => "Núm.".into(),
        ColDate => "Fecha".into(),
        ColPayment => if es { "Cuota" } else { "Pago" }.into(),
        ColInterest => "Intereses".into(),
        ColPrincipal => "Capital".into(),
        ColCharges => "Comisiones y seguros".into(),
        ColVat => "IVA".into(),
        ColBalance => if es { "Capital pendiente" } else { "Saldo" }.into(),
        ColPeriod => "Periodo".into(),
        ColPayments => "Pagos".into(),
        PrintedByMonth => format!(
            "{} por mes natural, con el saldo al final de cada uno; el enlace y el código QR \
             muestran todos los pagos.",
            if es {
                "Cuotas sumadas"
            } else {
                "Pagos sumados"
            }
        ),
        PrintedByQuarter => format!(
            "{} por trimestre natural, con el saldo al final de cada uno; el enlace y el \
             código QR muestran todos los pagos.",
            if es {
                "Cuotas sumadas"
            } else {
                "Pagos sumados"
            }
        ),
        PrintedByYear => format!(
            "{} por año natural, con el saldo al final de cada uno; el enlace y el código QR \
             muestran todos los pagos.",
            if es {
                "Cuotas sumadas"
            } else {
                "Pagos sumados"
            }
        ),
        AffordTitle => "¿Me lo puedo permitir?".into(),
        IncomeLabel => "Ingreso neto mensual".into(),
        ExpensesLabel => "Gastos mensuales de vida".into(),
        DebtsLabel => "Pagos mensuales de otras deudas".into(),
        AffordPrompt => "Escribe tu ingreso para ver cuánto puedes pedir.".into(),
        MaxInstalment(f) => {
            let name = frequency_name(*f, es).to_lowercase();
            format!("{} {name} máximo", if es { "Cuota" } else { "Pago" })
        }
        MaxAmount => "Importe máximo a este plazo".into(),
        Dti => "Pagos de deudas / ingreso".into(),
        VerdictAffordable => {
            "Este préstamo cabe en tu presupuesto según las reglas del prestamista.".into()
        }
        VerdictNotAffordable => {
            "Este préstamo no cabe en tu presupuesto según las reglas del prestamista:".into()
        }
        ReasonNoIncome => "No hay ingreso con el que pagar el préstamo.".into(),
        ReasonDti { dti, max } => {
            format!("los pagos de deudas serían el {dti} de tu ingreso; el máximo es {max}.")
        }
        ReasonResidual { residual, min } => format!(
            "quedarían {residual} por periodo tras gastos y deudas; se requiere al menos {min}."
        ),
        UseThisAmount(a) => format!("Usar {a}"),
        BelowProductMin(min) => {
            format!(
                "Lo que cabe en tu presupuesto está por debajo del mínimo de {min} de este producto."
            )
        }
        ExtraTitle => format!("Paga más que tu {pago}"),
        ExtraAmountLabel => "Importe adicional".into(),
        ExtraAtLabel => if es {
            "Con la cuota número"
        } else {
            "Con el pago número"
        }
        .into(),
        ExtraEveryLabel => format!("Repetir cada ({pagos}, opcional)"),
        ExtraEveryHint => "Déjalo vacío para un único pago.".into(),
        ExtraEffectLegend => "Después".into(),
        EffectShorten => if es {
            "Terminar antes (misma cuota)"
        } else {
            "Terminar antes (mismo pago)"
        }
        .into(),
        EffectLower => if es {
            "Bajar la cuota (misma fecha final)"
        } else {
            "Bajar el pago (misma fecha final)"
        }
        .into(),
        ExtraPrompt => "Escribe un importe adicional para ver cuánto ahorras.".into(),
        ExtraPayments { n, fewer } => format!("{n} {pagos} ({fewer} menos)"),
        InterestSaved => "Intereses ahorrados".into(),
        InstalmentAfter => format!(
            "{} tras el pago adicional",
            if es { "Cuota" } else { "Pago" }
        ),
        ShareTitle => "Compartir o imprimir".into(),
        ShareLinkLabel => "Enlace a esta simulación".into(),
        CopyLink => "Copiar enlace".into(),
        Copied => "Enlace copiado.".into(),
        CopyFailed => "No se pudo copiar el enlace; selecciónalo y cópialo a mano.".into(),
        QrAlt => "Código QR que abre esta simulación en un teléfono".into(),
        Print => "Imprimir simulación".into(),
        PrintTitle => "Simulación de préstamo".into(),
        PrintedOn(d) => {
            format!("Simulado el {d}. Las cifras son una estimación, no una oferta de crédito.")
        }
        ErrNameRequired => "Escribe tu nombre.".into(),
        ErrTextTooLong(n) => format!("Usa como máximo {n} caracteres."),
        ErrContactRequired => "Indica un teléfono o un correo para que puedan contactarte.".into(),
        ErrPhone => format!(
            "Escribe un teléfono de 7 a 15 dígitos, como {}.",
            if es { "612 345 678" } else { "55 1234 5678" }
        ),
        ErrEmail => "Escribe un correo como nombre@ejemplo.com.".into(),
        ErrAge => "Escribe tu edad en años cumplidos, entre 1 y 120.".into(),
        ErrConsentRequired => {
            "Marca esta casilla para que te contacten; sin ella no se pueden enviar tus datos."
                .into()
        }
        ConsentContact => "Quiero que me contacten sobre esta simulación.".into(),
        ConsentMarketing => "Quiero recibir ofertas y novedades (opcional).".into(),
        ConsentPrivacy => format!(
            "Mis datos se tratan como indica {}.",
            if es {
                "la política de privacidad"
            } else {
                "el aviso de privacidad"
            }
        ),
        PrivacyLink => if es {
            "Política de privacidad"
        } else {
            "Aviso de privacidad"
        }
        .into(),
        LeadTitle => "¿Te interesa? Déjanos tus datos".into(),
        LeadIntro => format!(
            "Tus datos llegan a {} con esta simulación y te contactan. No se envía nada sin tu \
             consentimiento.",
            if es { "la entidad" } else { "la financiera" }
        ),
        NameLabel => "Nombre completo".into(),
        PhoneLabel => "Teléfono".into(),
        EmailLabel => "Correo electrónico".into(),
        ContactHint => "Basta con un teléfono o un correo.".into(),
        ContactTimeLabel => "Mejor horario para llamarte".into(),
        ContactTimeOption(t) => match t {
            ContactTime::Any => "Cualquier hora",
            ContactTime::Morning => "Mañana",
            ContactTime::Afternoon => "Tarde",
            ContactTime::Evening => "Noche",
        }
        .into(),
        MessageLabel => "Mensaje (opcional)".into(),
        AgeLabel => "Edad (opcional)".into(),
        HoneypotLabel => "Deja este campo vacío".into(),
        SendLead => "Enviar mis datos".into(),
        LeadSaving => "Guardando tus datos…".into(),
        LeadSent => format!(
            "Enviado. {} tiene tus datos y te contactará.",
            if es { "La entidad" } else { "La financiera" }
        ),
        LeadQueued => "Guardado en este dispositivo. Se enviará solo en cuanto haya conexión; \
            puedes cerrar esta página."
            .into(),
        LeadFailed(status) => format!(
            "No enviado: el sistema de {} lo rechazó{}. Tus datos se guardan en este dispositivo: \
             descárgalos para enviarlos de otra forma, o llama.",
            if es { "la entidad" } else { "la financiera" },
            status.map(|s| format!(" (HTTP {s})")).unwrap_or_default()
        ),
        LeadDownload => "Descargar mis datos".into(),
        LeadStorageFailed(detail) => format!(
            "No se pudieron guardar tus datos en este dispositivo ({detail}), así que no se envió \
             nada. Inténtalo de nuevo o usa otro navegador."
        ),
        LeadNotSent => {
            "No se enviaron tus datos: este préstamo no encaja con lo que nos contaste.".into()
        }
        LeadAdvice => format!(
            "Prueba con un {} menor o más {} y vuelve a enviar tus datos.",
            if es { "importe" } else { "monto" },
            if es { "cuotas" } else { "pagos" }
        ),
        QualifyNoHousehold => "Completa «¿Me lo puedo permitir?» con tus ingresos y gastos.".into(),
        QualifyIncome(min) => {
            format!("Este producto pide un ingreso neto mensual de al menos {min}.")
        }
        QualifyAgeMissing => "Este producto tiene límites de edad: indica tu edad.".into(),
        QualifyTooYoung(min) => format!("La edad mínima para este producto es {min} años."),
        QualifyTooOld(max) => format!("La edad máxima para este producto es {max} años."),
        ConfigFileUnreadable(e) => format!("no se puede leer ({e})"),
        ConfigOk => "La configuración es válida.".into(),
        BorrowingCostsMoney => "¡Atención! Pedir dinero prestado cuesta dinero.".into(),
        ConfigProblem(p) => super::problems::es(p),
        LeadsConfigFetchFailed(detail) => format!(
            "El formulario de contacto no pudo cargar su configuración ({detail}). Revisa la conexión e inténtalo de nuevo."
        ),
        LeadsConfigInvalid => "El formulario de contacto no está disponible: su configuración \
            (config/leads.json) tiene problemas:"
            .into(),
        Site(m) => super::site_es::text(m, locale),
    }
}
