#!/usr/bin/env python3
"""Check every annotated excerpt under corpus/external/real-mt/{tune,check}/ (a-*.json).

For each JSON: the .txt beside it exists, is UTF-8 with LF line ends and no BOM; required
fields are present; every artifact's rule is one of the 13 annotated classes; start/end
are byte offsets inside the file on character boundaries; `text` equals those bytes;
inconsistent-name mentions are valid spans too. Also checks that no site appears in both
splits or more than 4 times, and that SOURCES-a.tsv lists every excerpt.
Prints counts per rule and per split; exit status 1 on any problem.

    python3 tools/real_mt/verify_a.py [DIR]
"""
import collections
import csv
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "corpus", "external", "real-mt"))
RULES = {"inconsistent-name", "duplicate-heading", "duplicate-paragraph", "glued-words",
         "repeated-word", "web-boilerplate", "sentence-fragment", "untranslated-text", "calque",
         "mixed-quotes", "number-format", "invisible-character", "mojibake"}
FIELDS = ("doc", "source", "retrieved", "source_lang", "kind", "excerpt_edits", "artifacts")
MAX_CHARS = 2000


def check_span(raw, s, e, where, problems):
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(raw)):
        problems.append(f"{where}: span {s}..{e} outside the file ({len(raw)} bytes)")
        return None
    try:
        return raw[s:e].decode("utf-8")
    except UnicodeDecodeError:
        problems.append(f"{where}: span {s}..{e} not on character boundaries")
        return None


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else ROOT
    problems = []
    per_rule = collections.Counter()
    per_split_rule = collections.defaultdict(collections.Counter)
    docs = collections.Counter()
    words = collections.Counter()
    site_split = {}
    site_count = collections.Counter()
    langs = collections.Counter()
    sources = {}
    tsv = os.path.join(root, "SOURCES-a.tsv")
    if os.path.exists(tsv):
        with open(tsv, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                sources[row["file"]] = row
    else:
        problems.append("SOURCES-a.tsv missing")
    for split in ("tune", "check"):
        for jpath in sorted(glob.glob(os.path.join(root, split, "a-*.json"))):
            name = os.path.relpath(jpath, root)
            with open(jpath, encoding="utf-8") as f:
                d = json.load(f)
            for k in FIELDS:
                if k not in d:
                    problems.append(f"{name}: field {k} missing")
            tpath = jpath[:-5] + ".txt"
            if not os.path.exists(tpath):
                problems.append(f"{name}: no .txt beside it")
                continue
            raw = open(tpath, "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                problems.append(f"{name}: .txt is not UTF-8")
                continue
            if b"\r" in raw or raw.startswith(b"\xef\xbb\xbf"):
                problems.append(f"{name}: CR or BOM in .txt")
            if len(text) > MAX_CHARS + 1:
                problems.append(f"{name}: excerpt longer than {MAX_CHARS} characters")
            if d.get("doc") != os.path.basename(tpath):
                problems.append(f"{name}: doc field {d.get('doc')!r} is not the file name")
            docs[split] += 1
            words[split] += len(text.split())
            langs[d.get("source_lang")] += 1
            rel = f"{split}/{os.path.basename(tpath)}"
            row = sources.get(rel)
            if row is None:
                problems.append(f"{name}: not listed in SOURCES-a.tsv")
            else:
                site = row["site"]
                if row["url"] != d.get("source"):
                    problems.append(f"{name}: SOURCES-a.tsv URL differs from the JSON")
                if site_split.setdefault(site, split) != split:
                    problems.append(f"{name}: site {site} in both splits")
                site_count[site] += 1
            for i, a in enumerate(d.get("artifacts", [])):
                where = f"{name} artifact {i}"
                if a.get("rule") not in RULES:
                    problems.append(f"{where}: unknown rule {a.get('rule')!r}")
                got = check_span(raw, a.get("start"), a.get("end"), where, problems)
                if got is not None and got != a.get("text"):
                    problems.append(f"{where}: text {a.get('text')!r} != bytes {got!r}")
                if a.get("rule") == "inconsistent-name":
                    ms = a.get("mentions") or []
                    if not ms:
                        problems.append(f"{where}: inconsistent-name without mentions")
                    for s, e in ms:
                        check_span(raw, s, e, where + " mention", problems)
                per_rule[a.get("rule")] += 1
                per_split_rule[split][a.get("rule")] += 1
    for site, n in site_count.items():
        if n > 4:
            problems.append(f"site {site}: {n} excerpts (more than 4)")
    print(f"{'rule':22} {'tune':>5} {'check':>5} {'all':>5}")
    for r in sorted(RULES, key=lambda r: (-per_rule[r], r)):
        print(f"{r:22} {per_split_rule['tune'][r]:5} {per_split_rule['check'][r]:5} {per_rule[r]:5}")
    print(f"{'artifacts':22} {sum(per_split_rule['tune'].values()):5} "
          f"{sum(per_split_rule['check'].values()):5} {sum(per_rule.values()):5}")
    print(f"{'excerpts':22} {docs['tune']:5} {docs['check']:5} {sum(docs.values()):5}")
    print(f"{'words':22} {words['tune']:5} {words['check']:5} {sum(words.values()):5}")
    for split in ("tune", "check"):
        sites = sorted(s for s, sp in site_split.items() if sp == split)
        print(f"{split} sites ({len(sites)}): {', '.join(sites)}")
    print("source languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
