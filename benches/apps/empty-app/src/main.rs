//! The baseline for binary sizes: a program that does nothing.

fn main() {}
