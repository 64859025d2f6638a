-- Segmentation: what the reports talk about, word by word.
\echo
\echo '== Segmentation: the opening of each report''s review, cut into words'
SELECT file_name,
       array_to_string((zh_segment(substr(body, strpos(body, '年来') - 4, 60)))[1:20], ' / ') AS words
FROM reports
WHERE strpos(body, '年来') > 4
ORDER BY file_name;

\echo
\echo '== The most frequent words of three or more characters in each report'
SELECT file_name, string_agg(w || ' ' || n, ', ' ORDER BY n DESC, w) AS top_words
FROM (SELECT file_name, w, count(*) AS n,
             row_number() OVER (PARTITION BY file_name ORDER BY count(*) DESC, w) AS r
      FROM reports, unnest(zh_segment(body)) AS w
      WHERE char_length(w) >= 3 AND w ~ '^[一-鿿]+$'
      GROUP BY file_name, w) t
WHERE r <= 8
GROUP BY file_name
ORDER BY file_name;

\echo
\echo '== Policy terms across the reports (from the domain lexicon)'
SELECT w AS term, count(*) AS mentions, count(DISTINCT file_name) AS reports
FROM reports, unnest(zh_segment(body)) AS w
WHERE w IN ('营商环境', '放管服', '一网通办', '高质量发展', '新质生产力', '乡村振兴',
            '共同富裕', '疫情防控', '网格化', '专精特新', '碳达峰', '碳中和',
            '城市更新', '老旧小区', '招商引资', '数字经济', '接诉即办', '民生实事')
GROUP BY w
ORDER BY mentions DESC, w;
