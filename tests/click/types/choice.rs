//! Click's `tests/test_types/test_Choice.py`.

use clack::ParamType;
use clack::types::Choice;

/// A value that is not a choice names every choice.
#[test]
fn choice_get_invalid_choice_message() {
    let choice = Choice::<String>::new(["a", "b", "c"]);
    let err = choice.convert("d".into(), None).unwrap_err();
    assert_eq!(err.message(), "'d' is not one of 'a', 'b', 'c'.");
}
