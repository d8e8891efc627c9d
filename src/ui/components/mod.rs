//! Building blocks of the pages.

mod afford_panel;
mod charts;
mod compare_card;
mod extra_panel;
mod fields;
mod lead_form;
mod lead_panel;
mod lead_status;
mod lead_submit;
mod loan_form;
mod printed_schedule;
mod results;
mod schedule_table;
mod share_panel;
mod site_footer;
mod site_header;

pub use afford_panel::AffordabilityPanel;
pub use charts::Charts;
pub use compare_card::CompareCard;
pub use extra_panel::ExtraPanel;
pub use fields::{SelectField, TextField};
pub use lead_panel::LeadPanel;
pub use loan_form::{LoanForm, ProductPicker};
pub use results::{Representative, Results};
pub use schedule_table::ScheduleTable;
pub use share_panel::SharePanel;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
