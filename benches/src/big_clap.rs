//! The bigger CLI with clap's derive macros: the same package tool as
//! `big_clack`.

use std::path::PathBuf;

use clap::{ArgAction, Parser, Subcommand, ValueEnum};

/// How search results are sorted.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum Sort {
    /// By name.
    Name,
    /// By date.
    Date,
    /// By downloads.
    Downloads,
}

/// A build profile.
#[derive(ValueEnum, Clone, Copy, Debug)]
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
#[derive(Parser, Debug)]
#[command(name = "pkg")]
pub struct Pkg {
    /// Print more output.
    #[arg(short, long, action = ArgAction::Count)]
    pub verbose: u8,
    /// Read this configuration file.
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Print nothing.
    #[arg(short, long)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Cmd,
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub enum Cmd {
    /// Install packages.
    Install {
        /// Install even if already installed.
        #[arg(short, long)]
        force: bool,
        /// The version to install.
        #[arg(long)]
        version: Option<String>,
        /// Where to install.
        #[arg(long, value_name = "DIR")]
        target: Option<PathBuf>,
        /// Parallel jobs.
        #[arg(short, long, default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..))]
        jobs: u32,
        packages: Vec<String>,
    },
    /// Remove packages.
    Remove {
        /// Remove configuration files too.
        #[arg(long)]
        purge: bool,
        /// Show what would be removed.
        #[arg(long)]
        dry_run: bool,
        packages: Vec<String>,
    },
    /// Search the registry.
    Search {
        /// Show at most this many results.
        #[arg(long, default_value_t = 20)]
        limit: u32,
        /// Match the name exactly.
        #[arg(long)]
        exact: bool,
        /// How to sort the results.
        #[arg(long, value_enum, default_value_t = Sort::Name)]
        sort: Sort,
        query: String,
    },
    /// Build the project.
    Build {
        /// Build with optimisations.
        #[arg(long)]
        release: bool,
        /// Features to enable.
        #[arg(long)]
        features: Vec<String>,
        /// Parallel jobs.
        #[arg(short, long, default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..))]
        jobs: u32,
        /// Where to put the build.
        #[arg(long, value_name = "DIR")]
        target_dir: Option<PathBuf>,
        /// The build profile.
        #[arg(long, value_enum, default_value_t = Profile::Dev)]
        profile: Profile,
    },
    /// Publish the package.
    Publish {
        /// The registry token.
        #[arg(long, env = "PKG_TOKEN")]
        token: Option<String>,
        /// The registry to publish to.
        #[arg(long, default_value = "main")]
        registry: String,
        /// Publish with uncommitted changes.
        #[arg(long)]
        allow_dirty: bool,
        /// Check everything but do not upload.
        #[arg(long)]
        dry_run: bool,
    },
}
