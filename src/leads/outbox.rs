//! The durable outbox, as a pure state machine: an [`Entry`] is stored before the first attempt and
//! removed only after a 2xx answer; each attempt's outcome decides whether it is delivered, retried
//! later (network error, timeout, 408, 429, 5xx — see [`super::retry`]) or kept as failed for export
//! (any other 4xx, or an answer that cannot be a success). The browser adapter (`ui/outbox.rs`)
//! stores entries in IndexedDB and runs the attempts; everything it decides comes from here.

use super::retry::{self, Next, Outcome};
use serde::{Deserialize, Serialize};

/// One HTTP request, fully encoded (see [`super::payload`]): what the outbox sends, unchanged, on
/// every attempt — the idempotency key inside it is what lets the receiver drop a repeat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// `POST` or `PUT`.
    pub method: String,
    /// The endpoint.
    pub url: String,
    /// Header names and values, in order.
    pub headers: Vec<(String, String)>,
    /// The body, already encoded in the endpoint's format.
    pub body: String,
    /// How long one attempt may take, in milliseconds.
    pub timeout_ms: u32,
    /// Sent without CORS (`mode: "no-cors"`): the answer cannot be read, so reaching the endpoint
    /// counts as delivered. For endpoints that accept simple form posts but answer no CORS
    /// (Salesforce Web-to-Lead).
    #[serde(default)]
    pub opaque: bool,
}

/// Where an entry stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum EntryState {
    /// Waiting for its next attempt.
    Pending {
        /// Not before this time (milliseconds since the Unix epoch).
        next_at_ms: i64,
        /// What went wrong last time, if an attempt was made.
        last_problem: Option<String>,
    },
    /// Refused for good; kept on the device until exported or discarded.
    Failed {
        /// The HTTP status of the refusal, if there was one.
        status: Option<u16>,
        /// Why, in words for the log and the export.
        reason: String,
    },
}

/// A lead waiting in the outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The lead's id (the IndexedDB key).
    pub id: String,
    /// The request to send.
    pub request: Request,
    /// Attempts made so far.
    pub attempts: u32,
    /// When it was stored (milliseconds since the Unix epoch).
    pub created_at_ms: i64,
    /// Where it stands.
    pub state: EntryState,
}

/// What the person is told about a lead they submitted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// The lender's endpoint accepted it; nothing is kept on the device.
    Sent,
    /// Stored on the device; it will be sent (again) at `next_at_ms` or when the device is online.
    Queued {
        /// Attempts made so far.
        attempts: u32,
        /// When the next one is due.
        next_at_ms: i64,
    },
    /// The endpoint refused it for good; it is kept on the device for export.
    Failed {
        /// The HTTP status of the refusal.
        status: Option<u16>,
    },
}

impl Status {
    /// One status for a lead sent to several endpoints: failed if any entry failed, sent when every
    /// entry was, queued otherwise (an entry not yet known counts as queued).
    pub fn combined(statuses: &[Option<Status>]) -> Status {
        if let Some(f) = statuses
            .iter()
            .flatten()
            .find(|s| matches!(s, Status::Failed { .. }))
        {
            return f.clone();
        }
        if !statuses.is_empty() && statuses.iter().all(|s| *s == Some(Status::Sent)) {
            return Status::Sent;
        }
        let next = statuses
            .iter()
            .flatten()
            .filter_map(|s| match s {
                Status::Queued {
                    attempts,
                    next_at_ms,
                } => Some((*attempts, *next_at_ms)),
                _ => None,
            })
            .max_by_key(|(_, at)| *at)
            .unwrap_or((0, 0));
        Status::Queued {
            attempts: next.0,
            next_at_ms: next.1,
        }
    }
}

/// What the adapter does after an attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Remove the entry: the endpoint has it.
    Delivered,
    /// Store this updated entry (a later retry, or failed for good).
    Keep(Entry),
}

impl Entry {
    /// A new entry, due at once.
    pub fn new(id: String, request: Request, now_ms: i64) -> Entry {
        Entry {
            id,
            request,
            attempts: 0,
            created_at_ms: now_ms,
            state: EntryState::Pending {
                next_at_ms: now_ms,
                last_problem: None,
            },
        }
    }

    /// Whether an attempt should be made at `now_ms`.
    pub fn is_due(&self, now_ms: i64) -> bool {
        matches!(self.state, EntryState::Pending { next_at_ms, .. } if next_at_ms <= now_ms)
    }

    /// The status to show.
    pub fn status(&self) -> Status {
        match &self.state {
            EntryState::Pending { next_at_ms, .. } => Status::Queued {
                attempts: self.attempts,
                next_at_ms: *next_at_ms,
            },
            EntryState::Failed { status, .. } => Status::Failed { status: *status },
        }
    }
}

/// The entry after an attempt with `outcome` at `now_ms`; `random` in [0, 1) spreads retries
/// (full jitter, see [`retry::next`]).
pub fn after_attempt(entry: &Entry, outcome: &Outcome, now_ms: i64, random: f64) -> Step {
    let attempts = entry.attempts.saturating_add(1);
    let state = match retry::next(outcome, attempts, now_ms, random) {
        Next::Done => return Step::Delivered,
        Next::Retry { at_ms } => EntryState::Pending {
            next_at_ms: at_ms,
            last_problem: Some(outcome.to_string()),
        },
        Next::Failed { reason } => EntryState::Failed {
            status: outcome.status(),
            reason,
        },
    };
    Step::Keep(Entry {
        attempts,
        state,
        ..entry.clone()
    })
}

/// Milliseconds from `now_ms` until the earliest pending entry is due (0 if one is overdue); `None`
/// when nothing is pending.
pub fn next_wake(entries: &[Entry], now_ms: i64) -> Option<u64> {
    entries
        .iter()
        .filter_map(|e| match e.state {
            EntryState::Pending { next_at_ms, .. } => Some(next_at_ms),
            EntryState::Failed { .. } => None,
        })
        .min()
        .map(|at| u64::try_from(at.saturating_sub(now_ms)).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> Entry {
        let request = Request {
            method: "POST".into(),
            url: "http://127.0.0.1:8787/leads".into(),
            headers: vec![("Idempotency-Key".into(), "k".into())],
            body: "{}".into(),
            timeout_ms: 10_000,
            opaque: false,
        };
        Entry::new("lead#0".into(), request, 1_000)
    }

    fn answered(status: u16) -> Outcome {
        Outcome::Answered {
            status,
            retry_after: None,
        }
    }

    #[test]
    fn a_new_entry_is_due_at_once_and_queued() {
        let e = entry();
        assert!(e.is_due(1_000) && !e.is_due(999));
        assert_eq!(
            e.status(),
            Status::Queued {
                attempts: 0,
                next_at_ms: 1_000
            }
        );
    }

    #[test]
    fn a_2xx_delivers_and_nothing_else_does() {
        assert_eq!(
            after_attempt(&entry(), &answered(201), 2_000, 0.5),
            Step::Delivered
        );
        assert_eq!(
            after_attempt(&entry(), &Outcome::Opaque, 2_000, 0.5),
            Step::Delivered
        );
    }

    #[test]
    fn failures_keep_the_entry_with_the_same_request_and_key() {
        let e = entry();
        let Step::Keep(next) = after_attempt(&e, &answered(503), 2_000, 1.0) else {
            panic!("kept");
        };
        assert_eq!(
            next.request, e.request,
            "the same idempotency key on every attempt"
        );
        assert_eq!(next.attempts, 1);
        assert_eq!(
            next.state,
            EntryState::Pending {
                next_at_ms: 3_000,
                last_problem: Some("HTTP 503".into())
            }
        );
        assert!(!next.is_due(2_999) && next.is_due(3_000));
        let Step::Keep(failed) = after_attempt(&next, &answered(400), 4_000, 0.0) else {
            panic!("kept");
        };
        assert_eq!(failed.status(), Status::Failed { status: Some(400) });
        assert!(
            !failed.is_due(i64::MAX),
            "a failed entry is kept, never retried"
        );
    }

    #[test]
    fn the_outbox_wakes_for_the_earliest_pending_entry() {
        let a = entry();
        let Step::Keep(b) = after_attempt(&a, &Outcome::Timeout, 1_000, 1.0) else {
            panic!("kept");
        };
        let Step::Keep(c) = after_attempt(&a, &answered(404), 1_000, 1.0) else {
            panic!("kept");
        };
        assert_eq!(next_wake(&[b.clone(), c.clone()], 1_200), Some(800));
        assert_eq!(next_wake(&[a, b], 5_000), Some(0));
        assert_eq!(next_wake(&[c], 0), None);
        assert_eq!(next_wake(&[], 0), None);
    }

    #[test]
    fn a_lead_sent_to_several_endpoints_has_one_status() {
        let q = |at| {
            Some(Status::Queued {
                attempts: 1,
                next_at_ms: at,
            })
        };
        let failed = Status::Failed { status: Some(400) };
        assert_eq!(
            Status::combined(&[Some(Status::Sent), Some(Status::Sent)]),
            Status::Sent
        );
        assert_eq!(
            Status::combined(&[Some(Status::Sent), q(5), q(9)]),
            q(9).unwrap()
        );
        assert_eq!(
            Status::combined(&[Some(Status::Sent), None]),
            Status::Queued {
                attempts: 0,
                next_at_ms: 0
            }
        );
        assert_eq!(Status::combined(&[q(5), Some(failed.clone())]), failed);
        assert_eq!(
            Status::combined(&[]),
            Status::Queued {
                attempts: 0,
                next_at_ms: 0
            }
        );
    }

    #[test]
    fn entries_survive_a_round_trip_through_storage() {
        let e = entry();
        let text = serde_json::to_string(&e).unwrap();
        assert_eq!(serde_json::from_str::<Entry>(&text).unwrap(), e);
    }
}
