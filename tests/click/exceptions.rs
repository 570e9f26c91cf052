//! Click's `tests/test_exceptions/`.

mod fileerror;
