//! Prompts and yes/no confirmations (Click's `prompt` and `confirm`).
//!
//! On a terminal, the answer is read with Ctrl-C caught (it aborts with the
//! terminal restored) and, for hidden input, without echo. With input that
//! is not a terminal, the prompt text goes to standard
//! output and nothing is echoed, as Python's `input()` does (the testing
//! runner's input is echoed as Click's `CliRunner` does); the end of input
//! aborts (`Aborted!`, exit 1). A value that fails conversion prints
//! `Error: <message>` and the question is asked again.

use std::ffi::{OsStr, OsString};
use std::marker::PhantomData;

use crate::Error;
use crate::io::Io;
use crate::types::{ParamType, Text};

/// How a prompt shows its default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PromptDefault {
    Shown,
    Hidden,
    Text(String),
}

/// Everything a prompt shows, independent of the value's type.
pub(crate) struct PromptRequest<'a> {
    pub(crate) text: &'a str,
    pub(crate) default: Option<String>,
    pub(crate) show_default: PromptDefault,
    pub(crate) choices: Option<Vec<String>>,
    pub(crate) hide_input: bool,
    pub(crate) confirmation: Option<String>,
    pub(crate) err: bool,
    pub(crate) suffix: &'a str,
    /// Keep an answer that is not UTF-8 as it was typed, for the value's
    /// type to take or refuse (a path, an `OsString`); else it is refused
    /// here and the question asked again.
    pub(crate) keep_bytes: bool,
}

fn build_prompt(
    text: &str,
    suffix: &str,
    show_default: &PromptDefault,
    default: Option<&str>,
    choices: Option<&[String]>,
) -> String {
    let mut prompt = text.to_string();
    if let Some(choices) = choices {
        prompt.push_str(&format!(" ({})", choices.join(", ")));
    }
    match (show_default, default) {
        (PromptDefault::Text(t), _) => prompt.push_str(&format!(" [({t})]")),
        (PromptDefault::Shown, Some(d)) => prompt.push_str(&format!(" [{d}]")),
        _ => {}
    }
    prompt.push_str(suffix);
    prompt
}

/// Show `prompt` and read one line. End of input aborts. Unless
/// `keep_bytes`, an answer that is not UTF-8 is refused as such an argument
/// is (Python would keep its bytes as surrogate escapes, which a `String`
/// cannot hold) and the question is asked again.
fn read_answer(io: &Io, prompt: &str, request: &PromptRequest<'_>) -> Result<OsString, Error> {
    let (hide_input, err) = (request.hide_input, request.err);
    loop {
        let bytes = read_answer_bytes(io, prompt, hide_input, err)?;
        if request.keep_bytes {
            return Ok(os_string(bytes));
        }
        match String::from_utf8(bytes) {
            Ok(answer) => return Ok(answer.into()),
            Err(e) => {
                let shown = if hide_input {
                    "'***'".to_string()
                } else {
                    crate::compat::repr::py_repr_os(&os_string(e.into_bytes()))
                };
                write_line(io, err, &format!("Error: {shown} is not valid UTF-8 text."));
            }
        }
    }
}

#[cfg(unix)]
fn os_string(bytes: Vec<u8>) -> std::ffi::OsString {
    std::os::unix::ffi::OsStringExt::from_vec(bytes)
}

#[cfg(not(unix))]
fn os_string(bytes: Vec<u8>) -> std::ffi::OsString {
    String::from_utf8_lossy(&bytes).into_owned().into()
}

/// Show `prompt` and read one line, as bytes.
fn read_answer_bytes(io: &Io, prompt: &str, hide_input: bool, err: bool) -> Result<Vec<u8>, Error> {
    if io.captured_buffers().is_some() && !io.stdin_is_terminal() {
        return read_runner_answer(io, prompt, hide_input, err);
    }
    let hidden_fallback = hide_input && !io.stdin_is_terminal();
    // Python's getpass writes its prompt to the terminal, or to stderr when
    // there is none; a visible prompt goes where `input()` writes it.
    let to_err = err || hidden_fallback || (hide_input && io.stdin_is_terminal());
    let text = if (to_err && !io.stderr_is_terminal()) || (!to_err && !io.stdout_is_terminal()) {
        crate::ansi::strip_ansi(prompt).to_string()
    } else {
        prompt.to_string()
    };
    let show_prompt = || {
        if to_err {
            io.write_err(&text);
        } else {
            io.write_out(&text);
        }
    };
    let line = if io.stdin_is_terminal() {
        crate::term::read_terminal_line(io, !hide_input, &show_prompt)
    } else {
        show_prompt();
        read_plain_line(io)
    };
    match line {
        Ok(Some(line)) => {
            if hide_input && io.stdin_is_terminal() {
                io.write_err("\n");
            }
            Ok(line)
        }
        Ok(None) => {
            if hide_input {
                if err {
                    io.write_err("\n");
                } else {
                    io.write_out("\n");
                }
            }
            Err(Error::abort())
        }
        // Ctrl-C: Click's hidden prompt ends the line first (getpass does
        // not); at a visible one `Aborted!` follows the terminal's `^C`.
        Err(e) if e.kind() == std::io::ErrorKind::Interrupted && hide_input => {
            Err(Error::interrupted())
        }
        Err(_) => Err(Error::abort()),
    }
}

/// Show `prompt` and read one line from the testing runner's input, as
/// Click's `CliRunner` does: a visible prompt writes the answer it read and
/// a line end after the prompt, as a terminal would show the typed text; a
/// hidden one writes the prompt and a line end before reading, never the
/// answer. Both go to the prompt's stream (standard error with `err`).
fn read_runner_answer(
    io: &Io,
    prompt: &str,
    hide_input: bool,
    err: bool,
) -> Result<Vec<u8>, Error> {
    let terminal = if err {
        io.stderr_is_terminal()
    } else {
        io.stdout_is_terminal()
    };
    let text = if terminal {
        prompt.to_string()
    } else {
        crate::ansi::strip_ansi(prompt).to_string()
    };
    let write = |bytes: &[u8]| {
        if err {
            io.write_err(bytes);
        } else {
            io.write_out(bytes);
        }
    };
    write(text.as_bytes());
    if hide_input {
        write(b"\n");
    }
    // The answer is written below (or hidden), not echoed as it is read.
    match io.without_echo(|| read_plain_line(io)) {
        Ok(Some(line)) => {
            if !hide_input {
                write(&line);
                write(b"\n");
            }
            Ok(line)
        }
        Ok(None) => {
            if hide_input {
                write(b"\n");
            }
            Err(Error::abort())
        }
        Err(_) => Err(Error::abort()),
    }
}

/// A line from input that is not a terminal, without its end.
fn read_plain_line(io: &Io) -> std::io::Result<Option<Vec<u8>>> {
    let mut buf = Vec::new();
    if io.with_stdin(|r| r.read_until(b'\n', &mut buf))? == 0 {
        return Ok(None);
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
    }
    Ok(Some(buf))
}

/// Hide a hidden answer in an error message as `'***'` (Click's
/// `_mask_hidden_input`): its quoted forms, then the answer itself where it
/// stands as a whole word (so `1` is kept in `10`, `ent` in
/// `Authentication`).
fn mask(message: &str, value: &OsStr) -> String {
    const MASK: &str = "'***'";
    let lossy = value.to_string_lossy();
    let message = message
        .replace(&crate::compat::repr::py_repr_os(value), MASK)
        .replace(&crate::compat::repr::py_repr(&lossy), MASK);
    if lossy.is_empty() {
        return message;
    }
    // Python's `\w`: letters, digits and the underscore, in any script.
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let mut out = String::with_capacity(message.len());
    let mut rest = message.as_str();
    let mut before: Option<char> = None;
    while let Some(at) = rest.find(&*lossy) {
        let (head, tail) = rest.split_at(at);
        let prev = head.chars().next_back().or(before);
        let after = tail[lossy.len()..].chars().next();
        out.push_str(head);
        if word(prev) || word(after) {
            // Not a whole word: keep its first character and look on.
            let first = tail.chars().next().unwrap_or_default();
            out.push(first);
            before = Some(first);
            rest = &tail[first.len_utf8()..];
        } else {
            out.push_str(MASK);
            before = lossy.chars().next_back();
            rest = &tail[lossy.len()..];
        }
    }
    out.push_str(rest);
    out
}

/// The prompt loop: ask, convert with `value_proc` (which receives `None`
/// when the answer was empty and a default exists), ask again on a usage
/// error, and confirm when asked to.
pub(crate) fn prompt_in<T>(
    io: &Io,
    request: &PromptRequest<'_>,
    value_proc: &mut dyn FnMut(Option<OsString>) -> Result<T, Error>,
) -> Result<T, Error> {
    let prompt = build_prompt(
        request.text,
        request.suffix,
        &request.show_default,
        request.default.as_deref(),
        request.choices.as_deref(),
    );
    let confirmation = request
        .confirmation
        .as_ref()
        .map(|c| build_prompt(c, request.suffix, &PromptDefault::Hidden, None, None));
    loop {
        let answer = loop {
            let value = read_answer(io, &prompt, request)?;
            if !value.is_empty() {
                break Some(value);
            } else if request.default.is_some() {
                break None;
            }
        };
        let result = match value_proc(answer.clone()) {
            Ok(r) => r,
            Err(e) if e.is_usage_error() => {
                let message = match &answer {
                    Some(a) if request.hide_input => mask(e.message(), a),
                    _ => e.message().to_string(),
                };
                write_line(io, request.err, &format!("Error: {message}"));
                continue;
            }
            Err(e) => return Err(e),
        };
        let Some(confirmation) = &confirmation else {
            return Ok(result);
        };
        let first = answer.clone().unwrap_or_default();
        let second = loop {
            let v = read_answer(io, confirmation, request)?;
            if !v.is_empty() || first.is_empty() {
                break v;
            }
        };
        if first == second {
            return Ok(result);
        }
        write_line(
            io,
            request.err,
            "Error: The two entered values do not match.",
        );
    }
}

fn write_line(io: &Io, err: bool, text: &str) {
    if err {
        io.write_err(format!("{text}\n"));
    } else {
        io.write_out(format!("{text}\n"));
    }
}

/// A yes/no question (Click's `confirm`): `y`, `yes`, `n`, `no`, or empty
/// for the default; anything else prints `Error: invalid input` and asks
/// again.
pub(crate) fn confirm_in(
    io: &Io,
    text: &str,
    default: Option<bool>,
    abort: bool,
    show_default: bool,
    err: bool,
) -> Result<bool, Error> {
    let hint = match default {
        None => "y/n",
        Some(true) => "Y/n",
        Some(false) => "y/N",
    };
    let shown = if show_default {
        PromptDefault::Shown
    } else {
        PromptDefault::Hidden
    };
    let prompt = build_prompt(text, ": ", &shown, Some(hint), None);
    let answer = loop {
        // Text that is not UTF-8 is no yes or no: `invalid input`, as in Click.
        let value = String::from_utf8_lossy(&read_answer_bytes(io, &prompt, false, err)?)
            .trim()
            .to_lowercase();
        match value.as_str() {
            "y" | "yes" => break true,
            "n" | "no" => break false,
            "" if default.is_some() => break default.unwrap_or(false),
            _ => write_line(io, err, "Error: invalid input"),
        }
    };
    if abort && !answer {
        return Err(Error::abort());
    }
    Ok(answer)
}

/// A typed question; build it with [`prompt`], then [`ask`](Prompt::ask).
///
/// ```no_run
/// use clack_core::{termui::prompt, types::Int};
/// let age: u32 = prompt("Age").ty(Int::<u32>::new()).default(30).ask()?;
/// # Ok::<(), clack_core::Error>(())
/// ```
pub struct Prompt<P: ParamType = Text> {
    text: String,
    ty: P,
    default: Option<String>,
    show_default: PromptDefault,
    show_choices: bool,
    hide_input: bool,
    confirmation: Option<String>,
    err: bool,
    suffix: String,
    _p: PhantomData<P>,
}

/// Ask for a value (Click's `click.prompt`). Text unless given a type.
///
/// ```no_run
/// let name: String = clack_core::termui::prompt("Name").ask()?;
/// # Ok::<(), clack_core::Error>(())
/// ```
pub fn prompt(text: &str) -> Prompt<Text> {
    Prompt {
        text: text.to_string(),
        ty: Text,
        default: None,
        show_default: PromptDefault::Shown,
        show_choices: true,
        hide_input: false,
        confirmation: None,
        err: false,
        suffix: ": ".to_string(),
        _p: PhantomData,
    }
}

impl<P: ParamType> Prompt<P> {
    /// Convert the answer with this type.
    ///
    /// ```
    /// let p = clack_core::termui::prompt("Port").ty(clack_core::types::Int::<u16>::new());
    /// # let _ = p;
    /// ```
    pub fn ty<Q: ParamType>(self, ty: Q) -> Prompt<Q> {
        Prompt {
            text: self.text,
            ty,
            default: self.default,
            show_default: self.show_default,
            show_choices: self.show_choices,
            hide_input: self.hide_input,
            confirmation: self.confirmation,
            err: self.err,
            suffix: self.suffix,
            _p: PhantomData,
        }
    }

    /// The answer used when the user just presses Enter.
    ///
    /// ```
    /// let p = clack_core::termui::prompt("Name").default("Ada");
    /// # let _ = p;
    /// ```
    pub fn default(mut self, value: impl crate::types::IntoDefault) -> Self {
        let mut tokens = Vec::new();
        value.default_tokens(&mut tokens);
        self.default = Some(
            tokens
                .iter()
                .map(|t| t.to_string_lossy())
                .collect::<Vec<_>>()
                .join(" "),
        );
        self
    }

    /// Whether the default is shown in brackets (default yes).
    ///
    /// ```
    /// let p = clack_core::termui::prompt("Name").default("Ada").show_default(false);
    /// # let _ = p;
    /// ```
    pub fn show_default(mut self, yes: bool) -> Self {
        self.show_default = if yes {
            PromptDefault::Shown
        } else {
            PromptDefault::Hidden
        };
        self
    }

    /// Whether a choice type's choices are listed (default yes).
    ///
    /// ```
    /// let p = clack_core::termui::prompt("Colour").ty(clack_core::types::Choice::new(["red", "blue"])).show_choices(false);
    /// # let _ = p;
    /// ```
    pub fn show_choices(mut self, yes: bool) -> Self {
        self.show_choices = yes;
        self
    }

    /// Do not echo what is typed.
    ///
    /// ```
    /// let p = clack_core::termui::prompt("Password").hide_input(true);
    /// # let _ = p;
    /// ```
    pub fn hide_input(mut self, yes: bool) -> Self {
        self.hide_input = yes;
        self
    }

    /// Ask twice and require the same answer (`Repeat for confirmation`).
    ///
    /// ```
    /// let p = clack_core::termui::prompt("Password").hide_input(true).confirmation_prompt(true);
    /// # let _ = p;
    /// ```
    pub fn confirmation_prompt(mut self, yes: bool) -> Self {
        self.confirmation = yes.then(|| "Repeat for confirmation".to_string());
        self
    }

    /// Write the prompt to standard error instead of standard output.
    ///
    /// ```
    /// let p = clack_core::termui::prompt("Name").err(true);
    /// # let _ = p;
    /// ```
    pub fn err(mut self, yes: bool) -> Self {
        self.err = yes;
        self
    }

    /// What follows the question (default `": "`).
    ///
    /// ```
    /// use clack_core::{Command, Output, testing::Runner};
    /// let cmd = Command::new("q").callback(|_| {
    ///     let answer: String = clack_core::termui::prompt("Name").suffix("? ").ask()?;
    ///     clack_core::echo(answer);
    ///     Ok(Output::none())
    /// });
    /// let r = Runner::new().input("Ada\n").invoke(&cmd, [] as [&str; 0]);
    /// assert_eq!(r.stdout, "Name? Ada\nAda\n");
    /// ```
    pub fn suffix(mut self, suffix: impl Into<String>) -> Self {
        self.suffix = suffix.into();
        self
    }

    /// Ask until the answer converts.
    ///
    /// # Errors
    /// [`Error::abort`] at the end of input.
    ///
    /// ```
    /// use clack_core::{Command, Output, testing::Runner, types::Int};
    /// let cmd = Command::new("q").callback(|_| {
    ///     let n: i64 = clack_core::termui::prompt("Age").ty(Int::<i64>::new()).ask()?;
    ///     clack_core::echo(n.to_string());
    ///     Ok(Output::none())
    /// });
    /// let r = Runner::new().input("x\n7\n").invoke(&cmd, [] as [&str; 0]);
    /// assert_eq!(r.stdout, "Age: x\nError: 'x' is not a valid integer.\nAge: 7\n7\n");
    /// ```
    pub fn ask(self) -> Result<P::Value, Error> {
        let ctx = crate::context::current();
        let ty = &self.ty;
        // The answer goes to the type as it was typed: a type that takes
        // any bytes (`OsText`, paths) keeps an answer that is not UTF-8,
        // text refuses it and the question is asked again.
        self.ask_raw(true, &mut |text| ty.convert(text, ctx.as_ref()))
    }

    /// Ask until `value_proc` accepts the answer (Click's `value_proc`):
    /// it gets the answer, or the default for an empty one, and returns the
    /// value or an error; a usage error (such as
    /// [`Error::bad_parameter`]) prints `Error: <message>` and asks again.
    /// The type set with [`ty`](Prompt::ty) only lists its choices.
    ///
    /// # Errors
    /// [`Error::abort`] at the end of input, or what `value_proc` returned
    /// that is not a usage error.
    ///
    /// ```
    /// use clack_core::{Command, Error, Output, testing::Runner};
    /// let cmd = Command::new("q").callback(|_| {
    ///     let even = clack_core::termui::prompt("Even number").ask_with(|text| {
    ///         match text.parse::<u32>() {
    ///             Ok(n) if n % 2 == 0 => Ok(n),
    ///             _ => Err(Error::bad_parameter(format!("{text} is not even."))),
    ///         }
    ///     })?;
    ///     clack_core::echo(even.to_string());
    ///     Ok(Output::none())
    /// });
    /// let r = Runner::new().input("3\n4\n").invoke(&cmd, [] as [&str; 0]);
    /// assert_eq!(r.stdout, "Even number: 3\nError: 3 is not even.\nEven number: 4\n4\n");
    /// ```
    pub fn ask_with<T>(
        &self,
        mut value_proc: impl FnMut(&str) -> Result<T, Error>,
    ) -> Result<T, Error> {
        // Without `keep_bytes`, every answer is UTF-8.
        self.ask_raw(false, &mut |text| value_proc(&text.to_string_lossy()))
    }

    /// The prompt loop, the answer (or the default) as typed.
    fn ask_raw<T>(
        &self,
        keep_bytes: bool,
        value_proc: &mut dyn FnMut(OsString) -> Result<T, Error>,
    ) -> Result<T, Error> {
        let io = super::current_io();
        let ctx = crate::context::current();
        let choices = if self.show_choices {
            self.ty.choices(ctx.as_ref())
        } else {
            None
        };
        let request = PromptRequest {
            text: &self.text,
            default: self.default.clone(),
            show_default: self.show_default.clone(),
            choices,
            hide_input: self.hide_input,
            confirmation: self.confirmation.clone(),
            err: self.err,
            suffix: &self.suffix,
            keep_bytes,
        };
        let default = self.default.as_deref().map(OsStr::new);
        prompt_in(&io, &request, &mut |answer| {
            let text = answer.as_deref().or(default).unwrap_or_default();
            value_proc(text.to_os_string())
        })
    }
}

/// A yes/no question; build it with [`confirm`], then [`ask`](Confirm::ask).
pub struct Confirm {
    text: String,
    default: Option<bool>,
    abort: bool,
    show_default: bool,
    err: bool,
}

/// Ask a yes/no question (Click's `click.confirm`), `No` by default.
///
/// ```no_run
/// if clack_core::termui::confirm("Continue?").default(Some(true)).ask()? {
///     // ...
/// }
/// # Ok::<(), clack_core::Error>(())
/// ```
pub fn confirm(text: &str) -> Confirm {
    Confirm {
        text: text.to_string(),
        default: Some(false),
        abort: false,
        show_default: true,
        err: false,
    }
}

impl Confirm {
    /// The answer for an empty reply; `None` insists on an answer (`[y/n]`).
    ///
    /// ```
    /// let c = clack_core::termui::confirm("Continue?").default(None);
    /// # let _ = c;
    /// ```
    pub fn default(mut self, default: Option<bool>) -> Self {
        self.default = default;
        self
    }

    /// Abort (`Aborted!`, exit 1) when the answer is no.
    ///
    /// ```
    /// let c = clack_core::termui::confirm("Continue?").abort(true);
    /// # let _ = c;
    /// ```
    pub fn abort(mut self, yes: bool) -> Self {
        self.abort = yes;
        self
    }

    /// Whether `[y/N]` is shown (default yes).
    ///
    /// ```
    /// let c = clack_core::termui::confirm("Continue?").show_default(false);
    /// # let _ = c;
    /// ```
    pub fn show_default(mut self, yes: bool) -> Self {
        self.show_default = yes;
        self
    }

    /// Write the question to standard error.
    ///
    /// ```
    /// let c = clack_core::termui::confirm("Continue?").err(true);
    /// # let _ = c;
    /// ```
    pub fn err(mut self, yes: bool) -> Self {
        self.err = yes;
        self
    }

    /// Ask.
    ///
    /// # Errors
    /// [`Error::abort`] at the end of input, or on "no" with [`abort`](Confirm::abort).
    ///
    /// ```
    /// use clack_core::{Command, Output, testing::Runner};
    /// let cmd = Command::new("q").callback(|_| {
    ///     let yes = clack_core::termui::confirm("Go on?").ask()?;
    ///     clack_core::echo(yes.to_string());
    ///     Ok(Output::none())
    /// });
    /// let r = Runner::new().input("maybe\ny\n").invoke(&cmd, [] as [&str; 0]);
    /// assert_eq!(r.stdout, "Go on? [y/N]: maybe\nError: invalid input\nGo on? [y/N]: y\ntrue\n");
    /// ```
    pub fn ask(self) -> Result<bool, Error> {
        let io = super::current_io();
        confirm_in(
            &io,
            &self.text,
            self.default,
            self.abort,
            self.show_default,
            self.err,
        )
    }
}

#[cfg(test)]
mod tests;
