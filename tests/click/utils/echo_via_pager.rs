//! Click's `tests/test_utils/test_echo_via_pager.py`: text given whole or
//! piece by piece reaches a real pager (a shell copying its input to a
//! file), with whatever the producer echoes meanwhile going to the
//! command's own streams. Python generators that raise part way have no
//! counterpart in a Rust iterator; the same case is a writer whose
//! producer fails, through `termui::pager`.

use std::io::Write;

use clack::Error;
use clack::termui::{echo_via_pager_chunks, pager};

use crate::termui::pager_file::{copying_pager, on_terminal, scratch};

/// Each way of writing the pager command (surrounding blanks included).
fn pager_commands(out: &std::path::Path) -> Vec<String> {
    let base = copying_pager(out);
    vec![base.clone(), format!("{base} "), format!(" {base} ")]
}

#[test]
fn echo_via_pager() {
    type Producer = fn();
    let cases: [(&str, Producer, &str, &str, &str); 6] = [
        (
            "plain string",
            || clack::termui::echo_via_pager("just text"),
            "just text\n",
            "",
            "",
        ),
        (
            "iterable",
            || echo_via_pager_chunks(["itera", "ble"]),
            "iterable\n",
            "",
            "",
        ),
        (
            "string generator",
            || echo_via_pager_chunks(["a", "b", "c", "abc"]),
            "abcabc\n",
            "",
            "",
        ),
        (
            "number generator",
            || echo_via_pager_chunks((0..6).map(|c| c.to_string())),
            "012345\n",
            "",
            "",
        ),
        (
            "writing to stdout while producing",
            || {
                echo_via_pager_chunks((0..2).map(|i| {
                    if i == 1 {
                        clack::echo("hello");
                    }
                    "test"
                }))
            },
            "testtest\n",
            "hello\n",
            "",
        ),
        (
            "writing to stderr while producing",
            || {
                echo_via_pager_chunks((0..2).map(|i| {
                    if i == 1 {
                        clack::echo_err("hello");
                    }
                    "test"
                }))
            },
            "testtest\n",
            "",
            "hello\n",
        ),
    ];
    let dir = scratch("echo-via");
    for (i, (what, produce, want_pager, want_out, want_err)) in cases.into_iter().enumerate() {
        for (j, command) in pager_commands(&dir.join(format!("{i}-x")))
            .into_iter()
            .enumerate()
        {
            let out = dir.join(format!("{i}-{j}"));
            let command = command.replace(&format!("{i}-x"), &format!("{i}-{j}"));
            let (stdout, done) = on_terminal(&[("PAGER", &command)], true, None, move |ctx| {
                produce();
                let err = ctx.io().captured_stderr().unwrap_or_default();
                if err == want_err {
                    Ok(())
                } else {
                    Err(Error::failure(format!("stderr {err:?}")))
                }
            });
            assert!(done.is_ok(), "{what}: {done:?}");
            assert_eq!(stdout, want_out, "{what} {command:?}");
            assert_eq!(
                std::fs::read_to_string(&out).unwrap(),
                want_pager,
                "{what} {command:?}"
            );
        }
    }
}

/// A producer that writes, then fails: what it wrote reaches the pager
/// before the error goes on.
#[test]
fn echo_via_pager_yields_before_exception() {
    let dir = scratch("yields");
    let out = dir.join("out");
    let (_, done) = on_terminal(&[("PAGER", &copying_pager(&out))], true, None, |_| {
        let mut p = pager(None);
        p.write_all(b"test")
            .map_err(|e| Error::failure(e.to_string()))?;
        Err(Error::failure("This is a test."))
    });
    assert!(done.unwrap_err().to_string().contains("This is a test."));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "test");
}

/// The children this thread started and has not reaped, where Linux lists
/// them.
fn own_children() -> Option<usize> {
    let list = std::fs::read_to_string("/proc/thread-self/children").ok()?;
    Some(list.split_whitespace().count())
}

/// Failing right after the pager starts, many times over, leaves no pager
/// process behind: each is waited for.
#[test]
fn stress_echo_via_pager_exception_cleanup() {
    let dir = scratch("stress");
    let out = dir.join("out");
    let command = copying_pager(&out);
    for _ in 0..50 {
        let (_, done) = on_terminal(&[("PAGER", &command)], true, None, |_| {
            let _pager = pager(None);
            Err(Error::failure("boom"))
        });
        assert!(done.is_err());
    }
    if let Some(left) = own_children() {
        assert_eq!(left, 0, "pager processes left unreaped");
    }
}
