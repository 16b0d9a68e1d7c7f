#!/usr/bin/env bash
# Regenerate the README's measurement tables ("Measured on data"): runs the measurement
# test in release mode and copies the block it prints between the markers
# `<!-- measure:begin -->` and `<!-- measure:end -->` into README.md.
#   tools/measure.sh            update README.md
#   tools/measure.sh --print    print the full output (misses, false positives) only
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(cargo test --release --quiet --test measure -- --ignored --nocapture 2>&1)
if [ "${1:-}" = "--print" ]; then
  printf '%s\n' "$out"
  exit 0
fi
block=$(printf '%s\n' "$out" | sed -n '/^<!-- measure:begin -->$/,/^<!-- measure:end -->$/p')
if [ -z "$block" ]; then
  printf '%s\n' "$out" >&2
  echo "tools/measure.sh: the measurement test printed no table" >&2
  exit 1
fi
BLOCK="$block" python3 - <<'PY'
import os, re, pathlib
p = pathlib.Path("README.md")
text = p.read_text()
block = os.environ["BLOCK"]
pattern = re.compile(r"<!-- measure:begin -->.*?<!-- measure:end -->", re.S)
if not pattern.search(text):
    raise SystemExit("README.md has no <!-- measure:begin --> ... <!-- measure:end --> block")
p.write_text(pattern.sub(lambda _: block, text, count=1))
PY
echo "README.md updated"
