use clack::prelude::*;

/// Choices are unit variants.
#[derive(Choice, Clone)]
enum Shape {
    Circle,
    Square(u32),
}

fn main() {
    let _ = Shape::Circle;
}
