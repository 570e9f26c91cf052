//! The macros of clack: `#[command]`, `#[group]`, `#[derive(Params)]` and
//! `#[derive(Choice)]`.
//!
//! This crate is an implementation detail of `clack`; use the macros
//! through `clack` (`use clack::prelude::*;`), whose documentation has the
//! runnable examples. The generated code names only `::clack::...` paths
//! (or the path given with `crate = ...`), never this crate or
//! `clack-core`.
//!
//! Each macro works in four stages, one module each: `attr` reads the
//! attributes into typed values, `model` builds a typed view of the input,
//! `valid` checks the rules that span several attributes, and `expand`
//! writes the code. Every mistake is collected in a `ctxt::Ctxt` and all of
//! them are reported together, next to placeholder items so that the rest
//! of the program still type-checks.

#![warn(missing_docs)]
#![forbid(unsafe_code)]

use proc_macro::TokenStream;

mod attr;
mod choice;
mod ctxt;
mod expand;
mod model;
mod params;
mod valid;

/// Turn a function into a command.
///
/// The function stays as it is, callable, with the parameter attributes
/// removed. Next to it, in the type namespace, comes a struct of the same
/// name (and visibility) with:
///
/// - `command() -> clack::Command`: the command, built with the builder API;
/// - `main() -> !`: parse the process's arguments, run, exit.
///
/// ```ignore
/// use clack::prelude::*;
///
/// /// Greet NAME a total of COUNT times.
/// #[command(version = "1.4.2")]
/// fn greet(
///     #[option(short = 'c', default = 1, show_default, range = 1..=10, help = "Number of greetings.")]
///     count: u32,
///     #[option(prompt = "Your name", help = "The person to greet.")] name: String,
/// ) {
///     for _ in 0..count {
///         clack::echo(format!("Hello, {name}!"));
///     }
/// }
///
/// fn main() {
///     greet::main()
/// }
/// ```
///
/// (Doc tests of a proc-macro crate cannot use its own macros: this example
/// is `ignore`d here; the tested versions are in the `clack` crate's
/// documentation, `examples/greet.rs` and `tests/derive.rs`.)
///
/// # The command
///
/// The help text is the doc comment (lines joined as written; clack
/// dedents it like Python's `cleandoc`). The name is the function's, in
/// lower case with `_` turned into `-`, and a trailing `-command`, `-cmd`,
/// `-group` or `-grp` removed, as Click 8.2 does (`init_db_command` →
/// `init-db`).
///
/// | setting | meaning |
/// |---|---|
/// | `name = "x"` | the command's name |
/// | `help = ".."` | help text instead of the doc comment |
/// | `short_help = ".."` | the text in a group's command list |
/// | `epilog = ".."` | text after the options |
/// | `options_metavar = ".."` | what usage shows for the options (`[OPTIONS]`) |
/// | `add_help_option = false` | no `--help` |
/// | `no_args_is_help` | show the help when run without arguments |
/// | `hidden` | leave out of the group's list |
/// | `deprecated`, `deprecated = "reason"` | warn when run, say so in help |
/// | `version = "1.0"`, `version = EXPR`, bare `version` (the package's) | a `--version` option, after all the others |
/// | `version_names = ["-V", "--version"]`, `version_first` | its names; list it before the options |
/// | `version_prog_name = ".."`, `version_message = ".."` | its program name and message (`%(prog)s`, `%(version)s`) |
/// | `completion_option` | a `--completion [SHELL]` option that prints the shell completion script and how to install it (`clack::complete::completion_option`; needs the `completion` feature) |
/// | `help_option_names = ["-h", "--help"]` | context setting |
/// | `auto_envvar_prefix = "APP"` | context setting: options read `APP_NAME` |
/// | `max_content_width = N`, `terminal_width = N` | context settings for help |
/// | `allow_extra_args`, `allow_interspersed_args`, `ignore_unknown_options` | context settings for parsing |
/// | `show_default` | context setting: show every option's default |
/// | `token_normalize = f` | context setting: a `Fn(&str) -> String` |
/// | `styles = expr` | a `clack::Styles` for the help and errors of the command and its subcommands, on a terminal |
/// | `color`, `color = false` | context setting: force styles on (or off) whatever the stream |
/// | `config_option`, `config_option = ConfigOption::new()...` | a `--config PATH` / `--no-config` pair that reads defaults from a file (`clack::config::ConfigOption`) |
/// | `argument_files = "lines"` or `"shell_words"` | context setting: expand `@file` arguments |
/// | `obj = expr` | context setting: an object every context of the run starts with (Click's `obj=`), read with `#[obj]` |
/// | `default_map = expr` | context setting: a `clack::DefaultMap` of defaults (Click's `default_map=`) |
/// | `resilient_parsing` | context setting: parse without failing or prompting (Click's `resilient_parsing`) |
/// | `before_parse = f` | a `Fn(&Context) -> Result<(), Error>` run before the arguments are parsed (to load an env file, say) |
/// | `parse_args_hook = f` | a `Fn(&Context, &mut Vec<OsString>) -> Result<(), Error>` that sees the raw arguments and may rewrite them; `ctx.process_early(&["app"], args)` processes chosen parameters from them (Click's `parse_args` override) |
/// | `crate = path` | where clack is, for crates that re-export it (default `::clack`) |
///
/// Settings that are `true` or `false` can be written alone (`hidden`) or
/// with a value (`hidden = false`).
///
/// # Parameters
///
/// Each function parameter is one of:
///
/// - `ctx: &Context` (or `&mut Context`, or `Context`; any type path ending
///   in `Context`): the command's context;
/// - `#[obj] repo: &Repo` or `&mut Repo`: the nearest object of that type a
///   parent stored with `ctx.set_obj(..)`, borrowed for the call (an error
///   if there is none); `#[obj(ensure)]` creates it with `Default` instead;
/// - `#[params] common: Common`: a [`macro@Params`] struct, whose options
///   and arguments the command gets;
/// - `#[argument(..)]`: a positional argument;
/// - `#[option(..)]`, or no attribute at all: an option.
///
/// An option's or argument's name is the parameter's identifier: an option
/// `dry_run` is `--dry-run` unless declared otherwise, and stores its value
/// under `dry_run`.
///
/// What a parameter is follows from its Rust type, read syntactically:
///
/// | type | option | argument |
/// |---|---|---|
/// | `bool` | a flag (`--force`) | a boolean value |
/// | `Option<T>` | optional | optional (`required(false)`) |
/// | `Vec<T>` | repeated (`multiple`); with `nargs = N`, N values once | any number of values (`nargs = -1`) |
/// | `(A, B)` | a pair of values (Click's `Tuple`) | same |
/// | any other `T` | required, unless it has a `default`, a `prompt`, `count` or `flag_value` | required unless it has a `default` |
///
/// The value type (`T`) picks the parameter type through `ParamValue`:
/// integers, floats, `String`, `OsString`, `PathBuf`, `bool`, `Uuid`,
/// `NaiveDateTime`, `LazyFile`, tuples of those, and [`macro@Choice`] enums.
/// Any other type with `FromStr` (its `Err: Display`) converts with that
/// (`clack::types::FromStrType`: `IpAddr`, `SocketAddr`, your own types),
/// alone or in a tuple; the metavar is the type's name in capitals.
///
/// ## Option and argument settings
///
/// | setting | meaning |
/// |---|---|
/// | `"--count", "-c"` (leading strings, options only) | Click's declarations, `"--shout/--no-shout"` for on/off pairs |
/// | `short = 'c'`, `long = "name"` (options only) | add `-c`, use `--name` instead of the identifier |
/// | `flag = "--x/--no-x"` (options only, `bool`) | the flag's declarations |
/// | `help = ".."` | help text |
/// | `default = expr` | the default, checked at compile time against the parameter's type (the inner `T` of `Option<T>`); text (`"127.0.0.1"`) for a type converted by `FromStr`, checked when the command first runs |
/// | `show_default`, `show_default = false`, `show_default = "text"` (options only) | `[default: ..]` in help |
/// | `required`, `required = false` | override what the type says |
/// | `metavar = "X"` | what help shows for the value |
/// | `envvar = "X"`, `envvar = ["X", "Y"]` | read from environment variables |
/// | `show_envvar` (options only) | `[env var: X]` in help |
/// | `hidden` (options only) | leave out of help |
/// | `deprecated`, `deprecated = "reason"` | warn when used |
/// | `is_eager` | process before the others |
/// | `expose_value = false` | do not pass the value: the function gets `Default::default()` |
/// | `callback = f` | `fn(&Context, &Param, Option<V>) -> Result<Option<V>, Error>`, `V` the stored value: `T`, `Vec<T>`, `bool` |
/// | `callback = f, parse_as = P` | a callback that changes the type: the parameter parses as if declared `P` (help, `multiple`, `Option`), `f` is `fn(&Context, &Param, Option<V>) -> Result<Option<U>, Error>` with `V` the value `P` stores and `U` the function's parameter type (`T` for `Option<T>`) |
/// | `shell_complete = f` | `fn(&Context, &Param, &str) -> Vec<CompletionItem>` |
/// | `prompt`, `prompt = "text"` (options only) | ask when not given |
/// | `confirmation_prompt`, `confirmation_prompt = "text"`, `hide_input`, `prompt_required = false` (options only) | prompt details |
/// | `confirmation_option` (on a `bool`) | Click's `confirmation_option`: not passed on, asks `Do you want to continue?`, aborts unless yes; `prompt`/`help` override |
/// | `password_option` | Click's `password_option`: `prompt, hide_input, confirmation_prompt` |
/// | `show_choices = false`, `allow_from_autoenv = false` (options only) | |
/// | `count` (options only, integer) | count occurrences (`-vvv`) |
/// | `flag_value = expr` (options only) | a flag storing this value; several `#[option]`s with one each on a parameter are feature switches (`default = true` on the default one) |
/// | `is_flag = false`, `optional_value = expr` (options only) | the value is optional: the option alone stores `flag_value` / `expr` |
/// | `switch` (options only, a `#[derive(Choice)]` enum) | one flag per variant (`--oss`, `--pro`), help from each variant's doc comment |
/// | `nargs = N` | values per occurrence (`Vec<T>` parameters) |
/// | `multiple` (options only, `Vec<T>`) | repeatable (already implied by `Vec<T>`) |
/// | `ty = expr` | an explicit `ParamType` producing `T` |
/// | `range = a..=b`, `a..b`, `a..`, `..=b`, with `min_open`, `max_open`, `clamp` | numbers in a range (`a..b` excludes `b`) |
/// | `choices = ["a", "b"]` (`String`), `ignore_case` | a fixed list; `ignore_case` alone on a choice enum |
/// | `exists`, `file_okay = false`, `dir_okay = false`, `readable = false`, `writable`, `executable`, `resolve_path`, `allow_dash` (`PathBuf`) | path checks |
/// | `formats = ["%Y-%m-%d"]` (`NaiveDateTime`; with the `chrono` or `jiff` feature also their date and date-time types) | date formats |
/// | `file = "w"`, `lazy = false`, `atomic` (`LazyFile`) | an opened file |
///
/// # Return value
///
/// No return type, `!`, or any type implementing `clack::CommandReturn`,
/// which decides by the type itself (a type alias for a `Result` is a
/// `Result`): `()`; `Result<T, E>` where `E` converts into
/// `Box<dyn std::error::Error + Send + Sync>` (a `clack::Error` keeps its
/// own message and exit code; any other error prints `Error: ...`, a
/// `Caused by: ...` line for each source, and exits 1);
/// `std::process::ExitCode` (its code becomes the exit code); `Output`;
/// or a value that becomes the command's `Output` for a group's result
/// callback (`String`, `Vec<T>`, `Option<T>`, `Box<T>`, `PathBuf`,
/// numbers, `bool`, and any type with `impl clack::CommandReturn for T {}`).
///
/// # `async fn`
///
/// The function may be `async` (a group's too). Its future runs to its
/// end where the command is called, through `clack::block_on`: on tokio
/// with the `tokio` feature (the caller's runtime, or a current-thread
/// runtime that clack keeps per thread), otherwise on a small executor of
/// the standard library's. It may borrow the context and objects, and its
/// output is a return value as above.
///
/// # Errors
///
/// Mistakes are compile errors pointing at what was written: unknown or
/// repeated settings, settings that do not fit the type (`count` on a
/// `String`, `range` on a non-number, a `default` of another type), option
/// names used twice, option-only settings on an argument, `required` with
/// `default`, `hide_input` without `prompt`, two variadic arguments, and
/// more. All of them are reported at once.
#[proc_macro_attribute]
pub fn command(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand::command(attr.into(), item.into(), false).into()
}

/// Turn a function into a group: a command with subcommands.
///
/// Takes everything [`macro@command`] does. The struct also gets
/// `group() -> clack::Group`; `command()` returns the group as a command
/// (to nest it in another group). Group settings:
///
/// | setting | meaning |
/// |---|---|
/// | `commands = [clone, remote]` | subcommands: paths of other `#[command]` or `#[group]` functions |
/// | `chain` | run several subcommands in one invocation |
/// | `invoke_without_command` | run the group's function without a subcommand |
/// | `subcommand_metavar = ".."` | what usage shows for the subcommand |
/// | `result_callback = f` | receives what the subcommands returned |
/// | `source = expr` | a `CommandSource` that resolves subcommand names |
///
/// The result callback is a function `fn(Vec<T>) -> R` or
/// `fn(&Context, Vec<T>) -> R`, either possibly `async`, where `R` is anything a command may return
/// (`clack::CommandReturn`: `()`, `Result<U, E>`, ...; `U` becomes the
/// group's own result). Each
/// subcommand's return value is downcast to `T`; a subcommand that returned
/// something else fails the invocation with
/// ``Error: The result callback takes a `T` from every command, but a
/// command returned something else.`` (exit 1). With `T = ()`, commands
/// that return nothing are accepted; with `T = clack::Output`, results
/// arrive as they are.
///
/// ```ignore
/// use clack::prelude::*;
///
/// #[derive(Default)]
/// struct Repo { home: String }
///
/// /// A small version control tool.
/// #[group(commands = [clone])]
/// fn cli(ctx: &Context, #[option(default = ".repo")] repo_home: String) {
///     ctx.set_obj(Repo { home: repo_home });
/// }
///
/// /// Clone SRC.
/// #[command]
/// fn clone(#[obj] repo: &Repo, #[argument] src: String) {
///     clack::echo(format!("Cloning {src} into {}", repo.home));
/// }
/// ```
///
/// (Ignored here; see [`macro@command`] for where the tested examples are.)
#[proc_macro_attribute]
pub fn group(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand::command(attr.into(), item.into(), true).into()
}

/// Derive `ParamSet`: a struct whose fields are options and arguments,
/// shared by several commands (`#[params] common: Common`).
///
/// Fields take the same `#[option(..)]` and `#[argument(..)]` settings as
/// command parameters (see [`macro@command`]); a field without one is an
/// option, and its doc comment is its help unless `help` is given.
/// `#[params]` on a field nests another set. `#[params(crate = path)]` on
/// the struct replaces `::clack`.
///
/// ```ignore
/// use clack::prelude::*;
///
/// #[derive(Params)]
/// struct Verbosity {
///     /// Print more output.
///     #[option(short = 'v', count)]
///     verbose: u8,
/// }
///
/// /// List things.
/// #[command]
/// fn list(#[params] verbosity: Verbosity) {
///     clack::echo(format!("verbosity {}", verbosity.verbose));
/// }
/// ```
///
/// (Ignored here; see [`macro@command`] for where the tested examples are.)
#[proc_macro_derive(Params, attributes(option, argument, params))]
pub fn derive_params(item: TokenStream) -> TokenStream {
    match syn::parse::<syn::DeriveInput>(item) {
        Ok(input) => params::derive(input).into(),
        Err(e) => e.to_compile_error().into(),
    }
}

/// Derive a choice type from an enum of unit variants.
///
/// Implements `ChoiceEnum` (each variant's name is its identifier in lower
/// case with dashes, `BlueGreen` → `blue-green`, or
/// `#[choice(name = "..")]`), `ParamValue` (the type is a `Choice` of the
/// variants), `IntoDefault` (a default is written as a variant:
/// `default = Color::Red`) and the markers defaults need. The enum must be
/// `Clone`. `#[choice(crate = path)]` on the enum replaces `::clack`.
///
/// ```ignore
/// use clack::prelude::*;
///
/// #[derive(Choice, Clone, Copy)]
/// enum Greeting {
///     Hello,
///     #[choice(name = "hey")]
///     Hi,
/// }
///
/// /// Greet.
/// #[command]
/// fn greet(#[option(default = Greeting::Hello, ignore_case)] greeting: Greeting) {
///     let _ = greeting;
/// }
/// ```
///
/// (Ignored here; see [`macro@command`] for where the tested examples are.)
#[proc_macro_derive(Choice, attributes(choice))]
pub fn derive_choice(item: TokenStream) -> TokenStream {
    match syn::parse::<syn::DeriveInput>(item) {
        Ok(input) => choice::derive(input).into(),
        Err(e) => e.to_compile_error().into(),
    }
}
