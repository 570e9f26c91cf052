#![no_main]

clack_fuzz::target!(clack_fuzz::webapp(), "webapp");
