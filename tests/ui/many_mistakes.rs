use clack::prelude::*;

/// Every mistake is reported at once, and the command still exists for
/// `main` (no "cannot find `tool`" errors).
#[command(nmae = "tool")]
fn tool(
    #[option(count)] level: String,
    #[argument(hidden)] file: String,
    #[option(confirmation_prompt)] password: String,
) {
    let _ = (level, file, password);
}

fn main() {
    tool::main()
}
