#!/usr/bin/env python3
"""Write the annotation JSON of every b- excerpt from spec_b.py, and SOURCES-b.tsv.

Each artifact in spec_b.SPEC is given by its exact text, never by offsets; this script
finds the text in the excerpt and records UTF-8 byte offsets (end exclusive).

  (rule, "text", note)                 first occurrence of "text"
  (rule, "ctx [[span]] ctx", note)     find "ctx span ctx", annotate only "span"
  (rule, "text", note, {"n": 2})       n-th occurrence (1-based)
  ("inconsistent-name", ["A", "B"], note)
                                       every whole-word, case-sensitive mention of each
                                       spelling goes to "mentions"; start/end point at
                                       the first mention of the LAST spelling listed
Extra dict keys other than "n" (e.g. "alt_rules") are copied into the artifact.

    python3 tools/real_mt/annotate_b.py          # write the JSON files and SOURCES-b.tsv
    python3 tools/real_mt/annotate_b.py --check  # files on disk equal what the spec gives
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
BASE = os.path.join(ROOT, "corpus", "external", "real-mt")
sys.path.insert(0, HERE)
import spec_b  # noqa: E402

RETRIEVED = "stored copy of a public web page (excerpt)"
TERMS = "third-party page, short excerpt for testing, see SOURCES"


def find_nth(hay: bytes, needle: bytes, n: int) -> int:
    pos = -1
    for _ in range(n):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def locate(data: bytes, text: str, n: int, doc: str):
    if "[[" in text:
        pre, rest = text.split("[[", 1)
        span, post = rest.split("]]", 1)
        whole = (pre + span + post).encode()
        pos = find_nth(data, whole, n)
        if pos < 0:
            sys.exit(f"{doc}: context not found: {text!r}")
        start = pos + len(pre.encode())
        return start, start + len(span.encode()), span
    pos = find_nth(data, text.encode(), n)
    if pos < 0:
        sys.exit(f"{doc}: text not found: {text!r}")
    return pos, pos + len(text.encode()), text


def mentions(data: bytes, word: str):
    out = []
    pat = re.compile(r"(?<![\w])" + re.escape(word) + r"(?![\w])")
    s = data.decode()
    for m in pat.finditer(s):
        b = len(s[: m.start()].encode())
        out.append([b, b + len(m.group(0).encode())])
    return out


def build(name, d):
    path = os.path.join(BASE, d["split"], name + ".txt")
    with open(path, "rb") as f:
        data = f.read()
    arts = []
    for item in d["items"]:
        rule, text, note = item[0], item[1], item[2]
        extra = dict(item[3]) if len(item) > 3 else {}
        n = extra.pop("n", 1)
        if isinstance(text, list):
            allm = []
            for v in text:
                ms = mentions(data, v)
                if not ms:
                    sys.exit(f"{name}: variant not found: {v!r}")
                allm += ms
            s, e = mentions(data, text[-1])[0]
            a = {"rule": rule, "start": s, "end": e, "text": data[s:e].decode(), "note": note,
                 "variants": text, "mentions": sorted(allm)}
        else:
            s, e, span = locate(data, text, n, name)
            a = {"rule": rule, "start": s, "end": e, "text": span, "note": note}
        a.update(extra)
        arts.append(a)
    arts.sort(key=lambda a: (a["start"], a["end"], a["rule"]))
    return path[:-4] + ".json", {
        "doc": name + ".txt", "source": d["source"], "retrieved": RETRIEVED,
        "source_lang": d["lang"], "kind": d["kind"], "excerpt_edits": d["edits"],
        "artifacts": arts}


def tsv():
    lines = ["file\turl\tsite\tsource_lang\tsplit\tretrieved\tterms"]
    for name, d in spec_b.SPEC.items():
        lines.append("\t".join([f"{d['split']}/{name}.txt", d["source"], d["site"], d["lang"],
                                d["split"], spec_b.RETRIEVED_ON, TERMS]))
    return "\n".join(lines) + "\n"


def main():
    check = "--check" in sys.argv
    bad = 0
    outputs = [build(n, d) for n, d in spec_b.SPEC.items()]
    outputs.append((os.path.join(BASE, "SOURCES-b.tsv"), tsv()))
    for path, obj in outputs:
        text = obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False, indent=1) + "\n"
        if check:
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    print("differs:", path)
                    bad += 1
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    print(f"{len(outputs) - 1} excerpts", "checked" if check else "written", f"({bad} differ)" if check else "")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
