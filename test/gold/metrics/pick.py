#!/usr/bin/env python3
"""Pick the sentences of the national figures gold (test/gold/metrics).

    python3 test/gold/metrics/pick.py ../shared/corpus/national > test/gold/metrics/sentences.tsv

Deterministic and blind to extract_metrics:
- reports: the 16 years in REPORTS (every decade 1950s-2000s);
- sentences: the text cut after 。！？ and at line ends, trimmed; kept when
  10-160 characters long and written with a number (an Arabic digit, 百分之
  / 千分之, or a Chinese numeral before a scale word or a common unit), so
  sentences whose only number is a year are candidates too (they measure
  precision);
- per report the PER_REPORT candidates with the smallest md5 of
  "YEAR:sentence";
- split by report: the reports are ordered by md5 of their year and the
  first third (5 of 16) are held out; rules are tuned on dev only;
- round 2 (more held-out figures): from every decade, the EXTRA_PER_DECADE
  reports of the folder not in REPORTS with the smallest md5 of their year
  are held out too (1955, 1957, 1978, 1983, 1985, 1994, 1997, 2000, 2002
  with the corpus of 37 reports 1954-2009), picked the same way;
- round 3 (more dev material, issue 10 round 3): every report of the folder
  in neither split (1958, 1980, 1982, 1986, 1988, 1993, 1999, 2003, 2005,
  2006, 2008, 2009) gives its DEV2_PER_REPORT candidates with the smallest
  md5 of "YEAR:sentence", split "dev2" (fewer per report: coded by hand in
  one sitting);
- round 4 (more dev material, issue 10 round 4): every dev and dev2 report
  gives its next DEV3_PER_REPORT candidates in the same md5 order (those
  after the ones already picked), split "dev3".  Held-out reports give
  none: they stay as they were;
- round 5: every dev and dev2 report gives its next DEV4_PER_REPORT
  candidates (split "dev4", more tuning material), and every held-out
  report its next HELD2_PER_REPORT (split "heldout2": a second held-out
  block, coded blind and only ever scored, to check the first);
- round 6: every dev and dev2 report of 2000 and later (the closest to the
  reports analysts load now) gives its next DEV5_PER_REPORT candidates
  (split "dev5");
- round 7: every held-out report gives its next HELD3_PER_REPORT
  candidates (split "heldout3": a third held-out block, coded after the
  rules of round 6 were final, to measure them afresh);
- round 8: the same again (split "heldout4"), after the two rules that
  came after heldout3 was scored;
- round 9: the same again (split "heldout5", to score once at the end of
  the next rules), and every dev report of 2000 and later its next
  DEV6_PER_REPORT (split "dev6": the modern reports, first scored blind,
  then tuning material);
- round 10: every held-out report its next HELD6_PER_REPORT (split
  "heldout6"), coded while round 9's rules were made and scored once after
  the last of them (heldout5's aggregates were seen while rules were made).
- round 11: every held-out report its next HELD7_PER_REPORT (split
  "heldout7", scored once at the end of the round), and every dev and dev2
  report before 2000 (the decades where held-out still falls short) its
  next DEV7_PER_REPORT (split "dev7": first scored blind, then tuning
  material);
- round 12: the same reports their next DEV8_PER_REPORT (split "dev8"),
  to score the rules made from dev7 blind before tuning on them.
- round 13: every held-out report its next HELD8_PER_REPORT (split
  "heldout8", coded before the round's rules and scored once at its end),
  and every dev and dev2 report before 2000 its next DEV9_PER_REPORT
  (split "dev9": scores the rules of rounds 11-12 blind, then tuning
  material).
- round 14: every dev and dev2 report (all decades) its next
  DEV10_PER_REPORT (split "dev10": scores round 13's rules blind, then
  tuning material), and every held-out report its next HELD9_PER_REPORT
  (split "heldout9", scored once at the end of the round, with heldout8).
- round 15: every dev and dev2 report its next DEV11_PER_REPORT (split
  "dev11": scores the rules made from dev10 blind, then tuning material).
- round 16: the same again (split "dev12"), and every held-out report its
  next HELD10_PER_REPORT (split "heldout10", scored once at the end).
- round 17: the same again (splits "dev13" and "heldout11"): dev13 scores
  round 16's rules blind before it becomes tuning material; heldout11 is
  scored once at the end of the round.
- round 18: the same again (splits "dev14" and "heldout12"), coded while
  the rules of round 17 were made from dev13.
- round 19: every dev report its next DEV15_PER_REPORT, more
  (DEV15_LATE_PER_REPORT) from the reports of 2000 and later, the closest to
  the reports analysts load (split "dev15"); every held-out report its next
  HELD13_PER_REPORT (split "heldout13", scored once at the end).
- round 20: the same again (splits "dev16" and "heldout14"), coded while
  the rules made from dev15 were written.
- round 21: the same again (splits "dev17" and "heldout15"), coded while
  the rules made from dev16 were checked.
- round 22: the same again (splits "dev18" and "heldout16"), coded while
  the rules made from dev17 were written.
- round 23: the same again (splits "dev19" and "heldout17"), coded while
  the rules made from dev18 and from probes were written.
- round 24: every dev report its next DEV20_PER_REPORT (more than before:
  the reports of 2000 and later have few candidates left), split "dev20";
  every held-out report its next HELD18_PER_REPORT (split "heldout18").
Columns: split, year, sid (md5 prefix), char_start (character offset of
the sentence in the report file), sentence.
"""
import hashlib
import os
import re
import sys

REPORTS = [1954, 1956, 1959, 1960, 1964, 1975, 1979, 1981, 1984, 1987,
           1992, 1995, 1998, 2001, 2004, 2007]
PER_REPORT = 11
HELD_OUT = 5
EXTRA_PER_DECADE = 2
DEV2_PER_REPORT = 5
DEV3_PER_REPORT = 5
DEV4_PER_REPORT = 5
HELD2_PER_REPORT = 6
DEV5_PER_REPORT = 8
DEV5_FROM_YEAR = 2000
HELD3_PER_REPORT = 6
HELD4_PER_REPORT = 6
HELD5_PER_REPORT = 6
HELD6_PER_REPORT = 6
DEV6_PER_REPORT = 8
HELD7_PER_REPORT = 6
DEV7_PER_REPORT = 6
DEV8_PER_REPORT = 8
HELD8_PER_REPORT = 6
DEV9_PER_REPORT = 8
DEV10_PER_REPORT = 6
DEV11_PER_REPORT = 6
DEV12_PER_REPORT = 6
HELD10_PER_REPORT = 6
HELD9_PER_REPORT = 6
DEV13_PER_REPORT = 6
HELD11_PER_REPORT = 6
DEV14_PER_REPORT = 6
HELD12_PER_REPORT = 6
DEV15_PER_REPORT = 4
DEV15_LATE_PER_REPORT = 10
HELD13_PER_REPORT = 6
DEV16_PER_REPORT = 3
DEV16_LATE_PER_REPORT = 10
HELD14_PER_REPORT = 6
DEV17_PER_REPORT = 3
DEV17_LATE_PER_REPORT = 10
HELD15_PER_REPORT = 6
DEV18_PER_REPORT = 3
DEV18_LATE_PER_REPORT = 10
HELD16_PER_REPORT = 6
DEV19_PER_REPORT = 3
DEV19_LATE_PER_REPORT = 10
HELD17_PER_REPORT = 6
DEV20_PER_REPORT = 6
DEV20_LATE_PER_REPORT = 10
HELD18_PER_REPORT = 6

NUMBER = re.compile(
    r"[0-9０-９]|百分之|千分之|"
    r"[一二三四五六七八九十两]+[十百千万亿]*"
    r"(?:倍|番|成|个百分点|万|亿|人|名|户|吨|公斤|斤|元|亩|公顷|公里|个|所|项|座|台|辆|年)")


def md5(s):
    return hashlib.md5(s.encode("utf-8")).hexdigest()


def sentences(text):
    start = 0
    for m in re.finditer(r"[。！？]|\n", text):
        end = m.end() if m.group() != "\n" else m.start()
        raw = text[start:end]
        lead = len(raw) - len(raw.lstrip(" \t\r\u3000"))
        s = raw.strip(" \t\r\u3000")
        if s:
            yield start + lead, s
        start = m.end()


def extra_held_out(folder):
    years = sorted(int(f[:4]) for f in os.listdir(folder)
                   if re.fullmatch(r"[0-9]{4}\.txt", f) and int(f[:4]) not in REPORTS)
    extra = []
    for decade in sorted({y // 10 for y in years}):
        in_decade = sorted((y for y in years if y // 10 == decade), key=lambda y: md5(str(y)))
        extra += in_decade[:EXTRA_PER_DECADE]
    return extra


def blocks_of(split, year):
    """The later blocks a report gives, in the order they were picked."""
    if split == "heldout":
        return [("heldout2", HELD2_PER_REPORT), ("heldout3", HELD3_PER_REPORT),
                ("heldout4", HELD4_PER_REPORT), ("heldout5", HELD5_PER_REPORT),
                ("heldout6", HELD6_PER_REPORT), ("heldout7", HELD7_PER_REPORT),
                ("heldout8", HELD8_PER_REPORT), ("heldout9", HELD9_PER_REPORT),
                ("heldout10", HELD10_PER_REPORT), ("heldout11", HELD11_PER_REPORT),
                ("heldout12", HELD12_PER_REPORT), ("heldout13", HELD13_PER_REPORT),
                ("heldout14", HELD14_PER_REPORT),
                ("heldout15", HELD15_PER_REPORT), ("heldout16", HELD16_PER_REPORT),
                ("heldout17", HELD17_PER_REPORT), ("heldout18", HELD18_PER_REPORT)]
    blocks = [("dev3", DEV3_PER_REPORT), ("dev4", DEV4_PER_REPORT)]
    if year >= DEV5_FROM_YEAR:
        blocks += [("dev5", DEV5_PER_REPORT), ("dev6", DEV6_PER_REPORT)]
    else:
        blocks += [("dev7", DEV7_PER_REPORT), ("dev8", DEV8_PER_REPORT), ("dev9", DEV9_PER_REPORT)]
    return blocks + [("dev10", DEV10_PER_REPORT), ("dev11", DEV11_PER_REPORT),
                     ("dev12", DEV12_PER_REPORT), ("dev13", DEV13_PER_REPORT),
                     ("dev14", DEV14_PER_REPORT),
                     ("dev15", DEV15_LATE_PER_REPORT if year >= DEV5_FROM_YEAR else DEV15_PER_REPORT),
                     ("dev16", DEV16_LATE_PER_REPORT if year >= DEV5_FROM_YEAR else DEV16_PER_REPORT),
                     ("dev17", DEV17_LATE_PER_REPORT if year >= DEV5_FROM_YEAR else DEV17_PER_REPORT),
                     ("dev18", DEV18_LATE_PER_REPORT if year >= DEV5_FROM_YEAR else DEV18_PER_REPORT),
                     ("dev19", DEV19_LATE_PER_REPORT if year >= DEV5_FROM_YEAR else DEV19_PER_REPORT),
                     ("dev20", DEV20_LATE_PER_REPORT if year >= DEV5_FROM_YEAR else DEV20_PER_REPORT)]


def blocks_after(cands, first, blocks):
    """The candidates of each block, in md5 order after the first ones."""
    picked = []
    for split, n in blocks:
        picked += [(split, c) for c in cands[first:first + n]]
        first += n
    return picked


def main():
    folder = sys.argv[1]
    order = sorted(REPORTS, key=lambda y: md5(str(y)))
    extra = extra_held_out(folder)
    held = set(order[:HELD_OUT]) | set(extra)
    dev2 = [int(f[:4]) for f in os.listdir(folder)
            if re.fullmatch(r"[0-9]{4}\.txt", f) and int(f[:4]) not in REPORTS + extra]
    print("split\tyear\tsid\tchar_start\tsentence")
    for year in sorted(REPORTS + extra + dev2):
        with open("%s/%d.txt" % (folder, year), encoding="utf-8") as f:
            text = f.read()
        cands = [(md5("%d:%s" % (year, s)), at, s) for at, s in sentences(text)
                 if 10 <= len(s) <= 160 and NUMBER.search(s)]
        cands.sort()
        per = DEV2_PER_REPORT if year in dev2 else PER_REPORT
        split = "dev2" if year in dev2 else "heldout" if year in held else "dev"
        picked = [(split, c) for c in cands[:per]]
        picked += blocks_after(cands, per, blocks_of(split, year))
        for split, (h, at, s) in sorted(picked, key=lambda p: p[1][1]):
            print("%s\t%d\t%s\t%d\t%s" % (split, year, h[:8], at, s))


main()
