//! Leads: a simulation becomes a lead only with the person's consent, and a submitted lead reaches
//! the lender's endpoints exactly once — stored first, retried with backoff, de-duplicated by its
//! idempotency key.
//!
//! Everything here is pure and tested natively: contact rules ([`contact`]), consent records
//! ([`consent`]), anti-spam ([`spam`]), qualification ([`qualify`]), attribution ([`attribution`]),
//! the payload ([`lead`]) and its wire formats ([`format`]), endpoints ([`config`]), the retry
//! policy ([`retry`]) and the outbox's state machine ([`outbox`]). The browser side (IndexedDB,
//! fetch, Web Locks) is a thin adapter in `ui/outbox.rs`.

pub mod attribution;
pub mod config;
pub mod consent;
pub mod contact;
pub mod format;
pub mod lead;
pub mod outbox;
pub mod qualify;
pub mod retry;
pub mod spam;
pub mod submit;
