//! Anti-spam without third parties: a honeypot field people never see, and a minimum time between
//! opening the page and sending. A submission that trips either gets the same "sent" answer as a
//! real one, and nothing is stored or sent.

/// Least time, in milliseconds, a person takes from opening the page to sending the form.
pub const MIN_FILL_MS: f64 = 2_500.0;

/// Whether a submission looks automated: the hidden field was filled, or it came sooner than
/// [`MIN_FILL_MS`] after the page opened (or the clock reads nonsense).
pub fn looks_automated(honeypot: &str, elapsed_ms: f64) -> bool {
    !honeypot.is_empty() || !elapsed_ms.is_finite() || elapsed_ms < MIN_FILL_MS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_filled_honeypot_or_a_too_fast_submission_is_a_bot() {
        assert!(!looks_automated("", 12_000.0));
        assert!(looks_automated("http://spam.example", 12_000.0));
        assert!(looks_automated("", 400.0));
        assert!(looks_automated("", f64::NAN));
        assert!(!looks_automated("", MIN_FILL_MS));
    }
}
