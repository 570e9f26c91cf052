//! Property tests for the parser: for a randomly declared command (options
//! taking one or several values, repeated options, integer options, flags,
//! counters, arguments taking one, several or any number of values), any
//! argv that its usage line allows parses, and every value comes back as it
//! was written.
//!
//! The argv generator writes each option occurrence in one of Click's forms
//! (`--name v`, `--name=v`, `-n v`, `-nv`, short flags clustered as `-abc`),
//! puts options anywhere among the positionals (commands allow interspersed
//! options), gives options values that look like options (`-x`, `--`), and
//! sometimes ends the options with `--` so that positionals may start with
//! a dash.

use std::collections::BTreeMap;

use clack_core::testing::Runner;
use clack_core::types::Int;
use clack_core::{Arg, Command, Context, Opt, Output};
use proptest::prelude::*;

/// What an option takes.
#[derive(Debug, Clone, PartialEq)]
enum OptKind {
    /// Text values, `nargs` per occurrence, repeatable or not.
    Text { nargs: usize, multiple: bool },
    /// One integer.
    Int,
    /// A boolean flag.
    Flag,
    /// A counter.
    Count,
}

#[derive(Debug, Clone)]
struct OptSpec {
    long: String,
    short: Option<char>,
    kind: OptKind,
}

impl OptSpec {
    fn name(&self) -> String {
        self.long.trim_start_matches('-').replace('-', "_")
    }
}

/// A value as the callback sees it.
#[derive(Debug, Clone, PartialEq)]
enum Val {
    Missing,
    Text(String),
    Texts(Vec<String>),
    Nested(Vec<Vec<String>>),
    Int(i64),
    Bool(bool),
    Count(usize),
}

/// One occurrence of an option on the command line.
#[derive(Debug, Clone)]
struct Occurrence {
    opt: usize,
    values: Vec<String>,
    /// 0: `--name v`, 1: `--name=v`, 2: `-n v`, 3: `-nv`.
    form: u8,
}

#[derive(Debug, Clone)]
struct Case {
    opts: Vec<OptSpec>,
    /// `nargs` of each argument: 1, 2 or -1 (at most one).
    args: Vec<isize>,
    occurrences: Vec<Occurrence>,
    /// The values of each argument.
    positionals: Vec<Vec<String>>,
    /// Where each occurrence goes among the positionals (0 = before all).
    slots: Vec<usize>,
    dash_dash: bool,
    cluster: bool,
}

fn opt_kind() -> impl Strategy<Value = OptKind> {
    prop_oneof![
        (1usize..=3, any::<bool>()).prop_map(|(nargs, multiple)| OptKind::Text { nargs, multiple }),
        Just(OptKind::Int),
        Just(OptKind::Flag),
        Just(OptKind::Count),
    ]
}

/// Option values: anything, including text that looks like an option.
fn opt_value() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 =._-]{0,6}",
        Just("--".to_string()),
        Just("-x".to_string()),
        Just("-".to_string()),
    ]
}

fn case() -> impl Strategy<Value = Case> {
    let opts = prop::collection::vec((opt_kind(), any::<bool>()), 0..5);
    let args = prop::collection::vec(prop_oneof![Just(1isize), Just(2), Just(-1)], 0..4);
    (opts, args, any::<bool>(), any::<bool>())
        .prop_flat_map(|(kinds, mut args, dash_dash, cluster)| {
            // At most one argument takes any number of values.
            let mut seen_var = false;
            for n in &mut args {
                if *n == -1 {
                    if seen_var {
                        *n = 1;
                    }
                    seen_var = true;
                }
            }
            let opts: Vec<OptSpec> = kinds
                .into_iter()
                .enumerate()
                .map(|(i, (kind, has_short))| OptSpec {
                    long: if i % 2 == 0 {
                        format!("--opt{i}")
                    } else {
                        format!("--the-opt-{i}")
                    },
                    short: has_short.then(|| (b'a' + i as u8) as char),
                    kind,
                })
                .collect();
            let occurrences = occurrences(opts.clone());
            let positional = if dash_dash {
                "[a-z0-9 -]{0,4}".boxed()
            } else {
                prop_oneof![
                    "[a-z0-9 ][a-z0-9 -]{0,3}",
                    Just(String::new()),
                    Just("-".into())
                ]
                .boxed()
            };
            let positionals = args
                .iter()
                .map(|&n| {
                    let count = if n == -1 {
                        0..4
                    } else {
                        n as usize..n as usize + 1
                    };
                    prop::collection::vec(positional.clone(), count)
                })
                .collect::<Vec<_>>();
            (
                Just(opts),
                Just(args),
                occurrences,
                positionals,
                Just(dash_dash),
                Just(cluster),
            )
        })
        .prop_flat_map(
            |(opts, args, occurrences, positionals, dash_dash, cluster)| {
                let total: usize = positionals.iter().map(Vec::len).sum();
                // Sorted, so that the occurrences (already shuffled) appear in
                // the argv in their own order and the last one given is last.
                let slots =
                    prop::collection::vec(0..=total, occurrences.len()).prop_map(|mut s| {
                        s.sort_unstable();
                        s
                    });
                (
                    Just(opts),
                    Just(args),
                    Just(occurrences),
                    Just(positionals),
                    slots,
                    Just(dash_dash),
                    Just(cluster),
                )
            },
        )
        .prop_map(
            |(opts, args, occurrences, positionals, slots, dash_dash, cluster)| Case {
                opts,
                args,
                occurrences,
                positionals,
                slots,
                dash_dash,
                cluster,
            },
        )
}

/// Occurrences of every option, shuffled.
fn occurrences(opts: Vec<OptSpec>) -> impl Strategy<Value = Vec<Occurrence>> {
    let per_opt: Vec<_> = opts
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let (nargs, max) = match o.kind {
                OptKind::Text { nargs, multiple } => (nargs, if multiple { 3 } else { 2 }),
                OptKind::Int => (1, 2),
                OptKind::Flag => (0, 2),
                OptKind::Count => (0, 4),
            };
            let value = match o.kind {
                OptKind::Int => any::<i32>().prop_map(|n| n.to_string()).boxed(),
                _ => opt_value().boxed(),
            };
            prop::collection::vec(
                (prop::collection::vec(value, nargs..=nargs), 0u8..4),
                0..=max,
            )
            .prop_map(move |occ| {
                occ.into_iter()
                    .map(|(values, form)| Occurrence {
                        opt: i,
                        values,
                        form,
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    per_opt
        .prop_map(|v| v.into_iter().flatten().collect::<Vec<_>>())
        .prop_shuffle()
}

/// The tokens of one occurrence, in the form it asks for where that form
/// can carry its values.
fn tokens(spec: &OptSpec, occ: &Occurrence) -> Vec<String> {
    let short = spec.short.map(|c| format!("-{c}"));
    let nargs = occ.values.len();
    match (occ.form, &short) {
        (1, _) if nargs == 1 => vec![format!("{}={}", spec.long, occ.values[0])],
        (3, Some(s)) if nargs == 1 && !occ.values[0].is_empty() => {
            vec![format!("{s}{}", occ.values[0])]
        }
        (2 | 3, Some(s)) => std::iter::once(s.clone())
            .chain(occ.values.clone())
            .collect(),
        _ => std::iter::once(spec.long.clone())
            .chain(occ.values.clone())
            .collect(),
    }
}

impl Case {
    fn command(&self) -> Command {
        let mut cmd = Command::new("cmd");
        for o in &self.opts {
            let decls: Vec<String> = std::iter::once(o.long.clone())
                .chain(o.short.map(|c| format!("-{c}")))
                .collect();
            let opt = Opt::new(decls);
            cmd = cmd.param(match o.kind {
                OptKind::Text { nargs, multiple } => opt.nargs(nargs).multiple(multiple),
                OptKind::Int => opt.ty(Int::<i64>::new()),
                OptKind::Flag => opt.flag(),
                OptKind::Count => opt.count(),
            });
        }
        for (i, &n) in self.args.iter().enumerate() {
            cmd = cmd.param(Arg::new(&format!("arg{i}")).nargs(n));
        }
        let names: Vec<String> = self
            .opts
            .iter()
            .map(OptSpec::name)
            .chain((0..self.args.len()).map(|i| format!("arg{i}")))
            .collect();
        cmd.callback(move |ctx| {
            let seen: BTreeMap<String, Val> =
                names.iter().map(|n| (n.clone(), observe(ctx, n))).collect();
            Ok(Output::new(seen))
        })
    }

    fn argv(&self) -> Vec<String> {
        let mut option_tokens: Vec<Vec<Vec<String>>> =
            vec![Vec::new(); self.positional_count() + 1];
        for (occ, &slot) in self.occurrences.iter().zip(&self.slots) {
            let slot = if self.dash_dash { 0 } else { slot };
            option_tokens[slot].push(tokens(&self.opts[occ.opt], occ));
        }
        if self.cluster {
            let clusterable: Vec<String> = self
                .opts
                .iter()
                .filter(|o| matches!(o.kind, OptKind::Flag | OptKind::Count))
                .filter_map(|o| o.short.map(|s| format!("-{s}")))
                .collect();
            for group in &mut option_tokens {
                *group = cluster_flags(std::mem::take(group), &clusterable);
            }
        }
        let mut argv = Vec::new();
        let positionals: Vec<&String> = self.positionals.iter().flatten().collect();
        if self.dash_dash {
            argv.extend(option_tokens.concat().concat());
            argv.push("--".into());
            argv.extend(positionals.into_iter().cloned());
            return argv;
        }
        for (i, group) in option_tokens.into_iter().enumerate() {
            argv.extend(group.concat());
            if let Some(p) = positionals.get(i) {
                argv.push((*p).clone());
            }
        }
        argv
    }

    fn positional_count(&self) -> usize {
        self.positionals.iter().map(Vec::len).sum()
    }

    fn expected(&self) -> BTreeMap<String, Val> {
        let mut want = BTreeMap::new();
        for (i, o) in self.opts.iter().enumerate() {
            let given: Vec<&Vec<String>> = self
                .occurrences
                .iter()
                .filter(|occ| occ.opt == i)
                .map(|occ| &occ.values)
                .collect();
            let val = match o.kind {
                OptKind::Flag => Val::Bool(!given.is_empty()),
                OptKind::Count => Val::Count(given.len()),
                OptKind::Int => given.last().map_or(Val::Missing, |v| {
                    Val::Int(v[0].parse().expect("an integer"))
                }),
                OptKind::Text {
                    nargs: 1,
                    multiple: false,
                } => given
                    .last()
                    .map_or(Val::Missing, |v| Val::Text(v[0].clone())),
                OptKind::Text {
                    multiple: false, ..
                } => given
                    .last()
                    .map_or(Val::Missing, |v| Val::Texts((*v).clone())),
                OptKind::Text {
                    nargs: 1,
                    multiple: true,
                } => Val::Texts(given.iter().map(|v| v[0].clone()).collect()),
                OptKind::Text { multiple: true, .. } => {
                    Val::Nested(given.iter().map(|v| (*v).clone()).collect())
                }
            };
            want.insert(o.name(), val);
        }
        for (i, (&n, values)) in self.args.iter().zip(&self.positionals).enumerate() {
            let val = if n == 1 {
                Val::Text(values[0].clone())
            } else {
                Val::Texts(values.clone())
            };
            want.insert(format!("arg{i}"), val);
        }
        want
    }

    /// The usage line Click prints for this command.
    fn usage(&self) -> String {
        let mut line = "Usage: cmd [OPTIONS]".to_string();
        for (i, &n) in self.args.iter().enumerate() {
            let metavar = format!("ARG{i}");
            line += &match n {
                1 => format!(" {metavar}"),
                -1 => format!(" [{metavar}]..."),
                _ => format!(" {metavar}..."),
            };
        }
        line
    }
}

/// Join runs of single short flags (`-a`, `-b`) into one token (`-ab`);
/// `clusterable` holds the short names of flags and counters.
fn cluster_flags(groups: Vec<Vec<String>>, clusterable: &[String]) -> Vec<Vec<String>> {
    let only_flags = |t: &str| {
        t.len() >= 2
            && t.starts_with('-')
            && !t.starts_with("--")
            && t[1..]
                .chars()
                .all(|c| clusterable.contains(&format!("-{c}")))
    };
    let mut out: Vec<Vec<String>> = Vec::new();
    for g in groups {
        if let [token] = g.as_slice()
            && token.len() == 2
            && only_flags(token)
            && let Some([prev]) = out.last_mut().map(Vec::as_mut_slice)
            && only_flags(prev)
        {
            prev.push_str(&token[1..]);
            continue;
        }
        out.push(g);
    }
    out
}

/// What the callback received for `name`.
fn observe(ctx: &Context, name: &str) -> Val {
    if let Ok(v) = ctx.get::<String>(name) {
        return v.map_or(Val::Missing, Val::Text);
    }
    if let Ok(v) = ctx.get::<Vec<String>>(name) {
        return v.map_or(Val::Missing, Val::Texts);
    }
    if let Ok(v) = ctx.get::<Vec<Vec<String>>>(name) {
        return v.map_or(Val::Missing, Val::Nested);
    }
    if let Ok(v) = ctx.get::<i64>(name) {
        return v.map_or(Val::Missing, Val::Int);
    }
    if let Ok(v) = ctx.get::<bool>(name) {
        return v.map_or(Val::Missing, Val::Bool);
    }
    if let Ok(v) = ctx.get::<usize>(name) {
        return v.map_or(Val::Missing, Val::Count);
    }
    panic!("{name} holds a type this test does not know");
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 400,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_argv_the_usage_allows_parses_and_round_trips(case in case()) {
        let argv = case.argv();
        let cmd = case.command();
        let result = Runner::new().clear_env().invoke(&cmd, argv.clone());
        prop_assert_eq!(result.exit_code, 0, "argv {:?}\n{}", argv, result.output);
        let seen = result
            .output_value
            .and_then(|o| o.downcast::<BTreeMap<String, Val>>().ok())
            .expect("the callback's values");
        prop_assert_eq!(seen, case.expected(), "argv {:?}", argv);

        let help = Runner::new().clear_env().invoke(&cmd, ["--help"]);
        let usage = help.stdout.lines().next().unwrap_or_default().to_string();
        prop_assert_eq!(usage, case.usage());
    }
}

/// Found by the property above: an absent repeated option taking two
/// values was an empty `Vec<T>` instead of the `Vec<Vec<T>>` it is when
/// given, so `take::<Vec<Vec<_>>>` failed.
#[test]
fn an_absent_repeated_option_of_pairs_has_the_shape_of_a_given_one() {
    let cmd = Command::new("cmd")
        .param(Opt::new("--pt").nargs(2).multiple(true))
        .callback(|ctx| Ok(Output::new(ctx.take_required::<Vec<Vec<String>>>("pt")?)));
    for (argv, want) in [
        (vec![], vec![]),
        (
            vec!["--pt", "a", "b"],
            vec![vec!["a".to_string(), "b".to_string()]],
        ),
    ] {
        let result = Runner::new().invoke(&cmd, argv);
        assert_eq!(result.exit_code, 0, "{}", result.output);
        let got = result
            .output_value
            .and_then(|o| o.downcast::<Vec<Vec<String>>>().ok());
        assert_eq!(got, Some(want));
    }
}
