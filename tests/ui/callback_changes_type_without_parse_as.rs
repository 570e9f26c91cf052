use clack::prelude::*;

fn ports(_ctx: &Context, _param: &Param, value: Option<String>) -> Result<Option<Vec<u16>>> {
    let _ = value;
    Ok(None)
}

/// A callback that returns another type needs `parse_as`: without it the
/// option parses the function's type.
#[command]
fn tool(#[option(callback = ports)] ports: Vec<u16>) {
    let _ = ports;
}

fn main() {}
