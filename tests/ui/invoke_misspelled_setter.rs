use clack::prelude::*;

#[command]
fn hello(#[option(default = "world")] name: String, #[option(default = 1)] times: u32) {
    let _ = (name, times);
}

#[command]
fn caller(ctx: &Context) -> Result<()> {
    hello::invoke(ctx).nmae("Ada").run()?;
    Ok(())
}

fn main() {
    caller::main()
}
