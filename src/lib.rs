//! clack
