//! The benchmark app with clack (see `app.rs`).

mod app;

fn main() {
    app::bench::main()
}
