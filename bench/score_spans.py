#!/usr/bin/python3
"""score_spans.py GOLD SYSTEM -- SIGHAN 2005 word-span scoring.

Both files hold one sentence a line, words separated by spaces.  A word is
its (start, end) character span in the line with spaces removed; precision
and recall are over those spans.  Prints "P R F1 lines skipped" (lines whose text differs are skipped).
"""
import sys


def spans(line):
    out = set()
    pos = 0
    for w in line.split():
        out.add((pos, pos + len(w)))
        pos += len(w)
    return out, pos


def main():
    gold_lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
    sys_lines = open(sys.argv[2], encoding="utf-8").read().splitlines()
    if len(gold_lines) != len(sys_lines):
        sys.exit("line counts differ: %d gold, %d system" % (len(gold_lines), len(sys_lines)))
    tp = ng = ns = skipped = 0
    for g, s in zip(gold_lines, sys_lines):
        gs, gl = spans(g)
        ss, sl = spans(s)
        if gl != sl or g.replace(" ", "") != s.replace(" ", ""):
            skipped += 1  # the gold has a few lines whose text differs
            continue
        tp += len(gs & ss)
        ng += len(gs)
        ns += len(ss)
    p = tp / ns if ns else 0.0
    r = tp / ng if ng else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print("%.4f %.4f %.4f %d %d" % (p, r, f, len(gold_lines), skipped))


if __name__ == "__main__":
    main()
