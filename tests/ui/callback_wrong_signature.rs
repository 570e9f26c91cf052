use clack::prelude::*;

fn check(_ctx: &Context, _param: &Param, value: Option<String>) -> Result<Option<String>> {
    Ok(value)
}

/// The callback takes the parameter's value type.
#[command]
fn tool(#[option(callback = check)] port: Option<u16>) {
    let _ = port;
}

fn main() {}
