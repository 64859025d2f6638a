SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS govreport; RESET client_min_messages;
-- doc/cookbook.md, the recipes that use the segmenter and text search.
\set f2 `cat test/data/nangang-2022.txt`
\set f3 `cat test/data/shinan-2022.txt`
\set f4 `cat test/data/shinan-2023-review-excerpt.txt`
CREATE TABLE reports (id int, file_name text, region text, report_year int, body text);
INSERT INTO reports VALUES
	(2, 'nangang-2022.txt', '南岗区', 2022, :'f2'),
	(3, 'shinan-2022.txt', '市南区', 2022, :'f3'),
	(4, 'shinan-2023-review-excerpt.txt', '市南区', 2023, :'f4');

-- Recipe: the most frequent words of each report (two characters or more,
-- stop words left out).
SELECT file_name, string_agg(token || ' ' || n, ', ' ORDER BY n DESC, token) AS top_words
FROM (SELECT r.file_name, t.token, count(*) AS n,
			 row_number() OVER (PARTITION BY r.file_name ORDER BY count(*) DESC, t.token) AS rank
	  FROM reports r, zh_tokenize(r.body) t
	  WHERE NOT t.stopword AND char_length(t.token) >= 2 AND t.token ~ '^[一-龥]+$'
	  GROUP BY r.file_name, t.token) w
WHERE rank <= 8
GROUP BY file_name ORDER BY file_name;

-- Recipe: how the words of one district change between years (per 10,000
-- words, 市南区 2022 against 2023).
WITH freq AS (
	SELECT r.report_year, t.token, count(*) * 10000.0 / sum(count(*)) OVER (PARTITION BY r.report_year) AS per_10k
	FROM reports r, zh_tokenize(r.body) t
	WHERE r.region = '市南区' AND NOT t.stopword AND char_length(t.token) >= 2
	GROUP BY r.report_year, t.token)
SELECT token, round(coalesce(a.per_10k, 0), 1) AS y2022, round(coalesce(b.per_10k, 0), 1) AS y2023,
	   round(coalesce(b.per_10k, 0) - coalesce(a.per_10k, 0), 1) AS change
FROM (SELECT * FROM freq WHERE report_year = 2022) a
FULL JOIN (SELECT * FROM freq WHERE report_year = 2023) b USING (token)
ORDER BY abs(coalesce(b.per_10k, 0) - coalesce(a.per_10k, 0)) DESC, token
LIMIT 8;

-- Recipe: search with highlighted passages.
SELECT file_name,
	   ts_headline('govreport', body, q, 'MaxFragments=2, MaxWords=12, MinWords=4, StartSel=【, StopSel=】') AS passage
FROM reports, zh_tsquery('营商环境') AS q
WHERE zh_tsvector(body) @@ q
ORDER BY ts_rank(zh_tsvector(body), q) DESC, file_name;

DROP TABLE reports;
