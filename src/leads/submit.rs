//! From a submitted form to outbox entries: build the lead, decide whether it is sent (qualified,
//! or the lender takes not-qualified leads flagged), and encode one entry per endpoint.

use super::attribution::Attribution;
use super::config::LeadsConfig;
use super::consent::ConsentRecord;
use super::contact::Contact;
use super::format::encode;
use super::lead::{LEAD_FORMAT_VERSION, Lead, SimulationSummary, uuid_v4};
use super::outbox::Entry;
use super::qualify::{Qualification, Status, qualify};
use crate::config::{LoanChoice, Product};
use crate::finance::affordability::{Assessment, Household};
use crate::finance::quote::Quote;
use crate::i18n::Locale;
use crate::simulation::loan::quote_request;

/// Everything a lead is made of.
pub struct Submission<'a> {
    /// The product.
    pub product: &'a Product,
    /// The loan asked for.
    pub choice: &'a LoanChoice,
    /// Its quote.
    pub quote: &'a Quote,
    /// Accepted contact details.
    pub contact: Contact,
    /// The consent record.
    pub consent: ConsentRecord,
    /// The household, monthly, if the person gave it.
    pub household: Option<&'a Household>,
    /// The affordability assessment of the loan, if the household was given.
    pub assessment: Option<&'a Assessment>,
    /// Attribution.
    pub attribution: Attribution,
    /// The page's locale.
    pub locale: Locale,
    /// The link that reopens the simulation.
    pub link: String,
    /// Now, RFC 3339 UTC.
    pub now: String,
    /// 32 random bytes: the lead id and the idempotency key.
    pub random: [u8; 32],
}

/// Builds the lead of `s`.
pub fn build_lead(s: Submission<'_>) -> Lead {
    let (id, key) = s.random.split_at(16);
    let to16 = |b: &[u8]| {
        let mut out = [0u8; 16];
        out.copy_from_slice(b);
        out
    };
    let qualification = qualify(s.product, s.household, s.assessment, s.contact.age);
    Lead {
        version: LEAD_FORMAT_VERSION,
        lead_id: uuid_v4(to16(id)),
        idempotency_key: uuid_v4(to16(key)),
        created_at: s.now,
        locale: s.locale.tag().into(),
        contact: s.contact,
        simulation: SimulationSummary::new(
            &s.product.id,
            s.product.name.get(s.locale),
            &s.product.currency,
            quote_request(s.product, s.choice),
            s.quote,
            &s.link,
        ),
        qualification,
        consent: s.consent,
        attribution: s.attribution,
    }
}

/// What happens to a lead.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// Store and deliver these entries (one per endpoint).
    Send(Vec<Entry>),
    /// Not sent: the lead does not qualify and the lender takes only qualified leads; show advice.
    Advise(Qualification),
}

/// Decides what happens to `lead` under `config` at `now_ms`.
pub fn decide(
    lead: &Lead,
    config: &LeadsConfig,
    now_ms: i64,
) -> Result<Decision, serde_json::Error> {
    if lead.qualification.status == Status::NotQualified && !config.send_not_qualified {
        return Ok(Decision::Advise(lead.qualification.clone()));
    }
    let entries = config
        .endpoints
        .iter()
        .enumerate()
        .map(|(i, e)| {
            Ok(Entry::new(
                format!("{}#{i}", lead.lead_id),
                encode(lead, e)?,
                now_ms,
            ))
        })
        .collect::<Result<Vec<_>, serde_json::Error>>()?;
    Ok(Decision::Send(entries))
}

#[cfg(test)]
pub(crate) mod fixture;
#[cfg(test)]
mod tests;
