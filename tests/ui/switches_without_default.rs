use clack::prelude::*;

#[derive(Choice, Clone, Copy)]
enum Engine {
    Oss,
    Pro,
}

/// A plain type always has a value: one switch must be the default.
#[command]
fn tool(
    #[option("--upper", flag_value = "upper")]
    #[option("--lower", flag_value = "lower")]
    case: String,
    #[option(switch)] engine: Engine,
    #[option(switch, default = Engine::Pro, help = "Which engine.")] other: Option<Engine>,
) {
    let _ = (case, engine, other);
}

fn main() {}
