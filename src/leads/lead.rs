//! The lead: who (contact and consent), what (the simulation, exactly enough for the back office to
//! recompute it with `cuota quote`), whether it qualifies, and where it came from. Its JSON shape is
//! published as `schemas/lead.schema.json` and versioned.

use super::attribution::Attribution;
use super::consent::ConsentRecord;
use super::contact::Contact;
use super::qualify::Qualification;
use crate::finance::Date;
use crate::finance::apr::AprConvention;
use crate::finance::quote::{Quote, QuoteRequest, Totals};
use rust_decimal::Decimal;
use serde::Serialize;

/// Version of the lead payload.
pub const LEAD_FORMAT_VERSION: u32 = 1;

/// The simulation the lead asks about.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct SimulationSummary {
    /// Product id in the catalogue.
    pub product_id: String,
    /// Product name as shown to the person.
    pub product_name: String,
    /// ISO 4217 currency.
    pub currency: String,
    /// The request the quote was computed from: `cuota quote` reproduces the quote from it.
    pub request: QuoteRequest,
    /// The regular instalment.
    pub instalment: Decimal,
    /// Number of payments.
    pub payments: usize,
    /// Date of the last payment.
    pub last_payment_date: Date,
    /// The legal rate's convention.
    pub rate_convention: AprConvention,
    /// The legal rate as disclosed (a fraction, rounded as the rule says).
    pub rate: Decimal,
    /// Totals of the quote.
    pub totals: Totals,
    /// Version of the engine that computed it.
    pub engine_version: String,
    /// The link that reopens the simulation.
    pub link: String,
}

impl SimulationSummary {
    /// The summary of `quote`, computed from `request`.
    pub fn new(
        product_id: &str,
        product_name: &str,
        currency: &str,
        request: QuoteRequest,
        quote: &Quote,
        link: &str,
    ) -> SimulationSummary {
        SimulationSummary {
            product_id: product_id.into(),
            product_name: product_name.into(),
            currency: currency.into(),
            request,
            instalment: quote.instalment,
            payments: quote.payments,
            last_payment_date: quote.last_payment_date,
            rate_convention: quote.rate.convention,
            rate: quote.rate.disclosed(),
            totals: quote.totals.clone(),
            engine_version: quote.engine_version.into(),
            link: link.into(),
        }
    }
}

/// A lead.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Lead {
    /// Payload version ([`LEAD_FORMAT_VERSION`]).
    pub version: u32,
    /// The lead's id (UUID v4).
    pub lead_id: String,
    /// Key under which receivers drop repeats of this lead (UUID v4; also the `Idempotency-Key`
    /// header of the JSON format).
    pub idempotency_key: String,
    /// When the person sent it (RFC 3339, UTC).
    pub created_at: String,
    /// The page's language (BCP 47).
    pub locale: String,
    /// Contact details, as typed.
    pub contact: Contact,
    /// The simulation.
    pub simulation: SimulationSummary,
    /// Qualification with reasons.
    pub qualification: Qualification,
    /// Consent, with the exact words shown.
    pub consent: ConsentRecord,
    /// Where it came from.
    pub attribution: Attribution,
}

/// A UUID version 4 (RFC 9562 §5.4) from 16 random bytes, in its lowercase hyphenated form.
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_have_version_4_and_the_rfc_variant() {
        let id = uuid_v4([0xff; 16]);
        assert_eq!(id, "ffffffff-ffff-4fff-bfff-ffffffffffff");
        let id = uuid_v4([0; 16]);
        assert_eq!(id, "00000000-0000-4000-8000-000000000000");
        assert_eq!(id.len(), 36);
    }
}
