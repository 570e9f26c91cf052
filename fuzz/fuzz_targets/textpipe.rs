#![no_main]

clack_fuzz::target!(clack_fuzz::textpipe::cli::command(), "textpipe");
