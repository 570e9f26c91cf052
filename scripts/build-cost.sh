#!/usr/bin/env bash
# Build cost of clack against clap for the benchmark app (benches/apps):
# clean release and debug build cost as CPU time (user+sys, which holds
# steady on a shared machine) with wall time beside it, and the stripped
# size of the release binary over an empty `fn main() {}`; medians of N
# rounds (default 3), printed as a Markdown table.
#
#     scripts/build-cost.sh            # 3 rounds
#     ROUNDS=1 scripts/build-cost.sh   # a quick look
#
# Every build starts from an empty target folder (dependencies included);
# the sources are fetched first so that no download is timed. clack and
# clap builds alternate, in a different order each round, so that load from
# other processes falls on both alike. All three apps use the same release
# profile (opt-level 3, no LTO, 16 codegen units, unwind). Needs cargo,
# strip (binutils) and awk.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
apps="$root/benches/apps"
rounds=${ROUNDS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for app in clack-app clap-app empty-app; do
    cargo fetch --quiet --manifest-path "$apps/$app/Cargo.toml"
done

# "CPU WALL" seconds of a clean build of $1 in profile $2 ("release" or
# "dev"), with extra cargo arguments after that. CPU is user+sys of cargo
# and every compiler it ran.
build() {
    local app=$1 profile=$2 dir="$work/target-$1-$2"
    shift 2
    rm -rf "$dir"
    local TIMEFORMAT='%R %U %S' t
    t=$( { time cargo build --quiet --offline --profile "$profile" \
        --manifest-path "$apps/$app/Cargo.toml" --target-dir "$dir" "$@" 2>/dev/null; } 2>&1 )
    awk -v t="$t" 'BEGIN { split(t, f, " "); printf "%.2f %.2f\n", f[2] + f[3], f[1] }'
}

# Size in bytes of the stripped release binary of $1.
stripped_size() {
    local app=$1 dir="$work/target-$1-release"
    strip -o "$work/$app.stripped" "$dir/release/$app"
    stat -c %s "$work/$app.stripped"
}

median() {
    printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'
}

declare -A cpu wall
for round in $(seq 1 "$rounds"); do
    if ((round % 2)); then order="clack-app clap-app"; else order="clap-app clack-app"; fi
    for app in $order; do
        for profile in release dev; do
            read -r c w < <(build "$app" "$profile")
            cpu[$app-$profile]+="$c "
            wall[$app-$profile]+="$w "
            echo "round $round: $app $profile build ${c}s CPU, ${w}s wall" >&2
        done
    done
done

build empty-app release >/dev/null
empty=$(stripped_size empty-app)
clack_size=$(($(stripped_size clack-app) - empty))
clap_size=$(($(stripped_size clap-app) - empty))
# clack without its default `completion` feature (size only).
build clack-app release --no-default-features >/dev/null
lean_size=$(($(stripped_size clack-app) - empty))

med() { # shellcheck disable=SC2086
    median $1
}
clack_rel=$(med "${cpu[clack-app-release]}"); clap_rel=$(med "${cpu[clap-app-release]}")
clack_dev=$(med "${cpu[clack-app-dev]}"); clap_dev=$(med "${cpu[clap-app-dev]}")
clack_rel_w=$(med "${wall[clack-app-release]}"); clap_rel_w=$(med "${wall[clap-app-release]}")
clack_dev_w=$(med "${wall[clack-app-dev]}"); clap_dev_w=$(med "${wall[clap-app-dev]}")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%d\n", 100 * a / b }'; }
kib() { awk -v a="$1" 'BEGIN { printf "%.1f\n", a / 1024 }'; }

echo
echo "Machine: $(nproc) cores, $(uname -m), rustc $(rustc --version | cut -d' ' -f2); load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ); medians of $rounds"
echo
echo "| measure | clack | clap | clack / clap | target |"
echo "|---|---|---|---|---|"
printf '| clean release build, CPU (user+sys) | %.1f s | %.1f s | %s%% | at most 85%% |\n' "$clack_rel" "$clap_rel" "$(ratio "$clack_rel" "$clap_rel")"
printf '| clean release build, wall | %.1f s | %.1f s | %s%% | |\n' "$clack_rel_w" "$clap_rel_w" "$(ratio "$clack_rel_w" "$clap_rel_w")"
printf '| clean debug build, CPU (user+sys) | %.1f s | %.1f s | %s%% | |\n' "$clack_dev" "$clap_dev" "$(ratio "$clack_dev" "$clap_dev")"
printf '| clean debug build, wall | %.1f s | %.1f s | %s%% | |\n' "$clack_dev_w" "$clap_dev_w" "$(ratio "$clack_dev_w" "$clap_dev_w")"
printf '| stripped size over `fn main(){}` | %s KiB | %s KiB | %s%% | at most 50%% |\n' "$(kib $clack_size)" "$(kib $clap_size)" "$(ratio $clack_size $clap_size)"
printf '| the same, clack without `completion` | %s KiB | %s KiB | %s%% | |\n' "$(kib $lean_size)" "$(kib $clap_size)" "$(ratio $lean_size $clap_size)"
echo
echo "Raw CPU times (s): clack release ${cpu[clack-app-release]}; clap release ${cpu[clap-app-release]}; clack debug ${cpu[clack-app-dev]}; clap debug ${cpu[clap-app-dev]}"
