//! Work that grows with the input grows in step with it: a huge
//! environment value split into many values, a very long chain of
//! commands, a help text with one enormous word. Each case is sized so
//! that quadratic work would take minutes, while the linear work takes a
//! fraction of a second; the tests assert the results, not the times.

use std::ffi::OsString;

use clack::testing::Runner;
use clack::{Arg, Command, Opt, Output};

/// The value the command returned, downcast to `T`.
fn returned<T: 'static>(result: clack::testing::RunResult) -> T {
    let output = result
        .output_value
        .unwrap_or_else(|| panic!("no return value; stderr: {}", result.stderr));
    output
        .downcast::<T>()
        .unwrap_or_else(|_| panic!("not a {}", std::any::type_name::<T>()))
}

#[test]
fn a_huge_environment_value_splits_into_values_in_linear_time() {
    // 4 MB in 400,000 values: splitting is 400,000 pieces, each of which
    // used to check the whole value again (1.6e12 byte steps).
    let words: Vec<String> = (0..400_000).map(|i| format!("v{i:07}")).collect();
    let value = words.join(" ");
    assert!(value.len() > 3_500_000);
    let cmd = Command::new("cmd")
        .param(Arg::new("items").nargs(-1).envvar("ITEMS"))
        .callback(|ctx| Ok(Output::new(ctx.get_required::<Vec<String>>("items")?)));
    let got: Vec<String> = returned(Runner::new().env("ITEMS", &value).invoke(&cmd, [""; 0]));
    assert_eq!(got, words);

    // Paths split on the path-list separator, bytes that are not UTF-8 kept.
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        let mut raw = value.replace(' ', ":").into_bytes();
        raw.extend_from_slice(b":\xff");
        let cmd = Command::new("cmd")
            .param(
                Opt::new("--path")
                    .value_type::<std::path::PathBuf>()
                    .multiple(true)
                    .envvar("PATHS"),
            )
            .callback(|ctx| {
                Ok(Output::new(
                    ctx.get_required::<Vec<std::path::PathBuf>>("path")?,
                ))
            });
        let got: Vec<std::path::PathBuf> = returned(
            Runner::new()
                .env("PATHS", OsString::from_vec(raw))
                .invoke(&cmd, [""; 0]),
        );
        assert_eq!(got.len(), words.len() + 1);
        assert_eq!(got[123_456], std::path::Path::new(&words[123_456]));
    }
}
