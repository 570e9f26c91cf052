//! Click's `tests/test_types/test_ParamType.py`.

use std::ffi::OsString;

use clack::{Context, Error, ParamType};

/// A type of its own: only `name` and `convert` are required.
struct Doubling;

impl ParamType for Doubling {
    type Value = i64;

    fn name(&self) -> String {
        "doubling".into()
    }

    fn convert(&self, value: OsString, _ctx: Option<&Context>) -> Result<i64, Error> {
        let text = value.to_string_lossy();
        text.parse::<i64>()
            .map(|n| n * 2)
            .map_err(|_| Error::bad_parameter(format!("{text:?} is not a number")))
    }
}

/// Click calls the type (`doubling("21")`, and `doubling(None)` is `None`);
/// clack converts through `convert`, and an absent value never reaches it.
#[test]
fn param_type_subclass_omitting_input_parameter() {
    assert_eq!(Doubling.convert("21".into(), None).unwrap(), 42);
    assert_eq!(Doubling.name(), "doubling");
}
