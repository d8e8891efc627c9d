//! Advertising copy rules. A figure about a loan's cost or terms in an advert brings duties with it:
//! stating a payment amount, a number of payments or a period of repayment triggers the APR and the
//! terms of repayment (Regulation Z, 12 CFR 1026.24(d)); any figure relating to the cost of credit
//! requires the standard information by means of a representative example (Directive 2008/48/EC
//! art. 4); in Mexico the CAT must accompany any advertised cost (Banxico Circular 21/2009). So
//! campaign copy never types such figures: it names them with placeholders, which the site fills
//! from the engine's representative example and always shows beside the legal rate.

/// The placeholders copy may use, filled from the representative example of the campaign's first
/// product (with its promotional rate).
pub const PLACEHOLDERS: [&str; 6] = [
    "amount",
    "instalment",
    "payments",
    "rate",
    "nominal",
    "total",
];

/// Words that, after a number, make it a figure about the loan (a term, a count of payments, a
/// currency); English and Spanish, lower case, matched as the start of the next word.
const TERM_WORDS: [&str; 22] = [
    "month",
    "mes",
    "year",
    "año",
    "week",
    "semana",
    "quincena",
    "payment",
    "pago",
    "instalment",
    "installment",
    "cuota",
    "plazo",
    "mensualidad",
    "mxn",
    "eur",
    "usd",
    "peso",
    "euro",
    "dollar",
    "dólar",
    "apr",
];

/// Currency signs that make an adjacent number a money figure.
const CURRENCY_SIGNS: [char; 3] = ['$', '€', '£'];

/// A problem in a text of copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CopyProblem {
    /// A `{name}` that is not one of [`PLACEHOLDERS`], or a brace left open.
    UnknownPlaceholder(String),
    /// A typed figure about the loan (the text around it, as found).
    LiteralFigure(String),
}

/// Every problem of `text`.
pub fn check(text: &str) -> Vec<CopyProblem> {
    let mut out = Vec::new();
    let mut plain = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        plain.push_str(&rest[..open]);
        plain.push(' ');
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                if !PLACEHOLDERS.contains(&name) {
                    out.push(CopyProblem::UnknownPlaceholder(format!("{{{name}}}")));
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push(CopyProblem::UnknownPlaceholder(
                    rest[open..].chars().take(20).collect(),
                ));
                rest = "";
            }
        }
    }
    plain.push_str(rest);
    out.extend(
        literal_figures(&plain)
            .into_iter()
            .map(CopyProblem::LiteralFigure),
    );
    out
}

/// The figures about a loan typed in `text`: a number with a currency sign before or after it, a
/// percent sign after it, or a term word after it ("36 meses", "$199", "0% APR", "12.5 %").
pub fn literal_figures(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && (chars[i].is_ascii_digit()
                || (matches!(chars[i], '.' | ',')
                    && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit())))
        {
            i += 1;
        }
        let before_at = (0..start).rev().find(|&j| !chars[j].is_whitespace());
        let before = before_at.map(|j| chars[j]);
        let next_at = (i..chars.len()).find(|&j| !chars[j].is_whitespace());
        let after = next_at.map(|j| chars[j]);
        let word_len = next_at.map_or(0, |j| {
            chars[j..].iter().take_while(|c| c.is_alphabetic()).count()
        });
        let word: String = next_at.map_or_else(String::new, |j| {
            chars[j..j + word_len]
                .iter()
                .flat_map(|c| c.to_lowercase())
                .collect()
        });
        let sign_before = before.is_some_and(|c| CURRENCY_SIGNS.contains(&c));
        let sign_after = after.is_some_and(|c| CURRENCY_SIGNS.contains(&c)) || after == Some('%');
        let term = !word.is_empty() && TERM_WORDS.iter().any(|w| word.starts_with(w));
        if sign_before || sign_after || term {
            let from = if sign_before {
                before_at.unwrap_or(start)
            } else {
                start
            };
            let to = match next_at {
                Some(j) if sign_after => j + 1,
                Some(j) if term => j + word_len,
                _ => i,
            };
            out.push(chars[from..to].iter().collect());
        }
    }
    out
}

/// `text` with each placeholder replaced by `value(name)`; unknown names are left as they are
/// (validation refuses them).
pub fn fill(text: &str, value: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after
            .find('}')
            .and_then(|close| Some((close, value(&after[..close])?)))
        {
            Some((close, v)) => {
                out.push_str(&v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_about_the_loan_are_found_in_both_languages() {
        let cases = [
            ("Paga solo $199 al mes", vec!["$199"]),
            ("0% APR for new customers", vec!["0%"]),
            ("Hasta 36 meses para pagar", vec!["36 meses"]),
            ("TAE 7,95 % sin comisiones", vec!["7,95 %"]),
            ("Pay 1,200 USD over a year", vec!["1,200 USD"]),
            ("Only 12 monthly payments", vec!["12 monthly"]),
            ("Desde 5 000 € hasta 60.000€", vec!["000 €", "60.000€"]),
            ("12 cuotas fijas", vec!["12 cuotas"]),
        ];
        for (text, expected) in cases {
            assert_eq!(literal_figures(text), expected, "{text}");
        }
    }

    #[test]
    fn other_numbers_are_not_figures() {
        for text in [
            "Válida hasta el 31 de diciembre de 2026",
            "Respuesta en 24 horas, 7 días a la semana",
            "Open to the first 500 applicants",
            "Llámanos al 55 1234 5678",
        ] {
            assert_eq!(literal_figures(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn placeholders_are_checked_and_filled() {
        let text = "Solo {instalment} a la semana, {rate}. {price} {open";
        assert_eq!(
            check(text),
            vec![
                CopyProblem::UnknownPlaceholder("{price}".into()),
                CopyProblem::UnknownPlaceholder("{open".into()),
            ]
        );
        let filled = fill("Solo {instalment}, {rate}. {x}", |n| match n {
            "instalment" => Some("$ 812.50".into()),
            "rate" => Some("CAT 120.5 % sin IVA".into()),
            _ => None,
        });
        assert_eq!(filled, "Solo $ 812.50, CAT 120.5 % sin IVA. {x}");
        assert!(check("Solo {instalment} a la semana").is_empty());
    }
}
