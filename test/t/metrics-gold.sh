#!/bin/bash
# Precision and recall of extract_metrics against the hand-made gold file
# test/gold/figures.tsv.  A figure matches when the spans overlap and
# value, unit and qualifier (low/high for ranges) agree.  Both must be at
# least 95 %.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DB=govreport_metrics_gold
dropdb --if-exists "$DB" 2>/dev/null
createdb "$DB" || { echo "not ok 1 - createdb"; exit 1; }
psql -X -q -d "$DB" -c "SET client_min_messages = warning; CREATE EXTENSION govreport;" >/dev/null

OUT=$(mktemp)
trap 'rm -f "$OUT"; dropdb --if-exists "$DB"' EXIT
for f in $(cut -f1 "$ROOT/test/gold/figures.tsv" | tail -n +2 | sort -u); do
	psql -X -q -At -F $'\t' -d "$DB" -v doc="$(cat "$ROOT/test/data/$f")" -v name="$f" \
		-f - >>"$OUT" <<'SQL' ||
SELECT :'name', char_start, char_end, mention, coalesce(value::text, ''), unit,
       qualifier, coalesce(low::text, ''), coalesce(high::text, ''),
       coalesce(is_target::text, ''), coalesce(indicator, '')
FROM extract_metrics(:'doc');
SQL
		{ echo "not ok 1 - extract_metrics on $f"; exit 1; }
done

python3 - "$ROOT/test/gold/figures.tsv" "$OUT" <<'PY'
import sys
from decimal import Decimal

def num(s):
    return Decimal(s) if s not in ("", None) else None

gold = []
with open(sys.argv[1], encoding="utf-8") as f:
    next(f)
    for line in f:
        p = line.rstrip("\n").split("\t")
        gold.append(dict(file=p[0], s=int(p[1]), e=int(p[2]), mention=p[3], value=num(p[5]),
                         unit=p[6], q=p[7], low=num(p[8]), high=num(p[9]), target=p[12],
                         ind=p[4]))
got = []
with open(sys.argv[2], encoding="utf-8") as f:
    for line in f:
        p = line.rstrip("\n").split("\t")
        got.append(dict(file=p[0], s=int(p[1]), e=int(p[2]), mention=p[3], value=num(p[4]),
                        unit=p[5], q=p[6], low=num(p[7]), high=num(p[8]), target=p[9],
                        ind=p[10]))

def agree(g, x):
    if g["file"] != x["file"] or x["s"] >= g["e"] or g["s"] >= x["e"]:
        return False
    if g["unit"] != x["unit"] or g["q"] != x["q"]:
        return False
    if g["q"] == "range":
        return g["low"] == x["low"] and g["high"] == x["high"]
    return g["value"] == x["value"]

used = set()
matched = 0
target_right = 0
indicator_right = 0
missed = []
for g in gold:
    hit = None
    for i, x in enumerate(got):
        if i not in used and agree(g, x):
            hit = i
            break
    if hit is None:
        missed.append(g)
    else:
        used.add(hit)
        matched += 1
        if got[hit]["target"] == {"t": "true", "f": "false"}.get(g["target"], "?"):
            target_right += 1
        # the indicator agrees with the hand-named one: one holds the other
        # with at most 6 characters besides (a rough check: the gold names
        # were written as a researcher would name them, not as spans)
        gi, xi = g["ind"], got[hit]["ind"]
        if (gi in xi and len(xi) - len(gi) <= 6) or (len(xi) >= 2 and xi in gi and len(gi) - len(xi) <= 6):
            indicator_right += 1
spurious = [x for i, x in enumerate(got) if i not in used]
p = matched / len(got) if got else 0.0
r = matched / len(gold) if gold else 0.0
for g in missed:
    print("# missed: %s %d %s %s %s %s" % (g["file"], g["s"], g["mention"], g["value"], g["unit"], g["q"]))
for x in spurious:
    print("# spurious: %s %d %s %s %s %s" % (x["file"], x["s"], x["mention"], x["value"], x["unit"], x["q"]))
print("# gold %d, extracted %d, matched %d" % (len(gold), len(got), matched))
print("# precision %.1f%%, recall %.1f%%, is_target right on %d of %d matched (%.1f%%)"
      % (100 * p, 100 * r, target_right, matched, 100 * target_right / max(matched, 1)))
print("%s 1 - precision %.1f%% >= 95%%" % ("ok" if p >= 0.95 else "not ok", 100 * p))
print("%s 2 - recall %.1f%% >= 95%%" % ("ok" if r >= 0.95 else "not ok", 100 * r))
ind = indicator_right / max(matched, 1)
print("%s 3 - indicator agrees with the gold's name on %d of %d matched (%.1f%%) >= 78%%"
      % ("ok" if ind >= 0.78 else "not ok", indicator_right, matched, 100 * ind))
PY
