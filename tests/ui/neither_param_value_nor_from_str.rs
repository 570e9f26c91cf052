use clack::prelude::*;

#[derive(Clone)]
struct Point {
    x: i32,
}

#[command]
fn draw(#[option] at: Option<Point>) {
    let _ = at.map(|p| p.x);
}

fn main() {
    let _ = draw::command();
}
