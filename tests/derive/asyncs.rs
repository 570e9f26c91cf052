//! `async fn` commands, groups and result callbacks: with the `tokio`
//! feature they run on tokio, without it on clack's own executor; the
//! Runner runs them like any other command.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context as TaskContext, Poll};

use clack::prelude::*;

use super::{ok, run};

/// Pending once (after waking itself), then ready: a future that really
/// suspends, whichever executor polls it.
struct YieldOnce(bool);

impl Future for YieldOnce {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<()> {
        if self.0 {
            return Poll::Ready(());
        }
        self.0 = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

async fn slow_double(n: u32) -> u32 {
    YieldOnce(false).await;
    n * 2
}

/// Double N, eventually.
#[command]
async fn double(#[argument] n: u32, #[option(default = "twice")] label: String) {
    let d = slow_double(n).await;
    clack::echo(format!("{label}: {d}"));
}

/// Fails the way its return type says.
#[command]
async fn fetch(#[argument] what: String) -> Result<std::process::ExitCode, std::io::Error> {
    YieldOnce(false).await;
    match what.as_str() {
        "missing" => Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "no such page",
        )),
        "teapot" => Ok(std::process::ExitCode::from(18)),
        _ => Ok(std::process::ExitCode::SUCCESS),
    }
}

/// Fails with a usage error, through the borrowed context.
#[command]
async fn strict(ctx: &Context, #[argument] word: String) -> clack::Result<()> {
    YieldOnce(false).await;
    if word != "yes" {
        return Err(ctx.fail("Say yes."));
    }
    Ok(())
}

struct Session {
    user: String,
}

/// A tool whose group function is async.
#[group(commands = [whoami])]
async fn remote(ctx: &Context, #[option(default = "ada")] user: String) {
    YieldOnce(false).await;
    ctx.set_obj(Session { user });
}

/// Who is logged in.
#[command]
async fn whoami(#[obj] session: &Session) {
    YieldOnce(false).await;
    clack::echo(&session.user);
}

/// Add numbers, asynchronously.
#[group(chain, result_callback = add_up, commands = [number])]
fn adder() {}

async fn add_up(numbers: Vec<u32>) -> Result<u32, String> {
    YieldOnce(false).await;
    let sum: u32 = numbers.iter().sum();
    if sum > 100 {
        return Err(format!("{sum} is too much"));
    }
    clack::echo(sum.to_string());
    Ok(sum)
}

/// A number, eventually.
#[command]
async fn number(#[argument] n: u32) -> u32 {
    slow_double(n).await / 2
}

/// Multiplies, with the context.
#[group(chain, result_callback = multiply, commands = [number])]
fn multiplier() {}

async fn multiply(ctx: &Context, numbers: Vec<u32>) {
    YieldOnce(false).await;
    let product: u32 = numbers.iter().product();
    clack::echo(format!("{}: {product}", ctx.command_path()));
}

#[test]
fn async_commands_run_to_their_end() {
    assert_eq!(ok(run(&double::command(), &["21"])), "twice: 42\n");
    assert_eq!(
        ok(run(&double::command(), &["4", "--label", "x"])),
        "x: 8\n"
    );
}

#[test]
fn async_errors_and_exit_codes() {
    let result = run(&fetch::command(), &["missing"]);
    assert_eq!(
        (result.exit_code, result.stderr.as_str()),
        (1, "Error: no such page\n")
    );
    let result = run(&fetch::command(), &["teapot"]);
    assert_eq!((result.exit_code, result.stderr.as_str()), (18, ""));
    assert_eq!(ok(run(&fetch::command(), &["home"])), "");

    let result = run(&strict::command(), &["no"]);
    assert_eq!(result.exit_code, 2);
    assert!(
        result.stderr.ends_with("\nError: Say yes.\n"),
        "{}",
        result.stderr
    );
    assert_eq!(ok(run(&strict::command(), &["yes"])), "");
}

#[test]
fn async_group_functions_hand_objects_down() {
    assert_eq!(ok(run(&remote::command(), &["whoami"])), "ada\n");
    assert_eq!(
        ok(run(&remote::command(), &["--user", "grace", "whoami"])),
        "grace\n"
    );
}

#[test]
fn async_result_callbacks() {
    assert_eq!(
        ok(run(&adder::command(), &["number", "2", "number", "40"])),
        "42\n"
    );
    let result = run(&adder::command(), &["number", "99", "number", "2"]);
    assert_eq!(
        (result.exit_code, result.stderr.as_str()),
        (1, "Error: 101 is too much\n")
    );
    assert_eq!(
        ok(run(&multiplier::command(), &["number", "6", "number", "7"])),
        "multiplier: 42\n"
    );
}

/// Under the `tokio` feature, tokio's own futures work in commands: the
/// task spawned by the group is still running for the subcommand, since
/// clack keeps one runtime per thread.
#[cfg(feature = "tokio")]
mod on_tokio {
    use clack::prelude::*;

    use super::super::{ok, run};

    struct Worker(std::cell::RefCell<Option<tokio::task::JoinHandle<u32>>>);

    /// Starts a task.
    #[group(commands = [join])]
    async fn spawner(ctx: &Context) {
        ctx.set_obj(Worker(std::cell::RefCell::new(Some(tokio::spawn(async {
            7 * 6
        })))));
    }

    /// Waits for the task.
    #[command]
    async fn join(#[obj] worker: &Worker) -> Result<(), tokio::task::JoinError> {
        let handle = worker.0.borrow_mut().take();
        if let Some(handle) = handle {
            clack::echo(handle.await?.to_string());
        }
        tokio::task::yield_now().await;
        Ok(())
    }

    #[test]
    fn tokio_tasks_outlive_the_group_function() {
        assert_eq!(ok(run(&spawner::command(), &["join"])), "42\n");
    }

    #[test]
    fn a_caller_inside_a_runtime_runs_commands_from_a_blocking_context() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let out = rt.block_on(async {
            tokio::task::spawn_blocking(|| ok(run(&spawner::command(), &["join"]))).await
        });
        assert_eq!(out.ok().as_deref(), Some("42\n"));
    }
}
