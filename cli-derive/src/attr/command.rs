//! `#[command(..)]` and `#[group(..)]`.

use proc_macro2::TokenStream;
use syn::{Expr, Ident, LitStr};

use super::{Entry, Reader, Spanned, Text, parse_entries, set_once, unraw};
use crate::ctxt::Ctxt;

/// Keys both macros accept.
#[rustfmt::skip]
const COMMAND_KEYS: &[&str] = &[
    "name", "help", "short_help", "epilog", "options_metavar", "add_help_option",
    "no_args_is_help", "hidden", "deprecated", "help_option_names", "version",
    "version_prog_name", "version_message", "auto_envvar_prefix", "max_content_width",
    "terminal_width", "allow_extra_args", "allow_interspersed_args", "ignore_unknown_options",
    "show_default", "token_normalize", "before_parse", "crate", "completion_option",
    "styles", "color", "constraints", "option_groups",
    "config_option", "argument_files",
    "version_names", "version_first",
    "obj", "default_map", "resilient_parsing",
    "parse_args_hook",
];

/// Keys only `#[group]` accepts.
#[rustfmt::skip]
const GROUP_KEYS: &[&str] = &[
    "commands", "chain", "invoke_without_command", "subcommand_metavar", "result_callback",
    "source", "sections",
];

/// The typed contents of `#[command(..)]` or `#[group(..)]`.
#[derive(Default)]
pub(crate) struct CommandAttrs {
    pub(crate) name: Option<Spanned<LitStr>>,
    pub(crate) help: Option<Spanned<Text>>,
    pub(crate) short_help: Option<Spanned<Text>>,
    pub(crate) epilog: Option<Spanned<Text>>,
    pub(crate) options_metavar: Option<Spanned<Text>>,
    pub(crate) add_help_option: Option<Spanned<bool>>,
    pub(crate) no_args_is_help: Option<Spanned<bool>>,
    pub(crate) hidden: Option<Spanned<bool>>,
    pub(crate) deprecated: Option<Spanned<Option<Text>>>,
    pub(crate) help_option_names: Option<Spanned<Vec<LitStr>>>,
    /// `version` (the package's version) or `version = EXPR`.
    pub(crate) version: Option<Spanned<Option<Text>>>,
    pub(crate) version_prog_name: Option<Spanned<Text>>,
    pub(crate) version_message: Option<Spanned<Text>>,
    pub(crate) completion_option: Option<Spanned<bool>>,
    pub(crate) auto_envvar_prefix: Option<Spanned<LitStr>>,
    pub(crate) max_content_width: Option<Spanned<isize>>,
    pub(crate) terminal_width: Option<Spanned<isize>>,
    pub(crate) allow_extra_args: Option<Spanned<bool>>,
    pub(crate) allow_interspersed_args: Option<Spanned<bool>>,
    pub(crate) ignore_unknown_options: Option<Spanned<bool>>,
    pub(crate) show_default: Option<Spanned<bool>>,
    pub(crate) token_normalize: Option<Spanned<Expr>>,
    pub(crate) krate: Option<Spanned<syn::Path>>,
    /// The version option's names (Click's `param_decls`): `["-V", "--version"]`.
    pub(crate) version_names: Option<Spanned<Vec<LitStr>>>,
    /// The version option comes before the function's options in help.
    pub(crate) version_first: Option<Spanned<bool>>,
    // Groups only.
    pub(crate) commands: Option<Spanned<Vec<syn::Path>>>,
    pub(crate) chain: Option<Spanned<bool>>,
    pub(crate) invoke_without_command: Option<Spanned<bool>>,
    pub(crate) subcommand_metavar: Option<Spanned<Text>>,
    pub(crate) result_callback: Option<Spanned<Expr>>,
    pub(crate) source: Option<Spanned<Expr>>,
    pub(crate) before_parse: Option<Spanned<Expr>>,
    /// A hook on the raw arguments (`Command::parse_args_hook`).
    pub(crate) parse_args_hook: Option<Spanned<Expr>>,
    pub(crate) styles: Option<Spanned<Expr>>,
    pub(crate) color: Option<Spanned<bool>>,
    /// Context settings `obj = expr`, `default_map = expr`, `resilient_parsing`.
    pub(crate) obj: Option<Spanned<Expr>>,
    pub(crate) default_map: Option<Spanned<Expr>>,
    pub(crate) resilient_parsing: Option<Spanned<bool>>,
    pub(crate) constraints: Option<Spanned<Vec<super::ConstraintSpec>>>,
    pub(crate) option_groups: Option<Spanned<Vec<super::GroupDecl>>>,
    pub(crate) sections: Option<Spanned<Vec<super::SectionDecl>>>,
    /// `config_option` alone (`Some(None)`) or `config_option = expr`.
    pub(crate) config_option: Option<Spanned<Option<Expr>>>,
    /// `argument_files = "lines"` or `"shell_words"`.
    pub(crate) argument_files: Option<Spanned<LitStr>>,
}

impl CommandAttrs {
    /// Read the macro's own attribute tokens.
    pub(crate) fn parse(cx: &Ctxt, tokens: TokenStream, is_group: bool) -> CommandAttrs {
        let what = if is_group { "#[group]" } else { "#[command]" };
        let r = Reader { cx, what };
        let mut a = CommandAttrs::default();
        for entry in parse_entries(cx, tokens) {
            match entry {
                Entry::Decl(s) => cx.error_spanned_by(
                    &s,
                    format!(
                        "{what} takes `key = value` settings; set the name with `name = {}`",
                        s.token()
                    ),
                ),
                Entry::Key { key, value } => a.set(&r, is_group, &key, &value),
            }
        }
        a
    }

    fn set(&mut self, r: &Reader, is_group: bool, k: &Ident, v: &Option<Expr>) {
        let name = unraw(k);
        let is_group_key = GROUP_KEYS.contains(&name.as_str());
        if !(COMMAND_KEYS.contains(&name.as_str()) || is_group && is_group_key) {
            let known: Vec<&str> = if is_group {
                COMMAND_KEYS.iter().chain(GROUP_KEYS).copied().collect()
            } else {
                COMMAND_KEYS.to_vec()
            };
            r.unknown(
                k,
                v,
                &known,
                is_group_key.then_some("is a #[group] setting; a #[command] has no subcommands"),
            );
            return;
        }
        match name.as_str() {
            "name" => set_once!(r, self.name, k, v, r.str(k, v)),
            "help" => set_once!(r, self.help, k, v, r.text(k, v)),
            "short_help" => set_once!(r, self.short_help, k, v, r.text(k, v)),
            "epilog" => set_once!(r, self.epilog, k, v, r.text(k, v)),
            "options_metavar" => set_once!(r, self.options_metavar, k, v, r.text(k, v)),
            "add_help_option" => set_once!(r, self.add_help_option, k, v, r.bool(k, v)),
            "no_args_is_help" => set_once!(r, self.no_args_is_help, k, v, r.bool(k, v)),
            "hidden" => set_once!(r, self.hidden, k, v, r.bool(k, v)),
            "deprecated" => set_once!(r, self.deprecated, k, v, r.opt_text(k, v)),
            "help_option_names" => {
                set_once!(r, self.help_option_names, k, v, r.str_list(k, v, false))
            }
            "version" => set_once!(r, self.version, k, v, r.opt_text(k, v)),
            "version_prog_name" => set_once!(r, self.version_prog_name, k, v, r.text(k, v)),
            "version_message" => set_once!(r, self.version_message, k, v, r.text(k, v)),
            "completion_option" => set_once!(r, self.completion_option, k, v, r.bool(k, v)),
            "auto_envvar_prefix" => set_once!(r, self.auto_envvar_prefix, k, v, r.str(k, v)),
            "max_content_width" => set_once!(r, self.max_content_width, k, v, r.int(k, v)),
            "terminal_width" => set_once!(r, self.terminal_width, k, v, r.int(k, v)),
            "allow_extra_args" => set_once!(r, self.allow_extra_args, k, v, r.bool(k, v)),
            "allow_interspersed_args" => {
                set_once!(r, self.allow_interspersed_args, k, v, r.bool(k, v))
            }
            "ignore_unknown_options" => {
                set_once!(r, self.ignore_unknown_options, k, v, r.bool(k, v))
            }
            "show_default" => set_once!(r, self.show_default, k, v, r.bool(k, v)),
            "token_normalize" => set_once!(r, self.token_normalize, k, v, r.expr(k, v)),
            "crate" => set_once!(r, self.krate, k, v, r.path(k, v)),
            "version_names" => {
                set_once!(r, self.version_names, k, v, r.str_list(k, v, true))
            }
            "version_first" => set_once!(r, self.version_first, k, v, r.bool(k, v)),
            "commands" => set_once!(r, self.commands, k, v, r.path_list(k, v)),
            "chain" => set_once!(r, self.chain, k, v, r.bool(k, v)),
            "invoke_without_command" => {
                set_once!(r, self.invoke_without_command, k, v, r.bool(k, v))
            }
            "subcommand_metavar" => set_once!(r, self.subcommand_metavar, k, v, r.text(k, v)),
            "result_callback" => set_once!(r, self.result_callback, k, v, r.expr(k, v)),
            "source" => set_once!(r, self.source, k, v, r.expr(k, v)),
            "before_parse" => set_once!(r, self.before_parse, k, v, r.expr(k, v)),
            "parse_args_hook" => set_once!(r, self.parse_args_hook, k, v, r.expr(k, v)),
            "styles" => set_once!(r, self.styles, k, v, r.expr(k, v)),
            "color" => set_once!(r, self.color, k, v, r.bool(k, v)),
            "obj" => set_once!(r, self.obj, k, v, r.expr(k, v)),
            "default_map" => set_once!(r, self.default_map, k, v, r.expr(k, v)),
            "resilient_parsing" => set_once!(r, self.resilient_parsing, k, v, r.bool(k, v)),
            "constraints" => set_once!(r, self.constraints, k, v, r.constraints(k, v)),
            "option_groups" => set_once!(r, self.option_groups, k, v, r.option_groups(k, v)),
            "sections" => set_once!(r, self.sections, k, v, r.sections(k, v)),
            "config_option" => set_once!(r, self.config_option, k, v, Some(v.clone())),
            "argument_files" => set_once!(r, self.argument_files, k, v, argfiles(r, k, v)),
            _ => {}
        }
    }
}

/// `argument_files = "lines"` or `"shell_words"`.
fn argfiles(r: &Reader, k: &Ident, v: &Option<Expr>) -> Option<LitStr> {
    let s = r.str(k, v)?;
    if !matches!(s.value().as_str(), "lines" | "shell_words") {
        r.cx.error_spanned_by(&s, "argument_files is \"lines\" or \"shell_words\"");
        return None;
    }
    Some(s)
}
