SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS govreport; RESET client_min_messages;
-- doc/cookbook.md, the recipes of doc/analysis.md: keywords and what changed.
\set f2 `cat test/data/nangang-2022.txt`
\set f3 `cat test/data/shinan-2022.txt`
\set f4 `cat test/data/shinan-2023-review-excerpt.txt`
CREATE TABLE reports (id int, file_name text, region text, report_year int, body text);
INSERT INTO reports VALUES
	(2, 'nangang-2022.txt', '南岗区', 2022, :'f2'),
	(3, 'shinan-2022.txt', '市南区', 2022, :'f3'),
	(4, 'shinan-2023-review-excerpt.txt', '市南区', 2023, :'f4');

-- Recipe: the keywords of each report, TF-IDF and TextRank.
SELECT file_name,
       (SELECT string_agg(word, ' ') FROM zh_keywords(body, 6)) AS tfidf,
       (SELECT string_agg(word, ' ') FROM zh_keywords(body, 6, 'textrank')) AS textrank
FROM reports ORDER BY file_name;

-- Recipe: what changed in 市南区 from the 2022 report to the 2023 review.
SELECT change, term, old_n, new_n, old_per_10k, new_per_10k, old_value, new_value, unit
FROM report_compare((SELECT body FROM reports WHERE id = 3),
                    (SELECT body FROM reports WHERE id = 4), 3);

DROP TABLE reports;
