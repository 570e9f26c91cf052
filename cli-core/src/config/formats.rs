//! The built-in formats: TOML (`toml` feature) and JSON (`json` feature).

#[cfg(any(feature = "toml", feature = "json"))]
use super::{ConfigFormat, ConfigTable, ConfigValue};

/// TOML files (`.toml`), read with the `toml` crate.
///
/// ```
/// use clack_core::config::{ConfigFormat, ConfigValue, Toml};
/// let t = Toml.parse("port = 8080\n[serve]\nhost = \"::1\"\n").unwrap();
/// assert_eq!(t["port"], ConfigValue::Integer(8080));
/// assert!(Toml.parse("port = ").unwrap_err().starts_with("line 1, column 8: "));
/// ```
#[cfg(feature = "toml")]
#[derive(Debug, Clone, Copy, Default)]
pub struct Toml;

#[cfg(feature = "toml")]
impl ConfigFormat for Toml {
    fn parse(&self, text: &str) -> Result<ConfigTable, String> {
        let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
            let msg = e.message().trim_end().to_string();
            match e.span() {
                Some(span) => format!("{}: {msg}", line_column(text, span.start)),
                None => msg,
            }
        })?;
        Ok(from_toml_table(table))
    }

    fn render(&self, table: &ConfigTable) -> Result<String, String> {
        let t: toml::Table = table.iter().map(|(k, v)| (k.clone(), to_toml(v))).collect();
        toml::to_string(&t).map_err(|e| e.to_string())
    }
}

/// `line L, column C` (both from 1) of a byte offset.
#[cfg(feature = "toml")]
fn line_column(text: &str, offset: usize) -> String {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    format!("line {line}, column {column}")
}

#[cfg(feature = "toml")]
fn from_toml_table(table: toml::Table) -> ConfigTable {
    table.into_iter().map(|(k, v)| (k, from_toml(v))).collect()
}

#[cfg(feature = "toml")]
fn from_toml(value: toml::Value) -> ConfigValue {
    match value {
        toml::Value::String(s) => ConfigValue::String(s),
        toml::Value::Integer(n) => ConfigValue::Integer(n),
        toml::Value::Float(x) => ConfigValue::Float(x),
        toml::Value::Boolean(b) => ConfigValue::Boolean(b),
        toml::Value::Datetime(d) => ConfigValue::String(d.to_string()),
        toml::Value::Array(items) => ConfigValue::List(items.into_iter().map(from_toml).collect()),
        toml::Value::Table(t) => ConfigValue::Table(from_toml_table(t)),
    }
}

#[cfg(feature = "toml")]
fn to_toml(value: &ConfigValue) -> toml::Value {
    match value {
        ConfigValue::String(s) => toml::Value::String(s.clone()),
        ConfigValue::Integer(n) => toml::Value::Integer(*n),
        ConfigValue::Float(x) => toml::Value::Float(*x),
        ConfigValue::Boolean(b) => toml::Value::Boolean(*b),
        ConfigValue::List(items) => toml::Value::Array(items.iter().map(to_toml).collect()),
        ConfigValue::Table(t) => {
            toml::Value::Table(t.iter().map(|(k, v)| (k.clone(), to_toml(v))).collect())
        }
    }
}

/// JSON files (`.json`), read with `serde_json`: the top level is an
/// object; `null` values are left out.
///
/// ```
/// use clack_core::config::{ConfigFormat, ConfigValue, Json};
/// let t = Json.parse(r#"{"port": 8080, "serve": {"host": "::1"}}"#).unwrap();
/// assert_eq!(t["port"], ConfigValue::Integer(8080));
/// assert!(Json.parse("[1]").is_err());
/// ```
#[cfg(feature = "json")]
#[derive(Debug, Clone, Copy, Default)]
pub struct Json;

#[cfg(feature = "json")]
impl ConfigFormat for Json {
    fn parse(&self, text: &str) -> Result<ConfigTable, String> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            let msg = e.to_string();
            // serde_json ends its message with " at line L column C".
            match msg.rsplit_once(" at line ") {
                Some((what, at)) => {
                    format!("line {}: {what}", at.replacen(" column ", ", column ", 1))
                }
                None => msg,
            }
        })?;
        match from_json(value) {
            Some(ConfigValue::Table(t)) => Ok(t),
            _ => Err("the top level is not an object".to_string()),
        }
    }

    fn render(&self, table: &ConfigTable) -> Result<String, String> {
        let value = to_json(&ConfigValue::Table(table.clone()))?;
        serde_json::to_string_pretty(&value)
            .map(|s| s + "\n")
            .map_err(|e| e.to_string())
    }
}

#[cfg(feature = "json")]
fn from_json(value: serde_json::Value) -> Option<ConfigValue> {
    use serde_json::Value as J;
    Some(match value {
        J::Null => return None,
        J::Bool(b) => ConfigValue::Boolean(b),
        J::Number(n) => match n.as_i64() {
            Some(i) => ConfigValue::Integer(i),
            None => ConfigValue::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        J::String(s) => ConfigValue::String(s),
        J::Array(items) => ConfigValue::List(items.into_iter().filter_map(from_json).collect()),
        J::Object(map) => ConfigValue::Table(
            map.into_iter()
                .filter_map(|(k, v)| Some((k, from_json(v)?)))
                .collect(),
        ),
    })
}

#[cfg(feature = "json")]
fn to_json(value: &ConfigValue) -> Result<serde_json::Value, String> {
    use serde_json::Value as J;
    Ok(match value {
        ConfigValue::String(s) => J::String(s.clone()),
        ConfigValue::Integer(n) => J::from(*n),
        ConfigValue::Float(x) => serde_json::Number::from_f64(*x)
            .map(J::Number)
            .ok_or_else(|| format!("{x} is not a JSON number"))?,
        ConfigValue::Boolean(b) => J::Bool(*b),
        ConfigValue::List(items) => J::Array(items.iter().map(to_json).collect::<Result<_, _>>()?),
        ConfigValue::Table(t) => J::Object(
            t.iter()
                .map(|(k, v)| Ok((k.clone(), to_json(v)?)))
                .collect::<Result<_, String>>()?,
        ),
    })
}
