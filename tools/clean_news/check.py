#!/usr/bin/env python3
"""Validate corpus/external/clean-news/ and print totals.

Checks: every .txt is listed in SOURCES.tsv and every listed file exists;
each row has all columns; files are non-empty UTF-8 without BOM, LF line
endings, no trailing spaces, one final newline, no runs of blank lines;
each text has at least MIN_WORDS words. Prints files, words, and counts per
publisher and per licence. Exit status 1 on any problem.

Usage: check.py [DIR]   (default: corpus/external/clean-news beside this tool)
"""
import collections
import os
import re
import sys

MIN_WORDS = 80
COLUMNS = ["file", "url", "publisher", "licence", "retrieved", "cut"]


def site_of(url):
    """Host of the publisher's page. A proxy or archive copy is noted as
    "... (web-proxy copy of URL)" or "(archived copy of URL)" in SOURCES.tsv;
    the inner URL names the site. A leading "www." is dropped."""
    inner = re.search(r"copy of (https?://\S+?)\)", url)
    if inner:
        url = inner.group(1)
    host = re.sub(r"^https?://", "", url).split("/")[0].lower()
    return host[4:] if host.startswith("www.") else host


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "corpus", "external", "clean-news")
    folder = os.path.normpath(sys.argv[1] if len(sys.argv) > 1 else default)
    problems = []
    rows = {}
    with open(os.path.join(folder, "SOURCES.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0].split("\t") != COLUMNS:
        problems.append(f"SOURCES.tsv header is not {COLUMNS}")
    for n, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        cells = line.split("\t")
        if len(cells) != len(COLUMNS) or not all(c.strip() for c in cells):
            problems.append(f"SOURCES.tsv line {n}: expected {len(COLUMNS)} non-empty columns")
            continue
        row = dict(zip(COLUMNS, cells))
        if row["file"] in rows:
            problems.append(f"SOURCES.tsv line {n}: {row['file']} listed twice")
        rows[row["file"]] = row
    files = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
    for name in files:
        if name not in rows:
            problems.append(f"{name}: not listed in SOURCES.tsv")
    for name in rows:
        if name not in files:
            problems.append(f"{name}: listed in SOURCES.tsv but missing")
    words = {}
    for name in files:
        with open(os.path.join(folder, name), "rb") as f:
            data = f.read()
        if not data.strip():
            problems.append(f"{name}: empty")
            continue
        if data.startswith(b"\xef\xbb\xbf"):
            problems.append(f"{name}: starts with a BOM")
        if b"\r" in data:
            problems.append(f"{name}: CR characters (not LF only)")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            problems.append(f"{name}: not UTF-8 ({e})")
            continue
        if not text.endswith("\n") or text.endswith("\n\n"):
            problems.append(f"{name}: must end with exactly one newline")
        if "\n\n\n" in text:
            problems.append(f"{name}: more than one blank line in a row")
        for i, line in enumerate(text.split("\n"), start=1):
            if line != line.strip():
                problems.append(f"{name}:{i}: leading or trailing whitespace")
                break
        words[name] = len(text.split())
        if words[name] < MIN_WORDS:
            problems.append(f"{name}: only {words[name]} words (< {MIN_WORDS})")
    by_pub = collections.Counter()
    by_pub_words = collections.Counter()
    by_lic = collections.Counter()
    by_site = collections.Counter()
    for name in files:
        if name in rows:
            by_pub[rows[name]["publisher"]] += 1
            by_pub_words[rows[name]["publisher"]] += words.get(name, 0)
            by_lic[rows[name]["licence"]] += 1
            by_site[site_of(rows[name]["url"])] += 1
    print(f"files: {len(files)}  words: {sum(words.values())}  publishers: {len(by_pub)}")
    print("per publisher (files, words):")
    for pub, count in sorted(by_pub.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {count:4d} {by_pub_words[pub]:7d}  {pub}")
    print(f"sites (host of the publisher's page, proxies and archives resolved): {len(by_site)}")
    for site, count in sorted(by_site.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {count:4d}  {site}")
    print("per licence (files):")
    for lic, count in sorted(by_lic.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {count:4d}  {lic}")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
