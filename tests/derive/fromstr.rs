//! Types without a built-in conversion convert through `FromStr`.

use std::net::{IpAddr, SocketAddr};
use std::str::FromStr;

use clack::prelude::*;

use super::{ok, run};

/// A user type: `name@level`.
#[derive(Debug, Clone, PartialEq)]
struct Tag {
    name: String,
    level: u8,
}

impl FromStr for Tag {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let (name, level) = s.split_once('@').ok_or("expected NAME@LEVEL")?;
        let level = level.parse().map_err(|e| format!("bad level: {e}"))?;
        Ok(Tag {
            name: name.into(),
            level,
        })
    }
}

#[command]
fn serve(
    #[option(default = 8080)] port: u32,
    #[option] addr: Option<IpAddr>,
    #[option(metavar = "HOST:PORT")] listen: Vec<SocketAddr>,
    #[option] tag: Option<Tag>,
    #[option] pair: Option<(IpAddr, u16)>,
    #[argument] peer: SocketAddr,
    #[argument] tags: Vec<Tag>,
) {
    clack::echo(format!(
        "{port} {addr:?} {listen:?} {tag:?} {pair:?} {peer} {tags:?}"
    ));
}

#[test]
fn values_convert_with_from_str() {
    let out = ok(run(
        &serve::command(),
        &[
            "--addr",
            "::1",
            "--listen",
            "127.0.0.1:80",
            "--listen",
            "[::1]:81",
            "--tag",
            "a@2",
            "--pair",
            "10.0.0.1",
            "53",
            "1.2.3.4:5",
            "x@1",
            "y@9",
        ],
    ));
    assert_eq!(
        out,
        "8080 Some(::1) [127.0.0.1:80, [::1]:81] Some(Tag { name: \"a\", level: 2 }) \
         Some((10.0.0.1, 53)) 1.2.3.4:5 [Tag { name: \"x\", level: 1 }, Tag { name: \"y\", level: 9 }]\n"
    );
    let out = ok(run(&serve::command(), &["1.2.3.4:5"]));
    assert_eq!(out, "8080 None [] None None 1.2.3.4:5 []\n");
}

#[test]
fn parse_errors_read_like_click() {
    let r = run(&serve::command(), &["--addr", "x", "1.2.3.4:5"]);
    assert_eq!(r.exit_code, 2);
    assert!(
        r.stderr
            .ends_with("Error: Invalid value for '--addr': 'x' is not a valid IpAddr: invalid IP address syntax\n"),
        "{}",
        r.stderr
    );
    let r = run(&serve::command(), &["1.2.3.4:5", "x"]);
    assert!(
        r.stderr.ends_with(
            "Error: Invalid value for '[TAGS]...': 'x' is not a valid Tag: expected NAME@LEVEL\n"
        ),
        "{}",
        r.stderr
    );
    let r = run(&serve::command(), &["--pair", "1.1.1.1", "x", "1.2.3.4:5"]);
    assert!(
        r.stderr
            .ends_with("Error: Invalid value for '--pair': 'x' is not a valid integer.\n"),
        "{}",
        r.stderr
    );
}

#[test]
fn built_in_conversions_keep_priority() {
    let r = run(&serve::command(), &["--port", "x", "1.2.3.4:5"]);
    assert!(
        r.stderr
            .ends_with("Error: Invalid value for '--port': 'x' is not a valid integer.\n"),
        "{}",
        r.stderr
    );
}

#[test]
fn metavars_are_the_type_names() {
    let help = ok(run(&serve::command(), &["--help"]));
    assert!(
        help.starts_with("Usage: serve [OPTIONS] PEER [TAGS]...\n"),
        "{help}"
    );
    for line in [
        "  --port INTEGER\n",
        "  --addr IPADDR\n",
        "  --listen HOST:PORT\n",
        "  --tag TAG\n",
        "  --pair <IPADDR INTEGER>...\n",
    ] {
        assert!(help.contains(line), "{line:?} not in:\n{help}");
    }
}

/// Defaults written as text for `FromStr` types.
#[command]
fn listen(
    #[option(default = "127.0.0.1", show_default)] bind: IpAddr,
    #[option(default = "ops@1")] tag: Option<Tag>,
    #[option(multiple, default = ["a@1", "b@2"])] extra: Vec<Tag>,
    #[argument(default = "[::1]:80")] peer: SocketAddr,
) {
    clack::echo(format!("{bind} {tag:?} {extra:?} {peer}"));
}

#[test]
fn text_defaults_convert_with_from_str() {
    assert_eq!(
        ok(run(&listen::command(), &[])),
        "127.0.0.1 Some(Tag { name: \"ops\", level: 1 }) \
         [Tag { name: \"a\", level: 1 }, Tag { name: \"b\", level: 2 }] [::1]:80\n"
    );
    assert_eq!(
        ok(run(
            &listen::command(),
            &[
                "--bind",
                "::2",
                "--tag",
                "x@3",
                "--extra",
                "c@4",
                "1.2.3.4:5"
            ]
        )),
        "::2 Some(Tag { name: \"x\", level: 3 }) [Tag { name: \"c\", level: 4 }] 1.2.3.4:5\n"
    );
    let help = ok(run(&listen::command(), &["--help"]));
    assert!(
        help.contains("  --bind IPADDR  [default: 127.0.0.1]\n"),
        "{help}"
    );
}

/// A default its `FromStr` refuses.
#[command]
fn misdeclared(#[option(default = "localhost")] bind: IpAddr) {
    clack::echo(bind.to_string());
}

#[test]
fn a_text_default_from_str_refuses_is_a_declaration_error() {
    let r = run(&misdeclared::command(), &["--bind", "::1"]);
    assert_eq!((r.exit_code, r.stdout.as_str()), (1, ""), "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "Error: the command 'misdeclared' is declared wrongly: \
         the option '--bind' has a default its type rejects: \
         'localhost' is not a valid IpAddr: invalid IP address syntax\n"
    );
}

#[test]
fn builder_from_str_types_take_text_defaults() {
    let cmd = Command::new("serve")
        .param(
            clack::Opt::new("--bind")
                .from_str_type::<IpAddr>()
                .default("10.0.0.1")
                .show_default(true),
        )
        .param(clack::Arg::new("tags").from_str_type::<Tag>().nargs(-1))
        .callback(|ctx| {
            let bind: IpAddr = ctx.take_required("bind")?;
            let tags: Vec<Tag> = ctx.take_required("tags")?;
            clack::echo(format!("{bind} {}", tags.len()));
            Ok(clack::Output::none())
        });
    assert_eq!(ok(run(&cmd, &["a@1", "b@2"])), "10.0.0.1 2\n");
    let help = ok(run(&cmd, &["--help"]));
    assert!(
        help.starts_with("Usage: serve [OPTIONS] [TAGS]...\n"),
        "{help}"
    );
    assert!(
        help.contains("  --bind IPADDR  [default: 10.0.0.1]\n"),
        "{help}"
    );

    let bad = Command::new("serve")
        .param(
            clack::Opt::new("--bind")
                .from_str_type::<IpAddr>()
                .default("home"),
        )
        .callback(|_| Ok(clack::Output::none()));
    let r = run(&bad, &[]);
    assert_eq!(r.exit_code, 1);
    assert!(
        r.stderr.ends_with("has a default its type rejects: 'home' is not a valid IpAddr: invalid IP address syntax\n"),
        "{}",
        r.stderr
    );
}
