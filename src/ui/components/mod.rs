//! Building blocks of the pages.

mod number_field;
mod quick_simulator;
mod site_footer;
mod site_header;

pub use number_field::NumberField;
pub use quick_simulator::QuickSimulator;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
