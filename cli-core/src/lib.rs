//! clack-core
