use super::*;

#[test]
fn parameters_are_rendered_in_every_locale() {
    let msg = Msg::ClampedToMax("$40,000.00".into());
    assert_eq!(
        text(Locale::EnUs, &msg),
        "The maximum for this product is $40,000.00; simulating $40,000.00."
    );
    assert_eq!(
        text(Locale::EsMx, &msg),
        "El máximo de este producto es $40,000.00; se simula con $40,000.00."
    );
}

#[test]
fn mexico_and_spain_use_their_own_words() {
    assert_eq!(text(Locale::EsMx, &Msg::AmountLabel), "Monto");
    assert_eq!(text(Locale::EsEs, &Msg::AmountLabel), "Importe");
    let weekly = Msg::InstalmentLabel(Frequency::Monthly);
    assert_eq!(text(Locale::EsMx, &weekly), "Pago mensual");
    assert_eq!(text(Locale::EsEs, &weekly), "Cuota mensual");
    assert_eq!(text(Locale::EnUs, &weekly), "Monthly payment");
    assert_eq!(
        text(Locale::EsMx, &Msg::FrequencyName(Frequency::Biweekly)),
        "Catorcenal"
    );
}

#[test]
fn legal_rates_have_their_names() {
    assert_eq!(
        text(Locale::EsEs, &Msg::RateLabel(AprConvention::Eu)),
        "TAE"
    );
    assert_eq!(
        text(Locale::EnUs, &Msg::RateLabel(AprConvention::Eu)),
        "APRC"
    );
    assert_eq!(
        text(Locale::EnUs, &Msg::RateLabel(AprConvention::UsRegZ)),
        "APR"
    );
    assert_eq!(
        text(Locale::EsMx, &Msg::RateLabel(AprConvention::MxCat)),
        "CAT sin IVA"
    );
}

#[test]
fn config_problems_name_their_path() {
    let msg = Msg::ConfigProblemAt {
        path: "products[1].amount.max".into(),
        problem: Problem::MinAboveMax,
    };
    assert_eq!(
        text(Locale::EnUs, &msg),
        "products[1].amount.max: the minimum is greater than the maximum"
    );
    assert_eq!(
        text(Locale::EsEs, &msg),
        "products[1].amount.max: el mínimo es mayor que el máximo"
    );
}
