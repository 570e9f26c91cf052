//! `values`: one command that converts and validates every kind of value,
//! the twin of Click's `values.py`.
//!
//! It shows the built-in types (integers, floats, booleans, UUIDs, choices,
//! clamped and open ranges, date-times, tuples, paths, files), repeated
//! options, a counted flag, a custom type, a validating callback,
//! environment variables (explicit and from `auto_envvar_prefix`) and a
//! variadic argument. Each value is printed as `name=value`, sorted by
//! name, in the same format as the Click program.
//!
//!     cargo run --example values -- --int 3 --point 1 2 -vv rest

use std::ffi::OsString;
use std::io::BufRead;
use std::path::PathBuf;

#[path = "support/python.rs"]
mod python;

use clack::prelude::*;
use clack::types::{LazyFile, NaiveDateTime, Uuid};

/// A colour written as `#rrggbb` or `#rgb`.
struct HexColor;

impl ParamType for HexColor {
    type Value = String;

    fn name(&self) -> String {
        "color".into()
    }

    fn convert(&self, value: OsString, _ctx: Option<&Context>) -> Result<String, Error> {
        let raw = value.to_string_lossy();
        let text = raw.to_lowercase();
        if let Some(digits) = text.strip_prefix('#')
            && matches!(digits.len(), 3 | 6)
            && digits.chars().all(|c| c.is_ascii_hexdigit())
        {
            let digits: String = if digits.len() == 3 {
                digits.chars().flat_map(|c| [c, c]).collect()
            } else {
                digits.to_string()
            };
            return Ok(format!("#{digits}"));
        }
        Err(Error::bad_parameter(format!(
            "{} is not a colour like #1e90ff or #fff.",
            python::repr(&raw)
        )))
    }
}

/// Reject ports outside 1 to 65535.
fn check_port(_ctx: &Context, _param: &Param, value: Option<i64>) -> Result<Option<i64>, Error> {
    match value {
        Some(port) if !(1..=65535).contains(&port) => {
            Err(Error::bad_parameter("a port lies between 1 and 65535."))
        }
        value => Ok(value),
    }
}

/// `value`, or `-` when there is none.
fn or_dash<T>(value: Option<T>, show: impl Fn(T) -> String) -> String {
    value.map(show).unwrap_or_else(|| "-".into())
}

/// Values in parentheses, separated by commas, as the Click program prints
/// tuples.
fn tuple<T>(items: &[T], show: impl Fn(&T) -> String) -> String {
    let shown: Vec<String> = items.iter().map(show).collect();
    format!("({})", shown.join(", "))
}

/// Print every value after conversion.
//
// The parameters keep the Click program's names (`int_`, `float_`, `bool_`),
// which also name their automatic environment variables (`VALUES_INT_`).
#[command(name = "show", auto_envvar_prefix = "VALUES")]
#[allow(clippy::too_many_arguments)]
pub(crate) fn show(
    #[option("--int", help = "A whole number.")] int_: Option<i64>,
    #[option("--float", help = "A decimal number.")] float_: Option<f64>,
    #[option("--bool", help = "A yes or no.")] bool_: Option<bool>,
    #[option(help = "A UUID.")] uuid: Option<Uuid>,
    #[option(choices = ["red", "green", "blue"], help = "A primary colour.")] choice: Option<
        String,
    >,
    #[option(range = 0..=5, clamp, help = "Clamped into 0 to 5.")] level: Option<i64>,
    #[option(range = 0.0..=1.0, min_open, help = "Above 0, at most 1.")] ratio: Option<f64>,
    #[option(help = "A date, or a date and time.")] when: Option<NaiveDateTime>,
    #[option(formats = ["%d.%m.%Y"], help = "A day as DD.MM.YYYY.")] day: Option<NaiveDateTime>,
    #[option(help = "Two whole numbers.")] point: Option<(i64, i64)>,
    #[option(help = "A tag; give it again for more.")] tag: Vec<String>,
    #[option(help = "A name and a number.")] pair: Vec<(String, i64)>,
    #[option("-v", "--verbose", count, help = "More output; repeat for even more.")] verbose: u32,
    #[option(file = "r", help = "A file to read.")] input: Option<LazyFile>,
    #[option(exists, dir_okay = false, help = "An existing file.")] path: Option<PathBuf>,
    #[option(exists, file_okay = false, help = "An existing folder.")] dir: Option<PathBuf>,
    #[option(ty = HexColor, help = "A colour.")] color: Option<String>,
    #[option(callback = check_port, help = "A TCP port.")] port: Option<i64>,
    #[option(envvar = "VALUES_SIZE", show_envvar, help = "A size.")] size: Option<i64>,
    #[option(envvar = "VALUES_WORDS", help = "Words.")] words: Vec<String>,
    #[option(default = "fast", show_default, help = "Set from VALUES_MODE too.")] mode: String,
    #[argument] rest: Vec<String>,
) -> Result<(), Error> {
    let input = match input {
        Some(mut file) => {
            let mut line = String::new();
            file.read_line(&mut line)?;
            Some(format!(
                "{}:{}",
                file.name().to_string_lossy(),
                line.trim_end()
            ))
        }
        None => None,
    };
    let path_text = |p: PathBuf| p.display().to_string();
    let lines = [
        format!("bool_={}", or_dash(bool_, |b| b.to_string())),
        format!("choice={}", or_dash(choice, |c| c)),
        format!("color={}", or_dash(color, |c| c)),
        format!("day={}", or_dash(day, |d| d.to_string())),
        format!("dir={}", or_dash(dir, path_text)),
        format!("float_={}", or_dash(float_, python::float)),
        format!("input={}", or_dash(input, |i| i)),
        format!("int_={}", or_dash(int_, |i| i.to_string())),
        format!("level={}", or_dash(level, |l| l.to_string())),
        format!("mode={mode}"),
        format!("pair={}", tuple(&pair, |(n, v)| format!("({n}, {v})"))),
        format!("path={}", or_dash(path, path_text)),
        format!("point={}", or_dash(point, |(a, b)| format!("({a}, {b})"))),
        format!("port={}", or_dash(port, |p| p.to_string())),
        format!("ratio={}", or_dash(ratio, python::float)),
        format!("rest={}", tuple(&rest, String::clone)),
        format!("size={}", or_dash(size, |s| s.to_string())),
        format!("tag={}", tuple(&tag, String::clone)),
        format!("uuid={}", or_dash(uuid, |u| u.to_string())),
        format!("verbose={verbose}"),
        format!("when={}", or_dash(when, |w| w.to_string())),
        format!("words={}", tuple(&words, String::clone)),
    ];
    for line in lines {
        clack::echo(line);
    }
    Ok(())
}

fn main() {
    show::main()
}
