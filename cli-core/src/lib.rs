//! clack-core

pub mod help;
