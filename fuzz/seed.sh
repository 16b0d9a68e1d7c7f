#!/usr/bin/env bash
# Copy the project's corpus (and the regression inputs) into fuzz/corpus/<target>/ as
# seeds. fuzz/corpus is gitignored: generated corpora are never committed.
set -euo pipefail
cd "$(dirname "$0")"
for target in parse lint fix; do
    mkdir -p "corpus/$target"
    dirs=(../corpus)
    [ -d ../tests/regressions ] && dirs+=(../tests/regressions)
    find "${dirs[@]}" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.bin' \) |
        while read -r f; do
            # One seed per distinct content (the name is a hash, like libFuzzer's).
            install -m 644 "$f" "corpus/$target/seed-$(sha1sum "$f" | cut -c1-16)"
        done
done
echo "seeded: $(ls corpus/parse | grep -c "^seed-") seed files per target"
