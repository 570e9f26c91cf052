//! clack-core

#[path = "types/datetime_parse.rs"]
pub mod datetime_parse;
