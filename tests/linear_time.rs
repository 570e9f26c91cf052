//! Work that grows with the input grows in step with it: a huge
//! environment value split into many values, a very long chain of
//! commands, a help text with one enormous word, completion after a very
//! long chain or deep in nested groups. Each case is sized so
//! that quadratic work would take minutes, while the linear work takes a
//! fraction of a second; the tests assert the results, not the times.

use std::ffi::OsString;

use clack::testing::Runner;
use clack::{Arg, Command, Group, Opt, Output};

/// The value the command returned, downcast to `T`.
fn returned<T: 'static>(result: clack::testing::RunResult) -> T {
    let output = result
        .output_value
        .unwrap_or_else(|| panic!("no return value; stderr: {}", result.stderr));
    output
        .downcast::<T>()
        .unwrap_or_else(|_| panic!("not a {}", std::any::type_name::<T>()))
}

#[test]
fn a_huge_environment_value_splits_into_values_in_linear_time() {
    // 4 MB in 400,000 values: splitting is 400,000 pieces, each of which
    // used to check the whole value again (1.6e12 byte steps).
    let words: Vec<String> = (0..400_000).map(|i| format!("v{i:07}")).collect();
    let value = words.join(" ");
    assert!(value.len() > 3_500_000);
    let cmd = Command::new("cmd")
        .param(Arg::new("items").nargs(-1).envvar("ITEMS"))
        .callback(|ctx| Ok(Output::new(ctx.get_required::<Vec<String>>("items")?)));
    let got: Vec<String> = returned(Runner::new().env("ITEMS", &value).invoke(&cmd, [""; 0]));
    assert_eq!(got, words);

    // Paths split on the path-list separator, bytes that are not UTF-8 kept.
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        let mut raw = value.replace(' ', ":").into_bytes();
        raw.extend_from_slice(b":\xff");
        let cmd = Command::new("cmd")
            .param(
                Opt::new("--path")
                    .value_type::<std::path::PathBuf>()
                    .multiple(true)
                    .envvar("PATHS"),
            )
            .callback(|ctx| {
                Ok(Output::new(
                    ctx.get_required::<Vec<std::path::PathBuf>>("path")?,
                ))
            });
        let got: Vec<std::path::PathBuf> = returned(
            Runner::new()
                .env("PATHS", OsString::from_vec(raw))
                .invoke(&cmd, [""; 0]),
        );
        assert_eq!(got.len(), words.len() + 1);
        assert_eq!(got[123_456], std::path::Path::new(&words[123_456]));
    }
}

#[test]
fn a_long_chain_of_commands_parses_in_linear_time() {
    // 100,000 chained commands, each with an option and an argument: every
    // command used to be handed (and to hand back) a copy of all the
    // arguments after it.
    const N: usize = 100_000;
    let cli = Group::new("pipe")
        .chain(true)
        .command(
            Command::new("add")
                .param(Opt::new("--times").value_type::<u64>().default(1u64))
                .param(Arg::new("n").value_type::<u64>())
                .callback(|ctx| {
                    let n = ctx.get_required::<u64>("n")?;
                    Ok(Output::new(n * ctx.get_required::<u64>("times")?))
                }),
        )
        .command(Command::new("nop").callback(|_| Ok(Output::new(0u64))))
        .result_callback(|_ctx, results| {
            let values: Vec<u64> = results
                .into_iter()
                .map(|r| {
                    r.downcast::<u64>()
                        .map_err(|_| clack::Error::failure("not a u64"))
                })
                .collect::<Result<_, _>>()?;
            Ok(Output::new((values.len(), values.iter().sum::<u64>())))
        })
        .into_command();
    let mut args: Vec<OsString> = Vec::with_capacity(4 * N);
    let mut want = 0u64;
    for i in 0..N as u64 {
        match i % 3 {
            0 => args.extend(["add", "--times", "2"].map(OsString::from)),
            1 => args.push("add".into()),
            _ => {
                args.push("nop".into());
                continue;
            }
        }
        args.push(i.to_string().into());
        want += if i % 3 == 0 { 2 * i } else { i };
    }
    let got: (usize, u64) = returned(Runner::new().invoke(&cli, args));
    assert_eq!(got, (N, want));
}

/// The lines a word of `n` characters is cut into, as Click cuts it: the
/// first line holds `first` characters, the others `room`, the last one
/// what is left followed by `tail`.
fn cut_word(c: char, n: usize, first: usize, room: usize, tail: &str) -> Vec<String> {
    let mut lines = vec![c.to_string().repeat(first)];
    let mut left = n - first;
    while left > room {
        lines.push(c.to_string().repeat(room));
        left -= room;
    }
    lines.push(format!("{}{tail}", c.to_string().repeat(left)));
    lines
}

#[test]
fn help_with_an_enormous_word_wraps_in_linear_time() {
    // One word of 800,000 characters in the command's help and in an
    // option's, cut into some 10,000 lines each, byte for byte as Click 8.5
    // cuts them. The rest of the word used to be measured and copied again
    // for every line (4 s here in a debug build); the unit test beside
    // `wrap_text` cuts a word into 200,000 lines, which took minutes.
    const N: usize = 800_000;
    let cmd = Command::new("lw")
        .help(format!("Start {} end. Next words here.", "x".repeat(N)))
        .param(Opt::new("--name").help(format!("A {} z", "y".repeat(N))))
        .callback(|_| Ok(Output::none()));
    // 78 columns: what the program gets on an 80-column terminal (the
    // runner's own width is 80, as under Click's `CliRunner`).
    let result = Runner::new()
        .settings(clack::ContextSettings::new().terminal_width(78))
        .invoke(&cmd, ["--help"]);
    assert_eq!(result.exit_code, 0, "{}", result.stderr);

    let mut want = String::from("Usage: lw [OPTIONS]\n\n");
    let text = cut_word('x', N, 70, 76, " end. Next words here.");
    for (i, line) in text.iter().enumerate() {
        let start = if i == 0 { "Start " } else { "" };
        want.push_str(&format!("  {start}{line}\n"));
    }
    want.push_str("\nOptions:\n");
    let option = cut_word('y', N, 61, 63, " z");
    for (i, line) in option.iter().enumerate() {
        if i == 0 {
            want.push_str(&format!("  --name TEXT  A {line}\n"));
        } else {
            want.push_str(&format!("               {line}\n"));
        }
    }
    want.push_str("  --help       Show this message and exit.\n");
    if let Some((i, (got, want))) = result
        .stdout
        .lines()
        .zip(want.lines())
        .enumerate()
        .find(|(_, (g, w))| g != w)
    {
        panic!("line {i} differs from Click's: {got:.100} against {want:.100}");
    }
    assert!(result.stdout == want, "the help differs from Click's");
}

/// What a completion request for bash answers: `COMP_WORDS` is `words`
/// followed by the word being typed, `incomplete`.
fn bash_complete(cli: &Command, prog: &str, words: &[String], incomplete: &str) -> String {
    let mut line = words.join(" ");
    line.push(' ');
    line.push_str(incomplete);
    let result = Runner::new()
        .prog_name(prog)
        .env(clack::complete::complete_var(prog), "bash_complete")
        .env("COMP_WORDS", line)
        .env("COMP_CWORD", words.len().to_string())
        .invoke(cli, [""; 0]);
    assert_eq!(result.exit_code, 0, "{}", result.stderr);
    assert_eq!(result.stderr, "");
    result.stdout
}

#[test]
fn completing_after_a_long_chain_takes_linear_time() {
    // 125,000 complete words in a chain (1.2 s per Tab at 8,000 words
    // before, some 5 minutes at this size): every chained command used to
    // be handed a copy of all the words after it.
    const N: usize = 50_000;
    let cli = Group::new("pipe")
        .chain(true)
        .command(
            Command::new("add")
                .param(Opt::new("--times").help("How often."))
                .param(Arg::new("n")),
        )
        .command(Command::new("nop"))
        .command(Command::new("sum").help("Add them up."))
        .into_command();
    let mut words = vec!["pipe".to_string()];
    for i in 0..N {
        words.extend(["add".to_string(), i.to_string()]);
        if i % 2 == 0 {
            words.push("nop".into());
        }
    }
    assert!(words.len() > 125_000);
    // The chain's commands not used yet, then an option of the last one.
    assert_eq!(
        bash_complete(&cli, "pipe", &words, ""),
        "plain,sum\n",
        "the commands of the chain not used yet"
    );
    assert_eq!(
        bash_complete(&cli, "pipe", &words, "--t"),
        "plain,--times\n"
    );
}

#[test]
fn completing_deep_in_nested_groups_takes_linear_time() {
    // 50,000 nested groups (6.5 s per Tab at 8,000 levels before, minutes
    // at this size): every level used to copy all the words below it.
    const DEPTH: usize = 50_000;
    let mut cli = Command::new("leaf").param(Opt::new("--level").help("How deep."));
    for i in (0..DEPTH).rev() {
        cli = Group::new(format!("g{i}")).command(cli).into_command();
    }
    let mut words: Vec<String> = (0..DEPTH).map(|i| format!("g{i}")).collect();
    words.push("leaf".into());
    assert_eq!(
        bash_complete(&cli, "g0", &words, "--"),
        "plain,--level\nplain,--help\n"
    );
    // Halfway down, the next group is the candidate.
    assert_eq!(
        bash_complete(&cli, "g0", &words[..DEPTH / 2], "g"),
        format!("plain,g{}\n", DEPTH / 2)
    );
}
