//! `repo`: nested groups that share an object through the context, the twin
//! of Click's `repo.py`.
//!
//! The group's callback builds a `Repo` that its commands receive with
//! `#[obj]`. It also shows an environment variable for an option, a
//! repeated option taking two values, optional and variadic arguments, a
//! confirmation option, prompted and password options, a nested group, and
//! commands named apart from their functions. Its help and errors are
//! styled on a terminal (`clack::Styles::default()`).
//!
//!     cargo run --example repo -- clone https://example.invalid/widget.git

use std::collections::BTreeMap;
use std::path::PathBuf;

use clack::prelude::*;

/// The repository every command works on.
struct Repo {
    home: String,
    config: BTreeMap<String, String>,
    verbose: bool,
}

impl Repo {
    fn set_config(&mut self, key: &str, value: &str) {
        self.config.insert(key.to_string(), value.to_string());
        if self.verbose {
            clack::echo_err(format!("  config[{key}] = {value}"));
        }
    }
}

/// Repo is a small version control tool.
///
/// It shows how a group hands one object to all of its commands.
#[group(
    commands = [clone, delete, setuser, commit, copy, remote],
    version = "2.0.0",
    version_prog_name = "repo",
    styles = clack::Styles::default()
)]
pub(crate) fn cli(
    ctx: &Context,
    #[option(
        envvar = "REPO_HOME",
        default = ".repo",
        metavar = "PATH",
        help = "Where the repository lives."
    )]
    repo_home: String,
    #[option(metavar = "KEY VALUE", help = "Override a configuration value.")] config: Vec<(
        String,
        String,
    )>,
    #[option("--verbose", "-v", help = "Print more output.")] verbose: bool,
) -> Result<(), Error> {
    let repo = ctx.set_obj(Repo {
        home: repo_home,
        config: BTreeMap::new(),
        verbose,
    });
    let mut repo = repo.borrow_mut()?;
    for (key, value) in config {
        repo.set_config(&key, &value);
    }
    Ok(())
}

/// Clone the repository at SRC into DEST.
///
/// Without DEST, the last part of SRC names the new folder.
#[command]
fn clone(
    #[obj] repo: &Repo,
    #[argument] src: String,
    #[argument] dest: Option<String>,
    #[option(
        flag = "--shallow/--deep",
        show_default,
        help = "Make a shallow or a deep checkout."
    )]
    shallow: bool,
    #[option("--rev", "-r", default = "HEAD", help = "Clone this revision.")] rev: String,
) {
    let dest = dest.unwrap_or_else(|| {
        let last = src.trim_end_matches('/').rsplit('/').next().unwrap_or("");
        if last.is_empty() {
            ".".into()
        } else {
            last.into()
        }
    });
    clack::echo(format!("Cloning {src} into {dest} at {rev}"));
    clack::echo(format!(
        "Checkout: {}",
        if shallow { "shallow" } else { "deep" }
    ));
    clack::echo(format!("Repository home: {}", repo.home));
}

/// Delete the repository.
#[command]
fn delete(
    #[obj] repo: &Repo,
    #[option(confirmation_option, prompt = "Really delete the repository?")] _yes: bool,
) {
    clack::echo(format!("Deleted {}", repo.home));
}

/// Set the user that makes commits.
#[command]
fn setuser(
    #[obj] repo: &mut Repo,
    #[option(prompt, help = "Your user name.")] username: String,
    #[option(prompt = "E-mail", help = "Your e-mail address.")] email: String,
    #[option(password_option, help = "Your password.")] password: String,
) {
    repo.set_config("username", &username);
    repo.set_config("email", &email);
    repo.set_config("password", &"*".repeat(password.chars().count()));
    clack::echo("Changed credentials.");
    for (key, value) in &repo.config {
        clack::echo(format!("{key} = {value}"));
    }
}

/// Commit FILES, or every changed file when none are named.
#[command]
fn commit(
    #[obj] _repo: &Repo,
    #[option(
        "--message",
        "-m",
        help = "The commit message. Given more than once, each is a paragraph."
    )]
    message: Vec<String>,
    #[argument] files: Vec<PathBuf>,
) -> Result<(), Error> {
    if message.is_empty() {
        return Err(Error::usage("Give a commit message with -m."));
    }
    let files: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    let files = if files.is_empty() {
        "(all)".to_string()
    } else {
        files.join(", ")
    };
    clack::echo(format!("Files: {files}"));
    clack::echo(message.join("\n\n"));
    Ok(())
}

/// Copy every SRC to DST.
#[command]
fn copy(
    #[obj] _repo: &Repo,
    #[argument(required)] src: Vec<String>,
    #[argument] dst: String,
    #[option("--force", "-f", help = "Overwrite existing files.")] force: bool,
) {
    for name in src {
        clack::echo(format!(
            "Copy {name} -> {dst}{}",
            if force { " (forced)" } else { "" }
        ));
    }
}

/// Manage the remotes that this repository tracks.
#[group(commands = [remote_add, remote_remove, remote_show_url])]
fn remote() {}

/// Add the remote NAME at URL.
#[command(name = "add")]
fn remote_add(#[obj] repo: &Repo, #[argument] name: String, #[argument] url: String) {
    clack::echo(format!("Added remote {name} -> {url} in {}", repo.home));
}

/// Remove each remote in NAMES.
#[command(name = "remove")]
fn remote_remove(#[argument(required)] names: Vec<String>) {
    for name in names {
        clack::echo(format!("Removed remote {name}"));
    }
}

/// Print the URL that this repository uses for the remote NAME when it
/// fetches, or, with --push, when it pushes.
#[command(name = "show-url", short_help = "Print a remote's URL.")]
fn remote_show_url(
    #[argument] name: String,
    #[option(help = "Show the push URL instead of the fetch URL.")] push: bool,
) {
    let kind = if push { "push" } else { "fetch" };
    clack::echo(format!(
        "{name} ({kind}): https://example.invalid/{name}.git"
    ));
}

fn main() {
    cli::main()
}
