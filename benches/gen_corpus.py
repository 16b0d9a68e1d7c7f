#!/usr/bin/env python3
"""Generate the mtlint benchmark corpus (seeded, reproducible).

Realistic English built from the clean articles in ../shared/corpus/clean/ when present
(else from the project's own corpus/ files), with artifacts of every class injected:
doubled words, glued sentences, boilerplate lines, duplicated titles and paragraphs,
name variants, calques, mixed quotes, source-locale numbers, invisible characters and
mojibake. Writes article-sized .txt and .md files plus a few very large single files.

Also writes two adversarial articles for the cross-article rules (names, duplicate
paragraphs) under OUT_DIR/adversarial/: 100,000 distinct capitalised names, many of them
one letter apart, and 100,000 near-identical paragraphs. A rule that compares all pairs
would take hours on either; mtlint must finish in seconds.

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
    adversarial(r, os.path.join(a.out, "adversarial"))
    small = article(r, paras, 1_000, False)
    with open(os.path.join(a.out, "small.txt"), "w", encoding="utf-8") as f:
        f.write(small)


SYLLABLES = ["ka", "lo", "ren", "tis", "ab", "dri", "mo", "ve", "sa", "nu", "hel", "gor",
             "ita", "ber", "qui", "zan", "ol", "esk", "mar", "du", "fen", "ya", "cor", "pi"]
ROLES = ["Minister", "Mayor", "Senator", "Governor", "Ambassador", "Judge", "Professor"]


def adversarial(r, out):
    """names.txt: 100,000 distinct names, in pairs one letter apart (the shape of a
    misspelt name), each in a sentence; paragraphs.txt: 100,000 paragraphs that differ in
    one number only."""
    os.makedirs(out, exist_ok=True)
    seen = set()
    lines = ["Adversarial names", ""]
    while len(seen) < 100_000:
        base = "".join(r.choice(SYLLABLES) for _ in range(r.randint(3, 5)))
        first = base.capitalize()
        i = r.randrange(1, len(first))
        variant = first[:i] + r.choice("aeiourn") + first[i + 1:]
        for name in (first, variant):
            if name not in seen and len(seen) < 100_000:
                seen.add(name)
                lines.append(f"{r.choice(ROLES)} {name} spoke to reporters on Monday.\n")
    with open(os.path.join(out, "names.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    paras = ["Adversarial paragraphs", ""]
    for i in range(100_000):
        paras.append(
            f"The council met on Monday evening to discuss item {i} of the harbour budget, "
            f"and the members agreed to return to it next week.\n"
        )
    with open(os.path.join(out, "paragraphs.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(paras))


if __name__ == "__main__":
    main()
