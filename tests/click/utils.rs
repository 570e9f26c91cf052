//! Click's `tests/test_utils/`: one submodule per file there.

mod confirm;
mod echo;
mod echo_via_pager;
mod format_filename;
mod make_default_short_help;
mod open_file;
mod prompt;
mod style;
