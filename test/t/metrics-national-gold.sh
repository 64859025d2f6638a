#!/bin/bash
# extract_metrics against the hand-coded national gold (test/gold/metrics):
# 1387 sentences of 37 national reports (1954-2009) picked by md5, coded
# by reading them before the extractor was run on them.  Splits by report
# and round: dev, dev2 … dev8 (23 reports, tuned on) and heldout,
# heldout2 … heldout7 (14 reports, scored).  Prints, per split, the six figures of issue 10:
#   recall     gold figures found with the right value and unit
#   precision  rows inside the gold sentences that are gold figures
#   indicator  matched rows whose indicator holds a core word of the gold
#              with at most 6 characters besides it
#   is_target, year, qualifier   right on matched rows
# A row matches a gold figure when its mention overlaps the gold mention and
# value and unit agree.  An aim met is "ok"; one not met is a "# TODO" line
# while the level reached (MIN below) holds, a failure below it.
# Needs the national corpus (GOVREPORT_SHARED); skipped without it.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/test/t/lib/tap.sh"
SHARED=${GOVREPORT_SHARED:-$ROOT/../shared}
NAT=$SHARED/corpus/national
GOLD=$ROOT/test/gold/metrics
if [ ! -d "$NAT" ]; then
	echo "ok 1 # SKIP no national corpus at $NAT"
	exit 0
fi
DB=govreport_metrics_national_gold
dropdb --if-exists "$DB" 2>/dev/null
createdb "$DB" || { echo "not ok 1 - createdb"; exit 1; }
OUT=$(mktemp)
trap 'rm -f "$OUT"; dropdb --if-exists "$DB" 2>/dev/null' EXIT
psql -X -q -d "$DB" -c "SET client_min_messages = warning; CREATE EXTENSION govreport" ||
	{ echo "not ok 1 - create extension"; exit 1; }

for y in $(cut -f2 "$GOLD/sentences.tsv" | tail -n +2 | sort -u); do
	psql -X -q -At -F $'\t' -d "$DB" -v y="$y" -f - >>"$OUT" <<SQL ||
\\set doc \`cat '$NAT/$y.txt'\`
SELECT :'y', char_start, char_end, mention, coalesce(value::text, ''), unit, qualifier,
       coalesce(indicator, ''), coalesce(is_target::text, ''), coalesce(year::text, '')
FROM extract_metrics(:'doc');
SQL
		{ echo "not ok 1 - extract_metrics on $y"; exit 1; }
done

# The minimum each figure must keep, per split: the level reached where the
# aim is not (a "# TODO" line says so; below it the test fails).
python3 - "$GOLD/sentences.tsv" "$GOLD/national.tsv" "$OUT" "${VERBOSE:-0}" <<'PY'
import sys
from decimal import Decimal

AIM = dict(recall=97, precision=98, indicator=92, is_target=96, year=96, qualifier=99)
# levels reached (measured; see doc/metrics.md); the aims above where met
# (round 2: held-out grew from 29 to 97 figures, so its levels are new;
# round 3: dev2, 12 more reports for tuning, see test/gold/metrics/README.md;
# round 9: units of older reports found 12 more held-out figures, whose
# indicators and years count too, so two floors went down by a point)
MIN = dict(dev=dict(recall=97, precision=98, indicator=92, is_target=96, year=95, qualifier=99),
           dev2=dict(recall=97, precision=98, indicator=92, is_target=96, year=96, qualifier=99),
           dev3=dict(recall=97, precision=98, indicator=92, is_target=96, year=96, qualifier=99),
           dev4=dict(recall=97, precision=98, indicator=92, is_target=96, year=96, qualifier=99),
           dev5=dict(recall=97, precision=98, indicator=92, is_target=96, year=96, qualifier=99),
           heldout=dict(recall=97, precision=98, indicator=81, is_target=85, year=89, qualifier=95),
           heldout3=dict(recall=97, precision=98, indicator=84, is_target=92, year=96, qualifier=99),
           heldout4=dict(recall=96, precision=98, indicator=90, is_target=96, year=96, qualifier=99),
           # round 11/12: two names of heldout2 were lost, one target of
           # heldout3 (the aggregates were seen; their lines were not read)
           heldout2=dict(recall=97, precision=98, indicator=79, is_target=91, year=89, qualifier=99),
           dev6=dict(recall=97, precision=98, indicator=92, is_target=96, year=96, qualifier=99),
           heldout5=dict(recall=97, precision=96, indicator=89, is_target=96, year=89, qualifier=99),
           # round 16: the scorer takes 个百分点 as 百分点, so a 1995 figure is
           # found, with a wrong name: one more figure, the same 38 names
           heldout6=dict(recall=97, precision=97, indicator=84, is_target=86, year=91, qualifier=95),
           dev7=dict(recall=97, precision=98, indicator=92, is_target=96, year=96, qualifier=99),
           # round 11: scored once, after the last rule of rounds 11 and 12
           heldout7=dict(recall=93, precision=96, indicator=85, is_target=96, year=85, qualifier=98),
           dev8=dict(recall=97, precision=95, indicator=92, is_target=96, year=96, qualifier=98),
           # rounds 13-15 (doc/metrics.md): every floor raised to the level
           # reached; heldout8 and heldout9 scored once, after the last rule
           dev9=dict(recall=97, precision=98, indicator=92, is_target=96, year=96, qualifier=99),
           heldout8=dict(recall=97, precision=98, indicator=88, is_target=76, year=89, qualifier=98),
           dev10=dict(recall=97, precision=97, indicator=92, is_target=95, year=96, qualifier=99),
           heldout9=dict(recall=97, precision=98, indicator=88, is_target=96, year=80, qualifier=96),
           # round 17: four more dev11 figures found (员额一百万, 裁减军队员额20万
           # …); two have a year the gold does not share: the same right
           # years of more figures, so the floor went down a point
           dev11=dict(recall=97, precision=98, indicator=90, is_target=94, year=92, qualifier=98),
           # round 16: heldout10 scored once, after the last rule
           dev12=dict(recall=97, precision=98, indicator=88, is_target=96, year=92, qualifier=99),
           heldout10=dict(recall=97, precision=97, indicator=86, is_target=88, year=82, qualifier=97),
           # rounds 17-20: heldout11-14 scored once, after the last rule;
           # every other floor raised to the level reached
           dev13=dict(recall=97, precision=95, indicator=92, is_target=93, year=96, qualifier=99),
           heldout11=dict(recall=94, precision=94, indicator=65, is_target=90, year=81, qualifier=99),
           dev14=dict(recall=97, precision=98, indicator=91, is_target=96, year=95, qualifier=99),
           heldout12=dict(recall=92, precision=96, indicator=76, is_target=73, year=92, qualifier=96),
           dev15=dict(recall=97, precision=98, indicator=92, is_target=96, year=96, qualifier=99),
           heldout13=dict(recall=86, precision=98, indicator=90, is_target=75, year=90, qualifier=99),
           dev16=dict(recall=97, precision=98, indicator=92, is_target=96, year=96, qualifier=99),
           heldout14=dict(recall=97, precision=98, indicator=76, is_target=85, year=90, qualifier=99),
           # round 21-24 (dev17-dev20, heldout15-18): every floor at the level
           # reached; the head-words rule (doc/metrics.md, round 21) took one
           # name of heldout11 and two of heldout2, and across all held-out
           # blocks five more names are right with it than without it
           # (aggregates seen, lines not read); the last rules of round 21
           # (plan frames, 递增, past years before a yearly figure) took one
           # more name of heldout2 and gave four names or targets elsewhere
           # (heldout9, heldout10, heldout16), scored a second time
           dev17=dict(recall=97, precision=98, indicator=92, is_target=96, year=93, qualifier=99),
           heldout15=dict(recall=80, precision=98, indicator=92, is_target=47, year=90, qualifier=99),
           dev18=dict(recall=97, precision=98, indicator=83, is_target=96, year=95, qualifier=99),
           heldout16=dict(recall=95, precision=98, indicator=80, is_target=94, year=60, qualifier=85),
           dev19=dict(recall=97, precision=97, indicator=92, is_target=96, year=90, qualifier=99),
           heldout17=dict(recall=85, precision=98, indicator=83, is_target=75, year=75, qualifier=99),
           dev20=dict(recall=97, precision=98, indicator=92, is_target=93, year=87, qualifier=99),
           heldout18=dict(recall=97, precision=98, indicator=90, is_target=90, year=90, qualifier=99))

def read(path):
    with open(path, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        return [dict(zip(head, l.rstrip("\n").split("\t"))) for l in f]

sents = read(sys.argv[1])
gold = read(sys.argv[2])
verbose = sys.argv[4] != "0"
split_of = {}
span_of = {}
for s in sents:
    split_of[s["sid"]] = s["split"]
    at = int(s["char_start"])
    span_of[s["sid"]] = (int(s["year"]), at, at + len(s["sentence"]), s["sentence"])

# locate each gold mention in its sentence (in order)
cursor = {}
for g in gold:
    y, a, b, text = span_of[g["sid"]]
    i = text.find(g["mention"], cursor.get(g["sid"], 0))
    if i < 0:
        i = text.find(g["mention"])
    cursor[g["sid"]] = i + len(g["mention"])
    g["s"], g["e"] = a + i, a + i + len(g["mention"])
    g["y"] = y

rows = []
with open(sys.argv[3], encoding="utf-8") as f:
    for line in f:
        p = line.rstrip("\n").split("\t")
        rows.append(dict(y=int(p[0]), s=int(p[1]), e=int(p[2]), mention=p[3],
                         value=Decimal(p[4]) if p[4] else None, unit=p[5], q=p[6],
                         ind=p[7], target=p[8], year=p[9]))
# rows inside gold sentences
for r in rows:
    r["sid"] = None
    for sid, (y, a, b, _) in span_of.items():
        if y == r["y"] and a <= r["s"] < b:
            r["sid"] = sid
rows = [r for r in rows if r["sid"]]

def same_unit(row, gold):
    # 个百分点 is written out by some coders; the extractor's unit is 百分点
    # (and 千分点 for 个千分点)
    return row == gold or (row == gold[1:] and gold in ("个百分点", "个千分点"))

def indicator_ok(ind, cores):
    return any(c and c in ind and len(ind) - len(c) <= 6 for c in cores.split("|"))

stats = {}
used = set()
for g in gold:
    hit = None
    for i, r in enumerate(rows):
        if i in used or r["sid"] != g["sid"] or r["s"] >= g["e"] or g["s"] >= r["e"]:
            continue
        # a range (value empty in the gold) matches a row without a value
        want = Decimal(g["value"]) if g["value"] else None
        if same_unit(r["unit"], g["unit"]) and r["value"] == want:
            hit = i
            break
    st = stats.setdefault(split_of[g["sid"]], dict(gold=0, rows=0, matched=0, indicator=0,
                                                  is_target=0, year=0, qualifier=0))
    st["gold"] += 1
    if hit is None:
        if verbose:
            print("# missed %s %s %s %s %s" % (g["y"], g["sid"], g["mention"], g["value"], g["unit"]))
        continue
    used.add(hit)
    r = rows[hit]
    st["matched"] += 1
    checks = dict(indicator=indicator_ok(r["ind"], g["indicator_core"]),
                  is_target=r["target"] == {"t": "true", "f": "false"}[g["is_target"]],
                  year=r["year"] == g["year_of_figure"],
                  qualifier=r["q"] == g["qualifier"])
    for k, v in checks.items():
        st[k] += v
        if not v and verbose:
            got = dict(indicator=r["ind"], is_target=r["target"], year=r["year"], qualifier=r["q"])[k]
            want = dict(indicator=g["indicator_core"], is_target=g["is_target"],
                        year=g["year_of_figure"], qualifier=g["qualifier"])[k]
            print("# wrong %s: %s %s %s got %r want %r" % (k, g["y"], g["sid"], g["mention"], got, want))
for i, r in enumerate(rows):
    stats.setdefault(split_of[r["sid"]], dict(gold=0, rows=0, matched=0, indicator=0,
                                              is_target=0, year=0, qualifier=0))["rows"] += 1
    if i not in used and verbose:
        print("# spurious %s %s %s %s %s" % (r["y"], r["sid"], r["mention"], r["value"], r["unit"]))

n = 0
failed = 0
for split in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "dev7", "heldout7", "dev8", "dev9", "heldout8", "dev10", "heldout9", "dev11", "dev12", "heldout10", "dev13", "heldout11", "dev14", "heldout12", "dev15", "heldout13", "dev16", "heldout14", "dev17", "heldout15", "dev18", "heldout16", "dev19", "heldout17", "dev20", "heldout18"):
    st = stats[split]
    m = st["matched"]
    fig = dict(recall=100.0 * m / st["gold"], precision=100.0 * m / st["rows"] if st["rows"] else 0.0)
    for k in ("indicator", "is_target", "year", "qualifier"):
        fig[k] = 100.0 * st[k] / m if m else 0.0
    print("# %s: gold %d, rows %d, matched %d" % (split, st["gold"], st["rows"], m))
    for k in ("recall", "precision", "indicator", "is_target", "year", "qualifier"):
        n += 1
        # the aim met: ok; only the level reached (MIN) held: a TODO (TAP:
        # an aim not reached yet, counted neither way); below it: a failure
        if fig[k] >= AIM[k]:
            print("ok %d - %s %s %.1f%% >= %d%% (the aim)" % (n, split, k, fig[k], AIM[k]))
        elif fig[k] >= MIN[split][k]:
            print("not ok %d - %s %s %.1f%% >= %d%% reached, aim %d%% # TODO aim not reached"
                  % (n, split, k, fig[k], MIN[split][k], AIM[k]))
        else:
            failed += 1
            print("not ok %d - %s %s %.1f%% fell below the %d%% reached (aim %d%%)"
                  % (n, split, k, fig[k], MIN[split][k], AIM[k]))
sys.exit(1 if failed else 0)
PY
