#!/bin/bash
# Search agrees with the text: over every paragraph (line) of the shared
# corpus, zh_tsvector(p) @@ zh_tsquery(term) against LIKE on the normal
# form (zh_normalize, whitespace left out on both sides, as search leaves
# it out) for every term of test/data/search-terms.list (policy terms) and
# test/data/search-terms-classes.tsv (one and two characters, digits,
# Latin letters, symbols).  Prints the terms that disagree and recall and
# precision per class; fails below 99.9 % / 100 % on the policy terms or
# below 100 % / 100 % on the other classes.  Also checks that zh_tsvector
# gives what to_tsvector('govreport') gives on every paragraph and every
# whole report, and that core's phraseto_tsquery answers as zh_tsquery.
# On whole reports (most are past 16,383 characters, where tsvector
# positions stop) every match must still be found; precision is printed.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${GOVREPORT_SHARED:-$ROOT/../shared}
DB=govreport_search_agreement

echo "1..7"
if [ ! -d "$SHARED/corpus/national" ] || [ ! -d "$SHARED/corpus/district" ]; then
	for i in 1 2 3 4 5 6 7; do echo "ok $i - # SKIP no shared corpus"; done
	exit 0
fi

dropdb --if-exists "$DB" >/dev/null 2>&1
createdb "$DB" || { echo "not ok 1 - paragraphs loaded"; exit 1; }
trap 'dropdb --if-exists "$DB" >/dev/null 2>&1' EXIT
psql() { command psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

# Paragraphs as "source<TAB>line", escaped for COPY's text format (a file
# may lack its final newline); whole reports as one value each.
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
	{
		grep -v '^#' "$ROOT/test/data/search-terms.list" | sed '/^$/d' | sed 's/^/policy\t/'
		grep -v '^#' "$ROOT/test/data/search-terms-classes.tsv" | sed '/^$/d'
	} | psql -c "CREATE TABLE term (cls text, t text); COPY term FROM STDIN"
}; then
	echo "not ok 1 - paragraphs loaded"
	exit 1
fi
n=$(psql -At -c "SELECT count(*) || ' paragraphs, ' || (SELECT count(*) FROM term) || ' terms' FROM para")
echo "ok 1 - paragraphs loaded ($n)"

psql <<'SQL'
CREATE FUNCTION like_pattern(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
	SELECT '%' || replace(replace(replace(regexp_replace(zh_normalize(t), '\s', '', 'g'),
		'\', '\\'), '%', '\%'), '_', '\_') || '%'
$$;
CREATE TABLE doc AS
SELECT p, regexp_replace(zh_normalize(p), '\s', '', 'g') AS norm, zh_tsvector(p) AS tsv FROM para;
CREATE TABLE scored AS
SELECT term.cls, term.t,
       count(*) FILTER (WHERE doc.norm LIKE q.pat) AS n_like,
       count(*) FILTER (WHERE doc.tsv @@ q.q) AS n_search,
       count(*) FILTER (WHERE doc.norm LIKE q.pat AND doc.tsv @@ q.q) AS n_both,
       count(*) FILTER (WHERE (doc.tsv @@ q.q) <> (doc.tsv @@ q.core)) AS n_core_differs,
       count(*) FILTER (WHERE doc.tsv @@ q.plain) AS n_plain,
       count(*) FILTER (WHERE doc.norm LIKE q.pat AND doc.tsv @@ q.plain) AS n_plain_both
FROM term
CROSS JOIN LATERAL (SELECT zh_tsquery(term.t) AS q, phraseto_tsquery('govreport', term.t) AS core,
                           plainto_tsquery('govreport', term.t) AS plain,
                           like_pattern(term.t) AS pat) q
CROSS JOIN doc
GROUP BY term.cls, term.t;
SQL
[ $? -eq 0 ] || { for i in 2 3 4 5 6; do echo "not ok $i - scoring failed"; done; exit 1; }

echo "# term: LIKE matches, search matches, both (only terms that disagree)"
psql -At -F ' ' -c "SELECT '#   ' || t, n_like, n_search, n_both FROM scored
	WHERE n_like <> n_both OR n_search <> n_both ORDER BY t"
psql -At -F ' ' -c "SELECT '# ' || rpad(cls, 8) || ' LIKE ' || sum(n_like) || ', search ' || sum(n_search) ||
	', both ' || sum(n_both) || ': recall ' || round(100.0 * sum(n_both) / nullif(sum(n_like), 0), 2) ||
	' %, precision ' || round(100.0 * sum(n_both) / nullif(sum(n_search), 0), 2) || ' %'
	FROM scored GROUP BY cls ORDER BY cls"

read -r recall precision <<<"$(psql -At -F ' ' -c "
	SELECT round(100.0 * sum(n_both) / nullif(sum(n_like), 0), 2),
	       round(100.0 * sum(n_both) / nullif(sum(n_search), 0), 2) FROM scored WHERE cls = 'policy'")"
if awk "BEGIN { exit !($recall >= 99.9 && $precision >= 100) }"; then
	echo "ok 2 - policy terms: recall $recall %, precision $precision %"
else
	echo "not ok 2 - policy terms: recall $recall % (>= 99.9), precision $precision % (100)"
fi
others=$(psql -At -c "SELECT string_agg(cls || ' ' || sum_both || '/' || sum_like || '/' || sum_search, ', ')
	FROM (SELECT cls, sum(n_both) sum_both, sum(n_like) sum_like, sum(n_search) sum_search
	      FROM scored WHERE cls <> 'policy' GROUP BY cls
	      HAVING sum(n_both) <> sum(n_like) OR sum(n_both) <> sum(n_search)) s")
if [ -z "$others" ]; then
	echo "ok 3 - one and two characters, digits, letters and symbols: every match, nothing else"
else
	echo "not ok 3 - other classes disagree (both/like/search): $others"
fi

psql -At -F ' ' -c "SELECT '# plainto_tsquery (pairs in any order), ' || rpad(cls, 8) || ' recall ' ||
	round(100.0 * sum(n_plain_both) / nullif(sum(n_like), 0), 2) || ' %, precision ' ||
	round(100.0 * sum(n_plain_both) / nullif(sum(n_plain), 0), 2) || ' %' FROM scored GROUP BY cls ORDER BY cls"
differs=$(psql -At -c "SELECT coalesce(string_agg(t, ' '), '') FROM scored WHERE n_core_differs > 0")
if [ -z "$differs" ]; then
	echo "ok 4 - phraseto_tsquery answers as zh_tsquery on every paragraph"
else
	echo "not ok 4 - phraseto_tsquery answers differently for: $differs"
fi

bad=$(psql -At -c "SELECT count(*) FROM para WHERE to_tsvector('govreport', p) <> zh_tsvector(p)")
if [ "$bad" = 0 ]; then
	echo "ok 5 - zh_tsvector = to_tsvector('govreport') on every paragraph"
else
	echo "not ok 5 - zh_tsvector differs from to_tsvector on $bad paragraphs"
fi
bad=$(for f in "$SHARED"/corpus/national/*.txt "$SHARED"/corpus/district/*.txt; do
	sed -e 's/\r$//' -e 's/\\/\\\\/g' -e 's/\t/\\t/g' "$f" | tr '\n' '\036' | sed 's/\x1e/\\n/g'
	echo
done | psql -At -c "CREATE TABLE report (body text); COPY report FROM STDIN" \
	-c "SELECT count(*) || ' of ' || (SELECT count(*) FROM report) FROM report
	    WHERE to_tsvector('govreport', body) <> zh_tsvector(body)")
if [ "${bad%% *}" = 0 ]; then
	echo "ok 6 - zh_tsvector = to_tsvector('govreport') on every whole report (up to 57,591 characters)"
else
	echo "not ok 6 - zh_tsvector differs from to_tsvector on $bad whole reports"
fi

# Whole reports: zh_tsquery finds every match past 16,383 characters too
# (all pairs anywhere count there, so precision is lower; printed).
read -r wrecall wprecision wlong <<<"$(psql -At -F ' ' <<'SQL'
CREATE TABLE rdoc AS
SELECT regexp_replace(zh_normalize(body), '\s', '', 'g') AS norm, zh_tsvector(body) AS tsv FROM report;
CREATE TABLE rscored AS
SELECT term.cls, count(*) FILTER (WHERE rdoc.norm LIKE q.pat) AS n_like,
       count(*) FILTER (WHERE rdoc.tsv @@ q.q) AS n_search,
       count(*) FILTER (WHERE rdoc.norm LIKE q.pat AND rdoc.tsv @@ q.q) AS n_both
FROM term
CROSS JOIN LATERAL (SELECT zh_tsquery(term.t) AS q, like_pattern(term.t) AS pat) q
CROSS JOIN rdoc
GROUP BY term.cls;
SELECT round(100.0 * sum(n_both) / nullif(sum(n_like), 0), 2),
       round(100.0 * sum(n_both) / nullif(sum(n_search), 0), 2),
       (SELECT count(*) FROM rdoc WHERE tsv @@ '>16383'::tsquery)
FROM rscored;
SQL
)"
psql -At -F ' ' -c "SELECT '# whole reports, ' || rpad(cls, 8) || ' recall ' || round(100.0 * n_both / nullif(n_like, 0), 2) ||
	' %, precision ' || round(100.0 * n_both / nullif(n_search, 0), 2) || ' %' FROM rscored ORDER BY cls"
if [ "$wrecall" = "100.00" ]; then
	echo "ok 7 - whole reports ($wlong past 16,383 characters): recall $wrecall %, precision $wprecision %"
else
	echo "not ok 7 - whole reports: recall $wrecall % (100), precision $wprecision %"
fi
