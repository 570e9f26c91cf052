//! `textpipe`: a chained group whose commands build a pipeline of lines,
//! the twin of Click's `textpipe.py`.
//!
//! Every command returns a [`Processor`], a function from the stream of
//! lines before it to the stream after it; the group's result callback
//! joins them in the order they were given and drains the result. Files
//! are opened only when the pipeline runs, and `-` means standard input or
//! output.
//!
//!     printf 'b\na\nb\n' | cargo run --example textpipe -- read - sort uniq -c number write

use std::io::{BufRead, Write};
use std::path::PathBuf;

use clack::fileio::open_file;
use clack::prelude::*;
use clack::types::LazyFile;

/// A stream of lines; an error ends the pipeline when it is drained.
type Lines = Box<dyn Iterator<Item = Result<String, Error>>>;

/// What every command returns: a step of the pipeline.
type Processor = Box<dyn FnOnce(Lines) -> Lines>;

/// Run lines of text through a chain of commands.
///
/// \b
/// Example:
///     textpipe read notes.txt upper number write -o out.txt
///
/// Each command takes the lines that the one before it produced.
#[group(
    chain,
    result_callback = run_pipeline,
    commands = [read, upper, grep, head, number, replace, sort, uniq, write]
)]
pub(crate) fn cli() {}

/// Join the processors in order, then pull every line through them.
fn run_pipeline(processors: Vec<Processor>) -> Result<(), Error> {
    let mut stream: Lines = Box::new(std::iter::empty());
    for processor in processors {
        stream = processor(stream);
    }
    stream.try_for_each(|line| line.map(drop))
}

/// Read the lines of FILE ('-' is standard input).
#[command(name = "read")]
fn read(#[argument(exists, dir_okay = false, allow_dash)] file: PathBuf) -> Processor {
    Box::new(move |stream| Box::new(stream.chain(lines_of(file))))
}

/// The lines of `file`, opened when the first one is wanted.
fn lines_of(file: PathBuf) -> impl Iterator<Item = Result<String, Error>> {
    let mut lines: Option<Box<dyn Iterator<Item = Result<String, Error>>>> = None;
    std::iter::from_fn(move || {
        let lines = match &mut lines {
            Some(lines) => lines,
            None => match open_file(&file, "r", false, false) {
                Ok(f) => lines.insert(Box::new(f.lines().map(|l| l.map_err(Error::from)))),
                Err(e) => {
                    lines = Some(Box::new(std::iter::empty()));
                    return Some(Err(e));
                }
            },
        };
        lines.next()
    })
}

/// Turn every line to upper case.
#[command]
fn upper() -> Processor {
    Box::new(|stream| Box::new(stream.map(|line| line.map(|l| l.to_uppercase()))))
}

/// Keep the lines that contain PATTERN.
#[command]
fn grep(
    #[argument] pattern: String,
    #[option("--invert", "-v", help = "Keep the lines that do not match.")] invert: bool,
    #[option("--ignore-case", "-i", help = "Match without regard to case.")] ignore_case: bool,
) -> Processor {
    let fold = move |s: &str| {
        if ignore_case {
            s.to_lowercase()
        } else {
            s.to_owned()
        }
    };
    let needle = fold(&pattern);
    Box::new(move |stream| {
        Box::new(stream.filter(move |line| match line {
            Ok(line) => fold(line).contains(&needle) != invert,
            Err(_) => true,
        }))
    })
}

/// Keep the first lines only.
#[command]
fn head(
    #[option("-n", "--lines", default = 10, show_default, range = 0.., help = "How many lines to keep.")]
    lines: usize,
) -> Processor {
    Box::new(move |stream| Box::new(stream.take(lines)))
}

/// Put a line number in front of each line.
#[command]
fn number(
    #[option(default = 1, show_default, help = "The first line's number.")] start: i64,
    #[option(default = 3, show_default, range = 1..=9, help = "Width of the number column.")]
    width: usize,
) -> Processor {
    Box::new(move |stream| {
        Box::new(
            (start..)
                .zip(stream)
                .map(move |(index, line)| line.map(|l| format!("{index:>width$} {l}"))),
        )
    })
}

/// Replace OLD with NEW in each line.
#[command]
fn replace(
    #[argument] old: String,
    #[argument] new: String,
    #[option(help = "Replace at most this many times in each line.")] count: Option<i64>,
) -> Processor {
    // Python's str.replace: a negative count replaces every occurrence.
    let limit = count.and_then(|c| usize::try_from(c).ok());
    Box::new(move |stream| {
        Box::new(stream.map(move |line| {
            line.map(|l| match limit {
                Some(n) => l.replacen(&old, &new, n),
                None => l.replace(&old, &new),
            })
        }))
    })
}

/// Sort the lines.
#[command(name = "sort")]
fn sort(
    #[option("--reverse", "-r", help = "Sort in descending order.")] reverse: bool,
) -> Processor {
    Box::new(move |stream| {
        let lines: Result<Vec<String>, Error> = stream.collect();
        let sorted = lines.map(|mut lines| {
            lines.sort();
            if reverse {
                lines.reverse();
            }
            lines
        });
        match sorted {
            Ok(lines) => Box::new(lines.into_iter().map(Ok)),
            Err(e) => Box::new(std::iter::once(Err(e))),
        }
    })
}

/// Fold runs of equal lines into one.
#[command]
fn uniq(
    #[option("--count", "-c", help = "Prefix each line with how often it repeats.")] count: bool,
) -> Processor {
    let show = move |line: String, seen: usize| {
        if count {
            format!("{seen} {line}")
        } else {
            line
        }
    };
    Box::new(move |mut stream| {
        let mut run: Option<(String, usize)> = None;
        Box::new(std::iter::from_fn(move || {
            loop {
                match stream.next() {
                    Some(Ok(line)) => match &mut run {
                        Some((previous, seen)) if *previous == line => *seen += 1,
                        _ => {
                            if let Some((previous, seen)) = run.replace((line, 1)) {
                                return Some(Ok(show(previous, seen)));
                            }
                        }
                    },
                    Some(Err(e)) => return Some(Err(e)),
                    None => return run.take().map(|(line, seen)| Ok(show(line, seen))),
                }
            }
        }))
    })
}

/// Write the lines to a file, or to standard output.
#[command]
fn write(
    #[option(
        "--output",
        "-o",
        dir_okay = false,
        allow_dash,
        writable,
        default = "-",
        show_default,
        help = "Where to write the lines."
    )]
    output: PathBuf,
) -> Processor {
    Box::new(move |mut stream| {
        let mut file: Option<LazyFile> = None;
        Box::new(std::iter::from_fn(move || {
            let f = match &mut file {
                Some(f) => f,
                None => match open_file(&output, "w", false, false) {
                    Ok(f) => file.insert(f),
                    Err(e) => return Some(Err(e)),
                },
            };
            let line = stream.next()?;
            Some(line.and_then(|l| {
                writeln!(f, "{l}")?;
                Ok(l)
            }))
        }))
    })
}

fn main() {
    cli::main()
}
