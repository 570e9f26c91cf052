//! clack: Python's Click, rebuilt for Rust.
//!
//! Commands and groups are plain functions with `#[command]` and `#[group]`;
//! their parameters are options and arguments with Click's exact parsing,
//! conversion, help, errors and shell completion. Everything the macros
//! declare can also be built at run time with the builder API
//! ([`Command`], [`Group`], [`Opt`], [`Arg`]).
//!
//! The user guide is in the repository's `docs/` folder (quickstart,
//! parameters, commands and groups, testing, completion, framework CLIs,
//! coming from Click or clap); its snippets are compiled and run as doc
//! tests of this crate.
//!
//! # Commands as functions
//!
//! `#[command]` turns a function into a command: its doc comment is the
//! help, its parameters are options and arguments whose kind follows the
//! Rust type, and a struct of the same name gets `command()` (the
//! [`Command`], built with the builder API) and `main()`. The attribute
//! reference is on [`command`](macro@command), [`group`](macro@group),
//! [`Params`](macro@Params) and [`Choice`](macro@Choice).
//!
//! ```
//! # #[cfg(feature = "derive")] {
//! use clack::prelude::*;
//! use clack::testing::Runner;
//!
//! #[derive(Choice, Clone, Copy)]
//! enum Greeting { Hello, Howdy }
//!
//! /// Greet NAME a total of COUNT times.
//! #[command(version = "1.4.2")]
//! fn greet(
//!     #[option(short = 'c', default = 1, show_default, range = 1..=10, help = "Number of greetings.")]
//!     count: u32,
//!     #[option(prompt = "Your name", help = "The person to greet.")] name: String,
//!     #[option(default = Greeting::Hello, ignore_case)] greeting: Greeting,
//!     #[option(flag = "--shout/--no-shout")] shout: bool,
//! ) {
//!     let word = match greeting { Greeting::Hello => "Hello", Greeting::Howdy => "Howdy" };
//!     let mut text = format!("{word}, {name}!");
//!     if shout {
//!         text = text.to_uppercase();
//!     }
//!     for _ in 0..count {
//!         clack::echo(&text);
//!     }
//! }
//!
//! let result = Runner::new().invoke(&greet::command(), ["--name", "Ada", "-c", "2", "--greeting", "HOWDY"]);
//! assert_eq!(result.stdout, "Howdy, Ada!\nHowdy, Ada!\n");
//!
//! let result = Runner::new().input("Grace\n").invoke(&greet::command(), ["--shout"]);
//! assert_eq!(result.stdout, "Your name: Grace\nHELLO, GRACE!\n");
//!
//! let result = Runner::new().invoke(&greet::command(), ["--name", "x", "-c", "11"]);
//! assert_eq!(result.exit_code, 2);
//! assert!(result.stderr.ends_with("Error: Invalid value for '--count' / '-c': 11 is not in the range 1<=x<=10.\n"));
//! # }
//! ```
//!
//! Groups hand typed objects to their commands, and chained groups pass
//! what each command returned to a result callback:
//!
//! ```
//! # #[cfg(feature = "derive")] {
//! use clack::prelude::*;
//! use clack::testing::Runner;
//!
//! struct Repo { home: String }
//!
//! /// A small version control tool.
//! #[group(commands = [clone, init_db_command])]
//! fn cli(ctx: &Context, #[option(envvar = "REPO_HOME", default = ".repo")] repo_home: String) {
//!     ctx.set_obj(Repo { home: repo_home });
//! }
//!
//! /// Clone the repository at SRC.
//! #[command]
//! fn clone(#[obj] repo: &Repo, #[argument] src: String, #[argument] dest: Option<String>) {
//!     let dest = dest.unwrap_or_else(|| "here".into());
//!     clack::echo(format!("Cloning {src} into {dest} for {}", repo.home));
//! }
//!
//! /// Create the database.
//! #[command]
//! fn init_db_command() -> std::io::Result<()> {
//!     Err(std::io::Error::other("no disk"))
//! }
//!
//! let result = Runner::new().invoke(&cli::command(), ["clone", "x"]);
//! assert_eq!(result.stdout, "Cloning x into here for .repo\n");
//! let result = Runner::new().invoke(&cli::command(), ["init-db"]);
//! assert_eq!((result.exit_code, result.stderr.as_str()), (1, "Error: no disk\n"));
//!
//! /// Add numbers.
//! #[group(chain, result_callback = total, commands = [num])]
//! fn sum() {}
//!
//! fn total(numbers: Vec<u32>) {
//!     clack::echo(numbers.iter().sum::<u32>().to_string());
//! }
//!
//! /// A number.
//! #[command]
//! fn num(#[argument] n: u32) -> u32 {
//!     n
//! }
//!
//! let result = Runner::new().invoke(&sum::command(), ["num", "1", "num", "2"]);
//! assert_eq!(result.stdout, "3\n");
//! # }
//! ```
//!
//! # Shell completion
//!
//! Every program answers Click's completion protocol (the default
//! `completion` feature): `_PROG_COMPLETE=bash_source prog` prints a
//! script for bash (also `zsh`, `fish`, `powershell`), which then calls
//! `prog` with `_PROG_COMPLETE=bash_complete` on every Tab. Command names,
//! option names, choices, file and folder values complete on their own;
//! `shell_complete = f` on a parameter, or
//! [`ParamType::shell_complete`], adds candidates of the program's own.
//! No command callback runs and nothing prompts while completing.
//!
//! So that users need not learn the protocol, add
//! [`complete::completion_option`]: `prog --completion` prints the script
//! for the shell `$SHELL` names (or `--completion fish`) and how to install
//! it.
//!
//! ```
//! # #[cfg(all(feature = "derive", feature = "completion"))] {
//! use clack::prelude::*;
//! use clack::testing::Runner;
//!
//! fn regions(_ctx: &Context, _param: &Param, incomplete: &str) -> Vec<CompletionItem> {
//!     ["eu-west", "us-east"]
//!         .into_iter()
//!         .filter(|r| r.starts_with(incomplete))
//!         .map(|r| CompletionItem::new(r).help("a region"))
//!         .collect()
//! }
//!
//! /// Deploy somewhere.
//! #[command]
//! fn deploy(#[option(shell_complete = regions)] region: Option<String>) {}
//!
//! let cmd = deploy::command().param(clack::complete::completion_option());
//! let result = Runner::new()
//!     .env("_DEPLOY_COMPLETE", "fish_complete")
//!     .env("COMP_WORDS", "deploy --region e")
//!     .env("COMP_CWORD", "e")
//!     .invoke(&cmd, Vec::<String>::new());
//! assert_eq!(result.stdout, "plain,eu-west\ta region\n");
//!
//! let result = Runner::new().env("SHELL", "/bin/zsh").invoke(&cmd, ["--completion"]);
//! assert!(result.stdout.starts_with("#compdef deploy"));
//! # }
//! ```
//!
//! A program that never completes can drop the feature:
//! `clack = { version = "0.1", default-features = false, features = ["derive"] }`.
//!
//! # Terminal utilities
//!
//! [`termui`] has Click's prompts and terminal helpers: [`prompt`](termui::prompt)
//! and [`confirm`](termui::confirm), styled text ([`style`](termui::style),
//! shown only on a terminal, honouring `NO_COLOR` and `CLICOLOR_FORCE`),
//! [`progressbar`](termui::progressbar), [`edit`](termui::edit),
//! [`echo_via_pager`](termui::echo_via_pager), [`getchar`](termui::getchar),
//! [`pause`](termui::pause), [`clear`](termui::clear), [`launch`](termui::launch)
//! and [`get_app_dir`](termui::get_app_dir). All
//! but the prompts sit behind the `termui` feature, which is off by default
//! (`clack = { version = "0.1", features = ["termui"] }`), so that a program
//! that uses none of them does not compile them. They read and
//! write through the current command's streams, so the testing runner
//! captures them:
//!
//! ```
//! use clack::termui::{self, AnsiColor};
//! use clack::testing::Runner;
//! use clack::{Command, Output};
//!
//! let cmd = Command::new("tour").callback(|_| {
//!     let name: String = termui::prompt("Name").default("Ada").ask()?;
//!     let total: u64 = termui::progressbar(1..=100u64).label("Counting").sum();
//!     termui::style(format!("{name}: {total}")).fg(AnsiColor::Green).secho();
//!     Ok(Output::none())
//! });
//! // Not a terminal: no styles, and the bar prints only its label.
//! let result = Runner::new().input("\n").invoke(&cmd, [] as [&str; 0]);
//! assert_eq!(result.stdout, "Name [Ada]: \nCounting\nAda: 5050\n");
//! // On a terminal the styles stay.
//! let on_terminal = Runner::new().terminal(true).env_remove("NO_COLOR");
//! let result = on_terminal.input("Bo\n").invoke(&cmd, [] as [&str; 0]);
//! assert!(result.stdout.ends_with("\x1b[32mBo: 5050\x1b[0m\n"));
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub use clack_core::*;

#[cfg(feature = "derive")]
pub use clack_derive::{Choice, Params, command, group};

/// The names most programs need: `use clack::prelude::*;`.
pub mod prelude {
    pub use clack_core::complete::{CompletionItem, CompletionKind};
    pub use clack_core::termui::{confirm, prompt};
    pub use clack_core::types::{self, ChoiceEnum, IntoDefault};
    pub use clack_core::{
        Arg, Command, CommandReturn, Context, ContextSettings, Error, Group, Opt, Output, Param,
        ParamSet, ParamType, ParamValue, ParameterSource, Result, Value, echo, echo_err,
        echo_no_nl,
    };

    #[cfg(feature = "derive")]
    pub use clack_derive::{Choice, Params, command, group};
}

/// The user guide in `docs/`, one item per chapter, so that every Rust
/// snippet in it is compiled and run as a doc test by `cargo test`.
#[cfg(all(doctest, feature = "derive", feature = "completion"))]
pub mod guide {
    macro_rules! chapters {
        ($($(#[$m:meta])* $name:ident = $file:literal,)*) => {
            $(
                $(#[$m])*
                #[doc = include_str!(concat!("../docs/", $file))]
                pub struct $name;
            )*
        };
    }

    /// The project's README.
    #[doc = include_str!("../README.md")]
    pub struct Readme;

    chapters! {
        Index = "README.md",
        Quickstart = "quickstart.md",
        Parameters = "parameters.md",
        Options = "options.md",
        Arguments = "arguments.md",
        CommandsAndGroups = "commands-and-groups.md",
        ContextObjects = "context.md",
        Prompts = "prompts.md",
        HelpPages = "help.md",
        Constraints = "constraints.md",
        Testing = "testing.md",
        ShellCompletion = "completion.md",
        Utilities = "utilities.md",
        ErrorsAndExitCodes = "errors.md",
        FrameworkClis = "framework-clis.md",
        Configuration = "configuration.md",
        ComingFromClick = "from-click.md",
        ComingFromClap = "from-clap.md",
        Performance = "performance.md",
        Fuzzing = "fuzzing.md",
        #[cfg(feature = "docgen")]
        ManPages = "man-pages.md",
    }
}

/// Items the macros' generated code uses. Not part of the public API.
#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
