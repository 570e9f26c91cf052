//! A bigger CLI with clack's derive macros: a package tool, a group with
//! three options and five subcommands, 21 options in all.

use std::path::PathBuf;

use clack::prelude::*;

/// How search results are sorted.
#[derive(Choice, Clone, Copy, Debug)]
pub enum Sort {
    /// By name.
    Name,
    /// By date.
    Date,
    /// By downloads.
    Downloads,
}

/// A build profile.
#[derive(Choice, Clone, Copy, Debug)]
pub enum Profile {
    /// Debug build.
    Dev,
    /// Optimised build.
    Release,
    /// Optimised build with debug info.
    Bench,
}

/// Manage the packages of a project.
///
/// Each subcommand works on the project in the current folder.
#[group(name = "pkg", commands = [install, remove, search, build, publish])]
pub fn pkg(
    #[option("--verbose", "-v", count, help = "Print more output.")] verbose: u8,
    #[option(metavar = "PATH", help = "Read this configuration file.")] config: Option<PathBuf>,
    #[option("--quiet", "-q", help = "Print nothing.")] quiet: bool,
) {
    std::hint::black_box((verbose, config, quiet));
}

/// Install packages.
#[command]
pub fn install(
    #[option("--force", "-f", help = "Install even if already installed.")] force: bool,
    #[option(help = "The version to install.")] version: Option<String>,
    #[option(metavar = "DIR", help = "Where to install.")] target: Option<PathBuf>,
    #[option("--jobs", "-j", default = 4, range = 1.., show_default, help = "Parallel jobs.")]
    jobs: u32,
    #[argument] packages: Vec<String>,
) {
    std::hint::black_box((force, version, target, jobs, packages));
}

/// Remove packages.
#[command]
pub fn remove(
    #[option(help = "Remove configuration files too.")] purge: bool,
    #[option(help = "Show what would be removed.")] dry_run: bool,
    #[argument] packages: Vec<String>,
) {
    std::hint::black_box((purge, dry_run, packages));
}

/// Search the registry.
#[command]
pub fn search(
    #[option(default = 20, show_default, help = "Show at most this many results.")] limit: u32,
    #[option(help = "Match the name exactly.")] exact: bool,
    #[option(default = Sort::Name, show_default, help = "How to sort the results.")] sort: Sort,
    #[argument] query: String,
) {
    std::hint::black_box((limit, exact, sort, query));
}

/// Build the project.
#[command]
pub fn build(
    #[option(help = "Build with optimisations.")] release: bool,
    #[option(help = "Features to enable.")] features: Vec<String>,
    #[option("--jobs", "-j", default = 4, range = 1.., help = "Parallel jobs.")] jobs: u32,
    #[option(metavar = "DIR", help = "Where to put the build.")] target_dir: Option<PathBuf>,
    #[option(default = Profile::Dev, help = "The build profile.")] profile: Profile,
) {
    std::hint::black_box((release, features, jobs, target_dir, profile));
}

/// Publish the package.
#[command]
pub fn publish(
    #[option(envvar = "PKG_TOKEN", help = "The registry token.")] token: Option<String>,
    #[option(default = "main", help = "The registry to publish to.")] registry: String,
    #[option(help = "Publish with uncommitted changes.")] allow_dirty: bool,
    #[option(help = "Check everything but do not upload.")] dry_run: bool,
) {
    std::hint::black_box((token, registry, allow_dirty, dry_run));
}
