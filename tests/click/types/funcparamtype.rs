//! Click's `tests/test_types/test_FuncParamType.py`.

use std::str::FromStr;

use clack::ParamType;
use clack::types::FromStrType;

#[derive(Debug)]
struct Failure(&'static str);

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

/// Parses nothing, with a message.
#[derive(Clone)]
struct Said;

impl FromStr for Said {
    type Err = Failure;
    fn from_str(_: &str) -> Result<Self, Failure> {
        Err(Failure("bad value: nope"))
    }
}

/// Parses nothing, with an empty message.
#[derive(Clone)]
struct Silent;

impl FromStr for Silent {
    type Err = Failure;
    fn from_str(_: &str) -> Result<Self, Failure> {
        Err(Failure(""))
    }
}

/// Click's type made from a function reports the function's error
/// message, or the value when the message is empty. clack's type made from
/// `FromStr` names the value and adds the parse error's message.
#[test]
fn func_param_type_uses_value_error_message() {
    let said = FromStrType::<Said>::new()
        .convert("nope".into(), None)
        .err()
        .unwrap();
    assert!(
        said.message().contains("bad value: nope"),
        "{}",
        said.message()
    );
    let silent = FromStrType::<Silent>::new()
        .convert("nope".into(), None)
        .err()
        .unwrap();
    assert!(silent.message().contains("nope"), "{}", silent.message());
}
