//! What a command returns, the context parameter, and `crate = path`.

use clack::prelude::*;

use super::{ok, run};

/// Fails with a standard error.
#[command]
fn disk() -> std::io::Result<()> {
    Err(std::io::Error::other("disk full"))
}

/// Fails with a usage error from the context.
#[command]
fn picky(ctx: &Context, #[argument] word: String) -> Result<()> {
    if word != "please" {
        return Err(ctx.fail(format!("Say please, not {word:?}.")));
    }
    clack::echo("thanks");
    Ok(())
}

/// Returns a value through `Result`.
#[command]
fn parse(#[argument] text: String) -> Result<i64, std::num::ParseIntError> {
    text.parse()
}

/// Returns a plain value.
#[command]
fn plain() -> String {
    "value".to_string()
}

/// Takes the context mutably and by value.
#[command]
fn ctx_mut(ctx: &mut Context) {
    clack::echo(ctx.command_path());
}

#[test]
fn std_errors_print_error_and_exit_1() {
    let result = run(&disk::command(), &[]);
    assert_eq!(
        (result.exit_code, result.stderr.as_str()),
        (1, "Error: disk full\n")
    );
}

#[test]
fn clack_errors_keep_their_kind() {
    assert_eq!(ok(run(&picky::command(), &["please"])), "thanks\n");
    let result = run(&picky::command(), &["now"]);
    assert_eq!(result.exit_code, 2);
    assert_eq!(
        result.stderr,
        "Usage: picky [OPTIONS] WORD\nTry 'picky --help' for help.\n\nError: Say please, not \"now\".\n"
    );
}

#[test]
fn values_become_outputs() {
    let result = run(&parse::command(), &["42"]);
    assert_eq!(
        result.output_value.and_then(|o| o.downcast::<i64>().ok()),
        Some(42)
    );
    let result = run(&parse::command(), &["x"]);
    assert_eq!(
        (result.exit_code, result.stderr.as_str()),
        (1, "Error: invalid digit found in string\n")
    );
    let result = run(&plain::command(), &[]);
    assert_eq!(
        result
            .output_value
            .and_then(|o| o.downcast::<String>().ok())
            .as_deref(),
        Some("value")
    );
    let result = run(&disk::command(), &[]);
    assert!(result.output_value.is_none());
}

#[test]
fn the_context_is_passed() {
    assert_eq!(ok(run(&ctx_mut::command(), &[])), "ctx-mut\n");
}

mod reexport {
    //! A crate that re-exports clack under another path.
    pub use clack as cli;
}

/// Built through a re-export.
#[command(crate = reexport::cli, name = "again")]
fn reexported(#[option(default = 2)] n: u8) -> u8 {
    n
}

#[derive(Choice, Clone)]
#[choice(crate = reexport::cli)]
enum Side {
    Left,
    Right,
}

#[derive(Params)]
#[params(crate = reexport::cli)]
struct Sides {
    #[option(default = Side::Left)]
    side: Side,
}

/// Uses the set.
#[command(crate = reexport::cli)]
fn pick_side(#[params] sides: Sides) {
    use clack::types::ChoiceEnum;
    clack::echo(sides.side.choice_name());
}

#[test]
fn crate_paths_can_be_replaced() {
    let result = run(&reexported::command(), &[]);
    assert_eq!(
        result.output_value.and_then(|o| o.downcast::<u8>().ok()),
        Some(2)
    );
    assert_eq!(<Sides as clack::ParamSet>::params().len(), 1);
    let out = ok(run(&pick_side::command(), &[]));
    assert_eq!(out, "left\n");
    let _ = Side::Right;
}

pub mod visible {
    //! Public commands get public items.
    use clack::prelude::*;

    /// A public command.
    #[command]
    pub fn public() {}
}

#[test]
fn visibility_follows_the_function() {
    assert_eq!(visible::public::command().name(), "public");
    visible::public();
}

// What a command may return, by type (`clack::CommandReturn`), not by how
// the return type is spelled.

mod shapes {
    use std::error::Error as StdError;
    use std::fmt;
    use std::path::PathBuf;
    use std::process::ExitCode;

    use clack::prelude::*;

    use super::super::{ok, run};

    /// Returns nothing, spelled out.
    #[command]
    #[allow(clippy::unused_unit)]
    fn unit() -> () {
        clack::echo("done");
    }

    /// Fails with a usage error.
    #[command]
    fn usage() -> Result<(), clack::Error> {
        Err(clack::Error::usage("Give a name."))
    }

    type Res = Result<(), Error>;

    /// Fails through a type alias.
    #[command]
    fn aliased() -> Res {
        Err(Error::failure("the alias failed"))
    }

    type Count = clack::Result<u8>;

    /// Succeeds with a value through a type alias.
    #[command]
    fn counted() -> Count {
        Ok(7)
    }

    /// Fails with a boxed error.
    #[command]
    fn boxed() -> Result<(), Box<dyn StdError + Send + Sync>> {
        let n: u8 = "300".parse()?;
        clack::echo(n.to_string());
        Ok(())
    }

    /// Exits with code 3.
    #[command]
    fn three() -> ExitCode {
        ExitCode::from(3)
    }

    /// Exits with CODE, or fails on a bad one.
    #[command]
    fn code(#[argument] code: String) -> Result<ExitCode, std::num::ParseIntError> {
        Ok(ExitCode::from(code.parse::<u8>()?))
    }

    /// Fails with a message.
    #[command]
    fn message() -> Result<(), String> {
        Err(String::from("no luck today"))
    }

    /// An error with a source, which has a source.
    #[derive(Debug)]
    struct Layer(&'static str, Option<Box<Layer>>);

    impl fmt::Display for Layer {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.0)
        }
    }

    impl StdError for Layer {
        fn source(&self) -> Option<&(dyn StdError + 'static)> {
            self.1.as_deref().map(|l| l as _)
        }
    }

    /// Fails with a chain of errors.
    #[command]
    fn chained_error() -> Result<(), Layer> {
        let cause = Layer("missing '=' on line 3", None);
        let parse = Layer("config.toml is not valid", Some(Box::new(cause)));
        Err(Layer(
            "Could not load the configuration.",
            Some(Box::new(parse)),
        ))
    }

    /// Wraps a foreign error, keeping it as the source.
    #[command]
    fn wrapped() -> clack::Result<()> {
        let err = std::io::Error::other("disk full");
        Err(Error::failure("Could not save the notes.").with_source(err))
    }

    /// Fails with `anyhow`, with context.
    #[command]
    fn with_anyhow() -> anyhow::Result<()> {
        use anyhow::Context as _;
        let port: u16 = "eighty".parse().context("PORT is not a number")?;
        clack::echo(port.to_string());
        Ok(())
    }

    /// Fails with a clack error through `anyhow`.
    #[command]
    fn usage_through_anyhow() -> anyhow::Result<()> {
        Err(Error::usage("Give a name.").into())
    }

    #[test]
    fn unit_ends_normally() {
        let result = run(&unit::command(), &[]);
        assert!(result.output_value.as_ref().is_some_and(|o| !o.is_some()));
        assert_eq!(ok(result), "done\n");
    }

    #[test]
    fn a_usage_error_exits_2() {
        let result = run(&usage::command(), &[]);
        assert_eq!(result.exit_code, 2);
        assert_eq!(
            result.stderr,
            "Usage: usage [OPTIONS]\nTry 'usage --help' for help.\n\nError: Give a name.\n"
        );
    }

    #[test]
    fn an_error_through_a_type_alias_exits_1() {
        let result = run(&aliased::command(), &[]);
        assert_eq!(
            (result.exit_code, result.stderr.as_str()),
            (1, "Error: the alias failed\n")
        );
        let result = run(&counted::command(), &[]);
        assert_eq!(result.exit_code, 0);
        assert_eq!(
            result.output_value.and_then(|o| o.downcast::<u8>().ok()),
            Some(7)
        );
    }

    #[test]
    fn a_boxed_error_exits_1() {
        let result = run(&boxed::command(), &[]);
        assert_eq!(
            (result.exit_code, result.stderr.as_str()),
            (1, "Error: number too large to fit in target type\n")
        );
    }

    #[test]
    fn an_exit_code_is_the_exit_code() {
        let result = run(&three::command(), &[]);
        assert_eq!(
            (
                result.exit_code,
                result.stdout.as_str(),
                result.stderr.as_str()
            ),
            (3, "", "")
        );
        assert_eq!(result.error.map(|e| e.exit_code()), Some(3));
        for (arg, expected) in [("0", 0), ("1", 1), ("4", 4), ("255", 255)] {
            assert_eq!(run(&code::command(), &[arg]).exit_code, expected, "{arg}");
        }
        let result = run(&code::command(), &["256"]);
        assert_eq!(
            (result.exit_code, result.stderr.as_str()),
            (1, "Error: number too large to fit in target type\n")
        );
    }

    #[test]
    fn a_string_error_is_the_message() {
        let result = run(&message::command(), &[]);
        assert_eq!(
            (result.exit_code, result.stderr.as_str()),
            (1, "Error: no luck today\n")
        );
    }

    #[test]
    fn sources_print_as_caused_by_lines() {
        let result = run(&chained_error::command(), &[]);
        assert_eq!(result.exit_code, 1);
        assert_eq!(
            result.stderr,
            "Error: Could not load the configuration.\n\
             Caused by: config.toml is not valid\n\
             Caused by: missing '=' on line 3\n"
        );
        let source = result.error.as_ref().and_then(|e| e.source());
        assert!(source.is_some_and(|s| s.is::<Layer>()));

        let result = run(&wrapped::command(), &[]);
        assert_eq!(
            (result.exit_code, result.stderr.as_str()),
            (
                1,
                "Error: Could not save the notes.\nCaused by: disk full\n"
            )
        );
    }

    #[test]
    fn anyhow_errors_print_their_context() {
        let result = run(&with_anyhow::command(), &[]);
        assert_eq!(
            (result.exit_code, result.stderr.as_str()),
            (
                1,
                "Error: PORT is not a number\nCaused by: invalid digit found in string\n"
            )
        );
        // `anyhow` does not give the clack error back: it is a failure.
        let result = run(&usage_through_anyhow::command(), &[]);
        assert_eq!(
            (result.exit_code, result.stderr.as_str()),
            (1, "Error: Give a name.\n")
        );
    }

    /// A size, returned by a chained command.
    #[derive(Debug, PartialEq)]
    struct Size(u32, u32);

    impl clack::CommandReturn for Size {}

    /// Image steps, each returning a value.
    #[group(chain, result_callback = report, commands = [size, tags, path, label, maybe, scale])]
    fn steps() {}

    fn report(results: Vec<Output>) -> ExitCode {
        let mut line = Vec::new();
        for out in results {
            let text = if let Some(Size(w, h)) = out.get::<Size>() {
                format!("{w}x{h}")
            } else if let Some(tags) = out.get::<Vec<String>>() {
                tags.join("+")
            } else if let Some(path) = out.get::<PathBuf>() {
                path.display().to_string()
            } else if let Some(label) = out.get::<String>() {
                label.clone()
            } else if let Some(maybe) = out.get::<Option<bool>>() {
                format!("{maybe:?}")
            } else if let Some(f) = out.get::<Box<dyn Fn(u32) -> u32>>() {
                f(10).to_string()
            } else {
                "?".to_string()
            };
            line.push(text);
        }
        clack::echo(line.join(" "));
        if line.iter().any(|t| t == "?") {
            ExitCode::from(9)
        } else {
            ExitCode::SUCCESS
        }
    }

    /// A size.
    #[command]
    fn size() -> Size {
        Size(640, 480)
    }

    /// Tags.
    #[command]
    fn tags() -> Vec<String> {
        vec!["a".into(), "b".into()]
    }

    /// A path.
    #[command]
    fn path() -> PathBuf {
        PathBuf::from("out.png")
    }

    /// A label, through `Result`.
    #[command]
    fn label() -> Result<String, std::io::Error> {
        Ok("big".into())
    }

    /// Maybe.
    #[command]
    fn maybe() -> Option<bool> {
        Some(true)
    }

    /// A processor.
    #[command]
    fn scale(#[argument] by: u32) -> Box<dyn Fn(u32) -> u32> {
        Box::new(move |x| x * by)
    }

    #[test]
    fn chained_values_reach_the_result_callback() {
        let args = ["size", "tags", "path", "label", "maybe", "scale", "3"];
        let result = run(&steps::command(), &args);
        assert_eq!(ok(result), "640x480 a+b out.png big Some(true) 30\n");
    }

    /// Sizes, gathered as a user type.
    #[group(chain, result_callback = area, commands = [size])]
    fn sizes() {}

    fn area(sizes: Vec<Size>) -> Result<u32, String> {
        match sizes.as_slice() {
            [] => Err("no sizes".into()),
            _ => Ok(sizes.iter().map(|s| s.0 * s.1).sum()),
        }
    }

    /// Sizes, failing in the result callback.
    #[group(chain, result_callback = none_wanted, commands = [size])]
    fn no_sizes() {}

    fn none_wanted(sizes: Vec<Size>) -> Result<(), String> {
        Err(format!("{} sizes, none wanted", sizes.len()))
    }

    #[test]
    fn a_user_type_with_the_empty_impl_is_a_value() {
        let result = run(&sizes::command(), &["size", "size"]);
        assert_eq!(result.exit_code, 0);
        assert_eq!(
            result.output_value.and_then(|o| o.downcast::<u32>().ok()),
            Some(614_400)
        );
        let result = run(&no_sizes::command(), &["size"]);
        assert_eq!(
            (result.exit_code, result.stderr.as_str()),
            (1, "Error: 1 sizes, none wanted\n")
        );
    }

    /// A group whose subcommand picks the exit code.
    #[group(commands = [three])]
    fn outer() {}

    #[test]
    fn a_subcommand_exit_code_ends_the_program() {
        assert_eq!(run(&outer::command(), &["three"]).exit_code, 3);
    }
}

/// `.with_path(..)` names the file in an I/O error.
mod path_context {
    use clack::fileio::PathContext as _;
    use clack::prelude::*;

    use super::run;

    #[command]
    fn load(#[argument] path: std::path::PathBuf) -> clack::Result<()> {
        let text = std::fs::read_to_string(&path).with_path(&path)?;
        clack::echo(text);
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn the_path_is_in_the_message() {
        let result = run(&load::command(), &["missing/x.toml"]);
        assert_eq!(
            (result.exit_code, result.stderr.as_str()),
            (
                1,
                "Error: Could not open file 'missing/x.toml': No such file or directory\n"
            )
        );
    }
}

/// The `anyhow` feature: `?` from `anyhow::Error` into `clack::Error`.
#[cfg(feature = "anyhow")]
mod anyhow_feature {
    use anyhow::Context as _;
    use clack::prelude::*;

    use super::run;

    fn port(text: &str) -> anyhow::Result<u16> {
        let port = text.parse().context("PORT is not a number")?;
        Ok(port)
    }

    fn check(name: &str) -> anyhow::Result<()> {
        if name.is_empty() {
            return Err(Error::usage("Give a name.").into());
        }
        Ok(())
    }

    #[command]
    fn serve(#[argument] port_text: String, #[argument] name: String) -> clack::Result<()> {
        check(&name)?;
        let port = port(&port_text)?;
        clack::echo(port.to_string());
        Ok(())
    }

    #[test]
    fn the_chain_is_printed() {
        let result = run(&serve::command(), &["eighty", "web"]);
        assert_eq!(
            (result.exit_code, result.stderr.as_str()),
            (
                1,
                "Error: PORT is not a number\nCaused by: invalid digit found in string\n"
            )
        );
    }

    #[test]
    fn a_clack_error_keeps_its_kind() {
        let result = run(&serve::command(), &["80", ""]);
        assert_eq!(result.exit_code, 2);
        assert!(
            result.stderr.ends_with("Error: Give a name.\n"),
            "{}",
            result.stderr
        );
    }

    #[test]
    fn a_clack_error_converts_to_anyhow_and_back() {
        let err = anyhow::Error::from(Error::exit(4));
        let back = err.downcast::<Error>().map(|e| e.exit_code());
        assert_eq!(back.ok(), Some(4));
        let err = Error::from(anyhow::Error::from(Error::exit(4)));
        assert_eq!(err.kind(), &clack::ErrorKind::Exit(4));
    }
}
