#!/usr/bin/env bash
# Run one fuzz target: ./run.sh TARGET [SECONDS] (default 600).
# Needs cargo-fuzz (`cargo install cargo-fuzz`); on a stable toolchain, RUSTC_BOOTSTRAP=1
# lets it use the nightly-only sanitizer flags. Seeds come from ../corpus (seed.sh).
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: ./run.sh parse|lint|fix [seconds]}
seconds=${2:-600}
case $target in
    fix) max_len=4096 ;;
    *) max_len=8192 ;;
esac
./seed.sh >/dev/null
mkdir -p "artifacts/$target"
# -s none: mtlint is safe Rust; without AddressSanitizer the targets run 3-5x faster.
# One process (no -jobs/-workers), so it shares a small machine politely.
RUSTC_BOOTSTRAP=1 cargo fuzz run -s none "$target" "corpus/$target" -- \
    -dict=mtlint.dict -max_total_time="$seconds" -max_len="$max_len" -timeout=20 \
    -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="artifacts/$target/"
