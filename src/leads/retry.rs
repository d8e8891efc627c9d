//! When to try a delivery again: exponential backoff with jitter on network errors, timeouts, 408,
//! 429 and 5xx answers, honouring `Retry-After` (RFC 9110 §10.2.3, delta-seconds or an HTTP-date);
//! any other answer outside 2xx is a permanent failure. There is no attempt limit: a lead is never
//! dropped, only delayed (at most [`CAP_MS`] between attempts) or kept as failed for export.

use crate::finance::Date;
use std::fmt;

/// First retry delay: 1 s.
pub const BASE_MS: i64 = 1_000;
/// Longest delay between attempts: 5 minutes.
pub const CAP_MS: i64 = 300_000;

/// What one attempt gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The endpoint answered with `status`, maybe with a `Retry-After` header.
    Answered {
        /// HTTP status.
        status: u16,
        /// The `Retry-After` header's text, if any.
        retry_after: Option<String>,
    },
    /// The request reached the endpoint but, sent without CORS, its answer cannot be read.
    Opaque,
    /// No answer within the endpoint's timeout.
    Timeout,
    /// The request did not reach the endpoint (offline, DNS, refused connection, CORS).
    Network(String),
}

impl Outcome {
    /// The HTTP status, when there was an answer.
    pub fn status(&self) -> Option<u16> {
        match self {
            Outcome::Answered { status, .. } => Some(*status),
            _ => None,
        }
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Answered { status, .. } => write!(f, "HTTP {status}"),
            Outcome::Opaque => write!(f, "sent (answer not readable)"),
            Outcome::Timeout => write!(f, "timeout"),
            Outcome::Network(m) if m.is_empty() => write!(f, "network error"),
            Outcome::Network(m) => write!(f, "network error: {m}"),
        }
    }
}

/// What to do after an attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// Delivered (2xx).
    Done,
    /// Try again at this time (milliseconds since the Unix epoch).
    Retry {
        /// When.
        at_ms: i64,
    },
    /// Refused for good.
    Failed {
        /// Why.
        reason: String,
    },
}

/// The delay before retry number `attempts` (1 after the first failure): half of
/// `min(CAP, BASE·2^(attempts−1))` plus up to the other half at random ("equal jitter"), so tabs and
/// devices that failed together do not retry together, and no retry comes sooner than half the step.
pub fn backoff_ms(attempts: u32, random: f64) -> i64 {
    let exponent = attempts.saturating_sub(1).min(20);
    let step = BASE_MS.saturating_mul(1i64 << exponent).min(CAP_MS);
    let random = if random.is_finite() {
        random.clamp(0.0, 1.0)
    } else {
        0.5
    };
    step / 2 + (random * (step / 2) as f64) as i64
}

/// The decision after attempt number `attempts` gave `outcome` at `now_ms`.
pub fn next(outcome: &Outcome, attempts: u32, now_ms: i64, random: f64) -> Next {
    let retry = |minimum: Option<i64>| Next::Retry {
        at_ms: now_ms.saturating_add(backoff_ms(attempts, random).max(minimum.unwrap_or(0))),
    };
    match outcome {
        Outcome::Answered {
            status: 200..=299, ..
        }
        | Outcome::Opaque => Next::Done,
        Outcome::Answered {
            status,
            retry_after,
        } if *status == 408 || *status == 429 || *status >= 500 => {
            let asked = retry_after
                .as_deref()
                .and_then(|v| retry_after_ms(v, now_ms))
                .map(|ms| ms.min(CAP_MS * 12));
            retry(asked)
        }
        Outcome::Answered { status, .. } => Next::Failed {
            reason: format!("the endpoint refused the lead (HTTP {status})"),
        },
        Outcome::Timeout | Outcome::Network(_) => retry(None),
    }
}

/// Milliseconds to wait that a `Retry-After` value asks for: delta-seconds (`120`) or an IMF-fixdate
/// (`Sun, 06 Nov 1994 08:49:37 GMT`, RFC 9110 §5.6.7) relative to `now_ms`. `None` if unreadable.
pub fn retry_after_ms(value: &str, now_ms: i64) -> Option<i64> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return value.parse::<i64>().ok().map(|s| s.saturating_mul(1000));
    }
    http_date_ms(value).map(|at| at.saturating_sub(now_ms).max(0))
}

/// Milliseconds since the Unix epoch of an IMF-fixdate.
fn http_date_ms(value: &str) -> Option<i64> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let (_, rest) = value.split_once(", ")?;
    let parts: Vec<&str> = rest.split(' ').collect();
    let [day, month, year, time, "GMT"] = parts.as_slice() else {
        return None;
    };
    let month = MONTHS.iter().position(|m| m == month)? + 1;
    let date = Date::new(
        year.parse().ok()?,
        u8::try_from(month).ok()?,
        day.parse().ok()?,
    )
    .ok()?;
    let hms: Vec<i64> = time
        .split(':')
        .map(|t| t.parse().ok())
        .collect::<Option<_>>()?;
    let [h, m, s] = hms.as_slice() else {
        return None;
    };
    if *h > 23 || *m > 59 || *s > 60 {
        return None;
    }
    let days = Date::UNIX_EPOCH.days_until(date);
    Some(((days * 24 + h) * 60 + m) * 60_000 + s * 1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answered(status: u16, retry_after: Option<&str>) -> Outcome {
        Outcome::Answered {
            status,
            retry_after: retry_after.map(str::to_string),
        }
    }

    #[test]
    fn backoff_doubles_from_one_second_to_five_minutes_with_jitter() {
        assert_eq!(backoff_ms(1, 0.0), 500);
        assert_eq!(backoff_ms(1, 1.0), 1000);
        assert_eq!(backoff_ms(2, 0.0), 1000);
        assert_eq!(backoff_ms(4, 0.5), 6000);
        assert_eq!(backoff_ms(30, 1.0), CAP_MS);
        assert_eq!(backoff_ms(u32::MAX, 0.0), CAP_MS / 2);
        assert_eq!(backoff_ms(1, f64::NAN), 750);
    }

    #[test]
    fn success_ends_and_client_errors_fail_for_good() {
        assert_eq!(next(&answered(204, None), 1, 0, 0.5), Next::Done);
        for status in [400, 401, 403, 404, 409, 422, 301] {
            assert!(
                matches!(
                    next(&answered(status, None), 1, 0, 0.5),
                    Next::Failed { .. }
                ),
                "{status}"
            );
        }
    }

    #[test]
    fn network_errors_timeouts_408_429_and_5xx_are_retried() {
        for o in [
            Outcome::Timeout,
            Outcome::Network("offline".into()),
            answered(408, None),
            answered(429, None),
            answered(500, None),
            answered(503, None),
        ] {
            assert_eq!(
                next(&o, 3, 10_000, 0.0),
                Next::Retry { at_ms: 12_000 },
                "{o}"
            );
        }
    }

    #[test]
    fn retry_after_is_honoured_as_a_minimum() {
        assert_eq!(
            next(&answered(429, Some("7")), 1, 1_000, 1.0),
            Next::Retry { at_ms: 8_000 }
        );
        // A shorter Retry-After than the backoff does not shorten it.
        assert_eq!(
            next(&answered(503, Some("1")), 5, 0, 1.0),
            Next::Retry { at_ms: 16_000 }
        );
        assert_eq!(
            next(&answered(429, Some("soon")), 1, 0, 1.0),
            Next::Retry { at_ms: 1_000 }
        );
    }

    #[test]
    fn http_dates_are_read_as_rfc_9110_writes_them() {
        // 1994-11-06T08:49:37Z is 784111777 s after the epoch (RFC 9110's own example date).
        assert_eq!(
            http_date_ms("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(784_111_777_000)
        );
        assert_eq!(
            retry_after_ms("Sun, 06 Nov 1994 08:49:37 GMT", 784_111_770_000),
            Some(7_000)
        );
        assert_eq!(
            retry_after_ms("Sun, 06 Nov 1994 08:49:37 GMT", 784_111_790_000),
            Some(0)
        );
        assert_eq!(retry_after_ms("Sunday, 06-Nov-94 08:49:37 GMT", 0), None);
        assert_eq!(retry_after_ms("120", 0), Some(120_000));
        assert_eq!(retry_after_ms("-5", 0), None);
    }
}
