//! What the person chose and typed, turned into engine terms, and the engine's answers ready to show.
//!
//! The UI keeps the typed text in signals and calls these functions from memos; every rule about which
//! values are acceptable, how a link encodes a simulation and what each jurisdiction discloses lives
//! here, tested natively.

pub mod afford;
pub mod campaign;
pub mod chart;
pub mod compare;
pub mod disclosure;
pub mod extra;
pub mod fields;
pub mod input;
pub mod loan;
pub mod query;
pub mod route;
pub mod share;
pub mod summary;

pub use fields::{Field, FieldMessage, Severity};
pub use input::{ExtraInput, HouseholdInput, SimulationInput};
pub use loan::Checked;
