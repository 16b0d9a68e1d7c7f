#!/usr/bin/env python3
"""Check every annotated b- excerpt under corpus/external/real-mt/{tune,check}/.

For each b-*.json: the .txt beside it exists, is UTF-8 with LF line ends and no BOM and
is at most 2,000 characters; every artifact's rule is one of the 13 rule names, its span
lies within the text on character boundaries, and `text` equals the bytes at the span;
every inconsistent-name mention is a valid span holding one of the variants. Also checks
that every excerpt has a line in SOURCES-b.tsv with its split, that no site sits in both
splits, and that no site has more than 4 excerpts. Prints counts per rule and split.

    python3 tools/real_mt/verify_b.py      # exit status 1 on any problem
"""
import collections
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.normpath(os.path.join(HERE, "..", "..", "corpus", "external", "real-mt"))
RULES = ["inconsistent-name", "duplicate-heading", "duplicate-paragraph", "glued-words",
         "repeated-word", "web-boilerplate", "sentence-fragment", "untranslated-text", "calque",
         "mixed-quotes", "number-format", "invisible-character", "mojibake"]
KEYS = {"doc", "source", "retrieved", "source_lang", "kind", "excerpt_edits", "artifacts"}

problems = []


def bad(doc, msg):
    problems.append(f"{doc}: {msg}")


def boundary(data, i):
    return i == len(data) or (data[i] & 0xC0) != 0x80


def main():
    rows = {}
    with open(os.path.join(BASE, "SOURCES-b.tsv"), encoding="utf-8") as f:
        header = f.readline()
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 7:
                bad("SOURCES-b.tsv", f"line with {len(cols)} columns: {line!r}")
                continue
            rows[cols[0]] = cols
    per = collections.Counter()
    per_split = {"tune": collections.Counter(), "check": collections.Counter()}
    docs = collections.Counter()
    words = collections.Counter()
    sites = collections.defaultdict(set)
    site_count = collections.Counter()
    langs = collections.Counter()
    seen = set()
    for split in ("tune", "check"):
        for jp in sorted(glob.glob(os.path.join(BASE, split, "b-*.json"))):
            name = os.path.basename(jp)
            with open(jp, encoding="utf-8") as f:
                j = json.load(f)
            if set(j) != KEYS:
                bad(name, f"keys {sorted(set(j) ^ KEYS)} differ")
            tp = jp[:-5] + ".txt"
            if j.get("doc") != os.path.basename(tp):
                bad(name, "doc field does not name the text file")
            if not os.path.exists(tp):
                bad(name, "text file missing")
                continue
            data = open(tp, "rb").read()
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as e:
                bad(name, f"not UTF-8: {e}")
                continue
            if b"\r" in data or data.startswith(b"\xef\xbb\xbf"):
                bad(name, "CR or BOM in text")
            if len(text) > 2000:
                bad(name, f"{len(text)} characters (over 2,000)")
            key = f"{split}/{os.path.basename(tp)}"
            seen.add(key)
            row = rows.get(key)
            if not row:
                bad(name, "no line in SOURCES-b.tsv")
            else:
                if row[1] != j["source"]:
                    bad(name, "URL differs from SOURCES-b.tsv")
                if row[4] != split:
                    bad(name, "split differs from SOURCES-b.tsv")
                if row[3] != j["source_lang"]:
                    bad(name, "language differs from SOURCES-b.tsv")
                sites[row[2]].add(split)
                site_count[row[2]] += 1
            langs[j["source_lang"]] += 1
            docs[split] += 1
            words[split] += len(text.split())
            for a in j["artifacts"]:
                r, s, e = a.get("rule"), a.get("start"), a.get("end")
                if r not in RULES:
                    bad(name, f"unknown rule {r!r}")
                if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(data)):
                    bad(name, f"span {s}-{e} out of range")
                    continue
                if not (boundary(data, s) and boundary(data, e)):
                    bad(name, f"span {s}-{e} not on character boundaries")
                    continue
                if data[s:e].decode() != a.get("text"):
                    bad(name, f"text at {s}-{e} is {data[s:e].decode()!r}, not {a.get('text')!r}")
                for alt in a.get("alt_rules", []):
                    if alt not in RULES:
                        bad(name, f"unknown alt rule {alt!r}")
                if r == "inconsistent-name":
                    vs = a.get("variants", [])
                    ms = a.get("mentions", [])
                    if len(vs) < 2 or not ms:
                        bad(name, "inconsistent-name without variants and mentions")
                    if [s, e] not in ms:
                        bad(name, "inconsistent-name span is not one of its mentions")
                    for ms_, me in ms:
                        if not (0 <= ms_ < me <= len(data)) or data[ms_:me].decode(errors="replace") not in vs:
                            bad(name, f"mention {ms_}-{me} does not hold a variant")
                per[r] += 1
                per_split[split][r] += 1
    for k in rows:
        if k not in seen:
            bad("SOURCES-b.tsv", f"line for a missing excerpt: {k}")
    for site, splits in sites.items():
        if len(splits) > 1:
            bad("SOURCES-b.tsv", f"site {site} in both splits")
        if site_count[site] > 4:
            bad("SOURCES-b.tsv", f"site {site} has {site_count[site]} excerpts")
    print(f"excerpts: {sum(docs.values())} (tune {docs['tune']}, check {docs['check']}); "
          f"words: {sum(words.values())} (tune {words['tune']}, check {words['check']}); "
          f"sites: {len(sites)} (tune {sum(1 for s in sites.values() if s == {'tune'})}, "
          f"check {sum(1 for s in sites.values() if s == {'check'})}); "
          f"languages: {dict(sorted(langs.items()))}")
    print(f"{'rule':22} {'tune':>5} {'check':>5} {'all':>5}")
    for r in RULES:
        print(f"{r:22} {per_split['tune'][r]:5} {per_split['check'][r]:5} {per[r]:5}")
    print(f"{'total':22} {sum(per_split['tune'].values()):5} {sum(per_split['check'].values()):5} {sum(per.values()):5}")
    for p in problems:
        print("PROBLEM", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
