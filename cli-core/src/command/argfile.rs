//! Argument files: `@file` on the command line stands for the arguments
//! the file holds.

use std::collections::VecDeque;
use std::ffi::OsString;

use crate::compat::repr::py_repr;
use crate::context::settings::ArgFiles;
use crate::{Context, Error};

/// How far argument files may include one another.
const MAX_DEPTH: usize = 10;

/// Replace every `@file` argument by the file's arguments, recursively up
/// to ten files deep. `@@x` stands for the argument `@x`; after `--`
/// nothing is expanded. Relative paths are against the current folder.
pub(crate) fn expand(
    ctx: &Context,
    mode: ArgFiles,
    args: VecDeque<OsString>,
) -> Result<VecDeque<OsString>, Error> {
    let mut out = VecDeque::with_capacity(args.len());
    let mut stopped = false;
    expand_into(ctx, mode, args, 0, &mut stopped, &mut out)?;
    Ok(out)
}

fn expand_into(
    ctx: &Context,
    mode: ArgFiles,
    args: impl IntoIterator<Item = OsString>,
    depth: usize,
    stopped: &mut bool,
    out: &mut VecDeque<OsString>,
) -> Result<(), Error> {
    for arg in args {
        if *stopped {
            out.push_back(arg);
            continue;
        }
        let Some(text) = arg.to_str() else {
            out.push_back(arg);
            continue;
        };
        if text == "--" {
            *stopped = true;
            out.push_back(arg);
        } else if let Some(escaped) = text.strip_prefix("@@") {
            out.push_back(format!("@{escaped}").into());
        } else if let Some(name) = text.strip_prefix('@').filter(|n| !n.is_empty()) {
            if depth >= MAX_DEPTH {
                return Err(ctx.fail(format!(
                    "Argument file {} is nested more than {MAX_DEPTH} files deep.",
                    py_repr(name)
                )));
            }
            let inner = read(ctx, mode, name)?;
            expand_into(ctx, mode, inner, depth + 1, stopped, out)?;
        } else {
            out.push_back(arg);
        }
    }
    Ok(())
}

fn read(ctx: &Context, mode: ArgFiles, name: &str) -> Result<Vec<OsString>, Error> {
    let text = std::fs::read_to_string(ctx.io().resolve(name)).map_err(|e| {
        ctx.fail(format!(
            "Could not read argument file {}: {}",
            py_repr(name),
            crate::fileio::strerror(&e)
        ))
    })?;
    match mode {
        ArgFiles::Lines => Ok(text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(OsString::from)
            .collect()),
        ArgFiles::ShellWords => {
            let mut words = Vec::new();
            for line in text.lines() {
                let line = strip_comment(line);
                let split = shell_words::split(line).map_err(|e| {
                    ctx.fail(format!(
                        "Could not split argument file {}: {e}.",
                        py_repr(name)
                    ))
                })?;
                words.extend(split.into_iter().map(OsString::from));
            }
            Ok(words)
        }
    }
}

/// A line without a `#` comment that starts a word (outside quotes).
fn strip_comment(line: &str) -> &str {
    let (mut single, mut double, mut escaped) = (false, false, false);
    let mut prev_space = true;
    for (i, c) in line.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if !single => escaped = true,
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            '#' if !single && !double && prev_space => return &line[..i],
            _ => {}
        }
        prev_space = c.is_whitespace();
    }
    line
}
