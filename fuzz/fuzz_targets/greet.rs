#![no_main]

clack_fuzz::target!(clack_fuzz::greet(), "greet");
