//! Cuota: an exact loan simulator.
//!
//! - [`finance`]: the engine (pure Rust on `rust_decimal`, no web dependencies).
//! - `ui` (wasm32 only): the Leptos application.
pub mod finance;

#[cfg(target_arch = "wasm32")]
pub mod ui;
