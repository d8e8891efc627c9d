//! The pages of the site.

mod catalog_error;
mod simulator;

pub use catalog_error::{CatalogFetchError, CatalogInvalid};
pub use simulator::SimulatorPage;
