use clack::prelude::*;

fn ports(_ctx: &Context, _param: &Param, value: Option<String>) -> Result<Option<Vec<u16>>> {
    let _ = value;
    Ok(None)
}

/// The callback turns a `String` into the ports, but `parse_as` says the
/// option parses a list.
#[command]
fn tool(#[option(callback = ports, parse_as = Vec<String>)] ports: Vec<u16>) {
    let _ = ports;
}

fn main() {}
