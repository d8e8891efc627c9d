//! What the person typed, turned into engine terms, and the engine's answer.
//!
//! The UI keeps the typed text in signals and calls [`QuickSimulation::evaluate`]; every rule about
//! which values are acceptable lives here, tested natively.

mod quick;

pub use quick::{Field, FieldError, QuickOutcome, QuickSimulation};
