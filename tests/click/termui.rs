//! Click's `tests/test_termui.py`: progress bars here; the editor and
//! pager in `termui/edit_pager.rs`, prompts in `termui/prompts.rs`.

mod edit_pager;
mod flag_prompts;
pub(crate) mod pager_file;
mod prompts;

use clack::termui::{ProgressBar, progressbar};
use clack::testing::{RunResult, Runner};
use clack::{Command, Output};

/// Where the bar goes back to the start of its line to draw again.
const REDRAW: &str = "\r\x1b[?25l";

/// Run `body` in a command, with standard output a terminal (`tty`) or not.
fn run_bar(tty: bool, body: impl Fn() + Send + Sync + 'static) -> RunResult {
    let cmd = Command::new("cli").callback(move |_| {
        body();
        Ok(Output::none())
    });
    Runner::new()
        .env("COLUMNS", "80")
        .terminal(tty)
        .invoke(&cmd, [""; 0])
}

/// Each state of the bar as drawn, without the redraw codes and padding.
fn drawn_lines(output: &str) -> Vec<String> {
    output
        .split(REDRAW)
        .skip(1)
        .map(|l| l.trim_end_matches("\x1b[?25h\n").trim_end().to_string())
        .collect()
}

#[test]
fn progressbar_strip_regression() {
    let result = run_bar(true, || {
        for _ in progressbar(0..10).label("    padded line") {}
    });
    assert!(
        result.output.contains("    padded line"),
        "{:?}",
        result.output
    );
}

/// An iterator whose length is only a hint (no exact size) still works.
#[test]
fn progressbar_length_hint() {
    let result = run_bar(true, || {
        let hinted = (0..10).filter(|_| true);
        assert_eq!(progressbar(hinted).label("test").count(), 10);
    });
    assert!(result.error.is_none(), "{:?}", result.error);
}

#[test]
fn progressbar_no_tty() {
    let result = run_bar(false, || for _ in progressbar(0..10).label("working") {});
    assert_eq!(result.output, "working\n");
}

#[test]
fn progressbar_hidden_manual() {
    let result = run_bar(true, || {
        for _ in progressbar(0..10).label("see nothing").hidden(true) {}
    });
    assert_eq!(result.output, "");
}

/// Whatever the `update_min_steps` threshold, iterating or updating ends at
/// the full length, and the last drawing says `20/20`.
#[test]
fn progressbar_lands_on_final_position() {
    for min_steps in [1, 2, 3, 7, 20, 25] {
        for iterate in [true, false] {
            let result = run_bar(true, move || {
                let mut bar = ProgressBar::with_length(20)
                    .show_pos(true)
                    .update_min_steps(min_steps);
                if iterate {
                    for _ in bar.by_ref() {}
                } else {
                    for _ in 0..20 {
                        bar.update(1);
                    }
                    // Click's `with` block ends here.
                    bar.finish();
                }
                assert_eq!(bar.pos(), 20, "{min_steps} {iterate}");
                assert!(bar.is_finished(), "{min_steps} {iterate}");
            });
            assert!(result.error.is_none());
            assert!(
                result.output.contains("20/20"),
                "{min_steps} {iterate}: {:?}",
                result.output
            );
        }
    }
}

/// The bar's fill for 7 of 8 steps, and a finished bar of length 0 full.
#[test]
fn progressbar_format_bar() {
    let result = run_bar(true, || {
        let mut bar = ProgressBar::with_length(8).width(8).show_percent(false);
        bar.update(7);
    });
    let lines = drawn_lines(&result.output);
    assert_eq!(lines.last().map(String::as_str), Some("  [#######-]"));

    let result = run_bar(true, || {
        for _ in ProgressBar::with_length(0).width(8).show_percent(false) {}
    });
    let lines = drawn_lines(&result.output);
    assert_eq!(lines.last().map(String::as_str), Some("  [########]"));
}

#[test]
fn progressbar_format_progress_line() {
    let cases = [
        (0, true, true, 0, "  [--------]  0/0    0%"),
        (0, false, true, 0, "  [--------]  0/0"),
        (0, false, false, 0, "  [--------]"),
        (8, true, true, 8, "  [########]  8/8  100%"),
    ];
    for (length, percent, pos, steps, want) in cases {
        let result = run_bar(true, move || {
            let mut bar = ProgressBar::with_length(length)
                .width(8)
                .show_percent(percent)
                .show_pos(pos);
            bar.update(steps);
        });
        let lines = drawn_lines(&result.output);
        let line = if steps == 0 {
            &lines[0]
        } else {
            &lines[lines.len() - 1]
        };
        assert_eq!(line, want, "{:?}", result.output);
    }
}

/// The current item's text ends the line; without one, the percentage does.
#[test]
fn progressbar_format_progress_line_with_show_func() {
    let result = run_bar(true, || {
        let mut bar = progressbar(["test"]).item_show_func(|i| i.map(|s| s.to_string()));
        assert_eq!(bar.next(), Some("test"));
        drop(bar);
    });
    let lines = drawn_lines(&result.output);
    assert!(lines.iter().any(|l| l.ends_with("  test")), "{lines:?}");
    assert!(lines[0].ends_with("  0%"), "{lines:?}");
}

/// The bar is an iterator that can be advanced by hand.
#[test]
fn progressbar_is_iterator() {
    let result = run_bar(true, || {
        let mut bar = progressbar(0..10).label("test");
        let mut seen = 0;
        while bar.next().is_some() {
            seen += 1;
        }
        assert_eq!(seen, 10);
    });
    assert!(result.error.is_none());
}

#[test]
fn progressbar_yields_all_items() {
    let result = run_bar(false, || {
        assert_eq!(progressbar(0..3).count(), 3);
    });
    assert!(result.error.is_none());
}

/// Each item is shown on the line drawn while it is processed.
#[test]
fn progressbar_item_show_func() {
    let result = run_bar(true, || {
        let show = |i: Option<&u32>| Some(i.map_or("None".to_string(), |n| n.to_string()));
        for item in progressbar(0..3u32).item_show_func(show) {
            clack::echo(format!(" item {item}"));
        }
    });
    let lines: Vec<&str> = result
        .output
        .lines()
        .filter(|l| l.contains("item"))
        .collect();
    assert_eq!(lines.len(), 3, "{:?}", result.output);
    for (i, line) in lines.iter().enumerate() {
        assert!(line.contains(&format!("{i}    item {i}")), "{line:?}");
    }
}

/// `update` with a current item shows it through `item_show_func`.
#[test]
fn progressbar_update_with_item_show_func() {
    let result = run_bar(true, || {
        let mut bar =
            ProgressBar::with_length(6).item_show_func(|x| x.map(|x| format!("Custom {x}")));
        while !bar.is_finished() {
            let pos = bar.pos();
            bar.update_with_item(2, pos);
            clack::echo("");
        }
    });
    let lines: Vec<&str> = result
        .output
        .split('\n')
        .filter(|l| l.contains('['))
        .collect();
    assert!(lines.len() >= 3, "{:?}", result.output);
    assert!(lines[0].contains("Custom 0"), "{lines:?}");
    assert!(lines[1].contains("Custom 2"), "{lines:?}");
    assert!(lines[2].contains("Custom 4"), "{lines:?}");
}

/// Steps below the threshold are held back until they reach it.
#[test]
fn progress_bar_update_min_steps() {
    let result = run_bar(true, || {
        let mut bar = ProgressBar::with_length(10).update_min_steps(5);
        bar.update(3);
        assert_eq!(bar.pos(), 0);
        bar.update(2);
        assert_eq!(bar.pos(), 5);
    });
    assert!(result.error.is_none());
}

/// `secho` of nothing without a newline writes nothing.
#[test]
fn secho() {
    let cmd = Command::new("cli").callback(|_| {
        clack::echo_no_nl("");
        Ok(Output::none())
    });
    assert_eq!(Runner::new().invoke(&cmd, [""; 0]).stdout, "");
}

/// A number is styled as its text (`123` on magenta).
#[test]
fn secho_non_text() {
    let cmd = Command::new("cli").callback(|_| {
        let styled = clack::termui::style(123.to_string()).bg(clack::termui::AnsiColor::Magenta);
        clack::echo_no_nl(styled.to_string());
        Ok(Output::none())
    });
    let result = Runner::new().terminal(true).invoke(&cmd, [""; 0]);
    assert_eq!(result.stdout, "\x1b[45m123\x1b[0m");
}
