//! Click's `tests/test_types/test_IntRange.py`.

use clack::ParamType;
use clack::types::Int;

fn int() -> Int<i64> {
    Int::new()
}

#[test]
fn range() {
    let cases = [
        (Int::range(0, 5), "3", 3),
        (int().min(5), "5", 5),
        (int().min(5), "100", 100),
        (int().max(5), "5", 5),
        (int().max(5), "-100", -100),
        (int().min(0).clamp(true), "-1", 0),
        (int().max(5).clamp(true), "6", 5),
        (int().min(0).min_open(true).clamp(true), "0", 1),
        (int().max(5).max_open(true).clamp(true), "5", 4),
    ];
    for (ty, value, want) in cases {
        assert_eq!(ty.convert(value.into(), None).unwrap(), want, "{value}");
    }
}

#[test]
fn range_fail() {
    let cases = [
        (Int::range(0, 5), "6", "6 is not in the range 0<=x<=5."),
        (int().min(5), "4", "4 is not in the range x>=5."),
        (int().max(5), "6", "6 is not in the range x<=5."),
        (Int::range(0, 5).min_open(true), "0", "0<x<=5"),
        (Int::range(0, 5).max_open(true), "5", "0<=x<5"),
    ];
    for (ty, value, want) in cases {
        let err = ty.convert(value.into(), None).unwrap_err();
        assert!(err.message().contains(want), "{}", err.message());
    }
}
