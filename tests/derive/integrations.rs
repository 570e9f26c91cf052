//! Other crates' types as parameter values, each behind its feature:
//! `chrono` and `jiff` dates and date-times as Click's `DateTime`,
//! `uuid::Uuid` as Click's `UUID`, `url::Url`.

#[cfg(feature = "chrono")]
mod chrono_types {
    use clack::chrono::{NaiveDate, NaiveDateTime};
    use clack::prelude::*;

    use super::super::{ok, run};

    /// Book a slot.
    #[command]
    fn book(
        #[option] at: Option<NaiveDateTime>,
        #[option(default = "2024-01-01", show_default)] day: NaiveDate,
        #[option(formats = ["%d.%m.%Y"])] due: Option<NaiveDate>,
        #[option(multiple)] skip: Vec<NaiveDate>,
        #[argument] start: NaiveDateTime,
    ) {
        clack::echo(format!("{at:?} {day} {due:?} {skip:?} {start}"));
    }

    #[test]
    fn chrono_values_read_as_click_datetime() {
        let out = ok(run(
            &book::command(),
            &[
                "--at",
                "2024-07-09T10:30:00",
                "--due",
                "31.12.2024",
                "--skip",
                "2024-02-29",
                "2024-07-09",
            ],
        ));
        assert_eq!(
            out,
            "Some(2024-07-09T10:30:00) 2024-01-01 Some(2024-12-31) [2024-02-29] 2024-07-09 00:00:00\n"
        );
    }

    #[test]
    fn chrono_errors_and_help_are_clicks() {
        let r = run(&book::command(), &["--day", "2023-02-29", "2024-01-01"]);
        assert_eq!(r.exit_code, 2);
        assert!(
            r.stderr.ends_with(
                "Error: Invalid value for '--day': '2023-02-29' does not match the format '%Y-%m-%d'.\n"
            ),
            "{}",
            r.stderr
        );
        // Click names an argument by its metavar.
        let r = run(&book::command(), &["noon"]);
        assert!(
            r.stderr.ends_with(
                "Error: Invalid value for '[%Y-%m-%d|%Y-%m-%dT%H:%M:%S|%Y-%m-%d %H:%M:%S]': 'noon' does not match the formats '%Y-%m-%d', '%Y-%m-%dT%H:%M:%S', '%Y-%m-%d %H:%M:%S'.\n"
            ),
            "{}",
            r.stderr
        );
        // What Click 8.5.1 prints for the same command with
        // `click.DateTime()` types.
        assert_eq!(
            ok(run(&book::command(), &["--help"])),
            "Usage: book [OPTIONS] [%Y-%m-%d|%Y-%m-%dT%H:%M:%S|%Y-%m-%d %H:%M:%S]\n\
             \n  Book a slot.\n\
             \nOptions:\n\
             \x20 --at [%Y-%m-%d|%Y-%m-%dT%H:%M:%S|%Y-%m-%d %H:%M:%S]\n\
             \x20 --day [%Y-%m-%d]                [default: 2024-01-01]\n\
             \x20 --due [%d.%m.%Y]\n\
             \x20 --skip [%Y-%m-%d]\n\
             \x20 --help                          Show this message and exit.\n"
        );
    }
}

#[cfg(feature = "jiff")]
mod jiff_types {
    use clack::jiff::civil::{Date, DateTime};
    use clack::prelude::*;

    use super::super::{ok, run};

    /// Plan a trip.
    #[command]
    fn plan(#[option(default = "2024-07-09 08:00:00")] leave: DateTime, #[argument] back: Date) {
        clack::echo(format!("{leave} {back}"));
    }

    #[test]
    fn jiff_values_read_as_click_datetime() {
        assert_eq!(
            ok(run(&plan::command(), &["2024-07-20"])),
            "2024-07-09T08:00:00 2024-07-20\n"
        );
        assert_eq!(
            ok(run(
                &plan::command(),
                &["--leave", "2024-07-10T09:15:30", "2024-07-20"]
            )),
            "2024-07-10T09:15:30 2024-07-20\n"
        );
        let r = run(&plan::command(), &["20.07.2024"]);
        assert_eq!(r.exit_code, 2);
        assert!(
            r.stderr.ends_with(
                "Error: Invalid value for '[%Y-%m-%d]': '20.07.2024' does not match the format '%Y-%m-%d'.\n"
            ),
            "{}",
            r.stderr
        );
        let help = ok(run(&plan::command(), &["--help"]));
        assert!(
            help.starts_with("Usage: plan [OPTIONS] [%Y-%m-%d]\n"),
            "{help}"
        );
    }
}

#[cfg(feature = "uuid")]
mod uuid_types {
    use clack::prelude::*;
    use clack::uuid::Uuid;

    use super::super::{ok, run};

    /// Show a record.
    #[command]
    fn show(#[option] parent: Option<Uuid>, #[argument] id: Uuid) {
        clack::echo(format!("{parent:?} {id}"));
    }

    #[test]
    fn uuids_read_as_click_uuid() {
        assert_eq!(
            ok(run(
                &show::command(),
                &["{12345678-1234-5678-1234-567812345678}"]
            )),
            "None 12345678-1234-5678-1234-567812345678\n"
        );
        let r = run(&show::command(), &["--parent", "nope", "x"]);
        assert_eq!(r.exit_code, 2);
        assert!(
            r.stderr
                .ends_with("Error: Invalid value for '--parent': 'nope' is not a valid UUID.\n"),
            "{}",
            r.stderr
        );
        // What Click 8.5.1 prints with `click.UUID`.
        assert_eq!(
            ok(run(&show::command(), &["--help"])),
            "Usage: show [OPTIONS] ID\n\n  Show a record.\n\nOptions:\n  --parent UUID\n  --help         Show this message and exit.\n"
        );
    }
}

#[cfg(feature = "url")]
mod url_types {
    use clack::prelude::*;
    use clack::url::Url;

    use super::super::{ok, run};

    /// Fetch a page.
    #[command]
    fn get(#[option(default = "https://example.org/")] base: Url, #[argument] path: String
    ) {
        let joined = base.join(&path).map(String::from);
        clack::echo(format!("{joined:?}"));
    }

    #[test]
    fn urls_parse_with_the_url_crate() {
        assert_eq!(
            ok(run(&get::command(), &["a/b"])),
            "Ok(\"https://example.org/a/b\")\n"
        );
        let r = run(&get::command(), &["--base", "example.org", "x"]);
        assert_eq!(r.exit_code, 2);
        assert!(
            r.stderr.ends_with(
                "Error: Invalid value for '--base': 'example.org' is not a valid URL: relative URL without a base\n"
            ),
            "{}",
            r.stderr
        );
        let help = ok(run(&get::command(), &["--help"]));
        assert!(help.contains("  --base URL\n"), "{help}");
    }
}
