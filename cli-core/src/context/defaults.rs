//! A context's defaults from outside the program: its default map (from
//! the settings, the parent's nested map, or installed while parsing) and
//! the configuration file a config option read it from.

use std::rc::Rc;

#[cfg(doc)]
use super::ParameterSource;
use super::{Context, DefaultMap};

impl Context {
    /// The defaults looked up for this command's parameters (Click's
    /// `ctx.default_map`): the settings' map, or the parent's nested map
    /// for this command, or one installed while parsing with
    /// [`set_default_map`](Context::set_default_map) or
    /// [`extend_default_map`](Context::extend_default_map).
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert!(ctx.default_map().is_none());
    /// ```
    pub fn default_map(&self) -> Option<Rc<DefaultMap>> {
        self.0.default_map.borrow().clone()
    }

    /// Replace this context's default map (Click's `ctx.default_map =
    /// map`), typically from an eager option's callback such as a
    /// `--config` option's. Parameters processed after the callback take
    /// their values from it, with source [`ParameterSource::DefaultMap`];
    /// the command line and environment variables still win, and nested
    /// maps reach the subcommands. A parameter already processed keeps its
    /// value.
    ///
    /// ```
    /// use clack_core::context::DefaultMap;
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// ctx.set_default_map(DefaultMap::new().value("port", 8080));
    /// assert_eq!(ctx.default_map().unwrap().get("port").unwrap(), ["8080"]);
    /// ```
    pub fn set_default_map(&self, map: DefaultMap) {
        *self.0.default_map.borrow_mut() = Some(Rc::new(map));
    }

    /// Merge `map` over this context's default map: its values replace
    /// those of the same name, its nested maps are merged the same way,
    /// and the rest stays (Click's `ctx.default_map.update(map)`, with
    /// nested maps merged rather than replaced). Installs `map` when there
    /// is none yet. See [`set_default_map`](Context::set_default_map) for
    /// when the values are used.
    ///
    /// ```
    /// use clack_core::context::DefaultMap;
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// ctx.set_default_map(DefaultMap::new().value("port", 8080).value("host", "::1"));
    /// ctx.extend_default_map(DefaultMap::new().value("port", 9000));
    /// let map = ctx.default_map().unwrap();
    /// assert_eq!(map.get("port").unwrap(), ["9000"]);
    /// assert_eq!(map.get("host").unwrap(), ["::1"]);
    /// ```
    pub fn extend_default_map(&self, map: DefaultMap) {
        let mut slot = self.0.default_map.borrow_mut();
        let merged = match slot.as_deref() {
            Some(base) => map.over(base),
            None => map,
        };
        *slot = Some(Rc::new(merged));
    }

    /// The configuration file a config option loaded defaults from, for
    /// this command or the closest parent that loaded one.
    ///
    /// ```
    /// let ctx = clack_core::Context::new(clack_core::Command::new("x"), "x");
    /// assert!(ctx.config_file().is_none());
    /// ```
    pub fn config_file(&self) -> Option<&std::path::Path> {
        let mut ctx = Some(self);
        while let Some(c) = ctx {
            if let Some(path) = c.0.config_path.get() {
                return Some(path);
            }
            ctx = c.parent();
        }
        None
    }

    /// Install defaults loaded from `path`, merged over the default map.
    /// Only the first call for a context counts.
    pub(crate) fn set_config_map(&self, map: DefaultMap, path: std::path::PathBuf) {
        if self.0.config_path.set(path).is_ok() {
            self.extend_default_map(map);
        }
    }
}
