//! Spanish texts of [`SiteMsg`] (es-MX and es-ES).

use super::es::adjective;
use super::site::SiteMsg;
use crate::i18n::Locale;
use crate::simulation::compare::SortKey;

/// The Spanish text of `msg` for `locale`.
pub fn text(msg: &SiteMsg, locale: Locale) -> String {
    use SiteMsg::*;
    let spain = locale == Locale::EsEs;
    let pagos = if spain { "cuotas" } else { "pagos" };
    match msg {
        NavLabel => "Sitio".into(),
        NavHome => "Ofertas".into(),
        NavSimulator => "Simulador".into(),
        NavCompare => "Comparar préstamos".into(),
        HomeTitle => "Préstamos y ofertas vigentes".into(),
        OffersHeading => "Ofertas vigentes".into(),
        NoOffers => "Ahora no hay ofertas; abajo están todos los préstamos.".into(),
        OfferUntil(day) => format!("Hasta el {day}"),
        SeeOffer(title) => format!("Ver la oferta: {title}"),
        ProductsHeading => "Nuestros préstamos".into(),
        SimulateProduct(name) => format!("Simular {name}"),
        OfferValid { from, to } => format!("Oferta válida del {from} al {to}."),
        PromoRate { now, was } => format!("Tasa promocional {now} en lugar de {was}"),
        CompareThese => "Compara estos préstamos lado a lado".into(),
        LegalNotes => "Notas legales".into(),
        OfferEnded => "Esta oferta ha terminado".into(),
        OfferEndedOn(day) => format!("Esta oferta terminó el {day}."),
        OfferStartsOn(day) => format!("Esta oferta empieza el {day}."),
        OfferNotFound => "No hay ninguna oferta en esta dirección.".into(),
        PageNotFound => "No hay ninguna página en esta dirección.".into(),
        SeeOffers => "Ver las ofertas vigentes".into(),
        CompareTitle => "Compara préstamos".into(),
        CompareIntro => "Indica el importe y el plazo: calculamos cada préstamo con ellos, lado a \
             lado. Añade tu ingreso mensual para ver cuáles puedes pagar."
            .into(),
        MonthsLabel => "Plazo en meses".into(),
        CurrencyLabel => "Moneda".into(),
        SortLabel => "Ordenar por".into(),
        SortName(k) => match (k, spain) {
            (SortKey::Cost, _) => {
                "Menor costo total".replace("costo", if spain { "coste" } else { "costo" })
            }
            (SortKey::Instalment, true) => "Menor cuota mensual".into(),
            (SortKey::Instalment, false) => "Menor pago mensual".into(),
            (SortKey::Rate, _) => "Menor tasa legal".into(),
        },
        BestForYou => "El mejor para ti".into(),
        BestWhy => if spain {
            "El préstamo que puedes obtener con menor coste total."
        } else {
            "El préstamo que puedes obtener con menor costo total."
        }
        .into(),
        Eligible => "Se ajusta a tu solicitud".into(),
        NotEligible => "No para esta solicitud".into(),
        NoneEligible => {
            "Ningún préstamo se ajusta a esta solicitud; los motivos están bajo cada uno.".into()
        }
        ComparedCount(n) => match n {
            1 => "1 préstamo comparado".into(),
            n => format!("{n} préstamos comparados"),
        },
        SimulateThis(name) => format!("Simular {name} con estas cifras"),
        PerMonth(v) => format!("unos {v} al mes"),
        PaymentsCount(n, f) => match n {
            1 => format!(
                "1 {} {}",
                &pagos[..pagos.len() - 1],
                singular(adjective(*f, spain))
            ),
            n => format!("{n} {pagos} {}", adjective(*f, spain)),
        },
        CostOfCredit => if spain {
            "Coste del crédito"
        } else {
            "Costo del crédito"
        }
        .into(),
        Charges => "Comisiones, seguros e IVA".into(),
        CatNote(day) => format!(
            "CAT: costo anual total sin IVA, para fines informativos y de comparación \
             exclusivamente. Fecha de cálculo: {day}."
        ),
        AmountOutside { min, max } => format!("El importe debe estar entre {min} y {max}."),
        TermOutside { min, max } => format!("El plazo debe estar entre {min} y {max} meses."),
        MonthsTooLong(n) => format!("Indica como máximo {n} meses."),
        LinkUnknownCurrency(c) => format!(
            "El enlace pedía «{c}», que no usa ningún préstamo de aquí; se muestra otra moneda."
        ),
        LinkUnknownSort(s) => {
            format!("El enlace pedía ordenar por «{s}»; se ordena por el total.")
        }
        LinkUnknownSegment(s) => {
            format!("El enlace indicaba el tipo de cliente «{s}», que este préstamo no tiene.")
        }
        SegmentLegend => "Tipo de cliente".into(),
        SegmentNone => "General".into(),
    }
}

/// "semanales" → "semanal", "mensuales" → "mensual".
fn singular(adjective: &str) -> String {
    adjective
        .strip_suffix("es")
        .map_or_else(|| adjective.to_string(), str::to_string)
}
