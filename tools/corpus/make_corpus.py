#!/usr/bin/env python3
"""Make a large benchmark corpus by repeating real abstracts with unique ids and titles.

usage: make_corpus.py --papers N --out FILE.jsonl[.gz] SOURCE.jsonl [SOURCE.jsonl ...]

Reads JSON lines with "title" and "abstract" (the conference-abstracts format) and writes N papers:
the sources in order, then again and again until N are written. Copy k >= 1 of a paper gets the id
"<id>-r<k>" and the title "<title> (replica k)", so every paper is distinct to PaperGraph (ids come
from the normalised title) while its abstract, and so its extraction, stays that of a real paper.
Only the generator lives in the repository: the output is data, rebuilt when needed.
"""
import argparse, gzip, json, sys


def records(paths):
    for path in paths:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                rec = json.loads(line)
                if rec.get("title") and rec.get("abstract"):
                    yield rec


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--papers", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("sources", nargs="+")
    args = ap.parse_args()
    base = list(records(args.sources))
    if not base:
        sys.exit("make_corpus.py: no papers with a title and an abstract in the sources")
    opener = gzip.open if args.out.endswith(".gz") else open
    keep = ("id", "venue", "year", "title", "abstract", "url", "authors")
    with opener(args.out, "wt", encoding="utf-8") as out:
        for n in range(args.papers):
            rec = base[n % len(base)]
            k = n // len(base)
            row = {key: rec[key] for key in keep if key in rec}
            if k > 0:
                row["id"] = f"{rec.get('id', 'paper')}-r{k}"
                row["title"] = f"{rec['title']} (replica {k})"
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {args.papers:,} papers ({len(base):,} distinct abstracts) to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
