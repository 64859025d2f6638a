#!/bin/bash
# 32 clients at once (pgbench): full-text searches through a GIN index,
# extract_metrics, inserts into the indexed table and user-lexicon edits
# (words added with weights, and deleted).  Must end with no failed
# transaction, and an indexed search must then answer what a sequential one
# answers for every policy term, with no REINDEX: search vectors are
# normalised character pairs, which user-lexicon edits do not change
# (doc/search.md), and govreport_lexicon_stale() does not list the index.
set -u
source "$(dirname "$0")/lib/tap.sh"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DB=govreport_concurrency_test
SECONDS_TO_RUN=${GOVREPORT_CONCURRENCY_SECONDS:-15}
W=$(mktemp -d /tmp/govreport-conc.XXXXXX)
chmod 755 "$W"
dropdb --if-exists "$DB" >/dev/null 2>&1
createdb "$DB" || { echo "not ok 1 - createdb"; exit 1; }
trap 'dropdb --if-exists "$DB" >/dev/null 2>&1; rm -rf "$W"' EXIT
q() { psql -X -q -At -d "$DB" -v ON_ERROR_STOP=1 "$@"; }

# Paragraphs of the sample reports, the policy terms, and words to edit the
# lexicon with: compounds of neighbouring words of the reports, which change
# how the paragraphs that hold them are cut.
cat "$ROOT"/test/data/*.txt | grep -v '^[[:space:]]*$' >"$W/paras.txt"
grep -v '^#' "$ROOT/test/data/search-terms.list" | grep -v '^$' >"$W/terms.txt"
q <<SQL >/dev/null
CREATE EXTENSION govreport;
CREATE TABLE paras (id serial PRIMARY KEY, body text);
\copy paras (body) FROM '$W/paras.txt'
CREATE INDEX paras_fts ON paras USING gin (to_tsvector('govreport', body));
SELECT govreport_record_lexicon('paras_fts');
CREATE TABLE terms (id serial PRIMARY KEY, term text);
\copy terms (term) FROM '$W/terms.txt'
CREATE TABLE words (id serial PRIMARY KEY, word text);
INSERT INTO words (word) VALUES
	('数字孪生城市'), ('经济体制改革'), ('国民经济计划'), ('社会主义建设事业'),
	('改革开放以来'), ('城镇新增就业'), ('居民消费价格'), ('财政赤字'),
	('基础设施建设'), ('农业生产'), ('工业总产值'), ('对外开放'),
	('科技进步'), ('人民生活'), ('国有企业改革'), ('生产总值'),
	('经济增长'), ('发展战略'), ('城乡居民'), ('市场经济体制'),
	('营商环境优化'), ('放管服改革'), ('一网通办平台'), ('高质量发展阶段'),
	('乡村振兴战略'), ('疫情防控常态化'), ('老旧小区改造'), ('民生实事'),
	('税'), ('收入');
SQL
n_paras=$(q -c "SELECT count(*) FROM paras")
n_terms=$(q -c "SELECT count(*) FROM terms")
n_words=$(q -c "SELECT count(*) FROM words")

cat >"$W/search.sql" <<SQL
\set t random(1, $n_terms)
SELECT count(*) FROM paras
WHERE to_tsvector('govreport', body) @@ plainto_tsquery('govreport', (SELECT term FROM terms WHERE id = :t));
SQL
cat >"$W/metrics.sql" <<SQL
\set p random(1, $n_paras)
SELECT count(*) FROM paras, extract_metrics(body) WHERE id = :p;
SQL
cat >"$W/insert.sql" <<SQL
\set p random(1, $n_paras)
INSERT INTO paras (body) SELECT body FROM paras WHERE id = :p;
SQL
cat >"$W/add_word.sql" <<SQL
\set w random(1, $n_words)
\set weight random(1000, 100000000)
INSERT INTO zh_user_lexicon (word, weight)
SELECT word, :weight FROM words WHERE id = :w
ON CONFLICT (word) DO UPDATE SET weight = excluded.weight;
SQL
cat >"$W/delete_word.sql" <<SQL
\set w random(1, $n_words)
DELETE FROM zh_user_lexicon WHERE word = (SELECT word FROM words WHERE id = :w);
SQL

pgbench -n -c 32 -j 2 -T "$SECONDS_TO_RUN" -d "$DB" \
	-f "$W/search.sql@10" -f "$W/metrics.sql@4" -f "$W/insert.sql@3" \
	-f "$W/add_word.sql@1" -f "$W/delete_word.sql@1" >"$W/pgbench.out" 2>&1
status=$?
sed 's/^/# /' "$W/pgbench.out" | grep -E 'transactions|failed|aborted|error|tps' | head -8
check_eq "pgbench with 32 clients exits cleanly" "0" "$status"
failed=$(grep -cE 'ERROR|aborted' "$W/pgbench.out")
check_eq "no statement failed" "0" "$failed"
done_tx=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$W/pgbench.out")
check_match "transactions were processed" '^[1-9][0-9]*$' "$done_tx"

# The lexicon edits do not make the search index stale.
stale=$(q -c "SELECT string_agg(relation::text || ': ' || reason, '; ') FROM govreport_lexicon_stale()")
check_eq "the search index is not stale after the lexicon edits" "" "$stale"

# An indexed search answers what a sequential one answers, for every term.
mismatch=$(q <<'SQL'
CREATE TEMP TABLE by_index AS SELECT 0 AS id, 0::bigint AS n LIMIT 0;
CREATE TEMP TABLE by_scan AS SELECT 0 AS id, 0::bigint AS n LIMIT 0;
SET enable_seqscan = off;
SET enable_indexscan = off;
DO $$
DECLARE t record; n bigint;
BEGIN
	FOR t IN SELECT id, term FROM terms LOOP
		SELECT count(*) INTO n FROM paras
		WHERE to_tsvector('govreport', body) @@ plainto_tsquery('govreport', t.term);
		INSERT INTO by_index VALUES (t.id, n);
	END LOOP;
END $$;
RESET enable_seqscan;
SET enable_bitmapscan = off;
DO $$
DECLARE t record; n bigint;
BEGIN
	FOR t IN SELECT id, term FROM terms LOOP
		SELECT count(*) INTO n FROM paras
		WHERE to_tsvector('govreport', body) @@ plainto_tsquery('govreport', t.term);
		INSERT INTO by_scan VALUES (t.id, n);
	END LOOP;
END $$;
SELECT count(*) FROM by_index i JOIN by_scan s USING (id) WHERE i.n <> s.n;
SQL
)
check_eq "indexed search equals a sequential scan for every term after the edits" "0" "$mismatch"
plan=$(q -c "SET enable_seqscan = off; EXPLAIN SELECT count(*) FROM paras WHERE to_tsvector('govreport', body) @@ plainto_tsquery('govreport', '改革')")
check_match "the indexed side used the GIN index" "paras_fts" "$plan"

tap_done
