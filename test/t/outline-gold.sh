#!/bin/bash
# The outline against the hand-coded gold outlines of test/gold/outline/
# (15 national reports of ../shared/corpus/national, every district seed of
# ../shared/corpus/district; rules in test/gold/outline/README.md).
# A gold row is found when report_sections has a row starting on its line
# with its first characters; it is right when depth and kind agree too.
# Prints precision and recall of parts, headings, items and closing parts
# (depth and kind right) and role accuracy; asserts the levels reached
# (aim: 98 % each, doc/outline.md says where it stands).
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${GOVREPORT_SHARED:-$ROOT/../shared}
GOLD=$ROOT/test/gold/outline
if [ ! -d "$SHARED/corpus/national" ]; then
	echo "1..0 # SKIP no shared corpus at $SHARED"
	exit 0
fi
DB=govreport_outline_gold
dropdb --if-exists "$DB" 2>/dev/null
createdb "$DB" || { echo "not ok 1 - createdb"; exit 1; }
psql -X -q -d "$DB" -c "SET client_min_messages = warning; CREATE EXTENSION govreport;" >/dev/null

OUT=$(mktemp)
trap 'rm -f "$OUT"; dropdb --if-exists "$DB"' EXIT
for g in "$GOLD"/*.tsv; do
	name=$(basename "$g" .tsv)
	case $name in
	national-*) src=$SHARED/corpus/national/${name#national-}.txt ;;
	district-*) src=$SHARED/corpus/district/${name#district-}.txt ;;
	esac
	psql -X -q -At -F $'\t' -d "$DB" -v name="$name" -v src="$src" -f - >>"$OUT" <<'SQL' ||
\set doc `cat :'src'`
SELECT :'name', :'src', char_start, depth, kind, role FROM report_sections(:'doc')
WHERE kind NOT IN ('lead', 'preamble');
SQL
		{ echo "not ok 1 - report_sections on $name"; exit 1; }
done

# report_year of every national report cut to start at 各位代表 (no title
# page, as most published national texts): the year it plans for, which is
# the year of its file name except for 1964.txt, the summary of the report
# made in December 1964, which sets out 一九六五年的主要任务 (read in the text)
years=$(psql -X -At -d "$DB" -v dir="$SHARED/corpus/national" <<'SQL'
SELECT count(*), count(*) FILTER (WHERE (report_info(substr(d, greatest(strpos(d, '各位代表'), 1)))).report_year
                                        = left(f, 4)::int + CASE WHEN f = '1964.txt' THEN 1 ELSE 0 END)
FROM (SELECT f, pg_read_file(:'dir' || '/' || f) AS d FROM pg_ls_dir(:'dir') AS f) x;
SQL
)

python3 - "$GOLD" "$OUT" "$years" <<'PY'
import sys, os, re, collections
gold_dir, out = sys.argv[1], sys.argv[2]
INVISIBLE = re.compile(r'[\s\u200b\u200c\u200d\u2060\ufeff\u00ad\u3000]')

def key_text(s):
    return INVISIBLE.sub('', s)[:4]

got = collections.defaultdict(list)
src_of = {}
for line in open(out, encoding="utf-8"):
    name, src, start, depth, kind, role = line.rstrip("\n").split("\t")
    src_of[name] = src
    got[name].append((int(start), int(depth), kind, role))

n_gold = n_got = right = found = role_right = 0
by_kind = collections.Counter(); by_kind_right = collections.Counter()
for fn in sorted(os.listdir(gold_dir)):
    if not fn.endswith(".tsv"):
        continue
    name = fn[:-4]
    gold = []
    for l in open(os.path.join(gold_dir, fn), encoding="utf-8"):
        if l.startswith("#") or not l.strip():
            continue
        ln, kind, depth, role, text = l.rstrip("\n").split("\t")
        gold.append((int(ln), kind, int(depth), role, text))
    src = src_of.get(name)
    rows = {}
    if src:
        doc = open(src, encoding="utf-8").read()
        line_starts = [0] + [m.end() for m in re.finditer("\n", doc)]
        import bisect
        for start, depth, kind, role in got[name]:
            pos = start
            while pos < len(doc) and INVISIBLE.match(doc[pos]):
                pos += 1
            ln = bisect.bisect_right(line_starts, pos)
            rows.setdefault(ln, []).append([INVISIBLE.sub('', doc[pos:pos + 24]), depth, kind, role, False])
    n_got += len(got[name])
    for ln, kind, depth, role, text in gold:
        n_gold += 1
        by_kind[kind] += 1
        r = None
        for cand in rows.get(ln, []):
            if not cand[4] and cand[0].startswith(key_text(text)):
                cand[4] = True          # each row matches one gold row
                r = cand[1:4]
                break
        if r is None:
            print("# missed: %s:%d %s %s %d %s" % (name, ln, text, kind, depth, role))
            continue
        found += 1
        if r[0] == depth and r[1] == kind:
            right += 1
            by_kind_right[kind] += 1
        else:
            print("# wrong: %s:%d %s gold %s %d, got %s %d" % (name, ln, text, kind, depth, r[1], r[0]))
        if r[2] == role:
            role_right += 1
        else:
            print("# role: %s:%d %s gold %s, got %s" % (name, ln, text, role, r[2]))
    for ln, cands in sorted(rows.items()):
        for text, depth, kind, role, used in cands:
            if not used:
                print("# spurious: %s:%d %s %s %d" % (name, ln, text[:6], kind, depth))

p = right / n_got if n_got else 0.0
r = right / n_gold if n_gold else 0.0
ra = role_right / found if found else 0.0
print("# gold %d rows, report_sections %d rows (leads and preamble aside), %d found, %d with depth and kind right"
      % (n_gold, n_got, found, right))
for k in sorted(by_kind):
    print("#   %-8s %3d of %3d right" % (k, by_kind_right[k], by_kind[k]))
print("# precision %.1f%%, recall %.1f%%, role accuracy %.1f%% (aim: 98%% each)" % (100 * p, 100 * r, 100 * ra))
# the levels reached (raise them as the outline improves)
LEVEL_P, LEVEL_R, LEVEL_ROLE = 99.5, 99.5, 98.5
print("%s 1 - precision %.1f%% >= %.1f%%" % ("ok" if 100 * p >= LEVEL_P else "not ok", 100 * p, LEVEL_P))
print("%s 2 - recall %.1f%% >= %.1f%%" % ("ok" if 100 * r >= LEVEL_R else "not ok", 100 * r, LEVEL_R))
print("%s 3 - role accuracy %.1f%% >= %.1f%%" % ("ok" if 100 * ra >= LEVEL_ROLE else "not ok", 100 * ra, LEVEL_ROLE))
n, right_years = (int(x) for x in sys.argv[3].split("|"))
print("# report_year right for %d of %d national reports without title page (%.1f%%)"
      % (right_years, n, 100 * right_years / n))
print("%s 4 - report_year %.1f%% >= 98%%" % ("ok" if right_years >= 0.98 * n else "not ok", 100 * right_years / n))
print("1..4")
PY
