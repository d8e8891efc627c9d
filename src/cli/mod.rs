//! The native `cuota` command's logic, kept in the library so it is tested like the rest; the binary
//! (`src/bin/cuota.rs`) only connects it to the process's arguments and streams.

pub mod args;
pub mod check_config;
pub mod eval;
mod functions;
pub mod quote;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;

pub use functions::FUNCTIONS;
