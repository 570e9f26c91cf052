//! Click's `tests/test_types/test_convert_type.py`: the type a parameter
//! gets from its default when none is given.

use clack::types::IntoDefault;
use clack::{Arg, Param};

/// The name of the type an argument with `default` and no type gets.
fn inferred(default: impl IntoDefault) -> String {
    Param::from(Arg::new("x").default(default)).type_name()
}

/// The rows of Click's table that Rust can spell: no default and strings
/// give STRING, integers INT, floats FLOAT, booleans BOOL, a sequence the
/// type of its first item, an empty sequence STRING. (Sets, dicts, UUIDs,
/// datetimes, bytes and `object()` are Python values.)
#[test]
fn type_inferred_from_default() {
    assert_eq!(Param::from(Arg::new("x")).type_name(), "text");
    assert_eq!(inferred("git"), "text");
    assert_eq!(inferred(5), "integer");
    assert_eq!(inferred(1.5), "float");
    assert_eq!(inferred(true), "boolean");
    assert_eq!(inferred(Vec::<i64>::new()), "text");
    assert_eq!(inferred([1, 2]), "integer");
    assert_eq!(inferred((1, 2)), "integer");
    assert_eq!(inferred([1.5, 2.5]), "float");
}

/// A sequence of sequences gives a tuple of the inner items' types in
/// Click; a Rust default cannot carry a tuple type without naming it, so
/// clack leaves such a parameter text unless the program names the tuple.
#[test]
fn type_inferred_from_nested_sequence_default() {
    assert_eq!(inferred([(1, "git")]), "text");
    let named = Param::from(
        Arg::new("x")
            .value_type::<(i64, String)>()
            .default([(1, "git")]),
    );
    assert_eq!(named.type_name(), "<integer text>");
}
