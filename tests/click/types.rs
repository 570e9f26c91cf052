//! Click's `tests/test_types/`: one submodule per file there.

mod choice;
mod convert_type;
mod file;
mod floatrange;
mod funcparamtype;
mod intrange;
mod paramtype;
mod path;
