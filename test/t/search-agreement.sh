#!/bin/bash
# Search agrees with the text: over every paragraph (line) of the shared
# corpus, to_tsvector('govreport', p) @@ plainto_tsquery('govreport', term)
# against zh_normalize(p) LIKE '%term%' for every term of
# test/data/search-terms.list.  Prints recall and precision per term (where
# not perfect) and overall; fails below recall 99.5 % or precision 99 %.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${GOVREPORT_SHARED:-$ROOT/../shared}
DB=govreport_search_agreement

echo "1..3"
if [ ! -d "$SHARED/corpus/national" ] || [ ! -d "$SHARED/corpus/district" ]; then
	echo "ok 1 - paragraphs loaded # SKIP no shared corpus"
	echo "ok 2 - recall >= 99.5% # SKIP no shared corpus"
	echo "ok 3 - precision >= 99% # SKIP no shared corpus"
	exit 0
fi

dropdb --if-exists "$DB" >/dev/null 2>&1
createdb "$DB" || { echo "not ok 1 - paragraphs loaded"; exit 1; }
trap 'dropdb --if-exists "$DB" >/dev/null 2>&1' EXIT
psql() { command psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

# Paragraphs as "source<TAB>line", escaped for COPY's text format (a file
# may lack its final newline).
load() {
	local f
	for f in "$SHARED"/corpus/national/*.txt "$SHARED"/corpus/district/*.txt; do
		{ cat "$f"; echo; } | sed -e 's/\r$//' -e 's/\\/\\\\/g' -e 's/\t/\\t/g' -e '/^[[:space:]]*$/d' \
			-e "s|^|$(basename "$(dirname "$f")")/$(basename "$f")\t|"
	done
}
if ! {
	psql -c "CREATE EXTENSION IF NOT EXISTS govreport" &&
	psql -c "CREATE TABLE para (id serial, src text, p text)" &&
	load | psql -c "COPY para (src, p) FROM STDIN" &&
	grep -v '^#' "$ROOT/test/data/search-terms.list" | sed '/^$/d' |
		psql -c "CREATE TABLE term (t text); COPY term FROM STDIN"
}; then
	echo "not ok 1 - paragraphs loaded"
	exit 1
fi
n=$(psql -Atc "SELECT count(*) || ' paragraphs, ' || (SELECT count(*) FROM term) || ' terms' FROM para")
echo "ok 1 - paragraphs loaded ($n)"

psql <<'SQL'
CREATE TABLE doc AS
SELECT p, zh_normalize(p) AS norm, to_tsvector('govreport', p) AS tsv FROM para;
CREATE TABLE scored AS
SELECT term.t,
       count(*) FILTER (WHERE doc.norm LIKE '%' || q.norm || '%') AS n_like,
       count(*) FILTER (WHERE doc.tsv @@ q.q) AS n_search,
       count(*) FILTER (WHERE doc.norm LIKE '%' || q.norm || '%' AND doc.tsv @@ q.q) AS n_both,
       count(*) FILTER (WHERE doc.p LIKE '%' || term.t || '%') AS n_raw_like
FROM term
CROSS JOIN LATERAL (SELECT plainto_tsquery('govreport', term.t) AS q,
                           zh_normalize(term.t) AS norm) q
CROSS JOIN doc
GROUP BY term.t;
SQL
[ $? -eq 0 ] || { echo "not ok 2 - recall >= 99.5%"; echo "not ok 3 - precision >= 99%"; exit 1; }

echo "# term: LIKE matches, search matches, both (only terms that disagree)"
psql -At -F ' ' -c "SELECT '#   ' || t, n_like, n_search, n_both FROM scored
	WHERE n_like <> n_both OR n_search <> n_both ORDER BY t"
read -r recall precision raw <<<"$(psql -At -F ' ' -c "
	SELECT round(100.0 * sum(n_both) / nullif(sum(n_like), 0), 2),
	       round(100.0 * sum(n_both) / nullif(sum(n_search), 0), 2),
	       sum(n_raw_like) || '/' || sum(n_like) FROM scored")"
psql -At -c "SELECT '# matches: LIKE ' || sum(n_like) || ', search ' || sum(n_search) ||
	', both ' || sum(n_both) || ' (LIKE on the raw text: ' || sum(n_raw_like) || ')' FROM scored"
echo "# recall $recall %, precision $precision %"
if awk "BEGIN { exit !($recall >= 99.5) }"; then
	echo "ok 2 - recall >= 99.5% ($recall %)"
else
	echo "not ok 2 - recall >= 99.5% ($recall %)"
fi
if awk "BEGIN { exit !($precision >= 99) }"; then
	echo "ok 3 - precision >= 99% ($precision %)"
else
	echo "not ok 3 - precision >= 99% ($precision %)"
fi
