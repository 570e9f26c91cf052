//! The prompt settings of an option ([`Opt`]): asking for a value that
//! is not given, confirming it, hiding the input (Click's `prompt=`,
//! `confirmation_prompt=`, `hide_input=` and friends).

use super::Opt;

impl Opt {
    /// Ask for the value when it is not given, with this prompt text.
    ///
    /// ```
    /// let o = clack_core::Opt::new("--name").prompt("Your name");
    /// # let _ = o;
    /// ```
    pub fn prompt(mut self, text: impl Into<String>) -> Self {
        self.spec.prompt = Some(text.into());
        self.spec.prompter = Some(super::prompting::prompter());
        self.prompt_auto = false;
        self
    }

    /// Ask for the value when it is not given, with a prompt made from the
    /// name (`--user-name` asks `User name`).
    ///
    /// ```
    /// let o = clack_core::Opt::new("--username").prompt_auto();
    /// # let _ = o;
    /// ```
    pub fn prompt_auto(mut self) -> Self {
        self.prompt_auto = true;
        self.spec.prompter = Some(super::prompting::prompter());
        self
    }

    /// Ask a second time and require the same answer.
    ///
    /// ```
    /// let o = clack_core::Opt::new("--password").prompt_auto().hide_input(true).confirmation_prompt(true);
    /// # let _ = o;
    /// ```
    pub fn confirmation_prompt(mut self, yes: bool) -> Self {
        self.spec.confirmation_prompt = yes.then(|| "Repeat for confirmation".to_string());
        self
    }

    /// Ask a second time with this text.
    ///
    /// ```
    /// let o = clack_core::Opt::new("--pw").prompt_auto().confirmation_prompt_text("Again");
    /// # let _ = o;
    /// ```
    pub fn confirmation_prompt_text(mut self, text: impl Into<String>) -> Self {
        self.spec.confirmation_prompt = Some(text.into());
        self
    }

    /// Prompt only when the option is given without a value (default:
    /// prompt whenever the value is missing).
    ///
    /// ```
    /// let o = clack_core::Opt::new("--name").prompt_auto().prompt_required(false);
    /// # let _ = o;
    /// ```
    pub fn prompt_required(mut self, yes: bool) -> Self {
        self.spec.prompt_required = yes;
        self
    }

    /// Hide what is typed at the prompt.
    ///
    /// ```
    /// let o = clack_core::Opt::new("--password").prompt_auto().hide_input(true);
    /// # let _ = o;
    /// ```
    pub fn hide_input(mut self, yes: bool) -> Self {
        self.spec.hide_input = yes;
        self
    }

    /// Whether prompts and metavars list a choice type's choices (default yes).
    ///
    /// ```
    /// let o = clack_core::Opt::new("--c").show_choices(false);
    /// # let _ = o;
    /// ```
    pub fn show_choices(mut self, yes: bool) -> Self {
        self.spec.show_choices = yes;
        self
    }
}
