-- What analysts do first (doc/analysis.md): word counts, keywords, what
-- changed between two reports, and a term's rise and fall.
\echo
\echo '== Words across the sample reports (zh_word_stats, like ts_stat but over words)'
SELECT word, pos, n, documents
FROM zh_word_stats('SELECT body FROM reports')
WHERE char_length(word) >= 2
LIMIT 12;

\echo
\echo '== Keywords of each report: TF-IDF with jieba''s IDF table, and with the IDF of the loaded reports'
SELECT r.file_name,
       (SELECT string_agg(k.word, ' ') FROM zh_keywords(r.body, 8) k) AS tfidf,
       (SELECT string_agg(k.word, ' ') FROM zh_corpus_keywords(r.body, 'reports_words', 8) k) AS corpus_tfidf
FROM reports r ORDER BY r.file_name;

\echo
\echo '== What changed: 市南区 2022 report against its 2023 review (report_compare)'
SELECT change, term, old_n, new_n, old_per_10k, new_per_10k, old_value, new_value, unit
FROM report_compare(
	(SELECT body FROM reports WHERE file_name = 'shinan-2022.txt'),
	(SELECT body FROM reports WHERE file_name = 'shinan-2023-review-excerpt.txt'), 4);

\echo
\echo '== 扶贫, 脱贫, 乡村振兴 in the national reports that name one, per 10,000 characters (alone or inside a word)'
SELECT to_regclass('national') IS NOT NULL AS have_national \gset
\if :have_national
\set national national
\set national_words national_words
\else
\set national reports
\set national_words reports_words
\endif
SELECT r.report_year,
       round(coalesce(sum(w.n) FILTER (WHERE t.term = '扶贫'), 0) * 10000.0 / char_length(r.body), 2) AS "扶贫",
       round(coalesce(sum(w.n) FILTER (WHERE t.term = '脱贫'), 0) * 10000.0 / char_length(r.body), 2) AS "脱贫",
       round(coalesce(sum(w.n) FILTER (WHERE t.term = '乡村振兴'), 0) * 10000.0 / char_length(r.body), 2) AS "乡村振兴"
FROM :"national" r
CROSS JOIN unnest(ARRAY['扶贫', '脱贫', '乡村振兴']) AS t(term)
JOIN :"national_words" w ON w.report_id = r.id AND strpos(w.word, t.term) > 0
WHERE r.admin_level = 'national'
GROUP BY r.id, r.report_year
ORDER BY r.report_year;
