//! One shell-completion candidate: what parameter types and custom
//! completion functions return, whether or not completion is compiled in.

/// How the shell should treat a candidate: offer it as is, or complete file
/// or folder names itself.
///
/// ```
/// use clack_core::complete::CompletionKind;
/// assert_eq!(CompletionKind::Dir.as_str(), "dir");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CompletionKind {
    /// A value to offer as is.
    #[default]
    Plain,
    /// Let the shell complete file names.
    File,
    /// Let the shell complete folder names.
    Dir,
}

impl CompletionKind {
    /// The name used in the completion protocol: `plain`, `file` or `dir`.
    ///
    /// ```
    /// assert_eq!(clack_core::complete::CompletionKind::Plain.as_str(), "plain");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            CompletionKind::Plain => "plain",
            CompletionKind::File => "file",
            CompletionKind::Dir => "dir",
        }
    }
}

/// A completion candidate: its value, its kind and an optional help text
/// that zsh, fish and PowerShell show beside it (Click's `CompletionItem`).
///
/// ```
/// use clack_core::complete::CompletionItem;
/// let item = CompletionItem::new("api").help("The public API");
/// assert_eq!(item.value(), "api");
/// assert_eq!(item.help_text(), Some("The public API"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompletionItem {
    value: String,
    kind: CompletionKind,
    help: Option<String>,
}

impl CompletionItem {
    /// A plain candidate.
    ///
    /// ```
    /// let item = clack_core::complete::CompletionItem::new("deploy");
    /// # let _ = item;
    /// ```
    pub fn new(value: impl Into<String>) -> Self {
        CompletionItem {
            value: value.into(),
            kind: CompletionKind::Plain,
            help: None,
        }
    }

    /// Set the kind.
    ///
    /// ```
    /// use clack_core::complete::{CompletionItem, CompletionKind};
    /// assert_eq!(CompletionItem::new("").kind(CompletionKind::File).kind_of(), CompletionKind::File);
    /// ```
    pub fn kind(mut self, kind: CompletionKind) -> Self {
        self.kind = kind;
        self
    }

    /// Set the help text.
    ///
    /// ```
    /// let item = clack_core::complete::CompletionItem::new("x").help("an x");
    /// assert_eq!(item.help_text(), Some("an x"));
    /// ```
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The value.
    ///
    /// ```
    /// assert_eq!(clack_core::complete::CompletionItem::new("v").value(), "v");
    /// ```
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The kind.
    ///
    /// ```
    /// use clack_core::complete::{CompletionItem, CompletionKind};
    /// assert_eq!(CompletionItem::new("v").kind_of(), CompletionKind::Plain);
    /// ```
    pub fn kind_of(&self) -> CompletionKind {
        self.kind
    }

    /// The help text, if any.
    ///
    /// ```
    /// assert_eq!(clack_core::complete::CompletionItem::new("v").help_text(), None);
    /// ```
    pub fn help_text(&self) -> Option<&str> {
        self.help.as_deref()
    }
}

impl From<&str> for CompletionItem {
    fn from(value: &str) -> Self {
        CompletionItem::new(value)
    }
}

impl From<String> for CompletionItem {
    fn from(value: String) -> Self {
        CompletionItem::new(value)
    }
}
