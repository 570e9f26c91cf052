//! The testing runner: what an invocation captures, and invocations on
//! several threads at once never seeing each other's output, input,
//! environment or folder.

use std::path::PathBuf;
use std::sync::{Arc, Barrier};

use clack_core::testing::{Runner, TempDir};
use clack_core::{Arg, Command, Error, ErrorKind, Opt, Output};

/// Echoes its environment variable, its input, its option and the folder it
/// runs in, interleaving stdout and stderr, and writes a file relative to
/// its working folder.
fn reporter() -> Command {
    Command::new("report")
        .param(Opt::new("--tag").required(true))
        .param(Opt::new("--lines").value_type::<u32>().default(20))
        .callback(|ctx| {
            let tag: String = ctx.take_required("tag")?;
            let lines: u32 = ctx.take_required("lines")?;
            let env = ctx.io().env().var("WHO").unwrap_or_default();
            let input = ctx.io().read_line()?.unwrap_or_default();
            for i in 0..lines {
                clack_core::echo(format!("{tag} {env} {input} {i}"));
                clack_core::echo_err(format!("{tag} err {i}"));
                std::thread::yield_now();
            }
            std::fs::write(ctx.io().resolve("who.txt"), &env)?;
            Ok(Output::new(tag))
        })
}

fn expected_stdout(tag: &str, who: &str, input: &str, lines: u32) -> String {
    (0..lines)
        .map(|i| format!("{tag} {who} {input} {i}\n"))
        .collect()
}

#[test]
fn parallel_invocations_never_see_each_other() {
    let cmd = Arc::new(reporter());
    for round in 0..100 {
        let start = Arc::new(Barrier::new(2));
        let handles: Vec<_> = ["a", "b"]
            .into_iter()
            .map(|tag| {
                let cmd = cmd.clone();
                let start = start.clone();
                std::thread::spawn(move || {
                    let who = format!("who-{tag}-{round}");
                    let input = format!("in-{tag}");
                    let runner = Runner::new()
                        .env("WHO", &who)
                        .input(format!("{input}\nrest\n"))
                        .isolated_filesystem();
                    start.wait();
                    let r = runner.invoke(&cmd, ["--tag", tag]);
                    assert_eq!(r.exit_code, 0, "{}", r.stderr);
                    assert_eq!(r.stdout, expected_stdout(tag, &who, &input, 20));
                    let err: String = (0..20).map(|i| format!("{tag} err {i}\n")).collect();
                    assert_eq!(r.stderr, err);
                    let dir = r.dir.as_ref().expect("an isolated folder");
                    let written = std::fs::read_to_string(dir.path().join("who.txt")).unwrap();
                    assert_eq!(written, who);
                    let value = r.output_value.expect("a result").downcast::<String>();
                    assert_eq!(value.ok().as_deref(), Some(tag));
                    dir.path().to_path_buf()
                })
            })
            .collect();
        let dirs: Vec<PathBuf> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        assert_ne!(dirs[0], dirs[1], "each invocation has its own folder");
        for dir in dirs {
            assert!(!dir.exists(), "the folder goes with the result");
        }
    }
    assert!(
        std::env::var_os("WHO").is_none(),
        "the process environment is untouched"
    );
}

#[test]
fn output_interleaves_both_streams_in_order() {
    let r = Runner::new()
        .input("x\n")
        .isolated_filesystem()
        .invoke(&reporter(), ["--tag", "t", "--lines", "2"]);
    assert_eq!(r.output, "t  x 0\nt err 0\nt  x 1\nt err 1\n");
}

#[test]
fn environment_can_be_removed_or_cleared() {
    let cmd = Command::new("env").param(Arg::new("name")).callback(|ctx| {
        let name: String = ctx.take_required("name")?;
        let value = ctx.io().env().var(&name);
        clack_core::echo(value.as_deref().unwrap_or("<unset>"));
        Ok(Output::none())
    });
    let r = Runner::new().clear_env().invoke(&cmd, ["PATH"]);
    assert_eq!(r.stdout, "<unset>\n");
    let r = Runner::new()
        .env("A", "1")
        .env_remove("A")
        .invoke(&cmd, ["A"]);
    assert_eq!(r.stdout, "<unset>\n");
    let r = Runner::new().clear_env().env("A", "1").invoke(&cmd, ["A"]);
    assert_eq!(r.stdout, "1\n");
}

#[test]
fn errors_escape_with_their_exit_codes() {
    let cmd = Command::new("fail").param(Arg::new("how")).callback(|ctx| {
        let how: String = ctx.take_required("how")?;
        match how.as_str() {
            "abort" => Err(Error::abort()),
            "exit" => Err(Error::exit(3)),
            "io" => Err(std::io::Error::other("disk full").into()),
            _ => Err(ctx.fail("bad how")),
        }
    });
    let runner = Runner::new();
    let r = runner.invoke(&cmd, ["abort"]);
    assert_eq!((r.exit_code, r.stderr.as_str()), (1, "Aborted!\n"));
    assert_eq!(r.error.as_ref().map(|e| e.kind()), Some(&ErrorKind::Abort));
    let r = runner.invoke(&cmd, ["exit"]);
    assert_eq!((r.exit_code, r.stderr.as_str()), (3, ""));
    let r = runner.invoke(&cmd, ["io"]);
    assert_eq!((r.exit_code, r.stderr.as_str()), (1, "Error: disk full\n"));
    let r = runner.invoke(&cmd, ["other"]);
    assert_eq!(r.exit_code, 2);
    assert!(r.stderr.starts_with("Usage: fail [OPTIONS] HOW\n"));
    assert!(r.stderr.ends_with("Error: bad how\n"));
    assert!(!r.success());
    let r = runner.invoke(&cmd, ["--help"]);
    assert!(r.success());
    assert!(r.error.is_some(), "--help ends the command with an exit");
}

#[test]
fn files_are_written_into_a_fresh_folder_each_time() {
    let cmd = Command::new("append").callback(|ctx| {
        let path = ctx.io().resolve("log.txt");
        let old = std::fs::read_to_string(&path)?;
        std::fs::write(&path, format!("{old}+"))?;
        clack_core::echo(std::fs::read_to_string(&path)?);
        Ok(Output::none())
    });
    let runner = Runner::new().file("log.txt", "start");
    let first = runner.invoke(&cmd, Vec::<String>::new());
    let second = runner.invoke(&cmd, Vec::<String>::new());
    assert_eq!(first.stdout, "start+\n");
    assert_eq!(second.stdout, "start+\n", "nothing leaks between runs");
    let nested = Runner::new()
        .file("sub/dir/log.txt", "deep")
        .invoke(&Command::new("noop"), Vec::<String>::new());
    let dir = nested.dir.as_ref().unwrap();
    assert!(dir.path().join("sub/dir/log.txt").is_file());
}

#[test]
fn a_chosen_folder_is_used_as_is() {
    let dir = TempDir::new().unwrap();
    std::fs::write(dir.path().join("x"), "1").unwrap();
    let cmd = Command::new("ls").callback(|ctx| {
        let cwd = ctx.io().cwd().map(|p| p.to_path_buf()).unwrap_or_default();
        let mut names: Vec<_> = std::fs::read_dir(cwd)?
            .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect::<Result<_, _>>()?;
        names.sort();
        clack_core::echo(names.join(","));
        Ok(Output::none())
    });
    let r = Runner::new()
        .cwd(dir.path())
        .invoke(&cmd, Vec::<String>::new());
    assert_eq!(r.stdout, "x\n");
    assert!(r.dir.is_none());
    // isolated_filesystem after cwd wins, and the other way round.
    let r = Runner::new()
        .cwd(dir.path())
        .isolated_filesystem()
        .invoke(&cmd, Vec::<String>::new());
    assert_eq!(r.stdout, "\n");
    let r = Runner::new()
        .isolated_filesystem()
        .cwd(dir.path())
        .invoke(&cmd, Vec::<String>::new());
    assert_eq!(r.stdout, "x\n");
}

#[test]
fn close_callbacks_write_to_the_captured_streams() {
    let cmd = Command::new("work").callback(|ctx| {
        ctx.call_on_close(|failed| clack_core::echo(format!("closed, failed={failed}")));
        clack_core::echo("working");
        Ok(Output::none())
    });
    let r = Runner::new().invoke(&cmd, Vec::<String>::new());
    assert_eq!(r.stdout, "working\nclosed, failed=false\n");
    let failing = Command::new("fail").callback(|ctx| {
        ctx.call_on_close(|failed| clack_core::echo_err(format!("closed, failed={failed}")));
        Err(Error::failure("broke"))
    });
    let r = Runner::new().invoke(&failing, Vec::<String>::new());
    assert_eq!(r.stderr, "closed, failed=true\nError: broke\n");
}
