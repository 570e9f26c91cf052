//! The programs the benchmarks run, each written with clack and with clap:
//! the small benchmark app (the same sources as `apps/clack-app` and
//! `apps/clap-app`, whose builds `scripts/build-cost.sh` measures), a clap
//! builder version of it, and a bigger CLI (a group with five subcommands
//! and 21 options).

#[path = "../apps/clack-app/src/app.rs"]
pub mod small_clack;

#[path = "../apps/clap-app/src/app.rs"]
pub mod small_clap;

pub mod small_clap_builder;

pub mod big_clack;
pub mod big_clap;
pub mod lazy;
