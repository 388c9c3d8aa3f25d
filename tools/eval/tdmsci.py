#!/usr/bin/env python3
"""Entity F1 of the PaperGraph extractor on the TDMSci test split (Hou et al., EACL 2021).

usage: tdmsci.py [--shared DIR] [--runner CMD] [--keep DIR] [--split test|train] [--show-missed TYPE]

Each line of TDMSci's test.txt becomes one paper (title "TDMSci test sentence N", abstract = the
sentence) in a JSON Lines file; CMD (default: the papergraph CLI, `extract --format jsonl`) turns it
into extraction JSON Lines; predicted abstract mentions are scored against test.ann with exact span
and type match, as the paper does: Task -> TASK, Dataset/Benchmark -> DATASET, Metric -> METRIC
(methods are not annotated in TDMSci and are ignored). Also prints overlap ("partial") F1.

TDMSci's span conventions differ from PaperGraph's in two documented ways, so predicted spans are
mapped to them before scoring (--no-convention to score raw spans): a long form and its short form
written together are one span ("statistical machine translation (SMT)"), and a dataset or metric span
includes a following head noun ("CoNLL 2003 corpus", "BLEU score").

TDMSci's text is tokenised with spaces around hyphens ("part - of - speech tagging", "Senseval - 2"),
which no abstract has; by default the sentences are given to the extractor with those spaces removed
and the predicted offsets mapped back to the original text (--tokenised-text to give them as they are).
The best published model (Flair-TDM) reaches 62.05 exact micro F1.

--split train scores the 1,500 training sentences instead (CoNLL tokens joined with spaces, as
test.txt writes them); error analysis reads that split (--show-missed TASK), so the test split
stays unseen.
"""
import argparse, collections, json, os, shlex, subprocess, sys, tempfile

TYPES = {"Task": "TASK", "Dataset": "DATASET", "Benchmark": "DATASET", "Metric": "METRIC"}


def read_gold(text_path, ann_path):
    with open(text_path, encoding="utf-8") as fh:
        text = fh.read()
    starts, offset = [], 0
    lines = text.split("\n")
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    gold = set()
    with open(ann_path, encoding="utf-8") as fh:
        for row in fh:
            if not row.startswith("T"):
                continue
            _, info, _surface = row.rstrip("\n").split("\t")
            kind, start, end = info.split(" ")[:3]
            start, end = int(start), int(end)
            line = max(i for i, s in enumerate(starts) if s <= start)
            gold.add((line, kind, start - starts[line], end - starts[line]))
    return lines, gold


def read_conll(path):
    """The training split (CoNLL: token, offset, BIO tag): sentences joined with single spaces, as
    test.txt writes them, and the gold spans on those lines."""
    sentences, current = [], []
    with open(path, encoding="utf-8") as fh:
        for row in fh:
            row = row.rstrip("\n")
            if not row.strip():
                if current:
                    sentences.append(current)
                    current = []
                continue
            parts = row.split("\t")
            current.append((parts[0], parts[-1]))
    if current:
        sentences.append(current)
    lines, gold = [], set()
    for number, tokens in enumerate(sentences):
        text, start, kind, previous_end = "", None, None, 0
        for token, tag in tokens:
            if text:
                text += " "
            token_start = len(text)
            text += token
            if tag.startswith("B-") or (tag.startswith("I-") and kind != tag[2:]):
                if start is not None:
                    gold.add((number, kind, start, previous_end))
                start, kind = token_start, tag[2:]
            elif tag == "O" and start is not None:
                gold.add((number, kind, start, previous_end))
                start, kind = None, None
            previous_end = len(text)
        if start is not None:
            gold.add((number, kind, start, previous_end))
        lines.append(text)
    return lines, gold


def detokenise(line):
    """Removes the spaces around hyphens between word characters; returns the text and, for each of
    its characters (and its end), the offset in the original line."""
    out, index, i = [], [], 0
    while i < len(line):
        if line.startswith(" - ", i) and i > 0 and line[i - 1].isalnum() and i + 3 < len(line) and line[i + 3].isalnum():
            out.append("-")
            index.append(i + 1)
            i += 3
            continue
        out.append(line[i])
        index.append(i)
        i += 1
    index.append(len(line))
    return "".join(out), index


HEADS = {"DATASET": ("dataset", "datasets", "corpus", "corpora", "treebank", "data set", "benchmark", "data"),
         "METRIC": ("score", "scores")}


def to_tdmsci_convention(text, kind, spans):
    """Joins "long (SHORT)" of one entity into one span; extends by a following head noun."""
    joined = []
    for start, end in spans:
        if joined:
            prev_start, prev_end = joined[-1]
            between = text[prev_end:start]
            if between.strip() == "(" and text[end:end + 2].strip().startswith(")"):
                close = text.index(")", end)
                joined[-1] = (prev_start, close + 1)
                continue
            if prev_start <= start < prev_end:
                continue
        joined.append((start, end))
    out = []
    for start, end in joined:
        rest = text[end:].lower()
        for head in HEADS.get(kind, ()):
            if rest.startswith(" " + head) and (len(rest) == len(head) + 1 or not rest[len(head) + 1].isalnum()):
                end += len(head) + 1
                break
        out.append((start, end))
    return out


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(repo, "..", "shared"))
    ap.add_argument("--runner", default=f"dotnet run --project {repo}/src/PaperGraph.Cli -c Release -- extract --format jsonl {{input}}",
                    help="command reading {input} (JSON Lines papers) and printing extraction JSON Lines")
    ap.add_argument("--keep", help="folder to keep the input and output files in")
    ap.add_argument("--no-convention", action="store_true", help="score PaperGraph's spans as they are")
    ap.add_argument("--tokenised-text", action="store_true", help="give the extractor TDMSci's text with spaced hyphens")
    ap.add_argument("--split", choices=("test", "train"), default="test",
                    help="test (the reported figure) or train (the 1,500 training sentences, for error analysis)")
    ap.add_argument("--show-missed", metavar="TYPE", help="list the gold spans of TYPE (TASK, DATASET, METRIC) that were missed")
    args = ap.parse_args()
    root = os.path.join(args.shared, "eval", "external", "tdmsci", "conllFormat")
    if args.split == "train":
        lines, gold = read_conll(os.path.join(root, "train_1500_v2.conll"))
    else:
        base = os.path.join(root, "eval_brat", "test")
        lines, gold = read_gold(os.path.join(base, "test.txt"), os.path.join(base, "test.ann"))
    work = args.keep or tempfile.mkdtemp(prefix="tdmsci-")
    os.makedirs(work, exist_ok=True)
    papers = os.path.join(work, "tdmsci-test.jsonl")
    maps = {}
    with open(papers, "w", encoding="utf-8") as fh:
        for i, line in enumerate(lines):
            if line.strip():
                text, maps[i] = (line, list(range(len(line) + 1))) if args.tokenised_text else detokenise(line)
                fh.write(json.dumps({"id": f"tdmsci-{i}", "title": f"TDMSci test sentence {i}", "abstract": text}) + "\n")
    out = subprocess.run(shlex.split(args.runner.format(input=papers)), check=True, capture_output=True, text=True).stdout
    with open(os.path.join(work, "tdmsci-pred.jsonl"), "w", encoding="utf-8") as fh:
        fh.write(out)
    pred = set()
    for row in out.splitlines():
        if not row.strip():
            continue
        paper = json.loads(row)
        line = int(paper["title"].rsplit(" ", 1)[1])
        for e in paper["entities"]:
            kind = TYPES.get(e["type"])
            if kind is None:
                continue
            spans = sorted((maps[line][m["start"]], maps[line][m["end"] - 1] + 1) for m in e["mentions"] if m["field"] == "abstract")
            if not args.no_convention:
                spans = to_tdmsci_convention(lines[line], kind, spans)
            for start, end in spans:
                pred.add((line, kind, start, end))
    counts = collections.defaultdict(lambda: [0, 0, 0])
    for g in gold:
        counts[g[1]][0 if g in pred else 2] += 1
    for p in pred:
        if p not in gold:
            counts[p[1]][1] += 1
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    for kind in ("TASK", "DATASET", "METRIC"):
        p, r, f = prf(*counts[kind])
        print(f"exact   {kind:8s} P {100*p:5.2f}  R {100*r:5.2f}  F1 {100*f:5.2f}  (tp {counts[kind][0]}, fp {counts[kind][1]}, fn {counts[kind][2]})")
    p, r, f = prf(*total)
    print(f"exact   {'micro':8s} P {100*p:5.2f}  R {100*r:5.2f}  F1 {100*f:5.2f}")
    # Overlap: a prediction counts when it overlaps a gold span of its type on the same line.
    def overlaps(a, b):
        return a[0] == b[0] and a[1] == b[1] and a[2] < b[3] and b[2] < a[3]
    tp_gold = sum(1 for g in gold if any(overlaps(g, p) for p in pred))
    tp_pred = sum(1 for p in pred if any(overlaps(p, g) for g in gold))
    p = tp_pred / len(pred) if pred else 0.0
    r = tp_gold / len(gold) if gold else 0.0
    print(f"overlap {'micro':8s} P {100*p:5.2f}  R {100*r:5.2f}  F1 {100*(2*p*r/(p+r) if p+r else 0):5.2f}")
    if args.show_missed:
        for line, kind, start, end in sorted(g for g in gold if g[1] == args.show_missed and g not in pred):
            print(f"missed  {lines[line][start:end]!r:50s} in: {lines[line][:160]}")


if __name__ == "__main__":
    sys.exit(main())
