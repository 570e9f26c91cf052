use clack::prelude::*;

/// One context is enough.
#[command]
fn tool(ctx: &Context, again: &mut Context) {
    let _ = (ctx, again);
}

fn main() {}
