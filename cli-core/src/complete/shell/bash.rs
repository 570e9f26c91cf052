//! bash: the script registers a function with `complete -F`; replies are
//! `KIND,VALUE` lines.

use std::process::Stdio;

use crate::complete::CompletionItem;
use crate::io::Env;

/// The script, with `{{func}}`, `{{var}}`, `{{prog}}` and `{{qprog}}` to
/// fill in.
pub(super) const SCRIPT: &str = include_str!("bash.sh");

pub(super) fn format(item: &CompletionItem) -> String {
    format!("{},{}", item.kind_of().as_str(), item.value())
}

/// Click warns on stderr when the `bash` on `PATH` is older than 4.4, or
/// when it cannot tell the version.
pub(super) fn version_warning(env: &Env) -> Option<&'static str> {
    let mut cmd = std::process::Command::new("bash");
    cmd.args(["--norc", "-c", "echo \"${BASH_VERSION}\""])
        .stdin(Stdio::null())
        .stderr(Stdio::null());
    env.apply_to(&mut cmd);
    let output = cmd.output().ok().map(|o| o.stdout).unwrap_or_default();
    let text = String::from_utf8_lossy(&output);
    match parse_version(&text) {
        Some((major, minor)) if major < 4 || (major == 4 && minor < 4) => {
            Some("Shell completion is not supported for Bash versions older than 4.4.")
        }
        Some(_) => None,
        None => Some("Couldn't detect Bash version, shell completion is not supported."),
    }
}

/// `MAJOR.MINOR.PATCH` at the start of the text.
fn parse_version(text: &str) -> Option<(u32, u32)> {
    let mut parts = text.splitn(3, '.');
    let major = parts.next()?;
    let minor = parts.next()?;
    let patch = parts.next()?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let patch_digits = patch.bytes().take_while(u8::is_ascii_digit).count();
    if !digits(major) || !digits(minor) || patch_digits == 0 {
        return None;
    }
    Some((major.parse().ok()?, minor.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::parse_version;

    #[test]
    fn versions() {
        assert_eq!(parse_version("5.2.15(1)-release\n"), Some((5, 2)));
        assert_eq!(parse_version("4.3.0"), Some((4, 3)));
        assert_eq!(parse_version("5.2"), None);
        assert_eq!(parse_version(""), None);
    }
}
