//! Click's `tests/test_testing.py`: the test runner itself
//! (`clack::testing::Runner`, Click's `CliRunner`).

use clack::termui::{AnsiColor, style};
use clack::testing::{Runner, TempDir};
use clack::types::{File, LazyFile, Path};
use clack::{Arg, Command, Error, Opt, Output};

fn run(cmd: &Command) -> clack::testing::RunResult {
    Runner::new().invoke(cmd, [""; 0])
}

/// What the command reads from standard input is the runner's input.
#[test]
fn runner() {
    let cat = Command::new("test").callback(|ctx| {
        let mut input = Vec::new();
        ctx.io().with_stdin(|r| r.read_to_end(&mut input))?;
        ctx.io().with_stdout(|w| w.write_all(&input))?;
        Ok(Output::none())
    });
    let result = Runner::new().input("Hello World!\n").invoke(&cat, [""; 0]);
    assert!(result.error.is_none());
    assert_eq!(result.output, "Hello World!\n");
}

/// The runner writes the answer a visible prompt reads after the prompt,
/// and only a newline after a hidden one.
#[test]
fn prompts() {
    let show = |hidden: bool| {
        Command::new("test")
            .param(Opt::new("--foo").prompt_auto().hide_input(hidden))
            .callback(|ctx| {
                clack::echo(format!("foo={}", ctx.take_required::<String>("foo")?));
                Ok(Output::none())
            })
    };
    let runner = Runner::new().input("wau wau\n");
    assert_eq!(
        runner.invoke(&show(false), [""; 0]).output,
        "Foo: wau wau\nfoo=wau wau\n"
    );
    assert_eq!(
        runner.invoke(&show(true), [""; 0]).output,
        "Foo: \nfoo=wau wau\n"
    );
}

/// A key read by `getchar` is echoed only when asked for.
#[test]
fn getchar() {
    let quiet = Command::new("continue_it").callback(|_| {
        clack::echo(clack::termui::getchar(false)?);
        Ok(Output::none())
    });
    let echoing = Command::new("getchar_echo").callback(|_| {
        clack::echo(clack::termui::getchar(true)?);
        Ok(Output::none())
    });
    let runner = Runner::new().input("y");
    assert_eq!(runner.invoke(&quiet, [""; 0]).output, "y\n");
    assert_eq!(runner.invoke(&echoing, [""; 0]).output, "yy\n");
}

/// Styles are dropped unless colour is on (`terminal(true)`, Click's
/// `color=True`).
#[test]
fn with_color() {
    let cmd = Command::new("cli").callback(|_| {
        style("hello world").fg(AnsiColor::Blue).secho();
        Ok(Output::none())
    });
    assert_eq!(run(&cmd).output, "hello world\n");
    let result = Runner::new().terminal(true).invoke(&cmd, [""; 0]);
    assert_eq!(result.output, "\x1b[34mhello world\x1b[0m\n");
}

/// A styled error message is shown plain unless colour is on.
#[test]
fn with_color_errors() {
    let cmd = Command::new("cli").callback(|_| {
        Err(Error::failure(
            style("Red error").fg(AnsiColor::Red).to_string(),
        ))
    });
    let result = run(&cmd);
    assert_eq!(result.output, "Error: Red error\n");
    assert!(result.error.is_some());
    let result = Runner::new().terminal(true).invoke(&cmd, [""; 0]);
    assert_eq!(result.output, "Error: \x1b[31mRed error\x1b[0m\n");
}

/// `pause` does not wait (nor write) without a terminal on standard input.
#[test]
fn with_color_but_pause_not_blocking() {
    let cmd = Command::new("cli").callback(|_| {
        clack::termui::pause("Press any key to continue...");
        Ok(Output::none())
    });
    let result = Runner::new().terminal(true).invoke(&cmd, [""; 0]);
    assert!(result.error.is_none());
    assert_eq!(result.output, "");
}

#[test]
fn with_echo_via_pager() {
    let cmd = Command::new("cli").callback(|_| {
        clack::termui::echo_via_pager("Hello, Click!");
        Ok(Output::none())
    });
    let result = run(&cmd);
    assert!(result.error.is_none());
    assert_eq!(result.output, "Hello, Click!\n");
}

/// Exiting with a code keeps what was written before. (Click's
/// `sys.exit("error")` and `sys.exit(1.0)`, which print their argument,
/// are Python's `SystemExit`; clack exits with an integer code.)
#[test]
fn exit_code_and_output_from_sys_exit() {
    let exiting = Command::new("cli").callback(|ctx| {
        clack::echo("hello world");
        Err(ctx.exit(1))
    });
    let result = run(&exiting);
    assert_eq!(result.exit_code, 1);
    assert_eq!(result.output, "hello world\n");

    let fine = Command::new("cli").callback(|_| {
        clack::echo("hello world");
        Ok(Output::none())
    });
    let result = run(&fine);
    assert_eq!(result.exit_code, 0);
    assert_eq!(result.output, "hello world\n");
}

/// Variables set for an invocation are seen by the command, and the
/// process environment is left alone.
#[test]
fn env() {
    let cmd = Command::new("cli").callback(|ctx| {
        let value = ctx.io().env().var("TEST_CLICK_ENV").unwrap_or_default();
        clack::echo(format!("ENV={value}"));
        Ok(Output::none())
    });
    assert!(std::env::var_os("TEST_CLICK_ENV").is_none());
    let result = Runner::new()
        .env("TEST_CLICK_ENV", "some_value")
        .invoke(&cmd, [""; 0]);
    assert_eq!(result.exit_code, 0);
    assert_eq!(result.output, "ENV=some_value\n");
    assert!(std::env::var_os("TEST_CLICK_ENV").is_none());
}

#[test]
fn stderr() {
    let cmd = Command::new("cli").callback(|_| {
        clack::echo("1 - stdout");
        clack::echo_err("2 - stderr");
        clack::echo("3 - stdout");
        clack::echo_err("4 - stderr");
        Ok(Output::none())
    });
    let result = run(&cmd);
    assert_eq!(
        result.output,
        "1 - stdout\n2 - stderr\n3 - stdout\n4 - stderr\n"
    );
    assert_eq!(result.stdout, "1 - stdout\n3 - stdout\n");
    assert_eq!(result.stderr, "2 - stderr\n4 - stderr\n");

    let quiet = Command::new("cli").callback(|_| {
        clack::echo("stdout");
        Ok(Output::none())
    });
    let result = run(&quiet);
    assert_eq!(result.output, "stdout\n");
    assert_eq!(result.stdout, "stdout\n");
    assert_eq!(result.stderr, "");
}

/// Arguments are given as a list. (Click also splits a single string like
/// a shell; clack's runner takes the words.)
#[test]
fn args() {
    let cmd = Command::new("cli")
        .param(Opt::new("--foo").default("bar"))
        .callback(|ctx| {
            clack::echo(ctx.take_required::<String>("foo")?);
            Ok(Output::none())
        });
    let cases: [(&[&str], &str); 2] = [(&[], "bar\n"), (&["--foo", "one two"], "one two\n")];
    for (args, want) in cases {
        let result = Runner::new().invoke(&cmd, args.iter().copied());
        assert_eq!(result.exit_code, 0);
        assert_eq!(result.output, want);
    }
}

#[test]
fn setting_prog_name_in_extra() {
    let cmd = Command::new("cli").callback(|_| {
        clack::echo("ok");
        Ok(Output::none())
    });
    let result = Runner::new().prog_name("foobar").invoke(&cmd, [""; 0]);
    assert!(result.error.is_none());
    assert_eq!(result.output, "ok\n");
}

#[test]
fn command_standalone_mode_returns_value() {
    let cmd = Command::new("cli").callback(|_| {
        clack::echo("ok");
        Ok(Output::new("Hello, World!".to_string()))
    });
    let result = run(&cmd);
    assert_eq!(result.output, "ok\n");
    assert_eq!(result.exit_code, 0);
    assert_eq!(crate::returned::<String>(result), "Hello, World!");
}

/// A `-` file argument is standard input, named `<stdin>`.
#[test]
fn file_stdin_attrs() {
    let cmd = Command::new("cli")
        .param(Arg::new("f").ty(File::new("r")))
        .callback(|ctx| {
            let f: LazyFile = ctx.take_required("f")?;
            clack::echo(f.name().to_string_lossy());
            Ok(Output::none())
        });
    let result = Runner::new().invoke(&cmd, ["-"]);
    assert_eq!(result.output, "<stdin>\n");
}

/// An isolated folder exists while in use and is removed afterwards.
#[test]
fn isolated_runner() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().to_path_buf();
    assert!(path.exists());
    drop(dir);
    assert!(!path.exists());
}

/// A command given an absolute path in a folder of the test's own writes
/// there.
#[test]
fn tempdir_replacement_pattern() {
    let cmd = Command::new("write_marker")
        .param(Arg::new("path").ty(Path::new()))
        .callback(|ctx| {
            let path: std::path::PathBuf = ctx.take_required("path")?;
            std::fs::write(path, "written")?;
            Ok(Output::none())
        });
    let dir = TempDir::new().unwrap();
    let target = dir.path().join("marker.txt");
    let result = Runner::new().invoke(&cmd, [target.as_os_str()]);
    assert_eq!(result.exit_code, 0);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "written");
}

/// Folders made on many threads at once are distinct, and the process's
/// working folder is never changed.
#[test]
fn tempdir_isolation_is_thread_safe() {
    let before = std::env::current_dir().unwrap();
    let workers = 8;
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(workers));
    let handles: Vec<_> = (0..workers)
        .map(|i| {
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                let dir = TempDir::new().unwrap();
                let target = dir.path().join("data.txt");
                barrier.wait();
                std::fs::write(&target, format!("payload-{i}")).unwrap();
                let content = std::fs::read_to_string(&target).unwrap();
                (
                    dir.path().to_path_buf(),
                    std::env::current_dir().unwrap(),
                    content,
                )
            })
        })
        .collect();
    let results: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let dirs: std::collections::BTreeSet<_> = results.iter().map(|r| r.0.clone()).collect();
    assert_eq!(dirs.len(), workers);
    assert!(results.iter().all(|r| r.1 == before));
    let mut contents: Vec<_> = results.into_iter().map(|r| r.2).collect();
    contents.sort();
    let mut want: Vec<_> = (0..workers).map(|i| format!("payload-{i}")).collect();
    want.sort();
    assert_eq!(contents, want);
}

/// Output written without a newline or flush still reaches the result.
#[test]
fn isolation_flushes_unflushed_stderr() {
    let cmd = Command::new("cli").callback(|ctx| {
        let _ = ctx.io().try_write(true, b"gyarados gyarados gyarados");
        Ok(Output::none())
    });
    assert_eq!(run(&cmd).stderr, "gyarados gyarados gyarados");
}

/// A command that copies its standard input to its standard output.
fn copy_stdin() -> Command {
    Command::new("test").callback(|ctx| {
        let mut data = Vec::new();
        ctx.io()
            .with_stdin(|r| std::io::Read::read_to_end(r, &mut data))
            .map_err(|e| Error::failure(e.to_string()))?;
        ctx.io()
            .with_stdout(|w| std::io::Write::write_all(w, &data))
            .ok();
        Ok(Output::none())
    })
}

#[test]
fn echo_stdin_stream() {
    let result = Runner::new()
        .echo_stdin(true)
        .input("Hello World!\n")
        .invoke(&copy_stdin(), [""; 0]);
    assert!(result.error.is_none());
    assert_eq!(result.output, "Hello World!\nHello World!\n");
}

#[test]
fn echo_stdin_prompts() {
    let echoing = || Runner::new().echo_stdin(true);
    // Reading a line by hand, as Python's `input()`.
    let by_hand = Command::new("test_python_input").callback(|ctx| {
        clack::echo_no_nl("Foo: ");
        let foo = ctx.io().read_line()?.unwrap_or_default();
        clack::echo(format!("foo={foo}"));
        Ok(Output::none())
    });
    let result = echoing().input("bar bar\n").invoke(&by_hand, [""; 0]);
    assert!(result.error.is_none());
    assert_eq!(result.output, "Foo: bar bar\nfoo=bar bar\n");

    let echo_foo = |opt: Opt| {
        Command::new("test_prompt").param(opt).callback(|ctx| {
            clack::echo(format!("foo={}", ctx.get_required::<String>("foo")?));
            Ok(Output::none())
        })
    };
    let result = echoing()
        .input("bar bar\n")
        .invoke(&echo_foo(Opt::new("--foo").prompt_auto()), [""; 0]);
    assert_eq!(result.output, "Foo: bar bar\nfoo=bar bar\n");

    let result = echoing().input("bar bar\n").invoke(
        &echo_foo(Opt::new("--foo").prompt_auto().hide_input(true)),
        [""; 0],
    );
    assert_eq!(result.output, "Foo: \nfoo=bar bar\n");

    let two = Command::new("test_multiple_prompts")
        .param(Opt::new("--foo").prompt_auto())
        .param(Opt::new("--bar").prompt_auto())
        .callback(|ctx| {
            let foo: String = ctx.get_required("foo")?;
            let bar: String = ctx.get_required("bar")?;
            clack::echo(format!("foo={foo}, bar={bar}"));
            Ok(Output::none())
        });
    let result = echoing().input("one\ntwo\n").invoke(&two, [""; 0]);
    assert_eq!(result.output, "Foo: one\nBar: two\nfoo=one, bar=two\n");
}

/// Input given as bytes (Click: a `BytesIO`) reaches a command reading
/// standard input as a stream, echoed or not.
#[test]
fn runner_with_stream() {
    let bytes: Vec<u8> = b"Hello World!\n".to_vec();
    let result = Runner::new()
        .input(bytes.clone())
        .invoke(&copy_stdin(), [""; 0]);
    assert!(result.error.is_none());
    assert_eq!(result.output, "Hello World!\n");
    let result = Runner::new()
        .echo_stdin(true)
        .input(bytes)
        .invoke(&copy_stdin(), [""; 0]);
    assert_eq!(result.output, "Hello World!\nHello World!\n");
}
