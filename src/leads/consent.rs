//! Consent: granular, never pre-ticked, and recorded with the exact text the person saw. Without
//! consent to be contacted about the simulation there is no lead (GDPR art. 6(1)(a) and 7(1): the
//! controller must be able to show what was consented to; LFPDPPP art. 8 in Mexico). Seeing a
//! simulation never needs consent.

use super::config::PrivacyNotice;
use crate::i18n::{Locale, Msg, text};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// What the person may agree to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// Be contacted about this simulation (required for a lead).
    Contact,
    /// Receive offers and news.
    Marketing,
}

/// The boxes as ticked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ConsentChoice {
    /// "Contact me about this simulation."
    pub contact: bool,
    /// "Send me offers and news."
    pub marketing: bool,
}

/// What was consented to, when, in which words: kept with the lead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct ConsentRecord {
    /// The purposes agreed to.
    pub purposes: Vec<Purpose>,
    /// The consent text shown, exactly (both boxes' labels and the privacy sentence).
    pub text: String,
    /// SHA-256 of `text` (UTF-8), lowercase hex: proves which wording was shown.
    pub text_sha256: String,
    /// Version of the privacy notice linked beside the boxes.
    pub privacy_notice_version: String,
    /// The privacy notice's address as shown.
    pub privacy_notice_url: String,
    /// When the form was sent (RFC 3339, UTC).
    pub given_at: String,
    /// The language the text was shown in (BCP 47 tag).
    pub locale: String,
}

/// The consent text as the form shows it in `locale`, one sentence per line.
pub fn shown_text(locale: Locale) -> String {
    [
        Msg::ConsentContact,
        Msg::ConsentMarketing,
        Msg::ConsentPrivacy,
    ]
    .iter()
    .map(|m| text(locale, m))
    .collect::<Vec<_>>()
    .join("\n")
}

/// The record of `choice`, or `None` when the person did not agree to be contacted (no lead then).
pub fn record(
    choice: ConsentChoice,
    locale: Locale,
    notice: &PrivacyNotice,
    given_at: &str,
) -> Option<ConsentRecord> {
    if !choice.contact {
        return None;
    }
    let mut purposes = vec![Purpose::Contact];
    if choice.marketing {
        purposes.push(Purpose::Marketing);
    }
    let text = shown_text(locale);
    let digest = Sha256::digest(text.as_bytes());
    Some(ConsentRecord {
        purposes,
        text_sha256: digest.iter().map(|b| format!("{b:02x}")).collect(),
        text,
        privacy_notice_version: notice.version.clone(),
        privacy_notice_url: notice.url.get(locale).to_string(),
        given_at: given_at.to_string(),
        locale: locale.tag().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Localized;

    fn notice() -> PrivacyNotice {
        PrivacyNotice {
            url: Localized(
                [("es".into(), "https://example.com/privacidad".into())]
                    .into_iter()
                    .collect(),
            ),
            version: "2026-11".into(),
        }
    }

    #[test]
    fn no_consent_to_be_contacted_means_no_lead() {
        let only_marketing = ConsentChoice {
            contact: false,
            marketing: true,
        };
        assert_eq!(
            record(
                only_marketing,
                Locale::EsMx,
                &notice(),
                "2026-11-23T10:00:00Z"
            ),
            None
        );
    }

    #[test]
    fn the_record_keeps_the_exact_words_and_their_hash() {
        let both = ConsentChoice {
            contact: true,
            marketing: true,
        };
        let r = record(both, Locale::EsMx, &notice(), "2026-11-23T10:00:00Z").unwrap();
        assert_eq!(r.purposes, vec![Purpose::Contact, Purpose::Marketing]);
        assert_eq!(r.text, shown_text(Locale::EsMx));
        assert_eq!(r.text.lines().count(), 3);
        let hex = |bytes: &[u8]| bytes.iter().map(|b| format!("{b:02x}")).collect::<String>();
        assert_eq!(r.text_sha256, hex(&Sha256::digest(r.text.as_bytes())));
        let en = record(both, Locale::EnUs, &notice(), "2026-11-23T10:00:00Z").unwrap();
        assert_ne!(en.text_sha256, r.text_sha256);
        assert_eq!(
            hex(&Sha256::digest(b"abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            "FIPS 180-2 appendix B.1 test vector"
        );
        assert_eq!(
            (r.locale.as_str(), r.privacy_notice_version.as_str()),
            ("es-MX", "2026-11")
        );
        assert_eq!(r.privacy_notice_url, "https://example.com/privacidad");
    }
}
