//! clack-derive
