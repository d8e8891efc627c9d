//! The person's contact details as typed in the lead form, and the rules that accept them. Text is
//! kept exactly as typed (never escaped or trimmed in the lead: HTML or script in a field is data);
//! the rules look at it trimmed.

use crate::i18n::{Locale, Msg};
use crate::simulation::fields::parse_whole;
use crate::simulation::{Field, FieldMessage};
use serde::{Deserialize, Serialize};

/// Longest name accepted, in characters.
pub const MAX_NAME: usize = 120;
/// Longest message accepted, in characters.
pub const MAX_MESSAGE: usize = 2000;
/// Longest email address (RFC 5321 §4.5.3.1.3 path limit less the angle brackets).
pub const MAX_EMAIL: usize = 254;

/// When the person prefers to be called.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContactTime {
    /// Any time.
    #[default]
    Any,
    /// Mornings.
    Morning,
    /// Afternoons.
    Afternoon,
    /// Evenings.
    Evening,
}

impl ContactTime {
    /// Every choice, in the order offered.
    pub const ALL: [ContactTime; 4] = [
        ContactTime::Any,
        ContactTime::Morning,
        ContactTime::Afternoon,
        ContactTime::Evening,
    ];

    /// Its stable key (`any`, `morning`, …).
    pub fn key(self) -> &'static str {
        match self {
            ContactTime::Any => "any",
            ContactTime::Morning => "morning",
            ContactTime::Afternoon => "afternoon",
            ContactTime::Evening => "evening",
        }
    }

    /// The choice with `key`; anything else is [`ContactTime::Any`].
    pub fn from_key(key: &str) -> ContactTime {
        Self::ALL
            .into_iter()
            .find(|t| t.key() == key)
            .unwrap_or_default()
    }
}

/// The form's fields as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ContactInput {
    /// Full name.
    pub name: String,
    /// Phone number.
    pub phone: String,
    /// Email address.
    pub email: String,
    /// Preferred contact time.
    pub contact_time: ContactTime,
    /// Optional message.
    pub message: String,
    /// Age in years, optional (some products have age limits).
    pub age: String,
}

/// Accepted contact details: at least one of phone and email.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Contact {
    /// Full name, as typed.
    pub name: String,
    /// Phone number as typed, if given.
    pub phone: Option<String>,
    /// Email address as typed, if given.
    pub email: Option<String>,
    /// Preferred contact time.
    pub contact_time: ContactTime,
    /// The person's message, as typed, if any.
    pub message: Option<String>,
    /// Age in years, if given.
    pub age: Option<u8>,
}

/// Checks `input`: a name; at least one contact (phone or email), each well formed; a message
/// within its length. Every problem is returned, each beside its field.
pub fn check_contact(input: &ContactInput, locale: Locale) -> Result<Contact, Vec<FieldMessage>> {
    let mut problems = Vec::new();
    let name = input.name.trim();
    if name.is_empty() {
        problems.push(FieldMessage::error(Field::LeadName, Msg::ErrNameRequired));
    } else if name.chars().count() > MAX_NAME {
        problems.push(FieldMessage::error(
            Field::LeadName,
            Msg::ErrTextTooLong(MAX_NAME),
        ));
    }
    let phone = optional(&input.phone);
    let email = optional(&input.email);
    if phone.is_none() && email.is_none() {
        problems.push(FieldMessage::error(
            Field::LeadPhone,
            Msg::ErrContactRequired,
        ));
    }
    if phone.is_some_and(|p| !is_phone(p)) {
        problems.push(FieldMessage::error(Field::LeadPhone, Msg::ErrPhone));
    }
    if email.is_some_and(|e| !is_email(e)) {
        problems.push(FieldMessage::error(Field::LeadEmail, Msg::ErrEmail));
    }
    if input.message.chars().count() > MAX_MESSAGE {
        problems.push(FieldMessage::error(
            Field::LeadMessage,
            Msg::ErrTextTooLong(MAX_MESSAGE),
        ));
    }
    let age = match check_age(&input.age, locale) {
        Ok(age) => age,
        Err(m) => {
            problems.push(m);
            None
        }
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Contact {
        name: input.name.clone(),
        phone: phone.map(|_| input.phone.clone()),
        email: email.map(|_| input.email.clone()),
        contact_time: input.contact_time,
        message: optional(&input.message).map(|_| input.message.clone()),
        age,
    })
}

/// An optional age in whole years, typed in `locale`: 1 to 120.
pub fn check_age(text: &str, locale: Locale) -> Result<Option<u8>, FieldMessage> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let age = parse_whole(text, locale).map_err(|m| FieldMessage::error(Field::LeadAge, m))?;
    u8::try_from(age)
        .ok()
        .filter(|a| (1..=120).contains(a))
        .map(Some)
        .ok_or(FieldMessage::error(Field::LeadAge, Msg::ErrAge))
}

fn optional(text: &str) -> Option<&str> {
    Some(text.trim()).filter(|t| !t.is_empty())
}

/// A phone number as people write one: digits with spaces, dots, hyphens and parentheses, an
/// optional leading `+`; 7 to 15 digits (ITU-T E.164 allows at most 15).
pub fn is_phone(text: &str) -> bool {
    let text = text.trim();
    let body = text.strip_prefix('+').unwrap_or(text);
    let allowed = body
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '(' | ')'));
    let digits = body.chars().filter(char::is_ascii_digit).count();
    allowed && (7..=15).contains(&digits)
}

/// An email address in the practical form of RFC 5322's addr-spec: one `@`; a local part of 1–64
/// characters without spaces, quotes, angle brackets or leading, trailing or double dots; a domain
/// of at least two dot-separated labels of letters, digits and inner hyphens, the last at least two
/// characters long; 254 characters at most.
pub fn is_email(text: &str) -> bool {
    let text = text.trim();
    if text.chars().count() > MAX_EMAIL {
        return false;
    }
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let local_ok = (1..=64).contains(&local.chars().count())
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && !"@\"<>()[]\\,;:".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.chars().count() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels.last().is_some_and(|tld| tld.chars().count() >= 2);
    local_ok && domain_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(name: &str, phone: &str, email: &str) -> ContactInput {
        ContactInput {
            name: name.into(),
            phone: phone.into(),
            email: email.into(),
            ..ContactInput::default()
        }
    }

    fn check_contact_en(i: &ContactInput) -> Result<Contact, Vec<FieldMessage>> {
        check_contact(i, Locale::EnUs)
    }

    #[test]
    fn an_age_is_optional_and_between_1_and_120() {
        assert_eq!(check_age("", Locale::EsMx), Ok(None));
        assert_eq!(check_age(" 34 ", Locale::EsMx), Ok(Some(34)));
        assert_eq!(check_age("130", Locale::EsMx).unwrap_err().msg, Msg::ErrAge);
        assert_eq!(check_age("0", Locale::EsMx).unwrap_err().msg, Msg::ErrAge);
        assert_eq!(
            check_age("3.5", Locale::EnUs).unwrap_err().msg,
            Msg::ErrNotWhole
        );
        assert_eq!(
            check_age("-4", Locale::EnUs).unwrap_err().field,
            Field::LeadAge
        );
    }

    fn fields(r: Result<Contact, Vec<FieldMessage>>) -> Vec<(Field, Msg)> {
        r.err()
            .unwrap_or_default()
            .into_iter()
            .map(|m| (m.field, m.msg))
            .collect()
    }

    #[test]
    fn phones_as_people_write_them() {
        for ok in [
            "+52 55 1234 5678",
            "(555) 123-4567",
            "612.345.678",
            "5512345678",
        ] {
            assert!(is_phone(ok), "{ok}");
        }
        for bad in [
            "12345",
            "+52 55 1234 5678 9012",
            "55-ABC-1234",
            "++5512345678",
            "55 1234 5678 ext 2",
        ] {
            assert!(!is_phone(bad), "{bad}");
        }
    }

    #[test]
    fn emails_in_their_practical_form() {
        for ok in [
            "ana@example.com",
            "ana.lopez+sim@correo.example.mx",
            "josé@dominio.es",
            "a@b.co",
        ] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in [
            "ana",
            "ana@",
            "@example.com",
            "ana@example",
            "ana@@example.com",
            "ana lopez@example.com",
            ".ana@example.com",
            "ana..lopez@example.com",
            "ana@-example.com",
            "ana@example.c",
            "<script>@example.com",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn a_name_and_one_way_to_reach_the_person_are_required() {
        assert_eq!(
            fields(check_contact_en(&input(" ", "", ""))),
            vec![
                (Field::LeadName, Msg::ErrNameRequired),
                (Field::LeadPhone, Msg::ErrContactRequired)
            ]
        );
        assert_eq!(
            fields(check_contact_en(&input("Ana", "12", "ana@"))),
            vec![
                (Field::LeadPhone, Msg::ErrPhone),
                (Field::LeadEmail, Msg::ErrEmail)
            ]
        );
        let ok = check_contact_en(&input("Ana", "", "ana@example.com")).unwrap();
        assert_eq!(
            (ok.phone, ok.email.as_deref()),
            (None, Some("ana@example.com"))
        );
    }

    #[test]
    fn text_is_kept_exactly_as_typed() {
        let mut i = input(
            "<b>Ana</b> \"O'Brien\" <script>alert(1)</script>",
            "+52 55 1234 5678",
            "",
        );
        i.message = "  <img src=x onerror=alert(1)> & ñ  ".into();
        let c = check_contact_en(&i).unwrap();
        assert_eq!(c.name, i.name);
        assert_eq!(c.message.as_deref(), Some(i.message.as_str()));
        assert_eq!(c.phone.as_deref(), Some("+52 55 1234 5678"));
    }

    #[test]
    fn long_texts_are_refused_with_their_limit() {
        let mut i = input(&"a".repeat(MAX_NAME + 1), "5512345678", "");
        i.message = "m".repeat(MAX_MESSAGE + 1);
        assert_eq!(
            fields(check_contact_en(&i)),
            vec![
                (Field::LeadName, Msg::ErrTextTooLong(MAX_NAME)),
                (Field::LeadMessage, Msg::ErrTextTooLong(MAX_MESSAGE))
            ]
        );
    }
}
