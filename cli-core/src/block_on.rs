//! Running an `async` command's future to its end from the synchronous
//! callback ([`block_on`]).
//!
//! A command's callback is an ordinary function, called while the
//! context, its objects and the parsed values are borrowed; an `async fn`
//! command's future borrows them too. So the future is driven to its end
//! right there, on the calling thread, and never needs to be `Send` or
//! `'static`.
//!
//! Without the `tokio` feature the future is polled by a small executor of
//! the standard library's own: the thread parks until the future's waker
//! unparks it. That runs any future that does not need a particular
//! runtime's reactor (the `futures` and `async-std`-style crates bring
//! their own). With the `tokio` feature, the future runs on tokio:
//!
//! - on the caller's runtime when the callback is called from inside one,
//!   from a blocking context (`tokio::task::spawn_blocking`, or a thread
//!   that entered the runtime with `Handle::enter`);
//! - otherwise on a current-thread runtime that clack builds once per
//!   thread and keeps, so that what a group's async function set up (a
//!   connection pool, a client) still works in its subcommands.

use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};

/// Drive `future` to its end on the current thread and return its output.
///
/// The `#[command]` and `#[group]` macros call this for an `async fn`; a
/// callback written with the builder API can call it too. See the module
/// documentation for which executor runs the future (with and without the
/// `tokio` feature).
///
/// ```
/// use clack_core::{Command, Output, block_on, testing::Runner};
///
/// async fn fetch(n: u32) -> u32 {
///     n * 2
/// }
///
/// let cmd = Command::new("double").callback(|_ctx| {
///     let n = block_on(fetch(21));
///     clack_core::echo(n.to_string());
///     Ok(Output::none())
/// });
/// assert_eq!(Runner::new().invoke(&cmd, Vec::<String>::new()).stdout, "42\n");
/// ```
pub fn block_on<F: Future>(future: F) -> F::Output {
    #[cfg(feature = "tokio")]
    {
        tokio_rt::block_on(future)
    }
    #[cfg(not(feature = "tokio"))]
    {
        park_on(future)
    }
}

/// Wakes the thread that waits for the future.
struct Unpark(Thread);

impl Wake for Unpark {
    fn wake(self: Arc<Self>) {
        self.0.unpark();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        self.0.unpark();
    }
}

/// The executor without a runtime: poll, park until woken, poll again.
/// A spurious unpark only costs one more poll.
pub(crate) fn park_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let waker = Waker::from(Arc::new(Unpark(thread::current())));
    let mut cx = Context::from_waker(&waker);
    loop {
        if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            return out;
        }
        thread::park();
    }
}

#[cfg(feature = "tokio")]
mod tokio_rt {
    use std::cell::OnceCell;
    use std::future::Future;

    use tokio::runtime::{Builder, Handle, Runtime};

    thread_local! {
        /// This thread's runtime, built on first use and kept.
        pub(super) static RUNTIME: OnceCell<Option<Runtime>> = const { OnceCell::new() };
    }

    pub(super) fn block_on<F: Future>(future: F) -> F::Output {
        if let Ok(handle) = Handle::try_current() {
            return handle.block_on(future);
        }
        RUNTIME.with(|cell| {
            let runtime =
                cell.get_or_init(|| Builder::new_current_thread().enable_all().build().ok());
            match runtime {
                Some(runtime) => runtime.block_on(future),
                // The runtime could not be built (the OS refused its
                // resources): the future still runs, without tokio's
                // drivers.
                None => super::park_on(future),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;
    use std::sync::mpsc;
    use std::time::Duration;

    /// A future that is ready only after another thread woke it.
    struct Later {
        rx: mpsc::Receiver<u32>,
        waker: Arc<Mutex<Option<Waker>>>,
    }

    impl Future for Later {
        type Output = u32;
        fn poll(self: std::pin::Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
            if let Ok(n) = self.rx.try_recv() {
                return Poll::Ready(n);
            }
            *self.waker.lock().unwrap() = Some(cx.waker().clone());
            // Sent between `try_recv` and storing the waker: look again.
            match self.rx.try_recv() {
                Ok(n) => Poll::Ready(n),
                Err(_) => Poll::Pending,
            }
        }
    }

    #[test]
    fn ready_futures_return_their_output() {
        assert_eq!(block_on(async { 7 }), 7);
        assert_eq!(park_on(async { "done" }), "done");
    }

    #[test]
    fn pending_futures_wait_for_their_waker() {
        let (tx, rx) = mpsc::channel();
        let waker: Arc<Mutex<Option<Waker>>> = Arc::default();
        let shared = Arc::clone(&waker);
        let sender = thread::spawn(move || {
            // Wait until the future has registered its waker.
            let w = loop {
                if let Some(w) = shared.lock().unwrap().take() {
                    break w;
                }
                thread::sleep(Duration::from_millis(1));
            };
            tx.send(42).unwrap();
            w.wake();
        });
        assert_eq!(park_on(Later { rx, waker }), 42);
        sender.join().unwrap();
    }

    #[test]
    fn futures_may_borrow_the_caller() {
        let name = String::from("ada");
        let len = block_on(async { name.len() });
        assert_eq!((len, name.as_str()), (3, "ada"));
    }

    #[cfg(feature = "tokio")]
    #[test]
    fn tokio_runs_inside_a_callers_runtime() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let handle = rt.handle().clone();
        // A plain thread that entered the runtime, outside async code: the
        // caller's runtime runs the future, and clack builds none.
        let built = thread::spawn(move || {
            let _guard = handle.enter();
            let inside = block_on(async { tokio::runtime::Handle::try_current().is_ok() });
            (inside, tokio_rt::RUNTIME.with(|c| c.get().is_some()))
        })
        .join()
        .unwrap();
        assert_eq!(built, (true, false));
    }

    #[cfg(feature = "tokio")]
    #[test]
    fn tokio_keeps_one_runtime_per_thread() {
        // A task spawned by one call (a group's function) is still there
        // for the next call (its subcommand).
        let task = block_on(async { Some(tokio::spawn(async { 5 })) });
        let task = task.expect("spawned");
        assert_eq!(block_on(task).ok(), Some(5));
    }
}
