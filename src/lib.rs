//! Cuota: an exact loan simulator.
//!
//! - [`finance`]: the engine (pure Rust on `rust_decimal`, no web dependencies).
//! - [`i18n`]: locales, locale-aware numbers and the message catalogue.
//! - [`simulation`]: typed inputs turned into engine terms and results.
//! - `ui` (wasm32 only): the Leptos application; it wires signals to the modules above.
pub mod cli;
pub mod config;
pub mod finance;
pub mod i18n;
pub mod leads;
pub mod simulation;

#[cfg(target_arch = "wasm32")]
pub mod ui;
