#!/usr/bin/env bash
# Run the fuzz targets one after another, each for SECONDS (default 600).
#
#   fuzz/scripts/run.sh [SECONDS] [TARGET...]       (from anywhere)
#
# Each target starts from a copy of fuzz/corpus/TARGET in
# fuzz/target/work/TARGET, with a 10 s timeout per input (a hang is a
# finding) and at most 2 GiB of memory. A finding stops the run and leaves
# the input in fuzz/artifacts/TARGET/; copy it to fuzz/regressions/TARGET/
# so that `cargo test --test fuzz_replay` keeps it. With MERGE=1, inputs
# that reach new code are merged into fuzz/corpus/TARGET afterwards.
# cargo-fuzz needs nightly's -Z flags: RUSTC_BOOTSTRAP=1 lets stable take them.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(greet values repo textpipe webapp shipit)
fi
export RUSTC_BOOTSTRAP=1
if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi
nice -n 19 cargo fuzz build
for t in "${targets[@]}"; do
    work=target/work/$t
    rm -rf "$work"
    mkdir -p "$work"
    cp corpus/"$t"/* "$work"/ 2>/dev/null || true
    printf '==> fuzz %s for %ss\n' "$t" "$secs"
    log=target/work/$t.log
    if ! nice -n 19 cargo fuzz run "$t" "$work" -- \
        -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 >"$log" 2>&1; then
        grep -v '^ *#[0-9]* 0x' "$log" | tail -40
        printf 'fuzz %s: FINDING (input in fuzz/artifacts/%s/)\n' "$t" "$t"
        exit 1
    fi
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    grep '^Done' "$log" || true
    printf 'fuzz %s: %s runs in %ss, no finding\n' "$t" "$execs" "$secs"
    if [ "${MERGE:-0}" = 1 ]; then
        nice -n 19 cargo fuzz run "$t" corpus/"$t" "$work" -- -merge=1 >/dev/null 2>&1
        printf 'fuzz %s: corpus now %s inputs\n' "$t" "$(ls corpus/"$t" | wc -l)"
    fi
done
