//! Click's `tests/test_utils/`: one submodule per file there.

mod confirm;
mod echo;
mod format_filename;
mod make_default_short_help;
mod open_file;
mod prompt;
mod style;
