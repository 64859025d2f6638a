-- Words and search (doc/search.md): the most frequent words of each report,
-- and a full-text search with highlighted passages.
\echo
\echo '== Most frequent words per report (stop words, punctuation and numbers left out)'
SELECT file_name, string_agg(token || ' ' || n, '  ' ORDER BY n DESC, token) AS top_words
FROM (
	SELECT r.file_name, t.token, count(*) AS n,
	       row_number() OVER (PARTITION BY r.file_name ORDER BY count(*) DESC, t.token) AS rank
	FROM reports r, zh_tokenize(r.body) t
	WHERE t.kind = 'word' AND NOT t.stopword AND char_length(t.token) > 1
	GROUP BY r.file_name, t.token
) w
WHERE rank <= 8
GROUP BY file_name
ORDER BY file_name;

\echo
\echo '== Reports that mention 营商环境 (queried in traditional characters: 營商環境)'
SELECT file_name,
       ts_headline('govreport', body, q, 'MaxWords=18, MinWords=8') AS passage
FROM reports, zh_tsquery('營商環境') AS q
WHERE tsv @@ q
ORDER BY file_name;
