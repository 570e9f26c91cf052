//! Reading a configuration file into the default map: the config option's
//! parameters, discovery, formats and the walk of the command tree.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Candidate, ConfigOption, ConfigTable, ConfigValue, UnknownKeys};
use crate::compat::repr::py_repr;
use crate::context::DefaultMap;
use crate::{Command, Context, Error, Opt, Param};

/// What the config option and its off flag said so far, in one context
/// (they are both eager, and either may be processed first).
#[derive(Clone, Default)]
struct Pending {
    path: Option<Option<PathBuf>>,
    off: Option<bool>,
}

pub(super) fn params(cfg: ConfigOption) -> Vec<Param> {
    let cfg = Arc::new(cfg);
    let mut opt = Opt::new(cfg.names.clone())
        .value_type::<PathBuf>()
        .expose_value(false)
        .is_eager(true)
        .help(cfg.help.clone());
    if cfg.show_file {
        let c = cfg.clone();
        opt = opt.show_default_with(move |ctx| discover(ctx, &c).map(|(shown, _)| shown));
    }
    let c = cfg.clone();
    let mut params = vec![
        opt.callback(move |ctx: &Context, _: &Param, v: Option<PathBuf>| {
            step(ctx, &c, Some(v.clone()), None)?;
            Ok(v)
        })
        .into(),
    ];
    if let Some(flag) = &cfg.no_config {
        let c = cfg.clone();
        params.push(
            Opt::new(flag.as_str())
                .flag()
                .expose_value(false)
                .is_eager(true)
                .help("Read no configuration file.")
                .callback(move |ctx: &Context, _: &Param, v: Option<bool>| {
                    step(ctx, &c, None, Some(v == Some(true)))?;
                    Ok(v)
                })
                .into(),
        );
    }
    params
}

/// The option's name as errors show it (`'-c' / '--config'`).
fn hint(cfg: &ConfigOption) -> String {
    cfg.names
        .iter()
        .map(|n| py_repr(n))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// Record what one of the two parameters said; load once both have.
fn step(
    ctx: &Context,
    cfg: &ConfigOption,
    path: Option<Option<PathBuf>>,
    off: Option<bool>,
) -> Result<(), Error> {
    let key = format!(
        "clack.config:{}:{}",
        ctx.command_path(),
        cfg.names.join(",")
    );
    let mut pending: Pending = ctx.meta(&key).unwrap_or_default();
    if cfg.no_config.is_none() {
        pending.off = Some(false);
    }
    if path.is_some() {
        pending.path = path;
    }
    if off.is_some() {
        pending.off = off;
    }
    ctx.set_meta(&key, pending.clone());
    match pending {
        Pending {
            path: Some(path),
            off: Some(false),
        } => load(ctx, cfg, path),
        _ => Ok(()),
    }
}

/// The first candidate that exists: as shown, and resolved.
fn discover(ctx: &Context, cfg: &ConfigOption) -> Option<(String, PathBuf)> {
    let io = ctx.io();
    cfg.candidates.iter().find_map(|c| {
        let shown = match c {
            Candidate::File(p) => p.clone(),
            Candidate::AppDir { app, file } => crate::termui::app_dir_in(io, app, false).join(file),
        };
        let resolved = io.resolve(&shown);
        resolved
            .is_file()
            .then(|| (shown.display().to_string(), resolved))
    })
}

fn load(ctx: &Context, cfg: &ConfigOption, given: Option<PathBuf>) -> Result<(), Error> {
    let bad = |msg: String| Error::bad_parameter(msg).with_param_hint(hint(cfg));
    let (shown, path) = match given {
        Some(p) if p.as_os_str().is_empty() => return Ok(()),
        Some(p) => {
            let resolved = ctx.io().resolve(&p);
            let shown = p.display().to_string();
            if !resolved.is_file() {
                return Err(bad(format!("File {} does not exist.", py_repr(&shown))));
            }
            (shown, resolved)
        }
        None => match discover(ctx, cfg) {
            Some(found) => found,
            None => return Ok(()),
        },
    };
    let table = read(cfg, &shown, &path).map_err(bad)?;
    let mut unknown = Vec::new();
    let map = build(ctx, ctx.command(), &table, "", &shown, &mut unknown)?;
    if let Some(first) = unknown.first() {
        let say = |key: &str| format!("Unknown key {} in {}.", py_repr(key), py_repr(&shown));
        match cfg.unknown {
            UnknownKeys::Error => return Err(ctx.fail(say(first))),
            UnknownKeys::Warn => {
                for key in &unknown {
                    ctx.io().write_err(format!("Warning: {}\n", say(key)));
                }
            }
            UnknownKeys::Ignore => {}
        }
    }
    ctx.set_config_map(map, path);
    Ok(())
}

/// Parse the file with the format of its extension, and descend into the
/// table the program named for files of its name.
fn read(cfg: &ConfigOption, shown: &str, path: &Path) -> Result<ConfigTable, String> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let Some((_, format)) = cfg.formats.iter().find(|(e, _)| *e == ext) else {
        let known = cfg
            .formats
            .iter()
            .map(|(e, _)| format!(".{e}"))
            .collect::<Vec<_>>();
        let known = if known.is_empty() {
            "none".to_string()
        } else {
            known.join(", ")
        };
        return Err(format!(
            "Cannot read {}: unknown file format (known: {known}).",
            py_repr(shown)
        ));
    };
    let text = std::fs::read_to_string(path).map_err(|e| {
        format!(
            "Could not read {}: {}",
            py_repr(shown),
            crate::fileio::strerror(&e)
        )
    })?;
    let mut table = format.parse(&text).map_err(|msg| {
        format!(
            "{} is not valid {}: {msg}",
            py_repr(shown),
            ext.to_uppercase()
        )
    })?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    if let Some((_, keys)) = cfg.tables.iter().find(|(f, _)| Some(f) == name.as_ref()) {
        for key in keys {
            table = match table.remove(key) {
                Some(ConfigValue::Table(t)) => t,
                _ => ConfigTable::new(),
            };
        }
    }
    Ok(table)
}

/// The default map for `cmd` from `table`: keys naming a parameter
/// (`dry-run` for `dry_run` too) are values, tables naming a subcommand
/// are that subcommand's map, the rest are collected in `unknown`.
fn build(
    ctx: &Context,
    cmd: &Command,
    table: &ConfigTable,
    prefix: &str,
    shown: &str,
    unknown: &mut Vec<String>,
) -> Result<DefaultMap, Error> {
    let mut map = DefaultMap::new();
    for (key, value) in table {
        let full = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        if let ConfigValue::Table(sub_table) = value
            && let Some(sub) = cmd.get_command(ctx, key)?
        {
            let sub_map = build(ctx, &sub, sub_table, &full, shown, unknown)?;
            map.insert_map(key, sub_map);
            continue;
        }
        let underscored = key.replace('-', "_");
        let param = cmd
            .params_list()
            .iter()
            .find(|p| p.name() == key || p.name() == underscored);
        let Some(param) = param else {
            unknown.push(full);
            continue;
        };
        let origin: Arc<str> = format!("key {} in {}", py_repr(&full), py_repr(shown)).into();
        let mut tokens = Vec::new();
        if !flatten(value, &mut tokens) {
            return Err(Error::bad_parameter("a table is not a value.")
                .with_param_hint(format!("{} ({origin})", param.error_hint(ctx))));
        }
        map.insert_tokens(param.name(), tokens, origin);
    }
    Ok(map)
}

/// A value as the strings a command line would give; `false` for a table.
fn flatten(value: &ConfigValue, out: &mut Vec<OsString>) -> bool {
    match value {
        ConfigValue::String(s) => out.push(s.into()),
        ConfigValue::Integer(n) => out.push(n.to_string().into()),
        ConfigValue::Float(x) => out.push(x.to_string().into()),
        ConfigValue::Boolean(b) => out.push(if *b { "true" } else { "false" }.into()),
        ConfigValue::List(items) => return items.iter().all(|v| flatten(v, out)),
        ConfigValue::Table(_) => return false,
    }
    true
}
