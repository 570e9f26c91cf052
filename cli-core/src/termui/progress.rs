//! Progress bars (Click's `click.progressbar`).
//!
//! A [`ProgressBar`] wraps an iterator (or counts `0..length`) and draws
//! `label  [#####-----]   42%  00:00:03` on one line, redrawn in place with
//! a carriage return and the cursor hidden, as Click does, and ends it
//! (showing the cursor again) with a newline when dropped (after drawing its final state). It draws only
//! when its stream is a terminal; otherwise it prints its label once. Per
//! item it only counts and reads the clock: the line is formatted and
//! written at most every 50 ms (and when it finishes), and the ETA, as in
//! Click, is re-estimated once a second.

use std::rc::Rc;
use std::time::{Duration, Instant};

use crate::ansi::term_len;
use crate::io::Io;

/// Go back to the start of the line and hide the cursor while drawing.
const BEFORE_BAR: &str = "\r\x1b[?25l";
/// Show the cursor again and end the line.
const AFTER_BAR: &str = "\x1b[?25h\n";

type ItemShow<T> = Box<dyn Fn(Option<&T>) -> Option<String>>;

/// A progress bar over an iterator; build it with [`progressbar`] or
/// [`ProgressBar::with_length`] and iterate over it, or call
/// [`update`](ProgressBar::update).
///
/// ```
/// use clack_core::termui::progressbar;
/// let mut total = 0;
/// for n in progressbar(1..=100).label("Adding") {
///     total += n;
/// }
/// assert_eq!(total, 5050);
/// ```
pub struct ProgressBar<I: Iterator> {
    iter: I,
    io: Rc<Io>,
    err: bool,
    length: Option<u64>,
    pos: u64,
    label: String,
    show_eta: bool,
    show_percent: Option<bool>,
    show_pos: bool,
    item_show: Option<ItemShow<I::Item>>,
    item_info: Option<String>,
    fill_char: char,
    empty_char: char,
    width: usize,
    autowidth: bool,
    hidden: bool,
    tty: bool,
    started: Option<Instant>,
    last_eta: Instant,
    avg: Vec<f64>,
    eta_known: bool,
    finished: bool,
    last_draw: Option<Instant>,
    last_line: Option<String>,
    max_width: Option<usize>,
    min_steps: u64,
    pending: u64,
    /// While the bar is drawn on the terminal: Ctrl-C and termination
    /// signals show the cursor again (and Ctrl-C aborts, as in Click).
    watch: Option<crate::sys::Watch>,
}

/// A progress bar over `iter` (Click's `progressbar(iterable)`). Its length
/// is the iterator's exact size hint, if it has one.
///
/// ```
/// let names: Vec<String> = clack_core::termui::progressbar(["a", "b"])
///     .map(|s| s.to_uppercase())
///     .collect();
/// assert_eq!(names, ["A", "B"]);
/// ```
pub fn progressbar<I: IntoIterator>(iter: I) -> ProgressBar<I::IntoIter> {
    let iter = iter.into_iter();
    let length = match iter.size_hint() {
        (low, Some(high)) if low == high => Some(low as u64),
        _ => None,
    };
    ProgressBar::new(iter, length)
}

impl ProgressBar<std::ops::Range<u64>> {
    /// A bar for `length` steps, counted with [`update`](ProgressBar::update)
    /// or by iterating over `0..length` (Click's `progressbar(length=n)`).
    ///
    /// ```
    /// let mut bar = clack_core::termui::ProgressBar::with_length(10).label("Copying");
    /// bar.update(4);
    /// bar.update(6);
    /// assert!(bar.is_finished());
    /// ```
    pub fn with_length(length: u64) -> Self {
        ProgressBar::new(0..length, Some(length))
    }
}

impl<I: Iterator> ProgressBar<I> {
    fn new(iter: I, length: Option<u64>) -> Self {
        let io = super::current_io();
        let tty = io.stdout_is_terminal();
        let now = Instant::now();
        ProgressBar {
            iter,
            io,
            err: false,
            length,
            pos: 0,
            label: String::new(),
            show_eta: true,
            show_percent: None,
            show_pos: false,
            item_show: None,
            item_info: None,
            fill_char: '#',
            empty_char: '-',
            width: 36,
            autowidth: false,
            hidden: false,
            tty,
            started: None,
            last_eta: now,
            avg: Vec::new(),
            eta_known: false,
            finished: false,
            last_draw: None,
            last_line: None,
            max_width: None,
            min_steps: 1,
            pending: 0,
            watch: None,
        }
    }

    /// The text before the bar.
    ///
    /// ```
    /// let bar = clack_core::termui::progressbar(0..3).label("Copying");
    /// assert_eq!(bar.count(), 3);
    /// ```
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    /// The number of steps, when the iterator cannot tell.
    ///
    /// ```
    /// let bar = clack_core::termui::progressbar((0..).take_while(|n| *n < 5)).length(5);
    /// assert_eq!(bar.count(), 5);
    /// ```
    pub fn length(mut self, length: u64) -> Self {
        self.length = Some(length);
        self
    }

    /// Whether to show the estimated time left (default yes, when the
    /// length is known).
    ///
    /// ```
    /// let bar = clack_core::termui::progressbar(0..3).show_eta(false);
    /// assert_eq!(bar.count(), 3);
    /// ```
    pub fn show_eta(mut self, yes: bool) -> Self {
        self.show_eta = yes;
        self
    }

    /// Whether to show the percentage (default: when the length is known
    /// and the position is not shown).
    ///
    /// ```
    /// let bar = clack_core::termui::progressbar(0..3).show_percent(false);
    /// assert_eq!(bar.count(), 3);
    /// ```
    pub fn show_percent(mut self, yes: bool) -> Self {
        self.show_percent = Some(yes);
        self
    }

    /// Whether to show `pos/length` (default no).
    ///
    /// ```
    /// let bar = clack_core::termui::progressbar(0..3).show_pos(true);
    /// assert_eq!(bar.count(), 3);
    /// ```
    pub fn show_pos(mut self, yes: bool) -> Self {
        self.show_pos = yes;
        self
    }

    /// Text shown after the bar for the current item (`None` shows nothing).
    /// As in Click, the function is also asked with no item (`None`) for the
    /// lines drawn before the first item and after the last, and each item
    /// is shown on the line drawn while it is processed.
    ///
    /// ```
    /// let bar = clack_core::termui::progressbar(["a.txt", "b.txt"])
    ///     .item_show_func(|item| item.map(|name| name.to_string()));
    /// assert_eq!(bar.count(), 2);
    /// ```
    pub fn item_show_func(
        mut self,
        f: impl Fn(Option<&I::Item>) -> Option<String> + 'static,
    ) -> Self {
        self.item_show = Some(Box::new(f));
        self
    }

    /// The characters of the done and the remaining parts (default `#` and `-`).
    ///
    /// ```
    /// let bar = clack_core::termui::progressbar(0..3).chars('=', ' ');
    /// assert_eq!(bar.count(), 3);
    /// ```
    pub fn chars(mut self, fill: char, empty: char) -> Self {
        self.fill_char = fill;
        self.empty_char = empty;
        self
    }

    /// The bar's width in characters (default 36); 0 fills the terminal.
    ///
    /// ```
    /// let bar = clack_core::termui::progressbar(0..3).width(0);
    /// assert_eq!(bar.count(), 3);
    /// ```
    pub fn width(mut self, width: usize) -> Self {
        self.width = width;
        self.autowidth = width == 0;
        self
    }

    /// Draw nothing at all, not even the label.
    ///
    /// ```
    /// let bar = clack_core::termui::progressbar(0..3).hidden(true);
    /// assert_eq!(bar.count(), 3);
    /// ```
    pub fn hidden(mut self, yes: bool) -> Self {
        self.hidden = yes;
        self
    }

    /// Draw on standard error instead of standard output.
    ///
    /// ```
    /// let bar = clack_core::termui::progressbar(0..3).err(true);
    /// assert_eq!(bar.count(), 3);
    /// ```
    pub fn err(mut self, yes: bool) -> Self {
        self.err = yes;
        self.tty = if yes {
            self.io.stderr_is_terminal()
        } else {
            self.io.stdout_is_terminal()
        };
        self
    }

    /// Whether every step is done.
    ///
    /// ```
    /// let mut bar = clack_core::termui::ProgressBar::with_length(2);
    /// bar.update(1);
    /// assert!(!bar.is_finished());
    /// ```
    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// The number of steps done.
    ///
    /// ```
    /// let mut bar = clack_core::termui::ProgressBar::with_length(9);
    /// bar.update(4);
    /// assert_eq!(bar.pos(), 4);
    /// ```
    pub fn pos(&self) -> u64 {
        self.pos
    }

    /// Advance by `steps` and redraw.
    ///
    /// ```
    /// let mut bar = clack_core::termui::ProgressBar::with_length(10);
    /// bar.update(3);
    /// assert_eq!(bar.pos(), 3);
    /// ```
    pub fn update(&mut self, steps: u64) {
        self.start();
        self.advance(steps, false);
    }

    /// Advance by `steps` with `item` as the current item, shown through
    /// [`item_show_func`](ProgressBar::item_show_func) (Click's
    /// `update(n_steps, current_item)`).
    ///
    /// ```
    /// let mut bar = clack_core::termui::ProgressBar::with_length(4)
    ///     .item_show_func(|pos| pos.map(|p| format!("at {p}")));
    /// bar.update_with_item(2, 2);
    /// assert_eq!(bar.pos(), 2);
    /// ```
    pub fn update_with_item(&mut self, steps: u64, item: I::Item) {
        self.start();
        if let Some(f) = &self.item_show {
            self.item_info = f(Some(&item));
        }
        // A new item is drawn at once, as while iterating.
        self.advance(steps, self.item_show.is_some());
    }

    /// Count steps only once they add up to `steps` (default 1), for very
    /// fast loops (Click's `update_min_steps`); the rest is counted when the
    /// bar finishes.
    ///
    /// ```
    /// let mut bar = clack_core::termui::ProgressBar::with_length(10).update_min_steps(4);
    /// bar.update(3);
    /// assert_eq!(bar.pos(), 0);
    /// bar.update(1);
    /// assert_eq!(bar.pos(), 4);
    /// ```
    pub fn update_min_steps(mut self, steps: u64) -> Self {
        self.min_steps = steps.max(1);
        self
    }

    /// Count `steps` once they add up to the minimum, and redraw (at
    /// once when `force`, else unless the last draw was very recent).
    fn advance(&mut self, steps: u64, force: bool) {
        self.pending = self.pending.saturating_add(steps);
        if self.pending >= self.min_steps {
            // One clock reading serves the ETA and the redraw.
            let now = Instant::now();
            let pending = std::mem::take(&mut self.pending);
            self.make_step(pending, now);
            self.render(force, now);
        }
    }

    /// Count the steps still below the minimum.
    fn settle(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        if pending > 0 {
            self.make_step(pending, Instant::now());
        }
    }

    /// Mark the bar finished and draw it full.
    ///
    /// ```
    /// let mut bar = clack_core::termui::ProgressBar::with_length(10);
    /// bar.finish();
    /// assert!(bar.is_finished());
    /// ```
    pub fn finish(&mut self) {
        self.start();
        self.settle();
        self.eta_known = false;
        self.item_info = self.item_show.as_ref().and_then(|f| f(None));
        self.finished = true;
        self.render(true, Instant::now());
    }

    fn start(&mut self) {
        if self.started.is_none() {
            if self.tty && !self.hidden && self.io.captured_buffers().is_none() {
                let mut watch = crate::sys::Watch::new(crate::sys::OnInterrupt::Abort);
                watch.show_cursor(self.err);
                self.watch = Some(watch);
            }
            let now = Instant::now();
            self.started = Some(now);
            self.last_eta = now;
            // Click shows the item function's text for no item at first.
            self.item_info = self.item_show.as_ref().and_then(|f| f(None));
            self.render(true, Instant::now());
        }
    }

    fn make_step(&mut self, steps: u64, now: Instant) {
        self.pos = self.pos.saturating_add(steps);
        if self.length.is_some_and(|len| self.pos >= len) {
            self.finished = true;
        }
        if now.duration_since(self.last_eta) < Duration::from_secs(1) {
            return;
        }
        self.last_eta = now;
        let elapsed = self
            .started
            .map_or(0.0, |s| now.duration_since(s).as_secs_f64());
        let step = if self.pos > 0 {
            elapsed / self.pos as f64
        } else {
            elapsed
        };
        if self.avg.len() >= 7 {
            self.avg.remove(0);
        }
        self.avg.push(step);
        self.eta_known = self.length.is_some();
    }

    fn pct(&self) -> f64 {
        if self.finished {
            return 1.0;
        }
        let len = self.length.unwrap_or(1).max(1) as f64;
        (self.pos as f64 / len).min(1.0)
    }

    fn time_per_iteration(&self) -> f64 {
        if self.avg.is_empty() {
            0.0
        } else {
            self.avg.iter().sum::<f64>() / self.avg.len() as f64
        }
    }

    fn eta(&self) -> f64 {
        match self.length {
            Some(len) if !self.finished => {
                self.time_per_iteration() * len.saturating_sub(self.pos) as f64
            }
            _ => 0.0,
        }
    }

    fn format_bar(&self) -> String {
        let fill = self.fill_char.to_string();
        let empty = self.empty_char.to_string();
        if self.length.is_some() {
            let done = ((self.pct() * self.width as f64) as usize).min(self.width);
            return fill.repeat(done) + &empty.repeat(self.width - done);
        }
        if self.finished {
            return fill.repeat(self.width);
        }
        let mut chars = vec![self.empty_char; self.width.max(1)];
        let tpi = self.time_per_iteration();
        if tpi != 0.0 {
            let x = ((self.pos as f64 * tpi).cos() / 2.0 + 0.5) * self.width as f64;
            let i = (x as usize).min(chars.len() - 1);
            chars[i] = self.fill_char;
        }
        chars.into_iter().collect()
    }

    fn format_line(&self) -> String {
        let mut info: Vec<String> = Vec::new();
        let show_percent = self
            .show_percent
            .unwrap_or(self.length.is_some() && !self.show_pos);
        if self.show_pos {
            info.push(match self.length {
                Some(len) => format!("{}/{len}", self.pos),
                None => self.pos.to_string(),
            });
        }
        if show_percent {
            info.push(format!("{:>3}%", (self.pct() * 100.0) as u64));
        }
        if self.show_eta && self.eta_known && !self.finished {
            info.push(format_eta(self.eta() as u64));
        }
        if let Some(item) = &self.item_info {
            info.push(item.clone());
        }
        let line = format!(
            "{}  [{}]  {}",
            self.label,
            self.format_bar(),
            info.join("  ")
        );
        line.trim_end().to_string()
    }

    fn render(&mut self, force: bool, now: Instant) {
        if self.hidden {
            return;
        }
        if !self.tty {
            if self.last_line.as_deref() != Some(&self.label) {
                self.last_line = Some(self.label.clone());
                crate::echo::echo_to(&self.io, &self.label, self.err, None);
            }
            return;
        }
        if !force
            && !self.finished
            && self
                .last_draw
                .is_some_and(|t| now.duration_since(t) < Duration::from_millis(50))
        {
            return;
        }
        self.last_draw = Some(now);
        let mut buf = String::new();
        if self.autowidth {
            let old = self.width;
            self.width = 0;
            let clutter = term_len(&self.format_line());
            let new = self.io.terminal_columns().saturating_sub(clutter);
            if let Some(max) = self.max_width
                && new < old
            {
                buf.push_str(BEFORE_BAR);
                buf.push_str(&" ".repeat(max));
                self.max_width = Some(new);
            }
            self.width = new;
        }
        let clear_width = self.max_width.unwrap_or(self.width);
        buf.push_str(BEFORE_BAR);
        let line = self.format_line();
        let len = term_len(&line);
        if self.max_width.is_none_or(|m| m < len) {
            self.max_width = Some(len);
        }
        buf.push_str(&line);
        buf.push_str(&" ".repeat(clear_width.saturating_sub(len)));
        if self.last_line.as_deref() != Some(&buf) {
            if self.err {
                self.io.write_err(&buf);
            } else {
                self.io.write_out(&buf);
            }
            self.last_line = Some(buf);
        }
    }
}

/// `HH:MM:SS`, or `Nd HH:MM:SS` past a day.
fn format_eta(mut t: u64) -> String {
    let seconds = t % 60;
    t /= 60;
    let minutes = t % 60;
    t /= 60;
    let hours = t % 24;
    t /= 24;
    if t > 0 {
        format!("{t}d {hours:02}:{minutes:02}:{seconds:02}")
    } else {
        format!("{hours:02}:{minutes:02}:{seconds:02}")
    }
}

impl<I: Iterator> Iterator for ProgressBar<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        if self.started.is_none() {
            self.start();
        } else if self.tty && !self.hidden {
            self.advance(1, false);
        } else {
            // Nothing is drawn: count, without reading the clock.
            self.pos += 1;
            self.finished = self.length.is_some_and(|len| self.pos >= len);
        }
        match self.iter.next() {
            Some(item) => {
                if let Some(f) = &self.item_show {
                    self.item_info = f(Some(&item));
                    // As in Click, the line shows the item while it is
                    // processed (unless steps are being held back).
                    if self.tty && !self.hidden && self.pending == 0 {
                        self.render(true, Instant::now());
                    }
                }
                Some(item)
            }
            None => {
                self.finish();
                None
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<I: Iterator> Drop for ProgressBar<I> {
    fn drop(&mut self) {
        if self.started.is_some() && self.tty && !self.hidden {
            // The last steps may have come within the redraw interval.
            self.settle();
            self.render(true, Instant::now());
            if self.err {
                self.io.write_err(AFTER_BAR);
            } else {
                self.io.write_out(AFTER_BAR);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Runner;
    use crate::{Command, Output};

    fn run(tty: bool, f: fn()) -> String {
        let cmd = Command::new("p").callback(move |_| {
            f();
            Ok(Output::none())
        });
        let mut runner = Runner::new().env("COLUMNS", "60");
        if tty {
            runner = runner.terminal(true);
        }
        runner.invoke(&cmd, [] as [&str; 0]).stdout
    }

    #[test]
    fn eta_format() {
        assert_eq!(format_eta(3), "00:00:03");
        assert_eq!(format_eta(3 * 86400 + 3661), "3d 01:01:01");
    }

    #[test]
    fn not_a_terminal_prints_the_label_once() {
        let out = run(false, || {
            let mut bar = progressbar(0..1000).label("Working");
            assert_eq!(bar.by_ref().count(), 1000);
            assert_eq!(bar.pos(), 1000);
            assert!(bar.is_finished());
        });
        assert_eq!(out, "Working\n");
    }

    #[test]
    fn terminal_draws_on_one_line_and_finishes_full() {
        let out = run(true, || {
            let bar = progressbar(0..5000u32)
                .label("Copying")
                .item_show_func(|i| i.map(|n| format!("item {n}")));
            assert_eq!(bar.sum::<u32>(), 5000 * 4999 / 2);
        });
        assert_eq!(out.matches('\n').count(), 1, "{out:?}");
        // Drawn once before the first item, as Click's `with` block does.
        let first = format!(
            "{BEFORE_BAR}Copying  [{}]    0%{BEFORE_BAR}",
            "-".repeat(36)
        );
        assert!(out.starts_with(&first), "{out:?}");
        let last = out.rsplit(BEFORE_BAR).next().unwrap_or_default();
        let done = format!("Copying  [{}]  100%", "#".repeat(36));
        assert_eq!(last.trim_end_matches(AFTER_BAR).trim_end(), done);
        assert!(out.ends_with(AFTER_BAR));
    }

    #[test]
    fn manual_updates_show_position() {
        let out = run(true, || {
            let mut bar = ProgressBar::with_length(20)
                .label("Processing")
                .show_pos(true)
                .width(20);
            bar.update(7);
        });
        let line = format!("{BEFORE_BAR}Processing  [#######-------------]  7/20{AFTER_BAR}");
        assert!(out.ends_with(&line), "{out:?}");
    }

    #[test]
    fn unknown_length_fills_when_done_and_autowidth_fits_the_terminal() {
        let out = run(true, || {
            let iter = std::iter::repeat_n(1, 3).filter(|_| true);
            let _ = progressbar(iter).width(0).count();
        });
        let last = out.rsplit(BEFORE_BAR).next().unwrap_or_default();
        assert_eq!(last, format!("  [{}]{AFTER_BAR}", "#".repeat(56)));
    }

    #[test]
    fn steps_below_the_minimum_are_counted_at_the_end() {
        let out = run(true, || {
            let mut bar = ProgressBar::with_length(10)
                .show_pos(true)
                .update_min_steps(4);
            bar.update(3);
            assert_eq!(bar.pos(), 0);
            bar.update(4);
            assert_eq!(bar.pos(), 7);
            bar.update(2);
        });
        let line = format!(
            "{BEFORE_BAR}  [{}{}]  9/10{AFTER_BAR}",
            "#".repeat(32),
            "-".repeat(4)
        );
        assert!(out.ends_with(&line), "{out:?}");
    }
}
