//! Click's `tests/test_types/test_FloatRange.py`.

use clack::ParamType;
use clack::types::Float;

#[test]
fn range() {
    let f = || Float::<f64>::new();
    let cases = [
        (Float::<f64>::range(0.5, 1.5), "1.2", 1.2),
        (f().min(0.5).min_open(true), "0.51", 0.51),
        (f().max(1.5).max_open(true), "1.49", 1.49),
        (f().min(0.5).clamp(true), "-0.0", 0.5),
        (f().max(1.5).clamp(true), "inf", 1.5),
    ];
    for (ty, value, want) in cases {
        assert_eq!(ty.convert(value.into(), None).unwrap(), want, "{value}");
    }
}

#[test]
fn range_fail() {
    let f = || Float::<f64>::new();
    let cases = [
        (f().min(0.5).min_open(true), "0.5", "x>0.5"),
        (f().max(1.5).max_open(true), "1.5", "x<1.5"),
    ];
    for (ty, value, want) in cases {
        let err = ty.convert(value.into(), None).unwrap_err();
        assert!(err.message().contains(want), "{}", err.message());
    }
}

/// Click refuses to clamp to an open bound: a `TypeError` when the range
/// is made, a `RuntimeError` when `clamp` is set afterwards. clack's
/// builder cannot refuse (errors are values, never panics); its documented
/// behaviour is that a value beyond an open bound is rejected, not clamped.
#[test]
fn float_range_no_clamp_open() {
    let sneaky = Float::<f64>::range(0.0, 1.0).max_open(true).clamp(true);
    let err = sneaky.convert("1.5".into(), None).unwrap_err();
    assert_eq!(err.message(), "1.5 is not in the range 0<=x<1.");
    assert_eq!(sneaky.convert("0.5".into(), None).unwrap(), 0.5);
}
