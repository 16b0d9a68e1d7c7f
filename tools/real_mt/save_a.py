#!/usr/bin/env python3
"""Write an excerpt file from the JSON string literal of a stored page excerpt.

    python3 tools/real_mt/save_a.py SPLIT NAME < raw.json

raw.json holds one JSON string (the excerpt exactly as the search tool returned it,
still escaped). Edits (cuts at paragraph boundaries) are made on the raw string before
saving and recorded in the annotation's excerpt_edits. Writes
corpus/external/real-mt/SPLIT/NAME.txt as UTF-8 with LF line ends.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..", "corpus", "external", "real-mt")


def main():
    split, name = sys.argv[1], sys.argv[2]
    assert split in ("tune", "check"), split
    text = json.loads(sys.stdin.read())
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    path = os.path.join(ROOT, split, name + ".txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(path, len(text.encode("utf-8")), "bytes")


if __name__ == "__main__":
    main()
