#!/usr/bin/env python3
"""Print annotated excerpts with every artifact marked, for reviewing the annotations.

    python3 tools/real_mt/show_a.py NAME [NAME...]   # e.g. a-cmio-zakharova-state-department
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "corpus", "external", "real-mt"))


def show(name):
    [jpath] = glob.glob(os.path.join(ROOT, "*", name + ".json"))
    d = json.load(open(jpath, encoding="utf-8"))
    raw = open(jpath[:-5] + ".txt", "rb").read()
    marks = []
    for a in d["artifacts"]:
        marks.append((a["start"], 0, "⟦"))
        marks.append((a["end"], 1, "⟧" + a["rule"] + "⟧"))
    out = bytearray()
    pos = 0
    for off, _, m in sorted(marks, key=lambda x: (x[0], -x[1])):
        out += raw[pos:off] + m.encode()
        pos = off
    out += raw[pos:]
    print(f"== {name} ({d['source_lang']}, {len(d['artifacts'])} artifacts)")
    print(out.decode())


for n in sys.argv[1:]:
    show(n)
