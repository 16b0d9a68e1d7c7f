#!/usr/bin/env python3
"""Annotations of corpus/external/real-mt/{tune,check}/a-*.txt, written as a spec.

Every artifact is located by its exact text, never by typed offsets:
  "text"                 first occurrence
  ("text", n)            n-th occurrence (1-based)
  ("=", "text", n)       n-th occurrence, taken literally (for text that holds "[[" or "]]")
  ("=~", "l", "s", "r")  find "l" + "s" + "r" literally (first occurrence), annotate only "s"
  "left [[span]] right"  find "left span right", annotate only span
  ["A", "B", ...]        inconsistent-name: every whole-word, case-sensitive mention of each
                         spelling goes to "mentions"; start/end = first mention of the last one
An item may end with a dict of extra fields ({"alt_rules": [...]}).

    python3 tools/real_mt/annotate_a.py           # write the JSON files and SOURCES-a.tsv
    python3 tools/real_mt/annotate_a.py --check   # files on disk equal what the spec gives
"""
import json
import os
import re
import sys

from spec_a import SPEC, RETRIEVED_ON

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "corpus", "external", "real-mt"))
RULES = {"inconsistent-name", "duplicate-heading", "duplicate-paragraph", "glued-words",
         "repeated-word", "web-boilerplate", "sentence-fragment", "untranslated-text", "calque",
         "mixed-quotes", "number-format", "invisible-character", "mojibake"}
TERMS = "third-party page, short excerpt for testing, see SOURCES"


def byte_span(text, start_char, end_char):
    s = len(text[:start_char].encode("utf-8"))
    return s, s + len(text[start_char:end_char].encode("utf-8"))


def find_nth(text, needle, n, name):
    pos = -1
    for _ in range(n):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise SystemExit(f"{name}: not found (occurrence {n}): {needle!r}")
    return pos


def locate(text, loc, name):
    n = 1
    if isinstance(loc, tuple) and len(loc) == 4 and loc[0] == "=~":
        _, left, span, right = loc
        pos = find_nth(text, left + span + right, 1, name) + len(left)
        return pos, pos + len(span)
    if isinstance(loc, tuple) and len(loc) == 3 and loc[0] == "=":
        pos = find_nth(text, loc[1], loc[2], name)
        return pos, pos + len(loc[1])
    if isinstance(loc, tuple):
        loc, n = loc
    if "[[" in loc:
        left, rest = loc.split("[[", 1)
        span, right = rest.split("]]", 1)
        pos = find_nth(text, left + span + right, n, name) + len(left)
        return pos, pos + len(span)
    pos = find_nth(text, loc, n, name)
    return pos, pos + len(loc)


def mentions(text, variant):
    pat = re.compile(r"(?<!\w)" + re.escape(variant) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def build(name, d):
    path = os.path.join(ROOT, d["split"], name + ".txt")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    arts = []
    for item in d["items"]:
        extra = {}
        if isinstance(item[-1], dict):
            extra, item = item[-1], item[:-1]
        rule, loc, note = item
        assert rule in RULES, (name, rule)
        if isinstance(loc, list):
            assert rule == "inconsistent-name", (name, loc)
            allm = []
            for v in loc:
                ms = mentions(text, v)
                if not ms:
                    raise SystemExit(f"{name}: variant not found: {v!r}")
                allm += ms
            first_last = mentions(text, loc[-1])[0]
            s, e = byte_span(text, *first_last)
            art = {"rule": rule, "start": s, "end": e, "text": text[first_last[0]:first_last[1]],
                   "note": note, "variants": loc,
                   "mentions": [list(byte_span(text, a, b)) for a, b in sorted(allm)]}
        else:
            a, b = locate(text, loc, name)
            s, e = byte_span(text, a, b)
            art = {"rule": rule, "start": s, "end": e, "text": text[a:b], "note": note}
        art.update(extra)
        arts.append(art)
    arts.sort(key=lambda x: (x["start"], x["end"], x["rule"]))
    return {"doc": name + ".txt", "source": d["source"],
            "retrieved": "stored copy of a public web page (excerpt)",
            "source_lang": d["lang"], "kind": d["kind"], "excerpt_edits": d["edits"],
            "artifacts": arts}


def sources_tsv():
    lines = ["file\turl\tsite\tsource_lang\tsplit\tretrieved\tterms"]
    for name, d in SPEC.items():
        lines.append("\t".join([f"{d['split']}/{name}.txt", d["source"], d["site"], d["lang"],
                                d["split"], RETRIEVED_ON, TERMS]))
    return "\n".join(lines) + "\n"


def main():
    check = "--check" in sys.argv
    bad = 0
    outputs = {}
    for name, d in SPEC.items():
        assert name.startswith("a-"), name
        outputs[os.path.join(ROOT, d["split"], name + ".json")] = \
            json.dumps(build(name, d), ensure_ascii=False, indent=1) + "\n"
    outputs[os.path.join(ROOT, "SOURCES-a.tsv")] = sources_tsv()
    for path, content in outputs.items():
        if check:
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != content:
                        print("differs:", path)
                        bad += 1
            except FileNotFoundError:
                print("missing:", path)
                bad += 1
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(content)
    print(f"{len(SPEC)} documents, {'checked' if check else 'written'}; problems: {bad}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
