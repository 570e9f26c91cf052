//! Click's `tests/test_termui.py`, the pager as a writer
//! (`click.get_pager_file`, clack's `termui::pager`). Click fakes a
//! terminal by patching `isatty`; here the command runs with streams that
//! say they are terminals, and the "real pager" is a shell that copies its
//! input to a file the test reads.

use std::io::Write;
use std::path::{Path, PathBuf};

use clack::io::{Env, Io};
use clack::termui::{echo_via_pager, pager, style};
use clack::{Command, Context, ContextSettings, Error, Output, Run};

/// A folder of its own for one test.
pub(crate) fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("clack-pager-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A `$PAGER` that copies what it is given to `out`.
pub(crate) fn copying_pager(out: &Path) -> String {
    format!("sh -c 'cat > {}'", out.display())
}

/// Run `body` in a command whose standard input and output are terminals
/// (unless `stdin_tty` is false), with `env` only (and `PATH`), and return
/// what reached the command's own standard output and how it ended.
pub(crate) fn on_terminal(
    env: &[(&str, &str)],
    stdin_tty: bool,
    color: Option<bool>,
    body: impl Fn(&Context) -> Result<(), Error> + Send + Sync + 'static,
) -> (String, Result<(), Error>) {
    let vars = Env::empty();
    if let Some(path) = std::env::var_os("PATH") {
        vars.set("PATH", path);
    }
    for (k, v) in env {
        vars.set(*k, *v);
    }
    let cmd = Command::new("cli").callback(move |ctx| {
        let done = body(ctx);
        let out = ctx.io().captured_stdout().unwrap_or_default();
        Ok(Output::new((out, done)))
    });
    let mut settings = ContextSettings::new();
    if let Some(c) = color {
        settings = settings.color(c);
    }
    let io = Io::captured("")
        .with_env(vars)
        .with_terminal(stdin_tty, true, true);
    let run = Run::new()
        .args(Vec::<String>::new())
        .prog_name("cli")
        .io(io)
        .settings(settings);
    let outcome = cmd.try_run(run).expect("the command runs");
    outcome
        .into_output()
        .and_then(|o| o.downcast::<(String, Result<(), Error>)>().ok())
        .expect("its output")
}

fn red_hello() -> String {
    style("hello").fg(clack::termui::AnsiColor::Red).to_string()
}

fn io_err(e: std::io::Error) -> Error {
    Error::failure(e.to_string())
}

#[test]
fn get_pager_file_with_real_pager_binary_stream() {
    type Writer = fn(&mut clack::termui::Pager) -> std::io::Result<()>;
    let styled = format!("{}\n", red_hello());
    let cases: [(Writer, bool, String); 5] = [
        (
            |p| {
                p.write_all(b"prefix\n")?;
                writeln!(p, "middle")?;
                p.write_all(b"suffix\n")
            },
            false,
            "prefix\nmiddle\nsuffix\n".into(),
        ),
        (|p| p.write_all(b"hello\n"), false, "hello\n".into()),
        (|p| writeln!(p, "{}", red_hello()), false, "hello\n".into()),
        (|p| writeln!(p, "{}", red_hello()), true, styled),
        (|p| p.write_all(b""), false, String::new()),
    ];
    let dir = scratch("binary");
    for (i, (writer, color, want)) in cases.into_iter().enumerate() {
        let out = dir.join(format!("out{i}"));
        let (stdout, done) =
            on_terminal(&[("PAGER", &copying_pager(&out))], true, None, move |_| {
                let mut p = pager(Some(color));
                writer(&mut p).map_err(io_err)
            });
        assert!(done.is_ok());
        assert_eq!(stdout, "", "the pager had the text, not standard output");
        assert_eq!(std::fs::read_to_string(&out).unwrap(), want, "row {i}");
    }
}

#[test]
fn echo_via_pager_real_pager_handles_ansi() {
    let dir = scratch("ansi");
    for (color, want) in [
        (false, "hello\n".to_string()),
        (true, format!("{}\n", red_hello())),
    ] {
        let out = dir.join(format!("{color}"));
        let (stdout, _) = on_terminal(
            &[("PAGER", &copying_pager(&out))],
            true,
            Some(color),
            |_| {
                echo_via_pager(&red_hello());
                Ok(())
            },
        );
        assert_eq!(stdout, "");
        assert_eq!(
            std::fs::read_to_string(&out).unwrap(),
            want,
            "color={color}"
        );
    }
}

/// The fake pagers are links to `true` under each name: a script written
/// by the test could not start while another test thread forks (a busy
/// text file).
#[cfg(unix)]
#[test]
fn pipepager_less_detection_matches_stem() {
    let Some(target) = ["/bin/true", "/usr/bin/true"]
        .into_iter()
        .find(|p| Path::new(p).exists())
    else {
        eprintln!("skipped: no `true` program");
        return;
    };
    let dir = scratch("stem");
    for (name, expected) in [
        ("less", true),
        ("less.exe", true),
        ("LESS.EXE", false),
        ("cat", false),
    ] {
        let fake = dir.join(name);
        std::os::unix::fs::symlink(target, &fake).unwrap();
        let path = fake.to_str().unwrap().to_string();
        let (_, done) = on_terminal(&[("PAGER", &path)], true, None, move |_| {
            let color = pager(None).color();
            if color == expected {
                Ok(())
            } else {
                Err(Error::failure(format!("{name}: color {color}")))
            }
        });
        assert!(done.is_ok(), "{done:?}");
    }
}

#[test]
fn get_pager_file_pager_missing_binary_falls_back() {
    let env = [("PAGER", "clack-tests-nonexistent-pager-9b3f2")];
    let (stdout, _) = on_terminal(&env, true, None, |_| {
        pager(None).write_all(b"hello\n").map_err(io_err)
    });
    assert_eq!(stdout, "hello\n");
}

#[test]
fn get_pager_file_pager_unset_falls_back_when_no_default() {
    // No PAGER, no TERM, and no `less` on an empty PATH.
    let empty = scratch("nopath");
    let vars = Env::empty();
    vars.set("PATH", empty.as_os_str());
    let cmd = Command::new("cli").callback(|ctx| {
        pager(None).write_all(b"hello\n").map_err(io_err)?;
        Ok(Output::new(ctx.io().captured_stdout().unwrap_or_default()))
    });
    let io = Io::captured("")
        .with_env(vars)
        .with_terminal(true, true, true);
    let out = cmd
        .try_run(
            Run::new()
                .args(Vec::<String>::new())
                .prog_name("cli")
                .io(io),
        )
        .expect("runs")
        .into_output()
        .and_then(|o| o.downcast::<String>().ok())
        .expect("output");
    assert_eq!(out, "hello\n");
}

/// Writing through a missing pager and dropping it leaves standard output
/// as it was: later writes still arrive.
#[test]
fn get_pager_file_missing_pager_keeps_borrowed_stream_open() {
    let env = [("PAGER", "clack-tests-nonexistent-pager-9b3f2")];
    let (stdout, _) = on_terminal(&env, true, None, |_| {
        {
            let mut p = pager(None);
            p.write_all(b"hello\n").map_err(io_err)?;
        }
        clack::echo("after");
        Ok(())
    });
    assert_eq!(stdout, "hello\nafter\n");
}

/// Without a terminal on standard input the text goes to standard output,
/// its styles stripped or kept as `color` says.
#[test]
fn get_pager_file_nullpager_wraps_textio_stream() {
    for (color, want) in [
        (false, "hello\n".to_string()),
        (true, format!("{}\n", red_hello())),
    ] {
        let (stdout, _) = on_terminal(&[], false, None, move |_| {
            writeln!(pager(Some(color)), "{}", red_hello()).map_err(io_err)
        });
        assert_eq!(stdout, want, "color={color}");
    }
}

/// An error part way through still delivers what was written: dropping
/// the pager flushes it.
#[test]
fn get_pager_file_flushes_stream_on_exception() {
    let dir = scratch("flush");
    let out = dir.join("out");
    let (_, done) = on_terminal(&[("PAGER", &copying_pager(&out))], true, None, |_| {
        let mut p = pager(None);
        p.write_all(b"partial").map_err(io_err)?;
        Err(Error::failure("boom"))
    });
    assert!(done.unwrap_err().to_string().contains("boom"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "partial");
}

/// Dropping the pager, explicitly, does not close standard output.
#[test]
fn get_pager_file_close_does_not_close_borrowed_stream() {
    let env = [("PAGER", "clack-tests-nonexistent-pager-9b3f2")];
    let (stdout, _) = on_terminal(&env, true, None, |ctx| {
        let mut p = pager(None);
        p.write_all(b"hello\n").map_err(io_err)?;
        p.flush().map_err(io_err)?;
        drop(p);
        ctx.io().write_out("still open\n");
        Ok(())
    });
    assert_eq!(stdout, "hello\nstill open\n");
}
