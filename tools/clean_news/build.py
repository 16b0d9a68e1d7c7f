#!/usr/bin/env python3
"""Build corpus/external/clean-news/ from staged page excerpts.

Each staged file holds a header of `key: value` lines (file, url, publisher,
licence, cut), a line `---`, then the article text exactly as it was kept
from the stored page. The only change made here is layout: leading and
trailing spaces of each line are removed, every non-empty line becomes its
own paragraph (paragraphs separated by one blank line), and the file ends
with one newline. Words, punctuation, quotes and spellings are not touched.

Usage: build.py STAGING_DIR OUT_DIR RETRIEVED_DATE
"""
import os
import sys

FIELDS = ["file", "url", "publisher", "licence", "retrieved", "cut"]


def parse(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    head, sep, body = raw.partition("\n---\n")
    if not sep:
        raise SystemExit(f"{path}: no --- separator")
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    for key in ("file", "url", "publisher", "licence", "cut"):
        if not meta.get(key):
            raise SystemExit(f"{path}: missing {key}")
    lines = [ln.strip() for ln in body.splitlines()]
    paras = [ln for ln in lines if ln]
    return meta, "\n\n".join(paras) + "\n"


def main():
    staging, out, date = sys.argv[1:4]
    rows = []
    for name in sorted(os.listdir(staging)):
        if not name.endswith(".txt"):
            continue
        meta, text = parse(os.path.join(staging, name))
        meta["retrieved"] = date
        target = os.path.join(out, meta["file"])
        with open(target, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        rows.append(meta)
    rows.sort(key=lambda m: m["file"])
    with open(os.path.join(out, "SOURCES.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(FIELDS) + "\n")
        for m in rows:
            f.write("\t".join(m[k].replace("\t", " ") for k in FIELDS) + "\n")
    print(f"{len(rows)} files written")


if __name__ == "__main__":
    main()
