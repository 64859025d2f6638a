#!/bin/bash
# Traditional-character text gives the answers of its simplified form
# (issues 10, 11, 12): every district seed and four national reports of the
# shared corpus are converted with ICU's Simplified-Traditional
# transliterator (the same ICU the lexicon's normal forms come from), and
# report_info, report_sections and extract_metrics must give the same rows,
# offsets included (the conversion keeps every character's place), and the
# indicators the same words in normal form.
# Needs the shared corpus and /usr/bin/python3 with PyICU (python3-icu).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/test/t/lib/tap.sh"
SHARED=${GOVREPORT_SHARED:-$ROOT/../shared}
DB=govreport_traditional
FILES=("$SHARED"/corpus/district/*.txt "$SHARED"/corpus/national/{1980,1995,2005,2009}.txt)
if [ ! -d "$SHARED/corpus/district" ]; then
	ok "traditional text # SKIP no shared corpus"
	tap_done
	exit 0
fi
W=$(mktemp -d /tmp/govreport-trad.XXXXXX)
chmod 755 "$W"
dropdb --if-exists "$DB" 2>/dev/null
createdb "$DB" && psql -X -q -d "$DB" -c "CREATE EXTENSION govreport" ||
	{ not_ok "set up"; tap_done; exit 1; }
trap 'rm -rf "$W"; dropdb --if-exists "$DB" 2>/dev/null' EXIT

/usr/bin/python3 - "$W" "$ROOT" "${FILES[@]}" <<'PY' || { not_ok "convert with PyICU"; tap_done; exit 1; }
import os, sys, icu
to_trad = icu.Transliterator.createInstance("Simplified-Traditional")
to_simp = icu.Transliterator.createInstance("Traditional-Simplified")
out, root = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(root, "tools"))
from compile_lexicon import T2S_KEEP  # characters the normal form keeps
for i, path in enumerate(sys.argv[3:]):
    s = open(path, encoding="utf-8").read()
    t = to_trad.transliterate(s)
    if len(t) != len(s):
        sys.exit("%s: the conversion changed the length" % path)
    # A character whose traditional form does not come back (沉 -> 沈,
    # 了 -> 瞭 are both simplified characters too; 徵 is kept as written)
    # stays simplified: the test is about reading traditional text, not
    # about ICU's choices.
    t = "".join(tc if to_simp.transliterate(tc) == sc and ord(tc) not in T2S_KEEP else sc
                for sc, tc in zip(s, t))
    for name, text in (("%02d.simp" % i, s), ("%02d.trad" % i, t)):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(os.path.join(out, name), 0o644)
PY

i=0
for f in "${FILES[@]}"; do
	s=$(printf '%s/%02d.simp' "$W" "$i")
	t=$(printf '%s/%02d.trad' "$W" "$i")
	name=$(basename "$(dirname "$f")")/$(basename "$f")
	got=$(psql -X -q -At -d "$DB" <<SQL 2>&1
SELECT (SELECT count(*) FROM pg_read_file('$t') d WHERE d ~ '[國們這來會]') > 0,
  (SELECT row(r.*)::text FROM report_info(pg_read_file('$s')) r)
    = (SELECT row(r.*)::text FROM report_info(pg_read_file('$t')) r),
  (SELECT count(*) FROM (
    (SELECT section, depth, kind, role, char_start, char_end FROM report_sections(pg_read_file('$s'))
     EXCEPT ALL SELECT section, depth, kind, role, char_start, char_end FROM report_sections(pg_read_file('$t')))
    UNION ALL
    (SELECT section, depth, kind, role, char_start, char_end FROM report_sections(pg_read_file('$t'))
     EXCEPT ALL SELECT section, depth, kind, role, char_start, char_end FROM report_sections(pg_read_file('$s')))) d),
  (SELECT count(*) FROM report_sections(pg_read_file('$s'))),
  (SELECT count(*) FROM (
    (SELECT value, unit, qualifier, is_target, year, zh_normalize(indicator), char_start, char_end FROM extract_metrics(pg_read_file('$s'))
     EXCEPT ALL SELECT value, unit, qualifier, is_target, year, zh_normalize(indicator), char_start, char_end FROM extract_metrics(pg_read_file('$t')))
    UNION ALL
    (SELECT value, unit, qualifier, is_target, year, zh_normalize(indicator), char_start, char_end FROM extract_metrics(pg_read_file('$t'))
     EXCEPT ALL SELECT value, unit, qualifier, is_target, year, zh_normalize(indicator), char_start, char_end FROM extract_metrics(pg_read_file('$s')))) d),
  (SELECT count(*) FROM extract_metrics(pg_read_file('$s')));
SQL
)
	IFS='|' read -r converted info_same sec_diff sec_n fig_diff fig_n <<<"$got"
	check_eq "$name in traditional characters: report_info, $sec_n sections, $fig_n figures as in simplified" \
		"t|t|0|0" "$converted|$info_same|$sec_diff|$fig_diff"
	i=$((i + 1))
done
tap_done
