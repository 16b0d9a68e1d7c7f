#!/usr/bin/env python3
"""Generate the mtlint benchmark corpus (seeded, reproducible).

Realistic English built from the clean articles in ../shared/corpus/clean/ when present
(else from the project's own corpus/ files), with artifacts of every class injected:
doubled words, glued sentences, boilerplate lines, duplicated titles and paragraphs,
name variants, calques, mixed quotes, source-locale numbers, invisible characters and
mojibake. Writes article-sized .txt and .md files plus a few very large single files.

usage: gen_corpus.py OUT_DIR [--files N] [--total-mb MB] [--big-mb MB] [--seed S]
"""
import argparse
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ARTIFACTS = [
    lambda r, p: p.replace(" the ", " the the ", 1),
    lambda r, p: p.replace(". ", ".", 1),
    lambda r, p: p + "\n\nLeave a Reply\n\nYour email address will not be published.",
    lambda r, p: "For his part, " + p[0].lower() + p[1:],
    lambda r, p: p.replace("“", '"', 1) if "“" in p else p.replace('"', "“", 1),
    lambda r, p: p + " About 1,5 million people and 50 000 soldiers were there at 14h30.",
    lambda r, p: p.replace(" ", "\u200b", 1),
    lambda r, p: p + " The CafÃ© was closed and itâ€™s late.",
    lambda r, p: p + " Lire aussi : le président est arrivé à Paris avec les ministres.",
    lambda r, p: p + " Anthony Blinken met Antony Blinken in the U.S. and the US.",
    lambda r, p: p + "\n\n" + p,
]


def load_sources():
    paras = []
    clean = os.path.join(ROOT, "..", "shared", "corpus", "clean")
    dirs = [clean] if os.path.isdir(clean) else [os.path.join(ROOT, "corpus")]
    for d in dirs:
        for dirpath, _, names in os.walk(d):
            for n in sorted(names):
                if not n.endswith(".txt"):
                    continue
                with open(os.path.join(dirpath, n), encoding="utf-8") as f:
                    for block in f.read().split("\n\n"):
                        block = block.strip()
                        if len(block) > 80 and "<!--" not in block:
                            paras.append(block)
    if not paras:
        sys.exit("no source text found")
    return paras


def article(r, paras, size, markdown):
    title = r.choice(paras).split(". ")[0][:70].rstrip(".")
    out = [("# " if markdown else "") + title, ""]
    n = 0
    while n < size:
        p = r.choice(paras)
        if r.random() < 0.3:
            p = r.choice(ARTIFACTS)(r, p)
        if r.random() < 0.05:
            out += [("## " if markdown else "") + r.choice(paras).split(" ")[0:5][0] + " section", ""]
        out += [p, ""]
        n += len(p) + 2
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--total-mb", type=float, default=20)
    ap.add_argument("--big-mb", type=float, default=100)
    ap.add_argument("--seed", type=int, default=20261126)
    a = ap.parse_args()
    r = random.Random(a.seed)
    paras = load_sources()
    os.makedirs(os.path.join(a.out, "articles"), exist_ok=True)
    os.makedirs(os.path.join(a.out, "big"), exist_ok=True)
    per_file = int(a.total_mb * 1_000_000 / a.files)
    for i in range(a.files):
        md = i % 3 == 0
        text = article(r, paras, int(per_file * r.uniform(0.5, 1.5)), md)
        name = f"a{i:05d}.{'md' if md else 'txt'}"
        with open(os.path.join(a.out, "articles", name), "w", encoding="utf-8") as f:
            f.write(text)
    if a.big_mb > 0:
        big = article(r, paras, int(a.big_mb * 1_000_000), False)
        with open(os.path.join(a.out, "big", "big.txt"), "w", encoding="utf-8") as f:
            f.write(big)
    small = article(r, paras, 1_000, False)
    with open(os.path.join(a.out, "small.txt"), "w", encoding="utf-8") as f:
        f.write(small)


if __name__ == "__main__":
    main()
