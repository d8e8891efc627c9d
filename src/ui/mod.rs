//! The Leptos application (wasm32 only).
