#!/usr/bin/env python3
"""web-boilerplate figures from an mtlint binary, scored as tests/measure.rs scores them
(an artifact is found when a web-boilerplate finding overlaps it; a finding is correct
when it overlaps a web-boilerplate artifact; one overlapping an artifact that lists the
rule in `alt_rules` is not counted), for each set: the shared dev set's halves, the
project's real-MT sets, and findings (with safe fixes) on the clean sets.

Usage: tools/boilerplate/score.py BINARY
"""
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.normpath(os.path.join(HERE, "..", ".."))
SHARED = os.path.normpath(os.path.join(PROJECT, "..", "shared"))
if not os.path.isdir(os.path.join(SHARED, "corpus")):
    SHARED = os.environ.get("MTLINT_SHARED", "/work/shared")
RULE = "web-boilerplate"


def lint(binary, files):
    out = {}
    for i in range(0, len(files), 200):
        r = subprocess.run(
            [binary, "check", "--isolated", "--format", "json", "--select", RULE] + files[i : i + 200],
            capture_output=True, text=True,
        )
        for f in json.loads(r.stdout)["files"]:
            out[os.path.abspath(f["path"])] = f["diagnostics"]
    return out


def annotated(binary, jsons):
    txts = [j[:-5] + ".txt" for j in jsons]
    diags = lint(binary, txts)
    arts = found = nd = correct = 0
    for j, t in zip(jsons, txts):
        ann = json.load(open(j))["artifacts"]
        ds = diags.get(os.path.abspath(t), [])

        def spans(a):
            return [(a["start"], a["end"])] + [tuple(m) for m in a.get("mentions", [])]

        def hit(a, d):
            return any(s < d["end"] and d["start"] < e for s, e in spans(a))

        for a in ann:
            if a["rule"] == RULE:
                arts += 1
                found += any(hit(a, d) for d in ds)
        for d in ds:
            if any(RULE in a.get("alt_rules", []) and hit(a, d) for a in ann):
                continue
            nd += 1
            correct += any(a["rule"] == RULE and hit(a, d) for a in ann)
    return arts, found, nd, correct


def main():
    binary = sys.argv[1]
    split = {}
    for line in open(os.path.join(PROJECT, "tests/data/real-mt-dev-split.tsv")):
        p = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(p) == 3:
            split[p[0]] = p[2]
    sets = []
    dev = sorted(glob.glob(os.path.join(SHARED, "corpus/real-mt/*.json")))
    for half in ["tune", "check"]:
        sets.append((f"dev real MT, {half} half", [j for j in dev if split.get(os.path.basename(j)[:-5]) == half]))
    for half in ["tune", "check"]:
        sets.append((f"project real MT, {half} set", sorted(glob.glob(os.path.join(PROJECT, f"corpus/external/real-mt/{half}/*.json")))))
    for name, js in sets:
        if not js:
            continue
        a, f, n, c = annotated(binary, js)
        print(f"{name}: {len(js)} files, {a} artifacts, recall {f / max(1, a):.2f}, "
              f"{n} findings, precision {c / max(1, n):.2f}")
    for name, files in [
        ("shared clean set (blogs)", sorted(glob.glob(os.path.join(SHARED, "corpus/clean/*.txt")))),
        ("project clean news", sorted(glob.glob(os.path.join(PROJECT, "corpus/external/clean-news/*.txt")))),
    ]:
        diags = lint(binary, files)
        words = sum(len(open(f, encoding="utf-8").read().split()) for f in files)
        ds = [(p, d) for p, l in diags.items() for d in l]
        safe = [(p, d) for p, d in ds if d.get("fix") and d["fix"]["applicability"] == "safe"]
        print(f"{name}: {len(files)} files, {words} words, {len(ds)} {RULE} findings "
              f"({len(ds) * 10000 / max(1, words):.2f} per 10,000 words), {len(safe)} with a safe fix")
        for p, d in ds:
            text = open(p, encoding="utf-8").read().encode()[d["start"]:d["end"]].decode()
            print(f"  {os.path.basename(p)}:{d['line']}: {d['fix']['applicability'] if d.get('fix') else '-'} {text[:90]!r}")


if __name__ == "__main__":
    main()
