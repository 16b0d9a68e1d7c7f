#!/usr/bin/env bash
# Whole-process throughput and peak memory of `mtlint check` over a generated corpus,
# next to `wc -w` and `cat` over the same files.
#   benches/run.sh [OUT_DIR]     (default target/bench-corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/bench-corpus}
cargo build --release --quiet
bin=target/release/mtlint
if [ ! -d "$out/articles" ] || [ ! -d "$out/adversarial" ]; then
  python3 benches/gen_corpus.py "$out" --files 2000 --total-mb 20 --big-mb 100
fi
mb() { du -sb "$@" | awk '{s+=$1} END {printf "%.1f", s/1e6}'; }
measure() { # label, size_mb, command...
  local label=$1 size=$2; shift 2
  local best=999999
  for _ in 1 2 3; do
    local t0 t1
    t0=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s.%N)
    best=$(echo "$t1 $t0 $best" | awk '{d=$1-$2; print (d<$3)?d:$3}')
  done
  local mem memfile
  memfile=$(mktemp)
  /usr/bin/time -o "$memfile" -f '%M' "$@" >/dev/null 2>&1 || true
  mem=$(tail -1 "$memfile"); rm -f "$memfile"
  printf '%-34s %8.3f s %9.1f MB/s %8.1f MB peak\n' "$label" "$best" "$(echo "$size $best" | awk '{print $1/$2}')" "$(echo "$mem" | awk '{print $1/1024}')"
}
files=$(find "$out/articles" -type f | sort)
size=$(mb "$out/articles")
echo "corpus: $(echo "$files" | wc -l) files, $size MB; big file: $(mb "$out/big") MB"
measure "mtlint check (articles)" "$size" $bin check --isolated --format concise "$out/articles"
# The same folder named five times: five times the files and bytes, and peak memory
# should stay where it is (it is bounded by the files being checked, not by the tree).
measure "mtlint check (articles x5)" "$(echo "$size" | awk '{print $1*5}')" $bin check --isolated --format concise "$out/articles" "$out/articles" "$out/articles" "$out/articles" "$out/articles"
measure "wc -w (articles)" "$size" sh -c "find $out/articles -type f -print0 | xargs -0 wc -w"
measure "cat (articles)" "$size" sh -c "find $out/articles -type f -print0 | xargs -0 cat"
bsize=$(mb "$out/big")
measure "mtlint check (100 MB file)" "$bsize" $bin check --isolated --format concise "$out/big/big.txt"
measure "wc -w (100 MB file)" "$bsize" wc -w "$out/big/big.txt"
measure "mtlint check (1 short article)" "$(mb "$out/small.txt")" $bin check --isolated --format concise "$out/small.txt"
for f in names paragraphs; do
  measure "mtlint check (adversarial $f)" "$(mb "$out/adversarial/$f.txt")" $bin check --isolated --format concise "$out/adversarial/$f.txt"
done
