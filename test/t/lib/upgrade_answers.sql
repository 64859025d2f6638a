-- What the data of test/t/lib/upgrade_data.sql answer (test/t/upgrade.sh).
-- The output must be the same before and after ALTER EXTENSION UPDATE and
-- in a fresh install holding the same data: indexes built under an older
-- version still find what a sequential scan finds, and stored values of the
-- extension's types still read, compare and hash the same.
\pset format unaligned
\pset tuples_only on
\pset null '(null)'

-- Search through the GIN indexes (the plans must show them), then through
-- sequential scans; the two must agree.
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM paras
	WHERE to_tsvector('govreport', p) @@ plainto_tsquery('govreport', '营商环境');
EXPLAIN (COSTS OFF) SELECT id FROM reports
	WHERE tsv @@ plainto_tsquery('govreport', '营商环境');
CREATE TEMP TABLE hits_index AS
	SELECT t.t, 'paras' AS via, p.id FROM term t
	JOIN LATERAL (SELECT id FROM paras
		WHERE to_tsvector('govreport', p) @@ plainto_tsquery('govreport', t.t)) p ON true
	UNION ALL
	SELECT t.t, 'reports', r.id FROM term t
	JOIN LATERAL (SELECT id FROM reports
		WHERE tsv @@ plainto_tsquery('govreport', t.t)) r ON true;
RESET enable_seqscan;
SET enable_indexscan = off;
SET enable_bitmapscan = off;
CREATE TEMP TABLE hits_seq AS
	SELECT t.t, 'paras' AS via, p.id FROM term t
	JOIN paras p ON to_tsvector('govreport', p.p) @@ plainto_tsquery('govreport', t.t)
	UNION ALL
	SELECT t.t, 'reports', r.id FROM term t
	JOIN reports r ON r.tsv @@ plainto_tsquery('govreport', t.t);
RESET enable_indexscan;
RESET enable_bitmapscan;
SELECT 'index finds what a sequential scan finds: ' ||
	NOT EXISTS ((TABLE hits_index EXCEPT ALL TABLE hits_seq)
				UNION ALL (TABLE hits_seq EXCEPT ALL TABLE hits_index));
SELECT 'hits ' || via || ' ' || t || ': ' || count(*) || ' ' ||
	md5(string_agg(id::text, ',' ORDER BY id))
FROM hits_index GROUP BY via, t ORDER BY via, t;
SELECT 'terms without a hit: ' || count(*) FROM term
	WHERE t NOT IN (SELECT t FROM hits_index);

-- the stored vectors equal what the text gives today
SELECT 'stored vectors current: ' || bool_and(tsv = to_tsvector('govreport', body)) FROM reports;

-- segmentation with the user lexicon, and a headline
SELECT 'user lexicon: ' || string_agg(concat_ws('/', word, weight, tag), ' ' ORDER BY word)
FROM zh_user_lexicon;
SELECT 'segment: ' || array_to_string(zh_segment('坚持两高四着力，推进数智赋能和一网通办'), '|');
SELECT 'headline: ' || ts_headline('govreport', '持续优化營商環境，推进一网通办改革。',
	plainto_tsquery('govreport', '营商环境'));

-- report_section values: document order through the btree index, the
-- hash opclass through a hash index, containment, binary output
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT * FROM reports_sections ORDER BY report_id, section;
SELECT 'sections: ' || count(*) || ' ' ||
	md5(string_agg(concat_ws(' ', report_id, section, depth, heading, char_start, char_end), E'\n'))
FROM (SELECT * FROM reports_sections ORDER BY report_id, section) s;
SELECT 'section = via hash index: ' || count(*)
FROM reports_sections WHERE section = '二、（一）'::report_section;
RESET enable_seqscan;
SELECT 'section order: ' || bool_and(ord = rn)
FROM (SELECT row_number() OVER (ORDER BY report_id, section) AS ord,
		row_number() OVER (ORDER BY report_id, char_start) AS rn
	  FROM reports_sections) s;
SELECT 'sections in 二: ' || count(*) FROM reports_sections WHERE section <@ '二、'::report_section;
SELECT 'distinct sections: ' || count(DISTINCT section) FROM reports_sections;
SELECT 'section binary: ' || md5(string_agg(report_section_send(section)::text, ',' ORDER BY report_id, char_start))
FROM reports_sections;

-- figures and front matter, stored and computed now
SELECT 'figures: ' || count(*) || ' ' ||
	md5(string_agg(concat_ws(' ', report_id, indicator, value, unit, qualifier, is_target, char_start), E'\n'
		ORDER BY report_id, char_start, indicator))
FROM reports_figures;
SELECT 'info: ' || string_agg(concat_ws(' ', report_id, region, admin_level, report_year, speaker), '; '
	ORDER BY report_id)
FROM reports_info;

-- the BI views
SELECT 'bi views: ' || (SELECT count(*) FROM reports_bi) || ' ' ||
	(SELECT count(*) FROM reports_sections_bi) || ' ' || (SELECT count(*) FROM reports_figures_bi);
