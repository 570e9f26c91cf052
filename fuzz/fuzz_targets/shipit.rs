#![no_main]

// Every input is a shell completion request (see harness::as_completion).
clack_fuzz::target!(clack_fuzz::shipit(), "shipit", completion);
