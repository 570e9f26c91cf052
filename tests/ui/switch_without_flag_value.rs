use clack::prelude::*;

/// Each of several `#[option]`s is a switch and needs its value.
#[command]
fn tool(
    #[option("--upper", flag_value = "upper", default = true)]
    #[option("--lower")]
    case: String,
) {
    let _ = case;
}

fn main() {}
