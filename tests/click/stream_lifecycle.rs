//! Click's `tests/test_stream_lifecycle.py`: the parts about what one
//! invocation captures (the rest is about Python's stream wrappers,
//! logging and garbage collection).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use clack::testing::Runner;
use clack::types::Int;
use clack::{Arg, Command, Error, Output};

/// The result of an invocation stays readable after it ended.
#[test]
fn getvalue_after_isolation_exit() {
    let cmd = Command::new("cli").callback(|_| {
        clack::echo("out");
        clack::echo_err("err");
        Ok(Output::none())
    });
    let result = Runner::new().invoke(&cmd, [""; 0]);
    drop(cmd);
    assert_eq!(result.stdout, "out\n");
    assert_eq!(result.stderr, "err\n");
}

/// Work spread over threads inside a command, its result echoed.
#[test]
fn invoke_with_thread_pool() {
    let cmd = Command::new("cli").callback(|_| {
        let handles: Vec<_> = (0..4).map(|i| std::thread::spawn(move || i * 2)).collect();
        let results: Vec<i32> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        clack::echo(format!("results={results:?}"));
        Ok(Output::none())
    });
    let result = Runner::new().invoke(&cmd, [""; 0]);
    assert_eq!(result.exit_code, 0);
    assert!(result.output.contains("results="));
}

/// Threads, then an exit with code 1.
#[test]
fn invoke_with_thread_pool_and_exit() {
    let cmd = Command::new("cli")
        .param(Arg::new("args").nargs(-1))
        .callback(|ctx| {
            std::thread::spawn(|| ()).join().unwrap();
            Err(ctx.exit(1))
        });
    let result = Runner::new().invoke(&cmd, ["test"]);
    assert_eq!(result.exit_code, 1);
}

#[test]
fn sequential_threaded_invokes() {
    let cmd = Command::new("cli")
        .param(Arg::new("n").ty(Int::<i64>::new()))
        .callback(|ctx| {
            let n: i64 = ctx.take_required("n")?;
            let val = std::thread::spawn(move || n + 1).join().unwrap();
            clack::echo(val.to_string());
            Ok(Output::none())
        });
    let runner = Runner::new();
    for i in 0..10 {
        let result = runner.invoke(&cmd, [i.to_string()]);
        assert_eq!(result.exit_code, 0);
        assert_eq!(result.output.trim(), (i + 1).to_string());
    }
}

#[test]
fn output_isolation_across_invokes() {
    let cmd = Command::new("cli").param(Arg::new("msg")).callback(|ctx| {
        clack::echo(ctx.take_required::<String>("msg")?);
        Ok(Output::none())
    });
    let runner = Runner::new();
    for word in ["alpha", "beta", "gamma"] {
        let result = runner.invoke(&cmd, [word]);
        assert_eq!(result.exit_code, 0);
        assert_eq!(result.output.trim(), word);
    }
}

#[test]
fn stderr_isolation_across_invokes() {
    let cmd = Command::new("cli").param(Arg::new("msg")).callback(|ctx| {
        clack::echo_err(ctx.take_required::<String>("msg")?);
        Ok(Output::none())
    });
    let runner = Runner::new();
    for word in ["err1", "err2", "err3"] {
        let result = runner.invoke(&cmd, [word]);
        assert_eq!(result.exit_code, 0);
        assert_eq!(result.stderr.trim(), word);
        assert_eq!(result.stdout.trim(), "");
    }
}

#[test]
fn mixed_output_order_preserved() {
    let cmd = Command::new("cli").callback(|_| {
        clack::echo("out1");
        clack::echo_err("err1");
        clack::echo("out2");
        clack::echo_err("err2");
        Ok(Output::none())
    });
    let result = Runner::new().invoke(&cmd, [""; 0]);
    assert_eq!(result.output, "out1\nerr1\nout2\nerr2\n");
    assert_eq!(result.stdout, "out1\nout2\n");
    assert_eq!(result.stderr, "err1\nerr2\n");
}

/// A failed invocation leaves the next one unaffected.
#[test]
fn exception_does_not_corrupt_next_invoke() {
    let counter = Arc::new(AtomicUsize::new(0));
    let cmd = Command::new("cli").callback(move |_| {
        let n = counter.fetch_add(1, Ordering::SeqCst) + 1;
        if n == 2 {
            return Err(Error::failure("intentional"));
        }
        clack::echo(format!("call-{n}"));
        Ok(Output::none())
    });
    let runner = Runner::new();
    let r1 = runner.invoke(&cmd, [""; 0]);
    assert_eq!(r1.exit_code, 0);
    assert!(r1.output.contains("call-1"));
    let r2 = runner.invoke(&cmd, [""; 0]);
    assert_eq!(r2.exit_code, 1);
    assert_eq!(
        r2.error.map(|e| e.message().to_string()).as_deref(),
        Some("intentional")
    );
    let r3 = runner.invoke(&cmd, [""; 0]);
    assert_eq!(r3.exit_code, 0);
    assert!(r3.output.contains("call-3"));
}

/// Threads writing with `echo` while the command runs do not disturb the
/// invocation. (clack's current context is per thread: a thread the
/// command starts writes to the process's streams, not the runner's.)
#[test]
fn invoke_with_threads_writing_to_streams() {
    let cmd = Command::new("cli").callback(|_| {
        let barrier = Arc::new(std::sync::Barrier::new(3));
        let threads: Vec<_> = (0..3)
            .map(|n| {
                let barrier = barrier.clone();
                std::thread::spawn(move || {
                    barrier.wait();
                    clack::echo(format!("worker-{n}"));
                })
            })
            .collect();
        for t in threads {
            t.join().map_err(|_| Error::failure("a worker panicked"))?;
        }
        clack::echo("main-done");
        Ok(Output::none())
    });
    let result = Runner::new().invoke(&cmd, [""; 0]);
    assert_eq!(result.exit_code, 0, "{}", result.stderr);
    assert!(result.output.contains("main-done"), "{}", result.output);
}
